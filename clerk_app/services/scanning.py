"""Scanning at the desk (issue 9): devices, a scanning run, and saving the batch — to one card, or
card by card by the QR stamps on the pages. A saved batch is a file like any imported one: judged
in the sandbox, stored in the blob store, recorded on the card (``CopyService.attach``).

Pages without a stamp, or whose stamp names a card this desk does not hold, go to the inbox for
the clerk to file; a part that cannot be filed (a blocked card, a refused file) stays in the batch."""

from __future__ import annotations

import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PIL import Image

from clerk_app.domain.accounts import Permission
from clerk_app.domain.copies import AttachReport
from clerk_app.domain.enums import CopyRole
from clerk_app.domain.scan_filing import PagePart, split_by_stamp
from clerk_app.domain.stamp_code import StampCode, decode_stamp
from clerk_app.errors import ClerkError, NotFoundError
from clerk_app.services.blocking import guard
from clerk_app.services.context import Actor, resolve_card
from clerk_app.services.copies import CopyService
from clerk_app.timeutil import to_astana, utc_now
from scanners.acquisition import (
    CancelToken,
    ColourMode,
    ScanFailure,
    ScanFailureCode,
    ScannerBackend,
    ScannerDevice,
    ScanProfile,
)
from scanners.batch_scan import MAX_BATCH_PAGES, ScannedPage, ScanRunResult, run_scan
from scanners.qr_reader import read_qr_texts
from scanners.render import render_page
from scanners.scan_output import write_scan_file

INBOX_SOURCE = "scanner"
FILE_DPI = 300  # PDF pages added from a file are rendered at this resolution

# What the CLI prints; the window shows its own translated sentences for the same codes.
FAILURE_MESSAGES: dict[ScanFailureCode, str] = {
    ScanFailureCode.UNAVAILABLE: "scanning is not available on this computer (no scanner driver layer)",
    ScanFailureCode.NO_DEVICE: "the scanner is not found: check that it is on and connected",
    ScanFailureCode.DEVICE_BUSY: "the scanner is busy with another program or computer",
    ScanFailureCode.PAPER_JAM: "paper jam: clear the feeder, then scan the remaining pages",
    ScanFailureCode.FEEDER_EMPTY: "the feeder is empty: put the pages in the feeder",
    ScanFailureCode.NO_FEEDER: "this scanner has no feeder: scan from the glass",
    ScanFailureCode.DUPLEX_UNSUPPORTED: "this scanner cannot scan both sides",
    ScanFailureCode.DUPLEX_NOT_HONOURED: "both sides were asked for, but an odd number of sides arrived",
    ScanFailureCode.COVER_OPEN: "the scanner's cover is open",
    ScanFailureCode.ACCESS_DENIED: "this user may not use the scanner",
    ScanFailureCode.DEVICE_ERROR: "the scanner reported an error",
    ScanFailureCode.CANCELLED: "scanning was cancelled",
}


def failure_message(code: ScanFailureCode) -> str:
    return FAILURE_MESSAGES[code]


def default_backends() -> list[ScannerBackend]:
    """WIA first on Windows (every scanner since Vista has a WIA driver), then TWAIN; SANE elsewhere."""
    if sys.platform == "win32":
        from scanners.twain_backend import TwainBackend
        from scanners.wia_backend import WiaBackend

        return [WiaBackend(), TwainBackend()]
    from scanners.sane_backend import SaneBackend

    return [SaneBackend()]


@dataclass(frozen=True)
class DeviceList:
    devices: tuple[ScannerDevice, ...]
    problems: tuple[str, ...]  # backends that could not be asked, and why


def find_devices(backends: Sequence[ScannerBackend]) -> tuple[DeviceList, dict[str, ScannerBackend]]:
    """Every device of every backend that works here (and which backend drives it); a backend that
    cannot work is named with its reason, never an error."""
    devices: list[ScannerDevice] = []
    problems: list[str] = []
    owners: dict[str, ScannerBackend] = {}
    for backend in backends:
        problem = backend.problem()
        if problem is not None:
            problems.append(f"{backend.name}: {problem}")
            continue
        try:
            found = backend.list_devices()
        except ScanFailure as failure:
            problems.append(f"{backend.name}: {failure.detail or failure_message(failure.code)}")
            continue
        for device in found:
            owners.setdefault(device.name, backend)
            devices.append(device)
    return DeviceList(tuple(devices), tuple(problems)), owners


