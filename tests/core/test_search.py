"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector): the same queries find the same cards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PIL import Image

from clerk_app.domain.enums import CopyRole
from clerk_app.domain.search import SearchHit
from clerk_app.errors import QueryNotUnderstoodError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.search import EXACT_NUMBER_RANK
from clerk_app.timeutil import astana_today
from storage.models import Card as CardTable
from storage.repositories import search as search_repo
from tests.conftest import PG_URL, _schema
from tests.factories import incoming, valid_iin
from tests.fake_recognition import recognise_in_process

CLERK = Actor("clerk")


def register(registry: Registry, summary: str, **fields: Any) -> str:
    person = fields.pop("person", {"surname": "Сейтқали", "given_name": "Бақыт", "iin": valid_iin("850505", 3, 7)})
    data = incoming(summary=summary, applicants=[person], **fields)
    return registry.registration.register_json(data, CLERK, confirm_duplicate=True).number


def numbers(registry: Registry, query: str, **filters: Any) -> set[str]:
    return {hit.number for hit in registry.search.search(query, limit=1000, **filters)}


def highlighted(hit: SearchHit) -> list[str]:
    return [hit.snippet.text[a:b] for a, b in hit.snippet.highlights]


KAZAKH_WORDS = ["Әділет", "Ғалым", "Қарағанды", "Ңғ", "Өскемен", "Ұлжан", "Үкімет", "Һәм", "Ілияс"]


@pytest.mark.parametrize("word", KAZAKH_WORDS)
def test_every_kazakh_letter_in_either_case(registry: Registry, word: str) -> None:
    upper = register(registry, f"Өтініш: {word.upper()} туралы")
    lower = register(registry, f"өтініш: {word.lower()} туралы")
    for query in (word, word.upper(), word.lower()):
        assert numbers(registry, query) == {upper, lower}, query


def test_e_and_yo_are_one_letter(registry: Registry) -> None:
    yo = register(registry, "Фёдоров сатып алған ёлка")
    e = register(registry, "Федоров сатып алған елка")
    assert numbers(registry, "Федоров") == numbers(registry, "ФЁДОРОВ") == {yo, e}
    assert numbers(registry, '"алған ёлка"') == {yo, e}


def test_kazakh_i_and_latin_i(registry: Registry) -> None:
    kazakh = register(registry, "Ілияс кепілдік талап етеді")
    latin = register(registry, "Iлияс кeпiлдiк талап етеді")  # typed with Latin I, e and i
    assert numbers(registry, "ілияс кепілдік") == numbers(registry, "Iлияс кепiлдiк") == {kazakh, latin}


def test_latin_look_alikes_in_documents_and_in_queries(registry: Registry) -> None:
    cyrillic = register(registry, "Сатушы ақаны қайтармады, ТОО «Самал»")
    mixed = register(registry, "Caтушы aқaны қaйтaрмaды, TOO «Caмaл»")  # Latin C, a, T, O as a scanner reads them
    for query in ("сатушы", "caтушы", "САТУШЫ", "тоо самал", "TOO Caмaл", '"ақаны қайтармады"', '"aқaны қaйтaрмaды"'):
        assert numbers(registry, query) == {cyrillic, mixed}, query


def test_prefixes_and_phrases(registry: Registry) -> None:
    fridge = register(registry, "Сатып алынған тоңазытқыш ақаулы, ақшаны қайтаруды сұраймын")
    phone = register(registry, "Смартфон ақаулы, ақшаны қайтармады")
    assert numbers(registry, "тоңаз") == {fridge}
    assert numbers(registry, "азытқыш") == set()  # prefixes only, not the middle of a word
    assert numbers(registry, "ақаулы") == {fridge, phone}
    assert numbers(registry, '"ақшаны қайтаруды"') == {fridge}
    assert numbers(registry, '"ақшаны сұраймын"') == set()  # both words are there, not next to each other
    assert numbers(registry, '"ақаул"') == set()  # a quoted word is exact
    assert numbers(registry, "ақаулы ақшаны") == {fridge, phone}
    assert numbers(registry, "ақаулы смарт") == {phone}


