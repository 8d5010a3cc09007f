"""Models of synchronisation (issue 7, docs/sync.md). Imported by storage.models so that
Base.metadata holds them.

On a station: ``sync_pending`` is the outbox the capture triggers (migration 0016) fill while
``sync_capture`` holds its one row; ``sync_problem`` keeps what the central store refused;
``sync_upload``/``sync_download`` the files still to move. ``sync_conflict`` and the other
stations' audit chains (``station_audit_*``) are synced like the cards. The central store's own
tables (the change log, stations, files) are in ``storage.sync_central``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.domain.ids import new_id
from storage.models import Base
from storage.types import UtcDateTime


class SyncCapture(Base):
    """One row while local changes are captured for the central store (synced mode)."""

    __tablename__ = "sync_capture"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SyncPending(Base):
    """One local row changed since it was last pushed. ``base`` holds, per changed column, the value
    it had when the central store last agreed (JSON ``{"column": [raw value]}``), NULL for a row
    created here; ``revision`` counts the changes, so a push does not forget one made meanwhile."""

    __tablename__ = "sync_pending"
    __table_args__ = (Index("ix_sync_pending_row", "table_name", "row_key", unique=True),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)  # JSON array of the primary key's raw values
    base: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    change_id: Mapped[str] = mapped_column(String(32))


class SyncProblemRow(Base):
    """A change the central store refused (kept with the reason, out of the queue), or a row from
    the central store this station's data refused (``sync.pull_*``: fetched again every round, and
    the rows depending on it wait with it)."""

    __tablename__ = "sync_problem"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    card_number: Mapped[str | None] = mapped_column(String(100))  # a pulled card is not here to look it up


class SyncUpload(Base):
    """A stored file the central store does not have yet."""

    __tablename__ = "sync_upload"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncDownload(Base):
    """A file a pulled copy needs and this station does not have yet."""

    __tablename__ = "sync_download"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncConflictRow(Base):
    """A field two stations changed: the central store kept its value; this keeps the other one
    until a supervisor chooses (then ``kept`` says which)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_resolved_at", "resolved_at", "detected_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)
    # a foreign key, so that destroying the card (R44) takes its conflicts' values with it
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(64))
    central_value: Mapped[str | None] = mapped_column(Text)  # JSON
    station_value: Mapped[str | None] = mapped_column(Text)  # JSON
    station_code: Mapped[str] = mapped_column(String(16))
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    kept: Mapped[str | None] = mapped_column(String(16))


class StationAuditEntry(Base):
    """An entry of a station's audit chain as it reached the central store: each station's chain
    stays whole (``chain_station``, ``seq``) and verifiable on its own."""

    __tablename__ = "station_audit_entry"

    chain_station: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(String(100))
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    station_code: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))
    object_type: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class StationAuditSubject(Base):
    __tablename__ = "station_audit_subject"

    chain_station: Mapped[str] = mapped_column(String(16), primary_key=True)
    subject_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
