"""Execution control: the append-only lifecycle, its rules and the control views (both backends)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.control import ControlEventType, ControlResult, ControlStatus, RefusalReason
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import NotFoundError, ValidationError
from clerk_app.services.calendar import CalendarService
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today, to_astana
from tests.factories import REAL_BINS, incoming, valid_iin

CLERK, BOSS = Actor("clerk"), Actor("supervisor")


def _staff(registry: Registry, *names: str) -> list:  # type: ignore[type-arg]
    return [registry.references.add_staff_member({"full_name": n}).id for n in names]


def _outgoing_reply(registry: Registry, number: str) -> str:
    return registry.registration.register_reply(
        number, {"channel": "post", "form": "written", "summary": "Жауап / Ответ"}, CLERK
    ).number


def test_an_incoming_appeal_goes_on_control_with_its_due_date_by_rule(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(kind="state_measures_seller"), CLERK)
    record = registry.control.record(card.number)
    assert record.state is not None and record.state.status is ControlStatus.REGISTERED
    expected = CalendarService(registry.store).due(to_astana(card.registered_at).date(), 15, PeriodUnit.WORKING_DAYS)
    assert record.state.rule_code == "state_body_appeal" and record.state.due_on == expected.due
    assert [e.event for e in record.events] == [ControlEventType.REGISTERED]
    assert record.events[0].actor == "clerk" and record.events[0].due_on == expected.due
    # an outgoing letter is not put on control
    reply = _outgoing_reply(registry, card.number)
    assert registry.control.record(reply).state is None


def test_the_whole_lifecycle_is_an_append_only_history(registry: Registry) -> None:
    lead, second = _staff(registry, "Серікова Гүлнар", "Абенов Тимур")
    card = registry.registration.register_json(incoming(kind="seller_claim"), CLERK)
    first_due = registry.control.record(card.number).state.due_on  # type: ignore[union-attr]
    registry.control.assign(card.number, [lead, second, lead], "Разобраться и ответить заявителю", BOSS)
    registry.control.start(card.number, Actor("executor"))
    new_due = max(first_due, astana_today()) + timedelta(days=10)  # type: ignore[type-var, operator]
    state = registry.control.extend(card.number, new_due, "Запрошены документы у продавца", BOSS)
    assert state.due_on == new_due and state.notice_due_on is not None and state.notice_due_on >= astana_today()
    assert [r.number for r in registry.control.views(ControlFilter(notice_due=True)).rows] == [card.number]
    assert registry.control.record(card.number).latest_reply is None
    registry.control.resolve(card.number, ControlResult.PARTIALLY_SATISFIED, Actor("executor"))
    reply = _outgoing_reply(registry, card.number)
    assert registry.control.views(ControlFilter(notice_due=True)).rows == ()  # the reply told the applicant
    assert registry.control.record(card.number).latest_reply.number == reply  # type: ignore[union-attr]
    state = registry.control.remove_from_control(card.number, BOSS)
    assert state.status is ControlStatus.REMOVED and state.result is ControlResult.PARTIALLY_SATISFIED
    record = registry.control.record(card.number)
    assert [e.event for e in record.events] == [
        ControlEventType.REGISTERED, ControlEventType.ASSIGNED, ControlEventType.STARTED, ControlEventType.EXTENDED,
        ControlEventType.RESOLVED, ControlEventType.APPLICANT_NOTIFIED, ControlEventType.REMOVED_FROM_CONTROL,
    ]
    assigned = record.events[1]
    assert assigned.executors == (lead, second) and assigned.resolution == "Разобраться и ответить заявителю"
    assert assigned.actor == "supervisor" and record.events[3].reason == "Запрошены документы у продавца"
    assert record.state is not None and record.state.executors == (lead, second)
    assert record.state.first_due_on == first_due and record.state.notice_due_on is None  # the reply told the applicant
    assert record.events[-1].reply_card_id == registry.cards.get(reply).id
    # reopening is an event, the earlier result stays in the history
    state = registry.control.reopen(card.number, "Заявитель не согласен", BOSS, new_due=astana_today() + timedelta(days=5))
    assert state.status is ControlStatus.IN_PROGRESS and state.result is None and state.closed_at is None
    history = registry.control.record(card.number).events
    assert history[-1].event is ControlEventType.REOPENED and history[-1].reason == "Заявитель не согласен"
    assert len(history) == 8


def test_a_card_cannot_be_closed_without_a_result_nor_refused_without_a_reason(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    with pytest.raises(ValidationError) as no_result:
        registry.control.remove_from_control(card.number, BOSS)
    assert no_result.value.code == "control.no_result"
    with pytest.raises(ValidationError) as no_reason:
        registry.control.resolve(card.number, ControlResult.REFUSED, BOSS)
    assert {i.field for i in no_reason.value.issues} == {"refusal_reason", "reason"}
    with pytest.raises(ValidationError):
        registry.control.resolve(card.number, ControlResult.REFUSED, BOSS, refusal_reason=RefusalReason.COURT_MATTER, reason="  ")
    with pytest.raises(ValidationError) as forwarded:
        registry.control.resolve(card.number, ControlResult.FORWARDED, BOSS, forwarded_to="Департамент")
    assert forwarded.value.issues[0].field == "outgoing_number"
    registry.control.resolve(
        card.number, ControlResult.REFUSED, BOSS, refusal_reason=RefusalReason.COURT_MATTER,
        reason="Дело рассматривается в суде (№ 2-123/2026)",
    )
    with pytest.raises(ValidationError) as no_reply:  # a refusal is answered: the reply comes first
        registry.control.remove_from_control(card.number, BOSS)
    assert no_reply.value.code == "control.reply_required"
    with pytest.raises(ValidationError) as again:
        registry.control.resolve(card.number, ControlResult.SATISFIED, BOSS)
    assert again.value.code == "control.wrong_state"
    resolved = registry.control.record(card.number).events[-1]
    assert resolved.refusal_reason is RefusalReason.COURT_MATTER and resolved.reason.startswith("Дело")  # type: ignore[union-attr]
    # nothing was written by the refused attempts
    assert [e.event for e in registry.control.record(card.number).events] == [
        ControlEventType.REGISTERED, ControlEventType.RESOLVED
    ]


def test_withdrawn_closes_without_a_reply_and_a_named_reply_must_be_outgoing(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    other = registry.registration.register_json(incoming(applicants=[{"type": "natural_person", "surname": "Ким", "given_name": "Ли", "iin": valid_iin("851212", 4)}]), CLERK)
    registry.control.resolve(card.number, ControlResult.WITHDRAWN, CLERK)
    with pytest.raises(ValidationError) as wrong:
        registry.control.remove_from_control(card.number, BOSS, reply_ref=other.number)
    assert wrong.value.code == "control.reply_not_outgoing"
    state = registry.control.remove_from_control(card.number, BOSS)
    assert state.status is ControlStatus.REMOVED and state.reply_card_id is None


def test_bad_input_is_refused_clearly(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    (lead,) = _staff(registry, "Серікова Гүлнар")
    with pytest.raises(ValidationError) as nobody:
        registry.control.assign(card.number, [], "text", BOSS)
    assert nobody.value.code == "control.no_executor"
    with pytest.raises(ValidationError) as unknown:
        registry.control.assign(card.number, [uuid.uuid4()], "text", BOSS)
    assert unknown.value.code == "control.unknown_executor"
    with pytest.raises(ValidationError):
        registry.control.assign(card.number, [lead], "\x00 \n ", BOSS)
    with pytest.raises(ValidationError) as earlier:
        registry.control.extend(card.number, date(2000, 1, 1), "reason", BOSS)
    assert earlier.value.code == "control.extension_not_later"
    with pytest.raises(ValidationError):
        registry.control.extend(card.number, astana_today() + timedelta(days=400), "", BOSS)
    with pytest.raises(ValidationError) as started:
        registry.control.start(card.number, BOSS)  # nobody assigned yet
    assert started.value.code == "control.wrong_state"
    with pytest.raises(NotFoundError):
        registry.control.start("no-such-card", BOSS)
    with pytest.raises(ValidationError) as long_text:
        registry.control.assign(card.number, [lead], "я" * 5000, BOSS)
    assert long_text.value.code == "field.too_long"
    assert [e.event for e in registry.control.record(card.number).events] == [ControlEventType.REGISTERED]


def test_a_state_body_appeal_is_extended_to_two_months_at_most(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(kind="state_measures_settlement_body"), CLERK)
    registered = to_astana(card.registered_at).date()
    with pytest.raises(ValidationError) as too_long:
        registry.control.extend(card.number, registered + timedelta(days=120), "сложное дело", BOSS)
    assert too_long.value.code == "control.extension_too_long" and too_long.value.issues[0].params["limit"]
    state = registry.control.extend(card.number, registered + timedelta(days=45), "сложное дело", BOSS)
    assert state.due_on == registered + timedelta(days=45)


def test_control_views_due_today_soon_overdue_by_executor_and_kind(registry: Registry) -> None:
    lead, other = _staff(registry, "Серікова Гүлнар", "Абенов Тимур")
    seller = registry.registration.register_json(incoming(kind="seller_claim", summary="seller"), CLERK)
    state = registry.registration.register_json(
        incoming(kind="state_measures_seller", summary="state", respondent={"name": "ТОО Б", "role": "seller", "bin_or_iin": REAL_BINS[1]}),
        CLERK,
    )
    pretrial = registry.registration.register_json(
        incoming(summary="pretrial", respondent={"name": "ТОО В", "role": "seller", "bin_or_iin": REAL_BINS[2]}), CLERK
    )
    registry.control.assign(seller.number, [lead], "ответить", BOSS)
    registry.control.assign(state.number, [other, lead], "проверить", BOSS)
    dues = {c.number: registry.control.record(c.number).state.due_on for c in (seller, state, pretrial)}  # type: ignore[union-attr]
    seller_due = dues[seller.number]
    assert seller_due is not None
    # on the seller card's due date it is due today; the day after, overdue by one day
    page = registry.control.views(ControlFilter(due_within=0), today=seller_due)
    assert seller.number in [r.number for r in page.rows]
    overdue = registry.control.views(ControlFilter(overdue=True), today=seller_due + timedelta(days=1))
    row = next(r for r in overdue.rows if r.number == seller.number)
    assert row.days_overdue == 1 and row.executors == ("Серікова Гүлнар",)
    everything = registry.control.views(ControlFilter(), today=astana_today())
    assert [r.due_on for r in everything.rows] == sorted(r.due_on for r in everything.rows)  # type: ignore[type-var]
    by_lead = registry.control.views(ControlFilter(executor_id=lead), today=astana_today())
    assert {r.number for r in by_lead.rows} == {seller.number, state.number}
    by_other = registry.control.views(ControlFilter(executor_id=other), today=astana_today())
    assert [r.number for r in by_other.rows] == [state.number]
    assert next(r for r in by_other.rows).executors == ("Абенов Тимур", "Серікова Гүлнар")  # lead first
    by_kind = registry.control.views(ControlFilter(kind=AppealKind.PRETRIAL_SETTLEMENT), today=astana_today())
    assert [r.number for r in by_kind.rows] == [pretrial.number]
    by_status = registry.control.views(ControlFilter(status=ControlStatus.REGISTERED), today=astana_today())
    assert [r.number for r in by_status.rows] == [pretrial.number]
    # removed cards leave every view
    registry.control.resolve(seller.number, ControlResult.WITHDRAWN, BOSS)
    registry.control.remove_from_control(seller.number, BOSS)
    assert seller.number not in [r.number for r in registry.control.views(ControlFilter(), today=astana_today()).rows]
    far = max(d for d in dues.values() if d) + timedelta(days=30)  # type: ignore[type-var]
    summary = registry.control.summary(today=far)
    assert (summary.open, summary.overdue, summary.due_today) == (2, 2, 0)
    summary = registry.control.summary(today=seller_due - timedelta(days=100))
    assert summary.overdue == 0


def test_views_are_keyset_paged(registry: Registry) -> None:
    numbers = [registry.registration.register_json(incoming(summary=f"№{i}", correspondent_number=f"X-{i}"), CLERK, confirm_duplicate=True).number for i in range(7)]
    seen: list[str] = []
    cursor = None
    while True:
        page = registry.control.views(ControlFilter(), limit=3, cursor=cursor)
        seen += [r.number for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(numbers) and len(seen) == len(set(seen))
    with pytest.raises(Exception) as bad:
        registry.control.views(ControlFilter(), cursor="%%%")
    assert getattr(bad.value, "code", "") == "control.bad_cursor"


def test_demo_cards_have_control_histories_that_replay_to_their_state(registry: Registry) -> None:
    from clerk_app.domain.control import replay

    report = registry.demo.generate(4000, seed=7, actor=CLERK)
    summary = registry.control.summary()
    assert 0 < summary.open < report.incoming and summary.overdue > 0
    staff = registry.references.staff()
    assert len(staff) >= 5  # the demo brings its executors
    page = registry.cards.journal_page("incoming", limit=200)
    for row in page.rows[::7]:
        record = registry.control.record(str(row.id))
        assert record.state is not None and record.events[0].event is ControlEventType.REGISTERED
        assert replay(list(record.events)) == record.state
        assert row.control_status is record.state.status
    # the demo's own executors can be used straight away
    overdue = registry.control.views(ControlFilter(overdue=True), limit=5).rows
    assert overdue and all(r.days_overdue > 0 for r in overdue)
    # each executor's counts on the dashboard are those of the lists it opens
    loads = registry.control.executor_loads()
    assert {load.staff_member_id for load in loads} <= {member.id for member in staff} and len(loads) >= 5
    for load in loads[:3]:
        mine = registry.control.views(ControlFilter(executor_id=load.staff_member_id), limit=1000).rows
        assert load.open == len(mine) and load.overdue == sum(1 for r in mine if r.days_overdue > 0)
        assert load.due_today == len(registry.control.views(ControlFilter(executor_id=load.staff_member_id, due_within=0), limit=1000).rows)


def test_cards_registered_before_control_existed_are_put_on_control_once(store_location: dict[str, object]) -> None:
    import sqlalchemy as sa

    registry = Registry.open(**store_location)  # type: ignore[arg-type]
    card = registry.registration.register_json(incoming(), CLERK)
    with registry.store.engine.begin() as conn:  # as an upgraded store looks: cards without control
        conn.execute(sa.text("DELETE FROM control_event"))
        conn.execute(sa.text("DELETE FROM card_control"))
        conn.execute(sa.text("DELETE FROM store_setting WHERE key = 'control_backfilled'"))
    registry.close()
    reopened = Registry.open(**store_location)  # type: ignore[arg-type]
    try:
        record = reopened.control.record(card.number)
        assert record.state is not None and record.state.status is ControlStatus.REGISTERED
        assert record.state.due_on is not None and record.events[0].actor == "clerk-app upgrade"
    finally:
        reopened.close()
