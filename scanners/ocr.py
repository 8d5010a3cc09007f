"""Text recognition with Tesseract (pytesseract) in Kazakh, Russian and English.

``--psm 1`` runs Tesseract's page layout analysis with orientation and script detection in the
same pass: pages scanned sideways or upside down are turned, and slightly skewed lines are
followed, before the text is read. The image is never changed on disk: originals stay untouched.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from scanners.render import render_page
from scanners.tesseract_location import configure as configure_tesseract

DEFAULT_LANGUAGES = "kaz+rus+eng"
OCR_DPI = 300
_CONFIG = "--psm 1"
_LANGUAGES = re.compile(r"^[a-z_]{3,20}(\+[a-z_]{3,20})*$")


@dataclass(frozen=True)
class OcrAvailability:
    available: bool
    version: str | None
    missing_languages: tuple[str, ...]
    problem: str | None  # English; the UI shows the code's translation


def valid_languages(languages: str) -> bool:
    return bool(_LANGUAGES.match(languages))


def check_tesseract(languages: str = DEFAULT_LANGUAGES) -> OcrAvailability:
    """Is Tesseract installed, with every language pack asked for?"""
    import pytesseract

    configure_tesseract()

    if not valid_languages(languages):
        return OcrAvailability(False, None, (), f"not a list of Tesseract languages: {languages!r}")
    try:
        version = str(pytesseract.get_tesseract_version())
        installed = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError):
        return OcrAvailability(False, None, (), "Tesseract is not installed: text recognition is off")
    missing = tuple(lang for lang in languages.split("+") if lang not in installed)
    if missing:
        return OcrAvailability(
            False, version, missing,
            f"Tesseract has no data for {', '.join(missing)}: install tesseract-ocr-{missing[0]}",
        )
    return OcrAvailability(True, version, (), None)


def limit_threads() -> None:
    """One Tesseract thread per process: we run one process per core, which is faster than
    Tesseract's own threads fighting over the same cores."""
    os.environ["OMP_THREAD_LIMIT"] = "1"


def recognise_image(image: Image.Image, languages: str = DEFAULT_LANGUAGES) -> str:
    import pytesseract

    configure_tesseract()  # in a spawned worker too
    return str(pytesseract.image_to_string(image, lang=languages, config=_CONFIG)).strip()


def recognise_file(path: Path, fmt: str, page_count: int, languages: str = DEFAULT_LANGUAGES) -> list[str]:
    """The text of every page of an accepted copy."""
    return [recognise_image(render_page(path, fmt, index, dpi=OCR_DPI), languages) for index in range(page_count)]


def searchable_pdf(path: Path, fmt: str, page_count: int, languages: str = DEFAULT_LANGUAGES) -> bytes:
    """A derived copy for export: each page's image with an invisible text layer over it."""
    configure_tesseract()
    import pytesseract
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for index in range(page_count):
        image = render_page(path, fmt, index, dpi=OCR_DPI)
        page_pdf = pytesseract.image_to_pdf_or_hocr(image, lang=languages, extension="pdf", config=_CONFIG)
        for page in PdfReader(io.BytesIO(page_pdf)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
