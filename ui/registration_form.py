"""Registering a card: an incoming appeal, an outgoing letter, or a reply to an appeal, on one screen.

The clerk's most frequent action, so everything is reachable from the keyboard: Tab moves through
the fields in reading order, Alt+letter jumps to a field, Enter in a one-line field or Ctrl+Enter
anywhere registers, Ctrl+Shift+Enter registers and starts the next card like this one, Esc closes
(asking first when something was typed).

What is typed is checked by the core's own ``parse_card_draft`` 300 ms after the typing stops
(pure Python and fast, so on the GUI thread), and each problem is shown under its field once the
clerk has been there. Registering runs on the store's worker; a refusal keeps every field as it
was. A likely duplicate shows the similar cards and lets the clerk register anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Card, Journal
from clerk_app.domain.enums import Channel, Direction
from clerk_app.errors import FieldIssue, LikelyDuplicateError, ValidationError
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import session
from ui.field_errors import error_label
from ui.printing import slip_actions
from ui.registration_applicants import ApplicantRow, ApplicantsEditor
from ui.registration_card_fields import CardFields, ContentFields
from ui.registration_checks import FormChecks
from ui.registration_duplicate import DuplicateWarning
from ui.registration_fields import FormErrors, section_title
from ui.registration_respondent import RespondentEditor
from ui.text_label import wrapped_label
from ui.workers import Task, TaskRunner

CHECK_DELAY_MS = 300  # after the last key: the fields are checked once the clerk pauses
SIZE = (1340, 650)  # fits a 1366×768 screen with its taskbar


class HasNumber(Protocol):
    @property
    def number(self) -> str: ...


class RegistrationForm(QDialog):
    """Non-modal; ``registered`` is emitted with each new Card (the journal shows and selects it)."""

    registered = Signal(object)  # Card

    def __init__(
        self,
        registry: Registry,
        runner: TaskRunner,
        journals: Sequence[Journal] = (),
        direction: Direction = Direction.INCOMING,
        parent: QWidget | None = None,
        journal_code: str | None = None,
    ) -> None:
        """Opened on the first journal of ``direction``, or on ``journal_code`` (the journal on screen)."""
        super().__init__(parent)
        self.setObjectName("registration_form")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self._reply_to: str | None = None  # the appeal a reply answers (reply mode)
        self._loading = False
        self._and_new = False
        self._discard_confirmed = False
        self._baseline: dict[str, Any] = {}
        self._lookups: list[Task[Any]] = []  # the appeal a reply answers, known applicants
        self.last_card: Card | None = None
        self.discard_box: QMessageBox | None = None

        self.title = wrapped_label(self, scale=1.2, bold=True)
        self.title.setObjectName("registration_title")
        self.card_fields = CardFields(journals)
        self.applicants = ApplicantsEditor()
        self.respondent = RespondentEditor(registry, runner)
        self.content = ContentFields()
        self.general_error = error_label()
        self.general_error.setObjectName("general_error")
        self.errors = FormErrors(self.general_error)
        self.checks = FormChecks(self.errors, self.card_json, self.focusWidget)
        self.duplicate = DuplicateWarning()
        self.status_label = QLabel()
        self.status_label.setObjectName("registration_status")
        self.status_label.setWordWrap(True)
        self.register_button = QPushButton()
        self.register_button.setObjectName("register_button")
        self.register_button.setDefault(True)
        self.register_new_button = QPushButton()
        self.register_new_button.setObjectName("register_new_button")
        self.register_new_button.setAutoDefault(True)  # Enter presses the focused button
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        self.close_button.setAutoDefault(True)
        self.receipt_check = QCheckBox()  # cl. 10: the applicant in person leaves with a receipt
        self.receipt_check.setObjectName("print_receipt_check")
        self.receipt_check.setChecked(True)
        self.section_titles = {key: section_title(self) for key in ("card", "applicants", "respondent", "content")}
        self._layout()

        self.card_fields.bind(self.errors)
        self.content.bind(self.errors)
        self.respondent.bind(self.errors)
        self.applicants.bind(self.errors)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        for part in (self.card_fields, self.applicants, self.respondent, self.content):
            part.changed.connect(self._on_changed)
        self.card_fields.directionChanged.connect(self._on_direction)
        self.applicants.rowsChanged.connect(self._on_rows_changed)
        self.applicants.iinTyped.connect(self._look_up_applicant)
        self.register_button.clicked.connect(lambda: self.submit())
        self.register_new_button.clicked.connect(lambda: self.submit(and_new=True))
        self.close_button.clicked.connect(self.reject)
        self.duplicate.registerAnyway.connect(lambda: self.submit(and_new=self._and_new, confirm_duplicate=True))
        self.duplicate.goBack.connect(self._go_back)
        for keys, and_new in (("Ctrl+Return", False), ("Ctrl+Enter", False),
                              ("Ctrl+Shift+Return", True), ("Ctrl+Shift+Enter", True)):
            QShortcut(QKeySequence(keys), self, partial(self.submit, and_new=and_new))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.card_fields.set_direction(direction)
        if journal_code is not None:
            self.card_fields.set_journal(journal_code)
        self._on_direction(self.card_fields.direction())
        self.retranslate()
        self._baseline = self.card_json()
        self.card_fields.channel_combo.setFocus()

    @classmethod
    def for_reply(
        cls,
        parent: QWidget | None,
        runner: TaskRunner,
        registry: Registry,
        incoming: HasNumber | str,
        journals: Sequence[Journal] = (),
    ) -> RegistrationForm:
        """An outgoing reply linked to ``incoming`` (a CardRef or a number): addressed to the appeal's
        applicants, with its kind and respondent, all of which the clerk may change."""
        form = cls(registry, runner, journals, Direction.OUTGOING, parent)
        number = incoming if isinstance(incoming, str) else incoming.number
        form._reply_to = number
        form.card_fields.answers_edit.setText(number)
        form.card_fields.answers_edit.setReadOnly(True)
        form.card_fields.journal_combo.setEnabled(False)  # a reply is an outgoing letter
        form._loading = True
        form._set_parts_enabled(False)  # nothing typed meanwhile: the appeal's data would be laid over it
        form._render_texts()
        form._render_state()
        actor = session.current()  # the appeal is read as the signed-in person: refused while blocked
        form._lookups.append(
            runner.submit(lambda: registry.cards.get(number, actor=actor), success=form._on_appeal_loaded,
                          failure=form._on_failed)
        )
        return form

    def _set_parts_enabled(self, enabled: bool) -> None:
        for part in (self.applicants, self.respondent, self.content):
            part.setEnabled(enabled)

    def _layout(self) -> None:
        columns = QHBoxLayout()
        columns.setSpacing(18)
        for key, parts, stretch in (
            ("card", (self.card_fields,), 4),
            ("applicants", (self.applicants,), 6),
            ("respondent", (self.respondent, self.section_titles["content"], self.content), 5),
        ):
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(self.section_titles[key])
            for part in parts:
                column.addWidget(part, 1 if part is self.applicants else 0)
            if key != "applicants":
                column.addStretch(1)
            columns.addLayout(column, stretch)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.receipt_check)
        for button in (self.register_new_button, self.register_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.duplicate)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = SIZE
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)

    # --- what the form holds ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def card_json(self) -> dict[str, Any]:
        """The card as ``register_json`` takes it, from the fields that apply."""
        data = self.card_fields.to_json(astana_today())
        data.update(self.content.to_json(self.card_fields.direction()))
        applicants = self.applicants.to_json()
        if applicants:
            data["applicants"] = applicants
        data["is_collective"] = len(applicants) > 1
        if self.applicants.written_consent():
            data["written_consent"] = True
        respondent = self.respondent.to_json()
        if respondent is not None:
            data["respondent"] = respondent
        answers = self.card_fields.answers()
        if answers is not None:
            data["answers"] = answers
        return data

    def is_dirty(self) -> bool:
        return self.card_json() != self._baseline

    # --- checking as the clerk types ------------------------------------------------------------

    def offers_receipt(self) -> bool:
        """A paper appeal handed in in person: its receipt is offered at once (cl. 10)."""
        return (
            self._reply_to is None and self.card_fields.direction() is Direction.INCOMING
            and self.card_fields.channel_combo.currentData() == Channel.PAPER_IN_PERSON.value
        )

    def _on_changed(self) -> None:
        self.receipt_check.setVisible(self.offers_receipt())
        self.checks.forget_refusal()  # said of what the form held before
        if self.duplicate.isVisible() and not self.busy:
            self.duplicate.hide()  # another document now: the warning was about the old one
        self.status_label.clear()
        self._check_timer.start()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and old not in self.checks.touched:
            self.checks.touched.add(old)  # left: its problems may be said now
            self._check_timer.start(0)

    def check(self) -> list[FieldIssue]:
        self._check_timer.stop()
        return self.checks.show()

    # --- registering ----------------------------------------------------------------------------

    def submit(self, *, and_new: bool = False, confirm_duplicate: bool = False) -> None:
        if self.busy or self._loading:
            return
        self.checks.attempted = True
        self.duplicate.hide()
        shown = self.check()
        if shown:
            self.errors.focus_first([issue.field for issue in shown])
            return
        self._and_new = and_new
        data, answers = self.card_json(), self.card_fields.answers()
        registry, actor = self._registry, session.actor()
        if answers is not None:
            data.pop("answers")
            op = partial(registry.registration.register_reply, answers, data, actor, confirm_duplicate=confirm_duplicate)
        else:
            op = partial(registry.registration.register_json, data, actor, confirm_duplicate=confirm_duplicate)
        self._task = self._runner.submit(op, success=self._on_registered, failure=self._on_failed)
        self._render_state()

    def _on_registered(self, card: Card) -> None:
        self._task = None
        self.last_card = card
        self.registered.emit(card)
        wanted = self.offers_receipt() and self.receipt_check.isChecked()
        if wanted and card.channel is Channel.PAPER_IN_PERSON and card.direction is Direction.INCOMING:
            QTimer.singleShot(0, partial(_show_receipt, self.parentWidget() or self, self._registry, card, self._runner))
        if not self._and_new:
            self._baseline = self.card_json()
            self._render_state()
            self.accept()
            return
        self._start_next_like(card)

    def _start_next_like(self, card: Card) -> None:
        """Kind, channel, form, type, journal and respondent stay; the rest is cleared."""
        self.applicants.clear()
        self.content.clear()
        self.card_fields.clear_for_next()
        self.checks.reset()
        self._baseline = self.card_json()
        self._render_state()
        self.status_label.setText(self.tr("Card No. {0} registered. Enter the next one.").format(card.number))
        self.applicants.rows[0].first_field().setFocus()
        self.checks.touched.clear()  # leaving the field just registered says nothing of the new one

    def _on_failed(self, exc: BaseException) -> None:
        """A refusal of the store: shown where it belongs, every field kept as typed."""
        self._task = None
        self._loading = False
        self._set_parts_enabled(True)
        self._render_state()
        if isinstance(exc, LikelyDuplicateError):
            self.duplicate.show_numbers([match["number"] for match in exc.matches])
            return
        fields = self.checks.refuse(exc, repeat_of=self.card_fields.repeat_of_edit.text())
        self.check()
        self.errors.focus_first(fields)

    def _go_back(self) -> None:
        self.duplicate.hide()
        self.applicants.rows[0].first_field().setFocus()

    def _on_appeal_loaded(self, appeal: Card) -> None:
        self._loading = False
        self._set_parts_enabled(True)
        if appeal.direction is not Direction.INCOMING:  # a number of an outgoing letter was given
            issue = FieldIssue("answers", "link.answers_not_incoming", "a reply answers an incoming appeal")
            self.checks.refuse(ValidationError([issue]), repeat_of="")
            self.check()
        else:
            self.card_fields.set_kind(appeal.kind)
            self.card_fields.set_channel(appeal.channel)
            self.respondent.set_respondent(appeal.respondent)
            self.applicants.set_applicants(appeal.applicants)
        self._baseline = self.card_json()
        self._render_state()
        self.content.summary_edit.setFocus()

    # --- applicants known by IIN ----------------------------------------------------------------

    def _look_up_applicant(self, row: ApplicantRow, iin: str) -> None:
        registry, actor = self._registry, session.current()
        self._lookups = [task for task in self._lookups if not task.discarded][-10:]  # the recent ones
        self._lookups.append(self._runner.submit(
            lambda: registry.registration.known_applicant(iin, actor=actor),  # a view when someone is found
            success=lambda known: row.offer(iin, known) if row in self.applicants.rows else None,
            failure=lambda _exc: None,  # only a help: the clerk types the person in
        ))

    # --- layout as the card changes --------------------------------------------------------------

    def _on_direction(self, direction: Direction) -> None:
        self.applicants.set_direction(direction)
        self.content.set_direction(direction)
        self.receipt_check.setVisible(self.offers_receipt())
        self._render_texts()
        self._update_tab_order()
        self._check_timer.start()

    def _on_rows_changed(self) -> None:
        self.applicants.bind(self.errors)
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        chain = [
            *self.card_fields.focus_order(), *self.applicants.focus_order(), *self.respondent.focus_order(),
            *self.content.focus_order(), self.receipt_check, self.register_new_button, self.register_button, self.close_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _render_state(self) -> None:
        busy = self.busy or self._loading
        self.register_button.setEnabled(not busy)
        self.register_new_button.setEnabled(not busy)
        self.register_new_button.setVisible(self._reply_to is None)  # one reply per appeal at a time
        self.close_button.setEnabled(not self.busy)
        if self.busy:
            self.status_label.setText(self.tr("Registering…"))
        elif self._loading:
            self.status_label.setText(self.tr("Reading appeal No. {0}…").format(self._reply_to))
        elif self.status_label.text() in (self.tr("Registering…"), self.tr("Reading appeal No. {0}…").format(self._reply_to)):
            self.status_label.clear()

    # --- closing -------------------------------------------------------------------------------

    def discard(self) -> None:
        """Closes without asking (the registry is being closed or switched). A registration already
        on its way still ends in the store; only its answer to this form is dropped."""
        self._discard_confirmed = True
        if self._task is not None:
            self._task.discard()
            self._task = None
        self.reject()

    def reject(self) -> None:
        """Esc, Close and the window's ✕: a registration on its way is waited for, and typed data
        is dropped only when the clerk says so."""
        if self.busy:
            return
        if self.is_dirty() and not self._discard_confirmed:
            self._ask_discard()
            return
        super().reject()

    def done(self, result: int) -> None:
        for task in self._lookups:  # the form is deleted on closing: no answer may reach it
            task.discard()
        self.respondent.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        super().done(result)

    def _ask_discard(self) -> None:
        if self.discard_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Close without registering?"),
                          parent=self)
        box.setObjectName("discard_box")
        box.setInformativeText(self.tr("What you typed in the form will be lost."))
        discard = box.addButton(self.tr("&Discard and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_discard_answer(box.clickedButton() is discard))
        self.discard_box = box
        box.open()

    def _on_discard_answer(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            self._discard_confirmed = True
            self.reject()

    # --- language -------------------------------------------------------------------------------

    def _render_texts(self) -> None:
        outgoing = self.card_fields.direction() is Direction.OUTGOING
        if self._reply_to is not None:
            title = self.tr("Reply to appeal No. {0}").format(self._reply_to)
        elif outgoing:
            title = self.tr("New outgoing letter")
        else:
            title = self.tr("New incoming appeal")
        self.title.setText(title)
        self.setWindowTitle(title)
        self.section_titles["card"].setText(self.tr("Registration"))
        self.section_titles["applicants"].setText(self.tr("Addressees") if outgoing else self.tr("Applicants"))
        self.section_titles["respondent"].setText(self.tr("Respondent (seller, manufacturer, performer, organizer)"))
        self.section_titles["content"].setText(self.tr("Content"))

    def retranslate(self) -> None:
        self._render_texts()
        self.register_button.setText(self.tr("Register"))
        self.register_button.setToolTip(
            self.tr("Register the card and close the form (Enter in a one-line field, or Ctrl+Enter)")
        )
        self.register_new_button.setText(self.tr("Register and new like this"))
        self.register_new_button.setToolTip(
            self.tr("Register, then start the next card with the same journal, channel, form, type, kind and "
                    "respondent (Ctrl+Shift+Enter)")
        )
        self.close_button.setText(self.tr("Close"))
        self.receipt_check.setText(self.tr("Print the applicant's receipt"))
        self.receipt_check.setToolTip(
            self.tr("After registering, open the receipt (талон) for the applicant who handed the appeal in")
        )
        self.close_button.setToolTip(self.tr("Close without registering (Esc)"))
        self.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _show_receipt(parent: QWidget, registry: Registry, card: Card, runner: TaskRunner) -> None:
    """The receipt's print preview, after the form has closed (the form may be gone by then; the
    window's worker reads the receipt)."""
    slip_actions.print_receipt(parent, registry, session.actor(), str(card.id), runner)
