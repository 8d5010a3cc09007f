"""Retention periods, destruction and blocking of personal data (R42-R46): the pure rules.

A record's retention period runs from the end of the year in which its purpose was achieved
(the appeal removed from control, else its registration; an inbox scan's arrival), the way
nomenclature-of-cases periods are counted: a 5-year record of 2020 may be destroyed from
1 January 2026. No store, no Qt; docs/personal-data.md explains the choices.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from clerk_app.domain.text_folding import fold
from clerk_app.errors import FieldIssue, ValidationError

MAX_YEARS = 75  # the longest period in the nomenclature of cases ("75 years" for personnel files)
MAX_TEXT = 2000
# What a tombstone's summary says, in both official languages: the data outlive any interface language.
DESTROYED_MARKER = "Дербес деректер жойылды: акт № {number} / Персональные данные уничтожены: акт № {number}"
UNBLOCKED_BY_DESTRUCTION = "pd.destroyed_by_act:"  # + the act's number; never typed (check_reason refuses it)


class RecordType(StrEnum):
    INCOMING = "incoming"  # a card of an incoming appeal, with its copies and control history
    OUTGOING = "outgoing"  # a card of an outgoing letter (reply)
    INBOX = "inbox"  # a scan that arrived and was never filed under a card


class DestructionTrigger(StrEnum):
    """Why data are destroyed (R43; PD Law art. 18)."""

    RETENTION_EXPIRED = "retention_expired"
    PURPOSE_ACHIEVED = "purpose_achieved"  # the legal relationship ended
    CONSENT_WITHDRAWN = "consent_withdrawn"
    COURT_DECISION = "court_decision"
    UNLAWFUL_PROCESSING = "unlawful_processing"  # processing without consent or another ground discovered
    OTHER = "other"  # other cases the law provides for: the basis says which


# Triggers whose act must say on what basis (the decision's number and date, the finding, the law).
NEEDS_BASIS = frozenset({DestructionTrigger.COURT_DECISION, DestructionTrigger.UNLAWFUL_PROCESSING,
                         DestructionTrigger.OTHER})


class DestructionScope(StrEnum):
    CARD = "card"  # the card's personal data destroyed; a depersonalised tombstone keeps its number
    PERSON = "person"  # one person erased from a collective card; the others stay
    MENTION = "mention"  # the person's IIN and name redacted from a card that only mentioned them
    INBOX = "inbox"  # an unfiled scan, destroyed whole


@dataclass(frozen=True)
class RetentionRule:
    record_type: RecordType
    years: int
    source: str  # what the default is based on


# The defaults, configurable by the administrator (Settings → Retention). The law sets no period for
# appeals of consumers; "5 years" follows the standard nomenclature-of-cases period for citizens'
# appeals files; an unfiled scan has no purpose after a year.
DEFAULT_RULES: Mapping[RecordType, RetentionRule] = {
    RecordType.INCOMING: RetentionRule(
        RecordType.INCOMING, 5,
        "default, configurable: 5 years after the end of the year the appeal was removed from control "
        "(the usual nomenclature-of-cases period for files of appeals); PD Law art. 12(2)",
    ),
    RecordType.OUTGOING: RetentionRule(
        RecordType.OUTGOING, 5, "default, configurable: kept as long as the appeals they answer",
    ),
    RecordType.INBOX: RetentionRule(
        RecordType.INBOX, 1, "default, configurable: an unfiled scan serves no purpose after a year (art. 12(2))",
    ),
}


@dataclass(frozen=True)
class RetentionPolicy:
    years: Mapping[RecordType, int]

    @classmethod
    def defaults(cls) -> RetentionPolicy:
        return cls({t: r.years for t, r in DEFAULT_RULES.items()})

    def years_of(self, record_type: RecordType) -> int:
        return self.years.get(record_type, DEFAULT_RULES[record_type].years)


def check_years(values: Mapping[str, object]) -> dict[RecordType, int]:
    """Periods as typed (record type name -> years), each a whole number from 1 to MAX_YEARS."""
    result: dict[RecordType, int] = {}
    issues = []
    for name, value in values.items():
        try:
            record_type = RecordType(name)
        except ValueError:
            issues.append(FieldIssue(name, "field.bad_choice", "not a record type"))
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
            issues.append(FieldIssue(name, "field.out_of_range", f"must be between 1 and {MAX_YEARS} years",
                                     {"min": 1, "max": MAX_YEARS}))
            continue
        result[record_type] = value
    if issues:
        raise ValidationError(issues)
    return result


def first_destruction_day(start: date, years: int) -> date:
    """The first day a record whose period started on ``start`` may be destroyed."""
    return date(start.year + years + 1, 1, 1)


def start_before(today: date, years: int) -> date:
    """Records whose period started before this day are due on ``today``."""
    return date(today.year - years, 1, 1)


def is_due(start: date, years: int, today: date) -> bool:
    return first_destruction_day(start, years) <= today


@dataclass(frozen=True)
class DueRecord:
    """A record whose retention period has run out."""

    record_type: RecordType
    id: uuid.UUID  # card id, or inbox item id
    reference: str  # registration number, or "inbox YYYY-MM-DD <hash prefix>"
    started_on: date  # the day the period started from (control ended, registration, arrival)
    due_since: date
    copies: int
    registered_at: datetime  # registration (a card) or arrival (an inbox scan): the list's order


@dataclass(frozen=True)
class DuePage:
    records: tuple[DueRecord, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class DestroyedItem:
    record_type: RecordType
    scope: DestructionScope
    card_id: uuid.UUID | None
    reference: str
    destroyed: Mapping[str, int]  # what, as counts: applicants, history, copies, pages, control_texts, ...
    review: bool = False  # a collective card's scans may still show the person: look at them


@dataclass(frozen=True)
class DestructionAct:
    id: uuid.UUID
    number: str
    created_at: datetime
    created_by: str
    station: str
    trigger: DestructionTrigger
    basis: str | None
    commission: tuple[str, ...]
    by_subject: bool
    items: tuple[DestroyedItem, ...]
    cleanup: str  # done, pending

    @property
    def record_count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class CleanupReport:
    """What the steps after a destruction's commit did (R44: nothing restorable is left). The data
    are gone from the tables whatever this says; an incomplete cleanup leaves the act "pending"
    until ``finish`` runs the steps again."""

    search_index: str  # "merged" (FTS5 optimize), "vacuumed" (PostgreSQL), "failed"
    checkpoint: str  # "truncated", "busy" (readers held the WAL: run it again), "n/a"
    vacuumed: tuple[str, ...]  # PostgreSQL tables vacuumed
    seconds: float
    files_left: int = 0  # stored files that could not be removed (open in another program, ...)

    @property
    def complete(self) -> bool:
        return self.checkpoint != "busy" and self.search_index != "failed" and not self.files_left


@dataclass(frozen=True)
class DestructionOutcome:
    act: DestructionAct
    cleanup: CleanupReport


@dataclass(frozen=True)
class SubjectPreview:
    """What destroying a person's data would touch, for the confirmation that names the count."""

    iin: str
    own_cards: tuple[str, ...]  # registration numbers of the cards where they are the only natural person
    collective_cards: tuple[str, ...]  # cards where others stay: the person is erased from them
    mentions: tuple[str, ...]  # cards that only mention the IIN (free text, scans, history)
    inbox_items: tuple[str, ...]  # unfiled scans whose recognised text holds the IIN
    as_respondent: int  # cards where the number is a respondent's (an entrepreneur's): not erased
    blocked: bool

    @property
    def count(self) -> int:
        return len(self.own_cards) + len(self.collective_cards) + len(self.mentions) + len(self.inbox_items)


