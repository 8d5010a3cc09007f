"""Execution-control histories for demo cards: plausible for the card's age (old appeals are mostly
answered and removed from control, a few overdue; recent ones assigned or in progress), made of
the same events a clerk would record and replayed by the same rules, so the state always agrees
with the history."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from clerk_app.domain.calendar import WorkingCalendar, compute_due
from clerk_app.domain.control import (
    RECOVERING_RESULTS,
    ControlEvent,
    ControlEventType,
    ControlResult,
    RefusalReason,
    replay,
)
from clerk_app.domain.deadline_rules import DeadlineRule
from clerk_app.domain.enums import AppealKind
from clerk_app.domain.ids import new_id
from clerk_app.timeutil import to_astana
from storage.repositories import control as control_repo

STAFF = (
    ("Серікова Гүлнар Қайратқызы", "бас маман"),
    ("Абенов Тимур Маратович", "ведущий специалист"),
    ("Жақсылықова Әйгерім", "заңгер"),
    ("Ким Елена Викторовна", "юрист"),
    ("Омаров Данияр", "медиатор"),
    ("Петрова Наталья Сергеевна", "главный специалист"),
)
RESOLUTIONS = (
    "Қарап, өтініш берушіге заңда белгіленген мерзімде жауап беріңіз",
    "Рассмотреть, запросить объяснение у продавца, подготовить ответ заявителю",
    "Сатушыдан түсініктеме сұрату, татуластыру рәсімін ұйымдастыру",
    "Подготовить проект решения, согласовать с руководителем",
)
RESULTS = (
    (ControlResult.SATISFIED, 40), (ControlResult.PARTIALLY_SATISFIED, 20), (ControlResult.NOT_SATISFIED, 15),
    (ControlResult.REFUSED, 10), (ControlResult.FORWARDED, 7), (ControlResult.WITHDRAWN, 5),
    (ControlResult.LEFT_WITHOUT_CONSIDERATION, 3),
)
_RESULT_CHOICES = [r for r, weight in RESULTS for _ in range(weight)]


@dataclass(frozen=True)
class DueTable:
    """Due dates by (registration day, kind), computed once by the real rules and calendar: a
    demo of a million cards has only a few hundred distinct days."""

    table: dict[tuple[date, str], tuple[str, date]]
    today: date
    now: datetime  # no event is dated after it

    @classmethod
    def build(
        cls, first_day: date, now: datetime, rules: list[DeadlineRule], calendar: WorkingCalendar
    ) -> DueTable:
        last_day = to_astana(now).date()
        table: dict[tuple[date, str], tuple[str, date]] = {}
        day = first_day
        while day <= last_day:
            for kind in AppealKind:
                rule = next((r for r in rules if kind in r.applies_to_kinds), None)
                if rule is not None:
                    table[(day, kind.value)] = (rule.code, compute_due(day, rule.amount, rule.unit, calendar).due)
            day += timedelta(days=1)
        return cls(table, last_day, now)


def control_rows(
    rng: random.Random,
    card_id: Any,
    kind: str,
    registered_at: datetime,
    local_day: date,
    dues: DueTable,
    staff: list[uuid.UUID],
    station: str,
    user: str,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The card's control state row, its executor rows and its event rows."""
    rule_code, due = dues.table.get((local_day, kind), (None, None))
    events = [ControlEvent(
        id=new_id(), card_id=card_id, event=ControlEventType.REGISTERED, occurred_at=registered_at, actor=user,
        due_on=due, rule_code=rule_code,
    )]
    moment = registered_at

    def add(event_type: ControlEventType, **details: Any) -> None:
        nonlocal moment
        moment = min(moment + timedelta(hours=2 + rng.random() * 40), max(moment, dues.now))
        events.append(ControlEvent(id=new_id(), card_id=card_id, event=event_type, occurred_at=moment, actor=user, **details))

    past_due = due is not None and due < dues.today
    roll = rng.random()
    stage = (
        (4 if roll < 0.985 else 3 if roll < 0.993 else 2) if past_due
        else (0 if roll < 0.15 else 1 if roll < 0.65 else 2 if roll < 0.95 else 3)
    )  # 0 registered, 1 assigned, 2 in progress, 3 resolved, 4 removed
    if stage >= 1 and staff:
        executors = tuple(rng.sample(staff, 1 if rng.random() < 0.85 else 2))
        add(ControlEventType.ASSIGNED, executors=executors, resolution=rng.choice(RESOLUTIONS))
    if stage >= 2:
        add(ControlEventType.STARTED)
    if stage >= 3:
        result = rng.choice(_RESULT_CHOICES)
        details: dict[str, Any] = {"result": result}
        if result is ControlResult.REFUSED:
            details |= {"refusal_reason": rng.choice(list(RefusalReason)), "reason": "Бас тарту негіздері өтініш берушіге түсіндірілді"}
        elif result is ControlResult.FORWARDED:
            details |= {"forwarded_to": "Сауда және интеграция министрлігі", "outgoing_number": f"{rng.randrange(1, 999)}-Ш"}
        elif result in RECOVERING_RESULTS:  # from the id, not the generator: the demo's other draws stay as they were
            tenge = 5_000 + uuid.UUID(str(card_id)).int % 400_000
            details["recovered_amount_tiyn"] = (tenge if result is ControlResult.SATISFIED else tenge // 2) * 100
        add(ControlEventType.RESOLVED, **details)
    if stage >= 4:
        add(ControlEventType.REMOVED_FROM_CONTROL)
    state = replay(events)
    assert state is not None
    executor_rows = [
        {"card_id": card_id, "staff_member_id": s, "is_lead": i == 0} for i, s in enumerate(state.executors)
    ]
    event_rows = [control_repo.event_row(e, station) for e in events]
    return control_repo.state_row(card_id, state), executor_rows, event_rows
