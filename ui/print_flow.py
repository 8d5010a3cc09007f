"""File › Print: the registration journal, the control report, the quarterly information and the
public register of respondents; the card on screen's control card, receipt and stamp label. Each
entry opens its document's dialog or print preview (ui/printing/), where it is printed or saved.
Each dialog reads and lays out on a worker of its own, so the journals keep paging meanwhile."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.services.registry import Registry
from ui import session
from ui.control_dialogs import CardRef
from ui.workers import TaskRunner

RegistryGetter = Callable[[], Registry | None]
CardGetter = Callable[[], CardRef | None]


class PrintFlow(QObject):
    quarterlySent = Signal()  # the quarterly information was marked as sent

    def __init__(self, window: QWidget, registry: RegistryGetter, card: CardGetter) -> None:
        super().__init__(window)
        self._window = window
        self.runner = TaskRunner(self)  # the card's documents are read here, never on the GUI thread
        self._dialogs: dict[str, QDialog] = {}  # one of each, raised when asked again; gone at sign-out
        self._registry = registry
        self._card = card
        self.menu = QMenu(window)
        self.menu.setObjectName("print_menu")

        def action(name: str, slot: Callable[[], None], permission: Permission, *, for_card: bool = False) -> QAction:
            item = QAction(window)
            item.setObjectName(name)
            item.triggered.connect(lambda: slot())  # not the "checked" flag as an argument
            self.menu.addAction(item)
            self._needs[item] = (permission, for_card)
            return item

        self._needs: dict[QAction, tuple[Permission, bool]] = {}
        self.journal_action = action("print_journal_action", self.print_journal, Permission.VIEW_CARD)
        self.journal_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.control_action = action("print_control_action", self.print_control_report, Permission.REPORTS)
        self.quarterly_action = action("print_quarterly_action", self.print_quarterly, Permission.REPORTS)
        self.public_action = action("print_public_respondents_action", self.print_public_respondents, Permission.REPORTS)
        self.menu.addSeparator()
        self.card_action = action("print_card_action", self.print_card, Permission.VIEW_CARD, for_card=True)
        self.receipt_action = action("print_receipt_action", self.print_receipt, Permission.VIEW_CARD, for_card=True)
        self.stamp_action = action("print_stamp_action", self.print_stamp, Permission.VIEW_CARD, for_card=True)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Print"))
        self.journal_action.setText(self.tr("Registration &journal…"))
        self.journal_action.setToolTip(self.tr("The journal of a period, for binding: A4 landscape, numbered pages"))
        self.control_action.setText(self.tr("&Control report…"))
        self.control_action.setToolTip(self.tr("Overdue and due soon, by executor"))
        self.quarterly_action.setText(self.tr("&Quarterly information…"))
        self.quarterly_action.setToolTip(self.tr("The quarterly information to the authorized body (cl. 9)"))
        self.public_action.setText(self.tr("Public register of &respondents…"))
        self.public_action.setToolTip(self.tr("Sellers complained about, without anyone's personal data"))
        self.card_action.setText(self.tr("Registration-control c&ard…"))
        self.receipt_action.setText(self.tr("&Receipt for the applicant…"))
        self.stamp_action.setText(self.tr("Registration &stamp label…"))

    def update_state(self, enabled: bool) -> None:
        card = self._card() is not None
        for item, (permission, for_card) in self._needs.items():
            item.setEnabled(enabled and session.may(permission) and (card or not for_card))

    # --- the documents --------------------------------------------------------------------------------

    def _open(self) -> Registry | None:
        return self._registry() if session.current() is not None else None

    def _raised(self, name: str) -> bool:
        """Brings the dialog of this document forward if it is open already."""
        dialog = self._dialogs.get(name)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            self._dialogs.pop(name, None)
            return False
        dialog.raise_()
        dialog.activateWindow()
        return True

    def _keep(self, name: str, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs[name] = dialog
        return dialog

    def close_all(self) -> None:
        """Signed out or the registry left: the next person sees none of these documents."""
        self.runner.shutdown()  # a preview still loading does not open for the next person
        for dialog in self._dialogs.values():
            if shiboken6.isValid(dialog):
                dialog.close()
        self._dialogs.clear()

    def print_journal(self) -> None:
        from ui.printing.journal_dialog import open_journal_print_dialog

        if not self._raised("journal") and (registry := self._open()) is not None:
            self._keep("journal", open_journal_print_dialog(self._window, registry, session.actor()))

    def print_control_report(self) -> None:
        from ui.printing.control_report import open_control_report

        if not self._raised("control") and (registry := self._open()) is not None:
            self._keep("control", open_control_report(self._window, registry, session.actor()))

    def print_quarterly(self) -> None:
        from ui.printing.quarterly_dialog import open_quarterly_dialog

        if not self._raised("quarterly") and (registry := self._open()) is not None and session.may(Permission.REPORTS):
            dialog = open_quarterly_dialog(self._window, registry, session.actor())
            dialog.sentMarked.connect(self.quarterlySent)  # the reminder looks again
            self._keep("quarterly", dialog)

    def print_public_respondents(self) -> None:
        from ui.printing.public_respondents import open_public_respondents_dialog

        if not self._raised("public") and (registry := self._open()) is not None:
            self._keep("public", open_public_respondents_dialog(self._window, registry, session.actor()))

    def print_card(self) -> None:
        from ui.printing.slip_actions import print_card

        self._slip(lambda registry, card: print_card(self._window, registry, session.actor(), card, self.runner))

    def print_receipt(self) -> None:
        from ui.printing.slip_actions import print_receipt

        self._slip(lambda registry, card: print_receipt(self._window, registry, session.actor(), card, self.runner))

    def print_stamp(self) -> None:
        from ui.printing.slip_actions import print_stamps

        self._slip(lambda registry, card: print_stamps(self._window, registry, session.actor(), [card],
                                                       runner=self.runner))

    def _slip(self, show: Callable[[Registry, str], None]) -> None:
        """The print preview of a document of the card on screen (read on the worker)."""
        if (registry := self._open()) is not None and (card := self._card()) is not None:
            show(registry, str(card.id))
