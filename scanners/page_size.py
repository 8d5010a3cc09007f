"""The size on paper of page N of an accepted electronic copy, read from the file's headers without
decoding the page: the viewer lays a page out (fit width, fit page, 100 %) before it is rendered.

The size matches what ``scanners.render.render_page`` draws: PDF pages with their own rotation, JPEG
photos turned by their EXIF orientation, fax pages with their unequal horizontal and vertical DPI."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from scanners.inspect import MAX_PAGE_PIXELS

Image.MAX_IMAGE_PIXELS = MAX_PAGE_PIXELS

A4_LONG_SIDE_IN = 297 / 25.4
# A page smaller or larger than these (in inches) has a resolution that is missing or made up (phone
# cameras write 72 dpi into every photo): it is then shown as if its long side were an A4 page's.
SMALLEST_PAGE_IN = 2.0
LARGEST_PAGE_IN = 47.0  # the long side of A0
_TURNED_EXIF = frozenset({5, 6, 7, 8})  # orientations that swap width and height


def page_inches(path: Path, fmt: str, index: int) -> tuple[float, float]:
    """(width, height) of the page in inches, as it is shown upright."""
    if fmt == "pdf":
        return _pdf_page_inches(path, index)
    with Image.open(path) as image:
        image.seek(index)
        width, height = image.size
        dpi_x, dpi_y = _dpi(image.info.get("dpi"))
        if fmt == "jpeg" and image.getexif().get(0x0112) in _TURNED_EXIF:
            width, height, dpi_x, dpi_y = height, width, dpi_y, dpi_x
    if dpi_x and dpi_y:
        inches = (width / dpi_x, height / dpi_y)
        if SMALLEST_PAGE_IN <= max(inches) <= LARGEST_PAGE_IN:
            return inches
    scale = A4_LONG_SIDE_IN / max(width, height, 1)
    return (width * scale, height * scale)


def _dpi(value: object) -> tuple[float, float]:
    try:
        x, y = value  # type: ignore[misc]
        return (float(x), float(y))  # type: ignore[has-type]
    except (TypeError, ValueError):
        return (0.0, 0.0)


def _pdf_page_inches(path: Path, index: int) -> tuple[float, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[index]
        try:
            width_pt, height_pt = page.get_size()  # with the page's /Rotate applied, as rendered
        finally:
            page.close()
    finally:
        document.close()
    return (float(width_pt) / 72, float(height_pt) / 72)
