"""Restoring a backup into the embedded store (docs/backups.md).

The archive is authenticated and checked whole in a staging folder first (``backup_check``). Then the
current store is compared with it and, if it holds something the backup lacks, replaced only when
``confirm`` says so. The swap (``storage.backup_store``) is noted first, so that a crash at any step
leaves a data folder that no one opens until ``clerk-app restore --resume`` finishes it; the store
that was there is kept in ``replaced-<time>/``. After the swap, what the current store's later
destruction acts destroyed is destroyed again (``restore_reapply``) and the restore is recorded in
the restored store's audit trail. The whole restore holds the data folder's maintenance lock.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.errors import ClerkError
from clerk_app.services import audit
from clerk_app.services.backup import Progress, no_progress
from clerk_app.services.backup_check import stage
from clerk_app.services.backup_manifest import Manifest
from clerk_app.services.context import Actor
from clerk_app.services.restore_reapply import later_acts, reapply
from clerk_app.timeutil import utc_now
from storage import backup_store, encryption
from storage.backup_store import StoreSummary
from storage.blobs import shred_tree
from storage.data_folder import STAGING_PREFIX, maintenance
from storage.store import DATABASE_FILE_NAME, open_store

Confirm = Callable[["Comparison"], bool]


@dataclass(frozen=True)
class Comparison:
    """The current store against the backup: why replacing it would lose something."""

    current: StoreSummary | None  # None: no current store, or it cannot be read
    reasons: tuple[str, ...]  # empty: nothing newer would be lost
    later_acts: tuple[dict[str, Any], ...] = ()  # destruction acts the backup lacks: re-applied after the swap

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.reasons)


def compare(data_dir: Path, manifest: Manifest, staged_database: Path | None = None) -> Comparison:
    """``staged_database``: the backup's database, unpacked (its destruction acts are compared)."""
    database = backup_store.database_path(data_dir)
    if not database.exists():
        return Comparison(None, ())
    try:
        key = encryption.store_key(data_dir)
        current = backup_store.summarize(database, key)
        acts = backup_store.destruction_acts(database, key)
    except Exception as exc:  # its key is lost, or it is damaged: it can still hold what the backup lacks
        why = exc.message if isinstance(exc, ClerkError) else type(exc).__name__
        return Comparison(None, (f"the current store cannot be read ({why}); it may hold newer data",))
    reasons: list[str] = []
    if current.store_id and manifest.store_id and current.store_id != manifest.store_id:
        reasons.append("the current store is another registry than the one backed up")
    if current.audit_entries > manifest.audit_entries or _later(current.last_audit_at, manifest.last_audit_at):
        reasons.append(f"the current store has a later audit trail ({current.audit_entries} entries; "
                       f"the backup has {manifest.audit_entries})")
    elif current.audit_entries == manifest.audit_entries and current.audit_head_hash != manifest.audit_head_hash:
        reasons.append("the current store's audit trail has gone another way since the backup")
    if current.card_count > manifest.card_count:
        reasons.append(f"the current store has more cards ({current.card_count}; the backup has {manifest.card_count})")
    if _later(current.last_registered_at, manifest.last_registered_at):
        reasons.append("the current store has a later registration than the backup")
    backup_key = manifest.store_key if manifest.store_encrypted else None
    later = later_acts(acts, backup_store.destruction_acts(staged_database, backup_key) if staged_database else [])
    if later:
        reasons.append(f"the current store has {len(later)} destruction acts the backup lacks (what they destroyed "
                       "is destroyed again after the restore, as far as it can be found: docs/backups.md)")
    return Comparison(current, tuple(reasons), tuple(later))


def _later(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and (b is None or a > b)


@dataclass(frozen=True)
class Finished:
    """The end of a swap: where the old store is kept, and what was destroyed again."""

    replaced: Path | None
    reapplied: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    data_dir: Path
    replaced: Path | None  # where the store that was there before now is (kept)
    comparison: Comparison
    audit_checked: int
    seconds: float
    reapplied: tuple[dict[str, Any], ...] = field(default=())  # per later destruction act: its new acts, what was lost


def restore(
    archive: Path, passphrase: str, data_dir: Path, *, confirm: Confirm, user: str,
    progress: Progress = no_progress,
) -> RestoreResult:
    """Puts the backup in the place of the store in ``data_dir`` (embedded stores only). Checks
    everything first; asks ``confirm`` when the current store is newer, another registry, has
    later destruction acts or is unreadable, and refuses (``backup.newer_store``) when it says no;
    refuses while the store is open anywhere (``store.in_use``)."""
    started = time.perf_counter()
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with maintenance(data_dir, exclusive=True):
        if backup_store.pending_restore(data_dir) is not None:
            raise ClerkError("an earlier restore was interrupted: finish it first with clerk-app restore --resume",
                             code="backup.interrupted")
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        staging = data_dir / f"{STAGING_PREFIX}{stamp}-{uuid.uuid4().hex[:6]}"
        try:
            staged = stage(archive, passphrase, staging, progress=progress)
            manifest = staged.manifest
            comparison = compare(data_dir, manifest, staging / DATABASE_FILE_NAME)
            if comparison.needs_confirmation and not confirm(comparison):
                raise ClerkError("the current store is newer than the backup: " + "; ".join(comparison.reasons)
                                 + " (confirm to replace it; it is kept aside)", code="backup.newer_store",
                                 params={"reasons": list(comparison.reasons)})
            if manifest.store_encrypted and manifest.store_key is not None:
                encryption.save_store_key(staging, manifest.store_key)  # the key into the keyring, the marker staged
            after = {"archive": archive.name, "backed_up_at": manifest.created_at.isoformat(),
                     "cards": manifest.card_count, "user": user, "reapply": list(comparison.later_acts)}
            backup_store.prepare_swap(data_dir, staging, data_dir / f"replaced-{stamp}", after)
            try:
                backup_store.take_over(data_dir)
            except BaseException:
                backup_store.cancel_swap(data_dir)
                raise
        except BaseException:
            shred_tree(staging)
            raise
        # From here on the staged store is never removed: an interruption is finished by --resume.
        finished = _swap_and_finish(data_dir)
    return RestoreResult(manifest, data_dir, finished.replaced, comparison, staged.audit_checked,
                         time.perf_counter() - started, finished.reapplied)


def resume(data_dir: Path) -> Finished | None:
    """Finishes a restore a crash interrupted (None: none was pending)."""
    data_dir = Path(data_dir)
    with maintenance(data_dir, exclusive=True):
        if backup_store.pending_restore(data_dir) is None:
            return None
        return _swap_and_finish(data_dir)


def _swap_and_finish(data_dir: Path) -> Finished:
    note = backup_store.swap(data_dir)
    after = note["after"]
    replaced = data_dir / str(note["replaced"])
    store = open_store(None, data_dir, restoring=True)  # upgraded if the backup is of an older version
    try:
        reapplied = reapply(store, after.get("reapply") or [], str(after["user"]))
        # the account of the store it replaced means nothing here: the name only
        audit.AuditService(store).record(Actor(str(after["user"])), AuditRecord(
            AuditAction.RESTORE, AuditObject.BACKUP, None, frozenset(),
            {"archive": after["archive"], "backed_up_at": after["backed_up_at"], "cards": after["cards"],
             "replaced": replaced.name if replaced.exists() else None,
             "destruction_reapplied": [n for r in reapplied for n in r["reapplied_as"]]},
        ))
    finally:
        store.close()
    backup_store.finish_swap(data_dir)
    return Finished(replaced if replaced.exists() else None, tuple(reapplied))