@dataclass(frozen=True)
class SubjectBlockState:
    """A block of a subject's data (R45) with its request dates and one-working-day dues (R46)."""

    iin: str
    is_blocked: bool
    requested_on: date
    due_on: date
    reason: str
    blocked_at: datetime
    blocked_by: str
    unblock_requested_on: date | None = None
    unblock_due_on: date | None = None
    unblocked_at: datetime | None = None
    unblocked_by: str | None = None
    unblock_reason: str | None = None  # as typed; or UNBLOCKED_BY_DESTRUCTION and the act's number
    cards: int = 0  # cards holding the person

    @property
    def destroyed_by_act(self) -> str | None:
        """The act's number when the block ended because the data were destroyed (the interface words it)."""
        reason = self.unblock_reason or ""
        return reason.removeprefix(UNBLOCKED_BY_DESTRUCTION) if reason.startswith(UNBLOCKED_BY_DESTRUCTION) else None


def unblocked_by_destruction(act_number: str) -> str:
    """The stored unblock reason of a block that destruction ended: a code, worded by each interface."""
    return UNBLOCKED_BY_DESTRUCTION + act_number


def check_act_details(trigger: str, commission: Iterable[str], basis: str | None) -> tuple[DestructionTrigger, tuple[str, ...], str | None]:
    """The act's trigger, the names of the commission (at least one) and the basis as typed."""
    issues = []
    try:
        checked_trigger = DestructionTrigger(trigger)
    except ValueError:
        checked_trigger = DestructionTrigger.OTHER
        issues.append(FieldIssue("trigger", "field.bad_choice", "not a destruction trigger"))
    names = tuple(" ".join(n.split()) for n in commission if n and n.strip())
    if not names:
        issues.append(FieldIssue("commission", "field.required", "name the commission or the responsible person"))
    elif any(len(n) > 200 for n in names) or len(names) > 20:
        issues.append(FieldIssue("commission", "field.too_long", "at most 20 names of 200 characters"))
    text = " ".join(basis.split()) if basis else None
    if text and len(text) > MAX_TEXT:
        issues.append(FieldIssue("basis", "field.too_long", f"at most {MAX_TEXT} characters"))
    if checked_trigger in NEEDS_BASIS and not text and not issues:
        issues.append(FieldIssue("basis", "pd.basis_required", "state the basis (e.g. the decision's number and date)"))
    if issues:
        raise ValidationError(issues)
    return checked_trigger, names, text or None


