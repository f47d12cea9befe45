"""`chatsync run` as an operator starts it: polls, then stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from chatsync.store import open_store
from tests.conftest import ME


def rows_of(sheets: SheetsEmulator, spreadsheet_id: str) -> list[list[str]]:
    try:
        return sheets.values(spreadsheet_id, "タスク")
    except KeyError:  # chatsync has not created its worksheet yet
        return []


def test_run_polls_and_stops_cleanly_on_sigterm(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    env: dict[str, str],
    store_url: str,
) -> None:
    chatwork.add_room(10, "営業部", [ME, 11, 12])
    chatwork.add_message(
        10, 11, "[To:12]見積書の作成を明日までにお願いします", int(time.time()) - 60
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "chatsync", "--log-format", "json", "run"],
        env={**env, "CHATSYNC_POLL__INTERVAL_SECONDS": "10"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and chatwork.path_counts()["GET /rooms"] == 0:
            time.sleep(0.1)
        while time.monotonic() < deadline and len(rows_of(sheets, spreadsheet_id)) < 2:
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    rows = sheets.values(spreadsheet_id, "タスク")
    assert len(rows) == 2 and "見積書の作成" in rows[1][2]
    assert '"message": "chatsync stopped"' in stderr
    store = open_store(store_url)
    assert store.get_value("heartbeat") is not None
    store.close()
