"""What a printed registration journal reads: one journal's cards registered in a period, oldest
first (the order of a bound journal), by keyset over the (journal_id, registered_at, id) index, with
the applicants, executors and reply numbers of each batch read by id."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from clerk_app.domain.audit import subject_number
from storage.consent_models import PersonalDataGround as GroundRow
from storage.models import Card as CardRow
from storage.models import CardApplicant, CardControl, CardExecutor, StaffMember
from storage.models import Respondent as RespondentRow

_IN_CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit
Key = tuple[datetime, uuid.UUID]  # (registered_at, id): a card's place in the journal


def _in_period(journal_id: uuid.UUID, start: datetime, end: datetime) -> tuple[Any, ...]:
    """``start`` inclusive, ``end`` exclusive (UTC moments of Astana midnights)."""
    return (CardRow.journal_id == journal_id, CardRow.registered_at >= start, CardRow.registered_at < end)


def period_extent(session: Session, journal_id: uuid.UUID, start: datetime, end: datetime) -> tuple[int, Key | None]:
    """How many cards the period holds and the key of the last one (the bound every later read keeps
    to, so that a card registered while the journal prints does not shift its pages)."""
    where = _in_period(journal_id, start, end)
    count = int(session.scalar(select(func.count()).select_from(CardRow).where(*where)) or 0)
    last = session.execute(
        select(CardRow.registered_at, CardRow.id).where(*where)
        .order_by(CardRow.registered_at.desc(), CardRow.id.desc()).limit(1)
    ).first()
    return count, (last[0], last[1]) if last is not None else None


def entry_rows(
    session: Session, journal_id: uuid.UUID, start: datetime, end: datetime, *, after: Key | None, until: Key, limit: int,
) -> list[Any]:
    """One batch of the period's cards after ``after`` up to ``until`` inclusive, oldest first."""
    query = (
        select(
            CardRow.id, CardRow.number, CardRow.registered_at, CardRow.kind, CardRow.summary, CardRow.is_collective,
            CardRow.answers_card_id, RespondentRow.name.label("respondent"), CardControl.status, CardControl.due_on,
            CardControl.result, CardControl.resolution, CardControl.reply_card_id,
        )
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
        .outerjoin(CardControl, CardControl.card_id == CardRow.id)
        .where(*_in_period(journal_id, start, end), tuple_(CardRow.registered_at, CardRow.id) <= tuple_(*until))
        .order_by(CardRow.registered_at, CardRow.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(CardRow.registered_at, CardRow.id) > tuple_(*after))
    return list(session.execute(query))


def _chunks(ids: Sequence[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield list(ids[start : start + _IN_CHUNK])


def applicant_names(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each card's applicants (addressees of an outgoing letter) in their order: a person's full
    name or an entity's legal name."""
    names: dict[uuid.UUID, list[str]] = {}
    for chunk in _chunks(card_ids):
        rows = session.execute(
            select(CardApplicant.card_id, CardApplicant.surname, CardApplicant.given_name, CardApplicant.patronymic,
                   CardApplicant.legal_name)
            .where(CardApplicant.card_id.in_(chunk))
            .order_by(CardApplicant.card_id, CardApplicant.position)
        )
        for card_id, surname, given, patronymic, legal in rows:
            name = legal or " ".join(p for p in (surname, given, patronymic) if p)
            if name:
                names.setdefault(card_id, []).append(name)
    return names


def executor_names(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each card's current executors, the lead first."""
    names: dict[uuid.UUID, list[str]] = {}
    for chunk in _chunks(card_ids):
        rows = session.execute(
            select(CardExecutor.card_id, StaffMember.full_name)
            .join(StaffMember, StaffMember.id == CardExecutor.staff_member_id)
            .where(CardExecutor.card_id.in_(chunk))
            .order_by(CardExecutor.card_id, CardExecutor.is_lead.desc(), StaffMember.full_name)
        )
        for card_id, name in rows:
            names.setdefault(card_id, []).append(name)
    return names


def numbers_of(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Registration numbers by card id (the linked replies and appeals)."""
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(list(dict.fromkeys(card_ids))):
        found.update((r.id, r.number) for r in session.execute(select(CardRow.id, CardRow.number).where(CardRow.id.in_(chunk))))
    return found


def latest_replies(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The number of the latest outgoing reply to each of these appeals that has one."""
    reply = aliased(CardRow)
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(card_ids):
        rows = session.execute(
            select(reply.answers_card_id, reply.number)
            .where(reply.answers_card_id.in_(chunk))
            .order_by(reply.answers_card_id, reply.registered_at)
        )
        found.update((appeal_id, number) for appeal_id, number in rows if appeal_id)  # the latest one stays
    return found


def cards_with_lapsed_grounds(session: Session, card_ids: Sequence[uuid.UUID], today: date) -> list[uuid.UUID]:
    """Of these cards, those with a ground withdrawn or run out: only they can have a person whose
    data are withheld (R53), so the full check reads only them."""
    found: list[uuid.UUID] = []
    for chunk in _chunks(card_ids):
        found.extend(session.scalars(
            select(GroundRow.card_id).where(
                GroundRow.card_id.in_(chunk), or_(GroundRow.withdrawn_on.is_not(None), GroundRow.valid_until < today)
            ).distinct()
        ))
    return found


def subjects_in_period(session: Session, journal_id: uuid.UUID, start: datetime, end: datetime, until: Key) -> frozenset[str]:
    """The IINs/BINs of everyone on the period's cards (applicants and respondents), for the audit entry."""
    where = (*_in_period(journal_id, start, end), tuple_(CardRow.registered_at, CardRow.id) <= tuple_(*until))
    numbers: set[str] = set()
    applicants = session.execute(
        select(CardApplicant.iin, CardApplicant.bin).join(CardRow, CardRow.id == CardApplicant.card_id)
        .where(*where, or_(CardApplicant.iin.is_not(None), CardApplicant.bin.is_not(None)))
    )
    for iin, bin_ in applicants:
        numbers.update(n for n in (iin, bin_) if n)
    numbers.update(n for n in session.scalars(
        select(RespondentRow.bin_or_iin).join(CardRow, CardRow.respondent_id == RespondentRow.id)
        .where(*where, RespondentRow.bin_or_iin.is_not(None)).distinct()
    ) if n)
    return frozenset(n for n in (subject_number(v) for v in numbers) if n)
