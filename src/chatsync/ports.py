"""The small interfaces between the pure core and the outside world.

Protocols, not base classes: adapters and test doubles satisfy them
structurally and mypy checks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from chatsync.models import ChatMessage, Correction, Member, Room, Task


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware 'now' (tests and ``--now`` pass a fixed one)."""
        ...


class RoomPosition(BaseModel):
    """How far chatsync has read a room."""

    model_config = ConfigDict(frozen=True)
    room_id: int
    last_update_time: int = 0  # the room's last_update_time when fully read
    last_send_time: int = 0  # newest message stored
    last_message_id: str = ""


class SheetMemory(BaseModel):
    """What chatsync last wrote into a task's row, cell by cell (sheet.md merge rules).

    ``cells`` maps a column key (``status``, ``title``, ...) to the text written.
    ``human`` lists columns a person edited: never written again.
    ``deleted``: the row was removed by a person; never written again.
    ``row``: the sheet row (1-based) where chatsync last saw or wrote the task, or None.
    Only a hint that lets a cycle read just the changed rows: it is checked against
    the ID in that row before anything is written there (writer.py, fast path).
    """

    model_config = ConfigDict(frozen=True)
    task_id: str
    cells: dict[str, str] = {}
    human: frozenset[str] = frozenset()
    deleted: bool = False
    row: int | None = None


class StateStore(Protocol):
    """Durable state. Every method is one transaction."""

    def get_value(self, key: str) -> str | None: ...

    def set_value(self, key: str, value: str) -> None: ...

    # --- ingest ---------------------------------------------------------
    def positions(self) -> dict[int, RoomPosition]: ...

    def message_versions(self, room_id: int, message_ids: Iterable[str]) -> dict[str, int]:
        """``message_id → update_time`` for the given ids already stored."""
        ...

    def room_members(self, room_id: int) -> list[Member]: ...

    def room_senders(self, room_id: int) -> list[Member]: ...

    def save_members(self, room: Room, members: Sequence[Member]) -> None: ...

    def room_tasks(self, room_id: int) -> list[Task]:
        """Every task of a room (any status): the parser's state between cycles."""
        ...

    def commit_room(
        self,
        room: Room,
        messages: Sequence[ChatMessage],
        tasks: Sequence[Task],
        position: RoomPosition,
    ) -> None:
        """Store messages, upsert tasks (marking them dirty for the sheet) and
        advance the room's position, all in one transaction."""
        ...

    def record_gap(self, room_id: int, missed_at_least: int) -> None: ...

    # --- sheet ----------------------------------------------------------
    def all_tasks(self) -> list[Task]: ...

    def dirty_task_ids(self) -> set[str]:
        """Tasks changed since the sheet last took them."""
        ...

    def sheet_memory(self) -> dict[str, SheetMemory]: ...

    def tasks_by_id(self, task_ids: Iterable[str]) -> dict[str, Task]:
        """The stored tasks among ``task_ids`` (a writing cycle loads only the dirty ones)."""
        ...

    def sheet_memory_of(self, task_ids: Iterable[str]) -> dict[str, SheetMemory]:
        """The sheet memory of ``task_ids`` only (those that have one)."""
        ...

    def commit_sheet(
        self,
        memory: Sequence[SheetMemory],
        tasks: Sequence[Task],
        clean: Iterable[str],
    ) -> None:
        """After a sheet write: save cell memory, take human edits into
        ``tasks`` and clear the dirty marks of ``clean``."""
        ...

    def record_corrections(self, corrections: Sequence[Correction]) -> None:
        """Remember what people corrected in the sheet (``chatsync report``); one entry per
        task, kind and column: seeing the same correction again updates it."""
        ...

    def corrections(self) -> list[Correction]: ...

    # --- digest ---------------------------------------------------------
    def claim_post(self, room_id: int, day: date, kind: str) -> bool:
        """Record the intent to post ``kind`` to a room on ``day``; False when
        already claimed (posted, or crashed between claim and post)."""
        ...

    def finish_post(self, room_id: int, day: date, kind: str, message_id: str | None) -> None: ...

    def release_post(self, room_id: int, day: date, kind: str) -> None:
        """Undo a claim whose post certainly failed (the API said no)."""
        ...

    def posts(self) -> list[tuple[int, date, str, str | None]]: ...

    def close(self) -> None: ...


class ChatClient(Protocol):
    def rooms(self) -> list[Room]: ...

    def members(self, room_id: int) -> list[Member]: ...

    def messages(self, room_id: int, force: bool = True) -> list[ChatMessage]:
        """The latest (up to 100) messages of a room, oldest first (force=1)."""
        ...

    def post_message(self, room_id: int, body: str) -> str: ...


SheetCells = Mapping[str, str]
