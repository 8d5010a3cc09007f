"""Legal grounds for processing personal data (R31-R34, R53): recording consent or an art. 9 case
for each natural person of a card, the signed form, withdrawal, the evidence of consent, the
register of consent periods and transfers; and the checks forwarding and exports make first.

Who is "a natural person": an applicant (addressee) of the card whose party type is natural
person. A ground is matched to them by IIN when the card's grounds name it, else by position (a
card edit may reorder applicants; a corrected IIN keeps the ground of its position).
A consent recorded on one card is offered for the same IIN's other cards (``offers``); taken over
(``take_over``), it is copied to the new card with a link to its source, and withdrawing the
source withdraws the copies too. Each card keeps its own record: the scope of a consent is its
appeal, and the clerk decides that the new appeal is covered.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditEntry, AuditObject, AuditRecord, subject_number
from clerk_app.domain.consent import (
    ConsentElements,
    ConsentMethod,
    ExceptionCase,
    Ground,
    GroundKind,
    GroundState,
    PersonGround,
    Withdrawal,
    check_consent,
    check_exception,
    check_withdrawal,
    evidence_text,
    ground_state,
)
from clerk_app.domain.copies import AttachReport, ElectronicCopy
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError, FieldIssue, NotFoundError, PermissionDeniedError, ValidationError
from clerk_app.services import audit, consent_checks
from clerk_app.services.blocking import guard
from clerk_app.services.consent_checks import REQUIRE_GROUND_KEY, person_name, persons_in, require_ground
from clerk_app.services.context import Actor, resolve_card
from clerk_app.services.copies import CopyService
from clerk_app.services.references import own_body_in
from clerk_app.timeutil import astana_today, utc_now
from storage.audit_models import AuditEntry as EntryRow
from storage.models import Card as CardRow
from storage.models import CardApplicant
from storage.models import ElectronicCopy as CopyRow
from storage.repositories import audit as audit_repo
from storage.repositories import consent as consent_repo
from storage.repositories import copies as copy_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

MAX_LOG = 5000
WRITTEN_CONSENT_TERM = "until the storage period of the appeal ends"

# The card fields a consent's list of data may name (the UI words them in the user's language).
HELD_FIELDS = ("surname", "given_name", "patronymic", "iin", "address", "phone", "email")
APPEAL_DATA = ("appeal_text", "copies")  # what every appeal holds besides the applicant's fields


# --- plain data the service hands out -------------------------------------------------------------------


@dataclass(frozen=True)
class CardGrounds:
    card_id: uuid.UUID
    number: str
    persons: tuple[PersonGround, ...]
    require_recorded: bool  # the store's setting (transfers need a recorded ground)


@dataclass(frozen=True)
class ConsentDefaults:
    """What the consent form starts with for one person: the operator (this registry's body), the
    subject's name, the card fields held about them (codes of HELD_FIELDS and APPEAL_DATA)."""

    operator_name: str
    operator_bin: str
    subject_name: str
    held_fields: tuple[str, ...]


@dataclass(frozen=True)
class ConsentOffer:
    """A consent in force given with another card of the same person (by IIN)."""

    ground: Ground
    card_number: str


@dataclass(frozen=True)
class Evidence:
    """R32: the evidence of consent on demand."""

    ground: Ground
    card_number: str
    form: ElectronicCopy | None
    state: GroundState
    text: str


@dataclass(frozen=True)
class LogEntry:
    ground: Ground
    card_number: str
    state: GroundState


@dataclass(frozen=True)
class TransferEntry:
    """A transfer of personal data to a third party, as the audit trail recorded it (R34)."""

    seq: int
    occurred_at: datetime
    user: str
    card_number: str | None
    to: str
    outgoing_number: str | None


@dataclass(frozen=True)
class ConsentLog:
    grounds: tuple[LogEntry, ...]  # consent periods, exceptions and withdrawals, newest first
    transfers: tuple[TransferEntry, ...]  # newest first


@dataclass
class ConsentService:
    store: Store
    copies: CopyService

    # -- reading -------------------------------------------------------------------------------------

    def grounds(self, card_ref: str, actor: Actor | None = None, *, today: date | None = None) -> CardGrounds:
        """Each natural person of the card with their ground and its state."""
        _may_read(actor)
        with self.store.read() as session:
            row = resolve_card(session, card_ref)
            guard(session, actor, [row.id])  # names the persons: not while one of them is blocked (R45)
            persons = persons_in(session, [row.id], today or astana_today())[row.id]
            return CardGrounds(row.id, row.number, tuple(persons), require_ground(session))

    def defaults(self, card_ref: str, position: int, actor: Actor | None = None) -> ConsentDefaults:
        _may_read(actor)
        with self.store.read() as session:
            row = resolve_card(session, card_ref)
            guard(session, actor, [row.id])
            return _defaults_in(session, row, position)

    def offers(self, card_ref: str, position: int, actor: Actor | None = None) -> list[ConsentOffer]:
        """Consents in force that the same person (by IIN) gave with other cards."""
        _may_read(actor)
        today = astana_today()
        with self.store.read() as session:
            row = resolve_card(session, card_ref)
            guard(session, actor, [row.id])
            iin = subject_number(_applicant(session, row, position).iin)
            if iin is None:
                return []
            found = consent_repo.consents_of_iin(session, iin, except_card=row.id)
        return [ConsentOffer(g, number) for g, number in found if ground_state(g, today) is GroundState.CONSENT]

    def evidence(self, ground_id: uuid.UUID, actor: Actor) -> Evidence:
        """R32: what the person agreed to, when and how, and the signed form's copy; recorded as an
        export of the person's data (it is produced to be handed over)."""
        actor.require(Permission.PD_REQUESTS)
        with self.store.write() as session:
            ground, number = _ground(session, ground_id)
            guard(session, actor, [ground.card_id])
            form = _copy(session, ground.form_copy_id) if ground.form_copy_id else None
            _record_ground(session, actor, AuditAction.EXPORT, ground, number, {"as": "evidence"})
        text = evidence_text(ground, number, form_name=form.original_name if form else None)
        return Evidence(ground, number, form, ground_state(ground, astana_today()), text)

    def log(
        self, actor: Actor, *, since: date | None = None, until: date | None = None, limit: int = 1000
    ) -> ConsentLog:
        """R34, for the personal-data officer: the consent periods (and art. 9 cases, withdrawals)
        and the transfers to third parties recorded in the audit trail."""
        actor.require(Permission.PD_REQUESTS)
        limit = max(1, min(limit, MAX_LOG))
        today = astana_today()
        with self.store.read() as session:
            grounds = consent_repo.log_rows(session, since=since, until=until, limit=limit)
            transfers = [_transfer(r) for r in consent_repo.transfer_rows(session, since=since, until=until, limit=limit)]
        return ConsentLog(
            grounds=tuple(LogEntry(g, n, ground_state(g, today)) for g, n in grounds), transfers=tuple(transfers)
        )

    def check_export(self, card_ref: str) -> None:
        consent_checks.check_export(self.store, card_ref)

    def withheld(self, card_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        return consent_checks.withheld(self.store, card_ids)

    def require_recorded(self) -> bool:
        with self.store.read() as session:
            return require_ground(session)

    def set_require_recorded(self, value: bool, actor: Actor) -> None:
        """Turning it off lets cards without a recorded ground be forwarded (R53): audited either way."""
        actor.require(Permission.SETTINGS)
        with self.store.write() as session:
            before = require_ground(session)
            settings_repo.set_setting(session, REQUIRE_GROUND_KEY, bool(value))
            audit.record_in(session, actor, AuditRecord(
                AuditAction.CHANGE, AuditObject.SETTINGS, REQUIRE_GROUND_KEY, frozenset(), {"from": before, "to": bool(value)},
            ))

    # -- recording -----------------------------------------------------------------------------------

    def record_consent(
        self, card_ref: str, position: int, elements: ConsentElements, method: ConsentMethod, given_on: date,
        actor: Actor, *, method_note: str | None = None, form_copy_id: uuid.UUID | None = None,
        source_ground_id: uuid.UUID | None = None,
    ) -> Ground:
        _may_record(actor)
        cleaned, note = check_consent(elements, method=method, given_on=given_on, method_note=method_note,
                                      today=astana_today())
        with self.store.write() as session:
            row = resolve_card(session, card_ref, for_update=True)
            guard(session, actor, [row.id], change=True)
            if form_copy_id is not None:
                _form_of_card(session, row.id, form_copy_id)
            return _add_consent_in(session, actor, row, position, cleaned, method, given_on, note=note,
                                   form_copy_id=form_copy_id, source_ground_id=source_ground_id)

    def record_exception(
        self, card_ref: str, position: int, case: ExceptionCase, actor: Actor, *, note: str | None = None
    ) -> Ground:
        _may_record(actor)
        text = check_exception(case, note)
        with self.store.write() as session:
            row = resolve_card(session, card_ref, for_update=True)
            guard(session, actor, [row.id], change=True)
            applicant = _applicant(session, row, position)
            ground = consent_repo.add(session, Ground(
                id=uuid.uuid4(), card_id=row.id, position=position, subject_name=person_name(applicant),
                subject_iin=subject_number(applicant.iin), kind=GroundKind.EXCEPTION, recorded_at=utc_now(),
                recorded_by=actor.user, exception_case=case, exception_note=text,
            ))
            _record_ground(session, actor, AuditAction.CREATE, ground, row.number, {"kind": "exception", "case": case.value})
            return ground

    def record_written_consents(
        self, card_ref: str, actor: Actor, *, transfer: bool = True, given_on: date | None = None,
    ) -> list[Ground]:
        """The consent in writing that the appeal itself carries, for every natural person of the card
        (registration records it in its own transaction: ``written_consents_in``)."""
        _may_record(actor)
        with self.store.write() as session:
            row = resolve_card(session, card_ref, for_update=True)
            guard(session, actor, [row.id], change=True)
            return written_consents_in(session, actor, row, given_on=given_on or astana_today(), transfer=transfer)

    def take_over(self, card_ref: str, position: int, source_ground_id: uuid.UUID, actor: Actor) -> Ground:
        """The person's consent given with another card, recorded for this one too (the clerk has
        checked that its term and list of data cover this appeal). One transaction: the source is
        judged as it is when the copy is written (a withdrawal meanwhile is not taken over)."""
        _may_record(actor)
        today = astana_today()
        with self.store.write() as session:
            row = resolve_card(session, card_ref, for_update=True)
            guard(session, actor, [row.id], change=True)
            source_row = _row_for_update(session, source_ground_id)
            source = consent_repo.to_domain(source_row)
            iin = subject_number(_applicant(session, row, position).iin)
            if source.kind is not GroundKind.CONSENT or ground_state(source, today) is not GroundState.CONSENT:
                raise ClerkError("only a consent in force can be taken over", code="consent.not_in_force")
            if iin is None or source.subject_iin != iin:
                raise ClerkError("the consent was given by another person", code="consent.other_person")
            assert source.consent is not None and source.method is not None and source.given_on is not None
            cleaned, note = check_consent(source.consent, method=source.method, given_on=source.given_on,
                                          method_note=source.method_note, today=today)
            return _add_consent_in(session, actor, row, position, cleaned, source.method, source.given_on, note=note,
                                   source_ground_id=source.id)

    def link_form(self, ground_id: uuid.UUID, copy_id: uuid.UUID, actor: Actor) -> Ground:
        """The scanned signed consent form: an electronic copy of the same card."""
        _may_record(actor)
        with self.store.write() as session:
            return _link_form_in(session, actor, ground_id, copy_id)

    def attach_form(self, ground_id: uuid.UUID, path: Path, actor: Actor) -> Ground:
        """Attaches the scanned form to the card (role consent) and links it, in one transaction: a
        form never stays attached unlinked. A file attached to the card as the consent already is
        linked as it is."""
        actor.require(Permission.ATTACH)
        _may_record(actor)
        with self.store.read() as session:
            target, _ = _ground(session, ground_id)
        linked: list[Ground] = []

        def link(session: Session, report: AttachReport) -> None:
            if report.attached:
                copy_id = report.attached[0].id
            else:
                refused = report.refused[0]
                same = [c for c in copy_repo.copies_of(session, target.card_id)
                        if refused.code == "copy.already_attached" and c.sha256 == refused.sha256
                        and c.role is CopyRole.CONSENT]
                if not same:  # rolls the attaching back with it
                    raise ClerkError(f"the form was not attached: {refused.reason}", code=refused.code or "file.refused")
                copy_id = same[0].id
            linked.append(_link_form_in(session, actor, ground_id, copy_id))

        self.copies.attach(str(target.card_id), [path], CopyRole.CONSENT, actor, then=link)
        return linked[0]

    def withdraw(
        self, ground_id: uuid.UUID, withdrawn_on: date, method: ConsentMethod, actor: Actor, *,
        reason: str | None = None, refused: bool = False, refusal_note: str | None = None,
    ) -> Ground:
        """Records the withdrawal (art. 8(2)). ``refused``: the law rules it out; it is recorded with
        the reason and the consent stays in force. Consents taken over from this one fall with it."""
        actor.require(Permission.PD_REQUESTS)
        with self.store.write() as session:
            target = _row_for_update(session, ground_id)
            guard(session, actor, [target.card_id], change=True)
            ground = consent_repo.to_domain(target)
            if ground.kind is not GroundKind.CONSENT:
                raise ClerkError("an art. 9 case is not withdrawn: record a consent or another case", code="consent.not_consent")
            if ground.withdrawn:
                raise ClerkError("this consent was withdrawn already", code="consent.already_withdrawn")
            reason_text, note = check_withdrawal(
                withdrawn_on=withdrawn_on, reason=reason, refused=refused, refusal_note=refusal_note,
                given_on=ground.given_on, today=astana_today(),
            )
            withdrawal = Withdrawal(withdrawn_on, method, reason_text, refused, note, utc_now(), actor.user)
            consent_repo.set_withdrawal(session, target, withdrawal)
            number = audit_repo.card_number(session, target.card_id) or ""
            details = {"withdrawn_on": withdrawn_on, "method": method.value, "refused": refused}
            _record_ground(session, actor, AuditAction.CHANGE, replace(ground, withdrawal=withdrawal), number, details)
            if not refused:
                for copy_row in consent_repo.taken_over_from(session, ground.id):
                    if copy_row.withdrawn_on is not None and not copy_row.withdrawal_refused:
                        continue
                    consent_repo.set_withdrawal(session, copy_row, withdrawal)
                    _record_ground(session, actor, AuditAction.CHANGE, consent_repo.to_domain(copy_row),
                                   audit_repo.card_number(session, copy_row.card_id) or "",
                                   {**details, "with_ground": ground.id})
            return consent_repo.to_domain(target)


def _record_ground(
    session: Session, actor: Actor, action: AuditAction, ground: Ground, number: str, details: Mapping[str, Any]
) -> AuditEntry:
    """The audit entry of a write on a ground: the person's IIN as a keyed subject, never their name."""
    subjects = frozenset({ground.subject_iin}) if ground.subject_iin else frozenset()
    return audit.record_in(session, actor, AuditRecord(
        action, AuditObject.CONSENT, str(ground.id), subjects,
        {"number": number, "position": ground.position, **details},
    ))


def _may_read(actor: Actor | None) -> None:
    if actor is not None and not (actor.may(Permission.VIEW_CARD) or actor.may(Permission.PD_REQUESTS)):
        raise PermissionDeniedError(Permission.VIEW_CARD.value)


def _may_record(actor: Actor) -> None:
    """Recording a ground is the clerk's job at registration (or when editing the card); the
    personal-data officer records them too when handling a person's request."""
    if not any(actor.may(p) for p in (Permission.REGISTER, Permission.EDIT_CARD, Permission.PD_REQUESTS)):
        raise PermissionDeniedError(Permission.EDIT_CARD.value)


def _defaults_in(session: Session, row: CardRow, position: int) -> ConsentDefaults:
    own = own_body_in(session)
    applicant = _applicant(session, row, position)
    return ConsentDefaults(
        operator_name=own.body.name if own else "", operator_bin=(own.body.bin or "") if own else "",
        subject_name=person_name(applicant),
        held_fields=tuple(f for f in HELD_FIELDS if getattr(applicant, f)) + APPEAL_DATA,
    )


def _add_consent_in(
    session: Session, actor: Actor, row: CardRow, position: int, cleaned: ConsentElements, method: ConsentMethod,
    given_on: date, *, note: str | None = None, form_copy_id: uuid.UUID | None = None,
    source_ground_id: uuid.UUID | None = None,
) -> Ground:
    applicant = _applicant(session, row, position)
    ground = consent_repo.add(session, Ground(
        id=uuid.uuid4(), card_id=row.id, position=position, subject_name=cleaned.subject_name,
        subject_iin=subject_number(applicant.iin), kind=GroundKind.CONSENT, recorded_at=utc_now(),
        recorded_by=actor.user, consent=cleaned, method=method, given_on=given_on, method_note=note,
        form_copy_id=form_copy_id, source_ground_id=source_ground_id,
    ))
    _record_ground(session, actor, AuditAction.CREATE, ground, row.number, {
        "kind": "consent", "method": method.value, "transfer": cleaned.third_party_transfer,
        "cross_border": cleaned.cross_border, "public": cleaned.public_dissemination,
        "until": cleaned.valid_until, **({"from_ground": source_ground_id} if source_ground_id else {}),
    })
    return ground


def written_consents_in(
    session: Session, actor: Actor, row: CardRow, *, given_on: date, transfer: bool = True,
) -> list[Ground]:
    """The consent in writing the appeal carries (its signature under the consent line), recorded for
    every natural person of the card in the caller's transaction: registration's tick "written
    consent in the appeal". The elements come from the defaults; the term is the appeal's storage
    period; the appeal's own scan is the signed form."""
    own = own_body_in(session)
    if own is None or not own.body.bin:  # the operator is an element of the consent (R31)
        raise ValidationError([FieldIssue(
            "written_consent", "consent.no_operator", "enter this body's name and BIN in Settings first: the consent names them"
        )])
    grounds = []
    for person in persons_in(session, [row.id], given_on)[row.id]:
        d = _defaults_in(session, row, person.position)
        elements = ConsentElements(
            operator_name=d.operator_name, operator_bin=d.operator_bin, subject_name=d.subject_name,
            valid_until=None, term_text=WRITTEN_CONSENT_TERM, third_party_transfer=transfer, cross_border=False,
            public_dissemination=False, data_list=", ".join(f.replace("_", " ") for f in d.held_fields),
        )
        cleaned, note = check_consent(elements, method=ConsentMethod.IN_WRITING, given_on=given_on, method_note=None,
                                      today=given_on)
        grounds.append(_add_consent_in(session, actor, row, person.position, cleaned, ConsentMethod.IN_WRITING,
                                       given_on, note=note))
    return grounds


def _link_form_in(session: Session, actor: Actor, ground_id: uuid.UUID, copy_id: uuid.UUID) -> Ground:
    target = _row_for_update(session, ground_id)
    guard(session, actor, [target.card_id], change=True)
    if target.kind != GroundKind.CONSENT.value:
        raise ClerkError("an art. 9 case has no consent form", code="consent.not_consent")
    _form_of_card(session, target.card_id, copy_id)
    target.form_copy_id = copy_id
    session.flush()
    ground = consent_repo.to_domain(target)
    number = audit_repo.card_number(session, target.card_id) or ""
    _record_ground(session, actor, AuditAction.CHANGE, ground, number, {"form_copy": copy_id})
    return ground


def _applicant(session: Session, row: CardRow, position: int) -> CardApplicant:
    applicant = session.get(CardApplicant, (row.id, position))
    if applicant is None or applicant.party_type != "natural_person":
        raise ValidationError([FieldIssue("position", "consent.not_a_person",
                                          f"card {row.number} has no natural person at position {position}")])
    return applicant


def _ground(session: Session, ground_id: uuid.UUID) -> tuple[Ground, str]:
    found = consent_repo.row(session, ground_id)
    if found is None:
        raise NotFoundError(f"no recorded ground {ground_id}", code="consent.not_found")
    return consent_repo.to_domain(found), audit_repo.card_number(session, found.card_id) or ""


def _row_for_update(session: Session, ground_id: uuid.UUID) -> Any:
    found = consent_repo.row(session, ground_id, for_update=True)
    if found is None:
        raise NotFoundError(f"no recorded ground {ground_id}", code="consent.not_found")
    return found


def _copy(session: Session, copy_id: uuid.UUID) -> ElectronicCopy | None:
    found = session.get(CopyRow, copy_id)
    return copy_repo.to_domain(found) if found is not None else None


def _form_of_card(session: Session, card_id: uuid.UUID, copy_id: uuid.UUID) -> None:
    copy = _copy(session, copy_id)
    if copy is None or copy.card_id != card_id:
        raise ValidationError([FieldIssue("form_copy", "consent.form_not_of_card",
                                          "the form must be an electronic copy of the same card")])


def _transfer(r: EntryRow) -> TransferEntry:
    details = AuditEntry(r.seq, r.occurred_at, r.user, r.account_id, r.station_code, r.action, r.object_type,
                         r.object_id, r.details, (), r.prev_hash, r.hash).details_dict
    return TransferEntry(r.seq, r.occurred_at, r.user, details.get("number"), str(details.get("to", "")),
                         details.get("outgoing_number"))
