"""Legal grounds for processing a natural person's personal data (R31-R34, R53): consent with the
eight elements of PD Law art. 8(4), or an art. 9 case of processing without consent; how consent
was given (art. 8(1)); its withdrawal (art. 8(2)); and what a ground allows (art. 7(6)).

Pure rules and plain data: no store, no Qt. docs/personal-data.md explains them to users.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clerk_app.domain import identifiers
from clerk_app.errors import FieldIssue, ValidationError

MAX_NAME = 300
MAX_TEXT = 4000
MAX_NOTE = 1000


class GroundKind(StrEnum):
    CONSENT = "consent"  # art. 7(1), 8
    EXCEPTION = "exception"  # art. 9: processing without consent


class ConsentMethod(StrEnum):
    """Art. 8(1): how consent is given (and withdrawn)."""

    IN_WRITING = "in_writing"  # the signed form, scanned and attached as an electronic copy (role consent)
    STATE_SERVICE = "state_service"  # the state service for control of access to PD (art. 8-1)
    NON_STATE_SERVICE = "non_state_service"  # a non-state service (art. 8-2)
    OTHER = "other"  # another way that allows confirming that consent was obtained


class ExceptionCase(StrEnum):
    """The cases of PD Law art. 9 in which a body handling consumers' appeals may process data
    without consent. The other cases (state statistics, the pension fund, journalists, candidates'
    data, the financial regulator, tax bodies, backup platform, business-partner register,
    bankruptcy) concern other operators and are left out."""

    LAW_ENFORCEMENT = "art9.1"  # bodies that initiate and consider administrative-offence cases; courts; enforcement
    TREATY = "art9.4"  # implementing a ratified international treaty
    PROTECT_RIGHTS = "art9.5"  # protecting constitutional rights and freedoms when consent cannot be obtained
    LEGAL_DUTY = "art9.8"  # the subject failed a legal duty to provide the data
    OTHER_LAW = "art9.10"  # other cases established by laws (name the law in the note)

    @property
    def needs_note(self) -> bool:
        return self is ExceptionCase.OTHER_LAW


class Purpose(StrEnum):
    """What is about to be done with the data (R53)."""

    PROCESSING = "processing"  # registration, consideration, control: the appeal's own handling
    TRANSFER = "transfer"  # to a third party, e.g. the appeal forwarded by competence
    CROSS_BORDER = "cross_border"
    PUBLIC_DISSEMINATION = "public_dissemination"
    EXPORT = "export"  # written out of the registry to a file or a script's output


class GroundState(StrEnum):
    """A person's standing on a card, as the grounds dialog and ``pd consent show`` say it."""

    NO_GROUND = "no_ground"
    CONSENT = "consent"  # in force
    EXCEPTION = "exception"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # the consent's term ended

    @property
    def in_force(self) -> bool:
        return self in (GroundState.CONSENT, GroundState.EXCEPTION)


@dataclass(frozen=True)
class ConsentElements:
    """The eight elements a consent contains (art. 8(4)). Every one is required but the eighth
    ("other information"); the term is a date, or a period described in words ("until the storage
    period of the appeal ends") when the form gives no date."""

    operator_name: str  # 1) the operator's name ...
    operator_bin: str  # ... and BIN (an individual operator: IIN)
    subject_name: str  # 2) the subject's surname, name, patronymic
    valid_until: date | None  # 3) the term: the last day the consent is valid ...
    term_text: str | None  # ... or the period in words
    third_party_transfer: bool  # 4) may the operator transfer the data to third parties
    cross_border: bool  # 5) cross-border transfer
    public_dissemination: bool  # 6) dissemination in publicly available sources
    data_list: str  # 7) the list of data collected
    other: str | None = None  # 8) other information of the operator


@dataclass(frozen=True)
class Withdrawal:
    """Art. 8(2): a withdrawal is recorded whenever the person asks; when the law rules it out (it
    would contradict a law, or an obligation is unfulfilled) it is recorded as refused, with the
    reason in ``refusal_note``, and the consent stays in force."""

    withdrawn_on: date
    method: ConsentMethod
    reason: str | None
    refused: bool
    refusal_note: str | None
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Ground:
    """The legal ground recorded for one natural person of one card (the applicant at ``position``)."""

    id: uuid.UUID
    card_id: uuid.UUID
    position: int
    subject_name: str
    subject_iin: str | None
    kind: GroundKind
    recorded_at: datetime
    recorded_by: str
    consent: ConsentElements | None = None
    method: ConsentMethod | None = None
    given_on: date | None = None
    method_note: str | None = None  # the service's consent reference, or how the other method is confirmed
    form_copy_id: uuid.UUID | None = None  # the scanned signed form (an electronic copy of role consent)
    exception_case: ExceptionCase | None = None
    exception_note: str | None = None
    withdrawal: Withdrawal | None = None
    source_ground_id: uuid.UUID | None = None  # the consent of another card this one was taken over from

    @property
    def withdrawn(self) -> bool:
        return self.withdrawal is not None and not self.withdrawal.refused


