"""Shared pieces of the reliability suite: a realistic team chat, chatsync as a
subprocess, hooks into the emulators for faults "mid-run", and the final
exactly-once check every scenario ends with."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from chatsync.store import open_store
from tests.conftest import ME, TOKEN

JST = ZoneInfo("Asia/Tokyo")
WORKSHEET = "タスク"
MANAGERS, BOARD = 50, 60  # digest rooms
ROOMS = (10, 20, 30)  # rooms with work in them
DAY1 = "2027-01-07T18:00:00+09:00"  # Thursday
DAY2 = "2027-01-08T18:00:00+09:00"  # Friday
DIGEST_DAY = "2027-01-12T09:00:00+09:00"  # Tuesday (01-11 is 成人の日)
RUN_TIMEOUT = 60  # the guard against a hang: no chatsync run may take longer


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=JST).timestamp())


def rp(account: int, room: int, message_id: str) -> str:
    return f"[rp aid={account} to={room}-{message_id}]"


# --------------------------------------------------------------------------- the chat


def team(cw: ChatworkEmulator) -> None:
    """Three work rooms and two digest rooms; the first day's requests."""
    cw.set_time(at("2027-01-07T18:00"))
    for aid, name in ((11, "田中 太郎"), (12, "佐藤 花子"), (13, "鈴木 一郎"), (14, "高橋 美咲")):
        cw.add_account(aid, name)
    cw.add_room(10, "営業部", [ME, 11, 12, 13])
    cw.add_room(20, "開発", [ME, 12, 13, 14])
    cw.add_room(30, "総務", [ME, 11, 14])
    cw.add_room(MANAGERS, "管理職", [ME, 11])
    cw.add_room(BOARD, "役員", [ME, 14])
    say = cw.add_message
    say(
        10,
        11,
        "[To:12]佐藤 花子さん\n見積書の作成を明日までにお願いします。",
        at("2027-01-07T10:00"),
    )
    say(10, 13, "お疲れ様です！", at("2027-01-07T10:05"))
    say(10, 11, "[To:13]鈴木 一郎さん\n請求書の発行を1/8までにお願いします", at("2027-01-07T10:10"))
    say(
        10,
        11,
        "以下お願いします。\n・佐藤さん：展示会の備品リスト作成\n・鈴木さん：会場の下見",
        at("2027-01-07T11:00"),
    )
    say(
        20,
        14,
        "[To:12]佐藤 花子さん\nテスト環境の構築を明日までにお願いします",
        at("2027-01-07T09:00"),
    )
    say(20, 12, "了解です", at("2027-01-07T09:10"))
    say(20, 14, "[To:13]鈴木 一郎さん\nレビューを1/8までにお願いします", at("2027-01-07T09:30"))
    say(
        30,
        11,
        "[To:14]高橋 美咲さん\n経費精算の締めを明日までにお願いします",
        at("2027-01-07T13:00"),
    )
    say(30, 14, "ランチ行きましょう", at("2027-01-07T13:05"))


def day_two(cw: ChatworkEmulator) -> None:
    """Updates: a task done by reply, a deadline moved, a cancellation, new requests."""
    cw.set_time(at("2027-01-08T18:00"))
    estimate = next(m for m in cw.messages(10) if "見積書" in m.body).message_id
    review = next(m for m in cw.messages(20) if "レビュー" in m.body).message_id
    expenses = next(m for m in cw.messages(30) if "経費精算" in m.body).message_id
    say = cw.add_message
    say(
        10,
        12,
        f"{rp(11, 10, estimate)}田中 太郎さん\n見積書、送付しました。",
        at("2027-01-08T10:00"),
    )
    say(
        10, 11, "[To:12]佐藤 花子さん\n議事録の共有を1/13までにお願いします", at("2027-01-08T10:30")
    )
    say(
        20,
        13,
        f"{rp(14, 20, review)}高橋 美咲さん\n申し訳ありません、1/14まで延ばします。",
        at("2027-01-08T11:00"),
    )
    say(30, 11, f"{rp(11, 30, expenses)}\n高橋さん、こちらはキャンセルで。", at("2027-01-08T12:00"))
    say(30, 11, "[To:14]高橋 美咲さん\n備品の発注を1/12までにお願いします", at("2027-01-08T12:30"))


# --------------------------------------------------------------------------- processes


