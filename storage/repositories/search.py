"""Full-text search in SQL: the index's documents, kept in step with cards and recognised pages in
the caller's transaction, and the search over them (FTS5 on SQLite, tsvector on PostgreSQL).

Both backends receive the same folded tokens (``clerk_app.domain.text_folding``) and never apply
language rules of their own: FTS5 only splits ``body`` at spaces; PostgreSQL gets a tsvector and a
tsquery *literal* built here, so its parser, dictionaries and locale are bypassed. User text reaches
neither query language except as folded letter-and-digit tokens inside quotes, as a bound parameter.
"""

from __future__ import annotations

import multiprocessing
import uuid
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    bindparam,
    delete,
    exists,
    func,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from clerk_app.domain.cards import Card
from clerk_app.domain.search import (
    ApplicantText,
    CardRecord,
    DocumentRecord,
    PageRecord,
    ParsedQuery,
    Term,
    card_search_text,
    index_documents,
    month_token,
)
from clerk_app.domain.text_folding import fold_documents
from storage.bulk import prepare_rows
from storage.migrations.outside_models import FTS_TABLE, VECTOR_INDEX
from storage.models import Card as CardRow
from storage.models import CardApplicant, ElectronicCopy, PageText, SearchDocument
from storage.models import Respondent as RespondentRow

# Ranking covers the newest WINDOW matching documents (by doc_id, which follows indexing order and,
# after a rebuild, registration order): bm25 costs about a microsecond per matching document, so a
# word found in 250,000 documents would take a quarter of a second to rank in full. Below WINDOW
# matches (every specific query) the ranking is exact.
WINDOW = 20_000
DOC_TOKENS = 4_000  # per document: PostgreSQL positions stay below 16,383 and a tsvector below 1 MB
_FTS_AUTOMERGE = 4  # FTS5's default
_PG_POSITIONS = 256  # PostgreSQL keeps at most 256 positions of one lexeme
_BATCH = 2_000
_FOLDERS = 2  # worker processes folding texts in bulk
_PARALLEL_FROM = 50_000  # cards; below this, starting the workers costs more than it saves
CARD, PAGE = "card", "page"


# --- the two query languages -------------------------------------------------------------------


def fts5_match(query: ParsedQuery, months: Sequence[str] = ()) -> str:
    """``("tok"* AND "a b") NOT "c"*``: every token double-quoted, so nothing is an FTS5 operator.
    ``months``: month tokens, one of which the documents must hold (a date filter)."""

    def phrase(term: Term) -> str:
        return '"' + " ".join(term.tokens) + '"' + ("*" if term.prefix else "")

    wanted = [phrase(t) for t in query.wanted]
    if months:
        wanted.append("(" + " OR ".join(f'"{m}"' for m in months) + ")")
    expression = "(" + " AND ".join(wanted) + ")"
    return expression + "".join(" NOT " + phrase(t) for t in query.excluded)


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_literal(query: ParsedQuery, months: Sequence[str] = ()) -> str:
    """``'tok':* & ('a' <-> 'b') & !'c':*``, cast to tsquery as is (no parser, no dictionary)."""

    def phrase(term: Term) -> str:
        parts = [_lexeme(t) for t in term.tokens]
        if term.prefix:
            parts[-1] += ":*"
        return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"

    expression = " & ".join(phrase(t) for t in query.wanted)
    if months:
        expression += " & (" + " | ".join(_lexeme(m) for m in months) + ")"
    return expression + "".join(" & !" + phrase(t) for t in query.excluded)


def bodies(text_: str, registered_at: datetime) -> list[str]:
    """The folded text in documents of at most DOC_TOKENS tokens (one usually), each with the month
    token of the card's registration."""
    return fold_documents([text_], DOC_TOKENS, [month_token(registered_at)])[0]


