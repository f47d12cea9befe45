"""A loopback emulator of the Chatwork API v2, faithful to the public API (not to our client).

Behaviour follows ``../shared/research/chatwork-api.md`` (its emulator checklist) and the
vendor's RAML spec. Where the public material leaves a behaviour open (marked UNCONFIRMED
there) the choice is a constructor option, so tests can pin either reading.

Use it in-process::

    with ChatworkEmulator(tokens={"tok": 101}) as emu:
        emu.add_room(10, "営業", members=[101, 102])
        emu.add_message(10, 102, "お願いします", send_time=1_700_000_000)
        requests.get(f"{emu.base_url}/rooms", headers={"X-ChatWorkToken": "tok"})

or standalone (``python -m chatsync.emulators.chatwork --port 8765 --load scenario.json``) and
drive it over HTTP under ``/_emulator/`` (see :meth:`ChatworkEmulator._control`).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import threading
import time
from bisect import bisect_right, insort
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

from chatsync.emulators._http import BackgroundServer, EmulatorHandler, QuietServer

log = logging.getLogger(__name__)

API_PREFIX = "/v2"
CONTROL_PREFIX = "/_emulator"
TOKEN_HEADER = "X-ChatWorkToken"
JST = timezone(timedelta(hours=9))
MAX_LIST = 100  # every list endpoint answers at most 100 items
MAX_BODY = 65_535
# Real message ids are 15-19 digit numbers beyond 2**53; ours are too, to catch float parsing.
FIRST_MESSAGE_ID = 1_183_167_621_093_130_240
MESSAGE_ID_STEP = 4_097
FIRST_TASK_ID = 30_000_001
ICON_GROUP = "https://appdata.chatwork.com/icon/ico_group.png"
AVATAR = "https://appdata.chatwork.com/avatar/ico_default_blue.png"

ERR_TOKEN = "Invalid API token"
ERR_ROOM_POST = "Rate limit for message posting per room exceeded."
ERR_RATE = "Rate limit exceeded."  # general 429 body text: UNCONFIRMED
ERR_NOT_FOUND = "Resource not found"  # exact 404 text: UNCONFIRMED
ERR_FORBIDDEN = "You don't have permission to access this resource"  # UNCONFIRMED

FaultKind = Literal["500", "502", "503", "429", "429-no-reset", "reset", "slow"]
FAULT_KINDS: tuple[str, ...] = ("500", "502", "503", "429", "429-no-reset", "reset", "slow")
Json = Any


class _ApiError(Exception):
    """An error answer: status and the ``{"errors": [...]}`` texts."""

    def __init__(self, status: int, *errors: str) -> None:
        super().__init__(status, errors)
        self.status = status
        self.errors = list(errors)


@dataclass
class Account:
    account_id: int
    name: str
    chatwork_id: str = ""
    organization_id: int = 0
    organization_name: str = ""
    department: str = ""
    title: str = ""
    url: str = ""
    introduction: str = ""
    mail: str = ""
    login_mail: str = ""
    tel_organization: str = ""
    tel_extension: str = ""
    tel_mobile: str = ""
    skype: str = ""
    facebook: str = ""
    twitter: str = ""
    avatar_image_url: str = AVATAR
    room_id: int = 0  # the account's own "my chat"

    def mini(self) -> dict[str, Json]:
        return {
            "account_id": self.account_id,
            "name": self.name,
            "avatar_image_url": self.avatar_image_url,
        }


@dataclass
class EmulatedMessage:
    """A message as the emulator holds it; ``via_api`` marks posts made through the API."""

    room_id: int
    message_id: str
    account_id: int
    body: str
    send_time: int
    update_time: int = 0
    via_api: bool = False
    self_unread: bool = False
    seq: int = 0

    @property
    def key(self) -> tuple[int, int]:
        return (self.send_time, self.seq)


@dataclass
class EmulatedTask:
    task_id: int
    room_id: int
    account_id: int  # assignee
    assigned_by_account_id: int
    message_id: str
    body: str
    limit_time: int
    limit_type: str
    status: str = "open"


@dataclass
class _Room:
    room_id: int
    name: str
    type: str
    description: str
    icon_path: str
    sticky: bool
    created_time: int
    members: dict[int, str]  # account_id -> role
    messages: list[EmulatedMessage] = field(default_factory=list)
    tasks: dict[int, EmulatedTask] = field(default_factory=dict)
    post_times: deque[float] = field(default_factory=deque)


@dataclass
class _Fault:
    kind: str
    remaining: int
    path_prefix: str | None
    method: str | None
    delay: float
    reset_in: int

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)


@dataclass
class _Bucket:
    window_start: float
    used: int = 0


@dataclass
class _Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class RecordedRequest:
    """One API request as the emulator saw it (never the token), logged on arrival."""

    method: str
    path: str  # without the /v2 prefix and the query, e.g. "/rooms/10/messages"
    query: dict[str, str]
    status: int = 0  # 0 until answered (and for a connection reset)


def _json(status: int, payload: Json, headers: dict[str, str] | None = None) -> _Response:
    try:
        body = json.dumps(payload, ensure_ascii=False).encode()
    except UnicodeEncodeError:  # a lone surrogate: send it as a \ud800 escape, as JSON allows
        body = json.dumps(payload).encode()
    return _Response(status, body, headers=dict(headers or {}))


def _flag(params: Mapping[str, str], name: str) -> bool:
    """A 0/1 boolean parameter (absent = 0)."""
    value = params.get(name, "0")
    if value not in ("0", "1"):
        raise _ApiError(400, f"Invalid value for parameter '{name}'")
    return value == "1"


def _int_param(params: Mapping[str, str], name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise _ApiError(400, f"Invalid value for parameter '{name}'") from None


def _body_param(params: Mapping[str, str]) -> str:
    body = params.get("body", "")
    if not body:
        raise _ApiError(400, "Parameter 'body' is required")
    if len(body) > MAX_BODY:
        raise _ApiError(400, f"Parameter 'body' must be at most {MAX_BODY} characters")
    return body


def _end_of_day_jst(unix: int) -> int:
    """``limit_type=date`` deadlines are kept as 23:59:59 JST of that day (observed)."""
    day = datetime.fromtimestamp(unix, JST).date()
    end = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=JST)
    return int(end.timestamp())


def task_markup(kind: str, task: EmulatedTask) -> str:
    """The system message Chatwork posts when a task is added (``task_added``) or done."""
    return (
        f"[info][title][dtext:{kind}][/title]"
        f"[task aid={task.account_id} st={task.status} lt={task.limit_time} "
        f"ltype={task.limit_type}]{task.body}[/task][/info]"
    )


class ChatworkEmulator:
    """An in-memory Chatwork served over loopback HTTP, with a control API for tests.

    ``tokens`` maps API tokens to account ids. ``clock`` returns Unix seconds (default real
    time); :meth:`set_time` pins it. Messages whose ``send_time`` is after "now" are invisible
    until the clock reaches them, and a room's ``last_update_time`` follows what is visible.

    Options for behaviours the public material leaves open (UNCONFIRMED there):
    ``backlog`` — with more than 100 unread for ``force=0``: ``"next"`` hands out the oldest
    100 and keeps the rest for later calls (the PDF's "next 100 entries"), ``"latest"`` hands
    out the newest 100 and drops the rest; ``force1_moves_cursor``; ``edits_resurface`` —
    an edited message comes back in ``force=0``; ``nonmember_status`` — 404 or 403 for a room
    the token's account is not in; ``empty_list_204`` — task lists answer 204 when empty.
    """

    def __init__(
        self,
        tokens: Mapping[str, int] | None = None,
        *,
        clock: Callable[[], float] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: int = 300,
        rate_window: float = 300.0,
        post_limit: int = 10,
        post_window: float = 10.0,
        backlog: Literal["next", "latest"] = "next",
        force1_moves_cursor: bool = False,
        edits_resurface: bool = False,
        nonmember_status: Literal[403, 404] = 404,
        empty_list_204: bool = True,
        slow_seconds: float = 2.0,
    ) -> None:
        self._lock = threading.RLock()
        self._clock: Callable[[], float] = clock or time.time
        self._fixed_time: float | None = None
        self.host = host
        self.port = port
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.post_limit = post_limit
        self.post_window = post_window
        self.backlog = backlog
        self.force1_moves_cursor = force1_moves_cursor
        self.edits_resurface = edits_resurface
        self.nonmember_status = nonmember_status
        self.empty_list_204 = empty_list_204
        self.slow_seconds = slow_seconds
        self._tokens: dict[str, int] = {}
        self._accounts: dict[int, Account] = {}
        self._rooms: dict[int, _Room] = {}
        self._messages: dict[str, EmulatedMessage] = {}
        self._next_message_id = FIRST_MESSAGE_ID
        self._next_task_id = FIRST_TASK_ID
        self._seq = 0
        # force=0 cursor: (token, room) -> {message_id: update_time handed out}
        self._delivered: dict[tuple[str, int], dict[str, int]] = {}
        # read position for unread_num: (account, room) -> key of the last read message
        self._read_marker: dict[tuple[int, int], tuple[int, int]] = {}
        self._buckets: dict[str, _Bucket] = {}
        self._faults: list[_Fault] = []
        self._log: list[RecordedRequest] = []
        self._server: BackgroundServer | None = None
        for token, account_id in (tokens or {}).items():
            self.add_token(token, account_id)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> str:
        """Serve in a background thread; returns the API base URL (``http://…/v2``)."""
        if self._server is None:
            server = _Server((self.host, self.port), _Handler)
            server.emulator = self
            self._server = BackgroundServer(server, "chatwork-emulator")
            self.port = self._server.address[1]
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> ChatworkEmulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def control_url(self) -> str:
        return f"http://{self.host}:{self.port}{CONTROL_PREFIX}"

    # ------------------------------------------------------------------ clock
    def now(self) -> float:
        with self._lock:
            return self._fixed_time if self._fixed_time is not None else self._clock()

    def set_time(self, unix: float) -> None:
        """Pin the clock (replaces the injected one until :meth:`release_time`)."""
        with self._lock:
            self._fixed_time = float(unix)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._fixed_time = self.now() + seconds

    def release_time(self) -> None:
        with self._lock:
            self._fixed_time = None

    # ------------------------------------------------------------------ data
    def add_account(self, account_id: int, name: str = "", **profile: Any) -> Account:
        """Add (or update) an account; ``profile`` sets other ``/me`` fields."""
        with self._lock:
            account = self._accounts.get(account_id)
            if account is None:
                account = Account(account_id, name or f"User {account_id}")
                account.chatwork_id = f"user{account_id}"
                self._accounts[account_id] = account
            elif name:
                account.name = name
            for key, value in profile.items():
                if not hasattr(account, key) or key == "account_id":
                    raise ValueError(f"unknown account field {key!r}")
                setattr(account, key, value)
            return account

    def add_token(self, token: str, account_id: int) -> None:
        with self._lock:
            self.add_account(account_id)
            self._tokens[token] = account_id

    def revoke_token(self, token: str) -> None:
        """Make the token invalid (as when its owner regenerates it): 401 from then on."""
        with self._lock:
            self._tokens.pop(token, None)

    def add_room(
        self,
        room_id: int,
        name: str,
        members: Iterable[int | tuple[int, str]] = (),
        *,
        type: str = "group",
        description: str = "",
        icon_path: str = ICON_GROUP,
        sticky: bool = False,
        created_time: int = 0,
    ) -> None:
        """Add a room. ``members`` are account ids or ``(account_id, role)``; the first
        plain id is ``admin``, the others ``member``. ``last_update_time`` is the newest of
        ``created_time`` and the visible messages' send/edit times; the default 0 lets
        back-dated messages drive it."""
        with self._lock:
            roles: dict[int, str] = {}
            for item in members:
                account_id, role = item if isinstance(item, tuple) else (item, "")
                self.add_account(account_id)
                roles[account_id] = role or ("admin" if not roles else "member")
            self._rooms[room_id] = _Room(
                room_id=room_id,
                name=name,
                type=type,
                description=description,
                icon_path=icon_path,
                sticky=sticky,
                created_time=created_time,
                members=roles,
            )

    def add_member(self, room_id: int, account_id: int, role: str = "member") -> None:
        with self._lock:
            self.add_account(account_id)
            self._room(room_id).members[account_id] = role

    def add_message(
        self,
        room_id: int,
        account_id: int,
        body: str,
        send_time: int | None = None,
        *,
        message_id: str | None = None,
        update_time: int = 0,
    ) -> str:
        """Add a message as if someone wrote it in the web UI; returns its id.

        A ``send_time`` in the future keeps it hidden until the clock reaches it.
        """
        with self._lock:
            return self._store_message(
                room_id,
                account_id,
                body,
                int(self.now()) if send_time is None else send_time,
                message_id=message_id,
                update_time=update_time,
            ).message_id

    def edit_message(
        self, room_id: int, message_id: str, body: str, update_time: int | None = None
    ) -> None:
        with self._lock:
            message = self._messages.get(message_id)
            if message is None or message.room_id != room_id:
                raise KeyError(message_id)
            message.body = body
            message.update_time = int(self.now()) if update_time is None else update_time

    def add_task(
        self,
        room_id: int,
        assigned_by: int,
        to_ids: Iterable[int],
        body: str,
        limit: int | None = None,
        limit_type: str = "time",
    ) -> list[int]:
        """Create tasks as the web UI would (posts the ``task_added`` messages)."""
        with self._lock:
            return self._create_tasks(
                self._room(room_id), assigned_by, list(to_ids), body, limit, limit_type
            )

    def set_task_status(self, room_id: int, task_id: int, status: str, by: int) -> None:
        with self._lock:
            self._change_task_status(self._room(room_id), task_id, status, by)

    def messages(self, room_id: int) -> list[EmulatedMessage]:
        """Every message of a room (visible or not), in API order."""
        with self._lock:
            return list(self._room(room_id).messages)

    def tasks(self, room_id: int) -> list[EmulatedTask]:
        with self._lock:
            return list(self._room(room_id).tasks.values())

    def posted(self, room_id: int | None = None) -> list[EmulatedMessage]:
        """Messages posted through ``POST /rooms/{id}/messages`` (all rooms when None)."""
        with self._lock:
            return [
                m
                for m in self._messages.values()
                if m.via_api and (room_id is None or m.room_id == room_id)
            ]

    def load(self, scenario: Mapping[str, Any]) -> None:
        """Load accounts, tokens, rooms, members and messages from a JSON-like mapping.

        ``{"now": 1700000000, "tokens": {"tok": 101},
           "accounts": [{"account_id": 101, "name": "田中", "token": "tok"}],
           "rooms": [{"room_id": 10, "name": "営業", "members": [101, {"account_id": 102,
                      "name": "佐藤", "role": "member"}],
                      "messages": [{"account_id": 101, "body": "…", "send_time": 1}]}]}``

        A room may also be given in ``chatsync extract``'s conversation shape
        (``{"room": {...}, "members": [...], "messages": [Chatwork message JSON]}``).
        """
        with self._lock:
            if "now" in scenario:
                self.set_time(float(scenario["now"]))
            for spec in scenario.get("accounts", ()):
                self._load_account(spec)
            for token, account_id in scenario.get("tokens", {}).items():
                self.add_token(str(token), int(account_id))
            for room in scenario.get("rooms", ()):
                self._load_room(room)

    def _load_account(self, spec: Mapping[str, Any]) -> None:
        fields = dict(spec)
        token = fields.pop("token", None)
        account_id = int(fields.pop("account_id"))
        self.add_account(account_id, str(fields.pop("name", "")), **fields)
        if token:
            self.add_token(str(token), account_id)

    def _load_room(self, spec: Mapping[str, Any]) -> None:
        head = spec.get("room", spec)
        room_id = int(head["room_id"])
        members: list[int | tuple[int, str]] = []
        for item in spec.get("members", ()):
            if isinstance(item, Mapping):
                self.add_account(int(item["account_id"]), str(item.get("name", "")))
                members.append((int(item["account_id"]), str(item.get("role", ""))))
            else:
                members.append(int(item))
        self.add_room(
            room_id,
            str(head.get("name", f"Room {room_id}")),
            members,
            type=str(head.get("type", "group")),
            description=str(head.get("description", "")),
            created_time=head.get("created_time", 0),
        )
        for message in spec.get("messages", ()):
            account = message.get("account")
            if isinstance(account, Mapping):
                self.add_account(int(account["account_id"]), str(account.get("name", "")))
                account_id = int(account["account_id"])
            else:
                account_id = int(message["account_id"])
            self._store_message(
                room_id,
                account_id,
                str(message["body"]),
                int(message.get("send_time", self.now())),
                message_id=message.get("message_id"),
                update_time=int(message.get("update_time", 0)),
            )

    # ------------------------------------------------------------------ faults & counts
    def inject_fault(
        self,
        kind: FaultKind | str,
        count: int = 1,
        path_prefix: str | None = None,
        *,
        method: str | None = None,
        delay: float | None = None,
        reset_in: int = 60,
    ) -> None:
        """Make the next ``count`` matching API requests fail.

        Kinds: ``500``/``502``/``503`` (plain-text body, request not executed); ``429`` (with
        ``X-RateLimit-*`` headers, Remaining 0, Reset ``reset_in`` s ahead); ``429-no-reset``
        (no rate-limit headers); ``reset`` (TCP reset before any answer); ``slow`` (sleep
        ``delay`` s, default ``slow_seconds``, then execute and answer normally — so a client
        that timed out meets an ambiguous outcome). ``path_prefix`` is an API path without
        ``/v2`` such as ``/rooms/10/messages``.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {FAULT_KINDS}")
        if path_prefix is not None and path_prefix.startswith(API_PREFIX + "/"):
            path_prefix = path_prefix[len(API_PREFIX) :]
        with self._lock:
            self._faults.append(
                _Fault(
                    kind=str(kind),
                    remaining=count,
                    path_prefix=path_prefix,
                    method=method.upper() if method else None,
                    delay=self.slow_seconds if delay is None else delay,
                    reset_in=reset_in,
                )
            )

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def request_count(self) -> int:
        """API requests received (control requests excluded), faults included."""
        with self._lock:
            return len(self._log)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def path_counts(self) -> Counter[str]:
        """``{"GET /rooms": 1, "GET /rooms/10/messages": 2, …}``."""
        with self._lock:
            return Counter(f"{r.method} {r.path}" for r in self._log)

    def reset_counts(self) -> None:
        with self._lock:
            self._log.clear()

    # ------------------------------------------------------------------ internals: data
    def _room(self, room_id: int) -> _Room:
        room = self._rooms.get(room_id)
        if room is None:
            raise KeyError(f"no room {room_id}")
        return room

    def _store_message(
        self,
        room_id: int,
        account_id: int,
        body: str,
        send_time: int,
        *,
        message_id: str | None = None,
        update_time: int = 0,
        via_api: bool = False,
        self_unread: bool = False,
    ) -> EmulatedMessage:
        room = self._room(room_id)
        self.add_account(account_id)
        if message_id is None:
            message_id = str(self._next_message_id)
            self._next_message_id += MESSAGE_ID_STEP
        elif message_id in self._messages:
            raise ValueError(f"duplicate message id {message_id}")
        self._seq += 1
        message = EmulatedMessage(
            room_id=room_id,
            message_id=str(message_id),
            account_id=account_id,
            body=body,
            send_time=int(send_time),
            update_time=update_time,
            via_api=via_api,
            self_unread=self_unread,
            seq=self._seq,
        )
        insort(room.messages, message, key=lambda m: m.key)
        self._messages[message.message_id] = message
        return message

    def _visible(self, room: _Room) -> list[EmulatedMessage]:
        now = self.now()
        return room.messages[: bisect_right(room.messages, now, key=lambda m: m.send_time)]

    def _create_tasks(
        self,
        room: _Room,
        assigned_by: int,
        to_ids: list[int],
        body: str,
        limit: int | None,
        limit_type: str,
    ) -> list[int]:
        if limit_type not in ("none", "date", "time"):
            raise _ApiError(400, "Invalid value for parameter 'limit_type'")
        if not to_ids:
            raise _ApiError(400, "Parameter 'to_ids' is required")
        strangers = [a for a in to_ids if a not in room.members]
        if strangers:
            raise _ApiError(400, f"Account {strangers[0]} is not a member of this room")
        if limit is None or limit_type == "none":
            limit_time, limit_type = 0, "none"
        elif limit_type == "date":
            limit_time = _end_of_day_jst(limit)
        else:
            limit_time = limit
        now = int(self.now())
        ids = []
        for assignee in to_ids:
            task = EmulatedTask(
                task_id=self._next_task_id,
                room_id=room.room_id,
                account_id=assignee,
                assigned_by_account_id=assigned_by,
                message_id="",
                body=body,
                limit_time=limit_time,
                limit_type=limit_type,
            )
            self._next_task_id += 1
            message = self._store_message(
                room.room_id, assigned_by, task_markup("task_added", task), now
            )
            task.message_id = message.message_id
            room.tasks[task.task_id] = task
            ids.append(task.task_id)
        return ids

    def _change_task_status(self, room: _Room, task_id: int, status: str, by: int) -> None:
        if status not in ("open", "done"):
            raise _ApiError(400, "Invalid value for parameter 'body'")
        task = room.tasks.get(task_id)
        if task is None:
            raise _ApiError(404, ERR_NOT_FOUND)
        if task.status == status:
            return
        task.status = status
        if status == "done":  # re-opening posts nothing we know of (UNCONFIRMED)
            self._store_message(room.room_id, by, task_markup("task_done", task), int(self.now()))

    # ------------------------------------------------------------------ internals: HTTP
    def _take_fault(self, method: str, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
            return None

    def _record(self, method: str, path: str, query: Mapping[str, str]) -> RecordedRequest:
        with self._lock:
            entry = RecordedRequest(method, path, dict(query))
            self._log.append(entry)
            return entry

    def _rate_headers(self, token: str, *, spend: bool) -> tuple[dict[str, str], bool]:
        """Rate-limit headers for this token, and whether the budget allows the request.

        A fixed window per token (window type UNCONFIRMED); refused requests do not count.
        """
        now = self.now()
        bucket = self._buckets.get(token)
        if bucket is None or now >= bucket.window_start + self.rate_window:
            bucket = self._buckets[token] = _Bucket(window_start=now)
        allowed = bucket.used < self.rate_limit
        if allowed and spend:
            bucket.used += 1
        headers = {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": str(max(0, self.rate_limit - bucket.used)),
            "X-RateLimit-Reset": str(math.ceil(bucket.window_start + self.rate_window)),
        }
        return headers, allowed

    def _handle_api(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        form: dict[str, str],
        token: str,
        fault: _Fault | None,
    ) -> _Response:
        with self._lock:
            if fault is not None and fault.kind.startswith("5"):
                status = int(fault.kind)
                reason = {500: "Internal Server Error", 502: "Bad Gateway"}.get(
                    status, "Service Unavailable"
                )
                return _Response(status, reason.encode(), content_type="text/plain")
            if fault is not None and fault.kind == "429-no-reset":
                return _json(429, {"errors": [ERR_RATE]})
            if fault is not None and fault.kind == "429":
                headers = {
                    "X-RateLimit-Limit": str(self.rate_limit),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(math.ceil(self.now()) + fault.reset_in),
                }
                return _json(429, {"errors": [ERR_RATE]}, headers)
            account_id = self._tokens.get(token)
            headers, allowed = self._rate_headers(token, spend=True)
            if account_id is None:
                return _json(401, {"errors": [ERR_TOKEN]}, headers)
            if not allowed:
                return _json(429, {"errors": [ERR_RATE]}, headers)
            if method == "POST" and query.get("method", "").upper() in ("PUT", "DELETE"):
                method = query["method"].upper()
            params = {**query, **form}
            try:
                status, payload = self._route(method, path, params, token, account_id)
            except _ApiError as exc:
                return _json(exc.status, {"errors": exc.errors}, headers)
            if status == 204:
                return _Response(204, headers=headers)
            return _json(status, payload, headers)

    def _route(
        self, method: str, path: str, params: dict[str, str], token: str, me: int
    ) -> tuple[int, Json]:
        segs = [s for s in path.split("/") if s]
        match (method, segs):
            case ("GET", ["me"]):
                return 200, self._me_json(me)
            case ("GET", ["my", "status"]):
                return 200, self._my_status(me)
            case ("GET", ["my", "tasks"]):
                return self._list(self._my_tasks(me, params))
            case ("GET", ["rooms"]):
                rooms = [r for r in self._rooms.values() if me in r.members]
                return 200, [self._room_json(r, me) for r in rooms]
            case ("GET", ["rooms", rid]):
                return 200, self._room_json(self._visible_room(rid, me), me, detail=True)
            case ("GET", ["rooms", rid, "members"]):
                room = self._visible_room(rid, me)
                return 200, [self._member_json(a, role) for a, role in room.members.items()]
            case ("GET", ["rooms", rid, "messages"]):
                return self._list_messages(self._visible_room(rid, me), params, token)
            case ("POST", ["rooms", rid, "messages"]):
                return 200, self._post_message(self._visible_room(rid, me), params, me)
            case ("PUT", ["rooms", rid, "messages", ("read" | "unread") as what]):
                return 200, self._mark(self._visible_room(rid, me), params, me, what == "read")
            case ("GET", ["rooms", rid, "messages", mid]):
                message = self._visible_message(self._visible_room(rid, me), mid)
                return 200, self._message_json(message)
            case ("PUT", ["rooms", rid, "messages", mid]):
                message = self._visible_message(self._visible_room(rid, me), mid)
                if message.account_id != me:
                    raise _ApiError(403, ERR_FORBIDDEN)
                message.body = _body_param(params)
                message.update_time = int(self.now())
                return 200, {"message_id": message.message_id}
            case ("GET", ["rooms", rid, "tasks"]):
                return self._list(self._room_tasks(self._visible_room(rid, me), params))
            case ("POST", ["rooms", rid, "tasks"]):
                return 200, self._post_tasks(self._visible_room(rid, me), params, me)
            case ("GET", ["rooms", rid, "tasks", tid]):
                task = self._visible_room(rid, me).tasks.get(_path_int(tid))
                if task is None:
                    raise _ApiError(404, ERR_NOT_FOUND)
                return 200, self._task_json(task)
            case ("PUT", ["rooms", rid, "tasks", tid, "status"]):
                room = self._visible_room(rid, me)
                self._change_task_status(room, _path_int(tid), params.get("body", ""), me)
                return 200, {"task_id": _path_int(tid)}
        raise _ApiError(404, ERR_NOT_FOUND)

    def _list(self, items: list[Json]) -> tuple[int, Json]:
        if not items and self.empty_list_204:
            return 204, None
        return 200, items[:MAX_LIST]

    def _visible_room(self, rid: str, me: int) -> _Room:
        room = self._rooms.get(_path_int(rid))
        if room is None:
            raise _ApiError(404, ERR_NOT_FOUND)
        if me not in room.members:
            status = self.nonmember_status
            raise _ApiError(status, ERR_NOT_FOUND if status == 404 else ERR_FORBIDDEN)
        return room

    def _visible_message(self, room: _Room, mid: str) -> EmulatedMessage:
        message = self._messages.get(mid)
        if message is None or message.room_id != room.room_id or message.send_time > self.now():
            raise _ApiError(404, ERR_NOT_FOUND)
        return message

    def _list_messages(self, room: _Room, params: dict[str, str], token: str) -> tuple[int, Json]:
        force = _flag(params, "force")
        visible = self._visible(room)
        seen = self._delivered.setdefault((token, room.room_id), {})
        if force:
            batch = visible[-MAX_LIST:]
            if self.force1_moves_cursor:
                seen.update((m.message_id, m.update_time) for m in batch)
        else:
            fresh = [
                m
                for m in visible
                if m.message_id not in seen
                or (self.edits_resurface and seen[m.message_id] != m.update_time)
            ]
            if self.backlog == "next":
                batch = fresh[:MAX_LIST]
            else:
                batch = fresh[-MAX_LIST:]
                seen.update((m.message_id, m.update_time) for m in fresh)
            seen.update((m.message_id, m.update_time) for m in batch)
        if not batch:
            return 204, None
        return 200, [self._message_json(m) for m in batch]

    def _post_message(self, room: _Room, params: dict[str, str], me: int) -> Json:
        body = _body_param(params)
        self_unread = _flag(params, "self_unread")
        if room.members.get(me) == "readonly":
            raise _ApiError(403, ERR_FORBIDDEN)
        self._spend_post(room)
        message = self._store_message(
            room.room_id, me, body, int(self.now()), via_api=True, self_unread=self_unread
        )
        return {"message_id": message.message_id}

    def _post_tasks(self, room: _Room, params: dict[str, str], me: int) -> Json:
        body = _body_param(params)
        raw_ids = params.get("to_ids", "")
        try:
            to_ids = [int(part) for part in raw_ids.split(",") if part.strip()]
        except ValueError:
            raise _ApiError(400, "Invalid value for parameter 'to_ids'") from None
        limit = _int_param(params, "limit")
        limit_type = params.get("limit_type") or "time"  # default UNCONFIRMED (MCP/WHAL: time)
        if room.members.get(me) == "readonly":
            raise _ApiError(403, ERR_FORBIDDEN)
        if not to_ids:
            raise _ApiError(400, "Parameter 'to_ids' is required")
        self._spend_post(room)
        return {"task_ids": self._create_tasks(room, me, to_ids, body, limit, limit_type)}

    def _spend_post(self, room: _Room) -> None:
        """10 posts (messages and tasks together) per 10 s per room, shared by all posters."""
        now = self.now()
        while room.post_times and room.post_times[0] <= now - self.post_window:
            room.post_times.popleft()
        if len(room.post_times) >= self.post_limit:
            raise _ApiError(429, ERR_ROOM_POST)
        room.post_times.append(now)

    def _mark(self, room: _Room, params: dict[str, str], me: int, read: bool) -> Json:
        visible = self._visible(room)
        marker = self._read_marker.get((me, room.room_id), (-1, -1))
        mid = params.get("message_id")
        if mid:
            target = self._visible_message(room, mid)
        elif read and visible:
            target = visible[-1]
        else:
            raise _ApiError(400, "Parameter 'message_id' is required")
        if read:
            if target.key <= marker:
                raise _ApiError(400, "Already read")
            self._read_marker[(me, room.room_id)] = target.key
        else:
            if target.key > marker:
                raise _ApiError(400, "Already unread")
            self._read_marker[(me, room.room_id)] = (target.send_time, target.seq - 1)
        unread = self._unread(room, me)
        return {"unread_num": len(unread), "mention_num": self._mentions(unread, me)}

    def _unread(self, room: _Room, me: int) -> list[EmulatedMessage]:
        marker = self._read_marker.get((me, room.room_id), (-1, -1))
        return [
            m
            for m in self._visible(room)
            if m.key > marker and (m.account_id != me or m.self_unread)
        ]

    @staticmethod
    def _mentions(messages: Iterable[EmulatedMessage], me: int) -> int:
        pattern = re.compile(rf"\[(?:To:{me}\]|rp aid={me}\b)")
        return sum(1 for m in messages if pattern.search(m.body))

    def _room_tasks(self, room: _Room, params: dict[str, str]) -> list[Json]:
        status = params.get("status") or "open"
        if status not in ("open", "done"):
            raise _ApiError(400, "Invalid value for parameter 'status'")
        assignee = _int_param(params, "account_id")
        requester = _int_param(params, "assigned_by_account_id")
        return [
            self._task_json(t)
            for t in room.tasks.values()
            if t.status == status
            and (assignee is None or t.account_id == assignee)
            and (requester is None or t.assigned_by_account_id == requester)
        ]

    def _my_tasks(self, me: int, params: dict[str, str]) -> list[Json]:
        status = params.get("status") or "open"
        requester = _int_param(params, "assigned_by_account_id")
        items = []
        for room in self._rooms.values():
            for task in room.tasks.values():
                if task.account_id != me or task.status != status:
                    continue
                if requester is not None and task.assigned_by_account_id != requester:
                    continue
                item = self._task_json(task)
                del item["account"]
                item["room"] = {
                    "room_id": room.room_id,
                    "name": room.name,
                    "icon_path": room.icon_path,
                }
                items.append(item)
        return items

    def _my_status(self, me: int) -> Json:
        rooms = [r for r in self._rooms.values() if me in r.members]
        unread = {r.room_id: self._unread(r, me) for r in rooms}
        mentions = {rid: self._mentions(msgs, me) for rid, msgs in unread.items()}
        mytasks = {
            r.room_id: sum(1 for t in r.tasks.values() if t.account_id == me and t.status == "open")
            for r in rooms
        }
        return {
            "unread_room_num": sum(1 for msgs in unread.values() if msgs),
            "mention_room_num": sum(1 for n in mentions.values() if n),
            "mytask_room_num": sum(1 for n in mytasks.values() if n),
            "unread_num": sum(len(msgs) for msgs in unread.values()),
            "mention_num": sum(mentions.values()),
            "mytask_num": sum(mytasks.values()),
        }

    # ------------------------------------------------------------------ JSON shapes
    def _account(self, account_id: int) -> Account:
        return self._accounts.get(account_id) or Account(account_id, f"User {account_id}")

    def _me_json(self, me: int) -> Json:
        a = self._account(me)
        return {
            "account_id": a.account_id,
            "room_id": a.room_id,
            "name": a.name,
            "chatwork_id": a.chatwork_id,
            "organization_id": a.organization_id,
            "organization_name": a.organization_name,
            "department": a.department,
            "title": a.title,
            "url": a.url,
            "introduction": a.introduction,
            "mail": a.mail,
            "tel_organization": a.tel_organization,
            "tel_extension": a.tel_extension,
            "tel_mobile": a.tel_mobile,
            "skype": a.skype,
            "facebook": a.facebook,
            "twitter": a.twitter,
            "avatar_image_url": a.avatar_image_url,
            "login_mail": a.login_mail,
        }

    def _room_json(self, room: _Room, me: int, *, detail: bool = False) -> Json:
        visible = self._visible(room)
        unread = self._unread(room, me)
        open_tasks = [t for t in room.tasks.values() if t.status == "open"]
        last_update = max([room.created_time, *(max(m.send_time, m.update_time) for m in visible)])
        item: dict[str, Json] = {
            "room_id": room.room_id,
            "name": room.name,
            "type": room.type,
            "role": room.members[me],
            "sticky": room.sticky,
            "unread_num": len(unread),
            "mention_num": self._mentions(unread, me),
            "mytask_num": sum(1 for t in open_tasks if t.account_id == me),
            "message_num": len(visible),
            "file_num": 0,
            "task_num": len(open_tasks),
            "icon_path": room.icon_path,
            "last_update_time": last_update,
        }
        if detail:
            item["description"] = room.description
        return item

    def _member_json(self, account_id: int, role: str) -> Json:
        a = self._account(account_id)
        return {
            "account_id": a.account_id,
            "role": role,
            "name": a.name,
            "chatwork_id": a.chatwork_id,
            "organization_id": a.organization_id,
            "organization_name": a.organization_name,
            "department": a.department,
            "avatar_image_url": a.avatar_image_url,
        }

    def _message_json(self, m: EmulatedMessage) -> Json:
        return {
            "message_id": m.message_id,
            "account": self._account(m.account_id).mini(),
            "body": m.body,
            "send_time": m.send_time,
            "update_time": m.update_time,
        }

    def _task_json(self, t: EmulatedTask) -> dict[str, Json]:
        return {
            "task_id": t.task_id,
            "account": self._account(t.account_id).mini(),
            "assigned_by_account": self._account(t.assigned_by_account_id).mini(),
            "message_id": t.message_id,
            "body": t.body,
            "limit_time": t.limit_time,
            "status": t.status,
            "limit_type": t.limit_type,
        }

    # ------------------------------------------------------------------ control surface
    def _control(self, method: str, path: str, query: dict[str, str], raw: bytes) -> _Response:
        """JSON control API for the standalone process (not part of Chatwork's API).

        GET  state | counts | posted?room_id=N
        POST load (scenario, see :meth:`load`) | accounts | rooms | messages | tasks
             | time ({"now": unix} or {"advance": s} or {"release": true})
             | faults ({"kind", "count", "path_prefix", "method", "delay", "reset_in"})
             | reset_counts
        DELETE faults
        """
        try:
            data: Json = json.loads(raw) if raw else {}
            what = path[len(CONTROL_PREFIX) :].strip("/")
            match (method, what):
                case ("GET", "state" | "counts"):
                    return _json(
                        200,
                        {
                            "now": self.now(),
                            "request_count": self.request_count,
                            "path_counts": dict(self.path_counts()),
                            "rooms": sorted(self._rooms),
                        },
                    )
                case ("GET", "posted"):
                    rid = int(query["room_id"]) if "room_id" in query else None
                    return _json(200, [self._message_json(m) for m in self.posted(rid)])
                case ("POST", "load"):
                    self.load(data)
                case ("POST", "accounts"):
                    with self._lock:
                        self._load_account(data)
                case ("POST", "rooms"):
                    with self._lock:
                        self._load_room(data)
                case ("POST", "messages"):
                    mid = self.add_message(
                        int(data["room_id"]),
                        int(data["account_id"]),
                        str(data["body"]),
                        data.get("send_time"),
                        message_id=data.get("message_id"),
                    )
                    return _json(200, {"message_id": mid})
                case ("POST", "tasks"):
                    ids = self.add_task(
                        int(data["room_id"]),
                        int(data["assigned_by"]),
                        [int(a) for a in data["to_ids"]],
                        str(data["body"]),
                        data.get("limit"),
                        str(data.get("limit_type", "time")),
                    )
                    return _json(200, {"task_ids": ids})
                case ("POST", "time"):
                    if data.get("release"):
                        self.release_time()
                    elif "now" in data:
                        self.set_time(float(data["now"]))
                    else:
                        self.advance(float(data.get("advance", 0)))
                    return _json(200, {"now": self.now()})
                case ("POST", "faults"):
                    self.inject_fault(
                        str(data["kind"]),
                        int(data.get("count", 1)),
                        data.get("path_prefix"),
                        method=data.get("method"),
                        delay=data.get("delay"),
                        reset_in=int(data.get("reset_in", 60)),
                    )
                case ("DELETE", "faults"):
                    self.clear_faults()
                case ("POST", "reset_counts"):
                    self.reset_counts()
                case _:
                    return _json(404, {"errors": [f"no control endpoint {method} {path}"]})
        except (KeyError, ValueError, TypeError, _ApiError) as exc:
            return _json(400, {"errors": [f"bad control request: {exc!r}"]})
        return _json(200, {"ok": True})


def _path_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _ApiError(404, ERR_NOT_FOUND) from None


class _Server(QuietServer):
    emulator: ChatworkEmulator


class _Handler(EmulatorHandler):
    server: _Server
    log_name = "chatwork-emulator"

    def dispatch(self, method: str) -> None:
        emulator = self.server.emulator
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        raw = self.read_body()
        if url.path.startswith(CONTROL_PREFIX):
            self._send(emulator._control(method, url.path, query, raw))
            return
        if url.path != API_PREFIX and not url.path.startswith(API_PREFIX + "/"):
            self._send(_json(404, {"errors": [ERR_NOT_FOUND]}))
            return
        path = url.path[len(API_PREFIX) :] or "/"
        entry = emulator._record(method, path, query)
        fault = emulator._take_fault(method, path)
        if fault is not None and fault.kind == "reset":
            self.reset_connection()
            return
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
            fault = None
        form: dict[str, str] = {}
        if raw and "form-urlencoded" in (self.headers.get("Content-Type") or ""):
            parsed = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
            form = {k: v[-1] for k, v in parsed.items()}
        token = self.headers.get(TOKEN_HEADER) or ""
        response = emulator._handle_api(method, path, query, form, token, fault)
        entry.status = response.status
        self._send(response)

    def _send(self, response: _Response) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            if response.status != 204:
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if response.status != 204:
                self.wfile.write(response.body)
        except OSError:  # the client gave up (timeout): nothing to answer
            self.close_connection = True


def main(argv: list[str] | None = None) -> int:
    """``python -m chatsync.emulators.chatwork --port 8765 [--load scenario.json]``."""
    parser = argparse.ArgumentParser(description="Chatwork API v2 emulator on loopback")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--load", help="scenario JSON (see ChatworkEmulator.load)")
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="TOKEN:ACCOUNT_ID",
        help="map an API token to an account (repeatable)",
    )
    parser.add_argument("--rate-limit", type=int, default=300)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    emulator = ChatworkEmulator(host=args.host, port=args.port, rate_limit=args.rate_limit)
    for pair in args.token:
        token, _, account = pair.rpartition(":")
        emulator.add_token(token, int(account))
    if args.load:
        with open(args.load, encoding="utf-8") as fh:
            emulator.load(json.load(fh))
    emulator.start()
    log.info("Chatwork emulator: API %s, control %s", emulator.base_url, emulator.control_url)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
