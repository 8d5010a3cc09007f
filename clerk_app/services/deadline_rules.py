"""The body's deadline rules: which legal period applies to an appeal, and when it runs out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from clerk_app.domain.accounts import Permission
from clerk_app.domain.calendar import MAX_PERIOD_DAYS, Deadline, PeriodUnit, compute_due
from clerk_app.domain.deadline_rules import DEFAULT_RULES, DeadlineRule
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import FieldIssue, NotFoundError, ValidationError
from clerk_app.services.calendar import CalendarService
from clerk_app.services.context import Actor, require
from clerk_app.timeutil import to_astana
from storage.repositories import deadline_rules as rule_repo
from storage.store import Store


@dataclass
class DeadlineRuleService:
    store: Store

    def rules(self) -> list[DeadlineRule]:
        with self.store.read() as session:
            return rule_repo.all_rules(session)

    def set_period(self, code: str, amount: int, unit: PeriodUnit, *, actor: Actor | None = None) -> DeadlineRule:
        require(actor, Permission.SETTINGS)
        if not period_allowed(amount, unit):
            raise ValidationError([FieldIssue("amount", "field.out_of_range", "must be a positive period under ten years")])
        with self.store.write() as session:
            row = rule_repo.rule_row(session, code)
            if row is None:
                raise NotFoundError(f"no deadline rule {code!r}", code="deadline_rule.unknown")
            row.amount, row.unit, row.is_default = amount, unit.value, False
        return next(r for r in self.rules() if r.code == code)

    def rule_for_kind(self, kind: AppealKind) -> DeadlineRule | None:
        return next((r for r in self.rules() if kind in r.applies_to_kinds), None)

    def due_for(self, kind: AppealKind, registered_at: datetime) -> tuple[DeadlineRule, Deadline] | None:
        """The period that applies to an appeal of this kind, counted from its registration day
        (Astana date)."""
        rule = self.rule_for_kind(kind)
        if rule is None:
            return None
        start = to_astana(registered_at) if rule.unit is PeriodUnit.HOURS else to_astana(registered_at).date()
        return rule, compute_due(start, rule.amount, rule.unit, CalendarService(self.store).calendar())

    def update_periods(self, changes: Sequence[PeriodChange], *, actor: Actor | None = None) -> list[DeadlineRule]:
        """Several rules' periods at once (the settings screen's Apply), in one transaction; every
        bad amount is named by ``rules.<code>.amount``. A period equal to the shipped one counts as
        the default again."""
        require(actor, Permission.SETTINGS)
        issues = [
            FieldIssue(f"rules.{c.code}.amount", "field.out_of_range", "must be a positive period under ten years")
            for c in changes
            if not period_allowed(c.amount, c.unit)
        ]
        if issues:
            raise ValidationError(issues)
        with self.store.write() as session:
            for change in changes:
                shipped = DEFAULT_BY_CODE.get(change.code)
                is_default = shipped is not None and (shipped.amount, shipped.unit) == (change.amount, change.unit)
                if not rule_repo.set_rule_period(session, change.code, change.amount, change.unit, is_default=is_default):
                    raise NotFoundError(f"no deadline rule {change.code!r}", code="deadline_rule.unknown")
        return self.rules()

    def restore_default(self, code: str, *, actor: Actor | None = None) -> DeadlineRule:
        """The shipped period of a rule back (docs/deadlines.md)."""
        require(actor, Permission.SETTINGS)
        shipped = DEFAULT_BY_CODE.get(code)
        if shipped is None:
            raise NotFoundError(f"no shipped deadline rule {code!r}", code="deadline_rule.unknown")
        self.update_periods([PeriodChange(code, shipped.amount, shipped.unit)])
        return next(r for r in self.rules() if r.code == code)


@dataclass(frozen=True)
class PeriodChange:
    code: str
    amount: int
    unit: PeriodUnit


DEFAULT_BY_CODE = {rule.code: rule for rule in DEFAULT_RULES}


def max_amount(unit: PeriodUnit) -> int:
    """Ten years: anything longer is a typo."""
    return MAX_PERIOD_DAYS * 24 if unit is PeriodUnit.HOURS else MAX_PERIOD_DAYS


def period_allowed(amount: int, unit: PeriodUnit) -> bool:
    return 0 < amount <= max_amount(unit)
