"""Posting the digest and the reminders at most once per room per day.

The order is the whole point: ``claim_post`` is recorded *before* posting and
``finish_post`` after, so a crash after posting can never lead to a second
post. The price: a crash between the claim and the post loses that room's
message for the day (the claim stays); that window is one HTTP call long.

A claim is released (so a later run the same morning may try again) only when
the message certainly was not posted:

- the API refused it (401/403/404/400, or 429 — rate limit);
- 503 (the service said it is unavailable), or the connection was never
  established (refused, DNS, connect timeout): "Chatwork down at 09:00";

A read timeout, a reset, 500/502/504 or anything unexpected is ambiguous: the
room is read back, and if the message is there it counts as posted; if not,
the claim is kept and the error says so, so nobody gets the digest twice.
"""

from __future__ import annotations

import logging
import time as _time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Literal

from chatsync.calendar import BusinessCalendar
from chatsync.digest import (
    DEFAULT_MAX_CHARS,
    Lang,
    build_digest,
    build_reminders,
    render_digest,
)
from chatsync.errors import (
    AuthError,
    ChatsyncError,
    ConnectError,
    NotFoundError,
    PermanentError,
    RateLimitedError,
    ServerError,
    StoreError,
    TransientError,
)
from chatsync.faults import checkpoint
from chatsync.models import BoardTask
from chatsync.ports import ChatClient, StateStore

log = logging.getLogger(__name__)

DIGEST = "digest"
REMINDER = "reminder"

Status = Literal["posted", "already", "dry_run", "empty", "failed", "unsure", "partial"]
Tasks = Sequence[BoardTask] | Callable[[], Sequence[BoardTask]]


# --------------------------------------------------------------------------- pacing


class RoomPacer:
    """Keeps to Chatwork's 10 posts per 10 seconds per room (shared by all our posts).

    ``monotonic`` and ``sleep`` are injected so tests never really wait.
    """

    def __init__(
        self,
        limit: int = 10,
        window: float = 10.0,
        *,
        margin: float = 0.2,
        monotonic: Callable[[], float] = _time.monotonic,
        sleep: Callable[[float], None] = _time.sleep,
    ) -> None:
        self.limit = limit
        self.window = window + margin
        self._monotonic = monotonic
        self._sleep = sleep
        self._sent: dict[int, deque[float]] = {}

    def wait(self, room_id: int) -> None:
        """Block until one more post to ``room_id`` is within the limit, and count it."""
        sent = self._sent.setdefault(room_id, deque())
        now = self._monotonic()
        while sent and now - sent[0] >= self.window:
            sent.popleft()
        if len(sent) >= self.limit:
            pause = sent[0] + self.window - now
            log.info("pacing posts to room %s: waiting %.1f s", room_id, pause)
            self._sleep(pause)
            now = self._monotonic()
            sent.popleft()
        sent.append(now)


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class RoomResult:
    """What happened in one room.

    ``retry``: the claim was released after a failure that may pass (rate
    limit, Chatwork down); a later run the same morning may post.
    """

    room_id: int
    kind: str
    status: Status
    texts: tuple[str, ...] = ()
    message_ids: tuple[str, ...] = ()
    error: str = ""
    retry: bool = False


@dataclass(frozen=True)
class PostReport:
    kind: str
    day: date
    business_day: bool
    results: tuple[RoomResult, ...] = ()
    texts: tuple[str, ...] = field(default=(), repr=False)
    """The rendered digest (empty for reminders: see each result's texts)."""

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.results if r.error]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def should_retry(self) -> bool:
        return any(r.retry for r in self.results)

    @property
    def posted_rooms(self) -> list[int]:
        return [r.room_id for r in self.results if r.status in ("posted", "partial")]


# --------------------------------------------------------------------------- use cases


def pending_rooms(store: StateStore, day: date, room_ids: Sequence[int], kind: str) -> list[int]:
    """Rooms not yet claimed for ``kind`` on ``day`` (posted or claimed counts as done)."""
    done = {(room, k) for room, d, k, _ in store.posts() if d == day}
    return [room for room in dict.fromkeys(room_ids) if (room, kind) not in done]


