"""Execution control (cl. 9, 10): the lifecycle of an appeal as an append-only list of events, and
the pure rules that say which event may follow which and what state it leaves.

registered → assigned (executors, resolution) → in progress → extended (reason, new due date)
→ resolved (a result; a refusal needs its reason) → removed from control (the reply linked);
reopening puts a resolved or removed card back under control. Nothing is edited in place: the
current state is what the events add up to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from clerk_app.errors import FieldIssue, ValidationError


class ControlStatus(StrEnum):
    REGISTERED = "registered"  # on control, nobody assigned yet
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"  # the result is recorded; the reply still has to go out
    REMOVED = "removed"  # removed from control

    @property
    def is_open(self) -> bool:
        return self is not ControlStatus.REMOVED


class ControlEventType(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    STARTED = "started"
    EXTENDED = "extended"
    RESOLVED = "resolved"
    REMOVED_FROM_CONTROL = "removed_from_control"
    REOPENED = "reopened"
    APPLICANT_NOTIFIED = "applicant_notified"  # a letter to the applicant after an extension


class ControlResult(StrEnum):
    """The result of consideration (cl. 9, R13)."""

    SATISFIED = "satisfied"
    PARTIALLY_SATISFIED = "partially_satisfied"
    NOT_SATISFIED = "not_satisfied"
    REFUSED = "refused"  # consideration refused: needs a reason (cl. 9, R13, R88)
    FORWARDED = "forwarded"  # forwarded by competence: to whom, outgoing number
    WITHDRAWN = "withdrawn"  # withdrawn by the applicant
    LEFT_WITHOUT_CONSIDERATION = "left_without_consideration"

    @property
    def needs_reply(self) -> bool:
        """A withdrawn appeal is closed without a letter; every other result is answered."""
        return self is not ControlResult.WITHDRAWN


class RefusalReason(StrEnum):
    """Grounds for refusing to consider an appeal; the free text says the rest (R88: the grounds
    must be stated)."""

    NO_VIOLATION = "no_violation"  # absence of a violation (R88)
    NOT_A_CONSUMER_DISPUTE = "not_a_consumer_dispute"
    NO_CLAIM_TO_SELLER_FIRST = "no_claim_to_seller_first"  # the seller was not asked first (art. 42-4)
    COURT_MATTER = "court_matter"  # already before a court or decided by one (R11)
    REPEAT_WITHOUT_NEW_ARGUMENTS = "repeat_without_new_arguments"
    ANONYMOUS = "anonymous"  # no name or address to answer
    INCOMPLETE = "incomplete"  # documents missing after a request for them
    OTHER = "other"


MAX_TEXT = 4000
MAX_EXECUTORS = 20


@dataclass(frozen=True)
class ControlEvent:
    """One event of a card's control history, as stored (details by event type)."""

    id: uuid.UUID
    card_id: uuid.UUID
    event: ControlEventType
    occurred_at: datetime  # UTC
    actor: str
    executors: tuple[uuid.UUID, ...] = ()
    resolution: str | None = None
    due_on: date | None = None  # the due date the event set (registered, extended, reopened)
    notice_due_on: date | None = None  # extended: the applicant must be told by then
    reason: str | None = None  # extended, reopened: why; refused: the explanation
    result: ControlResult | None = None
    refusal_reason: RefusalReason | None = None
    forwarded_to: str | None = None
    outgoing_number: str | None = None
    reply_card_id: uuid.UUID | None = None
    rule_code: str | None = None
    recovered_amount_tiyn: int | None = None  # resolved: what the consumer got back (cl. 9 report)


@dataclass(frozen=True)
class ControlState:
    """What a card's events add up to; stored in ``card_control`` for the control views."""

    status: ControlStatus
    due_on: date | None
    first_due_on: date | None
    notice_due_on: date | None
    rule_code: str | None
    resolution: str | None
    result: ControlResult | None
    reply_card_id: uuid.UUID | None
    executors: tuple[uuid.UUID, ...]
    last_event_at: datetime
    closed_at: datetime | None = None
    refusal_reason: RefusalReason | None = None
    recovered_amount_tiyn: int | None = None
    resolved_at: datetime | None = None  # when the standing result was recorded

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(frozen=True)
class ControlView:
    """A card as the control lists show it."""

    card_id: uuid.UUID
    number: str
    registered_at: datetime
    kind: str | None
    summary: str
    correspondent: str
    status: ControlStatus
    due_on: date | None
    days_overdue: int  # 0 when not overdue
    days_left: int | None  # None when there is no due date
    result: ControlResult | None
    executors: tuple[str, ...] = field(default=())
    blocked: bool = False  # holds a person whose data are blocked (R45): names and summary hidden


_ALLOWED: dict[ControlEventType, frozenset[ControlStatus]] = {
    ControlEventType.ASSIGNED: frozenset(
        {ControlStatus.REGISTERED, ControlStatus.ASSIGNED, ControlStatus.IN_PROGRESS}
    ),
    ControlEventType.STARTED: frozenset({ControlStatus.ASSIGNED}),
    ControlEventType.EXTENDED: frozenset({ControlStatus.REGISTERED, ControlStatus.ASSIGNED, ControlStatus.IN_PROGRESS}),
    ControlEventType.RESOLVED: frozenset({ControlStatus.REGISTERED, ControlStatus.ASSIGNED, ControlStatus.IN_PROGRESS}),
    ControlEventType.REMOVED_FROM_CONTROL: frozenset({ControlStatus.RESOLVED}),
    ControlEventType.REOPENED: frozenset({ControlStatus.RESOLVED, ControlStatus.REMOVED}),
}


