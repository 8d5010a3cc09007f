"""Cards: insert, fetch, keyset pages of a journal, duplicate candidates and the change history."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, joinedload

from clerk_app.domain.cards import Applicant, Card, CardChange, CardRef, JournalRow
from clerk_app.domain.enums import AppealForm, AppealKind, AppealType, Channel, Direction, PartyType
from clerk_app.domain.money import from_tiyn
from storage.models import Card as CardRow
from storage.models import CardApplicant
from storage.models import CardChange as CardChangeRow
from storage.models import Respondent as RespondentRow
from storage.repositories import respondents


def applicant_row(applicant: Applicant, position: int) -> CardApplicant:
    return CardApplicant(
        position=position,
        party_type=applicant.party_type.value,
        surname=applicant.surname,
        given_name=applicant.given_name,
        patronymic=applicant.patronymic,
        iin=applicant.iin,
        legal_name=applicant.legal_name,
        bin=applicant.bin,
        address=applicant.address,
        phone=applicant.phone,
        email=applicant.email,
    )


def applicant_from_row(row: CardApplicant) -> Applicant:
    return Applicant(
        party_type=PartyType(row.party_type),
        surname=row.surname,
        given_name=row.given_name,
        patronymic=row.patronymic,
        iin=row.iin,
        legal_name=row.legal_name,
        bin=row.bin,
        address=row.address,
        phone=row.phone,
        email=row.email,
    )


def _whole_card() -> Any:
    """The card with its journal, respondent and applicants in one query (lookups are hot)."""
    return select(CardRow).options(joinedload(CardRow.applicants))


def card_row_by_id(session: Session, card_id: uuid.UUID, *, for_update: bool = False) -> CardRow | None:
    query = _whole_card().where(CardRow.id == card_id)
    if for_update:
        query = query.with_for_update(of=CardRow)
    return session.scalars(query).unique().first()


def card_row_by_number(session: Session, number: str) -> CardRow | None:
    return session.scalars(_whole_card().where(CardRow.number == number)).unique().first()


def number_taken(session: Session, number: str) -> bool:
    return session.scalar(select(CardRow.id).where(CardRow.number == number)) is not None


def _linked(session: Session, row: CardRow, *, is_new: bool) -> dict[str, Any]:
    """The cards this one points to and the cards that point to it (none yet for a new card)."""
    forward = {row.answers_card_id, row.repeat_of_card_id} - {None}
    numbers: dict[uuid.UUID, str] = {}
    if forward:
        numbers = {r.id: r.number for r in session.execute(select(CardRow.id, CardRow.number).where(CardRow.id.in_(forward)))}
    replies: list[CardRef] = []
    repeats: list[CardRef] = []
    backward = () if is_new else session.execute(
        select(CardRow.id, CardRow.number, CardRow.answers_card_id)
        .where(or_(CardRow.answers_card_id == row.id, CardRow.repeat_of_card_id == row.id))
        .order_by(CardRow.registered_at, CardRow.id)
    )
    for other in backward:
        (replies if other.answers_card_id == row.id else repeats).append(CardRef(id=other.id, number=other.number))

    def ref(card_id: uuid.UUID | None) -> CardRef | None:
        return CardRef(id=card_id, number=numbers[card_id]) if card_id in numbers else None

    return {
        "answers": ref(row.answers_card_id),
        "repeat_of": ref(row.repeat_of_card_id),
        "replies": tuple(replies),
        "repeats": tuple(repeats),
    }


def to_domain(session: Session, row: CardRow, *, is_new: bool = False) -> Card:
    return Card(
        id=row.id,
        number=row.number,
        direction=Direction(row.direction),
        journal=row.journal.code,
        registered_at=row.registered_at,
        registered_by=row.registered_by,
        station=row.station_code,
        channel=Channel(row.channel),
        form=AppealForm(row.form),
        type=AppealType(row.appeal_type) if row.appeal_type else None,
        kind=AppealKind(row.kind) if row.kind else None,
        is_collective=row.is_collective,
        applicants=tuple(applicant_from_row(a) for a in row.applicants),
        respondent=respondents.to_domain(row.respondent) if row.respondent else None,
        summary=row.summary,
        claimed_amount=from_tiyn(row.claimed_amount_tiyn) if row.claimed_amount_tiyn is not None else None,
        correspondent_number=row.correspondent_number,
        correspondent_date=row.correspondent_date,
        received_on=row.received_on,
        sheet_count=row.sheet_count,
        **_linked(session, row, is_new=is_new),
        is_court_matter=row.is_court_matter,
        notes=row.notes,
        version=row.version,
        updated_at=row.updated_at,
    )


def find_duplicate_candidates(
    session: Session,
    *,
    direction: Direction,
    correspondent_number: str | None,
    correspondent_date: date | None,
    applicant_iins: list[str],
    respondent_id: uuid.UUID | None,
    since: datetime,
) -> list[CardRef]:
    """Cards that are likely the same document: the same correspondent's number and date, or the
    same applicant (IIN) against the same respondent since ``since``."""
    conditions = []
    if correspondent_number and correspondent_date:
        conditions.append(
            and_(
                CardRow.correspondent_number == correspondent_number,
                CardRow.correspondent_date == correspondent_date,
                CardRow.direction == direction.value,
            )
        )
    if applicant_iins and respondent_id is not None:
        same_applicant = select(CardApplicant.card_id).where(CardApplicant.iin.in_(applicant_iins))
        conditions.append(
            and_(
                CardRow.respondent_id == respondent_id,
                CardRow.registered_at >= since,
                CardRow.direction == direction.value,
                CardRow.id.in_(same_applicant),
            )
        )
    if not conditions:
        return []
    rows = session.execute(
        select(CardRow.id, CardRow.number).where(or_(*conditions)).order_by(CardRow.registered_at, CardRow.id)
    )
    return [CardRef(id=r.id, number=r.number) for r in rows]


def journal_page(
    session: Session, journal_id: uuid.UUID, after: tuple[datetime, uuid.UUID] | None, limit: int
) -> list[JournalRow]:
    """Newest first, by (registered_at, id) descending; ``after`` is the last row of the previous page."""
    first = aliased(CardApplicant)
    query = (
        select(
            CardRow.id, CardRow.number, CardRow.registered_at, CardRow.direction, CardRow.channel,
            CardRow.appeal_type, CardRow.kind, CardRow.is_collective, CardRow.summary,
            CardRow.claimed_amount_tiyn, CardRow.is_court_matter,
            first.party_type, first.surname, first.given_name, first.patronymic, first.legal_name,
            RespondentRow.name.label("respondent_name"),
        )
        .outerjoin(first, and_(first.card_id == CardRow.id, first.position == 0))
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
        .where(CardRow.journal_id == journal_id)
        .order_by(CardRow.registered_at.desc(), CardRow.id.desc())
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(CardRow.registered_at, CardRow.id) < tuple_(*after))
    rows = []
    for r in session.execute(query):
        if r.party_type == PartyType.LEGAL_ENTITY.value:
            correspondent = r.legal_name or ""
        else:
            correspondent = " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        rows.append(
            JournalRow(
                id=r.id,
                number=r.number,
                registered_at=r.registered_at,
                direction=Direction(r.direction),
                channel=Channel(r.channel),
                type=AppealType(r.appeal_type) if r.appeal_type else None,
                kind=AppealKind(r.kind) if r.kind else None,
                correspondent=correspondent,
                is_collective=r.is_collective,
                respondent=r.respondent_name,
                summary=r.summary,
                claimed_amount=from_tiyn(r.claimed_amount_tiyn) if r.claimed_amount_tiyn is not None else None,
                is_court_matter=r.is_court_matter,
            )
        )
    return rows


def add_change(
    session: Session, card_id: uuid.UUID, *, at: datetime, by: str, station: str, field: str, old: Any, new: Any
) -> None:
    session.add(
        CardChangeRow(
            card_id=card_id,
            changed_at=at,
            changed_by=by,
            station_code=station,
            field=field,
            old_value=json.dumps(old, ensure_ascii=False, default=str),
            new_value=json.dumps(new, ensure_ascii=False, default=str),
        )
    )


def card_history(session: Session, card_id: uuid.UUID) -> list[CardChange]:
    rows = session.scalars(
        select(CardChangeRow).where(CardChangeRow.card_id == card_id).order_by(CardChangeRow.changed_at, CardChangeRow.id)
    )
    return [
        CardChange(
            changed_at=row.changed_at,
            changed_by=row.changed_by,
            field=row.field,
            old_value=json.loads(row.old_value) if row.old_value is not None else None,
            new_value=json.loads(row.new_value) if row.new_value is not None else None,
        )
        for row in rows
    ]


def count_cards(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(CardRow)) or 0)
