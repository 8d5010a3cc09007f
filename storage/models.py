"""The schema: typed SQLAlchemy 2 models with one constraint naming convention.

Every primary key is a UUIDv7 made by the application (cards are created offline on many stations).
Enumerations are stored as their string values (portable, readable in SQL).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from clerk_app.domain.ids import new_id
from storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _partial_index(name: str, *columns: str) -> Index:
    """An index over the rows whose first column is set."""
    condition = text(f"{columns[0]} IS NOT NULL")
    return Index(name, *columns, sqlite_where=condition, postgresql_where=condition)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoreSetting(Base):
    """Settings that belong to the store, not to one user's desktop: station code, body, ..."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Journal(Base):
    """A numbering series (incoming, outgoing, ...) with its number template."""

    __tablename__ = "journal"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    direction: Mapped[str] = mapped_column(String(16))
    index_code: Mapped[str] = mapped_column(String(20))
    number_template: Mapped[str] = mapped_column(String(100))
    title_kk: Mapped[str] = mapped_column(String(200))
    title_ru: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class NumberSequence(Base):
    """The last serial issued per journal, year and station. Only ever counts up."""

    __tablename__ = "number_sequence"

    journal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journal.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_serial: Mapped[int] = mapped_column(BigInteger)


class SettlementBody(Base):
    """Reference list of pre-trial settlement bodies (cl. 8, R19)."""

    __tablename__ = "settlement_body"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    body_type: Mapped[str] = mapped_column(String(40))
    bin: Mapped[str | None] = mapped_column(String(12), unique=True)
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))


class StaffMember(Base):
    """Reference list of the body's staff (executors of appeals)."""

    __tablename__ = "staff_member"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Respondent(Base):
    """Sellers, manufacturers, performers and game organizers; one row per BIN/IIN."""

    __tablename__ = "respondent"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # case-folded, for matching and lookup
    role: Mapped[str] = mapped_column(String(40))
    bin_or_iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    address: Mapped[str | None] = mapped_column(String(500))
    website: Mapped[str | None] = mapped_column(String(200))
    activity: Mapped[str | None] = mapped_column(String(32))  # ActivityField: for the quarterly information


class Card(Base):
    """The registration-control card of one incoming or outgoing appeal."""

    __tablename__ = "card"
    # Partial indexes where most rows are NULL (links, correspondent numbers): smaller, cheaper to
    # keep up, and still used by equality lookups on SQLite and PostgreSQL alike.
    __table_args__ = (
        Index("ix_card_journal_id_registered_at", "journal_id", "registered_at", "id"),
        _partial_index("ix_card_correspondent_number", "correspondent_number", "correspondent_date"),
        Index("ix_card_respondent_id", "respondent_id", "registered_at"),
        _partial_index("ix_card_answers_card_id", "answers_card_id"),
        _partial_index("ix_card_repeat_of_card_id", "repeat_of_card_id"),
        # search across both journals, newest first (keyset on registered_at, id)
        Index("ix_card_registered_at", "registered_at", "id"),
        _partial_index("ix_card_claimed_amount_tiyn", "claimed_amount_tiyn"),
        Index("ix_card_kind_registered_at", "kind", "registered_at", "id"),  # by kind, newest first
        # number prefix search: PostgreSQL needs pattern ops for LIKE 'prefix%' under any collation;
        # SQLite compares bytes and uses the unique index for a range.
        Index("ix_card_number_pattern", "number", postgresql_ops={"number": "text_pattern_ops"}).ddl_if(
            dialect="postgresql"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    journal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journal.id"))
    direction: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(BigInteger)
    station_code: Mapped[str] = mapped_column(String(16))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    registered_by: Mapped[str] = mapped_column(String(100))
    received_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(32))
    form: Mapped[str] = mapped_column(String(32))
    appeal_type: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(48))
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    respondent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("respondent.id"))
    summary: Mapped[str] = mapped_column(Text)
    claimed_amount_tiyn: Mapped[int | None] = mapped_column(BigInteger)
    correspondent_number: Mapped[str | None] = mapped_column(String(100))
    correspondent_date: Mapped[date | None] = mapped_column(Date)
    sheet_count: Mapped[int | None] = mapped_column(Integer)
    answers_card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id"))
    repeat_of_card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id"))
    is_court_matter: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    applicants: Mapped[list[CardApplicant]] = relationship(
        order_by="CardApplicant.position", cascade="all, delete-orphan", lazy="select"
    )
    respondent: Mapped[Respondent | None] = relationship(lazy="joined")
    journal: Mapped[Journal] = relationship(lazy="joined")


