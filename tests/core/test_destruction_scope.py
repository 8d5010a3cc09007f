"""What destroying a person reaches besides the applicant rows, on both backends: their consents
(by IIN, never another person's by position after a reorder), the card histories (addresses, phones,
e-mails and names in old values, also of a person no longer on the card), the breach register's
texts, a card on control (closed, not overdue for ever), and the block it ends (a code, not a text)."""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa

from clerk_app.domain.accounts import Role
from clerk_app.domain.calendar import WorkingCalendar, one_working_day_after
from clerk_app.domain.control import ControlEventType, ControlStatus
from clerk_app.domain.retention import REDACTED, DestructionScope, PersonWords, redact, redact_json
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from tests.core.test_breaches import _breach
from tests.factories import incoming, record_transfer_consent, valid_iin

IIN = valid_iin("950315", 4)
OTHER_IIN = valid_iin("880101", 3)
OFFICER = Actor("officer", frozenset({Role.PD_OFFICER}))
CLERK = Actor("clerk")
ADDRESS, OLD_ADDRESS = "Алматы, Сейфуллин к-сі, 7", "Қарағанды, Бұқар жырау даңғылы, 45"
PHONE, OLD_PHONE = "+7 705 111 22 33", "+7 701 999 00 11"


def her(**extra: object) -> dict[str, object]:
    return {"type": "natural_person", "surname": "Жанболатова", "given_name": "Айгерім", "patronymic": "Серікқызы",
            "iin": IIN, "address": ADDRESS, "phone": PHONE, "email": "aigerim.zh@example.kz", **extra}


def other() -> dict[str, object]:
    return {"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан", "iin": OTHER_IIN,
            "address": "Астана, Абай даңғылы, 10"}


def register(registry: Registry, **overrides: object) -> str:
    return registry.registration.register_json(incoming(**overrides), CLERK, confirm_duplicate=True).number


def destroy(registry: Registry) -> object:
    count = registry.destruction.preview_subject(IIN, OFFICER).count
    return registry.destruction.destroy_subject(IIN, trigger="consent_withdrawn", commission=["Officer"], basis=None,
                                                confirm_count=count, actor=OFFICER)


def rows(registry: Registry, query: str, **params: object) -> list[sa.Row]:
    with registry.store.read() as session:
        return list(session.execute(sa.text(query), params).all())


def test_redaction_of_phones_addresses_and_e_mails_as_written() -> None:
    person = PersonWords.of(iin=IIN, surnames=["Жанболатова"], given_names=["Айгерім"], phones=[PHONE],
                            phrases=[ADDRESS, "aigerim.zh@example.kz"])
    text, count = redact("Тел. 8 (705) 111-22-33, 87051112233; мекенжайы: алматы,  Сейфуллин к-сі 7; "
                         "AIGERIM.ZH@example.kz. Алматы, Сейфуллин к-сі, 9 — көршісі, тел. +7 705 111 22 34", person)
    assert count == 4, text
    # a neighbour's address and phone stay
    assert text == f"Тел. {REDACTED}, {REDACTED}; мекенжайы: {REDACTED}; {REDACTED}. Алматы, Сейфуллин к-сі, 9 — " \
                   "көршісі, тел. +7 705 111 22 34"
    entry, removed = redact_json({"applicants": [{"type": "natural_person", "iin": IIN, "surname": "Жанболатова",
                                                  "address": ADDRESS}, other()]}, person, IIN)
    assert removed == 1 and entry["applicants"][0] == {"type": "natural_person", "iin": None, "surname": None,
                                                       "address": None}
    assert entry["applicants"][1] == other()


def test_consents_go_by_iin_and_another_persons_stay_after_a_reorder(registry: Registry) -> None:
    collective = register(registry, applicants=[her(), other()], is_collective=True)
    record_transfer_consent(registry, collective)  # her consent at position 0, his at 1
    registry.cards.edit(collective, {"applicants": [other(), her()]}, CLERK)  # reordered: she is at 1 now
    taken_off = register(registry, applicants=[her(), other()], is_collective=True)
    record_transfer_consent(registry, taken_off)
    registry.cards.edit(taken_off, {"applicants": [other(), {**other(), "iin": valid_iin("770101", 2),
                                                             "surname": "Сейітов"}]}, CLERK)  # she is off it
    assert len(rows(registry, "SELECT id FROM pd_ground WHERE subject_iin = :iin", iin=IIN)) == 2

    outcome = destroy(registry)

    scopes = {i.reference: i.scope for i in outcome.act.items}  # type: ignore[attr-defined]
    assert scopes == {collective: DestructionScope.PERSON, taken_off: DestructionScope.MENTION}
    assert rows(registry, "SELECT id FROM pd_ground WHERE subject_iin = :iin OR subject_name LIKE '%Жанболат%'",
                iin=IIN) == []
    kept = rows(registry, "SELECT c.number FROM pd_ground g JOIN card c ON c.id = g.card_id WHERE g.subject_iin = :iin",
                iin=OTHER_IIN)
    assert sorted(r.number for r in kept) == sorted([collective, taken_off])  # his consents are untouched


