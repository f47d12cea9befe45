"""SQLAlchemy Core implementation of :class:`chatsync.ports.StateStore`."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from chatsync.errors import StoreError
from chatsync.models import ChatMessage, Correction, CorrectionKind, Member, Room, Task
from chatsync.ports import RoomPosition, SheetMemory
from chatsync.store import schema as s

log = logging.getLogger(__name__)

_CHUNK = 500  # keeps IN (...) lists under SQLite's variable limit


def open_store(url: str) -> SqlStore:
    """Open (creating or upgrading) the store at ``url``; raise StoreError with a fix."""
    return SqlStore(url)


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite store URL; None for another database, in-memory, or an SQLite
    URI the operator manages (``file:…``)."""
    parsed = make_url(url)
    database = parsed.database
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(url: str) -> None:
    """Create the SQLite file's folder and the file itself owner-only (0700/0600)."""
    path = sqlite_file(url)
    if path is None:
        return
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    if not path.exists():
        _create_sqlite_store(path)
    elif path.stat().st_size == 0:
        raise StoreError(
            f"the state store {path} is empty (0 bytes): it was truncated. Restore it from a "
            "backup; if chatsync has truly never run with it, delete the file. chatsync will "
            "not start afresh on its own, as that would re-post and re-add everything"
        )
    elif path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        path.chmod(0o600)


def _create_sqlite_store(path: Path) -> None:
    """Build a new store beside its final name and move it into place, so the final
    name only ever holds a complete store: an empty file there means damage."""
    tmp = path.with_name(path.name + ".init")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    engine = create_engine(f"sqlite:///{tmp}", future=True)
    try:
        _migrate(engine, str(tmp))
    finally:
        engine.dispose()
    os.replace(tmp, path)


