"""The unfiled files and the scanner folder. Scans are taken from the folder chosen in File › Scanner
folder every 10 seconds, into the clerk's own registry only (never into the demo one), and wait in
the "Unfiled files" tab beside the journals (View › Unfiled files; its title says how many) until
the clerk attaches each one to its card. When the folder cannot be opened, a notice says so once
per session and folder; the status bar keeps saying it quietly until the folder is back.

Kept apart from the main window, which only says which registry is open."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from clerk_app.domain.copies import ElectronicCopy, HotFolderReport
from ui import formatting
from ui.copies_panel import CopiesPanel
from ui.hot_folder import HotFolderWatcher
from ui.hot_folder_dialog import HotFolderDialog
from ui.inbox_panel import InboxPanel, inbox_tab_title
from ui.notice_banner import NoticeBanner
from ui.registry_loader import OpenedRegistry
from ui.settings import AppSettings
from ui.text_recognition import TextRecognition
from ui.workers import TaskRunner

STATUS_MESSAGE_MS = 15_000
INBOX_WAITING_COLOUR = "#0b57a4"  # the unfiled files tab while files wait: noticed, not alarming

Render = Callable[[], None]


class HotFolderFlow(QObject):
    def __init__(
        self,
        window: QMainWindow,
        *,
        copies_runner: TaskRunner,  # the unfiled files panel: attaching, thumbnails
        hot_folder_runner: TaskRunner,  # judging the scanners' files
        settings: AppSettings,
        data_dir: Path,  # the clerk's own registry's: never a scanner folder
        tabs: QTabWidget,  # the journals' tab widget, which holds the unfiled files tab
        copies_panel: CopiesPanel,
        recognition: TextRecognition,
        opened: Callable[[], OpenedRegistry | None],
        show_journals: Callable[[], bool],  # the journals page forward; False while none is open
        notice: NoticeBanner,
        show_notice: Callable[[Render], None],
        hide_notice: Callable[[Render], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._data_dir = data_dir
        self._tabs = tabs
        self._copies_panel = copies_panel
        self._recognition = recognition
        self._opened = opened
        self._show_journals = show_journals
        self._notice = notice
        self._show_notice = show_notice
        self._hide_notice = hide_notice
        self._told = False  # the scanner folder's trouble: told once per session and folder
        self._count: int | None = None
        self.dialog: HotFolderDialog | None = None

        # A child of the window from the start, though tabbed only once a registry is open: Qt
        # deletes it with the window (not Python's collector, perhaps on a worker thread).
        self.inbox_panel = InboxPanel(copies_runner, window)
        self.inbox_panel.hide()
        self.inbox_panel.countChanged.connect(self._on_inbox_count)
        self.inbox_panel.filed.connect(self._on_inbox_filed)
        self.inbox_panel.folderSettingsRequested.connect(self.choose_hot_folder)
        self.watcher = HotFolderWatcher(hot_folder_runner, window)
        self.watcher.filesArrived.connect(self._on_files_arrived)
        self.watcher.unavailable.connect(self._on_hot_folder_unavailable)
        self.watcher.availableAgain.connect(self._on_hot_folder_available)
        self.label = QLabel()  # the scanner folder cannot be opened, or is paused
        self.label.setObjectName("hot_folder_status_label")
        self.label.hide()
        self.folder_action = QAction(window)
        self.folder_action.setObjectName("hot_folder_action")
        self.folder_action.triggered.connect(self.choose_hot_folder)
        self.inbox_action = QAction(window)
        self.inbox_action.setObjectName("inbox_action")
        self.inbox_action.triggered.connect(self.show_inbox)

    def retranslate(self) -> None:
        self.folder_action.setText(self.tr("Scanner &folder…"))
        self.folder_action.setToolTip(self.tr("Choose the folder network scanners save scans into"))
        self.inbox_action.setText(self.tr("&Unfiled files"))
        self.render_tab()
        self.render_status()

    # --- the unfiled files ---------------------------------------------------------------------

    def show_inbox(self) -> None:
        """View > Unfiled files: the tab beside the journals (also from the first screen of an empty
        registry, where scans may arrive before the first card)."""
        if self._show_journals():
            self._tabs.setCurrentWidget(self.inbox_panel)

    def _on_inbox_count(self, count: int | None) -> None:
        self._count = count
        self.render_tab()

    def render_tab(self) -> None:
        index = self._tabs.indexOf(self.inbox_panel)
        if index < 0:
            return
        self._tabs.setTabText(index, inbox_tab_title(self._count))
        self._tabs.setTabToolTip(index, self.tr("Scans from the scanner folder that are not attached to a card yet"))
        # An invalid colour gives the tab bar's own text colour back.
        self._tabs.tabBar().setTabTextColor(index, QColor(INBOX_WAITING_COLOUR) if self._count else QColor())

    def _on_inbox_filed(self, copy: ElectronicCopy, number: str) -> None:
        shown = self._copies_panel.card
        if shown is not None and shown.id == copy.card_id:
            self._copies_panel.reload()
        self._recognition.request()

    # --- the scanner folder ----------------------------------------------------------------------

    def choose_hot_folder(self) -> None:
        """File > Scanner folder: the folder this computer takes scans from, or none."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = HotFolderDialog(self._settings.hot_folder, self._data_dir, self._window)
        dialog.accepted.connect(partial(self._on_hot_folder_chosen, dialog))
        dialog.finished.connect(self._forget_dialog)  # at once: it is deleted later
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, _result: int = 0) -> None:
        self.dialog = None

    def _on_hot_folder_chosen(self, dialog: HotFolderDialog) -> None:
        folder = dialog.folder()
        if folder == self._settings.hot_folder:
            return
        self._settings.hot_folder = folder
        self._told = False  # a new folder: its trouble is worth saying once again
        self.start()
        status = self._window.statusBar()
        if folder is None:
            status.showMessage(self.tr("Scans are no longer taken from a folder."), STATUS_MESSAGE_MS)
        else:
            status.showMessage(self.tr("Scans will be taken from the folder {0}.").format(folder), STATUS_MESSAGE_MS)

    def start(self) -> None:
        """Scans are taken into the clerk's own registry only: in the demo registry the folder
        waits (its files stay where they are until the clerk goes back)."""
        folder, opened = self._settings.hot_folder, self._opened()
        paused = folder is not None and opened is not None and opened.location.is_demo
        if opened is None or folder is None or paused:
            self.watcher.stop()
        else:
            self.watcher.start(opened.registry, Path(folder))
        self._hide_notice(self._render_notice)
        self.inbox_panel.set_folder(folder, paused=paused)
        self.render_status()

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
        self._window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _on_hot_folder_unavailable(self, problem: str) -> None:
        self.render_status()
        if not self._told:  # once: the status bar keeps saying it quietly
            self._told = True
            self._show_notice(self._render_notice)

    def _on_hot_folder_available(self) -> None:
        self._hide_notice(self._render_notice)
        self.render_status()
        self._window.statusBar().showMessage(self.tr("The scanner folder can be opened again."), STATUS_MESSAGE_MS)

    def _render_notice(self) -> None:
        self._notice.show_notice(
            self.tr("The scanner folder cannot be opened."), self._trouble_text(), self.watcher.problem or ""
        )

    def _trouble_text(self) -> str:
        return self.tr(
            "The folder {0} does not exist or cannot be read from this computer. New scans are not "
            "taken meanwhile; the program keeps checking and takes them as soon as the folder can be "
            "opened. If the folder has moved, choose it again in File › Scanner folder; otherwise ask "
            "the administrator."
        ).format(str(self.watcher.folder or self._settings.hot_folder or ""))

    def render_status(self) -> None:
        folder, opened = self._settings.hot_folder, self._opened()
        if self.watcher.problem is not None:
            self.label.setText("⚠ " + self.tr("Scanner folder unavailable"))
            self.label.setToolTip(self._trouble_text())
            self.label.show()
        elif folder is not None and opened is not None and opened.location.is_demo:
            self.label.setText(self.tr("Scanner folder: paused"))
            self.label.setToolTip(
                self.tr(
                    "Scans are taken only into your own registry. They wait in the scanner folder "
                    "until you go back to it."
                )
            )
            self.label.show()
        else:
            self.label.hide()
