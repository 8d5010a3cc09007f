"""The registration-control card and the plain data the services hand out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import (
    ActivityField,
    AppealForm,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    PartyType,
    RespondentRole,
    SettlementBodyType,
)


@dataclass(frozen=True)
class Applicant:
    """A natural person (surname, name, patronymic, IIN) or a legal entity (name, BIN)."""

    party_type: PartyType
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    iin: str | None = None
    legal_name: str | None = None
    bin: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    @property
    def display_name(self) -> str:
        if self.party_type is PartyType.LEGAL_ENTITY:
            return self.legal_name or ""
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(frozen=True)
class RespondentData:
    """The seller (manufacturer, performer) or game organizer complained about, as entered."""

    name: str
    role: RespondentRole = RespondentRole.SELLER
    bin_or_iin: str | None = None
    address: str | None = None
    website: str | None = None  # R87: website, URL, domain or IP of an online seller
    activity: ActivityField | None = None  # the field of activity, for the quarterly information (cl. 9)


@dataclass(frozen=True)
class Respondent(RespondentData):
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class CardRef:
    id: uuid.UUID
    number: str


@dataclass(frozen=True)
class CardDraft:
    """What the clerk enters to register a card (validated by ``clerk_app.domain.drafts``)."""

    direction: Direction
    channel: Channel
    form: AppealForm
    summary: str
    applicants: tuple[Applicant, ...]
    journal: str | None = None  # journal code; None means the direction's default journal
    type: AppealType | None = None
    kind: AppealKind | None = None
    is_collective: bool = False
    respondent: RespondentData | None = None
    claimed_amount: Decimal | None = None
    correspondent_number: str | None = None
    correspondent_date: date | None = None
    received_on: date | None = None
    sheet_count: int | None = None
    answers: str | None = None  # number or id of the incoming card an outgoing reply answers
    repeat_of: str | None = None  # number or id of the earlier appeal this one repeats
    is_court_matter: bool = False  # R11: never transmitted to the national system
    notes: str | None = None
    written_consent: bool = False  # the appeal carries each person's signed consent (R31, R32): recorded with it


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    number: str
    direction: Direction
    journal: str
    registered_at: datetime  # UTC
    registered_by: str
    station: str
    channel: Channel
    form: AppealForm
    type: AppealType | None
    kind: AppealKind | None
    is_collective: bool
    applicants: tuple[Applicant, ...]
    respondent: Respondent | None
    summary: str
    claimed_amount: Decimal | None
    correspondent_number: str | None
    correspondent_date: date | None
    received_on: date | None
    sheet_count: int | None
    answers: CardRef | None
    repeat_of: CardRef | None
    replies: tuple[CardRef, ...]
    repeats: tuple[CardRef, ...]
    is_court_matter: bool
    notes: str | None
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class CardChange:
    """One field of one card changed by one person: the old value stays recoverable (R64)."""

    changed_at: datetime
    changed_by: str
    field: str
    old_value: object
    new_value: object


@dataclass(frozen=True)
class JournalRow:
    """One line of a journal list: what the table shows, nothing more."""

    id: uuid.UUID
    number: str
    registered_at: datetime
    direction: Direction
    channel: Channel
    type: AppealType | None
    kind: AppealKind | None
    correspondent: str  # first applicant (incoming: from whom; outgoing: to whom)
    is_collective: bool
    respondent: str | None
    summary: str
    claimed_amount: Decimal | None
    is_court_matter: bool
    control_status: ControlStatus | None = None  # None: never on control (outgoing letters)
    due_on: date | None = None  # while on control
    blocked: bool = False  # holds a person whose data are blocked (R45): names and summary hidden

    def days_left(self, today: date) -> int | None:
        """Days to the due date (negative when overdue); None when not on control."""
        return (self.due_on - today).days if self.due_on is not None else None


@dataclass(frozen=True)
class JournalPage:
    rows: tuple[JournalRow, ...]
    next_cursor: str | None  # opaque; pass back to get the following page


@dataclass(frozen=True)
class Journal:
    code: str
    direction: Direction
    index: str
    number_template: str
    title_kk: str
    title_ru: str


@dataclass(frozen=True)
class SettlementBody:
    """A pre-trial settlement body from the list the authorized body publishes (cl. 8, R19)."""

    id: uuid.UUID
    name: str
    body_type: SettlementBodyType
    bin: str | None
    address: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class StaffMember:
    """A member of the body's staff who can be made the executor of an appeal."""

    id: uuid.UUID
    full_name: str
    position: str | None
    email: str | None
    phone: str | None
    is_active: bool
