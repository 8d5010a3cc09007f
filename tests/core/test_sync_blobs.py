"""Copies travel between station stores and the central PostgreSQL in chunks: round trips, resumed
uploads and downloads, corruption caught at both ends, sealed station stores, a cut network, and
the central ``PostgresBlobStore`` itself. Always against the real PostgreSQL of tests/conftest.py."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from clerk_app.errors import ClerkError
from storage import central_blobs, encryption
from storage.blobs import BlobStore, FileBlobStore
from storage.central_blobs import CHUNK_SIZE, PostgresBlobStore
from storage.store import create_store_engine, normalize_url
from storage.sync.blob_transfer import central_has, download, upload
from storage.sync.central_schema import central_metadata
from tests.conftest import PG_URL, _schema
from tests.sync_support import TcpProxy

pytest_plugins = ["tests.sync_support"]  # tcp_proxy_factory

BIG = 3 * CHUNK_SIZE + CHUNK_SIZE // 2  # four chunks, the last one half full


def _engine(schema: str, url: str = PG_URL) -> Engine:
    return create_store_engine(normalize_url(url), pg_schema=schema)


@pytest.fixture
def central_schema(pg_schema: str) -> Iterator[str]:
    """A schema of this test holding the central tables."""
    with _schema(f"{pg_schema}_{uuid.uuid4().hex[:6]}") as schema:
        engine = _engine(schema)
        central_metadata.create_all(engine)
        engine.dispose()
        yield schema


@pytest.fixture
def central(central_schema: str) -> Iterator[Engine]:
    engine = _engine(central_schema)
    yield engine
    engine.dispose()


def _stored(blobs: FileBlobStore, tmp_path: Path, data: bytes) -> str:
    source = tmp_path / f"source-{uuid.uuid4().hex}"
    source.write_bytes(data)
    return blobs.put_file(source).sha256


def _stop_after(chunks: int) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
    """progress and cancel callbacks that stop a transfer once ``chunks`` chunks are done."""
    done = [0]

    def progress(bytes_done: int, _total: int) -> None:
        done[0] = bytes_done

    def cancel() -> bool:
        return done[0] >= chunks * CHUNK_SIZE

    return progress, cancel


def _chunks_on_central(central: Engine, sha256: str) -> int:
    with central.connect() as conn:
        return int(conn.scalar(sa.text("SELECT count(*) FROM sync_blob_chunk WHERE sha256 = :h"), {"h": sha256}))


def _read(blobs: FileBlobStore, sha256: str) -> bytes:
    with blobs.open(sha256) as handle:
        return handle.read()


@pytest.mark.parametrize("size", [BIG, 1000, 0, CHUNK_SIZE], ids=["multi-chunk", "small", "empty", "one-whole-chunk"])
def test_round_trip_between_two_stations(central: Engine, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
    sha256 = _stored(station_a, tmp_path, data)
    seen: list[tuple[int, int]] = []

    assert not central_has(central, sha256)
    assert upload(central, station_a, sha256, "01", progress=lambda d, t: seen.append((d, t))) == size
    assert central_has(central, sha256)
    assert seen[-1] == (size, size)
    assert upload(central, station_a, sha256, "01") == 0  # already there: nothing sent

    partial_dir = tmp_path / "partial"
    assert download(central, station_b, sha256, partial_dir=partial_dir) == size
    assert _read(station_b, sha256) == data
    assert station_b.check(sha256) is None
    assert list(partial_dir.iterdir()) == []
    assert download(central, station_b, sha256, partial_dir=partial_dir) == 0
    assert PostgresBlobStore(central).check(sha256) is None


def test_upload_resumes_after_a_cut(central: Engine, tmp_path: Path) -> None:
    blobs = FileBlobStore(tmp_path / "a")
    sha256 = _stored(blobs, tmp_path, os.urandom(BIG))
    progress, cancel = _stop_after(2)

    with pytest.raises(ClerkError) as caught:
        upload(central, blobs, sha256, "01", progress=progress, cancel=cancel)
    assert caught.value.code == "sync.interrupted"
    assert _chunks_on_central(central, sha256) == 2
    assert not central_has(central, sha256)  # half a file is invisible
    with pytest.raises(ClerkError) as not_ready:
        download(central, FileBlobStore(tmp_path / "b"), sha256, partial_dir=tmp_path / "partial")
    assert not_ready.value.code == "sync.blob_not_ready"

    assert upload(central, blobs, sha256, "01") == BIG - 2 * CHUNK_SIZE  # only the rest
    assert central_has(central, sha256)
    assert PostgresBlobStore(central).check(sha256) is None


def test_download_resumes_after_a_cut(central: Engine, tmp_path: Path) -> None:
    data = os.urandom(BIG)
    station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
    sha256 = _stored(station_a, tmp_path, data)
    upload(central, station_a, sha256, "01")
    partial_dir = tmp_path / "partial"
    progress, cancel = _stop_after(2)

    with pytest.raises(ClerkError) as caught:
        download(central, station_b, sha256, partial_dir=partial_dir, progress=progress, cancel=cancel)
    assert caught.value.code == "sync.interrupted"
    assert (partial_dir / sha256).stat().st_size == 2 * CHUNK_SIZE
    assert not station_b.exists(sha256)

    assert download(central, station_b, sha256, partial_dir=partial_dir) == BIG - 2 * CHUNK_SIZE
    assert _read(station_b, sha256) == data
    assert not (partial_dir / sha256).exists()


def test_download_drops_a_chunk_written_half_way(central: Engine, tmp_path: Path) -> None:
    """A process killed in the middle of writing a chunk: the torn chunk is fetched again."""
    data = os.urandom(BIG)
    station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
    sha256 = _stored(station_a, tmp_path, data)
    upload(central, station_a, sha256, "01")
    partial_dir = tmp_path / "partial"
    partial_dir.mkdir()
    (partial_dir / sha256).write_bytes(data[: CHUNK_SIZE + 1234])

    assert download(central, station_b, sha256, partial_dir=partial_dir) == BIG - CHUNK_SIZE
    assert _read(station_b, sha256) == data


def test_a_tampered_chunk_is_caught_on_download(central: Engine, tmp_path: Path) -> None:
    station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
    sha256 = _stored(station_a, tmp_path, os.urandom(BIG))
    upload(central, station_a, sha256, "01")
    with central.begin() as conn:
        conn.execute(sa.text(
            "UPDATE sync_blob_chunk SET data = overlay(data PLACING '\\x00ff'::bytea FROM 100)"
            " WHERE sha256 = :h AND idx = 2"
        ), {"h": sha256})
    partial_dir = tmp_path / "partial"

    with pytest.raises(ClerkError) as caught:
        download(central, station_b, sha256, partial_dir=partial_dir)
    assert caught.value.code == "sync.blob_corrupt"
    assert not station_b.exists(sha256)
    assert list(station_b.iter_hashes()) == []
    assert not (partial_dir / sha256).exists()
    assert PostgresBlobStore(central).check(sha256) == "corrupt"


def test_a_missing_chunk_is_caught_on_download(central: Engine, tmp_path: Path) -> None:
    station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
    sha256 = _stored(station_a, tmp_path, os.urandom(BIG))
    upload(central, station_a, sha256, "01")
    with central.begin() as conn:
        conn.execute(sa.text("DELETE FROM sync_blob_chunk WHERE sha256 = :h AND idx = 3"), {"h": sha256})

    with pytest.raises(ClerkError) as caught:
        download(central, station_b, sha256, partial_dir=tmp_path / "partial")
    assert caught.value.code == "sync.blob_corrupt"
    assert not station_b.exists(sha256)
    assert PostgresBlobStore(central).check(sha256) == "corrupt"


@pytest.mark.parametrize("whole_hash_limit", [None, CHUNK_SIZE], ids=["whole-file-hash", "per-chunk-hashes"])
def test_the_server_refuses_chunks_that_do_not_hash_to_the_address(
    central: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole_hash_limit: int | None
) -> None:
    """A chunk damaged on the server between two halves of an upload: the file is never marked
    complete, its chunks are dropped, and the next upload sends it whole."""
    if whole_hash_limit is not None:  # as if the file were over 256 MiB
        monkeypatch.setattr(central_blobs, "WHOLE_HASH_LIMIT", whole_hash_limit)
    blobs = FileBlobStore(tmp_path / "a")
    sha256 = _stored(blobs, tmp_path, os.urandom(BIG))
    progress, cancel = _stop_after(2)
    with pytest.raises(ClerkError):
        upload(central, blobs, sha256, "01", progress=progress, cancel=cancel)
    with central.begin() as conn:
        conn.execute(sa.text("UPDATE sync_blob_chunk SET data = 'x'::bytea || substr(data, 2) WHERE idx = 0"))

    with pytest.raises(ClerkError) as caught:
        upload(central, blobs, sha256, "01")
    assert caught.value.code == "sync.blob_corrupt"
    assert caught.value.params["side"] == "central"
    assert not central_has(central, sha256)
    assert _chunks_on_central(central, sha256) == 0

    assert upload(central, blobs, sha256, "01") == BIG
    assert PostgresBlobStore(central).check(sha256) is None


def test_a_damaged_local_copy_is_not_uploaded(central: Engine, tmp_path: Path) -> None:
    blobs = FileBlobStore(tmp_path / "a")
    sha256 = _stored(blobs, tmp_path, os.urandom(BIG))
    path = blobs.stored_path(sha256)
    path.chmod(0o644)
    with open(path, "r+b") as handle:
        handle.seek(CHUNK_SIZE * 3 + 10)
        handle.write(b"\x00\x01\x02")

    with pytest.raises(ClerkError) as caught:
        upload(central, blobs, sha256, "01")
    assert caught.value.code == "sync.blob_corrupt"
    assert caught.value.params["side"] == "local"
    assert not central_has(central, sha256)
    assert _chunks_on_central(central, sha256) == 0


def test_a_copy_missing_locally(central: Engine, tmp_path: Path) -> None:
    with pytest.raises(ClerkError) as caught:
        upload(central, FileBlobStore(tmp_path / "a"), hashlib.sha256(b"nothing").hexdigest(), "01")
    assert caught.value.code == "copy.not_found"
    with pytest.raises(ClerkError) as not_ready:
        download(central, FileBlobStore(tmp_path / "b"), hashlib.sha256(b"x").hexdigest(), partial_dir=tmp_path)
    assert not_ready.value.code == "sync.blob_not_ready"


def test_sealed_stores_on_both_stations(central: Engine, tmp_path: Path) -> None:
    """Each station seals with its own key; the file travels as plaintext bytes under its SHA-256."""
    data = os.urandom(BIG)
    station_a = FileBlobStore(tmp_path / "a", key=encryption.new_key())
    station_b = FileBlobStore(tmp_path / "b", key=encryption.new_key())
    sha256 = _stored(station_a, tmp_path, data)
    assert hashlib.sha256(data).hexdigest() == sha256

    assert upload(central, station_a, sha256, "01") == BIG
    progress, cancel = _stop_after(1)
    partial_dir = tmp_path / "partial"
    with pytest.raises(ClerkError):
        download(central, station_b, sha256, partial_dir=partial_dir, progress=progress, cancel=cancel)
    assert download(central, station_b, sha256, partial_dir=partial_dir) == BIG - CHUNK_SIZE

    stored = station_b.stored_path(sha256)
    assert stored.name.endswith(".sealed") and data[:4096] not in stored.read_bytes()
    assert _read(station_b, sha256) == data
    assert station_b.check(sha256) is None
    assert not (partial_dir / sha256).exists()


def test_a_dropped_connection_is_unreachable_then_resumed(
    central_schema: str, tmp_path: Path, tcp_proxy_factory: Callable[[str], TcpProxy]
) -> None:
    proxy = tcp_proxy_factory(PG_URL)
    through_proxy = _engine(central_schema, proxy.url_for(PG_URL))
    try:
        blobs = FileBlobStore(tmp_path / "a")
        sha256 = _stored(blobs, tmp_path, os.urandom(BIG))
        proxy.drop_after(CHUNK_SIZE * 5 // 2, "to_server")  # the network dies in the third chunk

        with pytest.raises(ClerkError) as caught:
            upload(through_proxy, blobs, sha256, "01")
        assert caught.value.code == "sync.unreachable"
        kept = _chunks_on_central(through_proxy, sha256)
        assert 0 < kept < 4, kept

        assert upload(through_proxy, blobs, sha256, "01") == BIG - kept * CHUNK_SIZE
        assert central_has(through_proxy, sha256)

        proxy.pause()  # the server is gone altogether
        through_proxy.dispose()
        for attempt in (
            lambda: central_has(through_proxy, sha256),
            lambda: download(through_proxy, FileBlobStore(tmp_path / "b"), sha256, partial_dir=tmp_path / "p"),
        ):
            with pytest.raises(ClerkError) as down:
                attempt()
            assert down.value.code == "sync.unreachable"
            assert "cannot be reached" in down.value.message
    finally:
        through_proxy.dispose()


def test_postgres_blob_store(central: Engine, tmp_path: Path) -> None:
    store: BlobStore = PostgresBlobStore(central)
    data = os.urandom(BIG)
    source = tmp_path / "big"
    source.write_bytes(data)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")

    stored = store.put_file(source)
    assert (stored.sha256, stored.size) == (hashlib.sha256(data).hexdigest(), BIG)
    assert store.put_file(source) == stored  # content-addressed: stored once
    assert store.put_file(empty).size == 0
    assert store.exists(stored.sha256)
    with central.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT b.chunk_count, b.chunk_size, b.station_code, min(c.station_code)"
            " FROM sync_blob b JOIN sync_blob_chunk c USING (sha256) WHERE sha256 = :h"
            " GROUP BY b.chunk_count, b.chunk_size, b.station_code"
        ), {"h": stored.sha256}).one()
    assert tuple(row) == (4, CHUNK_SIZE, "central", "central")

    with store.open(stored.sha256) as handle:
        assert handle.read() == data
        handle.seek(CHUNK_SIZE - 10)  # across a chunk boundary
        assert handle.read(20) == data[CHUNK_SIZE - 10:CHUNK_SIZE + 10]
        handle.seek(-5, os.SEEK_END)
        assert handle.read() == data[-5:]
    with store.open(hashlib.sha256(b"").hexdigest()) as handle:
        assert handle.read() == b""

    # A station's upload cut half-way is not a file yet: not listed, not openable, "missing".
    station = FileBlobStore(tmp_path / "station")
    half = _stored(station, tmp_path, os.urandom(BIG))
    progress, cancel = _stop_after(1)
    with pytest.raises(ClerkError):
        upload(central, station, half, "01", progress=progress, cancel=cancel)
    assert not store.exists(half)
    assert store.check(half) == "missing"
    with pytest.raises(FileNotFoundError):
        store.open(half)
    assert sorted(store.iter_hashes()) == sorted([stored.sha256, hashlib.sha256(b"").hexdigest()])

    # The central store finishes it from its own file; the station then has nothing left to send.
    with station.open(half) as handle:
        (tmp_path / "half").write_bytes(handle.read())
    assert store.put_file(tmp_path / "half").sha256 == half
    assert store.check(half) is None
    assert upload(central, station, half, "01") == 0

    for sha256 in (stored.sha256, half):
        assert store.check(sha256) is None
    store.delete(stored.sha256)
    assert not store.exists(stored.sha256)
    assert store.check(stored.sha256) == "missing"
    assert _chunks_on_central(central, stored.sha256) == 0
    assert stored.sha256 not in set(store.iter_hashes())


def test_iter_hashes_pages(central: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(central_blobs, "_HASH_PAGE", 2)
    store = PostgresBlobStore(central)
    expected = set()
    for n in range(5):
        source = tmp_path / f"f{n}"
        source.write_bytes(f"file {n}".encode())
        expected.add(store.put_file(source).sha256)
    assert sorted(store.iter_hashes()) == sorted(expected)


def test_a_station_role_with_table_rights_only(central_schema: str, central: Engine, tmp_path: Path) -> None:
    """What a station's PostgreSQL role needs on the file tables: SELECT, INSERT, UPDATE, DELETE on
    sync_blob and sync_blob_chunk (what ``central add-station`` grants), nothing else."""
    role = f"clerk_blobs_{uuid.uuid4().hex[:8]}"
    with central.begin() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(sa.text(f"GRANT USAGE ON SCHEMA {central_schema} TO {role}"))
        conn.execute(sa.text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON sync_blob, sync_blob_chunk TO {role}"))
    as_station = create_store_engine(normalize_url(PG_URL).set(username=role), pg_schema=central_schema)
    try:
        with as_station.connect() as conn:
            assert conn.scalar(sa.text("SELECT current_user")) == role
        data = os.urandom(BIG)
        station_a, station_b = FileBlobStore(tmp_path / "a"), FileBlobStore(tmp_path / "b")
        sha256 = _stored(station_a, tmp_path, data)
        assert upload(as_station, station_a, sha256, "01") == BIG
        assert download(as_station, station_b, sha256, partial_dir=tmp_path / "partial") == BIG
        assert _read(station_b, sha256) == data
    finally:
        as_station.dispose()
        with central.begin() as conn:
            conn.execute(sa.text(f"DROP OWNED BY {role}"))
            conn.execute(sa.text(f"DROP ROLE {role}"))
