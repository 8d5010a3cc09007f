"""A journal in either order, newest first (the default) or oldest first, paged by keyset in SQL:
the same tests on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, select, update

from clerk_app.domain.cards import JournalRow
from clerk_app.domain.journal_order import JournalOrder
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.models import Card, Journal

CARDS = 120  # about 90 incoming
NEWEST, OLDEST = JournalOrder.NEWEST, JournalOrder.OLDEST


@pytest.fixture
def journal(registry: Registry) -> Registry:
    """Demo cards, three of them registered in the very same microsecond: the card id breaks the
    tie, and a page boundary falls between them with the page size below."""
    registry.demo.generate(CARDS, seed=5, actor=Actor("test"))
    with registry.store.write() as session:
        incoming_id = session.scalar(select(Journal.id).where(Journal.code == "incoming"))
        ids = session.scalars(
            select(Card.id).where(Card.journal_id == incoming_id).order_by(Card.registered_at).limit(13)
        ).all()
        moment = session.scalar(select(Card.registered_at).where(Card.id == ids[10]))
        session.execute(update(Card).where(Card.id.in_(ids[10:13])).values(registered_at=moment))
    return registry


def walk(registry: Registry, *, limit: int, oldest_first: bool | None) -> list[JournalRow]:
    """Every row of the incoming journal, page after page by cursor."""
    flag: dict[str, Any] = {} if oldest_first is None else {"order": OLDEST if oldest_first else NEWEST}
    rows: list[JournalRow] = []
    cursor = None
    while True:
        page = registry.cards.journal_page("incoming", limit=limit, cursor=cursor, **flag)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            return rows


def keys(rows: list[JournalRow]) -> list[tuple[datetime, uuid.UUID]]:
    return [(row.registered_at, row.id) for row in rows]


def test_both_orders_page_through_the_whole_journal_in_key_order(journal: Registry) -> None:
    newest = walk(journal, limit=7, oldest_first=False)
    oldest = walk(journal, limit=7, oldest_first=True)

    assert len(newest) == len({row.id for row in newest}) > 80  # no card twice, none lost
    assert keys(newest) == sorted(keys(newest), reverse=True)
    assert keys(oldest) == sorted(keys(oldest))
    assert oldest == list(reversed(newest))
    # One big page gives the same order as the small pages stitched together by cursors.
    assert list(journal.cards.journal_page("incoming", limit=1000, order=OLDEST).rows) == oldest


def test_cards_of_the_same_moment_are_ordered_by_id_across_a_page_boundary(journal: Registry) -> None:
    oldest = walk(journal, limit=11, oldest_first=True)  # page 1 ends inside the three
    tied = oldest[10:13]
    assert len({row.registered_at for row in tied}) == 1
    assert [row.id for row in tied] == sorted(row.id for row in tied)
    assert walk(journal, limit=11, oldest_first=False)[-13:-10] == list(reversed(tied))


def test_the_default_order_is_still_newest_first(journal: Registry) -> None:
    assert walk(journal, limit=9, oldest_first=None) == walk(journal, limit=9, oldest_first=False)
    first = journal.cards.journal_page("incoming", limit=1).rows[0]
    assert first == max(walk(journal, limit=50, oldest_first=True), key=lambda row: (row.registered_at, row.id))


def test_the_first_oldest_page_starts_at_the_first_card(journal: Registry) -> None:
    everything = walk(journal, limit=1000, oldest_first=True)
    page = journal.cards.journal_page("incoming", limit=5, order=OLDEST)
    assert list(page.rows) == everything[:5]
    after = journal.cards.journal_page("incoming", limit=5, cursor=page.next_cursor, order=OLDEST)
    assert list(after.rows) == everything[5:10]


@pytest.fixture
def statements(journal: Registry) -> Iterator[list[tuple[str, Any]]]:
    """The SQL the store sends, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append((statement, parameters))

    engine = journal.store.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize("oldest_first", [False, True])
def test_each_order_is_read_from_the_journal_index_without_sorting(
    journal: Registry, statements: list[tuple[str, Any]], oldest_first: bool
) -> None:
    if not journal.store.is_sqlite:
        pytest.skip("PostgreSQL's planner scans a table this small sequentially; the plan is checked on SQLite")
    order = OLDEST if oldest_first else NEWEST
    first = journal.cards.journal_page("incoming", limit=20, order=order)
    journal.cards.journal_page("incoming", limit=20, cursor=first.next_cursor, order=order)
    pages = [(sql, params) for sql, params in statements if "ORDER BY" in sql and "LIMIT" in sql]
    assert len(pages) == 2
    with journal.store.read() as session:
        driver = session.connection().connection.driver_connection  # sqlite3, with the same "?" parameters
        assert driver is not None
        for sql, params in pages:
            plan = " | ".join(str(row[-1]) for row in driver.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            assert "ix_card_journal_id_registered_at" in plan, plan
            assert "TEMP B-TREE" not in plan, plan  # no sort step: the index gives the order


@pytest.mark.parametrize(
    ("order", "index"),
    [(JournalOrder.DUE, "ix_card_control_open_due_on"), (JournalOrder.CORRESPONDENT, "ix_card_applicant_name_key")],
)
def test_the_other_orders_are_read_from_their_own_index(
    journal: Registry, statements: list[tuple[str, Any]], order: JournalOrder, index: str
) -> None:
    """Not the journal index with every card sorted: on a million cards that took seconds a page."""
    if not journal.store.is_sqlite:
        pytest.skip("PostgreSQL's planner scans a table this small sequentially; the plan is checked on SQLite")
    journal.cards.journal_page("incoming", limit=20, order=order)
    pages = [(sql, params) for sql, params in statements if "ORDER BY" in sql and "LIMIT" in sql]
    with journal.store.read() as session:
        driver = session.connection().connection.driver_connection
        assert driver is not None
        sql, params = pages[0]
        plan = " | ".join(str(row[-1]) for row in driver.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert index in plan, plan
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan  # at most the right part, one due date's cards
