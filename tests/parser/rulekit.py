"""Shared scaffolding for the parser's rule tests: a room, its members, and
short helpers to read one message or fold a conversation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Due, Member, Room, Task
from chatsync.parser import updates
from chatsync.parser.acts import Act
from chatsync.parser.dates import pick_due
from chatsync.parser.fold import RoomContext, apply_messages
from chatsync.parser.markup import parse
from chatsync.parser.people import Directory
from chatsync.parser.tasks import Draft, detect, read_message

TZ = ZoneInfo("Asia/Tokyo")
SENT = datetime(2026, 11, 16, 10, 0, tzinfo=TZ)  # a Monday
BASE = 1794787200  # 2026-11-16 09:00 JST
CAL = BusinessCalendar()
MEMBERS = [
    Member(account_id=1, name="田中 太郎"),
    Member(account_id=2, name="佐藤 花子"),
    Member(account_id=3, name="鈴木 一郎"),
    Member(account_id=4, name="Grace Hopper"),
]


class RuleKit:
    """One room: ``m`` builds its n-th message (10 minutes apart from BASE), ``rp``
    a reply tag to it, ``fold`` runs the conversation, ``read`` detects one body."""

    def __init__(self, room: int, members: Sequence[Member] = MEMBERS) -> None:
        self.room = room
        self.members = list(members)
        self.directory = Directory(self.members)
        self.ctx = RoomContext(Room(room_id=room, name="r"), self.members, TZ, CAL)

    def read(self, body: str, sender: int = 1, previous: str = "") -> list[Draft]:
        directory = self.directory
        return detect(parse(body, directory.compact), sender, SENT, directory, CAL, None, previous)

    def m(self, n: int, sender: int, body: str) -> ChatMessage:
        return ChatMessage(
            room_id=self.room,
            message_id=f"{self.room}{n:06d}",
            account_id=sender,
            account_name="",
            body=body,
            send_time=BASE + 600 * n,
        )

    def rp(self, to: int, n: int) -> str:
        return f"[rp aid={to} to={self.room}-{self.room}{n:06d}]"

    def fold(self, *msgs: ChatMessage, ctx: RoomContext | None = None) -> list[Task]:
        return apply_messages([], list(msgs), ctx or self.ctx)


def due_of(text: str) -> Due | None:
    return pick_due(text, SENT, CAL)


def day_of(task: Task | Draft) -> str | None:
    """The day a task or draft is due, as text (2026-11-20), or None."""
    return str(task.due.day) if task.due is not None else None


def says_done(text: str) -> bool:
    """The message reports work done (no task in view: 完了しました, LGTM)."""
    return updates.says_done(read_message(parse(text).text))


def says_cancelled(text: str) -> bool:
    return updates.says_cancelled(read_message(parse(text).text))


def acts_of(text: str) -> list[Act]:
    return [r.act for r in read_message(parse(text).text).readings]


_KIT = RuleKit(1)


def is_request(text: str) -> bool:
    """A message that asks for work: it creates a request task in an empty room."""
    return any(d.kind == "request" for d in _KIT.read(text))


def is_commitment(text: str) -> bool:
    return any(d.kind == "commitment" for d in _KIT.read(text, sender=3))
