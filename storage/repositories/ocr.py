"""The recognition queue and the recognised text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import ElectronicCopy, OcrJob, PageText


def enqueue(session: Session, sha256: str, fmt: str, page_count: int, at: datetime) -> None:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(OcrJob)
        .values(sha256=sha256, format=fmt, page_count=page_count, status="pending", attempts=0, enqueued_at=at)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


def claim(session: Session, *, limit: int, now: datetime, stale_before: datetime, max_attempts: int) -> list[OcrJob]:
    """Pending jobs, and running ones whose process died (claimed before ``stale_before``)."""
    rows = list(
        session.scalars(
            select(OcrJob)
            .where(
                OcrJob.attempts < max_attempts,
                or_(OcrJob.status == "pending", (OcrJob.status == "running") & (OcrJob.claimed_at < stale_before)),
            )
            .order_by(OcrJob.enqueued_at)
            .limit(limit)
        )
    )
    for row in rows:
        row.status, row.claimed_at, row.attempts = "running", now, row.attempts + 1
    return rows


def finish(session: Session, sha256: str, texts: list[str], languages: str, at: datetime) -> None:
    session.execute(delete(PageText).where(PageText.sha256 == sha256))
    session.add_all(
        PageText(sha256=sha256, page_index=i, text=text, languages=languages, recognised_at=at) for i, text in enumerate(texts)
    )
    session.execute(
        update(OcrJob).where(OcrJob.sha256 == sha256).values(status="done", finished_at=at, last_error=None, languages=languages)
    )


def fail(session: Session, sha256: str, error: str, *, final: bool) -> None:
    session.execute(
        update(OcrJob).where(OcrJob.sha256 == sha256).values(status="failed" if final else "pending", last_error=error[:1000])
    )


def counts(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    return {status: int(n) for status, n in session.execute(select(OcrJob.status, func.count()).group_by(OcrJob.status))}


def texts_of_card(session: Session, card_id: object) -> list[tuple[str, int, str]]:
    """(sha256, page index, text) of every recognised page of the card's copies, in order."""
    rows = session.execute(
        select(PageText.sha256, PageText.page_index, PageText.text)
        .join(ElectronicCopy, ElectronicCopy.sha256 == PageText.sha256)
        .where(ElectronicCopy.card_id == card_id)
        .order_by(ElectronicCopy.position, PageText.page_index)
    )
    seen: set[tuple[str, int]] = set()
    result = []
    for sha, index, text in rows:
        if (sha, index) not in seen:
            seen.add((sha, index))
            result.append((sha, index, text))
    return result


def states_of_card(session: Session, card_id: object) -> dict[str, str]:
    """Recognition status (pending, running, done, failed) of each of the card's files, by SHA-256."""
    rows = session.execute(
        select(OcrJob.sha256, OcrJob.status)
        .join(ElectronicCopy, ElectronicCopy.sha256 == OcrJob.sha256)
        .where(ElectronicCopy.card_id == card_id)
    )
    return {sha: status for sha, status in rows}
