"""What the printed registration journals and the control report hold (issue 8, items 1 and 5):
plain data for the ui's painters, Qt-free.

A journal lists one journal's cards registered in a period (Astana days), oldest first as a bound
journal is, streamed in keyset batches so that no period loads every card at once. The heading fixes
the count and the last card's key in one snapshot; every later read stops at that key, so both passes
of the painter (lay out, then paint) see the same entries. Names and summaries of a card holding a
person whose data are blocked (R45) or withheld (R53) are hidden, as journals and search hide them.
Printing is recorded in the audit trail with everyone on the printed cards (R36)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.cards import Journal
from clerk_app.domain.control import ControlResult, ControlStatus, ControlView
from clerk_app.domain.enums import AppealKind, Direction
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services import audit
from clerk_app.services.consent_checks import export_withheld_in
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter, ControlService
from clerk_app.services.references import own_body_in
from clerk_app.timeutil import astana_today
from storage.repositories import blocking as blocking_repo
from storage.repositories import journal_print as repo
from storage.repositories import journals as journal_repo
from storage.repositories.statistics import astana_midnight
from storage.store import Store

BATCH = 1000
MAX_SPAN_DAYS = 366 * 10
DEFAULT_DUE_WITHIN = 5
MAX_DUE_WITHIN = 366


@dataclass(frozen=True)
class JournalEntry:
    """One line of a printed journal, in the columns clerks know."""

    card_id: uuid.UUID
    number: str
    registered_at: datetime  # UTC
    correspondents: tuple[str, ...]  # incoming: from whom (every applicant); outgoing: to whom
    is_collective: bool
    kind: AppealKind | None
    summary: str
    respondent: str | None
    executors: tuple[str, ...]  # the lead first
    due_on: date | None
    status: ControlStatus | None  # None: never on control (outgoing letters)
    result: ControlResult | None
    resolution: str | None
    reply_number: str | None  # incoming: the reply linked or the latest one
    answers_number: str | None  # outgoing: the appeal it answers
    hidden: bool = False  # a blocked (R45) or withheld (R53) person: names and summary left out


@dataclass(frozen=True)
class JournalHeading:
    """The title page's facts and the bound of the entries (fixed in one snapshot)."""

    journal: Journal
    start: date
    end: date
    entries: int
    body_name: str | None
    body_bin: str | None
    last_key: repo.Key | None  # None: the period holds no card


@dataclass(frozen=True)
class ExecutorGroup:
    executor: str | None  # None: nobody assigned yet
    cards: tuple[ControlView, ...]  # most overdue first
    overdue: int
    due_soon: int


@dataclass(frozen=True)
class ControlReport:
    today: date
    due_within_days: int
    body_name: str | None
    body_bin: str | None
    groups: tuple[ExecutorGroup, ...]  # by executor name; the unassigned last
    overdue: int  # distinct cards (a card with two executors is listed under both)
    due_soon: int


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError([FieldIssue("to", "print.bad_period", "the period ends before it starts")])
    if (end - start).days > MAX_SPAN_DAYS:
        raise ValidationError([FieldIssue("to", "print.bad_period", "the period is longer than ten years")])


