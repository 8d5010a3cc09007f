"""What a file is, judged by its first bytes, never by its name.

Accepted (cl. 11): PDF, TIFF, JPEG. Everything else is refused with a code that names what it is,
so the clerk's message can say "this is a Word document" rather than "unknown file".
"""

from __future__ import annotations

from enum import StrEnum

HEAD_BYTES = 1024  # PDF allows junk before %PDF- within the first 1024 bytes


class CopyFormat(StrEnum):
    PDF = "pdf"
    TIFF = "tiff"
    JPEG = "jpeg"


# (magic, offset, code) for formats we recognise in order to refuse them clearly
_REFUSED = (
    (b"\x89PNG\r\n\x1a\n", 0, "file.png"),
    (b"GIF87a", 0, "file.gif"),
    (b"GIF89a", 0, "file.gif"),
    (b"BM", 0, "file.bmp"),
    (b"RIFF", 0, "file.other_image"),  # WebP and friends
    (b"\x00\x00\x00\x0cjP  ", 0, "file.other_image"),  # JPEG 2000
    (b"PK\x03\x04", 0, "file.archive_or_office"),  # zip, docx, xlsx, odt
    (b"PK\x05\x06", 0, "file.archive_or_office"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "file.office"),  # doc, xls
    (b"{\\rtf", 0, "file.office"),
    (b"Rar!", 0, "file.archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "file.archive"),
    (b"\x1f\x8b", 0, "file.archive"),
    (b"MZ", 0, "file.executable"),
    (b"\x7fELF", 0, "file.executable"),
    (b"#!", 0, "file.executable"),
    (b"<", 0, "file.text"),  # HTML, XML, SVG
)


def sniff(head: bytes) -> CopyFormat | str:
    """The accepted format, or the code of the refusal."""
    if not head:
        return "file.empty"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return CopyFormat.TIFF
    if head.startswith((b"II+\x00", b"MM\x00+")):
        return "file.bigtiff"
    if head.startswith(b"\xff\xd8\xff"):
        return CopyFormat.JPEG
    if b"%PDF-" in head[:HEAD_BYTES]:
        return CopyFormat.PDF
    for magic, offset, code in _REFUSED:
        if head[offset : offset + len(magic)] == magic:
            return code
    if b"\x00" not in head[:512]:
        return "file.text"
    return "file.unknown"
