"""The Card menu's registration commands: a new incoming appeal (Ctrl+N), a new outgoing letter
(Ctrl+Shift+N) and a reply to the incoming appeal on screen (Ctrl+R), each opening the registration
form (ui/registration_form.py). Kept apart from the main window, which only says what is open and
which card is on screen, and hears of every card registered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import CardRef, Journal
from clerk_app.domain.enums import Direction
from clerk_app.services.registry import Registry
from ui import session
from ui.card_on_screen import CardOnScreen
from ui.idle_lock import HIDDEN_BY_LOCK
from ui.registration_form import RegistrationForm
from ui.workers import TaskRunner


@dataclass(frozen=True)
class Workplace:
    """What the commands need to know of the window at the moment they run."""

    registry: Registry
    journals: Sequence[Journal]
    journal_on_screen: Journal | None
    card: CardOnScreen | None


class RegistrationActions(QObject):
    registered = Signal(object)  # Card, from any form

    def __init__(self, window: QWidget, runner: TaskRunner, workplace: Callable[[], Workplace | None]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._workplace = workplace
        self.new_incoming = self._action("new_incoming_action", "Ctrl+N", lambda: self.open_new(Direction.INCOMING))
        self.new_outgoing = self._action("new_outgoing_action", "Ctrl+Shift+N", lambda: self.open_new(Direction.OUTGOING))
        self.reply = self._action("reply_action", "Ctrl+R", self.open_reply)
        self.retranslate()

    def _action(self, name: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.new_incoming, self.new_outgoing, self.reply]

    def retranslate(self) -> None:
        self.new_incoming.setText(self.tr("&New incoming appeal…"))
        self.new_incoming.setToolTip(self.tr("Register a paper appeal that has arrived (Ctrl+N)"))
        self.new_outgoing.setText(self.tr("New &outgoing letter…"))
        self.new_outgoing.setToolTip(self.tr("Register a letter the body sends (Ctrl+Shift+N)"))
        self.reply.setText(self.tr("&Reply…"))
        self.reply.setToolTip(self.tr("Register the outgoing reply to the selected incoming appeal (Ctrl+R)"))

    def update_state(self) -> None:
        place = self._workplace() if session.may(Permission.REGISTER) else None
        self.new_incoming.setEnabled(place is not None)
        self.new_outgoing.setEnabled(place is not None)
        self.reply.setEnabled(place is not None and place.card is not None and place.card.direction is Direction.INCOMING)

    def open_new(self, direction: Direction) -> RegistrationForm | None:
        place = self._workplace()
        if place is None:
            return None
        on_screen = place.journal_on_screen
        code = on_screen.code if on_screen is not None and on_screen.direction is direction else None
        form = RegistrationForm(place.registry, self._runner, place.journals, direction, self._window, journal_code=code)
        return self._show(form)

    def open_reply(self) -> RegistrationForm | None:
        place = self._workplace()
        if place is None or place.card is None or place.card.direction is not Direction.INCOMING:
            return None
        incoming = CardRef(place.card.id, place.card.number)
        form = RegistrationForm.for_reply(self._window, self._runner, place.registry, incoming, place.journals)
        return self._show(form)

    def _show(self, form: RegistrationForm) -> RegistrationForm:
        form.registered.connect(self.registered)
        form.show()
        return form

    def unregistered_count(self) -> int:
        """Open forms holding typed data that is not registered yet (hidden by the lock too)."""
        return sum(
            1 for form in self._window.findChildren(RegistrationForm)
            if (form.isVisible() or form.property(HIDDEN_BY_LOCK)) and form.is_dirty()
        )

    def may_drop_unregistered(self) -> bool:
        """Before the window closes or another registry opens: asks once when typed cards would be
        lost (each form asks for itself only when it alone is closed)."""
        count = self.unregistered_count()
        if count == 0:
            return True
        answer = QMessageBox.question(
            self._window, self.tr("Unregistered cards"),
            self.tr("Cards typed in but not registered: {0}. They will be lost. Close them anyway?").format(count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def close_forms(self) -> None:
        """The registry is being closed or switched (the clerk has agreed): no form may go on
        writing to it."""
        for form in self._window.findChildren(RegistrationForm):
            form.discard()
