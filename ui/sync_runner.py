"""Synchronisation rounds in the background (issue 7): every 5 minutes in synced mode, soon after a
registry is entered, and on demand (File › Synchronisation › Sync now, F9); never on the GUI thread
and never two at once. The rounds, connecting and disconnecting run one after another on a runner of
their own, so a round of minutes never holds up the journals; the status (cheap) is read on the
store runner every few seconds and after each of them.

The engine reports progress from the worker thread: a queued signal carries it to the GUI thread.
A round that fails is only recorded here (the indicator shows it); whether the clerk is told in a
message box is the flow's business, and only for a round the clerk started."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clerk_app.domain.sync import SyncMode, SyncProgress, SyncReport, SyncStatus
from clerk_app.services.registry import Registry
from clerk_app.services.sync import SyncService
from ui.workers import Task, TaskRunner

INTERVAL_MS = 5 * 60 * 1000  # a round every 5 minutes in synced mode
FIRST_ROUND_MS = 15_000  # the first one soon after the registry is entered, not while it opens
STATUS_MS = 15_000  # the indicator's counts (pending changes grow as the clerk registers)
log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class SyncRunner(QObject):
    statusChanged = Signal(object)  # SyncStatus, or None: no registry, or the status cannot be read
    progressed = Signal(object)  # SyncProgress of the round on its way (on the GUI thread)
    runningChanged = Signal(bool)
    roundFinished = Signal(object, bool)  # SyncReport, whether the clerk asked for this round
    roundFailed = Signal(object, bool)  # the exception, whether the clerk asked for this round
    pulled = Signal()  # a round brought the other workstations' changes: the views read again
    connectionChanged = Signal()  # connected or disconnected: the station code and numbers follow
    _reported = Signal(int, object)  # (round, SyncProgress) emitted on the worker

    def __init__(self, store_runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_runner")
        self.runner = TaskRunner(self)  # rounds, connect, disconnect: one after another
        self._store_runner = store_runner or self.runner
        self._registry: Registry | None = None
        self._task: Task[SyncReport] | None = None
        self._status_task: Task[SyncStatus] | None = None
        self._status_again = False
        self._cancel = threading.Event()
        self._round = 0
        self._user_round = False  # the clerk asked for the round on its way (or while it ran)
        self._status_failed_logged = False
        self.status: SyncStatus | None = None
        self.progress: SyncProgress | None = None
        self.started_with: SyncStatus | None = None  # the status when the round on its way began
        self.last_failure: BaseException | None = None  # of the last round this window ran
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer)
        self.first_timer = QTimer(self)
        self.first_timer.setSingleShot(True)
        self.first_timer.setInterval(FIRST_ROUND_MS)
        self.first_timer.timeout.connect(self._on_timer)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self._first_round_due = False
        self._reported.connect(self._on_reported)

    # --- the registry ----------------------------------------------------------------------------

    @property
    def service(self) -> SyncService | None:
        return self._registry.sync if self._registry is not None else None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def synced(self) -> bool:
        return self.status is not None and self.status.mode == SyncMode.SYNCED

    def set_registry(self, registry: Registry | None) -> None:
        """Entered (a round soon, if synced) or left (the round on its way is cancelled and its
        result dropped; the registry closes only once the runner is done with it)."""
        self._drop_round()
        if self._status_task is not None:
            self._status_task.discard()
            self._status_task = None
        self._registry = registry
        self.status = None
        self.progress = None
        self.last_failure = None
        self._status_failed_logged = False
        self.timer.stop()
        self.first_timer.stop()
        if registry is None:
            self.status_timer.stop()
            self.statusChanged.emit(None)
            return
        self._first_round_due = True
        self.status_timer.start()
        self.refresh_status()

    def _drop_round(self) -> None:
        self._cancel.set()
        if self._task is not None:
            self._task.discard()
            self._task = None
            self._user_round = False
            self.runningChanged.emit(False)

    def shutdown(self) -> None:
        """The window closes: the round is asked to stop and waited for."""
        self.timer.stop()
        self.first_timer.stop()
        self.status_timer.stop()
        self._cancel.set()
        self.runner.shutdown()

    # --- the status ------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        service = self.service
        if service is None:
            return
        if self._status_task is not None:
            self._status_again = True  # the read on its way may predate what changed
            return
        self._status_again = False
        self._status_task = self._store_runner.submit(service.status, success=self._on_status,
                                                      failure=self._on_status_failed)

    def _on_status(self, status: SyncStatus) -> None:
        self._status_task = None
        if self._status_again:
            self.refresh_status()
        self.status = status
        if status.mode == SyncMode.SYNCED:
            if not self.timer.isActive():
                self.timer.start()
            if self._first_round_due:
                self._first_round_due = False
                self.first_timer.start()
        else:
            self.timer.stop()
            self.first_timer.stop()
        self.statusChanged.emit(status)

    def _on_status_failed(self, exc: BaseException) -> None:
        self._status_task = None
        if self._status_again:
            self.refresh_status()
        if not self._status_failed_logged:  # every 15 seconds otherwise
            self._status_failed_logged = True
            log.warning("the synchronisation status cannot be read", exc_info=exc)
        self.status = None
        self.statusChanged.emit(None)

    # --- rounds ----------------------------------------------------------------------------------

    def _on_timer(self) -> None:
        if self.synced:
            self.sync_now(user=False)

    def sync_now(self, *, user: bool) -> bool:
        """Starts a round; False when none could start: one is on its way already (the clerk then
        hears how that one ends), or no registry is open."""
        service = self.service
        if service is None:
            return False
        if self._task is not None:
            self._user_round = self._user_round or user
            return False
        self._round += 1
        number = self._round
        cancel = self._cancel = threading.Event()
        self._user_round = user
        self.progress = None
        self.started_with = self.status  # what was waiting: the measure of the round's progress

        def report(progress: SyncProgress) -> None:  # on the worker
            if not cancel.is_set():
                self._reported.emit(number, progress)

        self._task = self.runner.submit(lambda: service.sync(progress=report, cancel=cancel.is_set),
                                        success=self._on_done, failure=self._on_failed)
        self.runningChanged.emit(True)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _on_reported(self, number: int, progress: SyncProgress) -> None:
        if number == self._round and self._task is not None:
            self.progress = progress
            self.progressed.emit(progress)

    def _end_round(self) -> bool:
        user = self._user_round
        self._task = None
        self._user_round = False
        self.progress = None
        self.runningChanged.emit(False)
        self.refresh_status()
        return user

    def _on_done(self, report: SyncReport) -> None:
        self.last_failure = None
        user = self._end_round()
        if report.pulled_total or report.downloaded_files:
            self.pulled.emit()
        self.roundFinished.emit(report, user)

    def _on_failed(self, exc: BaseException) -> None:
        self.last_failure = exc
        user = self._end_round()
        self.roundFailed.emit(exc, user)

    # --- connecting and disconnecting --------------------------------------------------------------

    def change_connection(self, op: Callable[[], Any], success: Callback, failure: Callback) -> None:
        """Connect or disconnect (the settings page's ``op``), after the round on its way: that one
        is asked to stop first. Then the status is read again and the window hears of it, whether or
        not the page that asked is still open (a closed page ignores its callbacks itself)."""
        self._cancel.set()

        def done(result: Any) -> None:
            self.last_failure = None
            self._first_round_due = True  # a round soon with the new connection
            self.refresh_status()
            self.connectionChanged.emit()
            success(result)

        self.runner.submit(op, success=done, failure=failure)
