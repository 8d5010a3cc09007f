"""Card › Personal data grounds…: each natural person of the card on screen with the legal ground
for processing their data (R31) and its state, and the dialogs that record a consent with its
eight elements, an art. 9 case, a withdrawal (R33), and attach the scanned signed form (R32).

Everything reaches the store on the window's runner; the recording dialogs are control dialogs
(ui/control_dialogs.py): a refusal is shown next to its field and nothing typed is lost."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.consent import (
    ConsentElements,
    ConsentMethod,
    ExceptionCase,
    GroundKind,
    GroundState,
    PersonGround,
)
from clerk_app.services.consent import WRITTEN_CONSENT_TERM, CardGrounds, ConsentDefaults
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import copy_dialogs, due_dates, session
from ui.card_on_screen import CardOnScreen
from ui.control_dialogs import CardRef, ControlDialog, Operation, date_edit, from_qdate, text_box, to_qdate
from ui.error_text import describe
from ui.field_errors import error_label
from ui.workers import Task, TaskRunner

DEFAULT_TERM_YEARS = 5  # a proposed last day of the consent; the clerk types what the form says


def method_label(method: ConsentMethod) -> str:
    return {
        ConsentMethod.IN_WRITING: QCoreApplication.translate("ConsentTexts", "In writing (signed form)"),
        ConsentMethod.STATE_SERVICE: QCoreApplication.translate("ConsentTexts", "Through the state service"),
        ConsentMethod.NON_STATE_SERVICE: QCoreApplication.translate("ConsentTexts", "Through a non-state service"),
        ConsentMethod.OTHER: QCoreApplication.translate("ConsentTexts", "Another way that can be confirmed"),
    }[method]


def case_label(case: ExceptionCase) -> str:
    return {
        ExceptionCase.LAW_ENFORCEMENT: QCoreApplication.translate("ConsentTexts", "Art. 9(1): administrative-offence cases, courts, enforcement proceedings"),
        ExceptionCase.TREATY: QCoreApplication.translate("ConsentTexts", "Art. 9(4): implementing a ratified international treaty"),
        ExceptionCase.PROTECT_RIGHTS: QCoreApplication.translate("ConsentTexts", "Art. 9(5): protecting rights and freedoms when consent cannot be obtained"),
        ExceptionCase.LEGAL_DUTY: QCoreApplication.translate("ConsentTexts", "Art. 9(8): the person did not fulfil a legal duty to provide the data"),
        ExceptionCase.OTHER_LAW: QCoreApplication.translate("ConsentTexts", "Art. 9(10): another case established by law (name the law)"),
    }[case]


def data_field_label(code: str) -> str:
    texts = {
        "surname": QCoreApplication.translate("ConsentTexts", "surname"), "given_name": QCoreApplication.translate("ConsentTexts", "name"), "patronymic": QCoreApplication.translate("ConsentTexts", "patronymic"), "iin": QCoreApplication.translate("ConsentTexts", "IIN"),
        "address": QCoreApplication.translate("ConsentTexts", "address"), "phone": QCoreApplication.translate("ConsentTexts", "phone"), "email": QCoreApplication.translate("ConsentTexts", "e-mail"),
        "appeal_text": QCoreApplication.translate("ConsentTexts", "the text of the appeal"), "copies": QCoreApplication.translate("ConsentTexts", "copies of the documents"),
    }
    return texts.get(code, code)


def state_text(person: PersonGround) -> str:
    """What the person's ground is, in one line."""
    ground = person.ground
    if ground is None:
        return QCoreApplication.translate("ConsentTexts", "No ground recorded")
    if person.state is GroundState.EXCEPTION:
        assert ground.exception_case is not None
        return QCoreApplication.translate("ConsentTexts", "Processing without consent: {0}").format(case_label(ground.exception_case))
    if person.state is GroundState.WITHDRAWN:
        assert ground.withdrawal is not None
        return QCoreApplication.translate("ConsentTexts", "Consent withdrawn on {0}").format(due_dates.day(ground.withdrawal.withdrawn_on))
    consent = ground.consent
    assert consent is not None
    if person.state is GroundState.EXPIRED:
        assert consent.valid_until is not None
        return QCoreApplication.translate("ConsentTexts", "Consent expired on {0}").format(due_dates.day(consent.valid_until))
    in_the_appeal = consent.term_text == WRITTEN_CONSENT_TERM  # the registration form's tick: the appeal is the form
    if consent.valid_until:
        term = QCoreApplication.translate("ConsentTexts", "until {0}").format(due_dates.day(consent.valid_until))
    elif in_the_appeal:  # stored in the core's words: said in the user's language
        term = QCoreApplication.translate("ConsentTexts", "in the appeal, until its storage period ends")
    else:
        term = consent.term_text or ""
    text = QCoreApplication.translate("ConsentTexts", "Consent {0}").format(term)
    text += "; " + (QCoreApplication.translate("ConsentTexts", "transfer to third parties allowed") if consent.third_party_transfer
                    else QCoreApplication.translate("ConsentTexts", "no transfer to third parties"))
    if ground.method is ConsentMethod.IN_WRITING and ground.form_copy_id is None and not in_the_appeal:
        text += "; " + QCoreApplication.translate("ConsentTexts", "signed form not attached")
    if ground.withdrawal is not None and ground.withdrawal.refused:
        text += "; " + QCoreApplication.translate("ConsentTexts", "withdrawal refused by law")
    return text