def tsvector_literal(body: str) -> str:
    """``'tok':1,5 'other':2``: the tokens with their positions, as the PostgreSQL column holds them."""
    positions: dict[str, list[int]] = defaultdict(list)
    for position, token in enumerate(body.split(), start=1):
        found = positions[token]
        if len(found) < _PG_POSITIONS:
            found.append(position)
    return " ".join(f"{_lexeme(t)}:{','.join(map(str, p))}" for t, p in positions.items())


# --- writing documents ---------------------------------------------------------------------------


def _documents(card_id: Any, registered_at: datetime, source: str, text_: str, sha256: str | None = None,
               page_index: int | None = None) -> list[dict[str, Any]]:
    return [
        {"card_id": card_id, "source": source, "sha256": sha256, "page_index": page_index, "body": body}
        for body in bodies(text_, registered_at)
    ]


def _insert(conn: Connection, docs: list[dict[str, Any]]) -> None:
    if not docs:
        return
    if conn.dialect.name == "sqlite":  # the driver's executemany, values converted as the ORM would; triggers index them
        prepared = prepare_rows("sqlite", SearchDocument, docs)
        names = ", ".join(prepared.columns)
        marks = ", ".join("?" * len(prepared.columns))
        conn.exec_driver_sql(f"INSERT INTO search_document ({names}) VALUES ({marks})", prepared.values)
        return
    # PostgreSQL: COPY, with the tsvector literal parsed by the column's input function.
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    columns = "card_id, source, sha256, page_index, body, vector"
    with cursor.copy(f"COPY search_document ({columns}) FROM STDIN") as copy:
        for d in docs:
            copy.write_row((d["card_id"], d["source"], d["sha256"], d["page_index"], d["body"], tsvector_literal(d["body"])))


def _text_of(card: Card) -> str:
    respondent = card.respondent
    return card_search_text(
        number=card.number, correspondent_number=card.correspondent_number, summary=card.summary,
        applicants=[
            ApplicantText(a.surname, a.given_name, a.patronymic, a.iin, a.legal_name, a.bin) for a in card.applicants
        ],
        respondent_name=respondent.name if respondent else None,
        respondent_number=respondent.bin_or_iin if respondent else None, notes=card.notes,
    )


def index_card(conn: Connection, card: Card) -> None:
    """The card's own document, new or replacing the old one (registration, edit). Updated in place
    when it stays one document, so that it keeps its place in the ranking window."""
    new = _documents(card.id, card.registered_at, CARD, _text_of(card))
    old = list(conn.scalars(
        select(SearchDocument.doc_id)
        .where(SearchDocument.card_id == card.id, SearchDocument.source == CARD)
        .order_by(SearchDocument.doc_id)
    ))
    for doc_id, doc in zip(old, new, strict=False):
        values: dict[str, Any] = {"body": doc["body"]}
        if conn.dialect.name == "postgresql":
            values["vector"] = tsvector_literal(doc["body"])
            conn.execute(text("UPDATE search_document SET body = :body, vector = CAST(:vector AS tsvector) "
                              "WHERE doc_id = :doc_id"), {**values, "doc_id": doc_id})
        else:
            conn.execute(update(SearchDocument).where(SearchDocument.doc_id == doc_id).values(**values))
    if len(old) > len(new):
        conn.execute(delete(SearchDocument).where(SearchDocument.doc_id.in_(old[len(new):])))
    _insert(conn, new[len(old):])


def _id(column: Any, raw: bool) -> Any:
    """A card id column; ``raw``: as stored (SQLite's hex text), skipping the UUID conversion that
    costs more than the rest of reading a card when a million of them are indexed."""
    return type_coerce(column, String) if raw else column


def _pages_of_copies(raw: bool) -> Any:
    """(card, sha256, page, text); a file attached twice to one card comes twice (never DISTINCT
    over the texts: that sorts them all)."""
    return (
        select(_id(ElectronicCopy.card_id, raw).label("card_id"), PageText.sha256, PageText.page_index, PageText.text)
        .join(PageText, PageText.sha256 == ElectronicCopy.sha256)
    )


