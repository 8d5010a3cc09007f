"""Encrypting the open registry in place, from Settings › Data (docs/security.md).

The conversion needs the store to itself: the window closes the registry (as when switching to
another), the conversion runs on a runner of its own with its progress on the status page, the
recovery code is shown once, and the registry opens again (its people sign in again). A refusal
(the registry open in another window or computer, no keyring) leaves it as it was, and it opens
again as well."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.encryption import EncryptionStatus, enable_encryption, encryption_status
from clerk_app.services.registry import Registry
from ui import formatting, session
from ui.error_text import describe
from ui.settings_encryption import ENCRYPT_ACTION_NAME, RecoveryCodeDialog
from ui.workers import TaskRunner

Then = Callable[[], None]


class EncryptionFlow(QObject):
    """The window's (menu-less) action that Settings › Data triggers, and the steps after it."""

    _moved = Signal(int, int)  # emitted on the worker, shown on the GUI thread

    def __init__(
        self, window: QWidget, registry: Callable[[], Registry | None], close_then: Callable[[Then], None],
        reopen: Then, show_busy: Callable[[str, str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._close_then = close_then
        self._reopen = reopen
        self._show_busy = show_busy
        self.runner = TaskRunner(self)
        self.dialog: RecoveryCodeDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName(ENCRYPT_ACTION_NAME)
        self.action.triggered.connect(self.start)
        window.addAction(self.action)
        self._moved.connect(self._render_progress)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Encrypt the registry…"))

    def update_state(self, enabled: bool) -> None:
        self.action.setEnabled(enabled and session.may(Permission.SETTINGS))

    def start(self) -> None:
        registry, actor = self._registry(), session.current()
        if registry is None or actor is None or not self.action.isEnabled():
            return
        answer = QMessageBox.question(
            self._window, self.tr("Encrypt the registry"),
            self.tr("The registry closes, its database and electronic copies are encrypted, and it opens again: "
                    "everyone signs in again. With many copies it takes a while.\n\nClose clerk-app in every "
                    "other window and on every other computer that uses this data folder first.\n\n"
                    "Encrypt the registry now?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir = registry.data_dir
        self._close_then(lambda: self._convert(data_dir, actor))

    def _convert(self, data_dir: Path, actor: Actor) -> None:
        self._render_progress(0, 0)
        self.runner.submit(lambda: self._encrypt(data_dir, actor), success=self._on_done)

    def _encrypt(self, data_dir: Path, actor: Actor) -> str | tuple[BaseException, EncryptionStatus | None]:
        """On the worker: the recovery code, or what stopped it with the state the registry is in now
        (the message says that state, not what it is supposed to be)."""
        try:
            return enable_encryption(data_dir, actor, progress=self._moved.emit)
        except Exception as exc:
            try:
                status: EncryptionStatus | None = encryption_status(data_dir)
            except Exception:  # the state cannot be read either: the message says so
                status = None
            return exc, status

    def _render_progress(self, done: int, total: int) -> None:
        text = self.tr("Encrypting the database and the electronic copies: {0} of {1}.").format(
            formatting.count(done), formatting.count(total)) if total else self.tr("Encrypting the database…")
        self._show_busy(self.tr("Encrypting the registry…"), text)

    def _on_done(self, outcome: str | tuple[BaseException, EncryptionStatus | None]) -> None:
        if not isinstance(outcome, str):
            self._on_failed(*outcome)
            return
        dialog = RecoveryCodeDialog(outcome, self._window, first_time=True)
        dialog.finished.connect(self._after_code)
        self.dialog = dialog
        dialog.open()

    def _after_code(self, _result: int = 0) -> None:
        self.dialog = None
        self._reopen()

    def _on_failed(self, exc: BaseException, status: EncryptionStatus | None) -> None:
        described = describe(exc).advice
        if status is None:
            text = self.tr("The encryption stopped, and the state of the registry cannot be read now.")
        elif status.encrypted:
            text = self.tr("The registry is encrypted, but the encryption did not finish cleanly. An administrator "
                           "shows the recovery code in Settings › Data and writes it down.")
        elif isinstance(exc, ClerkError) and exc.code == "store.in_use":
            text = self.tr("The registry is open in another window or on another computer. Close it there and "
                           "try again. Nothing was changed.")
        else:
            text = self.tr("The registry was not encrypted; it is as it was.")
        if not (isinstance(exc, ClerkError) and exc.code == "store.in_use"):
            text += "\n\n" + described
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Encrypt the registry"), text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setObjectName("encryption_failed_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._reopen())
        box.open()

    def shutdown(self) -> None:
        """The window closes: a conversion under way is waited for (cut off, it is finished or undone
        on the next open anyway)."""
        self.runner.shutdown()
