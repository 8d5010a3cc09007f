"""Sync problems… (issue 7): local changes the central store refused (a constraint), kept apart so
that they never hold up the rest, and rows received from it that the records here refused (those
are received again every round, so they have no buttons). Each row says what was refused and why; Retry queues the change
again once the cause is fixed, Discard… gives it up (asked first: the local record then takes the
central store's values at the next round). Both are an administrator's (Permission.SETTINGS, which the
service requires); others see the list without the buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.sync import SyncProblem
from clerk_app.services.sync import SyncService
from ui import formatting, session, sync_texts
from ui.card_texts import EMPTY
from ui.error_text import describe
from ui.field_errors import error_label
from ui.table_selection import selected_item
from ui.workers import Task, TaskRunner


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes or Cancel (a module function: tests replace it)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class SyncProblemsDialog(QDialog):
    changed = Signal()  # a problem was retried or discarded: the indicator follows

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_problems_dialog")
        self._service = service
        self._runner = runner
        self._task: Task[Any] | None = None
        self._read_again = False
        self.problems: list[SyncProblem] = []
        self.may_act = session.may(Permission.SETTINGS)  # as the service requires
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("sync_problems_status")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("sync_problems_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # why, in the clerk's words and in the central store's
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details = QLabel()  # the central store's own words, for the administrator
        self.details.setObjectName("sync_problem_details")
        self.details.setWordWrap(True)
        self.error = error_label()
        self.error.setObjectName("sync_problems_error")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry_problem_button")
        self.retry_button.clicked.connect(self.retry)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard_problem_button")
        self.discard_button.clicked.connect(self.ask_discard)
        for button in (self.retry_button, self.discard_button):
            button.setAutoDefault(False)
            button.setVisible(self.may_act)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.resize(1040, 460)
        self.retranslate()
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync problems"))
        self.intro.setText(self.tr(
            "Changes of this workstation that the central store refused, and records received from the central "
            "store that do not fit the records here. They wait here and hold up nothing else. For a refused change, "
            "fix the cause (often the card itself), then Retry; or Discard the change, and the record takes the "
            "central store's values at the next synchronisation. A received record is tried again by itself at "
            "every synchronisation."))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Send the change again at the next synchronisation"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.discard_button.setToolTip(self.tr("Give the change up: the central store's values stay"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Card No."), self.tr("Record"), self.tr("Why it was refused"), self.tr("Details"),
            self.tr("When"), self.tr("Attempts"),
        ])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if self._task is not None:
            self._read_again = True  # what is on its way may be read before the change asked for
            return
        self._read_again = False
        self.status.setText(self.tr("Reading…"))
        self._task = self._runner.submit(self._service.problems, success=self._on_read, failure=self._on_failed)
        self._update_buttons()

    def _on_read(self, problems: list[SyncProblem]) -> None:
        self._task = None
        if self._read_again:
            self.reload()
            return
        previous = self.selected()
        self.problems = problems
        self._fill()
        self._select(previous.id if previous is not None else None)
        self._show_selected()

    def _select(self, problem_id: int | None) -> None:
        """After a reload the selection stays on the same problem if it is still listed, or goes:
        never onto another problem that happens to take its row, where a second click would retry
        or discard what nobody looked at."""
        row = next((i for i, p in enumerate(self.problems) if p.id == problem_id), None)
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.problems))
        for row, problem in enumerate(self.problems):
            texts = (
                problem.card_number or EMPTY,
                sync_texts.table_label(problem.table),
                sync_texts.problem_label(problem.error_code),
                problem.message,
                formatting.date_time(problem.occurred_at),
                formatting.count(problem.attempts),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self._task is None:
            self.status.setText(self.tr("Sync problems: {0}").format(formatting.count(len(self.problems))))
        self._show_selected()

    def selected(self) -> SyncProblem | None:
        return selected_item(self.table, self.problems)

    def _show_selected(self) -> None:
        problem = self.selected()
        text = self.tr("{0} ({1}): {2}").format(
            sync_texts.problem_label(problem.error_code), problem.error_code, problem.message) if problem else ""
        if problem is not None and problem.received:
            text += "\n" + self.tr(
                "It is received again at every synchronisation, with the records that depend on it, and is taken "
                "in as soon as the record on the central store or here no longer collides with it. Tell the "
                "central store's administrator.")
        self.details.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        problem = self.selected()
        # a received row is fetched again every round: nothing to retry or give up by hand
        enabled = self.may_act and self._task is None and problem is not None and not problem.received
        self.retry_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)

    def retry(self) -> None:
        problem = self.selected()
        if problem is not None and self._task is None and self.may_act:
            service, actor, problem_id = self._service, session.actor(), problem.id
            self._run(lambda: service.retry_problem(problem_id, actor))

    def ask_discard(self) -> None:
        problem = self.selected()
        if problem is None or self._task is not None or not self.may_act:
            return
        what = problem.card_number or sync_texts.table_label(problem.table)
        if not confirm(self, self.tr("Discard the change"), self.tr(
                "Discard the refused change of {0}? It will not be sent again, and at the next synchronisation "
                "the record here takes the central store's values.").format(what)):
            return
        service, actor, problem_id = self._service, session.actor(), problem.id
        self._run(lambda: service.discard_problem(problem_id, actor))

    def _run(self, op: Any) -> None:
        self.error.hide()
        self._task = self._runner.submit(op, success=self._on_done, failure=self._on_failed)
        self._update_buttons()

    def _on_done(self, _result: object) -> None:
        self._task = None
        self.changed.emit()
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()
        self._fill()
        self._update_buttons()
        if getattr(exc, "code", None) == "sync.no_problem":  # retried or discarded elsewhere meanwhile
            self.changed.emit()
            self.reload()
