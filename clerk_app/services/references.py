"""Reference lists: pre-trial settlement bodies (cl. 8, R19), respondents and staff (executors)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain import identifiers
from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import Respondent, SettlementBody, StaffMember
from clerk_app.domain.drafts import parse_reference
from clerk_app.domain.enums import SettlementBodyType
from clerk_app.errors import FieldIssue, NotFoundError, ValidationError
from clerk_app.services.context import Actor, require
from storage.models import SettlementBody as BodyRow
from storage.models import StaffMember as StaffRow
from storage.repositories import references as reference_repo
from storage.repositories import respondents as respondent_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

BODY_FIELDS = {"name": True, "body_type": True, "bin": False, "address": False, "phone": False, "email": False}
STAFF_FIELDS = {"full_name": True, "position": False, "email": False, "phone": False}


def own_body_in(session: Session) -> OwnBody | None:
    """This registry's own body, read in the caller's transaction."""
    own = settings_repo.get_setting(session, OWN_BODY_KEY) or {}
    row = reference_repo.body_row(session, uuid.UUID(own["id"])) if own.get("id") else None
    return None if row is None else OwnBody(reference_repo.body_to_domain(row), own.get("head"))


@dataclass
class ReferenceService:
    store: Store

    def add_settlement_body(self, data: Mapping[str, Any], *, actor: Actor | None = None) -> SettlementBody:
        """R19 says the list comes from the authorized body: it is imported (later synced), one
        entry per BIN."""
        require(actor, Permission.SETTINGS)
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

    def add_staff_member(self, data: Mapping[str, Any], *, actor: Actor | None = None) -> StaffMember:
        require(actor, Permission.SETTINGS)
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

    # --- the body this registry belongs to (the settings screen; the window title shows its name) ---

    def update_settlement_body(
        self, body_id: uuid.UUID, data: Mapping[str, Any], *, actor: Actor | None = None
    ) -> SettlementBody:
        """Every field of a listed body anew (a missing optional field is cleared)."""
        require(actor, Permission.SETTINGS)
        values = _body_values(data, BODY_FIELDS)
        with self.store.write() as session:
            row = reference_repo.body_row(session, body_id)
            if row is None:
                raise NotFoundError(f"no settlement body {body_id}", code="reference.not_found")
            _check_bin_free(session, values.get("bin"), row.id)
            return reference_repo.update_body(session, row, values)

    def own_body(self) -> OwnBody | None:
        """The pre-trial settlement body this registry belongs to, once it has been entered."""
        with self.store.read() as session:
            return own_body_in(session)

    def save_own_body(self, data: Mapping[str, Any], *, actor: Actor | None = None) -> OwnBody:
        """Enters or edits this registry's own body: the fields of a listed body and its head. A body
        already on the list with the same BIN becomes ours rather than listed twice."""
        require(actor, Permission.SETTINGS)
        values = _body_values(data, OWN_BODY_FIELDS)
        head = values.pop("head")
        with self.store.write() as session:
            own = settings_repo.get_setting(session, OWN_BODY_KEY) or {}
            row = reference_repo.body_row(session, uuid.UUID(own["id"])) if own.get("id") else None
            if row is None and values.get("bin"):
                row = reference_repo.body_by_bin(session, values["bin"])
            if row is None:
                body = reference_repo.add_body(session, BodyRow(**values))
            else:
                _check_bin_free(session, values.get("bin"), row.id)
                body = reference_repo.update_body(session, row, values)
            settings_repo.set_setting(session, OWN_BODY_KEY, {"id": str(body.id), "head": head})
            return OwnBody(body, head)


OWN_BODY_KEY = "own_settlement_body"  # store setting: {"id": the body's id, "head": its head}
OWN_BODY_FIELDS = {**BODY_FIELDS, "head": False}


@dataclass(frozen=True)
class OwnBody:
    """This registry's body. The head is kept beside the listed entry, in the store's settings:
    the list the authorized body publishes (R19) does not carry it."""

    body: SettlementBody
    head: str | None


def _body_values(data: Mapping[str, Any], fields: Mapping[str, bool]) -> dict[str, Any]:
    """Checked fields of a body; the BIN without the spaces people type, its problem named."""
    if isinstance(data, Mapping) and isinstance(data.get("bin"), str):
        data = {**data, "bin": identifiers.normalize(data["bin"])}
    values = parse_reference(data, fields, choices={"body_type": SettlementBodyType})
    problem = identifiers.bin_problem(values["bin"]) if values.get("bin") else None
    if problem is not None:
        raise ValidationError([FieldIssue("bin", problem.value, "is not a valid BIN")])
    return values


def _check_bin_free(session: Session, bin_number: str | None, own_id: uuid.UUID) -> None:
    other = reference_repo.body_by_bin(session, bin_number) if bin_number else None
    if other is not None and other.id != own_id:
        raise ValidationError([FieldIssue("bin", "reference.exists", "a body with this BIN is listed already")])
