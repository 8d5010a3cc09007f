"""The body's working-day calendar and deadline computation (R90)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clerk_app.domain.accounts import Permission
from clerk_app.domain.calendar import (
    Deadline,
    PeriodUnit,
    WorkingCalendar,
    compute_due,
    quarterly_report_due,
)
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services.context import Actor, require
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

    def set_day(self, day: date, *, is_working: bool, note: str | None = None, actor: Actor | None = None) -> None:
        """A moved day off (``is_working=False``) or a declared working day (``True``)."""
        require(actor, Permission.SETTINGS)
        if note is not None and len(note) > 300:
            raise ValidationError([FieldIssue("note", "field.too_long", "is longer than 300 characters")])
        with self.store.write() as session:
            calendar_repo.set_day(session, day, is_working=is_working, note=note)

    def remove_day(self, day: date, *, actor: Actor | None = None) -> bool:
        require(actor, Permission.SETTINGS)
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

    def public_holidays(self, year: int) -> list[PublicHoliday]:
        """The days off the calendar knows for the year before any correction (the ``holidays``
        package), for the settings screen to show; names are the package's English ones, which
        the interface translates."""
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError([FieldIssue("year", "field.out_of_range", f"is outside {MIN_YEAR}-{MAX_YEAR}")])
        import holidays

        found = holidays.country_holidays("KZ", years=year, language="en_US")
        return [_holiday(day, name) for day, names in sorted(found.items()) for name in names.split("; ")]

    def save_corrections(
        self, days: Sequence[CalendarCorrection], removed: Sequence[date], *, actor: Actor | None = None
    ) -> list[CalendarCorrection]:
        """The settings screen's Apply: days added or changed and days removed, in one transaction.
        A correction that changes nothing (a working day made working, a Sunday made a day off) is
        refused: it is almost always the wrong day picked."""
        require(actor, Permission.SETTINGS)
        issues: list[FieldIssue] = []
        for entry in days:
            field = f"corrections.{entry.day.isoformat()}"
            if not MIN_YEAR <= entry.day.year <= MAX_YEAR:
                issues.append(FieldIssue(f"{field}.day", "field.out_of_range", f"is outside {MIN_YEAR}-{MAX_YEAR}"))
            elif changes_nothing(entry.day, is_working=entry.is_working):
                issues.append(FieldIssue(f"{field}.day", "calendar.no_change", "the day is like that anyway"))
            if entry.note is not None and len(entry.note) > MAX_NOTE:
                issues.append(FieldIssue(f"{field}.note", "field.too_long", f"is longer than {MAX_NOTE} characters"))
            elif entry.note is not None and _CONTROL_CHARS.search(entry.note):
                issues.append(FieldIssue(f"{field}.note", "field.bad_characters", "contains control characters"))
        if issues:
            raise ValidationError(issues)
        with self.store.write() as session:
            for day in removed:
                calendar_repo.remove_day(session, day)
            for entry in days:
                note = entry.note.strip() if entry.note and entry.note.strip() else None
                calendar_repo.set_day(session, entry.day, is_working=entry.is_working, note=note)
        return self.corrections()


def changes_nothing(day: date, *, is_working: bool) -> bool:
    """A correction that makes a day what the public holidays and weekends make it anyway (a
    working day made working, a Sunday made a day off): almost always the wrong day picked."""
    return WorkingCalendar().is_working_day(day) == is_working


MIN_YEAR, MAX_YEAR = 1991, 2100
MAX_NOTE = 300  # calendar_day.note
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)$")
_MARKS = {" (observed)": "observed", " (estimated)": "estimated"}


@dataclass(frozen=True)
class PublicHoliday:
    day: date
    name: str  # the holiday's English name without the marks below ("" for a moved day off)
    observed: bool = False  # a day off carried over from a holiday that fell on a weekend
    estimated: bool = False  # a lunar date the package estimates (Kurban ait)
    substituted_from: date | None = None  # a day off moved here from that (working) day


def _holiday(day: date, name: str) -> PublicHoliday:
    moved = _SUBSTITUTED.match(name)
    if moved:  # the package writes the date US-style: month/day/year
        month, dom, year = (int(g) for g in moved.groups())
        return PublicHoliday(day, "", substituted_from=date(year, month, dom))
    marks = {flag: False for flag in _MARKS.values()}
    for suffix, flag in _MARKS.items():
        if name.endswith(suffix):
            name, marks[flag] = name.removesuffix(suffix), True
    return PublicHoliday(day, name, observed=marks["observed"], estimated=marks["estimated"])
