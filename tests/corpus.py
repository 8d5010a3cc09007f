"""A corpus of awkward electronic copies, made on the fly (nothing binary is committed).

Accepted kinds cover what scanners, phones and fax machines produce: TIFF in every compression
(none, LZW with predictor, PackBits, Deflate, CCITT G3 at fax resolution 204×196, G4, JPEG-in-TIFF),
1-bit, grey, RGB, CMYK and 16-bit, big-endian byte order, multi-page with mixed page sizes; JPEG
baseline, progressive, grey, CMYK, with EXIF orientation, without any DPI, with restart markers and
with junk after the end marker (some phones); PDF from images, PDF with junk before the header,
with an incremental update, with JavaScript and with an embedded file.

Refused kinds: PNG, GIF, BMP, WebP, Word (.docx zip and .doc OLE), zip, gzip, EXE, ELF, HTML,
empty files, BigTIFF, encrypted PDFs (user or owner password), every accepted kind truncated at
several offsets, header-only files, decompression bombs declared in TIFF and JPEG headers, and any
of these renamed to an accepted extension.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

A4_150 = (1240, 1754)  # A4 at 150 dpi: big enough to be a page, small enough for fast tests


def _page(mode: str = "L", size: tuple[int, int] = A4_150, text: str = "Өтініш № 17") -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for y in range(120, size[1] - 120, 48):
        draw.line((100, y, size[0] - 100, y), fill="black", width=2)
    draw.rectangle((90, 90, 500, 200), outline="black", width=4)
    draw.text((110, 120), text, fill="black")
    if mode == "1":
        return image.convert("L").point(lambda v: 255 if v > 128 else 0).convert("1")
    if mode == "I;16":
        return image.convert("I").point(lambda v: v * 256).convert("I;16")
    return image.convert(mode)


def _save(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, **options)  # type: ignore[arg-type]
    return buffer.getvalue()


def _multi(frames: list[Image.Image], **options: object) -> bytes:
    buffer = io.BytesIO()
    frames[0].save(buffer, save_all=True, append_images=frames[1:], **options)  # type: ignore[arg-type]
    return buffer.getvalue()


def _pdf_from_images(pages: int = 2) -> bytes:
    frames = [_page("RGB") for _ in range(pages)]
    return _multi(frames, format="PDF", resolution=150.0)


def _pdf_with(extra_catalog: str, extra_objects: str = "") -> bytes:
    """A small hand-written PDF (one text page) with extra catalog entries."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R " + extra_catalog + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    ]
    content = b"BT /F1 12 Tf 72 770 Td (Appeal) Tj ET"
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, text in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{text}\nendobj\n".encode()
    offsets.append(len(body))
    body += b"4 0 obj\n<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream\nendobj\n"
    next_number = 5
    for text in filter(None, extra_objects.split("\x00")):
        offsets.append(len(body))
        body += f"{next_number} 0 obj\n{text}\nendobj\n".encode()
        next_number += 1
    xref = len(body)
    body += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_from_images(1))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _incremental_pdf() -> bytes:
    from pypdf import PdfWriter

    original = _pdf_from_images(1)
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    writer.add_metadata({"/Title": "Өтініш"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _big_endian_tiff() -> bytes:
    """A minimal uncompressed 8-bit grey TIFF in Motorola byte order (MM), written by hand."""
    width, height = 64, 48
    pixels = bytes((x * 4) % 256 for _ in range(height) for x in range(width))
    entries = [
        (256, 3, 1, width), (257, 3, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
        (273, 4, 1, 8), (277, 3, 1, 1), (278, 3, 1, height), (279, 4, 1, len(pixels)),
    ]
    ifd_offset = 8 + len(pixels)
    header = b"MM\x00*" + struct.pack(">I", ifd_offset)
    ifd = struct.pack(">H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack(">HI", value, 0)[:4] if kind == 3 else struct.pack(">I", value)
        ifd += struct.pack(">HHI", tag, kind, count) + packed
    ifd += struct.pack(">I", 0)
    return header + pixels + ifd


def _tiff_bomb() -> bytes:
    """A TIFF header declaring 100,000 × 100,000 pixels with almost no data."""
    entries = [(256, 4, 1, 100_000), (257, 4, 1, 100_000), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8), (278, 4, 1, 100_000), (279, 4, 1, 16)]
    header = b"II*\x00" + struct.pack("<I", 24) + b"\x00" * 16
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    return header + ifd + struct.pack("<I", 0)


def _jpeg_bomb() -> bytes:
    """A real JPEG whose frame header is patched to claim 65,000 × 65,000 pixels."""
    data = bytearray(_save(_page("L", (64, 64)), format="JPEG"))
    marker = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, marker + 5, 65_000, 65_000)
    return bytes(data)


def _exif_rotated() -> bytes:
    image = _page("RGB", (800, 600))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when shown
    return _save(image, format="JPEG", exif=exif, dpi=(200, 200))


def accepted() -> dict[str, tuple[Callable[[], bytes], str, int]]:
    """name -> (maker, expected format, expected pages)."""
    grey = _page("L")
    return {
        "tiff_none_grey.tif": (lambda: _save(grey, format="TIFF", dpi=(150, 150)), "tiff", 1),
        "tiff_lzw_rgb_predictor.tif": (lambda: _save(_page("RGB"), format="TIFF", compression="tiff_lzw", tiffinfo={317: 2}), "tiff", 1),
        "tiff_packbits.tif": (lambda: _save(grey, format="TIFF", compression="packbits"), "tiff", 1),
        "tiff_deflate.tif": (lambda: _save(grey, format="TIFF", compression="tiff_adobe_deflate"), "tiff", 1),
        "fax_g3_204x196.tif": (lambda: _save(_page("1", (1728, 2200)), format="TIFF", compression="group3", dpi=(204, 196)), "tiff", 1),
        "tiff_g4_300dpi.tif": (lambda: _save(_page("1", (2480, 3508)), format="TIFF", compression="group4", dpi=(300, 300)), "tiff", 1),
        "tiff_jpeg_in_tiff.tif": (lambda: _save(_page("RGB"), format="TIFF", compression="jpeg"), "tiff", 1),
        "tiff_cmyk.tif": (lambda: _save(_page("CMYK"), format="TIFF", compression="tiff_lzw"), "tiff", 1),
        "tiff_16bit.tif": (lambda: _save(_page("I;16", (600, 800)), format="TIFF"), "tiff", 1),
        "tiff_big_endian.tif": (_big_endian_tiff, "tiff", 1),
        "tiff_multipage_mixed_sizes.tif": (
            lambda: _multi([_page("1"), _page("1", (1754, 1240)), _page("1", (1000, 1400))], format="TIFF", compression="group4"),
            "tiff", 3,
        ),
        "jpeg_baseline.jpg": (lambda: _save(_page("RGB"), format="JPEG", dpi=(150, 150)), "jpeg", 1),
        "jpeg_progressive.jpeg": (lambda: _save(_page("RGB"), format="JPEG", progressive=True), "jpeg", 1),
        "jpeg_grey_no_dpi.jpg": (lambda: _save(grey, format="JPEG"), "jpeg", 1),
        "jpeg_cmyk.jpg": (lambda: _save(_page("CMYK"), format="JPEG"), "jpeg", 1),
        "jpeg_exif_rotated.jpg": (_exif_rotated, "jpeg", 1),
        "jpeg_restart_markers.jpg": (lambda: _save(_page("RGB"), format="JPEG", restart_marker_blocks=4), "jpeg", 1),
        "jpeg_trailing_junk.jpg": (lambda: _save(_page("RGB"), format="JPEG") + b"\x00" * 512 + b"phone-metadata", "jpeg", 1),
        "pdf_scanned_two_pages.pdf": (lambda: _pdf_from_images(2), "pdf", 2),
        "pdf_junk_before_header.pdf": (lambda: b"\r\n\x00junk from a mail client\n" + _pdf_from_images(1), "pdf", 1),
        "pdf_incremental_update.pdf": (_incremental_pdf, "pdf", 1),
        "pdf_with_javascript.pdf": (lambda: _pdf_with("/OpenAction 5 0 R", "<< /S /JavaScript /JS (app.alert(1)) >>"), "pdf", 1),
        "pdf_with_embedded_file.pdf": (
            lambda: _pdf_with("/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>", "<< /Type /Filespec /F (a.exe) >>"),
            "pdf", 1,
        ),
        "pdf_named_as.tif": (lambda: _pdf_from_images(1), "pdf", 1),
        "tiff_named_as.pdf": (lambda: _save(grey, format="TIFF", compression="packbits"), "tiff", 1),
    }


def refused() -> dict[str, tuple[Callable[[], bytes], str]]:
    """name -> (maker, expected code)."""
    png = lambda: _save(_page("RGB", (50, 50)), format="PNG")  # noqa: E731
    return {
        "empty.pdf": (lambda: b"", "file.empty"),
        "image.png": (png, "file.png"),
        "png_named_as.pdf": (png, "file.png"),
        "anim.gif": (lambda: _save(_page("P", (50, 50)), format="GIF"), "file.gif"),
        "bitmap_named_as.jpg": (lambda: _save(_page("RGB", (50, 50)), format="BMP"), "file.bmp"),
        "photo.webp": (lambda: _save(_page("RGB", (50, 50)), format="WEBP"), "file.other_image"),
        "letter.docx": (lambda: b"PK\x03\x04" + b"\x14\x00" * 20 + b"word/document.xml", "file.archive_or_office"),
        "letter.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "file.office"),
        "scans.zip.pdf": (lambda: b"PK\x05\x06" + b"\x00" * 18, "file.archive_or_office"),
        "scan.tif.gz": (lambda: b"\x1f\x8b\x08\x00" + b"\x00" * 40, "file.archive"),
        "setup_named_as.pdf": (lambda: b"MZ\x90\x00" + b"\x00" * 200, "file.executable"),
        "program_named_as.tif": (lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "file.executable"),
        "page.html": (lambda: b"<!DOCTYPE html><html><body>scan</body></html>", "file.text"),
        "bigtiff.tif": (lambda: b"II+\x00\x08\x00\x00\x00" + b"\x00" * 64, "file.bigtiff"),
        "encrypted_user_password.pdf": (lambda: _encrypted_pdf("1234"), "pdf.encrypted"),
        "encrypted_owner_only.pdf": (lambda: _encrypted_pdf(""), "pdf.encrypted"),
        "bomb.tif": (_tiff_bomb, "file.bomb"),
        "bomb.jpg": (_jpeg_bomb, "file.bomb"),
        "tiff_header_only.tif": (lambda: b"II*\x00\x08\x00\x00\x00", "file.corrupt"),
        "jpeg_header_only.jpg": (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "file.corrupt"),
        "pdf_header_only.pdf": (lambda: b"%PDF-1.4\n", "file.truncated"),
    }


def truncations() -> dict[str, tuple[Callable[[], bytes], str]]:
    """Accepted files cut at several offsets: every one must be refused."""
    cases: dict[str, tuple[Callable[[], bytes], str]] = {}
    sources = {
        "pdf": lambda: _pdf_from_images(2),
        "tif": lambda: _save(_page("1", (2480, 3508)), format="TIFF", compression="group4"),
        "lzw.tif": lambda: _save(_page("RGB"), format="TIFF", compression="tiff_lzw"),
        "jpg": lambda: _save(_page("RGB"), format="JPEG"),
        "progressive.jpg": lambda: _save(_page("RGB"), format="JPEG", progressive=True),
    }
    for suffix, make in sources.items():
        for fraction in (0.1, 0.5, 0.9, 0.99):
            cases[f"cut_{int(fraction * 100)}.{suffix}"] = (
                lambda make=make, fraction=fraction: (lambda data: data[: int(len(data) * fraction)])(make()),
                "",
            )
    return cases


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, spec in {**accepted(), **refused(), **truncations()}.items():
        path = folder / name
        path.write_bytes(spec[0]())
        written[name] = path
    return written