def post_digest(
    chat: ChatClient,
    store: StateStore,
    tasks: Tasks,
    now: datetime,
    *,
    room_ids: Sequence[int],
    calendar: BusinessCalendar,
    tz: tzinfo,
    lang: Lang = "ja",
    mentions: bool = True,
    say_when_empty: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    dry_run: bool = False,
    force: bool = False,
    pacer: RoomPacer | None = None,
    kind: str = DIGEST,
) -> PostReport:
    """Post the morning digest for ``now`` to each digest room, at most once per room per day.

    ``kind``: ``digest``, or ``digest:{team}`` for one of several teams (a room that is the
    managers' room of two teams gets each team's digest once).

    ``tasks`` may be a callable (read the sheet) so that holidays and rooms
    already served cost no sheet read. ``dry_run`` renders without claiming or
    posting; ``force`` posts on a non-business day too (still at most once).
    """
    day = now.astimezone(tz).date()
    rooms = list(dict.fromkeys(room_ids))
    if not force and not calendar.is_business_day(day):
        log.info("%s is not a business day: no digest", day)
        return PostReport(kind=kind, day=day, business_day=False)
    business_day = calendar.is_business_day(day)
    if not dry_run:
        pending = set(pending_rooms(store, day, rooms, kind))
        if not pending:
            log.info("%s for %s already posted to every room", kind, day)
            results = tuple(RoomResult(r, kind, "already") for r in rooms)
            return PostReport(kind, day, business_day, results)
    rows = tasks() if callable(tasks) else tasks
    digest = build_digest(rows, now, calendar, tz)
    texts = tuple(
        render_digest(
            digest, lang=lang, mentions=mentions, max_chars=max_chars, say_when_empty=say_when_empty
        )
    )
    if dry_run or not texts:
        status: Status = "dry_run" if dry_run else "empty"
        results = tuple(RoomResult(r, kind, status, texts) for r in rooms)
        return PostReport(kind, day, business_day, results, texts)
    pacer = pacer or RoomPacer()
    known = {room for room, _, k, _ in store.posts() if k.startswith(DIGEST)}
    results = tuple(
        (_already_in_room(chat, store, r, day, tz, known) if kind == DIGEST else None)
        or _post_once(chat, store, r, day, kind, texts, pacer)
        for r in rooms
    )
    return PostReport(kind, day, business_day, results, texts)


_DIGEST_TITLES = ("[info][title]遅延タスク ", "[info][title]Late tasks as of ")


def _already_in_room(
    chat: ChatClient, store: StateStore, room_id: int, day: date, tz: tzinfo, known: set[int]
) -> RoomResult | None:
    """A store that has never posted to this room (new, or pointed elsewhere by mistake)
    first reads the room: a digest already posted there today is claimed, not posted twice."""
    if room_id in known:
        return None
    try:
        messages = chat.messages(room_id)
    except Exception as exc:  # the post itself will say what is wrong with the room
        log.warning("could not read room %s to look for today's digest: %s", room_id, exc)
        return None
    for message in reversed(messages):
        sent = datetime.fromtimestamp(message.send_time, tz).date()
        if sent == day and message.body.startswith(_DIGEST_TITLES):
            if store.claim_post(room_id, day, DIGEST):
                store.finish_post(room_id, day, DIGEST, message.message_id)
            log.warning(
                "room %s already has today's digest (message %s) though this store has no "
                "record of it: not posted again — is CHATSYNC_STORE__URL the store you meant?",
                room_id,
                message.message_id,
            )
            return RoomResult(room_id, DIGEST, "already", (), (message.message_id,))
    return None


def post_reminders(
    chat: ChatClient,
    store: StateStore,
    tasks: Tasks,
    now: datetime,
    *,
    calendar: BusinessCalendar,
    tz: tzinfo,
    lang: Lang = "ja",
    mentions: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    rooms: Sequence[int] | None = None,
    dry_run: bool = False,
    force: bool = False,
    pacer: RoomPacer | None = None,
) -> PostReport:
    """In each room with late assigned tasks, one reminder a day mentioning their assignees.

    ``rooms`` limits the rooms reminded (e.g. the rooms chatsync reads).
    """
    day = now.astimezone(tz).date()
    if not force and not calendar.is_business_day(day):
        log.info("%s is not a business day: no reminders", day)
        return PostReport(kind=REMINDER, day=day, business_day=False)
    rows = tasks() if callable(tasks) else tasks
    digest = build_digest(rows, now, calendar, tz)
    reminders = build_reminders(digest, lang=lang, mentions=mentions, max_chars=max_chars)
    if rooms is not None:
        allowed = set(rooms)
        reminders = [r for r in reminders if r.room_id in allowed]
    pacer = pacer or RoomPacer()
    results = []
    for reminder in reminders:
        if dry_run:
            results.append(RoomResult(reminder.room_id, REMINDER, "dry_run", reminder.messages))
        else:
            results.append(
                _post_once(chat, store, reminder.room_id, day, REMINDER, reminder.messages, pacer)
            )
    return PostReport(REMINDER, day, calendar.is_business_day(day), tuple(results))


