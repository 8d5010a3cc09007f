"""The sealed-blob file format: an electronic copy encrypted with AES-256-GCM in 1 MiB chunks.

Layout (all integers big-endian)::

    header  = b"CLKB" | version (1 byte) | chunk size (4) | nonce prefix (8 random bytes)   17 bytes
    meta    = GCM(nonce = prefix | 0xFFFFFFFF, sha256 of the plaintext (32) | size (8), aad = header)
    chunk i = GCM(nonce = prefix | i (4), plaintext bytes, aad = header | i (8) | final flag (1))

Every chunk is ``chunk size`` plaintext bytes but the last (an empty file has one empty chunk). The
chunk index and the final flag in the associated data make reordered, dropped or appended chunks
fail authentication; the meta record binds the file to its content address, so a file swapped for
another store's or renamed on disk is told apart too. Reading never holds more than one chunk.

Keys come from the store key through HKDF: one for the contents, one for the names on disk (an
HMAC of the SHA-256, so a file's name does not confirm that a known document is stored).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.chunked_reader import ChunkedReader

MAGIC = b"CLKB"
VERSION = 1
CHUNK = 1024 * 1024
TAG = 16
HEADER = struct.Struct(">4sBI8s")
META_PLAIN = struct.Struct(">32sQ")
META_SIZE = META_PLAIN.size + TAG
PREFIX = HEADER.size + META_SIZE
_META_COUNTER = 0xFFFFFFFF
MAX_CHUNKS = _META_COUNTER  # the counter never reaches the meta record's nonce


class SealedBlobError(Exception):
    """A sealed file that fails authentication: damaged, truncated, tampered with or another key's."""


@dataclass(frozen=True)
class BlobKeys:
    content: bytes
    names: bytes

    @classmethod
    def derive(cls, store_key: bytes) -> BlobKeys:
        return cls(_hkdf(store_key, b"clerk-app blob contents v1"), _hkdf(store_key, b"clerk-app blob names v1"))

    def __repr__(self) -> str:  # never the keys, in a traceback or a log line
        return "BlobKeys(…)"

    def name_of(self, sha256: str) -> str:
        return hmac.new(self.names, bytes.fromhex(sha256), hashlib.sha256).hexdigest()


def _hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + counter.to_bytes(4, "big")


def _chunk_aad(header: bytes, index: int, final: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def sealed_size(size: int, chunk: int = CHUNK) -> int:
    """The size on disk of a sealed file of ``size`` plaintext bytes."""
    chunks = max(1, -(-size // chunk))
    return PREFIX + size + chunks * TAG


def seal(source: BinaryIO, target: BinaryIO, keys: BlobKeys) -> tuple[str, int]:
    """Encrypts ``source`` into ``target`` (which must be seekable: the meta record is written last,
    in its reserved place, once the hash is known). Returns the plaintext's SHA-256 and size."""
    aead = AESGCM(keys.content)
    prefix = os.urandom(8)
    header = HEADER.pack(MAGIC, VERSION, CHUNK, prefix)
    start = target.tell()
    target.write(header)
    target.write(bytes(META_SIZE))  # reserved for the meta record
    digest = hashlib.sha256()
    size = 0
    index = 0
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if len(current) == CHUNK else b""
        final = not following
        digest.update(current)
        size += len(current)
        if index >= MAX_CHUNKS:
            raise ValueError("file too large to seal")
        target.write(aead.encrypt(_nonce(prefix, index), current, _chunk_aad(header, index, final)))
        if final:
            break
        current, index = following, index + 1
    sha256 = digest.hexdigest()
    meta = aead.encrypt(_nonce(prefix, _META_COUNTER), META_PLAIN.pack(bytes.fromhex(sha256), size), header)
    end = target.tell()
    target.seek(start + HEADER.size)
    target.write(meta)
    target.seek(end)
    return sha256, size


@dataclass(frozen=True)
class SealedHeader:
    header: bytes
    chunk: int
    prefix: bytes
    sha256: str
    size: int

    @property
    def chunks(self) -> int:
        return max(1, -(-self.size // self.chunk))


def read_header(handle: BinaryIO, keys: BlobKeys) -> SealedHeader:
    """The authenticated header and meta record at the start of a sealed file."""
    raw = handle.read(PREFIX)
    if len(raw) != PREFIX:
        raise SealedBlobError("truncated header")
    magic, version, chunk, prefix = HEADER.unpack(raw[:HEADER.size])
    if magic != MAGIC or version != VERSION or not 0 < chunk <= 64 * CHUNK:
        raise SealedBlobError("not a sealed blob of a known version")
    header = raw[:HEADER.size]
    try:
        meta = AESGCM(keys.content).decrypt(_nonce(prefix, _META_COUNTER), raw[HEADER.size:], header)
    except InvalidTag:
        raise SealedBlobError("the header fails authentication (damaged, or another key)") from None
    digest, size = META_PLAIN.unpack(meta)
    return SealedHeader(header, chunk, prefix, digest.hex(), size)


class SealedReader(ChunkedReader):
    """A read-only, seekable plaintext view of a sealed file; decrypts one chunk at a time."""

    def __init__(self, handle: BinaryIO, keys: BlobKeys):
        super().__init__()
        self._handle = handle
        self._aead = AESGCM(keys.content)
        self.meta = read_header(handle, keys)
        self.size, self.chunk_size = self.meta.size, self.meta.chunk
        expected = sealed_size(self.meta.size, self.meta.chunk)
        actual = os.fstat(handle.fileno()).st_size if hasattr(handle, "fileno") else None
        if actual is not None and actual != expected:
            raise SealedBlobError("the file is truncated or has bytes appended")

    def load_chunk(self, index: int) -> bytes:
        meta = self.meta
        final = index == meta.chunks - 1
        length = (meta.size - index * meta.chunk if final else meta.chunk) + TAG
        self._handle.seek(PREFIX + index * (meta.chunk + TAG))
        sealed = self._handle.read(length)
        try:
            return self._aead.decrypt(_nonce(meta.prefix, index), sealed, _chunk_aad(meta.header, index, final))
        except InvalidTag:
            raise SealedBlobError(f"chunk {index} fails authentication (damaged, truncated or reordered)") from None

    def at_end(self) -> None:
        if self.meta.size == 0 and self._cached is None:
            self.chunk(0)  # an empty file still authenticates its one empty chunk

    def close(self) -> None:
        self._handle.close()
        super().close()
