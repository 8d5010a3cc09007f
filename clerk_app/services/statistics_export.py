"""Depersonalised statistics of the appeals (R55): counts by month, kind, result and respondent,
written to CSV or JSON (``clerk-app export stats``). Built only from depersonalised records
(clerk_app/domain/depersonalize.py), small cells suppressed, and the text checked for personal
data before a byte is written: an output with a finding is refused whole."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clerk_app.atomic_files import fsync_dir, write_output
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.depersonalize import (
    DEFAULT_THRESHOLD,
    EMPTY_NAMES,
    Cell,
    Finding,
    Granularity,
    NameIndex,
    Table,
    depersonalize,
    guard_output,
    name_words,
    suppress_small,
    tabulate,
)
from clerk_app.domain.enums import Direction
from clerk_app.errors import ClerkError, FieldIssue, ValidationError
from clerk_app.services.audit import record_in
from clerk_app.services.context import Actor
from clerk_app.timeutil import iso_astana, utc_now
from storage.repositories import statistics as statistics_repo
from storage.store import Store

# (name, dimensions): each table counts the same appeals, so each adds up to the total
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("by_month", ("period",)),
    ("by_kind", ("kind",)),
    ("by_result", ("result",)),
    ("by_month_and_kind", ("period", "kind")),
    ("by_kind_and_result", ("kind", "result")),
    ("by_respondent", ("respondent", "respondent_bin")),
)
CSV_COLUMNS = ("table", "period", "kind", "result", "respondent", "respondent_bin", "appeals")
MAX_THRESHOLD = 100
MAX_SPAN_DAYS = 366 * 10
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell as a formula


@dataclass(frozen=True)
class SuppressedTable:
    name: str
    dimensions: tuple[str, ...]
    rows: tuple[tuple[tuple[str, ...], Cell], ...]


@dataclass(frozen=True)
class StatisticsReport:
    first: date
    last: date
    threshold: int
    appeals: int  # how many appeals were counted (the written total may be "<k")
    total: Cell
    tables: tuple[SuppressedTable, ...]
    generated_at: datetime


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str  # csv, json
    appeals: int
    rows: int


def personal_data_refusal(findings: Sequence[Finding]) -> ClerkError:
    where = ", ".join(f"{f.kind.value} on line {f.line}" for f in findings[:5])
    return ClerkError(
        f"the output holds what looks like personal data ({where}); nothing was written",
        code="export.personal_data_found", params={"findings": [{"kind": f.kind.value, "line": f.line} for f in findings]},
    )


@dataclass
class StatisticsExportService:
    store: Store

    def statistics(
        self, first: date, last: date, actor: Actor, *, threshold: int = DEFAULT_THRESHOLD, respondents: bool = True
    ) -> StatisticsReport:
        """The incoming appeals registered from ``first`` to ``last`` (Astana days), by month."""
        actor.require(Permission.REPORTS)
        _check_period(first, last, threshold)
        with self.store.read() as session:
            records = [depersonalize(f, Granularity.MONTH)
                       for f in statistics_repo.card_facts(session, first, last, direction=Direction.INCOMING.value)]
        tables = [tabulate(name, records, dims) for name, dims in TABLES if respondents or name != "by_respondent"]
        total_table = Table("total", (), (((), len(records)),) if records else ())
        total = suppress_small(total_table, threshold)[0][1] if records else 0
        return StatisticsReport(
            first=first, last=last, threshold=threshold, appeals=len(records), total=total,
            tables=tuple(SuppressedTable(t.name, t.dimensions, tuple(suppress_small(t, threshold))) for t in tables),
            generated_at=utc_now(),
        )

    def export(
        self, first: date, last: date, out: Path, actor: Actor, *, threshold: int = DEFAULT_THRESHOLD,
        respondents: bool = True,
    ) -> ExportResult:
        """Writes the statistics to ``out`` (.csv or .json), after the guard found no personal data
        in the text: IINs, phones, e-mails anywhere, and the applicants' names anywhere but in the
        respondent column (legal entities, named by design: R20; a company called like a common
        surname must not stop every export)."""
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("csv", "json"):
            raise ValidationError([FieldIssue("out", "export.bad_format", "the file must end in .csv or .json")])
        report = self.statistics(first, last, actor, threshold=threshold, respondents=respondents)
        write = to_csv if fmt == "csv" else to_json
        body, name_text = write(report), write(_without_respondents(report))
        words = name_words(name_text)
        with self.store.read() as session:  # only the names that could be among the checked words
            names = NameIndex.of(statistics_repo.applicant_names(session), among=words) if words else EMPTY_NAMES
        guard_output(body, names, personal_data_refusal, name_text=name_text)
        staged = out.with_name(out.name + ".staged")
        write_output(staged, body, private=False)
        try:  # the entry is committed before the file appears under its name: no export goes unrecorded
            with self.store.write() as session:
                record_in(session, actor, AuditRecord(AuditAction.EXPORT, AuditObject.STATISTICS, None, frozenset(), {
                    "from": first.isoformat(), "to": last.isoformat(), "threshold": threshold, "format": fmt,
                }))
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        _publish(staged, out)
        return ExportResult(out, fmt, report.appeals, sum(len(t.rows) for t in report.tables))


def _check_period(first: date, last: date, threshold: int) -> None:
    issues = []
    if last < first:
        issues.append(FieldIssue("to", "export.bad_period", "the period ends before it starts"))
    elif (last - first).days > MAX_SPAN_DAYS:
        issues.append(FieldIssue("to", "export.bad_period", "the period is longer than ten years"))
    if not 1 <= threshold <= MAX_THRESHOLD:
        issues.append(FieldIssue("threshold", "field.out_of_range", f"from 1 to {MAX_THRESHOLD}"))
    if issues:
        raise ValidationError(issues)


def _cell_text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(report: StatisticsReport) -> str:
    """One long table: a row per cell of every table, the dimensions it does not use left empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["total", "", "", "", "", "", report.total])
    for table in report.tables:
        for key, cell in table.rows:
            values = dict(zip(table.dimensions, key, strict=True))
            writer.writerow([table.name, *(_cell_text(values.get(c, "")) for c in CSV_COLUMNS[1:-1]), cell])
    return buffer.getvalue()


def to_json(report: StatisticsReport) -> str:
    data: dict[str, Any] = {
        "from": report.first.isoformat(), "to": report.last.isoformat(), "generated_at": iso_astana(report.generated_at),
        "depersonalised": True, "small_cells_below": report.threshold, "appeals": report.total,
        "tables": {
            t.name: [{**dict(zip(t.dimensions, key, strict=True)), "appeals": cell} for key, cell in t.rows]
            for t in report.tables
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _without_respondents(report: StatisticsReport) -> StatisticsReport:
    """The report with the respondents' names left empty: the text the name check reads."""
    tables = tuple(
        replace(t, rows=tuple((tuple("" if d == "respondent" else v for d, v in zip(t.dimensions, key, strict=True)), cell)
                              for key, cell in t.rows))
        for t in report.tables
    )
    return replace(report, tables=tables)


def _publish(staged: Path, target: Path) -> None:
    try:
        os.replace(staged, target)
        fsync_dir(target.parent)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise ClerkError(f"cannot write {target}: {exc.strerror}", code="output.unwritable") from None
