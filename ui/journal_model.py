"""One registration journal as a lazy table: keyset pages, newest first, fetched as the clerk scrolls.

Qt's incremental-fetch protocol: the view calls ``canFetchMore``/``fetchMore`` when the clerk
reaches the last row; the next page is read with the previous page's cursor (never OFFSET, never
every row), on the worker thread, and appended with ``beginInsertRows``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from clerk_app.domain.cards import JournalPage, JournalRow
from clerk_app.domain.enums import Direction
from ui import formatting, labels
from ui.workers import Task, TaskRunner

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole JournalRow, for actions on the selected card

# Fetches one page: the cursor is None for the first page.
PageSource = Callable[[str | None], JournalPage]
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    REGISTERED = 1
    CORRESPONDENT = 2
    RESPONDENT = 3
    KIND = 4
    TYPE = 5
    CHANNEL = 6
    SUMMARY = 7
    AMOUNT = 8
    COURT = 9


def header_text(column: Column, direction: Direction) -> str:
    incoming = direction is Direction.INCOMING
    match column:
        case Column.NUMBER:
            return QCoreApplication.translate("JournalModel", "No.")
        case Column.REGISTERED:
            return QCoreApplication.translate("JournalModel", "Registered")
        case Column.CORRESPONDENT:
            return (
                QCoreApplication.translate("JournalModel", "From whom")
                if incoming
                else QCoreApplication.translate("JournalModel", "To whom")
            )
        case Column.RESPONDENT:
            return QCoreApplication.translate("JournalModel", "Respondent")
        case Column.KIND:
            return QCoreApplication.translate("JournalModel", "Kind")
        case Column.TYPE:
            return QCoreApplication.translate("JournalModel", "Type")
        case Column.CHANNEL:
            return (
                QCoreApplication.translate("JournalModel", "Received via")
                if incoming
                else QCoreApplication.translate("JournalModel", "Sent via")
            )
        case Column.SUMMARY:
            return QCoreApplication.translate("JournalModel", "Summary")
        case Column.AMOUNT:
            return QCoreApplication.translate("JournalModel", "Amount, ₸")
        case Column.COURT:
            return QCoreApplication.translate("JournalModel", "Court")


HEADER_WRAP_FROM = 13  # characters: longer headers of two or more words go on two lines


def two_lines(text: str) -> str:
    """Breaks a long header at the space that balances its two lines best: "Дата регистрации"
    becomes "Дата" over "регистрации", so the column is as wide as its dates, not its title."""
    if len(text) < HEADER_WRAP_FROM or " " not in text:
        return text
    spaces = [i for i, char in enumerate(text) if char == " "]
    best = min(spaces, key=lambda i: max(i, len(text) - i - 1))
    return f"{text[:best]}\n{text[best + 1 :]}"


def court_mark() -> str:
    """What the court column shows for a court matter (empty otherwise)."""
    return QCoreApplication.translate("JournalModel", "Yes")


def header_hint(column: Column, direction: Direction) -> str:
    match column:
        case Column.NUMBER:
            return QCoreApplication.translate("JournalModel", "Registration number")
        case Column.REGISTERED:
            return QCoreApplication.translate("JournalModel", "Registration date and time (Astana time)")
        case Column.AMOUNT:
            return QCoreApplication.translate("JournalModel", "Amount claimed by the applicant, in tenge")
        case Column.COURT:
            return QCoreApplication.translate("JournalModel", "Court correspondence: never sent to UIS CRP")
        case _:
            return header_text(column, direction)


class JournalModel(QAbstractTableModel):
    loadingChanged = Signal(bool)
    loadFailed = Signal(object)  # the exception, for the window to show

    def __init__(
        self,
        direction: Direction,
        source: PageSource,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._direction = direction
        self._source = source
        self._runner = runner
        self._rows: list[JournalRow] = []
        self._cursor: str | None = None
        self._exhausted = False
        self._pending: Task[JournalPage] | None = None

    @property
    def direction(self) -> Direction:
        return self._direction

    @property
    def loading(self) -> bool:
        return self._pending is not None

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # --- lazy loading -------------------------------------------------------------------------

    def reload(self, source: PageSource | None = None) -> None:
        """Forgets every row and fetches the first page again (Refresh, or another store)."""
        self._drop_pending()
        self.beginResetModel()
        if source is not None:
            self._source = source
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def detach(self) -> None:
        """The store is going away: drop the rows and any page still in flight."""
        self._drop_pending()
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._exhausted and self._pending is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        cursor, source = self._cursor, self._source
        self._pending = self._runner.submit(
            lambda: source(cursor), success=self._append_page, failure=self._page_failed
        )
        self.loadingChanged.emit(True)

    def _append_page(self, page: JournalPage) -> None:
        self._pending = None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.loadingChanged.emit(False)

    def _page_failed(self, exc: BaseException) -> None:
        self._pending = None
        self._exhausted = True  # stop the view from retrying on every scroll; Refresh starts over
        self.loadingChanged.emit(False)
        self.loadFailed.emit(exc)

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending.discard()
            self._pending = None
            self.loadingChanged.emit(False)

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Headers and enum labels are tr() texts, and amounts follow the locale."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> JournalRow:
        return self._rows[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(header_text(Column(section), self._direction))
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_hint(Column(section), self._direction)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == Column.COURT:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    @staticmethod
    def _display(row: JournalRow, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return row.number
            case Column.REGISTERED:
                return formatting.date_time(row.registered_at)
            case Column.CORRESPONDENT:
                if row.is_collective:
                    return QCoreApplication.translate("JournalModel", "{0} (collective)").format(
                        row.correspondent
                    )
                return row.correspondent
            case Column.RESPONDENT:
                return row.respondent or ""
            case Column.KIND:
                return labels.kind_label(row.kind)
            case Column.TYPE:
                return labels.type_label(row.type)
            case Column.CHANNEL:
                return labels.channel_label(row.channel)
            case Column.SUMMARY:
                return row.summary
            case Column.AMOUNT:
                return formatting.amount(row.claimed_amount) if row.claimed_amount is not None else ""
            case Column.COURT:
                return court_mark() if row.is_court_matter else ""

    def _tooltip(self, row: JournalRow, column: Column) -> str | None:
        match column:
            case Column.KIND:
                return labels.kind_hint(row.kind) or None
            case Column.CHANNEL:
                return labels.channel_hint(row.channel)
            case Column.COURT:
                return header_hint(Column.COURT, self._direction) if row.is_court_matter else None
            case Column.REGISTERED | Column.AMOUNT | Column.TYPE:
                return None
            case _:
                return self._display(row, column) or None
