"""The public register of respondents complained about (cl. 6, R20, R55): the sellers
(manufacturers, performers) and game organizers named in the incoming appeals registered in a
period, with their counts by kind and by result, and nothing of any consumer: no applicant's name,
IIN, address or contact is read at all.

A respondent who is a natural person (an individual entrepreneur, known by an IIN; or a name with
no number that is not a company's) is personal data too (R55): such respondents are not named, their
appeals are counted together under one depersonalised row, as in the statistics export. Before
anything is written the text is checked once more for IINs, phone numbers and e-mail addresses."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.control import ControlResult
from clerk_app.domain.depersonalize import EMPTY_NAMES, INDIVIDUAL_ENTREPRENEUR, NOT_NAMED, guard_output
from clerk_app.domain.depersonalize import _respondent as depersonalised_respondent
from clerk_app.domain.enums import ActivityField
from clerk_app.domain.quarterly import KIND_CODES, UNSPECIFIED, ReportBody
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services.audit import record_in
from clerk_app.services.context import Actor
from clerk_app.services.references import own_body_in
from clerk_app.services.statistics_export import personal_data_refusal
from clerk_app.timeutil import utc_now
from storage.repositories import quarterly as quarterly_repo
from storage.repositories.statistics import astana_midnight
from storage.store import Store

PENDING = "pending"  # no result recorded yet
RESULT_COLUMNS: tuple[str, ...] = (*(r.value for r in ControlResult), PENDING)
MAX_SPAN_DAYS = 366 * 10
PERSON_ROWS = (INDIVIDUAL_ENTREPRENEUR, NOT_NAMED)  # the depersonalised rows, by these codes
_ACTIVITIES = frozenset(a.value for a in ActivityField)
OUTPUT_FORMATS = ("csv", "xlsx", "pdf", "print")


@dataclass(frozen=True)
class PublicRespondent:
    name: str  # the respondent's name; for a depersonalised row its code (PERSON_ROWS)
    bin: str | None  # a legal entity's BIN; never an IIN
    depersonalised: bool  # natural persons counted together, not named
    activity: str  # an ActivityField value or "unspecified"
    appeals: int
    by_kind: Mapping[str, int]  # every code of KIND_CODES
    by_result: Mapping[str, int]  # every code of RESULT_COLUMNS


@dataclass(frozen=True)
class PublicRegister:
    first: date
    last: date
    generated_at: datetime
    body: ReportBody
    respondents: tuple[PublicRespondent, ...]  # most appeals first, then by name

    @property
    def appeals(self) -> int:
        return sum(r.appeals for r in self.respondents)


@dataclass
class _Row:
    name: str
    bin: str | None
    depersonalised: bool
    activity: str
    by_kind: dict[str, int]
    by_result: dict[str, int]


@dataclass
class PublicRegisterService:
    store: Store

    def register(self, first: date, last: date, actor: Actor) -> PublicRegister:
        """The respondents of the incoming appeals registered from ``first`` to ``last`` (Astana days)."""
        actor.require(Permission.REPORTS)
        if last < first:
            raise ValidationError([FieldIssue("end", "export.bad_period", "the period ends before it starts")])
        if (last - first).days > MAX_SPAN_DAYS:
            raise ValidationError([FieldIssue("end", "export.bad_period", "the period is longer than ten years")])
        start, end = astana_midnight(first), astana_midnight(last + timedelta(days=1))
        rows: dict[str, _Row] = {}
        with self.store.read() as session:
            own = own_body_in(session)
            body = ReportBody(own.body.name, own.body.bin, None) if own is not None else ReportBody()
            for rid, name, number, activity, kind, result, count in quarterly_repo.by_respondent(session, start, end):
                shown, bin_ = depersonalised_respondent(name, number)
                hidden = shown in PERSON_ROWS and not bin_
                key = shown if hidden else rid
                row = rows.get(key)
                if row is None:
                    row = rows[key] = _Row(
                        shown, bin_ or None, hidden, UNSPECIFIED if hidden or activity not in _ACTIVITIES else str(activity),
                        dict.fromkeys(KIND_CODES, 0), dict.fromkeys(RESULT_COLUMNS, 0),
                    )
                row.by_kind[kind if kind in row.by_kind else UNSPECIFIED] += count
                row.by_result[result if result in row.by_result else PENDING] += count
        respondents = sorted(
            (PublicRespondent(r.name, r.bin, r.depersonalised, r.activity, sum(r.by_kind.values()), r.by_kind, r.by_result)
             for r in rows.values()),
            key=lambda r: (r.depersonalised, -r.appeals, r.name.casefold(), r.bin or ""),
        )
        return PublicRegister(first, last, utc_now(), body, tuple(respondents))

    def check_and_record(self, register: PublicRegister, text: str, fmt: str, actor: Actor) -> None:
        """The last guard, then the audit entry: ``text`` is what the output says as plain text (the
        CSV); an IIN, phone number or e-mail address in it refuses the output whole
        (``export.personal_data_found``), before any file appears."""
        guard_output(text, EMPTY_NAMES, personal_data_refusal)
        self.record_output(register, fmt, actor)

    def record_output(self, register: PublicRegister, fmt: str, actor: Actor) -> None:
        actor.require(Permission.REPORTS)
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(fmt)
        action = AuditAction.PRINT if fmt == "print" else AuditAction.EXPORT
        with self.store.write() as session:
            record_in(session, actor, AuditRecord(action, AuditObject.STATISTICS, None, frozenset(), {
                "document": "public_respondents", "from": register.first.isoformat(), "to": register.last.isoformat(),
                "format": fmt, "respondents": len(register.respondents),
            }))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell as a formula
CSV_COLUMNS = ("respondent", "bin", "depersonalised", "activity", "appeals",
               *(f"kind.{k}" for k in KIND_CODES), *(f"result.{r}" for r in RESULT_COLUMNS))


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(register: PublicRegister) -> str:
    """One line per respondent, codes in the header (machine-readable; the XLSX and PDF carry the
    translated labels)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in register.respondents:
        writer.writerow([safe_cell(r.name), r.bin or "", "yes" if r.depersonalised else "no", r.activity, r.appeals,
                         *(r.by_kind[k] for k in KIND_CODES), *(r.by_result[c] for c in RESULT_COLUMNS)])
    return buffer.getvalue()
