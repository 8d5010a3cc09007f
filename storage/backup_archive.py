"""The backup archive's format: an encrypted, authenticated byte stream (docs/backups.md).

Layout: a header, then chunks. The header is the magic, the format version, the Argon2id parameters
and salt, the chunk size and a passphrase verifier; it is fixed-size and bound to every chunk through
the AAD, so no field of it can be changed unnoticed. The key is Argon2id(passphrase, salt): 64 bytes,
the first 32 the AES-256-GCM key, the next 16 the verifier kept in the header (a wrong passphrase is
told apart from a damaged file at once, at the cost of one Argon2id run per guess, as decrypting
would be).

Each chunk is ``u32 length`` + AES-256-GCM ciphertext and tag of up to ``chunk_size`` plaintext
bytes; its nonce is the chunk's index (the key is new for every archive: the salt is random) and
its AAD is the header, the index and a final flag. A truncated archive has no final chunk; chunks
moved, dropped or appended fail their tag or stand after the final one: all refused as damaged.

``ArchiveWriter`` and ``ArchiveReader`` are file-like (write / read), so a tar stream goes straight
through them: no plaintext archive ever lands on disk.
"""

from __future__ import annotations

import hmac
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from clerk_app.errors import ClerkError

MAGIC = b"CLERKBAK"
FORMAT_VERSION = 1
CHUNK_SIZE = 1024 * 1024
SALT_BYTES = 16
VERIFIER_BYTES = 16
TAG_BYTES = 16
# magic, version, time cost, memory KiB, parallelism, chunk size, salt, verifier
_HEADER = struct.Struct(f">8sHIIII{SALT_BYTES}s{VERIFIER_BYTES}s")
HEADER_SIZE = _HEADER.size
_LENGTH = struct.Struct(">I")
_AAD_TAIL = struct.Struct(">QB")
MAX_CHUNK = 64 * 1024 * 1024  # a header asking for more is damaged, not a reason to allocate it
MIN_PASSPHRASE = 12


# The most an archive's header may ask of the reader: the header is read before anything in it is
# authenticated, so a forged one must not make a restore allocate gigabytes or run for hours.
MAX_TIME_COST = 10
MAX_MEMORY_KIB = 256 * 1024
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: the defaults take a fraction of a second and 64 MiB, once per archive."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def checked(self) -> KdfParams:
        if not (1 <= self.time_cost <= MAX_TIME_COST and 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB
                and 1 <= self.parallelism <= MAX_PARALLELISM):
            raise damaged("its key derivation parameters are beyond what clerk-app writes")
        return self


def damaged(why: str) -> ClerkError:
    return ClerkError(f"the backup archive is damaged or incomplete: {why}", code="backup.damaged")


def bad_passphrase() -> ClerkError:
    return ClerkError("the backup passphrase is wrong for this archive", code="backup.bad_passphrase")


