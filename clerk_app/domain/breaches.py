"""The register of personal-data security breaches (R47; PD Law art. 1(15-1), 25(2)(8)).

A breach is recorded when it is detected; the authorized body for personal data must be told
within one working day of detection, with the contact details of the person responsible for
organizing personal-data processing. Here "within one working day" means: by the end (24:00 Astana
time) of the first working day after the day of detection, on the body's working-day calendar.

Pure rules and plain data: no store, no Qt. docs/personal-data.md describes the register.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from clerk_app.domain import identifiers
from clerk_app.domain.calendar import WorkingCalendar, one_working_day_after
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.timeutil import ASTANA, to_astana

MAX_TEXT = 10_000  # a description or the measures taken: a page or two
MAX_SHORT = 200
MAX_PHONE = 40
MAX_TO = 300
MAX_REFERENCE = 100
MAX_SUBJECTS = 100_000_000
CLOCK_SKEW = timedelta(minutes=5)  # a station's clock a little ahead is not "the future"
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,25}$")


class BreachState(StrEnum):
    OPEN = "open"  # recorded, the authorized body not yet told
    NOTIFIED = "notified"  # the authorized body was told
    CLOSED = "closed"  # dealt with: nothing more to do


class DataCategory(StrEnum):
    """Which personal data the breach touched."""

    NAMES = "names"  # surnames, names, patronymics
    IIN = "iin"
    CONTACTS = "contacts"  # addresses, phones, e-mails
    APPEAL_TEXT = "appeal_text"  # the appeals' contents, resolutions, replies
    SCANS = "scans"  # electronic copies of the papers
    ACCOUNTS = "accounts"  # staff accounts, passwords
    OTHER = "other"  # described in the description


class NoticeChannel(StrEnum):
    """How the authorized body was told."""

    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"  # an e-government service
    PHONE = "phone"
    OTHER = "other"


class BreachFilter(StrEnum):
    ALL = "all"
    OPEN = "open"  # not closed yet (open or notified)
    OVERDUE = "overdue"  # not notified and the notice deadline has passed


@dataclass(frozen=True)
class ResponsiblePerson:
    """The person responsible for organizing personal-data processing (PD Law art. 25(3)): whose
    contact details the notice gives. Kept as a store setting and copied onto each breach."""

    name: str = ""
    phone: str = ""
    email: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name and (self.phone or self.email))


@dataclass(frozen=True)
class BreachDraft:
    """What the officer records or changes (validated by ``check_draft``)."""

    detected_at: datetime  # UTC
    description: str
    categories: tuple[DataCategory, ...]
    subjects_count: int | None  # approximate; None: not known yet
    subject_iins: tuple[str, ...]  # the IINs of affected persons, if known (stored only as keyed hashes)
    measures: str | None
    responsible: ResponsiblePerson


@dataclass(frozen=True)
class NoticeDraft:
    notified_at: datetime  # UTC
    notified_to: str
    channel: NoticeChannel
    reference: str | None  # the incoming number the authorized body gave, or the letter's number


@dataclass(frozen=True)
class Breach:
    id: uuid.UUID
    number: str  # B-2026-A-001 (B-2026-001 before schema 0018)
    detected_at: datetime
    recorded_at: datetime
    recorded_by: str
    description: str
    categories: tuple[DataCategory, ...]
    subjects_count: int | None
    known_subjects: int  # how many persons are named by IIN (their keys, never the numbers)
    measures: str | None
    notice_due_on: date  # the last day of the notice period (Astana)
    responsible: ResponsiblePerson
    notified_at: datetime | None
    notified_to: str | None
    notice_channel: NoticeChannel | None
    notice_reference: str | None
    closed_at: datetime | None
    closed_by: str | None
    closing_note: str | None
    updated_at: datetime

    @property
    def state(self) -> BreachState:
        if self.closed_at is not None:
            return BreachState.CLOSED
        return BreachState.NOTIFIED if self.notified_at is not None else BreachState.OPEN

    def is_overdue(self, today: date) -> bool:
        """Not notified, not closed, and the notice period is over."""
        return self.notified_at is None and self.closed_at is None and today > self.notice_due_on

    def is_due_today(self, today: date) -> bool:
        return self.notified_at is None and self.closed_at is None and today == self.notice_due_on

    @property
    def notified_late(self) -> bool:
        return self.notified_at is not None and to_astana(self.notified_at).date() > self.notice_due_on


@dataclass(frozen=True)
class BreachReminder:
    """For the reminders banner: notices due today and overdue."""

    due_today: int
    overdue: int


@dataclass(frozen=True)
class OperatorDetails:
    """The body processing the data (the operator), as the notice names it."""

    name: str | None
    bin: str | None
    address: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class BreachNotice:
    """The facts of the notice to the authorized body (R47); the interface writes the letter in
    the chosen language, the CLI prints the facts."""

    breach: Breach
    operator: OperatorDetails
    notice_due_at: datetime  # the moment the period ends (UTC)


def breach_number(year: int, station_code: str, serial: int) -> str:
    """B-2026-A-001: numbered per workstation, as cards are, so that numbers given offline on two
    desks never collide."""
    return f"B-{year}-{station_code}-{serial:03d}"


def notice_due_on(detected_at: datetime, calendar: WorkingCalendar) -> date:
    """The first working day after the day of detection (Astana): the notice is due by its end."""
    return one_working_day_after(to_astana(detected_at).date(), calendar)


def end_of_day(day: date) -> datetime:
    """24:00 Astana time of ``day``, in UTC."""
    return datetime.combine(day + timedelta(days=1), datetime.min.time(), ASTANA).astimezone(UTC)


# --- validation ------------------------------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.issues: list[FieldIssue] = []

    def refuse(self, field: str, code: str, message: str) -> None:
        self.issues.append(FieldIssue(field, code, message))

    def text(self, value: Any, field: str, *, limit: int, required: bool, multiline: bool = False) -> str | None:
        if value is not None and not isinstance(value, str):
            self.refuse(field, "field.not_text", "must be text")
            return None
        raw = (value or "").replace("\r\n", "\n")
        cleaned = raw.strip() if multiline else " ".join(raw.split())
        if not cleaned:
            if required:
                self.refuse(field, "field.required", "this field is required")
            return None
        control = _CONTROL_CHARS.search(cleaned.replace("\n", " ").replace("\t", " "))
        if control or "\x00" in cleaned:
            self.refuse(field, "field.bad_characters", "contains control characters")
            return None
        if len(cleaned) > limit:
            self.refuse(field, "field.too_long", f"at most {limit} characters")
            return None
        return cleaned

    def moment(self, value: Any, field: str, *, now: datetime, not_before: datetime = EARLIEST) -> datetime | None:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                self.refuse(field, "field.bad_datetime", "is not a date and time written YYYY-MM-DDTHH:MM")
                return None
        if value is None:
            self.refuse(field, "field.required", "this field is required")
            return None
        if not isinstance(value, datetime):
            self.refuse(field, "field.bad_datetime", "is not a date and time")
            return None
        if value.tzinfo is None:  # typed by a person: Astana time
            value = value.replace(tzinfo=ASTANA)
        moment: datetime = value.astimezone(UTC)
        if moment > now + CLOCK_SKEW:
            self.refuse(field, "breach.in_future", "is in the future")
            return None
        if moment < not_before:
            code = "breach.before_detection" if not_before is not EARLIEST else "field.out_of_range"
            self.refuse(field, code, "is too early")
            return None
        return moment

    def responsible(self, data: Mapping[str, Any], prefix: str) -> ResponsiblePerson:
        name = self.text(data.get(f"{prefix}name"), f"{prefix}name", limit=MAX_SHORT, required=True)
        phone = self.text(data.get(f"{prefix}phone"), f"{prefix}phone", limit=MAX_PHONE, required=False)
        email = self.text(data.get(f"{prefix}email"), f"{prefix}email", limit=MAX_SHORT, required=False)
        if phone and not _PHONE.match(phone):
            self.refuse(f"{prefix}phone", "field.bad_phone", "is not a phone number")
        if email and not _EMAIL.match(email):
            self.refuse(f"{prefix}email", "field.bad_email", "is not an e-mail address")
        if name and not phone and not email:
            self.refuse(f"{prefix}phone", "breach.no_contact", "give a phone number or an e-mail address")
        return ResponsiblePerson(name or "", phone or "", email or "")


def check_responsible(data: Mapping[str, Any]) -> ResponsiblePerson:
    """The setting's fields ``name``, ``phone``, ``email`` (a name and a phone or e-mail)."""
    checker = _Checker()
    person = checker.responsible(data, "")
    if checker.issues:
        raise ValidationError(checker.issues)
    return person


