"""The "On control" tab beside the journals: the appeals under execution control by due date (the
most overdue first), filtered by how soon they are due, by executor and by kind.

The table is lazy like a journal: keyset pages read with the cursor of the previous page (never
OFFSET), on the store's worker, as the clerk scrolls. Overdue rows are red, rows due within three
days amber. Double-click or Enter opens the card: its row in the journal and its control panel.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import StaffMember
from clerk_app.domain.control import ControlStatus, ControlView
from clerk_app.domain.enums import AppealKind
from clerk_app.services.control import ControlFilter, ControlPage, ControlSummary, ExecutorLoad
from clerk_app.services.registry import Registry
from ui import due_dates, formatting, labels, palette
from ui.control_dialogs import CardRef
from ui.journal_model import PAGE_SIZE, two_lines
from ui.journal_view import configure_card_table
from ui.paged_model import AnyIndex, PagedTableModel
from ui.workers import Task, TaskRunner

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole ControlView
DEFAULT_DAYS = 3
MAX_DAYS = 60

ControlSource = Callable[[str | None], ControlPage]


class ControlColumn(IntEnum):
    NUMBER = 0
    APPLICANT = 1
    SUMMARY = 2
    KIND = 3
    STATUS = 4
    DUE = 5
    DAYS = 6
    EXECUTORS = 7


def column_title(column: ControlColumn) -> str:
    match column:
        case ControlColumn.NUMBER:
            return QCoreApplication.translate("ControlModel", "No.")
        case ControlColumn.APPLICANT:
            return QCoreApplication.translate("ControlModel", "Applicant")
        case ControlColumn.SUMMARY:
            return QCoreApplication.translate("ControlModel", "Summary")
        case ControlColumn.KIND:
            return QCoreApplication.translate("ControlModel", "Kind")
        case ControlColumn.STATUS:
            return QCoreApplication.translate("ControlModel", "Status")
        case ControlColumn.DUE:
            return QCoreApplication.translate("ControlModel", "Due date")
        case ControlColumn.DAYS:
            return QCoreApplication.translate("ControlModel", "Overdue / left")
        case ControlColumn.EXECUTORS:
            return QCoreApplication.translate("ControlModel", "Executors")


def control_pages(registry: Registry, control_filter: ControlFilter, page_size: int = PAGE_SIZE) -> ControlSource:
    def fetch(cursor: str | None) -> ControlPage:
        return registry.control.views(control_filter, limit=page_size, cursor=cursor)

    return fetch


class ControlModel(PagedTableModel):
    """Open cards by due date, fetched page by page as the view scrolls (Qt's fetchMore)."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, None, parent)  # no source until a registry is open
        self._rows: list[ControlView] = []

    def detach(self) -> None:
        super().detach()
        self._source = None  # the next reload names the new registry's pages

    def row_at(self, row: int) -> ControlView:
        return self._rows[row]

    def find_row(self, card_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.card_id == card_id), None)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ControlColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ControlColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(column_title(ControlColumn(section)))  # narrow columns, more summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_title(ControlColumn(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _days_left(self, row: ControlView) -> int | None:
        return (row.due_on - self._today).days if row.due_on is not None else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ControlColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ControlColumn.KIND:
                return labels.kind_hint(AppealKind(row.kind)) if row.kind else None
            if column == ControlColumn.DUE:
                return due_dates.days_text(self._days_left(row)) or None
            return self._display(row, column) or None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = due_dates.row_colours(due_dates.urgency(self._days_left(row)), QGuiApplication.palette())
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: ControlView, column: ControlColumn) -> str:
        match column:
            case ControlColumn.NUMBER:
                return row.number
            case ControlColumn.APPLICANT:
                if row.blocked:  # R45: the core hid the names
                    return QCoreApplication.translate("JournalModel", "Data blocked")
                return row.correspondent
            case ControlColumn.SUMMARY:
                return row.summary
            case ControlColumn.KIND:
                return labels.kind_label(AppealKind(row.kind)) if row.kind else ""
            case ControlColumn.STATUS:
                return labels.control_status_label(row.status)
            case ControlColumn.DUE:
                return due_dates.day(row.due_on) if row.due_on is not None else ""
            case ControlColumn.DAYS:
                return due_dates.days_text(self._days_left(row))
            case ControlColumn.EXECUTORS:
                return ", ".join(row.executors)


