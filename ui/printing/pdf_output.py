"""One way to make and write every printed document's PDF: painted into memory first (so a failure
leaves no file), then written atomically together with its audit entry (the file appears only once
the entry is committed; a failed write is ``output.unwritable``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter
from PySide6.QtWidgets import QWidget

from clerk_app.atomic_files import write_recorded

DEFAULT_RESOLUTION = 300  # the PDF's coordinate grid: vector output, so only placement precision
__all__ = ["pdf_bytes", "show_print_preview", "write_recorded"]  # write_recorded: the core's, one way for every output
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_bytes(
    paint: Callable[[QPagedPaintDevice], int | None], title: str, layout: QPageLayout, *,
    resolution: int = DEFAULT_RESOLUTION,
) -> tuple[bytes, int]:
    """The document ``paint`` draws, as PDF bytes with its page count (``paint`` returns the count,
    or None to have the pages counted in the file, as for a QTextDocument that paginates itself)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("clerk-app")
    writer.setResolution(resolution)
    writer.setPageLayout(layout)
    pages = paint(writer)
    del writer  # finishes the file in the buffer
    buffer.close()
    body = bytes(data.data())
    return body, pages if pages is not None else len(_PAGE.findall(body))


def show_print_preview(
    parent: QWidget | None, title: str, layout: QPageLayout, paint: Callable[[QPagedPaintDevice], object], *,
    full_page: bool = False,
) -> None:
    """The print preview, whose print button sends the pages to a printer. ``full_page``: drawing is
    measured from the paper's corner, as in the PDF (labels), not from the printer's margins."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(layout)
    printer.setFullPage(full_page)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.exec()
