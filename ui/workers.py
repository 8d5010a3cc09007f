"""Background operations (Anki's QueryOp pattern): run a callable off the GUI thread and get its
result, or its exception, back on the GUI thread.

The callable must not touch widgets: it talks to clerk_app services and returns plain data. The
callbacks run on the GUI thread, where touching widgets is safe.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)

Failure = Callable[[BaseException], None]


def _receiver_alive(callback: Callable[..., object] | None) -> bool:
    """A callback bound to a Qt object whose C++ side is gone (its window closed while the
    operation ran) must not run: touching it raises."""
    owner = getattr(callback, "__self__", None)
    return callback is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner))


class Task(QObject, Generic[T]):
    """One operation in flight. Lives in the GUI thread, so its queued signals land there."""

    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        op: Callable[[], T],
        success: Callable[[T], None] | None,
        failure: Failure | None,
        done: Callable[[Task[Any]], None],
    ) -> None:
        super().__init__()
        self._op = op
        self._success = success
        self._failure = failure
        self._done = done
        self._discarded = False
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)

    @property
    def discarded(self) -> bool:
        return self._discarded

    def discard(self) -> None:
        """The result is no longer wanted (the model was reset, the registry was switched): the
        operation may still finish, but no callback runs."""
        self._discarded = True

    def run_op(self) -> None:
        """Called on a pool thread."""
        if self._discarded:
            self._failed.emit(None)  # still report back, so the runner forgets the task
            return
        try:
            result = self._op()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    @Slot(object)
    def _deliver_success(self, result: T) -> None:
        self._done(self)
        if not self._discarded and self._success is not None and _receiver_alive(self._success):
            self._success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException | None) -> None:
        self._done(self)
        if self._discarded or exc is None:
            return
        if self._failure is not None:
            if _receiver_alive(self._failure):
                self._failure(exc)
        else:
            log.error("background operation failed", exc_info=exc)


class _Job(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_op()


class TaskRunner(QObject):
    """Runs store work one operation at a time, in submission order (like Anki's single collection
    worker): a demo load, page fetches and closing a store never race each other."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[Task[Any]] = set()

    def submit(
        self,
        op: Callable[[], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(op, success, failure, self._forget)
        was_idle = not self._tasks
        self._tasks.add(task)
        self._pool.start(_Job(task))
        if was_idle:
            self.busyChanged.emit(True)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Blocks until every started operation is done (callbacks still arrive via the event loop)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drops pending results and waits for the running operation, so that no thread outlives
        the window ("QThread: Destroyed while thread is still running" aborts the process)."""
        for task in list(self._tasks):
            task.discard()
        self._pool.clear()
        self._pool.waitForDone()
        self._tasks.clear()

    def _forget(self, task: Task[Any]) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.busyChanged.emit(False)
