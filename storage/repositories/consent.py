"""Rows of the legal grounds for processing personal data (pd_ground)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clerk_app.domain.audit import AuditAction
from clerk_app.domain.consent import (
    ConsentElements,
    ConsentMethod,
    ExceptionCase,
    Ground,
    GroundKind,
    Withdrawal,
)
from storage.audit_models import AuditEntry as EntryRow
from storage.consent_models import PersonalDataGround as GroundRow
from storage.models import Card as CardRow
from storage.models import CardApplicant
from storage.repositories.statistics import astana_midnight


def to_domain(row: GroundRow) -> Ground:
    kind = GroundKind(row.kind)
    consent = None
    if kind is GroundKind.CONSENT:
        consent = ConsentElements(
            operator_name=row.operator_name or "", operator_bin=row.operator_bin or "", subject_name=row.subject_name,
            valid_until=row.valid_until, term_text=row.term_text, third_party_transfer=row.third_party_transfer,
            cross_border=row.cross_border, public_dissemination=row.public_dissemination,
            data_list=row.data_list or "", other=row.other,
        )
    withdrawal = None
    if row.withdrawn_on is not None:
        assert row.withdrawal_method is not None and row.withdrawal_recorded_at is not None
        withdrawal = Withdrawal(
            withdrawn_on=row.withdrawn_on, method=ConsentMethod(row.withdrawal_method), reason=row.withdrawal_reason,
            refused=row.withdrawal_refused, refusal_note=row.withdrawal_refusal_note,
            recorded_at=row.withdrawal_recorded_at, recorded_by=row.withdrawal_recorded_by or "",
        )
    return Ground(
        id=row.id, card_id=row.card_id, position=row.position, subject_name=row.subject_name,
        subject_iin=row.subject_iin, kind=kind, recorded_at=row.recorded_at, recorded_by=row.recorded_by,
        consent=consent, method=ConsentMethod(row.method) if row.method else None, given_on=row.given_on,
        method_note=row.method_note, form_copy_id=row.form_copy_id,
        exception_case=ExceptionCase(row.exception_case) if row.exception_case else None,
        exception_note=row.exception_note, withdrawal=withdrawal, source_ground_id=row.source_ground_id,
    )


def add(session: Session, ground: Ground) -> Ground:
    c = ground.consent
    row = GroundRow(
        id=ground.id, card_id=ground.card_id, position=ground.position, subject_name=ground.subject_name,
        subject_iin=ground.subject_iin, kind=ground.kind.value,
        operator_name=c.operator_name if c else None, operator_bin=c.operator_bin if c else None,
        valid_until=c.valid_until if c else None, term_text=c.term_text if c else None,
        third_party_transfer=c.third_party_transfer if c else False, cross_border=c.cross_border if c else False,
        public_dissemination=c.public_dissemination if c else False, data_list=c.data_list if c else None,
        other=c.other if c else None, method=ground.method.value if ground.method else None, given_on=ground.given_on,
        method_note=ground.method_note, form_copy_id=ground.form_copy_id, source_ground_id=ground.source_ground_id,
        exception_case=ground.exception_case.value if ground.exception_case else None,
        exception_note=ground.exception_note, recorded_at=ground.recorded_at, recorded_by=ground.recorded_by,
        withdrawal_refused=False,
    )
    session.add(row)
    session.flush()
    return to_domain(row)


def row(session: Session, ground_id: uuid.UUID, *, for_update: bool = False) -> GroundRow | None:
    query = select(GroundRow).where(GroundRow.id == ground_id)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).first()


def set_withdrawal(session: Session, target: GroundRow, withdrawal: Withdrawal) -> None:
    target.withdrawn_on, target.withdrawal_method = withdrawal.withdrawn_on, withdrawal.method.value
    target.withdrawal_reason, target.withdrawal_refused = withdrawal.reason, withdrawal.refused
    target.withdrawal_refusal_note = withdrawal.refusal_note
    target.withdrawal_recorded_at, target.withdrawal_recorded_by = withdrawal.recorded_at, withdrawal.recorded_by
    session.flush()


def taken_over_from(session: Session, ground_id: uuid.UUID) -> list[GroundRow]:
    """Consents of other cards taken over from this one (they fall with it when it is withdrawn)."""
    return list(session.scalars(select(GroundRow).where(GroundRow.source_ground_id == ground_id).with_for_update()))


def grounds_of_cards(session: Session, card_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[Ground]]:
    ids = list(dict.fromkeys(card_ids))
    found: dict[uuid.UUID, list[Ground]] = {card_id: [] for card_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in session.scalars(select(GroundRow).where(GroundRow.card_id.in_(chunk))):
            found[r.card_id].append(to_domain(r))
    return found


def natural_persons(session: Session, card_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[CardApplicant]]:
    ids = list(dict.fromkeys(card_ids))
    found: dict[uuid.UUID, list[CardApplicant]] = {card_id: [] for card_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = (select(CardApplicant).where(CardApplicant.card_id.in_(chunk), CardApplicant.party_type == "natural_person")
                 .order_by(CardApplicant.card_id, CardApplicant.position))
        for r in session.scalars(query):
            found[r.card_id].append(r)
    return found


def consents_of_iin(session: Session, iin: str, *, except_card: uuid.UUID) -> list[tuple[Ground, str]]:
    """The consents recorded for a person (by IIN) on other cards, with those cards' numbers."""
    query = (select(GroundRow, CardRow.number).join(CardRow, CardRow.id == GroundRow.card_id)
             .where(GroundRow.subject_iin == iin, GroundRow.kind == GroundKind.CONSENT.value,
                    GroundRow.card_id != except_card)
             .order_by(GroundRow.recorded_at.desc()))
    return [(to_domain(r), number) for r, number in session.execute(query)]


def log_rows(session: Session, *, since: date | None, until: date | None, limit: int) -> list[tuple[Ground, str]]:
    """Grounds recorded or withdrawn in the period (Astana dates compared as the stored dates), with
    their cards' numbers, newest first: the register of consent periods (R34)."""
    query = select(GroundRow, CardRow.number).join(CardRow, CardRow.id == GroundRow.card_id)
    if since is not None:
        query = query.where(or_(GroundRow.given_on >= since, GroundRow.withdrawn_on >= since,
                                GroundRow.valid_until >= since, GroundRow.kind == GroundKind.EXCEPTION.value))
    if until is not None:
        query = query.where(or_(GroundRow.given_on <= until, GroundRow.given_on.is_(None)))
    query = query.order_by(GroundRow.recorded_at.desc(), GroundRow.id).limit(limit)
    return [(to_domain(r), number) for r, number in session.execute(query)]


def transfer_rows(session: Session, *, since: date | None, until: date | None, limit: int) -> list[EntryRow]:
    """The audit trail's transfers to third parties on the Astana days ``since`` to ``until``, newest
    first: the period is a condition of the query, so the limit counts only the period's transfers."""
    query = select(EntryRow).where(EntryRow.action == AuditAction.TRANSFER.value)
    if since is not None:
        query = query.where(EntryRow.occurred_at >= astana_midnight(since))
    if until is not None:
        query = query.where(EntryRow.occurred_at < astana_midnight(until + timedelta(days=1)))
    return list(session.scalars(query.order_by(EntryRow.seq.desc()).limit(limit)))
