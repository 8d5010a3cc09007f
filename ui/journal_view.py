"""A journal tab: the journal's title over its table, and a note when the table has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Journal
from clerk_app.domain.enums import Direction
from ui.journal_model import Column, JournalModel
from ui.languages import Language, current_language

# Typical content per column, to size columns from the font instead of measuring thousands of
# rows (resizeColumnsToContents would read every loaded row). The summary takes the rest.
SAMPLE_TEXT = {
    Column.NUMBER: "01/A-0000/26",
    Column.REGISTERED: "00.00.0000 00:00",
    Column.CORRESPONDENT: "Әбдірахманов Қайрат Мейірханұлы",
    Column.RESPONDENT: "«Береке Плюс 25» ЖШС",
    Column.KIND: "Сотқа дейінгі реттеу",
    Column.TYPE: "Предложение",
    Column.CHANNEL: "Лично (на бумаге)",
    Column.AMOUNT: "1 000 000,00",
    Column.COURT: "Иә",
}
CELL_PADDING = 24  # the style's cell margins plus some air between columns


class JournalView(QWidget):
    def __init__(self, journal: Journal, model: JournalModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._model = model

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self._order_hint = QLabel()
        self._order_hint.setEnabled(False)  # greyed: a hint, not data

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self._order_hint)

        self.table = QTableView()
        self.table.setObjectName(f"journal_table_{journal.code}")
        self.table.setModel(model)
        self._configure_table()

        self._placeholder = QLabel(self.table.viewport())
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setEnabled(False)
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)

        for signal in (model.modelReset, model.rowsInserted, model.loadingChanged):
            signal.connect(self._update_placeholder)
        self.retranslate()

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def model(self) -> JournalModel:
        return self._model

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSortingEnabled(False)  # the store orders the journal (newest first)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(QFontMetrics(table.font()).height() + 12)
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(40)

    def _size_columns(self) -> None:
        """Each column as wide as its typical content or its header, whichever is wider."""
        cells = QFontMetrics(self.table.font())
        header = self.table.horizontalHeader()
        heads = QFontMetrics(header.font())
        for column, sample in SAMPLE_TEXT.items():
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title)) + CELL_PADDING
            header.resizeSection(column, width)

    def retranslate(self) -> None:
        self.title.setText(journal_title(self._journal))
        self._order_hint.setText(self.tr("Newest first"))
        self._model.retranslate()
        self._size_columns()
        self._update_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._placeholder.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))
        return super().eventFilter(watched, event)

    def _update_placeholder(self) -> None:
        if self._model.rowCount() > 0:
            self._placeholder.hide()
            return
        if self._model.loading:
            self._placeholder.setText(self.tr("Loading…"))
        else:
            self._placeholder.setText(self.tr("There are no cards in this journal yet."))
        self._placeholder.show()


def journal_title(journal: Journal) -> str:
    """The journal's own title in Kazakh or Russian, as the store names it; English has no stored
    title, so it gets a generic one."""
    language = current_language()
    if language is Language.KAZAKH and journal.title_kk:
        return journal.title_kk
    if language is Language.RUSSIAN and journal.title_ru:
        return journal.title_ru
    if journal.direction is Direction.INCOMING:
        return QCoreApplication.translate("JournalView", "Incoming registration journal")
    return QCoreApplication.translate("JournalView", "Outgoing registration journal")


def journal_tab_title(journal: Journal) -> str:
    if journal.code == "incoming":
        return QCoreApplication.translate("JournalView", "Incoming")
    if journal.code == "outgoing":
        return QCoreApplication.translate("JournalView", "Outgoing")
    return journal_title(journal)
