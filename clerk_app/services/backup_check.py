"""Reading and checking a backup archive (docs/backups.md): decrypted and authenticated whole into
a staging folder, then its manifest, database integrity, stored files and audit trail checked.
``restore`` swaps a checked staging folder in; ``check_backup`` only checks."""

from __future__ import annotations

import tarfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from clerk_app.atomic_files import open_atomically
from clerk_app.errors import ClerkError
from clerk_app.services.audit import AuditService
from clerk_app.services.backup import Progress, no_progress
from clerk_app.services.backup_manifest import (
    BLOB_MEMBER,
    DATABASE_MEMBER,
    MANIFEST_NAME,
    MAX_MANIFEST,
    BlobEntry,
    Manifest,
)
from clerk_app.services.copies import BLOB_DIR
from storage import backup_store
from storage.backup_archive import ArchiveReader, damaged
from storage.blobs import FileBlobStore, shred_tree
from storage.data_folder import CHECK_PREFIX, maintenance
from storage.migrations.runner import HEAD_REVISION
from storage.store import DATABASE_FILE_NAME

COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StagedBackup:
    """An archive unpacked, authenticated and checked in ``folder`` (database and blobs as they
    will stand in the data directory)."""

    folder: Path
    manifest: Manifest
    audit_checked: int


def stage(archive: Path, passphrase: str, folder: Path, *, progress: Progress = no_progress) -> StagedBackup:
    """Decrypts the whole archive into ``folder`` and checks it: the manifest, the database's
    integrity and summary, every stored file's SHA-256, the audit trail's hash chain. Raises
    ``backup.bad_passphrase``, ``backup.damaged`` or ``backup.*`` and leaves ``folder`` to the
    caller to remove."""
    try:
        size = archive.stat().st_size
        source = open(archive, "rb")
    except OSError as exc:
        raise ClerkError(f"cannot read {archive}: {exc.strerror}", code="backup.unreadable") from None
    folder.mkdir(parents=True)
    with source:
        reader = ArchiveReader(source, passphrase)
        manifest = _unpack(reader, folder, lambda: progress(min(reader.read_bytes, size), size))
        reader.finish()  # authentic to the last byte, or refused here
    progress(size, size)
    return StagedBackup(folder, manifest, _check_staged(folder, manifest))


def _unpack(reader: ArchiveReader, folder: Path, moved: Callable[[], None]) -> Manifest:
    manifest: Manifest | None = None
    expected: dict[str, BlobEntry] = {}
    seen_database = False
    try:
        with tarfile.open(fileobj=reader, mode="r|") as tar:  # type: ignore[call-overload]
            for member in tar:
                if not member.isfile():
                    raise damaged(f"it holds {member.name!r}, which is not a file")
                stream = tar.extractfile(member)
                assert stream is not None
                if manifest is None:
                    if member.name != MANIFEST_NAME or member.size > MAX_MANIFEST:
                        raise damaged("it does not start with its manifest")
                    manifest = Manifest.from_json(stream.read())
                    expected = {BLOB_MEMBER + b.path: b for b in manifest.blobs}
                    continue
                if member.name == DATABASE_MEMBER and not seen_database:
                    seen_database = True
                    _extract(stream, folder / DATABASE_FILE_NAME, moved)
                elif member.name in expected:
                    blob = expected.pop(member.name)
                    target = folder / BLOB_DIR / blob.path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    _extract(stream, target, moved)
                    target.chmod(0o444)  # as the blob store keeps them
                else:
                    raise damaged(f"it holds an unexpected part {member.name!r}")
    except tarfile.TarError:
        raise damaged("its contents are not a readable archive") from None
    if manifest is None or not seen_database:
        raise damaged("it holds no database")
    if expected:
        raise damaged(f"{len(expected)} stored files listed in its manifest are missing")
    return manifest


def _extract(stream: IO[bytes], target: Path, moved: Callable[[], None]) -> None:
    with open_atomically(target, private=True) as handle:
        while chunk := stream.read(COPY_CHUNK):
            handle.write(chunk)
            moved()


def _check_staged(folder: Path, manifest: Manifest) -> int:
    """The staged store against its manifest: returns the audit entries checked."""
    if manifest.schema_revision and manifest.schema_revision > HEAD_REVISION:
        raise ClerkError(f"the backup was made by a newer clerk-app ({manifest.app_version}, schema "
                         f"{manifest.schema_revision}): update this one first", code="backup.newer_schema",
                         params={"version": manifest.app_version})
    key = manifest.store_key if manifest.store_encrypted else None
    if manifest.store_encrypted and key is None:
        raise damaged("it lacks the key of its encrypted store")
    database = folder / DATABASE_FILE_NAME
    try:
        problems = backup_store.integrity_problems(database, key)
        summary = backup_store.summarize(database, key)
    except Exception:  # not a database, or not one with this key: the archive's content is wrong
        raise damaged("its database cannot be read") from None
    if problems:
        raise damaged(f"its database fails the integrity check ({problems[0]})")
    if (summary.card_count, summary.audit_entries, summary.audit_head_hash) != (
        manifest.card_count, manifest.audit_entries, manifest.audit_head_hash
    ):
        raise damaged("its database is not the one its manifest describes")
    if set(summary.blob_hashes) != {b.sha256 for b in manifest.blobs} | set(manifest.missing_blobs):
        raise damaged("its stored files are not those its database refers to")
    blobs = FileBlobStore(folder / BLOB_DIR, key=key)
    bad = [b.sha256 for b in manifest.blobs if blobs.check(b.sha256) is not None]
    if bad:
        raise damaged(f"{len(bad)} stored files do not give their SHA-256 (the first: {bad[0][:12]}…)")
    store = backup_store.file_store(database, key)
    try:
        chain = AuditService(store).verify()
    finally:
        store.close()
    if not chain.ok:
        first = chain.problems[0]
        raise ClerkError(f"the audit trail in the backup was altered: entry {first.seq} {first.kind.value} "
                         f"({first.detail})", code="backup.audit_broken")
    return chain.entries_checked


def check_backup(archive: Path, passphrase: str, work_dir: Path, *, progress: Progress = no_progress) -> StagedBackup:
    """Authenticates and checks an archive without restoring it (the staging folder is removed)."""
    folder = work_dir / f"{CHECK_PREFIX}{uuid.uuid4().hex[:8]}"
    # held shared while the unpacked copy exists: a sweep of leftovers leaves it alone
    with maintenance(work_dir, exclusive=False):
        try:
            return stage(archive, passphrase, folder, progress=progress)
        finally:
            shred_tree(folder)
