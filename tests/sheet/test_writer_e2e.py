"""The sheet writer end to end: unmodified gspread → loopback Sheets emulator, real SQL store."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
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
from chatsync.sheet.rows import CELL_LIMIT, COLUMNS, CUT_MARKER, DEFAULT_LAYOUT
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
    # fast_from_rows=0: these small sheets take the fast path whenever it applies, so every
    # test here runs it (the app reads sheets under FAST_FROM_ROWS rows whole).
    return SheetWriter(
        spreadsheet, WS, tz=TOKYO, sleep=sleeps.append, clock=lambda: NOW, fast_from_rows=0
    )


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
    assert len(rules) == 3  # late red, due today amber, done grey
    formula = json.dumps(rules[0], ensure_ascii=False)
    assert "TODAY()" in formula or "NOW()" in formula
    assert "$B2" in formula and "$E2" in formula
    assert store.dirty_task_ids() == set()
    assert set(store.sheet_memory()) == {"cw-11-1001", "cw-11-1002"}

    emu.reset_calls()
    report = writer.sync(store)  # setup happens once only
    assert counts(emu) == (1, 0)
    assert not report.wrote
    assert len(emu.conditional_formats(sid, WS)) == 3


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
    assert len(emu.conditional_formats(sid, WS)) == 3
    tags = {m["metadataValue"]: m["location"]["dimensionRange"]["startIndex"]
            for m in emu.developer_metadata(sid)}  # fmt: skip
    assert tags == {key: i for i, key in enumerate(COLUMNS)}


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
        return {"range": f"'{WS}'!A1:L1000", "values": [DEFAULT_LAYOUT.header_row()]}

    @property
    def client(self) -> Any:
        """The metadata search finds no tags: the columns are adopted by header text."""
        return SimpleNamespace(request=lambda *a, **k: SimpleNamespace(json=dict))

    def worksheet(self, title: str) -> Any:
        return SimpleNamespace(id=7, title=title)

    def batch_update(self, body: Any) -> Any:
        return {}


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


# --- the fast path: a writing cycle reads only the rows it touches -------------------


class LoggedStore:
    """The real store, refusing the whole-store loads a fast cycle must not need."""

    def __init__(self, inner: SqlStore) -> None:
        self.inner = inner
        self.whole_loads = 0

    def __getattr__(self, name: str) -> Any:
        if name in ("all_tasks", "sheet_memory"):
            self.whole_loads += 1
        return getattr(self.inner, name)


def endpoints(emu: SheetsEmulator) -> list[str]:
    return [c.endpoint for c in emu.call_log() if c.kind != "token"]


def test_a_changed_cycle_reads_only_the_changed_rows(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, *(make_task(n) for n in range(1, 201)))
    assert not writer.sync(store).fast_path  # first cycle: no state yet, whole sheet
    put(store, make_task(7, title="改"), make_task(150, status=TaskStatus.DONE), make_task(201))
    emu.reset_calls()
    logged = LoggedStore(store)
    report = writer.sync(logged)  # type: ignore[arg-type]
    assert report.fast_path and report.full_read_because == ""
    assert endpoints(emu) == ["values.batchGet", "values.batchUpdate"]
    assert report.rows_read == 4  # rows 8 and 151, and 201-202 (last row, new row)
    assert logged.whole_loads == 0
    assert (report.rows_updated, report.rows_added) == (2, 1)
    assert cell(emu, sid, "cw-11-1007", 2) == "改"
    assert cell(emu, sid, "cw-11-1150", 1) == "完了"
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 202)]
    assert store.dirty_task_ids() == set()
    assert store.sheet_memory()["cw-11-1201"].row == 202
    for n in (202, 203):  # and so on, cycle after cycle
        put(store, make_task(n), make_task(3, title=f"改{n}"))
        emu.reset_calls()
        assert writer.sync(store).fast_path and counts(emu) == (1, 1)
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 204)]
    emu.reset_calls()
    assert not writer.sync(store).wrote  # nothing dirty: a sweep, as before
    assert counts(emu) == (1, 0)


def test_a_persons_edit_in_a_changed_row_wins_on_the_fast_path(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.set_cell(sid, WS, "C2", "人が直した題名")
    emu.set_cell(sid, WS, "B2", "完了")
    put(store, make_task(1, title="チャットの新題名", due=Due(day=date(2024, 12, 9))))
    report = writer.sync(store)
    assert report.fast_path
    assert report.human_edits == 2
    assert cell(emu, sid, "cw-11-1001", 2) == "人が直した題名"
    assert cell(emu, sid, "cw-11-1001", 4) == "2024-12-09"  # not edited: chat wins
    task = store.tasks_by_id(["cw-11-1001"])["cw-11-1001"]
    assert task.title == "人が直した題名" and task.status is TaskStatus.DONE
    assert store.sheet_memory()["cw-11-1001"].human == {"title", "status"}


def test_rows_people_moved_are_found_by_a_full_read_in_the_same_cycle(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, *(make_task(n) for n in range(1, 6)))
    writer.sync(store)
    emu.sort_rows(sid, WS, "C", descending=True)
    put(store, make_task(2, title="新2"), make_task(6))
    emu.reset_calls()
    report = writer.sync(store)
    assert not report.fast_path and "moved" in report.full_read_because
    assert endpoints(emu) == ["values.batchGet", "values.get", "values.batchUpdate"]
    assert cell(emu, sid, "cw-11-1002", 2) == "新2"  # on its own row, wherever it went
    assert sorted(ids(emu, sid)) == [f"cw-11-{1000 + n}" for n in range(1, 7)]

    put(store, make_task(4, title="新4"))  # positions were re-recorded: fast again
    emu.reset_calls()
    report = writer.sync(store)
    assert report.fast_path and counts(emu) == (1, 1)
    assert cell(emu, sid, "cw-11-1004", 2) == "新4"
    assert len(ids(emu, sid)) == len(set(ids(emu, sid))) == 6


def test_a_row_deleted_above_is_noticed_and_stays_deleted(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, *(make_task(n) for n in range(1, 6)))
    writer.sync(store)
    emu.delete_row(sid, WS, row_of(emu, sid, "cw-11-1002"))
    put(store, make_task(2, title="削除後"), make_task(4, title="新4"))
    report = writer.sync(store)
    assert not report.fast_path  # row 5 no longer holds task 4
    assert report.rows_deleted_by_people == 1
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1003", "cw-11-1004", "cw-11-1005"]
    assert cell(emu, sid, "cw-11-1004", 2) == "新4"
    put(store, make_task(2, title="もう一度"))
    report = writer.sync(store)
    assert report.fast_path and not report.wrote  # deleted: nothing to read or write
    assert "cw-11-1002" not in ids(emu, sid)


def test_a_row_people_add_at_the_bottom_is_left_alone(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.append_row(sid, WS, ["", "未完了", "備品の発注", "山田"])
    put(store, make_task(3))
    report = writer.sync(store)
    assert not report.fast_path  # row 4, where task 3 would go, is taken
    rows = sheet(emu, sid)
    assert rows[3][:4] == ["", "未完了", "備品の発注", "山田"]
    assert rows[4][0] == "cw-11-1003"
    put(store, make_task(4))
    assert writer.sync(store).fast_path
    assert sheet(emu, sid)[3][:4] == ["", "未完了", "備品の発注", "山田"]
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003", "cw-11-1004"]


def test_a_column_people_inserted_is_followed_on_the_fast_path(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    sheet_id = emu.sheet_properties(sid, WS)["sheetId"]
    writer.spreadsheet.batch_update(
        {
            "requests": [
                {
                    "insertDimension": {
                        "range": {
                            "sheetId": sheet_id,
                            "dimension": "COLUMNS",
                            "startIndex": 3,
                            "endIndex": 4,
                        }
                    }
                }
            ]
        }
    )
    emu.set_cell(sid, WS, "D1", "優先度")
    emu.set_cell(sid, WS, "D2", "高")
    put(store, make_task(1, assignee_names=("佐藤",), assignee_ids=(2,)), make_task(3))
    report = writer.sync(store)
    assert report.fast_path
    assert sheet(emu, sid)[1][3:5] == ["高", "佐藤"]
    assert sheet(emu, sid)[3][3:5] == ["", "田中"]


def test_edits_to_rows_chatsync_does_not_touch_reach_the_store_the_next_day(
    emu: SheetsEmulator, key_file: Path, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.set_cell(sid, WS, "B3", "完了")  # task 2, which chat does not change
    put(store, make_task(1, title="改"))
    assert writer.sync(store).fast_path
    assert store.tasks_by_id(["cw-11-1002"])["cw-11-1002"].status is TaskStatus.OPEN

    tomorrow = SheetWriter(
        writer.spreadsheet,
        WS,
        tz=TOKYO,
        clock=lambda: datetime(2024, 12, 7, 8, tzinfo=TOKYO),
        fast_from_rows=0,
    )
    put(store, make_task(1, title="改2"))
    report = tomorrow.sync(store)
    assert not report.fast_path and "first writing cycle of the day" in report.full_read_because
    assert report.human_edits == 1
    assert store.tasks_by_id(["cw-11-1002"])["cw-11-1002"].status is TaskStatus.DONE
    put(store, make_task(1, title="改3"))
    assert tomorrow.sync(store).fast_path


def test_new_rows_past_the_grid_take_the_full_path_and_grow_it(
    emu: SheetsEmulator, key_file: Path, store: SqlStore
) -> None:
    sid = emu.create_spreadsheet("board", sheets=(WS,), rows=4)
    book = open_spreadsheet(key_file, sid, api_base=emu.base_url)
    writer = SheetWriter(book, WS, tz=TOKYO, fast_from_rows=0)
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    put(store, make_task(3))
    assert writer.sync(store).fast_path  # row 4 is the grid's last
    assert store.sheet_memory()["cw-11-1003"].row == 4
    put(store, make_task(4), make_task(5))
    report = writer.sync(store)
    assert report.full_read_because == "new rows need a bigger grid"
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 6)]
    put(store, make_task(6))
    assert writer.sync(store).fast_path  # the grown grid was recorded


def test_a_grid_people_shrank_is_read_whole_in_the_same_cycle(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    for _ in range(3):
        emu.delete_row(sid, WS, 2)  # both rows, and one empty row of the grid
    put(store, make_task(2, title="改"), make_task(3))
    report = writer.sync(store)
    assert not report.fast_path
    assert report.rows_deleted_by_people == 2
    assert ids(emu, sid) == ["cw-11-1003"]


class CrashAfterWrite:
    """The real store, but the process "dies" in commit_sheet (after the sheet write)."""

    def __init__(self, inner: SqlStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        if name == "commit_sheet":
            raise SystemExit("killed")
        return getattr(self.inner, name)


def test_a_crash_after_a_fast_write_is_healed_without_duplicates(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    put(store, make_task(1, title="改"), make_task(3), make_task(4))
    with pytest.raises(SystemExit):
        writer.sync(CrashAfterWrite(store))  # type: ignore[arg-type]
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 5)]  # written, not recorded

    put(store, make_task(5))
    report = writer.sync(store)
    assert not report.fast_path and "not have been recorded" in report.full_read_because
    assert report.human_edits == 0  # our own unrecorded writes, adopted
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 6)]
    assert store.dirty_task_ids() == set()
    put(store, make_task(6))
    assert writer.sync(store).fast_path
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 7)]


def test_a_failed_fast_write_is_healed_by_the_next_cycle(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, make_task(1))
    writer.sync(store)
    put(store, make_task(2), make_task(3))
    emu.inject_fault("apply-then-500", count=5, only="write")
    with pytest.raises(ServerError):
        writer.sync(store)
    report = writer.sync(store)
    assert not report.fast_path
    assert ids(emu, sid) == ["cw-11-1001", "cw-11-1002", "cw-11-1003"]
    assert report.human_edits == 0 and store.dirty_task_ids() == set()


def test_many_scattered_rows_are_read_in_a_bounded_number_of_ranges(
    emu: SheetsEmulator, sid: str, writer: SheetWriter, store: SqlStore
) -> None:
    put(store, *(make_task(n) for n in range(1, 601)))
    writer.sync(store)
    put(store, *(make_task(n, title=f"改{n}") for n in range(1, 601, 3)))
    emu.reset_calls()
    report = writer.sync(store)
    assert report.fast_path and counts(emu) == (1, 1)
    assert report.rows_updated == 200
    assert all(cell(emu, sid, f"cw-11-{1000 + n}", 2) == f"改{n}" for n in range(1, 601, 3))
    assert cell(emu, sid, "cw-11-1002", 2) == "タスク2"


def test_a_small_sheet_is_read_whole_every_writing_cycle(
    emu: SheetsEmulator, key_file: Path, sid: str, store: SqlStore
) -> None:
    book = open_spreadsheet(key_file, sid, api_base=emu.base_url)
    writer = SheetWriter(book, WS, tz=TOKYO, clock=lambda: NOW, fast_from_rows=4)
    put(store, make_task(1), make_task(2))
    writer.sync(store)
    emu.set_cell(sid, WS, "E3", "来週?")  # a row chat does not change
    put(store, make_task(1, title="改"))
    report = writer.sync(store)
    assert report.full_read_because == "a small sheet: read whole"
    assert any("来週?" in w for w in report.warnings)  # seen at once, anywhere
    put(store, make_task(3))
    writer.sync(store)  # 4 rows now
    put(store, make_task(1, title="改2"))
    assert writer.sync(store).fast_path


class DiesAtLastStateSave:
    """The real store, but the process dies as the settled state is saved (the last step)."""

    def __init__(self, inner: SqlStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def set_value(self, key: str, value: str) -> None:
        if json.loads(value).get("settled"):
            raise SystemExit("killed")
        self.inner.set_value(key, value)


@pytest.mark.parametrize("step", ["before_sheet_write", "after_sheet_write", "state_save"])
def test_a_fast_cycle_killed_at_any_step_is_healed_exactly_once(
    emu: SheetsEmulator,
    sid: str,
    writer: SheetWriter,
    store: SqlStore,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    put(store, *(make_task(n) for n in range(1, 4)))
    writer.sync(store)
    emu.set_cell(sid, WS, "C3", "人の題名")  # a person's edit in a row chat changes
    put(store, make_task(1, title="改"), make_task(2, title="改2"), make_task(4), make_task(5))

    def die(at: str) -> None:
        if at == step:
            raise SystemExit("killed")

    monkeypatch.setattr("chatsync.sheet.writer.checkpoint", die)
    with pytest.raises(SystemExit):
        writer.sync(DiesAtLastStateSave(store) if step == "state_save" else store)  # type: ignore[arg-type]
    monkeypatch.undo()

    report = writer.sync(store)
    assert not report.fast_path  # the state was left unsettled: the whole sheet is read
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 6)]
    assert cell(emu, sid, "cw-11-1001", 2) == "改"
    assert cell(emu, sid, "cw-11-1002", 2) == "人の題名"  # the person's edit kept
    assert store.dirty_task_ids() == set()
    put(store, make_task(6))
    assert writer.sync(store).fast_path
    assert ids(emu, sid) == [f"cw-11-{1000 + n}" for n in range(1, 7)]
    assert not writer.sync(store).wrote
