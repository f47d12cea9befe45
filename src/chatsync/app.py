"""Composition root: settings → adapters → the use cases the CLI runs.

The only module that knows the concrete classes (Chatwork client, SQL store,
gspread writer, APScheduler); everything else sees the ports.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.exc import ArgumentError

from chatsync.calendar import BusinessCalendar
from chatsync.chatwork.client import ChatworkClient
from chatsync.config import Settings, TeamSettings, config_file, require
from chatsync.errors import AuthError, ChatsyncError, ConfigError
from chatsync.models import BoardTask, Room, Task
from chatsync.remind import DIGEST, PostReport, RoomPacer, post_digest, post_reminders
from chatsync.scheduler import build_scheduler, run_forever
from chatsync.sheet.client import open_spreadsheet
from chatsync.sheet.rows import row_to_board_task, task_to_cells
from chatsync.sheet.writer import ColumnsNotFound, SheetWriter
from chatsync.store import SqlStore, open_store
from chatsync.store.sql import sqlite_file
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


def terminal_progress(
    stream: TextIO | None = None, threshold: int = 20
) -> Callable[[int, int], None] | None:
    """A one-line 'rooms read' counter for long syncs (a first sync of many rooms)
    when a person watches a terminal; nothing in logs, pipes or services."""
    out = stream or sys.stderr
    if not out.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < threshold:
            return
        end = "\n" if done == total else ""
        out.write(f"\rreading rooms {done}/{total} ({100 * done // total}%){end}")
        out.flush()

    return show


def now_in(settings: Settings, now: datetime | None) -> datetime:
    return (now or datetime.now(settings.tz)).astimezone(settings.tz)


LAST_CYCLE_KEY = "last_cycle"


def status(settings: Settings, out: TextIO, now: datetime | None = None) -> int:
    """``chatsync status``: the last cycle (when, counts, errors) and the next digest.
    Read-only: a store that does not exist yet is reported, not created."""
    moment = now_in(settings, now)
    path = _store_file(settings.store.url)
    if path is not None and not path.exists():
        out.write(f"no cycle has run yet (no store at {path}); run `chatsync sync`\n")
        out.write(f"next digest: {_next_digest(settings, moment)}\n")
        return 1
    store = open_store(settings.store.url)
    try:
        raw = store.get_value(LAST_CYCLE_KEY)
    finally:
        store.close()
    if raw is None:
        out.write("no cycle has run yet; run `chatsync sync`\n")
    else:
        last = json.loads(raw)
        out.write(
            f"last cycle: {last.get('at')} — rooms read {last.get('rooms_read')}, "
            f"messages {last.get('messages')}, new tasks {last.get('tasks_new')}, "
            f"updated {last.get('tasks_updated')}, done {last.get('tasks_done')}, "
            f"{last.get('sheet') or 'sheet=—'}, errors {last.get('errors')}\n"
        )
        for line in last.get("error_lines", []):
            out.write(f"  error: {line}\n")
    out.write(f"next digest: {_next_digest(settings, moment)}\n")
    return 0 if raw is not None and not json.loads(raw).get("errors") else 1


def _next_digest(settings: Settings, moment: datetime) -> str:
    if not settings.digest.room_ids:
        return "none (CHATSYNC_DIGEST__ROOM_IDS is not set)"
    calendar = calendar_of(settings)
    day = moment.date()
    if moment.time() >= settings.digest.time:
        day = day + timedelta(days=1)
    day = calendar.next_business_day(day)
    rooms = ", ".join(map(str, settings.digest.room_ids))
    return (
        f"{day.isoformat()} {settings.digest.time:%H:%M} ({settings.timezone}) to room(s) {rooms}"
    )


def _store_file(url: str) -> Path | None:
    """The SQLite file of the store (None for PostgreSQL); a URL that does not parse is
    left for the store to explain."""
    try:
        return sqlite_file(url)
    except ArgumentError:
        return None


def first_sync(store: SqlStore, now: datetime) -> int:
    """When this store's first sync ran (unix seconds), recorded by it."""
    seen = store.get_value("first_sync_at")
    if seen is not None and seen.isdigit():
        return int(seen)
    store.set_value("first_sync_at", str(int(now.timestamp())))
    return int(now.timestamp())


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
        since = settings.chatwork.since_moment(
            first_sync(store, now_in(settings, now)), settings.tz
        )
        parse = make_parse(settings.tz, calendar_of(settings), self_account_id(chat, store), since)
        poller = Poller(chat, store, parse, settings.chatwork.rooms, progress=terminal_progress())
        poller.poll(report)
        _sheet_step(settings, store, report, now_in(settings, now))
        store.set_value("heartbeat", datetime.now(settings.tz).isoformat())  # wall clock
        report.duration = elapsed()
        last = {
            "at": now_in(settings, now).isoformat(timespec="seconds"),
            **report.fields(),
            "sheet": report.sheet,
            "error_lines": report.errors[:5],
        }
        store.set_value(LAST_CYCLE_KEY, json.dumps(last, ensure_ascii=False))
    log.info("%s", report.summary(), extra={"fields": {"event": "cycle", **report.fields()}})
    if report.errors:
        log.error("cycle ended with %d error(s); the next cycle catches up", len(report.errors))
    return report


