"""The audit trail of actions on personal data (R36, R37): what an entry holds, how its hash is
made, what a check of the chain reports, and the subject-access report (R37, R48, R49).

Pure rules and plain data: no store, no Qt. The chain and its guarantees are described in
docs/audit.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from clerk_app.domain import identifiers
from clerk_app.domain.cards import Card, RespondentData

GENESIS_HASH = "0" * 64  # the "previous hash" of the first entry
HASH_FORMAT = b"clerk-audit-v1\n"  # a later format gets a new prefix; old entries keep theirs
MAX_USER = 100
MAX_DETAILS = 4000


class AuditAction(StrEnum):
    """What was done (R36: view/open, print, export, change, addition, transfer, blocking,
    destruction), plus the account events that say who could act."""

    CREATE = "create"
    CHANGE = "change"
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    TRANSFER = "transfer"  # to a third party: details name it ("to")
    BLOCK = "block"
    UNBLOCK = "unblock"
    DESTROY = "destroy"
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    RESTORE = "restore"  # the whole registry put back from a backup (recorded in the restored store)


class AuditObject(StrEnum):
    """What the action was done on."""

    CARD = "card"
    COPY = "copy"  # an electronic copy (a scan) of a card
    PERSON = "person"  # a natural person's data found by IIN (known applicant, subject report)
    SEARCH = "search"  # a search whose results held personal data (the count, never the results)
    JOURNAL = "journal"  # a list of cards written out (CLI ``list``)
    ACCOUNT = "account"
    DEMO = "demo"  # a load of invented demo cards: one entry for the whole load
    BREACH = "breach"  # an entry of the register of personal-data security breaches (R47)
    STATISTICS = "statistics"  # depersonalised statistics written out (R55)
    BACKUP = "backup"  # the whole registry written to an encrypted backup archive, or restored from one
    ENCRYPTION = "encryption"  # the store's encryption at rest: enabled, the recovery code shown, the key recovered
    CONSENT = "consent"  # a legal ground for processing a person's data: consent or an art. 9 case (R31-R33)
    DESTRUCTION_ACT = "destruction_act"  # personal data destroyed: details name the act, subjects whose (R43, R44)
    SETTINGS = "settings"  # a store setting on how personal data are protected (retention periods, the ground
    # required before transfers): the object id is the setting's key, the details its values before and after


@dataclass(frozen=True)
class AuditRecord:
    """What a service asks to record; the trail adds the number, time, user, station and hashes.

    ``subjects`` are the IINs/BINs of the persons and entities whose data the action touched (they
    are stored as keyed hashes, never as the numbers). ``details`` is small JSON-able data that
    never holds the values of personal data: field names, counts, registration numbers."""

    action: AuditAction
    object_type: AuditObject
    object_id: str | None = None
    subjects: frozenset[str] = frozenset()
    details: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One stored entry of the trail."""

    seq: int  # 1, 2, 3, ... in the order of the chain
    occurred_at: datetime  # UTC
    user: str
    account_id: uuid.UUID | None
    station: str
    action: str  # an AuditAction value (kept as text: an entry written by a newer version still reads)
    object_type: str
    object_id: str | None
    details: str  # canonical JSON text, exactly as hashed
    subject_keys: tuple[str, ...]  # sorted
    prev_hash: str
    hash: str

    @property
    def details_dict(self) -> dict[str, Any]:
        try:
            value = json.loads(self.details)
        except ValueError:  # a tampered entry: verify reports it; readers still show something
            return {}
        return value if isinstance(value, dict) else {}


def canonical_details(details: Mapping[str, Any] | None) -> str:
    """The one text a details object is stored and hashed as (sorted keys, no spaces)."""
    text = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_plain)
    if len(text) > MAX_DETAILS:
        raise ValueError(f"audit details longer than {MAX_DETAILS} characters")
    return text


def _plain(value: object) -> object:
    if isinstance(value, (uuid.UUID, date)):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value, key=str)
    raise TypeError(f"not JSON-able in audit details: {type(value).__name__}")


def utc_text(moment: datetime) -> str:
    """The time as hashed: UTC, to the microsecond (what both backends keep)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    *,
    seq: int,
    occurred_at: datetime,
    user: str,
    account_id: uuid.UUID | None,
    station: str,
    action: str,
    object_type: str,
    object_id: str | None,
    details: str,
    subject_keys: Iterable[str],
    prev_hash: str,
) -> str:
    """SHA-256 over a canonical serialization of every field of the entry and the previous hash."""
    payload = [
        seq, utc_text(occurred_at), user, str(account_id) if account_id else None, station, action, object_type,
        object_id, details, sorted(subject_keys), prev_hash,
    ]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(HASH_FORMAT + text.encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """The hash the entry's stored fields give (equal to ``entry.hash`` unless it was tampered with)."""
    return entry_hash(
        seq=entry.seq, occurred_at=entry.occurred_at, user=entry.user, account_id=entry.account_id,
        station=entry.station, action=entry.action, object_type=entry.object_type, object_id=entry.object_id,
        details=entry.details, subject_keys=entry.subject_keys, prev_hash=entry.prev_hash,
    )


