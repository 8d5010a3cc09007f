"""Pages painted with QPainter, the same code for a PDF and for paper: the card sheet, the receipt
and the stamp labels each give a page layout and a paint function, which draws in millimetres from
the paper's corner (no printer margin shifts a label off its place on the sheet).

The PDF is drawn into memory and written atomically: a failure leaves no half file behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from ui.fonts import FAMILY, register_bundled_fonts
from ui.printing import pdf_output

PDF_DPI = 600  # the PDF's coordinate resolution: vector output, so only the precision of placement
# Paints every page on the device (calling ``new_page`` between pages); returns the number of pages.
PagePainter = Callable[["Pages"], int]


class Pages:
    """What a paint function draws with: the painter, millimetres in device units, new pages."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.dots_per_mm = device.logicalDpiX() / 25.4

    def mm(self, value: float) -> float:
        return value * self.dots_per_mm

    def rect(self, left: float, top: float, width: float, height: float) -> QRectF:
        """A rectangle given in millimetres from the paper's corner."""
        return QRectF(self.mm(left), self.mm(top), self.mm(width), self.mm(height))

    def new_page(self) -> None:
        self.device.newPage()

    def font(self, point_size: float, *, bold: bool = False) -> QFont:
        """The bundled face at a size in points, for this device."""
        font = QFont(FAMILY)
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return font


def page_layout(width_mm: float, height_mm: float, size: QPageSize.PageSizeId | None = None) -> QPageLayout:
    """A portrait page of that size without margins: the documents keep their own."""
    page_size = QPageSize(size) if size is not None else QPageSize(
        QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_on(device: QPagedPaintDevice, paint: PagePainter) -> int:
    register_bundled_fonts()
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # QR modules stay sharp-edged
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return paint(Pages(painter, device))
    finally:
        painter.end()


def pdf_bytes(layout: QPageLayout, title: str, paint: PagePainter) -> tuple[bytes, int]:
    """The PDF and its page count."""
    return pdf_output.pdf_bytes(lambda writer: paint_on(writer, paint), title, layout, resolution=PDF_DPI)


def write_pdf(path: Path, layout: QPageLayout, title: str, paint: PagePainter, *, private: bool) -> int:
    """Writes the PDF atomically (``output.unwritable`` when it cannot be); returns its page count.
    ``private``: readable by the owner only, as every file holding personal data."""
    data, pages = pdf_bytes(layout, title, paint)
    pdf_output.write_recorded(path, data, private=private)
    return pages


def preview(parent: QWidget | None, title: str, layout: QPageLayout, paint: PagePainter) -> None:
    """The print preview, whose print button sends the pages to a printer (a module function: tests
    replace it). The printer draws from the paper's corner, as the PDF does."""
    pdf_output.show_print_preview(parent, title, layout, lambda device: paint_on(device, paint), full_page=True)


def paint_document(pages: Pages, doc: QTextDocument, body: QRectF, *, first: bool = True,
                   decorate: Callable[[int, int], None] | None = None) -> int:
    """A QTextDocument laid out in ``body`` (device units) page after page; ``decorate(page, count)``
    draws what each page has besides the text (a page number, a QR code on the first)."""
    doc.documentLayout().setPaintDevice(pages.device)
    doc.setPageSize(body.size())
    count = doc.pageCount()
    painter = pages.painter
    for index in range(count):
        if index or not first:
            pages.new_page()
        painter.save()
        painter.translate(body.left(), body.top() - index * body.height())
        doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
        painter.restore()
        if decorate is not None:
            decorate(index, count)
    return count
