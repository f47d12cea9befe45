"""The morning digest end to end: scheduler job → post_digest → real client → Chatwork
emulator over loopback, with the SQL store; read back through the emulator's API.

Every morning is driven with a fixed clock (the scheduler's and the emulator's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.chatwork.client import ChatworkClient
from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.models import BoardTask, Due, TaskStatus, message_link
from chatsync.remind import PostReport, RoomPacer, post_digest
from chatsync.scheduler import CATCH_UP_JOB, DIGEST_JOB, RETRY_JOB, build_scheduler
from chatsync.store import open_store
from chatsync.store.sql import SqlStore
from tests.conftest import ME, TOKEN

TZ = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar()
MANAGERS = 5000
LOCKED = 5001  # a room the bot's account is not a member of
TITLE = re.compile(r"\[title\]遅延タスク (\d+)月(\d+)日\(.\) (\d+):(\d\d) 時点")


def row(title: str, due: Due, who: str = "高橋 美咲", aid: int = 202, status=TaskStatus.OPEN):
    return BoardTask(
        task_id=f"cw-4001-{title}",
        status=status,
        title=title,
        assignee_names=(who,),
        assignee_ids=(aid,),
        due=due,
        room_id=4001,
        room_name="営業部",
        link=message_link(4001, "4001000001"),
    )


def sheet(day: date) -> list[BoardTask]:
    """The sheet as people left it on ``day``: 見積書 is marked done from 2027-01-13 on."""
    done = TaskStatus.DONE if day >= date(2027, 1, 13) else TaskStatus.OPEN
    return [
        row("年末の棚卸し", Due(day=date(2026, 12, 24)), "菅原 陸", 245),
        row("見積書の作成", Due(day=date(2027, 1, 6)), status=done),
        row("展示会の準備", Due(day=date(2027, 1, 12), at=time(17, 0))),
    ]


@pytest.fixture
def env(chatwork: ChatworkEmulator, store_url: str) -> Iterator[tuple[ChatworkClient, SqlStore]]:
    chatwork.add_room(MANAGERS, "マネージャー", [ME, 202, 245])
    chatwork.add_room(LOCKED, "役員室", [202])
    client = ChatworkClient(TOKEN, chatwork.base_url, sleep=lambda s: None)
    store = open_store(store_url)
    yield client, store
    store.close()
    client.close()


def morning(
    emu: ChatworkEmulator,
    client: ChatworkClient,
    store: SqlStore,
    now: datetime,
    rooms: list[int],
    reports: list[PostReport],
):
    """A scheduler as ``chatsync run`` builds it, its clock fixed at ``now``."""
    emu.set_time(now.timestamp())

    def digest() -> PostReport:
        report = post_digest(
            client,
            store,
            lambda: sheet(now.date()),
            now,
            room_ids=rooms,
            calendar=CAL,
            tz=TZ,
            pacer=RoomPacer(sleep=lambda s: None),
        )
        reports.append(report)
        return report

    return build_scheduler(lambda: None, digest, tz=TZ, calendar=CAL, clock=lambda: now)


def read_back(client: ChatworkClient) -> dict[date, list[str]]:
    """The digests in the managers' room, by the day in their title."""
    by_day: dict[date, list[str]] = {}
    for message in client.messages(MANAGERS):
        match = TITLE.search(message.body)
        assert message.account_id == ME and match
        month, day = int(match[1]), int(match[2])
        by_day.setdefault(date(2027 if month == 1 else 2026, month, day), []).append(message.body)
    return by_day


def run_days(emu, client, store, start: date, end: date) -> list[PostReport]:
    """Each day: the cron fire at 09:00, then a manual `chatsync digest` at 09:05."""
    reports: list[PostReport] = []
    day = start
    while day <= end:
        nine = datetime.combine(day, time(9, 0), TZ)
        morning(emu, client, store, nine, [MANAGERS], reports).get_job(DIGEST_JOB).func()
        manual = nine + timedelta(minutes=5)
        emu.set_time(manual.timestamp())
        reports.append(
            post_digest(client, store, sheet(day), manual, room_ids=[MANAGERS], calendar=CAL, tz=TZ)
        )
        day += timedelta(days=1)
    return reports