def _page_documents(rows: Iterable[Sequence[Any]]) -> tuple[list[dict[str, Any]], int]:
    """Documents of (card id, registered at, sha256, page index, text) rows, each page once; and how
    many pages."""
    docs: list[dict[str, Any]] = []
    seen: set[tuple[Any, str, int]] = set()
    for card_id, registered_at, sha256, page_index, page_text in rows:
        if (card_id, sha256, page_index) not in seen:  # two copies of one file on one card
            seen.add((card_id, sha256, page_index))
            docs.extend(_documents(card_id, registered_at, PAGE, page_text, sha256, page_index))
    return docs, len(seen)


def index_pages(conn: Connection, sha256: str) -> int:
    """The recognised pages of a file, for every card holding a copy of it (OCR finished)."""
    conn.execute(delete(SearchDocument).where(SearchDocument.sha256 == sha256, SearchDocument.source == PAGE))
    rows = conn.execute(
        select(ElectronicCopy.card_id, CardRow.registered_at, PageText.sha256, PageText.page_index, PageText.text)
        .join(PageText, PageText.sha256 == ElectronicCopy.sha256)
        .join(CardRow, CardRow.id == ElectronicCopy.card_id)
        .where(ElectronicCopy.sha256 == sha256)
        .order_by(ElectronicCopy.card_id, PageText.page_index)
    )
    docs, pages = _page_documents(rows)
    _insert(conn, docs)
    return pages


def index_copy(conn: Connection, card_id: uuid.UUID, sha256: str) -> int:
    """A copy attached to a card: its pages, if that file was recognised already (for another card)."""
    indexed = conn.scalar(
        select(SearchDocument.doc_id)
        .where(SearchDocument.sha256 == sha256, SearchDocument.card_id == card_id, SearchDocument.source == PAGE)
        .limit(1)
    )
    if indexed is not None:
        return 0
    registered_at = conn.scalar(select(CardRow.registered_at).where(CardRow.id == card_id))
    rows = conn.execute(
        select(PageText.page_index, PageText.text).where(PageText.sha256 == sha256).order_by(PageText.page_index)
    )
    docs, pages = _page_documents((card_id, registered_at, sha256, index, page_text) for index, page_text in rows)
    _insert(conn, docs)
    return pages


def _card_fields() -> Any:
    return (
        select(
            CardRow.id, CardRow.number, CardRow.correspondent_number, CardRow.summary,
            CardRow.notes, RespondentRow.name.label("respondent_name"),
            RespondentRow.bin_or_iin.label("respondent_number"),
        )
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
    )


def _applicants(conn: Connection, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[ApplicantText]]:
    found: dict[uuid.UUID, list[ApplicantText]] = defaultdict(list)
    rows = conn.execute(
        select(CardApplicant.card_id, CardApplicant.surname, CardApplicant.given_name, CardApplicant.patronymic,
               CardApplicant.iin, CardApplicant.legal_name, CardApplicant.bin)
        .where(CardApplicant.card_id.in_(card_ids))
        .order_by(CardApplicant.card_id, CardApplicant.position)
    )
    for r in rows:
        found[r.card_id].append(ApplicantText(r.surname, r.given_name, r.patronymic, r.iin, r.legal_name, r.bin))
    return found


def card_texts(conn: Connection, card_rows: Sequence[Any]) -> dict[uuid.UUID, str]:
    """The searchable text of cards, from rows of ``_card_fields()``."""
    applicants = _applicants(conn, [r.id for r in card_rows])
    return {
        r.id: card_search_text(
            number=r.number, correspondent_number=r.correspondent_number, summary=r.summary,
            applicants=applicants.get(r.id, ()), respondent_name=r.respondent_name,
            respondent_number=r.respondent_number, notes=r.notes,
        )
        for r in card_rows
    }


