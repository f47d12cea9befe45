"""What people do to the sheet, one test per action, through the CLI against both emulators.

After each action the next ``chatsync sync`` keeps every task once, keeps every person's
value, writes nothing shifted, and ``chatsync digest`` names exactly the late tasks
(sheet.md; issue "A sheet assistants can live in"). People act through the emulator's
control API, as a person in the browser would: not through chatsync's account.
"""

from __future__ import annotations

import re

import pytest

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from tests.conftest import ME
from tests.test_cli_e2e import at, run

WS = "タスク"
MANAGERS = 50
DIGEST_AT = "2027-01-12T09:00:00+09:00"  # Tue; Mon 01-11 is 成人の日
ASKS = {  # title → (assignee, deadline said in chat)
    "見積書の作成": (12, "1月7日"),
    "請求書の発行": (13, "1月8日"),
    "議事録の共有": (12, "1月20日"),  # not late on 01-12
    "会議室の予約": (13, "1月6日"),
}
LATE = {"見積書の作成", "請求書の発行", "会議室の予約"}
NAMES = {11: "田中 太郎", 12: "佐藤 花子", 13: "鈴木 一郎"}


def ask(chatwork: ChatworkEmulator, title: str, to: int, by: str, when: str) -> None:
    body = f"[To:{to}]{NAMES[to]}さん\n{title}を{by}までにお願いします。"
    chatwork.add_message(10, 11, body, at(when))


@pytest.fixture
def team(chatwork: ChatworkEmulator, env: dict[str, str]) -> dict[str, str]:
    chatwork.set_time(at("2027-01-08T18:00"))
    for aid, name in NAMES.items():
        chatwork.add_account(aid, name)
    chatwork.add_room(10, "営業部", [ME, 11, 12, 13])
    chatwork.add_room(MANAGERS, "管理職", [ME, 11])
    for i, (title, (to, by)) in enumerate(ASKS.items()):
        ask(chatwork, title, to, by, f"2027-01-05T1{i}:00")
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    synced(env)
    return env


def synced(env: dict[str, str], code: int = 0) -> str:
    done = run(env, "sync")
    assert done.returncode == code, done.stderr
    return done.stderr


def late(env: dict[str, str], extra: tuple[str, ...] = ()) -> set[str]:
    """The titles the morning digest names (dry run), among ours and ``extra``."""
    done = run(env, "digest", "--now", DIGEST_AT, "--dry-run")
    assert done.returncode == 0, done.stderr
    return {title for title in (*ASKS, *extra) if title in done.stdout}


def table(sheets: SheetsEmulator, sid: str, ws: str = WS) -> list[dict[str, str]]:
    """The rows as a person reads them: by the header texts row 1 shows now."""
    values = sheets.values(sid, ws)
    header = values[0]
    return [
        {name: (row[i] if i < len(row) else "") for i, name in enumerate(header) if name}
        for row in values[1:]
        if any(cell.strip() for cell in row)
    ]


def assert_aligned(
    rows: list[dict[str, str]],
    titles: set[str],
    *,
    title: str = "タスク",
    status: str = "ステータス",
) -> None:
    """Every task once, and each of chatsync's cells under its own column."""
    ours = [r for r in rows if r.get("ID", "").startswith("cw-")]
    assert sorted(r[title] for r in ours) == sorted(titles)
    for r in ours:
        assert r[status] in {"未完了", "完了", "キャンセル"} or r[status], r
        assert re.fullmatch(
            r"https://www\.chatwork\.com/#!rid10-\d+", r.get("リンク", r.get("Link", ""))
        )
        assert r.get("ルーム", "営業部") == "営業部"
        assert re.fullmatch(r"2027-01-\d\d \d\d:\d\d", r["依頼日時"])


def by_title(rows: list[dict[str, str]], title: str, column: str = "タスク") -> dict[str, str]:
    (row,) = [r for r in rows if r.get(column) == title]
    return row


def cell_of(sheets: SheetsEmulator, sid: str, header: str, title: str, ws: str = WS) -> str:
    """The A1 name of ``header``'s cell in the row of ``title``."""
    values = sheets.values(sid, ws)
    col = values[0].index(header)
    tcol = values[0].index("タスク")
    row = next(i for i, r in enumerate(values) if tcol < len(r) and r[tcol] == title)
    return f"{chr(ord('A') + col)}{row + 1}"


