"""The main window: the registration journals of the open registry, or the first screen of an empty
one; menus to switch between the clerk's registry and the demo registry, and to change language.

Under the journals, the card on screen (the selected row, or a card opened from Search or On
control), its electronic copies and its execution control (ui/control_panel.py); beside the
journals, the "On control" tab of the appeals by due date (ui/control_view.py), Search, and the
unfiled files. The reminders of overdue appeals are in the status bar and a banner
(ui/reminders.py). Control work runs on the store runner.

The window says what is open and which card is on screen; the rest lives apart: the menus and the
toolbar (ui/window_menus.py), the registration commands (ui/registration_actions.py), attaching
electronic copies (ui/attach_flow.py), the unfiled files and the scanner folder
(ui/hot_folder_flow.py), text recognition in the background and its status
(ui/text_recognition.py, ui/recognition_status.py), Settings, Staff and Accounts
(ui/registry_dialogs.py).

Nobody sees a registry before signing in (R17): once it is open, the sign-in flow
(ui/sign_in_flow.py) shows the sign-in page, or on a registry without accounts the first
administrator's page, then the confidentiality undertaking at a first sign-in; only then are the
journals built and read, as the signed-in person (ui/session.py), and only for roles that read
appeals. An idle session locks itself behind the lock page (ui/idle_lock.py); signing out drops
the journals and forms as opening another registry does.

Four single-thread runners, so that no kind of work waits behind another: the store runner
(opening, journal pages, closing), the copies runner (attaching, the copies panel, the unfiled
files, thumbnails), the text recognition runner (Tesseract batches that take seconds) and the
scanner folder runner (judging the scanners' files)."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
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

from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import Card, Journal, JournalRow
from clerk_app.domain.cards import CardRef as LinkedCard
from clerk_app.domain.control import ControlState, ControlView
from clerk_app.errors import ClerkError
from clerk_app.services.registry import Registry
from clerk_app.services.scan_profiles import FILE_NAME as SCAN_PROFILES_FILE
from ui import about_dialog, copy_dialogs, formatting, session
from ui.about_dialog import app_name
from ui.accounts_dialog import ChangePasswordDialog
from ui.activity import ActivityIndicator
from ui.attach_flow import AttachFlow
from ui.backup_flow import BackupFlow
from ui.breach_flow import BreachFlow
from ui.card_on_screen import CardOnScreen
from ui.card_panel import CardPanel
from ui.consent_dialog import ConsentFlow
from ui.control_panel import CardRef, ControlPanel
from ui.control_view import ControlTab, Show, control_tab_title
from ui.copies_panel import CopiesPanel
from ui.demo_banner import DemoBanner
from ui.destruction_dialog import DestructionFlow
from ui.encryption_flow import EncryptionFlow
from ui.error_text import describe
from ui.first_run_flow import FirstRunFlow
from ui.hot_folder_dialog import HotFolderDialog
from ui.hot_folder_flow import HotFolderFlow
from ui.icons import app_icon
from ui.idle_lock import IdleWatch, ScreenLock, minutes_to_ms
from ui.journal_model import PAGE_SIZE, JournalModel
from ui.journal_view import JournalView, journal_tab_title, journal_title
from ui.languages import LanguageManager
from ui.notice_banner import NoticeBanner
from ui.page_viewer import close_copy_viewers
from ui.print_flow import PrintFlow
from ui.quarterly_reminder import QuarterlyReminder
from ui.recognition_status import RecognitionStatus
from ui.registration_actions import RegistrationActions, Workplace
from ui.registry_dialogs import RegistryDialogs
from ui.registry_loader import (
    DEMO_CARD_COUNT,
    OpenedRegistry,
    RegistrySummary,
    StoreLocation,
    journal_pages,
    journal_reorder,
    open_registry,
    read_summary,
)
from ui.reminders import Reminders
from ui.role_texts import role_names
from ui.scan_flow import ScanFlow
from ui.search_panel import SearchPanel, search_tab_title
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog
from ui.sign_in import NoContentPage
from ui.sign_in_flow import SignedIn, SignInFlow, refreshed
from ui.staff_dialog import StaffDialog
from ui.status_page import StatusPage
from ui.sync_flow import SyncFlow
from ui.sync_refresh import refresh_keeping_selection
from ui.text_recognition import TextRecognition
from ui.welcome_page import WelcomePage
from ui.window_menus import WindowMenus
from ui.workers import Task, TaskRunner

DEFAULT_SIZE = (1280, 760)
log = logging.getLogger(__name__)


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
        self._when_closed: dict[int, Callable[[], None]] = {}  # by id(registry): encrypting it in place
        self._views: list[JournalView] = []
        self._empty_journals_chosen = False  # "Start with the empty registry", for this session
        self._render_status: Callable[[], None] | None = None  # redraws the status page in a new language
        self._notice_render: Callable[[], None] | None = None  # redraws the notice in a new language

        self.banner = DemoBanner()
        self.banner.hide()
        self.banner.backRequested.connect(self.open_my_registry)
        self.status_page = StatusPage()
        self.status_page.retryRequested.connect(self._retry)
        self._retry_location: StoreLocation | None = None
        self.welcome_page = WelcomePage()
        self.welcome_page.demoRequested.connect(self.open_demo_registry)
        self.welcome_page.emptyRequested.connect(self._start_with_empty_registry)
        self.sign_in_flow = SignInFlow(self._runner, self._show_page, self)
        self.sign_in_flow.signedIn.connect(self._on_signed_in)
        self.sign_in_flow.signOutRequested.connect(self.sign_out)
        self.sign_in_flow.demoRequested.connect(self.open_demo_registry)
        self.sign_in_flow.unlocked.connect(self._on_unlocked)
        self.sign_in_page, self.first_administrator_page = self.sign_in_flow.sign_in_page, self.sign_in_flow.first_page
        self.acknowledgement_page, self.lock_page = self.sign_in_flow.acknowledgement_page, self.sign_in_flow.lock_page
        self.no_content_page = NoContentPage()
        self._content_shown = False  # the journals are built for the signed-in person
        self.idle_span_ms: int | None = None  # None: the minutes of the settings (tests set a short span)
        self.idle_watch = IdleWatch(self)
        self.idle_watch.idle.connect(self.lock_session)
        self.notice = NoticeBanner()
        self.notice.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_selection)
        self.copies_panel = CopiesPanel(self._copies_runner)
        self.copies_panel.setMinimumHeight(120)
        self.control_panel = ControlPanel(self._runner)
        self.control_panel.changed.connect(self._on_control_changed)
        self.control_panel.staffChanged.connect(self._on_staff_changed)
        self.card_panel = CardPanel(self._runner)
        self.card_panel.cardRequested.connect(self._open_linked_card)
        self.card_panel.loaded.connect(self._on_card_read)  # Reply, Attach and the copies follow it
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
        self.search_panel.cardActivated.connect(self._open_card)
        self.reminders = Reminders(self._runner, self)
        self.reminders.showRequested.connect(self.show_control)
        self.breach_flow = BreachFlow(self, self._runner, self._open_registry)  # Personal data › Breach register…
        self.quarterly_reminder = QuarterlyReminder(self._runner, self)  # cl. 9: the quarterly information is due
        self.destruction_flow = DestructionFlow(self, self._runner, self._open_registry)  # due list, a person's data
        self.journals_page = QSplitter(Qt.Orientation.Vertical)
        self.journals_page.setObjectName("journals_page")
        self.journals_page.setChildrenCollapsible(False)
        self.journals_page.addWidget(self.tabs)
        self.journals_page.addWidget(self.card_tabs)
        self.journals_page.setStretchFactor(0, 1)
        self.journals_page.setStretchFactor(1, 0)
        self.stack = QStackedWidget()
        for page in (self.status_page, self.welcome_page, self.journals_page, *self.sign_in_flow.pages):
            self.stack.addWidget(page)
        self.stack.addWidget(self.no_content_page)

        self.recognition = TextRecognition(self._ocr_runner, self)
        self.recognition.textsRecognised.connect(self.copies_panel.reload)
        self.recognition_status = RecognitionStatus(
            self, self.recognition, self.copies_panel, self.notice, self._show_notice
        )
        self.ocr_label = self.recognition_status.label  # "Recognising text: N waiting", paused, or off
        self.pause_recognition_action = self.recognition_status.pause_action
        self.hot_folder_flow = HotFolderFlow(
            self, copies_runner=self._copies_runner, hot_folder_runner=self._hot_folder_runner,
            settings=settings, data_dir=real_location.data_dir, tabs=self.tabs, copies_panel=self.copies_panel,
            recognition=self.recognition, opened=lambda: self._opened, show_journals=self._show_journals,
            notice=self.notice, show_notice=self._show_notice, hide_notice=self._hide_notice,
        )
        self.inbox_panel = self.hot_folder_flow.inbox_panel
        self.hot_folder = self.hot_folder_flow.watcher
        self.hot_folder_label = self.hot_folder_flow.label  # the scanner folder cannot be opened, or is paused
        self.hot_folder_action = self.hot_folder_flow.folder_action
        self.inbox_action = self.hot_folder_flow.inbox_action

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.notice)
        column.addWidget(self.reminders.banner)  # beside other notices, never instead of them
        column.addWidget(self.breach_flow.banner)  # breach notices due (for the personal-data officer)
        column.addWidget(self.quarterly_reminder.banner)  # the quarterly information is due (for reports)
        column.addWidget(self.stack, 1)
        # The lock page stands in for everything at once: notices and banners name cards too.
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.screens.addWidget(self.lock_page)
        self.setCentralWidget(self.screens)
        self.screen_lock = ScreenLock(self, self.lock_page)

        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long database path gives way to the counts beside it (the tooltip has it whole).
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.station_label = QLabel()
        self.count_label = QLabel()
        self.user_label = QLabel()  # who is signed in
        self.user_label.setObjectName("signed_in_label")
        self.activity = ActivityIndicator()  # "Attaching files to card No. …", progress, Cancel
        for label in (self.location_label, self.station_label, self.count_label, self.hot_folder_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.activity)
        self.statusBar().addPermanentWidget(self.ocr_label)
        self.statusBar().addPermanentWidget(self.hot_folder_label)
        self.statusBar().addPermanentWidget(self.reminders.status_label)
        self.statusBar().addPermanentWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)

        self.attach_flow = AttachFlow(
            self, runner=self._copies_runner, viewer_runner=self._viewer_runner, settings=settings,
            activity=self.activity, copies_panel=self.copies_panel, recognition=self.recognition,
            workplace=self._workplace, registry=lambda: self._opened.registry if self._opened is not None else None,
        )
        self.attach_flow.stateChanged.connect(self._update_state)
        self.attach_action = self.attach_flow.action
        self.dialogs = RegistryDialogs(self, self._runner, languages, settings, self._open_registry)
        self.dialogs.settingsChanged.connect(self._on_settings_changed)
        self.dialogs.staffChanged.connect(self._on_staff_changed)
        self.dialogs.accountsChanged.connect(self._refresh_session)
        self.settings_action, self.staff_action = self.dialogs.settings_action, self.dialogs.staff_action
        self.accounts_action = self.dialogs.accounts_action
        self.backup_flow = BackupFlow(self, self._open_registry)  # File › Back up the registry…
        self._card_in_focus: CardRef | None = None  # the card the card panels show, from any tab
        self.print_flow = PrintFlow(self, self._open_registry, lambda: self._card_in_focus)  # File › Print (issue 8)
        self.first_run_flow = FirstRunFlow(  # issue 10: the body, the station code, the language, a central store
            self, self._runner, languages, self._open_registry, locked=lambda: self.locked, saved=self._on_first_run_saved,
            connect_central=self._open_sync_settings,
        )
        self.scan_flow = ScanFlow(self, self._open_registry, lambda: self._card_in_focus,  # Card › Scan (issue 9)
                                  settings.folder / SCAN_PROFILES_FILE)
        self.scan_flow.saved.connect(self._on_scans_saved)
        self.sync_flow = SyncFlow(self, self._runner, self.dialogs)  # issue 7: rounds, indicator, dialogs
        self.sync_flow.pulled.connect(partial(refresh_keeping_selection, self))  # as F5, the selected row kept
        self.sync_flow.connectionChanged.connect(self.refresh)  # the station code the central store issued
        # before "Workstation: …" (after the location, activity, recognition, scanner folder and control labels)
        self.statusBar().insertPermanentWidget(5, self.sync_flow.indicator.button)
        self.statusBar().insertPermanentWidget(5, self.quarterly_reminder.status_label)
        self.quarterly_reminder.openRequested.connect(self.print_flow.print_quarterly)
        self.print_flow.quarterlySent.connect(self.quarterly_reminder.check)
        self.consent_flow = ConsentFlow(  # Card › Personal data grounds…
            self, self._runner, lambda: self._opened.registry if self._opened is not None else None, self.card_on_screen
        )
        self.encryption_flow = EncryptionFlow(  # Settings › Data › Encrypt the registry…
            self, self._open_registry, self._close_registry_then, self.open_my_registry,
            lambda headline, text: self._show_status(partial(self.status_page.show_busy, headline, text)))
        self.no_content_page.accountsRequested.connect(self.dialogs.show_accounts)
        self.no_content_page.settingsRequested.connect(self.dialogs.show_settings)
        self.registration = RegistrationActions(self, self._runner, self._workplace)
        self.registration.registered.connect(self._on_registered)
        self._select_when_loaded: CardRef | None = None  # a card just registered, shown once loaded
        self.menus = WindowMenus(self, languages)
        menus = self.menus
        self.open_demo_action, self.open_mine_action, self.quit_action = (
            menus.open_demo_action, menus.open_mine_action, menus.quit_action
        )
        self.refresh_action, self.find_action, self.about_action = (
            menus.refresh_action, menus.find_action, menus.about_action
        )
        self.language_actions = menus.language_actions
        self.lock_action, self.change_password_action, self.sign_out_action = (
            menus.lock_action, menus.change_password_action, menus.sign_out_action
        )
        self.file_menu, self.card_menu, self.view_menu = menus.file_menu, menus.card_menu, menus.view_menu
        self.reference_menu, self.language_menu, self.help_menu = (
            menus.reference_menu, menus.language_menu, menus.help_menu
        )
        self.toolbar = menus.toolbar
        self.setWindowIcon(app_icon())
        self.retranslate()
        self._update_state()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    # --- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.dialogs.retranslate()
        self.backup_flow.retranslate()
        self.print_flow.retranslate()
        self.scan_flow.retranslate()
        self.sync_flow.retranslate()
        self.consent_flow.retranslate()
        self.encryption_flow.retranslate()
        self.breach_flow.retranslate()
        self.quarterly_reminder.retranslate()
        self.destruction_flow.retranslate()
        self.activity.retranslate()
        self.registration.retranslate()
        self.attach_flow.retranslate()
        self.hot_folder_flow.retranslate()
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.card_panel), self.tr("Card"))
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.copies_panel), self.tr("Electronic copies"))
        self.card_tabs.setTabText(self.card_tabs.indexOf(self.control_panel), self.tr("Execution control"))
        self._render_control_tab()
        self._render_search_tab()
        self.reminders.retranslate()
        for index, view in enumerate(self._views):
            self.tabs.setTabText(index, journal_tab_title(view.journal))
            self.tabs.setTabToolTip(index, journal_title(view.journal))
        if self._render_status is not None:
            self._render_status()
        if self._notice_render is not None and self.notice.isVisible():
            self._notice_render()
        self.recognition_status.render()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- opening registries ---------------------------------------------------------------------

    @property
    def opened(self) -> OpenedRegistry | None:
        return self._opened

    @property
    def journal_views(self) -> list[JournalView]:
        return list(self._views)

    @property
    def attach_result_dialog(self) -> copy_dialogs.AttachResultDialog | None:
        return self.attach_flow.result_dialog

    @property
    def hot_folder_dialog(self) -> HotFolderDialog | None:
        return self.hot_folder_flow.dialog

    @property
    def staff_dialog(self) -> StaffDialog | None:
        return self.dialogs.staff_dialog

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.dialogs.settings_dialog

    def _on_scans_saved(self) -> None:
        """Scanned pages were attached or put in the unfiled files: what shows them is read again,
        and text recognition reads the new pages."""
        if self._opened is None:
            return
        if self.copies_panel.card is not None:
            self.copies_panel.reload()
        self.inbox_panel.reload()
        self.recognition.request()

    def _open_registry(self) -> Registry | None:
        """The registry the clerk works in: none while another is opening."""
        return self._opened.registry if self._opened is not None and self._opening is None else None

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
        """Open, upgraded, nothing of its appeals read: who is going to work in it comes first."""
        self._opening = None
        self._release_current()
        self._opened = opened
        self._empty_journals_chosen = False
        self.sign_in_flow.begin(
            opened.registry, is_demo=opened.location.is_demo, has_accounts=opened.has_accounts,
            station=opened.summary.station_code, registry_name=opened.summary.body_name,
        )
        self._update_state()

    # --- the signed-in person ---------------------------------------------------------------------

    @property
    def signed_in(self) -> SignedIn | None:
        return self.sign_in_flow.signed_in if self._opened is not None else None

    def _show_page(self, page: QWidget) -> None:
        """The sign-in flow's pages (sign-in, first administrator, the undertaking)."""
        self._render_status = None
        self.stack.setCurrentWidget(page)
        self._update_state()

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        if self._opened is None:
            return
        session.begin(signed_in.actor)
        self._enter_registry()
        if signed_in.first_time:  # the first administrator's first session, on a new registry
            self.first_run_flow.check(signed_in.actor, demo=signed_in.is_demo)
        if not signed_in.is_demo:  # the demo user has no password to unlock with, and no real data
            self.idle_watch.start(self._idle_span_ms)

    def _idle_span_ms(self) -> int:
        return self.idle_span_ms if self.idle_span_ms is not None else minutes_to_ms(self._settings.idle_lock_minutes)

    def _enter_registry(self) -> None:
        """The signed-in person's view of the open registry: the journals, read as them, for the
        roles that read appeals; a plain page for the others (an administrator)."""
        opened = self._opened
        assert opened is not None
        if session.may(Permission.VIEW_CARD):
            self._content_shown = True
            self._build_journal_tabs(opened.registry, opened.summary.journals)
            self.copies_panel.set_registry(opened.registry)
            self.card_panel.set_registry(opened.registry)
            self.control_panel.set_registry(opened.registry)
            self.control_tab.set_registry(opened.registry)
            self.search_panel.set_registry(opened.registry)
            self.reminders.set_registry(opened.registry)
            if session.may(Permission.ATTACH):
                self.inbox_panel.set_registry(opened.registry, [journal.code for journal in opened.summary.journals])
                self.hot_folder_flow.start()
            self.recognition.start(opened.registry)
        self.breach_flow.start(opened.registry)  # its reminders, for those who act on breaches
        self.quarterly_reminder.set_registry(opened.registry, session.current())  # for those who report
        self.sync_flow.set_registry(opened.registry)  # rounds in the background while someone is signed in
        self._show_registry()
        self._update_state()

    def _leave_registry(self, *, keep_dialogs: bool = False) -> None:
        """The journals, panels, forms and dialogs of the person signing out (or of the registry
        being left) go; the background work for them stops. The registry itself stays open.
        ``keep_dialogs``: the same person stays, with other roles (Settings, Accounts stay open)."""
        self.idle_watch.stop()
        self.screen_lock.release(restore=False)
        self.screens.setCurrentIndex(0)
        for view in self._views:
            view.model.detach()
        self.tabs.clear()
        for view in self._views:
            view.deleteLater()
        self._views = []
        close_copy_viewers(self)
        self.registration.close_forms()
        self.first_run_flow.close()  # before the settings: its save, if any, ends first and opens nothing
        if not keep_dialogs:
            self.dialogs.close_all()
        self.breach_flow.stop()
        self.quarterly_reminder.set_registry(None)
        self.print_flow.close_all()  # the documents name cards and people
        self.scan_flow.close_all()  # its unsaved pages go to the unfiled files first
        if self.destruction_flow.dialog is not None:  # the next person sees nobody's data
            self.destruction_flow.dialog.done(0)
        self._detach_panels()
        self.recognition.stop()
        self.hot_folder.stop()
        self.recognition_status.render()
        self.hot_folder_flow.render_status()
        self._content_shown = False
        self._select_when_loaded = None
        self._record_sign_out()
        session.end()

    def _record_sign_out(self) -> None:
        """The audit trail's end of the session: one small write, so it runs here and now (the
        registry is about to be left or closed); a store that cannot take it does not keep anyone in."""
        actor = session.current()
        if actor is None or self._opened is None:
            return
        try:
            self._opened.registry.accounts.record_sign_out(actor)
        except ClerkError:
            log.warning("the sign-out could not be recorded in the audit trail")

    def sign_out(self) -> None:
        """File › Sign out (and Decline on the undertaking, Sign out on the lock page): back to the
        sign-in page of the same registry, everything of this person's session dropped."""
        if self._opened is None or self._opening is not None or self.sign_in_flow.busy:
            return
        if self.signed_in is not None and not self.registration.may_drop_unregistered():
            return
        self._leave_registry()
        self.sign_in_flow.end()
        if self._opened.location.is_demo:
            self.open_my_registry()  # the demo user is no one to sign in as again
            return
        self.sign_in_flow.show_sign_in(self._opened.summary.body_name)

    def lock_session(self) -> None:
        """File › Lock the window, or idle minutes: the lock page over everything."""
        signed_in = self.signed_in
        if signed_in is None or signed_in.is_demo or self.screen_lock.locked:
            return
        self.idle_watch.stop()
        self.statusBar().clearMessage()  # "Card No. … registered" and the like stay behind the lock too
        self.sign_in_flow.prepare_lock()
        self.screen_lock.engage()
        self.screens.setCurrentWidget(self.lock_page)
        self.lock_page.password_edit.setFocus()
        self._update_state()

    @property
    def locked(self) -> bool:
        return self.screen_lock.locked

    def _on_unlocked(self) -> None:
        self.screens.setCurrentIndex(0)
        self.screen_lock.release()
        signed_in = self.sign_in_flow.signed_in
        if signed_in is not None:
            self._apply_actor(signed_in)
            self.idle_watch.start(self._idle_span_ms)
        self._update_state()

    def _apply_actor(self, signed_in: SignedIn) -> None:
        """The same person, perhaps with other roles (changed by an administrator meanwhile)."""
        before = session.current()
        session.begin(signed_in.actor)
        shaping = (Permission.VIEW_CARD, Permission.SEARCH, Permission.ATTACH)  # what the tabs are built from
        if before is not None and any(before.may(p) != signed_in.actor.may(p) for p in shaping):
            self._rebuild_for_roles()
        self._update_state()

    def _rebuild_for_roles(self) -> None:
        if not self.registration.may_drop_unregistered():
            return  # the new roles apply from the next sign-in
        actor = session.current()
        self._leave_registry(keep_dialogs=True)
        if actor is not None:
            session.begin(actor)
        self._enter_registry()
        self.idle_watch.start(self._idle_span_ms)

    def _refresh_session(self) -> None:
        """An account was saved in the accounts dialog: one's own roles may have changed."""
        opened, signed_in = self._opened, self.signed_in
        if opened is None or signed_in is None or signed_in.is_demo:
            return
        registry = opened.registry
        self._runner.submit(
            partial(refreshed, registry, signed_in), success=partial(self._on_session_refreshed, registry),
            failure=self._on_page_failed,
        )

    def _on_session_refreshed(self, registry: Registry, signed_in: SignedIn) -> None:
        if self._opened is None or self._opened.registry is not registry or self.signed_in is None:
            return
        self.sign_in_flow.signed_in = signed_in
        self._apply_actor(signed_in)

    def change_password(self) -> None:
        """File › Change password…: one's own."""
        signed_in, registry = self.signed_in, self._open_registry()
        if signed_in is None or signed_in.is_demo or registry is None or self.locked:
            return
        dialog = ChangePasswordDialog(registry, self._runner, signed_in.login, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _: self.statusBar().showMessage(self.tr("Your password has been changed."), 15_000)
        )
        dialog.open()

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
        stops text recognition and the scanner folder for it, signs its person out, then closes it
        once every runner is done with it."""
        self._leave_registry()
        self.sign_in_flow.cancel()
        if self._opened is not None:
            registry = self._opened.registry
            self._retired.append(registry)
            runners = [self._runner, self._copies_runner, self._viewer_runner, self._ocr_runner, self._hot_folder_runner,
                       self.backup_flow.runner, self.sync_flow.runner, self.print_flow.runner]
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
        then = self._when_closed.pop(id(registry), None)
        if then is not None:
            then()

    def _close_registry_then(self, then: Callable[[], None]) -> None:
        """Leaves and closes the open registry; ``then`` runs once every runner is done with it and
        it is closed (its files may then be converted in place)."""
        registry = self._opened.registry if self._opened is not None else None
        self._release_current()
        self._update_state()
        if registry is None:
            then()
        else:
            self._when_closed[id(registry)] = then

    def _build_journal_tabs(self, registry: Registry, journals: tuple[Journal, ...]) -> None:
        for journal in journals:
            model = JournalModel(
                journal.direction, journal_pages(registry, journal.code, PAGE_SIZE), self._runner,
                reorder=journal_reorder(registry, journal.code, PAGE_SIZE),
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
        if session.may(Permission.SEARCH):
            self.tabs.addTab(self.search_panel, search_tab_title())
        if session.may(Permission.ATTACH):  # the unfiled files are there to be attached
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
        if self.signed_in is None:
            self.sign_in_flow.reshow()  # its page again (another registry failed to open meanwhile)
            return
        self._render_status = None
        if not self._content_shown:
            self.no_content_page.show_buttons(
                accounts=session.may(Permission.ACCOUNTS), settings=session.may(Permission.SETTINGS)
            )
            self.stack.setCurrentWidget(self.no_content_page)
            return
        empty = self._opened.summary.card_count == 0
        if empty and not self._opened.location.is_demo and not self._empty_journals_chosen:
            self.stack.setCurrentWidget(self.welcome_page)
        else:
            self.stack.setCurrentWidget(self.journals_page)

    def _start_with_empty_registry(self) -> None:
        self._empty_journals_chosen = True
        self._show_registry()

    def _show_journals(self) -> bool:
        """The journals page forward, for a tab beside the journals (also from the first screen of
        an empty registry); False while no registry is open."""
        if self._opened is None or self._opening is not None or not self._content_shown or self.locked:
            return False
        if self.stack.currentWidget() is not self.journals_page:
            self._start_with_empty_registry()
        return True

    def _show_notice(self, render: Callable[[], None]) -> None:
        """One notice at a time; ``render`` draws it again when the language changes."""
        self._notice_render = render
        render()

    def _hide_notice(self, render: Callable[[], None]) -> None:
        """Hides the notice ``render`` drew, and no other."""
        if self._notice_render == render and self.notice.isVisible():
            self.notice.hide()

    def _update_state(self) -> None:
        opened, busy = self._opened, self._opening is not None
        signed_in = self.signed_in
        content = self._content_shown and not self.locked  # the journals, for the signed-in person
        is_demo = opened is not None and opened.location.is_demo
        title = app_name()
        if opened is not None and opened.summary.body_name:
            title = f"{opened.summary.body_name} — {title}"
        self.setWindowTitle(self.tr("[DEMO] {0}").format(title) if is_demo else title)
        self.banner.setVisible(is_demo)
        self.banner.setEnabled(not busy)
        self.open_demo_action.setEnabled(not busy and not is_demo and not self.locked)
        self.open_mine_action.setEnabled(not busy and (is_demo or opened is None) and not self.locked)
        self.refresh_action.setEnabled(not busy and opened is not None and content)
        self.inbox_action.setEnabled(not busy and content and session.may(Permission.ATTACH))
        # choosing the folder starts taking scans into the open registry: for those who attach them
        self.hot_folder_action.setEnabled(content and session.may(Permission.ATTACH))
        self.find_action.setEnabled(not busy and content and session.may(Permission.SEARCH))
        self.dialogs.set_enabled(
            not busy and opened is not None and signed_in is not None and not self.locked,
            settings=session.may(Permission.SETTINGS), accounts=session.may(Permission.ACCOUNTS) and not is_demo,
        )
        self.backup_flow.update_state(not busy and opened is not None and signed_in is not None and not self.locked)
        self.print_flow.update_state(not busy and content)
        self.scan_flow.update_state(not busy and content)
        self.sync_flow.update_state(not busy and opened is not None and signed_in is not None and not self.locked)
        self.consent_flow.update_state(not busy and content)
        self.encryption_flow.update_state(not busy and opened is not None and signed_in is not None and not self.locked
                                          and not signed_in.is_demo)
        self.breach_flow.update_state(not busy and opened is not None and signed_in is not None and not self.locked)
        self.destruction_flow.update_state(not busy and opened is not None and signed_in is not None and not self.locked)
        own_session = not busy and signed_in is not None and not signed_in.is_demo and not self.locked
        self.lock_action.setEnabled(own_session)
        self.change_password_action.setEnabled(own_session)
        self.sign_out_action.setEnabled(not busy and signed_in is not None and not is_demo)
        self.menuBar().setEnabled(not self.locked)
        self.toolbar.setEnabled(not self.locked)
        self.welcome_page.setEnabled(not busy)
        self.attach_flow.update_state()
        self.registration.update_state()
        self._render_user()
        if opened is None:
            for label in (self.location_label, self.station_label, self.count_label):
                label.clear()
            return
        self.location_label.setText(
            self.tr("Database: {0}").format(formatting.store_location(opened.registry.location))
        )
        self.location_label.setToolTip(self.location_label.text())
        self.station_label.setText(self.tr("Workstation: {0}").format(opened.summary.station_code))
        if content:  # not even the count before signing in
            self.count_label.setText(
                self.tr("Cards in the registry: {0}").format(formatting.count(opened.summary.card_count))
            )
        else:
            self.count_label.clear()

    def _render_user(self) -> None:
        signed_in = self.signed_in
        if signed_in is None:
            self.user_label.clear()
            self.user_label.setToolTip("")
            self.user_label.hide()
            return
        roles = signed_in.actor.roles or frozenset()
        if signed_in.is_demo:
            self.user_label.setText(self.tr("Demo user (every role)"))
        else:
            self.user_label.setText(self.tr("Signed in: {0}").format(signed_in.display_name))
        self.user_label.setToolTip(self.tr("Login: {0}. Roles: {1}").format(signed_in.login, role_names(roles)))
        self.user_label.show()

    # --- registration ----------------------------------------------------------------------------

    def _workplace(self) -> Workplace | None:
        if self._opened is None or self._opening is not None or not self._content_shown or self.locked:
            return None
        view = self._current_view()
        return Workplace(
            registry=self._opened.registry, journals=self._opened.summary.journals,
            journal_on_screen=view.journal if view is not None else None, card=self.card_on_screen(),
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
        """The selected row of the journal on screen."""
        view = self._current_view()
        if view is None or self.stack.currentWidget() is not self.journals_page:
            return None
        return view.selected_row()

    def _on_card_read(self) -> None:
        """A card opened from Search or On control that no journal has loaded: once read, its
        copies show too (the panel takes the card's number and direction from the read)."""
        self._show_copies()
        self._update_state()

    def _show_copies(self) -> None:
        """The copies tab follows the card on screen: the selected hit on the Search tab, else the
        selected row or the card the card panel has read."""
        if self.tabs.currentWidget() is self.search_panel:
            found = self.search_panel.selected_row()
            self.copies_panel.show_card(CardOnScreen.of_row(found) if found is not None else None)
        else:
            self.copies_panel.show_card(self.card_on_screen())

    def card_on_screen(self) -> CardOnScreen | None:
        """The card Reply and Attach act on: the selected journal row, or else the card the card
        panel shows (one opened from Search or On control that no journal has loaded), once read."""
        row = self.selected_card()
        if row is not None:
            return CardOnScreen.of_row(row)
        shown = self.card_panel.view
        if self.stack.currentWidget() is not self.journals_page or shown is None:
            return None
        if shown.card.id != self.card_panel.card_id or self.tabs.currentWidget() is self.inbox_panel:
            return None
        return CardOnScreen(shown.card.id, shown.card.number, shown.card.direction)

    def _on_selection(self, *_: object) -> None:
        inbox = self.tabs.currentWidget() is self.inbox_panel
        self.card_tabs.setVisible(not inbox)  # the unfiled files belong to no card yet
        on_control = self.tabs.currentWidget() is self.control_tab
        on_search = self.tabs.currentWidget() is self.search_panel
        # the copies are attached in the journals
        self.card_tabs.setTabEnabled(self.card_tabs.indexOf(self.copies_panel), not on_control)
        card: CardRef | None
        if on_control:
            self.card_tabs.setCurrentWidget(self.control_panel)
            card = self.control_tab.selected_card()
        elif on_search:
            card = self.search_panel.selected_card()
        else:
            row = self.selected_card()
            card = CardRef(row.id, row.number) if row is not None else None
        self._card_in_focus = card
        self.control_panel.show_card(card)
        self.card_panel.show_card(card.id if card is not None else None)
        self._show_copies()  # after the card panel, which no longer holds the card a cleared selection had
        self._update_state()

    # Journal views are wired to these in _build_journal_tabs.

    def _attach_dropped(self, row: JournalRow, paths: list[Path]) -> None:
        self.attach_flow.attach_dropped(row, paths)

    def _on_drop_target(self, row: JournalRow | None) -> None:
        self.attach_flow.on_drop_target(row)

    def _render_inbox_tab(self) -> None:
        self.hot_folder_flow.render_tab()

    # --- execution control ---------------------------------------------------------------------------

    def _render_control_tab(self) -> None:
        index = self.tabs.indexOf(self.control_tab)
        if index >= 0:
            self.tabs.setTabText(index, control_tab_title())
            self.tabs.setTabToolTip(index, self.tr("Appeals on execution control by due date; overdue first"))

    def _detach_panels(self) -> None:
        self.copies_panel.set_registry(None)
        self.inbox_panel.set_registry(None)
        self.card_panel.set_registry(None)
        self.control_panel.set_registry(None)
        self.control_tab.set_registry(None)
        self.search_panel.set_registry(None)
        self.reminders.set_registry(None)
        self.sync_flow.set_registry(None)

    def show_control(self, show: Show = Show.OVERDUE) -> None:
        """The "On control" tab filtered as asked (the reminders' "Show overdue")."""
        if not self._show_journals():
            return
        self.control_tab.show_only(show)
        self.tabs.setCurrentWidget(self.control_tab)
        self.control_tab.table.setFocus()

    def _open_control_card(self, row: ControlView) -> None:
        """Double-click or Enter on the "On control" tab: the card's row in its journal, when the
        journal has loaded it; otherwise the card's control panel right there."""
        self._open_card(CardRef(row.card_id, row.number))

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
        if not self._show_journals():
            return
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def _on_control_changed(self, card_id: uuid.UUID, state: ControlState) -> None:
        """An action went through: the card's row, the "On control" list and the counts follow."""
        for view in self._views:
            view.model.update_control(card_id, state.status, state.due_on if state.is_open else None)
        self.control_tab.reload(keep_selection=True)
        self.card_panel.reload()
        self.reminders.check()

    def _on_first_run_saved(self) -> None:
        """The wizard saved the body and the station code: the title and the status bar follow."""
        if self._opened is None:
            return
        registry = self._opened.registry
        self._runner.submit(partial(read_summary, registry), success=partial(self._on_summary, registry))
        self._on_settings_changed()

    def _open_sync_settings(self) -> None:
        self.dialogs.show_settings()
        dialog = self.dialogs.settings_dialog
        if dialog is not None:
            dialog.show_page(dialog.sync_page)

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
        """Everything read again; ``newest_first`` also shows every card of the journals newest
        first, whatever order and filter they had (the switch reads their first page itself)."""
        if self._opened is None or self._opening is not None or not self._content_shown:
            return
        registry = self._opened.registry
        self._runner.submit(partial(read_summary, registry), success=partial(self._on_summary, registry))
        for view in self._views:
            if newest_first and not view.shows_newest():
                view.show_newest()
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
        if self.stack.currentWidget() in (self.welcome_page, self.journals_page, self.no_content_page):
            self._show_registry()
        self._update_state()

    def _on_page_failed(self, exc: BaseException) -> None:
        text = describe(exc)
        self.statusBar().showMessage(f"{text.headline} {text.advice}", 15_000)

    def show_about(self) -> None:
        location = formatting.store_location(self._opened.registry.location) if self._opened else None
        about_dialog.show_about(self, location)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.registration.may_drop_unregistered():
            event.ignore()
            return
        self._settings.window_geometry = self.saveGeometry()
        self.idle_watch.stop()
        self.screen_lock.release(restore=False)
        self.registration.close_forms()
        self.hide()  # at once: a text recognition batch may take a moment to finish below
        self.recognition.stop()
        self.hot_folder.stop()
        self._detach_panels()
        self.backup_flow.shutdown()
        self.sync_flow.shutdown()
        self.encryption_flow.shutdown()
        self.scan_flow.close_all()  # before the registry closes: unsaved pages to the unfiled files
        for runner in (self._copies_runner, self._viewer_runner, self._ocr_runner, self._hot_folder_runner, self._runner,
                       self.print_flow.runner):
            runner.shutdown()
        for view in self._views:
            view.model.detach()
        self._record_sign_out()
        if self._opened is not None:
            self._retired.append(self._opened.registry)
            self._opened = None
        session.end()
        for registry in self._retired:
            registry.close()
        self._retired.clear()
        super().closeEvent(event)
