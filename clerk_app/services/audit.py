"""The audit trail (R36): recording actions on personal data in the transaction that does them,
checking the hash chain (``clerk-app verify``), and the subject-access report (R37, R48, R49).

Other services record with ``record_in(session, actor, AuditRecord(...))`` inside their own write
transaction, as the last thing before it commits (appending locks the chain's head until then).
"""

from __future__ import annotations

import textwrap
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain import identifiers
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import (
    DATA_SOURCES,
    GENESIS_HASH,
    LEGAL_BASIS,
    MAX_USER,
    PROCESSING_METHODS,
    PROCESSING_PURPOSE,
    RETENTION,
    AuditAction,
    AuditEntry,
    AuditObject,
    AuditRecord,
    ChainProblem,
    ChainReport,
    HeldFields,
    ProblemKind,
    SubjectCard,
    SubjectReport,
    ThirdPartyTransfer,
    hash_of,
    subject_number,
)
from clerk_app.domain.copies import ElectronicCopy
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services.context import Actor, require
from clerk_app.timeutil import iso_astana, to_astana, utc_now
from storage.repositories import audit as audit_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

VERIFY_BATCH = 2000
MAX_PROBLEMS = 100  # a store altered throughout says so in the first hundred


def record_in(session: Session, actor: Actor, record: AuditRecord, *, station: str | None = None) -> AuditEntry:
    """Appends an entry in the caller's transaction (committed with it, or not at all). ``station``:
    the store's station code when the caller has read it already."""
    return audit_repo.append(
        session, record, user=actor.user[:MAX_USER], account_id=actor.account_id,
        station=station or settings_repo.station_code(session),
    )


