"""Ingest end to end: the real client against the Chatwork emulator over loopback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatsync.app import sync_once
from chatsync.config import Settings
from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.store import open_store
from tests.conftest import ME, TOKEN

T0 = 1_796_000_000  # 2026-12-30 JST, a fixed emulator clock


def settings_for(emu: ChatworkEmulator, store_url: str, **chatwork: object) -> Settings:
    return Settings(
        chatwork={"token": TOKEN, "api_base": emu.base_url, **chatwork},
        store={"url": store_url},
    )


def _rooms(emu: ChatworkEmulator, n: int) -> None:
    emu.set_time(T0)
    for i in range(n):
        rid = 1000 + i
        emu.add_room(rid, f"room {i}", [ME, 11, 12])
        emu.add_message(rid, 11, f"hello {i}", T0 - 100)


def test_only_changed_rooms_are_read(chatwork: ChatworkEmulator, store_url: str) -> None:
    _rooms(chatwork, 200)
    settings = settings_for(chatwork, store_url)
    first = sync_once(settings)
    assert first.ok and len(first.rooms) == 200

    chatwork.set_time(T0 + 60)
    for i in range(0, 200, 20):  # 10 rooms change
        chatwork.add_message(1000 + i, 12, "[To:11]明日までに資料の確認をお願いします", T0 + 30)
    chatwork.reset_counts()
    report = sync_once(settings)
    assert report.ok
    assert chatwork.request_count == 11
    assert chatwork.path_counts()["GET /rooms"] == 1
    assert report.total("new") == 10 and report.total("tasks_new") == 10

    chatwork.reset_counts()
    assert sync_once(settings).ok
    assert chatwork.request_count == 1


def test_crash_between_fetch_and_commit_loses_nothing(
    chatwork: ChatworkEmulator, store_url: str, tmp_path: Path
) -> None:
    chatwork.set_time(T0)
    chatwork.add_room(10, "営業", [ME, 11, 12])
    for k in range(5):
        chatwork.add_message(10, 11, f"[To:12]資料{k}の作成をお願いします", T0 - 100 + k)
    env = {
        **os.environ,
        "CHATSYNC_CHATWORK__TOKEN": TOKEN,
        "CHATSYNC_CHATWORK__API_BASE": chatwork.base_url,
        "CHATSYNC_STORE__URL": store_url,
    }
    cmd = [sys.executable, "-m", "chatsync", "sync"]
    crashed = subprocess.run(
        cmd, env={**env, "CHATSYNC_FAULT_STEP": "after_fetch"}, capture_output=True, timeout=60
    )
    assert crashed.returncode == -9
    store = open_store(store_url)
    assert store.room_messages(10) == []
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=60, text=True)
    assert done.returncode == 0, done.stderr
    again = subprocess.run(cmd, env=env, capture_output=True, timeout=60, text=True)
    assert again.returncode == 0, again.stderr
    assert [m.message_id for m in store.room_messages(10)] == [
        m.message_id for m in chatwork.messages(10)
    ]
    assert len(store.all_tasks()) == 5
    store.close()


def test_more_than_100_new_messages_is_a_gap(
    chatwork: ChatworkEmulator, store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    chatwork.set_time(T0)
    chatwork.add_room(10, "雑談", [ME, 11])
    chatwork.add_message(10, 11, "first", T0 - 1000)
    settings = settings_for(chatwork, store_url)
    assert sync_once(settings).ok
    for k in range(150):
        chatwork.add_message(10, 11, f"chatter {k}", T0 - 900 + k)
    with caplog.at_level(logging.WARNING):
        report = sync_once(settings)
    assert report.gaps == 1
    assert any("room 10 (雑談)" in r.getMessage() for r in caplog.records)
    store = open_store(store_url)
    assert store.gap_count() == 1
    assert len(store.room_messages(10)) == 101
    store.close()


def test_edited_message_is_stored_again_and_reparsed(
    chatwork: ChatworkEmulator, store_url: str
) -> None:
    chatwork.set_time(T0)
    chatwork.add_room(10, "営業", [ME, 11, 12])
    mid = chatwork.add_message(10, 11, "[To:12]資料の作成をお願いします", T0 - 100)
    settings = settings_for(chatwork, store_url)
    sync_once(settings)
    chatwork.edit_message(10, mid, "[To:12]資料の作成を12/31までにお願いします", T0 - 50)
    chatwork.add_message(10, 12, "承知しました", T0 - 40)  # moves last_update_time
    report = sync_once(settings)
    assert report.total("edited") == 1
    store = open_store(store_url)
    (task,) = store.all_tasks()
    assert task.due is not None and task.due.day.isoformat() == "2026-12-31"
    store.close()


def test_wrong_token_is_one_clear_line_and_exit_1(
    chatwork: ChatworkEmulator, store_url: str
) -> None:
    env = {
        **os.environ,
        "CHATSYNC_CHATWORK__TOKEN": "wrong-token-value-123",
        "CHATSYNC_CHATWORK__API_BASE": chatwork.base_url,
        "CHATSYNC_STORE__URL": store_url,
    }
    done = subprocess.run(
        [sys.executable, "-m", "chatsync", "sync"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("chatsync:")]
    assert len(lines) == 1 and "CHATSYNC_CHATWORK__TOKEN" in lines[0]
    assert "wrong-token-value-123" not in done.stderr + done.stdout


def test_unknown_room_in_settings_is_named(chatwork: ChatworkEmulator, store_url: str) -> None:
    from chatsync.errors import ConfigError

    _rooms(chatwork, 2)
    with pytest.raises(ConfigError, match="4242"):
        sync_once(settings_for(chatwork, store_url, rooms=[1000, 4242]))


def test_server_errors_are_retried_then_the_next_cycle_catches_up(
    chatwork: ChatworkEmulator, store_url: str
) -> None:
    _rooms(chatwork, 3)
    settings = settings_for(chatwork, store_url, max_retries=1)
    chatwork.inject_fault("500", count=2, path_prefix="/rooms/1001/messages")
    report = sync_once(settings)
    assert not report.ok and "1001" in report.errors[0]
    store = open_store(store_url)
    assert 1001 not in store.positions() and 1000 in store.positions()
    assert sync_once(settings).ok
    assert len(store.room_messages(1001)) == 1
    store.close()


def test_long_sync_shows_progress_in_a_terminal_only() -> None:
    import io

    from chatsync.app import terminal_progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert terminal_progress(io.StringIO()) is None  # logs, pipes, services: silent
    screen = Tty()
    show = terminal_progress(screen, threshold=3)
    assert show is not None
    for done in range(5):
        show(done, 4)
    assert screen.getvalue().endswith("\rreading rooms 4/4 (100%)\n")
    assert "reading rooms 2/4 (50%)" in screen.getvalue()


def test_chatwork_tasks_done_without_a_message_are_reconciled_daily(
    chatwork: ChatworkEmulator, store_url: str
) -> None:
    from chatsync.app import self_account_id
    from chatsync.calendar import BusinessCalendar
    from chatsync.chatwork.client import ChatworkClient
    from chatsync.models import TaskStatus
    from chatsync.sync import CycleReport, Poller, make_parse

    chatwork.set_time(T0)
    chatwork.add_room(10, "営業", [ME, 11, 12])
    (task_id,) = chatwork.add_task(10, 11, [12], "見積書の作成", T0 + 86400, "date")
    store = open_store(store_url)
    clock = [float(T0)]
    with ChatworkClient(TOKEN, chatwork.base_url) as chat:
        from zoneinfo import ZoneInfo

        parse = make_parse(ZoneInfo("Asia/Tokyo"), BusinessCalendar(), self_account_id(chat, store))
        poller = Poller(chat, store, parse, clock=lambda: clock[0])
        poller.poll(CycleReport())
        (task,) = store.all_tasks()
        assert task.kind == "chatwork" and task.status is TaskStatus.OPEN
        # Ticked off in Chatwork, but its task_done message is never read (say, a gap).
        chatwork.set_task_status(10, task_id, "done", by=12)
        done_msg = chatwork.messages(10)[-1]
        chatwork.edit_message(10, done_msg.message_id, "(消えたメッセージ)", T0 + 10)
        chatwork.set_time(T0 + 60)
        chatwork.add_message(10, 11, "お疲れ様です", T0 + 60)
        clock[0] += 3600  # within a day: not checked again, no extra request
        chatwork.reset_counts()
        poller.poll(CycleReport())
        assert "GET /rooms/10/tasks" not in chatwork.path_counts()
        assert store.all_tasks()[0].status is TaskStatus.OPEN
        chatwork.set_time(T0 + 120)
        chatwork.add_message(10, 11, "明日もよろしくお願いします", T0 + 120)
        clock[0] += 86400
        poller.poll(CycleReport())
        assert chatwork.path_counts()["GET /rooms/10/tasks"] == 1
        assert store.all_tasks()[0].status is TaskStatus.DONE
    store.close()