def test_excluded_words_and_phrases(registry: Registry) -> None:
    fridge = register(registry, "Тоңазытқыш ақаулы, ақшаны қайтаруды сұраймын")
    phone = register(registry, "Смартфон ақаулы, ақшаны қайтармады")
    assert numbers(registry, "ақаулы -смарт") == {fridge}
    assert numbers(registry, 'ақаулы -"ақшаны қайтаруды"') == {phone}
    assert numbers(registry, "ақаулы -ақшаны") == set()


def test_applicants_respondent_and_numbers_are_searchable(registry: Registry) -> None:
    iin = valid_iin("770707", 4, 12)
    card = register(
        registry, "Шағым", person={"surname": "Жұмабаева", "given_name": "Гүлнар", "iin": iin},
        correspondent_number="КН-15/7", notes="Қайта қарау керек",
    )
    other = register(registry, "Шағым")
    for query in ("жұмабаева гүлнар", "ЖҰМАБ", iin, iin[:6], "КН-15/7", "кн 15", "қайта қарау"):
        assert numbers(registry, query) == {card}, query
    assert numbers(registry, "«Технодом» ЖШС") == numbers(registry, "940140000385") == {card, other}


def test_an_exact_number_finds_its_card_alone(registry: Registry) -> None:
    first = register(registry, "Бірінші")
    register(registry, f"Екінші, {first} нөмірлі өтінішке қатысты")
    hits = registry.search.search(first)
    assert [h.number for h in hits] == [first] and hits[0].rank == EXACT_NUMBER_RANK
    assert highlighted(hits[0]) == [first]
    assert len(registry.search.search(first.replace("/", " "))) == 2  # not exact: full text


def test_more_mentions_rank_higher(registry: Registry) -> None:
    for filler in ("Ноутбук экраны сынған", "Диван жеткізілмеді", "Пальто ауыстырылмады", "Әуе билеті"):
        register(registry, filler)
    once = register(registry, "Сатушы жауап бермеді, тоңазытқыш туралы шағым, ақша қайтарылмады, шарт бұзылды")
    often = register(registry, "Тоңазытқыш ақаулы: тоңазытқыш суытпайды, тоңазытқыш шулайды")
    assert [h.number for h in registry.search.search("тоңазытқыш")] == [often, once]


def test_snippets_and_highlights(registry: Registry) -> None:
    long_summary = " ".join(["Сатушы жауап бермеді."] * 20) + " Тоңазытқыш ақаулы. " + " ".join(["Шарт бұзылды."] * 20)
    number = register(registry, long_summary)
    hit, = registry.search.search("ТОҢАЗ ақаулы")
    assert hit.number == number and hit.source == "card" and hit.summary == long_summary
    assert highlighted(hit) == ["Тоңазытқыш", "ақаулы"]
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…") and len(hit.snippet.text) <= 170


def test_filters(registry: Registry) -> None:
    appeal = register(registry, "Тоңазытқыш ақаулы")
    reply = registry.registration.register_reply(appeal, {"channel": "post", "summary": "Тоңазытқыш туралы жауап"}, CLERK)
    today = astana_today()
    assert numbers(registry, "тоңазытқыш") == {appeal, reply.number}
    assert numbers(registry, "тоңазытқыш", journal="outgoing") == {reply.number}
    assert numbers(registry, "тоңазытқыш", journal="nonexistent") == set()
    assert numbers(registry, "тоңазытқыш", date_from=today, date_to=today) == {appeal, reply.number}
    assert numbers(registry, "тоңазытқыш", date_to=today - timedelta(days=1)) == set()
    assert numbers(registry, "тоңазытқыш", date_from=today + timedelta(days=1)) == set()
    assert numbers(registry, "тоңазытқыш", status="registered") == {appeal}  # the reply is on no control
    assert numbers(registry, "тоңазытқыш", status="resolved") == set()
    with pytest.raises(ValidationError):
        registry.search.search("тоңазытқыш", status="lost")
    with pytest.raises(ValidationError):
        registry.search.search("тоңазытқыш", date_from=today, date_to=today - timedelta(days=1))
    with pytest.raises(ValidationError):
        registry.search.search("тоңазытқыш", limit=0)