@dataclass
class JournalPrintService:
    store: Store

    # -- the registration journal ----------------------------------------------------------------

    def heading(self, direction: Direction, start: date, end: date, actor: Actor) -> JournalHeading:
        actor.require(Permission.VIEW_CARD)
        _check_period(start, end)
        with self.store.read() as session:
            row = journal_repo.default_journal_row(session, direction)
            if row is None:
                raise ValidationError([FieldIssue("journal", "journal.unknown", f"there is no {direction.value} journal")])
            journal = journal_repo.journal_by_code(session, row.code)
            assert journal is not None
            count, last = repo.period_extent(session, row.id, astana_midnight(start), astana_midnight(end + timedelta(days=1)))
            own = own_body_in(session)
        return JournalHeading(
            journal=journal, start=start, end=end, entries=count, last_key=last,
            body_name=own.body.name if own else None, body_bin=own.body.bin if own else None,
        )

    def entries(self, heading: JournalHeading, actor: Actor, *, batch: int = BATCH) -> Iterator[JournalEntry]:
        """The heading's entries, oldest first, read in batches of ``batch`` (each in its own short
        read: a slow printer never holds a snapshot open)."""
        actor.require(Permission.VIEW_CARD)
        if heading.last_key is None:
            return
        start, end = astana_midnight(heading.start), astana_midnight(heading.end + timedelta(days=1))
        after: repo.Key | None = None
        while True:
            with self.store.read() as session:
                journal = journal_repo.journal_row(session, heading.journal.code)
                assert journal is not None
                rows = repo.entry_rows(session, journal.id, start, end, after=after, until=heading.last_key, limit=batch)
                entries = _entries(session, rows)
            yield from entries
            if len(rows) < batch:
                return
            after = (rows[-1].registered_at, rows[-1].id)

    def record_printed(self, heading: JournalHeading, actor: Actor, *, output: str, pages: int) -> None:
        """The audit entry of a journal printed or saved (R36): everyone on its cards."""
        with self.store.write() as session:
            subjects: frozenset[str] = frozenset()
            journal = journal_repo.journal_row(session, heading.journal.code)
            if journal is not None and heading.last_key is not None:
                subjects = repo.subjects_in_period(
                    session, journal.id, astana_midnight(heading.start), astana_midnight(heading.end + timedelta(days=1)),
                    heading.last_key,
                )
            audit.record_in(session, actor, AuditRecord(AuditAction.PRINT, AuditObject.JOURNAL, heading.journal.code, subjects, {
                "from": heading.start.isoformat(), "to": heading.end.isoformat(), "rows": heading.entries,
                "pages": pages, "output": output,
            }))

    # -- the control report ----------------------------------------------------------------------

    def control_report(self, actor: Actor, *, due_within_days: int = DEFAULT_DUE_WITHIN,
                       today: date | None = None) -> ControlReport:
        """The open cards overdue or due within ``due_within_days`` calendar days (today included),
        by executor, from the control views (masked as they mask)."""
        actor.require(Permission.REPORTS)
        if not 0 <= due_within_days <= MAX_DUE_WITHIN:
            raise ValidationError([FieldIssue("due_within", "field.out_of_range", f"between 0 and {MAX_DUE_WITHIN} days")])
        today = today or astana_today()
        control = ControlService(self.store)
        views: list[ControlView] = []
        for control_filter in (ControlFilter(overdue=True), ControlFilter(due_within=due_within_days)):
            cursor: str | None = None
            while True:
                page = control.views(control_filter, limit=500, cursor=cursor, today=today, actor=actor)
                views.extend(page.rows)
                cursor = page.next_cursor
                if cursor is None:
                    break
        with self.store.read() as session:
            own = own_body_in(session)
            # R53: the names of a person whose ground lapsed are not written out, as in the journal
            ids = [v.card_id for v in views]
            lapsed = repo.cards_with_lapsed_grounds(session, ids, today) if ids else []
            withheld = set(export_withheld_in(session, lapsed)) if lapsed else set()
        views = [replace(v, blocked=True, correspondent="", summary="") if v.card_id in withheld else v for v in views]
        return ControlReport(
            today=today, due_within_days=due_within_days, body_name=own.body.name if own else None,
            body_bin=own.body.bin if own else None, groups=_by_executor(views),
            overdue=sum(1 for v in views if v.days_overdue > 0), due_soon=sum(1 for v in views if v.days_overdue == 0),
        )

    def record_control_printed(self, report: ControlReport, actor: Actor, *, output: str, pages: int) -> None:
        card_ids = {v.card_id for g in report.groups for v in g.cards}
        with self.store.write() as session:
            audit.record_cards_in(session, actor, AuditAction.PRINT, AuditObject.JOURNAL, card_ids, object_id="control", details={
                "today": report.today.isoformat(), "due_within_days": report.due_within_days, "rows": len(card_ids),
                "pages": pages, "output": output,
            })


def _entries(session: Session, rows: list[Any]) -> list[JournalEntry]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    names = repo.applicant_names(session, ids)
    executors = repo.executor_names(session, ids)
    linked = repo.numbers_of(session, [x for r in rows for x in (r.reply_card_id, r.answers_card_id) if x])
    replies = repo.latest_replies(session, ids)
    lapsed = repo.cards_with_lapsed_grounds(session, ids, astana_today())
    hidden = blocking_repo.blocked_cards(session, ids) | (set(export_withheld_in(session, lapsed)) if lapsed else set())
    return [
        JournalEntry(
            card_id=r.id, number=r.number, registered_at=r.registered_at,
            correspondents=() if r.id in hidden else tuple(names.get(r.id, ())),
            is_collective=r.is_collective, kind=AppealKind(r.kind) if r.kind else None,
            summary="" if r.id in hidden else r.summary, respondent=r.respondent,
            executors=tuple(executors.get(r.id, ())), due_on=r.due_on,
            status=ControlStatus(r.status) if r.status else None,
            result=ControlResult(r.result) if r.result else None,
            resolution=None if r.id in hidden else r.resolution,  # free text that may name the person
            reply_number=linked.get(r.reply_card_id) if r.reply_card_id else replies.get(r.id),
            answers_number=linked.get(r.answers_card_id) if r.answers_card_id else None,
            hidden=r.id in hidden,
        )
        for r in rows
    ]


def _by_executor(views: list[ControlView]) -> tuple[ExecutorGroup, ...]:
    groups: dict[str | None, list[ControlView]] = {}
    for view in views:
        for name in view.executors or (None,):
            groups.setdefault(name, []).append(view)
    ordered = sorted(groups.items(), key=lambda item: (item[0] is None, (item[0] or "").casefold()))
    return tuple(
        ExecutorGroup(
            executor=name, cards=tuple(sorted(cards, key=lambda v: (v.due_on or date.max, v.number))),
            overdue=sum(1 for v in cards if v.days_overdue > 0), due_soon=sum(1 for v in cards if v.days_overdue == 0),
        )
        for name, cards in ordered
    )
