"""Settings (Ctrl+,): the body, the station and journals, the deadline rules, the working-day
calendar, text recognition, and the data folder with the interface language, as pages chosen
from a list on the left.

Every page reads its settings on the store's worker when the dialog opens. Apply saves each page
that has changes, one page after another, each in one operation on the worker; OK does the same
and closes. A page that is refused comes to the front with its errors next to the fields and
keeps what was typed; pages saved before it stay saved. ``changed`` tells the window that the
registry's settings changed (its title shows the body's name; journals, numbers and due dates
follow the new settings).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.registry import Registry
from ui import palette
from ui.languages import LanguageManager
from ui.settings import AppSettings
from ui.settings_body import BodyPage
from ui.settings_calendar import CalendarPage
from ui.settings_data import DataPage
from ui.settings_numbering import NumberingPage
from ui.settings_page import SettingsPage, bold
from ui.settings_recognition import RecognitionPage
from ui.settings_rules import DeadlineRulesPage
from ui.workers import TaskRunner

DIALOG_SIZE = (960, 680)
LIST_WIDTH = 180  # at least
LIST_PADDING = 32  # the list's frame and item margins


class SettingsDialog(QDialog):
    changed = Signal()  # the registry's settings were saved

    def __init__(
        self,
        registry: Registry,
        runner: TaskRunner,
        languages: LanguageManager,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings  # this computer's preferences (the language goes through ``languages``)
        self._queue: list[SettingsPage] = []  # pages still to save in this Apply
        self._saved_any = False
        self._close_after = False
        self.body_page = BodyPage(registry, runner)
        self.numbering_page = NumberingPage(registry, runner)
        self.rules_page = DeadlineRulesPage(registry, runner)
        self.calendar_page = CalendarPage(registry, runner)
        self.recognition_page = RecognitionPage(registry, runner)
        self.data_page = DataPage(registry, runner, languages)
        self.pages: list[SettingsPage] = [
            self.body_page, self.numbering_page, self.rules_page, self.calendar_page, self.recognition_page,
            self.data_page,
        ]

        self.page_list = QListWidget()
        self.page_list.setObjectName("settings_page_list")
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setSpacing(2)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.page_list.addItem("")
            self.stack.addWidget(page)
            page.edited.connect(self._update_buttons)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.busy_label = QLabel()
        self.busy_label.setPalette(palette.quiet(self.palette()))
        self.busy_label.hide()
        self.button_box = QDialogButtonBox()
        self.ok_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("settings_ok_button")
        self.apply_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("settings_apply_button")
        self.cancel_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("settings_cancel_button")
        for button in (self.ok_button, self.apply_button, self.cancel_button):
            button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(lambda: self.apply(close=True))
        self.apply_button.clicked.connect(lambda: self.apply(close=False))
        self.cancel_button.clicked.connect(self.reject)

        pages = QHBoxLayout()
        pages.addWidget(self.page_list)
        pages.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_label, 1)
        bottom.addWidget(self.button_box)
        layout = QVBoxLayout(self)
        layout.addLayout(pages, 1)
        layout.addLayout(bottom)
        self.resize(*DIALOG_SIZE)
        self.page_list.setCurrentRow(0)
        self.retranslate()
        for page in self.pages:
            page.load()
        self._update_buttons()

    # --- saving ----------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return bool(self._queue)

    def pages_with_changes(self) -> list[SettingsPage]:
        return [page for page in self.pages if page.has_changes()]

    def apply(self, *, close: bool) -> None:
        """Saves every page that has changes, one after another; stops at the first refusal."""
        if self.saving:
            return
        self._queue = self.pages_with_changes()
        self._close_after = close
        self._saved_any = False
        if not self._queue:
            if close:
                self.accept()
            return
        self.busy_label.setText(self.tr("Saving…"))
        self.busy_label.show()
        self._update_buttons()
        self._save_next()

    def _save_next(self) -> None:
        if not self._queue:
            self._finish(ok=True)
            return
        self._queue[0].save(self._on_page_done)

    def _on_page_done(self, ok: bool) -> None:
        page = self._queue.pop(0)
        if not ok:
            self._queue = []
            self.show_page(page)
            self._finish(ok=False)
            return
        self._saved_any = self._saved_any or page.affects_registry
        self._save_next()

    def _finish(self, *, ok: bool) -> None:
        self.busy_label.hide()
        self._update_buttons()
        if self._saved_any:
            self._saved_any = False
            self.changed.emit()
        if ok and self._close_after:
            self.accept()

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def _update_buttons(self) -> None:
        busy = self.saving
        changes = not busy and bool(self.pages_with_changes())
        self.apply_button.setEnabled(changes)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        for row, page in enumerate(self.pages):
            item = self.page_list.item(row)
            font = QFont(item.font())
            font.setBold(page.has_changes())  # pages with unsaved changes stand out
            item.setFont(font)

    def reject(self) -> None:
        if not self.saving:  # a save in flight is waited for
            super().reject()

    def done(self, result: int) -> None:
        for page in self.pages:
            page.discard()  # a page still reading: its answer is not wanted any more
        super().done(result)

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for row, page in enumerate(self.pages):
            self.page_list.item(row).setText(page.title())
        # as wide as the longest name in bold (a page with changes), so no language clips it
        metrics = QFontMetrics(bold(self.page_list))
        widest = max(metrics.horizontalAdvance(page.title()) for page in self.pages)
        self.page_list.setFixedWidth(max(LIST_WIDTH, widest + LIST_PADDING))
        self.ok_button.setText(self.tr("OK"))
        self.apply_button.setText(self.tr("&Apply"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.saving:
            self.busy_label.setText(self.tr("Saving…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SettingsDialog"]