def _card_stream(raw: bool) -> Any:
    """Every card with its respondent and applicants (one row per applicant), in registration order."""
    return (
        select(
            _id(CardRow.id, raw).label("id"), CardRow.registered_at, CardRow.number, CardRow.correspondent_number,
            CardRow.summary, CardRow.notes, RespondentRow.name, RespondentRow.bin_or_iin, CardApplicant.surname,
            CardApplicant.given_name, CardApplicant.patronymic, CardApplicant.iin, CardApplicant.legal_name,
            CardApplicant.bin,
        )
        .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
        .outerjoin(CardApplicant, CardApplicant.card_id == CardRow.id)
        .order_by(CardRow.registered_at, CardRow.id, CardApplicant.position)
    )


def _card_batches(rows: Iterable[Sequence[Any]]) -> Iterator[list[CardRecord]]:
    """Rows of ``_card_stream`` as card records, ``_BATCH`` cards at a time."""
    batch: list[CardRecord] = []
    current: Any = None
    for row in rows:
        if current is None or row[0] != current[0]:
            if len(batch) >= _BATCH:
                yield batch
                batch = []
            current = (*row[:8], [])
            batch.append(current)
        if any(value is not None for value in row[8:]):
            current[8].append(tuple(row[8:]))
    if batch:
        yield batch


def _insert_records(conn: Connection, records: list[DocumentRecord], *, raw: bool) -> None:
    if raw:  # SQLite, ids as stored already: straight to the driver
        conn.exec_driver_sql(
            "INSERT INTO search_document (card_id, source, sha256, page_index, body) VALUES (?, ?, ?, ?, ?)", records
        )
        return
    names = ("card_id", "source", "sha256", "page_index", "body")
    _insert(conn, [dict(zip(names, record, strict=True)) for record in records])


def _index_cards(
    conn: Connection, rows: Iterable[Sequence[Any]], *, raw: bool, with_pages: bool, cards_to_index: int,
) -> tuple[int, int, int]:
    """Cards (rows of ``_card_stream``) and their recognised pages into documents, batch after batch.
    With many cards the texts are made and folded by worker processes (both cores) while this one
    reads the next batch and writes the previous one."""
    cards = documents = 0
    pages: set[tuple[Any, str, int]] = set()
    pending: deque[Future[list[DocumentRecord]]] = deque()
    many = cards_to_index >= _PARALLEL_FROM
    pool = ProcessPoolExecutor(_FOLDERS, mp_context=multiprocessing.get_context("spawn")) if many else None
    try:
        for batch in _card_batches(rows):
            page_rows: list[PageRecord] = []
            if with_pages:
                found = conn.execute(
                    _pages_of_copies(raw).where(_id(ElectronicCopy.card_id, raw).in_([c[0] for c in batch]))
                    .order_by(ElectronicCopy.card_id, PageText.sha256, PageText.page_index)
                )
                page_rows = [(r[0], r[1], r[2], r[3]) for r in found]
                pages.update((r[0], r[1], r[2]) for r in page_rows)
            if pool is None:
                done: Future[list[DocumentRecord]] = Future()
                done.set_result(index_documents(batch, page_rows, DOC_TOKENS))
                pending.append(done)
            else:
                pending.append(pool.submit(index_documents, batch, page_rows, DOC_TOKENS))
            cards += len(batch)
            while pending and (len(pending) > 2 * _FOLDERS or pending[0].done()):
                records = pending.popleft().result()
                _insert_records(conn, records, raw=raw)
                documents += len(records)
        while pending:
            records = pending.popleft().result()
            _insert_records(conn, records, raw=raw)
            documents += len(records)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return cards, len(pages), documents


