"""File › Settings (the body, numbering, deadline rules, the working-day calendar, text recognition,
language), Reference › Staff (executors) and Reference › Accounts: the dialogs over the open
registry, one of each at a time. Kept apart from the main window, which says which registry is open and hears when the
settings or the staff changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clerk_app.services.registry import Registry
from ui.accounts_dialog import AccountsDialog
from ui.languages import LanguageManager
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog
from ui.staff_dialog import StaffDialog
from ui.workers import TaskRunner


class RegistryDialogs(QObject):
    settingsChanged = Signal()  # saved in the settings dialog
    staffChanged = Signal()  # an executor added in the staff dialog
    accountsChanged = Signal()  # an account saved in the accounts dialog (perhaps one's own roles)

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        languages: LanguageManager,
        settings: AppSettings,
        registry: Callable[[], Registry | None],  # the open one; None while none is, or one is opening
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._languages = languages
        self._settings = settings
        self._registry = registry
        self.staff_dialog: StaffDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.accounts_dialog: AccountsDialog | None = None
        self.settings_action = QAction(window)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.staff_action = QAction(window)
        self.staff_action.setObjectName("staff_action")
        self.staff_action.triggered.connect(self.show_staff)
        self.accounts_action = QAction(window)
        self.accounts_action.setObjectName("accounts_action")
        self.accounts_action.triggered.connect(self.show_accounts)

    def retranslate(self) -> None:
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(
            self.tr("The body, numbering, deadline rules, the working-day calendar, text recognition, language")
        )
        self.staff_action.setText(self.tr("&Staff (executors)…"))
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.accounts_action.setToolTip(self.tr("Who may sign in, with which roles; blocking; new passwords"))

    def set_enabled(self, enabled: bool, *, settings: bool = True, accounts: bool = True) -> None:
        """``settings`` and ``accounts``: whether the signed-in roles allow those dialogs."""
        self.settings_action.setEnabled(enabled and settings)
        self.staff_action.setEnabled(enabled and settings)
        self.accounts_action.setEnabled(enabled and accounts)

    def show_staff(self) -> None:
        """Reference > Staff (executors): the list, and adding to it."""
        registry = self._registry()
        if registry is None:
            return
        if self.staff_dialog is not None:
            self.staff_dialog.raise_()
            return
        dialog = StaffDialog(registry, self._runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.staffChanged.connect(self.staffChanged)
        dialog.finished.connect(self._forget_staff_dialog)
        self.staff_dialog = dialog
        dialog.open()

    def _forget_staff_dialog(self, _result: int = 0) -> None:
        self.staff_dialog = None

    def show_settings(self) -> None:
        """File > Settings: the body, numbering, deadline rules, calendar, recognition, language."""
        registry = self._registry()
        if registry is None:
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(registry, self._runner, self._languages, self._settings, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.settingsChanged)
        dialog.finished.connect(self._forget_settings_dialog)
        self.settings_dialog = dialog
        dialog.open()

    def _forget_settings_dialog(self, _result: int = 0) -> None:
        self.settings_dialog = None

    def close_settings(self) -> None:
        """The registry is being left: the settings pages read and write it."""
        if self.settings_dialog is not None:
            self.settings_dialog.close()

    def show_accounts(self) -> None:
        """Reference > Accounts (administrators)."""
        registry = self._registry()
        if registry is None or not self.accounts_action.isEnabled():
            return
        if self.accounts_dialog is not None:
            self.accounts_dialog.raise_()
            return
        dialog = AccountsDialog(registry, self._runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accountsChanged.connect(self.accountsChanged)
        dialog.finished.connect(self._forget_accounts_dialog)
        self.accounts_dialog = dialog
        dialog.open()

    def _forget_accounts_dialog(self, _result: int = 0) -> None:
        self.accounts_dialog = None

    def close_all(self) -> None:
        """The person signs out or the registry is left: no dialog may go on acting for them."""
        self.close_settings()
        for dialog in (self.staff_dialog, self.accounts_dialog):
            if dialog is not None:
                dialog.done(0)  # not reject(): that waits for a save on its way, whose result is dropped
        self.staff_dialog = None
        self.accounts_dialog = None
