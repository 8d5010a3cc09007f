"""The content-addressed store of electronic copies: the original bytes, unaltered, forever.

Blobs are named by their SHA-256 and written atomically (a temporary file in the same folder,
fsync, rename, fsync of the folder), so a crash leaves either the whole blob or nothing, and the
same file attached twice is stored once. ``BlobStore`` is the interface; the sync issue backs it
with PostgreSQL on the central store.

An encrypted store (a ``key``) seals every file (``storage.sealed_blobs``): the content address is
still the SHA-256 of the plaintext (the database refers to it, dedupe and verify work as before),
but the file on disk is ``<HMAC of the hash>.sealed``. ``open`` always gives the plaintext;
``stored_path`` is what is on disk; ``plaintext_path`` lends a path to libraries that want one.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from clerk_app.atomic_files import fsync_dir
from storage import sealed_blobs
from storage.sealed_blobs import BlobKeys, SealedBlobError

CHUNK = 1024 * 1024
SEALED_SUFFIX = ".sealed"
BLOB_DIR_NAME = "blobs"  # under the data directory


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int


class BlobStore(Protocol):
    def put_file(self, source: Path) -> StoredBlob: ...
    def open(self, sha256: str) -> BinaryIO: ...
    def exists(self, sha256: str) -> bool: ...
    def delete(self, sha256: str) -> None: ...
    def iter_hashes(self) -> Iterator[str]: ...
    def check(self, sha256: str) -> str | None: ...


def sha256_of(path: Path) -> str:
    with open(path, "rb") as handle:
        return _sha256_of_stream(handle)


def _sha256_of_stream(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _valid_hash(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


class FileBlobStore:
    """Blobs under ``root/ab/cd/abcd…`` (two levels keep folders small on every file system)."""

    def __init__(self, root: Path, key: bytes | None = None):
        self.root = Path(root)
        self._incoming = self.root / "incoming"
        self._keys = BlobKeys.derive(key) if key is not None else None

    @property
    def encrypted(self) -> bool:
        return self._keys is not None

    def path_of(self, sha256: str) -> Path:
        """Where a plain store keeps the blob (an encrypted store: see ``stored_path``)."""
        if not _valid_hash(sha256):  # outside text never becomes a path
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def stored_path(self, sha256: str) -> Path:
        """The file on disk as it is stored: the plaintext in a plain store, sealed in an encrypted one."""
        if self._keys is None:
            return self.path_of(sha256)
        if not _valid_hash(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        name = self._keys.name_of(sha256)
        return self.root / name[:2] / name[2:4] / (name + SEALED_SUFFIX)

    def _expected_size(self, size: int) -> int:
        return size if self._keys is None else sealed_blobs.sealed_size(size)

    def put_file(self, source: Path) -> StoredBlob:
        """Copies ``source`` in while hashing it (sealing it in an encrypted store); returns its hash and size."""
        self._incoming.mkdir(parents=True, exist_ok=True)
        handle, temporary_name = tempfile.mkstemp(dir=self._incoming, prefix="blob-", suffix=".part")
        temporary = Path(temporary_name)
        try:
            with os.fdopen(handle, "w+b") as target, open(source, "rb") as origin:
                sha256, size = self._write(origin, target)
                target.flush()
                os.fsync(target.fileno())
            final = self.stored_path(sha256)
            if final.exists() and final.stat().st_size == self._expected_size(size):
                temporary.unlink()
                return StoredBlob(sha256, size)
            final.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(temporary, final)
            except PermissionError:
                # Windows refuses to replace a read-only file: another process has just stored the
                # same bytes (then keep them), or a damaged copy is being repaired (then replace it).
                if final.exists() and final.stat().st_size == self._expected_size(size):
                    temporary.unlink()
                    return StoredBlob(sha256, size)
                final.chmod(0o644)
                os.replace(temporary, final)
            fsync_dir(final.parent)
            final.chmod(0o444)  # the legal copy: nobody edits it in place by accident
            return StoredBlob(sha256, size)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def _write(self, origin: BinaryIO, target: BinaryIO) -> tuple[str, int]:
        if self._keys is not None:
            return sealed_blobs.seal(origin, target, self._keys)
        digest = hashlib.sha256()
        size = 0
        while chunk := origin.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            target.write(chunk)
        return digest.hexdigest(), size

    def open(self, sha256: str) -> BinaryIO:
        """The plaintext, as a seekable binary stream. A sealed file that fails authentication
        raises ``SealedBlobError`` (on open, or on reading the damaged chunk)."""
        path = self.stored_path(sha256)
        if self._keys is None:
            return open(path, "rb")
        handle = open(path, "rb")
        try:
            reader = sealed_blobs.SealedReader(handle, self._keys)
        except BaseException:
            handle.close()
            raise
        if reader.meta.sha256 != sha256:
            reader.close()
            raise SealedBlobError("the sealed file holds another blob (renamed or swapped on disk)")
        return io.BufferedReader(reader, CHUNK)

    @contextmanager
    def plaintext_path(self, sha256: str) -> Iterator[Path]:
        """A path to the plaintext for a library that reads files (Pillow, PDFium, Tesseract): the
        stored file itself in a plain store; in an encrypted one a decrypted copy in a private
        temporary folder, overwritten and removed when the block ends."""
        if self._keys is None:
            yield self.path_of(sha256)
            return
        folder = Path(tempfile.mkdtemp(prefix="clerk-plain-"))  # 0700 on POSIX; the user's own TEMP on Windows
        target = folder / sha256
        try:
            with self.open(sha256) as origin, open(target, "wb") as copy:
                shutil.copyfileobj(origin, copy, CHUNK)
            yield target
        finally:
            shred(target)
            shutil.rmtree(folder, ignore_errors=True)

    def exists(self, sha256: str) -> bool:
        return self.stored_path(sha256).exists()

    def delete(self, sha256: str) -> None:
        """Removes the blob, its bytes overwritten with zeros first (a destroyed copy is not left in
        the file system's free space; see docs/security.md for what SSDs do with that)."""
        shred(self.stored_path(sha256))

    def iter_hashes(self) -> Iterator[str]:
        """The hashes of the stored blobs (an encrypted store reads each file's authenticated
        header: the names on disk do not say the hash)."""
        if self._keys is None:
            for path in self.root.glob("??/??/*"):
                if _valid_hash(path.name):
                    yield path.name
            return
        for path in self.root.glob("??/??/*" + SEALED_SUFFIX):
            try:
                with open(path, "rb") as handle:
                    sha256 = sealed_blobs.read_header(handle, self._keys).sha256
            except (OSError, SealedBlobError):
                continue  # a damaged file: check() of the hash the database expects reports it
            if self.stored_path(sha256) == path:
                yield sha256

    def check(self, sha256: str) -> str | None:
        """None when the blob is present and intact; else ``missing`` or ``corrupt``. An encrypted
        blob is decrypted (every chunk authenticated) and the plaintext re-hashed."""
        path = self.stored_path(sha256)
        if not path.exists():
            return "missing"
        try:
            with self.open(sha256) as handle:
                return None if _sha256_of_stream(handle) == sha256 else "corrupt"
        except SealedBlobError:
            return "corrupt"

    def copy_out(self, sha256: str, target: Path) -> None:
        with self.open(sha256) as origin, open(target, "wb") as destination:
            shutil.copyfileobj(origin, destination, CHUNK)

    def clean_incoming(self, older_than_s: float = 3600) -> int:
        """Removes temporary files a crash left mid-write. Only old ones: a young one may belong to
        an attach running in another process right now."""
        removed = 0
        if self._incoming.exists():
            limit = time.time() - older_than_s
            for leftover in self._incoming.glob("blob-*.part"):
                if leftover.stat().st_mtime <= limit:
                    shred(leftover)
                    removed += 1
        return removed


def shred(path: Path) -> None:
    """Overwrites a file with zeros, flushes it to disk, then unlinks it. On copy-on-write file
    systems and SSDs the old blocks may survive (docs/security.md): sealed files are why that is fine."""
    try:
        path.chmod(0o644)
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        zeros = bytes(min(size, CHUNK))
        remaining = size
        while remaining > 0:
            step = min(remaining, len(zeros))
            handle.write(zeros[:step])
            remaining -= step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()



def shred_tree(folder: Path) -> None:
    """Overwrites and removes every file under ``folder``, then the folders (stored copies are
    read-only files, which Windows would not delete as they are)."""
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        else:
            shred(path)
    folder.rmdir()
