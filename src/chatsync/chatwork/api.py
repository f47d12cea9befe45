"""Typed models of the Chatwork API v2 JSON (field names and types as in the vendor's RAML).

``extra="ignore"``: the live API may have gained fields since the 2019 RAML; the fields
listed here are the ones a client can rely on. ``message_id`` is a string everywhere (real
ids exceed 2**53); pydantic refuses a number there rather than round it.
Messages use :class:`chatsync.models.ChatworkMessageJSON`, shared with ``chatsync extract``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from chatsync.models import ChatworkMessageJSON, Member, Room

__all__ = [
    "ChatworkMessageJSON",
    "Me",
    "MemberJSON",
    "MessageIdJSON",
    "MiniAccount",
    "MyStatus",
    "RoomDetail",
    "RoomListItem",
    "RoomTask",
    "TaskIdJSON",
    "TaskIdsJSON",
]


class _ApiModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class MiniAccount(_ApiModel):
    """The account summary inside messages and tasks."""

    account_id: int
    name: str
    avatar_image_url: str = ""


class Me(_ApiModel):
    """``GET /me``."""

    account_id: int
    room_id: int
    name: str
    chatwork_id: str = ""
    organization_id: int = 0
    organization_name: str = ""
    department: str = ""
    title: str = ""
    url: str = ""
    introduction: str = ""
    mail: str = ""
    tel_organization: str = ""
    tel_extension: str = ""
    tel_mobile: str = ""
    skype: str = ""
    facebook: str = ""
    twitter: str = ""
    avatar_image_url: str = ""
    login_mail: str = ""


class RoomListItem(_ApiModel):
    """An item of ``GET /rooms``."""

    room_id: int
    name: str
    last_update_time: int
    # Tolerant reader: what chatsync does not rely on has a default.
    type: str = "group"  # my | direct | group
    role: str = "member"  # admin | member | readonly
    sticky: bool = False
    unread_num: int = 0
    mention_num: int = 0
    mytask_num: int = 0
    message_num: int = 0
    file_num: int = 0
    task_num: int = 0
    icon_path: str = ""

    def to_room(self) -> Room:
        return Room(
            room_id=self.room_id,
            name=self.name,
            last_update_time=self.last_update_time,
            kind=self.type,
        )


class RoomDetail(RoomListItem):
    """``GET /rooms/{room_id}``: the list item plus ``description``."""

    description: str = ""


class MemberJSON(_ApiModel):
    """An item of ``GET /rooms/{room_id}/members``."""

    account_id: int
    name: str
    role: str = "member"  # admin | member | readonly
    chatwork_id: str = ""
    organization_id: int = 0
    organization_name: str = ""
    department: str = ""
    avatar_image_url: str = ""

    def to_member(self) -> Member:
        return Member(account_id=self.account_id, name=self.name)


class RoomTask(_ApiModel):
    """An item of ``GET /rooms/{room_id}/tasks``; ``message_id`` is the announcing message."""

    task_id: int
    account: MiniAccount  # assignee
    assigned_by_account: MiniAccount
    message_id: str
    body: str
    limit_time: int
    status: Literal["open", "done"]
    limit_type: Literal["none", "date", "time"] = "time"  # absent before 2019-04


class MyStatus(_ApiModel):
    """``GET /my/status``."""

    unread_room_num: int
    mention_room_num: int
    mytask_room_num: int
    unread_num: int
    mention_num: int
    mytask_num: int


class MessageIdJSON(_ApiModel):
    """Answer of posting (or editing) a message."""

    message_id: str


class TaskIdsJSON(_ApiModel):
    """Answer of ``POST /rooms/{room_id}/tasks``: one id per assignee."""

    task_ids: list[int]


class TaskIdJSON(_ApiModel):
    """Answer of ``PUT /rooms/{room_id}/tasks/{task_id}/status``."""

    task_id: int
