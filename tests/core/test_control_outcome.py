"""What a recorded result keeps for the quarterly information (cl. 9, R14): the refusal reason, the
amount recovered and when, on the card's control state; cleared by a reopening; existing stores
filled from their events by migration 0017."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clerk_app.domain.control import ControlResult, RefusalReason
from clerk_app.errors import ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import utc_now
from storage.migrations.runner import migrate
from tests.factories import incoming

BOSS = Actor("supervisor")


def test_a_satisfied_claim_keeps_the_amount_recovered_until_reopened(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(kind="seller_claim"), BOSS)
    before = utc_now() - timedelta(seconds=1)
    state = registry.control.resolve(card.number, ControlResult.SATISFIED, BOSS, recovered_amount="12 500,50")
    assert state.recovered_amount_tiyn == 1_250_050 and state.resolved_at is not None and state.resolved_at >= before
    stored = registry.control.record(card.number).state
    assert stored is not None and stored.recovered_amount_tiyn == 1_250_050 and stored.resolved_at == state.resolved_at
    event = registry.control.record(card.number).events[-1]
    assert event.recovered_amount_tiyn == 1_250_050
    reopened = registry.control.reopen(card.number, "Продавец не вернул деньги", BOSS)
    assert reopened.recovered_amount_tiyn is None and reopened.resolved_at is None and reopened.result is None
    assert registry.control.record(card.number).state.recovered_amount_tiyn is None  # type: ignore[union-attr]


def test_a_refusal_keeps_its_reason_on_the_state(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(kind="seller_claim"), BOSS)
    registry.control.resolve(card.number, ControlResult.REFUSED, BOSS, refusal_reason=RefusalReason.COURT_MATTER,
                             reason="Дело в суде")
    state = registry.control.record(card.number).state
    assert state is not None and state.refusal_reason is RefusalReason.COURT_MATTER and state.recovered_amount_tiyn is None


@pytest.mark.parametrize("result, amount, code", [
    (ControlResult.NOT_SATISFIED, "100", "control.recovered_only_when_satisfied"),
    (ControlResult.SATISFIED, "-5", "amount.negative"),
    (ControlResult.SATISFIED, "12.345", "amount.too_precise"),
    (ControlResult.SATISFIED, "много", "amount.not_a_number"),
])
def test_a_wrong_amount_is_refused_and_nothing_is_recorded(
    registry: Registry, result: ControlResult, amount: str, code: str
) -> None:
    card = registry.registration.register_json(incoming(kind="seller_claim"), BOSS)
    with pytest.raises(ValidationError) as refused:
        registry.control.resolve(card.number, result, BOSS, recovered_amount=amount)
    assert refused.value.issues[0].field == "recovered_amount" and refused.value.code == code
    assert registry.control.record(card.number).state.result is None  # type: ignore[union-attr]


def test_the_migration_fills_the_outcome_of_results_recorded_before_it(registry: Registry) -> None:
    satisfied, refused, open_card = (
        registry.registration.register_json(incoming(kind="seller_claim"), BOSS, confirm_duplicate=True) for _ in range(3)
    )
    registry.control.resolve(satisfied.number, ControlResult.PARTIALLY_SATISFIED, BOSS, recovered_amount=700)
    registry.control.resolve(refused.number, ControlResult.REFUSED, BOSS, refusal_reason=RefusalReason.ANONYMOUS,
                             reason="Нет адреса")
    expected = {c.number: registry.control.record(c.number).state for c in (satisfied, refused, open_card)}
    migrate(registry.store.engine, "0016", downgrade=True)  # a store made before 0017: no such columns
    migrate(registry.store.engine, "0017")
    for number, state in expected.items():
        again = registry.control.record(number).state
        assert again is not None and state is not None
        assert (again.resolved_at, again.refusal_reason, again.recovered_amount_tiyn) == (
            state.resolved_at, state.refusal_reason, state.recovered_amount_tiyn
        )
    assert expected[satisfied.number].recovered_amount_tiyn == 70_000  # type: ignore[union-attr]
    assert expected[refused.number].refusal_reason is RefusalReason.ANONYMOUS  # type: ignore[union-attr]
