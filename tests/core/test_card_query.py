"""Attribute search (cl. 10): every criterion and their combination, in SQL, on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from clerk_app.domain.card_query import CardQuery, applicant_name_key, readable
from clerk_app.domain.control import ControlResult, ControlStatus
from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.errors import ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming, valid_iin

CLERK = Actor("clerk")


def _person(surname: str, given: str, iin: str) -> list[dict[str, str]]:
    return [{"type": "natural_person", "surname": surname, "given_name": given, "iin": iin}]


@pytest.fixture
def cards(registry: Registry) -> dict[str, str]:
    """Five cards that differ in one or two attributes each."""
    register = registry.registration.register_json
    made = {
        "ahmet": register(incoming(applicants=_person("Әбдірахманов", "Ерлан", valid_iin("900101")),
                                   kind="seller_claim", channel="post", claimed_amount="125000.50"), CLERK),
        "olga": register(incoming(applicants=_person("Семёнова", "Ольга", valid_iin("851212", 4)),
                                  kind="state_measures_seller", channel="email", type="statement", claimed_amount="900",
                                  respondent={"name": "ТОО «Әлем Электроникс»", "role": "seller", "bin_or_iin": REAL_BINS[1]}), CLERK),
        "court": register(incoming(applicants=_person("Ким", "Виктор", valid_iin("700505")), is_court_matter=True,
                                   claimed_amount=None, respondent={"name": "ИП Ким", "role": "performer", "bin_or_iin": REAL_BINS[2]}), CLERK),
        "company": register(incoming(applicants=[{"type": "legal_entity", "name": "«Тұтынушылар одағы» ҚБ", "bin": REAL_BINS[3]}],
                                     kind="public_association", claimed_amount=None), CLERK),
    }
    made["reply"] = registry.registration.register_reply(made["ahmet"].number, {"channel": "post", "summary": "Жауап"}, CLERK)
    return {k: v.number for k, v in made.items()}


def _found(registry: Registry, **criteria: object) -> set[str]:
    return {r.number for r in registry.cards.find(CardQuery(**criteria)).rows}  # type: ignore[arg-type]


@pytest.fixture(params=["selective", "dense"])
def plan_shape(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both query shapes (driven by the criterion, or checked row by row) must find the same cards."""
    if request.param == "dense":
        monkeypatch.setattr("storage.repositories.card_search.DENSE_FROM", 1)
    return str(request.param)


def test_each_criterion(registry: Registry, cards: dict[str, str], plan_shape: str) -> None:
    everything = set(cards.values())
    assert _found(registry) == everything
    assert _found(registry, number=cards["olga"]) == {cards["olga"]}
    assert _found(registry, number_prefix=cards["olga"][:3]) == everything - {cards["reply"]}  # 01/ vs 02/
    assert _found(registry, number_prefix=cards["reply"][:-2]) == {cards["reply"]}
    assert _found(registry, number_prefix="zz%_") == set()
    assert _found(registry, direction=Direction.OUTGOING) == {cards["reply"]}
    assert _found(registry, journal="outgoing") == {cards["reply"]}
    assert _found(registry, channel=Channel.EMAIL) == {cards["olga"]}
    assert _found(registry, kind=AppealKind.SELLER_CLAIM) == {cards["ahmet"]}
    assert _found(registry, type=AppealType.STATEMENT) == {cards["olga"]}
    today = astana_today()
    assert _found(registry, registered_from=today, registered_to=today) == everything
    assert _found(registry, registered_to=today - timedelta(days=1)) == set()
    assert _found(registry, registered_from=today + timedelta(days=1)) == set()
    # applicants: a prefix of the folded name, surname first; case, ё/е and Latin look-alikes fold
    assert _found(registry, applicant_name="әбдір") == {cards["ahmet"], cards["reply"]}  # the reply is addressed to him
    assert _found(registry, applicant_name="СЕМЕНОВА ОЛЬ") == {cards["olga"]}
    assert _found(registry, applicant_name="Ceмёнова") == {cards["olga"]}  # Latin C, ё
    assert _found(registry, applicant_name="тұтынушылар") == {cards["company"]}
    assert _found(registry, applicant_name="Ольга") == set()  # the given name is not the start
    assert _found(registry, applicant_iin=valid_iin("700505")) == {cards["court"]}
    assert _found(registry, respondent_name="әлем") == {cards["olga"]}
    assert _found(registry, respondent_bin=REAL_BINS[2]) == {cards["court"]}
    assert _found(registry, amount_min=Decimal("1000")) == {cards["ahmet"]}
    assert _found(registry, amount_min=Decimal("900"), amount_max=Decimal("900")) == {cards["olga"]}
    assert _found(registry, court_matter=True) == {cards["court"]}
    assert cards["court"] not in _found(registry, court_matter=False)


def test_control_criteria_and_combinations(registry: Registry, cards: dict[str, str], plan_shape: str) -> None:
    lead = registry.references.add_staff_member({"full_name": "Серікова Гүлнар"}).id
    registry.control.assign(cards["olga"], [lead], "ответить", CLERK)
    registry.control.resolve(cards["court"], ControlResult.WITHDRAWN, CLERK)
    assert _found(registry, status=ControlStatus.ASSIGNED) == {cards["olga"]}
    assert _found(registry, status=ControlStatus.RESOLVED) == {cards["court"]}
    assert _found(registry, executor_id=lead) == {cards["olga"]}
    assert _found(registry, overdue=True) == set()
    combined = CardQuery(direction=Direction.INCOMING, channel=Channel.POST, amount_min=Decimal("100000"))
    assert {r.number for r in registry.cards.find(combined).rows} == {cards["ahmet"]}
    assert {r.number for r in registry.cards.find(replace(combined, court_matter=True)).rows} == set()
    row = registry.cards.find(CardQuery(number=cards["olga"])).rows[0]
    assert row.control_status is ControlStatus.ASSIGNED and row.due_on is not None