def ground_state(ground: Ground | None, today: date) -> GroundState:
    if ground is None:
        return GroundState.NO_GROUND
    if ground.kind is GroundKind.EXCEPTION:
        return GroundState.EXCEPTION
    if ground.withdrawn:
        return GroundState.WITHDRAWN
    assert ground.consent is not None
    if ground.consent.valid_until is not None and ground.consent.valid_until < today:
        return GroundState.EXPIRED
    return GroundState.CONSENT


def ground_allows(ground: Ground | None, purpose: Purpose, today: date) -> bool:
    """Whether the ground allows the purpose today. A withdrawn or expired consent allows nothing
    but keeping the data until they are destroyed. Transfer, cross-border transfer and public
    dissemination need the consent to say so (art. 7(3), 7(6)); an art. 9 case covers the appeal's
    handling, its forwarding by competence and exports, never cross-border transfer nor publication."""
    state = ground_state(ground, today)
    if not state.in_force:
        return False
    assert ground is not None
    if state is GroundState.EXCEPTION:
        return purpose in (Purpose.PROCESSING, Purpose.TRANSFER, Purpose.EXPORT)
    consent = ground.consent
    assert consent is not None
    if purpose is Purpose.TRANSFER:
        return consent.third_party_transfer
    if purpose is Purpose.CROSS_BORDER:
        return consent.cross_border
    if purpose is Purpose.PUBLIC_DISSEMINATION:
        return consent.public_dissemination
    return True


@dataclass(frozen=True)
class PersonGround:
    """One natural person of a card with the ground that applies to them now (None: none recorded)."""

    position: int
    name: str
    iin: str | None
    ground: Ground | None
    state: GroundState
    history: tuple[Ground, ...] = ()  # every ground recorded for them on the card, newest first


def current_ground(grounds: Sequence[Ground]) -> Ground | None:
    """The ground that applies: the newest recorded (a new consent after a withdrawal replaces it)."""
    return max(grounds, key=lambda g: (g.recorded_at, str(g.id)), default=None)


def blocked_persons(
    persons: Iterable[PersonGround], purpose: Purpose, today: date, *, require_recorded: bool
) -> list[PersonGround]:
    """The persons whose ground does not allow the purpose. A person with no ground recorded at all
    blocks only when ``require_recorded`` (the store's setting; cards registered before grounds
    were recorded have none) or when the purpose always needs consent (cross-border, publication)."""
    needs_consent = purpose in (Purpose.CROSS_BORDER, Purpose.PUBLIC_DISSEMINATION)
    blocked = []
    for person in persons:
        if person.ground is None:
            if require_recorded or needs_consent:
                blocked.append(person)
        elif not ground_allows(person.ground, purpose, today):
            blocked.append(person)
    return blocked


def export_blocked(persons: Iterable[PersonGround], today: date) -> list[PersonGround]:
    """Persons whose recorded ground was withdrawn or ran out: their data are not written out. A
    person with no ground recorded is not refused here (the appeal is being handled)."""
    return [p for p in persons if p.ground is not None and not ground_allows(p.ground, Purpose.EXPORT, today)]


# --- checking what the clerk entered ----------------------------------------------------------------


def _text(issues: list[FieldIssue], field: str, value: str | None, *, required: bool, limit: int) -> str | None:
    text = " ".join((value or "").replace("\x00", " ").split()) if limit <= MAX_NAME else (value or "").replace("\x00", "").strip()
    if not text:
        if required:
            issues.append(FieldIssue(field, "field.required", "is required"))
        return None
    if len(text) > limit:
        issues.append(FieldIssue(field, "field.too_long", f"at most {limit} characters", params={"max": limit}))
    return text


def check_consent(
    elements: ConsentElements, *, method: ConsentMethod, given_on: date, method_note: str | None, today: date
) -> tuple[ConsentElements, str | None]:
    """The consent cleaned (spaces trimmed, the BIN without spaces), or a ValidationError naming
    every element that is missing or wrong (fields: the element's name, ``given_on``, ``method_note``)."""
    issues: list[FieldIssue] = []
    name = _text(issues, "operator_name", elements.operator_name, required=True, limit=MAX_NAME)
    number = identifiers.normalize(elements.operator_bin or "")
    if not number:
        issues.append(FieldIssue("operator_bin", "field.required", "is required"))
    elif (problem := identifiers.iin_or_bin_problem(number)) is not None:
        issues.append(FieldIssue("operator_bin", problem.value, "is not a valid BIN or IIN"))
    subject = _text(issues, "subject_name", elements.subject_name, required=True, limit=MAX_NAME)
    term = _text(issues, "term_text", elements.term_text, required=False, limit=MAX_NOTE)
    if elements.valid_until is None and term is None:
        issues.append(FieldIssue("valid_until", "consent.no_term", "give the last day of the consent or its period in words"))
    if elements.valid_until is not None and elements.valid_until < given_on:
        issues.append(FieldIssue("valid_until", "consent.term_before_given", "the term ends before the consent was given"))
    data_list = _text(issues, "data_list", elements.data_list, required=True, limit=MAX_TEXT)
    other = _text(issues, "other", elements.other, required=False, limit=MAX_TEXT)
    note = _text(issues, "method_note", method_note, required=method is ConsentMethod.OTHER, limit=MAX_NOTE)
    if given_on > today:
        issues.append(FieldIssue("given_on", "consent.given_in_future", "the consent cannot be given after today"))
    if issues:
        raise ValidationError(issues)
    cleaned = ConsentElements(
        operator_name=name or "", operator_bin=number, subject_name=subject or "", valid_until=elements.valid_until,
        term_text=term, third_party_transfer=elements.third_party_transfer, cross_border=elements.cross_border,
        public_dissemination=elements.public_dissemination, data_list=data_list or "", other=other,
    )
    return cleaned, note


