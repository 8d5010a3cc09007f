"""Models of the register of personal-data security breaches with the one-working-day notice
deadline (issue 6, R47). Imported by storage.models so that Base.metadata holds them.

The persons a breach touched are kept as the audit trail keeps them: keyed hashes of their IINs
(``clerk_app.domain.audit.subject_key``), never the numbers, so that a breach is found by a
person's IIN (the subject-access report) and destroying the person's data leaves no number here."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.domain.ids import new_id
from storage.models import Base
from storage.types import UtcDateTime


class Breach(Base):
    """One breach: what happened, when it was detected and recorded, the notice to the authorized
    body and its deadline, the responsible person's contacts as given in the notice, the closing."""

    __tablename__ = "breach"
    __table_args__ = (
        # each workstation numbers its own (numbers made offline on two desks never collide)
        UniqueConstraint("year", "station_code", "serial", name="uq_breach_year_station_serial"),
        Index("ix_breach_state_notice_due_on", "state", "notice_due_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    station_code: Mapped[str] = mapped_column(String(16), server_default="")  # "" before 0018
    serial: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # BreachState: open, notified, closed
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(String(200))  # DataCategory values, comma-separated
    subjects_count: Mapped[int | None] = mapped_column(Integer)
    measures: Mapped[str | None] = mapped_column(Text)
    notice_due_on: Mapped[date] = mapped_column(Date)
    responsible_name: Mapped[str] = mapped_column(String(200))
    responsible_phone: Mapped[str | None] = mapped_column(String(40))
    responsible_email: Mapped[str | None] = mapped_column(String(200))
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notified_to: Mapped[str | None] = mapped_column(String(300))
    notice_channel: Mapped[str | None] = mapped_column(String(16))
    notice_reference: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closing_note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class BreachSubject(Base):
    """A person the breach touched, as the keyed hash of their IIN."""

    __tablename__ = "breach_subject"
    __table_args__ = (Index("ix_breach_subject_subject_key", "subject_key"), {"sqlite_with_rowid": False})

    breach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True)
    subject_key: Mapped[str] = mapped_column(String(64), primary_key=True)
