"""Teams (operations.md "Teams"): each team's managers get the late tasks of its own rooms."""

from __future__ import annotations

from pathlib import Path

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from tests.conftest import ME
from tests.test_cli_e2e import at, run

SALES, DEV, BOTH = 10, 11, 12
SALES_MGR, DEV_MGR = 50, 51


def org(chatwork: ChatworkEmulator, tmp_path: Path) -> Path:
    chatwork.set_time(at("2027-01-08T18:00"))
    for aid, name in ((21, "田中 太郎"), (22, "佐藤 花子"), (23, "鈴木 一郎")):
        chatwork.add_account(aid, name)
    chatwork.add_room(SALES, "営業部", [ME, 21, 22])
    chatwork.add_room(DEV, "開発部", [ME, 21, 23])
    chatwork.add_room(BOTH, "全社", [ME, 21, 22, 23])
    chatwork.add_room(SALES_MGR, "営業マネージャー", [ME, 21])
    chatwork.add_room(DEV_MGR, "開発マネージャー", [ME, 21])
    asks = {
        SALES: "[To:22]佐藤 花子さん\n見積書の作成を1月7日までにお願いします。",
        DEV: "[To:23]鈴木 一郎さん\n設計書のレビューを1月7日までにお願いします。",
        BOTH: "[To:22]佐藤 花子さん\n年賀状の発送を1月6日までにお願いします。",
    }
    for room, body in asks.items():
        chatwork.add_message(room, 21, body, at("2027-01-05T10:00"))
    settings = tmp_path / "teams.toml"
    settings.write_text(
        f"""
[[teams]]
name = "営業"
rooms = [{SALES}, {BOTH}]
digest_room_ids = [{SALES_MGR}]

[[teams]]
name = "開発"
rooms = [{DEV}, {BOTH}]
digest_room_ids = [{DEV_MGR}]
language = "en"
""",
        encoding="utf-8",
    )
    return settings


def test_each_team_digest_has_its_own_rooms_only(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    env = {**env, "CHATSYNC_CONFIG": str(org(chatwork, tmp_path))}
    assert run(env, "sync", "--now", "2027-01-08T18:00:00+09:00").returncode == 0
    for _ in range(2):  # at most once a day per team and room
        done = run(env, "digest", "--now", "2027-01-12T09:00:00+09:00")
        assert done.returncode == 0, done.stderr
    (sales,) = chatwork.posted(SALES_MGR)
    (dev,) = chatwork.posted(DEV_MGR)
    assert "見積書の作成" in sales.body and "年賀状の発送" in sales.body
    assert "設計書のレビュー" not in sales.body
    assert "設計書のレビュー" in dev.body and "年賀状の発送" in dev.body
    assert "見積書の作成" not in dev.body
    assert dev.body.startswith("[info][title]Late tasks as of")  # its own language
    checked = run(env, "check")
    assert f"✓ team 営業: rooms {SALES}, {BOTH}; digest to {SALES_MGR}" in checked.stdout
    assert f"digest room {DEV_MGR} (開発マネージャー): can post" in checked.stdout


def test_a_worksheet_per_team_is_refused_in_one_line(
    chatwork: ChatworkEmulator, env: dict[str, str], tmp_path: Path
) -> None:
    settings = org(chatwork, tmp_path)
    settings.write_text(
        settings.read_text(encoding="utf-8") + 'worksheet = "開発タスク"\n', encoding="utf-8"
    )
    done = run({**env, "CHATSYNC_CONFIG": str(settings)}, "check")
    assert done.returncode == 2 and "not supported yet" in done.stderr
    assert "Traceback" not in done.stderr