@contextmanager
def _bulk(conn: Connection, *, everything: bool) -> Iterator[None]:
    """Many documents at once. On SQLite the per-row triggers are set aside and FTS5 indexes the new
    rows in one statement afterwards (three times faster); on PostgreSQL the GIN index is dropped
    and built again when everything is rewritten. All inside the caller's transaction."""
    if conn.dialect.name == "sqlite":
        triggers = conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_document'"
        )).all()
        for name, _ in triggers:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        before = conn.scalar(select(func.coalesce(func.max(SearchDocument.doc_id), 0)))
        if everything:
            conn.execute(delete(SearchDocument))
        yield
        # No incremental merging while loading, one full merge after: faster, and the merged index
        # (one segment) answers faster too.
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 0)")
        if everything:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        else:
            conn.execute(
                text(f"INSERT INTO {FTS_TABLE}(rowid, body) SELECT doc_id, body FROM search_document WHERE doc_id > :before"),
                {"before": before},
            )
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', {_FTS_AUTOMERGE})")
        for _, sql in triggers:
            conn.exec_driver_sql(sql)
        return
    if not everything:
        yield
        return
    definition = conn.scalar(
        text("SELECT indexdef FROM pg_indexes WHERE indexname = :name AND schemaname = current_schema()"),
        {"name": VECTOR_INDEX},
    )
    if definition:
        conn.exec_driver_sql(f"DROP INDEX {VECTOR_INDEX}")
    conn.exec_driver_sql("TRUNCATE search_document RESTART IDENTITY")
    yield
    if definition:
        conn.exec_driver_sql(definition)


def index_unindexed_cards(conn: Connection, *, with_pages: bool = False) -> int:
    """Cards that have no document yet (a demo load; with their recognised pages after a first
    pull), in bulk."""
    raw = conn.dialect.name == "sqlite"
    without_document = ~exists().where(SearchDocument.card_id == CardRow.id, SearchDocument.source == CARD)
    count = int(conn.scalar(select(func.count()).select_from(CardRow).where(without_document)) or 0)
    if not count:
        return 0
    with _bulk(conn, everything=False):
        result = conn.execute(_card_stream(raw).where(without_document),
                              execution_options={"stream_results": True, "yield_per": _BATCH})
        cards, _, _ = _index_cards(conn, result, raw=raw, with_pages=with_pages, cards_to_index=count)
    return cards


def reindex_cards(conn: Connection, card_ids: Sequence[Any]) -> int:
    """The documents of these cards (with their recognised pages) made again, in this process (a
    synced batch: too few cards for worker processes)."""
    raw = conn.dialect.name == "sqlite"
    conn.execute(delete(SearchDocument).where(SearchDocument.card_id.in_(card_ids)))
    done = 0
    for batch in _card_batches(conn.execute(_card_stream(raw).where(CardRow.id.in_(card_ids)))):
        found = conn.execute(
            _pages_of_copies(raw).where(_id(ElectronicCopy.card_id, raw).in_([c[0] for c in batch]))
            .order_by(ElectronicCopy.card_id, PageText.sha256, PageText.page_index)
        )
        page_rows = [(r[0], r[1], r[2], r[3]) for r in found]
        _insert_records(conn, index_documents(batch, page_rows, DOC_TOKENS), raw=raw)
        done += len(batch)
    return done


def rebuild_documents(conn: Connection) -> tuple[int, int, int]:
    """Every document made again from the cards and the recognised pages, in registration order
    (which the ranking window follows). Returns (cards, pages, documents)."""
    raw = conn.dialect.name == "sqlite"
    with _bulk(conn, everything=True):
        count = int(conn.scalar(select(func.count()).select_from(CardRow)) or 0)
        result = conn.execute(_card_stream(raw), execution_options={"stream_results": True, "yield_per": _BATCH})
        return _index_cards(conn, result, raw=raw, with_pages=True, cards_to_index=count)


# --- checking --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexCounts:
    documents: int
    cards: int
    page_keys: int
    cards_missing: int
    pages_missing: int
    pages_stale: int
    engine_problem: str | None


