"""A journal in every order and with every quick filter, paged by keyset on SQLite and PostgreSQL,
equals an independent sort and filter of the whole journal in Python."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from clerk_app.domain.card_query import sortable
from clerk_app.domain.cards import JournalRow
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind
from clerk_app.domain.journal_order import NO_FILTER, ControlFilter, JournalFilter, JournalOrder
from clerk_app.domain.text_folding import tokens
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.control import SOON_DAYS
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today

FILTERS = [NO_FILTER, *(JournalFilter(control=c) for c in ControlFilter), JournalFilter(kind=AppealKind.SELLER_CLAIM),
           JournalFilter(control=ControlFilter.ON_CONTROL, kind=AppealKind.PRETRIAL_SETTLEMENT)]


@pytest.fixture
def demo(registry: Registry) -> Registry:
    registry.demo.generate(160, seed=11, actor=Actor("test"))
    return registry


def listed(registry: Registry, order: JournalOrder, quick_filter: JournalFilter, limit: int) -> list[JournalRow]:
    rows: list[JournalRow] = []
    cursor = None
    while True:
        page = registry.cards.journal_page("incoming", limit=limit, cursor=cursor, order=order, quick_filter=quick_filter)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            return rows


def matches(row: JournalRow, quick_filter: JournalFilter) -> bool:
    today = astana_today()
    if quick_filter.kind is not None and row.kind is not quick_filter.kind:
        return False
    due = row.due_on
    match quick_filter.control:
        case ControlFilter.ON_CONTROL:
            return due is not None
        case ControlFilter.OVERDUE:
            return due is not None and due < today
        case ControlFilter.DUE_SOON:
            return due is not None and today <= due <= today + timedelta(days=SOON_DAYS)
        case ControlFilter.CLOSED:
            return row.control_status is ControlStatus.REMOVED
    return True


def expected(newest_first: list[JournalRow], order: JournalOrder, quick_filter: JournalFilter) -> list[JournalRow]:
    rows = [row for row in newest_first if matches(row, quick_filter)]
    match order:
        case JournalOrder.NEWEST:
            return rows
        case JournalOrder.OLDEST:
            return rows[::-1]
        case JournalOrder.DUE:
            dated = sorted((r for r in rows if r.due_on is not None), key=lambda r: (r.due_on, r.registered_at, r.id))
            return dated + [r for r in rows if r.due_on is None]
        case JournalOrder.CORRESPONDENT:
            def key(row: JournalRow) -> str:
                return sortable(" ".join(tokens(row.correspondent)))

            named = sorted((r for r in rows if key(r)), key=lambda r: (key(r), r.registered_at, r.id))
            return named + [r for r in rows if not key(r)]


@pytest.mark.parametrize("order", list(JournalOrder))
def test_every_order_and_filter_pages_like_an_independent_sort(demo: Registry, order: JournalOrder) -> None:
    everything = listed(demo, JournalOrder.NEWEST, NO_FILTER, 1000)
    assert len(everything) > 100
    seen_some = 0
    for quick_filter in FILTERS:
        want = expected(everything, order, quick_filter)
        seen_some += bool(want)
        for limit in (3, 50):
            assert listed(demo, order, quick_filter, limit) == want, (quick_filter, limit)
    assert seen_some >= len(FILTERS) - 1  # the demo has cards of (nearly) every filter


def test_a_cursor_belongs_to_its_order_and_filter(demo: Registry) -> None:
    page = demo.cards.journal_page("incoming", limit=5, order=JournalOrder.DUE)
    assert page.next_cursor is not None
    with pytest.raises(ClerkError) as refused:
        demo.cards.journal_page("incoming", limit=5, cursor=page.next_cursor, order=JournalOrder.NEWEST)
    assert refused.value.code == "cursor.bad"
    with pytest.raises(ClerkError):
        demo.cards.journal_page(
            "incoming", limit=5, cursor=page.next_cursor, order=JournalOrder.DUE,
            quick_filter=JournalFilter(control=ControlFilter.OVERDUE),
        )
    with pytest.raises(ClerkError):
        demo.cards.journal_page("incoming", limit=5, cursor="not a cursor", order=JournalOrder.DUE)


def _forged(payload: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "payload",
    [
        [["due", "", ""], 0, [["u", 5]]],  # a number where an id belongs
        [["due", "", ""], 1, []],  # no key
        [["due", "", ""], 7, [["d", "2026-01-01"], ["t", "2026-01-01T00:00:00+00:00"], ["u", "0" * 32]]],
        [["due", "", ""], 0, [["s", "x"], ["t", "2026-01-01T00:00:00+00:00"], ["u", "0" * 32]]],
        [["newest", "", ""], 1, [["t", "2026-01-01T00:00:00+00:00"], ["u", "0" * 32]]],
        [["due", "", ""], 0, [["t", "2026-01-01T00:00:00+00:00"], ["t", "2026-01-01T00:00:00+00:00"], ["u", "0" * 32]]],
        "not a list",
    ],
)
def test_a_forged_cursor_is_refused_not_misread(registry: Registry, payload: object) -> None:
    order = JournalOrder(payload[0][0]) if isinstance(payload, list) else JournalOrder.DUE
    with pytest.raises(ClerkError) as refused:
        registry.cards.journal_page("incoming", limit=5, cursor=_forged(payload), order=order)
    assert refused.value.code == "cursor.bad"