def check_reason(reason: str, field: str = "reason") -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError([FieldIssue(field, "field.required", "state the reason")])
    if text.startswith(UNBLOCKED_BY_DESTRUCTION):  # the code of a block ended by destruction
        raise ValidationError([FieldIssue(field, "field.bad_characters", "not a reason")])
    if len(text) > MAX_TEXT:
        raise ValidationError([FieldIssue(field, "field.too_long", f"at most {MAX_TEXT} characters")])
    return text


# --- redaction of a person from free text -----------------------------------------------------------

REDACTED = "[…]"
_WORD = re.compile(r"[^\W_]+")
_MIN_STEM = 4
# A phone number as people write it: digits with spaces, dashes, dots or brackets between them.
_PHONE_LIKE = re.compile(r"(?<![\d])\+?\d[\d\s().\-]{4,}\d(?![\d])")
_PHONE_DIGITS = 10  # the national number (+7 / 8 prefix aside): the part every spelling ends with
_MIN_PHONE_DIGITS = 6


def _phrase_pattern(text: str | None) -> str | None:
    """A case-insensitive pattern of a phrase (an address, an e-mail) whatever the punctuation or
    spacing between its words; None for a phrase too short to name anyone."""
    words = _WORD.findall(text or "")
    if len(words) < 2 or sum(len(w) for w in words) < 6:
        return None
    return r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?![^\W_])"


def _phone_tail(text: str | None) -> str | None:
    digits = re.sub(r"\D", "", text or "")
    return digits[-_PHONE_DIGITS:] if len(digits) >= _MIN_PHONE_DIGITS else None


