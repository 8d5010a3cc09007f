"""The main window: the registration journals of the open registry, or the first screen of an empty
one; menus to switch between the clerk's registry and the demo registry, and to change language.

Under the journals, the electronic copies of the selected card; Card > Attach electronic copies
(also on a row's right-click menu, and by dropping files on a row) attaches scans in the background,
and text recognition works through the queue on a runner of its own. Beside the copies, the card's
execution control (ui/control_panel.py); beside the journals, the "On control" tab of the appeals by
due date (ui/control_view.py); the reminders of overdue appeals in the status bar and a banner
(ui/reminders.py). Control work runs on the store runner.

Beside the journals, the unfiled files: scans taken from the scanner folder (File > Scanner folder),
every 10 seconds, into the clerk's own registry only (never into the demo one), waiting until the
clerk attaches each one to its card. The tab's title shows how many are waiting.

Four single-thread runners, so that no kind of work waits behind another: the store runner
(opening, journal pages, closing), the copies runner (attaching, the copies panel, the unfiled
files, thumbnails), the text recognition runner (Tesseract batches that take seconds) and the
scanner folder runner (judging the scanners' files)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Card, Journal, JournalRow
from clerk_app.domain.cards import CardRef as LinkedCard
from clerk_app.domain.control import ControlState, ControlView
from clerk_app.domain.copies import AttachReport, ElectronicCopy, HotFolderReport
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.errors import CancelledError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import copy_dialogs, copy_texts, formatting
from ui.about_dialog import app_name, show_about
from ui.activity import ActivityIndicator
from ui.card_panel import CardPanel
from ui.control_panel import CardRef, ControlPanel
from ui.control_view import ControlTab, Show, control_tab_title
from ui.copies_panel import CopiesPanel
from ui.copy_texts import OcrOffReason
from ui.demo_banner import DemoBanner
from ui.error_text import describe
from ui.hot_folder import HotFolderWatcher
from ui.hot_folder_dialog import HotFolderDialog
from ui.icons import Command, app_icon, command_icon
from ui.inbox_panel import InboxPanel, inbox_tab_title
from ui.journal_model import PAGE_SIZE, JournalModel
from ui.journal_view import JournalView, journal_tab_title, journal_title
from ui.languages import Language, LanguageManager
from ui.notice_banner import NoticeBanner
from ui.page_viewer import close_copy_viewers, open_copy_viewer
from ui.registration_actions import RegistrationActions, Workplace
from ui.registry_loader import (
    DEMO_CARD_COUNT,
    OpenedRegistry,
    RegistrySummary,
    StoreLocation,
    journal_pages,
    open_registry,
    read_summary,
)
from ui.reminders import Reminders
from ui.search_panel import SearchPanel, search_tab_title
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog
from ui.staff_dialog import StaffDialog
from ui.status_page import StatusPage
from ui.text_recognition import TextRecognition
from ui.welcome_page import WelcomePage
from ui.workers import Task, TaskRunner

DEFAULT_SIZE = (1280, 760)
STATUS_MESSAGE_MS = 15_000
INBOX_WAITING_COLOUR = "#0b57a4"  # the unfiled files tab while files wait: noticed, not alarming


class MainWindow(QMainWindow):
    def __init__(
        self,
        real_location: StoreLocation,
        settings: AppSettings,
        languages: LanguageManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._real_location = real_location
        self._settings = settings
        self._languages = languages
        self._runner = TaskRunner(self)  # the store: opening, journal pages, closing
        self._copies_runner = TaskRunner(self)  # attaching, the copies panel, thumbnails
        self._viewer_runner = TaskRunner(self)  # page viewers: a page shows while a large attach runs
        self._ocr_runner = TaskRunner(self)  # text recognition batches
        self._hot_folder_runner = TaskRunner(self)  # taking scans from the scanner folder
        self._opened: OpenedRegistry | None = None
        self._opening: Task[OpenedRegistry] | None = None
        self._retired: list[Registry] = []  # closed on the worker, and again for sure at exit
        self._views: list[JournalView] = []
        self._empty_journals_chosen = False  # "Start with the empty registry", for this session
        self._render_status: Callable[[], None] | None = None  # redraws the status page in a new language
        self._attaching: Task[AttachReport] | None = None
        self._attach_card: JournalRow | None = None  # the card files are being attached to
        self._ocr_waiting: int | None = None  # files waiting while text recognition works
        self._ocr_notice: OcrOffReason | None = None  # shown once per session, then never again
        self._hot_folder_told = False  # the scanner folder's trouble: told once per session and folder
        self._notice_render: Callable[[], None] | None = None  # redraws the notice in a new language
        self._inbox_count: int | None = None
        self.attach_result_dialog: copy_dialogs.AttachResultDialog | None = None
        self.hot_folder_dialog: HotFolderDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.settings_dialog: SettingsDialog | None = None

        self.banner = DemoBanner()
        self.banner.hide()
        self.banner.backRequested.connect(self.open_my_registry)
        self.status_page = StatusPage()
        self.status_page.retryRequested.connect(self._retry)
        self._retry_location: StoreLocation | None = None
        self.welcome_page = WelcomePage()
        self.welcome_page.demoRequested.connect(self.open_demo_registry)
        self.welcome_page.emptyRequested.connect(self._start_with_empty_registry)
        self.notice = NoticeBanner()
        self.notice.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_selection)
        self.copies_panel = CopiesPanel(self._copies_runner)
        self.copies_panel.setMinimumHeight(120)
        self.copies_panel.attach_button.clicked.connect(self.attach_copies)
        self.copies_panel.filesDropped.connect(self._attach_dropped_on_panel)
        self.copies_panel.copyActivated.connect(self._view_copy)
        self.control_panel = ControlPanel(self._runner)
        self.control_panel.changed.connect(self._on_control_changed)
        self.control_panel.staffChanged.connect(self._on_staff_changed)
        self.card_panel = CardPanel(self._runner)
        self.card_panel.cardRequested.connect(self._open_linked_card)
        self.card_tabs = QTabWidget()  # under the journals: the selected card, its copies and control
        self.card_tabs.setObjectName("card_tabs")
        self.card_tabs.setDocumentMode(True)
        self.card_tabs.addTab(self.card_panel, "")
        self.card_tabs.addTab(self.copies_panel, "")
        self.card_tabs.addTab(self.control_panel, "")
        self.card_tabs.setMinimumHeight(120)
        # Tabs added only once a registry is open: children of the window from the start, so
        # that Qt deletes them with it (a parentless widget left to Python's garbage collector
        # may be destroyed on a worker thread and crash the process).
        self.control_tab = ControlTab(self._runner, self)
        self.control_tab.hide()
        self.control_tab.cardSelected.connect(self._on_selection)
        self.control_tab.cardActivated.connect(self._open_control_card)
        self.control_tab.model.loadFailed.connect(self._on_page_failed)
        self.search_panel = SearchPanel(self._runner, self)
        self.search_panel.hide()
        self.search_panel.cardSelected.connect(self._on_selection)
        self.search_panel.cardActivated.connect(self._open_found_card)
        self.reminders = Reminders(self._runner, self)
        self.reminders.showRequested.connect(self.show_control)
        self.inbox_panel = InboxPanel(self._copies_runner, self)
        self.inbox_panel.hide()
        self.inbox_panel.countChanged.connect(self._on_inbox_count)
        self.inbox_panel.filed.connect(self._on_inbox_filed)
        self.inbox_panel.folderSettingsRequested.connect(self.choose_hot_folder)
        self.journals_page = QSplitter(Qt.Orientation.Vertical)
        self.journals_page.setObjectName("journals_page")
        self.journals_page.setChildrenCollapsible(False)
        self.journals_page.addWidget(self.tabs)
        self.journals_page.addWidget(self.card_tabs)
        self.journals_page.setStretchFactor(0, 1)
        self.journals_page.setStretchFactor(1, 0)
        self.stack = QStackedWidget()
        for page in (self.status_page, self.welcome_page, self.journals_page):
            self.stack.addWidget(page)

        self.recognition = TextRecognition(self._ocr_runner, self)
        self.recognition.busyChanged.connect(self._on_recognition_busy)
        self.recognition.switchedOff.connect(self._on_recognition_off)
        self.recognition.textsRecognised.connect(self.copies_panel.reload)
        self.hot_folder = HotFolderWatcher(self._hot_folder_runner, self)
        self.hot_folder.filesArrived.connect(self._on_files_arrived)
        self.hot_folder.unavailable.connect(self._on_hot_folder_unavailable)
        self.hot_folder.availableAgain.connect(self._on_hot_folder_available)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.notice)
        column.addWidget(self.reminders.banner)  # beside other notices, never instead of them
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long database path gives way to the counts beside it (the tooltip has it whole).
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.station_label = QLabel()
        self.count_label = QLabel()
        self.activity = ActivityIndicator()  # "Attaching files to card No. …", progress, Cancel
        self.ocr_label = QLabel()  # "Recognising text: N waiting", or that it is off
        self.ocr_label.setObjectName("ocr_status_label")
        self.ocr_label.hide()
        self.hot_folder_label = QLabel()  # the scanner folder cannot be opened, or is paused
        self.hot_folder_label.setObjectName("hot_folder_status_label")
        self.hot_folder_label.hide()
        for label in (
            self.location_label,
            self.station_label,
            self.count_label,
            self.ocr_label,
            self.hot_folder_label,
        ):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.activity)
        self.statusBar().addPermanentWidget(self.ocr_label)
        self.statusBar().addPermanentWidget(self.hot_folder_label)
        self.statusBar().addPermanentWidget(self.reminders.status_label)
        self.statusBar().addPermanentWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.count_label)

        self._create_actions()
        self.registration = RegistrationActions(self, self._runner, self._workplace)
        self.registration.registered.connect(self._on_registered)
        self._select_when_loaded: CardRef | None = None  # a card just registered, shown once loaded
        self._set_icons()
        self.setWindowIcon(app_icon())
        self._create_menus()
        self._create_toolbar()
        self._languages.languageChanged.connect(self._check_language_action)
        self.retranslate()
        self._update_state()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    # --- actions and menus ----------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.open_demo_action = QAction(self)
        self.open_demo_action.setObjectName("open_demo_action")
        self.open_demo_action.triggered.connect(self.open_demo_registry)
        self.open_mine_action = QAction(self)
        self.open_mine_action.setObjectName("open_my_registry_action")
        self.open_mine_action.triggered.connect(self.open_my_registry)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)
        self.attach_action = QAction(self)
        self.attach_action.setObjectName("attach_copies_action")
        self.attach_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attach_action.triggered.connect(self.attach_copies)
        self.hot_folder_action = QAction(self)
        self.hot_folder_action.setObjectName("hot_folder_action")
        self.hot_folder_action.triggered.connect(self.choose_hot_folder)
        self.inbox_action = QAction(self)
        self.inbox_action.setObjectName("inbox_action")
        self.inbox_action.triggered.connect(self.show_inbox)
        self.find_action = QAction(self)
        self.find_action.setObjectName("find_action")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.show_search)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.staff_action = QAction(self)
        self.staff_action.setObjectName("staff_action")
        self.staff_action.triggered.connect(self.show_staff)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.endonym, self.language_group)
            action.setObjectName(f"language_{language.value}_action")
            action.setCheckable(True)
            action.triggered.connect(partial(self._choose_language, language))
            self.language_actions[language] = action
        self._check_language_action()

    def _set_icons(self) -> None:
        for action, command in (
            (self.registration.new_incoming, Command.NEW_INCOMING), (self.registration.new_outgoing, Command.NEW_OUTGOING),
            (self.registration.reply, Command.REPLY), (self.attach_action, Command.ATTACH),
            (self.find_action, Command.SEARCH), (self.refresh_action, Command.REFRESH),
            (self.about_action, Command.ABOUT), (self.quit_action, Command.QUIT),
        ):
            action.setIcon(command_icon(command))

    def _create_toolbar(self) -> None:
        """The day's commands within one click, named (not icons alone: clerks should not guess)."""
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.registration.new_incoming, self.registration.reply, self.attach_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.find_action, self.refresh_action])

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_demo_action)
        self.file_menu.addAction(self.open_mine_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.hot_folder_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.card_menu = bar.addMenu("")
        self.card_menu.addActions(self.registration.actions)
        self.card_menu.addSeparator()
        self.card_menu.addAction(self.attach_action)
        self.card_menu.addSeparator()
        self.card_menu.addActions(list(self.control_panel.actions_by_name.values()))
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.inbox_action)
        self.view_menu.addAction(self.refresh_action)
        self.reference_menu = bar.addMenu("")
        self.reference_menu.addAction(self.staff_action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.open_demo_action.setText(self.tr("Open &demo registry"))
        self.open_mine_action.setText(self.tr("Open &my registry"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(
            self.tr("The body, numbering, deadline rules, the working-day calendar, text recognition, language")
        )
        self.card_menu.setTitle(self.tr("&Card"))
        self.activity.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.registration.retranslate()
        self.attach_action.setText(self.tr("Attach electronic &copies…"))
        self.attach_action.setToolTip(self.tr("Attach scans (PDF, TIFF, JPEG) to the selected card"))
        self.hot_folder_action.setText(self.tr("Scanner &folder…"))
        self.hot_folder_action.setToolTip(self.tr("Choose the folder network scanners save scans into"))
        self.view_menu.setTitle(self.tr("&View"))
        self.inbox_action.setText(self.tr("&Unfiled files"))
        self.find_action.setText(self.tr("&Search…"))
        self.find_action.setToolTip(self.tr("Find cards by their text, the text of their scans, or any field"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.reference_menu.setTitle(self.tr("Refere&nce"))
        self.staff_action.setText(self.tr("&Staff (executors)…"))
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.card_panel), self.tr("Card"))
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.copies_panel), self.tr("Electronic copies"))
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.control_panel), self.tr("Execution control"))
        self._render_control_tab()
        self._render_search_tab()
        self.reminders.retranslate()
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        for index, view in enumerate(self._views):
            self.tabs.setTabText(index, journal_tab_title(view.journal))
            self.tabs.setTabToolTip(index, journal_title(view.journal))
        self._render_inbox_tab()
        if self._render_status is not None:
            self._render_status()
        if self._notice_render is not None and self.notice.isVisible():
            self._notice_render()
        self._render_ocr_status()
        self._render_hot_folder_status()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_language(self, language: Language) -> None:
        if language is not self._languages.language:
            self._languages.apply(language)

    def _check_language_action(self) -> None:
        self.language_actions[self._languages.language].setChecked(True)

    # --- opening registries ---------------------------------------------------------------------

    @property
    def opened(self) -> OpenedRegistry | None:
        return self._opened

    @property
    def journal_views(self) -> list[JournalView]:
        return list(self._views)

    def open_my_registry(self) -> None:
        self._open(self._real_location)

    def open_demo_registry(self) -> None:
        self._open(self._real_location.demo())

    def _open(self, location: StoreLocation) -> None:
        if self._opening is not None:
            return  # one registry at a time; the menus are disabled meanwhile anyway
        if not self.registration.may_drop_unregistered():
            return
        self._show_status(partial(self._render_opening, location))
        self._opening = self._runner.submit(
            partial(open_registry, location),
            success=self._on_opened,
            failure=partial(self._on_open_failed, location),
        )
        self._update_state()

    def _render_opening(self, location: StoreLocation) -> None:
        if location.is_demo:
            self.status_page.show_busy(
                self.tr("Preparing the demo registry…"),
                self.tr(
                    "A demo registry with {0} invented appeals is being prepared. "
                    "It takes a few seconds. Your registry is not changed."
                ).format(formatting.count(DEMO_CARD_COUNT)),
            )
        else:
            self.status_page.show_busy(self.tr("Opening the registry…"), self.tr("It takes a few seconds."))

    def _on_opened(self, opened: OpenedRegistry) -> None:
        self._opening = None
        self._release_current()
        self._opened = opened
        self._empty_journals_chosen = False
        self._build_journal_tabs(opened.registry, opened.summary.journals)
        self.copies_panel.set_registry(opened.registry)
        self.card_panel.set_registry(opened.registry)
        self.control_panel.set_registry(opened.registry)
        self.control_tab.set_registry(opened.registry)
        self.search_panel.set_registry(opened.registry)
        self.reminders.set_registry(opened.registry)
        self.inbox_panel.set_registry(opened.registry, [journal.code for journal in opened.summary.journals])
        self.recognition.start(opened.registry)
        self._start_hot_folder()
        self._show_registry()
        self._update_state()

    def _on_open_failed(self, location: StoreLocation, exc: BaseException) -> None:
        self._opening = None
        text = describe(exc)
        if self._opened is not None:
            # The registry that was open stays open: go back to it and say what failed.
            self._show_registry()
            self._update_state()
            QMessageBox.warning(self, text.headline, f"{text.advice}\n\n{text.detail}")
            return
        self._show_status(partial(self._render_open_error, location, exc))
        self._update_state()

    def _render_open_error(self, location: StoreLocation, exc: BaseException) -> None:
        text = describe(exc)
        self.status_page.show_error(text.headline, text.advice, text.detail)
        self._retry_location = location

    def _retry(self) -> None:
        if self._retry_location is not None:
            self._open(self._retry_location)

    def _release_current(self) -> None:
        """Detaches the tables, the copies panel and the unfiled files from the registry being left,
        stops text recognition and the scanner folder for it, then closes it once every runner is
        done with it."""
        for view in self._views:
            view.model.detach()
        self.tabs.clear()
        for view in self._views:
            view.deleteLater()
        self._views = []
        self.copies_panel.set_registry(None)
        close_copy_viewers(self)
        self.registration.close_forms()
        if self.settings_dialog is not None:  # its pages read and write the registry being left
            self.settings_dialog.close()
        self._detach_control()
        self.inbox_panel.set_registry(None)
        self.recognition.stop()
        self.hot_folder.stop()
        self._render_ocr_status()
        self._render_hot_folder_status()
        if self._opened is not None:
            registry = self._opened.registry
            self._retired.append(registry)
            runners = [self._runner, self._copies_runner, self._viewer_runner, self._ocr_runner, self._hot_folder_runner]
            self._close_after_work(registry, runners)
            self._opened = None

    def _close_after_work(self, registry: Registry, runners: list[TaskRunner]) -> None:
        """Each runner works in submission order: a no-op on each in turn comes back only once
        everything submitted before it (a page fetch, an attach, a recognition batch) is done.
        The last runner then closes the registry."""
        first, rest = runners[0], runners[1:]
        if rest:
            first.submit(lambda: None, success=lambda _: self._close_after_work(registry, rest))
        else:
            first.submit(registry.close, success=lambda _: self._forget_retired(registry))

    def _forget_retired(self, registry: Registry) -> None:
        if registry in self._retired:
            self._retired.remove(registry)

    def _build_journal_tabs(self, registry: Registry, journals: tuple[Journal, ...]) -> None:
        for journal in journals:
            model = JournalModel(
                journal.direction, journal_pages(registry, journal.code, PAGE_SIZE), self._runner,
                oldest_first_source=journal_pages(registry, journal.code, PAGE_SIZE, oldest_first=True),
            )
            model.loadFailed.connect(self._on_page_failed)
            model.loadingChanged.connect(self._select_registered)
            view = JournalView(journal, model, settings=self._settings)
            model.setParent(view)
            view.set_row_actions([self.attach_action, self.registration.reply])
            view.selectedRowChanged.connect(self._on_selection)
            view.filesDropped.connect(self._attach_dropped)
            view.dropTargetChanged.connect(self._on_drop_target)
            self._views.append(view)
            index = self.tabs.addTab(view, journal_tab_title(journal))
            self.tabs.setTabToolTip(index, journal_title(journal))
            model.reload()
        self.tabs.addTab(self.control_tab, control_tab_title())
        self.tabs.addTab(self.search_panel, search_tab_title())
        self.tabs.addTab(self.inbox_panel, "")
        self._render_control_tab()
        self._render_search_tab()
        self._render_inbox_tab()

    # --- what the window shows --------------------------------------------------------------------

    def _show_status(self, render: Callable[[], None]) -> None:
        self._render_status = render
        render()
        self.stack.setCurrentWidget(self.status_page)

    def _show_registry(self) -> None:
        assert self._opened is not None
        self._render_status = None
        empty = self._opened.summary.card_count == 0
        if empty and not self._opened.location.is_demo and not self._empty_journals_chosen:
            self.stack.setCurrentWidget(self.welcome_page)
        else:
            self.stack.setCurrentWidget(self.journals_page)

    def _start_with_empty_registry(self) -> None:
        self._empty_journals_chosen = True
        self._show_registry()

    def _update_state(self) -> None:
        opened, busy = self._opened, self._opening is not None
        is_demo = opened is not None and opened.location.is_demo
        title = app_name()
        if opened is not None and opened.summary.body_name:
            title = f"{opened.summary.body_name} — {title}"
        self.setWindowTitle(self.tr("[DEMO] {0}").format(title) if is_demo else title)
        self.banner.setVisible(is_demo)
        self.banner.setEnabled(not busy)
        self.open_demo_action.setEnabled(not busy and not is_demo)
        self.open_mine_action.setEnabled(not busy and (is_demo or opened is None))
        self.refresh_action.setEnabled(not busy and opened is not None)
        self.inbox_action.setEnabled(not busy and opened is not None)
        self.find_action.setEnabled(not busy and opened is not None)
        self.staff_action.setEnabled(not busy and opened is not None)
        self.settings_action.setEnabled(not busy and opened is not None)
        self.welcome_page.setEnabled(not busy)
        self.attach_action.setEnabled(self._can_attach() and self.selected_card() is not None)
        self.registration.update_state()
        self.copies_panel.attach_button.setEnabled(self.attach_action.isEnabled())
        attaching = self._attach_card
        if attaching is not None:
            self.activity.set_text(self.tr("Attaching files to card No. {0}…").format(attaching.number))
        if opened is None:
            for label in (self.location_label, self.station_label, self.count_label):
                label.clear()
            return
        self.location_label.setText(
            self.tr("Database: {0}").format(formatting.store_location(opened.registry.location))
        )
        self.location_label.setToolTip(self.location_label.text())
        self.station_label.setText(self.tr("Workstation: {0}").format(opened.summary.station_code))
        self.count_label.setText(
            self.tr("Cards in the registry: {0}").format(formatting.count(opened.summary.card_count))
        )

    # --- registration ----------------------------------------------------------------------------

    def _workplace(self) -> Workplace | None:
        if self._opened is None or self._opening is not None:
            return None
        view = self._current_view()
        return Workplace(
            registry=self._opened.registry, journals=self._opened.summary.journals,
            journal_on_screen=view.journal if view is not None else None, selected=self.selected_card(),
        )

    def _on_registered(self, card: Card) -> None:
        """A card was registered in a form: say so, and show it in its journal once reloaded."""
        self.statusBar().showMessage(self.tr("Card No. {0} registered.").format(card.number), 15_000)
        self._select_when_loaded = CardRef(card.id, card.number)
        self.refresh(newest_first=True)  # the new card is at the top of its journal

    def _select_registered(self, loading: bool) -> None:
        card = self._select_when_loaded
        if loading or card is None or not any(view.model.find_row(card.id) is not None for view in self._views):
            return
        self._select_when_loaded = None
        self._open_card(card)
        self.card_tabs.setCurrentWidget(self.card_panel)

    # --- the selected card and its electronic copies ----------------------------------------------

    def _current_view(self) -> JournalView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, JournalView) else None

    def selected_card(self) -> JournalRow | None:
        """The card the card actions work on: the selected row of the journal on screen."""
        view = self._current_view()
        if view is None or self.stack.currentWidget() is not self.journals_page:
            return None
        return view.selected_row()

    def _on_selection(self, *_: object) -> None:
        inbox = self.tabs.currentWidget() is self.inbox_panel
        self.card_tabs.setVisible(not inbox)  # the unfiled files belong to no card yet
        self.copies_panel.show_card(self.selected_card())
        on_control = self.tabs.currentWidget() is self.control_tab
        on_search = self.tabs.currentWidget() is self.search_panel
        # the copies are attached in the journals
        self.card_tabs.setTabEnabled(self.card_tabs.indexOf(self.copies_panel), not on_control)
        card: CardRef | None
        if on_control:
            self.card_tabs.setCurrentWidget(self.control_panel)
            card = self.control_tab.selected_card()
        elif on_search:
            self.copies_panel.show_card(self.search_panel.selected_row())
            card = self.search_panel.selected_card()
        else:
            row = self.selected_card()
            card = CardRef(row.id, row.number) if row is not None else None
        self.control_panel.show_card(card)
        self.card_panel.show_card(card.id if card is not None else None)
        self._update_state()

    def _can_attach(self) -> bool:
        return self._opened is not None and self._opening is None and self._attaching is None

    def attach_copies(self) -> None:
        """Card > Attach electronic copies: choose files for the selected card."""
        row = self.selected_card()
        if row is None or not self._can_attach():
            return
        paths = copy_dialogs.choose_files(self, self._settings.attach_folder)
        if not paths:
            return
        self._settings.attach_folder = str(paths[0].parent)
        self._attach(row, paths)

    def _view_copy(self, copy: ElectronicCopy) -> None:
        if self._opened is not None:
            open_copy_viewer(self, self._viewer_runner, self._opened.registry, copy, self._settings)

    def _attach_dropped(self, row: JournalRow, paths: list[Path]) -> None:
        self.statusBar().clearMessage()
        self._attach(row, paths)

    def _attach_dropped_on_panel(self, paths: list[Path]) -> None:
        row = self.copies_panel.card
        if row is not None:
            self._attach(row, paths)

    def _on_drop_target(self, row: JournalRow | None) -> None:
        if row is None:
            self.statusBar().clearMessage()
        elif self._attach_card is not None:
            self.statusBar().showMessage(self._wait_for_attach_text())
        else:
            self.statusBar().showMessage(
                self.tr("Release the mouse button to attach the files to card No. {0}.").format(row.number)
            )

    def _wait_for_attach_text(self) -> str:
        assert self._attach_card is not None
        return self.tr("Please wait: files are being attached to card No. {0}.").format(
            self._attach_card.number
        )

    def _attach(self, row: JournalRow, paths: list[Path]) -> None:
        if self._attach_card is not None:
            self.statusBar().showMessage(self._wait_for_attach_text(), STATUS_MESSAGE_MS)
            return
        if not self._can_attach():
            return
        default = CopyRole.REPLY if row.direction is Direction.OUTGOING else CopyRole.APPEAL
        role = copy_dialogs.ask_role(self, row.number, paths, default)
        if role is None or not self._can_attach() or self._opened is None:
            return
        registry = self._opened.registry
        card_id, actor, files = str(row.id), Actor.from_environment(), list(paths)
        self._attach_card = row
        progress, cancelled = self.activity.start(self.tr("Attaching files to card No. {0}…").format(row.number))
        self._attaching = self._copies_runner.submit(
            lambda: registry.copies.attach(card_id, files, role, actor, progress=progress, cancelled=cancelled),
            success=partial(self._on_attached, registry, row),
            failure=self._on_attach_failed,
        )
        self._update_state()

    def _attach_finished(self) -> None:
        self._attaching = None
        self._attach_card = None
        self.activity.finish()
        self._update_state()

    def _on_attached(self, registry: Registry, row: JournalRow, report: AttachReport) -> None:
        self._attach_finished()
        current = self._opened is not None and self._opened.registry is registry
        if current:
            shown = self.copies_panel.card
            if shown is not None and shown.id == row.id:
                self.copies_panel.reload()
            if report.attached:
                self.recognition.request()
        dialog = copy_dialogs.AttachResultDialog(row.number, report, self)
        dialog.destroyed.connect(self._forget_result_dialog)
        self.attach_result_dialog = dialog
        dialog.open()

    def _forget_result_dialog(self) -> None:
        self.attach_result_dialog = None

    def _on_attach_failed(self, exc: BaseException) -> None:
        self._attach_finished()
        if isinstance(exc, CancelledError):
            self.statusBar().showMessage(self.tr("Attaching was cancelled: no file was attached."), STATUS_MESSAGE_MS)
            return
        text = describe(exc)
        QMessageBox.warning(self, text.headline, f"{text.advice}\n\n{text.detail}")

    # --- text recognition ---------------------------------------------------------------------------

    def _on_recognition_busy(self, waiting: int | None) -> None:
        self._ocr_waiting = waiting
        self._render_ocr_status()

    def _on_recognition_off(self, reason: OcrOffReason) -> None:
        self._render_ocr_status()
        if self._ocr_notice is None:  # once per session: the status bar keeps saying it quietly
            self._ocr_notice = reason
            self._show_ocr_notice(reason)

    def _show_ocr_notice(self, reason: OcrOffReason) -> None:
        self._show_notice(
            lambda: self.notice.show_notice(
                copy_texts.ocr_off_headline(), copy_texts.ocr_off_text(reason), reason.problem
            )
        )

    def _show_notice(self, render: Callable[[], None]) -> None:
        """One notice at a time; ``render`` draws it again when the language changes."""
        self._notice_render = render
        render()

    def _render_ocr_status(self) -> None:
        off = self.recognition.off
        self.copies_panel.set_recognition_off(off is not None)
        if off is not None:
            self.ocr_label.setText("⚠ " + self.tr("Text recognition is off"))
            self.ocr_label.setToolTip(copy_texts.ocr_off_text(off))
            self.ocr_label.show()
        elif self._ocr_waiting is not None:
            self.ocr_label.setText(
                self.tr("Recognising text: {0} waiting").format(formatting.count(self._ocr_waiting))
            )
            self.ocr_label.setToolTip(
                self.tr("Text recognition works in the background; you can go on working.")
            )
            self.ocr_label.show()
        else:
            self.ocr_label.hide()

    # --- the unfiled files and the scanner folder ---------------------------------------------------

    def show_inbox(self) -> None:
        """View > Unfiled files: the tab beside the journals (also from the first screen of an empty
        registry, where scans may arrive before the first card)."""
        if self._opened is None or self._opening is not None:
            return
        if self.stack.currentWidget() is self.welcome_page:
            self._start_with_empty_registry()
        self.tabs.setCurrentWidget(self.inbox_panel)

    def _on_inbox_count(self, count: int | None) -> None:
        self._inbox_count = count
        self._render_inbox_tab()

    def _render_inbox_tab(self) -> None:
        index = self.tabs.indexOf(self.inbox_panel)
        if index < 0:
            return
        self.tabs.setTabText(index, inbox_tab_title(self._inbox_count))
        self.tabs.setTabToolTip(
            index, self.tr("Scans from the scanner folder that are not attached to a card yet")
        )
        # An invalid colour gives the tab bar's own text colour back.
        self.tabs.tabBar().setTabTextColor(index, QColor(INBOX_WAITING_COLOUR) if self._inbox_count else QColor())

    def _on_inbox_filed(self, copy: ElectronicCopy, number: str) -> None:
        shown = self.copies_panel.card
        if shown is not None and shown.id == copy.card_id:
            self.copies_panel.reload()
        self.recognition.request()

    def choose_hot_folder(self) -> None:
        """File > Scanner folder: the folder this computer takes scans from, or none."""
        if self.hot_folder_dialog is not None:
            self.hot_folder_dialog.raise_()
            return
        dialog = HotFolderDialog(self._settings.hot_folder, self._real_location.data_dir, self)
        dialog.accepted.connect(partial(self._on_hot_folder_chosen, dialog))
        dialog.finished.connect(self._forget_hot_folder_dialog)  # at once: it is deleted later
        self.hot_folder_dialog = dialog
        dialog.open()

    def _forget_hot_folder_dialog(self, _result: int = 0) -> None:
        self.hot_folder_dialog = None

    def _on_hot_folder_chosen(self, dialog: HotFolderDialog) -> None:
        folder = dialog.folder()
        if folder == self._settings.hot_folder:
            return
        self._settings.hot_folder = folder
        self._hot_folder_told = False  # a new folder: its trouble is worth saying once again
        self._start_hot_folder()
        if folder is None:
            self.statusBar().showMessage(self.tr("Scans are no longer taken from a folder."), STATUS_MESSAGE_MS)
        else:
            self.statusBar().showMessage(
                self.tr("Scans will be taken from the folder {0}.").format(folder), STATUS_MESSAGE_MS
            )

    def _start_hot_folder(self) -> None:
        """Scans are taken into the clerk's own registry only: in the demo registry the folder
        waits (its files stay where they are until the clerk goes back)."""
        folder, opened = self._settings.hot_folder, self._opened
        paused = folder is not None and opened is not None and opened.location.is_demo
        if opened is None or folder is None or paused:
            self.hot_folder.stop()
        else:
            self.hot_folder.start(opened.registry, Path(folder))
        self._hide_hot_folder_notice()
        self.inbox_panel.set_folder(folder, paused=paused)
        self._render_hot_folder_status()

    def _on_files_arrived(self, report: HotFolderReport) -> None:
        self.inbox_panel.reload()
        taken, refused = formatting.count(len(report.imported)), formatting.count(len(report.rejected))
        if report.imported and report.rejected:
            text = self.tr(
                "Files from the scanner: {0} received, {1} not accepted (see the “rejected” folder in the scanner folder)."
            ).format(taken, refused)
        elif report.imported:
            text = self.tr("Files from the scanner: {0} received. They are waiting in “Unfiled files”.").format(taken)
        else:
            text = self.tr(
                "Files from the scanner not accepted: {0} (see the “rejected” folder in the scanner folder)."
            ).format(refused)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _on_hot_folder_unavailable(self, problem: str) -> None:
        self._render_hot_folder_status()
        if not self._hot_folder_told:  # once: the status bar keeps saying it quietly
            self._hot_folder_told = True
            self._show_notice(self._render_hot_folder_notice)

    def _on_hot_folder_available(self) -> None:
        self._hide_hot_folder_notice()
        self._render_hot_folder_status()
        self.statusBar().showMessage(self.tr("The scanner folder can be opened again."), STATUS_MESSAGE_MS)

    def _hide_hot_folder_notice(self) -> None:
        if self._notice_render == self._render_hot_folder_notice and self.notice.isVisible():
            self.notice.hide()

    def _render_hot_folder_notice(self) -> None:
        self.notice.show_notice(
            self.tr("The scanner folder cannot be opened."),
            self._hot_folder_trouble_text(),
            self.hot_folder.problem or "",
        )

    def _hot_folder_trouble_text(self) -> str:
        return self.tr(
            "The folder {0} does not exist or cannot be read from this computer. New scans are not "
            "taken meanwhile; the program keeps checking and takes them as soon as the folder can be "
            "opened. If the folder has moved, choose it again in File › Scanner folder; otherwise ask "
            "the administrator."
        ).format(str(self.hot_folder.folder or self._settings.hot_folder or ""))

    def _render_hot_folder_status(self) -> None:
        folder, opened = self._settings.hot_folder, self._opened
        if self.hot_folder.problem is not None:
            self.hot_folder_label.setText("⚠ " + self.tr("Scanner folder unavailable"))
            self.hot_folder_label.setToolTip(self._hot_folder_trouble_text())
            self.hot_folder_label.show()
        elif folder is not None and opened is not None and opened.location.is_demo:
            self.hot_folder_label.setText(self.tr("Scanner folder: paused"))
            self.hot_folder_label.setToolTip(
                self.tr(
                    "Scans are taken only into your own registry. They wait in the scanner folder "
                    "until you go back to it."
                )
            )
            self.hot_folder_label.show()
        else:
            self.hot_folder_label.hide()

    # --- execution control ---------------------------------------------------------------------------

    def _render_control_tab(self) -> None:
        index = self.tabs.indexOf(self.control_tab)
        if index >= 0:
            self.tabs.setTabText(index, control_tab_title())
            self.tabs.setTabToolTip(index, self.tr("Appeals on execution control by due date; overdue first"))

    def _detach_control(self) -> None:
        self.card_panel.set_registry(None)
        self.control_panel.set_registry(None)
        self.control_tab.set_registry(None)
        self.search_panel.set_registry(None)
        self.reminders.set_registry(None)

    def show_control(self, show: Show = Show.OVERDUE) -> None:
        """The "On control" tab filtered as asked (the reminders' "Show overdue")."""
        if self._opened is None or self._opening is not None:
            return
        if self.stack.currentWidget() is not self.journals_page:
            self._start_with_empty_registry()
        self.control_tab.show_only(show)
        self.tabs.setCurrentWidget(self.control_tab)
        self.control_tab.table.setFocus()

    def _open_control_card(self, row: ControlView) -> None:
        """Double-click or Enter on the "On control" tab: the card's row in its journal, when the
        journal has loaded it; otherwise the card's control panel right there."""
        self._open_card(CardRef(row.card_id, row.number))

    def _open_found_card(self, card: CardRef) -> None:
        self._open_card(card)

    def _open_card(self, card: CardRef) -> None:
        for view in self._views:
            line = view.model.find_row(card.id)
            if line is not None:
                self.tabs.setCurrentWidget(view)
                view.table.selectRow(line)
                view.table.scrollTo(view.model.index(line, 0))
                view.table.setFocus()
                break
        else:
            # Not among the loaded rows: no journal row may stay selected, or the copies, Attach
            # and Reply would act on that other card while the panels show this one.
            on_screen = self._current_view()
            if on_screen is not None:
                on_screen.table.clearSelection()
            self.control_panel.show_card(card)
            self.card_panel.show_card(card.id)
        self.card_tabs.setCurrentWidget(self.control_panel)

    def _open_linked_card(self, card: LinkedCard) -> None:
        """A linked card clicked in the card panel: its row in a journal (or its panel in place)."""
        self._open_card(CardRef(card.id, card.number))
        self.card_tabs.setCurrentWidget(self.card_panel)

    # --- search ------------------------------------------------------------------------------------

    def _render_search_tab(self) -> None:
        index = self.tabs.indexOf(self.search_panel)
        if index >= 0:
            self.tabs.setTabText(index, search_tab_title())
            self.tabs.setTabToolTip(index, self.tr("Find cards by their text, the text of their scans, or any field"))

    def show_search(self) -> None:
        """View > Search (Ctrl+F): the search tab, the cursor in its search line."""
        if self._opened is None or self._opening is not None:
            return
        if self.stack.currentWidget() is not self.journals_page:
            self._start_with_empty_registry()
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def _on_control_changed(self, card_id: uuid.UUID, state: ControlState) -> None:
        """An action went through: the card's row, the "On control" list and the counts follow."""
        for view in self._views:
            view.model.update_control(card_id, state.status, state.due_on if state.is_open else None)
        self.control_tab.reload(keep_selection=True)
        self.card_panel.reload()
        self.reminders.check()

    def show_staff(self) -> None:
        """Reference > Staff (executors): the list, and adding to it."""
        if self._opened is None or self._opening is not None:
            return
        if self.staff_dialog is not None:
            self.staff_dialog.raise_()
            return
        dialog = StaffDialog(self._opened.registry, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.staffChanged.connect(self._on_staff_changed)
        dialog.finished.connect(self._forget_staff_dialog)
        self.staff_dialog = dialog
        dialog.open()

    def _forget_staff_dialog(self, _result: int = 0) -> None:
        self.staff_dialog = None

    def show_settings(self) -> None:
        """File > Settings: the body, numbering, deadline rules, calendar, recognition, language."""
        if self._opened is None or self._opening is not None:
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(self._opened.registry, self._runner, self._languages, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_settings_changed)
        dialog.finished.connect(self._forget_settings_dialog)
        self.settings_dialog = dialog
        dialog.open()

    def _forget_settings_dialog(self, _result: int = 0) -> None:
        self.settings_dialog = None

    def _on_settings_changed(self) -> None:
        """Saved settings: the title (the body), station, journals, due dates and recognition follow."""
        self.refresh()
        self.recognition.request()  # the languages chosen may have turned recognition back on

    def _on_staff_changed(self) -> None:
        self.control_tab.reload_staff()
        self.search_panel.reload_references()
        self.control_panel.reload()
        self.card_panel.reload()

    # --- refresh, about, close ----------------------------------------------------------------------

    def refresh(self, *, newest_first: bool = False) -> None:
        """Everything read again; ``newest_first`` also turns journals shown oldest first around
        (the switch reads their first page itself)."""
        if self._opened is None or self._opening is not None:
            return
        registry = self._opened.registry
        self._runner.submit(partial(read_summary, registry), success=partial(self._on_summary, registry))
        for view in self._views:
            if newest_first and view.model.oldest_first:
                view.model.set_oldest_first(False)
            else:
                view.model.reload()
        self.inbox_panel.reload()
        self.control_tab.reload(keep_selection=True)
        self.control_panel.reload()
        self.card_panel.reload()
        self.reminders.check()

    def _on_summary(self, registry: Registry, summary: RegistrySummary) -> None:
        if self._opened is None or self._opened.registry is not registry:
            return  # another registry was opened meanwhile
        self._opened = dataclasses.replace(self._opened, summary=summary)
        if self.stack.currentWidget() is not self.status_page:
            self._show_registry()
        self._update_state()

    def _on_page_failed(self, exc: BaseException) -> None:
        text = describe(exc)
        self.statusBar().showMessage(f"{text.headline} {text.advice}", 15_000)

    def _show_about(self) -> None:
        location = formatting.store_location(self._opened.registry.location) if self._opened else None
        show_about(self, location)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.registration.may_drop_unregistered():
            event.ignore()
            return
        self._settings.window_geometry = self.saveGeometry()
        self.registration.close_forms()
        self.hide()  # at once: a text recognition batch may take a moment to finish below
        self.recognition.stop()
        self.hot_folder.stop()
        self.copies_panel.set_registry(None)
        self._detach_control()
        self.inbox_panel.set_registry(None)
        for runner in (self._copies_runner, self._viewer_runner, self._ocr_runner, self._hot_folder_runner, self._runner):
            runner.shutdown()
        for view in self._views:
            view.model.detach()
        if self._opened is not None:
            self._retired.append(self._opened.registry)
            self._opened = None
        for registry in self._retired:
            registry.close()
        self._retired.clear()
        super().closeEvent(event)