class FilingOutcome(StrEnum):
    FILED = "filed"  # attached to the card its stamp names
    INBOX = "inbox"  # stored unfiled, for the clerk
    KEPT = "kept"  # not stored: the pages stay in the batch


@dataclass(frozen=True)
class FiledPart:
    pages: tuple[int, ...]  # indexes into the batch that was saved
    outcome: FilingOutcome
    card_number: str | None = None  # the card it went to (FILED) or the stamp's number
    code: str | None = None  # why it was not filed under a card
    message: str | None = None


@dataclass(frozen=True)
class FilingReport:
    parts: tuple[FiledPart, ...]

    def pages(self, outcome: FilingOutcome) -> tuple[int, ...]:
        return tuple(page for part in self.parts if part.outcome is outcome for page in part.pages)


@dataclass
class ScanningService:
    copies: CopyService
    backends: list[ScannerBackend] = field(default_factory=default_backends)
    _device_backends: dict[str, ScannerBackend] = field(default_factory=dict, init=False, repr=False)

    # -- devices and scanning ----------------------------------------------------------------------

    def list_devices(self) -> DeviceList:
        found, self._device_backends = find_devices(self.backends)
        return found

    def _backend_for(self, device_name: str) -> ScannerBackend:
        if device_name not in self._device_backends:
            self.list_devices()
        backend = self._device_backends.get(device_name)
        if backend is None:
            raise ScanFailure(ScanFailureCode.NO_DEVICE, f"no scanner named {device_name!r}")
        return backend

    def scan(
        self, profile: ScanProfile, on_page: Callable[[ScannedPage], None], *,
        token: CancelToken | None = None, max_pages: int | None = None,
    ) -> ScanRunResult:
        """Scans until the feeder is empty (or one flatbed page, or ``max_pages``); each page is
        handed to ``on_page`` at once. Failures are returned, never raised: the pages stay."""
        try:
            backend = self._backend_for(profile.device)
        except ScanFailure as failure:
            return ScanRunResult(0, 0, failure)
        return run_scan(backend, profile, on_page, token=token, max_pages=max_pages)

    # -- pages from a file (the fallback that always works) ------------------------------------------

    def pages_from_file(self, path: Path) -> list[Image.Image]:
        """The pages of a PDF, TIFF or JPEG file, judged like any attached file first."""
        verdict = self.copies.judge.judge(path)
        if not verdict.accepted:
            raise ClerkError(verdict.reason or "the file is refused", code=verdict.code or "file.refused",
                             params={"file": path.name})
        fmt = verdict.format or ""
        if (verdict.pages or 0) > MAX_BATCH_PAGES:
            raise ClerkError(f"the file has {verdict.pages} pages; a batch holds at most {MAX_BATCH_PAGES}",
                             code="scan.file_too_many_pages", params={"file": path.name, "pages": verdict.pages})
        pages = []
        for index in range(verdict.pages or 0):
            image = render_page(path, fmt, index, dpi=FILE_DPI)
            if fmt == "pdf":
                image.info["dpi"] = (FILE_DPI, FILE_DPI)
            pages.append(image)
        return pages

    # -- stamps --------------------------------------------------------------------------------------

    @staticmethod
    def read_stamp(image: Image.Image) -> StampCode | None:
        """The registration stamp on a page, if it carries one; foreign and damaged codes are None."""
        for text in read_qr_texts(image):
            stamp = decode_stamp(text)
            if stamp is not None:
                return stamp
        return None

    # -- saving ----------------------------------------------------------------------------------------

    def check_card(self, card_ref: str, actor: Actor) -> str:
        """The card's number, or the refusal attaching to it would meet (before scanning, so a pile is
        not scanned for a card that refuses it)."""
        actor.require(Permission.ATTACH)
        with self.copies.store.read() as session:
            card = resolve_card(session, card_ref)
            guard(session, actor, [card.id], change=True)
            return card.number

    def save_to_card(
        self, card_ref: str, images: Sequence[Image.Image], mode: ColourMode, role: CopyRole, actor: Actor,
    ) -> AttachReport:
        """The batch as one file attached to the card (one transaction, as any attached file)."""
        actor.require(Permission.ATTACH)
        with tempfile.TemporaryDirectory(prefix="clerk-scan-") as folder:
            path = write_scan_file(images, mode, Path(folder) / _file_stem(), default_dpi=FILE_DPI)
            return self.copies.attach(card_ref, [path], role, actor)

    def file_by_stamps(
        self, images: Sequence[Image.Image], mode: ColourMode, actor: Actor, *,
        stamps: Sequence[StampCode | None] | None = None, role: CopyRole = CopyRole.APPEAL,
        progress: Callable[[int, int], None] | None = None,
    ) -> FilingReport:
        """Cuts the batch at each new stamp and files every part under its card, each part in its
        own transaction; ``stamps`` are the ones already read (the window reads them as pages arrive)."""
        actor.require(Permission.ATTACH)
        found = list(stamps) if stamps is not None else [self.read_stamp(image) for image in images]
        if len(found) != len(images):
            raise ValueError("one stamp (or None) per page")
        parts = split_by_stamp(found)
        results: list[FiledPart] = []
        with tempfile.TemporaryDirectory(prefix="clerk-scan-") as folder:
            for number, part in enumerate(parts, start=1):
                pages = [images[index] for index in part.pages]
                try:
                    path = write_scan_file(pages, mode, Path(folder) / _file_stem(number), default_dpi=FILE_DPI)
                    results.append(self._file_part(part, path, role, actor))
                except Exception as exc:  # a full disk, a store gone: this part stays, the others go on
                    number_on_stamp = part.stamp.number if part.stamp is not None else None
                    results.append(FiledPart(part.pages, FilingOutcome.KEPT, number_on_stamp, "scan.part_failed",
                                             f"{type(exc).__name__}: {exc}"))
                if progress is not None:
                    progress(number, len(parts))
        return FilingReport(tuple(results))

    def _file_part(self, part: PagePart, path: Path, role: CopyRole, actor: Actor) -> FiledPart:
        stamp = part.stamp
        if stamp is None:
            return self._to_inbox(part, path, None, "scan.no_stamp", "no registration stamp before these pages")
        problem = self._stamp_problem(stamp)
        if problem is not None:
            return self._to_inbox(part, path, stamp.number, *problem)
        try:
            report = self.copies.attach(str(stamp.card_id), [path], role, actor)
        except ClerkError as error:
            return FiledPart(part.pages, FilingOutcome.KEPT, stamp.number, error.code, error.message)
        if report.refused and not report.attached:
            refused = report.refused[0]
            if refused.code == "copy.already_attached":  # scanned twice: it is filed already
                return FiledPart(part.pages, FilingOutcome.FILED, stamp.number, refused.code, refused.reason)
            return FiledPart(part.pages, FilingOutcome.KEPT, stamp.number, refused.code, refused.reason)
        return FiledPart(part.pages, FilingOutcome.FILED, stamp.number)

    def _stamp_problem(self, stamp: StampCode) -> tuple[str, str] | None:
        with self.copies.store.read() as session:
            try:
                card = resolve_card(session, str(stamp.card_id))
            except NotFoundError:
                card = None
            if card is None or card.id != stamp.card_id:  # not here (the id text may even be another's number)
                return "scan.stamp_unknown_card", f"the stamp names card {stamp.number}, which is not in this registry"
            if card.number != stamp.number:
                return ("scan.stamp_number_mismatch",
                        f"the stamp says {stamp.number}, but that card's number is {card.number}")
        return None

    def _to_inbox(self, part: PagePart, path: Path, number: str | None, code: str, message: str) -> FiledPart:
        verdict = self.copies.judge.judge(path)
        if not verdict.accepted or not self.copies.to_inbox(path, verdict, name=path.name, source=INBOX_SOURCE):
            return FiledPart(part.pages, FilingOutcome.KEPT, number, verdict.code or code, verdict.reason or message)
        return FiledPart(part.pages, FilingOutcome.INBOX, number, code, message)


def _file_stem(part: int | None = None) -> str:
    stamp = to_astana(utc_now()).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{part}" if part is not None else ""
    return f"scan-{stamp}{suffix}-{uuid.uuid4().hex[:6]}"
