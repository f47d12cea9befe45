"""The room, members and helpers shared by the rule tests written with sentences of their
own (test_generalisation.py and the test_holdoutN_rules.py files)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Member, Room, Task
from chatsync.parser.fold import RoomContext, apply_messages
from chatsync.parser.markup import parse
from chatsync.parser.people import Directory
from chatsync.parser.tasks import Draft, detect

TZ = ZoneInfo("Asia/Tokyo")
SENT = datetime(2026, 11, 16, 10, 0, tzinfo=TZ)  # a Monday
CAL = BusinessCalendar()
MEMBERS = [
    Member(account_id=1, name="田中 太郎"),
    Member(account_id=2, name="佐藤 花子"),
    Member(account_id=3, name="鈴木 一郎"),
]
DIR = Directory(MEMBERS)
ROOM = 7100
BASE = 1794787200  # 2026-11-16 09:00 JST
CTX = RoomContext(Room(room_id=ROOM, name="r"), MEMBERS, TZ, CAL)


def read(body: str, sender: int = 1) -> list[Draft]:
    return detect(parse(body, DIR.compact), sender, SENT, DIR, CAL)


def m(n: int, sender: int, body: str) -> ChatMessage:
    return ChatMessage(
        room_id=ROOM,
        message_id=f"{ROOM}{n:06d}",
        account_id=sender,
        account_name="",
        body=body,
        send_time=BASE + 600 * n,
    )


def rp(to: int, n: int) -> str:
    return f"[rp aid={to} to={ROOM}-{ROOM}{n:06d}]"


def fold(*msgs: ChatMessage) -> list[Task]:
    return apply_messages([], list(msgs), CTX)