class CardApplicant(Base):
    """An applicant of an incoming appeal (or an addressee of an outgoing letter).

    Applicants are a list of values belonging to their card, keyed by (card, position) and stored
    clustered by card (SQLite WITHOUT ROWID): reading a card's applicants is one range scan, and an
    edit replaces the list as a whole (one history entry, synced with the card).

    ``registered_at`` is the card's own (it never changes), copied here so that the name index
    lists the cards a name prefix matches newest first by itself, without reading the cards."""

    __tablename__ = "card_applicant"
    __table_args__ = (
        _partial_index("ix_card_applicant_iin", "iin"),
        _partial_index("ix_card_applicant_bin", "bin"),
        Index(
            "ix_card_applicant_name_key", "name_key", "registered_at", "card_id",
            sqlite_where=text("name_key IS NOT NULL"), postgresql_where=text("name_key IS NOT NULL"),
        ),
        {"sqlite_with_rowid": False},
    )

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    party_type: Mapped[str] = mapped_column(String(16))
    surname: Mapped[str | None] = mapped_column(String(200))
    given_name: Mapped[str | None] = mapped_column(String(200))
    patronymic: Mapped[str | None] = mapped_column(String(200))
    iin: Mapped[str | None] = mapped_column(String(12))
    legal_name: Mapped[str | None] = mapped_column(String(300))
    bin: Mapped[str | None] = mapped_column(String(12))
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    # The name folded for search (surname first, or the legal name): case, ё/е and look-alike
    # letters folded as in full-text search (clerk_app.domain.text_folding).
    # Spelt in alphabet order (clerk_app.domain.card_query.sortable) and compared byte by byte: the
    # "C" collation on PostgreSQL, SQLite's own binary one.
    name_key: Mapped[str | None] = mapped_column(String(300).with_variant(String(300, collation="C"), "postgresql"))


