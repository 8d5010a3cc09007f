"""The quarterly information to the authorized body (cl. 9, R14): the quarters (Astana dates), the
deadline (no later than the 30th day of the month after the quarter), the reminder of it, and the
report's figures as plain data. What each figure counts is defined in docs/quarterly.md."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta

from clerk_app.domain.control import ControlResult, RefusalReason
from clerk_app.domain.enums import ActivityField, AppealKind
from clerk_app.errors import FieldIssue, ValidationError

SCHEMA = "clerk-app/quarterly-information"
SCHEMA_VERSION = 1
DEADLINE_DAY = 30  # cl. 9: "no later than the thirtieth day of the month following the reporting quarter"
REMIND_DAYS = 10  # the reminder shows from this many days before the deadline
FIRST_YEAR, LAST_YEAR = 2000, 2100
UNSPECIFIED = "unspecified"  # a kind or field of activity not recorded on the card or its respondent
TOTAL = "total"

# Row codes of each section, in their printed order (the enums' order: cl. 5 for the kinds).
KIND_CODES: tuple[str, ...] = (*(k.value for k in AppealKind), UNSPECIFIED)
RESULT_CODES: tuple[str, ...] = tuple(
    code
    for result in ControlResult
    for code in (
        (result.value, *(f"{result.value}.{r.value}" for r in RefusalReason))
        if result is ControlResult.REFUSED else (result.value,)
    )
)
ACTIVITY_CODES: tuple[str, ...] = (*(a.value for a in ActivityField), UNSPECIFIED)


class Section:
    BY_KIND = "by_kind"
    BY_RESULT = "by_result"
    BY_ACTIVITY = "by_activity"
    TOTALS = "totals"


SECTION_ROWS: Mapping[str, tuple[str, ...]] = {
    Section.BY_KIND: (*KIND_CODES, TOTAL),
    Section.BY_RESULT: (*RESULT_CODES, TOTAL),
    Section.BY_ACTIVITY: (*ACTIVITY_CODES, TOTAL),
    Section.TOTALS: (TOTAL,),
}
FIGURE_COLUMNS: tuple[str, ...] = (
    "received", "claimed_received_tiyn", "considered", "claimed_considered_tiyn", "recovered_tiyn", "pending",
)
AMOUNT_COLUMNS = frozenset({"claimed_received_tiyn", "claimed_considered_tiyn", "recovered_tiyn"})
# by result counts only what was considered: received and pending have no result
SECTION_COLUMNS: Mapping[str, tuple[str, ...]] = {
    Section.BY_KIND: FIGURE_COLUMNS,
    Section.BY_RESULT: ("considered", "claimed_considered_tiyn", "recovered_tiyn"),
    Section.BY_ACTIVITY: FIGURE_COLUMNS,
    Section.TOTALS: FIGURE_COLUMNS,
}


def _bad_quarter(message: str, field_name: str = "quarter") -> ValidationError:
    return ValidationError([FieldIssue(field_name, "quarterly.bad_quarter", message)])


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    def __post_init__(self) -> None:
        if not isinstance(self.year, int) or not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise _bad_quarter(f"the year must be from {FIRST_YEAR} to {LAST_YEAR}", "year")
        if not isinstance(self.number, int) or not 1 <= self.number <= 4:
            raise _bad_quarter("the quarter must be 1, 2, 3 or 4")

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    @property
    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def deadline(self) -> date:
        """30 April, 30 July, 30 October, 30 January (cl. 9; the seed moves it for no holiday)."""
        return self.next.first_day.replace(day=DEADLINE_DAY)


def last_finished(today: date) -> Quarter:
    """The quarter a report is due for now: the one before today's."""
    return Quarter.containing(today).previous


@dataclass(frozen=True)
class DeadlineReminder:
    quarter: Quarter
    deadline: date
    days_left: int  # 0 on the deadline itself


def deadline_reminder(today: date, sent: Collection[str], *, days_before: int = REMIND_DAYS) -> DeadlineReminder | None:
    """Whether to remind of the quarterly information today: from ``days_before`` days before the
    deadline of the last finished quarter until the deadline itself, unless that quarter's report is
    marked sent (``sent`` holds quarter codes such as ``2026-Q3``). After the deadline: no reminder
    (a late report is the body's matter, and a banner every day would teach clerks to ignore it)."""
    quarter = last_finished(today)
    if quarter.code in sent:
        return None
    days_left = (quarter.deadline - today).days
    if 0 <= days_left <= days_before:
        return DeadlineReminder(quarter, quarter.deadline, days_left)
    return None


