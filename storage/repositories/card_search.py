"""Attribute search in SQL: a ``CardQuery`` becomes WHERE conditions over the card, its applicants,
its respondent and its control state, served by the indexes (see the card models).

The list is the newest cards first, one page at a time. A criterion can be met by a few cards (an
IIN, a rare surname) or by a great many (a common surname prefix, an executor, a wide amount
range), and the best plan differs: a **selective** criterion should drive the query ("id IN
(subquery)": read its few cards by index, sort them), a **dense** one should be checked row by row
while the newest cards are read in order ("EXISTS": stops after one page). Query planners guess
this badly for prefixes and ranges (SQLite has no histograms), so each such criterion is measured
first with a capped count: at most ``DENSE_FROM`` index entries, well under a millisecond.

An applicant-name prefix is the criterion clerks type most, and a short one (three letters) matches
thousands of cards. Unless another criterion is selective, the name drives the list itself: its
index holds each applicant's registration time, so the newest candidates come from the index alone,
a chunk at a time, and the other criteria are checked on those cards only (``find_rows``)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, exists, false, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from clerk_app.domain.card_query import CardQuery, name_prefix_key
from clerk_app.domain.cards import JournalRow
from clerk_app.domain.money import to_tiyn
from clerk_app.timeutil import ASTANA
from storage.models import Card as CardRow
from storage.models import CardApplicant, CardControl, CardExecutor
from storage.models import Journal as JournalModel
from storage.models import Respondent as RespondentRow
from storage.repositories.cards import card_rows
from storage.repositories.respondents import name_key as respondent_name_key

_LAST_CHARACTER = "\U0010ffff"
# With this many matches or more, reading the newest cards in order finds a page within about
# (cards / DENSE_FROM) x 50 rows; with fewer, sorting the matches is cheaper.
DENSE_FROM = 3000
# Subqueries' own names for tables the row list joins too (made once: an alias is costly to build).
_CONTROL, _EXECUTOR = aliased(CardControl), aliased(CardExecutor)
_RESPONDENT, _APPLICANT = aliased(RespondentRow), aliased(CardApplicant)
# A name-driven list checks the newest 256 candidates, then 2,048, ... while the other criteria
# reject most of them (each chunk includes the one before: 1/7 more work, no boundary to find).
FIRST_NAME_CHUNK = 256
NAME_CHUNK_GROWTH = 8


def prefix_condition(column: InstrumentedAttribute[Any], prefix: str, dialect: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form each backend answers from a b-tree index:
    SQLite compares bytes (a range); PostgreSQL uses LIKE, which an index with text_pattern_ops
    (the number) or on a "C"-collated column (the applicants' name keys) serves."""
    if dialect == "sqlite":
        return (column >= prefix) & (column < prefix + _LAST_CHARACTER)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(escaped + "%", escape="\\")


def _astana_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), ASTANA).astimezone(UTC)


def _capped_count(session: Session, matches: Select[Any], cap: int) -> int:
    """How many rows ``matches`` has, counting no further than ``cap``."""
    capped = matches.limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(capped)) or 0)


def _is_dense(session: Session, matches: Select[Any]) -> bool:
    return _capped_count(session, matches, DENSE_FROM) >= DENSE_FROM


def conditions(session: Session, query: CardQuery, *, today: date) -> list[ColumnElement[bool]]:
    """Every criterion as a condition on the card (a text search filters its hits with them)."""
    where, _ = _card_criteria(session, query, today=today)
    where += _registered_between(CardRow.registered_at, query)
    if query.applicant_name:
        where.append(_name_condition(session, query.applicant_name))
    return where


def find_rows(
    session: Session, query: CardQuery, *, today: date, after: tuple[datetime, uuid.UUID] | None, limit: int
) -> list[JournalRow]:
    """One page of the cards meeting the query, newest first, after the keyset cursor ``after``."""
    where, selective = _card_criteria(session, query, today=today)
    key = name_prefix_key(query.applicant_name) if query.applicant_name else ""
    if not key or selective:  # no name, or a selective criterion drives better than a name prefix
        where += _registered_between(CardRow.registered_at, query)
        if query.applicant_name:
            where.append(_name_condition(session, query.applicant_name))
        return card_rows(session, where, after, limit)
    return _rows_by_name(session, key, query, where, after, limit)


def _rows_by_name(
    session: Session, key: str, query: CardQuery, where: list[ColumnElement[bool]],
    after: tuple[datetime, uuid.UUID] | None, limit: int,
) -> list[JournalRow]:
    """The newest cards an applicant-name prefix matches that meet the other criteria: the newest
    ``chunk`` candidates come from the name index alone and are checked; while the page is not full
    and candidates remain, a larger chunk (the earlier one included) is checked, finally all of them."""
    dialect = session.get_bind().dialect.name
    named = [prefix_condition(CardApplicant.name_key, key, dialect), *_registered_between(CardApplicant.registered_at, query)]
    if after is not None:
        named.append(tuple_(CardApplicant.registered_at, CardApplicant.card_id) < tuple_(*after))
    chunk: int | None = FIRST_NAME_CHUNK
    while True:
        candidates = select(CardApplicant.card_id).where(*named)
        if chunk is not None:
            candidates = candidates.order_by(CardApplicant.registered_at.desc(), CardApplicant.card_id.desc()).limit(chunk)
        rows = card_rows(session, [*where, CardRow.id.in_(candidates)], after, limit)
        if len(rows) >= limit or chunk is None:
            return rows
        # Index entries, not cards (a collective appeal's applicants may all match): counting past
        # the next chunk's size is never needed.
        more = _capped_count(session, select(CardApplicant.card_id).where(*named), chunk * NAME_CHUNK_GROWTH + 1)
        if more <= chunk:  # this chunk held every candidate
            return rows
        chunk = chunk * NAME_CHUNK_GROWTH if more > chunk * NAME_CHUNK_GROWTH else None


