"""Composition root: settings → adapters → the use cases the CLI runs.

The only module that knows the concrete classes (Chatwork client, SQL store,
gspread writer, APScheduler); everything else sees the ports.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from typing import TextIO

from chatsync.calendar import BusinessCalendar
from chatsync.chatwork.client import ChatworkClient
from chatsync.config import Settings, require
from chatsync.errors import AuthError, ChatsyncError, ConfigError
from chatsync.store import SqlStore, open_store
from chatsync.sync import CycleReport, Poller, make_parse, timed

log = logging.getLogger("chatsync")


def calendar_of(settings: Settings) -> BusinessCalendar:
    return BusinessCalendar(settings.company_holidays)


def build_chat(settings: Settings) -> ChatworkClient:
    require(settings, "token")
    token = settings.chatwork.resolved_token() or ""
    return ChatworkClient(
        token,
        settings.chatwork.api_base,
        timeout=settings.chatwork.timeout_seconds,
        max_retries=settings.chatwork.max_retries,
    )


def self_account_id(chat: ChatworkClient, store: SqlStore) -> Callable[[], int | None]:
    """The reading account (excluded from [toall]), asked once and kept in the store."""
    cached: list[int | None] = []

    def get() -> int | None:
        if not cached:
            value = store.get_value("self_account_id")
            if value is None:
                value = str(chat.me().account_id)
                store.set_value("self_account_id", value)
            cached.append(int(value))
        return cached[0]

    return get


def now_in(settings: Settings, now: datetime | None) -> datetime:
    return (now or datetime.now(settings.tz)).astimezone(settings.tz)


def sync_once(
    settings: Settings,
    now: datetime | None = None,
    *,
    chat: ChatworkClient | None = None,
    store: SqlStore | None = None,
) -> CycleReport:
    """One cycle: poll → parse → store → sheet. Errors of one room or of the
    sheet are reported and retried next cycle; a refused token stops the cycle."""
    elapsed = timed()
    report = CycleReport()
    with ExitStack() as stack:
        if chat is None:
            chat = stack.enter_context(build_chat(settings))
        if store is None:
            store = open_store(settings.store.url)
            stack.callback(store.close)
        parse = make_parse(settings.tz, calendar_of(settings), self_account_id(chat, store))
        poller = Poller(chat, store, parse, settings.chatwork.rooms)
        poller.poll(report)
        _sheet_step(settings, store, report, now_in(settings, now))
        store.set_value("heartbeat", now_in(settings, now).isoformat())
    report.duration = elapsed()
    log.info("%s", report.summary())
    if report.errors:
        log.error("cycle ended with %d error(s); the next cycle catches up", len(report.errors))
    return report


def _sheet_step(settings: Settings, store: SqlStore, report: CycleReport, now: datetime) -> None:
    if not settings.sheets.spreadsheet_id:
        report.sheet = "sheet=off"
        log.info("no spreadsheet configured (CHATSYNC_SHEETS__SPREADSHEET_ID); sheet step skipped")
        return
    raise ConfigError("sheet step not wired yet")


def digest_once(settings: Settings, now: datetime | None, *, dry_run: bool, out: TextIO) -> bool:
    raise ConfigError("digest not wired yet")


def serve(settings: Settings) -> int:
    raise ConfigError("run not wired yet")


def check(settings: Settings, out: TextIO) -> int:
    raise ConfigError("check not wired yet")


__all__ = ["AuthError", "ChatsyncError", "check", "digest_once", "serve", "sync_once"]
