"""Blocked subjects in SQL (R45): the open blocks, and which of a few cards hold a blocked person.

A block names its subject by the keyed hash of their IIN. Checking cards costs nothing while
nothing is blocked (one indexed probe of a table that is almost always empty); otherwise the IINs
of the given cards' applicants (a page of a journal: at most a few hundred rows, by primary key) are
hashed and looked up among the open blocks. Cards registered later for a blocked person are blocked
too, without any flag to keep in step.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.audit import subject_key, subject_number
from storage.models import CardApplicant
from storage.repositories import audit as audit_repo
from storage.retention_models import SubjectBlock

_CHUNK = 500


def any_open(session: Session) -> bool:
    return session.scalar(select(SubjectBlock.id).where(SubjectBlock.unblocked_at.is_(None)).limit(1)) is not None


def open_block(session: Session, key: str, *, for_update: bool = False) -> SubjectBlock | None:
    query = select(SubjectBlock).where(SubjectBlock.subject_key == key, SubjectBlock.unblocked_at.is_(None))
    if for_update:
        query = query.with_for_update()
    return session.scalar(query)


def latest_block(session: Session, key: str) -> SubjectBlock | None:
    return session.scalar(select(SubjectBlock).where(SubjectBlock.subject_key == key)
                          .order_by(SubjectBlock.blocked_at.desc()).limit(1))


def add_block(session: Session, key: str, *, requested_on: date, due_on: date, reason: str, at: datetime,
              by: str) -> SubjectBlock:
    row = SubjectBlock(subject_key=key, requested_on=requested_on, due_on=due_on, reason=reason, blocked_at=at,
                       blocked_by=by)
    session.add(row)
    session.flush()
    return row


def blocked_cards(session: Session, card_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these cards, those holding a person whose data are blocked."""
    wanted = list(dict.fromkeys(card_ids))
    if not wanted or not any_open(session):
        return set()
    blocked = set(session.scalars(select(SubjectBlock.subject_key).where(SubjectBlock.unblocked_at.is_(None))))
    salt = audit_repo.head(session)
    if salt is None:
        return set()
    found: set[uuid.UUID] = set()
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(CardApplicant.card_id, CardApplicant.iin)
            .where(CardApplicant.card_id.in_(wanted[start : start + _CHUNK]), CardApplicant.iin.is_not(None))
        )
        for card_id, iin in rows:
            number = subject_number(iin)
            if number and card_id not in found and subject_key(salt.subject_salt, number) in blocked:
                found.add(card_id)
    return found
