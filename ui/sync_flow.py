"""Synchronisation in the main window (issue 7): File › Synchronisation (Sync now, F9; Conflicts…;
Sync problems…), the status-bar indicator with the same commands and Settings…, the rounds in the
background (ui/sync_runner.py) and the two dialogs, one of each at a time. Shown in synced mode only.

A round that fails in the background only changes the indicator (no network every 5 minutes must not
become a message box every 5 minutes); a round the clerk started says how it ended: a message box
when it failed, the status bar when it went through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QStatusBar, QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.domain.sync import SyncReport
from clerk_app.errors import ClerkError
from clerk_app.services.registry import Registry
from ui import formatting, session
from ui.error_text import describe
from ui.registry_dialogs import RegistryDialogs
from ui.sync_conflicts_dialog import SyncConflictsDialog
from ui.sync_problems_dialog import SyncProblemsDialog
from ui.sync_runner import SyncRunner
from ui.sync_status import SyncIndicator
from ui.workers import TaskRunner

SYNC_NOW_KEYS = "F9"  # Send/Receive in the mail programs clerks know


def message_room(bar: QStatusBar) -> int:
    """The width a temporary message has: from the status bar's left edge to its first visible
    permanent widget (the normal ones are hidden while a message shows), less QStatusBar's margins."""
    starts = [child.x() for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
              if child.isVisible() and child.x() > 0]
    return (min(starts) - 2 if starts else bar.width() - 12) - 6