def open_writer(settings: Settings, *, fetch_metadata: bool = True) -> SheetWriter:
    """The sheet writer, or ConfigError naming what is missing."""
    require(settings, "sheet")
    assert settings.sheets.credentials_file is not None  # checked by require()
    spreadsheet = open_spreadsheet(
        settings.sheets.credentials_file,
        settings.sheets.spreadsheet_id,
        settings.sheets.api_base,
        settings.sheets.timeout_seconds,
        fetch_metadata=fetch_metadata,
    )
    return SheetWriter(
        spreadsheet,
        settings.sheets.worksheet,
        headers=settings.sheets.headers,
        words=settings.sheets.status_words,
        tz=settings.tz,
        max_attempts=settings.sheets.max_attempts,
    )


SWEPT_KEY = "sheet_swept_at"


def _sweep_due(settings: Settings, store: SqlStore, now: datetime) -> bool:
    """Read the sheet although nothing changed in chat, so what people did there (a task
    marked 済み gets its 完了日時; edits reach the store) is taken in within
    ``sheets.sweep_minutes``."""
    last = store.get_value(SWEPT_KEY)
    if last is None:
        return True
    try:
        age = (now - datetime.fromisoformat(last)).total_seconds()
    except (TypeError, ValueError):
        return True
    return age < 0 or age >= settings.sheets.sweep_minutes * 60


def _sheet_step(settings: Settings, store: SqlStore, report: CycleReport, now: datetime) -> None:
    if not settings.sheets.spreadsheet_id:
        report.sheet = "sheet=off"
        log.info("no spreadsheet configured (CHATSYNC_SHEETS__SPREADSHEET_ID); sheet step skipped")
        return
    if not store.dirty_task_ids() and not _sweep_due(settings, store, now):
        # Nothing to write: no Sheets call at all (an unchanged cycle costs one Chatwork
        # request and nothing else). People's edits are taken in by the next sweep
        # (sheets.sweep_minutes) or cycle that writes; the digest reads the board fresh.
        report.sheet = "sheet=unchanged"
        return
    try:
        sheet = open_writer(settings, fetch_metadata=False).sync(store, now)
        store.set_value(SWEPT_KEY, now.isoformat())
    except (AuthError, ConfigError):
        raise
    except ChatsyncError as exc:
        report.sheet = "sheet=failed"
        report.errors.append(f"sheet: {exc}")
        log.error("sheet not written: %s (tasks stay queued for the next cycle)", exc)
        return
    for warning in sheet.warnings:
        log.warning("sheet: %s", warning)
    report.sheet = (
        f"sheet_rows_added={sheet.rows_added} sheet_rows_updated={sheet.rows_updated} "
        f"sheet_edits_by_people={sheet.human_edits} sheet_calls={sheet.api_calls}"
    )


def board_tasks(settings: Settings, store: SqlStore, now: datetime) -> list[BoardTask]:
    """The tasks as people left them: the sheet when there is one, else the store."""
    if settings.sheets.spreadsheet_id:
        try:
            return open_writer(settings).read_board(store, now)
        except ColumnsNotFound as exc:  # the digest still goes out, from chatsync's own state
            log.warning("digest reads chatsync's own state: %s", exc)
    return [task_to_board(t, settings.tz) for t in store.all_tasks()]


def task_to_board(task: Task, tz: ZoneInfo) -> BoardTask:
    cells = task_to_cells(task, tz)
    return row_to_board_task(cells, task)


def _of_rooms(
    tasks: Callable[[], list[BoardTask]], rooms: set[int]
) -> Callable[[], list[BoardTask]]:
    """A team's share of the board: the tasks of its own rooms."""
    return lambda: [t for t in tasks() if t.room_id in rooms]


class _NoChat:
    """Chatwork for ``digest --dry-run`` without a token: it is never called."""

    def __getattr__(self, name: str) -> Any:
        raise ConfigError("this needs Chatwork: set CHATSYNC_CHATWORK__TOKEN")


