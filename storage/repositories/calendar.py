"""Corrections to the working-day calendar (moved days off, working Saturdays)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clerk_app.domain.calendar import WorkingCalendar, calendar_from
from storage.models import CalendarDay


def corrections(session: Session) -> list[tuple[date, bool, str | None]]:
    rows = session.execute(select(CalendarDay.day, CalendarDay.is_working, CalendarDay.note).order_by(CalendarDay.day))
    return [(r.day, r.is_working, r.note) for r in rows]


def working_calendar(session: Session) -> WorkingCalendar:
    """Public holidays plus this store's corrections."""
    rows = corrections(session)
    return calendar_from((d for d, working, _ in rows if not working), (d for d, working, _ in rows if working))


def set_day(session: Session, day: date, *, is_working: bool, note: str | None) -> None:
    row = session.get(CalendarDay, day)
    if row is None:
        session.add(CalendarDay(day=day, is_working=is_working, note=note))
    else:
        row.is_working, row.note = is_working, note


def remove_day(session: Session, day: date) -> bool:
    return bool(session.execute(delete(CalendarDay).where(CalendarDay.day == day)).rowcount)  # type: ignore[attr-defined]
