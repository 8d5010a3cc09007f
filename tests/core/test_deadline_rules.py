"""Deadline rules as data: documented defaults with sources, editable by the body, applied by kind."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import NotFoundError, ValidationError
from clerk_app.services.deadline_rules import DeadlineRuleService
from clerk_app.services.registry import Registry


def test_defaults_cite_their_sources(registry: Registry) -> None:
    rules = {r.code: r for r in DeadlineRuleService(registry.store).rules()}
    assert (rules["seller_answer"].amount, rules["seller_answer"].unit) == (10, PeriodUnit.CALENDAR_DAYS)
    assert (rules["state_body_appeal"].amount, rules["state_body_appeal"].unit) == (15, PeriodUnit.WORKING_DAYS)
    assert (rules["refusal_decision"].amount, rules["personal_data_request"].amount) == (5, 1)
    assert "42-4" in rules["seller_answer"].legal_source and "art. 76" in rules["state_body_appeal"].legal_source
    every_kind = {k for r in rules.values() for k in r.applies_to_kinds}
    assert every_kind == set(AppealKind)  # every appeal kind has a period


def test_due_for_an_appeal_and_editing_a_period(registry: Registry) -> None:
    service = DeadlineRuleService(registry.store)
    registered = datetime(2025, 3, 20, 6, 0, tzinfo=UTC)  # 11:00 in Astana, Thursday 20 March 2025
    found = service.due_for(AppealKind.STATE_MEASURES_SELLER, registered)
    assert found is not None and found[0].code == "state_body_appeal"
    # 15 working days from the day after: 21-25 March are days off; 26 March ... 15 April
    assert found[1].due == date(2025, 4, 15)
    changed = service.set_period("pretrial_consideration", 15, PeriodUnit.WORKING_DAYS)
    assert (changed.amount, changed.is_default) == (15, False)
    assert service.due_for(AppealKind.PRETRIAL_SETTLEMENT, registered)[1].due == date(2025, 4, 15)  # type: ignore[index]
    with pytest.raises(NotFoundError):
        service.set_period("nonexistent", 3, PeriodUnit.WORKING_DAYS)
    with pytest.raises(ValidationError):
        service.set_period("seller_answer", 0, PeriodUnit.CALENDAR_DAYS)
