"""Backing up the embedded store (docs/backups.md).

A backup is one encrypted archive (storage/backup_archive.py) holding a manifest
(``backup_manifest``), a consistent snapshot of the database taken while the app runs, and the
stored copies it refers to, as stored. It is an export of every personal datum in the registry:
recorded in the audit trail, allowed to the ``backup`` permission. Checking an archive is
``backup_check``, restoring one ``restore``, the passphrase ``backup_passphrase``. Progress is
``progress(done, total)`` in bytes.
"""

from __future__ import annotations

import tarfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import IO, BinaryIO

from clerk_app.atomic_files import open_atomically
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.errors import CancelledError, ClerkError
from clerk_app.services.audit import AuditService
from clerk_app.services.backup_manifest import (
    BLOB_MEMBER,
    DATABASE_MEMBER,
    MANIFEST_NAME,
    Manifest,
    build_manifest,
)
from clerk_app.services.backup_passphrase import check_passphrase
from clerk_app.services.context import Actor
from clerk_app.services.copies import BLOB_DIR
from storage import backup_store, encryption
from storage.backup_archive import ArchiveWriter, KdfParams
from storage.blobs import FileBlobStore, shred
from storage.data_folder import SNAPSHOT_PREFIX, maintenance, with_side_files
from storage.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    pass


def _not_cancelled() -> bool:
    return False


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int  # the archive
    manifest: Manifest
    seconds: float

    @property
    def data_bytes(self) -> int:
        return self.manifest.database_size + sum(b.size for b in self.manifest.blobs)


@dataclass
class BackupService:
    store: Store
    kdf: KdfParams = field(default_factory=KdfParams)  # tests make it cheap

    def back_up(
        self, target: Path, passphrase: str, actor: Actor, *, progress: Progress = no_progress,
        cancelled: Cancelled = _not_cancelled,
    ) -> BackupResult:
        """Writes an encrypted backup archive of the store and its copies to ``target`` (whole or
        not at all: it is written beside it and renamed when complete)."""
        actor.require(Permission.BACKUP)
        if not self.store.is_sqlite:
            raise ClerkError("backups are of the embedded store; back up a PostgreSQL store with pg_dump "
                             "(docs/backups.md)", code="backup.not_embedded")
        check_passphrase(passphrase)
        target = Path(target)
        if target.is_dir():
            raise ClerkError(f"{target} is a folder: name the archive file", code="backup.target_is_folder")
        started = time.perf_counter()
        data_dir = self.store.data_dir
        key = encryption.store_key(data_dir)
        # recorded first: the archive then holds its own entry, and an export that fails halfway is on record too
        AuditService(self.store).record(actor, AuditRecord(AuditAction.EXPORT, AuditObject.BACKUP, None, frozenset(),
                                                           {"archive": target.name}))
        snapshot = data_dir / f"{SNAPSHOT_PREFIX}{uuid.uuid4().hex}.sqlite3"
        # held shared while the snapshot exists: a sweep of leftovers (storage.data_folder) leaves it alone
        with maintenance(data_dir, exclusive=False):
            try:
                backup_store.snapshot(backup_store.database_path(data_dir), key, snapshot)
                summary = backup_store.summarize(snapshot, key)
                blobs = FileBlobStore(data_dir / BLOB_DIR, key=key)
                manifest = build_manifest(summary, snapshot.stat().st_size, blobs, key)
                total = manifest.database_size + sum(b.size for b in manifest.blobs)
                try:
                    with open_atomically(target, private=True) as handle:
                        _write_archive(handle, passphrase, self.kdf, manifest, snapshot, blobs.root,
                                       _Meter(progress, total, cancelled))
                except OSError as exc:
                    raise ClerkError(f"cannot write {target}: {exc.strerror}", code="output.unwritable") from None
            finally:
                for leftover in with_side_files(snapshot):
                    shred(leftover)  # a plain store's snapshot is a plaintext copy of every card
        return BackupResult(target, target.stat().st_size, manifest, time.perf_counter() - started)


class _Meter:
    """Counts the bytes of files going through, reports them and stops when asked to."""

    def __init__(self, progress: Progress, total: int, cancelled: Cancelled) -> None:
        self.progress, self.total, self.cancelled, self.done = progress, total, cancelled, 0
        progress(0, total)

    def step(self, count: int) -> None:
        if self.cancelled():
            raise CancelledError("the backup was cancelled: no archive was written", code="cancelled")
        self.done += count
        self.progress(self.done, self.total)


class _MeteredFile:
    def __init__(self, handle: BinaryIO, meter: _Meter) -> None:
        self._handle, self._meter = handle, meter

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self._meter.step(len(data))
        return data


def _write_archive(
    target: IO[bytes], passphrase: str, kdf: KdfParams, manifest: Manifest, database: Path, blob_root: Path,
    meter: _Meter,
) -> None:
    writer = ArchiveWriter(target, passphrase, kdf)  # type: ignore[arg-type]
    with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
        body = manifest.to_json()
        tar.addfile(_member(MANIFEST_NAME, len(body)), BytesIO(body))
        for name, path in ((DATABASE_MEMBER, database),
                           *((BLOB_MEMBER + b.path, blob_root / b.path) for b in manifest.blobs)):
            with open(path, "rb") as handle:
                tar.addfile(_member(name, path.stat().st_size), _MeteredFile(handle, meter))
    writer.close()


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(time.time())
    return info
