"""Retention periods per record type (R42) and the records whose period ran out, for destruction.

The periods are store settings an administrator edits (Settings → Retention); the due list is the
personal-data officer's, keyset-paged (a million cards page as fast as ten)."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.retention import (
    DuePage,
    RecordType,
    RetentionPolicy,
    check_years,
    start_before,
)
from clerk_app.errors import ClerkError, FieldIssue, ValidationError
from clerk_app.services import audit
from clerk_app.services.context import Actor, require
from clerk_app.timeutil import astana_today
from storage.repositories import retention as retention_repo
from storage.store import Store

MAX_PAGE = 1000


def _encode(moment: datetime, record_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(f"{moment.isoformat()}|{record_id}".encode()).decode()


def _decode(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        moment, record_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        parsed = datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            raise ValueError("naive")
        return parsed, uuid.UUID(record_id)
    except (ValueError, UnicodeError) as exc:
        raise ClerkError("the page cursor is not valid", code="cursor.bad") from exc


@dataclass
class RetentionService:
    store: Store

    def policy(self) -> RetentionPolicy:
        with self.store.read() as session:
            return retention_repo.policy(session)

    def save_policy(self, years: dict[str, object], actor: Actor) -> RetentionPolicy:
        """Sets the periods given (record type -> whole years); the others keep theirs. Audited:
        shortening a period makes records due for destruction sooner."""
        actor.require(Permission.SETTINGS)
        checked = check_years(years)
        with self.store.write() as session:
            before = retention_repo.policy(session)
            retention_repo.save_policy(session, checked)
            changed = {t.value: {"from": before.years_of(t), "to": v} for t, v in checked.items()
                       if before.years_of(t) != v}
            if changed:
                audit.record_in(session, actor, AuditRecord(
                    AuditAction.CHANGE, AuditObject.SETTINGS, "retention_years", frozenset(), {"retention_years": changed},
                ))
            return retention_repo.policy(session)

    def cutoff(self, record_type: RecordType, today: date | None = None) -> date:
        """Records of this type whose period started before this day are due."""
        return start_before(today or astana_today(), self.policy().years_of(record_type))

    def due_counts(self, *, today: date | None = None, actor: Actor | None = None) -> dict[RecordType, int]:
        require(actor, Permission.PD_DESTROY)
        today = today or astana_today()
        with self.store.read() as session:
            policy = retention_repo.policy(session)
            counts = {
                t: retention_repo.count_due_cards(session, t, start_before(today, policy.years_of(t)))
                for t in (RecordType.INCOMING, RecordType.OUTGOING)
            }
            counts[RecordType.INBOX] = retention_repo.count_due_inbox(
                session, start_before(today, policy.years_of(RecordType.INBOX))
            )
        return counts

    def due(
        self, record_type: RecordType, *, today: date | None = None, cursor: str | None = None, limit: int = 100,
        actor: Actor | None = None,
    ) -> DuePage:
        """Records of one type due for destruction, oldest first, keyset-paged."""
        require(actor, Permission.PD_DESTROY)
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError([FieldIssue("limit", "field.out_of_range", f"must be between 1 and {MAX_PAGE}")])
        today = today or astana_today()
        after = _decode(cursor) if cursor else None
        with self.store.read() as session:
            cutoff = start_before(today, retention_repo.policy(session).years_of(record_type))
            if record_type is RecordType.INBOX:
                records = retention_repo.due_inbox(session, cutoff, after, limit)
            else:
                records = retention_repo.due_cards(session, record_type, cutoff, after, limit)
        next_cursor = _encode(records[-1].registered_at, records[-1].id) if len(records) == limit else None
        return DuePage(tuple(records), next_cursor)