def test_paging_and_bad_criteria(registry: Registry, cards: dict[str, str]) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        page = registry.cards.find(CardQuery(), limit=2, cursor=cursor)
        seen += [r.number for r in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(cards.values()) and len(seen) == len(set(seen))
    today = astana_today()
    with pytest.raises(ValidationError) as reversed_dates:
        registry.cards.find(CardQuery(registered_from=today, registered_to=today - timedelta(days=2)))
    assert reversed_dates.value.code == "search.range_reversed"
    with pytest.raises(ValidationError):
        registry.cards.find(CardQuery(amount_min=Decimal(5), amount_max=Decimal(1)))
    with pytest.raises(ValidationError) as iin:
        registry.cards.find(CardQuery(applicant_iin="12345"))
    assert iin.value.code == "id.format"
    # hostile text is data, never SQL
    for text in ("'; DROP TABLE card; --", "%", "_", "\\", "😀", "a" * 10_000):
        assert _found(registry, applicant_name=text) == set()
        assert _found(registry, respondent_name=text) == set()
        assert _found(registry, number_prefix=text) == set()


def test_name_keys_follow_an_edit(registry: Registry, cards: dict[str, str]) -> None:
    registry.cards.edit(cards["ahmet"], {"applicants": _person("Жақсылықов", "Ерлан", valid_iin("900101"))}, CLERK)
    assert _found(registry, applicant_name="жақсы") == {cards["ahmet"]}
    assert cards["ahmet"] not in _found(registry, applicant_name="әбдір")


def test_name_key_folding() -> None:
    assert readable(applicant_name_key("ӘБДІРАХМАНОВ", "Ерлан", None, None) or "") == "әбдірахманов ерлан"
    assert applicant_name_key("Семёнова", None, None, None) == applicant_name_key("Cемeнова", None, None, None)
    assert applicant_name_key(None, None, None, None) is None



@pytest.mark.parametrize("chunks", [(1, 2), (2, 3), (256, 8)], ids=["tiny_chunks", "small_chunks", "default_chunks"])
def test_name_prefix_lists_newest_first_across_chunks(
    registry: Registry, monkeypatch: pytest.MonkeyPatch, chunks: tuple[int, int]
) -> None:
    """A name prefix drives the list from its index, chunk by chunk: the same cards, in the same
    order, page after page, whatever the chunk size, a card with two matching applicants once."""
    monkeypatch.setattr("storage.repositories.card_search.FIRST_NAME_CHUNK", chunks[0])
    monkeypatch.setattr("storage.repositories.card_search.NAME_CHUNK_GROWTH", chunks[1])
    register = registry.registration.register_json
    made = []
    for i in range(14):
        people = [{"type": "natural_person", "surname": f"Ахметов{i}", "given_name": "Ерлан"}]
        if i % 5 == 0:  # a collective appeal: both applicants match the prefix
            people.append({"type": "natural_person", "surname": "Ахметова", "given_name": "Әйгерім"})
        if i % 3 == 0:
            people = [{"type": "natural_person", "surname": "Бекова", "given_name": "Ая"}]
        card = register(incoming(applicants=people, is_collective=len(people) > 1, is_court_matter=i % 4 == 0,
                                 kind="seller_claim" if i % 2 else "pretrial_settlement"), CLERK)
        made.append((card.number, people[0]["surname"], i))
    newest_first = list(reversed(made))

    def listed(limit: int, **criteria: object) -> list[str]:
        numbers, cursor = [], None
        while True:
            page = registry.cards.find(CardQuery(**criteria), limit=limit, cursor=cursor)  # type: ignore[arg-type]
            numbers += [r.number for r in page.rows]
            if page.next_cursor is None:
                return numbers
            cursor = page.next_cursor

    named = [n for n, surname, _ in newest_first if surname.startswith("Ахмет")]
    assert len(named) == 9
    for limit in (1, 2, 3, 50):
        assert listed(limit, applicant_name="ахм") == named
    court = [n for n, surname, i in newest_first if surname.startswith("Ахмет") and i % 4 == 0]
    assert listed(2, applicant_name="ахм", court_matter=True) == court
    seller = [n for n, surname, i in newest_first if surname.startswith("Ахмет") and i % 2]
    assert listed(2, applicant_name="ахм", kind=AppealKind.SELLER_CLAIM) == seller
    today = astana_today()
    assert listed(2, applicant_name="ахм", registered_from=today, registered_to=today) == named
    assert listed(2, applicant_name="ахм", registered_to=today - timedelta(days=1)) == []
    assert listed(2, applicant_name="ахметов1") == [n for n, surname, _ in newest_first if surname.startswith("Ахметов1")]
    assert listed(2, applicant_name="ахметова") == [n for n, _, i in newest_first if i % 5 == 0 and i % 3]
    assert listed(2, applicant_name="ахм", number=named[3]) == [named[3]]  # a selective criterion drives instead


def test_name_keys_sort_in_the_kazakh_alphabet() -> None:
    """Binary order of the keys is the alphabet's: Ә after А, Қ after К, І after Ы, all before Я."""
    names = ["Яковлев", "Іскаков", "Ысқақов", "Құрманов", "Кузнецов", "Әлиев", "Алиев", "Өмірзақов", "Орлов", "Ёлкин"]
    by_key = sorted(names, key=lambda n: applicant_name_key(n, None, None, None) or "")
    assert by_key == ["Алиев", "Әлиев", "Ёлкин", "Кузнецов", "Құрманов", "Орлов", "Өмірзақов", "Ысқақов", "Іскаков", "Яковлев"]
