"""Errors shown where they belong: a refusal of the core names its fields (``issue.field``), and each
field of a form has a red sentence under it that says what to change. Whatever names no field of
the form goes to the form's general line. Nothing the clerk typed is touched."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from clerk_app.errors import ClerkError, ValidationError
from ui.copy_dialogs import REFUSED_COLOUR
from ui.error_text import describe, field_message

ERROR_STYLE = f"QLabel {{ color: {REFUSED_COLOUR}; }}"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("field_error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class FieldErrors:
    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add(self, field: str, widget: QWidget) -> QLabel:
        """The error line of a field: put it under the field's widget."""
        label = error_label()
        label.setObjectName(f"error_{field}")
        self.labels[field] = label
        self._widgets[field] = widget
        return label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def show_field(self, field: str, text: str) -> None:
        label = self.labels.get(field)
        if label is None:
            self.show_general(text)
            return
        label.setText(text)
        label.show()

    def show_general(self, text: str) -> None:
        previous = self.general.text()
        self.general.setText(f"{previous}\n{text}" if previous else text)
        self.general.show()

    def show(self, exc: BaseException, *, not_found_field: str | None = None) -> None:
        """Each issue of a refusal next to its field; other errors on the general line. A card
        "not found" is put next to ``not_found_field`` (a number the clerk typed) when given."""
        self.clear()
        shown: list[str] = []
        if isinstance(exc, ValidationError):
            for issue in exc.issues:
                self.show_field(issue.field, field_message(issue.code, issue.field))
                shown.append(issue.field)
        elif isinstance(exc, ClerkError) and exc.code == "card.not_found" and not_found_field:
            self.show_field(not_found_field, field_message(exc.code, not_found_field))
            shown.append(not_found_field)
        else:
            text = describe(exc)
            self.show_general(f"{text.headline} {text.advice}")
        self.focus_first(shown)

    def focus_first(self, fields: list[str] | Mapping[str, object]) -> None:
        for field in fields:
            widget = self._widgets.get(field)
            if widget is not None and widget.isEnabled() and widget.isVisibleTo(widget.window()):
                widget.setFocus()
                return

    def visible_messages(self) -> dict[str, str]:
        """The field errors on show (tests, screenshots)."""
        return {field: label.text() for field, label in self.labels.items() if not label.isHidden()}