def test_first_sync_tags_every_column_and_the_digest_names_the_late_tasks(
    sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    rows = table(sheets, spreadsheet_id)
    assert_aligned(rows, set(ASKS))
    tags = {m["metadataValue"] for m in sheets.developer_metadata(spreadsheet_id)}
    assert {"id", "status", "title", "due", "memo", "review"} <= tags
    assert sheets.values(spreadsheet_id, WS)[0][11] == "要確認"
    assert late(team) == LATE


def test_insert_a_column_and_rename_a_header(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.insert_columns(sid, WS, "B")
    sheets.set_cell(sid, WS, "B1", "優先度")
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "優先度", "見積書の作成"), "高")
    memo = cell_of(sheets, sid, "メモ", "見積書の作成")
    sheets.set_cell(sid, WS, memo, "先方確認中")
    sheets.set_cell(sid, WS, memo[0] + "1", "備考")  # メモ → 備考
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    log = synced(team)
    assert "sheet_edits_by_people=0" in log
    rows = table(sheets, sid)
    assert_aligned(rows, {*ASKS, "名刺の発注"})
    assert by_title(rows, "見積書の作成")["優先度"] == "高"
    assert by_title(rows, "見積書の作成")["備考"] == "先方確認中"
    assert by_title(rows, "名刺の発注")["優先度"] == ""
    assert late(team, ("名刺の発注",)) == {*LATE, "名刺の発注"}
    sheets.set_cell(sid, WS, memo[0] + "1", "メモ")  # renamed back: still fine
    ask(chatwork, "備品の補充", 13, "1月9日", "2027-01-08T11:00")
    synced(team)
    assert_aligned(table(sheets, sid), {*ASKS, "名刺の発注", "備品の補充"})


def test_move_a_column_and_edit_in_it(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.move_columns(sid, WS, "E", "A")  # 期限 dragged to the front
    assert sheets.values(sid, WS)[0][0] == "期限"
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "期限", "見積書の作成"), "2027/01/30")
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    synced(team)
    rows = table(sheets, sid)
    assert_aligned(rows, {*ASKS, "名刺の発注"})
    assert by_title(rows, "見積書の作成")["期限"] in {"2027/01/30", "2027-01-30"}
    assert by_title(rows, "名刺の発注")["期限"] == "2027-01-09"
    assert late(team, ("名刺の発注",)) == {"請求書の発行", "会議室の予約", "名刺の発注"}


def test_delete_a_column_people_do_not_need(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.delete_columns(sid, WS, "F")  # 依頼者
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    log = synced(team)
    assert "依頼者" in log and "no longer writes it" in log
    rows = table(sheets, sid)
    assert "依頼者" not in sheets.values(sid, WS)[0]
    assert_aligned(rows, {*ASKS, "名刺の発注"})
    assert late(team, ("名刺の発注",)) == {*LATE, "名刺の発注"}


def test_deleting_the_id_column_stops_writes_until_it_is_back(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    ids = [row[0] for row in sheets.values(sid, WS)]
    sheets.delete_columns(sid, WS, "A")
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    sheets.reset_calls()
    failed = run(team, "sync")
    assert failed.returncode == 1
    assert "'ID' cannot be found" in failed.stderr and "Traceback" not in failed.stderr
    assert sheets.calls("write") == 0
    check = run(team, "check")
    assert "✗ worksheet 'タスク': chatsync's column(s) 'ID' cannot be found" in check.stdout
    assert late(team) == LATE  # the digest falls back to chatsync's own state
    # A person puts the column back (as Undo would): the next sync resumes.
    sheets.insert_columns(sid, WS, "A")
    for n, value in enumerate(ids, start=1):
        sheets.set_cell(sid, WS, f"A{n}", value)
    synced(team)
    assert_aligned(table(sheets, sid), {*ASKS, "名刺の発注"})


def test_rename_the_worksheet(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.rename_sheet(sid, WS, "1月のタスク")
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    synced(team)
    assert WS not in sheets.sheet_titles(sid)
    assert_aligned(table(sheets, sid, "1月のタスク"), {*ASKS, "名刺の発注"})
    assert late(team, ("名刺の発注",)) == {*LATE, "名刺の発注"}


def test_sort_filter_and_insert_blank_rows(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.sort_rows(sid, WS, "E", descending=True)
    sheets.set_filter(sid, WS, "B", ["完了"])  # an assistant hides the done rows
    sheets.insert_row(sid, WS, 3)
    sheets.insert_row(sid, WS, 3)
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    asked = chatwork.messages(10)[1].message_id  # 請求書の発行
    reply = f"[rp aid=11 to=10-{asked}]田中 太郎さん\n発行しました"
    chatwork.add_message(10, 13, reply, at("2027-01-08T12:00"))
    synced(team)
    rows = table(sheets, sid)
    assert_aligned(rows, {*ASKS, "名刺の発注"})
    assert by_title(rows, "請求書の発行")["ステータス"] == "完了"
    assert late(team, ("名刺の発注",)) == {"見積書の作成", "会議室の予約", "名刺の発注"}


def test_each_done_and_cancelled_word_people_type(
    sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    words = ["済", "済み", "完了済み", "対応済", "対応済み", "終了", "✓", "✔", "done", "closed"]
    words += ["中止", "不要", "取り消し", "見送り", "cancelled", "完了", "キャンセル"]
    for word in words:
        for title in LATE:
            sheets.set_cell(sid, WS, cell_of(sheets, sid, "ステータス", title), word)
        assert late(team) == set(), word
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "ステータス", "見積書の作成"), "対応中")
    assert late(team) == {"見積書の作成"}
    synced(team)
    rows = table(sheets, sid)
    assert_aligned(rows, set(ASKS))
    done = by_title(rows, "請求書の発行")
    assert (
        done["ステータス"] == "キャンセル"
        and by_title(rows, "見積書の作成")["ステータス"] == "対応中"
    )


def test_a_person_marking_done_fills_the_done_time(
    sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "ステータス", "見積書の作成"), "済み")
    synced({**team, "CHATSYNC_SHEETS__SWEEP_MINUTES": "0"})  # quiet chat: the sweep reads it
    row = by_title(table(sheets, sid), "見積書の作成")
    assert row["ステータス"] == "済み"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row["完了日時"])


@pytest.mark.parametrize(
    ("typed", "is_late"),
    [
        ("2027/01/30", False),
        ("1/30", False),
        ("1月30日", False),
        ("2027/1/30 18:00", False),
        ("2027-01-30", False),
        ("1/8", True),
        ("2027年1月8日", True),
    ],
)
def test_each_date_form_people_type(
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    team: dict[str, str],
    typed: str,
    is_late: bool,
) -> None:
    sid = spreadsheet_id
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "期限", "議事録の共有"), typed)
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "期限", "見積書の作成"), typed)
    expected = {"請求書の発行", "会議室の予約"} | (
        {"議事録の共有", "見積書の作成"} if is_late else set()
    )
    assert late(team) == expected
    log = synced(team)
    assert "を読めません" not in log
    assert late(team) == expected


