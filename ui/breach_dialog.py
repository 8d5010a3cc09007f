"""Personal data › Breach register…: the register of personal-data security breaches (R47) for the
personal-data officer. The list shows each breach's state and notice deadline (overdue in red,
due today in amber, closed in grey); New…, Edit…, Mark notified…, Close… change it; Notice text
shows the letter to the authorized body to copy or print. Everything is read and written on the
store runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.breaches import Breach, BreachFilter, BreachNotice, BreachState, ResponsiblePerson
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import breach_texts, formatting, printed_document, session
from ui.breach_forms import BreachEditForm, BreachForm, CloseForm, NotifyForm, ResponsibleForm
from ui.error_text import describe
from ui.field_errors import error_label
from ui.table_selection import selected_item
from ui.workers import Task, TaskRunner

OVERDUE_COLOUR = QColor("#f8d7da")
DUE_TODAY_COLOUR = QColor("#fff3cd")
CLOSED_COLOUR = QColor("#6c757d")


class Column:
    NUMBER, DETECTED, STATE, DUE, PERSONS, NOTIFIED = range(6)


class NoticeDialog(QDialog):
    """The notice letter, to copy into an e-mail or the e-government form, or to print."""

    def __init__(self, notice: BreachNotice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breach_notice_dialog")
        self.notice = notice
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("breach_notice_text")
        self.text_edit.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("breach_notice_copy")
        self.copy_button.clicked.connect(self.copy)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("breach_notice_print")
        self.print_button.clicked.connect(self.print_notice)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notice of breach {0}").format(self.notice.breach.number))
        self.copy_button.setText(self.tr("&Copy"))
        self.print_button.setText(self.tr("&Print…"))
        self.text_edit.setPlainText(breach_texts.notice_letter(self.notice))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text_edit.toPlainText())
        self.status.setText(self.tr("Copied. Paste it into the letter or the form."))

    def print_notice(self) -> None:
        """The print preview of the letter in the bundled font (every Kazakh letter prints)."""
        printed_document.preview(self, printed_document.document(text=self.text_edit.toPlainText()), self.windowTitle())


class BreachRegisterDialog(QDialog):
    changed = Signal()  # a breach recorded, changed, notified or closed: the reminders count again

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breach_register_dialog")
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self.breaches: list[Breach] = []
        self.form: BreachForm | None = None
        self.notice_dialog: NoticeDialog | None = None
        self._responsible = ResponsiblePerson()
        self._select_after: str | None = None  # a breach just saved: selected once the list is read
        self.show_caption = QLabel()
        self.show_box = QComboBox()
        self.show_box.setObjectName("breach_show_box")
        for which in (BreachFilter.OPEN, BreachFilter.OVERDUE, BreachFilter.ALL):
            self.show_box.addItem("", which.value)
        self.show_caption.setBuddy(self.show_box)
        self.show_box.currentIndexChanged.connect(self.reload)
        self.deadline_note = QLabel()
        self.deadline_note.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("breach_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.error = error_label()
        self.error.setObjectName("breach_register_error")
        self.new_button = self._button("breach_new_button", self.new)
        self.edit_button = self._button("breach_edit_button", self.edit)
        self.notify_button = self._button("breach_notify_button", self.mark_notified)
        self.close_breach_button = self._button("breach_close_button", self.close_breach)
        self.notice_button = self._button("breach_notice_button", self.show_notice)
        self.responsible_button = self._button("breach_responsible_button", self.edit_responsible)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.show_caption)
        top.addWidget(self.show_box)
        top.addStretch(1)
        top.addWidget(self.responsible_button)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.notify_button, self.close_breach_button, self.notice_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.deadline_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
        self.retranslate()
        self._update_buttons()
        self.reload()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register of personal-data breaches"))
        self.show_caption.setText(self.tr("&Show:"))
        for index, text in enumerate((self.tr("Not closed"), self.tr("Overdue notices"), self.tr("All"))):
            self.show_box.setItemText(index, text)
        self.deadline_note.setText(self.tr(
            "A breach is notified to the authorized body for personal data within one working day of its "
            "detection, with the contact details of the person responsible for personal data."
        ))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Detected"), self.tr("State"), self.tr("Notice due"), self.tr("Persons"),
            self.tr("Notified"),
        ])
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.notify_button.setText(self.tr("&Mark notified…"))
        self.close_breach_button.setText(self.tr("Close the &breach…"))
        self.notice_button.setText(self.tr("Notice &text…"))
        self.responsible_button.setText(self.tr("&Responsible person…"))
        self._fill()

    # --- reading -------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        if self._task is not None:
            self._task.discard()
        which = BreachFilter(self.show_box.currentData())
        service, actor = self._registry.breaches, session.actor()

        def read() -> tuple[list[Breach], ResponsiblePerson]:
            return service.list(actor, which), service.responsible_person()

        self._task = self._runner.submit(read, success=self._on_read, failure=self._on_failed)

    def _on_read(self, result: tuple[list[Breach], ResponsiblePerson]) -> None:
        self._task = None
        self.breaches, self._responsible = result
        self.error.hide()
        self._fill()
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()

    def _fill(self) -> None:
        selected = self.selected()
        today = astana_today()
        self.table.setRowCount(len(self.breaches))
        for row, b in enumerate(self.breaches):
            persons = "" if b.subjects_count is None else formatting.count(b.subjects_count)
            cells = [
                b.number, formatting.date_time(b.detected_at), breach_texts.status_text(b, today),
                b.notice_due_on.strftime("%d.%m.%Y"), persons,
                formatting.date_time(b.notified_at) if b.notified_at else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, b.number)
                if b.is_overdue(today):
                    item.setBackground(QBrush(OVERDUE_COLOUR))
                elif b.is_due_today(today):
                    item.setBackground(QBrush(DUE_TODAY_COLOUR))
                elif b.state is BreachState.CLOSED:
                    item.setForeground(QBrush(CLOSED_COLOUR))
                self.table.setItem(row, column, item)
            if selected is not None and b.number == selected.number:
                self.table.selectRow(row)
        self._update_buttons()

    def show_only(self, which: BreachFilter) -> None:
        self.show_box.setCurrentIndex(self.show_box.findData(which.value))

    def selected(self) -> Breach | None:
        return selected_item(self.table, self.breaches)

    def select(self, number: str) -> None:
        for row, b in enumerate(self.breaches):
            if b.number == number:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        b = self.selected()
        still_open = b is not None and b.state is not BreachState.CLOSED
        self.edit_button.setEnabled(still_open)
        self.notify_button.setEnabled(still_open and b is not None and b.state is BreachState.OPEN)
        self.close_breach_button.setEnabled(still_open)
        self.notice_button.setEnabled(b is not None)

    # --- actions --------------------------------------------------------------------------------------

    def _open_form(self, form: BreachForm) -> None:
        self.form = form
        form.saved.connect(self._on_saved)
        form.finished.connect(self._forget_form)
        form.open()

    def _forget_form(self, _result: int = 0) -> None:
        if self.form is not None:
            self.form.deleteLater()
        self.form = None

    def _on_saved(self, result: object) -> None:
        if isinstance(result, Breach):
            self._select_after = result.number
        self.reload()
        self.changed.emit()

    def new(self) -> None:
        self._open_form(BreachEditForm(self._registry, self._runner, self._responsible, None, self))

    def edit(self) -> None:
        b = self.selected()
        if b is not None and b.state is not BreachState.CLOSED:
            self._open_form(BreachEditForm(self._registry, self._runner, self._responsible, b, self))

    def mark_notified(self) -> None:
        b = self.selected()
        if b is not None and b.state is BreachState.OPEN:
            self._open_form(NotifyForm(self._registry, self._runner, b, self))

    def close_breach(self) -> None:
        b = self.selected()
        if b is not None and b.state is not BreachState.CLOSED:
            self._open_form(CloseForm(self._registry, self._runner, b, self))

    def edit_responsible(self) -> None:
        self._open_form(ResponsibleForm(self._registry, self._runner, self._responsible, self))

    def show_notice(self) -> None:
        b = self.selected()
        if b is None:
            return
        service, actor, number = self._registry.breaches, session.actor(), b.number
        self._runner.submit(lambda: service.notice(number, actor), success=self._open_notice, failure=self._on_failed)

    def _open_notice(self, notice: BreachNotice) -> None:
        dialog = NoticeDialog(notice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_notice)
        self.notice_dialog = dialog
        dialog.open()

    def _forget_notice(self, _result: int = 0) -> None:
        self.notice_dialog = None
