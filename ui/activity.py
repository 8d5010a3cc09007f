"""Long work in the status bar: what is being done, how far it has got, and a Cancel button.

The operation runs on a worker; it reports its steps through ``progress`` (callable from any
thread: a queued signal carries them to the GUI thread) and asks ``cancelled`` between steps."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ActivityIndicator(QWidget):
    _moved = Signal(int, int)  # emitted on the worker, delivered on the GUI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity_indicator")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("activity_cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._cancel = threading.Event()
        self._moved.connect(self._show_progress)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop; nothing of this operation is kept"))

    def start(self, text: str) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
        """Shows the operation; returns its ``progress(done, total)`` and ``cancelled()`` for the
        worker (both callable from any thread, both bound to this operation alone)."""
        cancel = self._cancel = threading.Event()
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first step arrives
        self.cancel_button.setEnabled(True)
        self.show()

        def progress(done: int, total: int) -> None:
            if not cancel.is_set():
                self._moved.emit(done, total)

        return progress, cancel.is_set

    def set_text(self, text: str) -> None:
        if not self._cancel.is_set():
            self.label.setText(text)

    def finish(self) -> None:
        self.hide()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
