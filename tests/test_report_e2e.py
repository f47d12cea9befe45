"""``chatsync report`` against a scripted week of corrections, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from tests.test_cli_e2e import at, run
from tests.test_sheet_people_e2e import WS, cell_of, synced, table, team  # noqa: F401 - fixture


def test_a_week_of_corrections_gives_the_counts_and_rates(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    team: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    sid = spreadsheet_id
    chatwork.add_message(10, 11, "チェックよろしくです", at("2027-01-05T15:00"))  # weak: 要確認
    chatwork.add_message(10, 11, "名刺が残り少ないです", at("2027-01-06T10:00"))  # a miss
    synced(team)
    rows = table(sheets, sid)
    assert len(rows) == 5 and sum(r["要確認"] == "要確認" for r in rows) == 1
    weak = next(r for r in rows if r["要確認"])["タスク"]
    # The week's corrections, as assistants make them:
    sheets.delete_row(sid, WS, int(cell_of(sheets, sid, "タスク", "会議室の予約")[1:]))
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "タスク", "請求書の発行"), "請求書の発行と郵送")
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "期限", "議事録の共有"), "1/22")
    sheets.set_cell(sid, WS, cell_of(sheets, sid, "要確認", weak), "")
    missed = chatwork.messages(10)[-1].message_id
    link = f"https://www.chatwork.com/#!rid10-{missed}"
    sheets.append_row(
        sid, WS, ["", "未完了", "名刺の発注", "佐藤 花子", "2027/01/12", "", "", "", "", link]
    )
    quiet = {**team, "CHATSYNC_SHEETS__SWEEP_MINUTES": "0"}
    synced(quiet)
    synced(quiet)  # seen twice: counted once

    out = tmp_path / "corrected.jsonl"
    done = run(team, "report", "--export", str(out))
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("2027-W01"))
    assert line.split() == ["2027-W01", "営業部", "5", "1", "2", "1", "1", "0.80", "0.80"]
    assert "1 corrected conversation(s) written" in done.stdout

    (conv,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    expected = {t["message_id"]: t for t in conv["expected"]["tasks"]}
    assert len(expected) == 5 and missed in expected
    assert expected[missed]["assignees"] == [12] and expected[missed]["due"] == "2027-01-12"
    assert any("郵送" in " ".join(t["keywords"]) for t in expected.values())
    assert len(conv["messages"]) == 6
    extracted = run(team, "extract", str(out))  # the export is extract's own input
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout.splitlines()[0])["id"] == "room-10"
