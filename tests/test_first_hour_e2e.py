"""The first hour of a real team (operations.md): one place for state whatever the working
folder, --config anywhere on the line, direct chats left out unless listed, and a first
sync that does not fill the sheet with months-old requests. Through the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from tests.conftest import ME
from tests.test_cli_e2e import at, run

MANAGERS = 50


def team(chatwork: ChatworkEmulator) -> None:
    chatwork.set_time(at("2027-01-08T18:00"))
    for aid, name in ((11, "田中 太郎"), (12, "佐藤 花子")):
        chatwork.add_account(aid, name)
    chatwork.add_room(10, "営業部", [ME, 11, 12])
    chatwork.add_room(20, "田中 太郎", [ME, 11], type="direct")
    chatwork.add_room(MANAGERS, "管理職", [ME, 11])
    ask = "[To:12]佐藤 花子さん\n見積書の作成を1月7日までにお願いします。"
    chatwork.add_message(10, 11, ask, at("2027-01-05T10:00"))
    old = "[To:12]佐藤 花子さん\n備品リストの更新を8月14日までにお願いします。"
    chatwork.add_message(10, 11, old, at("2026-08-10T10:00"))  # months before the first sync
    chatwork.add_message(20, 11, "私用の書類の確認をお願いします", at("2027-01-06T10:00"))


def no_store_env(env: dict[str, str]) -> dict[str, str]:
    """The operator's environment without a store URL: the default location applies."""
    return {k: v for k, v in env.items() if k != "CHATSYNC_STORE__URL"}


