"""Kazakhstan's working-day calendar and legal deadline arithmetic (R90).

Working days are Monday to Friday, minus public holidays (the ``holidays`` package's KZ calendar,
including the days off it knows were moved), minus the days off the government moves each year,
plus the Saturdays it declares working — the last two kept in the store's ``calendar_day`` table,
edited by the body and shared by sync, because such transfers are announced late every year.

Three kinds of period:
- calendar days: the period starts the day after the event; a due date that falls on a day off
  moves to the next working day;
- working days: counted from the day after the event, over working days only;
- 24-hour periods (тәулік): counted in hours from the moment of the event, with no adjustment —
  they run through nights and holidays alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

MAX_PERIOD_DAYS = 3660  # ten years: anything longer is a typo


class PeriodUnit(StrEnum):
    CALENDAR_DAYS = "calendar"
    WORKING_DAYS = "working"
    HOURS = "hours"


@dataclass(frozen=True)
class WorkingCalendar:
    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    _public: dict[int, frozenset[date]] = field(default_factory=dict, compare=False, repr=False)

    def public_holidays(self, year: int) -> frozenset[date]:
        if year not in self._public:
            import holidays

            self._public[year] = frozenset(holidays.country_holidays("KZ", years=year))
        return self._public[year]

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off or day in self.public_holidays(day.year):
            return False
        return day.weekday() < 5

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        for _ in range(MAX_PERIOD_DAYS):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise ValueError("no working day within ten years")

    def days_off_between(self, first: date, last: date) -> list[date]:
        span = (last - first).days
        return [first + timedelta(days=i) for i in range(span + 1) if not self.is_working_day(first + timedelta(days=i))]


@dataclass(frozen=True)
class Deadline:
    due: date
    due_at: datetime | None  # for 24-hour periods: the moment the period ends
    moved_from: date | None  # a calendar-day due date that fell on a day off


def compute_due(start: date | datetime, amount: int, unit: PeriodUnit, calendar: WorkingCalendar) -> Deadline:
    """When a period of ``amount`` units that starts with the event on ``start`` runs out."""
    if amount < 0 or (unit is not PeriodUnit.HOURS and amount > MAX_PERIOD_DAYS) or amount > MAX_PERIOD_DAYS * 24:
        raise ValueError("the period must be between 0 and ten years")
    if unit is PeriodUnit.HOURS:
        moment = start if isinstance(start, datetime) else datetime(start.year, start.month, start.day)
        end = moment + timedelta(hours=amount)
        return Deadline(due=end.date(), due_at=end, moved_from=None)
    day = start.date() if isinstance(start, datetime) else start
    if unit is PeriodUnit.CALENDAR_DAYS:
        raw = day + timedelta(days=amount)
        due = calendar.next_working_day(raw)
        return Deadline(due=due, due_at=None, moved_from=raw if due != raw else None)
    counted = 0
    while counted < amount:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return Deadline(due=calendar.next_working_day(day) if amount == 0 else day, due_at=None, moved_from=None)


def one_working_day_after(day: date, calendar: WorkingCalendar) -> date:
    """The due date of a one-working-day period that starts on ``day`` (a blocking request, R46; a
    breach notice, R47): the first working day after it."""
    return compute_due(day, 1, PeriodUnit.WORKING_DAYS, calendar).due


def quarterly_report_due(year: int, quarter: int, calendar: WorkingCalendar) -> Deadline:
    """cl. 9: by the 30th day of the month after the quarter (30 Apr, 30 Jul, 30 Oct, 30 Jan),
    moved to the next working day when that is a day off."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError("a quarter is 1 to 4")
    raw = date(year + 1, 1, 30) if quarter == 4 else date(year, quarter * 3 + 1, 30)
    due = calendar.next_working_day(raw)
    return Deadline(due=due, due_at=None, moved_from=raw if due != raw else None)


def calendar_from(days_off: Iterable[date], working_days: Iterable[date]) -> WorkingCalendar:
    return WorkingCalendar(extra_days_off=frozenset(days_off), extra_working_days=frozenset(working_days))
