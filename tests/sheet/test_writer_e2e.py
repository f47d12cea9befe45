"""The sheet writer end to end: unmodified gspread → loopback Sheets emulator, real SQL store."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from gspread.exceptions import APIError

from chatsync.emulators.sheets import SheetsEmulator
from chatsync.errors import AuthError, RateLimitedError, ServerError
from chatsync.models import Due, Room, Task, TaskStatus
from chatsync.ports import RoomPosition, SheetMemory
from chatsync.sheet.client import open_spreadsheet
from chatsync.sheet.rows import CELL_LIMIT, CUT_MARKER, DEFAULT_LAYOUT
from chatsync.sheet.writer import SheetWriter
from chatsync.store import SqlStore, open_store

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2024, 12, 6, 9, 0, tzinfo=TOKYO)
WS = "タスク"
ROOM = Room(room_id=11, name="営業部")


def make_task(n: int, **kw: object) -> Task:
    base: dict[str, object] = {
        "room_id": 11,
        "message_id": str(1000 + n),
        "title": f"タスク{n}",
        "assignee_ids": (1,),
        "assignee_names": ("田中",),
        "due": Due(day=date(2024, 12, 5)),
        "requester_id": 3,
        "requester_name": "鈴木",
        "room_name": "営業部",
        "created_at": 1_733_000_000 + n * 60,
    }
    base.update(kw)
    return Task.model_validate(base)


@pytest.fixture
def emu() -> Iterator[SheetsEmulator]:
    with SheetsEmulator() as emulator:
        yield emulator


@pytest.fixture
def key_file(emu: SheetsEmulator, tmp_path: Path) -> Path:
    return emu.write_key_file(tmp_path / "key.json")


@pytest.fixture
def sid(emu: SheetsEmulator) -> str:
    return emu.create_spreadsheet("board")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStore]:
    s = open_store(f"sqlite:///{tmp_path}/state.db")
    yield s
    s.close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def writer(emu: SheetsEmulator, key_file: Path, sid: str, sleeps: list[float]) -> SheetWriter:
    spreadsheet = open_spreadsheet(key_file, sid, api_base=emu.base_url)
    return SheetWriter(spreadsheet, WS, tz=TOKYO, sleep=sleeps.append, clock=lambda: NOW)


def put(store: SqlStore, *tasks: Task) -> None:
    store.commit_room(ROOM, [], list(tasks), RoomPosition(room_id=ROOM.room_id))


def sheet(emu: SheetsEmulator, sid: str) -> list[list[str]]:
    return emu.values(sid, WS)


def ids(emu: SheetsEmulator, sid: str) -> list[str]:
    return [row[0] for row in sheet(emu, sid)[1:] if row and row[0]]


def row_of(emu: SheetsEmulator, sid: str, task_id: str) -> int:
    return next(i for i, row in enumerate(sheet(emu, sid)) if row and row[0] == task_id) + 1


def cell(emu: SheetsEmulator, sid: str, task_id: str, col: int) -> str:
    row = sheet(emu, sid)[row_of(emu, sid, task_id) - 1]
    return row[col] if col < len(row) else ""


def counts(emu: SheetsEmulator) -> tuple[int, int]:
    return emu.calls(kind="read"), emu.calls(kind="write")


def test_first_sync_creates_and_formats_the_worksheet(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    report = writer.sync(store)
    assert report.worksheet_created and report.header_written
    assert report.rows_added == 2
    rows = sheet(emu, sid)
    assert rows[0] == DEFAULT_LAYOUT.header_row()
    assert rows[1][:10] == [
        "cw-11-1001", "未完了", "タスク1", "田中", "2024-12-05", "鈴木", "営業部",
        "2024-12-01 05:54", "", "https://www.chatwork.com/#!rid11-1001",
    ]  # fmt: skip
    props = emu.sheet_properties(sid, WS)
    assert props["gridProperties"]["frozenRowCount"] == 1
    rules = emu.conditional_formats(sid, WS)
    assert len(rules) == 1
    formula = json.dumps(rules[0], ensure_ascii=False)
    assert "TODAY()" in formula or "NOW()" in formula
    assert "$B2" in formula and "$E2" in formula
    assert store.dirty_task_ids() == set()
    assert set(store.sheet_memory()) == {"cw-11-1001", "cw-11-1002"}

    emu.reset_calls()
    report = writer.sync(store)  # setup happens once only
    assert counts(emu) == (1, 0)
    assert not report.wrote
    assert len(emu.conditional_formats(sid, WS)) == 1


def test_500_changed_tasks_cost_one_read_and_one_write(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(0))
    writer.sync(store)

    put(store, *(make_task(n) for n in range(1, 501)))
    emu.reset_calls()
    report = writer.sync(store)
    assert counts(emu) == (1, 1)
    assert report.rows_added == 500
    assert len(ids(emu, sid)) == 501

    put(store, *(make_task(n, title=f"改 {n}", status=TaskStatus.DONE) for n in range(1, 501)))
    emu.reset_calls()
    report = writer.sync(store)
    assert counts(emu) == (1, 1)
    assert report.rows_updated == 500
    assert report.rows_added == 0
    assert cell(emu, sid, "cw-11-1500", 2) == "改 500"

    emu.reset_calls()
    report = writer.sync(store)
    assert counts(emu) == (1, 0)  # nothing changed: no write at all
    assert not report.wrote
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(501)]


def test_peoples_edits_survive_while_new_tasks_are_added_once(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2), make_task(3))
    writer.sync(store)
    emu.set_cell(sid, WS, "B2", "完了")
    emu.set_cell(sid, WS, "E3", "2024-12-20")  # typed: the sheet stores a date serial
    emu.set_cell(sid, WS, "C4", "人が直した題名")
    emu.set_cell(sid, WS, "K2", "先方に電話済み")

    put(store, *(make_task(n, title=f"チャットの新題名{n}") for n in (1, 2, 3)), make_task(4))
    report = writer.sync(store)
    assert report.human_edits == 3
    assert report.rows_added == 1
    tasks = {t.task_id: t for t in store.all_tasks()}
    assert tasks["cw-11-1001"].status is TaskStatus.DONE
    assert tasks["cw-11-1001"].done_at == int(NOW.timestamp())
    assert tasks["cw-11-1002"].due == Due(day=date(2024, 12, 20))
    assert tasks["cw-11-1003"].title == "人が直した題名"
    assert cell(emu, sid, "cw-11-1001", 1) == "完了"
    assert cell(emu, sid, "cw-11-1001", 2) == "チャットの新題名1"  # not edited: chat wins
    assert cell(emu, sid, "cw-11-1001", 8) == "2024-12-06 09:00"  # 完了日時 filled in
    assert cell(emu, sid, "cw-11-1001", 10) == "先方に電話済み"
    assert cell(emu, sid, "cw-11-1002", 4) == "2024-12-20"
    assert cell(emu, sid, "cw-11-1003", 2) == "人が直した題名"
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003", "cw-11-1004"]

    put(store, make_task(3, title="また変わった", status=TaskStatus.DONE))
    emu.reset_calls()
    report = writer.sync(store)
    assert cell(emu, sid, "cw-11-1003", 2) == "人が直した題名"  # the person's, for good
    assert cell(emu, sid, "cw-11-1003", 1) == "完了"
    assert counts(emu) == (1, 1)
    emu.reset_calls()
    assert not writer.sync(store).wrote
    assert counts(emu) == (1, 0)


def test_garbage_deadlines_are_kept_and_flagged(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.set_cell(sid, WS, "E2", "来週?")
    emu.set_cell(sid, WS, "E3", "12/32")
    report = writer.sync(store)
    assert not report.wrote
    assert len(report.warnings) == 2
    assert "来週?" in report.warnings[0]
    assert cell(emu, sid, "cw-11-1002", 4) == "12/32"
    board = {b.task_id: b for b in writer.read_board(store)}
    assert board["cw-11-1001"].due is None
    assert board["cw-11-1001"].due_text == "来週?"
    stored = {t.task_id: t for t in store.all_tasks()}
    assert stored["cw-11-1001"].due == Due(day=date(2024, 12, 5))  # not guessed


def test_sorting_and_deleting_rows_neither_duplicates_nor_resurrects(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, *(make_task(n) for n in range(1, 6)))
    writer.sync(store)
    emu.sort_rows(sid, WS, "C", descending=True)
    emu.delete_row(sid, WS, row_of(emu, sid, "cw-11-1002"))
    emu.insert_row(sid, WS, 3)  # a blank row in the middle
    put(store, *(make_task(n, title=f"新{n}") for n in range(1, 6)), make_task(6))
    report = writer.sync(store)
    assert report.rows_deleted_by_people == 1
    assert sorted(ids(emu, sid)) == ["cw-11-1001", "cw-11-1003", "cw-11-1004", "cw-11-1005",
                                     "cw-11-1006"]  # fmt: skip
    for n in (1, 3, 4, 5):
        assert cell(emu, sid, f"cw-11-{1000 + n}", 2) == f"新{n}"  # landed on its own row
    assert ids(emu, sid)[-1] == "cw-11-1006"

    emu.sort_rows(sid, WS, "A")
    put(store, make_task(2, title="削除後の更新"))
    writer.sync(store)
    writer.sync(store)
    assert "cw-11-1002" not in ids(emu, sid)
    assert len(ids(emu, sid)) == len(set(ids(emu, sid))) == 5
    assert store.sheet_memory()["cw-11-1002"].deleted


def test_rows_people_add_are_untouched_and_on_the_board(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.append_row(sid, WS, ["", "未完了", "備品の発注", "山田", "2024-12-01"])
    emu.delete_row(sid, WS, row_of(emu, sid, "cw-11-1002"))
    put(store, make_task(3))
    writer.sync(store)
    rows = sheet(emu, sid)
    assert rows[2][:5] == ["", "未完了", "備品の発注", "山田", "2024-12-01"]
    assert rows[3][0] == "cw-11-1003"
    board = writer.read_board(store)
    assert [b.task_id for b in board] == ["cw-11-1001", None, "cw-11-1003"]
    assert board[1].due == Due(day=date(2024, 12, 1))
    assert board[1].title == "備品の発注"


def test_chat_text_never_becomes_a_formula(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    texts = ['=HYPERLINK("http://x","y")', "+1", "@x", "=1+1", "-2", "'quoted"]
    put(store, *(make_task(n, title=t) for n, t in enumerate(texts, 1)))
    put(store, make_task(9, requester_name="=IMPORTXML(A1)", assignee_names=("+cmd",)))
    writer.sync(store)
    assert emu.formula_cells(sid) == []
    for n, text in enumerate(texts, 1):
        assert cell(emu, sid, f"cw-11-{1000 + n}", 2) == text
    assert cell(emu, sid, "cw-11-1009", 5) == "=IMPORTXML(A1)"
    assert not writer.sync(store).wrote  # what was written reads back identical


def test_a_60000_character_title_is_cut_with_the_marker(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1, title="長" * 60_000))
    writer.sync(store)
    title = cell(emu, sid, "cw-11-1001", 2)
    assert title.endswith(CUT_MARKER)
    assert len(title) == CELL_LIMIT
    assert not writer.sync(store).wrote


@pytest.mark.parametrize(
    "kind", ["429", "500", "503", "reset", "apply-then-500", "apply-then-reset"]
)
def test_a_fault_mid_write_is_retried_without_duplicates(
    emu: SheetsEmulator,
    sid: str,
    writer: SheetWriter,
    store: SqlStore,
    sleeps: list[float],
    kind: str,
) -> None:
    put(store, make_task(1))
    writer.sync(store)
    put(store, make_task(1, title="更新"), make_task(2), make_task(3))
    emu.inject_fault(kind, count=2, only="write")
    report = writer.sync(store)
    assert report.retries == 2
    assert sleeps == [1.0, 2.0]
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003"]
    assert cell(emu, sid, "cw-11-1001", 2) == "更新"
    assert store.dirty_task_ids() == set()
    assert report.human_edits == 0


@pytest.mark.parametrize("kind", ["429", "500", "apply-then-500"])
def test_a_write_that_keeps_failing_is_healed_by_the_next_clean_sync(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore, kind: str
) -> None:
    put(store, make_task(1))
    writer.sync(store)
    put(store, make_task(1, title="更新"), make_task(2), make_task(3))
    emu.inject_fault(kind, count=5, only="write")
    with pytest.raises(RateLimitedError if kind == "429" else ServerError):
        writer.sync(store)
    assert store.dirty_task_ids() == {"cw-11-1001", "cw-11-1002", "cw-11-1003"}  # not recorded

    report = writer.sync(store)
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003"]
    assert cell(emu, sid, "cw-11-1001", 2) == "更新"
    assert report.human_edits == 0  # our own unrecorded write is not a person's edit
    assert store.dirty_task_ids() == set()
    assert not writer.sync(store).wrote


class CrashingStore:
    """The real store, but the process "dies" in commit_sheet (after the sheet write)."""

    def __init__(self, inner: SqlStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def commit_sheet(
        self, memory: Sequence[SheetMemory], tasks: Sequence[Task], clean: Any
    ) -> None:
        raise SystemExit("killed")


def test_a_crash_between_sheet_write_and_store_commit_adds_nothing_twice(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    with pytest.raises(SystemExit):
        writer.sync(CrashingStore(store))  # type: ignore[arg-type]
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002"]
    assert store.sheet_memory() == {}

    put(store, make_task(3))
    report = writer.sync(store)
    assert report.rows_added == 1
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003"]
    assert set(store.sheet_memory()) == {"cw-11-1001", "cw-11-1002", "cw-11-1003"}
    assert not writer.sync(store).wrote


def test_an_existing_empty_worksheet_gets_header_and_format(
    emu: SheetsEmulator, key_file: Path, store: SqlStore
) -> None:
    sid = emu.create_spreadsheet("board", sheets=(WS,), rows=3)
    writer = SheetWriter(open_spreadsheet(key_file, sid, api_base=emu.base_url), WS, tz=TOKYO)
    put(store, *(make_task(n) for n in range(1, 6)))
    report = writer.sync(store)
    assert report.header_written and not report.worksheet_created
    assert sheet(emu, sid)[0] == DEFAULT_LAYOUT.header_row()
    assert len(ids(emu, sid)) == 5  # the 3-row grid was grown first
    assert emu.sheet_properties(sid, WS)["gridProperties"]["frozenRowCount"] == 1
    assert len(emu.conditional_formats(sid, WS)) == 1


def test_a_sheet_no_longer_shared_says_so(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1))
    writer.sync(store)
    emu.unshare(sid, "chatsync@demo-project.iam.gserviceaccount.com")
    with pytest.raises(AuthError):
        writer.sync(store)


# --- retry policy without the network -------------------------------------------------


def api_error(status: int, retry_after: str | None = None) -> APIError:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(
        {"error": {"code": status, "message": "m", "status": "X"}}
    ).encode()
    if retry_after is not None:
        response.headers["Retry-After"] = retry_after
    return APIError(response)


class FlakySpreadsheet:
    """Just enough of gspread.Spreadsheet: the read fails as scripted, then succeeds."""

    id = "fake"

    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.reads = 0

    def values_get(self, range: str, params: Any = None) -> Any:
        self.reads += 1
        if self.failures:
            raise self.failures.pop(0)
        return {"range": f"'{WS}'!A1:K1000", "values": [DEFAULT_LAYOUT.header_row()]}


def flaky_writer(failures: list[Exception], sleeps: list[float], attempts: int = 5) -> Any:
    fake = FlakySpreadsheet(failures)
    w = SheetWriter(
        fake,  # type: ignore[arg-type]
        WS,
        tz=TOKYO,
        sleep=sleeps.append,
        max_attempts=attempts,
        clock=lambda: NOW,
    )
    return w, fake


def test_retry_after_is_honoured_and_backoff_doubles(store: SqlStore) -> None:
    sleeps: list[float] = []
    w, fake = flaky_writer(
        [api_error(429, "7"), api_error(503), requests.ConnectionError(), api_error(500)], sleeps
    )
    assert w.read_board(store) == []
    assert fake.reads == 5
    assert sleeps == [7.0, 2.0, 4.0, 8.0]


def test_retries_are_bounded_and_client_errors_are_not_retried(store: SqlStore) -> None:
    sleeps: list[float] = []
    w, fake = flaky_writer([api_error(429)] * 10, sleeps, attempts=3)
    with pytest.raises(RateLimitedError):
        w.read_board(store)
    assert fake.reads == 3
    assert sleeps == [1.0, 2.0]

    sleeps.clear()
    w, fake = flaky_writer([api_error(401)], sleeps)
    with pytest.raises(AuthError):
        w.read_board(store)
    assert fake.reads == 1
    assert sleeps == []


def test_a_revoked_key_is_an_auth_error_not_a_retry_loop(
    emu: SheetsEmulator,
    key_file: Path,
    writer: SheetWriter,
    store: SqlStore,
    sleeps: list[float],
) -> None:
    put(store, make_task(1))
    writer.sync(store)
    emu.revoke_key(json.loads(key_file.read_text())["private_key_id"])
    with pytest.raises(AuthError):
        writer.sync(store)
    assert sleeps == []
