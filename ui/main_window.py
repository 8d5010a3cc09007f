"""The main window: the registration journals of the open registry, or the first screen of an empty
one; menus to switch between the clerk's registry and the demo registry, and to change language."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Journal
from clerk_app.services.registry import Registry
from ui import formatting
from ui.about_dialog import app_name, show_about
from ui.demo_banner import DemoBanner
from ui.error_text import describe
from ui.journal_model import PAGE_SIZE, JournalModel
from ui.journal_view import JournalView, journal_tab_title, journal_title
from ui.languages import Language, LanguageManager
from ui.registry_loader import (
    DEMO_CARD_COUNT,
    OpenedRegistry,
    RegistrySummary,
    StoreLocation,
    journal_pages,
    open_registry,
    read_summary,
)
from ui.settings import AppSettings
from ui.status_page import StatusPage
from ui.welcome_page import WelcomePage
from ui.workers import Task, TaskRunner

DEFAULT_SIZE = (1280, 760)


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
        self._runner = TaskRunner(self)
        self._opened: OpenedRegistry | None = None
        self._opening: Task[OpenedRegistry] | None = None
        self._retired: list[Registry] = []  # closed on the worker, and again for sure at exit
        self._views: list[JournalView] = []
        self._empty_journals_chosen = False  # "Start with the empty registry", for this session
        self._render_status: Callable[[], None] | None = None  # redraws the status page in a new language

        self.banner = DemoBanner()
        self.banner.hide()
        self.banner.backRequested.connect(self.open_my_registry)
        self.status_page = StatusPage()
        self.status_page.retryRequested.connect(self._retry)
        self._retry_location: StoreLocation | None = None
        self.welcome_page = WelcomePage()
        self.welcome_page.demoRequested.connect(self.open_demo_registry)
        self.welcome_page.emptyRequested.connect(self._start_with_empty_registry)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.stack = QStackedWidget()
        for page in (self.status_page, self.welcome_page, self.tabs):
            self.stack.addWidget(page)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_label = QLabel()
        self.count_label = QLabel()
        for label in (self.location_label, self.station_label, self.count_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.count_label)

        self._create_actions()
        self._create_menus()
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

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_demo_action)
        self.file_menu.addAction(self.open_mine_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
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
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        for index, view in enumerate(self._views):
            self.tabs.setTabText(index, journal_tab_title(view.journal))
            self.tabs.setTabToolTip(index, journal_title(view.journal))
        if self._render_status is not None:
            self._render_status()
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
        """Detaches the tables from the registry being left, then closes it on the worker, after
        any page fetch still queued for it."""
        for view in self._views:
            view.model.detach()
        self.tabs.clear()
        for view in self._views:
            view.deleteLater()
        self._views = []
        if self._opened is not None:
            registry = self._opened.registry
            self._retired.append(registry)
            self._runner.submit(registry.close, success=lambda _: self._retired.remove(registry))
            self._opened = None

    def _build_journal_tabs(self, registry: Registry, journals: tuple[Journal, ...]) -> None:
        for journal in journals:
            model = JournalModel(
                journal.direction, journal_pages(registry, journal.code, PAGE_SIZE), self._runner
            )
            model.loadFailed.connect(self._on_page_failed)
            view = JournalView(journal, model)
            model.setParent(view)
            self._views.append(view)
            index = self.tabs.addTab(view, journal_tab_title(journal))
            self.tabs.setTabToolTip(index, journal_title(journal))
            model.reload()

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
            self.stack.setCurrentWidget(self.tabs)

    def _start_with_empty_registry(self) -> None:
        self._empty_journals_chosen = True
        self._show_registry()

    def _update_state(self) -> None:
        opened, busy = self._opened, self._opening is not None
        is_demo = opened is not None and opened.location.is_demo
        title = app_name()
        self.setWindowTitle(self.tr("[DEMO] {0}").format(title) if is_demo else title)
        self.banner.setVisible(is_demo)
        self.banner.setEnabled(not busy)
        self.open_demo_action.setEnabled(not busy and not is_demo)
        self.open_mine_action.setEnabled(not busy and (is_demo or opened is None))
        self.refresh_action.setEnabled(not busy and opened is not None)
        self.welcome_page.setEnabled(not busy)
        if opened is None:
            for label in (self.location_label, self.station_label, self.count_label):
                label.clear()
            return
        self.location_label.setText(
            self.tr("Database: {0}").format(formatting.store_location(opened.registry.location))
        )
        self.station_label.setText(self.tr("Workstation: {0}").format(opened.summary.station_code))
        self.count_label.setText(
            self.tr("Cards in the registry: {0}").format(formatting.count(opened.summary.card_count))
        )

    # --- refresh, about, close ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self._opened is None or self._opening is not None:
            return
        registry = self._opened.registry
        self._runner.submit(partial(read_summary, registry), success=partial(self._on_summary, registry))
        for view in self._views:
            view.model.reload()

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
        self._settings.window_geometry = self.saveGeometry()
        self._runner.shutdown()
        for view in self._views:
            view.model.detach()
        if self._opened is not None:
            self._retired.append(self._opened.registry)
            self._opened = None
        for registry in self._retired:
            registry.close()
        self._retired.clear()
        super().closeEvent(event)