def _categories(checker: _Checker, value: Any) -> tuple[DataCategory, ...]:
    values = [value] if isinstance(value, str) else list(value or []) if isinstance(value, (list, tuple)) else None
    if values is None:
        checker.refuse("categories", "field.bad_value", "must be a list of data categories")
        return ()
    found: list[DataCategory] = []
    for index, item in enumerate(values):
        try:
            found.append(DataCategory(str(item).strip()))
        except ValueError:
            checker.refuse(f"categories.{index}", "field.bad_value",
                           f"not one of {', '.join(c.value for c in DataCategory)}")
    if not values:
        checker.refuse("categories", "field.required", "name at least one category of data")
    return tuple(dict.fromkeys(found))


def _subjects_count(checker: _Checker, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        count = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        count = None
    if count is None or not 0 <= count <= MAX_SUBJECTS:
        checker.refuse("subjects_count", "field.bad_number", f"a whole number from 0 to {MAX_SUBJECTS}")
        return None
    return count


def _iins(checker: _Checker, value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    items = re.split(r"[\s,;]+", value) if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else None
    if items is None:
        checker.refuse("subject_iins", "field.bad_value", "must be a list of IINs")
        return ()
    found: list[str] = []
    for index, item in enumerate(i for i in items if str(i).strip()):
        number = identifiers.normalize(str(item))
        problem = identifiers.iin_problem(number)
        if problem is not None:
            checker.refuse(f"subject_iins.{index}", problem.value, "not a valid IIN")
        else:
            found.append(number)
    return tuple(dict.fromkeys(found))


def check_draft(data: Mapping[str, Any], *, now: datetime) -> BreachDraft:
    """A breach as typed: ``detected_at`` (aware datetime or ISO text; naive means Astana time),
    ``description``, ``categories``, ``subjects_count``, ``subject_iins``, ``measures``,
    ``responsible_name``, ``responsible_phone``, ``responsible_email``. Every bad field is named."""
    checker = _Checker()
    detected = checker.moment(data.get("detected_at"), "detected_at", now=now)
    description = checker.text(data.get("description"), "description", limit=MAX_TEXT, required=True, multiline=True)
    categories = _categories(checker, data.get("categories"))
    count = _subjects_count(checker, data.get("subjects_count"))
    iins = _iins(checker, data.get("subject_iins"))
    if count is not None and len(iins) > count:
        checker.refuse("subjects_count", "breach.fewer_than_named", "fewer than the persons named by IIN")
    measures = checker.text(data.get("measures"), "measures", limit=MAX_TEXT, required=False, multiline=True)
    responsible = checker.responsible(data, "responsible_")
    if checker.issues:
        raise ValidationError(checker.issues)
    assert detected is not None and description is not None
    return BreachDraft(detected, description, categories, count, iins, measures, responsible)


def check_notice(data: Mapping[str, Any], *, detected_at: datetime, now: datetime) -> NoticeDraft:
    """``notified_at`` (not before detection), ``notified_to``, ``channel``, ``reference``."""
    checker = _Checker()
    at = checker.moment(data.get("notified_at") or now, "notified_at", now=now, not_before=detected_at)
    to = checker.text(data.get("notified_to"), "notified_to", limit=MAX_TO, required=True)
    channel: NoticeChannel | None = None
    try:
        channel = NoticeChannel(str(data.get("channel") or "").strip())
    except ValueError:
        checker.refuse("channel", "field.bad_value", f"not one of {', '.join(c.value for c in NoticeChannel)}")
    reference = checker.text(data.get("reference"), "reference", limit=MAX_REFERENCE, required=False)
    if checker.issues:
        raise ValidationError(checker.issues)
    assert at is not None and to is not None and channel is not None
    return NoticeDraft(at, to, channel, reference)


def check_closing(note: str | None, *, notified: bool) -> str | None:
    """Closing a breach the authorized body was never told of needs the reason (a false alarm)."""
    checker = _Checker()
    text = checker.text(note, "closing_note", limit=MAX_TEXT, required=not notified, multiline=True)
    if checker.issues:
        raise ValidationError(checker.issues)
    return text


def count_reminders(breaches: Iterable[Breach], today: date) -> BreachReminder:
    items = list(breaches)
    return BreachReminder(
        due_today=sum(b.is_due_today(today) for b in items), overdue=sum(b.is_overdue(today) for b in items)
    )
