"""Moving copies between a station's own blob store and the central store, apart from the rows.

Files travel by content address in chunks of ``CHUNK_SIZE``, each chunk in its own short
transaction, so a cut connection or a killed process loses at most one chunk and the next call
goes on from there: an upload asks the server which chunks it already holds, a download keeps its
partial file (whole chunks only, fsynced) between calls. Both ends check the SHA-256: the sender
while it reads its file, PostgreSQL over the stored chunks before the file is marked complete, the
receiver over the whole file before it enters its store. Nothing here decides *which* files to
move: the sync engine (``clerk_app.services.sync``) does.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from clerk_app.errors import ClerkError
from storage.blobs import FileBlobStore, shred
from storage.central_blobs import (
    CHUNK_SIZE,
    BlobRow,
    blob_row,
    chunk_length,
    discard_incomplete,
    insert_chunk,
    mark_complete,
    prepare_blob,
    present_chunks,
    read_chunk,
    require_hash,
    server_verifies,
)
from storage.sealed_blobs import SealedBlobError

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancel = Callable[[], bool]  # true: stop before the next chunk


def central_has(central: Engine, sha256: str) -> bool:
    """Whether the central store holds the complete, verified file."""
    require_hash(sha256)
    with _central_errors(), central.connect() as conn:
        row = blob_row(conn, sha256)
    return row is not None and row.complete


def upload(
    central: Engine,
    blobs: FileBlobStore,
    sha256: str,
    station_code: str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Sends the station's file to the central store; returns the bytes sent by this call (0 when the
    central store had it already). Raises ClerkError ``copy.not_found`` (no such local file),
    ``sync.blob_corrupt`` (the local file or the stored chunks do not hash to ``sha256``; the chunks
    are dropped), ``sync.interrupted`` (``cancel``), ``sync.unreachable`` (the network)."""
    require_hash(sha256)
    with _central_errors():
        if central_has(central, sha256):
            return 0
        with _local_copy(blobs, sha256) as handle:
            size = handle.seek(0, io.SEEK_END)
            handle.seek(0)
            with central.begin() as conn:
                row = prepare_blob(conn, sha256, size, station_code)
                present = set() if row.complete else present_chunks(conn, sha256)
            if row.complete:
                return 0
            sent, digests = _send_chunks(central, handle, row, present, station_code, progress, cancel)
        with central.begin() as conn:
            current = blob_row(conn, sha256, lock=True)  # one verifier at a time
            if current is not None and current.complete:
                return sent
            verified = current == row and server_verifies(conn, row, digests)
            if verified:
                mark_complete(conn, sha256)
            else:
                discard_incomplete(conn, sha256)
        if not verified:
            raise _corrupt(sha256, "central", "the chunks on the central store do not hash to the file's address")
        return sent


