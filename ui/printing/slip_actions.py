"""The card's print commands — Print card…, Print receipt…, Print stamp label… — for the card panel
(and the lead's Card menu): each opens the print preview, whose buttons print or save a PDF. A
refusal (the card removed meanwhile, blocked data, no permission) is said in a message box.

``print_card``, ``print_receipt`` and ``print_stamps`` are the module functions the window calls."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.domain.enums import Direction
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import session
from ui.error_text import describe
from ui.printing import card_sheet, receipt, stamp
from ui.workers import TaskRunner

T = TypeVar("T")

__all__ = ["SlipActions", "print_card", "print_receipt", "print_stamps"]


def print_card(parent: QWidget | None, registry: Registry, actor: Actor, card_ref: str,
               runner: TaskRunner | None = None) -> None:
    _in_background(parent, runner, lambda: card_sheet.load_card(registry, actor, card_ref),
                   lambda sheet: card_sheet.preview_card(parent, sheet))


def print_receipt(parent: QWidget | None, registry: Registry, actor: Actor, card_ref: str,
                  runner: TaskRunner | None = None) -> None:
    _in_background(parent, runner, lambda: receipt.load_receipt(registry, actor, card_ref),
                   lambda data: receipt.preview_receipt(parent, data))


def print_stamps(
    parent: QWidget | None, registry: Registry, actor: Actor, card_refs: Sequence[str], layout: str = "a4-3x8",
    runner: TaskRunner | None = None,
) -> None:
    _in_background(parent, runner, lambda: stamp.load_stamps(registry, actor, card_refs),
                   lambda labels: stamp.preview_stamps(parent, labels, layout))


def _in_background(parent: QWidget | None, runner: TaskRunner | None, load: Callable[[], T],
                   show: Callable[[T], None]) -> None:
    """Reads (and records the printout in) the store on the worker, then shows the preview here; a
    refusal in a message box. Without a worker (a caller of its own) it all runs here."""
    if runner is None:
        try:
            data = load()
        except ClerkError as exc:
            show_refusal(parent, exc)
            return
        show(data)
        return
    runner.submit(load, success=show, failure=lambda exc: show_refusal(parent, exc))


def show_refusal(parent: QWidget | None, exc: BaseException) -> None:
    """What stopped the printout and what to do instead (a module function: tests replace it)."""
    text = describe(exc)
    title = QCoreApplication.translate("SlipActions", "Printing")
    QMessageBox.warning(parent, title, f"{text.headline}\n\n{text.advice}".strip())


class SlipActions(QObject):
    """The three commands for the card on screen; ``set_card`` says which (None: disabled)."""

    def __init__(self, parent: QWidget, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner  # where the store is read; None: here
        self._registry: Registry | None = None
        self._card: tuple[uuid.UUID, str, Direction] | None = None
        self.card_action = self._action("print_card_action", self.print_card)
        self.receipt_action = self._action("print_receipt_action", self.print_receipt)
        self.stamp_action = self._action("print_stamp_action", self.print_stamp)
        self.menu = QMenu(parent)
        self.menu.addActions(self.actions)
        self.button = QToolButton(parent)
        self.button.setObjectName("print_button")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setAutoRaise(True)
        parent.installEventFilter(self)
        self.retranslate()
        self.update_state()

    def _action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self._parent)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.card_action, self.receipt_action, self.stamp_action]

    def set_card(self, registry: Registry | None, card: tuple[uuid.UUID, str, Direction] | None) -> None:
        self._registry, self._card = registry, card
        self.update_state()

    def update_state(self) -> None:
        shown = self._registry is not None and self._card is not None and session.may(Permission.VIEW_CARD)
        self.card_action.setEnabled(shown)
        self.stamp_action.setEnabled(shown)
        self.receipt_action.setEnabled(shown and self._card is not None and self._card[2] is Direction.INCOMING)
        self.button.setEnabled(shown)

    def _run(self, show: Callable[[Registry, Actor, str], None]) -> None:
        if self._registry is not None and self._card is not None:
            show(self._registry, session.actor(), str(self._card[0]))

    def print_card(self) -> None:
        self._run(lambda registry, actor, ref: print_card(self._parent, registry, actor, ref, self._runner))

    def print_receipt(self) -> None:
        self._run(lambda registry, actor, ref: print_receipt(self._parent, registry, actor, ref, self._runner))

    def print_stamp(self) -> None:
        self._run(lambda registry, actor, ref: print_stamps(self._parent, registry, actor, [ref], runner=self._runner))

    def retranslate(self) -> None:
        self.card_action.setText(self.tr("&Print card…"))
        self.card_action.setToolTip(self.tr("The registration-control card with its history, to print or save as PDF"))
        self.receipt_action.setText(self.tr("Print rece&ipt…"))
        self.receipt_action.setToolTip(self.tr("The applicant's receipt confirming the appeal was accepted"))
        self.stamp_action.setText(self.tr("Print stamp &label…"))
        self.stamp_action.setToolTip(self.tr("A registration stamp label with the card's QR code"))
        self.button.setText(self.tr("Print"))
        self.button.setToolTip(self.tr("Print the card, the applicant's receipt or a stamp label"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