def test_filters_look_past_the_ranking_window(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_repo, "WINDOW", 3)
    appeals = [register(registry, f"Тоңазытқыш №{i}") for i in range(4)]
    replies = [registry.registration.register_reply(a, {"channel": "post", "summary": "Тоңазытқыш жауап"}, CLERK).number
               for a in appeals[:2]]
    for _ in range(5):  # newer documents that the filter leaves out
        register(registry, "Тоңазытқыш")
    assert numbers(registry, "тоңазытқыш", journal="outgoing") == set(replies)
    assert len(registry.search.search("тоңазытқыш", limit=2)) == 2  # from the newest window alone
    assert len(numbers(registry, "тоңазытқыш")) == 11  # window after window until the limit


def test_the_index_follows_edits(registry: Registry) -> None:
    number = register(registry, "Тоңазытқыш ақаулы")
    registry.cards.edit(number, {"summary": "Кір жуғыш машина ақаулы"}, CLERK)
    assert numbers(registry, "тоңазытқыш") == set()
    assert numbers(registry, "машина") == {number}
    registry.cards.edit(number, {"notes": "Тоңазытқыш та бар"}, CLERK)
    assert numbers(registry, "тоңазытқыш машина") == {number}
    assert registry.search.check().ok


def test_the_index_follows_deleted_cards(registry: Registry) -> None:
    keep = register(registry, "Тоңазытқыш бірінші")
    gone = register(registry, "Тоңазытқыш екінші ерекше")
    with registry.store.write() as session:
        card_id = session.scalar(sa.text("SELECT id FROM card WHERE number = :n"), {"n": gone})
        session.execute(sa.text("DELETE FROM control_event WHERE card_id = :id"), {"id": card_id})
        session.execute(sa.text("DELETE FROM card WHERE id = :id"), {"id": card_id})  # cascades to its documents
    assert numbers(registry, "тоңазытқыш") == {keep}
    assert registry.search.check().ok
    if registry.store.is_sqlite:  # the trigger fired for the cascade: FTS5 itself has forgotten it
        with registry.store.read() as session:
            assert session.scalar(sa.text("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"ерекше\"'")) == 0


def _jpeg(path: Path, shade: int) -> Path:
    Image.new("L", (400, 300), shade).save(path, dpi=(300, 300))
    return path


PAGES = [
    "Тұтынушылардың құқықтарын қорғау туралы өтініш. Өтініш беруші Әбдірахманов Ерлан",
    "Жалоба на продавца: холодильник неисправен, прошу вернуть уплаченные деньги",
]


