"""IIN and BIN check digits and structure, with real valid numbers and realistic typos."""

from __future__ import annotations

import pytest

from clerk_app.domain.identifiers import (
    IdentifierProblem,
    bin_problem,
    check_digit,
    complete,
    iin_or_bin_problem,
    iin_problem,
    normalize,
)
from tests.factories import REAL_BINS, valid_iin


@pytest.mark.parametrize("number", REAL_BINS)
def test_real_bins_are_valid(number: str) -> None:
    assert bin_problem(number) is None
    assert iin_or_bin_problem(number) is None


def test_single_digit_typos_are_caught_except_the_algorithms_blind_spot() -> None:
    """The national algorithm weighs the 11th digit by 11 (= 0 mod 11), so a typo there can pass;
    elsewhere a typo passes only when it moves the first sum to 10. Everything else is caught."""
    caught = slipped = 0
    for number in REAL_BINS:
        for position in (p for p in range(12) if p != 10):
            for digit in "0123456789":
                if digit != number[position]:
                    typo = number[:position] + digit + number[position + 1 :]
                    if bin_problem(typo) is None:
                        slipped += 1
                    else:
                        caught += 1
    assert caught / (caught + slipped) > 0.98


def test_swapped_neighbours_are_caught() -> None:
    number = REAL_BINS[1]
    swapped = number[:3] + number[4] + number[3] + number[5:]
    assert swapped != number
    assert bin_problem(swapped) is not None


def test_valid_iins_for_each_century() -> None:
    for born, digit in (("850315", 3), ("850315", 4), ("050720", 5), ("050720", 6), ("991231", 2)):
        assert iin_problem(valid_iin(born, digit)) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("", IdentifierProblem.NOT_12_DIGITS),
        ("12345678901", IdentifierProblem.NOT_12_DIGITS),
        ("1234567890123", IdentifierProblem.NOT_12_DIGITS),
        ("12345678901a", IdentifierProblem.NOT_12_DIGITS),
        ("１２３４５６７８９０１２", IdentifierProblem.NOT_12_DIGITS),  # full-width digits are not ASCII digits
    ],
)
def test_malformed_numbers(number: str, problem: IdentifierProblem) -> None:
    assert iin_problem(number) is problem
    assert bin_problem(number) is problem


def test_iin_with_impossible_birth_date() -> None:
    assert iin_problem(valid_iin("901301", 3)) is IdentifierProblem.BAD_DATE  # month 13
    assert iin_problem(valid_iin("900230", 3)) is IdentifierProblem.BAD_DATE  # 30 February
    assert iin_problem(valid_iin("000229", 5)) is None  # 2000 was a leap year
    assert iin_problem(valid_iin("000229", 3)) is IdentifierProblem.BAD_DATE  # 1900 was not


def test_iin_with_impossible_century_digit() -> None:
    assert iin_problem(valid_iin("900101", 7)) is IdentifierProblem.BAD_KIND


def test_bin_structure() -> None:
    assert bin_problem(complete("94130000038") or "") is IdentifierProblem.BAD_DATE  # month 13
    assert bin_problem(complete("94017000038") or "") is IdentifierProblem.BAD_KIND  # type digit 7


def test_wrong_check_digit() -> None:
    number = valid_iin()
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    assert iin_problem(wrong) is IdentifierProblem.CHECK_DIGIT


def test_second_weights_are_used_when_first_sum_gives_ten() -> None:
    # find a prefix whose first weighted sum is 10 mod 11 and check the second pass decides
    for serial in range(10_000):
        prefix = f"8001013{serial:04d}"
        first = sum(int(d) * w for d, w in zip(prefix, range(1, 12), strict=True)) % 11
        if first == 10:
            second = sum(int(d) * w for d, w in zip(prefix, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
            assert check_digit(prefix) == (None if second == 10 else second)
            return
    pytest.fail("no prefix with a first sum of 10 found")


def test_normalize_strips_spacing() -> None:
    assert normalize("940 140-000 385") == "940140000385"


def test_respondent_accepts_iin_of_entrepreneur() -> None:
    assert iin_or_bin_problem(valid_iin("750505", 3)) is None