def record_cards_in(
    session: Session, actor: Actor, action: AuditAction, object_type: AuditObject, card_ids: Iterable[uuid.UUID],
    *, object_id: str | None = None, details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """An entry whose subjects are everyone on these cards (applicants, addressees, respondents)."""
    subjects = audit_repo.subjects_of_cards(session, card_ids)
    return record_in(session, actor, AuditRecord(action, object_type, object_id, subjects, details))


def record_copies_in(
    session: Session, actor: Actor, action: AuditAction, card_id: uuid.UUID, copies: Sequence[ElectronicCopy],
    details: Mapping[str, Any] | None = None,
) -> None:
    """One entry per electronic copy of a card (its scans hold the data of everyone on the card).
    The file's original name is left out: people name scans after the applicant."""
    if not copies:
        return
    subjects = audit_repo.subjects_of_cards(session, [card_id])
    number = audit_repo.card_number(session, card_id)
    for copy in copies:
        record_in(session, actor, AuditRecord(
            action, AuditObject.COPY, str(copy.id), subjects,
            {"number": number, "role": copy.role.value, "pages": copy.page_count, **(details or {})},
        ))


def record_search_in(
    session: Session, actor: Actor, action: AuditAction, *, search: str, card_ids: Sequence[uuid.UUID],
    searched: Iterable[str | None] = (), details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """A search whose results held personal data: the count, never the results nor the words
    searched for (a name typed is personal data too). An IIN/BIN searched for makes its person a
    subject; written out (``export``), everyone on the result cards is a subject as well."""
    subjects = {n for n in map(subject_number, searched) if n}
    if action is AuditAction.EXPORT:
        subjects |= audit_repo.subjects_of_cards(session, card_ids)
    return record_in(session, actor, AuditRecord(
        action, AuditObject.SEARCH, None, frozenset(subjects), {"search": search, "results": len(card_ids), **(details or {})}
    ))


@dataclass
class AuditService:
    store: Store

    # -- recording on its own (reads, exports, account events) -----------------------------------

    def record(self, actor: Actor, record: AuditRecord) -> AuditEntry:
        with self.store.write() as session:
            return record_in(session, actor, record)

    def record_cards(
        self, actor: Actor, action: AuditAction, object_type: AuditObject, card_ids: Iterable[uuid.UUID], *,
        object_id: str | None = None, details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """E.g. a list of cards written out by the CLI: one entry, with everyone on them as subjects."""
        with self.store.write() as session:
            return record_cards_in(session, actor, action, object_type, card_ids, object_id=object_id, details=details)

    # -- reading ---------------------------------------------------------------------------------

    def head(self) -> tuple[int, str]:
        """The number of entries and the last hash, as the head record says (export it elsewhere:
        a later ``verify`` that prints a different hash for the same count shows a rewrite)."""
        with self.store.read() as session:
            found = audit_repo.head(session)
        return (found.entry_count, found.last_hash) if found else (0, GENESIS_HASH)

    def entries(self, actor: Actor | None = None, *, after_seq: int = 0, limit: int = 200) -> list[AuditEntry]:
        """For the personal-data officer's review (R57): entries in chain order."""
        require(actor, Permission.AUDIT_READ)
        with self.store.read() as session:
            return audit_repo.entries_after(session, after_seq, max(1, min(limit, 10_000)))

    def entries_of_subject(self, iin: str, actor: Actor | None = None) -> list[AuditEntry]:
        require(actor, Permission.AUDIT_READ)
        number = _checked_number(iin)
        with self.store.read() as session:
            return audit_repo.entries_of_subject(session, audit_repo.subject_key_of(session, number))

    # -- checking the chain ------------------------------------------------------------------------

    def verify(self, actor: Actor | None = None) -> ChainReport:
        """Walks the whole chain in order: every entry must give its own hash and name its
        predecessor's; the head must count the entries and name the last hash. Reports each
        changed entry, and the first deletion, insertion or reordering (after which the chain
        cannot be followed further), or a truncated end."""
        require(actor, Permission.AUDIT_READ)
        problems: list[ChainProblem] = []
        checked = prev_seq = 0
        prev_hash = GENESIS_HASH
        complete = True
        with self.store.read() as session:
            audit_repo.one_snapshot(session)
            head = audit_repo.head(session)
            while complete and len(problems) < MAX_PROBLEMS:
                batch = audit_repo.entries_after(session, prev_seq, VERIFY_BATCH)
                if not batch:
                    break
                for entry in batch:
                    checked += 1
                    problem, structural = _check_entry(session, entry, prev_seq, prev_hash)
                    if problem is not None:
                        problems.append(problem)
                    if structural:
                        complete = False
                        break
                    prev_seq, prev_hash = entry.seq, entry.hash
            if complete and len(problems) < MAX_PROBLEMS:
                problems.extend(_check_end(session, head, prev_seq, prev_hash))
        return ChainReport(
            entries_checked=checked, head_count=head.entry_count if head else None,
            head_hash=head.last_hash if head else None, problems=tuple(problems), complete=complete,
        )

    # -- the subject-access report ---------------------------------------------------------------

    def subject_report(self, iin: str, actor: Actor, *, action: AuditAction = AuditAction.EXPORT) -> SubjectReport:
        """Everything the registry holds about the person with this IIN (or BIN): their cards and
        the data on them, why and how they are processed, every audit entry on their data and every
        third party it went to. Producing it is itself recorded (``action``: export for a file or a
        printout, view for the screen)."""
        require(actor, Permission.PD_REQUESTS)
        number = _checked_number(iin)
        with self.store.write() as session:
            held = audit_repo.held_data(session, number)
            card_ids = list(dict.fromkeys(h.card_id for h in held))
            copies = audit_repo.copy_counts(session, card_ids)
            forwarded = audit_repo.forwardings(session, card_ids)
            record_in(session, actor, AuditRecord(
                action, AuditObject.PERSON, None, frozenset({number}),
                {"report": "subject_access", "cards": len(card_ids)},
            ))
            entries = audit_repo.entries_of_subject(session, audit_repo.subject_key_of(session, number))
        cards: dict[uuid.UUID, SubjectCard] = {}
        fields: dict[str, None] = {}
        for h in held:
            before = cards.get(h.card_id)
            held_fields = HeldFields(role=h.role, values=dict(h.values))
            fields.update(dict.fromkeys(h.values))
            cards[h.card_id] = SubjectCard(
                card_id=h.card_id, number=h.number, direction=h.direction, registered_at=h.registered_at,
                held=(*before.held, held_fields) if before else (held_fields,), copies=copies.get(h.card_id, 0),
            )
        if cards:
            fields.update({"appeal_text": None})
            if any(c.copies for c in cards.values()):
                fields.update({"electronic_copies": None})
        return SubjectReport(
            iin=number, generated_at=utc_now(), generated_by=actor.user, holds_data=bool(cards),
            cards=tuple(sorted(cards.values(), key=lambda c: (c.registered_at, c.number))), data_fields=tuple(fields),
            purpose=PROCESSING_PURPOSE, legal_basis=LEGAL_BASIS, sources=DATA_SOURCES, methods=PROCESSING_METHODS,
            retention=RETENTION, entries=tuple(entries), third_parties=_third_parties(entries, forwarded),
        )


def _checked_number(iin: str) -> str:
    number = identifiers.normalize(iin or "")
    problem = identifiers.iin_or_bin_problem(number)
    if problem is not None:
        raise ValidationError([FieldIssue("iin", problem.value, "not a valid IIN or BIN")])
    return number


def _third_parties(entries: Iterable[AuditEntry], forwarded: Iterable[audit_repo.Forwarding]) -> tuple[ThirdPartyTransfer, ...]:
    """Transfers recorded in the trail, and forwardings in the control history that have no entry
    (made before the trail existed)."""
    found: list[ThirdPartyTransfer] = []
    recorded: Counter[tuple[str | None, str]] = Counter()
    for entry in entries:
        if entry.action != AuditAction.TRANSFER:
            continue
        details = entry.details_dict
        to, number = str(details.get("to", "")), details.get("number")
        recorded[(number, to)] += 1
        found.append(ThirdPartyTransfer(
            to=to, occurred_at=entry.occurred_at, user=entry.user, card_number=number,
            outgoing_number=details.get("outgoing_number"), audit_seq=entry.seq,
        ))
    for f in forwarded:
        if recorded[(f.number, f.to)] > 0:
            recorded[(f.number, f.to)] -= 1
            continue
        found.append(ThirdPartyTransfer(
            to=f.to, occurred_at=f.occurred_at, user=f.actor, card_number=f.number, outgoing_number=f.outgoing_number,
            audit_seq=None,
        ))
    return tuple(sorted(found, key=lambda t: t.occurred_at))


# -- the chain walk ------------------------------------------------------------------------------------


def _check_entry(
    session: Session, entry: AuditEntry, prev_seq: int, prev_hash: str
) -> tuple[ChainProblem | None, bool]:
    """One entry against the one before it: (the problem, whether the chain is broken there)."""
    own_ok = hash_of(entry) == entry.hash
    expected = prev_seq + 1
    if entry.seq != expected:
        if entry.prev_hash == prev_hash:  # linked as it should be: its number was changed
            return ChainProblem(entry.seq, ProblemKind.CHANGED, f"entry {entry.seq} should be number {expected}"), True
        missing = f"entry {expected} is missing" if entry.seq == expected + 1 else f"entries {expected}-{entry.seq - 1} are missing"
        return ChainProblem(expected, ProblemKind.DELETED, missing), True
    if entry.prev_hash == prev_hash:
        if own_ok:
            return None, False
        return ChainProblem(entry.seq, ProblemKind.CHANGED, f"entry {entry.seq} no longer gives its hash: its contents were changed"), False
    # The link is broken: find where this entry's predecessor stands, and what follows the last good one.
    named = audit_repo.seq_with_hash(session, entry.prev_hash)
    successor = audit_repo.seq_naming_prev(session, prev_hash)
    s = entry.seq
    if named is not None and named > s:
        return ChainProblem(s, ProblemKind.REORDERED, f"entry {s} follows entry {named}, which stands after it"), True
    if successor is not None and successor > s:
        span = f"entry {s}" if successor == s + 1 else f"entries {s}-{successor - 1}"
        where = f"entry {prev_seq}" if prev_seq else "the start"
        return ChainProblem(s, ProblemKind.INSERTED, f"{span} stand between {where} and the entry that follows it"), True
    if named is not None and named < prev_seq:
        span = f"entry {named + 1}" if named + 1 == prev_seq else f"entries {named + 1}-{prev_seq}"
        return ChainProblem(named + 1, ProblemKind.INSERTED, f"{span} were inserted: entry {s} follows entry {named}"), True
    if named is None and not own_ok:  # its predecessor is gone and it was renumbered
        return ChainProblem(s, ProblemKind.DELETED, f"the entry before entry {s} is missing (the numbers after it were shifted)"), True
    if prev_seq:
        return ChainProblem(prev_seq, ProblemKind.CHANGED,
                            f"entry {prev_seq} was rewritten with a new hash: entry {s} names another predecessor"), True
    return ChainProblem(s, ProblemKind.CHANGED, "the first entry does not start the chain"), True


def _check_end(session: Session, head: audit_repo.Head | None, last_seq: int, last_hash: str) -> list[ChainProblem]:
    if head is None:
        return [ChainProblem(last_seq, ProblemKind.HEAD, "the head record is missing")]
    if head.entry_count > last_seq:
        span = f"entry {head.entry_count}" if head.entry_count == last_seq + 1 else f"entries {last_seq + 1}-{head.entry_count}"
        return [ChainProblem(last_seq + 1, ProblemKind.TRUNCATED, f"the chain ends at entry {last_seq}; {span} are missing")]
    if head.entry_count < last_seq:
        span = f"entry {last_seq}" if last_seq == head.entry_count + 1 else f"entries {head.entry_count + 1}-{last_seq}"
        return [ChainProblem(head.entry_count + 1, ProblemKind.INSERTED, f"{span} were added after the head")]
    if head.last_hash != last_hash:
        return [ChainProblem(last_seq, ProblemKind.HEAD,
                             f"the head names another hash for entry {last_seq}: the entry or the head was rewritten")]
    return []


# -- the report as JSON and as text ---------------------------------------------------------------------


def entry_to_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq, "at": iso_astana(entry.occurred_at), "user": entry.user,
        "account_id": str(entry.account_id) if entry.account_id else None, "station": entry.station,
        "action": entry.action, "object_type": entry.object_type, "object_id": entry.object_id,
        "details": entry.details_dict, "hash": entry.hash,
    }


def chain_report_to_json(report: ChainReport) -> dict[str, Any]:
    return {
        "ok": report.ok, "entries_checked": report.entries_checked, "head_count": report.head_count,
        "head_hash": report.head_hash, "complete": report.complete,
        "problems": [{"seq": p.seq, "kind": p.kind.value, "detail": p.detail} for p in report.problems],
    }


def report_to_json(report: SubjectReport) -> dict[str, Any]:
    return {
        "iin": report.iin,
        "generated_at": iso_astana(report.generated_at),
        "generated_by": report.generated_by,
        "holds_data": report.holds_data,
        "cards": [
            {"number": c.number, "id": str(c.card_id), "direction": c.direction, "registered_at": iso_astana(c.registered_at),
             "copies": c.copies, "held": [{"role": h.role, "values": dict(h.values)} for h in c.held]}
            for c in report.cards
        ],
        "data_fields": list(report.data_fields),
        "purpose": report.purpose, "legal_basis": report.legal_basis, "sources": report.sources,
        "methods": report.methods, "retention": report.retention,
        "actions": [entry_to_json(e) for e in report.entries],
        "third_parties": [
            {"to": t.to, "at": iso_astana(t.occurred_at), "user": t.user, "card": t.card_number,
             "outgoing_number": t.outgoing_number, "audit_seq": t.audit_seq}
            for t in report.third_parties
        ],
    }


_FIELD_NAMES = {
    "surname": "surname", "given_name": "given name", "patronymic": "patronymic", "iin": "IIN",
    "legal_name": "name of the organization", "bin": "BIN", "address": "address", "phone": "phone", "email": "e-mail",
    "name": "name", "bin_or_iin": "BIN/IIN", "website": "website", "appeal_text": "text of the appeal",
    "electronic_copies": "electronic copies (scans) of the papers",
}
_WIDTH = 78


_DONE = {
    "create": "registered", "change": "changed", "view": "viewed", "print": "printed", "export": "exported",
    "transfer": "transferred", "block": "blocked", "unblock": "unblocked", "destroy": "destroyed",
}


def describe(entry: AuditEntry) -> str:
    """One line saying what was done, in plain English (no personal data: the entry holds none)."""
    d = entry.details_dict
    card = f" {d['number']}" if d.get("number") else ""
    done = _DONE.get(entry.action, entry.action)
    if entry.object_type == AuditObject.PERSON:
        if d.get("report") == "subject_access":
            return f"subject-access report ({'shown' if entry.action == AuditAction.VIEW else entry.action})"
        return f"{done} the person's data" + (" (known applicant)" if d.get("purpose") == "known_applicant" else "")
    if entry.object_type == AuditObject.SEARCH:
        return f"{done} search results ({d.get('results', '?')} cards)"
    if entry.object_type == AuditObject.BREACH:  # the register names the person: their data were affected
        verb = "recorded" if entry.action == AuditAction.CREATE else "updated"
        return f"{verb} the personal-data security breach {entry.object_id or ''} that affected the person's data".replace("  ", " ")
    if entry.object_type == AuditObject.COPY:
        verb = "attached" if entry.action == AuditAction.CREATE else done
        return f"{verb} an electronic copy of card{card}"
    if entry.object_type == AuditObject.JOURNAL:
        return f"{done} a list of the journal {entry.object_id or ''} ({d.get('rows', '?')} cards)".replace("  ", " ")
    text = f"{done} {entry.object_type}{card}"
    if d.get("fields"):
        text += f" (fields: {', '.join(map(str, d['fields']))})"
    if d.get("to"):
        text += f" to {d['to']}"
    return text


def _when(moment: datetime) -> str:
    return to_astana(moment).strftime("%Y-%m-%d %H:%M")


def report_to_text(report: SubjectReport) -> str:
    """A plain UTF-8 text that prints well (monospace, at most 78 columns). Times in Astana time."""
    def para(text: str, indent: str = "  ") -> list[str]:
        return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent + "    ") or [indent]

    rule = "-" * _WIDTH
    lines = [
        "SUBJECT ACCESS REPORT: PERSONAL DATA IN THE REGISTRY OF APPEALS",
        "=" * _WIDTH,
        f"IIN/BIN:    {report.iin}",
        f"Produced:   {_when(report.generated_at)} (Astana time) by {report.generated_by}",
        f"Data held:  {'yes' if report.holds_data else 'no'}",
        "",
        "1. Cards holding the person's data",
        rule,
    ]
    if not report.cards:
        lines.append("  none")
    for c in report.cards:
        copies = f", {c.copies} electronic cop{'y' if c.copies == 1 else 'ies'}" if c.copies else ""
        lines.append(f"  {c.number}  {c.direction}, registered {_when(c.registered_at)}{copies}")
        for h in c.held:
            lines.append(f"    as {h.role}:")
            for name, value in h.values.items():
                lines.extend(para(f"{_FIELD_NAMES.get(name, name)}: {value}", "      "))
    lines += ["", "2. Personal data held", rule]
    lines.extend(para(", ".join(_FIELD_NAMES.get(f, f) for f in report.data_fields) or "none"))
    for title, text in (("3. Purpose of processing", report.purpose), ("4. Legal basis", report.legal_basis),
                        ("5. Sources", report.sources), ("6. Methods", report.methods),
                        ("7. Storage periods", report.retention)):
        lines += ["", title, rule, *textwrap.wrap(text, _WIDTH, initial_indent="  ", subsequent_indent="  ")]
    lines += ["", "8. Actions on the person's data (audit trail)", rule]
    if not report.entries:
        lines.append("  none")
    for e in report.entries:
        lines.extend(para(f"#{e.seq}  {_when(e.occurred_at)}  {e.user} ({e.station}): {describe(e)}"))
    lines += ["", "9. Third parties the data went to", rule]
    if not report.third_parties:
        lines.append("  none")
    for t in report.third_parties:
        card = f", card {t.card_number}" if t.card_number else ""
        letter = f", letter {t.outgoing_number}" if t.outgoing_number else ""
        lines.extend(para(f"{_when(t.occurred_at)}  {t.to}{card}{letter}, by {t.user}"))
    lines += ["", "=" * _WIDTH,
              *textwrap.wrap("Provided free of charge (PD Law art. 25). Actions are numbered in the order of the "
                             "registry's tamper-evident audit trail.", _WIDTH)]
    return "\n".join(lines) + "\n"