class Show(IntEnum):
    ALL = 0
    TODAY = 1
    WITHIN = 2
    OVERDUE = 3


NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # an executor's name, without the counts shown beside it


class ControlTab(QWidget):
    cardSelected = Signal(object)  # CardRef | None
    cardActivated = Signal(object)  # ControlView: double-click or Enter

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("control_tab")
        self._runner = runner
        self._registry: Registry | None = None
        self._staff_task: Task[list[StaffMember]] | None = None
        self._counts_task: Task[tuple[ControlSummary, list[ExecutorLoad]]] | None = None
        self._summary: ControlSummary | None = None
        self._loads: dict[uuid.UUID, ExecutorLoad] = {}
        self._keep: CardRef | None = None  # the card to select again once a reload is in
        self.model = ControlModel(runner, self)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.order_hint = QLabel()
        self.order_hint.setPalette(palette.quiet(self.order_hint.palette()))
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.order_hint)

        self.show_label = QLabel()
        self.show_group = QButtonGroup(self)
        self.show_buttons: dict[Show, QRadioButton] = {}
        for show in Show:
            button = QRadioButton()
            button.setObjectName(f"control_show_{show.name.lower()}")
            self.show_group.addButton(button, show.value)
            self.show_buttons[show] = button
        self.show_buttons[Show.ALL].setChecked(True)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("control_days_spin")
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.valueChanged.connect(self._on_days_changed)
        self.show_group.idToggled.connect(self._on_show_toggled)
        first = QHBoxLayout()
        first.setSpacing(12)
        first.addWidget(self.show_label)
        for show in Show:
            if show is Show.WITHIN:
                pair = QHBoxLayout()
                pair.setSpacing(4)
                pair.addWidget(self.show_buttons[show])
                pair.addWidget(self.days_spin)
                first.addLayout(pair)
            else:
                first.addWidget(self.show_buttons[show])
        first.addStretch(1)

        self.executor_label = QLabel()
        self.executor_combo = QComboBox()
        self.executor_combo.setObjectName("control_executor_combo")
        self.executor_combo.setMinimumContentsLength(24)
        self.executor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.executor_label.setBuddy(self.executor_combo)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("control_kind_combo")
        self.kind_label.setBuddy(self.kind_combo)
        self.executor_combo.currentIndexChanged.connect(self._apply_filter)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.executor_label)
        second.addWidget(self.executor_combo)
        second.addSpacing(16)
        second.addWidget(self.kind_label)
        second.addWidget(self.kind_combo)
        second.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("control_table")
        self.table.setModel(self.model)
        configure_card_table(self.table, self.font(), stretch=ControlColumn.SUMMARY)
        self.table.selectionModel().selectionChanged.connect(self._emit_selection)
        self.model.modelReset.connect(self._emit_selection)
        self.table.activated.connect(self._on_activated)
        self._placeholder = QLabel(self.table.viewport())
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setPalette(palette.quiet(self._placeholder.palette()))
        self.table.viewport().installEventFilter(self)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.loadingChanged):
            signal.connect(self._update_placeholder)
        self.model.loadingChanged.connect(self._reselect)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        self._updating_combos = False
        self.retranslate()

    def _size_columns(self) -> None:
        cells = QFontMetrics(self.table.font())
        header = QFontMetrics(self.table.horizontalHeader().font())

        def fit(column: ControlColumn, *texts: str) -> int:
            widest = max(cells.horizontalAdvance(text) for text in texts)
            title = max(header.horizontalAdvance(line) for line in two_lines(column_title(column)).splitlines())
            return max(widest, title) + 14

        widths = {
            ControlColumn.NUMBER: fit(ControlColumn.NUMBER, "01/A-0000/26"),
            ControlColumn.APPLICANT: fit(ControlColumn.APPLICANT, "Мұхамеджанова Әйгерім"),
            ControlColumn.KIND: fit(ControlColumn.KIND, labels.kind_label(AppealKind.PRETRIAL_SETTLEMENT)),
            ControlColumn.STATUS: fit(ControlColumn.STATUS, *(labels.control_status_label(s) for s in ControlStatus if s.is_open)),
            ControlColumn.DUE: fit(ControlColumn.DUE, due_dates.day(date(2026, 12, 28))),
            ControlColumn.DAYS: fit(ControlColumn.DAYS, due_dates.days_text(-28), due_dates.days_text(28)),
            ControlColumn.EXECUTORS: fit(ControlColumn.EXECUTORS, "Петрова Наталья Сергеевна"),
        }
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)

    # --- the registry -----------------------------------------------------------------------------

    def set_registry(self, registry: Registry | None) -> None:
        self._registry = registry
        for task in (self._staff_task, self._counts_task):
            if task is not None:
                task.discard()
        self._staff_task = self._counts_task = None
        self._summary, self._loads = None, {}
        if registry is None:
            self.model.detach()
            return
        self._fill_executors([], keep=None)
        self.reload_staff()
        self.reload()

    def reload(self, *, keep_selection: bool = False) -> None:
        """Reads the first page again with the filter on screen. After a control action or a
        refresh the selected card stays selected (and on the control panel, even when it has
        left the list: it was just removed from control); a new filter starts afresh."""
        if self._registry is not None:
            self._keep = self.selected_card() if keep_selection else None
            self.model.reload(control_pages(self._registry, self.control_filter()))
            self._reload_counts(self._registry)

    def _reload_counts(self, registry: Registry) -> None:
        """The counts beside the choices (all, due today, overdue, per executor), read afresh
        with every list: they change with every control action."""
        if self._counts_task is not None:
            self._counts_task.discard()
        self._counts_task = self._runner.submit(
            lambda: (registry.control.summary(), registry.control.executor_loads()), success=self._on_counts
        )

    def _on_counts(self, counts: tuple[ControlSummary, list[ExecutorLoad]]) -> None:
        self._counts_task = None
        self._summary, loads = counts
        self._loads = {load.staff_member_id: load for load in loads}
        self._render_counts()

    def _render_counts(self) -> None:
        summary = self._summary

        def with_count(text: str, value: int | None) -> str:
            return text if value is None else f"{text} ({formatting.count(value)})"

        self.show_buttons[Show.ALL].setText(with_count(self.tr("&All on control"), summary.open if summary else None))
        self.show_buttons[Show.TODAY].setText(with_count(self.tr("Due &today"), summary.due_today if summary else None))
        self.show_buttons[Show.OVERDUE].setText(with_count(self.tr("&Overdue"), summary.overdue if summary else None))
        combo = self.executor_combo
        for index in range(1, combo.count()):
            load = self._loads.get(combo.itemData(index))
            name = combo.itemData(index, NAME_ROLE)
            combo.setItemText(index, name if load is None else self.tr("{0} ({1} open, {2} overdue)").format(
                name, formatting.count(load.open), formatting.count(load.overdue)
            ))

    def _reselect(self, loading: bool) -> None:
        keep = self._keep
        if loading or keep is None:
            return
        self._keep = None
        line = self.model.find_row(keep.id)
        if line is not None:
            self.table.selectRow(line)

    def reload_staff(self) -> None:
        registry = self._registry
        if registry is None:
            return
        if self._staff_task is not None:
            self._staff_task.discard()
        self._staff_task = self._runner.submit(registry.references.staff, success=self._on_staff)

    def _on_staff(self, members: list[StaffMember]) -> None:
        self._staff_task = None
        self._fill_executors(sorted(members, key=lambda m: m.full_name.casefold()), keep=self.executor_combo.currentData())

    def _fill_executors(self, members: list[StaffMember], keep: uuid.UUID | None) -> None:
        self._updating_combos = True
        combo = self.executor_combo
        combo.clear()
        combo.addItem(self.tr("All executors"), None)
        for member in members:
            combo.addItem(member.full_name, member.id)
            combo.setItemData(combo.count() - 1, member.full_name, NAME_ROLE)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        self._updating_combos = False
        self._render_counts()
        if keep is not None and index < 0:
            self._apply_filter()  # the chosen executor is gone from the list

    def _fill_kinds(self) -> None:
        self._updating_combos = True
        combo, keep = self.kind_combo, self.kind_combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All kinds"), None)
        for kind in AppealKind:
            combo.addItem(labels.kind_label(kind), kind)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        self._updating_combos = False

    # --- the filter -------------------------------------------------------------------------------

    def control_filter(self) -> ControlFilter:
        show = Show(self.show_group.checkedId())
        return ControlFilter(
            overdue=show is Show.OVERDUE,
            due_within=0 if show is Show.TODAY else self.days_spin.value() if show is Show.WITHIN else None,
            executor_id=self.executor_combo.currentData(),
            kind=self.kind_combo.currentData(),
        )

    def show_only(self, show: Show) -> None:
        """From the reminders: the overdue appeals, or those due today, whoever their executor."""
        self._updating_combos = True
        self.executor_combo.setCurrentIndex(0)
        self.kind_combo.setCurrentIndex(0)
        self._updating_combos = False
        if self.show_buttons[show].isChecked():
            self._apply_filter()
        else:
            self.show_buttons[show].setChecked(True)  # applies it, through _on_show_toggled

    def _on_show_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._apply_filter()

    def _on_days_changed(self, _value: int) -> None:
        if self.show_buttons[Show.WITHIN].isChecked():
            self._apply_filter()
        else:
            self.show_buttons[Show.WITHIN].setChecked(True)

    def _apply_filter(self, *_: object) -> None:
        if not self._updating_combos:
            self.reload()

    # --- selection --------------------------------------------------------------------------------

    def selected_row(self) -> ControlView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row if isinstance(row, ControlView) else None

    def selected_card(self) -> CardRef | None:
        row = self.selected_row()
        return CardRef(row.card_id, row.number) if row is not None else None

    def select_card(self, card_id: uuid.UUID) -> bool:
        line = self.model.find_row(card_id)
        if line is None:
            return False
        self.table.selectRow(line)
        return True

    def _emit_selection(self, *_: object) -> None:
        if self._keep is not None and self.selected_row() is None:
            return  # reloading after an action: the card stays on the control panel meanwhile
        self.cardSelected.emit(self.selected_card())

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ControlView):
            self.cardActivated.emit(row)

    # --- language and the placeholder -----------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Appeals on execution control"))
        self.order_hint.setText(self.tr("Earliest due date first"))
        self.show_label.setText(self.tr("Show:"))
        self.show_buttons[Show.WITHIN].setText(self.tr("Due &within"))
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setToolTip(self.tr("Due from today to this many days ahead"))
        self.executor_label.setText(self.tr("&Executor:"))
        self.kind_label.setText(self.tr("&Kind:"))
        if self.executor_combo.count():
            self.executor_combo.setItemText(0, self.tr("All executors"))
        else:
            self._fill_executors([], keep=None)
        self._fill_kinds()
        self._render_counts()
        self.model.retranslate()
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

    def _update_placeholder(self, *_: object) -> None:
        if self.model.rowCount() > 0:
            self._placeholder.hide()
            return
        if self.model.loading:
            self._placeholder.setText(self.tr("Loading…"))
        else:
            self._placeholder.setText(self.tr("No appeals on control match this choice."))
        self._placeholder.show()


def control_tab_title() -> str:
    return QCoreApplication.translate("ControlTab", "On control")

