"""Retention in SQL: the periods (store settings) and the records whose period ran out, by keyset.

A card's period starts when it was removed from control (``card_control.closed_at``) or, never on
control, at its registration; a card still on control is never due. ``closed_at`` is never before
``registered_at``, so ``registered_at < cutoff`` is a sargable first filter: the due list reads the
registration index from its oldest end and stops at the cutoff.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session

from clerk_app.domain.control import ControlStatus
from clerk_app.domain.retention import DestructionScope, DueRecord, RecordType, RetentionPolicy
from clerk_app.timeutil import ASTANA, to_astana
from storage.models import Card as CardRow
from storage.models import CardControl, ElectronicCopy, InboxItem
from storage.repositories import settings as settings_repo
from storage.retention_models import DestructionItem

SETTING_PREFIX = "retention_years."


def policy(session: Session) -> RetentionPolicy:
    defaults = RetentionPolicy.defaults()
    return RetentionPolicy({
        t: int(settings_repo.get_setting(session, SETTING_PREFIX + t.value, defaults.years_of(t))) for t in RecordType
    })


def save_policy(session: Session, years: dict[RecordType, int]) -> None:
    for record_type, value in years.items():
        settings_repo.set_setting(session, SETTING_PREFIX + record_type.value, value)


def _moment(day: date) -> datetime:
    """Astana midnight of the day (the office's calendar year decides, not UTC's)."""
    return datetime.combine(day, time(), tzinfo=ASTANA)


def _not_destroyed() -> Any:
    return ~exists().where(DestructionItem.card_id == CardRow.id, DestructionItem.scope == DestructionScope.CARD.value)


def _card_conditions(direction: str, cutoff: datetime) -> list[Any]:
    removed = and_(CardControl.status == ControlStatus.REMOVED.value, CardControl.closed_at < cutoff)
    return [
        CardRow.direction == direction,
        CardRow.registered_at < cutoff,
        or_(CardControl.card_id.is_(None), removed),
        _not_destroyed(),
    ]


def _copies() -> Any:
    return select(func.count()).where(ElectronicCopy.card_id == CardRow.id).scalar_subquery()


def due_cards(
    session: Session, record_type: RecordType, cutoff_day: date, after: tuple[datetime, uuid.UUID] | None, limit: int
) -> list[DueRecord]:
    cutoff = _moment(cutoff_day)
    query = (
        select(CardRow.id, CardRow.number, CardRow.registered_at, CardControl.closed_at, _copies().label("copies"))
        .outerjoin(CardControl, CardControl.card_id == CardRow.id)
        .where(*_card_conditions(record_type.value, cutoff))
        .order_by(CardRow.registered_at, CardRow.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(CardRow.registered_at, CardRow.id) > tuple_(*after))
    return [
        DueRecord(record_type, r.id, r.number, to_astana(r.closed_at or r.registered_at).date(), cutoff_day, int(r.copies),
                  r.registered_at)
        for r in session.execute(query)
    ]


def count_due_cards(session: Session, record_type: RecordType, cutoff_day: date) -> int:
    query = (
        select(func.count())
        .select_from(CardRow)
        .outerjoin(CardControl, CardControl.card_id == CardRow.id)
        .where(*_card_conditions(record_type.value, _moment(cutoff_day)))
    )
    return int(session.scalar(query) or 0)


def inbox_reference(received_at: datetime, sha256: str) -> str:
    return f"inbox {to_astana(received_at).date().isoformat()} {sha256[:12]}"


def due_inbox(
    session: Session, cutoff_day: date, after: tuple[datetime, uuid.UUID] | None, limit: int
) -> list[DueRecord]:
    query = (
        select(InboxItem.id, InboxItem.received_at, InboxItem.sha256)
        .where(InboxItem.filed_copy_id.is_(None), InboxItem.received_at < _moment(cutoff_day))
        .order_by(InboxItem.received_at, InboxItem.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(InboxItem.received_at, InboxItem.id) > tuple_(*after))
    return [
        DueRecord(RecordType.INBOX, r.id, inbox_reference(r.received_at, r.sha256), to_astana(r.received_at).date(),
                  cutoff_day, 1, r.received_at)
        for r in session.execute(query)
    ]


def count_due_inbox(session: Session, cutoff_day: date) -> int:
    query = select(func.count()).select_from(InboxItem).where(
        InboxItem.filed_copy_id.is_(None), InboxItem.received_at < _moment(cutoff_day)
    )
    return int(session.scalar(query) or 0)


def still_due_cards(session: Session, record_type: RecordType, cutoff_day: date, card_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Of these cards, the ones due now (checked again in the destroying transaction)."""
    query = (
        select(CardRow.id)
        .outerjoin(CardControl, CardControl.card_id == CardRow.id)
        .where(CardRow.id.in_(card_ids), *_card_conditions(record_type.value, _moment(cutoff_day)))
    )
    return set(session.scalars(query))


def still_due_inbox(session: Session, cutoff_day: date, item_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    query = select(InboxItem.id).where(
        InboxItem.id.in_(item_ids), InboxItem.filed_copy_id.is_(None), InboxItem.received_at < _moment(cutoff_day)
    )
    return set(session.scalars(query))