@dataclass(frozen=True)
class DigestOutcome:
    """The digest's and the reminders' reports; the scheduler retries on ``should_retry``."""

    reports: tuple[PostReport, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.reports)

    @property
    def should_retry(self) -> bool:
        return any(r.should_retry for r in self.reports)

    @property
    def errors(self) -> list[str]:
        return [e for r in self.reports for e in r.errors]


def digest_once(
    settings: Settings,
    now: datetime | None = None,
    *,
    dry_run: bool = False,
    out: TextIO | None = None,
    chat: ChatworkClient | None = None,
    force: bool = False,
) -> DigestOutcome:
    """Post (or, dry-run, print) the digest for ``now``; at most once per room per day.

    A room that could not be served is named in ``errors``; the others still get theirs."""
    moment = now_in(settings, now)
    if not dry_run:
        require(settings, "digest")
    with ExitStack() as stack:
        if chat is None and dry_run and not settings.chatwork.resolved_token():
            chat = _NoChat()  # type: ignore[assignment]  # a dry run posts nothing
        if chat is None:
            chat = stack.enter_context(build_chat(settings))
        store = open_store(settings.store.url)
        stack.callback(store.close)
        rows: list[BoardTask] = []

        def tasks() -> list[BoardTask]:
            if not rows:
                rows.extend(board_tasks(settings, store, moment))
            return rows

        pacer = RoomPacer()
        common = {
            "calendar": calendar_of(settings),
            "tz": settings.tz,
            "lang": settings.digest.language,
            "mentions": settings.digest.mentions,
            "dry_run": dry_run,
            "force": force,
            "pacer": pacer,
        }
        reports = []
        teams: list[TeamSettings | None] = list(settings.teams) or [None]
        for team in teams:
            if team is None:
                rooms, kind, lang = settings.digest.room_ids, DIGEST, settings.digest.language
                team_tasks: Callable[[], list[BoardTask]] = tasks
            else:
                rooms, kind = team.digest_room_ids, f"{DIGEST}:{team.name}"
                lang = team.language or settings.digest.language
                team_tasks = _of_rooms(tasks, set(team.rooms))
            reports.append(
                post_digest(
                    chat,
                    store,
                    team_tasks,
                    moment,
                    room_ids=rooms or (0,) if dry_run else rooms,
                    say_when_empty=settings.digest.post_when_empty,
                    kind=kind,
                    **{**common, "lang": lang},  # type: ignore[arg-type]
                )
            )
        digests = len(reports)
        if settings.digest.reminders:
            reports.append(
                post_reminders(
                    chat,
                    store,
                    tasks,
                    moment,
                    rooms=settings.chatwork.rooms or None,
                    **common,  # type: ignore[arg-type]
                )
            )
    if dry_run and out is not None:
        for each_team, each in zip(teams, reports[:digests], strict=True):
            if each_team is not None:
                out.write(f"=== team {each_team.name}\n")
            if not each.business_day and not force:
                out.write(f"{moment:%Y-%m-%d} is not a business day: no digest.\n")
            elif not each.texts:
                out.write("Nothing is late or due today: no digest would be posted.\n")
            for text in each.texts:
                out.write(text + "\n")
        for r in reports[digests:]:
            for result in r.results:
                for text in result.texts:
                    out.write(f"--- reminder for room {result.room_id}\n{text}\n")
    for r in reports:
        for result in r.results:
            log.info("%s room=%s status=%s", r.kind, result.room_id, result.status)
        for error in r.errors:
            log.error("%s: %s", r.kind, error)
    return DigestOutcome(tuple(reports))


def serve(settings: Settings) -> int:
    """``chatsync run``: poll on an interval, digest on business mornings, until SIGTERM."""
    require(settings, "token")
    with build_chat(settings) as chat:
        store = open_store(settings.store.url)
        try:
            last = max((d for _, d, k, _ in store.posts() if k == "digest"), default=None)
        finally:
            store.close()

        def poll() -> object:
            return sync_once(settings, chat=chat)

        def digest() -> object:
            if not settings.digest.room_ids:
                return None
            return digest_once(settings, chat=chat)

        scheduler = build_scheduler(
            poll,
            digest,
            tz=settings.tz,
            calendar=calendar_of(settings),
            interval_seconds=settings.poll.interval_seconds,
            digest_time=settings.digest.time,
            grace_seconds=settings.digest.grace_minutes * 60,
            last_posted_day=last,
        )
        log.info(
            "chatsync running: poll every %ss, digest at %s (%s) on business days",
            settings.poll.interval_seconds,
            settings.digest.time.strftime("%H:%M"),
            settings.timezone,
        )
        run_forever(scheduler)
    log.info("chatsync stopped")
    return 0


