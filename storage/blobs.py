"""The content-addressed store of electronic copies: the original bytes, unaltered, forever.

Blobs are named by their SHA-256 and written atomically (a temporary file in the same folder,
fsync, rename, fsync of the folder), so a crash leaves either the whole blob or nothing, and the
same file attached twice is stored once. ``BlobStore`` is the interface; the sync issue backs it
with PostgreSQL on the central store.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

CHUNK = 1024 * 1024


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
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _valid_hash(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


class FileBlobStore:
    """Blobs under ``root/ab/cd/abcd…`` (two levels keep folders small on every file system)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._incoming = self.root / "incoming"

    def path_of(self, sha256: str) -> Path:
        if not _valid_hash(sha256):  # outside text never becomes a path
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put_file(self, source: Path) -> StoredBlob:
        """Copies ``source`` in while hashing it; returns its hash and size."""
        self._incoming.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        handle, temporary_name = tempfile.mkstemp(dir=self._incoming, prefix="blob-", suffix=".part")
        temporary = Path(temporary_name)
        try:
            with os.fdopen(handle, "wb") as target, open(source, "rb") as origin:
                while chunk := origin.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            sha256 = digest.hexdigest()
            final = self.path_of(sha256)
            if final.exists() and final.stat().st_size == size:
                temporary.unlink()
                return StoredBlob(sha256, size)
            final.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(temporary, final)
            except PermissionError:
                # Windows refuses to replace a read-only file: another process has just stored the
                # same bytes (then keep them), or a damaged copy is being repaired (then replace it).
                if final.exists() and final.stat().st_size == size:
                    temporary.unlink()
                    return StoredBlob(sha256, size)
                final.chmod(0o644)
                os.replace(temporary, final)
            _fsync_dir(final.parent)
            final.chmod(0o444)  # the legal copy: nobody edits it in place by accident
            return StoredBlob(sha256, size)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path_of(sha256), "rb")

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def delete(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            path.chmod(0o644)
            path.unlink()

    def iter_hashes(self) -> Iterator[str]:
        for path in self.root.glob("??/??/*"):
            if _valid_hash(path.name):
                yield path.name

    def check(self, sha256: str) -> str | None:
        """None when the blob is present and intact; else ``missing`` or ``corrupt``."""
        path = self.path_of(sha256)
        if not path.exists():
            return "missing"
        return None if sha256_of(path) == sha256 else "corrupt"

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
                    leftover.unlink(missing_ok=True)
                    removed += 1
        return removed


def _fsync_dir(folder: Path) -> None:
    """Makes the rename durable on POSIX; Windows has no directory handles to fsync (NTFS journals it)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