def test_week_of_coming_of_age_day(chatwork, env) -> None:
    client, store = env
    run_days(chatwork, client, store, date(2027, 1, 7), date(2027, 1, 14))
    posted = read_back(client)
    assert sorted(posted) == [date(2027, 1, d) for d in (7, 8, 12, 13, 14)]  # not 1/11 成人の日
    assert all(len(bodies) == 1 for bodies in posted.values())
    thu, tue, wed = (
        posted[date(2027, 1, 7)][0],
        posted[date(2027, 1, 12)][0],
        posted[date(2027, 1, 13)][0],
    )
    assert "・見積書の作成 — 期限 1/6(水) 1営業日超過 — 営業部" in thu
    assert "・年末の棚卸し — 期限 2026/12/24(木) 6営業日超過 — 営業部" in thu
    assert "[To:202]" in thu and "[To:245]" in thu
    # Tue 1/12: 見積書 is 3 business days late (1/7, 1/8, 1/12); 展示会 is due today at 17:00
    assert "・見積書の作成 — 期限 1/6(水) 3営業日超過" in tue
    assert "[hr]本日期限 1件\n・展示会の準備(高橋 美咲さん) — 17:00まで — 営業部" in tue
    # Wed 1/13: 見積書 marked done in the sheet; 展示会 now late
    assert "見積書" not in wed
    assert "・展示会の準備 — 期限 1/12(火) 17:00 1営業日超過 — 営業部" in wed
    assert [(room, day) for room, day, kind, mid in store.posts() if mid] == [
        (MANAGERS, date(2027, 1, d)) for d in (7, 8, 12, 13, 14)
    ]


def test_year_end_and_new_year(chatwork, env) -> None:
    client, store = env
    run_days(chatwork, client, store, date(2026, 12, 25), date(2027, 1, 5))
    posted = read_back(client)
    assert sorted(posted) == [
        date(2026, 12, 25),
        date(2026, 12, 28),
        date(2027, 1, 4),
        date(2027, 1, 5),
    ]
    assert all(len(bodies) == 1 for bodies in posted.values())
    assert "・年末の棚卸し — 期限 12/24(木) 1営業日超過" in posted[date(2026, 12, 25)][0]
    # 12/28, then 1/4: the year-end break is not counted
    assert "・年末の棚卸し — 期限 2026/12/24(木) 3営業日超過" in posted[date(2027, 1, 4)][0]


def test_restart_at_0930_after_a_missed_0900_posts_once(chatwork, env) -> None:
    client, store = env
    reports: list[PostReport] = []
    day = date(2027, 1, 14)
    # the service was down at 09:00; it starts at 09:30, and is restarted again at 09:45
    for hh, mm in ((9, 30), (9, 45)):
        now = datetime.combine(day, time(hh, mm), TZ)
        sched = morning(chatwork, client, store, now, [MANAGERS], reports)
        job = sched.get_job(CATCH_UP_JOB)
        assert job is not None
        job.func()
    posted = read_back(client)
    assert list(posted) == [day]
    assert len(posted[day]) == 1
    assert "9:30 時点" in posted[day][0]
    assert [r.results[0].status for r in reports] == ["posted", "already"]


def test_a_locked_room_is_named_and_the_others_get_theirs(chatwork, env) -> None:
    client, store = env
    reports: list[PostReport] = []
    now = datetime(2027, 1, 7, 9, 0, tzinfo=TZ)
    morning(chatwork, client, store, now, [LOCKED, MANAGERS], reports).get_job(DIGEST_JOB).func()
    (report,) = reports
    assert [(r.room_id, r.status) for r in report.results] == [
        (LOCKED, "failed"),
        (MANAGERS, "posted"),
    ]
    assert len(report.errors) == 1 and "room 5001" in report.errors[0]
    assert list(read_back(client)) == [date(2027, 1, 7)]
    assert [m.room_id for m in chatwork.posted()] == [MANAGERS]


def test_chatwork_down_at_0900_is_retried_within_the_grace(chatwork, env) -> None:
    client, store = env
    reports: list[PostReport] = []
    nine = datetime(2027, 1, 7, 9, 0, tzinfo=TZ)
    chatwork.inject_fault("503", count=1, path_prefix=f"/rooms/{MANAGERS}/messages", method="POST")
    sched = morning(chatwork, client, store, nine, [MANAGERS], reports)
    sched.get_job(DIGEST_JOB).func()
    assert reports[0].results[0].status == "failed" and reports[0].should_retry
    assert read_back(client) == {}
    retry = sched.get_job(RETRY_JOB)
    assert retry.trigger.get_next_fire_time(None, nine) == nine + timedelta(minutes=5)
    # the retry job runs at 09:05 (the scheduler's clock moves on)
    five_past = nine + timedelta(minutes=5)
    chatwork.set_time(five_past.timestamp())
    job = retry.func
    job.clock = lambda: five_past
    job()
    assert [r.results[0].status for r in reports] == ["failed", "posted"]
    assert list(read_back(client)) == [date(2027, 1, 7)]


def test_a_500_keeps_the_claim_and_nobody_gets_it_twice(chatwork, env) -> None:
    client, store = env
    reports: list[PostReport] = []
    nine = datetime(2027, 1, 7, 9, 0, tzinfo=TZ)
    chatwork.inject_fault("500", count=1, path_prefix=f"/rooms/{MANAGERS}/messages", method="POST")
    sched = morning(chatwork, client, store, nine, [MANAGERS], reports)
    sched.get_job(DIGEST_JOB).func()
    (result,) = reports[0].results
    assert result.status == "unsure" and "unknown whether it was posted" in result.error
    assert sched.get_job(RETRY_JOB) is None
    assert store.posts() == [(MANAGERS, date(2027, 1, 7), "digest", None)]
    assert read_back(client) == {}
