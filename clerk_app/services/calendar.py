"""The body's working-day calendar and deadline computation (R90)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clerk_app.domain.calendar import (
    Deadline,
    PeriodUnit,
    WorkingCalendar,
    compute_due,
    quarterly_report_due,
)
from clerk_app.errors import FieldIssue, ValidationError
from storage.repositories import calendar as calendar_repo
from storage.store import Store


@dataclass(frozen=True)
class CalendarCorrection:
    day: date
    is_working: bool
    note: str | None


@dataclass
class CalendarService:
    store: Store

    def calendar(self) -> WorkingCalendar:
        with self.store.read() as session:
            return calendar_repo.working_calendar(session)

    def corrections(self) -> list[CalendarCorrection]:
        with self.store.read() as session:
            return [CalendarCorrection(d, w, n) for d, w, n in calendar_repo.corrections(session)]

    def set_day(self, day: date, *, is_working: bool, note: str | None = None) -> None:
        """A moved day off (``is_working=False``) or a declared working day (``True``)."""
        if note is not None and len(note) > 300:
            raise ValidationError([FieldIssue("note", "field.too_long", "is longer than 300 characters")])
        with self.store.write() as session:
            calendar_repo.set_day(session, day, is_working=is_working, note=note)

    def remove_day(self, day: date) -> bool:
        with self.store.write() as session:
            return calendar_repo.remove_day(session, day)

    def due(self, start: date | datetime, amount: int, unit: PeriodUnit) -> Deadline:
        try:
            return compute_due(start, amount, unit, self.calendar())
        except ValueError as exc:
            raise ValidationError([FieldIssue("days", "deadline.bad_period", str(exc))]) from None

    def quarterly_report_due(self, year: int, quarter: int) -> Deadline:
        try:
            return quarterly_report_due(year, quarter, self.calendar())
        except ValueError as exc:
            raise ValidationError([FieldIssue("quarter", "deadline.bad_quarter", str(exc))]) from None
