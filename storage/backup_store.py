"""The embedded store's files as backup and restore handle them (docs/backups.md): a consistent
snapshot of the live database, what a database holds in brief (and which destruction acts it
has), whether anyone has the store open, and putting a restored store in the place of the current one.

Plain SQLite files and SQLCipher files alike: every connection comes from
``storage.encryption.connect_sqlite(path, key)`` with the store's key (None for a plain store).
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from clerk_app.atomic_files import fsync_dir, write_atomically
from clerk_app.errors import StoreError
from storage import encryption
from storage.audit_models import AuditEntry as AuditEntryRow
from storage.blobs import BLOB_DIR_NAME, shred_tree
from storage.data_folder import (
    DATABASE_FILE_NAME,
    PENDING_RESTORE,
    SIDE_SUFFIXES,
    database_path,
    lock_database,
    pending_restore,
)
from storage.models import Card, ElectronicCopy, InboxItem
from storage.repositories import audit as audit_repo
from storage.retention_models import DestructionAct, DestructionItem
from storage.store import Store

__all__ = ["database_path", "pending_restore"]  # re-exported for the services


def connect(path: Path, key: bytes | None) -> Any:
    """A DBAPI connection in autocommit mode (statements below say where transactions are)."""
    connection = encryption.connect_sqlite(path, key)
    connection.isolation_level = None
    return connection


def file_engine(path: Path, key: bytes | None) -> Engine:
    """SQLAlchemy over one database file outside the open store (a snapshot, a staged restore)."""
    module = {"module": encryption.sqlcipher_module()} if key is not None else {}
    return create_engine("sqlite+pysqlite://", creator=lambda: connect(path, key), poolclass=NullPool, **module)


def file_store(path: Path, key: bytes | None) -> Store:
    """A ``Store`` over a database file that is not open as the registry (the services' checks run
    on it unchanged, e.g. the audit trail's walk on a staged restore)."""
    engine = file_engine(path, key)
    return Store(engine=engine, data_dir=path.parent, _sessions=sessionmaker(engine, expire_on_commit=False),
                 _write_sessions=sessionmaker(engine, expire_on_commit=False), key=key)


# --- the snapshot --------------------------------------------------------------------------------


def snapshot(source: Path, key: bytes | None, target: Path) -> None:
    """Copies the live database into ``target`` with SQLite's online backup API in one step: one
    read transaction, so the copy is the database as of one moment while other processes keep
    writing (WAL readers do not block writers). The target is keyed like the source, so an
    encrypted store's snapshot stays encrypted on disk."""
    with closing(connect(source, key)) as origin, closing(connect(target, key)) as copy:
        origin.backup(copy)
        # one file, no WAL beside it: what goes into the archive is the whole database
        copy.execute("PRAGMA journal_mode=DELETE")


def integrity_problems(path: Path, key: bytes | None) -> list[str]:
    with closing(connect(path, key)) as connection:
        rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows[:20]


@dataclass(frozen=True)
class StoreSummary:
    """What a database holds, in brief: enough to tell which of two stores is newer."""

    schema_revision: str | None
    store_id: str | None  # stable per store: a hash of the audit trail's random salt
    card_count: int
    last_registered_at: datetime | None
    audit_entries: int
    audit_head_hash: str | None
    last_audit_at: datetime | None
    blob_hashes: tuple[str, ...]  # every stored file the database refers to


def summarize(path: Path, key: bytes | None) -> StoreSummary:
    engine = file_engine(path, key)
    try:
        with Session(engine) as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            head = audit_repo.head(session)
            hashes = set(session.scalars(select(ElectronicCopy.sha256).distinct()))
            hashes.update(session.scalars(select(InboxItem.sha256)))
            return StoreSummary(
                schema_revision=str(revision) if revision else None,
                store_id=hashlib.sha256(bytes.fromhex(head.subject_salt)).hexdigest()[:32] if head else None,
                card_count=int(session.scalar(select(func.count()).select_from(Card)) or 0),
                last_registered_at=session.scalar(select(func.max(Card.registered_at))),
                audit_entries=head.entry_count if head else 0,
                audit_head_hash=head.last_hash if head else None,
                last_audit_at=session.scalar(select(func.max(AuditEntryRow.occurred_at))),
                blob_hashes=tuple(sorted(hashes)),
            )
    finally:
        engine.dispose()


# --- the destruction acts a database holds ---------------------------------------------------------


def destruction_acts(path: Path, key: bytes | None) -> list[dict[str, Any]]:
    """Every destruction act in the database with what it destroyed, as plain data (no personal
    data: registration numbers, card ids, the subject's keyed hash). Empty for a database made
    before destruction acts existed."""
    engine = file_engine(path, key)
    try:
        if not inspect(engine).has_table(DestructionAct.__tablename__):
            return []
        with Session(engine) as session:
            items: dict[Any, list[dict[str, Any]]] = {}
            for item in session.scalars(select(DestructionItem).order_by(DestructionItem.act_id, DestructionItem.position)):
                items.setdefault(item.act_id, []).append({
                    "scope": item.scope, "record_type": item.record_type,
                    "card_id": str(item.card_id) if item.card_id else None, "reference": item.reference,
                })
            return [
                {"id": str(act.id), "number": act.number, "created_at": act.created_at.isoformat(),
                 "trigger": act.trigger, "commission": act.commission, "subject_key": act.subject_key,
                 "items": items.get(act.id, [])}
                for act in session.scalars(select(DestructionAct).order_by(DestructionAct.created_at))
            ]
    finally:
        engine.dispose()


# --- nobody else has the store open ----------------------------------------------------------------


def take_over(data_dir: Path) -> None:
    """Makes sure no process has the database open (the app's window, a command, a scanner
    import) and leaves it as one file (its WAL checkpointed), ready to be moved; ``store.in_use``
    otherwise. The lock is let go at once (Windows moves no open file): the restore's note, written
    before this, keeps every later open away."""
    database = database_path(data_dir)
    if database.exists():
        lock_database(database, _current_key(data_dir)).close()


def _current_key(data_dir: Path) -> bytes | None:
    try:
        return encryption.store_key(data_dir)
    except StoreError:  # its key is lost: the file is moved as it is, with its WAL files beside it
        return None


# --- putting a restored store in place ----------------------------------------------------------------
#
# The note (restore-pending.json) goes first: from then on no open touches the data folder
# (storage.store.open_store refuses) until the restore, or `clerk-app restore --resume`, removes it.
# Phase 1 moves the current store aside, its database first: from the first rename on there is no
# database in the data folder, never an old database without its copies and marker. Phase 2 moves
# the staged store in, its database last. Phase 3 is the service's (destruction acts re-applied,
# the restore recorded); then the note goes.

_OUT_ORDER = (DATABASE_FILE_NAME, *(DATABASE_FILE_NAME + s for s in SIDE_SUFFIXES), BLOB_DIR_NAME,
              encryption.MARKER_FILE)
_IN_ORDER = tuple(reversed(_OUT_ORDER))  # the database last


def prepare_swap(data_dir: Path, staging: Path, replaced: Path, after: dict[str, Any]) -> None:
    """Writes the note of the swap (``after``: what phase 3 needs, no personal data)."""
    _write_note(data_dir, {"staging": staging.name, "replaced": replaced.name, "phase": 0, "after": after})


def cancel_swap(data_dir: Path) -> None:
    """Removes the note of a swap that moved nothing yet (the store turned out to be in use)."""
    note = pending_restore(data_dir)
    if note is not None and int(note.get("phase", 0)) == 0:
        (data_dir / PENDING_RESTORE).unlink()
        fsync_dir(data_dir)


def swap(data_dir: Path) -> dict[str, Any]:
    """Runs the swap the note describes from where it stands (phases 1 and 2, each step safe to
    repeat); returns the note, at phase 3. ``store.in_use`` if the current store is open."""
    note = pending_restore(data_dir)
    if note is None:
        raise StoreError(f"no restore is pending in {data_dir}", code="backup.nothing_pending")
    staging, replaced = data_dir / str(note["staging"]), data_dir / str(note["replaced"])
    phase = int(note.get("phase", 0))
    if phase <= 1:
        take_over(data_dir)
        note = _at_phase(data_dir, note, 1)
        replaced.mkdir(parents=True, exist_ok=True)
        for name in _OUT_ORDER:
            if (data_dir / name).exists() and not (replaced / name).exists():
                _move(data_dir / name, replaced / name)
        fsync_dir(data_dir)
        phase = 2
    if phase == 2:
        note = _at_phase(data_dir, note, 2)
        for name in _IN_ORDER:
            if (staging / name).exists():
                _move(staging / name, data_dir / name)
        fsync_dir(data_dir)
        note = _at_phase(data_dir, note, 3)
    shred_tree(staging)  # empty by now but for folders; a resumed swap may find it gone already
    if replaced.exists() and not any(replaced.iterdir()):
        replaced.rmdir()  # there was no store before
    return note


def finish_swap(data_dir: Path) -> None:
    (data_dir / PENDING_RESTORE).unlink(missing_ok=True)
    fsync_dir(data_dir)


def _move(source: Path, target: Path) -> None:
    """One rename within the data folder's file system (tests cut the swap off here)."""
    os.replace(source, target)


def _at_phase(data_dir: Path, note: dict[str, Any], phase: int) -> dict[str, Any]:
    if int(note.get("phase", 0)) != phase:
        note = {**note, "phase": phase}
        _write_note(data_dir, note)
    return note


def _write_note(data_dir: Path, value: dict[str, Any]) -> None:
    write_atomically(data_dir / PENDING_RESTORE, json.dumps(value, ensure_ascii=False), private=True)