def check_passphrase(passphrase: str) -> str:
    """A new archive's passphrase: long enough to stand an offline guessing attack with Argon2id."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ClerkError(f"the backup passphrase must have at least {MIN_PASSPHRASE} characters",
                         code="backup.short_passphrase", params={"min": MIN_PASSPHRASE})
    return passphrase


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    raw = hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=32 + VERIFIER_BYTES, type=Type.ID,
    )
    return raw[:32], raw[32:]


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


class ArchiveWriter:
    """Encrypts what is written into ``target`` chunk by chunk; ``close`` writes the final chunk
    (the target itself is left open: the caller owns it and makes it durable)."""

    def __init__(self, target: BinaryIO, passphrase: str, params: KdfParams | None = None,
                 chunk_size: int = CHUNK_SIZE) -> None:
        params = (params or KdfParams()).checked()
        salt = os.urandom(SALT_BYTES)
        key, verifier = _derive(check_passphrase(passphrase), salt, params)
        self._header = _HEADER.pack(MAGIC, FORMAT_VERSION, params.time_cost, params.memory_kib, params.parallelism,
                                    chunk_size, salt, verifier)
        self._aead = AESGCM(key)
        self._target = target
        self._chunk_size = chunk_size
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        self.written = 0  # plaintext bytes so far
        target.write(self._header)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed archive")
        self._buffer += data
        self.written += len(data)
        while len(self._buffer) > self._chunk_size:  # the last bytes wait: they may be the final chunk
            self._emit(bytes(self._buffer[: self._chunk_size]), final=False)
            del self._buffer[: self._chunk_size]
        return len(data)

    def flush(self) -> None:
        """Nothing to do: chunks are written as they fill (tarfile calls this)."""

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buffer), final=True)
            self._buffer.clear()
            self._closed = True

    def _emit(self, plain: bytes, *, final: bool) -> None:
        aad = self._header + _AAD_TAIL.pack(self._index, 1 if final else 0)
        sealed = self._aead.encrypt(_nonce(self._index), plain, aad)
        self._target.write(_LENGTH.pack(len(sealed)) + sealed)
        self._index += 1


class ArchiveReader:
    """Decrypts and authenticates ``source`` chunk by chunk. Raises ``backup.bad_passphrase`` when
    the passphrase does not match the header and ``backup.damaged`` on any altered, moved, missing or
    extra byte. ``finish`` reads to the end: only then is the whole archive known to be authentic."""

    def __init__(self, source: BinaryIO, passphrase: str) -> None:
        header = source.read(HEADER_SIZE)
        if len(header) < len(MAGIC) or header[: len(MAGIC)] != MAGIC:
            raise damaged("it is not a clerk-app backup archive")
        if len(header) < HEADER_SIZE:
            raise damaged("it ends inside its header")
        magic, version, time_cost, memory_kib, parallelism, chunk_size, salt, verifier = _HEADER.unpack(header)
        if version != FORMAT_VERSION:
            raise ClerkError(f"the backup archive has format {version}; this version reads format {FORMAT_VERSION}",
                             code="backup.unknown_format", params={"format": version})
        if not 1 <= chunk_size <= MAX_CHUNK:
            raise damaged("its chunk size is impossible")
        key, expected = _derive(passphrase, salt, KdfParams(time_cost, memory_kib, parallelism).checked())
        if not hmac.compare_digest(expected, verifier):
            raise bad_passphrase()
        self._header = header
        self._aead = AESGCM(key)
        self._source = source
        self._max_sealed = chunk_size + TAG_BYTES
        self._index = 0
        self._buffer = b""
        self._offset = 0
        self._ended = False
        self.read_bytes = HEADER_SIZE  # archive bytes consumed so far (for progress)

    def read(self, size: int = -1) -> bytes:
        parts: list[bytes] = []
        wanted = size if size is not None and size >= 0 else None
        while wanted is None or wanted > 0:
            if self._offset >= len(self._buffer):
                if self._ended or not self._next_chunk():
                    break
                continue
            take = len(self._buffer) - self._offset if wanted is None else min(wanted, len(self._buffer) - self._offset)
            parts.append(self._buffer[self._offset : self._offset + take])
            self._offset += take
            if wanted is not None:
                wanted -= take
        return b"".join(parts)

    def finish(self) -> None:
        """Reads (and authenticates) whatever is left; the archive must end right after its final chunk."""
        while not self._ended:
            self._next_chunk()
        self._buffer, self._offset = b"", 0

    def _next_chunk(self) -> bool:
        prefix = self._source.read(_LENGTH.size)
        if len(prefix) < _LENGTH.size:
            raise damaged("it ends before its last part")
        (length,) = _LENGTH.unpack(prefix)
        if not TAG_BYTES <= length <= self._max_sealed:
            raise damaged(f"part {self._index + 1} has an impossible length")
        sealed = self._source.read(length)
        if len(sealed) < length:
            raise damaged("it ends before its last part")
        self.read_bytes += _LENGTH.size + length
        for final in (False, True):
            try:
                plain = self._aead.decrypt(_nonce(self._index), sealed, self._header + _AAD_TAIL.pack(self._index, final))
            except InvalidTag:
                continue
            self._index += 1
            self._buffer, self._offset = plain, 0
            if final:
                self._ended = True
                if self._source.read(1):
                    raise damaged("there are bytes after its end")
            return True
        raise damaged(f"part {self._index + 1} was altered")
