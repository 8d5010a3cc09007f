"""Synchronisation in the status bar, in synced mode only: "Synced 14:05" (Astana time), "Syncing…
40%", "Offline — changes waiting: 12", "Sync problems: 3", "Conflicts: 2", with the details in the
tooltip. A click opens a small menu: Sync now, Conflicts…, Sync problems…, Settings…. Like the text
recognition status, it is a flat button that reads as the status bar's text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QToolButton, QWidget

from ui import sync_texts
from ui.sync_runner import SyncRunner
from ui.sync_texts import Kind

_ICON = {
    Kind.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Kind.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    Kind.OFFLINE: QStyle.StandardPixmap.SP_DriveNetIcon,
    Kind.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Kind.ATTENTION: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


def _icon(kind: str) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(_ICON[kind]) if style is not None else QIcon()


class SyncIndicator(QObject):
    def __init__(self, runner: SyncRunner, actions: Sequence[QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self.kind = Kind.OK
        self.menu = QMenu(parent)
        self.menu.setObjectName("sync_menu")
        self.menu.addActions(list(actions))
        self.button = QToolButton()
        self.button.setObjectName("sync_status_button")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.open_menu)
        self.button.hide()
        runner.statusChanged.connect(self.render)
        runner.progressed.connect(self.render)
        runner.runningChanged.connect(self.render)

    @property
    def text(self) -> str:
        return self.button.text()

    def render(self, *_: object) -> None:
        runner = self._runner
        state = sync_texts.indicator(runner.status, running=runner.running, progress=runner.progress,
                                     failure=runner.last_failure, started=runner.started_with)
        self.kind = state.kind
        self.button.setText(state.text)
        self.button.setIcon(_icon(state.kind))
        self.button.setToolTip(sync_texts.tooltip(runner.status, running=runner.running, progress=runner.progress,
                                                  failure=runner.last_failure))
        self.button.setVisible(state.visible)

    def open_menu(self) -> None:
        # above the status bar, the menu's bottom edge on the button's top edge
        self.menu.popup(self.button.mapToGlobal(QPoint(0, -self.menu.sizeHint().height())))
