"""The main window's menu bar and toolbar: File, Card, View, Reference, Language and Help, and the
day's commands within one click. Holds the window's own commands (open a registry, search,
refresh, about, quit, the language, and the session's: lock, change password, sign out) and lays
out those of the flows beside them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ui.icons import Command, command_icon
from ui.languages import Language, LanguageManager

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow, languages: LanguageManager) -> None:
        super().__init__(window)
        self._window = window
        self._languages = languages
        self.open_demo_action = self._action(window.open_demo_registry, "open_demo_action")
        self.open_mine_action = self._action(window.open_my_registry, "open_my_registry_action")
        self.quit_action = self._action(window.close, keys=QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(window.refresh, keys=QKeySequence(Qt.Key.Key_F5))
        self.about_action = self._action(window.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.find_action = self._action(window.show_search, "find_action", QKeySequence(QKeySequence.StandardKey.Find))
        self.lock_action = self._action(window.lock_session, "lock_action", QKeySequence("Ctrl+L"))
        self.change_password_action = self._action(window.change_password, "change_password_action")
        self.sign_out_action = self._action(window.sign_out, "sign_out_action")
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.endonym, self.language_group)
            action.setObjectName(f"language_{language.value}_action")
            action.setCheckable(True)
            action.triggered.connect(partial(self._choose_language, language))
            self.language_actions[language] = action
        self._check_language_action()
        languages.languageChanged.connect(self._check_language_action)

        registration = window.registration
        for action, command in (
            (registration.new_incoming, Command.NEW_INCOMING), (registration.new_outgoing, Command.NEW_OUTGOING),
            (registration.reply, Command.REPLY), (window.attach_action, Command.ATTACH),
            (window.scan_flow.action, Command.SCAN),
            (self.find_action, Command.SEARCH), (self.refresh_action, Command.REFRESH),
            (self.about_action, Command.ABOUT), (self.quit_action, Command.QUIT),
        ):
            action.setIcon(command_icon(command))
        self._create_menus()
        self._create_toolbar()

    def _action(self, slot: Callable[[], object], name: str = "", keys: QKeySequence | None = None) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        return action

    def _create_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_demo_action, self.open_mine_action])
        self.file_menu.addSeparator()
        self.file_menu.addMenu(window.print_flow.menu)  # journal, reports, the card's receipt and stamp
        self.file_menu.addSeparator()
        self.file_menu.addActions([window.hot_folder_action, window.settings_action])
        self.file_menu.addAction(window.backup_flow.action)
        self.file_menu.addMenu(window.sync_flow.menu)  # Sync now, Conflicts…, Sync problems… (synced mode)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.change_password_action, self.sign_out_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.card_menu = bar.addMenu("")
        self.card_menu.addActions(window.registration.actions)
        self.card_menu.addSeparator()
        self.card_menu.addAction(window.attach_action)
        self.card_menu.addAction(window.scan_flow.action)
        self.card_menu.addSeparator()
        self.card_menu.addActions(list(window.control_panel.actions_by_name.values()))
        self.card_menu.addSeparator()
        self.card_menu.addAction(window.consent_flow.action)  # personal data grounds (R31)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.find_action, window.inbox_action, self.refresh_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(window.pause_recognition_action)
        self.reference_menu = bar.addMenu("")
        self.reference_menu.addAction(window.staff_action)
        self.reference_menu.addAction(window.dialogs.accounts_action)
        # Personal data (issue 6): the PD officer's tools; each adds its action on a line of its own here.
        self.personal_data_menu = bar.addMenu("")
        self.personal_data_menu.addAction(window.breach_flow.action)
        self.personal_data_menu.addAction(window.destruction_flow.due_action)  # records due for destruction (R42)
        self.personal_data_menu.addAction(window.destruction_flow.subject_action)  # a person's data: block, destroy
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        """The day's commands within one click, named (not icons alone: clerks should not guess)."""
        window = self._window
        self.toolbar = window.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([window.registration.new_incoming, window.registration.reply, window.attach_action,
                                 window.scan_flow.action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.find_action, self.refresh_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.open_demo_action.setText(self.tr("Open &demo registry"))
        self.open_mine_action.setText(self.tr("Open &my registry"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lock_action.setText(self.tr("&Lock the window"))
        self.lock_action.setToolTip(self.tr("Hide the registry until your password is typed again (Ctrl+L)"))
        self.change_password_action.setText(self.tr("Change pass&word…"))
        self.sign_out_action.setText(self.tr("Sign ou&t"))
        self.card_menu.setTitle(self.tr("&Card"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Search…"))
        self.find_action.setToolTip(self.tr("Find cards by their text, the text of their scans, or any field"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.reference_menu.setTitle(self.tr("Refere&nce"))
        self.personal_data_menu.setTitle(self.tr("&Personal data"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))

    def _choose_language(self, language: Language) -> None:
        if language is not self._languages.language:
            self._languages.apply(language)

    def _check_language_action(self) -> None:
        self.language_actions[self._languages.language].setChecked(True)