def _send_chunks(
    central: Engine,
    handle: BinaryIO,
    row: BlobRow,
    present: set[int],
    station_code: str,
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[int, list[bytes]]:
    """Reads the whole local file (the chunks the server holds too: they are part of its hash), sends
    the missing chunks; returns the bytes sent and every chunk's SHA-256."""
    whole = hashlib.sha256()
    digests: list[bytes] = []
    sent = done = 0
    _report(progress, done, row.size)
    for idx in range(row.chunk_count):
        data = _read_exactly(handle, chunk_length(row, idx), row.sha256)
        whole.update(data)
        digests.append(hashlib.sha256(data).digest())
        if idx not in present:
            _check_cancel(cancel)
            with central.begin() as conn:  # its own transaction: a cut loses this chunk only
                insert_chunk(conn, row.sha256, idx, data, station_code)
            sent += len(data)
        done += len(data)
        _report(progress, done, row.size)
    if _read_exactly(handle, 1, row.sha256, allow_short=True) or whole.hexdigest() != row.sha256:
        with central.begin() as conn:
            discard_incomplete(conn, row.sha256)  # what was sent came from a damaged file
        raise _corrupt(row.sha256, "local", "the station's copy does not hash to its address")
    return sent, digests


def download(
    central: Engine,
    blobs: FileBlobStore,
    sha256: str,
    *,
    partial_dir: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Fetches a file from the central store into the station's store (sealed there if the store is
    encrypted); returns the bytes fetched by this call (0 when the station had it already). Raises
    ClerkError ``sync.blob_not_ready`` (not complete on the central store yet: try next round),
    ``sync.blob_corrupt`` (what arrived does not hash to ``sha256``; nothing is kept),
    ``sync.interrupted``, ``sync.unreachable``. The partial file stays in ``partial_dir`` between
    calls, so a cut download resumes from its last whole chunk."""
    require_hash(sha256)
    partial = Path(partial_dir) / sha256
    if blobs.exists(sha256):
        _remove(partial, blobs)
        return 0
    with _central_errors():
        with central.connect() as conn:
            row = blob_row(conn, sha256)
        if row is None or not row.complete:
            raise ClerkError(
                f"copy {sha256} is not complete on the central store yet", code="sync.blob_not_ready",
                params={"sha256": sha256},
            )
        Path(partial_dir).mkdir(parents=True, exist_ok=True)
        whole = hashlib.sha256()
        first = _resume(partial, row, whole)
        received = 0
        done = min(first * row.chunk_size, row.size)
        _report(progress, done, row.size)
        damaged = False
        with _append(partial) as target:
            for idx in range(first, row.chunk_count):
                _check_cancel(cancel)
                with central.connect() as conn:
                    data = read_chunk(conn, sha256, idx)
                if data is None or len(data) != chunk_length(row, idx):
                    damaged = True
                    break
                target.write(data)
                target.flush()
                os.fsync(target.fileno())
                whole.update(data)
                received += len(data)
                done += len(data)
                _report(progress, done, row.size)
    if damaged or whole.hexdigest() != sha256:
        _remove(partial, blobs)
        raise _corrupt(sha256, "central", "the file fetched from the central store does not hash to its address")
    stored = blobs.put_file(partial)
    _remove(partial, blobs)
    if stored.sha256 != sha256:  # the partial file changed under us after it was checked
        raise _corrupt(sha256, "local", "the fetched file changed before it was stored")
    return received


def _resume(partial: Path, row: BlobRow, whole: Any) -> int:
    """The index of the first chunk still to fetch, the bytes before it fed to ``whole`` (a hashlib
    object). A chunk cut half-way (a killed process) is cut off; a partial file longer than the blob
    starts over."""
    try:
        have = partial.stat().st_size
    except FileNotFoundError:
        return 0
    if have >= row.size:
        first = row.chunk_count if have == row.size else 0
    else:
        first = have // row.chunk_size
    keep = min(first * row.chunk_size, row.size)
    if keep != have:
        with open(partial, "r+b") as handle:
            handle.truncate(keep)
            os.fsync(handle.fileno())
    with open(partial, "rb") as handle:
        while data := handle.read(CHUNK_SIZE):
            whole.update(data)
    return first


@contextmanager
def _append(path: Path) -> Iterator[io.BufferedWriter]:
    # Owner-only from its creation: it holds a copy's plaintext until it enters the store.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(descriptor, "ab") as handle:
        yield handle


def _remove(partial: Path, blobs: FileBlobStore) -> None:
    if blobs.encrypted:
        shred(partial)  # plaintext must not outlive its trip in a store that seals everything
    else:
        partial.unlink(missing_ok=True)


@contextmanager
def _local_copy(blobs: FileBlobStore, sha256: str) -> Iterator[BinaryIO]:
    try:
        handle = blobs.open(sha256)
    except FileNotFoundError:
        raise ClerkError(
            f"copy {sha256} is not in this station's store", code="copy.not_found", params={"sha256": sha256}
        ) from None
    except SealedBlobError:
        raise _corrupt(sha256, "local", "the station's sealed copy fails authentication") from None
    with handle:
        yield handle


def _read_exactly(handle: BinaryIO, length: int, sha256: str, *, allow_short: bool = False) -> bytes:
    try:
        data = handle.read(length)
    except SealedBlobError:
        raise _corrupt(sha256, "local", "the station's sealed copy fails authentication") from None
    if len(data) != length and not allow_short:
        raise _corrupt(sha256, "local", "the station's copy is shorter than it was")
    return data


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ClerkError("the transfer of a copy was interrupted", code="sync.interrupted")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _corrupt(sha256: str, side: str, message: str) -> ClerkError:
    return ClerkError(f"copy {sha256}: {message}", code="sync.blob_corrupt", params={"sha256": sha256, "side": side})


@contextmanager
def _central_errors() -> Iterator[None]:
    """The network failing under a transfer becomes ``sync.unreachable``: the caller retries later."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        raise _unreachable(exc.orig or exc) from exc
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
        raise _unreachable(exc.orig or exc) from exc
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        raise _unreachable(exc) from exc


def _unreachable(cause: BaseException) -> ClerkError:
    detail = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    return ClerkError(
        f"the central store cannot be reached, the copy is sent or fetched next time: {detail}",
        code="sync.unreachable",
    )
