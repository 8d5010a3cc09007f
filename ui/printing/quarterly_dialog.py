"""The quarterly information dialog: year and quarter (the last finished one by default), its
deadline, Preview/Print…, Save PDF…, Save XLSX…, Save JSON…, an optional template of the body's own,
and "Mark as sent" that stops the deadline reminder. Counting and saving run on the store runner."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.quarterly import FIRST_YEAR, LAST_YEAR, Quarter, QuarterlyReport, last_finished
from clerk_app.domain.quarterly_template import QuarterlyTemplate, load_template
from clerk_app.services.context import Actor
from clerk_app.services.quarterly import QuarterlyService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui.printing.quarterly import error_message, preview_quarterly, save_quarterly
from ui.printing.report_labels import tr as _tr
from ui.printing.saved import SavedPrintout
from ui.workers import Task, TaskRunner

CONTEXT = "QuarterlyDialog"
TEMPLATE_SETTING = "printing/quarterly_template"  # the body's own template file, remembered per desk
FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("QuarterlyDialog", "PDF files (*.pdf)"),
    "xlsx": QT_TRANSLATE_NOOP("QuarterlyDialog", "Excel workbooks (*.xlsx)"),
    "json": QT_TRANSLATE_NOOP("QuarterlyDialog", "JSON files (*.json)"),
}


def tr(text: str) -> str:
    return _tr(text, CONTEXT)


class QuarterlyDialog(QDialog):
    sentMarked = Signal()  # a quarter was marked sent: the deadline reminder checks again
    def __init__(self, registry: Registry, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarterly_dialog")
        self._registry, self._actor = registry, actor
        self._runner = runner or TaskRunner(self)
        self._task: Task[object] | None = None
        due = last_finished(astana_today())
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(due.year)
        self.quarter = QComboBox()
        for number in range(1, 5):
            self.quarter.addItem(str(number), number)
        self.quarter.setCurrentIndex(due.number - 1)
        self.deadline = QLabel()
        self.deadline.setObjectName("quarterly_deadline")
        self.template = QLineEdit(str(QSettings().value(TEMPLATE_SETTING, "") or ""))
        self.template.setObjectName("quarterly_template")
        self.template.setPlaceholderText(QCoreApplication.translate("QuarterlyDialog", "The default layout"))
        self.template.setClearButtonEnabled(True)
        browse = QPushButton(QCoreApplication.translate("QuarterlyDialog", "Choose…"))
        browse.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("QuarterlyDialog", "Year:"), self.year)
        form.addRow(QCoreApplication.translate("QuarterlyDialog", "Quarter:"), self.quarter)
        form.addRow(QCoreApplication.translate("QuarterlyDialog", "Deadline:"), self.deadline)
        form.addRow(QCoreApplication.translate("QuarterlyDialog", "Template:"), template_row)
        self.status = QLabel()
        self.status.setObjectName("quarterly_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("preview", QCoreApplication.translate("QuarterlyDialog", "Preview/Print…"), self.preview),
            ("pdf", QCoreApplication.translate("QuarterlyDialog", "Save PDF…"), lambda: self.ask_and_save("pdf")),
            ("xlsx", QCoreApplication.translate("QuarterlyDialog", "Save XLSX…"), lambda: self.ask_and_save("xlsx")),
            ("json", QCoreApplication.translate("QuarterlyDialog", "Save JSON…"), lambda: self.ask_and_save("json")),
            ("sent", QCoreApplication.translate("QuarterlyDialog", "Mark as sent"), self.mark_sent),
        ):
            button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"quarterly_{key}_button")
            button.clicked.connect(slot)
            self.action_buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + html.escape(QCoreApplication.translate("QuarterlyDialog", "Quarterly information to the authorized body")) + "</b>"))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setWindowTitle(QCoreApplication.translate("QuarterlyDialog", "Quarterly information"))
        self.year.valueChanged.connect(self._show_deadline)
        self.quarter.currentIndexChanged.connect(self._show_deadline)
        self._show_deadline()

    def selected(self) -> Quarter:
        return Quarter(self.year.value(), int(self.quarter.currentData()))

    def template_path(self) -> Path | None:
        text = self.template.text().strip()
        return Path(text) if text else None

    def _show_deadline(self) -> None:
        q = self.selected()
        self.deadline.setText(QCoreApplication.translate("QuarterlyDialog", "no later than {0}").format(q.deadline.strftime("%d.%m.%Y")))

    def choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("QuarterlyDialog", "The layout template"), self.template.text(),
                                                QCoreApplication.translate("QuarterlyDialog", "Templates (*.json)"))
        if chosen:
            self.template.setText(chosen)

    def _remember_template(self) -> None:
        QSettings().setValue(TEMPLATE_SETTING, self.template.text().strip())

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in self.action_buttons.values():
            button.setEnabled(not busy)
        self.status.setText(text)

    def _run(self, op: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy(True, QCoreApplication.translate("QuarterlyDialog", "Counting the quarter…"))
        self._task = self._runner.submit(op, success=done, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy(False)
        QMessageBox.warning(self, QCoreApplication.translate("QuarterlyDialog", "Quarterly information"), error_message(exc))

    def preview(self) -> None:
        q, template_file, actor = self.selected(), self.template_path(), self._actor
        service = QuarterlyService(self._registry.store)
        self._remember_template()

        def load() -> tuple[QuarterlyReport, QuarterlyTemplate]:
            layout = load_template(template_file)
            return service.report(q.year, q.number, actor), layout

        def loaded(result: object) -> None:
            self._task = None
            self._busy(False)
            assert isinstance(result, tuple)
            report, layout = result
            preview_quarterly(self, self._registry, actor, report, layout)

        self._run(load, loaded)

    def ask_and_save(self, fmt: str) -> None:
        q = self.selected()
        suggested = f"quarterly-{q.year}-q{q.number}.{fmt}"
        chosen, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("QuarterlyDialog", "Save the quarterly information"), suggested,
                                                tr(str(FILTERS[fmt])))
        if chosen:
            path = Path(chosen)
            self.save(path if path.suffix else path.with_suffix("." + fmt))

    def save(self, path: Path) -> None:
        q, template_file, registry, actor = self.selected(), self.template_path(), self._registry, self._actor
        self._remember_template()

        def saved(result: object) -> None:
            self._task = None
            assert isinstance(result, SavedPrintout)
            pages = QCoreApplication.translate("QuarterlyDialog", " ({0} pages)").format(result.pages) if result.pages else ""
            self._busy(False, QCoreApplication.translate("QuarterlyDialog", "Saved: {0}{1}.").format(result.path, pages))

        self._run(lambda: save_quarterly(registry, actor, year=q.year, quarter=q.number, path=path,
                                         template=template_file), saved)

    def mark_sent(self) -> None:
        q, actor, service = self.selected(), self._actor, QuarterlyService(self._registry.store)

        def done(_result: object) -> None:
            self._task = None
            self._busy(False, QCoreApplication.translate("QuarterlyDialog", "Quarter {0} of {1} is marked as sent on {2}.").format(
                q.number, q.year, astana_today().strftime("%d.%m.%Y")))
            self.sentMarked.emit()

        self._run(lambda: service.mark_sent(q.year, q.number, actor), done)


def open_quarterly_dialog(parent: QWidget | None, registry: Registry, actor: Actor,
                          runner: TaskRunner | None = None) -> QuarterlyDialog:
    """Shows the quarterly information dialog (non-modal) and returns it."""
    dialog = QuarterlyDialog(registry, actor, runner, parent)
    dialog.show()
    return dialog