class SqlStore:
    """State in one SQL database; each public method is one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            is_sqlite = make_url(url).get_backend_name() == "sqlite"
        except ArgumentError:
            raise StoreError(
                f"CHATSYNC_STORE__URL is not a database URL: {_safe_url(url)!r} "
                "(use e.g. sqlite:///data/chatsync.db)"
            ) from None
        try:
            if is_sqlite:
                _prepare_sqlite_file(url)
            self.engine: Engine = create_engine(url, future=True)
        except (OSError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open the state store {_safe_url(url)}: {exc}") from None
        if is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _migrate(self.engine, url)

    # --- lifecycle -------------------------------------------------------
    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StoreError(_explain(self.url, exc)) from None

    def close(self) -> None:
        self.engine.dispose()

    def get_value(self, key: str) -> str | None:
        """A small named value (e.g. the reading account's id), or None."""
        with self._tx() as conn:
            return conn.execute(
                select(s.meta.c.value).where(s.meta.c.key == f"v:{key}")
            ).scalar_one_or_none()

    def set_value(self, key: str, value: str) -> None:
        with self._tx() as conn:
            done = conn.execute(
                sql_update(s.meta).where(s.meta.c.key == f"v:{key}").values(value=value)
            )
            if done.rowcount == 0:
                conn.execute(insert(s.meta).values(key=f"v:{key}", value=value))

    # --- ingest ------------------------------------------------------------
    def positions(self) -> dict[int, RoomPosition]:
        with self._tx() as conn:
            rows = conn.execute(select(s.rooms)).mappings().all()
        return {
            r["room_id"]: RoomPosition(
                room_id=r["room_id"],
                last_update_time=r["last_update_time"],
                last_send_time=r["last_send_time"],
                last_message_id=r["last_message_id"],
            )
            for r in rows
        }

    def message_versions(self, room_id: int, message_ids: Iterable[str]) -> dict[str, int]:
        ids = list(dict.fromkeys(message_ids))
        found: dict[str, int] = {}
        with self._tx() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                query = select(s.messages.c.message_id, s.messages.c.update_time).where(
                    s.messages.c.room_id == room_id, s.messages.c.message_id.in_(chunk)
                )
                found.update({mid: ut for mid, ut in conn.execute(query)})
        return found

    def room_members(self, room_id: int) -> list[Member]:
        with self._tx() as conn:
            raw = conn.execute(
                select(s.rooms.c.members).where(s.rooms.c.room_id == room_id)
            ).scalar_one_or_none()
        return [Member.model_validate(m) for m in json.loads(raw or "[]")]

    def room_senders(self, room_id: int) -> list[Member]:
        """Everyone who has written in the room, with the name of their latest message."""
        latest = (
            select(
                s.messages.c.account_id,
                func.max(s.messages.c.send_time).label("t"),
            )
            .where(s.messages.c.room_id == room_id)
            .group_by(s.messages.c.account_id)
            .subquery()
        )
        query = (
            select(s.messages.c.account_id, s.messages.c.account_name)
            .join(
                latest,
                (s.messages.c.account_id == latest.c.account_id)
                & (s.messages.c.send_time == latest.c.t),
            )
            .where(s.messages.c.room_id == room_id)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [Member(account_id=aid, name=name) for aid, name in dict(rows).items()]

    def save_members(self, room: Room, members: Sequence[Member]) -> None:
        data = json.dumps([m.model_dump() for m in members], ensure_ascii=False)
        with self._tx() as conn:
            done = conn.execute(
                sql_update(s.rooms).where(s.rooms.c.room_id == room.room_id).values(members=data)
            )
            if done.rowcount == 0:
                conn.execute(
                    insert(s.rooms).values(room_id=room.room_id, name=room.name, members=data)
                )

    def room_messages(self, room_id: int) -> list[ChatMessage]:
        """Every stored message of a room, oldest first (for re-parsing and audits)."""
        with self._tx() as conn:
            rows = conn.execute(
                select(s.messages)
                .where(s.messages.c.room_id == room_id)
                .order_by(s.messages.c.send_time, s.messages.c.message_id)
            ).mappings()
            return [ChatMessage(**dict(r)) for r in rows]

    def room_tasks(self, room_id: int) -> list[Task]:
        with self._tx() as conn:
            rows = conn.execute(select(s.tasks.c.data).where(s.tasks.c.room_id == room_id))
            return [Task.model_validate_json(data) for (data,) in rows]

    def commit_room(
        self,
        room: Room,
        messages: Sequence[ChatMessage],
        tasks: Sequence[Task],
        position: RoomPosition,
    ) -> None:
        with self._tx() as conn:
            self._upsert_room(conn, room, position)
            for m in messages:
                values = m.model_dump()
                key = (s.messages.c.room_id == m.room_id) & (
                    s.messages.c.message_id == m.message_id
                )
                if conn.execute(select(func.count()).where(key)).scalar_one():
                    conn.execute(sql_update(s.messages).where(key).values(**values))
                else:
                    conn.execute(insert(s.messages).values(**values))
            self._upsert_tasks(conn, tasks, dirty=True)

    def _upsert_room(self, conn: Connection, room: Room, position: RoomPosition) -> None:
        values = {
            "name": room.name,
            "last_update_time": position.last_update_time,
            "last_send_time": position.last_send_time,
            "last_message_id": position.last_message_id,
        }
        done = conn.execute(
            sql_update(s.rooms).where(s.rooms.c.room_id == room.room_id).values(**values)
        )
        if done.rowcount == 0:
            conn.execute(insert(s.rooms).values(room_id=room.room_id, **values))

    def _upsert_tasks(self, conn: Connection, tasks: Sequence[Task], *, dirty: bool) -> None:
        for task in tasks:
            data = task.model_dump_json()
            done = conn.execute(
                sql_update(s.tasks)
                .where(s.tasks.c.task_id == task.task_id)
                .values(data=data, room_id=task.room_id, dirty=dirty)
            )
            if done.rowcount == 0:
                conn.execute(
                    insert(s.tasks).values(
                        task_id=task.task_id, room_id=task.room_id, data=data, dirty=dirty
                    )
                )

    def record_gap(self, room_id: int, missed_at_least: int) -> None:
        with self._tx() as conn:
            conn.execute(insert(s.gaps).values(room_id=room_id, missed_at_least=missed_at_least))

    def gap_count(self) -> int:
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(s.gaps)).scalar_one())

    # --- sheet ---------------------------------------------------------------
    def all_tasks(self) -> list[Task]:
        with self._tx() as conn:
            rows = conn.execute(select(s.tasks.c.data).order_by(s.tasks.c.task_id))
            return [Task.model_validate_json(data) for (data,) in rows]

    def tasks_by_id(self, task_ids: Iterable[str]) -> dict[str, Task]:
        ids = list(dict.fromkeys(task_ids))
        found: dict[str, Task] = {}
        with self._tx() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                rows = conn.execute(
                    select(s.tasks.c.task_id, s.tasks.c.data).where(s.tasks.c.task_id.in_(chunk))
                )
                found.update({tid: Task.model_validate_json(data) for tid, data in rows})
        return found

    def dirty_task_ids(self) -> set[str]:
        with self._tx() as conn:
            return set(conn.execute(select(s.tasks.c.task_id).where(s.tasks.c.dirty)).scalars())

    def sheet_memory(self) -> dict[str, SheetMemory]:
        with self._tx() as conn:
            rows = conn.execute(select(s.sheet_memory)).mappings().all()
        return {r["task_id"]: _memory(r) for r in rows}

    def sheet_memory_of(self, task_ids: Iterable[str]) -> dict[str, SheetMemory]:
        ids = list(dict.fromkeys(task_ids))
        found: dict[str, SheetMemory] = {}
        with self._tx() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                rows = conn.execute(
                    select(s.sheet_memory).where(s.sheet_memory.c.task_id.in_(chunk))
                ).mappings()
                found.update({r["task_id"]: _memory(r) for r in rows})
        return found

    def commit_sheet(
        self,
        memory: Sequence[SheetMemory],
        tasks: Sequence[Task],
        clean: Iterable[str],
    ) -> None:
        with self._tx() as conn:
            for m in memory:
                values = {
                    "cells": json.dumps(m.cells, ensure_ascii=False, sort_keys=True),
                    "human": json.dumps(sorted(m.human)),
                    "deleted": m.deleted,
                    "sheet_row": m.row,
                }
                done = conn.execute(
                    sql_update(s.sheet_memory)
                    .where(s.sheet_memory.c.task_id == m.task_id)
                    .values(**values)
                )
                if done.rowcount == 0:
                    conn.execute(insert(s.sheet_memory).values(task_id=m.task_id, **values))
            # Human edits taken into tasks are already on the sheet: not dirty.
            self._upsert_tasks(conn, tasks, dirty=False)
            ids = list(clean)
            for start in range(0, len(ids), _CHUNK):
                conn.execute(
                    sql_update(s.tasks)
                    .where(s.tasks.c.task_id.in_(ids[start : start + _CHUNK]))
                    .values(dirty=False)
                )

    # --- digest --------------------------------------------------------------
    def claim_post(self, room_id: int, day: date, kind: str) -> bool:
        try:
            with self._tx() as conn:
                conn.execute(
                    insert(s.posts).values(room_id=room_id, day=day, kind=kind, state="claimed")
                )
        except IntegrityError:
            return False
        return True

    def finish_post(self, room_id: int, day: date, kind: str, message_id: str | None) -> None:
        with self._tx() as conn:
            conn.execute(
                sql_update(s.posts)
                .where(s.posts.c.room_id == room_id, s.posts.c.day == day, s.posts.c.kind == kind)
                .values(state="posted", message_id=message_id)
            )

    def release_post(self, room_id: int, day: date, kind: str) -> None:
        with self._tx() as conn:
            conn.execute(
                delete(s.posts).where(
                    s.posts.c.room_id == room_id,
                    s.posts.c.day == day,
                    s.posts.c.kind == kind,
                    s.posts.c.state == "claimed",
                )
            )

    def record_corrections(self, corrections: Sequence[Correction]) -> None:
        table = s.corrections
        with self._tx() as conn:
            for c in corrections:
                key = (
                    (table.c.task_id == c.task_id)
                    & (table.c.kind == c.kind.value)
                    & (table.c.column == c.column)
                )
                values = {"room_id": c.room_id, "value": c.value}  # ``at``: first seen
                if conn.execute(sql_update(table).where(key).values(**values)).rowcount == 0:
                    conn.execute(
                        insert(table).values(
                            task_id=c.task_id, kind=c.kind.value, column=c.column, at=c.at, **values
                        )
                    )

    def corrections(self) -> list[Correction]:
        table = s.corrections
        with self._tx() as conn:
            rows = conn.execute(select(table).order_by(table.c.at, table.c.task_id)).mappings()
            return [
                Correction(
                    task_id=r["task_id"],
                    room_id=r["room_id"],
                    kind=CorrectionKind(r["kind"]),
                    column=r["column"],
                    value=r["value"],
                    at=r["at"],
                )
                for r in rows
            ]

    def posts(self) -> list[tuple[int, date, str, str | None]]:
        with self._tx() as conn:
            rows = conn.execute(
                select(
                    s.posts.c.room_id, s.posts.c.day, s.posts.c.kind, s.posts.c.message_id
                ).order_by(s.posts.c.day, s.posts.c.room_id, s.posts.c.kind)
            ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def _memory(r: Any) -> SheetMemory:
    return SheetMemory(
        task_id=r["task_id"],
        cells=json.loads(r["cells"]),
        human=frozenset(json.loads(r["human"])),
        deleted=bool(r["deleted"]),
        row=r["sheet_row"],
    )


def _migrate(engine: Engine, url: str) -> None:
    """Create the schema in a new store, or upgrade an older one in place."""
    try:
        with engine.begin() as conn:
            s.metadata.create_all(conn, tables=[s.meta])
            row = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema")).first()
            if row is None:
                if conn.dialect.has_table(conn, "rooms"):
                    raise StoreError(
                        f"the state store {_safe_url(url)} has tables but no schema "
                        "version; it was not created by chatsync — point "
                        "CHATSYNC_STORE__URL at a new file"
                    )
                s.metadata.create_all(conn)
                conn.execute(insert(s.meta).values(key="schema", value=str(s.SCHEMA_VERSION)))
                return
            version = int(row[0])
            if version > s.SCHEMA_VERSION:
                raise StoreError(
                    f"the state store {_safe_url(url)} was written by a newer chatsync "
                    f"(schema {version} > {s.SCHEMA_VERSION}); upgrade chatsync"
                )
            while version < s.SCHEMA_VERSION:
                s.MIGRATIONS[version](conn)
                version += 1
            conn.execute(
                sql_update(s.meta).where(s.meta.c.key == "schema").values(value=str(version))
            )
    except DBAPIError as exc:
        raise StoreError(_explain(url, exc)) from None


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _safe_url(url: str) -> str:
    """The URL with any password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def _explain(url: str, exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else type(exc).__name__
    where = _safe_url(url)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return f"the state store {where} is read-only; make it writable by the chatsync user"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return (
            f"the state store {where} is corrupt ({text}); restore it from a backup — "
            "chatsync will not start afresh on its own, as that would re-post and re-add "
            "everything"
        )
    if "unable to open" in lowered:
        return f"cannot open the state store {where} ({text}); check the path and permissions"
    return f"state store error at {where}: {text}"
