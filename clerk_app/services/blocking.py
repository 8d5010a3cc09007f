"""Blocking and unblocking a subject's personal data (R45) with the one-working-day due dates of
the requests (R46), and the guard every card operation passes: while a person is blocked, nobody
but the personal-data officer may open, change, attach to, control, print or export a card holding
their data (``pd.blocked``); journals and search show those rows with the names masked.
A destroyed card (a tombstone) takes no new data (``pd.destroyed``)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.calendar import one_working_day_after
from clerk_app.domain.retention import SubjectBlockState, check_reason
from clerk_app.errors import ClerkError
from clerk_app.services import audit
from clerk_app.services.audit import _checked_number
from clerk_app.services.context import Actor
from clerk_app.timeutil import astana_today, to_astana, utc_now
from storage.repositories import audit as audit_repo
from storage.repositories import blocking as blocking_repo
from storage.repositories import calendar as calendar_repo
from storage.repositories import destruction as destruction_repo
from storage.retention_models import SubjectBlock
from storage.store import Store

Row = TypeVar("Row")


def guard(session: Session, actor: Actor | None, card_ids: Iterable[uuid.UUID], *, change: bool = False) -> None:
    """Refuses (``pd.blocked``) when a card holds a blocked person, unless the actor may block (the
    PD officer) or is a trusted caller; ``change``: also refuses to put data on a destroyed card."""
    ids = list(card_ids)
    if change and destruction_repo.destroyed_cards(session, ids):
        raise ClerkError("the personal data of this card were destroyed: it takes no new data", code="pd.destroyed")
    if actor is None or actor.may(Permission.PD_BLOCK):
        return
    if blocking_repo.blocked_cards(session, ids):
        raise ClerkError("the personal data on this card are blocked: only the personal-data officer may act on it",
                         code="pd.blocked")


def mask(session: Session, rows: Sequence[Row]) -> tuple[Row, ...]:
    """Journal rows (or search hits) with ``blocked`` set and the names and summary hidden on the cards
    holding a blocked person. Costs one indexed probe while nothing is blocked."""
    blocked = blocking_repo.blocked_cards(session, (_card_id(r) for r in rows))
    if not blocked:
        return tuple(rows)
    return tuple(masked(r) if _card_id(r) in blocked else r for r in rows)


def _card_id(row: object) -> uuid.UUID:
    return getattr(row, "card_id", None) or row.id  # type: ignore[attr-defined, no-any-return]


def masked(row: Row) -> Row:
    """The row with ``blocked`` set and the names, summary and matched words hidden."""
    return dataclasses.replace(row, **_masked_fields(row))  # type: ignore[type-var]


def _masked_fields(row: object) -> dict[str, object]:
    values: dict[str, object] = {"blocked": True}
    for name in ("correspondent", "summary"):
        if hasattr(row, name):
            values[name] = ""
    snippet = getattr(row, "snippet", None)
    if snippet is not None:  # a search hit: the matched words may be the person's name
        values["snippet"] = dataclasses.replace(snippet, text="", highlights=())
    return values


def _state(iin: str, row: SubjectBlock, cards: int) -> SubjectBlockState:
    return SubjectBlockState(
        iin=iin, is_blocked=row.unblocked_at is None, requested_on=row.requested_on, due_on=row.due_on,
        reason=row.reason, blocked_at=row.blocked_at, blocked_by=row.blocked_by,
        unblock_requested_on=row.unblock_requested_on, unblock_due_on=row.unblock_due_on,
        unblocked_at=row.unblocked_at, unblocked_by=row.unblocked_by, unblock_reason=row.unblock_reason, cards=cards,
    )


@dataclass
class BlockingService:
    store: Store

    def status(self, iin: str, actor: Actor) -> SubjectBlockState | None:
        """The person's latest block (open or lifted), None when never blocked."""
        if not actor.may(Permission.PD_REQUESTS):
            actor.require(Permission.PD_BLOCK)
        number = _checked_number(iin)
        with self.store.read() as session:
            row = blocking_repo.latest_block(session, audit_repo.subject_key_of(session, number))
            return _state(number, row, len(destruction_repo.holdings(session, number))) if row else None

    def block(self, iin: str, reason: str, actor: Actor, *, requested_on: date | None = None) -> SubjectBlockState:
        """Blocks the person's data on every card that holds them, now and registered later. The
        request's date gives the one-working-day due date (R46); blocking after it is recorded as late."""
        actor.require(Permission.PD_BLOCK)
        number = _checked_number(iin)
        text = check_reason(reason)
        requested = requested_on or astana_today()
        with self.store.write() as session:
            key = audit_repo.subject_key_of(session, number)
            if blocking_repo.open_block(session, key, for_update=True) is not None:
                raise ClerkError("this person's data are blocked already", code="pd.already_blocked")
            now = utc_now()
            due = one_working_day_after(requested, calendar_repo.working_calendar(session))
            row = blocking_repo.add_block(session, key, requested_on=requested, due_on=due, reason=text, at=now,
                                          by=actor.user)
            cards = len(destruction_repo.holdings(session, number))
            audit.record_in(session, actor, AuditRecord(
                AuditAction.BLOCK, AuditObject.PERSON, str(row.id), frozenset({number}),
                {"cards": cards, "requested_on": requested, "due_on": due, "late": to_astana(now).date() > due},
            ))
            return _state(number, row, cards)

    def unblock(self, iin: str, reason: str, actor: Actor, *, requested_on: date | None = None) -> SubjectBlockState:
        actor.require(Permission.PD_BLOCK)
        number = _checked_number(iin)
        text = check_reason(reason)
        requested = requested_on or astana_today()
        with self.store.write() as session:
            row = blocking_repo.open_block(session, audit_repo.subject_key_of(session, number), for_update=True)
            if row is None:
                raise ClerkError("this person's data are not blocked", code="pd.not_blocked")
            now = utc_now()
            row.unblock_requested_on = requested
            row.unblock_due_on = one_working_day_after(requested, calendar_repo.working_calendar(session))
            row.unblocked_at, row.unblocked_by, row.unblock_reason = now, actor.user, text
            cards = len(destruction_repo.holdings(session, number))
            audit.record_in(session, actor, AuditRecord(
                AuditAction.UNBLOCK, AuditObject.PERSON, str(row.id), frozenset({number}),
                {"cards": cards, "requested_on": requested, "due_on": row.unblock_due_on,
                 "late": to_astana(now).date() > row.unblock_due_on},
            ))
            return _state(number, row, cards)
