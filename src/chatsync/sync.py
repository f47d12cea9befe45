"""One sync cycle: poll the rooms that changed → parse → store (→ sheet).

No I/O of its own: the Chatwork client, the store and the sheet writer are
passed in. Reading uses ``force=1`` (the latest 100 messages) and drops what
the store already holds, so a crash between reading and storing loses
nothing: Chatwork's ``force=0`` read position would have moved already.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.errors import AuthError, ChatsyncError, ConfigError, TransientError
from chatsync.faults import checkpoint
from chatsync.models import ChatMessage, Member, Room, Task, TaskStatus
from chatsync.ports import RoomPosition, StateStore

log = logging.getLogger(__name__)

MESSAGES_PER_READ = 100  # what GET /rooms/{id}/messages returns at most
TASK_RECONCILE_SECONDS = 24 * 3600  # Chatwork's own tasks are re-checked once a day


class ChatSource(Protocol):
    def rooms(self) -> list[Room]: ...

    def members(self, room_id: int) -> list[Member]: ...

    def messages(self, room_id: int, force: bool = True) -> list[ChatMessage]: ...

    def tasks(self, room_id: int, status: str = "open") -> Sequence[ChatworkTaskState]: ...


class ChatworkTaskState(Protocol):
    """What chatsync reads of an item of ``GET /rooms/{id}/tasks``."""

    @property
    def message_id(self) -> str: ...

    @property
    def status(self) -> str: ...


Parse = Callable[[Sequence[Task], Sequence[ChatMessage], Room, Sequence[Member]], list[Task]]


@dataclass
class RoomReport:
    room_id: int
    name: str
    fetched: int = 0
    new: int = 0
    edited: int = 0
    tasks_new: int = 0
    tasks_updated: int = 0
    tasks_done: int = 0
    gap: bool = False
    error: str | None = None


@dataclass
class CycleReport:
    rooms_listed: int = 0
    rooms: list[RoomReport] = field(default_factory=list)
    gaps: int = 0
    errors: list[str] = field(default_factory=list)
    sheet: str = ""
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def total(self, name: str) -> int:
        return sum(int(getattr(r, name)) for r in self.rooms)

    def fields(self) -> dict[str, object]:
        """The summary as structured fields (for ``--log-format json``)."""
        return {
            "rooms_listed": self.rooms_listed,
            "rooms_read": len(self.rooms),
            "messages": self.total("new"),
            "edited": self.total("edited"),
            "tasks_new": self.total("tasks_new"),
            "tasks_updated": self.total("tasks_updated"),
            "tasks_done": self.total("tasks_done"),
            "gaps": self.gaps,
            "errors": len(self.errors),
            "duration_s": round(self.duration, 3),
        }

    def summary(self) -> str:
        return (
            f"sync rooms_listed={self.rooms_listed} rooms_read={len(self.rooms)} "
            f"messages={self.total('new')} edited={self.total('edited')} "
            f"tasks_new={self.total('tasks_new')} tasks_updated={self.total('tasks_updated')} "
            f"tasks_done={self.total('tasks_done')} gaps={self.gaps} {self.sheet} "
            f"errors={len(self.errors)} duration={self.duration:.2f}s"
        ).replace("  ", " ")


def changed_rooms(
    rooms: Sequence[Room], positions: dict[int, RoomPosition], wanted: Sequence[int]
) -> list[Room]:
    """Rooms to read this cycle: wanted (every group room when empty: a direct chat is
    private and read only when listed) and whose ``last_update_time`` differs from the
    one fully read last time."""
    if wanted:
        visible = {r.room_id for r in rooms}
        missing = [rid for rid in wanted if rid not in visible]
        if missing:
            ids = ", ".join(str(rid) for rid in missing)
            raise ConfigError(
                f"CHATSYNC_CHATWORK__ROOMS names room {ids}, which the token cannot see; "
                "check the id (from the room URL #!rid<ID>) or add the token's account to it"
            )
        keep = set(wanted)
        rooms = [r for r in rooms if r.room_id in keep]
    else:
        rooms = [r for r in rooms if r.kind == "group"]
    out = []
    for room in rooms:
        pos = positions.get(room.room_id)
        if pos is None or pos.last_update_time != room.last_update_time:
            out.append(room)
    return out


def select_new(
    fetched: Sequence[ChatMessage], stored: dict[str, int]
) -> tuple[list[ChatMessage], int]:
    """Messages not stored yet, or edited since stored; and how many were edits."""
    out, edited = [], 0
    for m in fetched:
        version = stored.get(m.message_id)
        if version is None:
            out.append(m)
        elif m.update_time > version:
            out.append(m)
            edited += 1
    return out, edited


def gap_suspected(
    fetched: Sequence[ChatMessage], stored: dict[str, int], position: RoomPosition | None
) -> bool:
    """A full page with nothing already stored, after the room was read before:
    older messages exist that the API no longer returns."""
    if position is None or position.last_send_time == 0 or not fetched:
        return False
    if len(fetched) < MESSAGES_PER_READ or any(m.message_id in stored for m in fetched):
        return False
    return min(m.send_time for m in fetched) > position.last_send_time


def diff_tasks(before: Iterable[Task], after: Iterable[Task]) -> tuple[list[Task], int, int, int]:
    """Tasks that changed, and counts of new / updated / newly done."""
    old = {t.task_id: t for t in before}
    changed, new, updated, done = [], 0, 0, 0
    for task in after:
        prev = old.get(task.task_id)
        if prev == task:
            continue
        changed.append(task)
        if prev is None:
            new += 1
        else:
            updated += 1
            if task.status is TaskStatus.DONE and prev.status is not TaskStatus.DONE:
                done += 1
    return changed, new, updated, done


class Poller:
    """Reads the rooms that changed and stores messages and parsed tasks."""

    def __init__(
        self,
        chat: ChatSource,
        store: StateStore,
        parse: Parse,
        wanted_rooms: Sequence[int] = (),
        progress: Callable[[int, int], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.clock = clock
        self._checked: tuple[str, str] | None = None
        self.chat = chat
        self.store = store
        self.parse = parse
        self.wanted_rooms = wanted_rooms
        self.progress = progress

    def poll(self, report: CycleReport) -> None:
        rooms = self.chat.rooms()
        report.rooms_listed = len(rooms)
        checkpoint("after_rooms")
        positions = self.store.positions()
        todo = changed_rooms(rooms, positions, self.wanted_rooms)
        for done, room in enumerate(todo):
            if self.progress is not None:
                self.progress(done, len(todo))
            room_report = RoomReport(room.room_id, room.name)
            report.rooms.append(room_report)
            try:
                self._read_room(room, positions.get(room.room_id), room_report)
            except AuthError:
                raise
            except ChatsyncError as exc:
                room_report.error = str(exc)
                report.errors.append(f"room {room.room_id} ({room.name}): {exc}")
                level = logging.WARNING if isinstance(exc, TransientError) else logging.ERROR
                log.log(level, "room %s (%s) not read: %s", room.room_id, room.name, exc)
            if room_report.gap:
                report.gaps += 1
        if self.progress is not None:
            self.progress(len(todo), len(todo))

    def _read_room(self, room: Room, position: RoomPosition | None, rr: RoomReport) -> None:
        fetched = sorted(
            self.chat.messages(room.room_id, force=True),
            key=lambda m: (m.send_time, int(m.message_id) if m.message_id.isdigit() else 0),
        )
        checkpoint("after_fetch")
        stored = self.store.message_versions(room.room_id, (m.message_id for m in fetched))
        new, edited = select_new(fetched, stored)
        rr.fetched, rr.new, rr.edited = len(fetched), len(new) - edited, edited
        if gap_suspected(fetched, stored, position):
            rr.gap = True
            since = position.last_send_time if position else 0
            log.warning(
                "room %s (%s): more than %d messages since the last cycle; messages sent "
                "between %s and %s are out of the API's reach and were not read",
                room.room_id,
                room.name,
                MESSAGES_PER_READ,
                _fmt(since),
                _fmt(min(m.send_time for m in fetched)),
            )
            self.store.record_gap(room.room_id, 1)
        members = self._members(room, new)
        before = self.store.room_tasks(room.room_id)
        after = self.parse(before, new, room, members) if new else list(before)
        after = self._reconcile_chatwork_tasks(room, after)
        changed, rr.tasks_new, rr.tasks_updated, rr.tasks_done = diff_tasks(before, after)
        newest = fetched[-1] if fetched else None
        last_send = position.last_send_time if position else 0
        last_id = position.last_message_id if position else ""
        if newest is not None and newest.send_time >= last_send:
            last_send, last_id = newest.send_time, newest.message_id
        self.store.commit_room(
            room,
            new,
            changed,
            RoomPosition(
                room_id=room.room_id,
                last_update_time=room.last_update_time,
                last_send_time=last_send,
                last_message_id=last_id,
            ),
        )
        if self._checked is not None:
            self.store.set_value(*self._checked)
            self._checked = None
        checkpoint("after_store")

    def _reconcile_chatwork_tasks(self, room: Room, tasks: list[Task]) -> list[Task]:
        """Close Chatwork tasks that ``GET /rooms/{id}/tasks`` reports done.

        The ``dtext:task_done`` message normally tells; this catches the ones whose
        message was never seen (a gap, or ticked off long ago). At most once a day
        per room that has open Chatwork tasks, so ordinary cycles cost nothing."""
        open_cw = [t for t in tasks if t.kind == "chatwork" and t.status is TaskStatus.OPEN]
        if not open_cw:
            return tasks
        key = f"tasks_checked:{room.room_id}"
        last = float(self.store.get_value(key) or 0)
        now = self.clock()
        if now - last < TASK_RECONCILE_SECONDS:
            return tasks
        done = {t.message_id for t in self.chat.tasks(room.room_id, status="done")}
        self._checked = (key, str(int(now)))
        return [
            t.model_copy(update={"status": TaskStatus.DONE, "done_at": int(now)})
            if t.kind == "chatwork" and t.status is TaskStatus.OPEN and t.message_id in done
            else t
            for t in tasks
        ]

    def _members(self, room: Room, new: Sequence[ChatMessage]) -> list[Member]:
        cached = self.store.room_members(room.room_id)
        senders = merge_members(
            self.store.room_senders(room.room_id),
            [Member(account_id=m.account_id, name=m.account_name) for m in new],
        )
        known = {m.account_id for m in cached} | {m.account_id for m in senders}
        if members_needed(new, cached, known):
            cached = self.chat.members(room.room_id)
            self.store.save_members(room, cached)
        return merge_members(senders, cached)


_REFERENCE = re.compile(r"\[(?:To:|rp aid=|task aid=|piconname:)(\d+)")


def members_needed(
    messages: Sequence[ChatMessage], cached: Sequence[Member], known: set[int]
) -> bool:
    """Whether the room's member list must be (re)read: a message names an
    account nobody has seen, or ``[toall]`` needs everyone while the cached
    list misses a sender. Otherwise names come from the cache and the senders,
    so an ordinary cycle costs no ``/members`` request."""
    cached_ids = {m.account_id for m in cached}
    for m in messages:
        body = m.body
        if "[toall]" in body and (not cached or m.account_id not in cached_ids):
            return True
        if "[" in body:
            for ref in _REFERENCE.findall(body):
                if int(ref) not in known:
                    return True
    return False


def merge_members(*groups: Sequence[Member]) -> list[Member]:
    """One member per account; later groups' names win (they are fresher)."""
    merged: dict[int, Member] = {}
    for group in groups:
        for m in group:
            merged[m.account_id] = m
    return list(merged.values())


def _fmt(unix: int) -> str:
    return datetime.fromtimestamp(unix, ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M UTC")


def make_parse(
    tz: ZoneInfo,
    calendar: BusinessCalendar,
    self_account_id: Callable[[], int | None],
    since: int | None = None,
) -> Parse:
    """Bind the parser's room context (time zone, calendar, reading account).

    ``since`` (unix seconds): a message sent before it gives context (a later reply
    still reads against it) but creates no task, so a first sync does not fill the sheet
    and the digest with months-old requests (operations.md ``chatwork.since``)."""
    from chatsync.parser.extract import RoomContext, apply_messages

    def parse(
        tasks: Sequence[Task],
        messages: Sequence[ChatMessage],
        room: Room,
        members: Sequence[Member],
    ) -> list[Task]:
        ctx = RoomContext(
            room=room,
            members=members,
            tz=tz,
            calendar=calendar,
            self_account_id=self_account_id(),
        )
        out = apply_messages(tasks, messages, ctx)
        if since is None:
            return out
        kept = {t.task_id for t in tasks}
        return [t for t in out if t.task_id in kept or t.created_at >= since]

    return parse


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: time.perf_counter() - start
