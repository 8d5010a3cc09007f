"""A long table painted page by page with QPainter on a QPdfWriter or a QPrinter: the header row
repeated on every page, cells that wrap, a row never split across pages unless it is taller than a
page (then it continues on the next, clipped), and "Page N of M" under each page.

Two passes over the rows: ``layout`` measures each row's height once and places it (so the page
count is known before the first page is painted, for the title page's sheet count and "of M"), and
``paint`` draws them where the layout put them. The rows are an iterable read twice (a stream from
the store each time), so a table of any length never sits in memory; only its heights do."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from ui.fonts import FAMILY

MM_PER_INCH = 25.4
WRAP = Qt.TextFlag.TextWordWrap.value
LEFT_TOP = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value
CENTRE_TOP = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value


@dataclass(frozen=True)
class TableColumn:
    title: str
    weight: float  # share of the page width
    centred: bool = False


@dataclass(frozen=True)
class Slice:
    """A row's part on one page: the table page (0-based), the top on it, the height shown and how
    much of the row earlier pages showed."""

    page: int
    top: float
    height: float
    offset: float = 0.0


@dataclass
class TableLayout:
    pages: int = 1
    rows: int = 0
    slices: list[tuple[Slice, ...]] = field(default_factory=list)


def page_text(page: int, pages: int) -> str:
    return QCoreApplication.translate("TablePainter", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))


class TablePainter:
    """Lays out and paints one table on one paged device (the layout depends on its resolution).

    A row of a single cell spans the whole width in bold on a shaded band (a group's heading, a
    total). ``first_page_top`` leaves room above the table on its first page (a report's title)."""

    def __init__(self, device: QPagedPaintDevice, columns: Sequence[TableColumn], *, running_title: str = "",
                 point_size: float = 8.0, first_page_top: float = 0.0) -> None:
        self.device = device
        self.columns = list(columns)
        self.running_title = running_title
        self.dots_per_mm = device.logicalDpiY() / MM_PER_INCH
        self.width = float(device.width())
        self.height = float(device.height())
        self.padding = 1.0 * self.dots_per_mm
        self.font = QFont(FAMILY)
        self.font.setPointSizeF(point_size)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.small = QFont(FAMILY)
        self.small.setPointSizeF(point_size - 0.5)
        self.metrics = QFontMetricsF(self.font, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)
        self.small_metrics = QFontMetricsF(self.small, device)
        total = sum(c.weight for c in self.columns)
        self.column_x: list[float] = []
        self.column_w: list[float] = []
        x = 0.0
        for column in self.columns:
            self.column_x.append(x)
            w = self.width * column.weight / total
            self.column_w.append(w)
            x += w
        self.title_height = self.small_metrics.height() * 1.6 if running_title else 0.0
        self.header_height = self._height(self.bold_metrics, [c.title for c in self.columns])
        self.footer_height = self.small_metrics.height() * 1.8
        self.first_page_top = first_page_top
        self.body_bottom = self.height - self.footer_height

    def page_top(self, page: int) -> float:
        return self.first_page_top if page == 0 else 0.0

    def body_top(self, page: int) -> float:
        return self.page_top(page) + self.title_height + self.header_height

    # -- measuring -------------------------------------------------------------------------------

    def _spans(self, cells: Sequence[str]) -> bool:
        return len(cells) == 1 and len(self.columns) > 1

    def _width(self, cells: Sequence[str], i: int) -> float:
        return self.width if self._spans(cells) else self.column_w[i]

    def _height(self, metrics: QFontMetricsF, cells: Sequence[str]) -> float:
        if self._spans(cells):
            metrics = self.bold_metrics
        tallest = metrics.height()
        for i, text in enumerate(cells):
            if text:
                box = QRectF(0, 0, self._width(cells, i) - 2 * self.padding, 1e7)
                tallest = max(tallest, metrics.boundingRect(box, LEFT_TOP | WRAP, text).height())
        return tallest + 2 * self.padding

    def row_height(self, cells: Sequence[str]) -> float:
        return self._height(self.metrics, cells)

    def layout(self, rows: Iterable[Sequence[str]]) -> TableLayout:
        """Where every row goes; an empty table still has its one page with the header."""
        result = TableLayout()
        page, y = 0, self.body_top(0)
        room = self.body_bottom - self.body_top(1)
        for cells in rows:
            h = self.row_height(cells)
            # does not fit: the next page, unless this one is empty or the row needs more than a page anyway
            if y + h > self.body_bottom and y > self.body_top(page) and h <= room:
                page, y = page + 1, self.body_top(page + 1)
            if h <= room or y + h <= self.body_bottom:
                result.slices.append((Slice(page, y, h),))
                y += h
            else:  # taller than a page: continued on the following pages, clipped
                parts, shown = [], 0.0
                while shown < h:
                    part = min(h - shown, self.body_bottom - y)
                    parts.append(Slice(page, y, part, shown))
                    shown += part
                    y += part
                    if shown < h:
                        page, y = page + 1, self.body_top(page + 1)
                result.slices.append(tuple(parts))
            result.rows += 1
        result.pages = page + 1
        return result

    # -- painting --------------------------------------------------------------------------------

    def paint(self, painter: QPainter, rows: Iterable[Sequence[str]], layout: TableLayout, *,
              first_page_number: int, total_pages: int, new_page: Callable[[], object]) -> int:
        """Paints the table's pages from the current one on; returns the rows painted. ``new_page``
        starts the next page (the device's newPage: a QPdfWriter and a QPrinter alike)."""
        grid = QPen(QColor(90, 90, 90))
        grid.setWidthF(0.15 * self.dots_per_mm)
        page = 0
        self._page_frame(painter, 0, first_page_number, total_pages)
        painted = 0
        for cells, slices in zip(rows, layout.slices, strict=False):
            for part in slices:
                while part.page > page:
                    new_page()
                    page += 1
                    self._page_frame(painter, page, first_page_number, total_pages)
                self._row(painter, cells, part, grid, clip=len(slices) > 1)
            painted += 1
        while page + 1 < layout.pages:  # rows came short: the pages counted still get their frame
            new_page()
            page += 1
            self._page_frame(painter, page, first_page_number, total_pages)
        return painted

    def _page_frame(self, painter: QPainter, page: int, first_page_number: int, total_pages: int) -> None:
        """The running title, the header row and the page number."""
        top = self.page_top(page)
        if self.running_title:
            painter.setFont(self.small)
            painter.setPen(QColor(60, 60, 60))
            painter.drawText(QRectF(0, top, self.width, self.title_height), LEFT_TOP, self.running_title)
        painter.setPen(QColor(0, 0, 0))
        header = QRectF(0, top + self.title_height, self.width, self.header_height)
        painter.fillRect(header, QColor(232, 232, 232))
        painter.setFont(self.bold)
        for i, column in enumerate(self.columns):
            cell = QRectF(self.column_x[i] + self.padding, top + self.title_height + self.padding,
                          self.column_w[i] - 2 * self.padding, self.header_height - 2 * self.padding)
            painter.drawText(cell, CENTRE_TOP | WRAP, column.title)
        painter.setFont(self.small)
        footer = QRectF(0, self.height - self.footer_height * 0.8, self.width, self.footer_height * 0.8)
        painter.drawText(footer, (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom).value,
                         page_text(first_page_number + page, total_pages))
        pen = QPen(QColor(90, 90, 90))
        pen.setWidthF(0.15 * self.dots_per_mm)
        painter.setPen(pen)
        painter.drawRect(header)
        painter.setPen(QColor(0, 0, 0))
        painter.setFont(self.font)

    def _row(self, painter: QPainter, cells: Sequence[str], part: Slice, grid: QPen, *, clip: bool) -> None:
        if clip:
            painter.save()
            painter.setClipRect(QRectF(0, part.top, self.width, part.height))
        top = part.top - part.offset
        spans = self._spans(cells)
        if spans:
            band = QRectF(0, part.top, self.width, part.height)
            painter.fillRect(band, QColor(242, 242, 242))
            painter.setFont(self.bold)
        painter.setPen(QColor(0, 0, 0))
        for i, text in enumerate(cells):
            if text:
                cell = QRectF(self.column_x[i] + self.padding, top + self.padding, self._width(cells, i) - 2 * self.padding, 1e6)
                flags = (CENTRE_TOP if self.columns[i].centred and not spans else LEFT_TOP) | WRAP
                painter.drawText(cell, flags, text)
        if spans:
            painter.setFont(self.font)
        if clip:
            painter.restore()
        painter.setPen(grid)
        bottom = part.top + part.height
        painter.drawLine(QLineF(0, bottom, self.width, bottom))
        for x in (0.0, self.width) if spans else (*self.column_x, self.width):
            painter.drawLine(QLineF(x, part.top, x, bottom))
