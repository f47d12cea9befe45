"""The Chatwork API v2 client: typed answers, one error type per kind, polite to the limits.

Behaviour, and why:

* Every call has an explicit timeout (a hung socket must not stall a cycle).
* Rate limits: the client reads ``X-RateLimit-Remaining``/``-Reset`` from every answer; when
  the budget is spent it sleeps until the reset instead of earning a 429. A 429 is retried
  after the reset it announces, or after backoff when it announces none; the per-room posting
  limit (10 posts per 10 s) is recognised by its error text and waited out.
* 5xx, timeouts and dropped connections are retried with capped exponential backoff and
  jitter, at most ``max_retries`` times, for reads and for idempotent writes.
* **Posting a message is never retried after an ambiguous failure** (timeout, dropped
  connection or 5xx once the request was sent): Chatwork may have stored it, and a duplicate
  post in a team's room is worse than a missing one, which the caller can see and redo.
  Only answers that prove nothing was stored (429, or a connection that was never made) are
  retried.
* The token travels only in the ``X-ChatWorkToken`` header. It never appears in a log line or
  an exception: errors are raised ``from None`` with texts written here.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import re
import socket
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import requests
import urllib3
from pydantic import BaseModel, TypeAdapter, ValidationError

from chatsync.chatwork import api
from chatsync.errors import (
    AuthError,
    ChatsyncError,
    ConnectError,
    NetworkError,
    NotFoundError,
    PermanentError,
    RateLimitedError,
    ServerError,
)
from chatsync.models import ChatMessage, Member, Room

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.chatwork.com/v2"
TOKEN_HEADER = "X-ChatWorkToken"
TOKEN_SETTING = "CHATSYNC_CHATWORK__TOKEN"
ROOM_POST_LIMIT_TEXT = "per room"  # "Rate limit for message posting per room exceeded."
ROOM_POST_WINDOW = 10.0  # seconds: 10 posts per 10 s per room
MAX_RESET_WAIT = 310.0  # the general window is 5 min; a reset further away is not trusted
RESET_MARGIN = 1.0  # reset times are whole seconds on Chatwork's clock, not ours

T = TypeVar("T", bound=BaseModel)


class ChatworkClient:
    """A small, typed client of the endpoints chatsync uses.

    ``clock`` and ``sleep`` are injectable so rate-limit waits and backoff are testable
    without real waiting; ``rng`` makes the jitter reproducible.
    """

    def __init__(
        self,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = 10.0,
        max_retries: int = 4,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if not token:
            raise AuthError(f"No Chatwork API token; set {TOKEN_SETTING}")
        self._token = token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._clock = clock
        self._sleep = sleep
        self._session = session or requests.Session()
        self._rng = rng or random.Random()
        self.request_count = 0  # HTTP requests sent, retries included
        self.rate_remaining: int | None = None
        self.rate_reset: float | None = None

    def __repr__(self) -> str:  # never show the token
        return f"ChatworkClient(base_url={self.base_url!r})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> ChatworkClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ endpoints
    def me(self) -> api.Me:
        return self._one(api.Me, "GET", "/me")

    def rooms(self) -> list[Room]:
        return [item.to_room() for item in self.room_list()]

    def room_list(self) -> list[api.RoomListItem]:
        """``GET /rooms`` with every field (unread counts, role, ...)."""
        return self._many(api.RoomListItem, "GET", "/rooms")

    def room(self, room_id: int) -> Room:
        return self.room_detail(room_id).to_room()

    def room_detail(self, room_id: int) -> api.RoomDetail:
        return self._one(api.RoomDetail, "GET", f"/rooms/{room_id}", room_id=room_id)

    def members(self, room_id: int) -> list[Member]:
        items = self._many(api.MemberJSON, "GET", f"/rooms/{room_id}/members", room_id=room_id)
        return [item.to_member() for item in items]

    def messages(self, room_id: int, force: bool = True) -> list[ChatMessage]:
        """Up to 100 messages, oldest first; ``[]`` on 204.

        ``force=True`` (the default) reads the latest 100 and moves nothing on the server.
        ``force=False`` reads only what this token has not fetched yet and *moves Chatwork's
        read position*: messages read that way and then lost (crash) are not offered again.
        """
        items = self._many(
            api.ChatworkMessageJSON,
            "GET",
            f"/rooms/{room_id}/messages",
            params={"force": int(force)},
            room_id=room_id,
        )
        return [item.to_message(room_id) for item in items]

    def message(self, room_id: int, message_id: str) -> ChatMessage:
        item = self._one(
            api.ChatworkMessageJSON,
            "GET",
            f"/rooms/{room_id}/messages/{message_id}",
            room_id=room_id,
            what=f"message {message_id} in room {room_id}",
        )
        return item.to_message(room_id)

    def post_message(self, room_id: int, body: str, self_unread: bool = False) -> str:
        """Post ``body``; returns the new message id. Not retried after ambiguous failures."""
        answer = self._one(
            api.MessageIdJSON,
            "POST",
            f"/rooms/{room_id}/messages",
            data={"body": body, "self_unread": int(self_unread)},
            room_id=room_id,
            retry_ambiguous=False,
        )
        return answer.message_id

    def tasks(
        self,
        room_id: int,
        status: str = "open",
        *,
        account_id: int | None = None,
        assigned_by_account_id: int | None = None,
    ) -> list[api.RoomTask]:
        """Chatwork's own tasks of a room (at most 100); ``[]`` on 204."""
        params: dict[str, Any] = {"status": status}
        if account_id is not None:
            params["account_id"] = account_id
        if assigned_by_account_id is not None:
            params["assigned_by_account_id"] = assigned_by_account_id
        return self._many(
            api.RoomTask, "GET", f"/rooms/{room_id}/tasks", params=params, room_id=room_id
        )

    def add_task(
        self,
        room_id: int,
        body: str,
        to_ids: list[int],
        limit: int | None = None,
        limit_type: str | None = None,
    ) -> list[int]:
        """Create one Chatwork task per assignee; like posting, never retried when ambiguous."""
        data: dict[str, Any] = {"body": body, "to_ids": ",".join(str(a) for a in to_ids)}
        if limit is not None:
            data["limit"] = limit
        if limit_type is not None:
            data["limit_type"] = limit_type
        answer = self._one(
            api.TaskIdsJSON,
            "POST",
            f"/rooms/{room_id}/tasks",
            data=data,
            room_id=room_id,
            retry_ambiguous=False,
        )
        return answer.task_ids

    def set_task_status(self, room_id: int, task_id: int, status: str) -> int:
        """Mark a task ``done`` or ``open`` (idempotent, so retried normally)."""
        answer = self._one(
            api.TaskIdJSON,
            "PUT",
            f"/rooms/{room_id}/tasks/{task_id}/status",
            data={"body": status},
            room_id=room_id,
            what=f"task {task_id} in room {room_id}",
        )
        return answer.task_id

    # ------------------------------------------------------------------ plumbing
    def _one(self, model: type[T], method: str, path: str, **kw: Any) -> T:
        response = self._request(method, path, **kw)
        if response.status_code == 204:
            raise ServerError(f"Chatwork answered {method} {path} with no content", status=204)
        parsed: T = _parse(_adapter(model), response, method, path)
        return parsed

    def _many(self, model: type[T], method: str, path: str, **kw: Any) -> list[T]:
        response = self._request(method, path, **kw)
        if response.status_code == 204 or not response.content:
            return []
        items: list[T] = _parse(_adapter(list[model]), response, method, path)  # type: ignore[valid-type]
        return items

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        room_id: int | None = None,
        what: str | None = None,
        retry_ambiguous: bool = True,
    ) -> requests.Response:
        """One logical call: waits for the rate budget, retries what is safe to retry."""
        url = f"{self.base_url}{path}"
        subject = what or (f"room {room_id}" if room_id is not None else path)
        attempt = 0
        while True:
            self._wait_for_budget()
            self.request_count += 1
            started = self._clock()
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    data=data,
                    headers={TOKEN_HEADER: self._token},
                    timeout=self.timeout,
                    allow_redirects=False,  # requests would carry the token header along
                )
            except requests.ConnectTimeout:
                # The connection was never made: nothing was sent, so even a post is safe.
                error: ChatsyncError = ConnectError(
                    f"Chatwork {method} {path}: could not connect within {self.timeout:g} s"
                )
                retry = True
            except requests.Timeout:
                error = NetworkError(
                    f"Chatwork {method} {path}: no answer within {self.timeout:g} s"
                )
                retry = retry_ambiguous
            except requests.ConnectionError as exc:
                if _never_connected(exc):
                    error = ConnectError(
                        f"Chatwork {method} {path}: could not connect ({_reason(exc)})"
                    )
                    retry = True
                else:
                    error = NetworkError(
                        f"Chatwork {method} {path}: connection failed ({_reason(exc)})"
                    )
                    retry = retry_ambiguous
            except requests.RequestException as exc:
                raise NetworkError(
                    f"Chatwork {method} {path}: request failed ({type(exc).__name__})"
                ) from None
            else:
                self._note_rate_headers(response)
                log.debug(
                    "chatwork %s %s params=%s -> %s (%.2f s)",
                    method,
                    path,
                    dict(params or {}),
                    response.status_code,
                    self._clock() - started,
                )
                status = response.status_code
                if status < 300:
                    return response
                error, retry, wait = self._classify(response, method, path, subject)
                if retry and not retry_ambiguous and status >= 500:
                    retry = False
                if retry and attempt < self.max_retries:
                    attempt += 1
                    delay = wait if wait is not None else self._backoff(attempt)
                    log.info(
                        "Chatwork %s %s: %s; retry %d/%d in %.1f s",
                        method,
                        path,
                        status,
                        attempt,
                        self.max_retries,
                        delay,
                    )
                    self._sleep(delay)
                    continue
                raise error from None
            if retry and attempt < self.max_retries:
                attempt += 1
                delay = self._backoff(attempt)
                log.info("%s; retry %d/%d in %.1f s", error, attempt, self.max_retries, delay)
                self._sleep(delay)
                continue
            raise error from None

    def _classify(
        self, response: requests.Response, method: str, path: str, subject: str
    ) -> tuple[ChatsyncError, bool, float | None]:
        """(error to raise, retry?, how long to wait before retrying or None for backoff)."""
        status = response.status_code
        detail = _error_text(response)
        if status < 400:
            return (
                PermanentError(
                    f"Chatwork answered {method} {path} with a redirect ({status}); "
                    f"check CHATSYNC_CHATWORK__API_BASE"
                ),
                False,
                None,
            )
        if status == 401:
            return (
                AuthError(f"Chatwork refused the API token; set {TOKEN_SETTING} to a valid token"),
                False,
                None,
            )
        if status == 403:
            return (
                AuthError(f"Chatwork denied access to {subject} for this token ({detail})"),
                False,
                None,
            )
        if status == 404:
            return (
                NotFoundError(
                    f"Chatwork has no {subject}, or this token's account cannot see it ({detail})"
                ),
                False,
                None,
            )
        if status == 429:
            wait = self._reset_wait()
            if wait is None and ROOM_POST_LIMIT_TEXT in detail:
                wait = ROOM_POST_WINDOW
            return (
                RateLimitedError(f"Chatwork rate limit on {method} {path} ({detail})", wait),
                True,
                wait,
            )
        if status >= 500:
            return (
                ServerError(f"Chatwork {method} {path} failed with {status}", status=status),
                True,
                None,
            )
        return PermanentError(f"Chatwork refused {method} {path}: {status} {detail}"), False, None

    def _note_rate_headers(self, response: requests.Response) -> None:
        remaining = response.headers.get("X-RateLimit-Remaining")
        reset = response.headers.get("X-RateLimit-Reset")
        try:
            self.rate_remaining = int(remaining) if remaining is not None else None
            self.rate_reset = float(reset) if reset is not None else None
        except ValueError:
            self.rate_remaining = self.rate_reset = None

    def _reset_wait(self) -> float | None:
        """Seconds until the announced reset (plus a margin), when it is announced and sane."""
        if self.rate_reset is None or self.rate_remaining != 0:
            return None
        wait = self.rate_reset - self._clock() + RESET_MARGIN
        if wait <= 0 or wait > MAX_RESET_WAIT:
            return None
        return wait

    def _wait_for_budget(self) -> None:
        """Budget spent: sleep until the reset rather than earn a 429."""
        wait = self._reset_wait()
        if wait is not None:
            log.info("Chatwork rate budget spent; waiting %.1f s for the reset", wait)
            self._sleep(wait)
            self.rate_remaining = None

    def _backoff(self, attempt: int) -> float:
        """Capped exponential backoff with jitter (half fixed, half random)."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)


@functools.cache
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def _parse(adapter: TypeAdapter[Any], response: requests.Response, method: str, path: str) -> Any:
    try:
        return adapter.validate_json(response.content)
    except ValidationError as exc:
        if exc.errors()[0]["type"] == "json_invalid":
            salvaged = _salvage(adapter, response.content)
            if salvaged is not None:
                return salvaged
        raise ServerError(
            f"Chatwork's answer to {method} {path} has an unexpected shape: "
            f"{exc.error_count()} problem(s), first: {exc.errors()[0]['loc']} "
            f"{exc.errors()[0]['msg']}",
            status=response.status_code,
        ) from None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _salvage(adapter: TypeAdapter[Any], content: bytes) -> Any | None:
    """JSON that pydantic refuses but the json module reads: a ``\\ud800`` escape without
    its pair (one such message would block its room for good). Each lone surrogate
    becomes U+FFFD, which the store and the sheet can hold."""
    try:
        data = json.loads(content, object_hook=_clean_object)
    except ValueError:
        return None
    try:
        return adapter.validate_python(_clean(data))
    except ValidationError:
        return None


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _clean_object(obj: dict[str, Any]) -> dict[str, Any]:
    return {_clean(k): _clean(v) for k, v in obj.items()}


def _error_text(response: requests.Response) -> str:
    """The ``{"errors": [...]}`` texts, or a short note when the body is not that."""
    try:
        payload = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(payload, dict) and isinstance(payload.get("errors"), list):
        return "; ".join(str(e) for e in payload["errors"])[:300]
    return f"HTTP {response.status_code}"


def _reason(exc: BaseException) -> str:
    """The innermost OS-level cause (e.g. ``ConnectionResetError``), never the request itself."""
    pending: list[object] = [exc]
    while pending:
        item = pending.pop(0)
        if isinstance(item, OSError) and not isinstance(item, requests.RequestException):
            name = type(item).__name__
            return f"{name}: {item.strerror}" if item.strerror else name
        if isinstance(item, BaseException):
            pending.extend(a for a in item.args if isinstance(a, BaseException))
            pending.extend(e for e in (getattr(item, "reason", None), item.__cause__) if e)
    return type(exc).__name__


def _never_connected(exc: BaseException) -> bool:
    """Whether a connection error happened before anything was sent (refused,
    unreachable, name not resolved), as opposed to a connection dropped mid-request."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(
            current,
            urllib3.exceptions.NewConnectionError | ConnectionRefusedError | socket.gaierror,
        ):
            return True
        # Not __context__: it may hold an earlier attempt's failure, not this one's.
        linked = (current.__cause__, getattr(current, "reason", None))
        stack.extend(x for x in (*linked, *current.args) if isinstance(x, BaseException))
    return False