def check_exception(case: ExceptionCase, note: str | None) -> str | None:
    issues: list[FieldIssue] = []
    text = _text(issues, "exception_note", note, required=case.needs_note, limit=MAX_NOTE)
    if issues:
        raise ValidationError(issues)
    return text


def check_withdrawal(
    *, withdrawn_on: date, reason: str | None, refused: bool, refusal_note: str | None, given_on: date | None, today: date
) -> tuple[str | None, str | None]:
    """The withdrawal's reason and refusal note cleaned; a refused withdrawal needs the legal reason."""
    issues: list[FieldIssue] = []
    reason_text = _text(issues, "reason", reason, required=False, limit=MAX_NOTE)
    note = _text(issues, "refusal_note", refusal_note, required=refused, limit=MAX_NOTE)
    if withdrawn_on > today:
        issues.append(FieldIssue("withdrawn_on", "consent.withdrawn_in_future", "the date cannot be after today"))
    elif given_on is not None and withdrawn_on < given_on:
        issues.append(FieldIssue("withdrawn_on", "consent.withdrawn_before_given", "the date is before the consent was given"))
    if issues:
        raise ValidationError(issues)
    return reason_text, note if refused else None


def evidence_text(ground: Ground, card_number: str, *, form_name: str | None = None) -> str:
    """The evidence of consent (R32), printable: what the person agreed to, when and how, and where
    the signed form is kept. Plain English: it is handed over as recorded, like ``pd report``."""
    lines = [f"Evidence of the legal ground for processing personal data (card No. {card_number})", ""]
    lines.append(f"Subject: {ground.subject_name}" + (f", IIN {ground.subject_iin}" if ground.subject_iin else ""))
    if ground.kind is GroundKind.EXCEPTION:
        assert ground.exception_case is not None
        lines.append(f"Ground: processing without consent, Law on personal data art. 9, case {ground.exception_case.value}")
        if ground.exception_note:
            lines.append(f"Note: {ground.exception_note}")
    else:
        c = ground.consent
        assert c is not None and ground.method is not None and ground.given_on is not None
        yes_no = {True: "yes", False: "no"}
        term = c.valid_until.isoformat() if c.valid_until else ""
        lines += [
            "Ground: consent of the subject (art. 7, 8)",
            f"Given on: {ground.given_on.isoformat()}, {ground.method.value.replace('_', ' ')}"
            + (f" ({ground.method_note})" if ground.method_note else ""),
            f"1) Operator: {c.operator_name}, BIN/IIN {c.operator_bin}",
            f"2) Subject: {c.subject_name}",
            "3) Term: " + "; ".join(t for t in (f"until {term}" if term else "", c.term_text or "") if t),
            f"4) Transfer to third parties: {yes_no[c.third_party_transfer]}",
            f"5) Cross-border transfer: {yes_no[c.cross_border]}",
            f"6) Dissemination in publicly available sources: {yes_no[c.public_dissemination]}",
            f"7) Data: {c.data_list}",
            f"8) Other: {c.other or '-'}",
        ]
        if ground.form_copy_id is not None:
            lines.append(f"Signed form: electronic copy {ground.form_copy_id}" + (f" ({form_name})" if form_name else ""))
        elif ground.method is ConsentMethod.IN_WRITING:
            lines.append("Signed form: not attached yet")
        if ground.withdrawal is not None:
            w = ground.withdrawal
            verb = "Withdrawal asked for (refused)" if w.refused else "Withdrawn"
            lines.append(f"{verb} on {w.withdrawn_on.isoformat()}, {w.method.value.replace('_', ' ')}"
                         + (f": {w.reason}" if w.reason else ""))
            if w.refused and w.refusal_note:
                lines.append(f"Why withdrawal was impossible (art. 8(2)): {w.refusal_note}")
    lines.append(f"Recorded by {ground.recorded_by}")
    return "\n".join(lines) + "\n"
