"""The plain data of the small printed documents of one card (issue 8): the registration-control card
with its whole history, the applicant's receipt (талон, cl. 10: confirmation that the appeal was
accepted) and the registration stamp labels whose QR code files later scans under the card (issue 9).

Reading a card sheet or a receipt for printing is recorded in the audit trail as a print of everyone's
data on the card (R36), in the same transaction as the read; a stamp label holds no personal data
(the body, the number, the date) and is not recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord, card_subjects
from clerk_app.domain.cards import Card, CardChange, Journal
from clerk_app.domain.control import ControlEvent, ControlState
from clerk_app.domain.copies import ElectronicCopy
from clerk_app.domain.enums import Direction
from clerk_app.domain.stamp_code import encode_stamp
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services import audit
from clerk_app.services.blocking import guard
from clerk_app.services.consent_checks import check_export_in
from clerk_app.services.context import Actor, require, resolve_card
from clerk_app.services.references import OwnBody, own_body_in
from clerk_app.timeutil import to_astana, utc_now
from storage.repositories import accounts as account_repo
from storage.repositories import cards as card_repo
from storage.repositories import control as control_repo
from storage.repositories import copies as copy_repo
from storage.repositories import journals as journal_repo
from storage.repositories import references as reference_repo
from storage.store import Store

MAX_LABELS = 500  # cards on one run of stamp labels (about 21 A4 sheets of 24)


@dataclass(frozen=True)
class CardSheet:
    """The registration-control card of one appeal or letter, everything on it, for printing."""

    card: Card
    journal: Journal | None
    body: OwnBody | None  # None until the body is entered in Settings
    control: ControlState | None  # None: never on control (an outgoing letter)
    events: tuple[ControlEvent, ...]  # oldest first
    changes: tuple[CardChange, ...]  # oldest first
    copies: tuple[ElectronicCopy, ...]
    staff_names: dict[uuid.UUID, str]  # executors by id, former staff too
    reply_numbers: dict[uuid.UUID, str]  # the numbers of the replies the events name
    user_names: dict[str, str]  # login -> the account's display name, for "who" in the history
    qr_payload: str
    printed_at: datetime  # UTC
    printed_by: str


@dataclass(frozen=True)
class Receipt:
    """The applicant's receipt (талон): which body accepted the appeal, under which number, when,
    who accepted it and by when the answer is due."""

    card_id: uuid.UUID
    number: str
    body: OwnBody | None
    registered_at: datetime  # UTC; shown in Astana time
    received_by: str  # the login that registered the card
    received_by_name: str  # the account's display name, or the login when there is no account
    applicants: tuple[str, ...]  # who handed the appeal in (display names)
    sheet_count: int | None
    due_on: date | None  # None: not on control, or no deadline rule for its kind
    qr_payload: str


@dataclass(frozen=True)
class StampLabel:
    """One registration stamp label: no personal data."""

    card_id: uuid.UUID
    number: str
    body_name: str | None
    registered_on: date  # Astana date
    qr_payload: str


@dataclass
class SlipService:
    store: Store

    def card_sheet(self, card_ref: str, actor: Actor) -> CardSheet:
        """By registration number or id; ``card.not_found``, ``pd.blocked``, ``auth.forbidden``."""
        actor.require(Permission.VIEW_CARD)
        with self.store.write() as session:
            card = _card(session, card_ref, actor)
            events = tuple(control_repo.events_of(session, card.id))
            changes = tuple(card_repo.card_history(session, card.id))
            reply_ids = {e.reply_card_id for e in events if e.reply_card_id is not None}
            state = control_repo.load_state(session, card.id)
            if state is not None and state.reply_card_id is not None:
                reply_ids.add(state.reply_card_id)
            logins = {card.registered_by, actor.user, *(e.actor for e in events), *(c.changed_by for c in changes)}
            sheet = CardSheet(
                card=card,
                journal=journal_repo.journal_by_code(session, card.journal),
                body=own_body_in(session),
                control=state,
                events=events,
                changes=changes,
                copies=tuple(copy_repo.copies_of(session, card.id)),
                staff_names={m.id: m.full_name for m in reference_repo.list_staff(session, active_only=False)},
                reply_numbers=_numbers(session, reply_ids),
                user_names=_display_names(session, logins),
                qr_payload=encode_stamp(card.id, card.number),
                printed_at=utc_now(),
                printed_by=actor.user,
            )
            _record_print(session, actor, card, "card_sheet")
            return sheet

    def receipt(self, card_ref: str, actor: Actor) -> Receipt:
        """The receipt of an incoming appeal (an outgoing letter has none: ``slips.not_incoming``)."""
        actor.require(Permission.VIEW_CARD)
        with self.store.write() as session:
            card = _card(session, card_ref, actor)
            if card.direction is not Direction.INCOMING:
                raise ValidationError([FieldIssue(
                    "card", "slips.not_incoming", "a receipt is given for an incoming appeal, not an outgoing letter",
                    params={"number": card.number},
                )])
            state = control_repo.load_state(session, card.id)
            names = _display_names(session, [card.registered_by])
            receipt = Receipt(
                card_id=card.id, number=card.number, body=own_body_in(session), registered_at=card.registered_at,
                received_by=card.registered_by, received_by_name=names.get(card.registered_by, card.registered_by),
                applicants=tuple(a.display_name for a in card.applicants if a.display_name),
                sheet_count=card.sheet_count, due_on=state.due_on if state is not None else None,
                qr_payload=encode_stamp(card.id, card.number),
            )
            _record_print(session, actor, card, "receipt")
            return receipt

    def stamp_labels(self, card_refs: Sequence[str], *, actor: Actor | None = None) -> list[StampLabel]:
        """One label per card, in the order given (a card named twice gets two labels)."""
        require(actor, Permission.VIEW_CARD)
        if not card_refs:
            raise ValidationError([FieldIssue("cards", "slips.no_cards", "name at least one card")])
        if len(card_refs) > MAX_LABELS:
            raise ValidationError([FieldIssue("cards", "field.out_of_range", f"at most {MAX_LABELS} labels at a time")])
        with self.store.read() as session:
            body = own_body_in(session)
            rows = [resolve_card(session, ref) for ref in card_refs]
            guard(session, actor, [r.id for r in rows])
            return [
                StampLabel(r.id, r.number, body.body.name if body is not None else None,
                           to_astana(r.registered_at).date(), encode_stamp(r.id, r.number))
                for r in rows
            ]


def _card(session: Session, card_ref: str, actor: Actor) -> Card:
    row = resolve_card(session, card_ref)
    guard(session, actor, [row.id])
    # R53: a person whose consent was withdrawn or ran out is not written out, as `show` refuses it
    check_export_in(session, [row.id])
    card = card_repo.load_card(session, card_id=row.id)
    assert card is not None  # just resolved in this transaction
    return card


def _numbers(session: Session, card_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    found = {}
    for card_id in card_ids:
        row = card_repo.card_row_by_id(session, card_id)
        if row is not None:
            found[card_id] = row.number
    return found


def _display_names(session: Session, logins: Iterable[str]) -> dict[str, str]:
    """A body has a few dozen accounts at most: all are read and the wanted ones kept."""
    wanted = set(logins)
    return {a.login: a.display_name for a in account_repo.all_accounts(session) if a.login in wanted}


def _record_print(session: Session, actor: Actor, card: Card, document: str) -> None:
    audit.record_in(session, actor, AuditRecord(
        AuditAction.PRINT, AuditObject.CARD, str(card.id), card_subjects(card),
        {"number": card.number, "document": document},
    ))
