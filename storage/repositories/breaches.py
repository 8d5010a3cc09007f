"""Reading and writing the breach register (storage.breach_models). Every value is a bound
parameter; the persons are written as the keyed hashes the caller gives."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from clerk_app.domain.breaches import (
    Breach,
    BreachFilter,
    BreachState,
    DataCategory,
    NoticeChannel,
    ResponsiblePerson,
)
from storage.breach_models import Breach as BreachRow
from storage.breach_models import BreachSubject


def next_serial(session: Session, year: int, station_code: str) -> int:
    """The workstation's next serial of the year (the caller's write transaction holds the store's
    write lock on SQLite; on PostgreSQL the unique (year, station, serial) refuses a clash, and the
    caller retries)."""
    last = session.scalar(
        select(func.max(BreachRow.serial)).where(BreachRow.year == year, BreachRow.station_code == station_code)
    )
    return int(last or 0) + 1


def row(session: Session, ref: str, *, for_update: bool = False) -> BreachRow | None:
    """A breach by its number (B-2026-A-001) or its id."""
    try:
        breach_id: uuid.UUID | None = uuid.UUID(ref.strip())
    except ValueError:
        breach_id = None
    query = select(BreachRow).where(BreachRow.id == breach_id if breach_id else BreachRow.number == ref.strip().upper())
    if for_update:
        query = query.with_for_update()
    return session.scalar(query)


def add_subjects(session: Session, breach_id: uuid.UUID, keys: Iterable[str]) -> None:
    have = set(session.scalars(select(BreachSubject.subject_key).where(BreachSubject.breach_id == breach_id)))
    new = sorted(set(keys) - have)
    if new:
        session.execute(insert(BreachSubject), [{"breach_id": breach_id, "subject_key": k} for k in new])


def subject_counts(session: Session, breach_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    ids = list(breach_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(BreachSubject.breach_id, func.count()).where(BreachSubject.breach_id.in_(ids))
        .group_by(BreachSubject.breach_id)
    ).all()
    return {breach_id: int(count) for breach_id, count in rows}


def to_domain(r: BreachRow, known_subjects: int) -> Breach:
    return Breach(
        id=r.id, number=r.number, detected_at=r.detected_at, recorded_at=r.recorded_at, recorded_by=r.recorded_by,
        description=r.description, categories=tuple(DataCategory(c) for c in r.categories.split(",") if c),
        subjects_count=r.subjects_count, known_subjects=known_subjects, measures=r.measures,
        notice_due_on=r.notice_due_on,
        responsible=ResponsiblePerson(r.responsible_name, r.responsible_phone or "", r.responsible_email or ""),
        notified_at=r.notified_at, notified_to=r.notified_to,
        notice_channel=NoticeChannel(r.notice_channel) if r.notice_channel else None,
        notice_reference=r.notice_reference, closed_at=r.closed_at, closed_by=r.closed_by,
        closing_note=r.closing_note, updated_at=r.updated_at,
    )


def one(session: Session, r: BreachRow) -> Breach:
    return to_domain(r, subject_counts(session, [r.id]).get(r.id, 0))


def listed(session: Session, which: BreachFilter, *, today: date) -> list[Breach]:
    """Newest first; ``open``: not closed; ``overdue``: open (never notified) past the deadline."""
    query = select(BreachRow).order_by(BreachRow.year.desc(), BreachRow.serial.desc())
    if which is BreachFilter.OPEN:
        query = query.where(BreachRow.state != BreachState.CLOSED.value)
    elif which is BreachFilter.OVERDUE:
        query = query.where(BreachRow.state == BreachState.OPEN.value, BreachRow.notice_due_on < today)
    rows = list(session.scalars(query))
    counts = subject_counts(session, [r.id for r in rows])
    return [to_domain(r, counts.get(r.id, 0)) for r in rows]


def awaiting_notice(session: Session, *, until: date) -> list[tuple[date, int]]:
    """(due day, how many) of the breaches still to be notified whose deadline is ``until`` or earlier."""
    rows = session.execute(
        select(BreachRow.notice_due_on, func.count())
        .where(BreachRow.state == BreachState.OPEN.value, BreachRow.notice_due_on <= until)
        .group_by(BreachRow.notice_due_on)
    ).all()
    return [(day, int(count)) for day, count in rows]


def of_subject(session: Session, key: str) -> list[Breach]:
    ids = select(BreachSubject.breach_id).where(BreachSubject.subject_key == key)
    rows = list(session.scalars(select(BreachRow).where(BreachRow.id.in_(ids)).order_by(BreachRow.detected_at)))
    counts = subject_counts(session, [r.id for r in rows])
    return [to_domain(r, counts.get(r.id, 0)) for r in rows]

