"""Reading cards and journals, and editing a card with its history kept."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord, card_subjects
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.cards import Card, CardChange, JournalPage
from clerk_app.domain.drafts import parse_card_draft
from clerk_app.domain.journal_order import NO_FILTER, JournalFilter, JournalOrder
from clerk_app.errors import (
    ClerkError,
    ConflictError,
    FieldIssue,
    ImmutableFieldError,
    NotFoundError,
    ValidationError,
)
from clerk_app.serialization import card_editable_json, draft_editable_json
from clerk_app.services import audit, journal_cursor
from clerk_app.services.blocking import guard, mask
from clerk_app.services.context import Actor, parse_card_id, require, resolve_card
from clerk_app.services.control import SOON_DAYS
from clerk_app.timeutil import astana_today, utc_now
from storage.repositories import card_search, journal_pages
from storage.repositories import cards as card_repo
from storage.repositories import journals as journal_repo
from storage.repositories import respondents as respondent_repo
from storage.repositories import search as search_repo
from storage.repositories import settings as settings_repo
from storage.repositories.settings import STATION_CODE_KEY
from storage.store import Store

MAX_PAGE = 1000
IMMUTABLE_FIELDS = frozenset({"id", "number", "direction", "journal", "registered_at", "registered_by", "station"})


def encode_cursor(registered_at: datetime, card_id: uuid.UUID) -> str:
    raw = f"{registered_at.isoformat()}|{card_id.hex}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        moment, hex_id = raw.split("|")
        parsed = datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            raise ValueError("naive")
        return parsed, uuid.UUID(hex=hex_id)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ClerkError("the page cursor is not valid; start from the first page", code="cursor.bad") from None


@dataclass
class CardService:
    store: Store

    def get(self, ref: str, *, actor: Actor | None = None) -> Card:
        """By registration number or id."""
        require(actor, Permission.VIEW_CARD)
        card_id = parse_card_id(ref)
        with self.store.read() as session:
            card = card_repo.load_card(session, card_id=card_id) if card_id else None
            card = card or card_repo.load_card(session, number=ref.strip())
            if card is not None:
                guard(session, actor, [card.id])
        if card is None:
            raise NotFoundError(f"no card with the number or id {ref!r}", code="card.not_found", params={"ref": ref})
        return card

    def view(self, ref: str, actor: Actor) -> Card:
        """A card opened to be read (the card window, ``clerk-app show``): the same as ``get``, and
        recorded in the audit trail as a view of everyone's data on it (R36)."""
        require(actor, Permission.VIEW_CARD)
        card_id = parse_card_id(ref)
        with self.store.write() as session:
            card = card_repo.load_card(session, card_id=card_id) if card_id else None
            card = card or card_repo.load_card(session, number=ref.strip())
            if card is None:
                raise NotFoundError(f"no card with the number or id {ref!r}", code="card.not_found", params={"ref": ref})
            guard(session, actor, [card.id])
            audit.record_in(session, actor, AuditRecord(
                AuditAction.VIEW, AuditObject.CARD, str(card.id), card_subjects(card), {"number": card.number}
            ))
        return card

    def history(self, ref: str, *, actor: Actor | None = None) -> list[CardChange]:
        require(actor, Permission.VIEW_CARD)
        with self.store.read() as session:
            card_id = resolve_card(session, ref).id
            guard(session, actor, [card_id])
            return card_repo.card_history(session, card_id)

    def journal_page(
        self,
        journal_code: str,
        *,
        limit: int = 50,
        cursor: str | None = None,
        order: JournalOrder = JournalOrder.NEWEST,
        quick_filter: JournalFilter = NO_FILTER,
        actor: Actor | None = None,
    ) -> JournalPage:
        """One page of a journal in the chosen order, with the quick filter, by keyset (no OFFSET:
        page 20,000 is as fast as page 1). A cursor continues the order and filter it was made for."""
        require(actor, Permission.VIEW_CARD)
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError([FieldIssue("limit", "field.out_of_range", f"must be between 1 and {MAX_PAGE}")])
        after = journal_cursor.decode(cursor, order, quick_filter) if cursor else None
        with self.store.read() as session:
            journal = journal_repo.journal_row(session, journal_code)
            if journal is None:
                raise ValidationError([FieldIssue("journal", "journal.unknown", f"there is no journal {journal_code!r}")])
            rows, position = journal_pages.journal_page(
                session, journal.id, order, quick_filter, after, limit, today=astana_today(), soon_days=SOON_DAYS
            )
            rows = list(mask(session, rows))
        next_cursor = journal_cursor.encode(order, quick_filter, position) if position is not None else None
        return JournalPage(rows=tuple(rows), next_cursor=next_cursor)

    def find(
        self, query: CardQuery, *, limit: int = 50, cursor: str | None = None, actor: Actor | None = None,
        audit_as: AuditAction = AuditAction.VIEW,
    ) -> JournalPage:
        """Attribute search (cl. 10): every criterion in SQL, newest first, keyset-paged. With an
        actor, a search that finds cards is recorded in the audit trail (``audit_as``: a view on the
        screen, an export when the results are written out)."""
        require(actor, Permission.SEARCH)
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError([FieldIssue("limit", "field.out_of_range", f"must be between 1 and {MAX_PAGE}")])
        query = query.checked()
        after = decode_cursor(cursor) if cursor else None
        with self.store.read() as session:
            rows = list(mask(session, card_search.find_rows(session, query, today=astana_today(), after=after, limit=limit)))
        if actor is not None and rows:  # results hold personal data: recorded (R36), the count only
            criteria = sorted(f.name for f in dataclasses.fields(query) if getattr(query, f.name) not in (None, False))
            with self.store.write() as session:
                audit.record_search_in(
                    session, actor, audit_as, search="attributes", card_ids=[r.id for r in rows],
                    searched=(query.applicant_iin, query.respondent_bin), details={"criteria": criteria},
                )
        next_cursor = encode_cursor(rows[-1].registered_at, rows[-1].id) if len(rows) == limit else None
        return JournalPage(rows=tuple(rows), next_cursor=next_cursor)

    def edit(
        self, ref: str, changes: Mapping[str, Any], actor: Actor, *, expected_version: int | None = None
    ) -> Card:
        """Changes some fields of a card. Every changed field is kept in the history with its old
        value, so the primary registration data stay recoverable (R64); the number, the registration
        time, the direction and the journal never change."""
        actor.require(Permission.EDIT_CARD)
        frozen = sorted(IMMUTABLE_FIELDS & set(changes))
        if frozen:
            raise ImmutableFieldError(
                f"{frozen[0]} is part of the registration and cannot be changed", params={"field": frozen[0]}
            )
        with self.store.write() as session:
            row = resolve_card(session, ref, for_update=True)
            guard(session, actor, [row.id], change=True)
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(
                    f"card {row.number} was changed by someone else (version {row.version}); reopen it and try again",
                    params={"version": row.version},
                )
            current = card_repo.load_card(session, card_id=row.id)
            assert current is not None  # the row was just read in this transaction
            before = card_editable_json(current)
            merged = {**before, **changes, "direction": current.direction.value, "journal": current.journal}
            draft = parse_card_draft(merged, today=astana_today())
            after = draft_editable_json(draft)
            if draft.answers and draft.answers != before["answers"]:
                answers = resolve_card(session, draft.answers)
                if answers.id == row.id or answers.direction != "incoming":
                    raise ValidationError([FieldIssue("answers", "link.answers_not_incoming", "a reply answers an incoming appeal")])
                row.answers_card_id, after["answers"] = answers.id, answers.number
            elif not draft.answers:
                row.answers_card_id = None
            if draft.repeat_of and draft.repeat_of != before["repeat_of"]:
                earlier = resolve_card(session, draft.repeat_of)
                if earlier.id == row.id:
                    raise ValidationError([FieldIssue("repeat_of", "link.self", "a card cannot repeat itself")])
                row.repeat_of_card_id, after["repeat_of"] = earlier.id, earlier.number
            elif not draft.repeat_of:
                row.repeat_of_card_id = None
            changed = [key for key in after if after[key] != before[key]]
            if not changed:
                return current
            card_repo.apply_draft_fields(row, draft)
            if "received_on" in changed:
                row.received_on = draft.received_on
            if "applicants" in changed:
                row.applicants = []
                session.flush()  # the old applicant rows go before the new ones take their positions
                row.applicants = [card_repo.applicant_row(a, i, row.registered_at) for i, a in enumerate(draft.applicants)]
            if "respondent" in changed:
                row.respondent_id = (
                    respondent_repo.find_or_create_respondent(session, draft.respondent).id if draft.respondent else None
                )
            now = utc_now()
            station = str(settings_repo.get_setting(session, STATION_CODE_KEY))
            for key in changed:
                card_repo.add_change(
                    session, row.id, at=now, by=actor.user, station=station, field=key, old=before[key], new=after[key]
                )
            row.version += 1
            row.updated_at = now
            session.flush()
            edited = card_repo.load_card(session, card_id=row.id)
            assert edited is not None
            search_repo.index_card(session.connection(), edited)  # the full-text index follows the edit
            # the names of the changed fields, never their values; whoever was on the card before or after
            audit.record_in(session, actor, AuditRecord(
                AuditAction.CHANGE, AuditObject.CARD, str(row.id), card_subjects(current) | card_subjects(edited),
                {"number": edited.number, "fields": changed, "version": edited.version},
            ))
            return edited
