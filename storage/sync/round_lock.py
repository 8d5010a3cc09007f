"""One sync round per workstation at a time, whichever process runs it (the window's timer, Sync
now, the command line): a lock on a small SQLite file in the data folder, which the operating
system releases when the process ends, however it ends (Windows and Linux alike)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "sync-round.lock"


@contextmanager
def round_lock(data_dir: Path) -> Iterator[bool]:
    """Yields whether this process holds the lock (False: a round is running elsewhere)."""
    connection = sqlite3.connect(Path(data_dir) / LOCK_FILE, timeout=0, isolation_level=None)
    try:
        try:
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            yield False
            return
        yield True
    finally:
        connection.close()