def check(settings: Settings, out: TextIO) -> int:
    """``chatsync check``: one ✓/✗ line per thing, each ✗ saying how to fix it.

    Exit 0 when all is well, 1 when something outside is wrong (token, sheet,
    rooms), 2 when a setting is missing."""
    lines: list[tuple[bool | None, str]] = []  # None: a warning, not a failure
    missing_settings = False

    def ok(text: str) -> None:
        lines.append((True, text))

    def bad(text: str) -> None:
        lines.append((False, text))

    def warn(text: str) -> None:
        lines.append((None, text))

    source = config_file()
    where = (
        f"from {source}" if source is not None else "(no settings file: defaults and CHATSYNC_*)"
    )
    ok(f"settings read {where} (time zone {settings.timezone}, store {_store_kind(settings)})")
    token = settings.chatwork.resolved_token()
    if not token:
        missing_settings = True
        bad("Chatwork token: not set — set CHATSYNC_CHATWORK__TOKEN to your API token")
    else:
        with build_chat(settings) as chat:
            _check_chatwork(settings, chat, ok, bad)
    for team in settings.teams:
        ok(
            f"team {team.name}: rooms {', '.join(map(str, team.rooms)) or '—'}; digest to "
            f"{', '.join(map(str, team.digest_room_ids)) or 'no room'}"
        )
    if not settings.digest.room_ids and not any(t.digest_room_ids for t in settings.teams):
        missing_settings = True
        bad(
            "digest rooms: CHATSYNC_DIGEST__ROOM_IDS is not set — set it to the managers' "
            "room id(s), or no morning digest is posted"
        )
    if not settings.sheets.spreadsheet_id or not settings.sheets.credentials_file:
        missing_settings = True
        for name, what in (
            ("CHATSYNC_SHEETS__SPREADSHEET_ID", settings.sheets.spreadsheet_id),
            ("CHATSYNC_SHEETS__CREDENTIALS_FILE", settings.sheets.credentials_file),
        ):
            if not what:
                bad(f"Google Sheet: {name} is not set — set it (see README, 'Real setup')")
    else:
        try:
            writer = open_writer(settings)
            titles = writer.worksheet_titles()
            name = settings.sheets.worksheet
            state = "present" if name in titles else "missing, created on the first sync"
            ok(f"Google Sheet {settings.sheets.spreadsheet_id}: opened; worksheet '{name}' {state}")
            if name in titles:
                good, text = writer.check_columns()
                (ok if good else bad)(text)
            zone = str(getattr(writer.spreadsheet, "timezone", "") or "")
            if zone and zone != settings.timezone:
                warn(
                    f"the spreadsheet's time zone is {zone}, the team's {settings.timezone}: "
                    "dates people type and the late-row colours follow the spreadsheet's — set "
                    "it in File → Settings → Time zone"
                )
        except ChatsyncError as exc:
            bad(f"Google Sheet: {exc}")
    path = _store_file(settings.store.url)
    if path is not None and not path.exists():  # check changes nothing: no file is created
        ok(f"state store: {path} (not created yet; the first sync creates it)")
    else:
        try:
            store = open_store(settings.store.url)
            store.close()
            ok(f"state store {_store_kind(settings)}: opened" + (f" ({path})" if path else ""))
        except ChatsyncError as exc:
            bad(f"state store: {exc}")
    for mark, text in lines:
        out.write({True: "✓ ", False: "✗ ", None: "⚠ "}[mark] + text + "\n")
    if missing_settings:
        return 2
    return 0 if all(mark is not False for mark, _ in lines) else 1


