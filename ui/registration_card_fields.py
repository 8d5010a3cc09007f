"""The card's own fields in the registration form: where and how it came (journal, channel, form,
type, kind, dates, numbers) and what it says (summary, claimed amount, notes).

An outgoing letter shows fewer of them: it has no type, no date of receipt, no correspondent's
number, no claimed amount and repeats nothing; instead it may answer an incoming appeal. What is
hidden is not sent to the core, so nothing typed for one direction slips into the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from clerk_app.domain.cards import Journal
from clerk_app.domain.drafts import SHORT_TEXT
from clerk_app.domain.enums import AppealForm, AppealKind, AppealType, Channel, Direction
from clerk_app.timeutil import astana_today
from ui import labels
from ui.card_texts import form_label
from ui.journal_view import journal_tab_title, journal_title
from ui.registration_fields import (
    DateField,
    FieldCell,
    FormErrors,
    caption,
    choose,
    combo_box,
    line_edit,
    refill,
    text_of,
)
from ui.search_criteria import two_lines

SUMMARY_LINES = 6
NOTES_LINES = 3
NUMBER_CHARS = 100  # the core's limit for the correspondent's number
AMOUNT_CHARS = 30
SHEETS_CHARS = 6


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(5)
    return form


def _box(object_name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab goes on to the next field; Ctrl+Enter registers
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 10
    box.setFixedHeight(height)
    return box


class CardFields(QWidget):
    """Journal, channel, form, type, kind, received on, in reply to, the correspondent's number and
    date, sheets, repeat of, court matter (one column of the form)."""

    changed = Signal()
    directionChanged = Signal(object)  # Direction

    def __init__(self, journals: Sequence[Journal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journals: tuple[Journal, ...] = tuple(journals)
        self.journal_combo = combo_box("journal_combo")
        self.channel_combo = combo_box("channel_combo")
        self.form_combo = combo_box("form_combo")
        self.type_combo = combo_box("type_combo")
        self.kind_combo = combo_box("kind_combo")
        self.kind_combo.setMinimumContentsLength(14)
        self.received_edit = DateField("received_edit")
        self.answers_edit = line_edit("answers_edit", SHORT_TEXT)
        self.correspondent_number_edit = line_edit("correspondent_number_edit", NUMBER_CHARS)
        self.correspondent_date_edit = DateField("correspondent_date_edit")
        self.sheets_edit = line_edit("sheets_edit", SHEETS_CHARS)
        self.sheets_edit.setMaximumWidth(self.sheets_edit.fontMetrics().horizontalAdvance("0") * 8 + 24)
        self.repeat_of_edit = line_edit("repeat_of_edit", SHORT_TEXT)
        self.court_check = QCheckBox()
        self.court_check.setObjectName("court_check")

        self.cells: dict[str, FieldCell] = {}
        self.captions: dict[str, QLabel] = {}
        form = _form(self)
        for key, widget in (
            ("journal", self.journal_combo), ("channel", self.channel_combo), ("form", self.form_combo),
            ("type", self.type_combo), ("kind", self.kind_combo), ("received_on", self.received_edit),
            ("answers", self.answers_edit), ("correspondent_number", self.correspondent_number_edit),
            ("correspondent_date", self.correspondent_date_edit), ("sheet_count", self.sheets_edit),
            ("repeat_of", self.repeat_of_edit), ("is_court_matter", self.court_check),
        ):
            self.cells[key] = cell = FieldCell(widget)
            self.captions[key] = label = caption(widget)
            form.addRow(label, cell)
        self._form = form

        for combo in (self.journal_combo, self.channel_combo, self.form_combo, self.type_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (
            self.received_edit, self.answers_edit, self.correspondent_number_edit, self.correspondent_date_edit,
            self.sheets_edit, self.repeat_of_edit,
        ):
            edit.textChanged.connect(self.changed)
        self.court_check.toggled.connect(self.changed)
        self.journal_combo.currentIndexChanged.connect(self._on_journal)
        self.received_edit.set_day(astana_today())
        self.retranslate()
        self._show_direction()

    # --- reading --------------------------------------------------------------------------------

    def journal(self) -> Journal | None:
        index = self.journal_combo.currentData()
        return self._journals[index] if isinstance(index, int) and index < len(self._journals) else None

    def direction(self) -> Direction:
        data = self.journal_combo.currentData()
        if isinstance(data, int):
            return self._journals[data].direction
        return Direction(data) if data else Direction.INCOMING

    def to_json(self, today: date) -> dict[str, Any]:
        """The fields that apply to the direction, as ``parse_card_draft`` reads them."""
        incoming = self.direction() is Direction.INCOMING
        journal = self.journal()
        data: dict[str, Any] = {
            "direction": self.direction().value,
            "journal": journal.code if journal is not None else None,
            "channel": self.channel_combo.currentData(),
            "form": self.form_combo.currentData(),
            "kind": self.kind_combo.currentData(),
            "sheet_count": text_of(self.sheets_edit),
            "is_court_matter": self.court_check.isChecked(),
        }
        if incoming:
            data.update(
                type=self.type_combo.currentData(),
                received_on=self.received_edit.value(today),
                correspondent_number=text_of(self.correspondent_number_edit),
                correspondent_date=self.correspondent_date_edit.value(today),
                repeat_of=text_of(self.repeat_of_edit),
            )
        return {key: value for key, value in data.items() if value is not None}

    def answers(self) -> str | None:
        """The number of the appeal an outgoing letter replies to."""
        return text_of(self.answers_edit) if self.direction() is Direction.OUTGOING else None

    # --- changing -------------------------------------------------------------------------------

    def set_direction(self, direction: Direction) -> None:
        """The first journal of the direction (the form opened from a journal of that direction)."""
        for i in range(self.journal_combo.count()):
            data = self.journal_combo.itemData(i)
            if (self._journals[data].direction if isinstance(data, int) else Direction(data)) is direction:
                self.journal_combo.setCurrentIndex(i)
                return

    def set_journal(self, code: str) -> None:
        for i, journal in enumerate(self._journals):
            if journal.code == code:
                choose(self.journal_combo, i)

    def set_kind(self, kind: AppealKind | None) -> None:
        choose(self.kind_combo, kind.value if kind else None)

    def set_channel(self, channel: Channel) -> None:
        choose(self.channel_combo, channel.value)

    def clear_for_next(self) -> None:
        """"Register and new like this": journal, channel, form, type, kind and the day received stay
        (a pile of post that came in the same day is registered one after another)."""
        for edit in (
            self.answers_edit, self.correspondent_number_edit, self.correspondent_date_edit, self.sheets_edit,
            self.repeat_of_edit,
        ):
            edit.clear()
        self.court_check.setChecked(False)

    def bind(self, errors: FormErrors) -> None:
        for key, cell in self.cells.items():
            errors.bind(key, cell.field, cell.error)
        errors.bind("direction", self.journal_combo, self.cells["journal"].error)

    def focus_order(self) -> list[QWidget]:
        return [cell.field for cell in self.cells.values()]

    def _on_journal(self) -> None:
        self._show_direction()
        self.retranslate()  # the channel of a letter is how it is sent
        self.directionChanged.emit(self.direction())

    def _show_direction(self) -> None:
        incoming = self.direction() is Direction.INCOMING
        for key in ("type", "received_on", "correspondent_number", "correspondent_date", "repeat_of"):
            self._form.setRowVisible(self.cells[key], incoming)
        self._form.setRowVisible(self.cells["answers"], not incoming)
        self._refill_kinds()

    def _refill_kinds(self) -> None:
        """An appeal must have a kind; an outgoing letter may go without one."""
        blank = self.tr("— choose —") if self.direction() is Direction.INCOMING else self.tr("— none —")
        refill(self.kind_combo, [(blank, None)] + [(labels.kind_label(k), k.value) for k in AppealKind])
        for i, kind in enumerate(AppealKind, start=1):
            self.kind_combo.setItemData(i, labels.kind_hint(kind), Qt.ItemDataRole.ToolTipRole)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        incoming = self.direction() is Direction.INCOMING
        texts = {
            "journal": self.tr("&Journal:"),
            "channel": self.tr("C&hannel:") if incoming else self.tr("Sent &via:"),
            "form": self.tr("&Form:"),
            "type": self.tr("T&ype:"),
            "kind": self.tr("&Kind:"),
            "received_on": self.tr("&Received on:"),
            "answers": self.tr("In reply &to No.:"),
            "correspondent_number": self.tr("Correspondent's &No.:"),
            "correspondent_date": self.tr("Correspondent's &date:"),
            "sheet_count": self.tr("Sh&eets:"),
            "repeat_of": self.tr("Repea&t of No.:"),
            "is_court_matter": "",
        }
        for key, text in texts.items():
            self.captions[key].setText(two_lines(text))
        self.court_check.setText(self.tr("&Court matter"))
        if self._journals:
            refill(self.journal_combo, [(journal_tab_title(j), i) for i, j in enumerate(self._journals)])
            for i, journal in enumerate(self._journals):
                self.journal_combo.setItemData(i, journal_title(journal), Qt.ItemDataRole.ToolTipRole)
        else:  # the journals were not given: each direction's default journal
            refill(
                self.journal_combo,
                [(self.tr("Incoming appeals"), Direction.INCOMING.value),
                 (self.tr("Outgoing letters"), Direction.OUTGOING.value)],
            )
        refill(self.channel_combo, [(labels.channel_label(c), c.value) for c in Channel])
        for i, channel in enumerate(Channel):
            self.channel_combo.setItemData(i, labels.channel_hint(channel), Qt.ItemDataRole.ToolTipRole)
        refill(self.form_combo, [(form_label(f), f.value) for f in AppealForm])
        refill(self.type_combo, [(self.tr("— choose —"), None)] + [(labels.type_label(t), t.value) for t in AppealType])
        self._refill_kinds()
        self.received_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.correspondent_date_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.received_edit.setToolTip(self.tr("When the paper arrived (today unless it came earlier)"))
        self.correspondent_number_edit.setToolTip(self.tr("The sender's own number of the letter, if it has one"))
        self.answers_edit.setPlaceholderText(self.tr("number of the incoming appeal"))
        self.answers_edit.setToolTip(
            self.tr("The incoming appeal this letter answers; left empty, the letter answers none")
        )
        self.repeat_of_edit.setPlaceholderText(self.tr("number of the earlier appeal"))
        self.repeat_of_edit.setToolTip(self.tr("For a repeat appeal: the registration number of the earlier one"))
        self.sheets_edit.setToolTip(self.tr("Sheets of the paper original"))
        self.court_check.setToolTip(
            self.tr("Correspondence about a court case: never transmitted to the national system")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ContentFields(QWidget):
    """Summary, claimed amount and notes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_edit = _box("summary_edit", SUMMARY_LINES)
        self.amount_edit = line_edit("amount_edit", AMOUNT_CHARS)
        self.amount_edit.setMaximumWidth(self.amount_edit.fontMetrics().horizontalAdvance("0") * 20 + 24)
        self.notes_edit = _box("notes_edit", NOTES_LINES)
        self.cells: dict[str, FieldCell] = {}
        self.captions: dict[str, QLabel] = {}
        form = _form(self)
        for key, widget in (
            ("summary", self.summary_edit), ("claimed_amount", self.amount_edit), ("notes", self.notes_edit),
        ):
            self.cells[key] = cell = FieldCell(widget)
            self.captions[key] = label = caption(widget)
            form.addRow(label, cell)
        self._form = form
        self.summary_edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)
        self.amount_edit.textChanged.connect(self.changed)
        self.retranslate()

    def to_json(self, direction: Direction) -> dict[str, Any]:
        data: dict[str, Any] = {
            "summary": self.summary_edit.toPlainText().strip() or None,
            "notes": self.notes_edit.toPlainText().strip() or None,
        }
        if direction is Direction.INCOMING:
            # "125 000,50" as typed: the spaces of any kind between the digit groups go
            data["claimed_amount"] = "".join(self.amount_edit.text().split()) or None
        return {key: value for key, value in data.items() if value is not None}

    def set_direction(self, direction: Direction) -> None:
        self._form.setRowVisible(self.cells["claimed_amount"], direction is Direction.INCOMING)

    def clear(self) -> None:
        self.summary_edit.clear()
        self.amount_edit.clear()
        self.notes_edit.clear()

    def bind(self, errors: FormErrors) -> None:
        for key, cell in self.cells.items():
            errors.bind(key, cell.field, cell.error)

    def focus_order(self) -> list[QWidget]:
        return [cell.field for cell in self.cells.values()]

    def retranslate(self) -> None:
        self.captions["summary"].setText(two_lines(self.tr("S&ummary:")))
        self.captions["claimed_amount"].setText(two_lines(self.tr("Claimed &amount, ₸:")))
        self.captions["notes"].setText(two_lines(self.tr("N&otes:")))
        self.summary_edit.setPlaceholderText(self.tr("What the appeal is about, in brief"))
        self.amount_edit.setPlaceholderText(self.tr("such as 125 000,50"))
        self.amount_edit.setToolTip(self.tr("The amount the applicant claims, in tenge (not required)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
