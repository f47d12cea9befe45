"""APScheduler 3.x wiring for ``chatsync run``: the poll loop and the morning digest.

- ``poll``: every ``interval_seconds`` from start-up, never two at once,
  missed runs coalesced into one.
- ``digest``: a cron job Monday–Friday at ``digest_time`` in the team's time
  zone. Cron cannot express Japanese holidays, 12/29–1/3 or company
  holidays, so the job itself asks the business calendar
  (:func:`should_run_digest`).
- A digest missed while the service was down is caught up at start-up while
  the morning's grace lasts (:func:`catch_up_digest`); a run that reports a
  retryable failure (Chatwork down) is retried every ``retry_seconds`` within
  the same grace. Both are safe because posting claims each room first
  (:mod:`chatsync.remind`).

The jobs receive no arguments: the callables close over their own clock and
ports. ``clock`` here only decides *whether* the digest is due.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from types import FrameType

from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from chatsync.calendar import BusinessCalendar
from chatsync.errors import ChatsyncError, TransientError

log = logging.getLogger(__name__)

POLL_JOB = "poll"
DIGEST_JOB = "digest"
CATCH_UP_JOB = "digest-catch-up"
RETRY_JOB = "digest-retry"

DEFAULT_INTERVAL_SECONDS = 300
DEFAULT_DIGEST_TIME = time(9, 0)
DEFAULT_GRACE_SECONDS = 3 * 3600
"""A 09:00 digest may still go out until 12:00; after that it would be news from yesterday."""
DEFAULT_RETRY_SECONDS = 300
MIN_GRACE_SECONDS = 60


# --------------------------------------------------------------------------- pure rules


def digest_window(
    day: date,
    *,
    tz: tzinfo,
    digest_time: time = DEFAULT_DIGEST_TIME,
    grace_seconds: float = DEFAULT_GRACE_SECONDS,
) -> tuple[datetime, datetime]:
    """[start, end) of the moments at which ``day``'s digest may be posted.

    At least a minute, so a grace of 0 still lets the scheduled run itself through.
    """
    start = datetime.combine(day, digest_time, tz)
    return start, start + timedelta(seconds=max(grace_seconds, MIN_GRACE_SECONDS))


def should_run_digest(
    now: datetime,
    *,
    calendar: BusinessCalendar,
    tz: tzinfo,
    digest_time: time = DEFAULT_DIGEST_TIME,
    grace_seconds: float = DEFAULT_GRACE_SECONDS,
) -> bool:
    """Whether the digest is due at ``now``: a business day, between digest time and grace end."""
    local = now.astimezone(tz)
    if not calendar.is_business_day(local.date()):
        return False
    start, end = digest_window(
        local.date(), tz=tz, digest_time=digest_time, grace_seconds=grace_seconds
    )
    return start <= local < end


def catch_up_digest(
    now: datetime,
    last_posted_day: date | None,
    *,
    calendar: BusinessCalendar,
    tz: tzinfo,
    digest_time: time = DEFAULT_DIGEST_TIME,
    grace_seconds: float = DEFAULT_GRACE_SECONDS,
) -> bool:
    """At start-up: post today's digest now, because it was missed and it is still the morning.

    ``last_posted_day`` only saves a needless run; the at-most-once claims
    make a catch-up safe even when it is not known.
    """
    if last_posted_day is not None and last_posted_day >= now.astimezone(tz).date():
        return False
    return should_run_digest(
        now, calendar=calendar, tz=tz, digest_time=digest_time, grace_seconds=grace_seconds
    )


def digest_trigger(tz: tzinfo, digest_time: time = DEFAULT_DIGEST_TIME) -> CronTrigger:
    """Monday–Friday at ``digest_time``; holidays are filtered inside the job."""
    return CronTrigger(
        day_of_week="mon-fri",
        hour=digest_time.hour,
        minute=digest_time.minute,
        second=digest_time.second,
        timezone=tz,
    )


# --------------------------------------------------------------------------- jobs


def _guarded(name: str, job: Callable[[], object]) -> Callable[[], object]:
    """Log a failed cycle in one line (the next cycle is the retry) instead of dying."""

    def run() -> object:
        try:
            return job()
        except ChatsyncError as exc:
            log.error("%s failed: %s", name, exc)
        except Exception:
            log.exception("%s failed unexpectedly", name)
        return None

    run.__name__ = f"chatsync_{name}"
    return run


class DigestJob:
    """The digest job: runs the digest when due, and schedules a retry when told to.

    A retry is scheduled when the digest raises a :class:`TransientError` or
    returns something whose ``should_retry`` is true (``remind.PostReport``).
    """

    def __init__(
        self,
        scheduler: BlockingScheduler,
        digest: Callable[[], object],
        *,
        clock: Callable[[], datetime],
        calendar: BusinessCalendar,
        tz: tzinfo,
        digest_time: time,
        grace_seconds: float,
        retry_seconds: float,
    ) -> None:
        self.scheduler = scheduler
        self.digest = digest
        self.clock = clock
        self.calendar = calendar
        self.tz = tz
        self.digest_time = digest_time
        self.grace_seconds = grace_seconds
        self.retry_seconds = retry_seconds

    def __call__(self) -> object:
        now = self.clock()
        if not should_run_digest(
            now,
            calendar=self.calendar,
            tz=self.tz,
            digest_time=self.digest_time,
            grace_seconds=self.grace_seconds,
        ):
            log.info("no digest at %s (not a business morning)", now.isoformat())
            return None
        retry = False
        result: object = None
        try:
            result = self.digest()
            retry = bool(getattr(result, "should_retry", False))
        except TransientError as exc:
            log.warning("digest failed, may pass: %s", exc)
            retry = True
        except ChatsyncError as exc:
            log.error("digest failed: %s", exc)
        except Exception:
            log.exception("digest failed unexpectedly")
        if retry:
            self._schedule_retry(now)
        return result

    def _schedule_retry(self, now: datetime) -> None:
        at = now + timedelta(seconds=self.retry_seconds)
        _, end = digest_window(
            now.astimezone(self.tz).date(),
            tz=self.tz,
            digest_time=self.digest_time,
            grace_seconds=self.grace_seconds,
        )
        if at >= end:
            log.error("the digest could not be posted this morning and the grace period is over")
            return
        log.info("digest will be retried at %s", at.isoformat())
        self.scheduler.add_job(
            self,
            DateTrigger(run_date=at, timezone=self.tz),
            id=RETRY_JOB,
            name=RETRY_JOB,
            replace_existing=True,
            max_instances=1,
            misfire_grace_time=int(max(self.grace_seconds, MIN_GRACE_SECONDS)),
        )


def build_scheduler(
    poll: Callable[[], object],
    digest: Callable[[], object],
    *,
    tz: tzinfo,
    calendar: BusinessCalendar,
    interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
    digest_time: time = DEFAULT_DIGEST_TIME,
    grace_seconds: float = DEFAULT_GRACE_SECONDS,
    retry_seconds: float = DEFAULT_RETRY_SECONDS,
    last_posted_day: date | None = None,
    clock: Callable[[], datetime] | None = None,
) -> BlockingScheduler:
    """The service's scheduler, not started (``run_forever`` starts it).

    ``clock`` defaults to the wall clock in ``tz``; tests pass a fixed one.
    """
    if interval_seconds <= 0:
        raise ValueError("interval_seconds must be positive")
    now_fn = clock or (lambda: datetime.now(tz))
    now = now_fn()
    scheduler = BlockingScheduler(timezone=tz)
    scheduler.add_job(
        _guarded(POLL_JOB, poll),
        IntervalTrigger(seconds=interval_seconds, timezone=tz),
        id=POLL_JOB,
        name=POLL_JOB,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=max(1, int(interval_seconds)),
        next_run_time=now,  # poll at start-up, then on the interval
    )
    job = DigestJob(
        scheduler,
        digest,
        clock=now_fn,
        calendar=calendar,
        tz=tz,
        digest_time=digest_time,
        grace_seconds=grace_seconds,
        retry_seconds=retry_seconds,
    )
    scheduler.add_job(
        job,
        digest_trigger(tz, digest_time),
        id=DIGEST_JOB,
        name=DIGEST_JOB,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=int(max(grace_seconds, MIN_GRACE_SECONDS)),
    )
    if catch_up_digest(
        now,
        last_posted_day,
        calendar=calendar,
        tz=tz,
        digest_time=digest_time,
        grace_seconds=grace_seconds,
    ):
        log.info("the digest of %s was missed: posting it at start-up", now.date())
        scheduler.add_job(
            job,
            DateTrigger(run_date=now, timezone=tz),
            id=CATCH_UP_JOB,
            name=CATCH_UP_JOB,
            max_instances=1,
            misfire_grace_time=int(max(grace_seconds, MIN_GRACE_SECONDS)),
        )
    return scheduler


# --------------------------------------------------------------------------- running


def run_forever(
    scheduler: BlockingScheduler,
    *,
    signals: Iterable[signal.Signals] = (signal.SIGTERM, signal.SIGINT),
) -> None:
    """Run until SIGTERM/SIGINT; the running cycle is finished, then the process may exit.

    A second signal while finishing restores the previous handlers' effect
    (abandoning the cycle is safe: every store step is its own transaction).
    Must be called from the main thread.
    """
    wanted = tuple(signals)
    previous = {sig: signal.getsignal(sig) for sig in wanted}
    stopper: list[threading.Thread] = []

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if stopper:
            return
        log.info(
            "%s received: finishing the current cycle, then stopping", signal.Signals(signum).name
        )
        restore()  # a second signal acts as it would without us
        # shutdown(wait=True) joins the job threads; never block the signal handler on it.
        thread = threading.Thread(target=_shutdown, args=(scheduler,), name="chatsync-shutdown")
        stopper.append(thread)
        thread.start()

    for sig in wanted:
        signal.signal(sig, on_signal)
    try:
        if not stopper:
            scheduler.start()
    except BaseException:
        restore()  # a second signal (or a crash): abandon the cycle, do not wait for it
        raise
    restore()
    for thread in stopper:
        thread.join()
    log.info("scheduler stopped")


def _shutdown(scheduler: BlockingScheduler) -> None:
    try:
        scheduler.shutdown(wait=True)
    except SchedulerNotRunningError:
        log.debug("scheduler already stopped")