def _check_chatwork(
    settings: Settings,
    chat: ChatworkClient,
    ok: Callable[[str], None],
    bad: Callable[[str], None],
) -> None:
    try:
        me = chat.me()
        ok(f"Chatwork token accepted (account {me.account_id}, {me.name})")
        rooms = {r.room_id: r for r in chat.room_list()}
    except AuthError:
        bad(
            "Chatwork token: refused by Chatwork — set CHATSYNC_CHATWORK__TOKEN to a valid "
            "token (Chatwork → 利用者名 → サービス連携 → API Token)"
        )
        return
    except ChatsyncError as exc:
        bad(f"Chatwork: {exc} — check CHATSYNC_CHATWORK__API_BASE and the network")
        return
    wanted = settings.chatwork.rooms
    unknown = [rid for rid in wanted if rid not in rooms]
    if unknown:
        bad(
            f"rooms to read: {', '.join(map(str, unknown))} not visible to the token — fix "
            "CHATSYNC_CHATWORK__ROOMS or add the token's account to those rooms"
        )
    else:
        if wanted:
            ok(f"rooms to read: {len(wanted)} room(s) visible")
        else:
            groups = sum(1 for r in rooms.values() if r.type == "group")
            ok(
                f"rooms to read: {groups} group room(s); {len(rooms) - groups} direct or "
                "personal chat(s) left out (list them in CHATSYNC_CHATWORK__ROOMS to read them)"
            )
    digest_rooms = [
        *settings.digest.room_ids,
        *(r for t in settings.teams for r in t.digest_room_ids),
    ]
    for rid in dict.fromkeys(digest_rooms):
        room = rooms.get(rid)
        if room is None:
            bad(
                f"digest room {rid}: the token's account is not a member — add it to the "
                "room or fix CHATSYNC_DIGEST__ROOM_IDS"
            )
        elif room.role == "readonly":
            bad(f"digest room {rid} ({room.name}): read-only for the token — make it a member")
        else:
            ok(f"digest room {rid} ({room.name}): can post")


def _store_kind(settings: Settings) -> str:
    return settings.store.url.split(":", 1)[0]


def report(
    settings: Settings, out: TextIO, export: Path | None = None, png: Path | None = None
) -> int:
    """``chatsync report``: what people corrected in the sheet, per room and week, and the
    precision and recall it implies; ``export`` writes the corrected conversations (JSONL,
    the ``extract`` format with ``expected``), ``png`` a chart (needs matplotlib)."""
    from chatsync import report as rep

    store = open_store(settings.store.url)
    try:
        tasks, corrections = store.all_tasks(), store.corrections()
        rooms = sorted({c.room_id for c in corrections})
        messages = {rid: store.room_messages(rid) for rid in rooms}
        sent = {
            f"cw-{m.room_id}-{m.message_id}": m.send_time for ms in messages.values() for m in ms
        }
        names = {t.room_id: t.room_name for t in tasks}
        rows = rep.weekly(tasks, corrections, settings.tz, sent=sent, room_names=names)
        out.write(rep.render(rows))
        if export is not None:
            convs = rep.export(
                [
                    (
                        Room(room_id=rid, name=names.get(rid, "")),
                        store.room_members(rid),
                        messages[rid],
                    )
                    for rid in rooms
                ],
                tasks,
                corrections,
                settings.timezone,
                settings.tz,
                words=settings.sheets.status_words,
            )
            try:
                with export.open("w", encoding="utf-8") as f:
                    for conv in convs:
                        f.write(json.dumps(conv, ensure_ascii=False) + "\n")
            except OSError as exc:
                raise ConfigError(f"--export {export}: cannot write ({exc.strerror})") from None
            out.write(f"{len(convs)} corrected conversation(s) written to {export}\n")
        if png is not None:
            _chart(rows, png)
            out.write(f"chart written to {png}\n")
    finally:
        store.close()
    return 0


def _chart(rows: list[Any], path: Path) -> None:
    try:
        import matplotlib  # type: ignore[import-not-found]

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # type: ignore[import-not-found]
    except ImportError:
        raise ConfigError("--png needs matplotlib: pip install matplotlib") from None
    weeks = sorted({r.week for r in rows})
    fig, ax = plt.subplots(figsize=(8, 3))
    for name, attr in (("precision", "precision"), ("recall", "recall")):
        ax.plot(
            weeks,
            [_mean([getattr(r, attr) for r in rows if r.week == w]) for w in weeks],
            label=name,
        )
    ax.set_ylim(0, 1.05)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


def _mean(values: list[float | None]) -> float:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else float("nan")


def repair_sheet(settings: Settings, out: TextIO) -> int:
    """``chatsync sheet repair``: re-find chatsync's columns (putting back deleted ones) and
    re-apply the sheet's formatting; prints what it found."""
    require(settings, "sheet")
    store = open_store(settings.store.url)
    try:
        for line in open_writer(settings).repair(store):
            out.write(line + "\n")
    finally:
        store.close()
    return 0


def health(settings: Settings, max_age: int, out: TextIO) -> int:
    """``chatsync health``: 0 when the last finished cycle is younger than ``max_age`` s."""
    store = open_store(settings.store.url)
    try:
        beat = store.get_value("heartbeat")
    finally:
        store.close()
    if beat is None:
        out.write("no cycle has finished yet\n")
        return 1
    age = (datetime.now(settings.tz) - datetime.fromisoformat(beat)).total_seconds()
    out.write(f"last cycle finished {age:.0f} s ago\n")
    return 0 if age <= max_age else 1
