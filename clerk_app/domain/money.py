"""Amounts in tenge (KZT): exact decimals with at most two places, stored as whole tiyn."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_AMOUNT = Decimal("999999999999999.99")


class AmountProblem(ValueError):
    """Carries the error code of a refused amount."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def parse_amount(value: object) -> Decimal:
    """Accepts a Decimal, an int or a string such as ``"12 500,50"``; never a float (inexact)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise AmountProblem("amount.not_exact", "give the amount as a string or an integer, not a float")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise AmountProblem("amount.not_a_number", f"{value!r} is not an amount") from None
    else:
        raise AmountProblem("amount.not_a_number", f"{value!r} is not an amount")
    if not amount.is_finite():
        raise AmountProblem("amount.not_a_number", f"{value!r} is not an amount")
    if amount < 0:
        raise AmountProblem("amount.negative", "the amount cannot be negative")
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise AmountProblem("amount.too_precise", "the amount has more than 2 decimal places")
    if amount > MAX_AMOUNT:
        raise AmountProblem("amount.too_large", "the amount is too large")
    return amount.quantize(Decimal("0.01"))


def to_tiyn(amount: Decimal) -> int:
    return int(amount * 100)


def from_tiyn(tiyn: int) -> Decimal:
    return (Decimal(tiyn) / 100).quantize(Decimal("0.01"))
