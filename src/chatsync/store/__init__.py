"""The state store: what chatsync has read, parsed, written and posted.

SQLAlchemy Core keeps it portable: SQLite by default, PostgreSQL for teams
that run several instances (``postgresql+psycopg://...``).
"""

from chatsync.store.sql import SqlStore, open_store

__all__ = ["SqlStore", "open_store"]
