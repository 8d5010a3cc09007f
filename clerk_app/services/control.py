"""Execution control (cl. 9, 10): putting appeals on control, assigning, extending, recording the
result and removing from control. Every action appends one event and updates the derived state in
the same transaction; nothing is edited in place."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject
from clerk_app.domain.calendar import PeriodUnit, WorkingCalendar, compute_due
from clerk_app.domain.cards import Card, CardRef
from clerk_app.domain.control import (
    MAX_EXECUTORS,
    ControlEvent,
    ControlEventType,
    ControlResult,
    ControlState,
    ControlStatus,
    ControlView,
    RefusalReason,
    apply_event,
    check_result,
    check_transition,
    clean_text,
)
from clerk_app.domain.deadline_rules import DeadlineRule
from clerk_app.domain.enums import AppealKind, Direction
from clerk_app.domain.ids import new_id
from clerk_app.domain.money import AmountProblem, parse_amount, to_tiyn
from clerk_app.errors import ClerkError, FieldIssue, PermissionDeniedError, ValidationError
from clerk_app.services import audit
from clerk_app.services import consent_checks as consent
from clerk_app.services.blocking import guard, mask
from clerk_app.services.context import Actor, require, resolve_card
from clerk_app.timeutil import astana_today, to_astana, utc_now
from storage.models import Card as CardRow
from storage.repositories import calendar as calendar_repo
from storage.repositories import control as control_repo
from storage.repositories import deadline_rules as rule_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

STATE_BODY_RULE = "state_body_appeal"
EXTENSION_MAX_RULE = "state_body_extension_max"
EXTENSION_NOTICE_RULE = "extension_notice"
FALLBACK_KIND = AppealKind.OTHER  # an appeal registered without a kind gets the body's own period
SOON_DAYS = 3
MAX_LIST = 500


@dataclass(frozen=True)
class ControlSummary:
    """For the reminders and the status bar."""

    today: date
    open: int
    overdue: int
    due_today: int
    due_soon: int  # after today, within SOON_DAYS
    notices_due: int  # extension notices to send by SOON_DAYS


@dataclass(frozen=True)
class ExecutorLoad:
    """One executor's open cards, for the control dashboard."""

    staff_member_id: uuid.UUID
    open: int
    overdue: int
    due_today: int


@dataclass(frozen=True)
class ControlFilter:
    overdue: bool = False
    due_within: int | None = None  # days from today, today included
    executor_id: uuid.UUID | None = None
    kind: AppealKind | None = None
    status: ControlStatus | None = None
    notice_due: bool = False  # the applicant still has to be told of an extension


