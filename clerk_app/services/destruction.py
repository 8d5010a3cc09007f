"""Destroying personal data (R43, R44) as a supervised action with a destruction act.

Two triggers: the records whose retention period ran out (or any card named, on another legal
ground), and a subject by IIN (consent withdrawn, a court decision, unlawful processing found...).
A destroyed card stays as a depersonalised tombstone (number, date, journal, kind, respondent,
control status and result) so that the journal keeps its numbering and the statistics their
counts. A person named by IIN is erased from every card that holds them: a card that is theirs
alone becomes a tombstone; on a collective card only they are erased and the words that identify
them are redacted from the card's texts; cards that only mention their IIN are redacted too. The
act lists the records by registration number, never by name.

One transaction does the deleting, the act, the central removal queue and the audit entry; then
the stored files are overwritten and removed and the store compacted so that nothing is
restorable: on SQLite the search index merged (old FTS5 segments keep deleted tokens) and the WAL
truncated (secure_delete zeroes freed space in the file itself); on PostgreSQL the tables vacuumed.
docs/personal-data.md says what each step covers and what it cannot (SSDs, backups).
"""

from __future__ import annotations

import dataclasses
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.control import ControlEvent, ControlEventType, apply_event
from clerk_app.domain.ids import new_id
from clerk_app.domain.retention import (
    DESTROYED_MARKER,
    CleanupReport,
    DestroyedItem,
    DestructionAct,
    DestructionOutcome,
    DestructionScope,
    DestructionTrigger,
    PersonWords,
    RecordType,
    SubjectPreview,
    check_act_details,
    start_before,
    unblocked_by_destruction,
)
from clerk_app.errors import ClerkError, NotFoundError
from clerk_app.services import audit
from clerk_app.services.audit import _checked_number
from clerk_app.services.context import Actor, resolve_card
from clerk_app.timeutil import astana_today, to_astana, utc_now
from storage.blobs import FileBlobStore
from storage.models import ElectronicCopy, InboxItem
from storage.repositories import audit as audit_repo
from storage.repositories import blocking as blocking_repo
from storage.repositories import cards as card_repo
from storage.repositories import compaction
from storage.repositories import control as control_repo
from storage.repositories import destruction as repo
from storage.repositories import redaction as redaction_repo
from storage.repositories import retention as retention_repo
from storage.repositories import search as search_repo
from storage.repositories import settings as settings_repo
from storage.repositories.destruction import Erased
from storage.store import Store

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
RecordRef = tuple[RecordType, uuid.UUID]
MAX_ACTS = 500


