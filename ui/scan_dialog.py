"""Card › Scan… (issue 9): scan from the desk's scanner into a batch, put the pages right, and save
— to the card on screen, card by card by the registration stamps' QR codes, or to the unfiled files.

Everything slow runs on the dialog's own worker: finding scanners, scanning (each page arrives as
it is read, with its stamp read on the worker), reading files, saving. A scanner's failure is shown
in the dialog and never takes the pages already scanned; Cancel stops even the page being read."""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.copies import AttachReport
from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.scan_profiles import ScanProfileBook
from clerk_app.services.scanning import DeviceList, FilingOutcome, FilingReport, ScanningService
from scanners.acquisition import CancelToken, ColourMode, ScanFailureCode, ScannerBackend
from scanners.batch_scan import ScannedPage, ScanRunResult
from ui.copy_texts import refusal_text, role_label
from ui.notice_banner import NoticeBanner
from ui.scan_batch import BatchPage, ScanBatchList, make_thumbnail
from ui.scan_profile_form import ScanProfileForm
from ui.scan_texts import error_text, failure_text, is_built_in, part_reason
from ui.workers import TaskRunner

log = logging.getLogger(__name__)

TARGET_CARD, TARGET_STAMPS, TARGET_INBOX = 0, 1, 2
FILE_FILTER = "*.pdf *.tif *.tiff *.jpg *.jpeg"


def richest_mode(images: list[Image.Image]) -> ColourMode:
    """The colour mode that loses nothing of any page (a batch of grey and colour pages is colour)."""
    modes = {image.mode for image in images}
    if modes & {"RGB", "RGBA", "CMYK", "P"}:
        return ColourMode.COLOUR
    return ColourMode.BLACK_WHITE if modes == {"1"} else ColourMode.GREY


class _PageBridge(QObject):
    """Lives on the GUI thread; emitted from the scanning thread, so each page arrives queued."""

    arrived = Signal(object)  # BatchPage