def chatsync(
    env: dict[str, str], *args: str, timeout: float = RUN_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """``python -m chatsync ARGS`` with a hard timeout: a hang fails the test, never the suite."""
    return subprocess.run(
        [sys.executable, "-m", "chatsync", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def sync(env: dict[str, str], now: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return chatsync({**env, **extra}, "sync", "--now", now)


def sync_here(env: dict[str, str], now: str) -> None:
    """A clean cycle in this process, for setting a scene (what is tested runs as a
    subprocess): the same settings as ``env``, without an interpreter start."""
    from chatsync.app import sync_once
    from chatsync.config import Settings

    settings = Settings(
        chatwork={
            "token": env["CHATSYNC_CHATWORK__TOKEN"],
            "api_base": env["CHATSYNC_CHATWORK__API_BASE"],
        },
        sheets={
            "spreadsheet_id": env["CHATSYNC_SHEETS__SPREADSHEET_ID"],
            "credentials_file": env["CHATSYNC_SHEETS__CREDENTIALS_FILE"],
            "api_base": env["CHATSYNC_SHEETS__API_BASE"],
        },
        store={"url": env["CHATSYNC_STORE__URL"]},
    )
    report = sync_once(settings, datetime.fromisoformat(now))
    assert report.ok, report.errors


def fast_env(env: dict[str, str], **extra: str) -> dict[str, str]:
    """Small timeouts and few retries, so fault runs take seconds, not minutes."""
    return {
        **env,
        "CHATSYNC_CHATWORK__TIMEOUT_SECONDS": "1",
        "CHATSYNC_CHATWORK__MAX_RETRIES": "2",
        "CHATSYNC_SHEETS__TIMEOUT_SECONDS": "1",
        "CHATSYNC_SHEETS__MAX_ATTEMPTS": "2",
        **extra,
    }


# --------------------------------------------------------------------------- emulator hooks


@contextmanager
def before_request(
    emulator: ChatworkEmulator | SheetsEmulator,
    matches: Callable[[str, str], bool],
    action: Callable[[], None],
) -> Iterator[threading.Event]:
    """Run ``action`` (a person or an admin changing something) just before the first
    request that ``matches(method, path)`` is served: a change "mid-run", deterministic.

    Hooks the emulator's dispatch on this instance only; the event is set once it ran.
    """
    name = "_handle_api" if isinstance(emulator, ChatworkEmulator) else "handle_api"
    original = getattr(emulator, name)
    fired = threading.Event()
    lock = threading.Lock()

    def hooked(method: str, path: str, *args: Any, **kw: Any) -> Any:
        with lock:
            if not fired.is_set() and matches(method, path):
                action()
                fired.set()
        return original(method, path, *args, **kw)

    setattr(emulator, name, hooked)
    try:
        yield fired
    finally:
        delattr(emulator, name)


# --------------------------------------------------------------------------- the final check


@dataclass(frozen=True)
class Board:
    """What the store and the sheet hold once a scenario is over."""

    store: dict[str, str]  # task id → status, of tasks people did not delete
    sheet_ids: list[str]  # column A, in sheet order
    rows: frozenset[tuple[str, ...]]  # columns A–J of every task row
    human: dict[str, frozenset[str]]  # task id → columns memory says a person edited


def board(
    store_url: str, sheets: SheetsEmulator, spreadsheet_id: str, worksheet: str = WORKSHEET
) -> Board:
    store = open_store(store_url)
    try:
        memory = store.sheet_memory()
        tasks = {
            t.task_id: t.status.value
            for t in store.all_tasks()
            if not (t.task_id in memory and memory[t.task_id].deleted)
        }
    finally:
        store.close()
    values = sheets.values(spreadsheet_id, worksheet)
    body = [row for row in values[1:] if row and row[0]]
    return Board(
        store=tasks,
        sheet_ids=[row[0] for row in body],
        rows=frozenset(tuple((row + [""] * 10)[:10]) for row in body),
        human={tid: m.human for tid, m in memory.items() if m.human},
    )


def assert_exactly_once(got: Board, expected: Board | None = None) -> dict[str, int]:
    """Every task once in the store and once in the sheet (found by ID), nothing lost
    against the fault-free run, no crash taken for a person's edit. Returns counts."""
    duplicated = [tid for tid, n in Counter(got.sheet_ids).items() if n > 1]
    assert duplicated == [], f"rows duplicated in the sheet: {duplicated}"
    assert set(got.sheet_ids) == set(got.store), (
        f"sheet and store disagree: only in sheet {set(got.sheet_ids) - set(got.store)}, "
        f"only in store {set(got.store) - set(got.sheet_ids)}"
    )
    lost = 0
    if expected is not None:
        lost = len(set(expected.store) - set(got.store))
        assert got.store == expected.store, "tasks differ from the fault-free run"
        assert got.rows == expected.rows, "sheet rows differ from the fault-free run"
        assert got.human == expected.human, "a crash was taken for a person's edit"
    return {"tasks": len(got.store), "lost": lost, "duplicated": len(duplicated)}


def settings_env(
    cw: ChatworkEmulator, sh: SheetsEmulator, key: Path, sid: str, store_url: str
) -> dict[str, str]:
    return {
        **os.environ,
        "CHATSYNC_CHATWORK__TOKEN": TOKEN,
        "CHATSYNC_CHATWORK__API_BASE": cw.base_url,
        "CHATSYNC_SHEETS__SPREADSHEET_ID": sid,
        "CHATSYNC_SHEETS__CREDENTIALS_FILE": str(key),
        "CHATSYNC_SHEETS__API_BASE": sh.base_url,
        "CHATSYNC_STORE__URL": store_url,
        "CHATSYNC_DIGEST__ROOM_IDS": f"{MANAGERS},{BOARD}",
    }


@cache
def reference() -> tuple[Board, Board]:
    """The fault-free run of the two days (in-process, its own emulators): what every
    faulty run must end with. Message ids are deterministic, so task ids match."""
    from chatsync.app import sync_once
    from chatsync.config import Settings

    tmp = Path(tempfile.mkdtemp(prefix="chatsync-reference-"))
    cw = ChatworkEmulator({TOKEN: ME})
    cw.add_account(ME, "chatsync bot")
    sh = SheetsEmulator()
    cw.start()
    sh.start()
    try:
        key = sh.write_key_file(tmp / "reference-key.json")
        sid = sh.create_spreadsheet("チームのタスク")
        url = f"sqlite:///{tmp}/reference.db"
        settings = Settings(
            chatwork={"token": TOKEN, "api_base": cw.base_url},
            sheets={"spreadsheet_id": sid, "credentials_file": key, "api_base": sh.base_url},
            store={"url": url},
        )
        team(cw)
        assert sync_once(settings, datetime.fromisoformat(DAY1)).ok
        first = board(url, sh, sid)
        day_two(cw)
        assert sync_once(settings, datetime.fromisoformat(DAY2)).ok
        return first, board(url, sh, sid)
    finally:
        cw.stop()
        sh.stop()
