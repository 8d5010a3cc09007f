"""Models: Legal grounds for processing each natural person's data: consent with its eight elements or an art. 9 exception, how it was given, its withdrawal (issue 6, R31-R34). Imported by storage.models so that Base.metadata holds them.

A ground belongs to a card and the applicant's position on it. It has no foreign key to the
applicant row: a card edit replaces the applicant list as a whole, and the ground (with the
subject's name and IIN as the consent states them) must outlive that. Rows are never deleted
while the card exists: a new consent after a withdrawal is a new row, the newest one applies."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.domain.ids import new_id
from storage.models import Base
from storage.types import UtcDateTime


class PersonalDataGround(Base):
    __tablename__ = "pd_ground"
    __table_args__ = (
        Index("ix_pd_ground_card_id", "card_id", "position"),
        Index("ix_pd_ground_subject_iin", "subject_iin", sqlite_where=text("subject_iin IS NOT NULL"),
              postgresql_where=text("subject_iin IS NOT NULL")),
        Index("ix_pd_ground_source_ground_id", "source_ground_id", sqlite_where=text("source_ground_id IS NOT NULL"),
              postgresql_where=text("source_ground_id IS NOT NULL")),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    subject_name: Mapped[str] = mapped_column(String(300))
    subject_iin: Mapped[str | None] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(16))  # GroundKind
    # consent: the eight elements (art. 8(4)) and how it was given (art. 8(1))
    operator_name: Mapped[str | None] = mapped_column(String(300))
    operator_bin: Mapped[str | None] = mapped_column(String(12))
    valid_until: Mapped[date | None] = mapped_column(Date)
    term_text: Mapped[str | None] = mapped_column(Text)
    third_party_transfer: Mapped[bool] = mapped_column(Boolean, default=False)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)
    public_dissemination: Mapped[bool] = mapped_column(Boolean, default=False)
    data_list: Mapped[str | None] = mapped_column(Text)
    other: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(String(24))  # ConsentMethod
    given_on: Mapped[date | None] = mapped_column(Date)
    method_note: Mapped[str | None] = mapped_column(Text)
    form_copy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("electronic_copy.id", ondelete="SET NULL"))
    source_ground_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pd_ground.id", ondelete="SET NULL"))
    # art. 9 exception
    exception_case: Mapped[str | None] = mapped_column(String(16))  # ExceptionCase
    exception_note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    # withdrawal (art. 8(2)); refused: recorded, the consent stays in force
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_method: Mapped[str | None] = mapped_column(String(24))
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    withdrawal_refused: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawal_refusal_note: Mapped[str | None] = mapped_column(Text)
    withdrawal_recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    withdrawal_recorded_by: Mapped[str | None] = mapped_column(String(100))