@dataclass
class DestructionService:
    store: Store
    blobs: FileBlobStore

    # -- what would be destroyed ---------------------------------------------------------------------

    def preview_subject(self, iin: str, actor: Actor) -> SubjectPreview:
        actor.require(Permission.PD_DESTROY)
        number = _checked_number(iin)
        with self.store.read() as session:
            return self._preview(session, number)

    def _preview(self, session: Session, number: str) -> SubjectPreview:
        held = repo.holdings(session, number)
        mentions = _mentions(session, number, {h.card_id for h in held})
        basics = repo.card_basics(session, sorted(mentions))
        inbox = repo.inbox_mentioning(session, number)
        blocked = blocking_repo.open_block(session, audit_repo.subject_key_of(session, number)) is not None
        return SubjectPreview(
            iin=number, own_cards=tuple(h.number for h in held if not h.others),
            collective_cards=tuple(h.number for h in held if h.others),
            mentions=tuple(sorted(basics[c][0] for c in mentions if c in basics)),
            inbox_items=tuple(str(i) for i in inbox), as_respondent=repo.respondent_cards(session, number),
            blocked=blocked,
        )

    def records_of_cards(self, refs: Iterable[str], actor: Actor) -> list[RecordRef]:
        """Cards named by number or id, as records to destroy."""
        actor.require(Permission.PD_DESTROY)
        with self.store.read() as session:
            rows = [resolve_card(session, ref) for ref in refs]
        return [(RecordType(r.direction), r.id) for r in rows]

    def all_due(self, actor: Actor, *, today: date | None = None) -> list[RecordRef]:
        """Every record whose retention period ran out (cards, then unfiled scans)."""
        actor.require(Permission.PD_DESTROY)
        day = today or astana_today()
        found: list[RecordRef] = []
        with self.store.read() as session:
            policy = retention_repo.policy(session)
            for record_type in RecordType:
                cutoff = start_before(day, policy.years_of(record_type))
                after = None
                while True:
                    page = (retention_repo.due_inbox(session, cutoff, after, 2000) if record_type is RecordType.INBOX
                            else retention_repo.due_cards(session, record_type, cutoff, after, 2000))
                    found.extend((record_type, r.id) for r in page)
                    if len(page) < 2000:
                        break
                    after = (page[-1].registered_at, page[-1].id)
        return found

    # -- destroying ----------------------------------------------------------------------------------

    def destroy_records(
        self, records: Sequence[RecordRef], *, trigger: str, commission: Iterable[str], basis: str | None,
        confirm_count: int, actor: Actor, today: date | None = None, progress: Progress | None = None,
    ) -> DestructionOutcome:
        """Destroys these records (cards become tombstones; unfiled scans go whole). ``confirm_count``
        must be the number of records: the person confirming named it. On the retention trigger,
        every record must still be due on ``today``."""
        actor.require(Permission.PD_DESTROY)
        checked_trigger, names, text = check_act_details(trigger, commission, basis)
        wanted = list(dict.fromkeys(records))
        _check_count(len(wanted), confirm_count)
        if not wanted:
            raise ClerkError("nothing to destroy", code="pd.nothing_to_destroy")
        day = today or astana_today()
        with self.store.write() as session:
            if checked_trigger is DestructionTrigger.RETENTION_EXPIRED:
                _check_still_due(session, wanted, day)
            card_ids = [i for t, i in wanted if t is not RecordType.INBOX]
            done = repo.destroyed_cards(session, card_ids)
            if done:
                raise ClerkError(f"already destroyed: {len(done)} of the cards", code="pd.destroyed",
                                 params={"count": len(done)})
            subjects = audit_repo.subjects_of_cards(session, card_ids)
            act_id, number, now = new_id(), *_act_number(session)
            items: list[DestroyedItem] = []
            blobs: set[str] = set()
            basics = repo.card_basics(session, card_ids)
            inbox_refs = _inbox_references(session, [i for t, i in wanted if t is RecordType.INBOX])
            for index, (record_type, record_id) in enumerate(wanted):
                if record_type is RecordType.INBOX:
                    erased = repo.erase_inbox_item(session, record_id)
                    items.append(DestroyedItem(record_type, DestructionScope.INBOX, None, inbox_refs[record_id],
                                               erased.counts))
                else:
                    erased = self._tombstone(session, actor, record_id, number, now)
                    items.append(DestroyedItem(record_type, DestructionScope.CARD, record_id, basics[record_id][0],
                                               erased.counts))
                blobs |= erased.blobs
                if progress is not None:
                    progress(index + 1, len(wanted))
            act = self._record_act(session, actor, act_id, number, now, checked_trigger, names, text, items, blobs,
                                   subjects, subject_key=None)
        return _finished(act, self._cleanup(act.id))

    def destroy_subject(
        self, iin: str, *, trigger: str, commission: Iterable[str], basis: str | None, confirm_count: int,
        actor: Actor, progress: Progress | None = None,
    ) -> DestructionOutcome:
        """Erases the person with this IIN from the registry (see the module's description)."""
        actor.require(Permission.PD_DESTROY)
        checked_trigger, names, text = check_act_details(trigger, commission, basis)
        number = _checked_number(iin)
        with self.store.write() as session:
            preview = self._preview(session, number)
            if not preview.count:
                raise NotFoundError("the registry holds no data of a person with this IIN", code="pd.no_data")
            _check_count(preview.count, confirm_count)
            held = repo.holdings(session, number)
            person = redaction_repo.person_words(session, number)
            own = [h.card_id for h in held if not h.others]
            subjects = audit_repo.subjects_of_cards(session, own) | {number}
            act_id, act_number, now = new_id(), *_act_number(session)
            mentions = repo.card_basics(session, sorted(_mentions(session, number, {h.card_id for h in held})))
            total, index = preview.count, 0
            items: list[DestroyedItem] = []
            blobs: set[str] = set()
            redacted_files: set[str] = set()

            def step() -> None:
                nonlocal index
                index += 1
                if progress is not None:
                    progress(index, total)

            for h in held:
                record_type = RecordType(h.direction)
                if not h.others:
                    erased = self._tombstone(session, actor, h.card_id, act_number, now)
                    items.append(DestroyedItem(record_type, DestructionScope.CARD, h.card_id, h.number, erased.counts))
                else:
                    erased = self._redact(session, h.card_id, person, number, h.positions, now)
                    items.append(DestroyedItem(record_type, DestructionScope.PERSON, h.card_id, h.number, erased.counts,
                                               review=_has_copies(session, h.card_id)))
                blobs |= erased.blobs
                redacted_files |= erased.redacted_pages
                step()
            for card_id, (card_number, direction) in sorted(mentions.items(), key=lambda m: m[1][0]):
                erased = self._redact(session, card_id, person, number, None, now)
                redacted_files |= erased.redacted_pages
                items.append(DestroyedItem(RecordType(direction), DestructionScope.MENTION, card_id, card_number,
                                           erased.counts, review=_has_copies(session, card_id)))
                step()
            inbox_ids = [uuid.UUID(i) for i in preview.inbox_items]
            inbox_refs = _inbox_references(session, inbox_ids)
            for item_id in inbox_ids:
                erased = repo.erase_inbox_item(session, item_id)
                blobs |= erased.blobs
                items.append(DestroyedItem(RecordType.INBOX, DestructionScope.INBOX, None, inbox_refs[item_id],
                                           erased.counts))
                step()
            for sha in redacted_files - blobs:  # the recognised text changed: its search documents follow
                search_repo.index_pages(session.connection(), sha)
            repo.erase_subject_rows(session, number)  # rows naming them on no card left (none expected)
            key = audit_repo.subject_key_of(session, number)
            breaches = redaction_repo.redact_breaches(session, key, person)
            block = blocking_repo.open_block(session, key, for_update=True)
            if block is not None:  # nothing is left to block
                block.unblocked_at, block.unblocked_by = now, actor.user
                block.unblock_reason = unblocked_by_destruction(act_number)
            act = self._record_act(session, actor, act_id, act_number, now, checked_trigger, names, text, items, blobs,
                                   subjects, subject_key=key, breaches=breaches)
        return _finished(act, self._cleanup(act.id))

    def _tombstone(self, session: Session, actor: Actor, card_id: uuid.UUID, act_number: str, now: datetime) -> Erased:
        marker = DESTROYED_MARKER.format(number=act_number)
        erased = repo.erase_card(session, card_id, marker, now)
        if _close_control(session, actor, card_id, marker, now):
            erased.add("removed_from_control", 1)
        self._reindex(session, card_id)
        return erased

    def _redact(self, session: Session, card_id: uuid.UUID, person: PersonWords, iin: str,
                positions: Sequence[int] | None, now: datetime) -> Erased:
        erased = redaction_repo.redact_card(session, card_id, person, iin, positions, now)
        self._reindex(session, card_id)
        return erased

    @staticmethod
    def _reindex(session: Session, card_id: uuid.UUID) -> None:
        session.flush()
        card = card_repo.load_card(session, card_id=card_id)
        assert card is not None
        search_repo.index_card(session.connection(), card)

    def _record_act(
        self, session: Session, actor: Actor, act_id: uuid.UUID, number: str, now: datetime,
        trigger: DestructionTrigger, names: tuple[str, ...], basis: str | None, items: list[DestroyedItem],
        blobs: set[str], subjects: frozenset[str], *, subject_key: str | None, breaches: int = 0,
    ) -> DestructionAct:
        station = settings_repo.station_code(session)
        act = DestructionAct(
            id=act_id, number=number, created_at=now, created_by=actor.user, station=station,
            trigger=trigger, basis=basis, commission=names, by_subject=subject_key is not None, items=tuple(items),
            cleanup="pending",
        )
        year = to_astana(act.created_at).year
        repo.add_act(session, act, year=year, serial=int(number.rsplit("-", 1)[1]), subject_key=subject_key)
        repo.queue_removals(session, act_id, items, blobs, subject_key, act.created_at)
        audit.record_in(session, actor, AuditRecord(
            AuditAction.DESTROY, AuditObject.DESTRUCTION_ACT, str(act_id), subjects,
            {"act": number, "trigger": trigger.value, "records": len(items),
             "by": "subject" if subject_key else "records", "files": len(blobs), "breaches_redacted": breaches},
        ), station=station)
        return act

    # -- making it irreversible ----------------------------------------------------------------------

    def _cleanup(self, act_id: uuid.UUID) -> CleanupReport:
        """After the commit: the files overwritten and removed, the store compacted. The data are
        gone from the tables by now, so nothing here raises: what could not be done is reported and
        the act stays "pending" for ``finish`` (a file open in another program on Windows, readers
        holding the WAL, the store busy)."""
        started = time.perf_counter()
        with self.store.read() as session:
            shas = repo.act_blobs(session, act_id)
            referenced = {s for s in shas if _referenced(session, s)}
        files_left = 0
        for sha in shas:
            if sha not in referenced:
                try:
                    self.blobs.delete(sha)
                except OSError as exc:
                    files_left += 1
                    log.warning("a destroyed file could not be removed yet (%s): %s", sha[:12], exc.strerror or exc)
        vacuumed: tuple[str, ...] = ()
        checkpoint = "n/a"
        try:
            if self.store.is_sqlite:
                compaction.merge_search_index(self.store.engine)
                index = "merged"
            else:
                vacuumed = tuple(compaction.vacuum(self.store.engine))
                index = "vacuumed"
        except SQLAlchemyError as exc:
            log.warning("compacting the store after a destruction failed: %s", exc)
            index = "failed"
        if self.store.is_sqlite:
            checkpoint = "truncated" if compaction.checkpoint(self.store.engine) else "busy"
        report = CleanupReport(index, checkpoint, vacuumed, round(time.perf_counter() - started, 3), files_left)
        try:
            with self.store.write() as session:
                repo.set_cleanup(session, act_id, "done" if report.complete else "pending")
        except SQLAlchemyError as exc:  # the act stays "pending": finish() runs the steps again
            log.warning("the destruction act's cleanup state could not be saved: %s", exc)
            # reported incomplete, as the act reads: the pending lists offer Finish for it
            return dataclasses.replace(report, search_index="failed") if report.complete else report
        if self.store.is_sqlite and report.complete:
            compaction.checkpoint(self.store.engine, tries=1)  # the state just written, out of the WAL too
        return report

    def finish(self, act_ref: str, actor: Actor) -> CleanupReport:
        """Runs an act's steps after the commit again (files left, the WAL busy, the store busy)."""
        actor.require(Permission.PD_DESTROY)
        act = self.act(act_ref, actor)
        return self._cleanup(act.id)

    def pending(self, actor: Actor) -> list[DestructionAct]:
        """Acts whose steps after the commit did not all finish, oldest first."""
        actor.require(Permission.PD_DESTROY)
        with self.store.read() as session:
            return repo.pending_cleanups(session)

    def finish_pending(self, actor: Actor) -> list[tuple[DestructionAct, CleanupReport]]:
        """Runs the steps of every pending act again; each act with what its run did."""
        return [(act, self._cleanup(act.id)) for act in self.pending(actor)]

    # -- acts ----------------------------------------------------------------------------------------

    def act(self, ref: str, actor: Actor) -> DestructionAct:
        actor.require(Permission.PD_DESTROY)
        with self.store.read() as session:
            found = repo.load_act(session, ref)
        if found is None:
            raise NotFoundError(f"no destruction act {ref!r}", code="pd.act_not_found", params={"ref": ref})
        return found

    def acts(self, actor: Actor, *, limit: int = 100) -> list[DestructionAct]:
        actor.require(Permission.PD_DESTROY)
        with self.store.read() as session:
            return repo.acts(session, max(1, min(limit, MAX_ACTS)))


