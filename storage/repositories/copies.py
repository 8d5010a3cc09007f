"""Rows of electronic copies."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain.copies import CopyPage, ElectronicCopy, FileVerdict
from clerk_app.domain.enums import CopyRole
from storage.models import ElectronicCopy as CopyRow


def to_domain(row: CopyRow) -> ElectronicCopy:
    return ElectronicCopy(
        id=row.id, card_id=row.card_id, position=row.position, role=CopyRole(row.role), sha256=row.sha256,
        format=row.format, page_count=row.page_count,
        pages=tuple(CopyPage(**page) for page in json.loads(row.pages)), details=json.loads(row.details),
        size_bytes=row.size_bytes, original_name=row.original_name, added_by=row.added_by, added_at=row.added_at,
    )


def copies_of(session: Session, card_id: uuid.UUID) -> list[ElectronicCopy]:
    rows = session.scalars(select(CopyRow).where(CopyRow.card_id == card_id).order_by(CopyRow.position))
    return [to_domain(row) for row in rows]


def is_attached(session: Session, card_id: uuid.UUID, sha256: str, role: CopyRole) -> bool:
    return session.scalar(
        select(CopyRow.id).where(CopyRow.card_id == card_id, CopyRow.sha256 == sha256, CopyRow.role == role.value)
    ) is not None


def add_copy(
    session: Session, card_id: uuid.UUID, verdict: FileVerdict, *, role: CopyRole, name: str, by: str, at: datetime
) -> ElectronicCopy:
    assert verdict.accepted and verdict.sha256 and verdict.format and verdict.size_bytes is not None
    position = int(session.scalar(select(func.coalesce(func.max(CopyRow.position), -1)).where(CopyRow.card_id == card_id)) or 0) + 1
    row = CopyRow(
        card_id=card_id, position=position, role=role.value, sha256=verdict.sha256, format=verdict.format,
        page_count=verdict.pages or 0,
        pages=json.dumps([page.__dict__ for page in verdict.page_info]),
        details=json.dumps(verdict.details, ensure_ascii=False, default=str),
        size_bytes=verdict.size_bytes, original_name=name[:255], added_by=by, added_at=at,
    )
    session.add(row)
    session.flush()
    return to_domain(row)


def referenced_hashes(session: Session) -> set[str]:
    return set(session.scalars(select(CopyRow.sha256).distinct()))


def copy_by_hash(session: Session, sha256: str) -> ElectronicCopy | None:
    row = session.scalars(select(CopyRow).where(CopyRow.sha256 == sha256).limit(1)).first()
    return None if row is None else to_domain(row)


def copy_exists(session: Session, copy_id: uuid.UUID) -> bool:
    return session.scalar(select(CopyRow.id).where(CopyRow.id == copy_id)) is not None
