"""Cards: insert, fetch, keyset pages of a journal, duplicate candidates and the change history."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, joinedload
from sqlalchemy.sql.elements import ColumnElement

from clerk_app.domain.card_query import applicant_name_key
from clerk_app.domain.cards import Applicant, Card, CardChange, CardDraft, CardRef, JournalRow, Respondent
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import (
    ActivityField,
    AppealForm,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    PartyType,
    RespondentRole,
)
from clerk_app.domain.money import from_tiyn, to_tiyn
from storage.models import Card as CardRow
from storage.models import CardApplicant, CardControl
from storage.models import CardChange as CardChangeRow
from storage.models import Journal as JournalModel
from storage.models import Respondent as RespondentRow


def applicant_row(applicant: Applicant, position: int, registered_at: datetime) -> CardApplicant:
    return CardApplicant(
        position=position,
        registered_at=registered_at,
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
        name_key=_name_key(applicant),
    )


def _name_key(a: Applicant) -> str | None:
    return applicant_name_key(a.surname, a.given_name, a.patronymic, a.legal_name)


def apply_draft_fields(row: CardRow, draft: CardDraft) -> None:
    """The plain columns a draft sets (links, applicants and respondent are resolved by the caller)."""
    row.channel = draft.channel.value
    row.form = draft.form.value
    row.appeal_type = draft.type.value if draft.type else None
    row.kind = draft.kind.value if draft.kind else None
    row.is_collective = draft.is_collective
    row.summary = draft.summary
    row.claimed_amount_tiyn = to_tiyn(draft.claimed_amount) if draft.claimed_amount is not None else None
    row.correspondent_number = draft.correspondent_number
    row.correspondent_date = draft.correspondent_date
    row.sheet_count = draft.sheet_count
    row.is_court_matter = draft.is_court_matter
    row.notes = draft.notes


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
    return session.scalar(_NUMBER_TAKEN, {"number": number}) is not None


_SAME_LETTER = and_(
    CardRow.correspondent_number == bindparam("correspondent_number"),
    CardRow.correspondent_date == bindparam("correspondent_date"),
    CardRow.direction == bindparam("direction"),
)
_SAME_DISPUTE = and_(
    CardRow.respondent_id == bindparam("respondent_id"),
    CardRow.registered_at >= bindparam("since"),
    CardRow.direction == bindparam("direction"),
    CardRow.id.in_(select(CardApplicant.card_id).where(CardApplicant.iin.in_(bindparam("iins", expanding=True)))),
)
_CANDIDATES = {
    (letter, dispute): select(CardRow.id, CardRow.number)
    .where(or_(*[c for c, wanted in ((_SAME_LETTER, letter), (_SAME_DISPUTE, dispute)) if wanted]))
    .order_by(CardRow.registered_at, CardRow.id)
    for letter in (True, False)
    for dispute in (True, False)
    if letter or dispute
}


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
    letter = bool(correspondent_number and correspondent_date)
    dispute = bool(applicant_iins and respondent_id is not None)
    if not (letter or dispute):
        return []
    parameters: dict[str, Any] = {"direction": direction.value}
    if letter:
        parameters.update(correspondent_number=correspondent_number, correspondent_date=correspondent_date)
    if dispute:
        parameters.update(respondent_id=respondent_id, since=since, iins=applicant_iins)
    rows = session.execute(_CANDIDATES[(letter, dispute)], parameters)
    return [CardRef(id=r.id, number=r.number) for r in rows]


# A card's first applicant in row lists. Made once: building an alias costs more than a lookup by
# number (0.6 ms of 1.3).
FIRST_APPLICANT = aliased(CardApplicant)


def row_columns() -> tuple[Any, ...]:
    """What a journal row reads: the card, its first applicant, its respondent and its control."""
    first = FIRST_APPLICANT
    return (
        CardRow.id, CardRow.number, CardRow.registered_at, CardRow.direction, CardRow.channel,
        CardRow.appeal_type, CardRow.kind, CardRow.is_collective, CardRow.summary,
        CardRow.claimed_amount_tiyn, CardRow.is_court_matter,
        first.party_type, first.surname, first.given_name, first.patronymic, first.legal_name,
        first.name_key, RespondentRow.name.label("respondent_name"), CardControl.status.label("control_status"),
        CardControl.open_due_on,
    )


def card_rows(
    session: Session,
    conditions: list[ColumnElement[bool]],
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
    *,
    oldest_first: bool = False,
) -> list[JournalRow]:
    """Journal rows of the cards meeting every condition, newest first (or oldest first), keyset-paged."""
    first = FIRST_APPLICANT
    # Either way the (journal_id, registered_at, id) index is read in order: backwards or forwards.
    order = (CardRow.registered_at, CardRow.id) if oldest_first else (CardRow.registered_at.desc(), CardRow.id.desc())
    query = (
        select(*row_columns())
        .outerjoin(first, and_(first.card_id == CardRow.id, first.position == 0))
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
        .outerjoin(CardControl, CardControl.card_id == CardRow.id)
        .where(*conditions)
        .order_by(*order)
        .limit(limit)
    )
    if after is not None:
        key = tuple_(CardRow.registered_at, CardRow.id)
        query = query.where(key > tuple_(*after) if oldest_first else key < tuple_(*after))
    return [journal_row(r) for r in session.execute(query)]


def journal_row(r: Any) -> JournalRow:
    if r.party_type == PartyType.LEGAL_ENTITY.value:
        correspondent = r.legal_name or ""
    else:
        correspondent = " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
    return JournalRow(
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
        control_status=ControlStatus(r.control_status) if r.control_status else None,
        due_on=r.open_due_on,
    )


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


def _card_lookup() -> Any:
    answered, repeated = aliased(CardRow), aliased(CardRow)
    return (
        select(
            CardRow.__table__,
            JournalModel.code.label("journal_code"),
            RespondentRow.id.label("r_id"), RespondentRow.name.label("r_name"), RespondentRow.role.label("r_role"),
            RespondentRow.bin_or_iin.label("r_bin_or_iin"), RespondentRow.address.label("r_address"),
            RespondentRow.website.label("r_website"),
            RespondentRow.activity.label("r_activity"),
            answered.number.label("answers_number"), repeated.number.label("repeat_of_number"),
        )
        .join(JournalModel, JournalModel.id == CardRow.journal_id)
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
        .outerjoin(answered, answered.id == CardRow.answers_card_id)
        .outerjoin(repeated, repeated.id == CardRow.repeat_of_card_id)
    )


# Built once: constructing these (aliases, column proxies) costs more than running them.
_CARD_BY_ID = _card_lookup().where(CardRow.id == bindparam("card_id"))
_CARD_BY_NUMBER = _card_lookup().where(CardRow.number == bindparam("number"))
_APPLICANTS_OF = (
    select(CardApplicant.__table__).where(CardApplicant.card_id == bindparam("card_id")).order_by(CardApplicant.position)
)
_LINKED_TO = (
    select(CardRow.id, CardRow.number, CardRow.answers_card_id)
    .where(or_(CardRow.answers_card_id == bindparam("card_id"), CardRow.repeat_of_card_id == bindparam("card_id")))
    .order_by(CardRow.registered_at, CardRow.id)
)


def load_card(session: Session, *, card_id: uuid.UUID | None = None, number: str | None = None) -> Card | None:
    """A whole card by id or number with plain Core queries (no ORM entities): the lookup path is
    hot (a clerk types a number; the journal opens a card), and ORM bookkeeping cost more than the
    queries themselves."""
    if card_id is not None:
        r = session.execute(_CARD_BY_ID, {"card_id": card_id}).first()
    else:
        r = session.execute(_CARD_BY_NUMBER, {"number": number}).first()
    if r is None:
        return None
    applicants = session.execute(_APPLICANTS_OF, {"card_id": r.id})
    replies: list[CardRef] = []
    repeats: list[CardRef] = []
    for other in session.execute(_LINKED_TO, {"card_id": r.id}):
        (replies if other.answers_card_id == r.id else repeats).append(CardRef(id=other.id, number=other.number))
    return Card(
        id=r.id, number=r.number, direction=Direction(r.direction), journal=r.journal_code,
        registered_at=r.registered_at, registered_by=r.registered_by, station=r.station_code,
        channel=Channel(r.channel), form=AppealForm(r.form),
        type=AppealType(r.appeal_type) if r.appeal_type else None, kind=AppealKind(r.kind) if r.kind else None,
        is_collective=r.is_collective,
        applicants=tuple(applicant_from_row(a) for a in applicants),  # type: ignore[arg-type]
        respondent=Respondent(
            id=r.r_id, name=r.r_name, role=RespondentRole(r.r_role), bin_or_iin=r.r_bin_or_iin,
            address=r.r_address, website=r.r_website,
            activity=ActivityField(r.r_activity) if r.r_activity else None,
        ) if r.r_id is not None else None,
        summary=r.summary,
        claimed_amount=from_tiyn(r.claimed_amount_tiyn) if r.claimed_amount_tiyn is not None else None,
        correspondent_number=r.correspondent_number, correspondent_date=r.correspondent_date,
        received_on=r.received_on, sheet_count=r.sheet_count,
        answers=CardRef(id=r.answers_card_id, number=r.answers_number) if r.answers_card_id else None,
        repeat_of=CardRef(id=r.repeat_of_card_id, number=r.repeat_of_number) if r.repeat_of_card_id else None,
        replies=tuple(replies), repeats=tuple(repeats), is_court_matter=r.is_court_matter, notes=r.notes,
        version=r.version, updated_at=r.updated_at,
    )


_INSERT_CARD = cast(Table, CardRow.__table__).insert()
_INSERT_APPLICANT = cast(Table, CardApplicant.__table__).insert()
_NUMBER_TAKEN = select(CardRow.id).where(CardRow.number == bindparam("number"))


def insert_card(session: Session, card: Card, *, journal_id: uuid.UUID, year: int, serial: int) -> None:
    """Writes a new card and its applicants with two prepared statements (no ORM unit of work:
    registration is the clerk's most frequent action)."""
    session.execute(
        _INSERT_CARD,
        {
            "id": card.id, "journal_id": journal_id, "direction": card.direction.value, "number": card.number,
            "year": year, "serial": serial, "station_code": card.station, "registered_at": card.registered_at,
            "registered_by": card.registered_by, "received_on": card.received_on, "channel": card.channel.value,
            "form": card.form.value, "appeal_type": card.type.value if card.type else None,
            "kind": card.kind.value if card.kind else None, "is_collective": card.is_collective,
            "respondent_id": card.respondent.id if card.respondent else None, "summary": card.summary,
            "claimed_amount_tiyn": to_tiyn(card.claimed_amount) if card.claimed_amount is not None else None,
            "correspondent_number": card.correspondent_number, "correspondent_date": card.correspondent_date,
            "sheet_count": card.sheet_count, "answers_card_id": card.answers.id if card.answers else None,
            "repeat_of_card_id": card.repeat_of.id if card.repeat_of else None,
            "is_court_matter": card.is_court_matter, "notes": card.notes, "version": card.version,
            "updated_at": card.updated_at,
        },
    )
    if card.applicants:
        session.execute(
            _INSERT_APPLICANT,
            [
                {
                    "card_id": card.id, "position": position, "registered_at": card.registered_at, "party_type": a.party_type.value, "surname": a.surname,
                    "given_name": a.given_name, "patronymic": a.patronymic, "iin": a.iin, "legal_name": a.legal_name,
                    "bin": a.bin, "address": a.address, "phone": a.phone, "email": a.email,
                    "name_key": _name_key(a),
                }
                for position, a in enumerate(card.applicants)
            ],
        )


def count_cards(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(CardRow)) or 0)


_LATEST_BY_IIN = (
    select(CardApplicant.__table__)
    .where(CardApplicant.iin == bindparam("iin"), CardApplicant.party_type == PartyType.NATURAL_PERSON.value)
    .order_by(CardApplicant.registered_at.desc(), CardApplicant.card_id.desc())
    .limit(1)
)


def latest_applicant_by_iin(session: Session, iin: str) -> Applicant | None:
    """The person with this IIN as their latest card names them (ix_card_applicant_iin finds the few
    rows of one IIN; the newest wins, so a corrected address is the one offered)."""
    row = session.execute(_LATEST_BY_IIN, {"iin": iin}).first()
    return applicant_from_row(row) if row is not None else None  # type: ignore[arg-type]
