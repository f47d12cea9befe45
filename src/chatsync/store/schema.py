"""Tables of the state store and their version.

Bump ``SCHEMA_VERSION`` and add a step to ``MIGRATIONS`` for every change, so
an existing store is upgraded in place and never silently reset.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "chatsync_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

rooms = Table(
    "rooms",
    metadata,
    Column("room_id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False, default=""),
    Column("last_update_time", BigInteger, nullable=False, default=0),
    Column("last_send_time", BigInteger, nullable=False, default=0),
    Column("last_message_id", String(32), nullable=False, default=""),
    Column("members", Text, nullable=False, default="[]"),  # JSON [{account_id, name}]
)

messages = Table(
    "messages",
    metadata,
    Column("room_id", BigInteger, nullable=False),
    Column("message_id", String(32), nullable=False),
    Column("account_id", BigInteger, nullable=False),
    Column("account_name", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("send_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False, default=0),
    PrimaryKeyConstraint("room_id", "message_id"),
)

tasks = Table(
    "tasks",
    metadata,
    Column("task_id", String(80), primary_key=True),
    Column("room_id", BigInteger, nullable=False, index=True),
    Column("data", Text, nullable=False),  # Task as JSON
    Column("dirty", Boolean, nullable=False, default=True, index=True),
)

sheet_memory = Table(
    "sheet_memory",
    metadata,
    Column("task_id", String(80), primary_key=True),
    Column("cells", Text, nullable=False),  # JSON {column: text}
    Column("human", Text, nullable=False),  # JSON [column, ...]
    Column("deleted", Boolean, nullable=False, default=False),
    Column("sheet_row", Integer, nullable=True),  # where the task's row last was (a hint)
)

posts = Table(
    "posts",
    metadata,
    Column("room_id", BigInteger, nullable=False),
    Column("day", Date, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("message_id", String(32), nullable=True),
    Column("state", String(16), nullable=False),  # claimed | posted
    PrimaryKeyConstraint("room_id", "day", "kind"),
)

gaps = Table(
    "gaps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("room_id", BigInteger, nullable=False),
    Column("missed_at_least", Integer, nullable=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("task_id", String(80), nullable=False),  # chatsync's ID, or cw-{room}-{msg} of a row
    Column("room_id", BigInteger, nullable=False, index=True),  # people added by hand
    Column("kind", String(16), nullable=False),  # corrected | deleted | added | confirmed
    Column("column", String(16), nullable=False, default=""),
    Column("value", Text, nullable=False, default=""),
    Column("at", BigInteger, nullable=False),  # unix seconds when chatsync saw it
    PrimaryKeyConstraint("task_id", "kind", "column"),
)

Migration = Callable[[Connection], None]


def _add_corrections(conn: Connection) -> None:
    metadata.create_all(conn, tables=[corrections])


# MIGRATIONS[n] upgrades a store at version n to n + 1.
MIGRATIONS: dict[int, Migration] = {1: _add_corrections}
