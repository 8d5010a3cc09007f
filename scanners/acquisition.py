"""What a scanner is to the registry, whatever drives it: devices, scan profiles, the failures a
clerk can meet at the desk, and the interface every backend (SANE, TWAIN, WIA) implements.

A backend yields raw pages; ``scanners.batch_scan`` turns them into a batch (mode, blank pages,
cancel, failures that keep the pages already scanned). Nothing here knows the registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from PIL import Image


class ScanSource(StrEnum):
    FLATBED = "flatbed"
    ADF = "adf"  # the automatic document feeder, one side
    DUPLEX = "duplex"  # the feeder, both sides


class ColourMode(StrEnum):
    BLACK_WHITE = "bw"  # plain text: the smallest files (TIFF G4)
    GREY = "grey"  # the default: stamps, signatures and faint print stay legible
    COLOUR = "colour"


class PageSize(StrEnum):
    A4 = "a4"
    A5 = "a5"
    LETTER = "letter"
    LEGAL = "legal"
    MAXIMUM = "max"  # the whole scan area


PAGE_SIZE_MM: dict[PageSize, tuple[float, float]] = {
    PageSize.A4: (210.0, 297.0),
    PageSize.A5: (148.0, 210.0),
    PageSize.LETTER: (215.9, 279.4),
    PageSize.LEGAL: (215.9, 355.6),
}

RESOLUTIONS = (150, 200, 300, 400, 600)
DEFAULT_RESOLUTION = 300
DEFAULT_BLANK_THRESHOLD = 0.05  # percent of the inside covered by ink (after dust is smoothed away); below it the page is blank


@dataclass(frozen=True)
class ScanProfile:
    """How to scan. Kept by name (``clerk_app.services.scan_profiles``); the defaults suit a
    typed or handwritten appeal on A4."""

    name: str = ""
    device: str = ""
    source: ScanSource = ScanSource.FLATBED
    resolution: int = DEFAULT_RESOLUTION
    mode: ColourMode = ColourMode.GREY
    page_size: PageSize = PageSize.A4
    remove_blank_pages: bool = True
    blank_threshold: float = DEFAULT_BLANK_THRESHOLD

    def __post_init__(self) -> None:
        # Qt combo boxes and JSON hand back plain strings: keep the fields their own types
        object.__setattr__(self, "source", ScanSource(self.source))
        object.__setattr__(self, "mode", ColourMode(self.mode))
        object.__setattr__(self, "page_size", PageSize(self.page_size))
        object.__setattr__(self, "resolution", int(self.resolution))
        object.__setattr__(self, "blank_threshold", float(self.blank_threshold))
        if not 75 <= self.resolution <= 1200:
            raise ValueError(f"resolution {self.resolution} dpi is outside 75–1200")
        if not 0 <= self.blank_threshold <= 100:
            raise ValueError(f"blank threshold {self.blank_threshold} % is outside 0–100")

    def with_changes(self, **changes: object) -> ScanProfile:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def output_format(self) -> str:
        """Multi-page TIFF G4 for black-and-white, JPEG in PDF for grey and colour."""
        return "tiff" if self.mode is ColourMode.BLACK_WHITE else "pdf"


@dataclass(frozen=True)
class ScannerDevice:
    name: str  # what a profile and ``clerk-app scan --device`` name it by
    vendor: str
    model: str
    kind: str  # "flatbed scanner", "sheetfed scanner", "virtual device", …
    backend: str  # "sane", "twain", "wia"
    sources: tuple[ScanSource, ...] = ()

    @property
    def title(self) -> str:
        label = " ".join(part for part in (self.vendor, self.model) if part and part.lower() != "noname")
        return f"{label} ({self.name})" if label else self.name


class ScanFailureCode(StrEnum):
    UNAVAILABLE = "scan.unavailable"  # no driver layer on this computer (python-sane, TWAIN, WIA)
    NO_DEVICE = "scan.no_device"
    DEVICE_BUSY = "scan.device_busy"
    PAPER_JAM = "scan.paper_jam"
    FEEDER_EMPTY = "scan.feeder_empty"
    NO_FEEDER = "scan.no_feeder"  # the feeder asked of a flatbed-only scanner
    DUPLEX_UNSUPPORTED = "scan.duplex_unsupported"
    DUPLEX_NOT_HONOURED = "scan.duplex_not_honoured"
    COVER_OPEN = "scan.cover_open"
    ACCESS_DENIED = "scan.access_denied"
    DEVICE_ERROR = "scan.device_error"  # I/O error, out of memory, anything else the driver says
    CANCELLED = "scan.cancelled"


class ScanFailure(Exception):
    """A scan that stopped. ``detail`` is the driver's own words (for the log and support); the
    clerk is shown the message of ``code``."""

    def __init__(self, code: ScanFailureCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


class ScannerSession(Protocol):
    """One open device. ``pages`` yields each page as soon as it is read; ``cancel`` may be called
    from another thread and stops the page being read."""

    def pages(self, profile: ScanProfile) -> Iterator[Image.Image]: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


class ScannerBackend(Protocol):
    name: str

    def problem(self) -> str | None:
        """Why this backend cannot work on this computer, or None."""
        ...

    def list_devices(self) -> list[ScannerDevice]: ...

    def open(self, device_name: str) -> ScannerSession: ...


@dataclass
class CancelToken:
    """Set from the interface thread, read by the scanning thread; it also cancels the page being
    read through the open session."""

    _cancelled: bool = False
    _listeners: list[Callable[[], None]] = field(default_factory=list)

    def cancel(self) -> None:
        self._cancelled = True
        for listener in list(self._listeners):
            listener()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def on_cancel(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)
        if self._cancelled:
            listener()
