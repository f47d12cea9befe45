"""The room as one fold works on it: its context (members, time zone, calendar, the
account chatsync reads with), its tasks as they change message by message, and one
message as the fold sees it (parsed markup, reading, send time)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Member, Room, Task, TaskStatus
from chatsync.parser.markup import ParsedMessage
from chatsync.parser.message import Draft, MessageReading
from chatsync.parser.people import Directory

__all__ = ["Msg", "RoomContext", "WorkingRoom"]


@dataclass(frozen=True)
class RoomContext:
    """What the parser needs to know about a room besides its messages."""

    room: Room
    members: Sequence[Member]
    tz: ZoneInfo
    calendar: BusinessCalendar
    self_account_id: int | None = None


@lru_cache(maxsize=256)
def _directory(members: tuple[tuple[int, str], ...]) -> Directory:
    return Directory([Member(account_id=a, name=n) for a, n in members])


class WorkingRoom:
    """Mutable working copy of a room's tasks during one fold."""

    def __init__(self, tasks: Sequence[Task], ctx: RoomContext) -> None:
        self.tasks: list[Task] = list(tasks)
        self.ctx = ctx
        self.names = {m.account_id: m.name for m in ctx.members}
        self.directory = _directory(tuple((m.account_id, m.name) for m in ctx.members))
        # The newest moment the state already reflects. A message older than this was seen
        # before (the poller fetched it again, or it was edited): it may re-create its own
        # tasks but must not close or move others a second time.
        self.watermark = max((max(t.created_at, t.done_at or 0) for t in tasks), default=0)
        self.previous = ""  # the text of the message before, for one that points back
        self.texts: dict[str, str] = {}  # recent messages' words, for a reply that points back
        self.replied: dict[str, str] = {}  # the message each recent reply answered
        self.previous_report: int | None = None  # who reported work done in that message

    def open_tasks(self) -> list[Task]:
        return [t for t in self.tasks if t.status == TaskStatus.OPEN]

    def replace(self, old: Task, new: Task) -> None:
        for i, t in enumerate(self.tasks):
            if t is old:
                self.tasks[i] = new
                return

    def _task(self, msg: ChatMessage, draft: Draft, index: int) -> Task:
        status = TaskStatus.DONE if draft.done else TaskStatus.OPEN
        return Task(
            room_id=self.ctx.room.room_id,
            message_id=msg.message_id,
            index=index,
            title=draft.title,
            assignee_ids=draft.assignees,
            assignee_names=tuple(self.names.get(a, "") for a in draft.assignees),
            due=draft.due,
            status=status,
            requester_id=msg.account_id,
            requester_name=msg.account_name,
            room_name=self.ctx.room.name,
            created_at=msg.send_time,
            done_at=msg.send_time if draft.done else None,
            keywords=draft.keywords,
            kind=draft.kind,
            answer=draft.answer,
            closed_by=msg.message_id if draft.done else None,
            confidence=draft.confidence,
        )

    def create(self, msg: ChatMessage, drafts: Sequence[Draft]) -> None:
        """Add a message's tasks; a message seen again replaces the tasks it created,
        keeping what later messages did to them (status, a moved deadline)."""
        old = [t for t in self.tasks if t.message_id == msg.message_id]
        if old:
            self.tasks = [t for t in self.tasks if t.message_id != msg.message_id]
        many = len(drafts) > 1
        for n, draft in enumerate(drafts, 1):
            task = self._task(msg, draft, n if many else 0)
            prev = _same_task(old, task)
            if prev is not None:
                carry: dict[str, Any] = {}
                if prev.closed_by and prev.closed_by != msg.message_id:
                    carry.update(status=prev.status, done_at=prev.done_at, closed_by=prev.closed_by)
                if prev.due_updated_by:
                    carry.update(due=prev.due, due_updated_by=prev.due_updated_by)
                if carry:
                    task = task.model_copy(update=carry)
            self.tasks.append(task)


def _same_task(old: Sequence[Task], new: Task) -> Task | None:
    for t in old:
        if t.index == new.index and t.title == new.title:
            return t
    for t in old:
        if t.index == new.index:
            return t
    return None


@dataclass(frozen=True, slots=True)
class Msg:
    """One message as the fold sees it."""

    msg: ChatMessage
    pm: ParsedMessage
    mr: MessageReading
    sent: datetime
