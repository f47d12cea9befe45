"""chatsync as a black box: the operations.md commands as subprocesses against
both emulators over loopback, the sheet read back as people see it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from tests.conftest import ME

JST = ZoneInfo("Asia/Tokyo")
MANAGERS = 50


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=JST).timestamp())


def run(
    env: dict[str, str], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """chatsync as a subprocess (in ``cwd``, else this folder), its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "chatsync", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def team(chatwork: ChatworkEmulator) -> None:
    chatwork.set_time(at("2027-01-08T18:00"))
    for aid, name in ((11, "田中 太郎"), (12, "佐藤 花子"), (13, "鈴木 一郎")):
        chatwork.add_account(aid, name)
    chatwork.add_room(10, "営業部", [ME, 11, 12, 13])
    chatwork.add_room(MANAGERS, "管理職", [ME, 11])
    chatwork.add_message(
        10,
        11,
        "[To:12]佐藤 花子さん\n見積書の作成を明日までにお願いします。",
        at("2027-01-07T10:00"),
    )
    chatwork.add_message(10, 13, "お疲れ様です！", at("2027-01-07T10:05"))
    chatwork.add_message(
        10,
        11,
        '[To:13]鈴木 一郎さん\n=HYPERLINK("http://evil","x") の確認をお願いします',
        at("2027-01-07T11:00"),
    )


def test_sync_writes_the_sheet_and_digest_posts_once(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
) -> None:
    team(chatwork)
    done = run(env, "sync")
    assert done.returncode == 0, done.stderr
    rows = sheets.values(spreadsheet_id, "タスク")
    assert rows[0][:5] == ["ID", "ステータス", "タスク", "担当者", "期限"]
    by_id = {r[0]: r for r in rows[1:]}
    assert set(by_id) == {
        "cw-10-" + m.message_id for m in chatwork.messages(10) if "お願い" in m.body
    }
    estimate = next(r for r in rows[1:] if "見積書" in r[2])
    assert estimate[1] == "未完了" and estimate[3] == "佐藤 花子" and estimate[4] == "2027-01-08"
    assert sheets.formula_cells(spreadsheet_id) == []

    # A second sync with nothing new changes nothing.
    sheets.reset_calls()
    assert run(env, "sync").returncode == 0
    assert sheets.calls("write") == 0

    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    quiet = run(env, "digest", "--now", "2027-01-07T09:00:00+09:00", "--dry-run")
    assert quiet.returncode == 0 and "Nothing is late" in quiet.stdout
    dry = run(env, "digest", "--now", "2027-01-12T09:00:00+09:00", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "見積書の作成" in dry.stdout and chatwork.posted(MANAGERS) == []

    # 2027-01-11 is 成人の日: no digest; 01-12 gets exactly one, however often it runs.
    assert run(env, "digest", "--now", "2027-01-11T09:00:00+09:00").returncode == 0
    assert chatwork.posted(MANAGERS) == []
    for _ in range(2):
        posted = run(env, "digest", "--now", "2027-01-12T09:00:00+09:00")
        assert posted.returncode == 0, posted.stderr
    (message,) = chatwork.posted(MANAGERS)
    assert "見積書の作成" in message.body and "[To:12]" in message.body
    # Due Fri 01-08; Mon 01-11 is a holiday, so on Tue 01-12 it is 1 business day late.
    assert "期限 1/8(金) 1営業日超過" in message.body


def test_check_explains_each_problem(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
) -> None:
    team(chatwork)
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS)}
    good = run(env, "check")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "✗" not in good.stdout

    sheets.unshare(spreadsheet_id, "chatsync@demo-project.iam.gserviceaccount.com")
    broken = {**env, "CHATSYNC_CHATWORK__TOKEN": "a-wrong-token-4711"}
    del broken["CHATSYNC_DIGEST__ROOM_IDS"]
    bad = run(broken, "check")
    assert bad.returncode == 2
    failures = [line for line in bad.stdout.splitlines() if line.startswith("✗")]
    assert len(failures) == 3, bad.stdout
    (token,) = [f for f in failures if "CHATSYNC_CHATWORK__TOKEN" in f]
    (sheet,) = [f for f in failures if "Google Sheet" in f]
    assert any("CHATSYNC_DIGEST__ROOM_IDS" in f for f in failures)
    assert "refused" in token
    assert "share the sheet with chatsync@demo-project.iam.gserviceaccount.com" in sheet
    assert "a-wrong-token-4711" not in bad.stdout + bad.stderr


def test_digest_outcome_asks_the_scheduler_to_retry_a_503(
    chatwork: ChatworkEmulator, sheets: SheetsEmulator, env: dict[str, str], store_url: str
) -> None:
    from chatsync.app import digest_once, sync_once
    from chatsync.config import Settings

    team(chatwork)
    settings = Settings(
        chatwork={
            "token": env["CHATSYNC_CHATWORK__TOKEN"],
            "api_base": chatwork.base_url,
            "max_retries": 0,
        },
        sheets={
            "spreadsheet_id": env["CHATSYNC_SHEETS__SPREADSHEET_ID"],
            "credentials_file": env["CHATSYNC_SHEETS__CREDENTIALS_FILE"],
            "api_base": sheets.base_url,
        },
        store={"url": store_url},
        digest={"room_ids": [MANAGERS]},
    )
    assert sync_once(settings).ok
    morning = datetime(2027, 1, 12, 9, 0, tzinfo=JST)
    chatwork.inject_fault("503", count=5, path_prefix=f"/rooms/{MANAGERS}/messages", method="POST")
    outcome = digest_once(settings, morning)
    assert not outcome.ok and outcome.should_retry and chatwork.posted(MANAGERS) == []
    chatwork.clear_faults()
    retried = digest_once(settings, morning.replace(minute=5))
    assert retried.ok and len(chatwork.posted(MANAGERS)) == 1


def test_reminders_reach_each_room_with_late_tasks_once_a_day(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
) -> None:
    team(chatwork)
    env = {
        **env,
        "CHATSYNC_DIGEST__ROOM_IDS": str(MANAGERS),
        "CHATSYNC_DIGEST__REMINDERS": "true",
    }
    assert run(env, "sync").returncode == 0
    for _ in range(2):  # a manual rerun the same morning posts nothing more
        done = run(env, "digest", "--now", "2027-01-12T09:00:00+09:00")
        assert done.returncode == 0, done.stderr
    (reminder,) = chatwork.posted(10)
    assert reminder.body.startswith("[To:12]")
    assert "見積書の作成" in reminder.body and "1営業日超過" in reminder.body
    assert f"#!rid10-{chatwork.messages(10)[0].message_id}" in reminder.body
    assert len(chatwork.posted(MANAGERS)) == 1


def test_header_texts_are_configurable(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
) -> None:
    team(chatwork)
    env = {**env, "CHATSYNC_SHEETS__HEADERS": '{"title": "Task", "due": "Due"}'}
    done = run(env, "sync")
    assert done.returncode == 0, done.stderr
    header = sheets.values(spreadsheet_id, "タスク")[0]
    assert header[:5] == ["ID", "ステータス", "Task", "担当者", "Due"]
    bad = run({**env, "CHATSYNC_SHEETS__HEADERS": '{"titel": "Task"}'}, "sync")
    assert bad.returncode == 2 and "titel" in bad.stderr
