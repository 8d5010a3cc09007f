"""The central store's copies: the ``BlobStore`` interface over PostgreSQL (``sync_blob`` and
``sync_blob_chunk``, issue 7, docs/sync.md).

A file is cut into chunks of ``CHUNK_SIZE`` bytes (one row each, ``idx`` from 0; an empty file has
none) under its SHA-256. ``sync_blob.complete`` turns true only once PostgreSQL itself has hashed
the chunks and found the address: until then the file does not exist for readers, so a station's
upload cut half-way is invisible and simply resumed. The helpers below are shared with
``storage.sync.blob_transfer``, which moves files between a station and this store.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, Engine, delete, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from clerk_app.errors import ClerkError
from storage.blobs import StoredBlob
from storage.chunked_reader import ChunkedReader
from storage.sync.central_schema import sync_blob, sync_blob_chunk

CHUNK_SIZE = 1024 * 1024
CENTRAL_STATION = "central"  # station_code of the files the central store writes itself
# Above this PostgreSQL is not asked to hash the whole file at once (it would build the whole value
# in memory, and a bytea stops at 1 GiB): each chunk is hashed and compared with the sender's hashes.
WHOLE_HASH_LIMIT = 256 * 1024 * 1024
_HASH_PAGE = 1000  # hashes per query of iter_hashes


@dataclass(frozen=True)
class BlobRow:
    sha256: str
    size: int
    chunk_size: int
    chunk_count: int
    complete: bool


def chunk_count_of(size: int, chunk_size: int = CHUNK_SIZE) -> int:
    return -(-size // chunk_size)


def valid_hash(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def require_hash(value: str) -> str:
    if not valid_hash(value):  # outside text never reaches a path or a query as an address
        raise ValueError(f"not a SHA-256: {value!r}")
    return value


def blob_row(conn: Connection, sha256: str, *, lock: bool = False) -> BlobRow | None:
    query = select(
        sync_blob.c.size_bytes, sync_blob.c.chunk_size, sync_blob.c.chunk_count, sync_blob.c.complete
    ).where(sync_blob.c.sha256 == sha256)
    if lock:
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        return None
    return BlobRow(sha256, int(row.size_bytes), int(row.chunk_size), int(row.chunk_count), bool(row.complete))


def prepare_blob(conn: Connection, sha256: str, size: int, station_code: str) -> BlobRow:
    """The incomplete ``sync_blob`` row for a file of ``size`` bytes in chunks of ``CHUNK_SIZE``:
    created, or kept as it is (a resumed upload), or reset if an earlier writer described the file
    otherwise (its chunks cannot be reused then). A complete row is returned untouched."""
    count = chunk_count_of(size)
    conn.execute(
        pg_insert(sync_blob)
        .values(sha256=sha256, size_bytes=size, chunk_size=CHUNK_SIZE, chunk_count=count, complete=False,
                station_code=station_code)
        .on_conflict_do_nothing(index_elements=[sync_blob.c.sha256])
    )
    row = blob_row(conn, sha256, lock=True)
    assert row is not None
    if row.complete or (row.size, row.chunk_size, row.chunk_count) == (size, CHUNK_SIZE, count):
        return row
    conn.execute(delete(sync_blob_chunk).where(sync_blob_chunk.c.sha256 == sha256))
    conn.execute(
        update(sync_blob).where(sync_blob.c.sha256 == sha256)
        .values(size_bytes=size, chunk_size=CHUNK_SIZE, chunk_count=count, station_code=station_code)
    )
    return BlobRow(sha256, size, CHUNK_SIZE, count, False)


def present_chunks(conn: Connection, sha256: str) -> set[int]:
    return set(conn.scalars(select(sync_blob_chunk.c.idx).where(sync_blob_chunk.c.sha256 == sha256)))


def insert_chunk(conn: Connection, sha256: str, idx: int, data: bytes, station_code: str) -> None:
    """Idempotent: a chunk sent again (after a lost answer) or by two writers at once is kept once."""
    conn.execute(
        pg_insert(sync_blob_chunk)
        .values(sha256=sha256, idx=idx, data=data, station_code=station_code)
        .on_conflict_do_nothing(index_elements=[sync_blob_chunk.c.sha256, sync_blob_chunk.c.idx])
    )


def read_chunk(conn: Connection, sha256: str, idx: int) -> bytes | None:
    data = conn.scalar(
        select(sync_blob_chunk.c.data).where(sync_blob_chunk.c.sha256 == sha256, sync_blob_chunk.c.idx == idx)
    )
    return None if data is None else bytes(data)


def chunk_length(row: BlobRow, idx: int) -> int:
    return min(row.chunk_size, row.size - idx * row.chunk_size)


def _shape_ok(conn: Connection, row: BlobRow) -> bool:
    """Exactly chunks 0..n-1, of exactly the bytes the row declares."""
    count, total, first, last = conn.execute(
        text(
            "SELECT count(*), coalesce(sum(length(data)), 0), min(idx), max(idx)"
            " FROM sync_blob_chunk WHERE sha256 = :sha256"
        ),
        {"sha256": row.sha256},
    ).one()
    if count != row.chunk_count or total != row.size:
        return False
    return count == 0 or (first, last) == (0, row.chunk_count - 1)


def server_verifies(conn: Connection, row: BlobRow, chunk_digests: Sequence[bytes] | None = None) -> bool:
    """Whether the chunks stored under ``row.sha256`` are that file, hashed by PostgreSQL itself: the
    whole file up to ``WHOLE_HASH_LIMIT``; above it each chunk against ``chunk_digests`` (the writer's
    SHA-256 of every chunk, made while it read the file and checked the whole hash), or, without
    them, the chunks read back here one at a time and hashed whole."""
    if not _shape_ok(conn, row):
        return False
    if row.size <= WHOLE_HASH_LIMIT:
        digest = conn.scalar(
            text(
                "SELECT sha256(coalesce(string_agg(data, ''::bytea ORDER BY idx), ''::bytea))"
                " FROM sync_blob_chunk WHERE sha256 = :sha256"
            ),
            {"sha256": row.sha256},
        )
        return bytes(digest).hex() == row.sha256
    if chunk_digests is not None:
        if len(chunk_digests) != row.chunk_count:
            return False
        stored = conn.execute(
            text("SELECT idx, sha256(data) FROM sync_blob_chunk WHERE sha256 = :sha256 ORDER BY idx"),
            {"sha256": row.sha256},
        )
        return all(bytes(found) == chunk_digests[idx] for idx, found in stored)
    whole = hashlib.sha256()
    for idx in range(row.chunk_count):
        whole.update(read_chunk(conn, row.sha256, idx) or b"")
    return whole.hexdigest() == row.sha256


def discard_incomplete(conn: Connection, sha256: str) -> None:
    """Drops the chunks (and the row) of a file that failed verification; a complete one stays."""
    conn.execute(
        delete(sync_blob_chunk).where(
            sync_blob_chunk.c.sha256 == sha256,
            ~select(sync_blob.c.sha256).where(sync_blob.c.sha256 == sha256, sync_blob.c.complete).exists(),
        )
    )
    conn.execute(delete(sync_blob).where(sync_blob.c.sha256 == sha256, ~sync_blob.c.complete))


def mark_complete(conn: Connection, sha256: str) -> None:
    conn.execute(update(sync_blob).where(sync_blob.c.sha256 == sha256).values(complete=True))


class _ChunkReader(ChunkedReader):
    """A complete file read chunk by chunk as the reader asks: one short query per chunk, at most
    one chunk in memory."""

    def __init__(self, engine: Engine, row: BlobRow):
        super().__init__()
        self._engine = engine
        self._row = row
        self.size, self.chunk_size = row.size, row.chunk_size

    def load_chunk(self, index: int) -> bytes:
        with self._engine.connect() as conn:
            data = read_chunk(conn, self._row.sha256, index)
        if data is None or len(data) != chunk_length(self._row, index):
            raise OSError(f"chunk {index} of blob {self._row.sha256} is missing or damaged")
        return data


class PostgresBlobStore:
    """``BlobStore`` on the central PostgreSQL (its tables on the engine's search path)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def put_file(self, source: Path) -> StoredBlob:
        """Stores ``source`` in one transaction: the whole file verified and complete, or nothing."""
        sha256, size = _hash_file(source)
        if self.exists(sha256):
            return StoredBlob(sha256, size)
        with self._engine.begin() as conn:
            row = prepare_blob(conn, sha256, size, CENTRAL_STATION)
            if row.complete:  # a station finished the same file meanwhile
                return StoredBlob(sha256, size)
            # This writer holds the whole file: its chunks replace a station's half-sent ones.
            conn.execute(delete(sync_blob_chunk).where(sync_blob_chunk.c.sha256 == sha256))
            whole, digests = hashlib.sha256(), []
            with open(source, "rb") as handle:
                for idx in range(row.chunk_count):
                    data = handle.read(CHUNK_SIZE)
                    whole.update(data)
                    digests.append(hashlib.sha256(data).digest())
                    insert_chunk(conn, sha256, idx, data, CENTRAL_STATION)
                changed = bool(handle.read(1))
            if changed or whole.hexdigest() != sha256 or not server_verifies(conn, row, digests):
                raise ClerkError(f"{source} changed while it was being stored", code="sync.blob_corrupt")
            mark_complete(conn, sha256)
        return StoredBlob(sha256, size)

    def open(self, sha256: str) -> BinaryIO:
        """The file as a seekable stream, chunks fetched as it is read; FileNotFoundError unless complete."""
        require_hash(sha256)
        with self._engine.connect() as conn:
            row = blob_row(conn, sha256)
        if row is None or not row.complete:
            raise FileNotFoundError(f"no complete blob {sha256} on the central store")
        return io.BufferedReader(_ChunkReader(self._engine, row), CHUNK_SIZE)

    def exists(self, sha256: str) -> bool:
        require_hash(sha256)
        with self._engine.connect() as conn:
            row = blob_row(conn, sha256)
        return row is not None and row.complete

    def delete(self, sha256: str) -> None:
        require_hash(sha256)
        with self._engine.begin() as conn:
            conn.execute(delete(sync_blob_chunk).where(sync_blob_chunk.c.sha256 == sha256))
            conn.execute(delete(sync_blob).where(sync_blob.c.sha256 == sha256))

    def iter_hashes(self) -> Iterator[str]:
        """The complete files, in pages by key (no connection is held while the caller works)."""
        last = ""
        while True:
            with self._engine.connect() as conn:
                page = list(conn.scalars(
                    select(sync_blob.c.sha256)
                    .where(sync_blob.c.complete, sync_blob.c.sha256 > last)
                    .order_by(sync_blob.c.sha256)
                    .limit(_HASH_PAGE)
                ))
            yield from page
            if len(page) < _HASH_PAGE:
                return
            last = page[-1]

    def check(self, sha256: str) -> str | None:
        """None when the file is complete and its chunks hash to its address; else ``missing`` or ``corrupt``."""
        require_hash(sha256)
        with self._engine.connect() as conn:
            row = blob_row(conn, sha256)
            if row is None or not row.complete:
                return "missing"
            return None if server_verifies(conn, row) else "corrupt"


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while data := handle.read(CHUNK_SIZE):
            digest.update(data)
            size += len(data)
    return digest.hexdigest(), size

