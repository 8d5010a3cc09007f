"""Destruction in an encrypted store (issue 6): after a person's data are destroyed, her IIN and
surname are nowhere in the DECRYPTED contents of the store — every page of the SQLCipher database
decrypted with the store key (free pages included, which a logical export would skip), the WAL, and
every sealed copy — and before the destruction the same decryption finds them (the test can fail)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from clerk_app.services import encryption as encryption_service
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage import encryption
from storage.sealed_blobs import BlobKeys, SealedBlobError, SealedReader
from tests.core.test_destruction_raw_bytes import destroy, needles, populate

PAGE = 4096  # SQLCipher 4 defaults: 4 KiB pages, each ending in 16 bytes of IV and a 64-byte HMAC
RESERVE = 80
SALT = 16  # the first page starts with the database's salt, stored in the clear
WAL_HEADER, FRAME_HEADER = 32, 24


pytestmark = pytest.mark.usefixtures("file_keyring")


def _decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    body = page[SALT if first else 0 : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_database(data_dir: Path, key: bytes) -> bytes:
    """Every page of the database file and every frame of its WAL, decrypted."""
    plain = []
    data = (data_dir / "registry.sqlite3").read_bytes()
    for index in range(len(data) // PAGE):
        plain.append(_decrypt_page(data[index * PAGE : (index + 1) * PAGE], key, first=index == 0))
    wal = data_dir / "registry.sqlite3-wal"
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for start in range(0, len(frames) - step + 1, step):
            page_number = int.from_bytes(frames[start : start + 4], "big")
            plain.append(_decrypt_page(frames[start + FRAME_HEADER : start + step], key, first=page_number == 1))
    return b"".join(plain)


def decrypted_copies(data_dir: Path, key: bytes) -> dict[str, bytes]:
    """Every sealed file under the blob folder, decrypted: by the SHA-256 of its plaintext."""
    keys = BlobKeys.derive(key)
    found = {}
    for path in (data_dir / "blobs").rglob("*"):
        if path.is_file() and "incoming" not in path.parts:
            with open(path, "rb") as handle:
                try:
                    plain = SealedReader(handle, keys).read()
                except SealedBlobError:  # not a sealed copy of this store: the test says so
                    pytest.fail(f"{path.name} does not decrypt with the store key")
            found[hashlib.sha256(plain).hexdigest()] = plain
    return found


def test_decrypted_contents_hold_nothing_of_her(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    registry = Registry.open(data_dir=data_dir)
    try:
        numbers = populate(registry, tmp_path, monkeypatch)
        her_scans = {c.sha256 for c in registry.copies.copies(numbers["own"])}
    finally:
        registry.close()
    encryption_service.enable_encryption(data_dir, Actor("admin"))
    key = encryption.store_key(data_dir)
    assert key is not None
    before = decrypted_database(data_dir, key)
    assert all(n in before for n in needles()[::3])  # UTF-8 forms: the decryption reads what the store holds
    assert her_scans <= set(decrypted_copies(data_dir, key))

    registry = Registry.open(data_dir=data_dir)
    try:
        outcome = destroy(registry)
        assert outcome.cleanup.complete  # type: ignore[attr-defined]
    finally:
        registry.close()

    after = decrypted_database(data_dir, key)
    assert [n for n in needles() if n in after] == []
    copies = decrypted_copies(data_dir, key)
    assert not her_scans & set(copies)  # her own appeal's scan is gone, the collective card's stays
    assert [n for n in needles() for plain in copies.values() if n in plain] == []
