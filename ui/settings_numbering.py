"""Settings › Station and journals: the workstation's code and each journal's index and number
template, with the number the next card would get shown as the clerk types (docs/numbering.md).

The preview is computed here from the counters read once when the page opens (the core's
NumberingSettings), so typing never waits for the store; a template the core would refuse shows
its error under the field at once, and the preview says no number can be made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clerk_app.domain.cards import Journal
from clerk_app.domain.numbering import NumberTemplate, check_station_code
from clerk_app.errors import NumberingError, ValidationError
from clerk_app.services.registry import Registry
from clerk_app.services.setup import JournalNumbering, NumberingSettings, check_numbering
from ui.error_text import field_message
from ui.journal_view import journal_title
from ui.settings_page import SettingsPage, bold, caption, hint
from ui.workers import TaskRunner

STATION_WIDTH = 120  # pixels: up to 8 capitals
INDEX_WIDTH = 120


@dataclass(frozen=True)
class NumberingValues:
    station_code: str
    journals: tuple[tuple[str, str, str], ...]  # (journal code, index, template)


class JournalFields:
    """One journal's box: index, template and the next number."""

    def __init__(self, page: NumberingPage, journal: Journal) -> None:
        self.journal = journal
        self.box = QGroupBox()
        self.box.setObjectName(f"journal_{journal.code}")
        self.index_caption = caption(page)
        self.index_edit = QLineEdit()
        self.index_edit.setObjectName(f"index_{journal.code}")
        self.index_edit.setMaxLength(20)
        self.index_edit.setMaximumWidth(INDEX_WIDTH)
        self.template_caption = caption(page)
        self.template_edit = QLineEdit()
        self.template_edit.setObjectName(f"template_{journal.code}")
        self.template_edit.setMaxLength(60)
        self.preview_caption = QLabel()
        self.preview = QLabel()
        self.preview.setObjectName(f"preview_{journal.code}")
        self.preview.setFont(bold(page))
        self.index_caption.setBuddy(self.index_edit)
        self.template_caption.setBuddy(self.template_edit)
        grid = QGridLayout(self.box)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.index_caption, 0, 0)
        grid.addWidget(self.template_caption, 0, 1)
        grid.addWidget(self.index_edit, 1, 0)
        grid.addWidget(self.template_edit, 1, 1)
        grid.addWidget(page.errors.add(self.field("index"), self.index_edit), 2, 0)
        grid.addWidget(page.errors.add(self.field("template"), self.template_edit), 2, 1)
        preview_row = QHBoxLayout()
        preview_row.setSpacing(6)
        preview_row.addWidget(self.preview_caption)
        preview_row.addWidget(self.preview)
        preview_row.addStretch(1)
        grid.addLayout(preview_row, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def field(self, name: str) -> str:
        return f"journals.{self.journal.code}.{name}"


class NumberingPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_numbering_page")
        self._settings: NumberingSettings | None = None
        self.journals: list[JournalFields] = []
        self.station_caption = caption(self)
        self.station_edit = QLineEdit()
        self.station_edit.setObjectName("station_code")
        self.station_edit.setMaxLength(8)
        self.station_edit.setMaximumWidth(STATION_WIDTH)
        self.station_edit.textChanged.connect(self._on_typed)
        self.station_caption.setBuddy(self.station_edit)
        self.station_hint = hint(self)
        self.template_hint = hint(self)
        self._layout = QVBoxLayout(self.body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.station_caption)
        self._layout.addWidget(self.station_edit)
        self._layout.addWidget(self.errors.add("station_code", self.station_edit))
        self._layout.addWidget(self.station_hint)
        self._layout.addSpacing(6)
        self._layout.addWidget(self.template_hint)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Station and journals")

    def read(self) -> NumberingSettings:
        return self._registry.settings.numbering()

    def show_data(self, data: NumberingSettings) -> None:
        self._settings = data
        if [j.journal.code for j in self.journals] != [j.code for j in data.journals]:
            self._build_journals(data.journals)
        self.station_edit.setText(data.station_code)
        for fields, journal in zip(self.journals, data.journals, strict=True):
            fields.journal = journal
            fields.index_edit.setText(journal.index)
            fields.template_edit.setText(journal.number_template)
        self.retranslate()
        self._on_typed()

    def _build_journals(self, journals: tuple[Journal, ...]) -> None:
        for fields in self.journals:
            fields.box.deleteLater()
        self.journals = []
        for journal in journals:
            fields = JournalFields(self, journal)
            fields.index_edit.textChanged.connect(self._on_typed)
            fields.template_edit.textChanged.connect(self._on_typed)
            self._layout.addWidget(fields.box)
            self.journals.append(fields)

    def values(self) -> NumberingValues:
        return NumberingValues(
            self.station_edit.text().strip().upper(),
            tuple((f.journal.code, f.index_edit.text().strip(), f.template_edit.text().strip()) for f in self.journals),
        )

    def _entries(self) -> dict[str, JournalNumbering]:
        return {code: JournalNumbering(index, template) for code, index, template in self.values().journals}

    def check(self) -> bool:
        try:
            check_numbering(self.station_edit.text(), self._entries())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        return True

    def save_operation(self) -> Callable[[], NumberingSettings]:
        registry, values = self._registry, self.values()
        entries = self._entries()
        return lambda: registry.settings.save_numbering(values.station_code, entries)

    # --- the live preview and errors -------------------------------------------------------------

    def _on_typed(self) -> None:
        """Every keystroke: the errors of the station and templates, and each next number."""
        station = self.station_edit.text().strip().upper()
        station_problem = _problem(lambda: check_station_code(station))
        self._show_live("station_code", station_problem)
        for fields in self.journals:
            template = fields.template_edit.text().strip()
            template_problem = _problem(partial(NumberTemplate, template))
            index = fields.index_edit.text().strip()
            self._show_live(fields.field("template"), template_problem)
            self._show_live(fields.field("index"), None if index else "field.required")
            if self._settings is None or station_problem or template_problem or not index:
                fields.preview.setText(self.tr("— (correct the fields above)"))
            else:
                fields.preview.setText(
                    self._settings.next_number(fields.journal.code, station=station, index=index, template=template)
                )
        self.edited.emit()

    def _show_live(self, field: str, code: str | None) -> None:
        label = self.errors.labels[field]
        label.setText(field_message(code, field) if code else "")
        label.setVisible(code is not None)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Station and journals"),
            self.tr(
                "Every registration number contains the code of the workstation that gave it, so numbers "
                "given at different workstations never repeat. Each workstation of the body needs its own code."
            ),
        )
        self.station_caption.setText(self.tr("&Workstation code:"))
        self.station_hint.setText(self.tr("1 to 8 capital letters or digits, such as A or 02."))
        self.template_hint.setText(
            self.tr(
                "In a number template, {index} is the journal's index, {station} the workstation code, "
                "{serial} the serial number ({serial:4} pads it to 4 digits), {year} or {yy} the year "
                "in four or two digits. {station}, {serial} and the year are required."
            )
        )
        for fields in self.journals:
            fields.box.setTitle(journal_title(fields.journal))
            fields.index_caption.setText(self.tr("Index:"))
            fields.template_caption.setText(self.tr("Number template:"))
            fields.preview_caption.setText(self.tr("Next number:"))
        if self._settings is not None:
            self._on_typed()


def _problem(check: Callable[[], object]) -> str | None:
    """The error code of a check, or None when it passes."""
    try:
        check()
    except NumberingError as exc:
        return exc.code
    return None