# --- the report -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """One row's figures (docs/quarterly.md defines each). Amounts in tiyn."""

    received: int = 0
    claimed_received_tiyn: int = 0
    considered: int = 0
    claimed_considered_tiyn: int = 0
    recovered_tiyn: int = 0
    pending: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)))

    def value(self, column: str) -> int:
        if column not in FIGURE_COLUMNS:
            raise KeyError(column)
        return int(getattr(self, column))

    def as_dict(self) -> dict[str, int]:
        return {c: self.value(c) for c in FIGURE_COLUMNS}


@dataclass(frozen=True)
class ReportBody:
    """The body that reports: its name, BIN and head (for the title and the signature block)."""

    name: str | None = None
    bin: str | None = None
    head: str | None = None


@dataclass(frozen=True)
class QuarterlyReport:
    quarter: Quarter
    generated_at: datetime  # UTC
    body: ReportBody
    by_kind: Mapping[str, Figures]  # every code of KIND_CODES
    by_result: Mapping[str, Figures]  # every code of RESULT_CODES: "refused" is the sum of its reasons
    by_activity: Mapping[str, Figures]  # every code of ACTIVITY_CODES
    totals: Figures = field(default_factory=Figures)

    def section(self, code: str) -> Mapping[str, Figures]:
        """A section's rows by code, its total under ``total``."""
        rows: Mapping[str, Figures]
        if code == Section.BY_KIND:
            rows = self.by_kind
        elif code == Section.BY_RESULT:
            rows = self.by_result
        elif code == Section.BY_ACTIVITY:
            rows = self.by_activity
        elif code == Section.TOTALS:
            rows = {}
        else:
            raise KeyError(code)
        total = self.totals if code != Section.BY_RESULT else _considered_only(self.totals)
        return {**rows, TOTAL: total}


def _considered_only(figures: Figures) -> Figures:
    return Figures(considered=figures.considered, claimed_considered_tiyn=figures.claimed_considered_tiyn,
                   recovered_tiyn=figures.recovered_tiyn)


@dataclass(frozen=True)
class Counted:
    """One group the store counted: appeals of one kind against respondents of one field of
    activity (and, for the considered, with one result and refusal reason)."""

    kind: str | None
    activity: str | None
    count: int
    claimed_tiyn: int = 0
    recovered_tiyn: int = 0
    result: str | None = None
    refusal_reason: str | None = None


def _code(value: str | None, known: Collection[str]) -> str:
    return value if value is not None and value in known else UNSPECIFIED


def result_code(result: str | None, refusal_reason: str | None) -> str | None:
    """The by-result row of a considered appeal; a refusal goes to its reason's row."""
    if result is None or result not in {r.value for r in ControlResult}:
        return None
    if result == ControlResult.REFUSED.value:
        reason = refusal_reason if refusal_reason in {r.value for r in RefusalReason} else RefusalReason.OTHER.value
        return f"{result}.{reason}"
    return result


def assemble(
    quarter: Quarter, generated_at: datetime, body: ReportBody, *, received: Collection[Counted],
    considered: Collection[Counted], pending: Collection[Counted],
) -> QuarterlyReport:
    """The report from the store's grouped counts (each group is counted once in SQL; this only
    files the groups under their rows)."""
    kinds = {c: Figures() for c in KIND_CODES}
    results = {c: Figures() for c in RESULT_CODES}
    activities = {c: Figures() for c in ACTIVITY_CODES}
    totals = Figures()

    def add(group: Counted, figures: Figures) -> None:
        nonlocal totals
        kind, activity = _code(group.kind, kinds), _code(group.activity, activities)
        kinds[kind] += figures
        activities[activity] += figures
        totals += figures

    for g in received:
        add(g, Figures(received=g.count, claimed_received_tiyn=g.claimed_tiyn))
    for g in pending:
        add(g, Figures(pending=g.count))
    for g in considered:
        figures = Figures(considered=g.count, claimed_considered_tiyn=g.claimed_tiyn, recovered_tiyn=g.recovered_tiyn)
        add(g, figures)
        row = result_code(g.result, g.refusal_reason)
        if row is not None:
            results[row] += figures
            if "." in row:  # the refusal's own row adds up its reasons
                results[ControlResult.REFUSED.value] += figures
    return QuarterlyReport(quarter, generated_at, body, kinds, results, activities, totals)
