"""Models: the destruction acts with the records each destroyed, the queue of removals for the
central store, and blocked subjects (issue 6, R42-R46; docs/personal-data.md). Imported by
storage.models so that Base.metadata holds them. Retention periods are store settings
(``storage.repositories.retention``), not a table.

A subject is kept here as the audit trail keeps them: the keyed hash of their IIN
(``clerk_app.domain.audit.subject_key``), never the number, so that blocking or destroying a
person leaves no number in these tables."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.domain.ids import new_id
from storage.models import Base
from storage.types import UtcDateTime


class DestructionAct(Base):
    """One act (R44): its number, why, who answered for it; the list of records is in its items.
    Holds no personal data of the subjects: registration numbers and counts only."""

    __tablename__ = "destruction_act"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    station_code: Mapped[str] = mapped_column(String(16))
    trigger: Mapped[str] = mapped_column(String(32))  # DestructionTrigger
    basis: Mapped[str | None] = mapped_column(Text)  # e.g. the court decision's number and date
    commission: Mapped[str] = mapped_column(Text)  # the names of the commission / responsible person, one a line
    subject_key: Mapped[str | None] = mapped_column(String(64))  # a destruction by IIN: whose (keyed hash)
    records: Mapped[int] = mapped_column(Integer)
    # "done" once the store was compacted (search index merged, WAL truncated, VACUUM run);
    # "pending" when that could not finish (readers held the WAL): ``finish`` runs it again.
    cleanup: Mapped[str] = mapped_column(String(16))


class DestructionItem(Base):
    """One record an act destroyed: a card (a depersonalised tombstone stays), one person erased from
    a collective card, a card whose free text only mentioned the person, or an unfiled inbox scan."""

    __tablename__ = "destruction_item"
    __table_args__ = (Index("ix_destruction_item_card_id", "card_id", "scope"),)

    act_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("destruction_act.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(16))  # incoming, outgoing, inbox
    scope: Mapped[str] = mapped_column(String(16))  # DestructionScope: card, person, mention, inbox
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id"))
    reference: Mapped[str] = mapped_column(String(100))  # registration number, or the inbox file's date and hash
    destroyed: Mapped[str] = mapped_column(Text)  # JSON: what was destroyed, as counts by kind
    review: Mapped[bool] = mapped_column(Boolean, default=False)  # scans of a collective card may still show the person


class CentralRemoval(Base):
    """What the central store must remove too (the sync issue pushes these, then sets pushed_at)."""

    __tablename__ = "central_removal"
    __table_args__ = (
        Index("ix_central_removal_pending", "queued_at", sqlite_where=text("pushed_at IS NULL"),
              postgresql_where=text("pushed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    act_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("destruction_act.id"))
    scope: Mapped[str] = mapped_column(String(16))  # as the act item's
    card_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    subject_key: Mapped[str | None] = mapped_column(String(64))
    sha256: Mapped[str | None] = mapped_column(String(64))  # a stored file to remove
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    pushed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SubjectBlock(Base):
    """A subject's data blocked (R45) on a request, with the request's one-working-day due date
    (R46), until unblocked. At most one open block per subject."""

    __tablename__ = "subject_block"
    __table_args__ = (
        Index("ix_subject_block_open", "subject_key", unique=True, sqlite_where=text("unblocked_at IS NULL"),
              postgresql_where=text("unblocked_at IS NULL")),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    subject_key: Mapped[str] = mapped_column(String(64))
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    blocked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    blocked_by: Mapped[str] = mapped_column(String(100))
    unblock_requested_on: Mapped[date | None] = mapped_column(Date)
    unblock_due_on: Mapped[date | None] = mapped_column(Date)
    unblocked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    unblocked_by: Mapped[str | None] = mapped_column(String(100))
    unblock_reason: Mapped[str | None] = mapped_column(Text)
