"""Models of the audit trail (issue 6, docs/audit.md). Imported by storage.models so that
Base.metadata holds them.

The trail is append-only: migration 0011 adds triggers that refuse UPDATE and DELETE of entries and
subjects, accept a new entry only as the head's successor, and let the head only move forward. The
hash chain detects what someone who drops the triggers changes anyway."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UtcDateTime


class AuditEntry(Base):
    """One action on personal data (or on an account): who, when, where, what, on which object."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_hash", "hash", unique=True),  # verify follows links by hash
        Index("ix_audit_entry_occurred_at", "occurred_at"),
    )

    # The position in the chain, given by the head (1, 2, 3, ...), never by the database.
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(String(100))
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    station_code: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))
    object_type: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditSubject(Base):
    """Whose data an entry touched: one row per IIN/BIN, kept as a keyed hash of the number (never
    the number itself) so that the entries about a person are found by their IIN. The subjects are
    part of their entry's hash; no foreign key, so that rows here cannot block anything there."""

    __tablename__ = "audit_subject"
    __table_args__ = (
        Index("ix_audit_subject_seq", "seq"),
        {"sqlite_with_rowid": False},
    )

    subject_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)


class AuditHead(Base):
    """The one row saying how long the chain is and how it ends; appending locks it (SELECT ... FOR
    UPDATE on PostgreSQL), so concurrent appenders queue instead of forking the chain. It also keeps
    the store's salt for subject keys."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_count: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
    subject_salt: Mapped[str] = mapped_column(String(64))
