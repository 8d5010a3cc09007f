"""Text recognition in the background: after every attach and every few minutes, the queued copies
are recognised by Tesseract on a runner of their own, so that the journal never waits for it.

The queue is worked through in small batches (one file per core): between batches the window
learns how many files are still waiting, and closing the window waits for one batch at most.
When Tesseract or a language pack is missing, recognition stops for the open registry and the
window is told once why; nothing is lost, the queue waits in the store for a computer that can.

The clerk may pause it (a slow computer, a long scanning session): the batch under way finishes,
no new one starts until it is resumed, and the queue waits in the store meanwhile. Paused only for
this session: the next start recognises again, so that no scan stays unsearchable by a forgotten
pause.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from clerk_app.services.ocr import OcrRunReport
from clerk_app.services.registry import Registry
from scanners.ocr import valid_languages
from ui.copy_texts import OcrOff, OcrOffReason
from ui.workers import Task, TaskRunner

INTERVAL_MS = 3 * 60 * 1000  # "every few minutes": also picks up copies other stations attached
START_DELAY_MS = 10_000  # let the journals load first: recognition takes both cores
BATCH_FILES = 2  # one file per core per batch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueueState:
    waiting: int  # pending and running: files whose text is not there yet
    off: OcrOffReason | None


def read_queue(registry: Registry) -> QueueState:
    """On the worker: can recognition run here, and how much is waiting?"""
    availability = registry.ocr.availability()
    counts = registry.ocr.queue_counts()
    waiting = counts.get("pending", 0) + counts.get("running", 0)
    if availability.available:
        return QueueState(waiting, None)
    problem = availability.problem or "text recognition is not available"
    if availability.missing_languages:
        kind = OcrOff.MISSING_LANGUAGES
    elif not valid_languages(registry.ocr.languages()):
        kind = OcrOff.BAD_LANGUAGE_SETTING
    else:
        kind = OcrOff.NOT_INSTALLED
    return QueueState(waiting, OcrOffReason(kind, tuple(availability.missing_languages), problem))


def recognise_batch(registry: Registry) -> OcrRunReport:
    return registry.ocr.run_pending(limit=BATCH_FILES)


class TextRecognition(QObject):
    busyChanged = Signal(object)  # int: files waiting while recognition works or is paused; None when idle
    switchedOff = Signal(object)  # OcrOffReason: recognition cannot run for the open registry
    textsRecognised = Signal()  # new text is in the store: refresh whatever shows it
    pausedChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry: Registry | None = None
        self._task: Task[object] | None = None
        self._again = False  # asked for while a round was running: go round once more
        self._off: OcrOffReason | None = None
        self._waiting: int | None = None
        self._paused = False  # kept when another registry opens: the clerk asked for this session
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.request)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self.request)

    @property
    def off(self) -> OcrOffReason | None:
        return self._off

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def waiting(self) -> int | None:
        """Files whose text is not there yet: while a round works, and while paused once counted."""
        return self._waiting

    def pause(self) -> None:
        """No new batch until ``resume``: the one under way finishes (a Tesseract run is not cut
        short), and the rest waits in the store."""
        if self._paused:
            return
        self._paused = True
        self._again = False
        self.pausedChanged.emit(True)
        if self._task is None:
            self.request()  # counts what waits (no batch), for the status bar

    def resume(self) -> None:
        if not self._paused:
            return
        self._paused = False
        self.pausedChanged.emit(False)
        self.request()

    def start(self, registry: Registry, *, delay_ms: int = START_DELAY_MS) -> None:
        """A registry was opened: recognise its queue a little later, then every few minutes."""
        self.stop()
        self._registry = registry
        self._timer.start()
        self._start_timer.start(delay_ms)

    def stop(self) -> None:
        """The registry is being closed: forget it, and any result still on its way."""
        self._timer.stop()
        self._start_timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._registry = None
        self._again = False
        self._off = None
        self._set_waiting(None)

    def request(self) -> None:
        """Recognise what is waiting now (after an attach), unless recognition is off; while paused,
        only count it."""
        registry = self._registry
        if registry is None or self._off is not None:
            return
        if self._task is not None:
            self._again = True
            return
        self._submit(lambda: read_queue(registry), self._on_queue)

    def _submit(self, op: Callable[[], object], success: Callable[[object], None]) -> None:
        self._task = self._runner.submit(op, success=success, failure=self._on_failure)

    def _on_queue(self, result: object) -> None:
        assert isinstance(result, QueueState)
        self._task = None
        if result.off is not None:
            self._switch_off(result.off)
            return
        if self._paused:
            self._hold(result.waiting)
            return
        if result.waiting == 0:
            self._finish_round()
            return
        self._set_waiting(result.waiting)
        self._next_batch()

    def _next_batch(self) -> None:
        registry = self._registry
        assert registry is not None
        self._submit(lambda: recognise_batch(registry), self._on_batch)

    def _on_batch(self, result: object) -> None:
        assert isinstance(result, OcrRunReport)
        self._task = None
        if result.recognised:
            self.textsRecognised.emit()
        if result.problem is not None:
            self.request()  # availability changed meanwhile: find out why, and say so
            return
        if self._paused:  # this was the batch under way when the clerk paused
            self._hold(result.pending)
            return
        done_something = result.recognised + result.failed > 0
        if done_something and result.pending > 0:
            self._set_waiting(result.pending)
            self._next_batch()
            return
        # Nothing claimable is left (other stations may be working on the rest).
        self._finish_round()

    def _hold(self, waiting: int) -> None:
        """Paused: no batch, only the count for the status bar (counted again when an attach
        asked meanwhile)."""
        self._set_waiting(waiting)
        if self._again:
            self._again = False
            self.request()

    def _finish_round(self) -> None:
        self._set_waiting(None)
        if self._again:
            self._again = False
            self.request()

    def _on_failure(self, exc: BaseException) -> None:
        # A store error: leave it for the next round; the clerk's work does not depend on it.
        log.warning("text recognition failed", exc_info=exc)
        self._task = None
        self._again = False
        if not self._paused:  # paused, the last count stays on screen
            self._set_waiting(None)

    def _switch_off(self, reason: OcrOffReason) -> None:
        self._off = reason
        self._again = False
        self._timer.stop()
        self._set_waiting(None)
        self.switchedOff.emit(reason)

    def _set_waiting(self, waiting: int | None) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.busyChanged.emit(waiting)
