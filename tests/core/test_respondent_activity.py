"""The respondent's field of activity (cl. 9 report): entered at registration, kept once per
respondent, the latest judgement wins, a wrong value is refused by name."""

from __future__ import annotations

import pytest

from clerk_app.domain.enums import ActivityField
from clerk_app.errors import ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import REAL_BINS, incoming

CLERK = Actor("clerk")


def _with_activity(activity: str | None) -> dict:  # type: ignore[type-arg]
    data = incoming()
    data["respondent"] = {**data["respondent"], "activity": activity}
    return data


def test_the_field_of_activity_is_kept_with_the_respondent(registry: Registry) -> None:
    card = registry.registration.register_json(_with_activity("online_trade"), CLERK)
    assert card.respondent is not None and card.respondent.activity is ActivityField.ONLINE_TRADE
    assert registry.cards.get(card.number).respondent.activity is ActivityField.ONLINE_TRADE  # type: ignore[union-attr]
    # a later appeal naming the same respondent without a field keeps it; one naming another field changes it
    again = registry.registration.register_json(_with_activity(None), CLERK, confirm_duplicate=True)
    assert again.respondent is not None and again.respondent.activity is ActivityField.ONLINE_TRADE
    third = registry.registration.register_json(_with_activity("retail"), CLERK, confirm_duplicate=True)
    assert third.respondent is not None and third.respondent.id == card.respondent.id
    assert registry.cards.get(card.number).respondent.activity is ActivityField.RETAIL  # type: ignore[union-attr]
    found = registry.references.find_respondents(REAL_BINS[0])
    assert [r.activity for r in found] == [ActivityField.RETAIL]


def test_an_unknown_field_of_activity_is_refused_by_name(registry: Registry) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.registration.register_json(_with_activity("casino"), CLERK)
    assert refused.value.issues[0].field == "respondent.activity"