class ScanDialog(QDialog):
    saved = Signal()  # copies or unfiled files were stored: the window refreshes what shows them

    def __init__(
        self, parent: QWidget | None, registry: Registry, actor: Actor, *, card_id: str | None, card_number: str | None,
        book: ScanProfileBook | None = None, backends: list[ScannerBackend] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scan_dialog")
        self._service = ScanningService(registry.copies, backends) if backends is not None else ScanningService(registry.copies)
        self._actor = actor
        self._card_id, self._card_number = card_id, card_number
        self._book = book or ScanProfileBook()
        self.runner = TaskRunner(self)
        self._token: CancelToken | None = None
        self._scanning = False
        self._saving = False
        self._arrived_this_run = 0
        self._bridge = _PageBridge(self)
        self._bridge.arrived.connect(self._on_page)

        self.form = ScanProfileForm()
        self.form.refreshRequested.connect(self.find_devices)
        self.form.saveProfileRequested.connect(self._save_profile)
        self.form.deleteProfileRequested.connect(self._delete_profile)
        self.form.profileChosen.connect(self._update_state)

        self.banner = NoticeBanner(self, warning=True)  # what went wrong and what to do
        self.banner.hide()
        self.note = NoticeBanner(self)  # what a save did, when it is more than one line
        self.note.hide()
        self.batch = ScanBatchList()
        self.batch.changed.connect(self._update_state)
        self.batch.itemSelectionChanged.connect(self._update_state)
        self.status = QLabel()
        self.status.setObjectName("scan_status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # a scanner does not say how many sheets are in the feeder
        self.progress.setMaximumWidth(140)
        self.progress.hide()

        def button(name: str, slot: object, keys: str | None = None) -> QPushButton:
            item = QPushButton()
            item.setObjectName(name)
            item.clicked.connect(slot)
            if keys:
                item.setShortcut(QKeySequence(keys))
            return item

        self.scan_button = button("scan_start_button", self.start_scan, "Ctrl+Return")
        self.scan_button.setDefault(True)
        self.cancel_button = button("scan_cancel_button", self.cancel_scan)
        self.add_file_button = button("scan_add_file_button", self.add_from_file)
        self.rotate_left_button = button("scan_rotate_left_button", lambda: self.batch.rotate_selected(-1), "Ctrl+L")
        self.rotate_right_button = button("scan_rotate_right_button", lambda: self.batch.rotate_selected(1), "Ctrl+R")
        self.move_earlier_button = button("scan_move_earlier_button", lambda: self.batch.move_selected(-1))
        self.move_later_button = button("scan_move_later_button", lambda: self.batch.move_selected(1))
        self.delete_button = button("scan_delete_page_button", self.batch.delete_selected, "Del")
        self.clear_button = button("scan_clear_button", self._clear_batch)
        self.save_button = button("scan_save_button", self.save)
        self.close_button = button("scan_close_button", self.close)

        self.target_card = QRadioButton()
        self.target_card.setObjectName("scan_target_card")
        self.target_stamps = QRadioButton()
        self.target_stamps.setObjectName("scan_target_stamps")
        self.target_inbox = QRadioButton()
        self.target_inbox.setObjectName("scan_target_inbox")
        self.targets = QButtonGroup(self)
        for index, radio in enumerate((self.target_card, self.target_stamps, self.target_inbox)):
            self.targets.addButton(radio, index)
        self.targets.idToggled.connect(self._update_state)
        self.stamps_hint = QLabel()
        self.stamps_hint.setWordWrap(True)
        self.stamps_hint.setIndent(24)  # under its radio button's text
        self.stamps_hint.setEnabled(False)  # greyed: an explanation, not a choice
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("scan_role_combo")
        for role in CopyRole:
            self.role_combo.addItem(role_label(role), role)
        self.target_card.setEnabled(card_id is not None)
        (self.target_card if card_id is not None else self.target_stamps).setChecked(True)

        self._layout()
        self.retranslate()
        self.form.set_profiles(self._book.profiles(), self._book.last_used())
        self.resize(1240, 760)
        self._update_state()
        self.find_devices()

    def _layout(self) -> None:
        self.settings_box = QGroupBox()
        settings = QVBoxLayout(self.settings_box)
        settings.addWidget(self.form)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.cancel_button)
        scan_row.addWidget(self.add_file_button)
        scan_row.addStretch(1)
        settings.addLayout(scan_row)

        self.target_box = QGroupBox()
        target = QVBoxLayout(self.target_box)
        card_row = QHBoxLayout()
        card_row.addWidget(self.target_card)
        card_row.addWidget(self.role_combo)
        card_row.addStretch(1)
        target.addLayout(card_row)
        target.addWidget(self.target_stamps)
        target.addWidget(self.stamps_hint)
        target.addWidget(self.target_inbox)

        left_column = QWidget()
        left_column.setMaximumWidth(560)  # the pages get the rest of the width
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.settings_box)
        left.addWidget(self.target_box)
        left.addStretch(1)

        self.pages_box = QGroupBox()
        pages = QHBoxLayout(self.pages_box)
        tools = QVBoxLayout()  # beside the pages: long translations do not widen the dialog
        for item in (self.rotate_left_button, self.rotate_right_button, self.move_earlier_button,
                     self.move_later_button, self.delete_button, self.clear_button):
            tools.addWidget(item)
        tools.insertSpacing(4, 12)
        tools.addStretch(1)
        pages.addWidget(self.batch, 1)
        pages.addLayout(tools)

        body = QHBoxLayout()
        body.addWidget(left_column)
        body.addWidget(self.pages_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addWidget(self.note)
        column.addLayout(body, 1)
        column.addLayout(bottom)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scan"))
        self.settings_box.setTitle(self.tr("Scanner"))
        self.target_box.setTitle(self.tr("Save"))
        self.pages_box.setTitle(self.tr("Pages"))
        self.scan_button.setText(self.tr("&Scan"))
        self.scan_button.setToolTip(self.tr("Scan the pages in the feeder, or the page on the glass (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("S&top"))
        self.add_file_button.setText(self.tr("Add from &file…"))
        self.add_file_button.setToolTip(self.tr("Add the pages of a PDF, TIFF or JPEG file to the batch"))
        self.rotate_left_button.setText(self.tr("Turn left"))
        self.rotate_right_button.setText(self.tr("Turn right"))
        self.move_earlier_button.setText(self.tr("Earlier"))
        self.move_later_button.setText(self.tr("Later"))
        self.delete_button.setText(self.tr("Delete"))
        self.clear_button.setText(self.tr("Delete all"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.close_button.setText(self.tr("Close"))
        number = self._card_number or "—"
        self.target_card.setText(self.tr("To card No. %1 as").replace("%1", number))
        self.target_stamps.setText(self.tr("Card by card by the QR stamps"))
        self.stamps_hint.setText(self.tr("A page with a new stamp starts the next appeal; pages before the first "
                                         "stamp go to the unfiled files."))
        self.target_inbox.setText(self.tr("To the unfiled files (file them later)"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(self.role_combo.itemData(index)))
        self.form.retranslate()
        self.batch.retranslate()
        self._update_state()

    # -- state ----------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._scanning or self._saving

    def _update_state(self, *_args: object) -> None:
        pages = self.batch.count()
        selected = bool(self.batch.selectedItems())
        self.scan_button.setEnabled(not self.busy and bool(self.form.device_name()))
        self.cancel_button.setEnabled(self._scanning)
        self.cancel_button.setVisible(self._scanning)
        self.add_file_button.setEnabled(not self.busy)
        self.form.setEnabled(not self.busy)
        for item in (self.rotate_left_button, self.rotate_right_button, self.move_earlier_button,
                     self.move_later_button, self.delete_button):
            item.setEnabled(selected and not self._saving)
        self.clear_button.setEnabled(pages > 0 and not self.busy)
        self.role_combo.setEnabled(self.target_card.isChecked())
        self.save_button.setEnabled(pages > 0 and not self.busy)
        self.form.delete_profile_button.setEnabled(not is_built_in(self.form.profile()))
        if not self.busy:
            stamped = sum(1 for page in self.batch.pages() if page.stamp is not None)
            text = self.tr("Pages in the batch: %1").replace("%1", str(pages))
            if stamped:
                text += " · " + self.tr("with a stamp: %1").replace("%1", str(stamped))
            self.status.setText(text if pages else self.tr("No pages yet: scan, or add pages from a file."))

    # -- devices -------------------------------------------------------------------------------------

    def find_devices(self) -> None:
        if self.busy:
            return
        self.form.set_looking()
        self._update_state()
        self.runner.submit(self._service.list_devices, success=self._on_devices, failure=self._on_failed)

    def _on_devices(self, found: DeviceList) -> None:
        self.form.set_devices(found)
        self._update_state()

    # -- scanning --------------------------------------------------------------------------------------

    def start_scan(self) -> None:
        if self.busy or not self.form.device_name():
            return
        try:
            profile = self.form.profile()
        except ValueError as exc:
            self._show_problem(self.tr("The profile cannot be used."), str(exc))
            return
        try:
            self._book.remember(profile)
        except OSError:  # the profiles file cannot be written: scanning goes on, the choice is not kept
            log.warning("the last scan profile could not be remembered", exc_info=True)
        self.banner.hide()
        self.note.hide()
        self._token = CancelToken()
        self._scanning = True
        self._arrived_this_run = 0
        self.progress.show()
        self.status.setText(self.tr("Scanning…"))
        self._update_state()
        service, token, bridge = self._service, self._token, self._bridge

        def on_page(page: ScannedPage) -> None:  # on the scanning thread
            stamp = service.read_stamp(page.image)
            bridge.arrived.emit(BatchPage(page.image, stamp, make_thumbnail(page.image)))

        self.runner.submit(lambda: service.scan(profile, on_page, token=token),
                           success=self._on_scan_done, failure=self._on_scan_crashed)

    def cancel_scan(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _on_page(self, page: BatchPage) -> None:
        self.batch.add_page(page)
        self._arrived_this_run += 1
        if self._scanning:
            self.status.setText(self.tr("Scanning… page %1 received").replace("%1", str(self._arrived_this_run)))

    def _scan_finished(self) -> None:
        self._scanning = False
        self._token = None
        self.progress.hide()
        self._update_state()

    def _on_scan_done(self, result: ScanRunResult) -> None:
        self._scan_finished()
        notes = []
        if result.blank_left_out:
            notes.append(self.tr("blank pages left out: %1").replace("%1", str(result.blank_left_out)))
        if result.failure is not None:
            headline, advice = failure_text(result.failure.code)
            if result.failure.code is ScanFailureCode.CANCELLED:
                self.status.setText(" · ".join([headline, *notes]))
                return
            self._show_problem(headline, advice, result.failure.detail)
        elif result.warning is not None:
            headline, advice = failure_text(result.warning)
            self._show_problem(headline, advice)
        if notes:
            self.status.setText(self.status.text() + " · " + " · ".join(notes))

    def _on_scan_crashed(self, exc: BaseException) -> None:
        self._scan_finished()
        self._on_failed(exc)

    # -- pages from a file -------------------------------------------------------------------------------

    def add_from_file(self) -> None:
        if self.busy:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add pages from a file"), "",
                                                self.tr("Scans (%1)").replace("%1", FILE_FILTER))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Reads the files' pages on the worker (each judged like an attached file) into the batch."""
        self._saving = True
        self.progress.show()
        self.status.setText(self.tr("Reading the file…"))
        self._update_state()
        service, bridge = self._service, self._bridge

        def read() -> int:
            count = 0
            for path in paths:
                for image in service.pages_from_file(path):
                    bridge.arrived.emit(BatchPage(image, service.read_stamp(image), make_thumbnail(image)))
                    count += 1
            return count

        def done(_count: int) -> None:
            self._saving = False
            self.progress.hide()
            self._update_state()

        def failed(exc: BaseException) -> None:
            done(0)
            self._on_failed(exc)

        self.runner.submit(read, success=done, failure=failed)

    # -- saving ---------------------------------------------------------------------------------------------

    def save(self) -> None:
        pages = self.batch.pages()
        if self.busy or not pages:
            return
        profile = self.form.profile()
        images: list[Image.Image] = [page.image for page in pages]
        target = self.targets.checkedId()
        service, actor = self._service, self._actor
        self._saving = True
        self.progress.show()
        self.status.setText(self.tr("Saving…"))
        self.banner.hide()
        self.note.hide()
        self._update_state()
        if target == TARGET_CARD and self._card_id is not None:
            card_id, role = self._card_id, CopyRole(self.role_combo.currentData())
            self.runner.submit(lambda: service.save_to_card(card_id, images, profile.mode, role, actor),
                               success=self._on_saved_to_card, failure=self._on_save_failed)
            return
        stamps = [page.stamp for page in pages] if target == TARGET_STAMPS else [None] * len(pages)
        self.runner.submit(lambda: service.file_by_stamps(images, profile.mode, actor, stamps=stamps),
                           success=self._on_filed, failure=self._on_save_failed)

    def _save_finished(self) -> None:
        self._saving = False
        self.progress.hide()

    def _on_saved_to_card(self, report: AttachReport) -> None:
        self._save_finished()
        if report.attached:
            count = self.batch.count()
            self.batch.clear_pages()
            self.saved.emit()
            self._update_state()
            self.status.setText(self.tr("Attached to card No. %1 (pages: %2)").replace("%1", self._card_number or "")
                                .replace("%2", str(count)))
            return
        self._update_state()
        verdict = report.refused[0] if report.refused else None
        self._show_problem(self.tr("The pages were not attached; they are kept here."),
                           refusal_text(verdict) if verdict is not None else "")

    def _on_filed(self, report: FilingReport) -> None:
        self._save_finished()
        stored = [index for part in report.parts if part.outcome is not FilingOutcome.KEPT for index in part.pages]
        self.batch.remove_rows(stored)
        if stored:
            self.saved.emit()
        self._update_state()
        filed = [part for part in report.parts if part.outcome is FilingOutcome.FILED]
        inbox = [part for part in report.parts if part.outcome is FilingOutcome.INBOX]
        kept = [part for part in report.parts if part.outcome is FilingOutcome.KEPT]
        lines = []
        if filed:
            numbers = ", ".join(part.card_number or "" for part in filed)
            lines.append(self.tr("Filed under the cards: %1").replace("%1", numbers))
        for part in inbox:
            lines.append(self.tr("To the unfiled files (pages: %1): %2").replace("%1", str(len(part.pages)))
                         .replace("%2", part_reason(part.code, part.message)))
        for part in kept:
            lines.append(self.tr("Kept here (pages: %1): %2").replace("%1", str(len(part.pages)))
                         .replace("%2", part_reason(part.code, part.message)))
        self.status.setText(lines[0] if len(lines) == 1 and not kept else "")
        if kept or len(lines) > 1:
            show = self._show_problem if kept else self._show_note
            show(self.tr("The batch is saved.") if not kept else self.tr("Some pages could not be filed."),
                 "\n".join(lines))

    def _on_save_failed(self, exc: BaseException) -> None:
        self._save_finished()
        self._update_state()
        self._on_failed(exc)

    # -- profiles ----------------------------------------------------------------------------------------

    def _save_profile(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("Save the scan profile"), self.tr("Profile name:"))
        name = name.strip()
        if not accepted or not name:
            return
        profile = self.form.profile(name)
        try:
            self._book.save(profile)
        except OSError as exc:
            self._show_problem(self.tr("The profile was not saved."),
                               self.tr("The file of scan profiles cannot be written on this computer."), str(exc))
            return
        self.form.set_profiles(self._book.profiles(), profile)
        self._update_state()

    def _delete_profile(self) -> None:
        profile = self.form.profile()
        if is_built_in(profile):
            return
        self._book.delete(profile.name)
        profiles = self._book.profiles()
        self.form.set_profiles(profiles, profiles[0])
        self._update_state()

    # -- messages and closing ---------------------------------------------------------------------------------

    def _show_problem(self, headline: str, advice: str, detail: str = "") -> None:
        self.note.hide()
        self.banner.show_notice(headline, advice, detail)

    def _show_note(self, headline: str, text: str) -> None:
        self.banner.hide()
        self.note.show_notice(headline, text, "")

    def _on_failed(self, exc: BaseException) -> None:
        self._show_problem(*error_text(exc))
        self._update_state()

    def _clear_batch(self) -> None:
        if self._confirm_discard():
            self.batch.clear_pages()

    def _confirm_discard(self) -> bool:
        count = self.batch.count()
        if count == 0:
            return True
        answer = QMessageBox.question(
            self, self.tr("Discard the scanned pages?"),
            self.tr("Scanned pages not saved: %1. Discard them?").replace("%1", str(count)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def unsaved_pages(self) -> int:
        return self.batch.count()

    def reject(self) -> None:
        """Esc, Close and the window's X: asks before unsaved pages go; never while saving. A scan or
        a device search still running is stopped, and the dialog goes once its worker is done: the
        window never waits for a driver."""
        if self._saving or not self._confirm_discard():
            return
        if self._token is not None:
            self._token.cancel()
        if self.runner.busy:
            self.hide()
            self.batch.clear_pages()
            self.runner.busyChanged.connect(self._finish_closing)
            return
        super().reject()

    def _finish_closing(self, busy: bool) -> None:
        if not busy:
            super().reject()

    def shutdown(self) -> None:
        """Stops a scan in progress and waits for the worker, so no thread outlives the dialog; what
        the worker finished (a save, pages on their way) is delivered here first."""
        if self._token is not None:
            self._token.cancel()
        self.runner.wait()
        QCoreApplication.sendPostedEvents()  # the last pages and the save's result, before anything is read
        self.runner.shutdown()

    def close_keeping_pages(self) -> int:
        """Signed out, locked away or the registry left: the pages not yet saved go to the unfiled
        files (nothing scanned is lost, and the next person does not see them here), in the richest
        colour mode among them. Returns how many pages were kept that way."""
        self.shutdown()
        pages = self.batch.pages()
        kept = 0
        if pages:
            images = [page.image for page in pages]
            try:
                report = self._service.file_by_stamps(images, richest_mode(images), self._actor,
                                                      stamps=[None] * len(images))
                kept = len(report.pages(FilingOutcome.INBOX))
                if kept < len(images):
                    log.error("%d scanned pages could not be put in the unfiled files: %s", len(images) - kept,
                              [(part.code, part.message) for part in report.parts])
            except Exception:  # the store is going away as well: say so in the log, not to the next person
                log.exception("the unsaved scanned pages could not be put in the unfiled files")
        self.batch.clear_pages()
        super().reject()
        return kept

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
