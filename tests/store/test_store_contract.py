"""The same store contract on SQLite and on a real PostgreSQL server.

Teams that outgrow one machine run several chatsync instances on PostgreSQL,
so what the pipeline relies on — one transaction per room step, upserts by
task ID, at-most-once post claims across instances — is checked on both.
pgserver ships PostgreSQL's binaries in a wheel, so no system install is needed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from chatsync.models import ChatMessage, Member, Room, Task, TaskStatus
from chatsync.ports import RoomPosition, SheetMemory
from chatsync.store import SqlStore, open_store

try:
    import pgserver
except ImportError:  # no wheel for this platform: the contract runs on SQLite alone
    pgserver = None

BACKENDS = ["sqlite", "postgresql"] if pgserver is not None else ["sqlite"]


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assert pgserver is not None
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    server.cleanup()


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/contract.db"
    base: str = request.getfixturevalue("postgres")
    name = "t" + uuid.uuid4().hex[:12]  # a fresh database per test
    admin = open_store(base)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.close()
    return base.replace("/postgres?", f"/{name}?", 1)


@pytest.fixture
def store(url: str) -> Iterator[SqlStore]:
    st = open_store(url)
    yield st
    st.close()


def _msg(mid: str, t: int, update: int = 0) -> ChatMessage:
    return ChatMessage(
        room_id=7,
        message_id=mid,
        account_id=1,
        account_name="田中",
        body=f"本文{mid}",
        send_time=t,
        update_time=update,
    )


def _task(mid: str, **kw: object) -> Task:
    return Task(room_id=7, message_id=mid, title="議事録の共有", requester_id=1, created_at=5, **kw)


def test_room_step_round_trip(store: SqlStore) -> None:
    room = Room(room_id=7, name="営業", last_update_time=99)
    pos = RoomPosition(room_id=7, last_update_time=99, last_send_time=20, last_message_id="2")
    store.save_members(room, [Member(account_id=1, name="田中")])
    store.commit_room(room, [_msg("1", 10), _msg("2", 20)], [_task("1"), _task("2")], pos)
    store.commit_room(room, [_msg("1", 10, update=30)], [_task("1", status=TaskStatus.DONE)], pos)
    assert store.positions() == {7: pos}
    assert store.message_versions(7, ["1", "2", "x"]) == {"1": 30, "2": 0}
    assert {t.task_id: t.status for t in store.room_tasks(7)} == {
        "cw-7-1": TaskStatus.DONE,
        "cw-7-2": TaskStatus.OPEN,
    }
    assert store.room_members(7) == [Member(account_id=1, name="田中")]
    assert {m.account_id for m in store.room_senders(7)} == {1}
    assert store.dirty_task_ids() == {"cw-7-1", "cw-7-2"}


def test_sheet_memory_and_cleaning(store: SqlStore) -> None:
    store.commit_room(Room(room_id=7, name="r"), [], [_task("1")], RoomPosition(room_id=7))
    memory = SheetMemory(
        task_id="cw-7-1", cells={"title": "議事録の共有"}, human=frozenset({"due"})
    )
    store.commit_sheet([memory], [], ["cw-7-1"])
    assert store.sheet_memory()["cw-7-1"] == memory
    assert store.dirty_task_ids() == set()


def test_sheet_rows_and_loads_by_id(store: SqlStore) -> None:
    """What a fast writing cycle loads: the dirty tasks and their memory, rows included,
    by id and in chunks (more ids than one IN list may hold)."""
    tasks = [_task(str(n)) for n in range(1, 1201)]
    store.commit_room(Room(room_id=7, name="r"), [], tasks, RoomPosition(room_id=7))
    store.commit_sheet(
        [
            SheetMemory(task_id=t.task_id, cells={"title": t.title}, row=n + 2)
            for n, t in enumerate(tasks)
        ],
        [],
        [t.task_id for t in tasks],
    )
    wanted = [f"cw-7-{n}" for n in range(1, 1201, 2)] + ["cw-7-9999"]
    found = store.sheet_memory_of(wanted)
    assert set(found) == set(wanted) - {"cw-7-9999"}
    assert found["cw-7-1"].row == 2 and found["cw-7-1199"].row == 1200
    assert set(store.tasks_by_id(wanted)) == set(found)
    moved = found["cw-7-1"].model_copy(update={"row": 40})
    gone = found["cw-7-3"].model_copy(update={"deleted": True, "row": None})
    store.commit_sheet([moved, gone], [], [])
    assert store.sheet_memory_of(["cw-7-1", "cw-7-3"]) == {"cw-7-1": moved, "cw-7-3": gone}
    assert store.sheet_memory()["cw-7-1"].row == 40


def test_post_claims_are_at_most_once_across_instances(store: SqlStore, url: str) -> None:
    other = open_store(url)  # a second chatsync instance on the same database
    day = date(2027, 1, 12)
    try:
        assert [store.claim_post(50, day, "digest"), other.claim_post(50, day, "digest")] == [
            True,
            False,
        ]
        store.finish_post(50, day, "digest", "123")
        assert other.posts() == [(50, day, "digest", "123")]
    finally:
        other.close()


def test_named_values_and_gaps(store: SqlStore) -> None:
    store.set_value("self_account_id", "900")
    store.record_gap(7, 1)
    assert store.get_value("self_account_id") == "900" and store.gap_count() == 1
