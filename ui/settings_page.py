"""What every page of the settings dialog shares: a heading and an intro, the page's fields with
their error lines, reading on the worker when the dialog opens, and saving on the worker in one
operation when the clerk presses Apply or OK.

A page compares what is on screen with what it last read or saved (``values`` against the saved
copy), so the dialog knows which pages have changes. A refusal is shown next to its field and
nothing the clerk typed is cleared; only a successful save replaces the saved copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from clerk_app.services.registry import Registry
from ui import palette
from ui.field_errors import FieldErrors, error_label
from ui.text_label import wrapped_label
from ui.workers import Task, TaskRunner

Done = Callable[[bool], None]  # told whether the page's changes were saved


def bold(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font


def caption(widget: QWidget) -> QLabel:
    """A field's caption above it, bold as in the other forms."""
    label = QLabel()
    label.setFont(bold(widget))
    return label


def hint(widget: QWidget) -> QLabel:
    """A quieter explanation under a field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setPalette(palette.quiet(widget.palette()))
    return label


class SettingsPage(QWidget):
    edited = Signal()  # what is on screen changed: the dialog re-checks which pages have changes

    affects_registry = True  # False for preferences of this computer only (the language)

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self._saved: object = None  # the values as last read or saved; None until read
        self.heading = wrapped_label(self, scale=1.2, bold=True)
        self.intro = wrapped_label(self)
        self.general_error = error_label()
        self.general_error.setObjectName("general_error")
        self.errors = FieldErrors(self.general_error)
        self.status = QLabel()  # "Reading…"
        self.status.setPalette(palette.quiet(self.status.palette()))
        self.body = QWidget()  # the page's own fields go here
        self.body.setEnabled(False)  # until read

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.status)
        column.addWidget(self.body)
        column.addWidget(self.general_error)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- what a page provides --------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the dialog's list."""
        raise NotImplementedError

    def read(self) -> Any:
        """On the worker: the plain data the page shows (no widgets here)."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """Fills the fields from what ``read`` or a save returned."""
        raise NotImplementedError

    def values(self) -> object:
        """What is on screen, comparable with the saved copy."""
        raise NotImplementedError

    def check(self) -> bool:
        """Checks on the GUI thread before saving, shown next to the fields; False stops the save."""
        return True

    def save_operation(self) -> Callable[[], Any]:
        """The save, run on the worker: a closure over plain values and the registry, returning
        what ``show_data`` shows afterwards."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """The page's texts in the current language."""

    # --- shared behaviour ------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._saved is not None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def has_changes(self) -> bool:
        return self.loaded and self.values() != self._saved

    def discard(self) -> None:
        """The dialog is closing: a result still on its way is dropped (its widgets may be gone)."""
        if self._task is not None:
            self._task.discard()
            self._task = None

    def load(self) -> None:
        self.status.setText(QCoreApplication.translate("SettingsPage", "Reading…"))
        self.status.show()
        self._task = self._runner.submit(self.read, success=self._on_read, failure=self._on_read_failed)

    def _on_read(self, data: Any) -> None:
        self._task = None
        self.status.hide()
        self._show_saved(data)
        self.body.setEnabled(True)
        self.edited.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.hide()
        self.errors.show(exc)

    def _show_saved(self, data: Any) -> None:
        self.show_data(data)
        self._saved = self.values()

    def save(self, done: Done) -> None:
        """Checks, then saves on the worker; ``done`` hears whether it worked."""
        self.errors.clear()
        if not self.check():
            done(False)
            return
        self.body.setEnabled(False)

        def saved(result: Any) -> None:
            self._task = None
            self.body.setEnabled(True)
            self._show_saved(result)
            self.edited.emit()
            done(True)

        def failed(exc: BaseException) -> None:
            self._task = None
            self.body.setEnabled(True)
            self.show_refusal(exc)
            done(False)

        self._task = self._runner.submit(self.save_operation(), success=saved, failure=failed)

    def show_refusal(self, exc: BaseException) -> None:
        """Each issue next to its field (pages with numbered rows override this)."""
        self.errors.show(exc)

    def set_texts(self, heading: str, intro: str) -> None:
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
