"""Reference lists: pre-trial settlement bodies (cl. 8, R19), respondents and staff (executors)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clerk_app.domain import identifiers
from clerk_app.domain.cards import Respondent, SettlementBody, StaffMember
from clerk_app.domain.drafts import parse_reference
from clerk_app.domain.enums import SettlementBodyType
from clerk_app.errors import FieldIssue, ValidationError
from storage.models import SettlementBody as BodyRow
from storage.models import StaffMember as StaffRow
from storage.repositories import references as reference_repo
from storage.repositories import respondents as respondent_repo
from storage.store import Store

BODY_FIELDS = {"name": True, "body_type": True, "bin": False, "address": False, "phone": False, "email": False}
STAFF_FIELDS = {"full_name": True, "position": False, "email": False, "phone": False}


@dataclass
class ReferenceService:
    store: Store

    def add_settlement_body(self, data: Mapping[str, Any]) -> SettlementBody:
        """R19 says the list comes from the authorized body: it is imported (later synced), one
        entry per BIN."""
        values = parse_reference(data, BODY_FIELDS, choices={"body_type": SettlementBodyType})
        if values.get("bin") and identifiers.bin_problem(values["bin"]) is not None:
            raise ValidationError([FieldIssue("bin", "id.check_digit", "is not a valid BIN")])
        with self.store.write() as session:
            if values.get("bin") and reference_repo.body_by_bin(session, values["bin"]) is not None:
                raise ValidationError([FieldIssue("bin", "reference.exists", "a body with this BIN is listed already")])
            return reference_repo.add_body(session, BodyRow(**values))

    def settlement_bodies(self) -> list[SettlementBody]:
        with self.store.read() as session:
            return reference_repo.list_bodies(session)

    def add_staff_member(self, data: Mapping[str, Any]) -> StaffMember:
        values = parse_reference(data, STAFF_FIELDS, choices={})
        with self.store.write() as session:
            return reference_repo.add_staff(session, StaffRow(is_active=True, **values))

    def staff(self, *, active_only: bool = True) -> list[StaffMember]:
        with self.store.read() as session:
            return reference_repo.list_staff(session, active_only=active_only)

    def find_respondents(self, text: str, limit: int = 20) -> list[Respondent]:
        """For pick-lists and autocompletion: by BIN/IIN prefix or a part of the name."""
        with self.store.read() as session:
            return respondent_repo.search_respondents(session, text[:200], limit=min(max(limit, 1), 200))
