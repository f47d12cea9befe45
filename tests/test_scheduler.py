"""The scheduler's rules and wiring, with fixed clocks (nothing sleeps)."""

from __future__ import annotations

import os
import signal
import threading
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from chatsync.calendar import BusinessCalendar
from chatsync.errors import AuthError, NetworkError
from chatsync.scheduler import (
    CATCH_UP_JOB,
    DIGEST_JOB,
    POLL_JOB,
    RETRY_JOB,
    DigestJob,
    build_scheduler,
    catch_up_digest,
    digest_trigger,
    run_forever,
    should_run_digest,
)

TZ = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar()

JAN_WEEK = [date(2027, 1, d) for d in (7, 8, 12, 13, 14)]  # 1/9-10 weekend, 1/11 成人の日
YEAR_END = [date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 5)]


def at(day: date, hh: int = 9, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), TZ)


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(n) for n in range((end - start).days + 1)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2027, 1, 7), date(2027, 1, 14), JAN_WEEK),
        (date(2026, 12, 25), date(2027, 1, 5), YEAR_END),
    ],
)
def test_digest_runs_on_exactly_the_business_mornings(start, end, expected) -> None:
    assert [
        d for d in days(start, end) if should_run_digest(at(d), calendar=CAL, tz=TZ)
    ] == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2027, 1, 7), date(2027, 1, 14), JAN_WEEK),
        (date(2026, 12, 25), date(2027, 1, 5), YEAR_END),
    ],
)
def test_cron_fires_then_the_job_filters_holidays(start, end, expected) -> None:
    """Walk the real trigger's fire times and run the real job at each."""
    calls: list[date] = []
    clock = {"now": at(start, 0, 0)}
    sched = build_scheduler(
        lambda: None,
        lambda: calls.append(clock["now"].date()),
        tz=TZ,
        calendar=CAL,
        clock=lambda: clock["now"],
    )
    job = sched.get_job(DIGEST_JOB)
    previous = None
    while True:
        fire = job.trigger.get_next_fire_time(previous, clock["now"])
        if fire.date() > end:
            break
        assert fire.timetz() == time(9, 0, tzinfo=TZ) and fire.weekday() < 5
        clock["now"] = fire
        job.func()
        previous = fire
    assert calls == expected


def test_digest_window_edges_and_company_holidays() -> None:
    thu = date(2027, 1, 7)
    assert not should_run_digest(at(thu, 8, 59), calendar=CAL, tz=TZ)
    assert should_run_digest(at(thu, 9, 0), calendar=CAL, tz=TZ)
    assert should_run_digest(at(thu, 11, 59), calendar=CAL, tz=TZ)
    assert not should_run_digest(at(thu, 12, 0), calendar=CAL, tz=TZ)
    assert should_run_digest(at(thu, 12, 0), calendar=CAL, tz=TZ, grace_seconds=4 * 3600)
    assert should_run_digest(at(thu, 8, 30), calendar=CAL, tz=TZ, digest_time=time(8, 30))
    assert not should_run_digest(at(thu), calendar=BusinessCalendar([thu]), tz=TZ)
    # no grace: the scheduled run itself still goes out, a restart at 09:30 does not
    assert should_run_digest(at(thu, 9, 0), calendar=CAL, tz=TZ, grace_seconds=0)
    assert not should_run_digest(at(thu, 9, 30), calendar=CAL, tz=TZ, grace_seconds=0)
    # a UTC 'now' is read in the team's time zone: 00:30 UTC is 09:30 JST
    utc = datetime(2027, 1, 7, 0, 30, tzinfo=ZoneInfo("UTC"))
    assert should_run_digest(utc, calendar=CAL, tz=TZ)


def test_catch_up_only_for_a_missed_digest_still_in_the_morning() -> None:
    thu = date(2027, 1, 7)
    assert catch_up_digest(at(thu, 9, 30), None, calendar=CAL, tz=TZ)
    assert catch_up_digest(at(thu, 9, 30), date(2027, 1, 6), calendar=CAL, tz=TZ)
    assert not catch_up_digest(at(thu, 9, 30), thu, calendar=CAL, tz=TZ)
    assert not catch_up_digest(at(thu, 8, 0), None, calendar=CAL, tz=TZ)
    assert not catch_up_digest(at(thu, 12, 30), None, calendar=CAL, tz=TZ)
    assert not catch_up_digest(at(date(2027, 1, 11), 9, 30), None, calendar=CAL, tz=TZ)


