"""The page of the page viewer, inside its scroll area: a sheet of the laid-out size on a grey
backdrop, with the rendered image drawn into it, turned by the view's rotation.

The image may be smaller than the sheet (rendered at most at 300 dpi, or rendered for the previous
zoom while the new one is on its way): it is drawn scaled, so the sheet changes size at once and
sharpens when the new rendering arrives. Without an image the sheet carries a short text
("Loading page…")."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

MARGIN = 12  # backdrop around the sheet, logical pixels
BACKDROP = QColor("#8c9096")
SHEET_EDGE = QColor("#5c5f63")
TEXT = QColor("#505050")


class PageCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_canvas")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel itself
        self._sheet = QSize(1, 1)
        self._rotation = 0
        self._pixmap: QPixmap | None = None
        self._text = ""

    # --- what is shown (read by the viewer's tests) ---------------------------------------------

    @property
    def sheet_size(self) -> QSize:
        """The page as laid out on screen, in logical pixels (turned with the view)."""
        return QSize(self._sheet)

    @property
    def rotation(self) -> int:
        return self._rotation

    @property
    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    @property
    def text(self) -> str:
        return self._text

    def sheet_rect(self) -> QRect:
        return QRect(MARGIN, MARGIN, self._sheet.width(), self._sheet.height())

    # --- changes -----------------------------------------------------------------------------

    def lay_out(self, sheet: QSize, rotation: int) -> None:
        self._sheet = QSize(max(sheet.width(), 1), max(sheet.height(), 1))
        self._rotation = rotation % 360
        self.resize(self._sheet.width() + 2 * MARGIN, self._sheet.height() + 2 * MARGIN)
        self.update()

    def show_image(self, pixmap: QPixmap | None, text: str = "") -> None:
        """The page's image (upright, the canvas turns it), or a text on an empty sheet."""
        self._pixmap = pixmap
        self._text = "" if pixmap is not None else text
        self.update()

    def sizeHint(self) -> QSize:
        return self._sheet + QSize(2 * MARGIN, 2 * MARGIN)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKDROP)
        sheet = self.sheet_rect()
        painter.fillRect(sheet.translated(2, 2), BACKDROP.darker(125))  # a thin shadow
        painter.fillRect(sheet, Qt.GlobalColor.white)
        pixmap = self._pixmap
        if pixmap is not None and not pixmap.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.save()
            centre = QRectF(sheet).center()
            painter.translate(centre)
            painter.rotate(self._rotation)
            # the sheet is turned; the image is upright: its width is the sheet's height at 90°/270°
            width, height = float(sheet.width()), float(sheet.height())
            if self._rotation % 180:
                width, height = height, width
            painter.drawPixmap(QRectF(QPointF(-width / 2, -height / 2), QRectF(0, 0, width, height).size()),
                               pixmap, QRectF(pixmap.rect()))
            painter.restore()
        elif self._text:
            painter.setPen(TEXT)
            painter.drawText(sheet.adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text)
        painter.setPen(SHEET_EDGE)
        painter.drawRect(sheet.adjusted(0, 0, -1, -1))
        painter.end()
