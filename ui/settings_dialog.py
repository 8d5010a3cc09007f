"""Settings (Ctrl+,): the body, the station and journals, the deadline rules, the working-day
calendar, text recognition, retention, synchronisation with the central store (ui/settings_sync.py),
and the data folder with the interface language, as pages chosen from a list on the left.

Every page reads its settings on the store's worker when the dialog opens. Apply saves each page
that has changes, one page after another, each in one operation on the worker; OK does the same
and closes. A page that is refused comes to the front with its errors next to the fields and
keeps what was typed; pages saved before it stay saved. ``changed`` tells the window that the
registry's settings changed (its title shows the body's name; journals, numbers and due dates
follow the new settings).

Pages with changes not saved yet are marked in the list (bold, with a dot after the name). Cancel,
Esc and the window's close button ask first whether to save them: Save goes the way of OK, Discard
closes, Cancel goes back to editing. While a save is on its way the dialog does not close under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
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
from ui.settings_retention import RetentionPage
from ui.settings_rules import DeadlineRulesPage
from ui.settings_sync import SyncPage
from ui.workers import TaskRunner

DIALOG_SIZE = (960, 680)
LIST_WIDTH = 180  # at least
LIST_PADDING = 32  # the list's frame and item margins
CHANGED_MARK = " •"  # after the name of a page with changes not saved yet


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
        self._close_when_saved = False  # the window closed the dialog during a save: close once it ends
        self.question_box: QMessageBox | None = None  # "Save the changes?" while it is asked
        self.body_page = BodyPage(registry, runner)
        self.numbering_page = NumberingPage(registry, runner)
        self.rules_page = DeadlineRulesPage(registry, runner)
        self.calendar_page = CalendarPage(registry, runner)
        self.recognition_page = RecognitionPage(registry, runner)
        self.data_page = DataPage(registry, runner, languages, settings)
        self.retention_page = RetentionPage(registry, runner)  # R42: how long each kind of record is kept
        self.sync_page = SyncPage(registry, runner)  # issue 7: standalone, or synced with a central store
        self.pages: list[SettingsPage] = [
            self.body_page, self.numbering_page, self.rules_page, self.calendar_page, self.recognition_page,
            self.retention_page, self.sync_page, self.data_page,
        ]

        self.page_list = QListWidget()
        self.page_list.setObjectName("settings_page_list")
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setSpacing(2)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.page_list.addItem("")
            self.stack.addWidget(page)
            page.edited.connect(self._update_buttons)  # the marks in the list follow the typing too
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
        if self._close_when_saved:
            self.done(QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected)
        elif ok and self._close_after:
            self.accept()

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def _update_buttons(self) -> None:
        busy = self.saving
        changes = not busy and bool(self.pages_with_changes())
        self.apply_button.setEnabled(changes)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._mark_pages()

    def _mark_pages(self) -> None:
        """Pages with changes not saved yet stand out in the list: bold, with a dot after the name
        (the dot for whoever cannot tell bold apart)."""
        for row, page in enumerate(self.pages):
            item = self.page_list.item(row)
            changed = page.has_changes()
            item.setText(page.title() + (CHANGED_MARK if changed else ""))
            item.setToolTip(self.tr("Changes on this page are not saved yet") if changed else "")
            font = QFont(item.font())
            font.setBold(changed)
            item.setFont(font)

    # --- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: a save on its way is waited for (the clerk's
        close is ignored until it ends), and changes not saved yet are dropped only when the clerk
        says so."""
        if self.saving or self.question_box is not None:
            return
        if self.pages_with_changes():
            self._ask_to_save()
            return
        super().reject()

    def _ask_to_save(self) -> None:
        changed = self.pages_with_changes()
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Save the changes?"), parent=self)
        box.setObjectName("save_changes_box")
        box.setInformativeText(
            "\n".join([self.tr("Changes not saved yet, on these pages:")] + [f"• {page.title()}" for page in changed])
        )
        # standard buttons: Qt's own catalogues translate them
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._on_save_answer(box, box.standardButton(box.clickedButton())))
        self.question_box = box
        box.open()

    def _on_save_answer(self, box: QMessageBox, answer: QMessageBox.StandardButton) -> None:
        if box is not self.question_box:  # the dialog closed while it was asked
            return
        self.question_box = None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.apply(close=True)  # as OK: a refused page stays open with its errors
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
        # Cancel: back to editing, with everything typed still there

    def closeEvent(self, event: QCloseEvent) -> None:
        """The clerk's close button is Cancel. A close from the program (the window leaves the
        registry these pages work on) asks nothing: it drops what was typed, or, during a save,
        closes once the save has ended."""
        if not self.isVisible():
            event.accept()
            return
        if event.spontaneous():
            self.reject()
        elif self.saving:
            self._close_when_saved = True
        else:
            super().reject()
        event.setAccepted(not self.isVisible())

    def done(self, result: int) -> None:
        box, self.question_box = self.question_box, None
        if box is not None:
            box.reject()  # its answer is not wanted any more
        for page in self.pages:
            page.discard()  # a page still reading: its answer is not wanted any more
        super().done(result)

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._mark_pages()
        # as wide as the longest name of a page with changes (bold, marked), so no language clips it
        metrics = QFontMetrics(bold(self.page_list))
        widest = max(metrics.horizontalAdvance(page.title() + CHANGED_MARK) for page in self.pages)
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
