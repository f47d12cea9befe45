"""Posting at most once per room per day, through a fake chat and the real SQL store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests

from chatsync.calendar import BusinessCalendar
from chatsync.errors import (
    AuthError,
    ConnectError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from chatsync.models import BoardTask, ChatMessage, Due, Room, TaskStatus, message_link
from chatsync.remind import (
    RoomPacer,
    certainly_not_posted,
    pending_rooms,
    post_digest,
    post_reminders,
)
from chatsync.store import open_store
from chatsync.store.sql import SqlStore

TZ = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar()
MANAGERS = 900
OTHER_MANAGERS = 901


class FakeChat:
    """Records posts; ``fail[room]`` is raised (once per entry) instead of posting."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, str]] = []
        self.fail: dict[int, list[Exception]] = {}
        self.fail_after: dict[int, int] = {}  # room → number of posts that succeed first
        self.lose_answer: dict[int, list[Exception]] = {}  # posted, but the answer is lost

    def rooms(self) -> list[Room]:
        return []

    def messages(self, room_id: int) -> list[ChatMessage]:
        return [
            ChatMessage(
                room_id=r, message_id=f"m{i}", account_id=1, account_name="bot", body=b, send_time=0
            )
            for i, (r, b) in enumerate(self.posts, start=1)
            if r == room_id
        ]

    def post_message(self, room_id: int, body: str) -> str:
        done = sum(1 for r, _ in self.posts if r == room_id)
        if self.fail.get(room_id) and done >= self.fail_after.get(room_id, 0):
            raise self.fail[room_id].pop(0)
        self.posts.append((room_id, body))
        if self.lose_answer.get(room_id):
            raise self.lose_answer[room_id].pop(0)
        return f"m{len(self.posts)}"


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStore]:
    s = open_store(f"sqlite:///{tmp_path / 'state.db'}")
    yield s
    s.close()


def late_task(
    title: str = "見積書", room: int = 10, who: str = "高橋", aid: int = 202
) -> BoardTask:
    return BoardTask(
        task_id=f"cw-{room}-1",
        status=TaskStatus.OPEN,
        title=title,
        assignee_names=(who,),
        assignee_ids=(aid,),
        due=Due(day=date(2027, 1, 6)),
        room_id=room,
        room_name="営業部",
        link=message_link(room, "1"),
    )


THU = datetime(2027, 1, 7, 9, 0, tzinfo=TZ)


def digest(chat: FakeChat, store: SqlStore, tasks: object = None, now: datetime = THU, **kw):
    rows = [late_task()] if tasks is None else tasks
    kw.setdefault("room_ids", [MANAGERS])
    kw.setdefault("pacer", RoomPacer(sleep=lambda s: None))
    return post_digest(chat, store, rows, now, calendar=CAL, tz=TZ, **kw)  # type: ignore[arg-type]


def test_posts_once_and_records_the_message(store: SqlStore) -> None:
    chat = FakeChat()
    first = digest(chat, store)
    again = digest(chat, store)
    assert [r.status for r in first.results] == ["posted"]
    assert [r.status for r in again.results] == ["already"]
    assert len(chat.posts) == 1
    assert chat.posts[0][0] == MANAGERS
    assert "・見積書 — 期限 1/6(水) 1営業日超過 — 営業部" in chat.posts[0][1]
    assert store.posts() == [(MANAGERS, date(2027, 1, 7), "digest", "m1")]


def test_second_run_reads_no_sheet_when_every_room_is_served(store: SqlStore) -> None:
    chat = FakeChat()
    reads: list[int] = []

    def load() -> list[BoardTask]:
        reads.append(1)
        return [late_task()]

    digest(chat, store, load)
    report = digest(chat, store, load)
    assert reads == [1]
    assert [r.status for r in report.results] == ["already"]


def test_no_digest_on_a_holiday_unless_forced(store: SqlStore) -> None:
    chat = FakeChat()
    holiday = datetime(2027, 1, 11, 9, 0, tzinfo=TZ)  # 成人の日
    report = digest(chat, store, now=holiday)
    assert not report.business_day and report.results == () and chat.posts == []
    forced = digest(chat, store, now=holiday, force=True)
    assert [r.status for r in forced.results] == ["posted"]
    assert store.posts() == [(MANAGERS, date(2027, 1, 11), "digest", "m1")]


