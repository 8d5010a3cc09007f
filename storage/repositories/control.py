"""Execution control in SQL: the append-only events, the derived state and the control views."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, delete, exists, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from clerk_app.domain.control import (
    ControlEvent,
    ControlEventType,
    ControlResult,
    ControlState,
    ControlStatus,
    ControlView,
    RefusalReason,
)
from clerk_app.domain.enums import Direction, PartyType
from storage.models import Card as CardRow
from storage.models import CardControl, CardExecutor, StaffMember
from storage.models import ControlEvent as EventRow
from storage.repositories.cards import FIRST_APPLICANT

_EVENT_TABLE = cast(Table, EventRow.__table__)
_INSERT_EVENT = _EVENT_TABLE.insert()
_INSERT_STATE = cast(Table, CardControl.__table__).insert()
_DETAIL_FIELDS = (
    "executors", "resolution", "due_on", "notice_due_on", "reason", "result", "refusal_reason", "forwarded_to",
    "outgoing_number", "reply_card_id", "rule_code", "recovered_amount_tiyn",
)


def _details_json(event: ControlEvent) -> str:
    values: dict[str, Any] = {}
    for name in _DETAIL_FIELDS:
        value = getattr(event, name)
        if value is None or value == ():
            continue
        if name == "executors":
            value = [str(v) for v in value]
        elif isinstance(value, (date, uuid.UUID)):
            value = str(value)
        values[name] = value
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def event_from_row(row: Any) -> ControlEvent:
    return event_from_values(row.id, row.card_id, row.event, row.occurred_at, row.actor, row.details)


def event_from_values(
    event_id: uuid.UUID, card_id: uuid.UUID, event: str, occurred_at: datetime, actor: str, details: str,
) -> ControlEvent:
    d = json.loads(details)
    return ControlEvent(
        id=event_id, card_id=card_id, event=ControlEventType(event), occurred_at=occurred_at, actor=actor,
        executors=tuple(uuid.UUID(v) for v in d.get("executors", ())),
        resolution=d.get("resolution"),
        due_on=date.fromisoformat(d["due_on"]) if d.get("due_on") else None,
        notice_due_on=date.fromisoformat(d["notice_due_on"]) if d.get("notice_due_on") else None,
        reason=d.get("reason"),
        result=ControlResult(d["result"]) if d.get("result") else None,
        refusal_reason=RefusalReason(d["refusal_reason"]) if d.get("refusal_reason") else None,
        forwarded_to=d.get("forwarded_to"), outgoing_number=d.get("outgoing_number"),
        reply_card_id=uuid.UUID(d["reply_card_id"]) if d.get("reply_card_id") else None,
        rule_code=d.get("rule_code"), recovered_amount_tiyn=d.get("recovered_amount_tiyn"),
    )


def event_row(event: ControlEvent, station: str) -> dict[str, Any]:
    return {
        "id": event.id, "card_id": event.card_id, "occurred_at": event.occurred_at, "actor": event.actor,
        "station_code": station, "event": event.event.value, "details": _details_json(event),
    }


def state_row(card_id: uuid.UUID, state: ControlState) -> dict[str, Any]:
    return {
        "card_id": card_id, "status": state.status.value, "due_on": state.due_on,
        "open_due_on": state.due_on if state.is_open else None, "first_due_on": state.first_due_on,
        "notice_due_on": state.notice_due_on, "rule_code": state.rule_code, "resolution": state.resolution,
        "result": state.result.value if state.result else None, "reply_card_id": state.reply_card_id,
        "last_event_at": state.last_event_at, "closed_at": state.closed_at,
        "refusal_reason": str(state.refusal_reason) if state.refusal_reason else None,
        "recovered_amount_tiyn": state.recovered_amount_tiyn, "resolved_at": state.resolved_at,
    }


def add_event(session: Session, event: ControlEvent, station: str) -> None:
    session.execute(_INSERT_EVENT, event_row(event, station))


def insert_state(session: Session, card_id: uuid.UUID, state: ControlState) -> None:
    """A card put on control for the first time (registration): one prepared insert."""
    session.execute(_INSERT_STATE, state_row(card_id, state))


def save_state(session: Session, card_id: uuid.UUID, state: ControlState, *, executors_changed: bool) -> None:
    values = state_row(card_id, state)
    del values["card_id"]
    session.execute(update(CardControl).where(CardControl.card_id == card_id).values(**values))
    if executors_changed:
        session.execute(delete(CardExecutor).where(CardExecutor.card_id == card_id))
        if state.executors:
            session.execute(
                insert(CardExecutor),
                [{"card_id": card_id, "staff_member_id": s, "is_lead": i == 0} for i, s in enumerate(state.executors)],
            )


_STATE_OF = select(CardControl.__table__).where(CardControl.card_id == bindparam("card_id"))
_EXECUTORS_OF = (
    select(CardExecutor.staff_member_id)
    .where(CardExecutor.card_id == bindparam("card_id"))
    .order_by(CardExecutor.is_lead.desc(), CardExecutor.staff_member_id)
)


def load_state(session: Session, card_id: uuid.UUID, *, for_update: bool = False) -> ControlState | None:
    query = _STATE_OF.with_for_update() if for_update else _STATE_OF
    r = session.execute(query, {"card_id": card_id}).first()
    if r is None:
        return None
    executors = tuple(session.scalars(_EXECUTORS_OF, {"card_id": card_id}))
    return ControlState(
        status=ControlStatus(r.status), due_on=r.due_on, first_due_on=r.first_due_on, notice_due_on=r.notice_due_on,
        rule_code=r.rule_code, resolution=r.resolution, result=ControlResult(r.result) if r.result else None,
        reply_card_id=r.reply_card_id, executors=executors, last_event_at=r.last_event_at, closed_at=r.closed_at,
        refusal_reason=RefusalReason(r.refusal_reason) if r.refusal_reason else None,
        recovered_amount_tiyn=r.recovered_amount_tiyn, resolved_at=r.resolved_at,
    )


def events_of(session: Session, card_id: uuid.UUID) -> list[ControlEvent]:
    rows = session.execute(
        select(_EVENT_TABLE).where(EventRow.card_id == card_id).order_by(EventRow.occurred_at, EventRow.id)
    )
    return [event_from_row(r) for r in rows]


def staff_exists(session: Session, staff_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """The ids among these that name active staff members."""
    return set(
        session.scalars(select(StaffMember.id).where(StaffMember.id.in_(staff_ids), StaffMember.is_active.is_(True)))
    )


def latest_reply(session: Session, card_id: uuid.UUID) -> CardRow | None:
    return session.scalar(
        select(CardRow).where(CardRow.answers_card_id == card_id).order_by(CardRow.registered_at.desc()).limit(1)
    )


def cards_without_control(session: Session, limit: int) -> list[Any]:
    """Incoming cards registered before execution control existed (migration 0007)."""
    return list(
        session.execute(
            select(CardRow.id, CardRow.kind, CardRow.registered_at)
            .where(CardRow.direction == Direction.INCOMING.value, ~exists().where(CardControl.card_id == CardRow.id))
            .limit(limit)
        )
    )


def control_views(
    session: Session,
    *,
    today: date,
    overdue: bool = False,
    due_within: int | None = None,
    executor_id: uuid.UUID | None = None,
    kind: str | None = None,
    status: ControlStatus | None = None,
    notice_due: bool = False,
    after: tuple[date, uuid.UUID] | None = None,
    limit: int = 100,
) -> list[ControlView]:
    """Open cards by due date, earliest first (the most overdue on top), keyset-paged on
    (due date, card id). Every filter is SQL over the partial index of open cards."""
    first = FIRST_APPLICANT
    query = (
        select(
            CardControl.card_id, CardControl.status, CardControl.open_due_on, CardControl.result,
            CardRow.number, CardRow.registered_at, CardRow.kind, CardRow.summary,
            first.party_type, first.surname, first.given_name, first.patronymic, first.legal_name,
        )
        .join(CardRow, CardRow.id == CardControl.card_id)
        .outerjoin(first, and_(first.card_id == CardControl.card_id, first.position == 0))
        .where(CardControl.open_due_on.is_not(None))
        .order_by(CardControl.open_due_on, CardControl.card_id)
        .limit(limit)
    )
    if overdue:
        query = query.where(CardControl.open_due_on < today)
    if due_within is not None:
        query = query.where(CardControl.open_due_on >= today, CardControl.open_due_on <= today + timedelta(days=due_within))
    if executor_id is not None:
        query = query.where(
            exists().where(CardExecutor.card_id == CardControl.card_id, CardExecutor.staff_member_id == executor_id)
        )
    if kind is not None:
        # "|| ''": checked per open card, so the planner keeps to the open-cards index instead of
        # reading every card of the kind through ix_card_kind_registered_at
        query = query.where(CardRow.kind.concat("") == kind)
    if status is not None:
        query = query.where(CardControl.status == status.value)
    if notice_due:
        query = query.where(CardControl.notice_due_on.is_not(None))
    if after is not None:
        query = query.where(tuple_(CardControl.open_due_on, CardControl.card_id) > tuple_(*after))
    rows = list(session.execute(query))
    names = _executor_names(session, [r.card_id for r in rows])
    views = []
    for r in rows:
        due: date = r.open_due_on
        days = (due - today).days
        views.append(
            ControlView(
                card_id=r.card_id, number=r.number, registered_at=r.registered_at, kind=r.kind, summary=r.summary,
                correspondent=_correspondent(r), status=ControlStatus(r.status), due_on=due,
                days_overdue=max(0, -days), days_left=days, result=ControlResult(r.result) if r.result else None,
                executors=tuple(names.get(r.card_id, ())),
            )
        )
    return views


def _correspondent(r: Any) -> str:
    if r.party_type == PartyType.LEGAL_ENTITY.value:
        return str(r.legal_name or "")
    return " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)


def _executor_names(session: Session, card_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    if not card_ids:
        return names
    rows = session.execute(
        select(CardExecutor.card_id, StaffMember.full_name)
        .join(StaffMember, StaffMember.id == CardExecutor.staff_member_id)
        .where(CardExecutor.card_id.in_(card_ids))
        .order_by(CardExecutor.card_id, CardExecutor.is_lead.desc(), StaffMember.full_name)
    )
    for card_id, name in rows:
        names.setdefault(card_id, []).append(name)
    return names


def counts(session: Session, *, today: date, soon_until: date) -> dict[str, int]:
    """Open, overdue, due today, due soon and extension notices due, each from a partial index
    that holds only the open cards (or only the pending notices)."""
    due = CardControl.open_due_on
    row = session.execute(
        select(
            func.count(),
            func.count().filter(due < today),
            func.count().filter(due == today),
            func.count().filter(and_(due > today, due <= soon_until)),
        ).where(due.is_not(None))
    ).one()
    notices = session.scalar(
        select(func.count()).where(CardControl.notice_due_on.is_not(None), CardControl.notice_due_on <= soon_until)
    )
    return {"open": row[0], "overdue": row[1], "due_today": row[2], "due_soon": row[3], "notices_due": int(notices or 0)}


def executor_counts(session: Session, *, today: date) -> list[tuple[uuid.UUID, int, int, int]]:
    """Per executor: (staff member, open cards, overdue, due today), over the open cards only."""
    due = CardControl.open_due_on
    rows = session.execute(
        select(
            CardExecutor.staff_member_id, func.count(), func.count().filter(due < today), func.count().filter(due == today),
        )
        .join(CardControl, CardControl.card_id == CardExecutor.card_id)
        .where(due.is_not(None))
        .group_by(CardExecutor.staff_member_id)
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]
