"""Reference lists: settlement bodies (one per BIN), staff, respondent look-up."""

from __future__ import annotations

import pytest

from clerk_app.domain.enums import SettlementBodyType
from clerk_app.errors import ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import REAL_BINS, incoming


def test_settlement_bodies(registry: Registry) -> None:
    body = registry.references.add_settlement_body(
        {"name": "«Әділ шешім» медиаторлар орталығы", "body_type": "mediator", "bin": REAL_BINS[4], "email": "info@adil.kz"}
    )
    assert body.body_type is SettlementBodyType.MEDIATOR
    assert [b.name for b in registry.references.settlement_bodies()] == [body.name]
    with pytest.raises(ValidationError) as again:
        registry.references.add_settlement_body({"name": "Другой", "body_type": "arbitration", "bin": REAL_BINS[4]})
    assert again.value.code == "reference.exists"
    with pytest.raises(ValidationError) as bad:
        registry.references.add_settlement_body({"name": "X", "body_type": "court", "bin": "123"})
    assert bad.value.field == "body_type"


def test_staff(registry: Registry) -> None:
    registry.references.add_staff_member({"full_name": "Серікова Гүлнар", "position": "бас маман"})
    registry.references.add_staff_member({"full_name": "Абенов Тимур"})
    assert [s.full_name for s in registry.references.staff()] == ["Абенов Тимур", "Серікова Гүлнар"]
    with pytest.raises(ValidationError):
        registry.references.add_staff_member({"full_name": ""})


def test_respondent_lookup_by_bin_prefix_and_name(registry: Registry) -> None:
    registry.registration.register_json(incoming(), Actor("clerk"))
    assert [r.name for r in registry.references.find_respondents(REAL_BINS[0][:6])] == ["«Технодом» ЖШС"]
    assert [r.name for r in registry.references.find_respondents("технод")] == ["«Технодом» ЖШС"]
    assert registry.references.find_respondents("100%_") == []  # LIKE wildcards are literal
