"""Files dragged from the file manager: what a journal row or the copies panel accepts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDropEvent


def local_files(event: QDropEvent) -> list[Path]:
    """The local files being dragged (drag enter, move and drop events alike); empty for anything
    else: text, web links, or e-mail attachments that are not files yet."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]
