"""Depersonalization of statistics and public exports (R55; PD Law art. 1(7), 17(1)).

Three rules, applied in this order by anything that writes figures out of the registry:

1. ``depersonalize``: a card becomes a ``StatRecord`` by a whitelist. Only the month (or, for an
   internal output, the day) of registration, the direction, kind, type, form, channel, the
   control status and result, and the respondent if it is a legal entity (a BIN) are kept. Names,
   IINs, addresses, phones, e-mails, free text (summary, notes, resolutions), file names and
   registration numbers never enter it. A respondent who is an individual entrepreneur (an IIN)
   is a person: only "individual entrepreneur" is kept.
2. ``suppress_small``: in public outputs a count below the threshold ``k`` (default 3) is shown as
   "<k", and a second cell of the same table is suppressed with it when the table's total would
   give the first one back by subtraction.
3. ``find_personal_data``: the last guard. It scans the bytes about to be written for IIN-shaped
   numbers with a valid check digit, phone numbers, e-mail addresses and the names of the
   registry's applicants; an output with a finding is refused, never written.

Pure rules and plain data: no store, no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clerk_app.domain import identifiers
from clerk_app.domain.text_folding import fold_token, tokens
from clerk_app.timeutil import to_astana

DEFAULT_THRESHOLD = 3
MIN_NAME_LENGTH = 3  # shorter surnames are not matched alone (too many false alarms in ordinary words)
INDIVIDUAL_ENTREPRENEUR = "individual_entrepreneur"  # the respondent kept for a person
NOT_NAMED = "not_named"  # no respondent on the card
UNSPECIFIED = "unspecified"  # no kind / result / status recorded


class Granularity(StrEnum):
    MONTH = "month"  # public outputs: a day of registration with a kind and a respondent can single a person out
    DAY = "day"  # internal statistics only


@dataclass(frozen=True)
class CardFacts:
    """What a statistics query reads of a card: nothing personal is even selected (the
    respondent's name is read only to be kept for legal entities)."""

    registered_at: datetime
    direction: str
    kind: str | None
    appeal_type: str | None
    form: str | None
    channel: str | None
    is_collective: bool
    control_status: str | None
    result: str | None
    respondent_name: str | None
    respondent_number: str | None  # BIN or IIN


@dataclass(frozen=True)
class StatRecord:
    period: str  # "2026-03" (month) or "2026-03-14" (day), Astana time
    direction: str
    kind: str
    appeal_type: str
    form: str
    channel: str
    collective: bool
    status: str
    result: str
    respondent: str  # a legal entity's name, or INDIVIDUAL_ENTREPRENEUR, or NOT_NAMED
    respondent_bin: str  # the BIN of a legal entity, else ""


def depersonalize(card: CardFacts, granularity: Granularity = Granularity.MONTH) -> StatRecord:
    local = to_astana(card.registered_at)
    period = local.strftime("%Y-%m") if granularity is Granularity.MONTH else local.date().isoformat()
    respondent, respondent_bin = _respondent(card.respondent_name, card.respondent_number)
    return StatRecord(
        period=period, direction=card.direction, kind=card.kind or UNSPECIFIED,
        appeal_type=card.appeal_type or UNSPECIFIED, form=card.form or UNSPECIFIED,
        channel=card.channel or UNSPECIFIED, collective=bool(card.is_collective),
        status=card.control_status or UNSPECIFIED, result=card.result or UNSPECIFIED,
        respondent=respondent, respondent_bin=respondent_bin,
    )


def _respondent(name: str | None, number: str | None) -> tuple[str, str]:
    number = identifiers.normalize(number or "")
    if number and identifiers.is_bin_shaped(number):
        return (" ".join((name or "").split()) or NOT_NAMED), number
    if number:  # an IIN: an individual entrepreneur is a natural person
        return INDIVIDUAL_ENTREPRENEUR, ""
    # no number: a name is kept when it names a company's legal form; anything else may be a
    # person's name ("ИП Ахметов", "Ахметов А."), and only "not named" is kept
    cleaned = " ".join((name or "").split())
    words = {fold_token(t) for t in tokens(cleaned)}
    if words & _LEGAL_FORMS and not words & _ENTREPRENEUR_FORMS:
        return cleaned, ""
    return NOT_NAMED, ""


# Legal forms of companies (kk, ru, en) and of individual entrepreneurs, folded as search folds them.
_LEGAL_FORMS = frozenset(fold_token(w) for w in ("ЖШС", "ТОО", "АҚ", "АО", "ООО", "ОАО", "ЗАО", "ПАО", "ТДО", "LLP", "JSC",
                                                  "LLC", "ГКП", "РГП", "КГП", "МКК", "ПК", "ӨК"))
_ENTREPRENEUR_FORMS = frozenset(fold_token(w) for w in ("ИП", "ЖК", "ШҚ", "КХ", "ФХ"))


# --- tables and small cells ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """Counts by one or more dimensions (the names of StatRecord fields)."""

    name: str
    dimensions: tuple[str, ...]
    rows: tuple[tuple[tuple[str, ...], int], ...]  # (values of the dimensions, count), in key order

    @property
    def total(self) -> int:
        return sum(count for _, count in self.rows)


def tabulate(name: str, records: Iterable[StatRecord], dimensions: Sequence[str]) -> Table:
    counts: Counter[tuple[str, ...]] = Counter(
        tuple(_text(getattr(r, d)) for d in dimensions) for r in records
    )
    return Table(name, tuple(dimensions), tuple(sorted(counts.items())))


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


Cell = int | str  # a count, or "<k" where it is suppressed


def suppress_small(table: Table, threshold: int = DEFAULT_THRESHOLD) -> list[tuple[tuple[str, ...], Cell]]:
    """Counts below ``threshold`` become "<threshold". When exactly one cell of the table is that
    small, the table's total would give it back by subtraction: the next smallest cell is then
    shown as ">=threshold" (true, and no longer exact)."""
    if threshold <= 1:
        return [(key, count) for key, count in table.rows]
    small = {i for i, (_, count) in enumerate(table.rows) if 0 < count < threshold}
    hidden: set[int] = set()
    if len(small) == 1 and len(table.rows) > 1:
        others = sorted((count, i) for i, (_, count) in enumerate(table.rows) if i not in small)
        hidden.add(others[0][1])
    return [
        (key, f"<{threshold}" if i in small else f">={threshold}" if i in hidden else count)
        for i, (key, count) in enumerate(table.rows)
    ]


# --- the last guard ---------------------------------------------------------------------------------------


class FindingKind(StrEnum):
    IIN = "iin"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class Finding:
    """Where personal data was found: the kind and the line, never the value (an error that
    repeats it would leak it into a terminal or a log)."""

    kind: FindingKind
    line: int


_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")
# +7 / 8 and ten digits, with the spaces, dashes and brackets people write
_PHONE = re.compile(r"(?<![\d+])(?:\+7|8)[\s\-]?\(?\d{3}\)?[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


@dataclass(frozen=True)
class NameIndex:
    """The applicants' names, folded as search folds them: surnames alone (from MIN_NAME_LENGTH
    letters), and surname + given name pairs."""

    surnames: frozenset[str]
    pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(
        cls, names: Iterable[tuple[str | None, str | None]], *, among: Collection[str] | None = None
    ) -> NameIndex:
        """``among``: the words of the text to be checked (``name_words``); a name none of whose
        words is among them cannot be found there and is not kept (the index stays small)."""
        surnames: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for surname, given in names:
            last = [fold_token(t) for t in tokens(surname or "")]
            first = [fold_token(t) for t in tokens(given or "")]
            surnames.update(t for t in last if len(t) >= MIN_NAME_LENGTH and not t.isdigit()
                            and (among is None or t in among))
            if last and first:
                for pair in ((last[-1], first[0]), (first[0], last[0])):
                    if among is None or (pair[0] in among and pair[1] in among):
                        pairs.add(pair)
        return cls(frozenset(surnames), frozenset(pairs))


def name_words(text: str) -> frozenset[str]:
    """The folded words of ``text`` that a name could be (digits alone never are)."""
    return frozenset(w for w in (fold_token(t) for t in tokens(text)) if w and not w.isdigit())  # as the check folds


EMPTY_NAMES = NameIndex(frozenset(), frozenset())


def find_personal_data(
    text: str, names: NameIndex = EMPTY_NAMES, *, limit: int = 20, name_text: str | None = None
) -> list[Finding]:
    """Every line of ``text`` holding something personal (at most ``limit`` findings). ``name_text``:
    where names are looked for, line for line ``text`` less what names legal entities by design
    (the respondents, published under R20); ``text`` itself by default."""
    found: list[Finding] = []
    name_lines = (text if name_text is None else name_text).splitlines()
    for number, line in enumerate(text.splitlines(), start=1):
        name_line = name_lines[number - 1] if number <= len(name_lines) else ""
        for kind in _line_findings(line, name_line, names):
            found.append(Finding(kind, number))
            if len(found) >= limit:
                return found
    return found


def _line_findings(line: str, name_line: str, names: NameIndex) -> list[FindingKind]:
    kinds: list[FindingKind] = []
    if any(identifiers.iin_problem(m.group()) is None for m in _TWELVE_DIGITS.finditer(line)):
        kinds.append(FindingKind.IIN)
    if _PHONE.search(line):
        kinds.append(FindingKind.PHONE)
    if _EMAIL.search(line):
        kinds.append(FindingKind.EMAIL)
    if names.surnames or names.pairs:
        words = [fold_token(t) for t in tokens(name_line)]
        if any(w in names.surnames for w in words) or any(p in names.pairs for p in zip(words, words[1:], strict=False)):
            kinds.append(FindingKind.NAME)
    return kinds


def guard_output(
    text: str, names: NameIndex, refuse: Callable[[list[Finding]], Exception], *, name_text: str | None = None
) -> None:
    """Raises what ``refuse`` makes of the findings, if any: called last, before anything is written."""
    findings = find_personal_data(text, names, name_text=name_text)
    if findings:
        raise refuse(findings)


def allowed_fields() -> Collection[str]:
    """The card facts a depersonalised record may carry (documented in docs/personal-data.md)."""
    return tuple(StatRecord.__dataclass_fields__)


def as_mapping(record: StatRecord) -> Mapping[str, str | bool]:
    return {name: getattr(record, name) for name in allowed_fields()}
