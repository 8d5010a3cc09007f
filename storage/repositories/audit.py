"""The audit trail in SQL: appending under the head's lock, reading the chain in order, finding a
subject's entries (docs/audit.md)."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from clerk_app.domain.audit import (
    AuditEntry,
    AuditRecord,
    canonical_details,
    entry_hash,
    subject_key,
    subject_number,
)
from clerk_app.errors import StoreError
from clerk_app.timeutil import utc_now
from storage.audit_models import AuditEntry as EntryRow
from storage.audit_models import AuditHead, AuditSubject
from storage.models import Card as CardRow
from storage.models import CardApplicant, ControlEvent, ElectronicCopy
from storage.models import Respondent as RespondentRow

_ENTRY = cast(Table, EntryRow.__table__)
_SUBJECT = cast(Table, AuditSubject.__table__)
_HEAD = cast(Table, AuditHead.__table__)
_HEAD_ID = 1
_IN_CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit


@dataclass(frozen=True)
class Head:
    entry_count: int
    last_hash: str
    subject_salt: str


def head(session: Session, *, for_update: bool = False) -> Head | None:
    query = select(_HEAD.c.entry_count, _HEAD.c.last_hash, _HEAD.c.subject_salt).where(_HEAD.c.id == _HEAD_ID)
    if for_update:
        query = query.with_for_update()  # PostgreSQL: appenders queue here; SQLite's writers are serial already
    row = session.execute(query).first()
    return Head(int(row.entry_count), row.last_hash, row.subject_salt) if row is not None else None


def _require_head(session: Session, *, for_update: bool = False) -> Head:
    found = head(session, for_update=for_update)
    if found is None:
        raise StoreError("the audit trail has lost its head record: run clerk-app verify", code="audit.no_head")
    return found


def append(
    session: Session, record: AuditRecord, *, user: str, account_id: uuid.UUID | None, station: str,
    at: datetime | None = None,
) -> AuditEntry:
    """Appends one entry in the caller's transaction: it commits with the operation it records or
    not at all. The head row stays locked until that commit, so take it last."""
    current = _require_head(session, for_update=True)
    at = at or utc_now()  # read under the lock: times follow the order of the chain
    keys = tuple(sorted({subject_key(current.subject_salt, n) for n in record.subjects if subject_number(n)}))
    details = canonical_details(record.details)
    seq = current.entry_count + 1
    fields: dict[str, Any] = {
        "seq": seq, "occurred_at": at, "user": user, "account_id": account_id, "station": station,
        "action": record.action.value, "object_type": record.object_type.value, "object_id": record.object_id,
        "details": details, "prev_hash": current.last_hash,
    }
    digest = entry_hash(subject_keys=keys, **fields)
    session.execute(insert(_ENTRY).values(
        seq=seq, occurred_at=at, user=user, account_id=account_id, station_code=station, action=fields["action"],
        object_type=fields["object_type"], object_id=record.object_id, details=details, prev_hash=current.last_hash,
        hash=digest,
    ))
    # the head moves before the subjects are written: the triggers accept subjects of the newest entry only
    session.execute(update(_HEAD).where(_HEAD.c.id == _HEAD_ID).values(entry_count=seq, last_hash=digest))
    if keys:
        session.execute(insert(_SUBJECT), [{"subject_key": key, "seq": seq} for key in keys])
    return AuditEntry(subject_keys=keys, hash=digest, **fields)


def subject_key_of(session: Session, number: str) -> str:
    return subject_key(_require_head(session).subject_salt, number)


# -- reading -------------------------------------------------------------------------------------


def one_snapshot(session: Session) -> None:
    """Makes every later read of the transaction see the same state (the first statement of it):
    a walk over the chain must not meet entries appended meanwhile. PostgreSQL reads each statement
    afresh by default; SQLite's read transaction is one snapshot already."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))


