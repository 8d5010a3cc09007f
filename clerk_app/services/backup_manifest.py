"""The backup archive's manifest (docs/backups.md): what the archive holds, written first into its
tar stream, and the names of its parts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from clerk_app import __version__
from clerk_app.errors import ClerkError
from clerk_app.timeutil import utc_now
from storage.backup_archive import damaged
from storage.backup_store import StoreSummary
from storage.blobs import FileBlobStore
from storage.store import DATABASE_FILE_NAME

MANIFEST_FORMAT = 1
MANIFEST_NAME = "manifest.json"
DATABASE_MEMBER = "database/" + DATABASE_FILE_NAME
BLOB_MEMBER = "blobs/"
MAX_MANIFEST = 64 * 1024 * 1024
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


@dataclass(frozen=True)
class BlobEntry:
    sha256: str
    size: int  # bytes as stored (encrypted stores: the sealed file)
    path: str  # relative to the blob folder, as stored


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    schema_revision: str | None
    store_id: str | None
    card_count: int
    last_registered_at: datetime | None
    audit_entries: int
    audit_head_hash: str | None
    last_audit_at: datetime | None
    database_size: int
    blobs: tuple[BlobEntry, ...]
    missing_blobs: tuple[str, ...]  # referenced by the database but absent from the store when backed up
    store_encrypted: bool
    store_key: bytes | None = field(default=None, repr=False)  # safe: the whole archive is encrypted

    def to_json(self) -> bytes:
        return json.dumps({
            "format": MANIFEST_FORMAT, "created_at": self.created_at.isoformat(), "app_version": self.app_version,
            "schema_revision": self.schema_revision, "store_id": self.store_id, "card_count": self.card_count,
            "last_registered_at": _iso(self.last_registered_at), "audit_entries": self.audit_entries,
            "audit_head_hash": self.audit_head_hash, "last_audit_at": _iso(self.last_audit_at),
            "database_size": self.database_size,
            "blobs": [{"sha256": b.sha256, "size": b.size, "path": b.path} for b in self.blobs],
            "missing_blobs": list(self.missing_blobs), "store_encrypted": self.store_encrypted,
            "store_key": self.store_key.hex() if self.store_key else None,
        }, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != MANIFEST_FORMAT:
                raise ClerkError(f"the backup's manifest has format {data.get('format')}; this version reads "
                                 f"{MANIFEST_FORMAT}", code="backup.unknown_format")
            key = data.get("store_key")
            return cls(
                created_at=datetime.fromisoformat(data["created_at"]), app_version=str(data["app_version"]),
                schema_revision=data.get("schema_revision"), store_id=data.get("store_id"),
                card_count=int(data["card_count"]), last_registered_at=_parse(data.get("last_registered_at")),
                audit_entries=int(data["audit_entries"]), audit_head_hash=data.get("audit_head_hash"),
                last_audit_at=_parse(data.get("last_audit_at")), database_size=int(data["database_size"]),
                blobs=tuple(BlobEntry(str(b["sha256"]), int(b["size"]), _safe_blob_path(str(b["path"])))
                            for b in data["blobs"]),
                missing_blobs=tuple(str(s) for s in data.get("missing_blobs", ())),
                store_encrypted=bool(data["store_encrypted"]), store_key=bytes.fromhex(key) if key else None,
            )
        except ClerkError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise damaged("its manifest is unreadable") from None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _safe_blob_path(path: str) -> str:
    """A stored file's place under the blob folder, as the archive names it: plain names only
    (an archive never writes outside its staging folder)."""
    parts = PurePosixPath(path).parts
    if not 1 <= len(parts) <= 4 or not all(_SAFE_PART.match(p) for p in parts):
        raise damaged(f"it names a stored file {path!r}")
    return "/".join(parts)


def build_manifest(summary: StoreSummary, database_size: int, blobs: FileBlobStore, key: bytes | None) -> Manifest:
    entries: list[BlobEntry] = []
    missing: list[str] = []
    for sha in summary.blob_hashes:
        stored = blobs.stored_path(sha)
        if stored.is_file():
            entries.append(BlobEntry(sha, stored.stat().st_size, stored.relative_to(blobs.root).as_posix()))
        else:
            missing.append(sha)
    return Manifest(
        created_at=utc_now(), app_version=__version__, schema_revision=summary.schema_revision,
        store_id=summary.store_id, card_count=summary.card_count, last_registered_at=summary.last_registered_at,
        audit_entries=summary.audit_entries, audit_head_hash=summary.audit_head_hash,
        last_audit_at=summary.last_audit_at, database_size=database_size, blobs=tuple(entries),
        missing_blobs=tuple(missing), store_encrypted=key is not None, store_key=key,
    )
