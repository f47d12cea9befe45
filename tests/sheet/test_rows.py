"""Task ↔ row mapping (sheet.md "Layout")."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chatsync.errors import ConfigError
from chatsync.models import Due, Task, TaskStatus
from chatsync.sheet.rows import (
    CELL_LIMIT,
    COLUMNS,
    CUT_MARKER,
    DEFAULT_LAYOUT,
    Layout,
    StatusWords,
    cell_text,
    column_letter,
    fit_cell,
    parse_due,
    parse_status,
    row_to_board_task,
    serial_to_text,
    task_to_cells,
)

TOKYO = ZoneInfo("Asia/Tokyo")
# 2024-12-02 10:30 in Tokyo
CREATED = int(datetime(2024, 12, 2, 10, 30, tzinfo=TOKYO).timestamp())


def make_task(**kw: object) -> Task:
    base: dict[str, object] = {
        "room_id": 11,
        "message_id": "2001",
        "title": "見積書の作成",
        "assignee_ids": (1, 2),
        "assignee_names": ("田中", "佐藤"),
        "due": Due(day=date(2024, 12, 5)),
        "requester_id": 3,
        "requester_name": "鈴木",
        "room_name": "営業部",
        "created_at": CREATED,
    }
    base.update(kw)
    return Task.model_validate(base)


def test_task_to_cells_follows_the_layout() -> None:
    cells = task_to_cells(make_task(), TOKYO)
    assert cells == {
        "id": "cw-11-2001",
        "status": "未完了",
        "title": "見積書の作成",
        "assignees": "田中、佐藤",
        "due": "2024-12-05",
        "requester": "鈴木",
        "room": "営業部",
        "created": "2024-12-02 10:30",
        "done_at": "",
        "link": "https://www.chatwork.com/#!rid11-2001",
        "review": "",
    }
    assert "memo" not in cells


def test_a_weak_task_is_marked_for_review() -> None:
    """要確認 shows the tasks the parser was less sure of, so assistants check those first."""
    assert task_to_cells(make_task(confidence=0.6), TOKYO)["review"] == "要確認"
    assert task_to_cells(make_task(confidence=0.7), TOKYO)["review"] == ""


def test_task_to_cells_done_with_time_and_index() -> None:
    done = CREATED + 3600 * 30
    task = make_task(
        index=2,
        status=TaskStatus.DONE,
        done_at=done,
        due=Due(day=date(2024, 12, 4), at=time(17, 0)),
        assignee_names=(),
        assignee_ids=(),
    )
    cells = task_to_cells(task, TOKYO)
    assert cells["id"] == "cw-11-2001-2"
    assert cells["status"] == "完了"
    assert cells["due"] == "2024-12-04 17:00"
    assert cells["done_at"] == "2024-12-03 16:30"
    assert cells["assignees"] == ""


def test_cancelled_and_no_due() -> None:
    cells = task_to_cells(make_task(status=TaskStatus.CANCELLED, due=None), TOKYO)
    assert cells["status"] == "キャンセル"
    assert cells["due"] == ""


def test_created_uses_the_given_time_zone() -> None:
    cells = task_to_cells(make_task(), ZoneInfo("UTC"))
    assert cells["created"] == "2024-12-02 01:30"


def test_a_60000_character_title_is_cut_with_a_marker() -> None:
    cells = task_to_cells(make_task(title="あ" * 60_000), TOKYO)
    assert cells["title"].endswith(CUT_MARKER)
    assert len(cells["title"]) == CELL_LIMIT
    assert cells["title"].startswith("あ" * 1000)


def test_fit_cell_counts_astral_characters_twice() -> None:
    cut = fit_cell("😀" * 30_000)
    assert cut.endswith(CUT_MARKER)
    assert len(cut.encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert fit_cell("short") == "short"
    assert fit_cell("x" * CELL_LIMIT) == "x" * CELL_LIMIT


@given(st.text(max_size=200), st.integers(min_value=10, max_value=120))
def test_fit_cell_never_exceeds_the_limit(text: str, limit: int) -> None:
    out = fit_cell(text, limit)
    assert len(out.encode("utf-16-le")) // 2 <= limit
    if len(text.encode("utf-16-le")) // 2 <= limit:
        assert out == text
    else:
        assert out.endswith(CUT_MARKER)
        assert text.startswith(out[: -len(CUT_MARKER)])


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("完了", TaskStatus.DONE),
        ("済", TaskStatus.DONE),
        ("done", TaskStatus.DONE),
        (" DONE ", TaskStatus.DONE),
        ("ｄｏｎｅ", TaskStatus.DONE),
        ("キャンセル", TaskStatus.CANCELLED),
        ("中止", TaskStatus.CANCELLED),
        ("不要", TaskStatus.CANCELLED),
        ("cancelled", TaskStatus.CANCELLED),
        *((w, TaskStatus.DONE) for w in ("済み", "完了済み", "対応済", "対応済み", "終了")),
        *((w, TaskStatus.DONE) for w in ("✓", "✔", "Closed", "済 ")),
        *((w, TaskStatus.CANCELLED) for w in ("取り消し", "見送り", "Cancelled")),
        ("未完了", TaskStatus.OPEN),
        ("対応中", TaskStatus.OPEN),
        ("保留", TaskStatus.OPEN),
        ("", TaskStatus.OPEN),
    ],
)
def test_status_words(word: str, status: TaskStatus) -> None:
    assert parse_status(word) is status


def test_status_words_are_configurable() -> None:
    """A team that types 出荷済 for done and ボツ for dropped says so in the settings."""
    words = StatusWords(done=("出荷済",), cancelled=("ボツ",))
    assert parse_status("出荷済", words) is TaskStatus.DONE
    assert parse_status("ボツ", words) is TaskStatus.CANCELLED
    assert parse_status("完了", words) is TaskStatus.OPEN


def test_a_word_in_both_lists_is_a_settings_error() -> None:
    with pytest.raises(
        ConfigError, match=r"in both sheets\.done_words and sheets\.cancelled_words"
    ):
        StatusWords(done=("完了", "不要"), cancelled=("不要",))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("2024-12-05", Due(day=date(2024, 12, 5))),
        ("2024-12-05 17:00", Due(day=date(2024, 12, 5), at=time(17, 0))),
        ("2024/12/5", Due(day=date(2024, 12, 5))),
        ("2024/1/5 9:05", Due(day=date(2024, 1, 5), at=time(9, 5))),
        ("2024/12/05 17:00:00", Due(day=date(2024, 12, 5), at=time(17, 0))),
        ("２０２４－１２－０５", Due(day=date(2024, 12, 5))),
        (" 2024-12-05 ", Due(day=date(2024, 12, 5))),
    ],
)
def test_parse_due_reads_sheet_dates(text: str, due: Due) -> None:
    assert parse_due(text) == due


def test_parse_due_reads_a_date_without_a_year_near_today() -> None:
    today = date(2026, 12, 3)
    assert parse_due("12/18", today) == Due(day=date(2026, 12, 18))
    assert parse_due("12月18日 18:00", today) == Due(day=date(2026, 12, 18), at=time(18, 0))
    assert parse_due("1/8", today) == Due(day=date(2027, 1, 8))


@pytest.mark.parametrize(
    "text", ["来週?", "12/32", "12/5", "2024-02-30", "2024-12-05 25:00", "", "ASAP"]
)
def test_parse_due_gives_none_for_garbage(text: str) -> None:
    assert parse_due(text) is None


def test_cell_text_turns_values_into_text() -> None:
    assert cell_text(None) == ""
    assert cell_text('=HYPERLINK("x")') == '=HYPERLINK("x")'
    assert cell_text(True) == "TRUE"
    assert cell_text(3.0, "title") == "3"
    assert cell_text(1.5, "title") == "1.5"
    assert cell_text(45631, "due") == "2024-12-05"
    assert cell_text(45631.75, "due") == "2024-12-05 18:00"
    assert cell_text(45631, "memo") == "45631"
    assert serial_to_text(45631.99999999) == "2024-12-06"


def test_row_to_board_task_for_a_chatsync_row() -> None:
    task = make_task()
    cells = task_to_cells(task, TOKYO) | {"assignees": "佐藤、山田", "memo": "電話済み"}
    board = row_to_board_task(cells, task)
    assert board.task_id == "cw-11-2001"
    assert board.status is TaskStatus.OPEN
    assert board.status_text == "未完了"
    assert board.assignee_names == ("佐藤", "山田")
    assert board.assignee_ids == (2,)  # 山田 is not a Chatwork account chatsync knows
    assert board.due == Due(day=date(2024, 12, 5))
    assert board.room_id == 11
    assert board.link == "https://www.chatwork.com/#!rid11-2001"


def test_row_to_board_task_for_a_row_people_added() -> None:
    board = row_to_board_task(
        {"status": "対応中", "title": "備品の発注", "due": "来週?", "assignees": "田中, 佐藤"}
    )
    assert board.task_id is None
    assert board.status is TaskStatus.OPEN
    assert board.status_text == "対応中"
    assert board.due is None
    assert board.due_text == "来週?"
    assert board.assignee_names == ("田中", "佐藤")
    assert board.room_id is None


def test_row_to_board_task_room_from_link_or_foreign_id() -> None:
    linked = row_to_board_task({"title": "x", "link": "https://www.chatwork.com/#!rid77-1"})
    assert linked.room_id == 77
    board = row_to_board_task({"id": "cw-5-9", "title": "x", "status": "済"})
    assert board.room_id == 5
    assert board.status is TaskStatus.DONE


@given(
    title=st.text(min_size=1, max_size=50).filter(lambda s: s == s.strip() and s.strip()),
    status=st.sampled_from(list(TaskStatus)),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    at=st.none() | st.times().map(lambda t: time(t.hour, t.minute)),
)
def test_cells_read_back_as_the_same_task(
    title: str, status: TaskStatus, day: date, at: time | None
) -> None:
    task = make_task(title=title, status=status, due=Due(day=day, at=at))
    board = row_to_board_task(task_to_cells(task, TOKYO), task)
    assert board.title == title
    assert board.status is status
    assert board.due == task.due
    assert board.assignee_ids == task.assignee_ids


def test_layout_headers_and_positions() -> None:
    assert DEFAULT_LAYOUT.header_row() == [
        "ID", "ステータス", "タスク", "担当者", "期限", "依頼者",
        "ルーム", "依頼日時", "完了日時", "リンク", "メモ", "要確認",
    ]  # fmt: skip
    custom = Layout.with_headers({"title": "Task", "memo": "Notes"})
    assert custom.header_row()[2] == "Task"
    assert custom.header_row()[10] == "Notes"
    with pytest.raises(ConfigError, match="unknown sheet column"):
        Layout.with_headers({"colour": "色"})
    with pytest.raises(ConfigError, match="distinct"):
        Layout.with_headers({"title": "ID"})


def test_layout_follows_a_column_people_inserted() -> None:
    header = DEFAULT_LAYOUT.header_row()
    header.insert(3, "優先度")
    moved = DEFAULT_LAYOUT.resolve(header)
    assert moved.positions["title"] == 2
    assert moved.positions["assignees"] == 4
    assert moved.positions["memo"] == 11
    row: list[object] = ["cw-1-2", "未完了", "t", "高", "田中"]
    assert moved.cells(row)["assignees"] == "田中"
    assert moved.cells(row)["memo"] == ""
    # a header people renamed: back to the spec's positions
    assert DEFAULT_LAYOUT.resolve(["ID", "状態"]).positions == DEFAULT_LAYOUT.positions
    assert len(COLUMNS) == DEFAULT_LAYOUT.width


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 10, 25, 26, 27, 701, 702)] == [
        "A", "K", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
