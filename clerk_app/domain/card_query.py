"""Attribute search (cl. 10): which cards to list, by their fields. Every criterion becomes SQL;
nothing is filtered in Python over all rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.domain.text_folding import tokens
from clerk_app.errors import FieldIssue, ValidationError

MAX_NAME_KEY = 300


# The Kazakh alphabet's order, which holds the Russian letters in theirs (ё is folded to е). Code
# points would put Ә Ғ Қ Ң Ө Ұ Ү Һ І after Я: a name key spells each letter by its place instead,
# so that a plain binary order of the keys (SQLite; PostgreSQL with the column's "C" collation) is
# the alphabetical order, and a prefix of a name is still a prefix of its key.
KAZAKH_ALPHABET = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_FIRST_PLACE = 0xE000  # private use: no folded text holds these
_SORTABLE = str.maketrans({letter: chr(_FIRST_PLACE + i) for i, letter in enumerate(KAZAKH_ALPHABET)})
_READABLE = str.maketrans({chr(_FIRST_PLACE + i): letter for i, letter in enumerate(KAZAKH_ALPHABET)})


def sortable(folded: str) -> str:
    """A folded name spelt so that its binary order is the alphabetical one."""
    return folded.translate(_SORTABLE)


def readable(key: str) -> str:
    """The folded name a key spells (migrations, diagnostics)."""
    return key.translate(_READABLE)


def applicant_name_key(
    surname: str | None, given_name: str | None, patronymic: str | None, legal_name: str | None
) -> str | None:
    """An applicant's name as search and the A-to-Z order compare it: folded like full-text search
    (case, ё/е, Latin look-alikes), surname first, words joined by one space, spelt ``sortable``."""
    parts = [legal_name] if legal_name else [surname, given_name, patronymic]
    key = " ".join(t for part in parts if part for t in tokens(part))
    return sortable(key[:MAX_NAME_KEY]) or None


def name_prefix_key(text: str) -> str:
    """What a typed name's key must be a prefix of (its folded words)."""
    return sortable(" ".join(tokens(text))[:MAX_NAME_KEY])


@dataclass(frozen=True)
class CardQuery:
    """Criteria combined with AND; None means "any"."""

    number: str | None = None  # exact registration number
    number_prefix: str | None = None
    registered_from: date | None = None  # Astana calendar dates, both ends included
    registered_to: date | None = None
    direction: Direction | None = None
    journal: str | None = None
    channel: Channel | None = None
    kind: AppealKind | None = None
    type: AppealType | None = None
    status: ControlStatus | None = None
    executor_id: uuid.UUID | None = None
    applicant_name: str | None = None  # prefix of the folded name, surname first
    applicant_iin: str | None = None
    respondent_name: str | None = None  # part of the name
    respondent_bin: str | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    overdue: bool = False
    court_matter: bool | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, False) for f in fields(self))

    def checked(self) -> CardQuery:
        issues = []
        if self.registered_from and self.registered_to and self.registered_from > self.registered_to:
            issues.append(FieldIssue("registered_to", "search.range_reversed", "the end date is before the start date"))
        if self.amount_min is not None and self.amount_max is not None and self.amount_min > self.amount_max:
            issues.append(FieldIssue("amount_max", "search.range_reversed", "the largest amount is below the smallest"))
        for name in ("applicant_iin", "respondent_bin"):
            value = getattr(self, name)
            if value is not None and not (value.isdigit() and len(value) == 12):
                issues.append(FieldIssue(name, "id.format", "must be 12 digits"))
        if issues:
            raise ValidationError(issues)
        return self
