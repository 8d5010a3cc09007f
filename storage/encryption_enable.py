"""Turning a plain embedded store into an encrypted one, in place (docs/security.md).

The whole conversion holds the data folder's maintenance lock exclusively, and the plain database
is locked exclusively while it is exported (no other process can read or write it meanwhile; one
that has it open makes the conversion refuse with ``store.in_use``). The database is exported with
``sqlcipher_export`` into ``registry.sqlite3.encrypting``, every blob sealed next to its plain file,
``on_staged`` given the staged database (the service records the conversion in it), then the key
goes into the keyring and the marker is written: the point of no return. The databases are then
swapped by renames, and each plain blob is overwritten and removed once its sealed copy has been
read back to the right SHA-256.

A crash before the marker leaves the plain store as it was; after it, the next open rolls it
forward. Only whoever holds the maintenance lock rolls back or forward: an open that finds the
files of a conversion that is still running refuses with ``store.converting`` and touches nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from clerk_app.errors import StoreError
from storage import encryption
from storage.blobs import BLOB_DIR_NAME, SEALED_SUFFIX, FileBlobStore, shred
from storage.data_folder import database_path, lock_database, maintenance, with_side_files

STAGED_SUFFIX = ".encrypting"
PLAIN_OLD_SUFFIX = ".plain-old"

Progress = Callable[[int, int], None]  # (done, total) steps: one per blob and one for the database
OnStaged = Callable[[Path], None]  # the staged encrypted database, before the point of no return


def _paths(data_dir: Path) -> tuple[Path, Path, Path]:
    database = database_path(data_dir)
    return database, database.with_name(database.name + STAGED_SUFFIX), database.with_name(
        database.name + PLAIN_OLD_SUFFIX)


def enable(data_dir: Path, key: bytes, progress: Progress | None = None, on_staged: OnStaged | None = None) -> None:
    """Encrypts the plain store in ``data_dir`` with ``key`` (raises ``store.already_encrypted``,
    ``store.in_use``, ``store.copies_damaged``). Once the marker is written it returns normally:
    what is left of the roll-forward (removing the plain files) is finished on the next open if it
    fails here, and the caller must hand out the recovery code either way."""
    data_dir = Path(data_dir)
    if not database_path(data_dir).exists() and not conversion_interrupted(data_dir):
        raise StoreError(f"there is no registry at {data_dir}", code="store.not_found")
    with maintenance(data_dir, exclusive=True):
        _finish_interrupted(data_dir)
        if encryption.read_marker(data_dir) is not None:
            raise StoreError(f"the registry at {data_dir} is encrypted already", code="store.already_encrypted")
        database, staged, _ = _paths(data_dir)
        if not database.exists():
            raise StoreError(f"there is no registry at {data_dir}", code="store.not_found")
        try:
            with closing(lock_database(database, None, via_sqlcipher=True)) as connection:
                _convert(connection, data_dir, key, progress, on_staged)
                encryption.save_store_key(data_dir, key)  # the point of no return: the marker
        except BaseException:
            if encryption.read_marker(data_dir) is None:
                _sweep_staged(data_dir)
            raise
        try:
            _roll_forward(data_dir)
        except Exception:  # encrypted already, whatever stopped this: the next open removes the plain files left
            pass


def _convert(connection: Any, data_dir: Path, key: bytes, progress: Progress | None,
             on_staged: OnStaged | None) -> None:
    _, staged, _ = _paths(data_dir)
    plain_blobs = FileBlobStore(data_dir / BLOB_DIR_NAME)
    sealed_blobs = FileBlobStore(data_dir / BLOB_DIR_NAME, key=key)
    hashes = sorted(plain_blobs.iter_hashes())
    total = len(hashes) + 1
    _export(connection, staged, key)
    if progress:
        progress(1, total)
    for done, sha256 in enumerate(hashes, start=2):
        stored = sealed_blobs.put_file(plain_blobs.path_of(sha256))
        if stored.sha256 != sha256:
            raise StoreError(f"the stored copy {sha256} is damaged: run `clerk-app verify` and repair it first",
                             code="store.copies_damaged", params={"sha256": sha256})
        if progress:
            progress(done, total)
    if on_staged is not None:
        on_staged(staged)


def _export(connection: Any, staged: Path, key: bytes) -> None:
    for leftover in with_side_files(staged):
        leftover.unlink(missing_ok=True)
    quoted = str(staged).replace("'", "''")
    connection.execute(f"ATTACH DATABASE '{quoted}' AS encrypted KEY \"x'{key.hex()}'\"")
    try:
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
        connection.execute(f"PRAGMA encrypted.user_version = {version}")
    finally:
        connection.execute("DETACH DATABASE encrypted")
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())


def _sweep_staged(data_dir: Path) -> None:
    """What an enable that never reached its marker left: the staged database and sealed blobs
    (under a key nobody keeps). Only under the maintenance lock: they may be a live conversion's."""
    _, staged, _ = _paths(data_dir)
    for path in with_side_files(staged):
        path.unlink(missing_ok=True)
    for sealed in (data_dir / BLOB_DIR_NAME).glob("??/??/*" + SEALED_SUFFIX):
        sealed.chmod(0o644)
        sealed.unlink(missing_ok=True)


def _roll_forward(data_dir: Path) -> None:
    database, staged, plain_old = _paths(data_dir)
    if staged.exists():
        if database.exists() and not plain_old.exists():
            os.replace(database, plain_old)
        for side in with_side_files(database)[1:]:  # the plain database's, never to be applied to the encrypted one
            side.unlink(missing_ok=True)
        os.replace(staged, database)
    key = encryption.store_key(data_dir)  # raises when it cannot be had: then nothing plain is removed
    assert key is not None  # the marker is there
    plain, sealed = FileBlobStore(data_dir / BLOB_DIR_NAME), FileBlobStore(data_dir / BLOB_DIR_NAME, key=key)
    for sha256 in list(plain.iter_hashes()):
        source = plain.path_of(sha256)
        if sealed.check(sha256) is not None:  # not sealed yet, or its sealed copy is damaged: seal it again
            sealed.delete(sha256)  # put_file keeps a file of the right size as it is
            if sealed.put_file(source).sha256 != sha256 or sealed.check(sha256) is not None:
                continue  # a damaged plain copy is kept, never traded for nothing (`clerk-app verify` shows it)
        shred(source)
    shred(plain_old)  # last: its presence says the plain files are still being removed


def _finish_interrupted(data_dir: Path) -> None:
    database, staged, plain_old = _paths(data_dir)
    if not staged.exists() and not plain_old.exists():
        return
    if encryption.read_marker(data_dir) is None:
        _sweep_staged(data_dir)
    else:
        _roll_forward(data_dir)


def conversion_interrupted(data_dir: Path) -> bool:
    _, staged, plain_old = _paths(data_dir)
    return staged.exists() or plain_old.exists()


def finish_interrupted_enable(data_dir: Path) -> None:
    """Rolls an interrupted enable back (no marker yet) or forward (the marker written); nothing
    to do, and cheap, for a store that is not being converted. ``store.converting`` when the
    conversion is still running in another process (it holds the maintenance lock)."""
    if not conversion_interrupted(data_dir):
        return
    try:
        with maintenance(data_dir, exclusive=True, wait_ms=0):
            _finish_interrupted(data_dir)
    except StoreError as exc:
        if exc.code != "store.in_use":
            raise
        raise StoreError(f"the registry at {data_dir} is being encrypted right now: wait until that is done and "
                         "open it again", code="store.converting") from None