# --------------------------------------------------------------------------- posting


def _post_once(
    chat: ChatClient,
    store: StateStore,
    room_id: int,
    day: date,
    kind: str,
    texts: Sequence[str],
    pacer: RoomPacer,
) -> RoomResult:
    """Claim, post every page, finish. Never raises for one room's API failure."""
    texts = tuple(texts)
    if not store.claim_post(room_id, day, kind):
        log.info("%s for %s already posted (or claimed) in room %s", kind, day, room_id)
        return RoomResult(room_id, kind, "already", texts)
    checkpoint("after_claim")
    posted: list[str] = []
    for text in texts:
        pacer.wait(room_id)
        try:
            posted.append(chat.post_message(room_id, text))
            checkpoint("after_post")
        except Exception as exc:  # one room's failure must not cost the other rooms theirs
            landed = None if certainly_not_posted(exc) else _find_posted(chat, room_id, text)
            if landed is None:
                return _failed(store, room_id, day, kind, texts, posted, exc)
            log.warning("posting to room %s failed (%s), but the message is there", room_id, exc)
            posted.append(landed)
    _finish(store, room_id, day, kind, posted)
    log.info("posted the %s for %s to room %s (%d message(s))", kind, day, room_id, len(posted))
    return RoomResult(room_id, kind, "posted", texts, tuple(posted))


def _find_posted(chat: ChatClient, room_id: int, text: str) -> str | None:
    """After an ambiguous failure: the id of our message if the room shows it, else None.

    Absence proves nothing (the request may still be in flight), so the
    caller keeps the claim either way; presence settles it as posted.
    """
    try:
        for message in reversed(chat.messages(room_id)):
            if message.body == text:
                return message.message_id
    except Exception as exc:
        log.warning("could not read room %s back to check the post: %s", room_id, exc)
    return None


def _finish(store: StateStore, room_id: int, day: date, kind: str, posted: list[str]) -> None:
    try:
        store.finish_post(room_id, day, kind, posted[0] if posted else None)
    except StoreError:
        # The claim stays, which still blocks a second post: only the id is lost.
        log.exception("posted the %s to room %s but could not record its id", kind, room_id)


def _failed(
    store: StateStore,
    room_id: int,
    day: date,
    kind: str,
    texts: tuple[str, ...],
    posted: list[str],
    exc: Exception,
) -> RoomResult:
    what = f"the {kind} for {day} to room {room_id}"
    if posted:
        _finish(store, room_id, day, kind, posted)
        error = (
            f"Posted only {len(posted)} of {len(texts)} messages of {what}: {exc}. "
            "The rest is not retried today, to avoid posting the first part twice."
        )
        log.error("%s", error)
        return RoomResult(room_id, kind, "partial", texts, tuple(posted), error)
    if certainly_not_posted(exc):
        store.release_post(room_id, day, kind)
        error = f"Could not post {what}: {exc}"
        if isinstance(exc, AuthError | NotFoundError):
            error += (
                f". Check that the token's account is a member of room {room_id} "
                "and may post there."
            )
        retry = isinstance(exc, TransientError)
        if retry:
            error += ". Will retry while the morning's grace period lasts."
        log.error("%s", error)
        return RoomResult(room_id, kind, "failed", texts, (), error, retry)
    error = (
        f"Posting {what} failed in a way that leaves it unknown whether it was posted ({exc!r}); "
        "not retried today to avoid a double post. Check the room."
    )
    if isinstance(exc, ChatsyncError):
        log.error("%s", error)
    else:
        log.exception("%s", error)
    return RoomResult(room_id, kind, "unsure", texts, (), error)


def certainly_not_posted(exc: BaseException) -> bool:
    """True when the request surely did not create a message (see the module docstring)."""
    if isinstance(exc, PermanentError | RateLimitedError | ConnectError):
        return True
    if isinstance(exc, ServerError):
        return exc.status == 503
    return False  # a timeout or a dropped connection: the message may have landed
