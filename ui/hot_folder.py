"""The scanner folder ("hot folder") in the background: network scanners save scans into a shared
folder, and every few seconds the finished files are taken into the registry's unfiled files (the
inbox), on a runner of its own, so that neither the journal nor attaching ever waits for it.

One ``HotFolder`` is kept per folder and registry between scans: it remembers what each file looked
like last time, and a file is taken only when two looks agree. Scans never overlap: a tick that
comes while a scan is still running is skipped. When the folder is missing or cannot be read, the
window is told when that starts and when it ends; scanning goes on quietly meanwhile.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from clerk_app.domain.copies import HotFolderReport
from clerk_app.services.hot_folder import HotFolder
from clerk_app.services.registry import Registry
from ui.workers import Task, TaskRunner

SCAN_INTERVAL_MS = 10_000
FIRST_SCAN_DELAY_MS = 3_000  # let the journals load first
STABLE_SECONDS = 2.0  # a file must look the same this long across two looks

log = logging.getLogger(__name__)


# --- on the worker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FolderScan:
    report: HotFolderReport | None  # None when the folder could not be used
    problem: str | None  # why not, in English: the technical detail


def folder_problem(folder: Path) -> str | None:
    """Why the folder cannot be used for taking scans now (English), or None. The core's scan sees a
    missing folder as an empty one, so the window looks first, to be able to say so."""
    try:
        if not folder.is_dir():
            return f"{folder} does not exist or is not a folder"
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError as exc:
        return f"{folder} cannot be read: {exc.strerror or exc}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{folder} cannot be written to: files cannot be moved out of it"
    return None


def scan_folder(hot: HotFolder) -> FolderScan:
    problem = folder_problem(hot.folder)
    if problem is not None:
        return FolderScan(None, problem)
    try:
        return FolderScan(hot.scan_once(), None)
    except OSError as exc:
        # The share went away mid-scan, or one file vanished under it (another workstation took
        # it first): only the first is the folder's trouble; the next scan goes on with the rest.
        problem = folder_problem(hot.folder)
        if problem is None:
            log.warning("a scan of the scanner folder was interrupted", exc_info=exc)
        return FolderScan(None, problem)


# --- on the GUI thread ----------------------------------------------------------------------------


class HotFolderWatcher(QObject):
    filesArrived = Signal(object)  # HotFolderReport: some files were taken or refused
    unavailable = Signal(str)  # the folder cannot be used (the English detail); said when it starts
    availableAgain = Signal()  # it can be used again after a problem

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry: Registry | None = None
        self._folder: Path | None = None
        self._hot: HotFolder | None = None
        self._task: Task[FolderScan] | None = None
        self._problem: str | None = None
        self.stable_seconds = STABLE_SECONDS  # tests make it 0
        self.rounds = 0  # scans finished (tests, screenshots)
        self._timer = QTimer(self)
        self._timer.setInterval(SCAN_INTERVAL_MS)
        self._timer.timeout.connect(self.scan_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_SCAN_DELAY_MS)
        self._first.timeout.connect(self.scan_now)

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def active(self) -> bool:
        """A folder and a registry: scans are being taken."""
        return self._hot is not None

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def problem(self) -> str | None:
        return self._problem

    def start(self, registry: Registry, folder: Path | None) -> None:
        """Take scans from ``folder`` (None: from nowhere) into ``registry``."""
        if registry is self._registry and folder == self._folder and self._hot is not None:
            return
        self.stop()
        if folder is None:
            return
        self._registry, self._folder = registry, folder
        self._hot = HotFolder(folder, registry.copies, stable_seconds=self.stable_seconds)
        self._timer.start()
        self._first.start()

    def stop(self) -> None:
        """No more scans (the registry is being closed, or the folder turned off); a scan still
        running finishes on the worker, and its result is dropped."""
        self._timer.stop()
        self._first.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._registry = None
        self._folder = None
        self._hot = None
        self._problem = None  # not "available again": nothing is being watched any more

    def scan_now(self) -> None:
        """The timer's tick: one scan, unless the previous one is still running."""
        hot = self._hot
        if hot is None or self._task is not None:
            return
        self._task = self._runner.submit(
            lambda: scan_folder(hot), success=self._on_scanned, failure=self._on_failure
        )

    def _on_scanned(self, scan: FolderScan) -> None:
        self._task = None
        self.rounds += 1
        self._set_problem(scan.problem)
        report = scan.report
        if report is not None and (report.imported or report.rejected):
            self.filesArrived.emit(report)

    def _on_failure(self, exc: BaseException) -> None:
        # A store error or a bug: logged; the next tick tries again.
        log.warning("scanning the scanner folder failed", exc_info=exc)
        self._task = None
        self.rounds += 1

    def _set_problem(self, problem: str | None) -> None:
        before, self._problem = self._problem, problem
        if problem is not None and before is None:
            self.unavailable.emit(problem)
        elif problem is None and before is not None:
            self.availableAgain.emit()
