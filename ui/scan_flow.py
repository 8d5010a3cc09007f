"""Card › Scan… (Ctrl+Shift+S, also on the toolbar): opens the scanning dialog for the card on screen
(or, without one, for filing by the QR stamps). One dialog at a time; when the clerk signs out or the
registry is left, its unsaved pages go to the unfiled files, so nothing scanned is lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.services.registry import Registry
from clerk_app.services.scan_profiles import ScanProfileBook
from ui import session
from ui.control_dialogs import CardRef
from ui.scan_dialog import ScanDialog

RegistryGetter = Callable[[], Registry | None]
CardGetter = Callable[[], CardRef | None]


class ScanFlow(QObject):
    saved = Signal()  # copies or unfiled files were stored

    def __init__(self, window: QWidget, registry: RegistryGetter, card: CardGetter, profiles: Path) -> None:
        super().__init__(window)
        self._profiles = profiles  # the scan profiles file of this computer
        self._window = window
        self._registry = registry
        self._card = card
        self.dialog: ScanDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("scan_action")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.triggered.connect(lambda: self.open_dialog())

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Scan…"))
        self.action.setToolTip(self.tr("Scan paper from the scanner: into the selected card, or card by card by "
                                       "the QR stamps (Ctrl+Shift+S)"))

    def update_state(self, enabled: bool) -> None:
        self.action.setEnabled(enabled and session.may(Permission.ATTACH))

    def _open_dialog(self) -> ScanDialog | None:
        """The dialog while it lives, shown or not (the lock hides it; it still holds pages)."""
        dialog = self.dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _forget(self, dialog: ScanDialog) -> None:
        if self.dialog is dialog:  # a dialog still closing must not forget its successor
            self.dialog = None

    def open_dialog(self) -> ScanDialog | None:
        if (dialog := self._open_dialog()) is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        registry = self._registry()
        actor = session.actor() if session.current() is not None else None
        if registry is None or actor is None or not session.may(Permission.ATTACH):
            return None
        card = self._card()
        dialog = ScanDialog(self._window, registry, actor, card_id=str(card.id) if card is not None else None,
                            card_number=card.number if card is not None else None,
                            book=ScanProfileBook(self._profiles))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        dialog.finished.connect(lambda _result, closed=dialog: self._forget(closed))
        self.dialog = dialog
        dialog.show()
        return dialog

    def close_all(self) -> int:
        """Signed out, locked away or the registry left: unsaved pages to the unfiled files."""
        dialog = self._open_dialog()
        self.dialog = None
        if dialog is None:
            return 0
        kept = dialog.close_keeping_pages()
        if kept:
            self.saved.emit()
        return kept