# --- recording dialogs ------------------------------------------------------------------------------


class ConsentDialog(ControlDialog):
    """A consent with its eight elements (PD Law art. 8(4)) and how it was given."""

    def __init__(
        self, registry: Registry, card: CardRef, runner: TaskRunner, person: PersonGround, defaults: ConsentDefaults,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.ok_button.setText(self.tr("Record consent"))
        self._position = person.position
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(560)  # the eight elements at once on a 768-pixel screen
        self.fields.addWidget(scroll, 1)

        self.operator_edit = QLineEdit(defaults.operator_name)
        self.operator_edit.setObjectName("operator_name_edit")
        self.add_field("operator_name", self.tr("1) &Operator (the body that processes the data):"), self.operator_edit,
                       layout=column)
        self.bin_edit = QLineEdit(defaults.operator_bin)
        self.bin_edit.setObjectName("operator_bin_edit")
        self.add_field("operator_bin", self.tr("Operator's &BIN (IIN):"), self.bin_edit, layout=column)
        self.subject_edit = QLineEdit(defaults.subject_name)
        self.subject_edit.setObjectName("subject_name_edit")
        self.add_field("subject_name", self.tr("2) &Subject's surname, name, patronymic:"), self.subject_edit, layout=column)

        term = QWidget()
        term_row = QHBoxLayout(term)
        term_row.setContentsMargins(0, 0, 0, 0)
        self.until_check = QCheckBox(self.tr("Valid until"))
        self.until_check.setObjectName("valid_until_check")
        self.until_check.setChecked(True)
        self.until_edit = date_edit()
        self.until_edit.setObjectName("valid_until_edit")
        today = astana_today()
        self.until_edit.setDate(to_qdate(today + timedelta(days=365 * DEFAULT_TERM_YEARS)))
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.term_edit = QLineEdit()
        self.term_edit.setObjectName("term_text_edit")
        self.term_edit.setPlaceholderText(self.tr("or the period in words"))
        term_row.addWidget(self.until_check)
        term_row.addWidget(self.until_edit)
        term_row.addWidget(self.term_edit, 1)
        self.add_field("valid_until", self.tr("3) &Term of the consent:"), term, layout=column)

        self.transfer_check = QCheckBox(self.tr("4) The operator may &transfer the data to third parties"))
        self.transfer_check.setObjectName("transfer_check")
        self.cross_border_check = QCheckBox(self.tr("5) &Cross-border transfer of the data"))
        self.cross_border_check.setObjectName("cross_border_check")
        self.public_check = QCheckBox(self.tr("6) Dissemination in &publicly available sources"))
        self.public_check.setObjectName("public_check")
        column.addSpacing(6)
        for check in (self.transfer_check, self.cross_border_check, self.public_check):
            column.addWidget(check)

        self.data_edit = text_box(self, "data_list_edit")
        self.data_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data_edit.setPlainText(", ".join(data_field_label(f) for f in defaults.held_fields))
        self.add_field("data_list", self.tr("7) &List of the data:"), self.data_edit, layout=column)
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("other_edit")
        self.add_field("other", self.tr("8) &Other information (not required):"), self.other_edit, layout=column)

        self.method_combo = QComboBox()
        self.method_combo.setObjectName("method_combo")
        for method in ConsentMethod:
            self.method_combo.addItem(method_label(method), method)
        self.add_field("method", self.tr("&How the consent was given:"), self.method_combo, layout=column)
        self.given_edit = date_edit()
        self.given_edit.setObjectName("given_on_edit")
        self.given_edit.setDate(to_qdate(today))
        self.add_field("given_on", self.tr("&Given on:"), self.given_edit, layout=column)
        self.method_note_edit = QLineEdit()
        self.method_note_edit.setObjectName("method_note_edit")
        self.add_field("method_note", self.tr("Service reference, or how the consent can be &confirmed:"),
                       self.method_note_edit, layout=column)
        self.resize(640, 740)

    def operation(self) -> Operation | None:
        elements = ConsentElements(
            operator_name=self.operator_edit.text(), operator_bin=self.bin_edit.text(),
            subject_name=self.subject_edit.text(),
            valid_until=from_qdate(self.until_edit.date()) if self.until_check.isChecked() else None,
            term_text=self.term_edit.text(), third_party_transfer=self.transfer_check.isChecked(),
            cross_border=self.cross_border_check.isChecked(), public_dissemination=self.public_check.isChecked(),
            data_list=self.data_edit.toPlainText(), other=self.other_edit.text(),
        )
        method = ConsentMethod(self.method_combo.currentData())  # Qt hands a StrEnum back as its text
        given, note = from_qdate(self.given_edit.date()), self.method_note_edit.text()
        registry, card_ref, actor, position = self._registry, str(self._card.id), self.actor, self._position
        return lambda: registry.consent.record_consent(card_ref, position, elements, method, given, actor, method_note=note)


class ExceptionDialog(ControlDialog):
    """An art. 9 case: processing without consent."""

    def __init__(
        self, registry: Registry, card: CardRef, runner: TaskRunner, person: PersonGround, parent: QWidget | None = None
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("exception_dialog")
        self.setWindowTitle(self.tr("Record processing without consent"))
        self.ok_button.setText(self.tr("Record"))
        self._position = person.position
        self.fields.addWidget(QLabel(person.name))
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("case_combo")
        for case in ExceptionCase:
            self.case_combo.addItem(case_label(case), case)
        self.add_field("exception_case", self.tr("&Case of the Law on personal data, art. 9:"), self.case_combo)
        self.note_edit = text_box(self, "exception_note_edit")
        self.add_field("exception_note", self.tr("&Note (the law and article; required for another law):"), self.note_edit)

    def operation(self) -> Operation | None:
        case = ExceptionCase(self.case_combo.currentData())
        note = self.note_edit.toPlainText()
        registry, card_ref, actor, position = self._registry, str(self._card.id), self.actor, self._position
        return lambda: registry.consent.record_exception(card_ref, position, case, actor, note=note)


class WithdrawDialog(ControlDialog):
    """The withdrawal of a consent; refused (and recorded) only where the law rules it out."""

    def __init__(
        self, registry: Registry, card: CardRef, runner: TaskRunner, person: PersonGround, parent: QWidget | None = None
    ) -> None:
        super().__init__(registry, card, runner, parent)
        self.setObjectName("withdraw_dialog")
        self.setWindowTitle(self.tr("Record the withdrawal of consent"))
        self.ok_button.setText(self.tr("Record the withdrawal"))
        assert person.ground is not None
        self._ground_id = person.ground.id
        self.fields.addWidget(QLabel(person.name))
        self.date_edit = date_edit()
        self.date_edit.setObjectName("withdrawn_on_edit")
        self.date_edit.setDate(to_qdate(astana_today()))
        self.add_field("withdrawn_on", self.tr("&Withdrawn on:"), self.date_edit)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("withdrawal_method_combo")
        for method in ConsentMethod:
            self.method_combo.addItem(method_label(method), method)
        self.add_field("method", self.tr("&How it was withdrawn:"), self.method_combo)
        self.reason_edit = text_box(self, "withdrawal_reason_edit")
        self.add_field("reason", self.tr("&Reason given by the person (not required):"), self.reason_edit)
        self.refused_check = QCheckBox(self.tr("The law rules the withdrawal out (art. 8(2)): record it as refused"))
        self.refused_check.setObjectName("refused_check")
        self.fields.addWidget(self.refused_check)
        self.refusal_edit = text_box(self, "refusal_note_edit")
        self.refusal_caption = self.add_field(
            "refusal_note", self.tr("Which &law, or which obligation is unfulfilled:"), self.refusal_edit
        )
        self.refused_check.toggled.connect(self._follow_refused)
        self._follow_refused(False)

    def _follow_refused(self, refused: bool) -> None:
        self.refusal_edit.setVisible(refused)
        self.refusal_caption.setVisible(refused)

    def operation(self) -> Operation | None:
        on, method = from_qdate(self.date_edit.date()), ConsentMethod(self.method_combo.currentData())
        reason, refused = self.reason_edit.toPlainText(), self.refused_check.isChecked()
        note = self.refusal_edit.toPlainText() if refused else None
        registry, ground_id, actor = self._registry, self._ground_id, self.actor
        return lambda: registry.consent.withdraw(ground_id, on, method, actor, reason=reason, refused=refused,
                                                 refusal_note=note)


# --- the persons of the card ------------------------------------------------------------------------


class GroundsDialog(QDialog):
    """The natural persons of one card, their grounds, and the commands on the chosen person."""

    changed = Signal()

    def __init__(self, registry: Registry, card: CardOnScreen, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grounds_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._registry = registry
        self._card = CardRef(card.id, card.number)
        self._runner = runner
        self._task: Task[Any] | None = None
        self._grounds: CardGrounds | None = None
        self.setWindowTitle(self.tr("Personal data grounds — card No. {0}").format(card.number))
        self.intro = QLabel(self.tr(
            "The legal ground for processing the data of each person on the card: their consent, or a case of "
            "processing without consent (Law on personal data, art. 7–9). Forwarding the appeal needs a ground "
            "that allows transfer to third parties."
        ))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("grounds_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Ground")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.error = error_label()
        self.error.setObjectName("grounds_error")
        self.consent_button = QPushButton(self.tr("Record &consent…"))
        self.consent_button.setObjectName("record_consent_button")
        self.exception_button = QPushButton(self.tr("Record &exception…"))
        self.exception_button.setObjectName("record_exception_button")
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdraw_button")
        self.form_button = QPushButton(self.tr("Attach the signed &form…"))
        self.form_button.setObjectName("attach_form_button")
        self.consent_button.clicked.connect(self.record_consent)
        self.exception_button.clicked.connect(self.record_exception)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.form_button.clicked.connect(self.attach_form)
        buttons = QHBoxLayout()
        for button in (self.consent_button, self.exception_button, self.withdraw_button, self.form_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(780, 360)
        self._update_buttons()
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        registry, card_id, actor = self._registry, str(self._card.id), session.actor()
        self._run(lambda: registry.consent.grounds(card_id, actor), self._show)

    def _run(self, op: Operation, then: Any) -> None:
        if self._task is not None:
            return
        self.error.hide()

        def done(result: Any) -> None:
            self._task = None
            then(result)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._task = None
            text = describe(exc)
            self.error.setText(f"{text.headline} {text.advice}")
            self.error.show()
            self._update_buttons()

        self._task = self._runner.submit(op, success=done, failure=failed)
        self._update_buttons()

    def _show(self, grounds: CardGrounds) -> None:
        chosen = self.table.currentRow()
        self._grounds = grounds
        self.table.setRowCount(len(grounds.persons))
        for row, person in enumerate(grounds.persons):
            self.table.setItem(row, 0, QTableWidgetItem(person.name or self.tr("Applicant {0}").format(person.position + 1)))
            self.table.setItem(row, 1, QTableWidgetItem(state_text(person)))
        self.table.resizeRowsToContents()
        if grounds.persons:
            self.table.selectRow(min(max(chosen, 0), len(grounds.persons) - 1))
        if not grounds.persons:
            self.error.setText(self.tr("No natural person is on this card: nothing to record."))
            self.error.show()

    def person(self) -> PersonGround | None:
        row = self.table.currentRow()
        if self._grounds is None or not 0 <= row < len(self._grounds.persons):
            return None
        return self._grounds.persons[row]

    def _update_buttons(self) -> None:
        person, idle = self.person(), self._task is None
        may_record = any(session.may(p) for p in (Permission.REGISTER, Permission.EDIT_CARD, Permission.PD_REQUESTS))
        consent_in_force = (person is not None and person.ground is not None
                            and person.ground.kind is GroundKind.CONSENT and not person.ground.withdrawn)
        self.consent_button.setEnabled(idle and person is not None and may_record)
        self.exception_button.setEnabled(idle and person is not None and may_record)
        self.withdraw_button.setEnabled(idle and consent_in_force and session.may(Permission.PD_REQUESTS))
        self.form_button.setEnabled(idle and consent_in_force and session.may(Permission.ATTACH))

    # --- the commands --------------------------------------------------------------------------------

    def record_consent(self) -> None:
        person = self.person()
        if person is None:
            return
        registry, card_id, actor = self._registry, str(self._card.id), session.actor()
        self._run(lambda: registry.consent.defaults(card_id, person.position, actor),
                  lambda defaults: self._open(ConsentDialog(registry, self._card, self._runner, person, defaults, self)))

    def record_exception(self) -> None:
        person = self.person()
        if person is not None:
            self._open(ExceptionDialog(self._registry, self._card, self._runner, person, self))

    def withdraw(self) -> None:
        person = self.person()
        if person is not None and person.ground is not None:
            self._open(WithdrawDialog(self._registry, self._card, self._runner, person, self))

    def attach_form(self) -> None:
        person = self.person()
        if person is None or person.ground is None:
            return
        paths = copy_dialogs.choose_files(self, None)
        if not paths:
            return
        registry, ground_id, actor, path = self._registry, person.ground.id, session.actor(), paths[0]
        self._run(lambda: registry.consent.attach_form(ground_id, path, actor), lambda _ground: self._after_change())

    def _open(self, dialog: ControlDialog) -> None:
        self.last_dialog = dialog
        dialog.succeeded.connect(lambda _result: self._after_change())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _after_change(self) -> None:
        self.changed.emit()
        self.reload()

    def reject(self) -> None:
        if self._task is None:
            super().reject()


class ConsentFlow(QObject):
    """Card › Personal data grounds… for the card on screen."""

    def __init__(self, window: QWidget, runner: TaskRunner, registry: Any, card: Any) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._registry = registry  # () -> the open Registry or None
        self._card = card  # () -> the CardOnScreen or None
        self.dialog: GroundsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("personal_data_grounds_action")
        self.action.triggered.connect(self.show_grounds)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Personal data &grounds…"))
        self.action.setToolTip(self.tr("The legal ground for processing the data of each person on the card"))

    def update_state(self, usable: bool) -> None:
        may = session.may(Permission.VIEW_CARD) or session.may(Permission.PD_REQUESTS)
        self.action.setEnabled(usable and may and self._card() is not None and self._registry() is not None)

    def show_grounds(self) -> None:
        registry, card = self._registry(), self._card()
        if registry is None or card is None:
            return
        self.dialog = GroundsDialog(registry, card, self._runner, self._window)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
