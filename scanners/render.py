"""Page N of an accepted electronic copy as an image: for text recognition, the viewer and
thumbnails. PDF pages are rendered by PDFium (pypdfium2: a well-kept binding of Chrome's PDF engine,
shipped as a wheel with its binary; renders scans and born-digital PDFs alike, executes no
JavaScript); TIFF and JPEG pages are decoded by Pillow, EXIF orientation applied."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from scanners.inspect import MAX_PAGE_PIXELS

Image.MAX_IMAGE_PIXELS = MAX_PAGE_PIXELS


def render_page(path: Path, fmt: str, index: int, *, dpi: int = 300, fit: tuple[int, int] | None = None) -> Image.Image:
    """The page as a greyscale or RGB image. ``dpi`` applies to PDF pages (images keep their own
    resolution); ``fit`` shrinks the result to fit a box (thumbnails, the viewer)."""
    if fmt == "pdf":
        image = _render_pdf_page(path, index, dpi if fit is None else _dpi_for_fit(path, index, fit))
    else:
        with Image.open(path) as source:
            source.seek(index)
            source.load()
            image = ImageOps.exif_transpose(source) if fmt == "jpeg" else source.copy()
            image = _square_pixels(image, source.info.get("dpi"))
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB") if image.mode in ("CMYK", "P", "RGBA", "YCbCr") else _to_grey(image)
    if fit is not None:
        image.thumbnail(fit, Image.Resampling.LANCZOS)
    return image


def _square_pixels(image: Image.Image, dpi: object) -> Image.Image:
    """Fax pages are 204 × 196 (or 204 × 98) dpi: stretch the coarser axis so the page keeps its shape."""
    try:
        dpi_x, dpi_y = (float(v) for v in dpi)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return image
    if not dpi_x or not dpi_y or abs(dpi_x - dpi_y) / max(dpi_x, dpi_y) < 0.02:
        return image
    width, height = image.size
    if dpi_x > dpi_y:
        height = round(height * dpi_x / dpi_y)
    else:
        width = round(width * dpi_y / dpi_x)
    resample = Image.Resampling.NEAREST if image.mode == "1" else Image.Resampling.BICUBIC
    return image.resize((width, height), resample)


def _to_grey(image: Image.Image) -> Image.Image:
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.point(lambda v: v / 256).convert("L")
    return image.convert("L")


def _render_pdf_page(path: Path, index: int, dpi: float) -> Image.Image:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[index]
        try:
            bitmap = page.render(scale=dpi / 72)
            image: Image.Image = bitmap.to_pil()
        finally:
            page.close()
    finally:
        document.close()
    return image.convert("RGB") if image.mode not in ("L", "RGB") else image


def _dpi_for_fit(path: Path, index: int, fit: tuple[int, int]) -> float:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        width_pt, height_pt = document[index].get_size()
    finally:
        document.close()
    return float(max(10.0, min(fit[0] / width_pt, fit[1] / height_pt) * 72))