def subject_key(salt: str, number: str) -> str:
    """The key an IIN/BIN is stored under: HMAC-SHA-256 with the store's own salt. The number itself
    never enters the trail, so destroying a person's data leaves it nowhere in the store, while the
    entries about them stay findable by anyone who is given the IIN (docs/audit.md)."""
    return hmac.new(bytes.fromhex(salt), identifiers.normalize(number).encode("ascii"), hashlib.sha256).hexdigest()


def subject_number(value: str | None) -> str | None:
    """A 12-digit IIN/BIN as stored on the card, or None (a missing or malformed number is no subject)."""
    if not value:
        return None
    number = identifiers.normalize(value)
    return number if len(number) == 12 and number.isdigit() else None


def card_subjects(card: Card) -> frozenset[str]:
    """The IINs/BINs of a card's applicants (addressees) and its respondent."""
    numbers = [a.iin for a in card.applicants] + [a.bin for a in card.applicants]
    if card.respondent is not None:
        numbers.append(card.respondent.bin_or_iin)
    return frozenset(n for n in map(subject_number, numbers) if n)


def respondent_subject(respondent: RespondentData | None) -> frozenset[str]:
    number = subject_number(respondent.bin_or_iin) if respondent else None
    return frozenset({number}) if number else frozenset()


# --- checking the chain -------------------------------------------------------------------------


class ProblemKind(StrEnum):
    CHANGED = "changed"  # an entry's fields no longer give its hash, or its hash was rewritten
    DELETED = "deleted"  # entries are missing from the middle of the chain
    INSERTED = "inserted"  # entries stand in the chain that were never appended there
    REORDERED = "reordered"  # entries are there, in another order
    TRUNCATED = "truncated"  # entries are missing from the end (the head counts more)
    HEAD = "head"  # the head record is missing or disagrees with the last entry


@dataclass(frozen=True)
class ChainProblem:
    seq: int  # where the walk found it (the first entry concerned)
    kind: ProblemKind
    detail: str


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    head_count: int | None  # what the head record says (None: no head record)
    head_hash: str | None  # the hash of the last entry, as the head record gives it
    problems: tuple[ChainProblem, ...]
    complete: bool = True  # False: the walk stopped at a break in the chain; later entries unchecked

    @property
    def ok(self) -> bool:
        return not self.problems


# --- the subject-access report (R37, R48, R49) ------------------------------------------------------

# What the registry does with a person's data and on what ground, until consent records exist
# (issue 6, deliverable 3): stated once here so that every report says the same.
PROCESSING_PURPOSE = (
    "Registration, consideration and control of appeals of consumers to the authorized body for the "
    "protection of consumer rights (Law of the Republic of Kazakhstan \"On the protection of consumer "
    "rights\"; Rules of registration and consideration of appeals, seed 001); replies to the applicant; "
    "pre-trial settlement of disputes. The data are used for no other purpose (PD Law art. 7(8), 14)."
)
LEGAL_BASIS = (
    "Processing necessary for the authorized body to perform its functions established by law "
    "(Law \"On personal data and their protection\" No. 94-V, art. 9) and the consent the applicant "
    "gives with the appeal (art. 7, 8)."
)
DATA_SOURCES = (
    "The appeal and the documents the applicant or their representative submitted (on paper, by e-mail "
    "or through e-government services), and the replies of the body."
)
PROCESSING_METHODS = (
    "Automated processing in the registry of appeals (registration cards, electronic copies of the "
    "papers, execution control) by staff whose roles allow it; every access is recorded in the audit trail."
)
RETENTION = (
    "Kept for the storage periods of appeal files set by the body's nomenclature of cases; when they run "
    "out the data are destroyed and a destruction act is drawn up (PD Law art. 12)."
)


@dataclass(frozen=True)
class HeldFields:
    """The person's data on one card: which fields are held, and their values (for R49: the person
    sees their own data)."""

    role: str  # applicant (or addressee of an outgoing letter), respondent
    values: Mapping[str, str]  # field name -> value, only the fields that are filled in


@dataclass(frozen=True)
class SubjectCard:
    card_id: uuid.UUID
    number: str
    direction: str
    registered_at: datetime
    held: tuple[HeldFields, ...]
    copies: int  # electronic copies (scans) attached to the card


@dataclass(frozen=True)
class ThirdPartyTransfer:
    to: str
    occurred_at: datetime
    user: str
    card_number: str | None
    outgoing_number: str | None
    audit_seq: int | None  # None: forwarded before the audit trail existed (from the control history)


@dataclass(frozen=True)
class SubjectReport:
    iin: str
    generated_at: datetime
    generated_by: str
    holds_data: bool
    cards: tuple[SubjectCard, ...]
    data_fields: tuple[str, ...]  # every field held about the person, over all cards
    purpose: str
    legal_basis: str
    sources: str
    methods: str
    retention: str
    entries: tuple[AuditEntry, ...]  # every audit entry on their data, oldest first
    third_parties: tuple[ThirdPartyTransfer, ...]