def _finished(act: DestructionAct, report: CleanupReport) -> DestructionOutcome:
    return DestructionOutcome(dataclasses.replace(act, cleanup="done" if report.complete else "pending"), report)


def _check_count(count: int, confirmed: int) -> None:
    if count != confirmed:
        raise ClerkError(
            f"the confirmation names {confirmed} records but {count} would be destroyed: review the list again",
            code="pd.confirm_count", params={"count": count, "confirmed": confirmed},
        )


def _check_still_due(session: Session, records: list[RecordRef], day: date) -> None:
    policy = retention_repo.policy(session)
    missing = 0
    for record_type in RecordType:
        ids = [i for t, i in records if t is record_type]
        if not ids:
            continue
        cutoff = start_before(day, policy.years_of(record_type))
        due = (retention_repo.still_due_inbox(session, cutoff, ids) if record_type is RecordType.INBOX
               else retention_repo.still_due_cards(session, record_type, cutoff, ids))
        missing += len(set(ids) - due)
    if missing:
        raise ClerkError(f"{missing} of the records are not due for destruction (their retention period runs on)",
                         code="pd.not_due", params={"count": missing})


def _act_number(session: Session) -> tuple[str, datetime]:
    now = utc_now()
    year = to_astana(now).year
    station = settings_repo.station_code(session)
    return f"{year}-{station}-{repo.next_serial(session, year, station)}", now


