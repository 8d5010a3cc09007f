"""Print a registration journal: the journal and the period (the current month by default), then
Preview/Print… or Save PDF…. Reading the store and writing the PDF run on a worker; the preview
paints the loaded entries on the GUI thread (a QPrinter belongs to it)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.enums import Direction
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import JournalEntry, JournalHeading
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import formatting
from ui.error_text import in_one_line
from ui.printing import journal
from ui.printing.saved import SavedPrintout
from ui.workers import Task, TaskRunner


def current_month(today: date) -> tuple[date, date]:
    return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save (a module function: tests replace it)."""
    from ui import destruction_dialog

    return destruction_dialog.ask_pdf_path(parent, suggested)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class JournalPrintDialog(QDialog):
    def __init__(self, registry: Registry, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_print_dialog")
        self._registry, self._actor = registry, actor
        self._runner = runner or TaskRunner(self)
        self._task: Task[object] | None = None
        self.journal_box = QComboBox()
        self.journal_box.setObjectName("journal_print_journal")
        self.journal_box.addItem("", Direction.INCOMING)
        self.journal_box.addItem("", Direction.OUTGOING)
        first, last = current_month(today or astana_today())
        self.from_edit = QDateEdit(_qdate(first))
        self.from_edit.setObjectName("journal_print_from")
        self.to_edit = QDateEdit(_qdate(last))
        self.to_edit.setObjectName("journal_print_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.status = QLabel()
        self.status.setObjectName("journal_print_status")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("journal_print_preview")
        self.save_button = QPushButton()
        self.save_button.setObjectName("journal_print_save")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.journal_box)
        form.addRow(self._labels[1], self.from_edit)
        form.addRow(self._labels[2], self.to_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("JournalPrintDialog", "Print a registration journal"))
        self.journal_box.setItemText(0, QCoreApplication.translate("JournalPrintDialog", "Incoming appeals"))
        self.journal_box.setItemText(1, QCoreApplication.translate("JournalPrintDialog", "Outgoing letters"))
        for label, text in zip(self._labels, (QCoreApplication.translate("JournalPrintDialog", "Journal:"), QCoreApplication.translate("JournalPrintDialog", "From:"), QCoreApplication.translate("JournalPrintDialog", "To:")), strict=True):
            label.setText(text)
        self.preview_button.setText(QCoreApplication.translate("JournalPrintDialog", "Preview/Print…"))
        self.save_button.setText(QCoreApplication.translate("JournalPrintDialog", "Save PDF…"))

    def choice(self) -> tuple[Direction, date, date]:
        return Direction(self.journal_box.currentData()), _date(self.from_edit.date()), _date(self.to_edit.date())

    def busy(self) -> bool:
        return self._task is not None

    def _run(self, op: Callable[[], object], done: Callable[[object], None]) -> None:
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("JournalPrintDialog", "Preparing the journal…"))

        def finished(result: object) -> None:
            self._idle("")
            done(result)

        self._task = self._runner.submit(op, success=finished, failure=lambda exc: self._idle(in_one_line(exc)))

    def _idle(self, text: str) -> None:
        self._task = None
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(text)

    def preview(self) -> None:
        direction, start, end = self.choice()
        registry, actor = self._registry, self._actor

        def loaded(result: object) -> None:
            heading, entries = cast(tuple[JournalHeading, list[JournalEntry] | None], result)
            self.status.setText(QCoreApplication.translate("JournalPrintDialog", "%1 entries").replace("%1", str(heading.entries)))
            if entries is not None:
                journal.preview_loaded(self, heading, entries)
            elif offer_pdf_instead(self, heading.entries):
                self.save_pdf()

        self._run(lambda: journal.load_journal(registry, actor, direction, start, end), loaded)

    def save_pdf(self) -> None:
        direction, start, end = self.choice()
        path = ask_pdf_path(self, f"journal-{direction.value}-{start.isoformat()}-{end.isoformat()}.pdf")
        if path is None:
            return
        registry, actor = self._registry, self._actor

        def saved(result: object) -> None:
            assert isinstance(result, SavedPrintout)
            self.status.setText(QCoreApplication.translate("JournalPrintDialog", "Saved %1: %2 entries, %3 sheets.").replace("%1", str(result.path))
                                .replace("%2", str(result.rows)).replace("%3", str(result.pages)))

        self._run(lambda: journal.save_journal(registry, actor, direction=direction, start=start, end=end, path=path),
                  saved)


def offer_pdf_instead(parent: QWidget, entries: int) -> bool:
    """A journal too long for the preview: saved as PDF, which any PDF reader prints (a module
    function: tests replace it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("JournalPrintDialog", "A long journal"),
        QCoreApplication.translate(
            "JournalPrintDialog",
            "The journal holds %1 entries: its preview would hold up the window for a long time. "
            "Save it as PDF and print the PDF instead?",
        ).replace("%1", formatting.count(entries)),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def open_journal_print_dialog(parent: QWidget | None, registry: Registry, actor: Actor,
                              runner: TaskRunner | None = None) -> JournalPrintDialog:
    """Shows the dialog (non-modal; deleted when closed) and returns it."""
    dialog = JournalPrintDialog(registry, actor, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
