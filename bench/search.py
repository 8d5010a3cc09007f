"""The full-text search benchmark: a demo store plus 300,000 recognised pages of synthetic Kazakh
and Russian complaint text, searched by query class, against hand-written raw FTS5 queries.

The pages are made here (not by OCR): ~100,000 files of 1-5 pages, 250-400 words a page, words
drawn with a Zipf distribution from inflected complaint vocabulary, with names, contract numbers,
amounts, dates and model codes as the rare words. They are written with the bulk helpers as
electronic copies of random incoming cards, then the index is rebuilt by the application's own
``search-index rebuild`` (that time is the index build figure). Cached in bench/.cache.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import random
import sqlite3
import time as clock
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bench.common import CACHE, copy_store, demo_store, summary, warm_cache
from clerk_app.domain.ids import new_id_hexes
from clerk_app.domain.search import parse_query
from clerk_app.services import demo_data as names
from clerk_app.services.registry import Registry
from clerk_app.timeutil import ASTANA, astana_today, utc_now
from storage.bulk import enlarge_cache_for_bulk, insert_rows
from storage.migrations.runner import HEAD_REVISION
from storage.models import ElectronicCopy, PageText
from storage.repositories.search import fts5_match
from storage.types import sqlite_utc_text

PAGES_PER_CARD = 0.3  # 300,000 recognised pages with 1,000,000 cards
LIMIT = 50
TARGETS_MS = {"exact_number_p95": 2.0, "full_text_p95": 150.0, "ratio_to_raw_fts5": 2.0}

KK_STEMS = (
    "тұтынушы", "сатушы", "тауар", "шағым", "өтініш", "ақша", "төлем", "кепілдік", "мерзім", "шарт", "жөндеу",
    "ауыстыру", "қайтару", "сапа", "ақау", "дүкен", "қызмет", "жеткізу", "тапсырыс", "құжат", "чек", "сатып",
    "баға", "сома", "талап", "жауап", "хат", "күн", "ай", "жыл", "бұзушылық", "құқық", "заң", "бап", "сот",
    "дау", "келісім", "өндіруші", "орындаушы", "ұйым", "мекеме", "комиссия", "сараптама", "тексеру", "акт",
    "қорытынды", "шешім", "өтемақы", "айыппұл", "зиян", "моральдық", "материалдық", "қаржы", "несие", "банк",
    "карта", "аударым", "есеп", "қалдық", "тариф", "байланыс", "интернет", "телефон", "теледидар", "тоңазытқыш",
    "көлік", "жиһаз", "киім", "аяқ", "билет", "әуе", "сапар", "қонақүй", "мейрамхана", "дәрі", "дәріхана",
    "пәтер", "үй", "құрылыс", "жөнделім", "кәсіпкер", "серіктестік", "бірлестік", "мекенжай", "қала", "аудан",
    "көше", "нөмір", "қол", "мөр", "көшірме", "түпнұсқа", "қосымша", "парақ", "дәлел", "куә", "фото", "бейне",
)
KK_ENDINGS = ("", "ы", "і", "ға", "ге", "ның", "нің", "мен", "дан", "ден", "да", "де", "лар", "лер", "ларды",
              "лердің", "сы", "сін", "ды", "ді", "ын", "ін", "ына", "іне")
RU_STEMS = (
    "потребител", "продав", "товар", "жалоб", "заявлени", "деньг", "оплат", "гаранти", "срок", "договор", "ремонт",
    "замен", "возврат", "качеств", "недостат", "магазин", "услуг", "доставк", "заказ", "документ", "чек", "покупк",
    "цен", "сумм", "требовани", "ответ", "письм", "претензи", "нарушени", "прав", "закон", "стать", "суд", "спор",
    "соглашени", "изготовител", "исполнител", "организаци", "учреждени", "комисси", "экспертиз", "проверк", "акт",
    "заключени", "решени", "компенсаци", "неустойк", "штраф", "вред", "моральн", "материальн", "кредит", "банк",
    "карт", "перевод", "счет", "тариф", "связ", "интернет", "телефон", "телевизор", "холодильник", "автомобил",
    "мебел", "одежд", "обув", "билет", "авиакомпани", "поездк", "гостиниц", "ресторан", "лекарств", "аптек",
    "квартир", "дом", "строительств", "предпринимател", "товариществ", "объединени", "адрес", "город", "район",
    "улиц", "номер", "подпис", "печат", "копи", "оригинал", "приложени", "лист", "доказательств", "свидетел",
)
RU_ENDINGS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ями", "ей", "ия", "ию", "ии", "ой", "ый", "ого", "ых")
KK_GLUE = ("және", "бойынша", "туралы", "үшін", "бірақ", "сондықтан", "жоқ", "бар", "емес", "осы", "сол", "бұл",
           "менің", "біз", "олар", "сіз", "деп", "ғана", "тағы", "қайта", "дейін", "кейін", "арқылы", "сияқты")
RU_GLUE = ("и", "в", "на", "не", "что", "с", "по", "для", "к", "от", "о", "за", "из", "до", "при", "но", "как",
           "это", "был", "была", "было", "мне", "меня", "нам", "также", "однако", "поэтому", "который")


class _Words:
    """Inflected vocabulary with Zipf weights, and a pool of sentences drawn from it."""

    def __init__(self, rng: random.Random):
        kazakh = [s + e for s in KK_STEMS for e in KK_ENDINGS]
        russian = [s + e for s in RU_STEMS for e in RU_ENDINGS]
        rng.shuffle(kazakh)
        rng.shuffle(russian)
        self.random = rng.random
        self.sentences = []
        for words, glue in ((kazakh, KK_GLUE), (russian, RU_GLUE)):
            forms = list(glue) + words  # the little words are the most frequent
            cumulative, total = [], 0.0
            for rank in range(1, len(forms) + 1):
                total += 1.0 / rank
                cumulative.append(total)
            for _ in range(20_000):
                length = 6 + int(self.random() * 9)
                chosen = [forms[bisect.bisect_left(cumulative, self.random() * total)] for _ in range(length)]
                sentence = " ".join(chosen)
                self.sentences.append(sentence[0].upper() + sentence[1:] + ".")
        self.people = [f"{s} {g}" for s in names.KAZAKH_SURNAMES_M + names.RUSSIAN_SURNAMES_M
                       for g in names.KAZAKH_GIVEN_M + names.RUSSIAN_GIVEN_M]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def rare(self) -> str:
        kind = self.below(5)
        if kind == 0:
            return f"шарт №{1 + self.below(99_999)}-{1 + self.below(99)}"
        if kind == 1:
            return f"{self.people[self.below(len(self.people))]} {self.below(10**12):012d}"
        if kind == 2:
            return f"сомасы {1_000 + self.below(5_000_000)} теңге"
        if kind == 3:
            return f"{1 + self.below(28):02d}.{1 + self.below(12):02d}.{2019 + self.below(7)} ж."
        letters = "ABCDEFGHKLMNPRSTXZ"
        code = "".join(letters[self.below(len(letters))] for _ in range(3))
        return f"модель {code}-{self.below(10_000):04d}"

    def page(self) -> str:
        target = 250 + self.below(151)
        lines: list[str] = []
        words = 0
        while words < target:
            sentence = self.sentences[self.below(len(self.sentences))]
            if self.random() < 0.12:
                sentence = sentence[:-1] + ", " + self.rare() + "."
            lines.append(sentence)
            words += sentence.count(" ") + 1
        return "\n".join(lines)  # one sentence a line, as OCR returns short lines


def _build_pages(store_dir: Path, pages: int, seed: int) -> dict[str, Any]:
    """Electronic copies with recognised pages for random incoming cards, then the index rebuilt."""
    rng = random.Random(seed)
    words = _Words(rng)
    registry = Registry.open(data_dir=store_dir)
    started = clock.perf_counter()
    with registry.store.write() as session:
        enlarge_cache_for_bulk(session)
        connection = session.connection()
        incoming = [row[0] for row in connection.exec_driver_sql("SELECT id FROM card WHERE direction = 'incoming'")]
        now = utc_now()
        copies: list[dict[str, Any]] = []
        texts: list[dict[str, Any]] = []
        made = files = 0
        while made < pages:
            count = min(1 + words.below(5), pages - made)
            sha = hashlib.sha256(f"bench-page-file-{seed}-{files}".encode()).hexdigest()
            copies.append({
                "id": new_id_hexes(1)[0], "card_id": incoming[words.below(len(incoming))], "position": 100,
                "role": "appeal", "sha256": sha, "format": "pdf", "page_count": count, "pages": "[]", "details": "{}",
                "size_bytes": 60_000 * count, "original_name": f"scan{files}.pdf", "added_by": "bench", "added_at": now,
            })
            texts.extend({"sha256": sha, "page_index": i, "text": words.page(), "languages": "kaz+rus",
                          "recognised_at": now} for i in range(count))
            made += count
            files += 1
            if len(texts) >= 20_000:
                insert_rows(session, PageText, texts)
                texts = []
        insert_rows(session, PageText, texts)
        insert_rows(session, ElectronicCopy, copies)
    generated = clock.perf_counter() - started
    report = registry.search.rebuild()
    registry.close()
    return {"files": files, "pages": made, "pages_generate_and_store_s": round(generated, 1),
            "index_rebuild_s": round(report.seconds, 1), "index_documents": report.documents,
            "index_cards": report.cards, "index_pages": report.pages}


def search_store(cards: int, seed: int = 1) -> tuple[Path, dict[str, Any]]:
    """The demo store of ``cards`` with its recognised pages, indexed; built once, then cached."""
    pages = round(cards * PAGES_PER_CARD)
    source, demo_seconds = demo_store(cards, seed, warm=False)
    path = CACHE / f"search-{cards}-pages{pages}-seed{seed}-schema{HEAD_REVISION}"
    marker = path / "complete.json"
    if marker.exists():
        warm_cache(path)
        return path, json.loads(marker.read_text())
    started = clock.perf_counter()
    copy_store(source, path)
    figures = {"demo_build_s": round(demo_seconds, 1) if demo_seconds else None,
               "copy_s": round(clock.perf_counter() - started, 1), **_build_pages(path, pages, seed)}
    marker.write_text(json.dumps(figures))
    return path, figures


def _sizes(database: Path) -> dict[str, Any]:
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        by_object = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    index = sum(v for k, v in by_object.items() if k.startswith("search_fts"))
    documents = sum(v for k, v in by_object.items() if "search_document" in k)
    return {"database_bytes": database.stat().st_size, "fts5_index_bytes": index,
            "search_document_bytes": documents, "page_text_bytes": by_object.get("page_text", 0)}


def _query_sets(database: Path, rng: random.Random) -> dict[str, list[str]]:
    """Queries of each class from the store's own vocabulary, by how many documents hold a word."""
    db = sqlite3.connect(database)
    db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'search_fts', 'row')")
    vocabulary = list(db.execute("SELECT term, doc FROM temp.vocabulary"))
    rare = [t for t, n in vocabulary if 3 <= n <= 200 and len(t) >= 3]  # names, contract numbers, model codes
    words = [(t, n) for t, n in vocabulary if t.isalpha() and len(t) >= 4]
    common = [t for t, n in sorted(words, key=lambda x: -x[1])[:40]]
    middle = [t for t, n in words if 2_000 <= n <= 60_000]
    top_doc = db.execute("SELECT max(doc_id) FROM search_document").fetchone()[0]
    bodies = []
    while len(bodies) < 60:
        row = db.execute("SELECT body FROM search_document WHERE doc_id = ? AND source = 'page'",
                         (1 + rng.randrange(top_doc),)).fetchone()
        if row:
            bodies.append(row[0].split())
    numbers = [r[0] for r in db.execute("SELECT number FROM card ORDER BY random() LIMIT 200")]
    db.close()

    def phrase(body: list[str]) -> str:
        start = rng.randrange(len(body) - 3)
        return '"' + " ".join(body[start : start + 2 + rng.randrange(2)]) + '"'

    def two(body: list[str]) -> str:
        long_words = [w for w in body if len(w) >= 5 and w.isalpha()]
        return " ".join(rng.sample(long_words, 2))

    return {
        "exact_number": numbers,
        "rare_word": rng.sample(rare, min(60, len(rare))),
        "common_word": common,
        "prefix": [t[: 3 + rng.randrange(2)] for t in rng.sample(common + middle, 60)],
        "phrase": [phrase(b) for b in bodies],
        "two_words": [two(b) for b in bodies],
        "with_filters": rng.sample(common, 20) + rng.sample(middle, 20) + rng.sample(rare, 20),
    }


