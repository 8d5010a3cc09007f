"""Documents the officer prints or saves: HTML or plain text laid out by QTextDocument in the bundled
DejaVu Sans (every Kazakh letter), written to an A4 PDF or shown in the print preview, whose print
button sends it to a printer. One place for every such document (acts, reports, notices, codes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ui.fonts import FAMILY, register_bundled_fonts


def document(body_html: str | None = None, *, text: str | None = None) -> QTextDocument:
    register_bundled_fonts()
    doc = QTextDocument()
    font = QFont(FAMILY)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    if body_html is not None:
        doc.setHtml(body_html)
    else:
        doc.setPlainText(text or "")
    return doc


def write_pdf(doc: QTextDocument, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc.print_(writer)  # a QPdfWriter is a QPagedPaintDevice: the document is laid out on its pages


def preview(parent: QWidget, doc: QTextDocument, title: str) -> None:
    """The print preview, whose print button sends it to a printer (a module function: tests replace it)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(doc.print_)
    dialog.exec()