def test_dry_run_renders_without_claiming_or_posting(store: SqlStore) -> None:
    chat = FakeChat()
    report = digest(chat, store, dry_run=True)
    assert report.texts and report.texts[0].startswith("[info][title]遅延タスク 1月7日(木)")
    assert [r.status for r in report.results] == ["dry_run"]
    assert chat.posts == [] and store.posts() == []


def test_nothing_late_posts_nothing_and_claims_nothing(store: SqlStore) -> None:
    chat = FakeChat()
    report = digest(chat, store, tasks=[])
    assert [r.status for r in report.results] == ["empty"]
    assert chat.posts == [] and store.posts() == []
    said = digest(chat, store, tasks=[], say_when_empty=True)
    assert [r.status for r in said.results] == ["posted"]
    assert "期限を過ぎた未完了のタスクはありません。" in chat.posts[0][1]


def test_a_room_the_token_cannot_post_to_is_named_and_others_still_get_theirs(
    store: SqlStore,
) -> None:
    chat = FakeChat()
    chat.fail[MANAGERS] = [NotFoundError("room 900 not found (404)")]
    report = digest(chat, store, room_ids=[MANAGERS, OTHER_MANAGERS])
    assert [(r.room_id, r.status) for r in report.results] == [
        (MANAGERS, "failed"),
        (OTHER_MANAGERS, "posted"),
    ]
    (error,) = report.errors
    assert "room 900" in error and "member of room 900" in error
    assert not report.should_retry
    assert [room for room, _ in chat.posts] == [OTHER_MANAGERS]
    # the refused claim was released: once the room is fixed, a later run posts
    assert pending_rooms(store, date(2027, 1, 7), [MANAGERS, OTHER_MANAGERS], "digest") == [
        MANAGERS
    ]
    assert [r.status for r in digest(chat, store, room_ids=[MANAGERS]).results] == ["posted"]


def test_auth_error_is_permanent_and_released(store: SqlStore) -> None:
    chat = FakeChat()
    chat.fail[MANAGERS] = [AuthError("token refused (401)")]
    report = digest(chat, store)
    assert report.results[0].status == "failed" and not report.should_retry
    assert store.posts() == []


@pytest.mark.parametrize(
    "exc",
    [
        ServerError("Chatwork is down (503)", status=503),
        RateLimitedError("too many posts (429)", retry_after=3),
        ConnectError("Chatwork POST /rooms/900/messages: could not connect (refused)"),
    ],
    ids=["503", "429", "connect-refused"],
)
def test_chatwork_down_releases_the_claim_for_a_retry(store: SqlStore, exc: Exception) -> None:
    chat = FakeChat()
    chat.fail[MANAGERS] = [exc]
    report = digest(chat, store)
    assert report.results[0].status == "failed"
    assert report.should_retry
    assert store.posts() == []
    retried = digest(chat, store)
    assert [r.status for r in retried.results] == ["posted"]
    assert len(chat.posts) == 1


@pytest.mark.parametrize(
    "exc",
    [
        ServerError("internal error (500)", status=500),
        ServerError("gateway timeout (504)", status=504),
        NetworkError("read timed out"),
        RuntimeError("a bug in the client"),
    ],
)
def test_ambiguous_failure_keeps_the_claim_so_nobody_gets_it_twice(
    store: SqlStore, exc: Exception
) -> None:
    if isinstance(exc, NetworkError):
        exc.__cause__ = requests.exceptions.ReadTimeout("read timed out")
    chat = FakeChat()
    chat.fail[MANAGERS] = [exc]
    report = digest(chat, store)
    assert report.results[0].status == "unsure"
    assert "unknown whether it was posted" in report.errors[0]
    assert not report.should_retry
    assert store.posts() == [(MANAGERS, date(2027, 1, 7), "digest", None)]
    assert [r.status for r in digest(chat, store).results] == ["already"]
    assert chat.posts == []


