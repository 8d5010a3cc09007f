"""Amounts in tenge and registration number templates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from clerk_app.domain.money import AmountProblem, from_tiyn, parse_amount, to_tiyn
from clerk_app.domain.numbering import NumberTemplate, check_station_code
from clerk_app.errors import NumberingError


@pytest.mark.parametrize(
    ("value", "expected"),
    [("125000.50", "125000.50"), ("12 500,5", "12500.50"), (100, "100.00"), (Decimal("0.01"), "0.01"), ("0", "0.00")],
)
def test_amounts_accepted(value: object, expected: str) -> None:
    assert str(parse_amount(value)) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [("-1", "amount.negative"), ("1.005", "amount.too_precise"), ("abc", "amount.not_a_number"),
     (1.5, "amount.not_exact"), ("NaN", "amount.not_a_number"), ("Infinity", "amount.not_a_number"),
     ("1e30", "amount.too_large"), (True, "amount.not_exact")],
)
def test_amounts_refused(value: object, code: str) -> None:
    with pytest.raises(AmountProblem) as caught:
        parse_amount(value)
    assert caught.value.code == code


def test_tiyn_round_trip_is_exact() -> None:
    for text in ("0.01", "999999999999999.99", "125000.50"):
        amount = parse_amount(text)
        assert from_tiyn(to_tiyn(amount)) == amount


def test_default_template() -> None:
    template = NumberTemplate("{index}/{station}-{serial:4}/{yy}")
    assert template.render(index="01", station="A", serial=7, year=2026) == "01/A-0007/26"
    assert template.render(index="01", station="A", serial=12345, year=2026) == "01/A-12345/26"


def test_template_with_literal_text_and_full_year() -> None:
    template = NumberTemplate("Вх-{serial}/{station}/{year}")
    assert template.render(index="x", station="ALM1", serial=3, year=2027) == "Вх-3/ALM1/2027"


@pytest.mark.parametrize(
    "text", ["{index}/{serial}/{yy}", "{index}/{station}/{yy}", "{station}-{serial}", "{station}{serial}{year}{foo}",
             "{station}{serial}{year}}", "{station}" * 20 + "{serial}{year}"],
)
def test_templates_that_cannot_stay_unique_are_refused(text: str) -> None:
    with pytest.raises(NumberingError):
        NumberTemplate(text)


def test_station_codes() -> None:
    assert check_station_code("ALM01") == "ALM01"
    assert check_station_code("ҚАР1") == "ҚАР1"
    for bad in ("", "a", "TOO-LONG-CODE", "A B", "A/1"):
        with pytest.raises(NumberingError):
            check_station_code(bad)