def check(conn: Connection) -> IndexCounts:
    """Documents against what they should be, and the backend's own view of its index."""
    keys = (
        _pages_of_copies(False).with_only_columns(ElectronicCopy.card_id, PageText.sha256, PageText.page_index)
        .distinct().subquery()
    )
    page_doc = and_(SearchDocument.card_id == keys.c.card_id, SearchDocument.sha256 == keys.c.sha256,
                    SearchDocument.page_index == keys.c.page_index, SearchDocument.source == PAGE)
    stale = ~exists().where(
        ElectronicCopy.card_id == SearchDocument.card_id, ElectronicCopy.sha256 == SearchDocument.sha256,
        PageText.sha256 == ElectronicCopy.sha256, PageText.page_index == SearchDocument.page_index,
    )
    problem = None
    if conn.dialect.name == "sqlite":
        try:  # rank 1: also compares the index with the content table
            with conn.begin_nested():
                conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except DatabaseError as exc:
            problem = f"FTS5 integrity-check: {str(exc.orig).strip() or exc}"
    else:
        unindexed = conn.scalar(
            text("SELECT count(*) FROM search_document WHERE body <> '' AND vector = ''::tsvector")
        )
        if unindexed:
            problem = f"{unindexed} documents have text but an empty vector"
    return IndexCounts(
        documents=int(conn.scalar(select(func.count()).select_from(SearchDocument)) or 0),
        cards=int(conn.scalar(select(func.count()).select_from(CardRow)) or 0),
        page_keys=int(conn.scalar(select(func.count()).select_from(keys)) or 0),
        cards_missing=int(conn.scalar(select(func.count()).select_from(CardRow).where(
            ~exists().where(SearchDocument.card_id == CardRow.id, SearchDocument.source == CARD))) or 0),
        pages_missing=int(conn.scalar(select(func.count()).select_from(keys).where(~exists().where(page_doc))) or 0),
        pages_stale=int(conn.scalar(select(func.count()).select_from(SearchDocument).where(
            SearchDocument.source == PAGE, stale)) or 0),
        engine_problem=problem,
    )


# --- searching -----------------------------------------------------------------------------------

# The newest WINDOW matching documents below :before, best first. The rank is computed for the
# window only (PostgreSQL: in the outer query, after the LIMIT).
_SQLITE_HITS = f"""
SELECT doc_id, score FROM (
    SELECT rowid AS doc_id, -bm25({FTS_TABLE}) AS score FROM {FTS_TABLE}
    WHERE {FTS_TABLE} MATCH :match AND rowid < :before ORDER BY rowid DESC LIMIT :window
) ORDER BY score DESC, doc_id DESC
"""
_POSTGRESQL_HITS = """
SELECT w.doc_id, ts_rank_cd(d.vector, CAST(:match AS tsquery)) AS score
FROM (SELECT doc_id FROM search_document WHERE vector @@ CAST(:match AS tsquery) AND doc_id < :before
      ORDER BY doc_id DESC LIMIT :window) AS w
JOIN search_document AS d ON d.doc_id = w.doc_id
ORDER BY score DESC, w.doc_id DESC
"""
_FIRST_CHUNK_PER_CARD = 4  # documents looked at per card wanted, at first (a card has a few documents)
_LARGEST_CHUNK = 2_000


@dataclass(frozen=True)
class RawHit:
    card_id: uuid.UUID
    score: float
    doc_id: int
    registered_at: datetime


def _cards_statement(conditions: Sequence[ColumnElement[bool]]) -> Any:
    """The card of each of the documents ``doc_ids``, if it passes the filters (conditions on the
    card, ``storage.repositories.card_search``)."""
    return (
        select(SearchDocument.doc_id, SearchDocument.card_id, CardRow.registered_at)
        .join(CardRow, CardRow.id == SearchDocument.card_id)
        .where(SearchDocument.doc_id.in_(bindparam("doc_ids", expanding=True)), *conditions)
    )


_UNFILTERED = _cards_statement(())  # built once: building it costs more than running it