class ControlTransitionError(ValidationError):
    """The event cannot follow the card's current state (e.g. removal without a result)."""


def _refuse(path: str, code: str, message: str) -> ValidationError:
    return ValidationError([FieldIssue(path, code, message)])


def check_transition(state: ControlState | None, event: ControlEventType) -> None:
    if state is None:
        raise ControlTransitionError(
            [FieldIssue("card", "control.not_on_control", "the card is not under execution control")]
        )
    allowed = _ALLOWED.get(event)
    if allowed is not None and state.status not in allowed:
        if event is ControlEventType.REMOVED_FROM_CONTROL:
            issue = FieldIssue("result", "control.no_result", "a card is removed from control only after its result is recorded")
        else:
            issue = FieldIssue("status", "control.wrong_state", f"cannot {event.value} a card that is {state.status.value}")
        raise ControlTransitionError([issue])


def clean_text(value: str | None, path: str, *, required: bool) -> str | None:
    text = " ".join((value or "").replace("\x00", "").split())
    if not text:
        if required:
            raise _refuse(path, "field.required", "this field is required")
        return None
    if len(text) > MAX_TEXT:
        raise _refuse(path, "field.too_long", f"at most {MAX_TEXT} characters")
    return text


RECOVERING_RESULTS = frozenset({ControlResult.SATISFIED, ControlResult.PARTIALLY_SATISFIED})


def check_result(
    result: ControlResult,
    *,
    refusal_reason: RefusalReason | None,
    reason: str | None,
    forwarded_to: str | None,
    outgoing_number: str | None,
    recovered_amount_tiyn: int | None = None,
) -> None:
    """A refusal needs its grounds and their explanation; forwarding needs the addressee and the
    outgoing number (cl. 9, R13, R88); only a satisfied claim recovers an amount."""
    issues = []
    if recovered_amount_tiyn is not None and result not in RECOVERING_RESULTS:
        issues.append(FieldIssue(
            "recovered_amount", "control.recovered_only_when_satisfied",
            "an amount is recovered only when the claim is satisfied, fully or partially",
        ))
    if result is ControlResult.REFUSED:
        if refusal_reason is None:
            issues.append(FieldIssue("refusal_reason", "control.refusal_without_reason", "a refusal needs its reason"))
        if not reason:
            issues.append(FieldIssue("reason", "control.refusal_without_reason", "explain the reason for the refusal"))
    elif refusal_reason is not None:
        issues.append(FieldIssue("refusal_reason", "control.reason_only_for_refusal", "a reason list entry is for refusals"))
    if result is ControlResult.FORWARDED:
        if not forwarded_to:
            issues.append(FieldIssue("forwarded_to", "field.required", "to whom the appeal was forwarded"))
        if not outgoing_number:
            issues.append(FieldIssue("outgoing_number", "field.required", "the outgoing number of the covering letter"))
    if issues:
        raise ValidationError(issues)


def apply_event(state: ControlState | None, event: ControlEvent) -> ControlState:
    """The state after one event (the events are validated before they are stored)."""
    if event.event is ControlEventType.REGISTERED or state is None:
        return ControlState(
            status=ControlStatus.REGISTERED, due_on=event.due_on, first_due_on=event.due_on, notice_due_on=None,
            rule_code=event.rule_code, resolution=None, result=None, reply_card_id=None, executors=(),
            last_event_at=event.occurred_at,
        )
    at = event.occurred_at  # every event moves the last-event time; one replace() per event
    match event.event:
        case ControlEventType.ASSIGNED:
            return replace(
                state, status=ControlStatus.ASSIGNED if state.status is not ControlStatus.IN_PROGRESS else state.status,
                executors=event.executors, resolution=event.resolution, last_event_at=at,
            )
        case ControlEventType.STARTED:
            return replace(state, status=ControlStatus.IN_PROGRESS, last_event_at=at)
        case ControlEventType.EXTENDED:
            return replace(state, due_on=event.due_on, notice_due_on=event.notice_due_on, last_event_at=at)
        case ControlEventType.RESOLVED:
            return replace(
                state, status=ControlStatus.RESOLVED, result=event.result, refusal_reason=event.refusal_reason,
                recovered_amount_tiyn=event.recovered_amount_tiyn, resolved_at=at, last_event_at=at,
            )
        case ControlEventType.REMOVED_FROM_CONTROL:
            return replace(
                state, status=ControlStatus.REMOVED, reply_card_id=event.reply_card_id, closed_at=at,
                notice_due_on=None, last_event_at=at,
            )
        case ControlEventType.APPLICANT_NOTIFIED:
            return replace(state, notice_due_on=None, last_event_at=at)
        case ControlEventType.REOPENED:
            return replace(
                state, status=ControlStatus.IN_PROGRESS if state.executors else ControlStatus.REGISTERED,
                result=None, refusal_reason=None, recovered_amount_tiyn=None, resolved_at=None, reply_card_id=None,
                closed_at=None, due_on=event.due_on or state.due_on, last_event_at=at,
            )
    raise AssertionError(event.event)


def replay(events: list[ControlEvent]) -> ControlState | None:
    state: ControlState | None = None
    for event in events:
        state = apply_event(state, event)
    return state
