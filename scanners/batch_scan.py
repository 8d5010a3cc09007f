"""One scanning run: open the device, read page after page, put each into the profile's colour
mode, leave blank pages out, and hand each page over the moment it is read.

A run never raises for what the scanner does: it returns how it ended. The pages handed over
before a jam, an empty feeder or a cancel are the caller's and stay with the clerk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from scanners.acquisition import (
    CancelToken,
    ScanFailure,
    ScanFailureCode,
    ScannerBackend,
    ScanProfile,
    ScanSource,
)
from scanners.page_tools import in_mode, ink_percent

MAX_BATCH_PAGES = 500  # one batch; a feeder holds 50–100 sheets, so this is a driver gone wrong


@dataclass(frozen=True)
class ScannedPage:
    image: Image.Image  # in the profile's colour mode, its resolution in info["dpi"]
    sequence: int  # 1-based, in the order the scanner delivered it (blank pages counted)


@dataclass(frozen=True)
class ScanRunResult:
    delivered: int  # pages handed over
    blank_left_out: int
    failure: ScanFailure | None  # why the run stopped early, or None
    warning: ScanFailureCode | None = None  # e.g. duplex asked for but not honoured

    @property
    def complete(self) -> bool:
        return self.failure is None


def run_scan(
    backend: ScannerBackend, profile: ScanProfile, on_page: Callable[[ScannedPage], None], *,
    token: CancelToken | None = None, max_pages: int | None = None,
) -> ScanRunResult:
    token = token or CancelToken()
    delivered = blank = read = 0
    try:
        session = backend.open(profile.device)
    except ScanFailure as not_opened:
        return ScanRunResult(0, 0, not_opened)
    token.on_cancel(session.cancel)
    failure: ScanFailure | None = None
    try:
        for raw in session.pages(profile):
            read += 1
            page = in_mode(raw, profile.mode)
            if profile.remove_blank_pages and ink_percent(page) < profile.blank_threshold:
                blank += 1
            else:
                delivered += 1
                on_page(ScannedPage(page, read))
            if token.cancelled:
                failure = ScanFailure(ScanFailureCode.CANCELLED)
                break
            if max_pages is not None and read >= max_pages:
                break
            if read >= MAX_BATCH_PAGES:  # a driver that never says "empty" must not fill the memory
                failure = ScanFailure(ScanFailureCode.DEVICE_ERROR, f"stopped after {read} pages")
                break
    except KeyboardInterrupt:  # Ctrl+C at the command line: a cancel, and the pages read are kept
        session.cancel()
        failure = ScanFailure(ScanFailureCode.CANCELLED, "interrupted")
    except ScanFailure as stopped:
        failure = stopped if not token.cancelled else ScanFailure(ScanFailureCode.CANCELLED, stopped.detail)
    except Exception as unexpected:  # a driver error nobody mapped: the pages read so far are kept
        failure = ScanFailure(ScanFailureCode.DEVICE_ERROR, f"{type(unexpected).__name__}: {unexpected}")
    finally:
        try:
            session.close()
        except Exception:  # noqa: S110 — the device may already be gone (unplugged mid-batch)
            pass
    if failure is None and read == 0:
        failure = ScanFailure(ScanFailureCode.FEEDER_EMPTY, "no page was fed")
    warning = None
    if failure is None and profile.source is ScanSource.DUPLEX and read % 2 == 1:
        warning = ScanFailureCode.DUPLEX_NOT_HONOURED  # one side of some sheet is missing
    return ScanRunResult(delivered, blank, failure, warning)