def test_delete_a_row(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    row = int(cell_of(sheets, sid, "タスク", "請求書の発行")[1:])
    sheets.delete_row(sid, WS, row)
    chatwork.add_message(10, 11, "請求書の発行、期限を1月15日に変更します", at("2027-01-08T12:00"))
    synced(team)
    assert_aligned(table(sheets, sid), set(ASKS) - {"請求書の発行"})
    assert late(team) == LATE - {"請求書の発行"}


def test_add_a_row_by_hand(
    sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.append_row(sid, WS, ["", "未完了", "名刺の発注", "佐藤 花子", "2027/01/08"])
    synced(team)
    rows = table(sheets, sid)
    assert_aligned(rows, set(ASKS))
    assert by_title(rows, "名刺の発注")["ID"] == ""  # people's row: left as typed
    assert late(team, ("名刺の発注",)) == {*LATE, "名刺の発注"}


def test_protect_the_header_row(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.protect_range(sid, WS, "1:1")
    sheets.move_columns(sid, WS, "C", "A")  # and then people move a column: tags still hold
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    synced(team)
    assert_aligned(table(sheets, sid), {*ASKS, "名刺の発注"})
    assert late(team, ("名刺の発注",)) == {*LATE, "名刺の発注"}


def test_a_new_sheet_is_a_tracker(
    sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    """Dropdown (not strict), filter, widths, wrapped titles, late/today/done colours."""
    sid = spreadsheet_id
    requests = sheets.format_requests(sid)
    kinds = [next(iter(r)) for r in requests]
    assert kinds.count("addConditionalFormatRule") == 3
    assert "updateDimensionProperties" in kinds
    props = sheets.sheet_properties(sid, WS)
    assert props["gridProperties"]["frozenRowCount"] == 1
    done = run(team, "check")
    assert "✓ worksheet 'タスク': chatsync's columns found (12 by their tags)" in done.stdout


def test_sheet_repair_puts_a_deleted_column_back_and_replaces_the_formatting(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, team: dict[str, str]
) -> None:
    sid = spreadsheet_id
    sheets.delete_columns(sid, WS, "F")  # 依頼者
    synced(team)
    assert "⚠ the spreadsheet's time zone is Etc/GMT" in run(team, "check").stdout
    for _ in range(2):  # twice: the formatting is replaced, never piled up
        done = run(team, "sheet", "repair")
        assert done.returncode == 0, done.stderr
        assert "依頼者=L" in done.stdout and "formatting re-applied" in done.stdout
    assert len(sheets.conditional_formats(sid, WS)) == 3
    checked = run(team, "check")
    assert (
        "⚠" not in checked.stdout
        and "✓ worksheet 'タスク': chatsync's columns found" in checked.stdout
    )
    ask(chatwork, "名刺の発注", 12, "1月9日", "2027-01-08T10:00")
    synced(team)
    rows = table(sheets, sid)
    assert_aligned(rows, {*ASKS, "名刺の発注"})
    assert {r["依頼者"] for r in rows} == {"田中 太郎"}  # written again, every row
