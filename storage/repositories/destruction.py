"""Destruction in SQL (R43, R44): erasing a card's or one person's data in the caller's transaction,
the acts and their items, the central removal queue, and compacting the store afterwards.

Every place personal data live is listed here (docs/personal-data.md): the applicants' rows, the
card's summary and notes, its change history (old and new values), the free text of its control
events and state, its electronic copies (rows and files), the inbox rows of filed scans, the
recognised text and recognition jobs of its files, its search documents (the FTS5 index on SQLite,
the tsvector column on PostgreSQL), and rows of later tables that refer to the card (found through
their foreign keys, so that a table added by another feature is not forgotten) or name the person by
IIN (a ``subject_iin`` column: the consents of ``pd_ground``). Taking one person out of a card that
stays is ``storage.repositories.redaction``; compacting the store afterwards is
``storage.repositories.compaction``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from clerk_app.domain.enums import PartyType
from clerk_app.domain.retention import (
    DestroyedItem,
    DestructionAct,
    DestructionScope,
    DestructionTrigger,
    PersonWords,
    RecordType,
    redact,
)
from storage.migrations.outside_models import FTS_TABLE
from storage.models import (
    Base,
    CardApplicant,
    CardChange,
    CardControl,
    ControlEvent,
    ElectronicCopy,
    InboxItem,
    OcrJob,
    PageText,
    SearchDocument,
)
from storage.models import Card as CardRow
from storage.retention_models import CentralRemoval, DestructionItem
from storage.retention_models import DestructionAct as ActRow

# Tables whose rows about a card this module handles itself; rows of any other table that refer to
# a card (or to one of its copies) are deleted with the card's data.
_HANDLED = frozenset({
    "card", "card_applicant", "card_change", "electronic_copy", "control_event", "card_control", "card_executor",
    "search_document", "destruction_item", "inbox_item",
})
_APPLICANT_FIELDS = ("surname", "given_name", "patronymic", "iin", "legal_name", "bin", "address", "phone", "email",
                     "name_key")
_CONTROL_TEXTS = ("resolution", "reason")  # free text of control events; the rest are codes, dates, ids


@dataclass(frozen=True)
class Holding:
    """A card holding the person as an applicant (addressee)."""

    card_id: uuid.UUID
    number: str
    direction: str
    positions: tuple[int, ...]  # the person's applicant positions on it
    others: int  # other natural persons on the card (0: the card is theirs alone)


@dataclass
class Erased:
    """What one erasure did: counts for the act, and the stored files to delete after commit."""

    counts: dict[str, int] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)
    redacted_pages: set[str] = field(default_factory=set)  # files whose recognised text changed: reindex

    def add(self, key: str, value: int) -> None:
        if value:
            self.counts[key] = self.counts.get(key, 0) + value


# --- finding ------------------------------------------------------------------------------------------


def holdings(session: Session, iin: str) -> list[Holding]:
    """Cards where the person with this IIN is an applicant, oldest first."""
    rows = session.execute(
        select(CardApplicant.card_id, CardApplicant.position)
        .where(CardApplicant.iin == iin, CardApplicant.party_type == PartyType.NATURAL_PERSON.value)
    ).all()
    positions: dict[uuid.UUID, list[int]] = {}
    for card_id, position in rows:
        positions.setdefault(card_id, []).append(position)
    if not positions:
        return []
    persons: dict[uuid.UUID, int] = dict(session.execute(
        select(CardApplicant.card_id, func.count())
        .where(CardApplicant.card_id.in_(positions), CardApplicant.party_type == PartyType.NATURAL_PERSON.value,
               CardApplicant.iin.is_distinct_from(iin))
        .group_by(CardApplicant.card_id)
    ).all())
    cards = session.execute(
        select(CardRow.id, CardRow.number, CardRow.direction, CardRow.registered_at)
        .where(CardRow.id.in_(positions)).order_by(CardRow.registered_at, CardRow.id)
    ).all()
    return [Holding(c.id, c.number, c.direction, tuple(sorted(positions[c.id])), int(persons.get(c.id, 0)))
            for c in cards]


def cards_mentioning(conn: Connection, token: str) -> set[uuid.UUID]:
    """Cards whose search documents hold the token (an IIN in a summary or a scan's text)."""
    if conn.dialect.name == "sqlite":
        query = text(f"SELECT DISTINCT d.card_id FROM {FTS_TABLE} f JOIN search_document d ON d.doc_id = f.rowid "
                     f"WHERE {FTS_TABLE} MATCH :match")
        rows = conn.execute(query, {"match": '"' + token.replace('"', "") + '"'}).scalars()
        return {uuid.UUID(str(r)) if not isinstance(r, uuid.UUID) else r for r in rows}
    rows = conn.execute(text("SELECT DISTINCT card_id FROM search_document WHERE vector @@ CAST(:q AS tsquery)"),
                        {"q": "'" + token.replace("'", "") + "'"}).scalars()
    return set(rows)


def cards_with_subject_rows(session: Session, iin: str) -> set[uuid.UUID]:
    """Cards with rows naming the person by IIN in a later table (a consent kept after they were
    taken off the card)."""
    found: set[uuid.UUID] = set()
    for table, column in subject_iin_tables():
        card = next((fk.parent for fk in table.foreign_keys if fk.column.table.name == "card"), None)
        if card is not None:
            found |= set(session.scalars(select(card).where(column == iin).distinct()))
    return found


def cards_with_history_mentioning(session: Session, iin: str) -> set[uuid.UUID]:
    """Cards whose change history holds the number (an IIN corrected away from a card); a scan of
    the history table, which a supervised destruction can afford."""
    pattern = f"%{iin}%"
    return set(session.scalars(select(CardChange.card_id).where(
        CardChange.old_value.like(pattern) | CardChange.new_value.like(pattern)
    ).distinct()))


def inbox_mentioning(session: Session, iin: str) -> list[uuid.UUID]:
    """Unfiled inbox scans whose recognised text holds the number."""
    return list(session.scalars(
        select(InboxItem.id).join(PageText, PageText.sha256 == InboxItem.sha256)
        .where(InboxItem.filed_copy_id.is_(None), PageText.text.like(f"%{iin}%")).distinct()
    ))


def respondent_cards(session: Session, number: str) -> int:
    """Cards where the number is a respondent's (an individual entrepreneur's)."""
    from storage.models import Respondent

    return int(session.scalar(select(func.count()).select_from(CardRow).join(Respondent, Respondent.id == CardRow.respondent_id)
                              .where(Respondent.bin_or_iin == number)) or 0)


def card_basics(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """Number and direction of each card."""
    rows = session.execute(select(CardRow.id, CardRow.number, CardRow.direction).where(CardRow.id.in_(list(card_ids))))
    return {r.id: (r.number, r.direction) for r in rows}


# --- erasing --------------------------------------------------------------------------------------------


def subject_iin_tables() -> list[tuple[Table, Any]]:
    """Tables of later features naming a person by their IIN: (table, its ``subject_iin`` column)."""
    return [(t, t.c.subject_iin) for t in Base.metadata.sorted_tables if "subject_iin" in t.c]


def erase_subject_rows(session: Session, iin: str, card_id: uuid.UUID | None = None) -> dict[str, int]:
    """Deletes the rows naming the person by IIN (on one card, or everywhere): counts by table."""
    counts = {}
    for table, column in subject_iin_tables():
        statement = delete(table).where(column == iin)
        if card_id is not None:
            card = next((fk.parent for fk in table.foreign_keys if fk.column.table.name == "card"), None)
            if card is None:
                continue
            statement = statement.where(card == card_id)
        counts[table.name] = cast(Any, session.execute(statement)).rowcount or 0
    return counts


def _other_tables() -> list[tuple[Table, list[Any], Any]]:
    """(table, its columns referring to a card, its column naming an applicant position or None)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _HANDLED:
            continue
        columns = [fk.parent for fk in table.foreign_keys if fk.column.table.name in ("card", "electronic_copy")]
        if columns:
            position = table.c.get("position") if "position" in table.c else table.c.get("applicant_position")
            found.append((table, columns, position))
    return found


def delete_other_rows(session: Session, card_id: uuid.UUID, copy_ids: Sequence[uuid.UUID],
                       positions: Sequence[int] | None, erased: Erased) -> None:
    for table, columns, position in _other_tables():
        for column in columns:
            ids = [card_id] if column.references(CardRow.__table__.c.id) else list(copy_ids)
            if not ids:
                continue
            statement = delete(table).where(column.in_(ids))
            if positions is not None:  # one person on a collective card: only their rows
                if position is None:
                    continue
                statement = statement.where(position.in_(list(positions)))
                if "subject_iin" in table.c:  # a row naming a person is theirs whatever its position
                    statement = statement.where(table.c.subject_iin.is_(None))  # (erase_subject_rows)
            erased.add(table.name, cast(Any, session.execute(statement)).rowcount or 0)


def erase_applicants(session: Session, card_id: uuid.UUID, positions: Sequence[int] | None) -> int:
    statement = update(CardApplicant).where(CardApplicant.card_id == card_id).values(
        **dict.fromkeys(_APPLICANT_FIELDS)
    )
    if positions is not None:
        statement = statement.where(CardApplicant.position.in_(list(positions)))
    return cast(Any, session.execute(statement.execution_options(synchronize_session=False))).rowcount or 0


def control_texts(session: Session, card_id: uuid.UUID, person: PersonWords | None) -> int:
    """Clears (``person`` None) or redacts the free text of the card's control events and state."""
    changed = 0
    for event_id, details in session.execute(select(ControlEvent.id, ControlEvent.details).where(ControlEvent.card_id == card_id)):
        values = json.loads(details)
        before = dict(values)
        for key in _CONTROL_TEXTS:
            if isinstance(values.get(key), str):
                values[key] = redact(values[key], person)[0] if person is not None else ""
        if values != before:
            changed += 1
            session.execute(update(ControlEvent).where(ControlEvent.id == event_id)
                            .values(details=json.dumps(values, ensure_ascii=False, sort_keys=True)))
    resolution = session.scalar(select(CardControl.resolution).where(CardControl.card_id == card_id))
    if resolution:
        new = redact(resolution, person)[0] if person is not None else None
        if new != resolution:
            changed += 1
            session.execute(update(CardControl).where(CardControl.card_id == card_id).values(resolution=new))
    return changed


def _drop_copies(session: Session, card_id: uuid.UUID, erased: Erased) -> list[uuid.UUID]:
    """The card's copies and the inbox rows they were filed from; their files, recognised text and
    jobs too when nothing else refers to them."""
    copies = session.execute(select(ElectronicCopy.id, ElectronicCopy.sha256).where(ElectronicCopy.card_id == card_id)).all()
    copy_ids = [c.id for c in copies]
    if not copies:
        return copy_ids
    delete_other_rows(session, card_id, copy_ids, None, erased)
    filed = session.execute(select(InboxItem.sha256).where(InboxItem.filed_copy_id.in_(copy_ids))).scalars().all()
    session.execute(delete(InboxItem).where(InboxItem.filed_copy_id.in_(copy_ids)))
    session.execute(delete(ElectronicCopy).where(ElectronicCopy.id.in_(copy_ids)))
    erased.add("copies", len(copy_ids))
    for sha in {c.sha256 for c in copies} | set(filed):
        still = session.scalar(select(ElectronicCopy.id).where(ElectronicCopy.sha256 == sha).limit(1))
        still = still or session.scalar(select(InboxItem.id).where(InboxItem.sha256 == sha).limit(1))
        if still is None:
            erased.add("pages", cast(Any, session.execute(delete(PageText).where(PageText.sha256 == sha))).rowcount or 0)
            session.execute(delete(OcrJob).where(OcrJob.sha256 == sha))
            session.execute(delete(SearchDocument).where(SearchDocument.sha256 == sha))
            erased.blobs.add(sha)
    return copy_ids


def erase_card(session: Session, card_id: uuid.UUID, marker: str, now: datetime) -> Erased:
    """Everything personal on the card goes; a depersonalised tombstone keeps its registration
    (number, date, journal, kind, respondent, control status and result) for the journal's numbering
    and the statistics. The caller indexes the tombstone again."""
    erased = Erased()
    delete_other_rows(session, card_id, [], None, erased)
    erased.add("applicants", erase_applicants(session, card_id, None))
    session.execute(update(CardRow).where(CardRow.id == card_id).values(
        summary=marker, notes=None, version=CardRow.version + 1, updated_at=now
    ))
    erased.add("history", cast(Any, session.execute(delete(CardChange).where(CardChange.card_id == card_id))).rowcount or 0)
    erased.add("control_texts", control_texts(session, card_id, None))
    _drop_copies(session, card_id, erased)
    session.execute(delete(SearchDocument).where(SearchDocument.card_id == card_id))
    return erased


def erase_inbox_item(session: Session, item_id: uuid.UUID) -> Erased:
    erased = Erased()
    sha = session.scalar(select(InboxItem.sha256).where(InboxItem.id == item_id))
    if sha is None:
        return erased
    session.execute(delete(InboxItem).where(InboxItem.id == item_id))
    erased.add("copies", 1)
    if session.scalar(select(ElectronicCopy.id).where(ElectronicCopy.sha256 == sha).limit(1)) is None:
        erased.add("pages", cast(Any, session.execute(delete(PageText).where(PageText.sha256 == sha))).rowcount or 0)
        session.execute(delete(OcrJob).where(OcrJob.sha256 == sha))
        erased.blobs.add(sha)
    return erased


# --- acts and the removal queue --------------------------------------------------------------------------


def next_serial(session: Session, year: int, station: str) -> int:
    found = session.scalar(select(func.max(ActRow.serial)).where(ActRow.year == year, ActRow.station_code == station))
    return int(found or 0) + 1


def add_act(session: Session, act: DestructionAct, *, year: int, serial: int, subject_key: str | None) -> None:
    session.add(ActRow(
        id=act.id, number=act.number, year=year, serial=serial, created_at=act.created_at, created_by=act.created_by,
        station_code=act.station, trigger=act.trigger.value, basis=act.basis, commission="\n".join(act.commission),
        subject_key=subject_key, records=len(act.items), cleanup=act.cleanup,
    ))
    session.flush()
    for position, item in enumerate(act.items):
        session.add(DestructionItem(
            act_id=act.id, position=position, record_type=item.record_type.value, scope=item.scope.value,
            card_id=item.card_id, reference=item.reference, destroyed=json.dumps(dict(item.destroyed), sort_keys=True),
            review=item.review,
        ))


def queue_removals(session: Session, act_id: uuid.UUID, items: Iterable[DestroyedItem], blobs: Iterable[str],
                   subject_key: str | None, now: datetime) -> None:
    rows = [
        {"act_id": act_id, "scope": i.scope.value, "card_id": i.card_id, "subject_key": subject_key, "sha256": None,
         "queued_at": now}
        for i in items if i.card_id is not None
    ]
    rows += [{"act_id": act_id, "scope": "file", "card_id": None, "subject_key": None, "sha256": sha, "queued_at": now}
             for sha in sorted(blobs)]
    if rows:
        session.execute(cast(Table, CentralRemoval.__table__).insert(), rows)


def act_blobs(session: Session, act_id: uuid.UUID) -> list[str]:
    return list(session.scalars(select(CentralRemoval.sha256).where(CentralRemoval.act_id == act_id,
                                                                    CentralRemoval.sha256.is_not(None))))


def set_cleanup(session: Session, act_id: uuid.UUID, state: str) -> None:
    session.execute(update(ActRow).where(ActRow.id == act_id).values(cleanup=state))


def _act(session: Session, row: ActRow) -> DestructionAct:
    items = session.scalars(select(DestructionItem).where(DestructionItem.act_id == row.id)
                            .order_by(DestructionItem.position)).all()
    return DestructionAct(
        id=row.id, number=row.number, created_at=row.created_at, created_by=row.created_by, station=row.station_code,
        trigger=DestructionTrigger(row.trigger), basis=row.basis,
        commission=tuple(n for n in row.commission.split("\n") if n), by_subject=row.subject_key is not None,
        items=tuple(DestroyedItem(RecordType(i.record_type), DestructionScope(i.scope), i.card_id, i.reference,
                                  json.loads(i.destroyed), i.review) for i in items),
        cleanup=row.cleanup,
    )


def load_act(session: Session, ref: str) -> DestructionAct | None:
    row = session.scalar(select(ActRow).where(ActRow.number == ref.strip()))
    if row is None:
        try:
            row = session.get(ActRow, uuid.UUID(ref.strip()))
        except ValueError:
            row = None
    return _act(session, row) if row is not None else None


def acts(session: Session, limit: int) -> list[DestructionAct]:
    rows = session.scalars(select(ActRow).order_by(ActRow.created_at.desc()).limit(limit)).all()
    return [_act(session, r) for r in rows]


def pending_cleanups(session: Session) -> list[DestructionAct]:
    """Acts whose steps after the commit did not all finish (a file left, the WAL busy), oldest first."""
    rows = session.scalars(select(ActRow).where(ActRow.cleanup != "done").order_by(ActRow.created_at)).all()
    return [_act(session, r) for r in rows]


def destroyed_cards(session: Session, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Of these cards, the destroyed ones with the number of the act that destroyed them."""
    if not card_ids:
        return {}
    rows = session.execute(
        select(DestructionItem.card_id, ActRow.number).join(ActRow, ActRow.id == DestructionItem.act_id)
        .where(DestructionItem.card_id.in_(list(card_ids)), DestructionItem.scope == DestructionScope.CARD.value)
    )
    return {r.card_id: r.number for r in rows}
