"""What a printed registration journal and the control report hold (issue 8, items 1 and 5): the
period's entries oldest first within Astana days, the columns' data, permission, the audit entry,
blocked persons hidden, and the control report grouped by executor (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from clerk_app.domain.accounts import Role
from clerk_app.domain.enums import Direction
from clerk_app.errors import PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import MAX_DUE_WITHIN, JournalPrintService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from storage.models import Card
from tests.factories import incoming, valid_iin

CLERK = Actor("clerk")
OFFICER = Actor("officer", frozenset({Role.PD_OFFICER, Role.CLERK}))
PERSON_IIN = valid_iin("820202", 4)


def _at(registry: Registry, number: str, moment: datetime) -> None:
    with registry.store.write() as session:
        session.execute(update(Card).where(Card.number == number).values(registered_at=moment))


def _person(surname: str, iin: str | None = None) -> dict[str, object]:
    return {"type": "natural_person", "surname": surname, "given_name": "Айгүл", "iin": iin or valid_iin("910303", 4, 7)}


@pytest.fixture
def march(registry: Registry) -> dict[str, str]:
    """Four incoming appeals around March 2026 (Astana days; UTC+5), registered out of order."""
    numbers = {}
    for key, surname in (("after", "Соңғы"), ("mid", "Ортаңғы"), ("first", "Бірінші"), ("before", "Алдыңғы")):
        numbers[key] = registry.registration.register_json(
            incoming(applicants=[_person(surname, PERSON_IIN if key == "mid" else None)], summary=f"Шағым {key}"),
            CLERK, confirm_duplicate=True,
        ).number
    _at(registry, numbers["before"], datetime(2026, 2, 28, 18, 59, tzinfo=UTC))  # 23:59 on 28 Feb in Astana
    _at(registry, numbers["first"], datetime(2026, 2, 28, 19, 0, tzinfo=UTC))  # 00:00 on 1 March in Astana
    _at(registry, numbers["mid"], datetime(2026, 3, 15, 9, 0, tzinfo=UTC))
    _at(registry, numbers["after"], datetime(2026, 3, 31, 19, 0, tzinfo=UTC))  # 00:00 on 1 April in Astana
    return numbers


def test_the_period_holds_its_astana_days_oldest_first(registry: Registry, march: dict[str, str]) -> None:
    service = JournalPrintService(registry.store)
    heading = service.heading(Direction.INCOMING, date(2026, 3, 1), date(2026, 3, 31), CLERK)
    assert heading.entries == 2 and heading.journal.code == "incoming"
    entries = list(service.entries(heading, CLERK, batch=1))  # one entry per batch: the keyset carries on
    assert [e.number for e in entries] == [march["first"], march["mid"]]
    first = entries[0]
    assert first.correspondents == ("Бірінші Айгүл",) and first.summary == "Шағым first"
    assert first.respondent == "«Технодом» ЖШС" and first.due_on is not None and first.status is not None
    wider = service.heading(Direction.INCOMING, date(2026, 2, 28), date(2026, 4, 1), CLERK)
    assert [e.number for e in service.entries(wider, CLERK)] == [march[k] for k in ("before", "first", "mid", "after")]
    empty = service.heading(Direction.INCOMING, date(2025, 1, 1), date(2025, 1, 31), CLERK)
    assert empty.entries == 0 and list(service.entries(empty, CLERK)) == []
    with pytest.raises(ValidationError) as backwards:
        service.heading(Direction.INCOMING, date(2026, 3, 2), date(2026, 3, 1), CLERK)
    assert backwards.value.issues[0].code == "print.bad_period"


def test_executors_resolution_and_replies_fill_the_mark_columns(registry: Registry, march: dict[str, str]) -> None:
    lead, second = (registry.references.add_staff_member({"full_name": n}).id for n in ("Серікова Гүлнар", "Абенов Тимур"))
    registry.control.assign(march["mid"], [lead, second], "Жауап дайындау", Actor("boss"))
    reply = registry.registration.register_reply(
        march["mid"], {"channel": "post", "form": "written", "summary": "Жауап хат"}, CLERK
    )
    _at(registry, reply.number, datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
    service = JournalPrintService(registry.store)
    entries = {e.number: e for e in service.entries(service.heading(Direction.INCOMING, date(2026, 3, 1), date(2026, 3, 31), CLERK), CLERK)}
    mid = entries[march["mid"]]
    assert mid.executors == ("Серікова Гүлнар", "Абенов Тимур") and mid.resolution == "Жауап дайындау"
    assert mid.reply_number == reply.number
    outgoing = list(service.entries(service.heading(Direction.OUTGOING, date(2026, 3, 1), date(2026, 3, 31), CLERK), CLERK))
    assert [e.number for e in outgoing] == [reply.number]
    assert outgoing[0].answers_number == march["mid"] and outgoing[0].status is None and outgoing[0].executors == ()


def test_printing_needs_view_card_and_is_audited(registry: Registry, march: dict[str, str]) -> None:
    service = JournalPrintService(registry.store)
    with pytest.raises(PermissionDeniedError) as refused:
        service.heading(Direction.INCOMING, date(2026, 3, 1), date(2026, 3, 31), Actor("admin", frozenset({Role.ADMINISTRATOR})))
    assert refused.value.code == "auth.forbidden"
    heading = service.heading(Direction.INCOMING, date(2026, 3, 1), date(2026, 3, 31), CLERK)
    service.record_printed(heading, CLERK, output="pdf", pages=3)
    entry = registry.audit.entries(limit=10_000)[-1]
    assert (entry.action, entry.object_type, entry.object_id) == ("print", "journal", "incoming")
    assert entry.details_dict == {"from": "2026-03-01", "to": "2026-03-31", "rows": 2, "pages": 3, "output": "pdf"}
    assert len(entry.subject_keys) == 3  # two applicants and the respondent
    ours = registry.audit.entries_of_subject(PERSON_IIN)
    assert ours and ours[-1].seq == entry.seq


def test_a_blocked_persons_names_and_summary_are_left_out(registry: Registry, march: dict[str, str]) -> None:
    registry.blocking.block(PERSON_IIN, "the person disputes the data", OFFICER)
    service = JournalPrintService(registry.store)
    entries = {e.number: e for e in service.entries(service.heading(Direction.INCOMING, date(2026, 3, 1), date(2026, 3, 31), CLERK), CLERK)}
    blocked, free = entries[march["mid"]], entries[march["first"]]
    assert blocked.hidden and blocked.correspondents == () and blocked.summary == ""
    assert not free.hidden and free.correspondents == ("Бірінші Айгүл",)


def test_the_control_report_groups_open_cards_by_executor(registry: Registry, march: dict[str, str]) -> None:
    lead, second = (registry.references.add_staff_member({"full_name": n}).id for n in ("Серікова Гүлнар", "Абенов Тимур"))
    boss = Actor("boss")
    registry.control.assign(march["mid"], [lead, second], "Жауап дайындау", boss)
    registry.control.assign(march["first"], [lead], "Тексеру", boss)
    dues = {n: registry.control.record(march[n]).state.due_on for n in march}  # type: ignore[union-attr]
    today = dues["mid"]
    assert today is not None
    service = JournalPrintService(registry.store)
    report = service.control_report(CLERK_WITH_REPORTS, due_within_days=0, today=today)
    expected_overdue = {n for n, d in dues.items() if d is not None and d < today}
    expected_today = {n for n, d in dues.items() if d == today}
    assert report.overdue == len(expected_overdue) and report.due_soon == len(expected_today)
    by_name = {g.executor: g for g in report.groups}
    listed = {march[n] for n in expected_overdue | expected_today}
    assert {v.number for g in report.groups for v in g.cards} == listed
    if march["mid"] in listed:  # two executors: listed under both, counted once in the totals
        assert march["mid"] in {v.number for v in by_name["Абенов Тимур"].cards}
        assert march["mid"] in {v.number for v in by_name["Серікова Гүлнар"].cards}
    known = [d for d in dues.values() if d is not None]
    earlier = min(known) - timedelta(days=1)
    later = service.control_report(CLERK_WITH_REPORTS, due_within_days=(max(known) - earlier).days, today=earlier)
    assert later.overdue == 0 and later.due_soon == 4
    assert [g.executor for g in later.groups] == ["Абенов Тимур", "Серікова Гүлнар", None]  # the unassigned last
    assert {g.executor: (g.overdue, g.due_soon) for g in later.groups} == {
        "Абенов Тимур": (0, 1), "Серікова Гүлнар": (0, 2), None: (0, 2),
    }
    with pytest.raises(PermissionDeniedError):
        service.control_report(Actor("c", frozenset({Role.CLERK})))
    with pytest.raises(ValidationError):
        service.control_report(CLERK_WITH_REPORTS, due_within_days=-1)


def test_a_period_of_many_entries_streams_in_batches(registry: Registry) -> None:
    registry.demo.generate(80, seed=3, actor=Actor("t"))
    service = JournalPrintService(registry.store)
    heading = service.heading(Direction.INCOMING, date(2000, 1, 1), date(2009, 12, 31), CLERK)
    assert heading.entries == 0
    everything = service.heading(Direction.INCOMING, date.today() - timedelta(days=3000), date.today() + timedelta(days=600), CLERK)
    small = [e.card_id for e in service.entries(everything, CLERK, batch=7)]
    large = [e.card_id for e in service.entries(everything, CLERK, batch=1000)]
    assert small == large and len(small) == everything.entries > 30
    keys = [e.registered_at for e in service.entries(everything, CLERK)]
    assert keys == sorted(keys)


CLERK_WITH_REPORTS = Actor("supervisor", frozenset({Role.SUPERVISOR}))


def test_a_person_whose_consent_was_withdrawn_is_withheld_from_the_journal_and_the_control_report(
    registry: Registry,
) -> None:
    """R53: the consent withdrawn, the person's names and the summary are not written out."""
    from clerk_app.domain.consent import ConsentMethod
    from tests.core.test_consent import consent, register

    number = register(registry)
    registry.control.assign(number, [registry.references.add_staff_member({"full_name": "Серікова Гүлнар"}).id],
                            "Разобраться и ответить", Actor("boss"))
    registry.consent.withdraw(consent(registry, number).id, astana_today(), ConsentMethod.IN_WRITING, Actor("officer"))
    service = JournalPrintService(registry.store)
    today = astana_today()
    entry = next(e for e in service.entries(service.heading(Direction.INCOMING, today, today, CLERK), CLERK)
                 if e.number == number)
    assert entry.hidden and entry.correspondents == () and entry.summary == "" and entry.resolution is None
    report = service.control_report(Actor("boss"), due_within_days=MAX_DUE_WITHIN)
    shown = next(v for g in report.groups for v in g.cards if v.number == number)
    assert shown.blocked and shown.correspondent == "" and shown.summary == ""
