"""Small parts the registration form is built of: a field with its error line under it, a date typed
as dd.mm.yyyy, and the error lines of fields that come and go (applicant rows).

The form does not judge what is typed: it hands the text to the core's ``parse_card_draft`` as
typed (a date it cannot read goes as it is, and the core names the problem), so that every rule
lives in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from clerk_app.timeutil import astana_today
from ui.field_errors import FieldErrors, error_label

DATE_PLACEHOLDER_WIDTH = 12  # characters: dd.mm.yyyy and a little air
_DATE = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})$")
_DATE_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 25032025, typed without dots


def parse_day(text: str, today: date) -> date | None:
    """A date as clerks write it: 25.03.2025, 5.3.2025, 25/03/2025, 25032025, or 25.03.25 (the
    century that does not put it in the future). None when it is not a date."""
    text = text.strip()
    match = _DATE.match(text) or _DATE_DIGITS.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def show_day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


class DateField(QLineEdit):
    """A date typed as dd.mm.yyyy (faster for a clerk copying from paper than QDateEdit's sections).
    ``value()`` is what goes to the core: ISO when readable, else the text itself (the core then
    refuses it as a bad date, next to this field), None when empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMaxLength(20)
        width = self.fontMetrics().horizontalAdvance("0") * DATE_PLACEHOLDER_WIDTH
        self.setMaximumWidth(width + 24)
        self.setMinimumWidth(width)

    def value(self, today: date) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        day = parse_day(text, today)
        return day.isoformat() if day is not None else text

    def set_day(self, day: date | None) -> None:
        self.setText(show_day(day) if day is not None else "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """25032025 or 5.3.25 is shown as 25.03.2025 once the clerk moves on: what will be stored."""
        day = parse_day(self.text(), astana_today())
        if day is not None and self.text() != show_day(day):
            self.setText(show_day(day))
        super().focusOutEvent(event)


class FormErrors(FieldErrors):
    """FieldErrors whose fields can be bound and unbound as applicant rows come and go: the row
    makes its own error lines, the form tells where the core's paths ("applicants.1.iin") point."""

    def bind(self, field: str, widget: QWidget, label: QLabel) -> None:
        self.labels[field] = label
        self._widgets[field] = widget

    def unbind_prefix(self, prefix: str) -> None:
        for field in [f for f in self.labels if f.startswith(prefix)]:
            del self.labels[field]
            del self._widgets[field]

    def widget(self, field: str) -> QWidget | None:
        return self._widgets.get(field)

    def hide_field(self, field: str) -> None:
        label = self.labels.get(field)
        if label is not None:
            label.clear()
            label.hide()


class FieldCell(QWidget):
    """A field with its error line under it (hidden until there is something to say)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error)


def caption(buddy: QWidget) -> QLabel:
    """A field's caption; its &-letter (set with the text) moves the cursor to the field."""
    label = QLabel()
    label.setBuddy(buddy)
    # as tall as a one-line field, text centred: level with the field's text even when the field's
    # error line, or its box of several lines, makes the row taller
    label.setMinimumHeight(QLineEdit().sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def section_title(base: QWidget) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = QFont(base.font())
    font.setBold(True)
    label.setFont(font)
    return label


def line_edit(object_name: str, max_length: int) -> QLineEdit:
    """One line of text; the core's own limit is the most it takes, so "too long" cannot happen."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setMaxLength(max_length)
    return edit


def text_of(edit: QLineEdit) -> str | None:
    """The text as the core takes it: None for an empty field."""
    return edit.text().strip() or None


def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """New texts for a combo's entries (a new language), the choice kept."""
    keep = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = next((i for i in range(combo.count()) if combo.itemData(i) == keep), 0)
    combo.setCurrentIndex(index)
    combo.blockSignals(blocked)


def choose(combo: QComboBox, data: object) -> None:
    """Selects the entry holding ``data`` (findData compares by identity: equality is wanted)."""
    index = next((i for i in range(combo.count()) if combo.itemData(i) == data), -1)
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_box(object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo
