"""A journal's pages in the order and with the quick filter the clerk chose, by keyset over indexes.

By registration the journal index is read forwards or backwards. An order by a value that not every
card has reads in two parts: first the cards that have it, from that value's own index (the open
due dates' partial index; the applicants' name index), then the others newest first from the
journal index. The position where a page ended names its part, so that paging crosses from one part
to the other without a seam: no card is listed twice or skipped.

The ordered part starts from the index that gives the order: on SQLite the journal condition is
written so that the journal index cannot drive (the card table would drive otherwise, and sorting
half a million cards for one page of 200 takes seconds). One exception: an open-control filter that
few cards match (overdue, due soon) drives from the control index instead, and those few are sorted;
reading a whole order for the handful it keeps would take as long.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, tuple_
from sqlalchemy.orm import Session

from clerk_app.domain.cards import JournalRow
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.journal_order import ControlFilter, JournalFilter, JournalOrder
from storage.models import Card as CardRow
from storage.models import CardControl
from storage.models import Respondent as RespondentRow
from storage.repositories.cards import FIRST_APPLICANT, card_rows, journal_row, row_columns

ORDERED, REST = 0, 1  # the parts of a two-part order
# Open-control filters matching fewer cards than this are read from the control index and sorted.
SPARSE_BELOW = 5000


@dataclass(frozen=True)
class PagePosition:
    """Where a page ended: the part, and the last row's key in that part's order."""

    part: int
    key: tuple[Any, ...]


def journal_page(
    session: Session,
    journal_id: uuid.UUID,
    order: JournalOrder,
    quick_filter: JournalFilter,
    after: PagePosition | None,
    limit: int,
    *,
    today: date,
    soon_days: int,
) -> tuple[list[JournalRow], PagePosition | None]:
    """One page and where it ended (None when the journal has no more rows in this order)."""
    dialect = session.get_bind().dialect.name
    control = control_conditions(quick_filter, today, soon_days)
    filters = [*control, *([CardRow.kind == quick_filter.kind.value] if quick_filter.kind is not None else [])]
    if _sparse_open_filter(session, quick_filter, control):
        # The few matching cards drive; neither the journal nor the order's index may.
        open_cards = select(CardControl.card_id).where(*control)
        conditions = [_journal_is(journal_id, dialect, may_drive=False), CardRow.id.in_(open_cards), *filters]
        ordered_conditions = conditions
    else:
        conditions = [_journal_is(journal_id, dialect, may_drive=True), *filters]
        ordered_conditions = [_journal_is(journal_id, dialect, may_drive=False), *filters]
    if order.is_registration:
        listed = card_rows(
            session, conditions, _registration_key(after), limit, oldest_first=order is JournalOrder.OLDEST
        )
        return listed, (
            PagePosition(ORDERED, (listed[-1].registered_at, listed[-1].id)) if len(listed) == limit else None
        )

    rows: list[JournalRow] = []
    closed_by_due = order is JournalOrder.DUE and quick_filter.control is ControlFilter.CLOSED
    if (after is None or after.part == ORDERED) and not closed_by_due:  # a closed card has no open due date
        keyed = _ordered_part(session, order, ordered_conditions, after.key if after else None, limit)
        rows.extend(row for row, _ in keyed)
        if len(keyed) == limit:
            return rows, PagePosition(ORDERED, keyed[-1][1])
        after = None
    if not _rest_can_match(order, quick_filter):
        return rows, None
    wanted = limit - len(rows)
    rest = card_rows(session, [*conditions, _without_order_value(order)], _registration_key(after), wanted)
    rows.extend(rest)
    return rows, (PagePosition(REST, (rest[-1].registered_at, rest[-1].id)) if len(rest) == wanted else None)


def control_conditions(quick_filter: JournalFilter, today: date, soon_days: int) -> list[ColumnElement[bool]]:
    """The filter's conditions on card_control alone."""
    where: list[ColumnElement[bool]] = []
    match quick_filter.control:
        case ControlFilter.ON_CONTROL:
            where.append(CardControl.open_due_on.is_not(None))
        case ControlFilter.OVERDUE:
            where.append(CardControl.open_due_on < today)
        case ControlFilter.DUE_SOON:
            where.append(CardControl.open_due_on.between(today, today + timedelta(days=soon_days)))
        case ControlFilter.CLOSED:
            # Most cards end removed from control: written so that the status index never drives
            # (it would read them all and sort them).
            where.append(CardControl.status + "" == ControlStatus.REMOVED.value)
    return where