def _inbox_references(session: Session, item_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = session.execute(select(InboxItem.id, InboxItem.received_at, InboxItem.sha256).where(InboxItem.id.in_(item_ids)))
    return {r.id: retention_repo.inbox_reference(r.received_at, r.sha256) for r in rows}


def _has_copies(session: Session, card_id: uuid.UUID) -> bool:
    return session.scalar(select(ElectronicCopy.id).where(ElectronicCopy.card_id == card_id).limit(1)) is not None


def _referenced(session: Session, sha: str) -> bool:
    return (session.scalar(select(ElectronicCopy.id).where(ElectronicCopy.sha256 == sha).limit(1)) is not None
            or session.scalar(select(InboxItem.id).where(InboxItem.sha256 == sha).limit(1)) is not None)


def _mentions(session: Session, number: str, held: set[uuid.UUID]) -> set[uuid.UUID]:
    """Cards that hold the person's IIN without them as an applicant: in free text or scans (the
    search index), in the history, in rows of later tables (a consent)."""
    return (repo.cards_mentioning(session.connection(), number) | repo.cards_with_history_mentioning(session, number)
            | repo.cards_with_subject_rows(session, number)) - held


def _close_control(session: Session, actor: Actor, card_id: uuid.UUID, marker: str, now: datetime) -> bool:
    """A card destroyed while on control is removed from it in the same transaction, the event's
    note naming the act: a tombstone takes no control actions (``pd.destroyed``), and left open it
    would stay overdue for ever."""
    state = control_repo.load_state(session, card_id, for_update=True)
    if state is None or not state.is_open:
        return False
    event = ControlEvent(id=new_id(), card_id=card_id, event=ControlEventType.REMOVED_FROM_CONTROL, occurred_at=now,
                         actor=actor.user, reason=marker)
    control_repo.add_event(session, event, settings_repo.station_code(session))
    control_repo.save_state(session, card_id, apply_event(state, event), executors_changed=False)
    return True
