"""A journal tab: the journal's title over its table, and a note when the table has nothing to show.

The selected card is what the card actions (attach electronic copies) work on; a right click
selects the row under the mouse and offers those actions; files dragged from the file manager onto
a row are offered to that row's card (the row is outlined while the files hover over it).

The clerk arranges the columns: a right click on the header shows or hides them, they are dragged
to another place and widened or narrowed, and the arrangement is kept per journal in the settings
(until then the view sizes them itself). Clicking the number or registration-date header reverses
the order: newest first or oldest first, both read page by page from the store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDropEvent, QFont, QFontMetrics, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Journal, JournalRow
from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.domain.journal_order import NO_FILTER, JournalFilter, JournalOrder
from ui import due_dates, formatting, labels
from ui.column_widths import fit_widths
from ui.drops import local_files
from ui.eliding_label import ElidingLabel
from ui.journal_filter_bar import JournalFilterBar
from ui.journal_model import (
    ROW_ROLE,
    Column,
    JournalModel,
    clicked_order,
    court_mark,
    header_text,
    order_column,
)
from ui.languages import Language, current_language
from ui.settings import AppSettings

# Columns are sized from the font and the labels of the current language instead of measuring
# rows (resizeColumnsToContents would read every loaded row). When the window is too narrow for
# all of them, the columns a clerk reads least give way first (their text is elided, the tooltip
# has it whole); the summary always keeps a fair share and takes whatever is left.
LONG_NAME = "Әбдірахманова Әсем Бауыржанқызы"
LONG_COMPANY = "«Алтын Құрылыс 25» ЖШС"
GIVE_WAY = (Column.RESPONDENT, Column.KIND, Column.CORRESPONDENT, Column.TYPE, Column.CHANNEL)
NAME_FLOOR = 175  # a surname and a given name stay readable
COMPANY_FLOOR = 130
SUMMARY_SHARE = 0.16  # of the table's width, at least
CELL_PADDING = 12  # the style's cell margins plus a little air between columns
# Ten columns must fit a 1280-pixel screen in Russian, the longest of the languages: the table is a
# point smaller than the rest of the window (DejaVu Sans is a wide face).
TABLE_FONT_SCALE = 0.9
MIN_COLUMN = 44
SAVE_DELAY_MS = 400  # a column dragged wider is saved once the dragging pauses, not every pixel


def configure_card_table(table: QTableView, base_font: QFont, *, stretch: int) -> None:
    """The look the card tables share (journals, "On control", search hits), so they read alike:
    a point smaller font, whole rows selected one at a time, read-only, one line a row of fixed
    height, columns sized by the code with one column taking the rest of the width."""
    table_font = QFont(base_font)
    table_font.setPointSizeF(table_font.pointSizeF() * TABLE_FONT_SCALE)
    table.setFont(table_font)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
    rows.setDefaultSectionSize(QFontMetrics(table.font()).height() + 12)
    columns = table.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


DROP_OUTLINE = "QFrame#drop_target { border: 2px solid palette(highlight); background: transparent; }"


class JournalView(QWidget):
    selectedRowChanged = Signal(object)  # JournalRow | None
    filesDropped = Signal(object, object)  # JournalRow, list[Path]: files dropped on that card's row
    dropTargetChanged = Signal(object)  # JournalRow | None: the card files would be dropped on

    def __init__(
        self,
        journal: Journal,
        model: JournalModel,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        """With ``settings`` the clerk's arrangement of the columns is restored and kept."""
        super().__init__(parent)
        self._journal = journal
        self._model = model
        self._settings = settings
        self._row_actions: list[QAction] = []
        self._drop_row: int | None = None
        self._arranged = False  # the clerk arranged the columns: the view no longer sizes them
        self._sizing = False  # the view itself is resizing columns: not the clerk's doing
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_columns)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        # The header's arrow says the same: on a narrow screen the hint gives way first.
        self._order_hint = ElidingLabel()
        self._order_hint.setEnabled(False)  # greyed: a hint, not data
        self._order_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.filter_bar = JournalFilterBar(journal.direction)
        self.filter_bar.setVisible(model.can_reorder)
        self.filter_bar.filterChanged.connect(self._filter_chosen)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(16)
        heading.addWidget(self.filter_bar)
        heading.addWidget(self._order_hint, 1)

        self.table = QTableView()
        self.table.setObjectName(f"journal_table_{journal.code}")
        self.table.setModel(model)
        self._configure_table()
        self._hide_due_dates()
        self._restore_columns()

        self._placeholder = QLabel(self.table.viewport())
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setEnabled(False)
        self.table.viewport().installEventFilter(self)

        # Files dragged from the file manager: the viewport takes them itself (eventFilter), row by row.
        self.table.viewport().setAcceptDrops(True)
        self._drop_outline = QFrame(self.table.viewport())
        self._drop_outline.setObjectName("drop_target")
        self._drop_outline.setStyleSheet(DROP_OUTLINE)
        self._drop_outline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._drop_outline.hide()

        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_row_menu)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._emit_selection)
        model.modelReset.connect(self._emit_selection)  # a reset drops the selection without a signal

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)

        for signal in (model.modelReset, model.rowsInserted, model.loadingChanged):
            signal.connect(self._update_placeholder)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_columns_menu)
        header.sectionClicked.connect(self._header_clicked)
        self.retranslate()
        # Connected after the first layout: hiding a column the journal does not show (Due, in
        # the outgoing one) resizes it to 0, which is not the clerk arranging the columns.
        header.sectionMoved.connect(self._columns_arranged)
        header.sectionResized.connect(self._column_resized)

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def model(self) -> JournalModel:
        return self._model

    def selected_row(self) -> JournalRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row if isinstance(row, JournalRow) else None

    def _emit_selection(self) -> None:
        self.selectedRowChanged.emit(self.selected_row())

    def _row_at(self, pos: QPoint) -> int | None:
        """The table row at a viewport position, if there is one."""
        index = self.table.indexAt(pos)
        return index.row() if index.isValid() else None

    # --- actions on the card of a row ---------------------------------------------------------

    def set_row_actions(self, actions: list[QAction]) -> None:
        """What the right-click menu of a row offers (the window's card actions)."""
        self._row_actions = list(actions)

    def row_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self._row_actions:
            menu.addAction(action)
        return menu

    def _show_row_menu(self, pos: QPoint) -> None:
        row = self._row_at(pos)
        if row is None or not self._row_actions:
            return
        self.table.selectRow(row)  # the actions work on the selected card: the one clicked
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- files dropped on a row -----------------------------------------------------------------

    def _drag_over(self, event: QDropEvent) -> None:
        row = self._row_at(event.position().toPoint()) if local_files(event) else None
        if row is None:
            event.ignore()
        else:
            event.acceptProposedAction()
        self._set_drop_row(row)

    def _drop(self, event: QDropEvent) -> None:
        files = local_files(event)
        row = self._row_at(event.position().toPoint()) if files else None
        self._set_drop_row(None)
        if row is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.table.selectRow(row)
        self.filesDropped.emit(self._model.row_at(row), files)

    def _set_drop_row(self, row: int | None) -> None:
        if row == self._drop_row:
            return
        self._drop_row = row
        if row is None:
            self._drop_outline.hide()
            self.dropTargetChanged.emit(None)
            return
        rect = self.table.visualRect(self._model.index(row, 0))
        self._drop_outline.setGeometry(0, rect.top(), self.table.viewport().width(), rect.height())
        self._drop_outline.show()
        self._drop_outline.raise_()
        self.dropTargetChanged.emit(self._model.row_at(row))

    def _configure_table(self) -> None:
        configure_card_table(self.table, self.font(), stretch=Column.SUMMARY)
        # The store orders the journal; the view never sorts the loaded rows itself. The header
        # shows the order on the column it follows (ORDER_OF_COLUMN): clicking another one of those
        # asks the store for that order.
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(self._model.can_reorder)
        self._show_order()

    def _hide_due_dates(self) -> None:
        # Outgoing letters are never on execution control: no due dates to show.
        self.table.setColumnHidden(Column.DUE, self._model.direction is not Direction.INCOMING)

    # --- the order and the quick filter ---------------------------------------------------------

    def _header_clicked(self, section: int) -> None:
        order = clicked_order(Column(section), self._model.order) if self._model.can_reorder else None
        if order is not None and order is not self._model.order:
            self.table.scrollToTop()  # the new order starts at the top
            self._model.set_order(order)
        self._show_order()  # Qt moved the indicator to the clicked column: put it back

    def _filter_chosen(self, quick_filter: JournalFilter) -> None:
        self.table.scrollToTop()
        self._model.set_filter(quick_filter)
        self._update_placeholder()

    def shows_newest(self) -> bool:
        return self._model.order is JournalOrder.NEWEST and self._model.quick_filter == NO_FILTER

    def show_newest(self) -> None:
        """Every card, newest first (after a registration: the new card is at the top)."""
        self.filter_bar.set_current(NO_FILTER)
        self._model.set_view(JournalOrder.NEWEST, NO_FILTER)
        self._show_order()

    def _show_order(self) -> None:
        order = self._model.order
        ascending = order is not JournalOrder.NEWEST
        indicator = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(order_column(order), indicator)
        self._order_hint.set_full_text(self._order_text())

    def _order_text(self) -> str:
        match self._model.order:
            case JournalOrder.OLDEST:
                return QCoreApplication.translate("JournalView", "Oldest first")
            case JournalOrder.DUE:
                return QCoreApplication.translate("JournalView", "Soonest due date first")
            case JournalOrder.CORRESPONDENT:
                if self._model.direction is Direction.INCOMING:
                    return QCoreApplication.translate("JournalView", "By applicant, A to Z")
                return QCoreApplication.translate("JournalView", "By addressee, A to Z")
            case _:
                return QCoreApplication.translate("JournalView", "Newest first")

    # --- the columns the clerk arranged -----------------------------------------------------------

    def _choosable_columns(self) -> list[Column]:
        """The columns the menu offers, in the order they are on screen (the due date is never
        shown in the outgoing journal, so it is not offered there)."""
        header = self.table.horizontalHeader()
        offered = [c for c in Column if c is not Column.DUE or self._model.direction is Direction.INCOMING]
        return sorted(offered, key=header.visualIndex)

    def columns_menu(self) -> QMenu:
        """The header's right-click menu: a tick for each column, and "Reset columns"."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        columns = self._choosable_columns()
        shown = [column for column in columns if not header.isSectionHidden(column)]
        for column in columns:
            title = header_text(column, self._model.direction)
            action = menu.addAction(title)
            action.setObjectName(f"column_{column.name.lower()}")
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])  # the last column shown stays
            action.toggled.connect(lambda on, column=column: self.set_column_shown(column, on))
        menu.addSeparator()
        reset = menu.addAction(QCoreApplication.translate("JournalView", "Reset columns"))
        reset.setObjectName("reset_columns")
        reset.setEnabled(self._arranged)
        reset.triggered.connect(self.reset_columns)
        return menu

    def _show_columns_menu(self, pos: QPoint) -> None:
        menu = self.columns_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def set_column_shown(self, column: Column, shown: bool) -> None:
        header = self.table.horizontalHeader()
        visible = [c for c in self._choosable_columns() if not header.isSectionHidden(c)]
        if not shown and visible == [column]:
            return  # a table without columns shows nothing at all
        header.setSectionHidden(column, not shown)
        self._fill_width()
        self._columns_arranged()

    def reset_columns(self) -> None:
        """Every column back in its place, shown and sized by the view; the kept arrangement is forgotten."""
        header = self.table.horizontalHeader()
        self._sizing = True
        try:
            for logical in range(header.count()):
                header.setSectionHidden(logical, False)
                header.moveSection(header.visualIndex(logical), logical)
            self._hide_due_dates()
            self._fill_width()
        finally:
            self._sizing = False
        self._save_timer.stop()
        self._arranged = False
        if self._settings is not None:
            self._settings.set_journal_columns(self._journal.code, None)
        self._size_columns()

    def _fill_width(self) -> None:
        """The summary takes the width left over; when it is hidden, the last column does."""
        self.table.horizontalHeader().setStretchLastSection(self.table.isColumnHidden(Column.SUMMARY))

    def _column_resized(self, logical: int, old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if self._sizing or new == 0 or header.isSectionHidden(logical):
            return  # hiding a column is the columns menu's doing, recorded there
        stretched = header.sectionResizeMode(logical) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and header.visualIndex(logical) == header.count() - 1
        )
        if stretched and not self._arranged:
            return  # the column taking the left-over width follows the window, not the clerk
        self._columns_arranged()

    def _columns_arranged(self, *_: object) -> None:
        if self._sizing:
            return
        self._arranged = True
        self._save_timer.start()

    def _save_columns(self) -> None:
        self._save_timer.stop()
        if self._settings is not None and self._arranged:
            self._settings.set_journal_columns(self._journal.code, self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        state = self._settings.journal_columns(self._journal.code) if self._settings is not None else None
        if state is None:
            return
        header = self.table.horizontalHeader()
        self._sizing = True
        try:
            restored = header.restoreState(state) and header.count() == len(Column)
        finally:
            self._sizing = False
        if not restored:  # saved by a version with other columns: start over
            self.reset_columns()
            return
        self._arranged = True
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self._hide_due_dates()
        if all(header.isSectionHidden(column) for column in self._choosable_columns()):
            header.setSectionHidden(Column.NUMBER, False)
        self._fill_width()
        header.setSortIndicatorShown(self._model.can_reorder)
        self._show_order()  # the order is not kept: a journal opens newest first

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self._save_columns()  # the window is closing: keep what the clerk just did
        super().hideEvent(event)

    def columns_state(self) -> QByteArray:
        """The header's arrangement, as kept in the settings."""
        return self.table.horizontalHeader().saveState()

    def _header_width(self, column: Column) -> int:
        title = str(self._model.headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = QFontMetrics(self.table.horizontalHeader().font())
        return max(metrics.horizontalAdvance(line) for line in title.splitlines() or [""]) + CELL_PADDING

    def _widths(self) -> tuple[dict[Column, int], dict[Column, int]]:
        """For each column but the summary: the width that shows its usual values and its whole
        header, and the width it may shrink to (never below the header) in a narrow window."""
        cells = QFontMetrics(self.table.font())

        def fit(*texts: str) -> int:
            return max(cells.horizontalAdvance(text) for text in texts) + CELL_PADDING

        # The most frequent kinds and types set the width; a rare long label is elided.
        usual_kinds = (AppealKind.PRETRIAL_SETTLEMENT, AppealKind.SELLER_CLAIM)
        usual_types = (AppealType.COMPLAINT, AppealType.STATEMENT)
        natural = {
            Column.NUMBER: fit("01/A-0000/26"),
            Column.REGISTERED: fit(formatting.date_time(datetime(2026, 12, 28, 18, 48, tzinfo=UTC))),
            Column.DUE: fit(due_dates.day(date(2026, 12, 28))),
            Column.CORRESPONDENT: fit(LONG_NAME),
            Column.RESPONDENT: fit(LONG_COMPANY),
            Column.KIND: fit(*(labels.kind_label(kind) for kind in usual_kinds)),
            Column.TYPE: fit(*(labels.type_label(kind) for kind in AppealType)),
            Column.CHANNEL: fit(*(labels.channel_label(channel) for channel in Channel)),
            Column.AMOUNT: fit(formatting.amount(Decimal("9999999.99"))),
            Column.COURT: fit(court_mark()),
        }
        floors = {
            Column.CORRESPONDENT: NAME_FLOOR,
            Column.RESPONDENT: COMPANY_FLOOR,
            Column.KIND: fit(labels.kind_label(AppealKind.SELLER_CLAIM)),
            Column.TYPE: fit(*(labels.type_label(kind) for kind in usual_types)),
        }
        natural = {
            column: max(width, self._header_width(column), MIN_COLUMN)
            for column, width in natural.items()
            if not self.table.isColumnHidden(column)
        }
        floors = {
            column: max(floors.get(column, 0), self._header_width(column), MIN_COLUMN) for column in natural
        }
        return natural, floors

    def _size_columns(self) -> None:
        if self._arranged:
            return  # the clerk's widths stay as they are
        natural, floors = self._widths()
        available = self.table.viewport().width()
        summary = max(int(available * SUMMARY_SHARE), self._header_width(Column.SUMMARY))
        widths = fit_widths(natural, floors, GIVE_WAY, available - summary)
        header = self.table.horizontalHeader()
        self._sizing = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, min(width, natural[column]))
        finally:
            self._sizing = False

    def retranslate(self) -> None:
        self.title.setText(journal_title(self._journal))
        self._order_hint.set_full_text(self._order_text())
        self._model.retranslate()
        self._size_columns()
        self._update_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self._placeholder.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))
                self._size_columns()
            elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, QDropEvent)
                self._drag_over(event)
                return True
            elif kind == QEvent.Type.DragLeave:
                self._set_drop_row(None)
                return True
            elif kind == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                self._drop(event)
                return True
        return super().eventFilter(watched, event)

    def _update_placeholder(self) -> None:
        if self._model.rowCount() > 0:
            self._placeholder.hide()
            return
        if self._model.loading:
            self._placeholder.setText(self.tr("Loading…"))
        elif self._model.quick_filter != NO_FILTER:
            self._placeholder.setText(
                self.tr("No card of this journal matches the filter. Choose “Show all” to see every card.")
            )
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
