"""Registering incoming appeals and outgoing letters (replies linked to their appeal)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain import identifiers
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord, card_subjects
from clerk_app.domain.cards import Applicant, Card, CardDraft, CardRef
from clerk_app.domain.drafts import parse_card_draft
from clerk_app.domain.enums import Direction
from clerk_app.domain.ids import new_id
from clerk_app.domain.numbering import NumberTemplate
from clerk_app.errors import FieldIssue, LikelyDuplicateError, NumberingError, ValidationError
from clerk_app.services import audit, consent, control
from clerk_app.services.blocking import guard
from clerk_app.services.context import Actor, require, resolve_card
from clerk_app.timeutil import astana_today, to_astana, utc_now
from storage.repositories import audit as audit_repo
from storage.repositories import blocking as blocking_repo
from storage.repositories import cards as card_repo
from storage.repositories import journals as journal_repo
from storage.repositories import respondents as respondent_repo
from storage.repositories import search as search_repo
from storage.repositories import settings as settings_repo
from storage.repositories.settings import STATION_CODE_KEY
from storage.store import Store

DUPLICATE_WINDOW = timedelta(days=30)


def _hidden_by_block(session: Session, actor: Actor | None, iin: str) -> bool:
    if actor is None or actor.may(Permission.PD_BLOCK) or not blocking_repo.any_open(session):
        return False
    return blocking_repo.open_block(session, audit_repo.subject_key_of(session, iin)) is not None


@dataclass
class RegistrationService:
    store: Store

    def register_json(self, data: Mapping[str, Any], actor: Actor, *, confirm_duplicate: bool = False) -> Card:
        actor.require(Permission.REGISTER)  # before the data are judged: no hint to who may not register
        return self.register(parse_card_draft(data, today=astana_today()), actor, confirm_duplicate=confirm_duplicate)

    def known_applicant(self, iin: str, *, actor: Actor | None = None) -> Applicant | None:
        """The person with this IIN as their latest appeal has them (name, address, phone, e-mail), for
        filling in the registration form; None for an IIN never registered or not a valid IIN, and
        None while the person's data are blocked (R45), except for the personal-data officer."""
        require(actor, Permission.REGISTER)
        number = identifiers.normalize(iin)
        if identifiers.iin_problem(number) is not None:
            return None  # never a query for a half-typed or mistyped number
        with self.store.read() as session:
            if _hidden_by_block(session, actor, number):
                return None  # as for an unknown IIN: the form does not tell a clerk who is blocked
            found = card_repo.latest_applicant_by_iin(session, number)
        if found is not None and actor is not None:  # the form is shown a person's data: a view (R36)
            with self.store.write() as session:
                audit.record_in(session, actor, AuditRecord(
                    AuditAction.VIEW, AuditObject.PERSON, None, frozenset({number}), {"purpose": "known_applicant"}
                ))
        return found

    def register_reply(
        self, incoming_ref: str, data: Mapping[str, Any], actor: Actor, *, confirm_duplicate: bool = False
    ) -> Card:
        """An outgoing reply linked to its incoming appeal (addressed to its applicants by default)."""
        payload = {**data, "direction": Direction.OUTGOING.value, "answers": incoming_ref}
        return self.register_json(payload, actor, confirm_duplicate=confirm_duplicate)

    def register(self, draft: CardDraft, actor: Actor, *, confirm_duplicate: bool = False) -> Card:
        """One transaction: the number is allocated and the card written together, or neither."""
        actor.require(Permission.REGISTER)
        with self.store.write() as session:
            journal_code = draft.journal or draft.direction.value
            journal = journal_repo.journal_row(session, journal_code)
            if journal is None:
                raise ValidationError([FieldIssue("journal", "journal.unknown", f"there is no journal {journal_code!r}")])
            if journal.direction != draft.direction.value:
                raise ValidationError(
                    [FieldIssue("journal", "journal.wrong_direction", f"journal {journal_code!r} is not {draft.direction}")]
                )
            answers = resolve_card(session, draft.answers) if draft.answers else None
            if answers is not None:  # a reply copies the appeal's applicants: not while one is blocked
                guard(session, actor, [answers.id])
            if answers is not None and answers.direction != Direction.INCOMING.value:
                raise ValidationError([FieldIssue("answers", "link.answers_not_incoming", "a reply answers an incoming appeal")])
            repeat_of = resolve_card(session, draft.repeat_of) if draft.repeat_of else None
            if repeat_of is not None and repeat_of.direction != draft.direction.value:
                raise ValidationError(
                    [FieldIssue("repeat_of", "link.repeat_other_direction", "a repeat appeal points to an earlier appeal")]
                )
            if not draft.applicants and answers is not None:  # a reply goes to the applicants by default
                draft = replace(
                    draft,
                    applicants=tuple(card_repo.applicant_from_row(a) for a in answers.applicants),
                    is_collective=answers.is_collective,
                )
            respondent = respondent_repo.find_or_create_respondent(session, draft.respondent) if draft.respondent else None
            now = utc_now()
            if not confirm_duplicate:
                matches = card_repo.find_duplicate_candidates(
                    session,
                    direction=draft.direction,
                    correspondent_number=draft.correspondent_number,
                    correspondent_date=draft.correspondent_date,
                    applicant_iins=[a.iin for a in draft.applicants if a.iin],
                    respondent_id=respondent.id if respondent else None,
                    since=now - DUPLICATE_WINDOW,
                )
                linked = {repeat_of.id} if repeat_of is not None else set()
                matches = [m for m in matches if m.id not in linked]
                if matches:
                    raise LikelyDuplicateError([{"id": str(m.id), "number": m.number} for m in matches])
            station = str(settings_repo.get_setting(session, STATION_CODE_KEY))
            year = to_astana(now).year
            serial = journal_repo.allocate_serial(session, journal.id, year, station)
            number = NumberTemplate(journal.number_template).render(
                index=journal.index_code, station=station, serial=serial, year=year
            )
            if card_repo.number_taken(session, number):
                raise NumberingError(
                    f"the number {number} exists already: check the journal's number template",
                    code="numbering.collision",
                )
            card = Card(
                id=new_id(), number=number, direction=draft.direction, journal=journal.code, registered_at=now,
                registered_by=actor.user, station=station, channel=draft.channel, form=draft.form, type=draft.type,
                kind=draft.kind, is_collective=draft.is_collective, applicants=draft.applicants,
                respondent=respondent_repo.to_domain(respondent) if respondent else None, summary=draft.summary,
                claimed_amount=draft.claimed_amount, correspondent_number=draft.correspondent_number,
                correspondent_date=draft.correspondent_date,
                received_on=draft.received_on or (astana_today() if draft.direction is Direction.INCOMING else None),
                sheet_count=draft.sheet_count,
                answers=CardRef(answers.id, answers.number) if answers else None,
                repeat_of=CardRef(repeat_of.id, repeat_of.number) if repeat_of else None,
                replies=(), repeats=(), is_court_matter=draft.is_court_matter, notes=draft.notes, version=1,
                updated_at=now,
            )
            card_repo.insert_card(session, card, journal_id=journal.id, year=year, serial=serial)
            search_repo.index_card(session.connection(), card)
            control.on_card_registered(session, card, actor)
            audit.record_in(session, actor, AuditRecord(
                AuditAction.CREATE, AuditObject.CARD, str(card.id), card_subjects(card),
                {"number": card.number, "journal": card.journal},
            ), station=station)
            if draft.written_consent:  # with the card or not at all: never a card that lost its consent
                consent.written_consents_in(session, actor, resolve_card(session, str(card.id)),
                                            given_on=card.received_on or astana_today())
            return card
