"""Attribute search in SQL: a ``CardQuery`` becomes WHERE conditions over the card, its applicants,
its respondent and its control state, served by the indexes (see the card models)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import exists, false, select
from sqlalchemy.orm import InstrumentedAttribute, Session
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


def prefix_condition(column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None], prefix: str, dialect: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form each backend answers from a b-tree index:
    SQLite compares bytes (a range); PostgreSQL uses LIKE with pattern ops (any collation)."""
    if dialect == "sqlite":
        return (column >= prefix) & (column < prefix + _LAST_CHARACTER)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(escaped + "%", escape="\\")


def _astana_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), ASTANA).astimezone(UTC)


def conditions(session: Session, query: CardQuery, *, today: date) -> list[ColumnElement[bool]]:
    dialect = session.get_bind().dialect.name
    where: list[ColumnElement[bool]] = []
    if query.number is not None:
        where.append(CardRow.number == query.number.strip())
    if query.number_prefix:
        where.append(prefix_condition(CardRow.number, query.number_prefix.strip(), dialect))
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
    if query.status is not None:
        where.append(CardControl.status == query.status.value)
    if query.overdue:
        where.append(CardControl.open_due_on < today)
    if query.executor_id is not None:
        where.append(
            exists().where(CardExecutor.card_id == CardRow.id, CardExecutor.staff_member_id == query.executor_id)
        )
    if query.applicant_name:
        key = name_prefix_key(query.applicant_name)
        where.append(
            exists().where(CardApplicant.card_id == CardRow.id, prefix_condition(CardApplicant.name_key, key, dialect))
            if key else false()  # no letter or digit in it: no name starts with it
        )
    if query.applicant_iin is not None:
        where.append(exists().where(CardApplicant.card_id == CardRow.id, CardApplicant.iin == query.applicant_iin))
    if query.respondent_name:
        part = respondent_name_key(query.respondent_name)
        where.append(
            CardRow.respondent_id.in_(select(RespondentRow.id).where(RespondentRow.name_key.contains(part, autoescape=True)))
        )
    if query.respondent_bin is not None:
        where.append(
            CardRow.respondent_id.in_(select(RespondentRow.id).where(RespondentRow.bin_or_iin == query.respondent_bin))
        )
    if query.amount_min is not None:
        where.append(CardRow.claimed_amount_tiyn >= to_tiyn(query.amount_min))
    if query.amount_max is not None:
        where.append(CardRow.claimed_amount_tiyn <= to_tiyn(query.amount_max))
    if query.court_matter is not None:
        where.append(CardRow.is_court_matter.is_(query.court_matter))
    return where
