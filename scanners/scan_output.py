"""A batch of pages as one file: a multi-page TIFF with CCITT G4 for black-and-white (a text page
is 30–60 KB), a PDF of JPEG pages for grey and colour (what NAPS2 and archive scanners make). The
file is written beside its target and renamed into place, so a crash leaves no half file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from scanners.acquisition import ColourMode
from scanners.page_tools import in_mode

JPEG_QUALITY = 80


def write_scan_file(pages: Sequence[Image.Image], mode: ColourMode, target: Path, *, default_dpi: int) -> Path:
    """Writes the pages in order; returns the file written (``target`` with .tif or .pdf)."""
    if not pages:
        raise ValueError("a scanned file needs at least one page")
    converted = [in_mode(page, mode) for page in pages]
    dpi = _dpi(converted[0], default_dpi)
    suffix = ".tif" if mode is ColourMode.BLACK_WHITE else ".pdf"
    final = target.with_suffix(suffix)
    partial = final.with_name(final.name + ".part")
    first, rest = converted[0], converted[1:]
    if mode is ColourMode.BLACK_WHITE:
        first.save(partial, format="TIFF", save_all=True, append_images=rest, compression="group4", dpi=(dpi, dpi))
    else:
        # Pillow writes L and RGB pages into a PDF as JPEG (DCTDecode); resolution sets the page size
        # no dates in the file: the same pages make the same bytes (a part filed twice is one copy)
        first.save(partial, format="PDF", save_all=True, append_images=rest, resolution=float(dpi),
                   quality=JPEG_QUALITY, title="", producer="clerk-app", creationDate=None, modDate=None)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(final)
    return final


def _dpi(image: Image.Image, default_dpi: int) -> int:
    try:
        return int(round(float(image.info["dpi"][0])))
    except (KeyError, TypeError, ValueError, IndexError):
        return default_dpi
