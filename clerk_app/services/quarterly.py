"""The quarterly information on the results of consideration of consumers' appeals (cl. 9, R14):
the figures for a quarter (permission REPORTS), the machine-readable JSON, an audit entry for every
output written or printed, and the deadline: which quarters were marked sent, and whether to remind.

The report holds counts and amounts only, never a person's data; it is recorded in the audit trail
all the same, as every statistics output is (who took which figures out, and when)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from clerk_app.atomic_files import write_recorded
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.quarterly import (
    FIGURE_COLUMNS,
    SCHEMA,
    SCHEMA_VERSION,
    SECTION_COLUMNS,
    DeadlineReminder,
    Figures,
    Quarter,
    QuarterlyReport,
    ReportBody,
    Section,
    assemble,
    deadline_reminder,
)
from clerk_app.services.audit import record_in
from clerk_app.services.context import Actor
from clerk_app.services.references import own_body_in
from clerk_app.timeutil import astana_today, iso_astana, utc_now
from storage.repositories import quarterly as quarterly_repo
from storage.repositories import settings as settings_repo
from storage.repositories.statistics import astana_midnight
from storage.store import Store

SENT_KEY = "quarterly_sent"  # store setting: {"2026-Q3": {"on": "2026-10-20", "by": "user"}}
OUTPUT_FORMATS = ("pdf", "xlsx", "json", "print")


@dataclass
class QuarterlyService:
    store: Store

    def report(self, year: int, quarter: int, actor: Actor) -> QuarterlyReport:
        """The figures of one quarter (Astana days), counted now."""
        actor.require(Permission.REPORTS)
        period = Quarter(year, quarter)
        start, end = astana_midnight(period.first_day), astana_midnight(period.last_day + timedelta(days=1))
        with self.store.read() as session:
            own = own_body_in(session)
            body = ReportBody(own.body.name, own.body.bin, own.head) if own is not None else ReportBody()
            return assemble(
                period, utc_now(), body,
                received=quarterly_repo.received(session, start, end),
                considered=quarterly_repo.considered(session, start, end),
                pending=quarterly_repo.pending(session, end),
            )

    def save_json(self, year: int, quarter: int, out: Path, actor: Actor) -> QuarterlyReport:
        """The machine-readable report (docs/quarterly.md), written whole or not at all, and only
        once its output is recorded."""
        report = self.report(year, quarter, actor)
        write_recorded(out, to_json(report), lambda: self.record_output(report, "json", actor), private=False)
        return report

    def record_output(self, report: QuarterlyReport, fmt: str, actor: Actor) -> None:
        """The audit entry of a report written (pdf, xlsx, json) or sent to the printer (print)."""
        actor.require(Permission.REPORTS)
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(fmt)
        action = AuditAction.PRINT if fmt == "print" else AuditAction.EXPORT
        with self.store.write() as session:
            record_in(session, actor, AuditRecord(action, AuditObject.STATISTICS, report.quarter.code, frozenset(), {
                "document": "quarterly", "quarter": report.quarter.code, "format": fmt,
            }))

    # --- the deadline ----------------------------------------------------------------------------

    def mark_sent(self, year: int, quarter: int, actor: Actor, *, sent_on: date | None = None) -> None:
        """The report of the quarter went to the authorized body: the reminder stops."""
        actor.require(Permission.REPORTS)
        period = Quarter(year, quarter)
        with self.store.write() as session:
            sent = dict(settings_repo.get_setting(session, SENT_KEY) or {})
            sent[period.code] = {"on": (sent_on or astana_today()).isoformat(), "by": actor.user}
            settings_repo.set_setting(session, SENT_KEY, sent)

    def sent_quarters(self) -> frozenset[str]:
        with self.store.read() as session:
            return frozenset(settings_repo.get_setting(session, SENT_KEY) or {})

    def reminder(self, today: date | None = None) -> DeadlineReminder | None:
        """What to remind of today (Astana), if anything (no permission: it names no figures)."""
        return deadline_reminder(today or astana_today(), self.sent_quarters())


def _row(code: str, figures: Figures, columns: tuple[str, ...] = FIGURE_COLUMNS) -> dict[str, Any]:
    return {"code": code, **{c: figures.value(c) for c in columns}}


def to_dict(report: QuarterlyReport) -> dict[str, Any]:
    q = report.quarter
    generated: datetime = report.generated_at
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "year": q.year,
        "quarter": q.number,
        "period": {"from": q.first_day.isoformat(), "to": q.last_day.isoformat()},
        "deadline": q.deadline.isoformat(),
        "generated_at": iso_astana(generated),
        "body": {"name": report.body.name, "bin": report.body.bin},
        "amount_unit": "tiyn",
        "sections": {
            "by_kind": [_row(c, f) for c, f in report.by_kind.items()],
            "by_result": [_row(c, f, SECTION_COLUMNS[Section.BY_RESULT]) for c, f in report.by_result.items()],
            "by_activity": [_row(c, f) for c, f in report.by_activity.items()],
        },
        "totals": report.totals.as_dict(),
    }


def to_json(report: QuarterlyReport) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
