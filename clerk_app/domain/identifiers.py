"""Kazakhstan's 12-digit IIN (individuals) and BIN (legal entities) with their check digit.

Both use the same check: weights 1..11 over the first eleven digits, modulo 11; a result of 10 is
recomputed with weights 3..11,1,2; a second 10 means the number cannot be valid. (The 11th digit
weighs 11, i.e. nothing, in the first pass: a typo there usually passes. That is the national
algorithm's blind spot, not ours; the structure checks below catch some of it.) Beyond the check
digit we verify the structure that both number kinds encode:

- IIN: ``YYMMDD`` birth date, then a century-and-sex digit (1–6; 0 is used for some foreigners),
  four serial digits and the check digit.
- BIN: ``YYMM`` registration month, a type digit (4 resident, 5 non-resident, 6 individual
  entrepreneur in joint venture), an attribute digit (0 head office, 1 branch, 2 representative
  office, 3 peasant farm), five serial digits and the check digit.
"""

from __future__ import annotations

import calendar
from enum import StrEnum

_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY_BY_DIGIT = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class IdentifierProblem(StrEnum):
    """Why a 12-digit identifier was refused; values are the error codes."""

    NOT_12_DIGITS = "id.not_12_digits"
    CHECK_DIGIT = "id.check_digit"
    BAD_DATE = "id.bad_date"
    BAD_KIND = "id.bad_kind"


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when no valid number starts with them."""
    digits = [int(c) for c in first_eleven]
    total = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS, strict=True)) % 11
        if total == 10:
            return None
    return total


def normalize(value: str) -> str:
    """Drops the spaces and dashes people type inside numbers."""
    return "".join(ch for ch in value if ch not in " -\u00a0\t")


def _shape_problem(value: str) -> IdentifierProblem | None:
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        return IdentifierProblem.NOT_12_DIGITS
    if check_digit(value[:11]) != int(value[11]):
        return IdentifierProblem.CHECK_DIGIT
    return None


def iin_problem(value: str) -> IdentifierProblem | None:
    """None when ``value`` is a valid IIN, else the reason."""
    problem = _shape_problem(value)
    if problem:
        return problem
    year2, month, day, sex_digit = int(value[0:2]), int(value[2:4]), int(value[4:6]), int(value[6])
    if sex_digit > 6:
        return IdentifierProblem.BAD_KIND
    if not 1 <= month <= 12:
        return IdentifierProblem.BAD_DATE
    year = _CENTURY_BY_DIGIT.get(sex_digit, 2000) + year2
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return IdentifierProblem.BAD_DATE
    return None


def bin_problem(value: str) -> IdentifierProblem | None:
    """None when ``value`` is a valid BIN, else the reason."""
    problem = _shape_problem(value)
    if problem:
        return problem
    if not 1 <= int(value[2:4]) <= 12:
        return IdentifierProblem.BAD_DATE
    if value[4] not in "456" or value[5] not in "0123":
        return IdentifierProblem.BAD_KIND
    return None


def is_bin_shaped(value: str) -> bool:
    """A BIN's fifth digit is 4–6; an IIN's is the tens of a day (0–3): the two never overlap."""
    return len(value) == 12 and value[4] in "456"


def iin_or_bin_problem(value: str) -> IdentifierProblem | None:
    """For respondents, who may be companies (BIN) or individual entrepreneurs (IIN)."""
    return bin_problem(value) if is_bin_shaped(value) else iin_problem(value)


def complete(first_eleven: str) -> str | None:
    """The full number for these 11 digits, or None when none exists (used by the demo generator)."""
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)
