"""Attribute search in SQL: a ``CardQuery`` becomes WHERE conditions over the card, its applicants,
its respondent and its control state, served by the indexes (see the card models).

The list is the newest cards first, one page at a time. A criterion can be met by a few cards (an
IIN, a rare surname) or by a great many (a common surname prefix, an executor, a wide amount
range), and the best plan differs: a **selective** criterion should drive the query ("id IN
(subquery)": read its few cards by index, sort them), a **dense** one should be checked row by row
while the newest cards are read in order ("EXISTS": stops after one page). Query planners guess
this badly for prefixes and ranges (SQLite has no histograms), so each such criterion is measured
first with a capped count: at most ``DENSE_FROM`` index entries, well under a millisecond."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, exists, false, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from clerk_app.domain.card_query import CardQuery, name_prefix_key
from clerk_app.domain.money import to_tiyn
from clerk_app.timeutil import ASTANA
from storage.models import Card as CardRow
from storage.models import CardApplicant, CardControl, CardExecutor
from storage.models import Journal as JournalModel
from storage.models import Respondent as RespondentRow
from storage.repositories.respondents import name_key as respondent_name_key

_LAST_CHARACTER = "\U0010ffff"
# With this many matches or more, reading the newest cards in order finds a page within about
# (cards / DENSE_FROM) x 50 rows; with fewer, sorting the matches is cheaper.
DENSE_FROM = 3000


def prefix_condition(column: InstrumentedAttribute[Any], prefix: str, dialect: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form each backend answers from a b-tree index:
    SQLite compares bytes (a range); PostgreSQL uses LIKE with pattern ops (any collation)."""
    if dialect == "sqlite":
        return (column >= prefix) & (column < prefix + _LAST_CHARACTER)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(escaped + "%", escape="\\")


def _astana_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), ASTANA).astimezone(UTC)


def _is_dense(session: Session, matches: Select[Any]) -> bool:
    capped = matches.limit(DENSE_FROM).subquery()
    return int(session.scalar(select(func.count()).select_from(capped)) or 0) >= DENSE_FROM


def conditions(session: Session, query: CardQuery, *, today: date) -> list[ColumnElement[bool]]:
    dialect = session.get_bind().dialect.name
    where: list[ColumnElement[bool]] = []
    if query.number is not None:
        where.append(CardRow.number == query.number.strip())
    if query.number_prefix:
        prefix = query.number_prefix.strip()
        by_index = prefix_condition(CardRow.number, prefix, dialect)
        dense = _is_dense(session, select(CardRow.number).where(by_index))
        where.append(func.substr(CardRow.number, 1, len(prefix)) == prefix if dense else by_index)
    if query.registered_from is not None:
        where.append(CardRow.registered_at >= _astana_midnight(query.registered_from))
    if query.registered_to is not None:
        where.append(CardRow.registered_at < _astana_midnight(query.registered_to + timedelta(days=1)))
    if query.direction is not None:
        where.append(CardRow.direction == query.direction.value)
    if query.journal is not None:
        where.append(CardRow.journal_id == select(JournalModel.id).where(JournalModel.code == query.journal).scalar_subquery())
    for column, value in (
        (CardRow.channel, query.channel), (CardRow.kind, query.kind), (CardRow.appeal_type, query.type),
    ):
        if value is not None:
            where.append(column == value.value)
    control = aliased(CardControl)  # the row list joins card_control too: this one is the subquery's own
    if query.status is not None:  # dense: every card has a status
        where.append(exists().where(control.card_id == CardRow.id, control.status == query.status.value))
    if query.overdue:
        where.append(exists().where(control.card_id == CardRow.id, control.open_due_on < today))
    if query.executor_id is not None:
        mine = select(CardExecutor.card_id).where(CardExecutor.staff_member_id == query.executor_id)
        if _is_dense(session, mine):
            executor = aliased(CardExecutor)
            where.append(exists().where(executor.card_id == CardRow.id, executor.staff_member_id == query.executor_id))
        else:
            where.append(CardRow.id.in_(mine))
    if query.applicant_name:
        key = name_prefix_key(query.applicant_name)
        if not key:  # no letter or digit in it: no name starts with it
            where.append(false())
        else:
            where.append(_name_condition(session, key, dialect))
    if query.applicant_iin is not None:  # an IIN is one person's: always selective
        where.append(CardRow.id.in_(select(CardApplicant.card_id).where(CardApplicant.iin == query.applicant_iin)))
    if query.respondent_name:
        part = respondent_name_key(query.respondent_name)
        respondents = select(RespondentRow.id).where(RespondentRow.name_key.contains(part, autoescape=True))
        if _is_dense(session, select(CardRow.id).where(CardRow.respondent_id.in_(respondents))):
            respondent = aliased(RespondentRow)
            where.append(
                exists().where(respondent.id == CardRow.respondent_id, respondent.name_key.contains(part, autoescape=True))
            )
        else:
            where.append(CardRow.respondent_id.in_(respondents))
    if query.respondent_bin is not None:
        where.append(
            CardRow.respondent_id.in_(select(RespondentRow.id).where(RespondentRow.bin_or_iin == query.respondent_bin))
        )
    if query.amount_min is not None or query.amount_max is not None:
        where.append(_amount_condition(session, query))
    if query.court_matter is not None:
        where.append(CardRow.is_court_matter.is_(query.court_matter))
    return where


def _name_condition(session: Session, key: str, dialect: str) -> ColumnElement[bool]:
    in_range = prefix_condition(CardApplicant.name_key, key, dialect)
    if _is_dense(session, select(CardApplicant.name_key).where(in_range)):
        applicant = aliased(CardApplicant)
        return exists().where(applicant.card_id == CardRow.id, prefix_condition(applicant.name_key, key, dialect))
    return CardRow.id.in_(select(CardApplicant.card_id).where(in_range))


def _amount_condition(session: Session, query: CardQuery) -> ColumnElement[bool]:
    low = to_tiyn(query.amount_min) if query.amount_min is not None else None
    high = to_tiyn(query.amount_max) if query.amount_max is not None else None

    def within(column: Any) -> ColumnElement[bool]:
        parts = [column >= low] if low is not None else []
        parts += [column <= high] if high is not None else []
        return parts[0] if len(parts) == 1 else parts[0] & parts[1]  # type: ignore[no-any-return]

    if _is_dense(session, select(CardRow.claimed_amount_tiyn).where(within(CardRow.claimed_amount_tiyn))):
        return within(CardRow.claimed_amount_tiyn + 0)  # "+ 0": checked per row, the amount index left alone
    return within(CardRow.claimed_amount_tiyn)