def test_jobs_and_triggers() -> None:
    now = at(date(2027, 1, 8), 9, 30)  # Friday, after the digest time
    sched = build_scheduler(
        lambda: None,
        lambda: None,
        tz=TZ,
        calendar=CAL,
        interval_seconds=120,
        last_posted_day=date(2027, 1, 8),
        clock=lambda: now,
    )
    assert {j.id for j in sched.get_jobs()} == {POLL_JOB, DIGEST_JOB}
    poll = sched.get_job(POLL_JOB)
    assert isinstance(poll.trigger, IntervalTrigger)
    assert poll.trigger.interval == timedelta(seconds=120)
    assert (poll.max_instances, poll.coalesce, poll.next_run_time) == (1, True, now)
    digest = sched.get_job(DIGEST_JOB)
    assert isinstance(digest.trigger, CronTrigger)
    assert (digest.max_instances, digest.coalesce, digest.misfire_grace_time) == (1, True, 10800)
    # next fire from Friday 09:30 is Monday 09:00 (成人の日: the job will skip it)
    assert digest.trigger.get_next_fire_time(None, now) == at(date(2027, 1, 11))
    assert digest_trigger(TZ, time(8, 15)).get_next_fire_time(None, at(date(2027, 1, 7), 8, 0)) == (
        at(date(2027, 1, 7), 8, 15)
    )


def test_restart_after_a_missed_digest_catches_up_once() -> None:
    calls: list[datetime] = []
    now = at(date(2027, 1, 7), 9, 30)
    sched = build_scheduler(
        lambda: None, lambda: calls.append(now), tz=TZ, calendar=CAL, clock=lambda: now
    )
    catch_up = sched.get_job(CATCH_UP_JOB)
    assert isinstance(catch_up.trigger, DateTrigger)
    assert catch_up.trigger.get_next_fire_time(None, now) == now
    catch_up.func()
    assert calls == [now]
    # the cron job's next run is tomorrow, so the morning is not posted twice by the scheduler
    assert sched.get_job(DIGEST_JOB).trigger.get_next_fire_time(None, now) == at(date(2027, 1, 8))
    for hh in (8, 13):
        early_or_late = build_scheduler(
            lambda: None, lambda: None, tz=TZ, calendar=CAL, clock=lambda h=hh: at(now.date(), h)
        )
        assert early_or_late.get_job(CATCH_UP_JOB) is None


def _job(digest, now: datetime) -> tuple[DigestJob, object]:
    sched = build_scheduler(lambda: None, digest, tz=TZ, calendar=CAL, clock=lambda: now)
    job = sched.get_job(DIGEST_JOB).func
    assert isinstance(job, DigestJob)
    return job, sched


@pytest.mark.parametrize(
    ("outcome", "retry"),
    [
        (SimpleNamespace(should_retry=True), True),
        (SimpleNamespace(should_retry=False), False),
        (NetworkError("Chatwork unreachable"), True),
        (AuthError("token refused"), False),
        (RuntimeError("bug"), False),
    ],
)
def test_digest_retries_within_the_grace_when_told_to(outcome, retry) -> None:
    def digest():
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    now = at(date(2027, 1, 7), 9, 0)
    job, sched = _job(digest, now)
    job()
    retry_job = sched.get_job(RETRY_JOB)
    assert (retry_job is not None) == retry
    if retry:
        assert retry_job.trigger.get_next_fire_time(None, now) == now + timedelta(minutes=5)


def test_no_retry_past_the_grace() -> None:
    now = at(date(2027, 1, 7), 11, 56)
    job, sched = _job(lambda: SimpleNamespace(should_retry=True), now)
    job()
    assert sched.get_job(RETRY_JOB) is None


def test_poll_failures_are_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def poll():
        raise NetworkError("Chatwork unreachable")

    sched = build_scheduler(
        poll, lambda: None, tz=TZ, calendar=CAL, clock=lambda: at(date(2027, 1, 7))
    )
    assert sched.get_job(POLL_JOB).func() is None
    assert "poll failed: Chatwork unreachable" in caplog.text


def test_sigterm_finishes_the_running_cycle_then_stops() -> None:
    events: list[str] = []
    sent = threading.Event()

    def poll() -> None:
        events.append("poll started")
        os.kill(os.getpid(), signal.SIGTERM)
        sent.set()
        events.append("poll finished")

    before = signal.getsignal(signal.SIGTERM)
    sched = build_scheduler(poll, lambda: None, tz=TZ, calendar=CAL, interval_seconds=3600)
    run_forever(sched)
    events.append("stopped")
    assert sent.is_set()
    assert events == ["poll started", "poll finished", "stopped"]
    assert not sched.running
    assert signal.getsignal(signal.SIGTERM) is before
