"""Destroying again what a restore brought back (docs/backups.md, "Destroyed data and restores").

A backup made before a destruction act still holds what the act destroyed. A restore reads the acts
of the current store that the backup lacks (``storage.backup_store.destruction_acts``: card ids,
registration numbers, the subject's keyed hash, never a name) before the swap, and afterwards
destroys their records again in the restored store, each under a new act that names the original:

* a card the act turned into a tombstone: destroyed again by its id;
* an unfiled inbox scan: by its date and hash;
* a destruction by IIN: the person is found again among the people of the act's cards (whose IIN
  gives the act's keyed hash) and erased wherever they are, mentions included.

What cannot be found again is reported, never guessed: a person erased from a collective card or
only mentioned in its text, when no card of the act names them as an applicant or respondent."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from clerk_app.domain.retention import DestructionScope, DestructionTrigger, RecordType
from clerk_app.services.context import Actor
from clerk_app.services.copies import BLOB_DIR
from clerk_app.services.destruction import DestructionService, RecordRef
from clerk_app.timeutil import to_astana
from storage.blobs import FileBlobStore
from storage.models import Card, InboxItem
from storage.repositories import audit as audit_repo
from storage.repositories import destruction as destruction_repo
from storage.repositories import retention as retention_repo
from storage.store import Store

Act = dict[str, Any]  # as storage.backup_store.destruction_acts gives it (JSON: it waits in the restore's note)


def later_acts(current: Sequence[Act], backed_up: Sequence[Act]) -> list[Act]:
    """The acts of the current store that the backup does not hold."""
    known = {a["id"] for a in backed_up}
    return [a for a in current if a["id"] not in known]


def reapply(store: Store, acts: Sequence[Act], user: str) -> list[dict[str, Any]]:
    """Destroys again, in the restored ``store``, what ``acts`` destroyed; one result per act:
    the new acts' numbers and the references that could not be found again. Safe to repeat (a
    resumed restore): what is destroyed already is not destroyed twice."""
    if not acts:
        return []
    service = DestructionService(store, FileBlobStore(store.data_dir / BLOB_DIR, key=store.key))
    actor = Actor(user)
    results = []
    for act in acts:
        basis = (f"act No. {act['number']} of {to_astana(datetime.fromisoformat(act['created_at'])).date()} "
                 "re-applied after a restore from a backup made before it")
        commission = [n for n in str(act["commission"]).split("\n") if n] or [user]
        done: list[str] = []
        number = _subject_number(store, act) if act.get("subject_key") else None
        if number is not None:
            count = service.preview_subject(number, actor).count
            if count:
                done.append(service.destroy_subject(number, trigger=DestructionTrigger.OTHER.value, commission=commission,
                                                    basis=basis, confirm_count=count, actor=actor).act.number)
        records, lost = _records(store, act, person_found=number is not None)
        if records:
            done.append(service.destroy_records(records, trigger=DestructionTrigger.OTHER.value, commission=commission,
                                                basis=basis, confirm_count=len(records), actor=actor).act.number)
        results.append({"act": act["number"], "reapplied_as": done, "not_reapplied": lost})
    return results


def _card_ids(act: Act) -> list[uuid.UUID]:
    return [uuid.UUID(i["card_id"]) for i in act["items"] if i.get("card_id")]


def _subject_number(store: Store, act: Act) -> str | None:
    """The IIN whose keyed hash the act holds, among the people of its cards in the restored store."""
    with store.read() as session:
        for number in sorted(audit_repo.subjects_of_cards(session, _card_ids(act))):
            if audit_repo.subject_key_of(session, number) == act["subject_key"]:
                return number
    return None


def _records(store: Store, act: Act, *, person_found: bool) -> tuple[list[RecordRef], list[str]]:
    records: list[RecordRef] = []
    lost: list[str] = []
    with store.read() as session:
        ids = _card_ids(act)
        present = set(session.scalars(select(Card.id).where(Card.id.in_(ids)))) if ids else set()
        destroyed = destruction_repo.destroyed_cards(session, sorted(present))
        inbox = {retention_repo.inbox_reference(r.received_at, r.sha256): r.id for r in session.execute(
            select(InboxItem.id, InboxItem.received_at, InboxItem.sha256).where(InboxItem.filed_copy_id.is_(None)))}
        for item in act["items"]:
            scope = DestructionScope(item["scope"])
            if scope is DestructionScope.INBOX:
                if item["reference"] in inbox:  # else filed or never received by the time of the backup
                    records.append((RecordType.INBOX, inbox[item["reference"]]))
                continue
            card_id = uuid.UUID(item["card_id"]) if item.get("card_id") else None
            if card_id not in present or card_id in destroyed:
                continue  # registered after the backup, or destroyed again already
            if scope is DestructionScope.CARD:
                records.append((RecordType(item["record_type"]), card_id))
            elif not person_found:
                lost.append(item["reference"])
    return records, lost
