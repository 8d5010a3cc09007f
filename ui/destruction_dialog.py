"""Personal data › Records due for destruction… (R42-R44): the counts of records whose retention
period ran out, the list of one kind, Destroy… with the act's details (the ground, the basis, the
commission) and a confirmation that names the count; the act then saved as PDF or printed.
``DestructionFlow`` holds the menu's two actions (this list and "A person's data…"). Every store
call runs on the window's runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.retention import (
    DestructionAct,
    DestructionOutcome,
    DestructionTrigger,
    DuePage,
    RecordType,
)
from clerk_app.services.registry import Registry
from ui import destruction_act, due_dates, formatting, printed_document, session
from ui.error_text import describe
from ui.field_errors import error_label
from ui.workers import Task, TaskRunner

MAX_LISTED = 1000
_RECORD_TYPE = {
    RecordType.INCOMING: QT_TRANSLATE_NOOP("DueDialog", "Incoming appeals"),
    RecordType.OUTGOING: QT_TRANSLATE_NOOP("DueDialog", "Outgoing letters"),
    RecordType.INBOX: QT_TRANSLATE_NOOP("DueDialog", "Unfiled scans"),
}


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a PDF (a module function: tests replace it)."""
    name, _ = QFileDialog.getSaveFileName(parent, "", suggested, "PDF (*.pdf)")
    return Path(name) if name else None


