"""Japanese business days: weekends, public holidays (jpholiday, substitute
holidays included), the 12/29–1/3 year-end break and company holidays.

Shared by the deadline parser (N営業日以内), the digest (days late) and the
scheduler (digest mornings), so all three agree on what a business day is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import jpholiday


class BusinessCalendar:
    def __init__(self, company_holidays: Iterable[date] = ()) -> None:
        self.company_holidays = frozenset(company_holidays)

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
            return False
        if day in self.company_holidays:
            return False
        return not jpholiday.is_holiday(day)

    def add_business_days(self, day: date, n: int) -> date:
        """The n-th business day after ``day`` (n ≥ 0; n = 0 → ``day`` itself)."""
        current = day
        while n > 0:
            current += timedelta(days=1)
            if self.is_business_day(current):
                n -= 1
        return current

    def next_business_day(self, day: date) -> date:
        """``day`` itself when it is a business day, else the next one."""
        current = day
        while not self.is_business_day(current):
            current += timedelta(days=1)
        return current

    def business_days_between(self, start: date, end: date) -> int:
        """Business days in (start, end]: a task due Friday is 1 late on Monday."""
        if end <= start:
            return 0
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_business_day(current):
                count += 1
        return count
