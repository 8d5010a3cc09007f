"""The embedded store's data folder: the names of its files, who may work on them, and the
leftovers of interrupted backups and restores (docs/backups.md, docs/security.md).

Two kinds of lock, both SQLite locks, so they work alike on Windows and POSIX and vanish with a
process that dies:

* ``lock_database``: the registry's database to oneself (no window, command or scanner import has
  it open); what a restore and an encryption take before they move or convert the files.
* the *maintenance lock* (``maintenance.lock``): held shared by a backup or a backup check for as
  long as their temporary copies exist, and exclusively by a restore, an encryption and the sweep
  of leftovers. Whoever finds the files of a half-done job takes it exclusively before rolling the
  job back or forward: while the job's own process is alive it cannot, and leaves them alone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from clerk_app.errors import StoreError
from storage import encryption
from storage.blobs import shred, shred_tree

DATABASE_FILE_NAME = "registry.sqlite3"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database
MAINTENANCE_LOCK = "maintenance.lock"
PENDING_RESTORE = "restore-pending.json"  # a restore's swap under way: its presence after a crash says so
SNAPSHOT_PREFIX = "backup-snapshot-"  # a backup's copy of the database, while the archive is written
STAGING_PREFIX = "restore-staging-"  # a restore's unpacked archive, before it is swapped in
CHECK_PREFIX = "backup-check-"  # `clerk-app backup check`'s unpacked archive
IN_USE_WAIT_MS = 1000


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE_NAME


def with_side_files(database: Path) -> tuple[Path, ...]:
    """A database file and the WAL, shared-memory and journal files that may stand beside it."""
    return (database, *(database.with_name(database.name + s) for s in SIDE_SUFFIXES))


def _in_use(folder: Path, what: str) -> StoreError:
    return StoreError(f"the registry at {folder} is {what}: close it everywhere (or wait) and try again",
                      code="store.in_use")


def _busy(exc: Exception) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def lock_database(path: Path, key: bytes | None, *, via_sqlcipher: bool = False) -> Any:
    """A connection holding the database's exclusive lock until it is closed, its WAL checkpointed
    into the file first (one file, ready to be exported or moved). ``store.in_use`` while any other
    connection has it open, even an idle one: SQLite refuses the lock at once rather than waiting.
    ``via_sqlcipher``: a plain database opened through SQLCipher (to export it encrypted)."""
    if via_sqlcipher and key is None:
        connection = encryption.sqlcipher_module().connect(str(path), timeout=IN_USE_WAIT_MS / 1000,
                                                             check_same_thread=False)
    else:
        connection = encryption.connect_sqlite(path, key, timeout=IN_USE_WAIT_MS / 1000)
    connection.isolation_level = None
    try:
        connection.execute(f"PRAGMA busy_timeout={IN_USE_WAIT_MS}")
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except encryption.operational_errors() as exc:  # sqlite3's or sqlcipher3's
        connection.close()
        if not _busy(exc):
            raise
        raise _in_use(path.parent, "open in clerk-app (a window, a command or the scanner folder)") from None
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # checkpoints the WAL into the file
    except Exception:  # an encrypted store whose key is lost (opened without it): its WAL files move with it
        pass
    return connection


def _maintenance_connection(data_dir: Path, wait_ms: int) -> sqlite3.Connection:
    connection = sqlite3.connect(str(Path(data_dir) / MAINTENANCE_LOCK), timeout=wait_ms / 1000,
                                 isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout={wait_ms}")
    return connection


@contextmanager
def maintenance(data_dir: Path, *, exclusive: bool, wait_ms: int = IN_USE_WAIT_MS) -> Iterator[None]:
    """Holds the maintenance lock for the block; ``store.in_use`` when it cannot be had in ``wait_ms``.
    Shared holders do not exclude each other (two backups at once are fine)."""
    with closing(_maintenance_connection(data_dir, wait_ms)) as connection:
        try:
            if exclusive:
                connection.execute("BEGIN EXCLUSIVE")
            else:  # a read transaction holds SQLite's SHARED lock until it ends
                connection.execute("CREATE TABLE IF NOT EXISTS held (x)")
                connection.execute("BEGIN")
                connection.execute("SELECT count(*) FROM held").fetchone()
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
            raise _in_use(Path(data_dir), "being backed up, restored or encrypted") from None
        try:
            yield
        finally:
            connection.execute("ROLLBACK")


def pending_restore(data_dir: Path) -> dict[str, Any] | None:
    """The note of a restore's swap a crash interrupted (``clerk-app restore --resume`` finishes it)."""
    note = Path(data_dir) / PENDING_RESTORE
    if not note.exists():
        return None
    try:
        value = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{note} is unreadable: see docs/backups.md, 'An interrupted restore'",
                         code="backup.pending_unreadable") from None
    return value if isinstance(value, dict) else None


def refuse_while_restoring(data_dir: Path) -> None:
    """Nobody opens a data folder whose files a restore was moving: half the old store and half the
    new one may stand in it, and a fresh empty database would be created in the gap."""
    if (Path(data_dir) / PENDING_RESTORE).exists():
        raise StoreError(f"a restore into {data_dir} was interrupted: finish it first with "
                         "`clerk-app restore --resume` (docs/backups.md)", code="store.restore_pending")


def leftovers(data_dir: Path) -> list[Path]:
    """Temporary full copies of the store that crashed backups, checks and restores left: the
    snapshot database, unpacked archives. A staging folder that a pending restore names is not one."""
    note = pending_restore(data_dir) if (Path(data_dir) / PENDING_RESTORE).exists() else None
    keep = {str(note.get("staging"))} if note else set()
    found = []
    for path in sorted(Path(data_dir).glob("*")):
        name = path.name
        if name.startswith(SNAPSHOT_PREFIX) or (
            path.is_dir() and (name.startswith(CHECK_PREFIX) or name.startswith(STAGING_PREFIX)) and name not in keep
        ):
            found.append(path)
    return found


def sweep_leftovers(data_dir: Path) -> list[str]:
    """Overwrites and removes the ``leftovers`` (destruction must reach every copy of personal data)
    when no backup, check or restore is running; returns the names removed (none while one runs)."""
    found = leftovers(data_dir)
    if not found:
        return []
    try:
        with maintenance(data_dir, exclusive=True, wait_ms=0):
            found = leftovers(data_dir)  # as of now, under the lock
            for path in found:
                if path.is_dir():
                    shred_tree(path)
                else:
                    shred(path)
    except StoreError:  # a backup or restore is running: its files are in use
        return []
    return [p.name for p in found]
