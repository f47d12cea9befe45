"""The exception tree.

    ChatsyncError
    ├── ConfigError          bad settings; CLI exit 2
    ├── TransientError       safe to retry later (the next cycle catches up)
    │   ├── RateLimitedError     429; ``retry_after`` seconds when known
    │   ├── ServerError          5xx
    │   └── NetworkError         timeouts, resets, refused connections
    │       └── ConnectError         no connection made: nothing was sent
    └── PermanentError       retrying will not help; needs a person
        ├── AuthError            token refused, sheet not shared, key rejected
        ├── NotFoundError        room, spreadsheet or worksheet missing
        └── StoreError           the state store is unreadable or read-only

Every message is written for the operator: what failed and how to fix it.
No message ever contains a token or a key.
"""

from __future__ import annotations


class ChatsyncError(Exception):
    """Base of every error chatsync raises on purpose."""


class ConfigError(ChatsyncError):
    """The settings are missing or invalid."""


class TransientError(ChatsyncError):
    """A failure that the same call may not meet again."""


class RateLimitedError(TransientError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(TransientError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NetworkError(TransientError):
    """Timeout, connection reset or refused."""


class ConnectError(NetworkError):
    """No connection was made (refused, unreachable, connect timeout): nothing was sent,
    so even a non-idempotent request (posting a message) is safe to try again."""


class PermanentError(ChatsyncError):
    """Retrying will not help."""


class AuthError(PermanentError):
    """Credentials refused or access not granted."""


class NotFoundError(PermanentError):
    """A room, spreadsheet or worksheet does not exist (or is not visible)."""


class StoreError(PermanentError):
    """The state store cannot be opened, read or written."""
