"""Card › Attach electronic copies (Ctrl+Shift+A, also on a journal row's right-click menu and the
copies panel's button), and files dropped from the file manager on a journal row or on the copies
panel: the clerk says which document the files are, they are checked and attached on the copies
runner with progress and Cancel in the status bar, the result is shown, and text recognition is
asked to read the new pages. One attach at a time. Also opens a copy double-clicked in the copies
panel in the page viewer.

Kept apart from the main window, which only says what is open and which card is on screen."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import JournalRow
from clerk_app.domain.copies import AttachReport, ElectronicCopy
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.errors import CancelledError
from clerk_app.services.registry import Registry
from ui import copy_dialogs, session
from ui.activity import ActivityIndicator
from ui.card_on_screen import CardOnScreen
from ui.copies_panel import CopiesPanel
from ui.error_text import describe
from ui.page_viewer import open_copy_viewer
from ui.registration_actions import Workplace
from ui.settings import AppSettings
from ui.text_recognition import TextRecognition
from ui.workers import Task, TaskRunner

STATUS_MESSAGE_MS = 15_000


class AttachFlow(QObject):
    stateChanged = Signal()  # an attach started or ended: the window's commands follow

    def __init__(
        self,
        window: QMainWindow,
        *,
        runner: TaskRunner,  # the copies runner: attaching
        viewer_runner: TaskRunner,
        settings: AppSettings,
        activity: ActivityIndicator,
        copies_panel: CopiesPanel,
        recognition: TextRecognition,
        workplace: Callable[[], Workplace | None],
        registry: Callable[[], Registry | None],  # the open one, also while another is opening
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._viewer_runner = viewer_runner
        self._settings = settings
        self._activity = activity
        self._copies_panel = copies_panel
        self._recognition = recognition
        self._workplace = workplace
        self._registry = registry
        self._attaching: Task[AttachReport] | None = None
        self._card: CardOnScreen | None = None  # the card files are being attached to
        self.result_dialog: copy_dialogs.AttachResultDialog | None = None

        self.action = QAction(window)
        self.action.setObjectName("attach_copies_action")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.triggered.connect(self.attach_copies)
        copies_panel.attach_button.clicked.connect(self.attach_copies)
        copies_panel.filesDropped.connect(self.attach_dropped_on_panel)
        copies_panel.copyActivated.connect(self.view_copy)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Attach electronic &copies…"))
        self.action.setToolTip(self.tr("Attach scans (PDF, TIFF, JPEG) to the selected card"))
        self.update_state()

    def update_state(self) -> None:
        target = self._target()
        self.action.setEnabled(self._can_attach() and target is not None)
        # The panel's button attaches to the card the panel shows (a search hit shows no copies).
        shown = self._copies_panel.card
        self._copies_panel.attach_button.setEnabled(
            self.action.isEnabled() and shown is not None and target is not None and shown.id == target.id
        )
        if self._card is not None:
            self._activity.set_text(self.tr("Attaching files to card No. {0}…").format(self._card.number))

    def _target(self) -> CardOnScreen | None:
        place = self._workplace()
        return place.card if place is not None else None

    def _can_attach(self) -> bool:
        return self._workplace() is not None and self._attaching is None and session.may(Permission.ATTACH)

    def attach_copies(self) -> None:
        """Card > Attach electronic copies: choose files for the card on screen."""
        card = self._target()
        if card is None or not self._can_attach():
            return
        paths = copy_dialogs.choose_files(self._window, self._settings.attach_folder)
        if not paths:
            return
        self._settings.attach_folder = str(paths[0].parent)
        self._attach(card, paths)

    def view_copy(self, copy: ElectronicCopy) -> None:
        registry = self._registry()
        if registry is not None:
            open_copy_viewer(self._window, self._viewer_runner, registry, copy, self._settings)

    def attach_dropped(self, row: JournalRow, paths: list[Path]) -> None:
        self._window.statusBar().clearMessage()
        self._attach(CardOnScreen.of_row(row), paths)

    def attach_dropped_on_panel(self, paths: list[Path]) -> None:
        card = self._copies_panel.card
        if card is not None:
            self._attach(card, paths)

    def on_drop_target(self, row: JournalRow | None) -> None:
        status = self._window.statusBar()
        if row is None:
            status.clearMessage()
        elif self._card is not None:
            status.showMessage(self._wait_for_attach_text())
        else:
            status.showMessage(
                self.tr("Release the mouse button to attach the files to card No. {0}.").format(row.number)
            )

    def _wait_for_attach_text(self) -> str:
        assert self._card is not None
        return self.tr("Please wait: files are being attached to card No. {0}.").format(self._card.number)

    def _attach(self, card: CardOnScreen, paths: list[Path]) -> None:
        if self._card is not None:
            self._window.statusBar().showMessage(self._wait_for_attach_text(), STATUS_MESSAGE_MS)
            return
        if not self._can_attach():
            return
        default = CopyRole.REPLY if card.direction is Direction.OUTGOING else CopyRole.APPEAL
        role = copy_dialogs.ask_role(self._window, card.number, paths, default)
        registry = self._registry()
        if role is None or not self._can_attach() or registry is None:
            return
        card_id, actor, files = str(card.id), session.actor(), list(paths)
        self._card = card
        progress, cancelled = self._activity.start(self.tr("Attaching files to card No. {0}…").format(card.number))
        self._attaching = self._runner.submit(
            lambda: registry.copies.attach(card_id, files, role, actor, progress=progress, cancelled=cancelled),
            success=partial(self._on_attached, registry, card),
            failure=self._on_attach_failed,
        )
        self.stateChanged.emit()

    def _attach_finished(self) -> None:
        self._attaching = None
        self._card = None
        self._activity.finish()
        self.stateChanged.emit()

    def _on_attached(self, registry: Registry, card: CardOnScreen, report: AttachReport) -> None:
        self._attach_finished()
        if self._registry() is registry:
            shown = self._copies_panel.card
            if shown is not None and shown.id == card.id:
                self._copies_panel.reload()
            if report.attached:
                self._recognition.request()
        dialog = copy_dialogs.AttachResultDialog(card.number, report, self._window)
        dialog.destroyed.connect(self._forget_result_dialog)
        self.result_dialog = dialog
        dialog.open()

    def _forget_result_dialog(self) -> None:
        self.result_dialog = None

    def _on_attach_failed(self, exc: BaseException) -> None:
        self._attach_finished()
        if isinstance(exc, CancelledError):
            self._window.statusBar().showMessage(
                self.tr("Attaching was cancelled: no file was attached."), STATUS_MESSAGE_MS
            )
            return
        text = describe(exc)
        QMessageBox.warning(self._window, text.headline, f"{text.advice}\n\n{text.detail}")
