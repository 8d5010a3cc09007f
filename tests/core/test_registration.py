"""Registering, reading, listing and editing cards: the same tests on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from clerk_app.domain.enums import Direction
from clerk_app.errors import (
    ConflictError,
    ImmutableFieldError,
    LikelyDuplicateError,
    NotFoundError,
    ValidationError,
)
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import ASTANA, astana_today
from storage.models import Card, CardApplicant, CardChange, Respondent
from tests.factories import REAL_BINS, incoming, valid_iin

CLERK = Actor("clerk.aigul")


def counts(registry: Registry) -> tuple[int, ...]:
    from sqlalchemy import func, select

    with registry.store.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Card, CardApplicant, Respondent, CardChange)
        )


def test_register_incoming(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    assert card.direction is Direction.INCOMING
    assert card.number == f"01/A-0001/{astana_today().year % 100:02d}"
    assert card.registered_by == "clerk.aigul"
    assert card.registered_at.utcoffset() == timedelta(0)
    assert card.registered_at.astimezone(ASTANA).utcoffset() == timedelta(hours=5)
    assert card.applicants[0].surname == "Әбдірахманов"
    assert card.respondent is not None and card.respondent.bin_or_iin == REAL_BINS[0]
    assert card.claimed_amount == Decimal("125000.50")
    assert card.received_on == astana_today()
    assert uuid.UUID(str(card.id)).version == 7
    again = registry.cards.get(card.number)
    assert again == card
    assert registry.cards.get(str(card.id)) == card


def test_numbers_count_up_per_journal(registry: Registry) -> None:
    first = registry.registration.register_json(incoming(applicants=[_person(1)]), CLERK)
    second = registry.registration.register_json(incoming(applicants=[_person(2)]), CLERK)
    reply = registry.registration.register_reply(first.number, {"channel": "post", "summary": "Жауап"}, CLERK)
    assert (first.number[:9], second.number[:9]) == ("01/A-0001", "01/A-0002")
    assert reply.number.startswith("02/A-0001/")


def test_reply_is_linked_and_addressed_to_the_applicants(registry: Registry) -> None:
    appeal = registry.registration.register_json(incoming(), CLERK)
    reply = registry.registration.register_reply(appeal.number, {"channel": "email", "summary": "Ответ"}, CLERK)
    assert reply.direction is Direction.OUTGOING
    assert reply.answers is not None and reply.answers.number == appeal.number
    assert reply.applicants == appeal.applicants
    assert [r.number for r in registry.cards.get(appeal.number).replies] == [reply.number]


def test_reply_must_answer_an_incoming_appeal(registry: Registry) -> None:
    appeal = registry.registration.register_json(incoming(), CLERK)
    reply = registry.registration.register_reply(appeal.number, {"channel": "post", "summary": "Ответ"}, CLERK)
    with pytest.raises(ValidationError) as caught:
        registry.registration.register_reply(reply.number, {"channel": "post", "summary": "?"}, CLERK)
    assert caught.value.field == "answers"


def test_repeat_appeal_points_to_the_earlier_one(registry: Registry) -> None:
    first = registry.registration.register_json(incoming(), CLERK)
    repeat = registry.registration.register_json(incoming(repeat_of=first.number), CLERK)  # no duplicate warning
    assert repeat.repeat_of is not None and repeat.repeat_of.id == first.id
    assert [r.number for r in registry.cards.get(first.number).repeats] == [repeat.number]


def test_collective_appeal(registry: Registry) -> None:
    people = [_person(i) for i in range(3)]
    card = registry.registration.register_json(incoming(applicants=people, is_collective=True), CLERK)
    assert card.is_collective and [a.iin for a in card.applicants] == [p["iin"] for p in people]


def test_legal_entity_applicant(registry: Registry) -> None:
    association = {"type": "legal_entity", "name": "«Сана» тұтынушылар бірлестігі", "bin": REAL_BINS[2]}
    card = registry.registration.register_json(incoming(applicants=[association], kind="public_association"), CLERK)
    assert card.applicants[0].legal_name == association["name"] and card.applicants[0].bin == REAL_BINS[2]


def test_respondents_are_deduplicated_by_bin(registry: Registry) -> None:
    a = registry.registration.register_json(incoming(applicants=[_person(1)]), CLERK)
    renamed = {"name": "Technodom LLP", "bin_or_iin": REAL_BINS[0], "address": "Алматы"}
    b = registry.registration.register_json(incoming(applicants=[_person(2)], respondent=renamed), CLERK)
    assert a.respondent is not None and b.respondent is not None
    assert a.respondent.id == b.respondent.id
    assert b.respondent.name == "«Технодом» ЖШС"  # the reference entry is not overwritten
    assert b.respondent.address == "Алматы"  # but gaps are filled


def test_duplicate_by_correspondent_number_and_date(registry: Registry) -> None:
    letter = incoming(correspondent_number="15-2/340", correspondent_date=str(astana_today() - timedelta(days=3)))
    first = registry.registration.register_json(letter, CLERK)
    other_person = {**letter, "applicants": [_person(9)]}
    before = counts(registry)
    with pytest.raises(LikelyDuplicateError) as caught:
        registry.registration.register_json(other_person, CLERK)
    assert [m["number"] for m in caught.value.matches] == [first.number]
    assert counts(registry) == before  # nothing half-written
    confirmed = registry.registration.register_json(other_person, CLERK, confirm_duplicate=True)
    assert confirmed.number != first.number


def test_duplicate_by_applicant_and_respondent_within_30_days(registry: Registry) -> None:
    registry.registration.register_json(incoming(), CLERK)
    with pytest.raises(LikelyDuplicateError):
        registry.registration.register_json(incoming(summary="Тағы да сол тоңазытқыш"), CLERK)
    other_respondent = {"name": "«Мечта» ЖШС", "bin_or_iin": REAL_BINS[3]}
    registry.registration.register_json(incoming(respondent=other_respondent), CLERK)  # a different dispute


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"applicants": [{"surname": "Ким", "given_name": "Ли", "iin": "900101300015"}]}, "applicants.0.iin", "id.check_digit"),
        ({"respondent": {"name": "X", "bin_or_iin": "940140000386"}}, "respondent.bin_or_iin", "id.check_digit"),
        ({"summary": "  "}, "summary", "field.required"),
        ({"channel": None}, "channel", "field.required"),
        ({"kind": "lawsuit"}, "kind", "field.bad_choice"),
        ({"claimed_amount": "-5"}, "claimed_amount", "amount.negative"),
        ({"claimed_amount": "10.001"}, "claimed_amount", "amount.too_precise"),
        ({"received_on": "2999-01-01"}, "received_on", "date.in_future"),
        ({"correspondent_date": "31.12.2025"}, "correspondent_date", "date.bad_format"),
        ({"journal": "orders"}, "journal", "journal.unknown"),
        ({"journal": "outgoing"}, "journal", "journal.wrong_direction"),
        ({"applicants": []}, "applicants", "applicants.missing"),
        ({"is_collective": True}, "is_collective", "applicants.collective_needs_several"),
        ({"sheet_count": 0}, "sheet_count", "field.out_of_range"),
        ({"colour": "red"}, "colour", "field.unknown"),
        ({"applicants": [{"surname": "А", "given_name": "Б", "email": "not-mail"}]}, "applicants.0.email", "email.bad_format"),
        ({"summary": "bad\x00byte"}, "summary", "field.bad_characters"),
        ({"answers": "01/A-0001/26"}, "answers", "link.answers_on_incoming"),
    ],
)
def test_invalid_input_names_the_field_and_writes_nothing(
    registry: Registry, overrides: dict[str, object], field: str, code: str
) -> None:
    before = counts(registry)
    with pytest.raises(ValidationError) as caught:
        registry.registration.register_json(incoming(**overrides), CLERK)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert counts(registry) == before


def test_unknown_link_is_not_found(registry: Registry) -> None:
    before = counts(registry)
    with pytest.raises(NotFoundError):
        registry.registration.register_json(incoming(repeat_of="01/A-9999/99"), CLERK)
    assert counts(registry) == before


def test_get_unknown_card(registry: Registry) -> None:
    with pytest.raises(NotFoundError):
        registry.cards.get("01/A-0404/26")
    with pytest.raises(NotFoundError):
        registry.cards.get(str(uuid.uuid4()))


def test_edit_keeps_history_and_old_values(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    editor = Actor("supervisor.nurlan")
    edited = registry.cards.edit(card.number, {"summary": "Тоңазытқыш істемейді", "claimed_amount": "100000"}, editor)
    assert edited.summary == "Тоңазытқыш істемейді" and edited.claimed_amount == Decimal("100000.00")
    assert edited.version == 2 and edited.number == card.number and edited.registered_at == card.registered_at
    history = registry.cards.history(card.number)
    assert {(h.field, h.old_value, h.new_value, h.changed_by) for h in history} == {
        ("summary", card.summary, "Тоңазытқыш істемейді", "supervisor.nurlan"),
        ("claimed_amount", "125000.50", "100000.00", "supervisor.nurlan"),
    }
    new_people = [_person(5), _person(6)]
    registry.cards.edit(card.number, {"applicants": new_people, "is_collective": True}, editor)
    applicants_change = [h for h in registry.cards.history(card.number) if h.field == "applicants"][0]
    assert applicants_change.old_value[0]["surname"] == "Әбдірахманов"  # type: ignore[index]
    assert len(registry.cards.get(card.number).applicants) == 2


def test_edit_without_changes_records_nothing(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    same = registry.cards.edit(card.number, {"summary": card.summary}, CLERK)
    assert same.version == 1 and registry.cards.history(card.number) == []


@pytest.mark.parametrize("field", ["number", "registered_at", "direction", "journal", "id"])
def test_registration_data_cannot_be_edited(registry: Registry, field: str) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    with pytest.raises(ImmutableFieldError):
        registry.cards.edit(card.number, {field: "x"}, CLERK)


def test_invalid_edit_changes_nothing(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    with pytest.raises(ValidationError):
        registry.cards.edit(card.number, {"summary": "ok", "claimed_amount": "-1"}, CLERK)
    assert registry.cards.get(card.number) == card and registry.cards.history(card.number) == []


def test_edit_with_stale_version_is_refused(registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    registry.cards.edit(card.number, {"notes": "first"}, CLERK, expected_version=1)
    with pytest.raises(ConflictError):
        registry.cards.edit(card.number, {"notes": "second"}, CLERK, expected_version=1)


def test_journal_pages_newest_first_without_gaps(registry: Registry) -> None:
    numbers = [registry.registration.register_json(incoming(applicants=[_person(i)]), CLERK).number for i in range(7)]
    seen: list[str] = []
    cursor = None
    while True:
        page = registry.cards.journal_page("incoming", limit=3, cursor=cursor)
        seen.extend(row.number for row in page.rows)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == list(reversed(numbers))
    first = registry.cards.journal_page("incoming", limit=1).rows[0]
    assert first.correspondent.startswith("Тест") and first.respondent == "«Технодом» ЖШС"


def test_journal_page_validation(registry: Registry) -> None:
    with pytest.raises(ValidationError):
        registry.cards.journal_page("nonexistent")
    with pytest.raises(ValidationError):
        registry.cards.journal_page("incoming", limit=0)
    from clerk_app.errors import ClerkError

    with pytest.raises(ClerkError):
        registry.cards.journal_page("incoming", cursor="garbage!!")


def _person(i: int) -> dict[str, object]:
    return {"surname": f"Тестов{i}", "given_name": "Сәуле", "iin": valid_iin("880808", 4, i * 10 + 1)}
