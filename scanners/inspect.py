"""Full inspection of a candidate electronic copy: every page decoded, sizes and resolutions read.

Runs inside a sandboxed worker process (``scanners.sandbox``): a hostile file may crash, hang or
eat memory there without harming the application. Raises ``FileRefused`` with a code and an English
reason; the UI translates the code.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanners.sniff import HEAD_BYTES, CopyFormat, sniff

MAX_PAGE_PIXELS = 200_000_000  # an A3 colour page at 600 dpi is 70 Mpx; beyond this is a bomb
MAX_PAGES = 5_000
PDF_EOF_WINDOW = 4096  # %%EOF must be near the end: a truncated PDF has lost it


class FileRefused(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class PageInfo:
    width_px: int | None
    height_px: int | None
    dpi_x: float | None
    dpi_y: float | None


@dataclass(frozen=True)
class Inspection:
    format: CopyFormat
    pages: tuple[PageInfo, ...]
    details: dict[str, object] = field(default_factory=dict)  # compression, colour mode, flags


def inspect_file(path: Path) -> Inspection:
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    kind = sniff(head)
    if not isinstance(kind, CopyFormat):
        raise FileRefused(kind, _REFUSAL_REASONS.get(kind, "this is not a PDF, TIFF or JPEG file"))
    if kind is CopyFormat.PDF:
        return _inspect_pdf(path)
    return _inspect_image(path, kind)


_REFUSAL_REASONS = {
    "file.empty": "the file is empty (0 bytes)",
    "file.png": "this is a PNG image; only PDF, TIFF and JPEG copies are allowed (cl. 11)",
    "file.gif": "this is a GIF image; only PDF, TIFF and JPEG copies are allowed (cl. 11)",
    "file.bmp": "this is a BMP image; only PDF, TIFF and JPEG copies are allowed (cl. 11)",
    "file.other_image": "this image format is not allowed; only PDF, TIFF and JPEG (cl. 11)",
    "file.bigtiff": "this is a BigTIFF file, which scanners do not make; save it as an ordinary TIFF or PDF",
    "file.archive_or_office": "this is an archive or an office document (Word, Excel); attach a scan or a PDF",
    "file.office": "this is an office document (Word, Excel, RTF); save it as PDF to attach it",
    "file.archive": "this is an archive; unpack it and attach the scans themselves",
    "file.executable": "this is a program, not a document",
    "file.text": "this is a text or web file, not a scanned document",
    "file.unknown": "this is not a PDF, TIFF or JPEG file",
}


def _image_module() -> Any:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PAGE_PIXELS
    return Image


def _inspect_image(path: Path, kind: CopyFormat) -> Inspection:
    Image = _image_module()  # noqa: N806 - the module's own name
    pages: list[PageInfo] = []
    details: dict[str, object] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                expected = "TIFF" if kind is CopyFormat.TIFF else "JPEG"
                if image.format != expected and not (expected == "TIFF" and image.format == "MPO"):
                    raise FileRefused("file.unreadable", f"the file looks like {expected} but does not decode as one")
                frames = getattr(image, "n_frames", 1)
                if frames > MAX_PAGES:
                    raise FileRefused("file.too_many_pages", f"the file has {frames} pages; at most {MAX_PAGES}")
                modes, compressions = set(), set()
                for index in range(frames):
                    image.seek(index)
                    width, height = image.size
                    if width * height > MAX_PAGE_PIXELS:
                        raise FileRefused("file.bomb", f"page {index + 1} claims {width}×{height} pixels: too large to be a scan")
                    image.load()  # decodes every byte: truncation and corruption surface here
                    dpi = image.info.get("dpi")
                    pages.append(PageInfo(width, height, *(_dpi(dpi) if dpi else (None, None))))
                    modes.add(image.mode)
                    compressions.add(str(image.info.get("compression", "jpeg" if kind is CopyFormat.JPEG else "raw")))
                details["modes"] = sorted(modes)
                details["compressions"] = sorted(compressions)
                if kind is CopyFormat.JPEG:
                    details["progressive"] = bool(image.info.get("progressive") or image.info.get("progression"))
                    orientation = image.getexif().get(0x0112)
                    if orientation and orientation != 1:
                        details["exif_orientation"] = int(orientation)
    except FileRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise FileRefused("file.bomb", f"the image declares an absurd size ({exc})") from None
    except MemoryError:
        raise FileRefused("file.too_much_memory", "the file needs more memory than a scan ever does") from None
    except (OSError, ValueError, SyntaxError, EOFError, KeyError, IndexError, TypeError, ZeroDivisionError) as exc:
        raise FileRefused("file.corrupt", f"the file is damaged or truncated: {_short(exc)}") from None
    return Inspection(kind, tuple(pages), details)


def _dpi(value: object) -> tuple[float | None, float | None]:
    try:
        x, y = value  # type: ignore[misc]
        fx, fy = round(float(x), 2), round(float(y), 2)  # type: ignore[has-type]
        return (fx or None, fy or None)
    except (TypeError, ValueError):
        return (None, None)


def _inspect_pdf(path: Path) -> Inspection:
    size = path.stat().st_size
    with open(path, "rb") as handle:
        handle.seek(max(0, size - PDF_EOF_WINDOW))
        if b"%%EOF" not in handle.read():
            raise FileRefused("file.truncated", "the PDF is cut off (its end is missing): copy or save it again")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    details: dict[str, object] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted:
                raise FileRefused(
                    "pdf.encrypted",
                    "the PDF is password-protected or encrypted: save an unprotected copy and attach that",
                )
            count = len(reader.pages)
            if count == 0:
                raise FileRefused("file.corrupt", "the PDF has no pages")
            if count > MAX_PAGES:
                raise FileRefused("file.too_many_pages", f"the PDF has {count} pages; at most {MAX_PAGES}")
            root: Any = reader.trailer["/Root"].get_object()
            names: Any = root.get("/Names", {}) if hasattr(root, "get") else {}
            details["has_javascript"] = bool(
                "/JavaScript" in names or ("/OpenAction" in root and _is_js(root["/OpenAction"])) or "/AA" in root
            )
            details["has_embedded_files"] = bool("/EmbeddedFiles" in names)
    except FileRefused:
        raise
    except MemoryError:
        raise FileRefused("file.too_much_memory", "the file needs more memory than a scan ever does") from None
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, AssertionError) as exc:
        raise FileRefused("file.corrupt", f"the PDF is damaged: {_short(exc)}") from None
    pages = _render_check_pdf(path, count)
    return Inspection(CopyFormat.PDF, pages, details)


def _is_js(action: object) -> bool:
    try:
        resolved = action.get_object()  # type: ignore[attr-defined]
        return bool(resolved.get("/S") == "/JavaScript")
    except (AttributeError, TypeError, KeyError):
        return False


def _render_check_pdf(path: Path, count: int) -> tuple[PageInfo, ...]:
    """Opens every page with PDFium (the renderer the viewer uses): a page that cannot be loaded
    is a damaged file. Reads each page's size and, for scans, the pixel size and DPI of its image."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise FileRefused("pdf.encrypted", "the PDF is password-protected: save an unprotected copy") from None
        raise FileRefused("file.corrupt", f"the PDF is damaged: {_short(exc)}") from None
    try:
        if len(document) != count:
            raise FileRefused("file.corrupt", "the PDF's page tree is inconsistent")
        pages = []
        for index in range(count):
            page = document[index]
            width_pt, height_pt = page.get_size()
            largest: tuple[int, int] | None = None
            for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
                pixel_w, pixel_h = obj.get_px_size()
                if largest is None or pixel_w * pixel_h > largest[0] * largest[1]:
                    largest = (pixel_w, pixel_h)
            if largest and width_pt and height_pt:
                dpi_x = round(largest[0] / (width_pt / 72), 1)
                dpi_y = round(largest[1] / (height_pt / 72), 1)
                pages.append(PageInfo(largest[0], largest[1], dpi_x, dpi_y))
            else:  # a born-digital page: its size at 300 dpi, no scan resolution
                pages.append(PageInfo(round(width_pt / 72 * 300), round(height_pt / 72 * 300), None, None))
            page.close()
        return tuple(pages)
    except pdfium.PdfiumError as exc:
        raise FileRefused("file.corrupt", f"a page of the PDF is damaged: {_short(exc)}") from None
    finally:
        document.close()


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