class CardChange(Base):
    """Append-only history of edits: who, when, which field, old and new value (R64)."""

    __tablename__ = "card_change"
    __table_args__ = (Index("ix_card_change_card_id", "card_id", "changed_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(100))
    station_code: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON


class ElectronicCopy(Base):
    """An electronic copy (cl. 11) attached to a card: the original bytes live in the blob store
    under ``sha256``; this row says what they are, who attached them and in which role."""

    __tablename__ = "electronic_copy"
    __table_args__ = (Index("ix_electronic_copy_card_id", "card_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(8))
    page_count: Mapped[int] = mapped_column(Integer)
    pages: Mapped[str] = mapped_column(Text)  # JSON: per-page pixel size and DPI
    details: Mapped[str] = mapped_column(Text)  # JSON: compression, colour modes, flags
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(255))
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OcrJob(Base):
    """The persistent recognition queue: one job per stored file (by content), surviving restarts."""

    __tablename__ = "ocr_job"
    __table_args__ = (Index("ix_ocr_job_status", "status", "enqueued_at"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    format: Mapped[str] = mapped_column(String(8))
    page_count: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # pending, running, done, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(String(100))
    enqueued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PageText(Base):
    """Recognised text of one page of a stored file, for full-text search (the original is untouched)."""

    __tablename__ = "page_text"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    page_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    languages: Mapped[str] = mapped_column(String(100))
    recognised_at: Mapped[datetime] = mapped_column(UtcDateTime)


class InboxItem(Base):
    """A validated file that arrived without a card (hot folder, later the scanner): it waits in
    the inbox until a clerk, or the QR stamp on its first page, files it under a card."""

    __tablename__ = "inbox_item"
    __table_args__ = (Index("ix_inbox_item_filed_copy_id", "filed_copy_id", "received_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(8))
    page_count: Mapped[int] = mapped_column(Integer)
    pages: Mapped[str] = mapped_column(Text)  # JSON, as electronic_copy.pages
    details: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(32))  # hot_folder, scanner
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    filed_copy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("electronic_copy.id", ondelete="SET NULL"))
    filed_by: Mapped[str | None] = mapped_column(String(100))
    filed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CalendarDay(Base):
    """A day the government moved: a weekday made a day off, or a Saturday made a working day.
    Public holidays themselves come from the ``holidays`` package; this table corrects and adds."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(300))


class DeadlineRule(Base):
    """A legal period as data: the body can edit amounts; the defaults cite their sources."""

    __tablename__ = "deadline_rule"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))  # calendar, working, hours
    applies_to_kinds: Mapped[str] = mapped_column(String(400))  # comma-separated appeal kinds, "" = an event rule
    legal_source: Mapped[str] = mapped_column(String(300))
    is_default: Mapped[bool] = mapped_column(Boolean)


class ControlEvent(Base):
    """Append-only execution-control history of a card (cl. 10): who did what, when and why.
    Never updated or deleted; ``card_control`` is derived from these rows."""

    __tablename__ = "control_event"
    __table_args__ = (Index("ix_control_event_card_id", "card_id", "occurred_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    station_code: Mapped[str] = mapped_column(String(16))
    event: Mapped[str] = mapped_column(String(32))  # ControlEventType
    details: Mapped[str] = mapped_column(Text)  # JSON: executors, resolution, due dates, result, reason, ...


class CardControl(Base):
    """The current control state of a card, kept in step with its events in the same transaction
    so that the control views (due today, overdue, by executor) are plain indexed SQL."""

    __tablename__ = "card_control"
    __table_args__ = (
        # open_due_on is the due date while the card is on control, NULL once removed: the partial
        # index holds only the open cards, which is what every control view reads.
        _partial_index("ix_card_control_open_due_on", "open_due_on", "card_id"),
        _partial_index("ix_card_control_notice_due_on", "notice_due_on"),
        Index("ix_card_control_status", "status", "due_on"),
        Index("ix_card_control_resolved_at", "resolved_at"),  # results recorded in a quarter (cl. 9)
    )

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(24))  # ControlStatus
    due_on: Mapped[date | None] = mapped_column(Date)
    open_due_on: Mapped[date | None] = mapped_column(Date)
    first_due_on: Mapped[date | None] = mapped_column(Date)  # before any extension
    notice_due_on: Mapped[date | None] = mapped_column(Date)  # the applicant is told of an extension by then
    rule_code: Mapped[str | None] = mapped_column(String(48))
    resolution: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(String(32))  # ControlResult
    # what the standing RESOLVED event recorded, for the quarterly information (cl. 9, R14)
    refusal_reason: Mapped[str | None] = mapped_column(String(48))  # RefusalReason
    recovered_amount_tiyn: Mapped[int | None] = mapped_column(BigInteger)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reply_card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    last_event_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CardExecutor(Base):
    """The current executors of a card (derived from its latest assignment), for "by executor"."""

    __tablename__ = "card_executor"
    __table_args__ = (Index("ix_card_executor_staff_member_id", "staff_member_id", "card_id"),)

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)
    staff_member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"), primary_key=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)


class SearchDocument(Base):
    """One searchable text of a card: its own fields (source "card") or the recognised text of one
    page of one of its copies (source "page", with the file's ``sha256`` and ``page_index``).

    ``body`` is the text folded into search tokens (``clerk_app.domain.text_folding``) joined by
    spaces. The index proper differs by backend and is made by migration 0008 outside this model:
    on SQLite the FTS5 table ``search_fts`` over ``body``, kept in step by triggers on this table;
    on PostgreSQL a ``vector`` tsvector column with a GIN index, written together with the row.
    Rows are written by ``storage.repositories.search`` only."""

    __tablename__ = "search_document"
    __table_args__ = (
        Index("ix_search_document_card_id", "card_id", "source"),
        _partial_index("ix_search_document_sha256", "sha256", "page_index"),
    )

    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(8))  # card, page
    sha256: Mapped[str | None] = mapped_column(String(64))
    page_index: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


# Models kept in modules of their own; imported here so that Base.metadata (migrations, the store's
# checks) holds every table.
from storage import account_models, audit_models, breach_models, consent_models, retention_models, sync_models  # noqa: E402, F401
