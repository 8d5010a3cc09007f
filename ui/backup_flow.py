"""File › Back up the registry…: an administrator chooses the archive file and the backup
passphrase; the backup runs on a runner of its own (the journals stay usable meanwhile), with
progress and Cancel in the dialog, and the result is shown. Restoring stays a command
(``clerk-app restore``): it replaces the files of the store this window holds open, which the
restore refuses while any window has them (docs/backups.md)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.errors import CancelledError, ClerkError
from clerk_app.services import backup_passphrase
from clerk_app.services.backup import BackupResult
from clerk_app.services.registry import Registry
from ui import formatting, session
from ui.error_text import describe
from ui.field_errors import error_label
from ui.sign_in import field_column, password_edit
from ui.workers import Task, TaskRunner

ARCHIVE_SUFFIX = ".clerkbak"
PROGRESS_STEPS = 1000


def choose_archive(parent: QWidget, suggested: str) -> Path | None:
    """The save-file dialog (a module function: tests replace it)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupDialog", "Save the backup as"), suggested,
        QCoreApplication.translate("BackupDialog", "Registry backups ({0})").format("*" + ARCHIVE_SUFFIX),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(ARCHIVE_SUFFIX)


class BackupDialog(QDialog):
    """Where to, with which passphrase; then the progress of the backup and its Cancel."""

    _moved = Signal(int)  # emitted on the worker, shown on the GUI thread
    finishedWith = Signal(object)  # the BackupResult, once written

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self._registry = registry
        self._runner = runner
        self._task: Task[BackupResult] | None = None
        self._cancel = threading.Event()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_caption = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("backup_file_edit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("backup_browse_button")
        self.browse_button.clicked.connect(self._browse)
        self.kept_check = QCheckBox()
        self.kept_check.setObjectName("backup_kept_passphrase_check")
        self._kept = backup_passphrase.stored_passphrase()
        self.kept_check.setVisible(self._kept is not None)
        self.kept_check.setChecked(self._kept is not None)
        self.kept_check.toggled.connect(self._follow_kept)
        self.passphrase_caption = QLabel()
        self.passphrase_edit = password_edit("backup_passphrase_edit")
        self.again_caption = QLabel()
        self.again_edit = password_edit("backup_passphrase_again_edit")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = error_label()
        self.error.setObjectName("backup_error_label")
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("backup_start_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("backup_cancel_button")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._moved.connect(self.progress.setValue)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.file_caption.setBuddy(self.file_edit)
        layout.addWidget(self.file_caption)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.kept_check)
        field_column(layout, self.passphrase_caption, self.passphrase_edit)
        field_column(layout, self.again_caption, self.again_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._follow_kept()
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A top-level window does not grow for wrapped text by itself: the long intro (longer
        still in Kazakh) sets the height for the width the dialog has."""
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up the registry"))
        self.intro.setText(self.tr(
            "The backup holds every card, electronic copy and account of this registry, and the audit trail. "
            "It is encrypted with the passphrase below: without it nobody can read or restore the backup, "
            "so keep the passphrase apart from the file (for instance, sealed in the safe)."
        ))
        self.file_caption.setText(self.tr("Backup &file:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.kept_check.setText(self.tr("Use the backup passphrase kept in this computer's keyring"))
        self.passphrase_caption.setText(self.tr("Backup &passphrase:"))
        self.again_caption.setText(self.tr("Passphrase &again:"))
        self.hint.setText(self.tr("At least {0} characters; a few unrelated words are easy to remember.")
                          .format(backup_passphrase.MIN_PASSPHRASE))
        self.start_button.setText(self.tr("&Back up"))
        if self.isVisible():
            self._fit()

    def _follow_kept(self) -> None:
        typed = not self.kept_check.isChecked()
        for widget in (self.passphrase_caption, self.passphrase_edit, self.again_caption, self.again_edit, self.hint):
            widget.setVisible(typed)

    def _browse(self) -> None:
        chosen = choose_archive(self, self.file_edit.text() or str(Path.home() / ("registry" + ARCHIVE_SUFFIX)))
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _passphrase(self) -> str | None:
        if self.kept_check.isChecked() and self._kept:
            return self._kept
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < backup_passphrase.MIN_PASSPHRASE:
            self._show_error(self.tr("The passphrase needs at least {0} characters.").format(backup_passphrase.MIN_PASSPHRASE))
            self.passphrase_edit.setFocus()
            return None
        if self.again_edit.text() != passphrase:
            self._show_error(self.tr("The two passphrases differ. Type them again."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return None
        return passphrase

    def start(self) -> None:
        if self.busy:
            return
        self.error.hide()
        name = self.file_edit.text().strip()
        if not name:
            self._show_error(self.tr("Choose the file to write the backup to."))
            self.browse_button.setFocus()
            return
        passphrase = self._passphrase()
        if passphrase is None:
            return
        target, registry, actor = Path(name), self._registry, session.actor()
        cancel = self._cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            self._moved.emit(PROGRESS_STEPS if total <= 0 else int(done * PROGRESS_STEPS / total))

        self._set_running(True)
        self._task = self._runner.submit(
            lambda: registry.backup.back_up(target, passphrase, actor, progress=progress, cancelled=cancel.is_set),
            success=self._on_done, failure=self._on_failed,
        )

    def _set_running(self, running: bool) -> None:
        for widget in (self.file_edit, self.browse_button, self.kept_check, self.passphrase_edit, self.again_edit,
                       self.start_button):
            widget.setEnabled(not running)
        self.progress.setValue(0)
        self.progress.setVisible(running)

    def reject(self) -> None:
        """Cancel: while the backup runs it stops it (no archive is left); else the dialog closes."""
        if self.busy:
            self._cancel.set()
            self.close_button.setEnabled(False)
            return
        super().reject()

    def _on_done(self, result: BackupResult) -> None:
        self._task = None
        self._set_running(False)
        self.finishedWith.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_running(False)
        self.close_button.setEnabled(True)
        if isinstance(exc, CancelledError):
            self._show_error(self.tr("The backup was cancelled: no file was written."))
            return
        self._show_error(_refusal_text(exc))


def _refusal_text(exc: BaseException) -> str:
    code = exc.code if isinstance(exc, ClerkError) else None
    if code == "backup.not_embedded":
        return QCoreApplication.translate("BackupDialog", "This registry is kept in a PostgreSQL database: its administrator backs it up "
                                  "with the database's own tools (pg_dump).")
    if code == "output.unwritable":
        return QCoreApplication.translate("BackupDialog", "The file cannot be written there. Choose another folder or disk.") + (
            f"\n{exc.message if isinstance(exc, ClerkError) else ''}")
    text = describe(exc)
    return f"{text.headline} {text.advice}\n{text.detail}"


def result_text(result: BackupResult) -> str:
    manifest = result.manifest
    lines = [
        QCoreApplication.translate("BackupDialog", "The backup is written to {0}.").format(result.path),
        QCoreApplication.translate("BackupDialog", "Cards: {0}. Electronic copies: {1}. Size: {2} MB.").format(
            formatting.count(manifest.card_count), formatting.count(len(manifest.blobs)),
            f"{result.size_bytes / 1_000_000:.1f}"),
    ]
    if manifest.missing_blobs:
        lines.append(QCoreApplication.translate("BackupDialog", "{0} electronic copies were missing from the store and are not in the "
                                        "backup. Ask the administrator to check the copies.")
                     .format(len(manifest.missing_blobs)))
    lines.append(QCoreApplication.translate("BackupDialog", "Keep the file and its passphrase in different places. To restore it, the "
                                    "administrator runs: clerk-app restore FILE"))
    return "\n\n".join(lines)


class BackupFlow(QObject):
    """The File menu's action and the one dialog at a time."""

    def __init__(self, window: QWidget, registry: Callable[[], Registry | None]) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self.runner = TaskRunner(self)  # a backup of a large store takes minutes: nothing else waits for it
        self.dialog: BackupDialog | None = None
        self.result_box: QMessageBox | None = None
        self.action = QAction(window)
        self.action.setObjectName("backup_action")
        self.action.triggered.connect(self.show_dialog)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Back up the registry…"))
        self.action.setToolTip(self.tr("Write an encrypted backup of the registry and its electronic copies"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def update_state(self, enabled: bool) -> None:
        self.action.setEnabled(enabled and session.may(Permission.BACKUP))

    def show_dialog(self) -> None:
        registry = self._registry()
        if registry is None or not self.action.isEnabled():
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = BackupDialog(registry, self.runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finishedWith.connect(self._show_result)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, _result: int = 0) -> None:
        self.dialog = None

    def _show_result(self, result: BackupResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Back up the registry"), result_text(result),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("backup_result_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_result)
        self.result_box = box
        box.open()

    def _forget_result(self, _result: int = 0) -> None:
        self.result_box = None

    def shutdown(self) -> None:
        """The window closes or leaves the registry: a running backup is stopped and waited for."""
        if self.dialog is not None:
            self.dialog.reject()
        self.runner.shutdown()