def _entries(session: Session, rows: Sequence[Any]) -> list[AuditEntry]:
    subjects: dict[int, list[str]] = defaultdict(list)
    seqs = [int(r.seq) for r in rows]
    for start in range(0, len(seqs), _IN_CHUNK):
        chunk = seqs[start : start + _IN_CHUNK]
        for seq, key in session.execute(
            select(_SUBJECT.c.seq, _SUBJECT.c.subject_key).where(_SUBJECT.c.seq.in_(chunk))
        ):
            subjects[int(seq)].append(key)
    return [
        AuditEntry(
            seq=int(r.seq), occurred_at=r.occurred_at, user=r.user, account_id=r.account_id, station=r.station_code,
            action=r.action, object_type=r.object_type, object_id=r.object_id, details=r.details,
            subject_keys=tuple(sorted(subjects.get(int(r.seq), ()))), prev_hash=r.prev_hash, hash=r.hash,
        )
        for r in rows
    ]


def _entry_columns() -> Any:
    return select(EntryRow.seq, EntryRow.occurred_at, EntryRow.user, EntryRow.account_id, EntryRow.station_code,
                  EntryRow.action, EntryRow.object_type, EntryRow.object_id, EntryRow.details, EntryRow.prev_hash,
                  EntryRow.hash)


def entries_after(session: Session, after_seq: int, limit: int) -> list[AuditEntry]:
    """The next ``limit`` entries in chain order (by number), with their subjects."""
    rows = session.execute(
        _entry_columns().where(EntryRow.seq > after_seq).order_by(EntryRow.seq).limit(limit)
    ).all()
    return _entries(session, rows)


def entries_by_seq(session: Session, seqs: Iterable[int]) -> list[AuditEntry]:
    wanted = sorted(set(seqs))
    rows: list[Any] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        rows.extend(session.execute(_entry_columns().where(EntryRow.seq.in_(wanted[start : start + _IN_CHUNK]))).all())
    rows.sort(key=lambda r: int(r.seq))
    return _entries(session, rows)


def entries_of_subject(session: Session, key: str) -> list[AuditEntry]:
    seqs = session.scalars(select(_SUBJECT.c.seq).where(_SUBJECT.c.subject_key == key)).all()
    return entries_by_seq(session, (int(s) for s in seqs))


def seq_with_hash(session: Session, digest: str) -> int | None:
    """The entry whose own hash is ``digest`` (indexed)."""
    found = session.scalar(select(EntryRow.seq).where(EntryRow.hash == digest).limit(1))
    return int(found) if found is not None else None


def seq_naming_prev(session: Session, digest: str) -> int | None:
    """The entry that names ``digest`` as its predecessor (a scan: only when the chain is broken)."""
    found = session.scalar(select(EntryRow.seq).where(EntryRow.prev_hash == digest).order_by(EntryRow.seq).limit(1))
    return int(found) if found is not None else None


def last_seq(session: Session) -> int:
    found = session.scalar(select(EntryRow.seq).order_by(EntryRow.seq.desc()).limit(1))
    return int(found) if found is not None else 0


# -- whose data ------------------------------------------------------------------------------------


def subjects_of_cards(session: Session, card_ids: Iterable[uuid.UUID]) -> frozenset[str]:
    """The IINs/BINs of the applicants (addressees) and respondents of these cards."""
    ids = list(dict.fromkeys(card_ids))
    numbers: set[str] = set()
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        for iin, bin_ in session.execute(
            select(CardApplicant.iin, CardApplicant.bin).where(
                CardApplicant.card_id.in_(chunk), or_(CardApplicant.iin.is_not(None), CardApplicant.bin.is_not(None))
            )
        ):
            numbers.update(n for n in (iin, bin_) if n)
        numbers.update(
            n for n in session.scalars(
                select(RespondentRow.bin_or_iin).join(CardRow, CardRow.respondent_id == RespondentRow.id)
                .where(CardRow.id.in_(chunk), RespondentRow.bin_or_iin.is_not(None))
            ) if n
        )
    return frozenset(n for n in (subject_number(v) for v in numbers) if n)