def test_split_digest_failing_midway_is_not_reposted(store: SqlStore) -> None:
    chat = FakeChat()
    chat.fail_after[MANAGERS] = 1
    chat.fail[MANAGERS] = [ServerError("down (503)", status=503)]
    tasks = [late_task(f"タスク{i} " + "説明" * 40, aid=200 + i, who=f"担当{i}") for i in range(30)]
    report = digest(chat, store, tasks, max_chars=1000)
    assert report.results[0].status == "partial"
    assert len(report.texts) > 1
    assert report.results[0].message_ids == ("m1",)
    assert store.posts() == [(MANAGERS, date(2027, 1, 7), "digest", "m1")]
    assert [r.status for r in digest(chat, store, tasks, max_chars=1000).results] == ["already"]


def test_pacer_keeps_ten_posts_per_ten_seconds_per_room() -> None:
    clock = FakeTime()
    pacer = RoomPacer(monotonic=clock.monotonic, sleep=clock.sleep)
    for _ in range(10):
        pacer.wait(1)
        pacer.wait(2)
    assert clock.slept == []
    pacer.wait(1)
    assert clock.slept == [pytest.approx(10.2)]
    clock.t += 20
    pacer.wait(2)
    assert len(clock.slept) == 1


def test_long_digest_pages_are_paced(store: SqlStore) -> None:
    chat = FakeChat()
    clock = FakeTime()
    tasks = [late_task(f"タスク{i} " + "説明" * 60, aid=200 + i, who=f"担当{i}") for i in range(60)]
    report = digest(
        chat,
        store,
        tasks,
        max_chars=700,
        pacer=RoomPacer(monotonic=clock.monotonic, sleep=clock.sleep),
    )
    assert report.results[0].status == "posted"
    assert len(chat.posts) > 10
    assert len(clock.slept) == (len(chat.posts) - 1) // 10


def test_reminders_once_per_room_per_day(store: SqlStore) -> None:
    chat = FakeChat()
    tasks = [late_task(room=10), late_task("別件", room=11, who="菅原", aid=245)]
    kw: dict[str, object] = {"calendar": CAL, "tz": TZ, "pacer": RoomPacer(sleep=lambda s: None)}
    first = post_reminders(chat, store, tasks, THU, **kw)  # type: ignore[arg-type]
    again = post_reminders(chat, store, tasks, THU, **kw)  # type: ignore[arg-type]
    assert [(r.room_id, r.status) for r in first.results] == [(10, "posted"), (11, "posted")]
    assert [r.status for r in again.results] == ["already", "already"]
    assert chat.posts[0] == (
        10,
        "[To:202]高橋さん\nおはようございます。期限を過ぎているタスクがあります。\n"
        "・見積書(期限 1/6、1営業日超過)\n  https://www.chatwork.com/#!rid10-1",
    )
    only = post_reminders(chat, store, tasks, THU.replace(day=8), rooms=[11], **kw)  # type: ignore[arg-type]
    assert [r.room_id for r in only.results] == [11]
    dry = post_reminders(chat, store, tasks, THU.replace(day=12), dry_run=True, **kw)  # type: ignore[arg-type]
    assert [r.status for r in dry.results] == ["dry_run", "dry_run"]
    assert len(chat.posts) == 3


def test_certainly_not_posted_trusts_the_clients_connect_error_only() -> None:
    # The client raises ConnectError exactly when no connection was made.
    assert certainly_not_posted(ConnectError("could not connect within 10 s"))
    assert not certainly_not_posted(NetworkError("Chatwork POST: no answer within 10 s"))
    assert not certainly_not_posted(NetworkError("connection failed (reset)"))


def test_ambiguous_failure_whose_message_landed_counts_as_posted(store: SqlStore) -> None:
    chat = FakeChat()
    chat.lose_answer[MANAGERS] = [ServerError("gateway timeout (504)", status=504)]
    report = digest(chat, store)
    assert report.ok
    assert report.results[0].status == "posted"
    assert report.results[0].message_ids == ("m1",)
    assert store.posts() == [(MANAGERS, date(2027, 1, 7), "digest", "m1")]
    assert [r.status for r in digest(chat, store).results] == ["already"]
    assert len(chat.posts) == 1
