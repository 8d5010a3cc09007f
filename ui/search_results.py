"""What a search found, in two tables.

Full-text hits, best first: the number, the registration date (Astana time), the summary, the
matching text with the words found in bold on a marker background, and where it was found (the
card, or a page of an electronic copy). The snippets are painted by a delegate from a small HTML
text (escaped first, then the highlights added), only for the rows on screen.

Attribute search lists cards like a journal does: the journal table itself, lazy and keyset-paged,
with its red and amber rows.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from clerk_app.domain.cards import Journal
from clerk_app.domain.enums import Direction
from clerk_app.domain.search import SearchHit, Snippet
from ui import formatting
from ui.journal_model import JournalModel
from ui.journal_view import JournalView, configure_card_table

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole SearchHit
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet as HTML, highlights marked
# The words found: bold, dark text on a pale marker, readable on a selected (blue) row as well.
MARK_OPEN = '<span style="font-weight:600; background-color:#ffe58f; color:#1a1a1a;">'
MARK_CLOSE = "</span>"
SNIPPET_LINES = 2
CELL_MARGIN = 4
AnyIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: Snippet) -> str:
    """The snippet's text escaped as HTML, each highlighted span wrapped in the marker. Spans that
    overlap, or reach outside the text, are merged and clipped: the text itself is never lost."""
    text = snippet.text
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in snippet.highlights):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:  # overlapping or touching: one mark
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    done = 0
    for start, end in merged:
        parts.append(html.escape(text[done:start]))
        parts.append(MARK_OPEN + html.escape(text[start:end]) + MARK_CLOSE)
        done = end
    parts.append(html.escape(text[done:]))
    return "".join(parts)


class HitColumn(IntEnum):
    NUMBER = 0
    REGISTERED = 1
    SUMMARY = 2
    SNIPPET = 3
    SOURCE = 4


def hit_header(column: HitColumn) -> str:
    match column:
        case HitColumn.NUMBER:
            return QCoreApplication.translate("HitsModel", "No.")
        case HitColumn.REGISTERED:
            return QCoreApplication.translate("HitsModel", "Registered")
        case HitColumn.SUMMARY:
            return QCoreApplication.translate("HitsModel", "Summary")
        case HitColumn.SNIPPET:
            return QCoreApplication.translate("HitsModel", "Found text")
        case HitColumn.SOURCE:
            return QCoreApplication.translate("HitsModel", "Found in")


def source_text(hit: SearchHit) -> str:
    """Where the words were found: the card's own fields, or a page of one of its copies."""
    if hit.source == "page" and hit.page_index is not None:
        return QCoreApplication.translate("HitsModel", "Page {0} of a copy").format(hit.page_index + 1)
    if hit.source == "page":
        return QCoreApplication.translate("HitsModel", "A copy")
    return QCoreApplication.translate("HitsModel", "Card")


def source_hint(hit: SearchHit) -> str:
    if hit.source == "page":
        return QCoreApplication.translate(
            "HitsModel", "Found in the recognised text of a page of an electronic copy of the card"
        )
    return QCoreApplication.translate(
        "HitsModel", "Found in the card itself: its summary, applicants, respondent, numbers or notes"
    )


class HitsModel(QAbstractTableModel):
    """The full-text hits of one search, in the order the core ranked them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._html: list[str] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._html = [snippet_html(hit.snippet) for hit in self._hits]
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit_at(self, row: int) -> SearchHit:
        return self._hits[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HitColumn) - 1)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, len(HitColumn) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HitColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HitColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_header(HitColumn(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = HitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case HitColumn.NUMBER:
                    return hit.number
                case HitColumn.REGISTERED:
                    return formatting.date_time(hit.registered_at)
                case HitColumn.SUMMARY:
                    return hit.summary
                case HitColumn.SNIPPET:
                    return hit.snippet.text
                case HitColumn.SOURCE:
                    return source_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            match column:
                case HitColumn.SUMMARY:
                    return hit.summary or None
                case HitColumn.SNIPPET:
                    return hit.snippet.text or None
                case HitColumn.SOURCE:
                    return source_hint(hit)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (HitColumn.SUMMARY, HitColumn.SNIPPET):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == HTML_ROLE and column == HitColumn.SNIPPET:
            return self._html[index.row()]
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def wrapped_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` wrapped at word boundaries to ``width``, in at most ``most`` lines, the last one
    elided ("…") when the text goes on."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    metrics = QFontMetrics(font)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == most - 1:
            rest = " ".join(text[start:].split())
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + line.textLength()].rstrip())
    layout.endLayout()
    return lines


class _CellDelegate(QStyledItemDelegate):
    """Draws the cell's background, selection and focus as the style does, then its text itself."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(CELL_MARGIN, CELL_MARGIN // 2, -CELL_MARGIN, -CELL_MARGIN // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(rect)
        self.draw_text(painter, rect, opt.font, colour, text, index)
        painter.restore()

    def draw_text(
        self, painter: QPainter, rect: QRect, font: QFont, colour: QColor, text: str, index: AnyIndex
    ) -> None:
        lines = wrapped_lines(text, font, max(rect.width(), 1), SNIPPET_LINES)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), "\n".join(lines))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), QFontMetrics(option.font).lineSpacing() * SNIPPET_LINES)