class ActDetailsDialog(QDialog):
    """The act's details and the confirmation: the OK button waits for the count to be typed."""

    def __init__(self, count: int, triggers: Sequence[DestructionTrigger], parent: QWidget | None = None,
                 *, commission: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("act_details_dialog")
        self.count = count
        self.trigger_box = QComboBox()
        self.trigger_box.setObjectName("act_trigger")
        for trigger in triggers:
            self.trigger_box.addItem(destruction_act.trigger_label(trigger), trigger)
        self.basis_edit = QLineEdit()
        self.basis_edit.setObjectName("act_basis")
        self.basis_edit.setMaxLength(2000)
        self.commission_edit = QPlainTextEdit(commission)
        self.commission_edit.setObjectName("act_commission")
        self.commission_edit.setMaximumHeight(90)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("act_confirm")
        self.confirm_edit.textChanged.connect(self._update)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.captions = [QLabel() for _ in range(4)]
        for label, widget in zip(self.captions, (self.trigger_box, self.basis_edit, self.commission_edit,
                                                 self.confirm_edit), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Destroy personal data"))
        self.warning.setText(self.tr("{0} records will be destroyed irreversibly. Nothing can bring them back.")
                             .format(formatting.count(self.count)))
        for label, text in zip(self.captions, (self.tr("&Ground"), self.tr("&Basis (the decision's number and date)"),
                                               self.tr("&Commission or responsible person (one name a line)"),
                                               self.tr("&Type {0} to confirm").format(self.count)), strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Destroy"))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.confirm_edit.text().strip() == str(self.count)
        )

    def _accept(self) -> None:
        if not self.commission():
            self.error.setText(self.tr("Name the commission or the responsible person."))
            self.error.show()
            return
        self.accept()

    def trigger(self) -> DestructionTrigger:
        return DestructionTrigger(self.trigger_box.currentData())

    def basis(self) -> str | None:
        return self.basis_edit.text().strip() or None

    def commission(self) -> list[str]:
        return [line.strip() for line in self.commission_edit.toPlainText().splitlines() if line.strip()]


class ActPanel(QWidget):
    """The act just drawn up: its number, Save as PDF…, Print…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.act: DestructionAct | None = None
        self.label = QLabel()
        self.label.setObjectName("act_label")
        self.label.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("act_save_pdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton()
        self.print_button.setObjectName("act_print")
        self.print_button.clicked.connect(self.print_act)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save the act as &PDF…"))
        self.print_button.setText(self.tr("Pr&int the act…"))
        if getattr(self, "_outcome", None) is not None:
            self.show_outcome(self._outcome)

    def show_outcome(self, outcome: DestructionOutcome) -> None:
        self._outcome = outcome
        self.act = outcome.act
        text = self.tr("Act No. {0}: {1} records destroyed.").format(outcome.act.number,
                                                                   formatting.count(outcome.act.record_count))
        if not outcome.cleanup.complete:
            text += " " + self.tr("The data are destroyed, but the cleanup after them is not finished: see the note "
                                  "above.")
        self.label.setText(text)
        self.show()

    def _title(self) -> str:
        return self.tr("Destruction act {0}").format(self.act.number if self.act else "")

    def write_pdf(self, path: Path) -> None:
        assert self.act is not None
        printed_document.write_pdf(printed_document.document(destruction_act.act_html(self.act)), path, self._title())

    def save_pdf(self) -> None:
        if self.act is None:
            return
        path = ask_pdf_path(self, f"act-{self.act.number.replace('/', '-')}.pdf")
        if path is not None:
            self.write_pdf(path)

    def print_act(self) -> None:
        if self.act is not None:
            printed_document.preview(self, printed_document.document(destruction_act.act_html(self.act)), self._title())


class PendingCleanups(QWidget):
    """Acts whose steps after the commit did not all finish (a file open in another program, the
    store read elsewhere): the data are destroyed, what is left of them is not yet. Says so, with
    Finish, which runs the steps again."""

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pending_cleanups")
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self.acts: list[DestructionAct] = []
        self.label = QLabel()
        self.label.setObjectName("pending_cleanups_label")
        self.label.setWordWrap(True)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("pending_cleanups_finish")
        self.finish_button.clicked.connect(self.finish)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.finish_button)
        self.hide()
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def retranslate(self) -> None:
        self.finish_button.setText(self.tr("&Finish"))
        self._show()

    def reload(self) -> None:
        if not session.may(Permission.PD_DESTROY) or self._task is not None:
            return
        actor, service = session.actor(), self._registry.destruction
        self._task = self._runner.submit(lambda: service.pending(actor), success=self._on_pending,
                                         failure=self._on_failed)

    def finish(self) -> None:
        if self._task is not None:
            return
        actor, service = session.actor(), self._registry.destruction
        self.finish_button.setEnabled(False)
        self._task = self._runner.submit(lambda: service.finish_pending(actor), success=self._on_finished,
                                         failure=self._on_failed)

    def _on_pending(self, acts: list[DestructionAct]) -> None:
        self._task = None
        self.acts = acts
        self._show()

    def _on_finished(self, _done: object) -> None:
        self._task = None
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.label.setText(f"{text.headline} {text.advice}")
        self.finish_button.setEnabled(bool(self.acts))
        self.show()

    def _show(self) -> None:
        self.setVisible(bool(self.acts))
        self.finish_button.setEnabled(bool(self.acts))
        if self.acts:
            self.label.setText(self.tr(
                "The cleanup after destruction act(s) {0} is not finished: a stored file was open in another "
                "program, or the store was read elsewhere. The data are destroyed; close those programs and press "
                "Finish to remove what is left."
            ).format(", ".join(a.number for a in self.acts)))


def run_destruction(
    runner: TaskRunner, op: Callable[[Callable[[int, int], None]], DestructionOutcome], progress: QProgressBar,
    success: Callable[[DestructionOutcome], None], failure: Callable[[BaseException], None],
) -> Task[DestructionOutcome]:
    """The destruction on the runner; its progress reaches the bar through the GUI thread's queue."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    progress.setRange(0, 0)
    progress.show()

    def report(done: int, total: int) -> None:  # on the worker: queued to the bar
        QMetaObject.invokeMethod(progress, "setMaximum", Qt.ConnectionType.QueuedConnection, Q_ARG(int, total))
        QMetaObject.invokeMethod(progress, "setValue", Qt.ConnectionType.QueuedConnection, Q_ARG(int, done))

    def finished(outcome: DestructionOutcome) -> None:
        progress.hide()
        success(outcome)

    def failed(exc: BaseException) -> None:
        progress.hide()
        failure(exc)

    return runner.submit(lambda: op(report), success=finished, failure=failed)


class DueDialog(QDialog):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_dialog")
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self.counts: dict[RecordType, int] = {}
        self.page: DuePage | None = None
        self.counts_label = QLabel()
        self.counts_label.setObjectName("due_counts")
        self.counts_label.setWordWrap(True)
        self.type_box = QComboBox()
        self.type_box.setObjectName("due_type")
        for record_type in RecordType:
            self.type_box.addItem("", record_type)
        self.type_box.currentIndexChanged.connect(self.load_records)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("due_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update)
        self.select_all_button = QPushButton()
        self.select_all_button.setObjectName("due_select_all")
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.destroy_button = QPushButton()
        self.destroy_button.setObjectName("due_destroy")
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.progress = QProgressBar()
        self.progress.hide()
        self.error = error_label()
        self.act_panel = ActPanel()
        self.pending = PendingCleanups(registry, runner)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.type_box, 1)
        top.addWidget(self.select_all_button)
        top.addWidget(self.destroy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.pending)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.act_panel)
        layout.addWidget(close)
        self.resize(820, 560)
        self.retranslate()
        self.reload()
        self.pending.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Records due for destruction"))
        for index in range(self.type_box.count()):
            record_type = RecordType(self.type_box.itemData(index))
            self.type_box.setItemText(index, QCoreApplication.translate("DueDialog", str(_RECORD_TYPE[record_type])))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Period counted from"),
                                              self.tr("Due since"), self.tr("Copies")])
        self.select_all_button.setText(self.tr("Select &all"))
        self.destroy_button.setText(self.tr("&Destroy…"))
        self.act_panel.retranslate()
        self.pending.retranslate()
        self._show_counts()

    @property
    def busy(self) -> bool:
        return self._task is not None or self.pending.busy

    def reload(self) -> None:
        actor = session.actor()
        service = self._registry.retention
        self._task = self._runner.submit(lambda: service.due_counts(actor=actor), success=self._on_counts,
                                         failure=self._on_failed)

    def _on_counts(self, counts: dict[RecordType, int]) -> None:
        self._task = None
        self.counts = counts
        self._show_counts()
        self.load_records()

    def _show_counts(self) -> None:
        if not self.counts:
            self.counts_label.setText(self.tr("Reading…"))
            return
        self.counts_label.setText(self.tr("Due for destruction: incoming appeals {0}, outgoing letters {1}, "
                                          "unfiled scans {2}.").format(
            *(formatting.count(self.counts.get(t, 0)) for t in RecordType)))

    def record_type(self) -> RecordType:
        return RecordType(self.type_box.currentData())

    def load_records(self) -> None:
        if self._task is not None or not self.counts:
            return
        actor, record_type, service = session.actor(), self.record_type(), self._registry.retention
        self._task = self._runner.submit(lambda: service.due(record_type, limit=MAX_LISTED, actor=actor),
                                         success=self._on_records, failure=self._on_failed)

    def _on_records(self, page: DuePage) -> None:
        self._task = None
        self.page = page
        self.table.setRowCount(len(page.records))
        for row, record in enumerate(page.records):
            for column, text in enumerate((record.reference, due_dates.day(record.started_on),
                                           due_dates.day(record.due_since), formatting.count(record.copies))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self._update()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()

    def selected(self) -> list[tuple[RecordType, Any]]:
        if self.page is None:
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [(self.page.records[r].record_type, self.page.records[r].id) for r in rows]

    def _update(self) -> None:
        self.destroy_button.setEnabled(bool(self.selected()) and self._task is None)

    def ask_destroy(self) -> None:
        records = self.selected()
        if not records:
            return
        # the commission is named as on paper, never by logins
        details = ActDetailsDialog(len(records), [DestructionTrigger.RETENTION_EXPIRED], self)
        if details.exec() != QDialog.DialogCode.Accepted:
            return
        self.destroy_records(records, details.commission(), details.basis())

    def destroy_records(self, records: list[tuple[RecordType, Any]], commission: list[str], basis: str | None) -> None:
        actor, service = session.actor(), self._registry.destruction
        self.error.hide()
        self.destroy_button.setEnabled(False)

        def op(report: Callable[[int, int], None]) -> DestructionOutcome:
            return service.destroy_records(records, trigger=DestructionTrigger.RETENTION_EXPIRED.value,
                                           commission=commission, basis=basis, confirm_count=len(records),
                                           actor=actor, progress=report)

        self._task = run_destruction(self._runner, op, self.progress, self._on_destroyed, self._on_failed)

    def _on_destroyed(self, outcome: DestructionOutcome) -> None:
        self._task = None
        self.act_panel.show_outcome(outcome)
        self.reload()
        self.pending.reload()


class DestructionFlow(QObject):
    """The Personal data menu's "Records due for destruction…" and "A person's data…"."""

    def __init__(self, window: QWidget, runner: TaskRunner, registry: Callable[[], Registry | None]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._registry = registry
        self.dialog: QDialog | None = None
        self.due_action = QAction(window)
        self.due_action.setObjectName("due_for_destruction_action")
        self.due_action.triggered.connect(self.show_due)
        self.subject_action = QAction(window)
        self.subject_action.setObjectName("subject_data_action")
        self.subject_action.triggered.connect(self.show_subject)

    def retranslate(self) -> None:
        self.due_action.setText(self.tr("Records &due for destruction…"))
        self.due_action.setToolTip(self.tr("Records whose retention period ran out: destroy them with an act"))
        self.subject_action.setText(self.tr("A &person's data…"))
        self.subject_action.setToolTip(self.tr("What the registry holds about a person: report, block, destroy"))

    def update_state(self, enabled: bool) -> None:
        self.due_action.setEnabled(enabled and session.may(Permission.PD_DESTROY))
        self.subject_action.setEnabled(enabled and session.may(Permission.PD_REQUESTS))

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.done(0)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.show()
        return dialog

    def show_due(self) -> QDialog | None:
        registry = self._registry()
        return self._show(DueDialog(registry, self._runner, self._window)) if registry is not None else None

    def show_subject(self) -> QDialog | None:
        from ui.subject_dialog import SubjectDialog

        registry = self._registry()
        return self._show(SubjectDialog(registry, self._runner, self._window)) if registry is not None else None