@dataclass(frozen=True)
class PersonWords:
    """What identifies a person in free text: their IIN, the words of their name, folded (so
    "ЖАНБОЛАТОВА", "жанболатова" and a scanner's Latin look-alikes all match), their phone numbers
    however written (+7 705 111 22 33, 87051112233) and their addresses and e-mails as phrases
    (word by word, an address's "Алматы" would redact every other Almaty address). A surname also
    matches its inflected forms (Жанболатовой, Жанболатовна...): a word starting with its stem."""

    numbers: frozenset[str]
    stems: frozenset[str]  # folded surname stems: words starting with one are redacted
    words: frozenset[str]  # folded given names and patronymics
    phones: frozenset[str] = frozenset()  # the last digits of each phone number
    phrases: frozenset[str] = frozenset()  # patterns of addresses and e-mails

    @classmethod
    def of(cls, *, iin: str | None, surnames: Iterable[str | None] = (), given_names: Iterable[str | None] = (),
           phones: Iterable[str | None] = (), phrases: Iterable[str | None] = ()) -> PersonWords:
        """``given_names``: given names and patronymics; ``phrases``: addresses and e-mails."""
        stems = set()
        for word in (w for surname in surnames for w in _WORD.findall(fold(surname or ""))):
            stems.add(word[:-1] if len(word) > _MIN_STEM + 1 else word)
        words = {w for part in given_names for w in _WORD.findall(fold(part or "")) if len(w) > 1}
        return cls(
            frozenset({iin} if iin else set()), frozenset(stems), frozenset(words),
            frozenset(t for t in map(_phone_tail, phones) if t), frozenset(p for p in map(_phrase_pattern, phrases) if p),
        )

    def __bool__(self) -> bool:
        return bool(self.numbers or self.stems or self.words or self.phones or self.phrases)

    def matches(self, word: str) -> bool:
        folded = fold(word)
        return (any(n in folded for n in self.numbers) or folded in self.words
                or any(folded.startswith(s) for s in self.stems))

    def is_phone(self, text: str) -> bool:
        digits = re.sub(r"\D", "", text)
        return any(digits.endswith(t) for t in self.phones)


def redact(text: str, person: PersonWords) -> tuple[str, int]:
    """The text with everything that identifies the person replaced by REDACTED, and how many:
    addresses and e-mails first (as phrases), then phone numbers, then single words."""
    count = 0

    def hide(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return REDACTED

    def hide_if(test: Callable[[str], bool]) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            return hide(match) if test(match.group(0)) else match.group(0)
        return replace

    if not person or not text:
        return text, 0
    for pattern in sorted(person.phrases, key=len, reverse=True):  # a longer address before a shorter one
        text = re.sub(pattern, hide, text, flags=re.IGNORECASE)
    if person.phones:
        text = _PHONE_LIKE.sub(hide_if(person.is_phone), text)
    return _WORD.sub(hide_if(person.matches), text), count


def redact_json(value: Any, person: PersonWords, iin: str) -> tuple[Any, int]:
    """A stored JSON value (a card's history entry) with the person out of it: an applicant entry
    with their IIN blanked whole (every field but its type; a list keeps its positions), every other
    string redacted as free text. Returns the value and how many things were removed."""
    if isinstance(value, str):
        return redact(value, person)
    if isinstance(value, list):
        results = [redact_json(v, person, iin) for v in value]
        return [r for r, _ in results], sum(n for _, n in results)
    if isinstance(value, dict):
        if value.get("iin") == iin:
            return {k: (v if k == "type" else None) for k, v in value.items()}, 1
        results_by_key = {k: redact_json(v, person, iin) for k, v in value.items()}
        return {k: r for k, (r, _) in results_by_key.items()}, sum(n for _, n in results_by_key.values())
    return value, 0


def applicant_entries(value: Any, iin: str) -> list[dict[str, Any]]:
    """The applicant entries with this IIN anywhere in a stored JSON value (a history entry)."""
    if isinstance(value, list):
        return [e for v in value for e in applicant_entries(v, iin)]
    if isinstance(value, dict):
        if value.get("iin") == iin:
            return [value]
        return [e for v in value.values() for e in applicant_entries(v, iin)]
    return []


def person_words_of(iin: str, entries: Iterable[Mapping[str, Any]]) -> PersonWords:
    """What identifies the person, from every record of them (applicant rows, history entries)."""
    rows = list(entries)

    def values(*keys: str) -> list[str | None]:
        return [r.get(k) for r in rows for k in keys if isinstance(r.get(k), str)]

    return PersonWords.of(iin=iin, surnames=values("surname"), given_names=values("given_name", "patronymic"),
                          phones=values("phone"), phrases=values("address", "email"))