# -- the subject-access report ---------------------------------------------------------------------

_PERSON_FIELDS = ("surname", "given_name", "patronymic", "iin", "legal_name", "bin", "address", "phone", "email")
_RESPONDENT_FIELDS = ("name", "bin_or_iin", "address", "website")


@dataclass(frozen=True)
class HeldRow:
    """A card holding the person's data, in one role, with the values held there."""

    card_id: uuid.UUID
    number: str
    direction: str
    registered_at: datetime
    role: str  # applicant, respondent
    values: dict[str, str]


def held_data(session: Session, number: str) -> list[HeldRow]:
    """Every card where the number is an applicant's (addressee's) IIN/BIN or the respondent's BIN/IIN."""
    found: list[HeldRow] = []
    applicant_rows = session.execute(
        select(CardRow.id, CardRow.number, CardRow.direction, CardRow.registered_at,
               *(getattr(CardApplicant, f) for f in _PERSON_FIELDS))
        .join(CardApplicant, CardApplicant.card_id == CardRow.id)
        .where(or_(CardApplicant.iin == number, CardApplicant.bin == number))
        .order_by(CardRow.registered_at, CardRow.id)
    ).all()
    for r in applicant_rows:
        values = {f: getattr(r, f) for f in _PERSON_FIELDS if getattr(r, f)}
        found.append(HeldRow(r.id, r.number, r.direction, r.registered_at, "applicant", values))
    respondent_rows = session.execute(
        select(CardRow.id, CardRow.number, CardRow.direction, CardRow.registered_at,
               *(getattr(RespondentRow, f) for f in _RESPONDENT_FIELDS))
        .join(RespondentRow, CardRow.respondent_id == RespondentRow.id)
        .where(RespondentRow.bin_or_iin == number)
        .order_by(CardRow.registered_at, CardRow.id)
    ).all()
    for r in respondent_rows:
        values = {f: getattr(r, f) for f in _RESPONDENT_FIELDS if getattr(r, f)}
        found.append(HeldRow(r.id, r.number, r.direction, r.registered_at, "respondent", values))
    return found


def copy_counts(session: Session, card_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    ids = list(dict.fromkeys(card_ids))
    counts: dict[uuid.UUID, int] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        for card_id, count in session.execute(
            select(ElectronicCopy.card_id, func.count()).where(ElectronicCopy.card_id.in_(ids[start : start + _IN_CHUNK]))
            .group_by(ElectronicCopy.card_id)
        ):
            counts[card_id] = int(count)
    return counts


@dataclass(frozen=True)
class Forwarding:
    event_id: uuid.UUID
    card_id: uuid.UUID
    number: str
    occurred_at: datetime
    actor: str
    to: str
    outgoing_number: str | None


def forwardings(session: Session, card_ids: Iterable[uuid.UUID]) -> list[Forwarding]:
    """The "forwarded" results in these cards' control histories (to whom the appeal went)."""
    ids = list(dict.fromkeys(card_ids))
    found: list[Forwarding] = []
    for start in range(0, len(ids), _IN_CHUNK):
        rows = session.execute(
            select(ControlEvent.id, ControlEvent.card_id, CardRow.number, ControlEvent.occurred_at, ControlEvent.actor,
                   ControlEvent.details)
            .join(CardRow, CardRow.id == ControlEvent.card_id)
            .where(ControlEvent.card_id.in_(ids[start : start + _IN_CHUNK]), ControlEvent.event == "resolved")
        ).all()
        for r in rows:
            details = json.loads(r.details)
            if details.get("result") == "forwarded" and details.get("forwarded_to"):
                found.append(Forwarding(r.id, r.card_id, r.number, r.occurred_at, r.actor, details["forwarded_to"],
                                        details.get("outgoing_number")))
    found.sort(key=lambda f: f.occurred_at)
    return found


def card_number(session: Session, card_id: uuid.UUID) -> str | None:
    return session.scalar(select(CardRow.number).where(CardRow.id == card_id))