@pytest.fixture
def recognised(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Text recognition that 'reads' the pages in the list (PAGES unless a test changes them), so
    that the service's whole path runs without Tesseract."""
    yield recognise_in_process(monkeypatch, list(PAGES))


def test_recognised_pages_are_searchable_and_follow_attaching(registry: Registry, tmp_path: Path, recognised: list[str]) -> None:
    first = register(registry, "Шағым қоса беріледі")
    second = register(registry, "Сол шағымның көшірмесі")
    scan = _jpeg(tmp_path / "scan.jpg", 200)
    registry.copies.attach(first, [scan], CopyRole.APPEAL, CLERK)
    assert numbers(registry, "холодильник") == set()  # not recognised yet
    assert registry.ocr.run_pending().recognised == 1
    hit, = registry.search.search("холодильник неисправен")
    assert hit.number == first and hit.source == "page" and hit.page_index == 1
    assert hit.sha256 == registry.copies.copies(first)[0].sha256
    assert highlighted(hit) == ["холодильник", "неисправен"]
    # the same file attached to another card: searchable there at once, without recognising again
    registry.copies.attach(second, [scan], CopyRole.EVIDENCE, CLERK)
    assert numbers(registry, "холодильник") == {first, second}
    assert registry.search.check().ok


def test_rebuild_gives_what_the_incremental_index_gave(registry: Registry, tmp_path: Path, recognised: list[str]) -> None:
    cards = [register(registry, s) for s in ("Тоңазытқыш ақаулы", "Смартфон сынған", "Фёдоров ёлка", "Caтушы TOO")]
    registry.copies.attach(cards[1], [_jpeg(tmp_path / "a.jpg", 100)], CopyRole.APPEAL, CLERK)
    registry.ocr.run_pending()
    registry.cards.edit(cards[0], {"summary": "Тоңазытқыш пен смартфон"}, CLERK)
    queries = ["тоңаз", "смартфон", "федоров", "сатушы тоо", "холодильник", '"прошу вернуть"', "ақаулы -смарт"]

    def answers() -> list[set[tuple[str, str]]]:
        return [{(h.number, h.source) for h in registry.search.search(q, limit=1000)} for q in queries]

    before = answers()
    report = registry.search.rebuild()
    assert (report.cards, report.pages, report.documents) == (4, 2, 6)
    assert answers() == before
    check = registry.search.check()
    assert check.ok and check.documents == check.expected_documents == 6


def test_a_damaged_index_is_reported(registry: Registry) -> None:
    register(registry, "Тоңазытқыш")
    with registry.store.write() as session:  # a document lost behind the service's back
        session.execute(sa.text("DELETE FROM search_document"))
    check = registry.search.check()
    assert not check.ok and "1 cards have no index document" in check.problems
    registry.search.rebuild()
    assert registry.search.check().ok and numbers(registry, "тоңазытқыш")


def test_long_texts_are_split_into_documents(registry: Registry, tmp_path: Path, recognised: list[str]) -> None:
    recognised[:] = [" ".join(f"сөз{i}" for i in range(9_000))]  # one page of 9,000 words
    number = register(registry, "Ұзын")
    registry.copies.attach(number, [_jpeg(tmp_path / "long.jpg", 50)], CopyRole.APPEAL, CLERK)
    registry.ocr.run_pending()
    assert numbers(registry, '"сөз8000 сөз8001"') == {number}  # far beyond PostgreSQL's 16,383 positions
    assert numbers(registry, "сөз8999 сөз8001") == {number}
    # Words are looked for together within one document: a page longer than 4,000 words is split
    assert numbers(registry, "сөз8999 сөз1") == set()
    hit, = registry.search.search("сөз8500")
    assert highlighted(hit) == ["сөз8500"] and hit.source == "page"
    assert registry.search.check().ok


HOSTILE = [
    '"', "'", "*", "^", ":", "-", "()", "NEAR(", "a OR b", "ақша AND", "NOT ақша", "'; DROP TABLE card; --",
    '" OR 1=1 --', "\\", "%", "_", "body:ақша", "search_fts", "ақша*", "\x00", "ақша\x00сатушы", "😀", "😀 ақша",
    "\u202eақша\u202c", "שלום", "مرحبا ақша", "x" * 10_000, ("ақша " * 2_500), '"' * 501, "-" * 100, "\t\n\r",
    "\u200b", "ﷺ", "🇰🇿", "\ud800", "ақша\udfff", "01/A-0001\x00", "01/A-0001/26\ud800",
]


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:12]))
def test_any_input_gives_results_nothing_or_not_understood(registry: Registry, query: str) -> None:
    register(registry, "Ақша қайтарылмады, сатушы жауап бермеді")
    try:
        hits = registry.search.search(query, journal="incoming", date_from=astana_today(), status="registered")
        registry.search.search(query)
    except QueryNotUnderstoodError as refused:
        assert refused.code == "search.query_not_understood"
        return
    assert all(isinstance(h, SearchHit) for h in hits)
    assert registry.settings.card_count() == 1  # nothing was dropped


