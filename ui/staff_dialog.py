"""Reference › Staff (executors): the body's staff members who can be made the executors of an
appeal, and a short form to add one (full name and position). The same form is offered inside the
Assign dialog, so that a new body can assign its first appeal without leaving it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import StaffMember
from clerk_app.services.registry import Registry
from ui import palette
from ui.field_errors import FieldErrors, error_label
from ui.workers import Task, TaskRunner

DIALOG_SIZE = (620, 480)


def _bold(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font


class StaffForm(QWidget):
    """Full name and position of a new staff member, and the button that adds them (in the
    background); a refusal is shown under the field it concerns."""

    added = Signal(object)  # StaffMember

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_form")
        self._registry = registry
        self._runner = runner
        self._task: Task[StaffMember] | None = None
        self.name_caption = QLabel()
        self.name_caption.setFont(_bold(self))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("staff_full_name")
        self.name_edit.setMaxLength(300)
        self.position_caption = QLabel()
        self.position_caption.setFont(_bold(self))
        self.position_edit = QLineEdit()
        self.position_edit.setObjectName("staff_position")
        self.position_edit.setMaxLength(300)
        self.name_caption.setBuddy(self.name_edit)
        self.position_caption.setBuddy(self.position_edit)
        self.add_button = QPushButton()
        self.add_button.setObjectName("staff_add_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        for edit in (self.name_edit, self.position_edit):
            edit.installEventFilter(self)  # Enter adds the member; it does not press the dialog's OK
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for caption, edit, field in (
            (self.name_caption, self.name_edit, "full_name"),
            (self.position_caption, self.position_edit, "position"),
        ):
            layout.addWidget(caption)
            layout.addWidget(edit)
            layout.addWidget(self.errors.add(field, edit))
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch()
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def submit(self) -> None:
        if self._task is not None:
            return
        self.errors.clear()
        entry: dict[str, Any] = {"full_name": self.name_edit.text()}
        if self.position_edit.text().strip():
            entry["position"] = self.position_edit.text()
        registry = self._registry
        self.add_button.setEnabled(False)
        self._task = self._runner.submit(
            lambda: registry.references.add_staff_member(entry), success=self._on_added, failure=self._on_failed
        )

    def _on_added(self, member: StaffMember) -> None:
        self._task = None
        self.add_button.setEnabled(True)
        self.name_edit.clear()
        self.position_edit.clear()
        self.name_edit.setFocus()
        self.added.emit(member)

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.add_button.setEnabled(True)
        self.errors.show(exc)

    def retranslate(self) -> None:
        self.name_caption.setText(self.tr("&Full name:"))
        self.name_edit.setPlaceholderText(self.tr("Surname, given name, patronymic"))
        self.position_caption.setText(self.tr("P&osition (not required):"))
        self.add_button.setText(self.tr("&Add to the list"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.name_edit, self.position_edit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StaffDialog(QDialog):
    """The staff list and the form to add to it; closing keeps what was added (each entry is saved
    as it is added)."""

    staffChanged = Signal()

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_dialog")
        self._registry = registry
        self._runner = runner
        self._members: list[StaffMember] = []
        self._loading: Task[list[StaffMember]] | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("staff_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setPalette(palette.quiet(self.empty_note.palette()))
        self.add_title = QLabel()
        self.add_title.setFont(_bold(self))
        self.form = StaffForm(registry, runner)
        self.form.added.connect(self._on_added)
        self.button_box = QDialogButtonBox()
        self.close_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addSpacing(6)
        layout.addWidget(self.add_title)
        layout.addWidget(self.form)
        layout.addWidget(self.button_box)
        self.resize(*DIALOG_SIZE)
        self.retranslate()
        self._load()

    @property
    def members(self) -> list[StaffMember]:
        return list(self._members)

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def _load(self) -> None:
        registry = self._registry
        self._loading = self._runner.submit(registry.references.staff, success=self._on_loaded, failure=self._on_failed)

    def _on_loaded(self, members: list[StaffMember]) -> None:
        self._loading = None
        self._members = sorted(members, key=lambda m: m.full_name.casefold())
        self._fill()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = None
        self.form.errors.show(exc)

    def _on_added(self, member: StaffMember) -> None:
        self._members = sorted([*self._members, member], key=lambda m: m.full_name.casefold())
        self._fill()
        line = next(i for i, m in enumerate(self._members) if m.id == member.id)
        self.table.selectRow(line)
        self.staffChanged.emit()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._members))
        for line, member in enumerate(self._members):
            for column, text in enumerate((member.full_name, member.position or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(line, column, item)
        self.empty_note.setVisible(not self._members and self._loading is None)

    def reject(self) -> None:
        if not self.form.busy:  # an entry being saved is waited for
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff (executors)"))
        self.intro.setText(
            self.tr(
                "The staff members who can be made the responsible executors of appeals. "
                "Each one you add is saved at once."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Position")])
        self.empty_note.setText(self.tr("The list is empty. Add the first staff member below."))
        self.add_title.setText(self.tr("Add a staff member"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