class SyncFlow(QObject):
    pulled = Signal()  # other workstations' changes arrived, or a conflict was resolved: views read again
    connectionChanged = Signal()  # connected or disconnected: the station code and the numbers follow

    def __init__(self, window: QMainWindow, store_runner: TaskRunner, dialogs: RegistryDialogs) -> None:
        super().__init__(window)
        self.setObjectName("sync_flow")
        self._window = window
        self._store_runner = store_runner
        self._dialogs = dialogs
        self._registry: Registry | None = None
        self._enabled = False
        self.sync = SyncRunner(store_runner, self)
        self.runner = self.sync.runner  # the window waits for it before closing a registry
        self.conflicts_dialog: SyncConflictsDialog | None = None
        self.problems_dialog: SyncProblemsDialog | None = None
        self.error_box: QMessageBox | None = None

        self.sync_now_action = self._action("sync_now_action", self.sync_now)
        self.sync_now_action.setShortcut(QKeySequence(SYNC_NOW_KEYS))
        window.addAction(self.sync_now_action)  # F9 works wherever the menu is
        self.conflicts_action = self._action("sync_conflicts_action", self.show_conflicts)
        self.problems_action = self._action("sync_problems_action", self.show_problems)
        self.settings_action = self._action("sync_settings_action", self.show_settings)
        self.menu = QMenu(window)  # File › Synchronisation
        self.menu.setObjectName("sync_file_menu")
        self.menu.addActions([self.sync_now_action, self.conflicts_action, self.problems_action])
        self.indicator = SyncIndicator(
            self.sync, [self.sync_now_action, self.conflicts_action, self.problems_action, self.settings_action], window
        )
        self.sync.statusChanged.connect(self._update_actions)
        self.sync.runningChanged.connect(self._update_actions)
        self.sync.roundFinished.connect(self._on_finished)
        self.sync.roundFailed.connect(self._on_failed)
        self.sync.pulled.connect(self.pulled)
        self.sync.connectionChanged.connect(self.connectionChanged)
        self._update_actions()

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("S&ynchronisation"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.sync_now_action.setToolTip(self.tr("Exchange changes with the central store now ({0})")
                                        .format(SYNC_NOW_KEYS))
        self.conflicts_action.setText(self.tr("&Conflicts…"))
        self.conflicts_action.setToolTip(self.tr("Fields changed at two workstations, waiting for a supervisor"))
        self.problems_action.setText(self.tr("Sync &problems…"))
        self.problems_action.setToolTip(self.tr("Changes the central store refused"))
        self.settings_action.setText(self.tr("&Settings…"))
        for dialog in (self.conflicts_dialog, self.problems_dialog):
            if dialog is not None:
                dialog.retranslate()
        self.indicator.render()

    # --- the registry ----------------------------------------------------------------------------

    def set_registry(self, registry: Registry | None) -> None:
        """Entered by a signed-in person, or left: the dialogs of the one before go."""
        if registry is not self._registry:
            self.close_dialogs()
        self._registry = registry
        self.sync.set_registry(registry)
        self._update_actions()

    def update_state(self, enabled: bool) -> None:
        """``enabled``: a registry is open, someone signed in, the window not locked."""
        self._enabled = enabled
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        usable = self._enabled and self._registry is not None and self.sync.synced
        self.menu.menuAction().setVisible(self.sync.synced)
        self.sync_now_action.setEnabled(usable)
        # the values in conflict are the cards' contents: for those who read cards
        self.conflicts_action.setEnabled(usable and session.may(Permission.VIEW_CARD))
        self.problems_action.setEnabled(usable)
        self.settings_action.setEnabled(self._enabled and self._dialogs.settings_action.isEnabled())

    def shutdown(self) -> None:
        self.close_dialogs()
        self.sync.shutdown()

    # --- commands ----------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.sync_now_action.isEnabled():
            return
        if not self.sync.sync_now(user=True):
            self._window.statusBar().showMessage(
                self.tr("A synchronisation is already running; you will be told how it ends."), 10_000)

    def _on_finished(self, report: SyncReport, user: bool) -> None:
        if not user:
            return
        self._show_fitting(self.round_messages(report), 15_000)

    def round_messages(self, report: SyncReport) -> list[str]:
        """How a round went, longest first: the status bar shows the first that fits beside its
        other parts. "Changes" counts every changed record (one appeal registered is several), and
        conflicts and refusals only when there were some (the indicator keeps them afterwards)."""
        sent, received = formatting.count(report.pushed_total), formatting.count(report.pulled_total)
        short = self.tr("Synchronised: {0} changes sent, {1} received").format(sent, received)
        extras = []
        if report.conflicted:
            extras.append(self.tr("Conflicts: {0}").format(formatting.count(report.conflicted)))
        if report.refused:
            extras.append(self.tr("Refused: {0}").format(formatting.count(report.refused)))
        texts = [" · ".join([short, *extras])] if extras else []
        return [*texts, short, self.tr("{0} changes sent, {1} received").format(sent, received),
                self.tr("Synchronised")]

    def _show_fitting(self, texts: list[str], timeout: int) -> None:
        """The first text that fits in the status bar's message area; again once the status bar
        has laid out the indicator's new text, which may change that area."""
        bar = self._window.statusBar()

        def fit() -> None:
            room = message_room(bar)
            metrics = bar.fontMetrics()
            chosen = next((t for t in texts if metrics.horizontalAdvance(t) <= room), texts[-1])
            if chosen != bar.currentMessage():
                bar.showMessage(chosen, timeout)

        bar.showMessage(texts[0], timeout)  # hides the status bar's normal widgets: the area is known
        fit()
        QTimer.singleShot(0, bar, lambda: fit() if bar.currentMessage() in texts else None)

    def _on_failed(self, exc: BaseException, user: bool) -> None:
        """Only a round the clerk started says so in a box; the others in the indicator."""
        if not user or (isinstance(exc, ClerkError) and exc.code == "sync.interrupted"):
            return  # stopped on purpose (connecting anew, leaving the registry): nothing to tell
        if self.error_box is not None:
            self.error_box.done(0)
        text = describe(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Synchronisation"), text.headline,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("sync_error_box")
        box.setInformativeText(text.advice)
        if isinstance(exc, ClerkError):
            box.setDetailedText(text.detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "error_box", None))
        self.error_box = box
        box.open()

    def show_conflicts(self) -> SyncConflictsDialog | None:
        registry = self._registry
        if registry is None or not self.conflicts_action.isEnabled():
            return None
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.raise_()
            return self.conflicts_dialog
        dialog = SyncConflictsDialog(registry.sync, self._store_runner, self._window)
        dialog.resolved.connect(self._on_resolved)
        self.conflicts_dialog = dialog
        self._open(dialog, "conflicts_dialog")
        return dialog

    def show_problems(self) -> SyncProblemsDialog | None:
        registry = self._registry
        if registry is None or not self.problems_action.isEnabled():
            return None
        if self.problems_dialog is not None:
            self.problems_dialog.raise_()
            return self.problems_dialog
        dialog = SyncProblemsDialog(registry.sync, self._store_runner, self._window)
        dialog.changed.connect(self.sync.refresh_status)
        self.problems_dialog = dialog
        self._open(dialog, "problems_dialog")
        return dialog

    def _open(self, dialog: QDialog, attribute: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, attribute, None))
        dialog.show()

    def _on_resolved(self) -> None:
        self.sync.refresh_status()
        self.pulled.emit()  # the card on screen may show the value just chosen

    def show_settings(self) -> None:
        """Settings… of the indicator's menu: the Settings dialog at its Synchronisation page."""
        if not self.settings_action.isEnabled():
            return
        self._dialogs.show_settings()
        dialog = self._dialogs.settings_dialog
        if dialog is not None:
            dialog.show_page(dialog.sync_page)

    def close_dialogs(self) -> None:
        for dialog in (self.conflicts_dialog, self.problems_dialog, self.error_box):
            if dialog is not None:
                dialog.done(0)
        self.conflicts_dialog = self.problems_dialog = None
        self.error_box = None