def _registered_between(column: InstrumentedAttribute[datetime], query: CardQuery) -> list[ColumnElement[bool]]:
    where = []
    if query.registered_from is not None:
        where.append(column >= _astana_midnight(query.registered_from))
    if query.registered_to is not None:
        where.append(column < _astana_midnight(query.registered_to + timedelta(days=1)))
    return where


def _card_criteria(session: Session, query: CardQuery, *, today: date) -> tuple[list[ColumnElement[bool]], bool]:
    """Every criterion but the applicant name and the registration dates, as conditions on the
    card, and whether one of them is selective (few matching cards, read by an index and sorted).

    With a name, kind and journal are written so that no index of the card can serve them
    (``kind || ''``, a correlated journal lookup): they are checked on the cards the name or a
    selective criterion found. SQLite would otherwise read every card of the kind, newest first,
    looking each up among the name's candidates: 200 ms where the name's own index takes 5."""
    dialect = session.get_bind().dialect.name
    per_row = bool(query.applicant_name)
    where: list[ColumnElement[bool]] = []
    selective = query.number is not None or query.applicant_iin is not None or query.respondent_bin is not None
    if query.number is not None:
        where.append(CardRow.number == query.number.strip())
    if query.number_prefix:
        prefix = query.number_prefix.strip()
        by_index = prefix_condition(CardRow.number, prefix, dialect)
        dense = _is_dense(session, select(CardRow.number).where(by_index))
        selective |= not dense
        where.append(func.substr(CardRow.number, 1, len(prefix)) == prefix if dense else by_index)
    if query.direction is not None:
        where.append(CardRow.direction == query.direction.value)
    if query.journal is not None:
        journal = select(JournalModel.id).where(JournalModel.code == query.journal)
        where.append(
            exists(journal.where(JournalModel.id == CardRow.journal_id)) if per_row
            else CardRow.journal_id == journal.scalar_subquery()
        )
    if query.channel is not None:
        where.append(CardRow.channel == query.channel.value)
    if query.kind is not None:
        where.append((CardRow.kind + "" if per_row else CardRow.kind) == query.kind.value)
    if query.type is not None:
        where.append(CardRow.appeal_type == query.type.value)
    control = _CONTROL  # the row list joins card_control too: this one is the subquery's own
    if query.status is not None:  # dense: every card has a status
        where.append(exists().where(control.card_id == CardRow.id, control.status == query.status.value))
    if query.overdue:
        where.append(exists().where(control.card_id == CardRow.id, control.open_due_on < today))
    if query.executor_id is not None:
        mine = select(CardExecutor.card_id).where(CardExecutor.staff_member_id == query.executor_id)
        if _is_dense(session, mine):
            executor = _EXECUTOR
            where.append(exists().where(executor.card_id == CardRow.id, executor.staff_member_id == query.executor_id))
        else:
            selective = True
            where.append(CardRow.id.in_(mine))
    if query.applicant_iin is not None:  # an IIN is one person's: always selective
        where.append(CardRow.id.in_(select(CardApplicant.card_id).where(CardApplicant.iin == query.applicant_iin)))
    if query.respondent_name:
        part = respondent_name_key(query.respondent_name)
        respondents = select(RespondentRow.id).where(RespondentRow.name_key.contains(part, autoescape=True))
        if _is_dense(session, select(CardRow.id).where(CardRow.respondent_id.in_(respondents))):
            respondent = _RESPONDENT
            where.append(
                exists().where(respondent.id == CardRow.respondent_id, respondent.name_key.contains(part, autoescape=True))
            )
        else:
            selective = True
            where.append(CardRow.respondent_id.in_(respondents))
    if query.respondent_bin is not None:
        where.append(
            CardRow.respondent_id.in_(select(RespondentRow.id).where(RespondentRow.bin_or_iin == query.respondent_bin))
        )
    if query.amount_min is not None or query.amount_max is not None:
        amount, dense = _amount_condition(session, query)
        selective |= not dense
        where.append(amount)
    if query.court_matter is not None:
        where.append(CardRow.is_court_matter.is_(query.court_matter))
    return where, selective


def _name_condition(session: Session, name: str) -> ColumnElement[bool]:
    key = name_prefix_key(name)
    if not key:  # no letter or digit in it: no name starts with it
        return false()
    dialect = session.get_bind().dialect.name
    in_range = prefix_condition(CardApplicant.name_key, key, dialect)
    if _is_dense(session, select(CardApplicant.name_key).where(in_range)):
        applicant = _APPLICANT
        return exists().where(applicant.card_id == CardRow.id, prefix_condition(applicant.name_key, key, dialect))
    return CardRow.id.in_(select(CardApplicant.card_id).where(in_range))


def _amount_condition(session: Session, query: CardQuery) -> tuple[ColumnElement[bool], bool]:
    low = to_tiyn(query.amount_min) if query.amount_min is not None else None
    high = to_tiyn(query.amount_max) if query.amount_max is not None else None

    def within(column: Any) -> ColumnElement[bool]:
        parts = [column >= low] if low is not None else []
        parts += [column <= high] if high is not None else []
        return parts[0] if len(parts) == 1 else parts[0] & parts[1]  # type: ignore[no-any-return]

    if _is_dense(session, select(CardRow.claimed_amount_tiyn).where(within(CardRow.claimed_amount_tiyn))):
        return within(CardRow.claimed_amount_tiyn + 0), True  # "+ 0": checked per row, the amount index left alone
    return within(CardRow.claimed_amount_tiyn), False