def test_history_keeps_nothing_of_her_on_collective_and_mention_cards(registry: Registry) -> None:
    collective = register(registry, applicants=[her(address=OLD_ADDRESS, phone=OLD_PHONE), other()],
                          is_collective=True)
    registry.cards.edit(collective, {"applicants": [other(), her()]}, CLERK)  # reordered, her address changed
    registry.cards.edit(collective, {"summary": "Айгерім мен Ерланның ұжымдық шағымы, тел. 87057111111"}, CLERK)
    mention = register(registry, applicants=[her(), other()], is_collective=True)
    registry.cards.edit(mention, {"applicants": [other()], "is_collective": False,
                                  "summary": "Жанболатова шағымын қайтарып алды"}, CLERK)  # she is on no card here
    numbers = [collective, mention]
    before = rows(registry, "SELECT old_value, new_value FROM card_change ch JOIN card c ON c.id = ch.card_id "
                  "WHERE c.number IN (:a, :b)", a=collective, b=mention)
    assert any(OLD_ADDRESS in (r.old_value or "") for r in before)  # the check can fail

    destroy(registry)

    history = rows(registry, "SELECT old_value, new_value FROM card_change ch JOIN card c ON c.id = ch.card_id "
                   "WHERE c.number IN (:a, :b)", a=collective, b=mention)
    assert history, "the other person's history stays"
    text = " ".join(f"{r.old_value} {r.new_value}" for r in history)
    for gone in (IIN, "Жанболатова", "Айгерім", "Серікқызы", ADDRESS, OLD_ADDRESS, "Сейфуллин", "Бұқар",
                 "705 111 22 33", "701 999 00 11", "aigerim.zh"):
        assert gone not in text, gone
    assert OTHER_IIN in text and "Әбдірахманов" in text and "Абай даңғылы, 10" in text
    for r in history:  # still JSON the history view reads
        json.loads(r.old_value) if r.old_value else None
    summaries = {r.number: r.summary for r in rows(registry, "SELECT number, summary FROM card WHERE number IN "
                                                   "(:a, :b)", a=collective, b=mention)}
    assert "Жанболатова" not in summaries[mention] and REDACTED in summaries[mention]  # found through history
    assert all("Айгерім" not in summaries[n] for n in numbers)


def test_breach_texts_naming_her_are_redacted(registry: Registry) -> None:
    register(registry, applicants=[her()])
    breach = registry.breaches.record(_breach(subject_iins=[IIN], description="Жанболатова А. арызының көшірмесі "
                                              f"поштада жоғалды, ЖСН {IIN}"), OFFICER)
    unrelated = registry.breaches.record(_breach(description="Жанболатова көшесіндегі кеңсе су басты"), OFFICER)
    destroy(registry)
    assert registry.breaches.get(breach.number, OFFICER).description == f"{REDACTED} А. арызының көшірмесі поштада "\
                                                                         f"жоғалды, ЖСН {REDACTED}"
    # a breach that did not touch her keeps its words (a street may share her surname)
    assert "Жанболатова" in registry.breaches.get(unrelated.number, OFFICER).description
    assert [b.number for b in registry.breaches.of_subject(IIN, OFFICER)] == [breach.number]


def test_a_card_on_control_is_removed_from_control_by_the_act(registry: Registry) -> None:
    number = register(registry, applicants=[her()])
    assert registry.control.record(number).state.status is ControlStatus.REGISTERED
    outcome = destroy(registry)
    act = outcome.act  # type: ignore[attr-defined]
    record = registry.control.record(number)
    assert record.state.status is ControlStatus.REMOVED and record.state.closed_at is not None
    last = record.events[-1]
    assert last.event is ControlEventType.REMOVED_FROM_CONTROL and act.number in (last.reason or "")
    assert act.items[0].destroyed["removed_from_control"] == 1
    far = date(2099, 1, 1)
    assert number not in {v.number for v in registry.control.views(ControlFilter(overdue=True), today=far).rows}
    assert registry.control.summary(today=far).overdue == 0


def test_the_block_a_destruction_ends_names_the_act_by_code(registry: Registry) -> None:
    register(registry, applicants=[her()])
    registry.blocking.block(IIN, "the person disputes the data", OFFICER)
    act = destroy(registry).act  # type: ignore[attr-defined]
    state = registry.blocking.status(IIN, OFFICER)
    assert state is not None and not state.is_blocked
    assert state.destroyed_by_act == act.number and " " not in (state.unblock_reason or "")  # a code, no words


def test_retention_periods_changed_are_audited(registry: Registry) -> None:
    admin = Actor("admin", frozenset({Role.ADMINISTRATOR}))
    registry.retention.save_policy({"incoming": 3, "inbox": 1}, admin)  # inbox unchanged: not listed
    entry = registry.audit.entries(limit=1000)[-1]
    assert (entry.action, entry.object_type, entry.user) == ("change", "settings", "admin")
    assert entry.details_dict == {"retention_years": {"incoming": {"from": 5, "to": 3}}}


def test_one_working_day_is_one_function_for_blocks_and_breaches() -> None:
    calendar = WorkingCalendar()
    assert one_working_day_after(date(2026, 11, 20), calendar) == date(2026, 11, 23)  # Friday -> Monday
    assert one_working_day_after(date(2026, 3, 6), calendar) == date(2026, 3, 10)  # 9 March: 8 March moved