def search(
    session: Session, query: ParsedQuery, conditions: Sequence[ColumnElement[bool]], *, limit: int,
    months: Sequence[str] = (),
) -> list[RawHit]:
    """The ``limit`` best cards matching ``query`` and the filters, each once with its best document.

    The matching documents are taken a window at a time, newest first, and read best first in
    chunks; only the documents read are looked up and filtered, so a filter that most cards pass
    costs a few lookups, and a strict one reads on into older windows until enough cards pass."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    hits_sql = text(_POSTGRESQL_HITS if postgresql else _SQLITE_HITS)
    match = tsquery_literal(query, months) if postgresql else fts5_match(query, months)
    if not postgresql:  # without statistics SQLite would drive the join from a filter's index (all
        # the cards of a journal) instead of from the few documents: likely() keeps filters out of index choice
        conditions = [func.likely(condition) for condition in conditions]
    cards = _cards_statement(conditions) if conditions else _UNFILTERED
    found: dict[uuid.UUID, RawHit] = {}
    before = 2**62
    chunk = max(_FIRST_CHUNK_PER_CARD * limit, 200)
    while True:
        window = session.execute(hits_sql, {"match": match, "before": before, "window": WINDOW})
        read, lowest = 0, before
        while len(found) < limit:
            rows = window.fetchmany(chunk)
            if not rows:
                break
            read += len(rows)
            lowest = min(lowest, min(doc_id for doc_id, _ in rows))
            score_of = {doc_id: float(score) for doc_id, score in rows}
            passed = session.execute(cards, {"doc_ids": list(score_of)}).all()
            for doc_id, card_id, registered_at in sorted(passed, key=lambda r: (-score_of[r.doc_id], -r.doc_id)):
                if card_id not in found:  # read best first: a card's first document is its best
                    found[card_id] = RawHit(card_id, score_of[doc_id], doc_id, registered_at)
            chunk = min(2 * chunk, _LARGEST_CHUNK)
        window.close()
        if len(found) >= limit or read < WINDOW:
            break
        before = lowest  # the whole window was read and the filters left too few: older documents
    ordered = sorted(found.values(), key=lambda h: (h.score, h.registered_at, h.card_id), reverse=True)
    return ordered[:limit]


def first_registration(session: Session) -> datetime | None:
    return session.scalar(select(func.min(CardRow.registered_at)))


def card_by_number(
    session: Session, number: str, conditions: Sequence[ColumnElement[bool]]
) -> tuple[uuid.UUID, datetime] | None:
    row = session.execute(select(CardRow.id, CardRow.registered_at).where(CardRow.number == number, *conditions)).first()
    return None if row is None else (row.id, row.registered_at)


@dataclass(frozen=True)
class HitSource:
    """What a hit's snippet is cut from, and the card's fields shown with it."""

    number: str
    summary: str
    text: str  # the card's searchable text, or the page's recognised text
    source: str
    sha256: str | None = None
    page_index: int | None = None


def hit_sources(session: Session, hits: Sequence[tuple[uuid.UUID, int | None]]) -> dict[uuid.UUID, HitSource]:
    """For (card id, best document id) pairs: the card's text, or for page hits the page's text."""
    if not hits:
        return {}
    conn = session.connection()
    card_rows = conn.execute(_card_fields().where(CardRow.id.in_([card_id for card_id, _ in hits]))).all()
    fields = {r.id: r for r in card_rows}
    doc_ids = [doc_id for _, doc_id in hits if doc_id is not None]
    pages: dict[int, tuple[str, int, str]] = {}
    if doc_ids:
        rows = conn.execute(
            select(SearchDocument.doc_id, PageText.sha256, PageText.page_index, PageText.text)
            .join(PageText, and_(PageText.sha256 == SearchDocument.sha256, PageText.page_index == SearchDocument.page_index))
            .where(SearchDocument.doc_id.in_(doc_ids), SearchDocument.source == PAGE)
        )
        pages = {r.doc_id: (r.sha256, r.page_index, r.text) for r in rows}
    # the card's whole text only where the snippet is cut from it
    texts = card_texts(conn, [fields[card_id] for card_id, doc_id in hits if doc_id not in pages])
    result = {}
    for card_id, doc_id in hits:
        card = fields[card_id]
        page = pages.get(doc_id) if doc_id is not None else None
        if page is None:
            result[card_id] = HitSource(card.number, card.summary, texts[card_id], CARD)
        else:
            result[card_id] = HitSource(card.number, card.summary, page[2], PAGE, page[0], page[1])
    return result
