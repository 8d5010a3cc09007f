"""The dialogs of execution control: assign executors, extend the due date, record the result,
remove from control, resume control.

Each dialog sends its action to the core on a worker (never on the GUI thread) and stays open
until the core has accepted it. A refusal is shown in plain words under the field it concerns,
the dialog keeps everything the clerk typed, and the clerk corrects it and presses the button again.
The dialogs are window-modal but do not block (``open``), as the attach result dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import StaffMember
from clerk_app.domain.control import RECOVERING_RESULTS, ControlResult, ControlState, RefusalReason
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import due_dates, labels, palette, session
from ui.error_text import field_message
from ui.field_errors import FieldErrors, error_label
from ui.staff_dialog import StaffForm
from ui.workers import Task, TaskRunner

DIALOG_WIDTH = 560
TEXT_LINES = 4  # the height of a reason or resolution box, in lines
DATE_DISPLAY = "dd.MM.yyyy"
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CardRef:
    """The card a control panel or dialog works on."""

    id: uuid.UUID
    number: str


Operation = Callable[[], Any]


def _font(widget: QWidget, *, bold: bool = False, scale: float = 1.0) -> QFont:
    font = QFont(widget.font())
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_DISPLAY)
    edit.setMinimumWidth(150)
    return edit


def new_due_edit(today: date, shown: date) -> QDateEdit:
    """The new due date of Extend and Resume control: never in the past."""
    edit = date_edit()
    edit.setObjectName("new_due_edit")
    edit.setMinimumDate(to_qdate(today))
    edit.setDate(to_qdate(shown))
    return edit


def text_box(widget: QWidget, object_name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else
    lines = box.fontMetrics().lineSpacing() * TEXT_LINES
    box.setFixedHeight(lines + 2 * box.frameWidth() + 12)
    return box


class ControlDialog(QDialog):
    """What the control dialogs share: the card's number on top, fields with their error lines,
    the general error line, OK and Cancel, and the action run in the background."""

    succeeded = Signal(object)  # the card's new ControlState

    def __init__(
        self, registry: Registry, card: CardRef, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._registry = registry
        self._card = card
        self._runner = runner
        self._task: Task[Any] | None = None
        self._hint_palette = palette.quiet(self.palette())

        # translate() with the base class's own context: self.tr() would look the text up under
        # the subclass's name.
        self.heading = QLabel(QCoreApplication.translate("ControlDialog", "Card No. {0}").format(card.number))
        self.heading.setFont(_font(self, bold=True, scale=1.1))
        self.fields = QVBoxLayout()
        self.fields.setSpacing(4)
        self.general_error = error_label()
        self.general_error.setObjectName("general_error")
        self.errors = FieldErrors(self.general_error)
        self.busy_label = QLabel(QCoreApplication.translate("ControlDialog", "Saving…"))
        self.busy_label.setPalette(self._hint_palette)
        self.busy_label.hide()
        self.button_box = QDialogButtonBox()
        self.ok_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("control_ok_button")
        self.ok_button.setDefault(True)
        self.cancel_button = self.button_box.addButton(
            QCoreApplication.translate("ControlDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.button_box.accepted.connect(self.submit)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(self.fields)
        layout.addStretch(1)  # a taller dialog keeps its fields together, above the buttons
        layout.addWidget(self.general_error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(DIALOG_WIDTH)

    @property
    def card(self) -> CardRef:
        return self._card

    @property
    def busy(self) -> bool:
        return self._task is not None

    def note(self, text: str) -> QLabel:
        """An explanation, quieter than the fields."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setPalette(self._hint_palette)
        return label

    def add_field(
        self, field: str, caption: str, widget: QWidget, *, layout: QVBoxLayout | None = None
    ) -> QLabel:
        """A caption over the field, the field, and its (hidden) error line under it."""
        target = layout if layout is not None else self.fields
        label = QLabel(caption)
        label.setFont(_font(self, bold=True))
        label.setWordWrap(True)
        label.setBuddy(widget)
        target.addSpacing(4)
        target.addWidget(label)
        target.addWidget(widget)
        target.addWidget(self.errors.add(field, widget))
        return label

    # --- the action ---------------------------------------------------------------------------

    def operation(self) -> Operation | None:
        """The core call with what the form holds (run on the worker), or None when a check of the
        form itself failed (already shown next to the field)."""
        raise NotImplementedError

    def submit(self) -> None:
        if self._task is not None:
            return
        self.errors.clear()
        op = self.operation()
        if op is None:
            return
        self._set_busy(True)
        self._task = self._runner.submit(op, success=self._on_success, failure=self._on_failure)

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def _on_success(self, result: Any) -> None:
        self._task = None
        self._set_busy(False)
        self.succeeded.emit(result)
        self.accept()

    def _on_failure(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        self.errors.show(exc)

    def reject(self) -> None:
        if self._task is None:  # an action on its way to the store is waited for (Escape too)
            super().reject()

    @property
    def actor(self) -> Actor:
        return session.actor()


# --- assign --------------------------------------------------------------------------------------


class AssignDialog(ControlDialog):
    """Tick the executors (the first ticked is the lead) and write the resolution; a staff member
    missing from the list is added here."""

    def __init__(
        self,
        registry: Registry,
        card: CardRef,
        runner: TaskRunner,
        staff: tuple[StaffMember, ...],
        state: ControlState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("assign_dialog")
        self.setWindowTitle(self.tr("Assign executors"))
        self.ok_button.setText(self.tr("Assign"))
        self._ticked: list[uuid.UUID] = []  # in the order ticked: the first is the lead

        self.staff_list = QListWidget()
        self.staff_list.setObjectName("executor_list")
        self.staff_list.setMinimumHeight(140)
        self.staff_list.itemChanged.connect(self._on_ticked)
        self.add_field(
            "executors", self.tr("&Responsible executors (tick one or more; the first ticked is the lead):"),
            self.staff_list,
        )
        self.lead_label = QLabel()
        self.lead_label.setObjectName("lead_label")
        self.lead_label.setWordWrap(True)
        self.fields.addWidget(self.lead_label)

        self.empty_note = self.note(
            self.tr("There are no staff members yet. Add the executors below; they are kept in Reference › Staff (executors).")
        )
        self.fields.addWidget(self.empty_note)
        self.add_staff_button = QPushButton(self.tr("Add &staff member…"))
        self.add_staff_button.setObjectName("add_staff_button")
        self.add_staff_button.setAutoDefault(False)
        self.add_staff_button.clicked.connect(self._show_staff_form)
        row = QHBoxLayout()
        row.addWidget(self.add_staff_button)
        row.addStretch(1)
        self.fields.addLayout(row)
        self.staff_form = StaffForm(registry, runner)
        self.staff_form.added.connect(self._on_staff_added)
        self.fields.addWidget(self.staff_form)

        self.resolution_edit = text_box(self, "resolution_edit")
        self.add_field("resolution", self.tr("Resol&ution (the instruction to the executors):"), self.resolution_edit)

        current = state.executors if state is not None else ()
        for member in staff:
            self._add_item(member, checked=member.id in current)
        self._ticked = [e for e in current if any(m.id == e for m in staff)]
        if state is not None and state.resolution:
            self.resolution_edit.setPlainText(state.resolution)
        self.staff_form.setVisible(not staff)
        self.add_staff_button.setVisible(bool(staff))
        self.empty_note.setVisible(not staff)
        self._render_lead()

    def _add_item(self, member: StaffMember, *, checked: bool) -> QListWidgetItem:
        text = f"{member.full_name} — {member.position}" if member.position else member.full_name
        item = QListWidgetItem(text)
        item.setData(STAFF_ID_ROLE, member.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.staff_list.blockSignals(True)
        self.staff_list.addItem(item)
        self.staff_list.blockSignals(False)
        return item

    def _on_ticked(self, item: QListWidgetItem) -> None:
        staff_id = item.data(STAFF_ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            if staff_id not in self._ticked:
                self._ticked.append(staff_id)
        elif staff_id in self._ticked:
            self._ticked.remove(staff_id)
        self._render_lead()

    def _name(self, staff_id: uuid.UUID) -> str:
        for line in range(self.staff_list.count()):
            item = self.staff_list.item(line)
            if item.data(STAFF_ID_ROLE) == staff_id:
                return item.text().split(" — ")[0]
        return ""

    def _render_lead(self) -> None:
        if not self._ticked:
            self.lead_label.setText(self.tr("Nobody is ticked yet."))
            return
        lead = self._name(self._ticked[0])
        others = len(self._ticked) - 1
        if others:
            self.lead_label.setText(self.tr("Lead executor: {0}, and {1} more.").format(lead, others))
        else:
            self.lead_label.setText(self.tr("Lead executor: {0}.").format(lead))

    def _show_staff_form(self) -> None:
        self.staff_form.show()
        self.add_staff_button.hide()
        self.staff_form.name_edit.setFocus()

    def _on_staff_added(self, member: StaffMember) -> None:
        item = self._add_item(member, checked=False)
        item.setCheckState(Qt.CheckState.Checked)  # ticks it, through _on_ticked
        self.staff_list.scrollToItem(item)
        self.empty_note.hide()

    @property
    def ticked(self) -> list[uuid.UUID]:
        return list(self._ticked)

    def reject(self) -> None:
        if not self.staff_form.busy:  # a staff member being saved is waited for too
            super().reject()

    def operation(self) -> Operation | None:
        registry, card_ref, actor = self._registry, str(self._card.id), self.actor
        executors, resolution = list(self._ticked), self.resolution_edit.toPlainText()
        return lambda: registry.control.assign(card_ref, executors, resolution, actor)


# --- extend --------------------------------------------------------------------------------------


class ExtendDialog(ControlDialog):
    """A later due date with its reason; the applicant must be told of the extension."""

    def __init__(
        self,
        registry: Registry,
        card: CardRef,
        runner: TaskRunner,
        state: ControlState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("Extend the due date"))
        self.ok_button.setText(self.tr("Extend"))
        today = astana_today()
        due = state.due_on if state is not None else None
        if due is not None:
            present = self.tr("Present due date: {0} ({1}).").format(
                due_dates.day(due), due_dates.days_note((due - today).days)
            )
        else:
            present = self.tr("The card has no due date yet.")
        self.present_label = QLabel(present)
        self.present_label.setWordWrap(True)
        self.fields.addWidget(self.present_label)

        self.date_edit = new_due_edit(today, max(due or today, today) + timedelta(days=1))
        self.add_field("due_on", self.tr("&New due date:"), self.date_edit)
        self.reason_edit = text_box(self, "reason_edit")
        self.add_field("reason", self.tr("&Reason for the extension:"), self.reason_edit)
        self.fields.addWidget(
            self.note(
                self.tr(
                    "The applicant must be told of the extension within three working days. The program "
                    "reminds you until a reply to the appeal is registered."
                )
            )
        )

    def operation(self) -> Operation | None:
        registry, card_ref, actor = self._registry, str(self._card.id), self.actor
        new_due, reason = from_qdate(self.date_edit.date()), self.reason_edit.toPlainText()
        return lambda: registry.control.extend(card_ref, new_due, reason, actor)


# --- record the result ----------------------------------------------------------------------------


class ResultDialog(ControlDialog):
    """The result of consideration; a refusal needs its reason and an explanation, forwarding its
    addressee and the outgoing number of the covering letter."""

    def __init__(
        self, registry: Registry, card: CardRef, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("result_dialog")
        self.setWindowTitle(self.tr("Record the result of consideration"))
        self.ok_button.setText(self.tr("Record the result"))

        self.result_group = QButtonGroup(self)
        self.result_buttons: dict[ControlResult, QRadioButton] = {}
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(12, 0, 0, 0)
        column.setSpacing(2)
        for result in ControlResult:
            button = QRadioButton(labels.control_result_label(result))
            button.setObjectName(f"result_{result.value}")
            button.toggled.connect(self._update_sections)
            self.result_group.addButton(button)
            self.result_buttons[result] = button
            column.addWidget(button)
        self.add_field("result", self.tr("Result of consideration:"), choices)

        self.refusal_section = QWidget()
        refusal = QVBoxLayout(self.refusal_section)
        refusal.setContentsMargins(0, 0, 0, 0)
        refusal.setSpacing(4)
        self.refusal_combo = QComboBox()
        self.refusal_combo.setObjectName("refusal_reason_combo")
        self.refusal_combo.addItem(self.tr("— choose the reason —"), None)
        for reason in RefusalReason:
            self.refusal_combo.addItem(labels.refusal_reason_label(reason), reason)
        self.add_field("refusal_reason", self.tr("Reason for &refusal:"), self.refusal_combo, layout=refusal)
        self.fields.addWidget(self.refusal_section)

        self.forwarded_section = QWidget()
        forwarded = QVBoxLayout(self.forwarded_section)
        forwarded.setContentsMargins(0, 0, 0, 0)
        forwarded.setSpacing(4)
        self.forwarded_edit = QLineEdit()
        self.forwarded_edit.setObjectName("forwarded_to_edit")
        self.add_field("forwarded_to", self.tr("&Forwarded to (the body or organization):"), self.forwarded_edit, layout=forwarded)
        self.outgoing_edit = QLineEdit()
        self.outgoing_edit.setObjectName("outgoing_number_edit")
        self.add_field(
            "outgoing_number", self.tr("&Outgoing number of the covering letter:"), self.outgoing_edit, layout=forwarded
        )
        self.fields.addWidget(self.forwarded_section)

        self.recovered_section = QWidget()
        recovered = QVBoxLayout(self.recovered_section)
        recovered.setContentsMargins(0, 0, 0, 0)
        recovered.setSpacing(4)
        self.recovered_edit = QLineEdit()
        self.recovered_edit.setObjectName("recovered_amount_edit")
        self.recovered_edit.setMaxLength(24)
        self.recovered_edit.setMaximumWidth(self.recovered_edit.fontMetrics().horizontalAdvance("0") * 20 + 24)
        self.recovered_edit.setToolTip(self.tr("What the consumer got back or was paid, for the quarterly information"))
        self.add_field(
            "recovered_amount", self.tr("Amount &recovered for the consumer, ₸ (not required):"), self.recovered_edit,
            layout=recovered,
        )
        self.fields.addWidget(self.recovered_section)

        self.reason_edit = text_box(self, "reason_edit")
        self.reason_caption = self.add_field("reason", "", self.reason_edit)
        self._update_sections()

    def chosen_result(self) -> ControlResult | None:
        return next((r for r, button in self.result_buttons.items() if button.isChecked()), None)

    def choose(self, result: ControlResult) -> None:
        self.result_buttons[result].setChecked(True)

    def _update_sections(self) -> None:
        result = self.chosen_result()
        self.refusal_section.setVisible(result is ControlResult.REFUSED)
        self.forwarded_section.setVisible(result is ControlResult.FORWARDED)
        self.recovered_section.setVisible(result in RECOVERING_RESULTS)
        if result is ControlResult.REFUSED:
            self.reason_caption.setText(self.tr("E&xplanation of the refusal:"))
        else:
            self.reason_caption.setText(self.tr("&Note (not required):"))
        self.adjustSize()

    def operation(self) -> Operation | None:
        result = self.chosen_result()
        if result is None:
            self.errors.show_field("result", field_message("field.required", "result"))
            self.result_buttons[ControlResult.SATISFIED].setFocus()
            return None
        refused, forwarded = result is ControlResult.REFUSED, result is ControlResult.FORWARDED
        # What a hidden section holds is kept on screen but not sent: it belongs to another result.
        reason: RefusalReason | None = self.refusal_combo.currentData() if refused else None
        forwarded_to = self.forwarded_edit.text() if forwarded else None
        outgoing = self.outgoing_edit.text() if forwarded else None
        recovered = "".join(self.recovered_edit.text().split()) or None if result in RECOVERING_RESULTS else None
        note = self.reason_edit.toPlainText()
        registry, card_ref, actor = self._registry, str(self._card.id), self.actor
        return lambda: registry.control.resolve(
            card_ref, result, actor, refusal_reason=reason, reason=note, forwarded_to=forwarded_to,
            outgoing_number=outgoing, recovered_amount=recovered,
        )


# --- remove from control ----------------------------------------------------------------------------


class RemoveDialog(ControlDialog):
    """The card leaves control; the reply is linked (the latest one unless another is named)."""

    def __init__(
        self,
        registry: Registry,
        card: CardRef,
        runner: TaskRunner,
        state: ControlState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("remove_dialog")
        self.setWindowTitle(self.tr("Remove from control"))
        self.ok_button.setText(self.tr("Remove from control"))
        result = state.result if state is not None else None
        if result is not None:
            self.fields.addWidget(QLabel(self.tr("Result: {0}.").format(labels.control_result_label(result))))
        explanation = self.tr(
            "The card leaves execution control. The latest outgoing reply registered to this appeal is "
            "linked to it. Enter a number below only to link another outgoing letter."
        )
        if result is ControlResult.WITHDRAWN:
            explanation += " " + self.tr("An appeal withdrawn by the applicant needs no reply.")
        self.fields.addWidget(self.note(explanation))
        self.reply_edit = QLineEdit()
        self.reply_edit.setObjectName("reply_edit")
        self.reply_edit.setPlaceholderText(self.tr("for example 01/O-0012/26"))
        self.add_field("reply", self.tr("&Number of the outgoing reply (not required):"), self.reply_edit)

    def operation(self) -> Operation | None:
        registry, card_ref, actor = self._registry, str(self._card.id), self.actor
        reply = self.reply_edit.text().strip() or None
        return lambda: registry.control.remove_from_control(card_ref, actor, reply_ref=reply)

    def show_error(self, exc: BaseException) -> None:
        # A reply number that names no card is the clerk's typing, not a missing card.
        self.errors.show(exc, not_found_field="reply" if self.reply_edit.text().strip() else None)


# --- reopen ---------------------------------------------------------------------------------------


class ReopenDialog(ControlDialog):
    """Back under control, with the reason; a new due date if the old one has passed."""

    def __init__(
        self,
        registry: Registry,
        card: CardRef,
        runner: TaskRunner,
        state: ControlState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("reopen_dialog")
        self.setWindowTitle(self.tr("Resume control"))
        self.ok_button.setText(self.tr("Resume control"))
        self.fields.addWidget(
            self.note(self.tr("The card goes back under execution control; the recorded result is cancelled."))
        )
        self.reason_edit = text_box(self, "reason_edit")
        self.add_field("reason", self.tr("&Reason:"), self.reason_edit)
        today = astana_today()
        self.new_due_check = QCheckBox(self.tr("Set a &new due date:"))
        self.new_due_check.setObjectName("new_due_check")
        due = state.due_on if state is not None else None
        self.date_edit = new_due_edit(today, max(due or today, today))
        self.date_edit.setEnabled(False)
        self.new_due_check.toggled.connect(self.date_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.new_due_check)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.fields.addSpacing(4)
        self.fields.addLayout(row)
        self.fields.addWidget(self.errors.add("due_on", self.date_edit))
        if due is not None:
            self.fields.addWidget(self.note(self.tr("Otherwise the due date stays {0}.").format(due_dates.day(due))))

    def operation(self) -> Operation | None:
        registry, card_ref, actor = self._registry, str(self._card.id), self.actor
        reason = self.reason_edit.toPlainText()
        new_due = from_qdate(self.date_edit.date()) if self.new_due_check.isChecked() else None
        return lambda: registry.control.reopen(card_ref, reason, actor, new_due=new_due)
