"""Contract tests of the SQL state store (SQLite here; the same code serves PostgreSQL)."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from chatsync.errors import StoreError
from chatsync.models import ChatMessage, Correction, CorrectionKind, Room, Task, TaskStatus
from chatsync.ports import RoomPosition, SheetMemory
from chatsync.store import open_store
from chatsync.store import schema as s


def _msg(mid: str, t: int, body: str = "hi", update: int = 0) -> ChatMessage:
    return ChatMessage(
        room_id=1,
        message_id=mid,
        account_id=7,
        account_name="A",
        body=body,
        send_time=t,
        update_time=update,
    )


def _task(mid: str, title: str = "見積書の作成") -> Task:
    return Task(room_id=1, message_id=mid, title=title, requester_id=7, created_at=100)


@pytest.fixture
def store(tmp_path: Path):
    st = open_store(f"sqlite:///{tmp_path}/state/chatsync.db")
    yield st
    st.close()


def test_new_store_is_empty_and_owner_only(tmp_path: Path, store) -> None:
    assert store.positions() == {}
    assert store.all_tasks() == []
    db = tmp_path / "state" / "chatsync.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_commit_room_stores_messages_tasks_and_position(store) -> None:
    room = Room(room_id=1, name="営業", last_update_time=50)
    pos = RoomPosition(room_id=1, last_update_time=50, last_send_time=20, last_message_id="2")
    store.commit_room(room, [_msg("1", 10), _msg("2", 20)], [_task("1")], pos)
    assert store.positions() == {1: pos}
    assert store.message_versions(1, ["1", "2", "3"]) == {"1": 0, "2": 0}
    assert [t.task_id for t in store.room_tasks(1)] == ["cw-1-1"]
    assert store.dirty_task_ids() == {"cw-1-1"}
    # An edited message is stored again, not duplicated.
    store.commit_room(room, [_msg("1", 10, "edited", update=30)], [], pos)
    assert store.message_versions(1, ["1"]) == {"1": 30}
    assert [m.body for m in store.room_messages(1)] == ["edited", "hi"]


def test_task_upsert_replaces_by_id(store) -> None:
    room = Room(room_id=1, name="r")
    pos = RoomPosition(room_id=1)
    store.commit_room(room, [], [_task("1")], pos)
    done = _task("1").model_copy(update={"status": TaskStatus.DONE, "done_at": 200})
    store.commit_room(room, [], [done], pos)
    tasks = store.all_tasks()
    assert len(tasks) == 1 and tasks[0].status is TaskStatus.DONE


def test_commit_sheet_saves_memory_and_cleans(store) -> None:
    store.commit_room(
        Room(room_id=1, name="r"), [], [_task("1"), _task("2")], RoomPosition(room_id=1)
    )
    mem = SheetMemory(task_id="cw-1-1", cells={"title": "x"}, human=frozenset({"due"}))
    store.commit_sheet([mem], [], ["cw-1-1"])
    assert store.sheet_memory() == {"cw-1-1": mem}
    assert store.dirty_task_ids() == {"cw-1-2"}
    gone = mem.model_copy(update={"deleted": True})
    store.commit_sheet([gone], [], [])
    assert store.sheet_memory()["cw-1-1"].deleted


def test_claim_post_is_at_most_once(store) -> None:
    day = date(2027, 1, 8)
    assert store.claim_post(5, day, "digest")
    assert not store.claim_post(5, day, "digest")
    assert store.claim_post(5, day, "reminder")
    store.finish_post(5, day, "digest", "999")
    store.release_post(5, day, "digest")  # a finished post is never released
    assert not store.claim_post(5, day, "digest")
    store.release_post(5, day, "reminder")
    assert store.claim_post(5, day, "reminder")
    assert (5, day, "digest", "999") in store.posts()


def test_store_survives_reopen(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/x.db"
    st = open_store(url)
    st.record_gap(1, 50)
    st.close()
    st = open_store(url)
    assert st.gap_count() == 1
    st.close()


def test_corrupt_store_is_a_clear_error_not_a_reset(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="corrupt"):
        open_store(f"sqlite:///{db}")
    assert db.read_bytes().startswith(b"this is not sqlite")


def test_read_only_store_is_a_clear_error(tmp_path: Path) -> None:
    # Opened read-only through SQLite's URI mode: as root, file modes would not stop writes.
    open_store(f"sqlite:///{tmp_path}/ro.db").close()
    with pytest.raises(StoreError, match="read-only"):
        open_store(f"sqlite:///file:{tmp_path}/ro.db?mode=ro&uri=true")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/new.db"
    open_store(url).close()
    con = sqlite3.connect(tmp_path / "new.db")
    con.execute("UPDATE chatsync_meta SET value=? WHERE key='schema'", (str(s.SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer chatsync"):
        open_store(url)


def test_a_version_1_store_is_upgraded_in_place_and_keeps_its_tasks(tmp_path: Path) -> None:
    """Schema 2 adds the corrections table (chatsync report); a store from before keeps all."""
    url = f"sqlite:///{tmp_path}/old.db"
    store = open_store(url)
    store.set_value("kept", "yes")
    store.close()
    con = sqlite3.connect(tmp_path / "old.db")
    con.execute("DROP TABLE corrections")
    con.execute("UPDATE chatsync_meta SET value='1' WHERE key='schema'")
    con.commit()
    con.close()
    store = open_store(url)
    try:
        assert store.get_value("kept") == "yes" and store.corrections() == []
        correction = Correction(
            task_id="cw-1-2", room_id=1, kind=CorrectionKind.DELETED, at=1_800_000_000
        )
        store.record_corrections([correction, correction])
        assert store.corrections() == [correction]
    finally:
        store.close()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "other.db")
    con.execute("CREATE TABLE rooms (x int)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not created by chatsync"):
        open_store(f"sqlite:///{tmp_path}/other.db")


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="CHATSYNC_STORE__URL"):
        open_store("not a url")


def test_members_are_cached_per_room(store) -> None:
    from chatsync.models import Member

    room = Room(room_id=3, name="r")
    assert store.room_members(3) == []
    store.save_members(room, [Member(account_id=1, name="田中")])
    store.commit_room(room, [], [], RoomPosition(room_id=3, last_update_time=9))
    assert store.room_members(3) == [Member(account_id=1, name="田中")]
    assert store.positions()[3].last_update_time == 9


def test_named_values(store) -> None:
    assert store.get_value("self_account_id") is None
    store.set_value("self_account_id", "42")
    store.set_value("self_account_id", "43")
    assert store.get_value("self_account_id") == "43"


def test_empty_store_file_is_damage_not_a_first_run(tmp_path: Path) -> None:
    (tmp_path / "zero.db").write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        open_store(f"sqlite:///{tmp_path}/zero.db")


def test_new_store_appears_complete_under_its_name(tmp_path: Path) -> None:
    open_store(f"sqlite:///{tmp_path}/fresh.db").close()
    assert (tmp_path / "fresh.db").stat().st_size > 0
    assert not (tmp_path / "fresh.db.init").exists()
    open_store(f"sqlite:///{tmp_path}/fresh.db").close()  # and opens again as itself