_FILTERS = [
    {"journal": "incoming"},
    {"journal": "incoming", "date_from": -90},
    {"status": "in_progress"},
    {"status": "resolved", "date_from": -365, "date_to": -180},
]
_RAW_FILTERS = {
    "journal": "c.journal_id = (SELECT id FROM journal WHERE code = :journal)",
    "status": "c.id IN (SELECT card_id FROM card_control WHERE status = :status)",
    "date_from": "c.registered_at >= :date_from",
    "date_to": "c.registered_at < :date_to",
}


def _filters(index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The service's keyword arguments, and the raw query's parameters (UTC text as stored)."""
    chosen = _FILTERS[index % len(_FILTERS)]
    today = astana_today()
    service: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    for key, value in chosen.items():
        if key.startswith("date"):
            day = today + timedelta(days=value)
            service[key] = day
            end_of_day = 1 if key == "date_to" else 0  # both days included, as the service does
            raw[key] = sqlite_utc_text(datetime.combine(day + timedelta(days=end_of_day), time(), ASTANA).astimezone(UTC))
        else:
            service[key] = raw[key] = value
    return service, raw


def _raw(db: sqlite3.Connection, match: str, raw_filters: dict[str, Any]) -> list[Any]:
    """What one would write by hand with FTS5: ranked documents joined to their cards, FTS5's own
    snippet, the filters in the WHERE clause."""
    where = "".join(f" AND {_RAW_FILTERS[k]}" for k in raw_filters)
    sql = (
        "SELECT c.number, c.registered_at, c.summary, snippet(search_fts, 0, '[', ']', '…', 16), f.rank "
        "FROM search_fts f JOIN search_document d ON d.doc_id = f.rowid JOIN card c ON c.id = d.card_id "
        f"WHERE search_fts MATCH :match{where} ORDER BY f.rank LIMIT {LIMIT}"
    )
    return db.execute(sql, {"match": match, **raw_filters}).fetchall()


def _raw_minimal(db: sqlite3.Connection, match: str) -> list[Any]:
    return db.execute(f"SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT {LIMIT}",
                      (match,)).fetchall()


def _timed(action: Any) -> float:
    started = clock.perf_counter()
    action()
    return (clock.perf_counter() - started) * 1000


def search(cards: int) -> dict[str, Any]:
    path, build = search_store(cards)
    database = path / "registry.sqlite3"
    rng = random.Random(7)
    queries = _query_sets(database, rng)
    registry = Registry.open(data_dir=path)
    raw_db = sqlite3.connect(database)
    raw_db.execute("PRAGMA cache_size=-65536")  # as the application's connections
    classes: dict[str, Any] = {}
    all_ours: list[float] = []
    all_raw: list[float] = []
    for name, texts in queries.items():
        ours: list[float] = []
        raw: list[float] = []
        minimal: list[float] = []
        found: list[int] = []
        for repeat in range(3):  # the first round warms the caches, as a clerk's session would
            for i, text in enumerate(texts):
                service_filters, raw_filters = _filters(i) if name == "with_filters" else ({}, {})
                elapsed = _timed(lambda: found.append(len(registry.search.search(text, limit=LIMIT, **service_filters))))  # noqa: B023
                if name == "exact_number":
                    if repeat:
                        ours.append(elapsed)
                    continue
                match = fts5_match(parse_query(text))
                raw_elapsed = _timed(lambda: _raw(raw_db, match, raw_filters))  # noqa: B023
                minimal_elapsed = _timed(lambda: _raw_minimal(raw_db, match))  # noqa: B023
                if repeat:
                    ours.append(elapsed)
                    raw.append(raw_elapsed)
                    minimal.append(minimal_elapsed)
        matched = [_matches(raw_db, fts5_match(parse_query(t))) for t in texts[:20]] if name != "exact_number" else []
        figures: dict[str, Any] = {"queries": len(texts), "examples": texts[:3], **summary(ours)}
        if matched:
            figures["matching_documents_median"] = sorted(matched)[len(matched) // 2]
            figures["matching_documents_max"] = max(matched)
        if raw:
            raw_summary, minimal_summary = summary(raw), summary(minimal)
            figures["raw_fts5"] = {k: raw_summary[k] for k in ("p50_ms", "p95_ms", "max_ms")}
            figures["raw_fts5_minimal"] = {k: minimal_summary[k] for k in ("p50_ms", "p95_ms", "max_ms")}
            figures["ratio_p95_to_raw"] = round(figures["p95_ms"] / raw_summary["p95_ms"], 2)
            figures["ratio_p50_to_raw"] = round(figures["p50_ms"] / raw_summary["p50_ms"], 2)
            all_ours += ours
            all_raw += raw
        figures["cards_found_median"] = sorted(found)[len(found) // 2]
        classes[name] = figures
    registry.close()
    raw_db.close()
    full_text, raw_all = summary(all_ours), summary(all_raw)
    ratio = round(full_text["p95_ms"] / raw_all["p95_ms"], 2)
    return {
        "pages": build["pages"],
        "limit": LIMIT,
        "classes": classes,
        "full_text": {**full_text, "raw_fts5_p95_ms": raw_all["p95_ms"], "ratio_p95_to_raw": ratio},
        "build": build,
        "sizes": _sizes(database),
        "target": TARGETS_MS,
        "meets_target": {
            "exact_number": classes["exact_number"]["p95_ms"] <= TARGETS_MS["exact_number_p95"],
            "full_text_p95": full_text["p95_ms"] <= TARGETS_MS["full_text_p95"],
            "ratio_to_raw_fts5": ratio <= TARGETS_MS["ratio_to_raw_fts5"],
        },
    }


def _matches(db: sqlite3.Connection, match: str) -> int:
    return int(db.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (match,)).fetchone()[0])


BENCHMARKS = {"search": search}
