"""Conflicts… (issue 7): a field of one record changed on two workstations before either synced. The
central store kept one value; the other waits here until a supervisor chooses: "Keep the central
value" or "Use the workstation's value". Nothing is overwritten before that. Whoever may not resolve
(Permission.CONTROL_ALL) sees the list without the buttons. "Show resolved" lists the past choices
too, with who made them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.sync import SyncConflict
from clerk_app.services.sync import SyncService
from ui import formatting, session, sync_texts
from ui.card_texts import EMPTY
from ui.error_text import describe
from ui.field_errors import error_label
from ui.table_selection import selected_item
from ui.workers import Task, TaskRunner

COLUMNS = 7


class SyncConflictsDialog(QDialog):
    resolved = Signal()  # a conflict was resolved: the indicator and the card on screen follow

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflicts_dialog")
        self._service = service
        self._runner = runner
        self._task: Task[Any] | None = None
        self._read_again = False
        self.conflicts: list[SyncConflict] = []
        self.may_resolve = session.may(Permission.CONTROL_ALL)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("sync_conflicts_read_only")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(not self.may_resolve)
        self.show_resolved = QCheckBox()
        self.show_resolved.setObjectName("sync_conflicts_show_resolved")
        self.show_resolved.toggled.connect(self.reload)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("sync_conflicts_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # the two values share what width is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("sync_conflicts_status")
        self.error = error_label()
        self.error.setObjectName("sync_conflicts_error")
        self.keep_central_button = QPushButton()
        self.keep_central_button.setObjectName("keep_central_button")
        self.keep_central_button.clicked.connect(lambda: self.resolve("central"))
        self.use_station_button = QPushButton()
        self.use_station_button.setObjectName("use_station_button")
        self.use_station_button.clicked.connect(lambda: self.resolve("station"))
        for button in (self.keep_central_button, self.use_station_button):
            button.setAutoDefault(False)
            button.setVisible(self.may_resolve)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.show_resolved)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_central_button)
        actions.addWidget(self.use_station_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.read_only_note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.resize(1080, 500)
        self.retranslate()
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Synchronisation conflicts"))
        self.intro.setText(self.tr(
            "The same field was changed at two workstations before they synchronised. The central store kept one "
            "value and the other waits here: nothing is overwritten until a supervisor chooses which one stays."))
        self.read_only_note.setText(self.tr("Only a supervisor resolves conflicts; you can look at them here."))
        self.show_resolved.setText(self.tr("Show &resolved"))
        self.keep_central_button.setText(self.tr("&Keep the central value"))
        self.keep_central_button.setToolTip(self.tr("The value on the central store stays; the other is dropped"))
        self.use_station_button.setText(self.tr("&Use the workstation's value"))
        self.use_station_button.setToolTip(self.tr("The other workstation's value replaces the central one everywhere"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Card No."), self.tr("Field"), self.tr("Central value"), self.tr("Workstation's value"),
            self.tr("Workstation"), self.tr("Detected"), self.tr("Resolution"),
        ])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._task is not None:
            self._read_again = True  # what is on its way may be read before the change asked for
            return
        self._read_again = False
        service, include_resolved = self._service, self.show_resolved.isChecked()
        self.status.setText(self.tr("Reading…"))
        self._task = self._runner.submit(lambda: service.conflicts(include_resolved=include_resolved),
                                         success=self._on_read, failure=self._on_failed)
        self._update_buttons()

    def _on_read(self, conflicts: list[SyncConflict]) -> None:
        self._task = None
        if self._read_again:
            self.reload()
            return
        previous = self.selected()
        self.conflicts = conflicts
        self._fill()
        self._select(previous.id if previous is not None else None)
        self._update_buttons()

    def _select(self, conflict_id: str | None) -> None:
        """After a reload the selection stays on the same conflict (resolved now, so without the
        buttons), or goes: never onto another conflict that happens to take its row, where a second
        click would resolve what nobody looked at."""
        row = next((i for i, c in enumerate(self.conflicts) if c.id == conflict_id), None)
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)

    def _fill(self) -> None:
        self.table.setColumnHidden(COLUMNS - 1, not self.show_resolved.isChecked())
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            texts = (
                conflict.card_number or EMPTY,
                sync_texts.field_label(conflict),
                sync_texts.value_label(conflict, conflict.central_value),
                sync_texts.value_label(conflict, conflict.station_value),
                conflict.station_code,
                formatting.date_time(conflict.detected_at),
                self._resolution(conflict),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        open_count = sum(1 for c in self.conflicts if c.resolved_at is None)
        if self._task is None:
            self.status.setText(self.tr("Waiting for a decision: {0}").format(formatting.count(open_count)))

    def _resolution(self, conflict: SyncConflict) -> str:
        if conflict.resolved_at is None:
            return self.tr("Waiting")
        # two short lines rather than one long one: the values in conflict keep the width
        kept, when = sync_texts.kept_label(conflict.kept), formatting.date_time(conflict.resolved_at)
        return f"{kept}\n{when}, {conflict.resolved_by or EMPTY}"

    def selected(self) -> SyncConflict | None:
        return selected_item(self.table, self.conflicts)

    def _update_buttons(self) -> None:
        conflict = self.selected()
        enabled = self.may_resolve and self._task is None and conflict is not None and conflict.resolved_at is None
        self.keep_central_button.setEnabled(enabled)
        self.use_station_button.setEnabled(enabled)

    # --- resolving -------------------------------------------------------------------------------

    def resolve(self, keep: str) -> None:
        conflict = self.selected()
        if conflict is None or conflict.resolved_at is not None or self._task is not None or not self.may_resolve:
            return
        service, actor, conflict_id = self._service, session.actor(), conflict.id
        self.error.hide()
        self._task = self._runner.submit(lambda: service.resolve_conflict(conflict_id, keep, actor),
                                         success=self._on_resolved, failure=self._on_failed)
        self._update_buttons()

    def _on_resolved(self, _result: object) -> None:
        self._task = None
        self.resolved.emit()
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()
        self._fill()
        self._update_buttons()
        if getattr(exc, "code", None) in ("sync.conflict_resolved_already", "sync.no_conflict"):
            self.resolved.emit()  # resolved elsewhere meanwhile: the list and the counts follow
            self.reload()
