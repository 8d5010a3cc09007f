"""Deadline rules kept in the store (seeded with the documented defaults)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.deadline_rules import DEFAULT_RULES, DeadlineRule
from clerk_app.domain.enums import AppealKind
from storage.models import DeadlineRule as RuleRow


def ensure_defaults(session: Session) -> None:
    """Adds missing default rules; never overwrites what the body changed."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    for rule in DEFAULT_RULES:
        session.execute(
            insert(RuleRow)
            .values(code=rule.code, amount=rule.amount, unit=rule.unit.value,
                    applies_to_kinds=",".join(k.value for k in rule.applies_to_kinds),
                    legal_source=rule.legal_source, is_default=True)
            .on_conflict_do_nothing(index_elements=["code"])
        )


def _to_domain(row: RuleRow) -> DeadlineRule:
    kinds = tuple(AppealKind(k) for k in row.applies_to_kinds.split(",") if k)
    return DeadlineRule(row.code, row.amount, PeriodUnit(row.unit), kinds, row.legal_source, row.is_default)


def all_rules(session: Session) -> list[DeadlineRule]:
    return [_to_domain(r) for r in session.scalars(select(RuleRow).order_by(RuleRow.code))]


def rule_row(session: Session, code: str) -> RuleRow | None:
    return session.get(RuleRow, code)


def set_rule_period(session: Session, code: str, amount: int, unit: PeriodUnit, *, is_default: bool) -> bool:
    """False when there is no such rule."""
    row = rule_row(session, code)
    if row is None:
        return False
    row.amount, row.unit, row.is_default = amount, unit.value, is_default
    return True