@dataclass(frozen=True)
class ControlPage:
    rows: tuple[ControlView, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class CardControlRecord:
    """A card's control state and its whole history, for the card view and ``control --card``."""

    card_id: uuid.UUID
    number: str
    state: ControlState | None
    events: tuple[ControlEvent, ...]
    latest_reply: CardRef | None = None  # what "remove from control" links when no reply is named


def _amount_tiyn(value: object, path: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return to_tiyn(parse_amount(value))
    except AmountProblem as exc:
        raise ValidationError([FieldIssue(path, exc.code, str(exc))]) from None


def _encode_cursor(due: date, card_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(f"{due.isoformat()}|{card_id}".encode()).decode()


def _decode_cursor(cursor: str) -> tuple[date, uuid.UUID]:
    try:
        due, card_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return date.fromisoformat(due), uuid.UUID(card_id)
    except (ValueError, UnicodeError) as exc:
        raise ClerkError("the page cursor is not valid", code="control.bad_cursor") from exc


def _current(
    session: Session, card_ref: str, event_type: ControlEventType, actor: Actor
) -> tuple[CardRow, ControlState]:
    """The card and its control state, locked for the event, which must be allowed to follow."""
    row = resolve_card(session, card_ref)
    guard(session, actor, [row.id], change=True)
    state = control_repo.load_state(session, row.id, for_update=True)
    _check_may_act(actor, state)
    check_transition(state, event_type)
    assert state is not None  # check_transition refuses a card that is not on control
    return row, state


def _check_may_act(actor: Actor, state: ControlState | None) -> None:
    """A supervisor acts on every card; an executor only on the cards they are an executor of."""
    if actor.may(Permission.CONTROL_ALL):
        return
    actor.require(Permission.CONTROL_OWN)
    if state is None or actor.staff_member_id is None or actor.staff_member_id not in state.executors:
        raise PermissionDeniedError(
            Permission.CONTROL_OWN.value, "you act only on the cards you are an executor of"
        )


class _Rules:
    """The deadline rules and the working calendar, read once per transaction."""

    def __init__(self, session: Session):
        self.by_code = {r.code: r for r in rule_repo.all_rules(session)}
        self.calendar: WorkingCalendar = calendar_repo.working_calendar(session)

    def for_kind(self, kind: AppealKind | None) -> DeadlineRule | None:
        wanted = kind or FALLBACK_KIND
        return next((r for r in self.by_code.values() if wanted in r.applies_to_kinds), None)

    def due(self, code: str, start: date) -> date | None:
        rule = self.by_code.get(code)
        return compute_due(start, rule.amount, rule.unit, self.calendar).due if rule else None


def initial_control(
    card_id: uuid.UUID, kind: AppealKind | None, registered_at: datetime, rules: _Rules, actor: Actor
) -> ControlEvent:
    """The "registered" event of a new incoming appeal, with its due date by rule (R90): the
    period starts the day after registration (Astana date)."""
    rule = rules.for_kind(kind)
    due = None
    if rule is not None:
        registered = to_astana(registered_at)
        start = registered if rule.unit is PeriodUnit.HOURS else registered.date()
        due = compute_due(start, rule.amount, rule.unit, rules.calendar).due
    return ControlEvent(
        id=new_id(), card_id=card_id, event=ControlEventType.REGISTERED, occurred_at=registered_at,
        actor=actor.user, due_on=due, rule_code=rule.code if rule else None,
    )


def on_card_registered(session: Session, card: Card, actor: Actor) -> None:
    """Called inside the registration transaction: an incoming appeal goes on control; a reply to
    an appeal whose applicant still has to be told of an extension counts as that notice."""
    if card.direction is Direction.INCOMING:
        event = initial_control(card.id, card.kind, card.registered_at, _Rules(session), actor)
        control_repo.add_event(session, event, card.station)
        control_repo.insert_state(session, card.id, apply_event(None, event))
    elif card.answers is not None:
        state = control_repo.load_state(session, card.answers.id, for_update=True)
        if state is not None and state.notice_due_on is not None and state.is_open:
            event = ControlEvent(
                id=new_id(), card_id=card.answers.id, event=ControlEventType.APPLICANT_NOTIFIED,
                occurred_at=card.registered_at, actor=actor.user, reply_card_id=card.id,
            )
            control_repo.add_event(session, event, card.station)
            control_repo.save_state(session, card.answers.id, apply_event(state, event), executors_changed=False)


@dataclass
class ControlService:
    store: Store

    # -- actions ---------------------------------------------------------------------------------

    def assign(self, card_ref: str, executor_ids: Sequence[uuid.UUID], resolution: str, actor: Actor) -> ControlState:
        """Executors (the first is the lead) with the supervisor's resolution; again to reassign."""
        actor.require(Permission.CONTROL_ALL)
        executors = tuple(dict.fromkeys(executor_ids))
        if not executors:
            raise ValidationError([FieldIssue("executors", "control.no_executor", "choose at least one executor")])
        if len(executors) > MAX_EXECUTORS:
            raise ValidationError([FieldIssue("executors", "field.out_of_range", f"at most {MAX_EXECUTORS} executors")])
        text = clean_text(resolution, "resolution", required=True)
        with self.store.write() as session:
            known = control_repo.staff_exists(session, executors)
            if missing := [e for e in executors if e not in known]:
                raise ValidationError(
                    [FieldIssue("executors", "control.unknown_executor", f"no active staff member {missing[0]}")]
                )
            return self._append(session, card_ref, actor, ControlEventType.ASSIGNED, executors=executors, resolution=text)

    def start(self, card_ref: str, actor: Actor) -> ControlState:
        with self.store.write() as session:
            return self._append(session, card_ref, actor, ControlEventType.STARTED)

    def extend(self, card_ref: str, new_due: date, reason: str, actor: Actor, *, today: date | None = None) -> ControlState:
        """A later due date with its reason; the applicant must be told within the notice period
        (APPK art. 76: 3 working days), and an appeal to a state body runs at most 2 months."""
        text = clean_text(reason, "reason", required=True)
        today = today or astana_today()
        with self.store.write() as session:
            row, state = _current(session, card_ref, ControlEventType.EXTENDED, actor)
            if new_due < today or (state.due_on is not None and new_due <= state.due_on):
                raise ValidationError(
                    [FieldIssue("due_on", "control.extension_not_later", "the new due date must be later than the current one")]
                )
            rules = _Rules(session)
            if state.rule_code == STATE_BODY_RULE:
                limit = rules.due(EXTENSION_MAX_RULE, to_astana(row.registered_at).date())
                if limit is not None and new_due > limit:
                    raise ValidationError(
                        [FieldIssue("due_on", "control.extension_too_long", f"an appeal to a state body runs at most to {limit}",
                                    params={"limit": limit.isoformat()})]
                    )
            notice = rules.due(EXTENSION_NOTICE_RULE, today)
            return self._append_to(
                session, row, state, actor, ControlEventType.EXTENDED, due_on=new_due, notice_due_on=notice, reason=text
            )

    def resolve(
        self,
        card_ref: str,
        result: ControlResult,
        actor: Actor,
        *,
        refusal_reason: RefusalReason | None = None,
        reason: str | None = None,
        forwarded_to: str | None = None,
        outgoing_number: str | None = None,
        recovered_amount: object = None,
    ) -> ControlState:
        """The result of consideration (cl. 9); a refusal needs its reason, forwarding its addressee;
        a satisfied claim may record the amount recovered for the consumer (tenge, exact)."""
        text = clean_text(reason, "reason", required=False)
        to = clean_text(forwarded_to, "forwarded_to", required=False)
        number = clean_text(outgoing_number, "outgoing_number", required=False)
        recovered = _amount_tiyn(recovered_amount, "recovered_amount")
        refusal_reason = RefusalReason(refusal_reason) if refusal_reason else None  # a Qt combo hands back its str
        check_result(result, refusal_reason=refusal_reason, reason=text, forwarded_to=to, outgoing_number=number,
                     recovered_amount_tiyn=recovered)
        with self.store.write() as session:
            row, state = _current(session, card_ref, ControlEventType.RESOLVED, actor)
            # R53: forwarding hands everyone's data to a third party; each person needs a ground for it
            persons = consent.check_transfer_in(session, row) if result is ControlResult.FORWARDED else []
            new_state = self._append_to(
                session, row, state, actor, ControlEventType.RESOLVED, result=result, refusal_reason=refusal_reason,
                reason=text, forwarded_to=to, outgoing_number=number, recovered_amount_tiyn=recovered,
            )
            if result is ControlResult.FORWARDED:  # the appeal, with everyone's data on it, goes to a third party
                audit.record_cards_in(
                    session, actor, AuditAction.TRANSFER, AuditObject.CARD, [row.id], object_id=str(row.id),
                    details={"number": row.number, "to": to, "outgoing_number": number,
                             "grounds": consent.grounds_summary(persons)},
                )
            return new_state

    def remove_from_control(self, card_ref: str, actor: Actor, *, reply_ref: str | None = None) -> ControlState:
        """Only after a result; the outgoing reply is linked (the latest reply when none is named)."""
        with self.store.write() as session:
            row, state = _current(session, card_ref, ControlEventType.REMOVED_FROM_CONTROL, actor)
            assert state.result is not None  # a resolved card has its result
            reply = resolve_card(session, reply_ref) if reply_ref else control_repo.latest_reply(session, row.id)
            if reply is not None and reply.direction != Direction.OUTGOING.value:
                raise ValidationError([FieldIssue("reply", "control.reply_not_outgoing", "the reply must be an outgoing letter")])
            if reply is None and state.result.needs_reply:
                raise ValidationError(
                    [FieldIssue("reply", "control.reply_required", "register the outgoing reply before removing the card from control")]
                )
            return self._append_to(
                session, row, state, actor, ControlEventType.REMOVED_FROM_CONTROL,
                reply_card_id=reply.id if reply is not None else None,
            )

    def reopen(self, card_ref: str, reason: str, actor: Actor, *, new_due: date | None = None) -> ControlState:
        text = clean_text(reason, "reason", required=True)
        if new_due is not None and new_due < astana_today():
            raise ValidationError([FieldIssue("due_on", "control.due_in_past", "the due date cannot be in the past")])
        with self.store.write() as session:
            return self._append(session, card_ref, actor, ControlEventType.REOPENED, reason=text, due_on=new_due)

    def put_untracked_on_control(self, actor: Actor, *, batch: int = 5000) -> int:
        """Incoming cards registered before execution control existed get their "registered"
        event and due date (once, after the upgrade that added control)."""
        done = 0
        while True:
            with self.store.write() as session:
                rows = control_repo.cards_without_control(session, batch)
                if not rows:
                    return done
                rules = _Rules(session)
                station = settings_repo.station_code(session)
                for r in rows:
                    event = initial_control(r.id, AppealKind(r.kind) if r.kind else None, r.registered_at, rules, actor)
                    control_repo.add_event(session, event, station)
                    control_repo.insert_state(session, r.id, apply_event(None, event))
                done += len(rows)

    # -- reading ---------------------------------------------------------------------------------

    def record(self, card_ref: str, *, actor: Actor | None = None) -> CardControlRecord:
        require(actor, Permission.VIEW_CARD)
        with self.store.read() as session:
            row = resolve_card(session, card_ref)
            guard(session, actor, [row.id])
            reply = control_repo.latest_reply(session, row.id)
            return CardControlRecord(
                row.id, row.number, control_repo.load_state(session, row.id), tuple(control_repo.events_of(session, row.id)),
                latest_reply=CardRef(reply.id, reply.number) if reply is not None else None,
            )

    def views(
        self, control_filter: ControlFilter, *, limit: int = 100, cursor: str | None = None, today: date | None = None,
        actor: Actor | None = None,
    ) -> ControlPage:
        """Open cards by due date (most overdue first), filtered in SQL and keyset-paged."""
        require(actor, Permission.VIEW_CARD)
        limit = min(max(limit, 1), MAX_LIST)
        if control_filter.due_within is not None and not 0 <= control_filter.due_within <= 3660:
            raise ValidationError([FieldIssue("due_within", "field.out_of_range", "between 0 and 3660 days")])
        with self.store.read() as session:
            rows = control_repo.control_views(
                session, today=today or astana_today(), overdue=control_filter.overdue,
                due_within=control_filter.due_within, executor_id=control_filter.executor_id,
                kind=control_filter.kind.value if control_filter.kind else None, status=control_filter.status,
                notice_due=control_filter.notice_due,
                after=_decode_cursor(cursor) if cursor else None, limit=limit + 1,
            )
            rows = list(mask(session, rows))
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1] if rows else None
        next_cursor = _encode_cursor(last.due_on, last.card_id) if more and last and last.due_on else None
        return ControlPage(tuple(rows), next_cursor)

    def summary(self, *, today: date | None = None) -> ControlSummary:
        today = today or astana_today()
        with self.store.read() as session:
            c = control_repo.counts(session, today=today, soon_until=today + timedelta(days=SOON_DAYS))
        return ControlSummary(today=today, **c)

    def executor_loads(self, *, today: date | None = None, actor: Actor | None = None) -> list[ExecutorLoad]:
        """Open, overdue and due-today cards of each executor who has any open card."""
        require(actor, Permission.REPORTS)
        today = today or astana_today()
        with self.store.read() as session:
            rows = control_repo.executor_counts(session, today=today)
        return [ExecutorLoad(staff_id, open_, overdue, due_today) for staff_id, open_, overdue, due_today in rows]

    # -- internals -------------------------------------------------------------------------------

    def _append(self, session: Session, card_ref: str, actor: Actor, event_type: ControlEventType, **details: object) -> ControlState:
        row, state = _current(session, card_ref, event_type, actor)
        return self._append_to(session, row, state, actor, event_type, **details)

    def _append_to(
        self, session: Session, row: CardRow, state: ControlState, actor: Actor, event_type: ControlEventType,
        **details: object,
    ) -> ControlState:
        event = ControlEvent(
            id=new_id(), card_id=row.id, event=event_type, occurred_at=utc_now(), actor=actor.user,
            **details,  # type: ignore[arg-type]
        )
        new_state = apply_event(state, event)
        station = settings_repo.station_code(session)
        control_repo.add_event(session, event, station)
        control_repo.save_state(session, row.id, new_state, executors_changed=new_state.executors != state.executors)
        return new_state

