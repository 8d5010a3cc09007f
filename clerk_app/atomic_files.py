"""Writing a file whole or not at all: a temporary ``.part`` beside it, flushed to disk, renamed
over the target, and the rename made durable. ``private`` files (reports, notes, markers that
concern personal data or keys) are readable by their owner only (POSIX modes; on Windows the user
profile's ACLs apply)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from clerk_app.errors import ClerkError


def fsync_dir(folder: Path) -> None:
    """Makes a rename durable on POSIX; Windows has no directory handles to fsync (NTFS journals it)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def open_atomically(target: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """A file written as a stream (an archive too large for memory): it appears under ``target``
    whole when the block ends, or not at all if it raises (OSError, or the block's own error)."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(partial, flags, 0o600 if private else 0o644)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def write_atomically(target: Path, data: bytes | str, *, private: bool = False) -> None:
    """Raises OSError; the target is then as it was and no ``.part`` is left behind."""
    with open_atomically(target, private=private) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def write_output(target: Path, body: str, *, private: bool = True) -> None:
    """A file the user asked for (``--out``, a report, an act): ``output.unwritable`` when it cannot be written."""
    try:
        write_atomically(target, body, private=private)
    except OSError as exc:
        raise ClerkError(f"cannot write {target}: {exc.strerror}", code="output.unwritable") from None


def write_recorded(
    target: Path, body: bytes | str, record: Callable[[], None] | None = None, *, private: bool = True
) -> None:
    """A document the user asked for, whose writing is recorded (the audit entry): ``record`` runs
    before the file takes its name, so a file never appears unrecorded; a failure leaves no file
    (``output.unwritable`` when it cannot be written)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    try:
        with open_atomically(target, private=private) as handle:
            handle.write(data)
            if record is not None:
                record()
    except OSError as exc:
        raise ClerkError(f"cannot write {target}: {exc.strerror}", code="output.unwritable") from None
