"""The inbox of validated files that wait to be filed under a card."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clerk_app.domain.copies import FileVerdict, InboxItem
from clerk_app.domain.ids import new_id
from storage.models import InboxItem as InboxRow


def to_domain(row: InboxRow) -> InboxItem:
    return InboxItem(
        id=row.id, sha256=row.sha256, format=row.format, page_count=row.page_count, size_bytes=row.size_bytes,
        original_name=row.original_name, source=row.source, received_at=row.received_at, filed_copy_id=row.filed_copy_id,
    )


def add_unless_present(session: Session, verdict: FileVerdict, *, name: str, source: str, at: datetime) -> bool:
    """True when the file is new to the inbox; the same bytes arriving again are not added twice."""
    assert verdict.accepted and verdict.sha256 and verdict.format and verdict.size_bytes is not None
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        insert(InboxRow)
        .values(
            id=new_id(), sha256=verdict.sha256, format=verdict.format,
            page_count=verdict.pages or 0, pages=json.dumps([p.__dict__ for p in verdict.page_info]),
            details=json.dumps(verdict.details, ensure_ascii=False, default=str), size_bytes=verdict.size_bytes,
            original_name=name[:255], source=source, received_at=at,
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    return bool(result.rowcount)


def unfiled(session: Session, limit: int = 500) -> list[InboxItem]:
    rows = session.scalars(
        select(InboxRow).where(InboxRow.filed_copy_id.is_(None)).order_by(InboxRow.received_at).limit(limit)
    )
    return [to_domain(r) for r in rows]


def item_row(session: Session, item_id: uuid.UUID) -> InboxRow | None:
    return session.get(InboxRow, item_id)