CORPUS = [
    "Сатып алынған тоңазытқыш ақаулы болып шықты, ақшаны қайтаруды сұраймын",
    "Смартфон кепілдік мерзімінде бұзылды, сатушы жөндеуден бас тартты",
    "Приобретённый товар (холодильник) оказался неисправным, прошу вернуть деньги",
    "Товар (стиральная машина) сломался в гарантийный срок, продавец отказал в ремонте",
    "Заказ (диван) не доставлен в срок, договор нарушен",
    "Caтушы TOO «Caмaл» жауап бермеді",  # Latin look-alikes
    "ҰТЫС РЕТІНДЕ БЕРІЛГЕН ТЕЛЕДИДАР САПАСЫЗ, АУЫСТЫРУДЫ ТАЛАП ЕТЕМІН",
    "Фёдоров: ёлочная гирлянда не работает",
    "Ілияс Iргебаев: әуе билеті үшін төленген ақша қайтарылмады",
    "Интернет қызметі 01.05.2024 бастап жұмыс істемейді, №125 шарт",
]
CORPUS_QUERIES = {  # query: how many corpus cards it finds
    "тоңаз": 1, "ТОҢАЗЫТҚЫШ": 1, "холодильник": 1, "товар": 2, "товар -холодильник": 1, '"прошу вернуть"': 1,
    '"вернуть прошу"': 0, "сатушы": 2, "тоо самал": 1, "ұтыс": 1, "ұтыс теледидар": 1, "федоров": 1,
    "елочная": 1, "ілияс": 1, "іргебаев": 1, "ақша": 2, "ақш": 2, "2024": 1, "№125": 1, "125": 1,
    '"01 05 2024"': 1, "сатып -ақаулы": 0, "шарт": 1, "кепіл": 1, "срок": 2, "срок -диван": 1, "с": 0,
    "а": 10,  # the A of every registration number
    "и": 0, '"товар стиральная"': 1, "гарантий": 1, "зззз": 0,
}


def _corpus_answers(registry: Registry) -> list[set[str]]:
    numbers_by_summary = {register(registry, summary): summary for summary in CORPUS}
    assert len(numbers_by_summary) == len(CORPUS)
    return [numbers(registry, q) for q in CORPUS_QUERIES]


def test_both_backends_find_the_same_cards(tmp_path: Path, pg_schema: str) -> None:
    """The same corpus and queries on SQLite and PostgreSQL: the same cards (ranking may differ)."""
    sqlite_registry = Registry.open(data_dir=tmp_path / "sqlite")
    try:
        on_sqlite = _corpus_answers(sqlite_registry)
    finally:
        sqlite_registry.close()
    with _schema(f"{pg_schema}_{uuid.uuid4().hex[:6]}") as schema:
        pg_registry = Registry.open(PG_URL, tmp_path / "pg", pg_schema=schema)
        try:
            on_postgresql = _corpus_answers(pg_registry)
        finally:
            pg_registry.close()
    assert on_sqlite == on_postgresql
    found = {query: len(cards) for query, cards in zip(CORPUS_QUERIES, on_sqlite, strict=True)}
    assert found == CORPUS_QUERIES


def test_cards_from_before_the_index_are_indexed_by_the_upgrade(registry: Registry) -> None:
    from storage.migrations.runner import migrate

    number = register(registry, "Тоңазытқыш ақаулы")
    migrate(registry.store.engine, "0007", downgrade=True)  # as a store made before full-text search
    migrate(registry.store.engine, "head")
    assert numbers(registry, "тоңаз") == {number}
    assert registry.search.check().ok


def test_the_query_languages_hold_only_quoted_tokens() -> None:
    from clerk_app.domain.search import parse_query

    query = parse_query('тоңаз "ақшаны қайтаруды" -смарт -"кепілдік мерзімі" с')
    assert search_repo.fts5_match(query) == '("тоңаз"* AND "ақшаны қайтаруды" AND "с") NOT "смарт"* NOT "кепілдік мерзімі"'
    assert search_repo.tsquery_literal(query) == (
        "'тоңаз':* & ('ақшаны' <-> 'қайтаруды') & 'с' & !'смарт':* & !('кепілдік' <-> 'мерзімі')"
    )
    assert search_repo.tsvector_literal("а в а") == "'а':1,3 'в':2"
    assert search_repo.tsvector_literal("") == ""
    assert search_repo.tsvector_literal(" ".join(["сөз"] * 300)).count(",") == 255  # PostgreSQL keeps 256


