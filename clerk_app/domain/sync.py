"""Synchronisation with the central PostgreSQL store: the plain data the sync service returns.

A station works on its local SQLite store and exchanges changes with the central store when it can
(docs/sync.md). Nothing here imports Qt or SQLAlchemy: the UI and the CLI read these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class SyncMode(StrEnum):
    STANDALONE = "standalone"  # the local store only
    SYNCED = "synced"  # the local store plus the central one


class SyncPhase(StrEnum):
    CONNECTING = "connecting"
    PUSHING = "pushing"  # local changes to the central store
    UPLOADING = "uploading"  # copies' files to the central store
    PULLING = "pulling"  # the other stations' changes from it
    DOWNLOADING = "downloading"  # copies' files from it
    DONE = "done"


@dataclass(frozen=True)
class CentralConnection:
    """Where the central store is and who this station is there. The password is never here: it
    lives in the OS keyring under ``keyring_user``."""

    url: str  # postgresql://host:port/database, without a password
    station_name: str  # the station's PostgreSQL role
    station_code: str  # the code in this station's registration numbers, issued by the central store
    sslmode: str | None = None  # e.g. verify-full
    ca_file: str | None = None  # the CA certificate that signed the server's

    @property
    def keyring_user(self) -> str:
        return f"sync:{self.station_name}@{self.url}"


@dataclass(frozen=True)
class SyncStatus:
    mode: SyncMode
    central: str | None  # the central store's address for display (no password)
    station_code: str
    last_sync_at: datetime | None  # UTC, the last round that finished
    last_attempt_at: datetime | None  # UTC
    last_error_code: str | None  # the last round's failure, None when it succeeded
    last_error_message: str | None
    pending_changes: int  # local rows changed and not yet pushed
    pending_uploads: int  # copies' files not yet on the central store
    problems: int  # changes the central store refused
    open_conflicts: int  # fields changed on two stations, waiting for a supervisor


@dataclass(frozen=True)
class SyncProgress:
    phase: SyncPhase
    done: int = 0
    total: int | None = None


@dataclass
class SyncReport:
    """What one sync did; ``to_json`` is what ``clerk-app sync --json`` prints."""

    pushed: dict[str, int] = field(default_factory=dict)  # table -> rows
    pulled: dict[str, int] = field(default_factory=dict)
    conflicted: int = 0
    refused: int = 0
    uploaded_files: int = 0
    uploaded_bytes: int = 0
    downloaded_files: int = 0
    downloaded_bytes: int = 0
    files_held: int = 0  # copies that failed their check: they wait (counted in pending uploads) and block nothing
    rounds: int = 0
    seconds: float = 0.0
    cursor: int = 0  # the central change sequence this station has pulled up to
    phase_seconds: dict[str, float] = field(default_factory=dict)  # "upload", "push", "pull", "download"

    def add(self, later: SyncReport) -> None:
        """A later round's report folded into this one (the command line runs up to three)."""
        for mine, theirs in ((self.pushed, later.pushed), (self.pulled, later.pulled)):
            for table, n in theirs.items():
                self.count(mine, table, n)
        for phase, seconds in later.phase_seconds.items():
            self.phase_seconds[phase] = self.phase_seconds.get(phase, 0.0) + seconds
        self.conflicted += later.conflicted
        self.refused += later.refused
        self.uploaded_files += later.uploaded_files
        self.uploaded_bytes += later.uploaded_bytes
        self.downloaded_files += later.downloaded_files
        self.downloaded_bytes += later.downloaded_bytes
        self.files_held += later.files_held
        self.rounds += later.rounds
        self.seconds += later.seconds
        self.cursor = later.cursor

    def count(self, target: dict[str, int], table: str, n: int = 1) -> None:
        if n:
            target[table] = target.get(table, 0) + n

    @property
    def pushed_total(self) -> int:
        return sum(self.pushed.values())

    @property
    def pulled_total(self) -> int:
        return sum(self.pulled.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": dict(sorted(self.pushed.items())), "pushed_total": self.pushed_total,
            "pulled": dict(sorted(self.pulled.items())), "pulled_total": self.pulled_total,
            "conflicted": self.conflicted, "refused": self.refused,
            "uploaded_files": self.uploaded_files, "uploaded_bytes": self.uploaded_bytes,
            "downloaded_files": self.downloaded_files, "downloaded_bytes": self.downloaded_bytes,
            "files_held": self.files_held,
            "rounds": self.rounds, "seconds": round(self.seconds, 3), "cursor": self.cursor,
            "phase_seconds": {phase: round(s, 3) for phase, s in self.phase_seconds.items()},
        }


@dataclass(frozen=True)
class SyncConflict:
    """One field changed on two stations: the central store kept ``central_value`` and this record
    keeps the other, until a supervisor chooses."""

    id: str
    table: str
    row_key: str  # the row's key as JSON
    card_id: str | None
    card_number: str | None
    field: str
    central_value: str | None  # JSON of the value
    station_value: str | None  # JSON of the value the other station wanted
    station_code: str  # the station whose change lost the race
    detected_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    kept: str | None = None  # "central" or "station"


@dataclass(frozen=True)
class SyncProblem:
    """A local change the central store refused (a constraint), or a row from the central store
    this station's records refused: kept here, never blocking the rest."""

    id: int
    table: str
    row_key: str
    card_number: str | None
    error_code: str
    message: str
    occurred_at: datetime
    attempts: int

    @property
    def received(self) -> bool:
        """A row from the central store that this station's data refused (not a change of this
        station's): it is fetched again at every round, neither retried nor discarded by hand."""
        return self.error_code.startswith("sync.pull_")
