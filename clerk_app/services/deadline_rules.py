"""The body's deadline rules: which legal period applies to an appeal, and when it runs out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clerk_app.domain.calendar import Deadline, PeriodUnit, compute_due
from clerk_app.domain.deadline_rules import DeadlineRule
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import FieldIssue, NotFoundError, ValidationError
from clerk_app.services.calendar import CalendarService
from clerk_app.timeutil import to_astana
from storage.repositories import deadline_rules as rule_repo
from storage.store import Store


@dataclass
class DeadlineRuleService:
    store: Store

    def rules(self) -> list[DeadlineRule]:
        with self.store.read() as session:
            return rule_repo.all_rules(session)

    def set_period(self, code: str, amount: int, unit: PeriodUnit) -> DeadlineRule:
        if not 0 < amount <= (24 * 3660 if unit is PeriodUnit.HOURS else 3660):
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