class SnippetDelegate(_CellDelegate):
    """Paints the snippet's HTML (bold, marked words), wrapped to the cell's width and cut after
    the lines the row has room for."""

    def draw_text(
        self, painter: QPainter, rect: QRect, font: QFont, colour: QColor, text: str, index: AnyIndex
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not isinstance(markup, str):
            super().draw_text(painter, rect, font, colour, text, index)
            return
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setHtml(markup)
        document.setTextWidth(max(rect.width(), 1))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        lines = max(1, rect.height() // QFontMetrics(font).lineSpacing())
        clip = QRect(0, 0, rect.width(), lines * QFontMetrics(font).lineSpacing())  # whole lines only
        painter.translate(rect.topLeft())
        painter.setClipRect(clip)
        context.clip = clip.toRectF()
        document.documentLayout().draw(painter, context)


class HitsView(QTableView):
    """The table of full-text hits: rows two lines high (the summary and the snippet wrap)."""

    def __init__(self, model: HitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_hits_table")
        self.setModel(model)
        self._snippets = SnippetDelegate(self)
        self._summaries = _CellDelegate(self)
        self.setItemDelegateForColumn(HitColumn.SNIPPET, self._snippets)
        self.setItemDelegateForColumn(HitColumn.SUMMARY, self._summaries)
        configure_card_table(self, self.font(), stretch=HitColumn.SNIPPET)
        # Unlike the journals, the summary and the snippet wrap over rows a few lines high.
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.font()).lineSpacing() * SNIPPET_LINES + 2 * CELL_MARGIN + 4
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the window
        self.horizontalHeader().setMinimumSectionSize(40)
        self.size_columns()

    def size_columns(self) -> None:
        """Widths from the font and the labels of the current language, never from the rows."""
        cells = QFontMetrics(self.font())
        header = QFontMetrics(self.horizontalHeader().font())

        def fit(column: HitColumn, *texts: str) -> int:
            widest = max(cells.horizontalAdvance(text) for text in texts)
            return max(widest, header.horizontalAdvance(hit_header(column))) + 16

        moment = datetime(2026, 12, 28, 18, 48, tzinfo=UTC)
        page = QCoreApplication.translate("HitsModel", "Page {0} of a copy").format(12)
        columns = self.horizontalHeader()
        columns.resizeSection(HitColumn.NUMBER, fit(HitColumn.NUMBER, "01/A-0000/26"))
        columns.resizeSection(HitColumn.REGISTERED, fit(HitColumn.REGISTERED, formatting.date_time(moment)))
        columns.resizeSection(HitColumn.SUMMARY, max(cells.averageCharWidth() * 34, 180))
        columns.resizeSection(HitColumn.SOURCE, fit(HitColumn.SOURCE, page))


def _found_journal(direction: Direction) -> Journal:
    """The stand-in journal a result table is made for (its headers follow the direction)."""
    return Journal(code=f"found_{direction.value}", direction=direction, index="", number_template="",
                   title_kk="", title_ru="")


class FoundCardsView(JournalView):
    """The journal table for the cards an attribute search found: the same columns, colours and
    lazy pages; no journal title, its own empty-table text, no files dropped on rows."""

    def __init__(self, model: JournalModel, parent: QWidget | None = None) -> None:
        super().__init__(_found_journal(model.direction), model, parent)
        self.table.setObjectName(f"search_found_table_{model.direction.value}")
        self.table.viewport().setAcceptDrops(False)
        self.table.setTabKeyNavigation(False)
        self.title.hide()
        self._order_hint.hide()
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)

    def _update_placeholder(self) -> None:
        if self._model.rowCount() > 0:
            self._placeholder.hide()
            return
        if self._model.loading:
            self._placeholder.setText(self.tr("Searching…"))
        elif self._model.exhausted:
            self._placeholder.setText(self.tr("No cards match these criteria. Try fewer criteria."))
        else:
            self._placeholder.setText("")
        self._placeholder.show()