def test_date_filters_narrow_by_astana_month(registry: Registry) -> None:
    from datetime import UTC, date, datetime

    march = register(registry, "Тоңазытқыш наурыз")
    april = register(registry, "Тоңазытқыш сәуір")
    moments = {march: datetime(2024, 3, 31, 18, 30, tzinfo=UTC),  # 23:30 on 31 March in Astana
               april: datetime(2024, 3, 31, 19, 30, tzinfo=UTC)}  # 00:30 on 1 April in Astana, still March in UTC
    with registry.store.write() as session:  # as cards registered then (registration times never change)
        for number, moment in moments.items():
            session.execute(sa.update(CardTable).where(CardTable.number == number).values(registered_at=moment))
    registry.search.rebuild()
    assert numbers(registry, "тоңазытқыш", date_from=date(2024, 4, 1), date_to=date(2024, 4, 30)) == {april}
    assert numbers(registry, "тоңазытқыш", date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)) == {march}
    assert numbers(registry, "тоңазытқыш", date_to=date(2024, 3, 31)) == {march}
    assert numbers(registry, "тоңазытқыш", date_from=date(2024, 3, 31)) == {march, april}
    assert numbers(registry, "тоңазытқыш", date_from=date(2020, 1, 1)) == {march, april}  # too long to narrow
    query = __import__("clerk_app.domain.search", fromlist=["parse_query"]).parse_query("тоң -сәуір")
    assert search_repo.fts5_match(query, ("\ue000202403", "\ue000202404")) == (
        '("тоң"* AND ("\ue000202403" OR "\ue000202404")) NOT "сәуір"*'
    )
    assert search_repo.tsquery_literal(query, ("\ue000202403",)) == "'тоң':* & ('\ue000202403') & !'сәуір':*"


def test_demo_cards_are_indexed_in_bulk_and_rebuilt_by_worker_processes(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.demo.generate(300, seed=5, actor=CLERK)
    found = numbers(registry, "товар") | numbers(registry, "тауар") | numbers(registry, "сатушы")
    assert found and registry.search.check().ok
    before = {q: numbers(registry, q) for q in ("товар", "ақша", "тоо", "01")}
    monkeypatch.setattr(search_repo, "_PARALLEL_FROM", 0)  # as for a large store: folded by worker processes
    report = registry.search.rebuild()
    assert report.cards == report.documents == registry.settings.card_count()
    assert {q: numbers(registry, q) for q in before} == before


def test_every_attribute_criterion_applies_to_a_text_search(registry: Registry) -> None:
    from decimal import Decimal

    from clerk_app.domain.card_query import CardQuery
    from clerk_app.domain.enums import AppealKind

    claim = registry.registration.register_json(incoming(kind="seller_claim", summary="Тоңазытқыш ақаулы"), Actor("t"))
    other = registry.registration.register_json(
        incoming(kind="other", summary="Тоңазытқыш ақаулы", claimed_amount=None, correspondent_number="K-2"), Actor("t"),
        confirm_duplicate=True,
    )
    found = {h.number for h in registry.search.search("тоңазытқыш")}
    assert found == {claim.number, other.number}
    by_kind = registry.search.search("тоңазытқыш", filters=CardQuery(kind=AppealKind.OTHER))
    assert [h.number for h in by_kind] == [other.number]
    by_amount = registry.search.search("тоңазытқыш", filters=CardQuery(amount_min=Decimal(1)))
    assert [h.number for h in by_amount] == [claim.number]
    by_name = registry.search.search("тоңазытқыш", filters=CardQuery(applicant_name="жоқ"))
    assert by_name == []
    with pytest.raises(ValidationError):
        registry.search.search("тоңазытқыш", filters=CardQuery(amount_min=Decimal(5), amount_max=Decimal(1)))