def test_state_is_found_from_any_folder_and_the_digest_posts_once(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    team(chatwork)
    env = {**no_store_env(env), "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    done = run(env, "sync", "--now", "2027-01-08T18:00:00+09:00", cwd=tmp_path / "a")
    assert done.returncode == 0, done.stderr
    for folder in ("a", "b"):
        posted = run(env, "digest", "--now", "2027-01-12T09:00:00+09:00", cwd=tmp_path / folder)
        assert posted.returncode == 0, posted.stderr
    assert len(chatwork.posted(MANAGERS)) == 1
    assert not (tmp_path / "a" / "data").exists() and not (tmp_path / "b" / "data").exists()
    assert (Path(env["CHATSYNC_DATA_DIR"]) / "chatsync.db").is_file()


def test_direct_chats_and_old_requests_make_no_rows(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, env: dict[str, str]
) -> None:
    team(chatwork)
    done = run(env, "sync", "--now", "2027-01-08T18:00:00+09:00")
    assert done.returncode == 0, done.stderr
    titles = [row[2] for row in sheets.values(spreadsheet_id, "タスク")[1:]]
    assert titles == ["見積書の作成"]  # not the direct chat's, not August's
    checked = run(env, "check")
    assert "1 direct or personal chat(s) left out" in checked.stdout


def test_a_direct_chat_listed_is_read(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, env: dict[str, str]
) -> None:
    team(chatwork)
    env = {**env, "CHATSYNC_CHATWORK__ROOMS": "10,20", "CHATSYNC_CHATWORK__SINCE": "2026-08-01"}
    done = run(env, "sync", "--now", "2027-01-08T18:00:00+09:00")
    assert done.returncode == 0, done.stderr
    titles = sorted(row[2] for row in sheets.values(spreadsheet_id, "タスク")[1:])
    assert titles == ["備品リストの更新", "私用の書類の確認", "見積書の作成"]


def test_config_may_come_after_the_command(
    chatwork: ChatworkEmulator, env: dict[str, str], tmp_path: Path
) -> None:
    team(chatwork)
    settings = tmp_path / "team.toml"
    settings.write_text(f"[digest]\nroom_ids = [{MANAGERS}]\n", encoding="utf-8")
    for args in (("--config", str(settings), "check"), ("check", "--config", str(settings))):
        done = run(env, *args)
        assert f"digest room {MANAGERS} (管理職): can post" in done.stdout, done.stdout
    missing = run(env, "check", "--config", str(tmp_path / "nope.toml"))
    assert missing.returncode == 2 and "nope.toml" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_check_changes_nothing_and_status_tells_the_last_cycle(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, env: dict[str, str]
) -> None:
    team(chatwork)
    env = {**no_store_env(env), "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    store = Path(env["CHATSYNC_DATA_DIR"]) / "chatsync.db"
    checked = run(env, "check")
    assert f"state store: {store} (not created yet" in checked.stdout
    assert "settings read from" in checked.stdout and not store.exists()
    before = run(env, "status", "--now", "2027-01-08T18:00:00+09:00")
    assert before.returncode == 1 and "no cycle has run yet" in before.stdout
    assert not store.exists()
    synced = run(env, "sync", "--now", "2027-01-08T18:00:00+09:00")
    assert synced.returncode == 0 and "tasks_new=1" in synced.stdout
    after = run(env, "status", "--now", "2027-01-08T18:00:00+09:00")
    assert after.returncode == 0, after.stdout
    assert "last cycle: 2027-01-08T18:00:00+09:00" in after.stdout
    assert "next digest: 2027-01-12 09:00 (Asia/Tokyo)" in after.stdout  # Mon 01-11 成人の日


def test_extract_reads_stdin_and_log_levels_take_any_case(env: dict[str, str]) -> None:
    conv = '{"id": "x", "room": {"room_id": 1, "name": "r"}, "messages": []}\n'
    done = subprocess.run(
        [sys.executable, "-m", "chatsync", "extract", "-"],
        input=conv,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == '{"id": "x", "tasks": []}'
    assert run(env, "status", "--log-level", "debug").returncode in (0, 1)
    bad = run(env, "status", "--log-level", "verbose")
    assert bad.returncode == 2 and "use debug, info, warning or error" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_new_store_beside_a_populated_sheet_adds_no_row_and_posts_no_second_digest(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    team(chatwork)
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    assert run(env, "sync", "--now", "2027-01-08T18:00:00+09:00").returncode == 0
    chatwork.set_time(at("2027-01-12T09:00"))  # Chatwork's clock agrees with the digest's
    assert run(env, "digest", "--now", "2027-01-12T09:00:00+09:00").returncode == 0
    rows = sheets.values(spreadsheet_id, "タスク")
    # The same team, by mistake on a fresh store (another folder, another URL):
    fresh = {**env, "CHATSYNC_STORE__URL": f"sqlite:///{tmp_path}/other/chatsync.db"}
    assert run(fresh, "sync", "--now", "2027-01-12T08:00:00+09:00").returncode == 0
    again = run(fresh, "digest", "--now", "2027-01-12T09:30:00+09:00")
    assert again.returncode == 0, again.stderr
    assert len(chatwork.posted(MANAGERS)) == 1
    assert "already has today's digest" in again.stderr
    after = sheets.values(spreadsheet_id, "タスク")
    assert sorted(r[0] for r in after[1:]) == sorted(r[0] for r in rows[1:])  # no duplicate


def test_settings_mistakes_each_get_one_line(env: dict[str, str], tmp_path: Path) -> None:
    typo = run({**env, "CHATSYNC_CHATWORK_TOKEN": "x"}, "status")
    assert "did you mean CHATSYNC_CHATWORK__TOKEN?" in typo.stderr
    secret = tmp_path / "leaky.toml"
    secret.write_text('[chatwork]\ntoken = "abc"\n', encoding="utf-8")
    refused = run(env, "status", "--config", str(secret))
    assert refused.returncode == 2 and "set CHATSYNC_CHATWORK__TOKEN" in refused.stderr
    assert "abc" not in refused.stderr
    for typed in ("9:00", "9時30分"):
        assert run({**env, "CHATSYNC_DIGEST__TIME": typed}, "status").returncode in (0, 1)
    late = run({**env, "CHATSYNC_DIGEST__TIME": "25:00"}, "status")
    assert late.returncode == 2 and "use HH:MM, e.g. 09:00" in late.stderr
    misspelt = tmp_path / "typo.toml"
    misspelt.write_text('[digest]\ntiem = "09:00"\n', encoding="utf-8")
    unknown = run(env, "status", "--config", str(misspelt))
    assert unknown.returncode == 2 and "did you mean digest.time?" in unknown.stderr
    for done in (typo, refused, late, unknown):
        assert "Traceback" not in done.stderr


def test_a_dry_run_digest_needs_no_token(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, spreadsheet_id: str, env: dict[str, str]
) -> None:
    team(chatwork)
    assert run(env, "sync", "--now", "2027-01-08T18:00:00+09:00").returncode == 0
    offline = {k: v for k, v in env.items() if k != "CHATSYNC_CHATWORK__TOKEN"}
    dry = run(offline, "digest", "--now", "2027-01-12T09:00:00+09:00", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "見積書の作成" in dry.stdout
