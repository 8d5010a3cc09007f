"""The Kazakhstan working-day calendar and deadline arithmetic (R90), with dates checked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clerk_app.domain.calendar import PeriodUnit, WorkingCalendar, compute_due, quarterly_report_due
from clerk_app.errors import ValidationError
from clerk_app.services.calendar import CalendarService
from clerk_app.services.registry import Registry

PLAIN = WorkingCalendar()


def test_public_holidays_and_weekends() -> None:
    assert not PLAIN.is_working_day(date(2025, 3, 21))  # Nauryz
    assert not PLAIN.is_working_day(date(2025, 3, 24))  # Nauryz falling on the weekend, observed Monday
    assert not PLAIN.is_working_day(date(2025, 12, 16))  # Independence Day
    assert not PLAIN.is_working_day(date(2025, 1, 3))  # the day off moved in 2025 (from the weekend)
    assert not PLAIN.is_working_day(date(2026, 11, 28))  # a Saturday
    assert PLAIN.is_working_day(date(2026, 11, 23))  # an ordinary Monday


def test_calendar_days_move_off_a_day_off() -> None:
    # 14 March 2025 + 10 days = Mon 24 March, a holiday; 25 March too: due Wed 26 March
    deadline = compute_due(date(2025, 3, 14), 10, PeriodUnit.CALENDAR_DAYS, PLAIN)
    assert (deadline.due, deadline.moved_from) == (date(2025, 3, 26), date(2025, 3, 24))
    # seller's answer to a claim (10 calendar days) received Mon 3 Nov 2025: Thu 13 Nov, a working day
    assert compute_due(date(2025, 11, 3), 10, PeriodUnit.CALENDAR_DAYS, PLAIN).moved_from is None


def test_working_days_start_the_day_after() -> None:
    # Thu 20 March 2025: 21-25 March are days off, then 26, 27, 28, 31 March, 1 April
    assert compute_due(date(2025, 3, 20), 5, PeriodUnit.WORKING_DAYS, PLAIN).due == date(2025, 4, 1)
    # Tue 24 Nov 2026 + 15 working days (APPK art. 76), counted from Wed 25 Nov
    due = compute_due(date(2026, 11, 24), 15, PeriodUnit.WORKING_DAYS, PLAIN)
    working = [d for d in (date(2026, 11, 25 + i) for i in range(6)) if PLAIN.is_working_day(d)]
    assert working[:4] == [date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 30)]
    assert due.due == date(2026, 12, 15)  # 25,26,27,30 Nov; 1,2,3,4,7,8,9,10,11,14,15 Dec


def test_a_working_day_period_across_independence_day() -> None:
    # Fri 11 Dec 2026 + 3 working days: 14, 15, (16 off), 17 December
    assert compute_due(date(2026, 12, 11), 3, PeriodUnit.WORKING_DAYS, PLAIN).due == date(2026, 12, 17)


def test_24_hour_periods_run_through_days_off() -> None:
    deadline = compute_due(datetime(2025, 3, 20, 15, 30), 48, PeriodUnit.HOURS, PLAIN)
    assert deadline.due_at == datetime(2025, 3, 22, 15, 30) and deadline.due == date(2025, 3, 22)


def test_corrections_make_a_saturday_working_and_a_weekday_off() -> None:
    corrected = WorkingCalendar(extra_days_off=frozenset({date(2026, 12, 14)}), extra_working_days=frozenset({date(2026, 12, 12)}))
    # Fri 11 Dec + 3 working days: Sat 12 (declared working), Mon 14 is now off, 15, (16 off), 17
    assert compute_due(date(2026, 12, 11), 3, PeriodUnit.WORKING_DAYS, corrected).due == date(2026, 12, 17)
    assert [corrected.is_working_day(date(2026, 12, d)) for d in (12, 14)] == [True, False]


def test_quarterly_report_deadline() -> None:
    assert quarterly_report_due(2026, 1, PLAIN).due == date(2026, 4, 30)  # a Thursday
    assert quarterly_report_due(2026, 4, PLAIN).due == date(2027, 2, 1)  # 30 Jan 2027 is a Saturday
    assert quarterly_report_due(2025, 2, PLAIN).due == date(2025, 7, 30)
    with pytest.raises(ValueError):
        quarterly_report_due(2026, 5, PLAIN)


def test_absurd_periods_are_refused() -> None:
    for amount in (-1, 100_000):
        with pytest.raises(ValueError):
            compute_due(date(2026, 1, 1), amount, PeriodUnit.WORKING_DAYS, PLAIN)


def test_stored_corrections_on_both_backends(registry: Registry) -> None:
    service = CalendarService(registry.store)
    service.set_day(date(2026, 12, 12), is_working=True, note="Үкімет қаулысы")
    service.set_day(date(2026, 12, 14), is_working=False)
    assert [(c.day, c.is_working) for c in service.corrections()] == [(date(2026, 12, 12), True), (date(2026, 12, 14), False)]
    assert service.due(date(2026, 12, 11), 3, PeriodUnit.WORKING_DAYS).due == date(2026, 12, 17)
    assert service.remove_day(date(2026, 12, 14)) and not service.remove_day(date(2026, 12, 14))
    with pytest.raises(ValidationError):
        service.due(date(2026, 1, 1), -5, PeriodUnit.CALENDAR_DAYS)