def _journal_is(journal_id: uuid.UUID, dialect: str, *, may_drive: bool) -> ColumnElement[bool]:
    if may_drive or dialect != "sqlite":
        return CardRow.journal_id == journal_id
    # SQLite's unary + keeps an index on the column out of the plan (PostgreSQL plans by statistics).
    return literal_column("+card.journal_id", type_=CardRow.__table__.c.journal_id.type) == journal_id


def _sparse_open_filter(session: Session, quick_filter: JournalFilter, control: list[ColumnElement[bool]]) -> bool:
    if quick_filter.control is None or not quick_filter.control.is_open:
        return False
    matching = select(CardControl.card_id).where(*control).limit(SPARSE_BELOW)
    return int(session.scalar(select(func.count()).select_from(matching.subquery())) or 0) < SPARSE_BELOW


def _registration_key(after: PagePosition | None) -> tuple[datetime, uuid.UUID] | None:
    return (after.key[0], after.key[1]) if after is not None else None


def _ordered_part(
    session: Session,
    order: JournalOrder,
    conditions: list[ColumnElement[bool]],
    after: tuple[Any, ...] | None,
    limit: int,
) -> list[tuple[JournalRow, tuple[Any, ...]]]:
    first = FIRST_APPLICANT
    query: Select[Any]
    key: tuple[Any, ...]
    if order is JournalOrder.DUE:
        # Soonest first; on the same day, the earlier registered first (it has waited longer).
        key = (CardControl.open_due_on, CardRow.registered_at, CardRow.id)
        query = (
            select(*row_columns())
            .select_from(CardControl)
            .join(CardRow, CardRow.id == CardControl.card_id)
            .outerjoin(first, and_(first.card_id == CardRow.id, first.position == 0))
            .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
            .where(CardControl.open_due_on.is_not(None))
        )
    else:
        # A to Z by the folded name (case and ё/е do not split a name); one name's cards oldest
        # first, in the order of the name index itself.
        key = (first.name_key, first.registered_at, first.card_id)
        query = (
            select(*row_columns())
            .select_from(first)
            .join(CardRow, CardRow.id == first.card_id)
            .outerjoin(RespondentRow, RespondentRow.id == CardRow.respondent_id)
            .outerjoin(CardControl, CardControl.card_id == CardRow.id)
            .where(first.position == 0, first.name_key.is_not(None))
        )
    query = query.where(*conditions).order_by(*key).limit(limit)
    if after is not None:
        query = query.where(tuple_(*key) > tuple_(*after))
    result = []
    for r in session.execute(query):
        row = journal_row(r)
        last = r.open_due_on if order is JournalOrder.DUE else r.name_key
        result.append((row, (last, r.registered_at, r.id)))
    return result


def _without_order_value(order: JournalOrder) -> ColumnElement[bool]:
    """The cards the ordered part does not list (the outer joins give them NULL)."""
    if order is JournalOrder.DUE:
        return CardControl.open_due_on.is_(None)
    return FIRST_APPLICANT.name_key.is_(None)


def _rest_can_match(order: JournalOrder, quick_filter: JournalFilter) -> bool:
    """Cards without a due date are never open: an open-control filter leaves them all out."""
    return not (order is JournalOrder.DUE and quick_filter.control is not None and quick_filter.control.is_open)
