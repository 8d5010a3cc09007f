"""Electronic copies of paper originals (cl. 11) and the verdicts on candidate files."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from clerk_app.domain.enums import CopyRole


@dataclass(frozen=True)
class CopyPage:
    width_px: int | None
    height_px: int | None
    dpi_x: float | None
    dpi_y: float | None


@dataclass(frozen=True)
class FileVerdict:
    """What ``check-files`` says of one file: accepted with its format and pages, or refused with a
    code and a reason (what is wrong and what the clerk can do)."""

    path: str
    accepted: bool
    format: str | None
    pages: int | None
    sha256: str | None
    code: str | None
    reason: str | None
    page_info: tuple[CopyPage, ...] = ()
    details: dict[str, object] = field(default_factory=dict)
    size_bytes: int | None = None


@dataclass(frozen=True)
class ElectronicCopy:
    id: uuid.UUID
    card_id: uuid.UUID
    position: int
    role: CopyRole
    sha256: str
    format: str
    page_count: int
    pages: tuple[CopyPage, ...]
    details: dict[str, object]
    size_bytes: int
    original_name: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class AttachReport:
    attached: tuple[ElectronicCopy, ...]
    refused: tuple[FileVerdict, ...]


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    missing: tuple[str, ...]
    corrupt: tuple[str, ...]
    unreferenced: int

    @property
    def ok(self) -> bool:
        return not self.missing and not self.corrupt


@dataclass(frozen=True)
class InboxItem:
    """A validated file waiting to be filed under a card."""

    id: uuid.UUID
    sha256: str
    format: str
    page_count: int
    size_bytes: int
    original_name: str
    source: str
    received_at: datetime
    filed_copy_id: uuid.UUID | None


@dataclass(frozen=True)
class HotFolderReport:
    imported: tuple[str, ...]  # file names moved to done/ (new in the inbox, or already there)
    rejected: tuple[str, ...]  # file names moved to rejected/, each with a .reason.txt beside it
    waiting: tuple[str, ...]  # still being written, or not yet stable: looked at again next time
