"""The nouns shared by every part of chatsync (pure pydantic models, no I/O).

Times: Chatwork gives Unix seconds; the models keep them as ``int`` where they
come from the API and as aware ``datetime`` where they are shown to people.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

CHATWORK_WEB = "https://www.chatwork.com"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Member(Frozen):
    account_id: int
    name: str


class Room(Frozen):
    room_id: int
    name: str
    last_update_time: int = 0
    kind: str = "group"  # Chatwork's room type: group | direct | my


class ChatMessage(Frozen):
    """One Chatwork message as chatsync keeps it (markup untouched)."""

    room_id: int
    message_id: str
    account_id: int
    account_name: str
    body: str
    send_time: int
    update_time: int = 0


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Due(Frozen):
    """A deadline: a day, optionally with a local time in the room's time zone.

    A day-only deadline means "by the end of that day".
    """

    day: date
    at: time | None = None

    def deadline(self, tz: tzinfo) -> datetime:
        """The moment after which the task is late."""
        if self.at is None:
            return datetime.combine(self.day + timedelta(days=1), time(0, 0), tz)
        return datetime.combine(self.day, self.at, tz)

    def to_contract(self, tz: tzinfo) -> str:
        """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM+09:00`` (extraction.md)."""
        if self.at is None:
            return self.day.isoformat()
        moment = datetime.combine(self.day, self.at, tz)
        offset = moment.strftime("%z")
        return f"{self.day.isoformat()}T{self.at:%H:%M}{offset[:3]}:{offset[3:]}"

    def to_sheet(self) -> str:
        """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (sheet.md)."""
        if self.at is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()} {self.at:%H:%M}"


def message_link(room_id: int, message_id: str) -> str:
    return f"{CHATWORK_WEB}/#!rid{room_id}-{message_id}"


def task_id_for(room_id: int, message_id: str, index: int = 0) -> str:
    """``cw-{room}-{message}``, or ``cw-{room}-{message}-{n}`` for the n-th of several."""
    base = f"cw-{room_id}-{message_id}"
    return f"{base}-{index}" if index else base


class Task(Frozen):
    """A task read from chat, as it stands after the messages seen so far.

    ``index`` is 0 when the message holds one task, else 1..n.
    ``requester_*`` is the sender of the task's message.
    """

    room_id: int
    message_id: str
    index: int = 0
    title: str
    assignee_ids: tuple[int, ...] = ()
    assignee_names: tuple[str, ...] = ()
    due: Due | None = None
    status: TaskStatus = TaskStatus.OPEN
    requester_id: int
    requester_name: str = ""
    room_name: str = ""
    created_at: int  # Unix seconds (the message's send_time)
    done_at: int | None = None
    keywords: tuple[str, ...] = Field(default=(), description="work words, to match replies")
    # Parser state between sync cycles (so a later message can still change this task):
    kind: str = "request"  # request | commitment | chatwork
    answer: bool = False  # asks for an answer (lmk by Thu whether…): the assignee's reply ends it
    closed_by: str | None = None  # message that made it done/cancelled
    due_updated_by: str | None = None  # message that last moved the deadline
    # How sure the parser is that this is a task as read (0–1): strong for an explicit
    # request or a Chatwork task, weak for implicit work, no assignee or an inferred title.
    confidence: float = 1.0

    @property
    def task_id(self) -> str:
        return task_id_for(self.room_id, self.message_id, self.index)

    @property
    def link(self) -> str:
        return message_link(self.room_id, self.message_id)


class Conversation(BaseModel):
    """One room's messages, the input of ``chatsync extract`` (extraction.md)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    timezone: str = "Asia/Tokyo"
    room: Room
    members: list[Member] = []
    messages: list[ChatworkMessageJSON] = []
    self_account_id: int | None = None


class AccountJSON(BaseModel):
    model_config = ConfigDict(extra="ignore")
    account_id: int
    name: str = ""


class ChatworkMessageJSON(BaseModel):
    """A message in Chatwork's JSON shape (``GET /rooms/{id}/messages``)."""

    model_config = ConfigDict(extra="ignore")
    message_id: str
    account: AccountJSON
    body: str = ""
    send_time: int
    update_time: int = 0

    def to_message(self, room_id: int) -> ChatMessage:
        return ChatMessage(
            room_id=room_id,
            message_id=str(self.message_id),
            account_id=self.account.account_id,
            account_name=self.account.name,
            body=self.body,
            send_time=self.send_time,
            update_time=self.update_time,
        )


class CorrectionKind(StrEnum):
    CORRECTED = "corrected"  # a person changed the title, assignees or deadline
    DELETED = "deleted"  # a person deleted the row: not a task
    ADDED = "added"  # a person added a row linking a Chatwork message: a task chatsync missed
    CONFIRMED = "confirmed"  # a person cleared 要確認: the weak task is right


class Correction(Frozen):
    """One correction people made in the sheet, the parser's feedback (``chatsync report``).

    ``task_id``: chatsync's task ID, or ``cw-{room}-{message}`` of the message a row people
    added links; ``column``: the column corrected (``corrected``); ``value``: the person's
    text, or for ``added`` the row as JSON ({title, assignees, due, status}); ``at``: when
    chatsync saw it (unix seconds).
    """

    task_id: str
    room_id: int
    kind: CorrectionKind
    column: str = ""
    value: str = ""
    at: int


class BoardTask(Frozen):
    """A row of the task sheet as people left it: what the digest reads.

    ``due`` is None and ``due_text`` non-empty when a person wrote a
    deadline chatsync cannot read; the digest lists such rows separately.
    ``task_id`` is None for rows people added without an ID.
    """

    task_id: str | None
    status: TaskStatus
    status_text: str = ""
    title: str
    assignee_names: tuple[str, ...] = ()
    assignee_ids: tuple[int, ...] = ()
    due: Due | None = None
    due_text: str = ""
    requester_name: str = ""
    room_id: int | None = None
    room_name: str = ""
    link: str = ""


Conversation.model_rebuild()
