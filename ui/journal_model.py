"""One registration journal as a lazy table: keyset pages in the order and with the quick filter the
clerk chose (newest or oldest first, by due date, by correspondent), fetched as the clerk scrolls
(the fetching is ui.paged_model's). Every order and filter is SQL over an index: changing them reads
the first page of the new order, never re-sorts the loaded rows.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from clerk_app.domain.cards import JournalPage, JournalRow
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import Direction
from clerk_app.domain.journal_order import NO_FILTER, JournalFilter, JournalOrder
from clerk_app.services.control import SOON_DAYS
from clerk_app.timeutil import astana_today
from ui import due_dates, formatting, labels
from ui.paged_model import AnyIndex, PagedTableModel
from ui.workers import TaskRunner

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole JournalRow, for actions on the selected card
# The roles a cell answers. A paint asks every visible cell for seven roles, most of them unused
# here: those are turned away first (data() is called a few thousand times a paint).
CELL_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ROW_ROLE,
    )
)

# Fetches one page: the cursor is None for the first page.
PageSource = Callable[[str | None], JournalPage]
# The pages of the journal in another order or with a filter.
SourceFactory = Callable[[JournalOrder, JournalFilter], PageSource]


class Column(IntEnum):
    NUMBER = 0
    REGISTERED = 1
    DUE = 2  # incoming appeals on control; hidden in the outgoing journal
    CORRESPONDENT = 3
    RESPONDENT = 4
    KIND = 5
    TYPE = 6
    CHANNEL = 7
    SUMMARY = 8
    AMOUNT = 9
    COURT = 10


def header_text(column: Column, direction: Direction) -> str:
    incoming = direction is Direction.INCOMING
    match column:
        case Column.NUMBER:
            return QCoreApplication.translate("JournalModel", "No.")
        case Column.REGISTERED:
            return QCoreApplication.translate("JournalModel", "Registered")
        case Column.DUE:
            return QCoreApplication.translate("JournalModel", "Due date")
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


# The columns whose header click orders the journal, and the order each asks for. The numbers follow
# the registration time within a station, so both registration columns order by it.
ORDER_OF_COLUMN = {
    Column.NUMBER: JournalOrder.NEWEST,
    Column.REGISTERED: JournalOrder.NEWEST,
    Column.DUE: JournalOrder.DUE,
    Column.CORRESPONDENT: JournalOrder.CORRESPONDENT,
}


def clicked_order(column: Column, current: JournalOrder) -> JournalOrder | None:
    """The order a click on a column's header asks for; a registration column clicked again
    reverses the journal. None: the column cannot order the journal."""
    wanted = ORDER_OF_COLUMN.get(column)
    if wanted is JournalOrder.NEWEST and current is JournalOrder.NEWEST:
        return JournalOrder.OLDEST
    return wanted


def order_column(order: JournalOrder) -> Column:
    """The column whose header shows the order."""
    match order:
        case JournalOrder.DUE:
            return Column.DUE
        case JournalOrder.CORRESPONDENT:
            return Column.CORRESPONDENT
        case _:
            return Column.REGISTERED


def order_hint(column: Column, current: JournalOrder) -> str | None:
    """What clicking the header of an order column does next."""
    match clicked_order(column, current):
        case JournalOrder.OLDEST:
            return QCoreApplication.translate("JournalModel", "Click to show the oldest cards first")
        case JournalOrder.NEWEST:
            return QCoreApplication.translate("JournalModel", "Click to show the newest cards first")
        case JournalOrder.DUE if current is not JournalOrder.DUE:
            return QCoreApplication.translate(
                "JournalModel", "Click to show the soonest due dates first (cards not on control follow)"
            )
        case JournalOrder.CORRESPONDENT if current is not JournalOrder.CORRESPONDENT:
            return QCoreApplication.translate("JournalModel", "Click to sort by name, A to Z")
    return None


def header_hint(column: Column, direction: Direction) -> str:
    match column:
        case Column.NUMBER:
            return QCoreApplication.translate("JournalModel", "Registration number")
        case Column.REGISTERED:
            return QCoreApplication.translate("JournalModel", "Registration date and time (Astana time)")
        case Column.DUE:
            return QCoreApplication.translate(
                "JournalModel",
                "Due date of the appeal on execution control. Red: overdue; amber: due within three days.",
            )
        case Column.AMOUNT:
            return QCoreApplication.translate("JournalModel", "Amount claimed by the applicant, in tenge")
        case Column.COURT:
            return QCoreApplication.translate("JournalModel", "Court correspondence: never sent to UIS CRP")
        case _:
            return header_text(column, direction)


class JournalModel(PagedTableModel):
    def __init__(
        self,
        direction: Direction,
        source: PageSource,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        reorder: SourceFactory | None = None,
    ) -> None:
        """``source`` reads the journal newest first without a filter; ``reorder``, when given, reads
        it in another order or with a filter (without it the order and filter cannot change)."""
        super().__init__(runner, source, parent)
        self._direction = direction
        self._rows: list[JournalRow] = []
        self._reorder = reorder
        self._order = JournalOrder.NEWEST
        self._filter = NO_FILTER

    @property
    def direction(self) -> Direction:
        return self._direction

    @property
    def order(self) -> JournalOrder:
        return self._order

    @property
    def quick_filter(self) -> JournalFilter:
        return self._filter

    @property
    def can_reorder(self) -> bool:
        return self._reorder is not None

    def set_view(self, order: JournalOrder, quick_filter: JournalFilter) -> None:
        """Shows the journal in another order or with another filter from its first page (the rows
        loaded so far are dropped: the store pages the new order by keyset, as fast anywhere)."""
        if self._reorder is None or (order, quick_filter) == (self._order, self._filter):
            return
        self._order, self._filter = order, quick_filter
        self.reload(self._reorder(order, quick_filter))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)  # the hints changed

    def set_order(self, order: JournalOrder) -> None:
        self.set_view(order, self._filter)

    def set_filter(self, quick_filter: JournalFilter) -> None:
        self.set_view(self._order, quick_filter)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> JournalRow:
        return self._rows[row]

    def find_row(self, card_id: uuid.UUID) -> int | None:
        """The table row of a card among the pages loaded so far."""
        return next((i for i, row in enumerate(self._rows) if row.id == card_id), None)

    def update_control(self, card_id: uuid.UUID, status: ControlStatus, due_on: date | None) -> None:
        """A control action changed a card's status or due date: its row is redrawn in place (the
        clerk keeps their place in the journal), or leaves a list filtered by control that it no
        longer belongs to."""
        line = self.find_row(card_id)
        if line is None:
            return
        open_due_on = due_on if status.is_open else None
        if not self._filter.control_matches(status, open_due_on, astana_today(), SOON_DAYS):
            self.beginRemoveRows(QModelIndex(), line, line)
            del self._rows[line]  # its id stays among the loaded ones: a later page does not bring it back
            self.endRemoveRows()
            return
        self._rows[line] = dataclasses.replace(self._rows[line], control_status=status, due_on=open_due_on)
        self.dataChanged.emit(self.index(line, 0), self.index(line, len(Column) - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(header_text(Column(section), self._direction))
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = header_hint(Column(section), self._direction)
            click = order_hint(Column(section), self._order) if self.can_reorder else None
            return f"{hint}\n{click}" if click else hint
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = due_dates.row_colours(
                due_dates.urgency(row.days_left(self._today)), QGuiApplication.palette()
            )
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
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
            case Column.DUE:
                return due_dates.day(row.due_on) if row.due_on is not None else ""
            case Column.CORRESPONDENT:
                if row.blocked:  # R45: the core hid the names; say why the cell is empty
                    return QCoreApplication.translate("JournalModel", "Data blocked")
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
            case Column.DUE:
                return due_dates.days_text(row.days_left(self._today)) or None
            case Column.REGISTERED | Column.AMOUNT | Column.TYPE:
                return None
            case _:
                return self._display(row, column) or None
