"""Settings › Working-day calendar: the body's corrections to Kazakhstan's calendar (a Saturday the
government declares a working day, a weekday it makes a day off) and, read-only, the public holidays
the calendar knows already for a year. Corrections are added and removed in the list and saved
together with Apply (docs/deadlines.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.errors import ValidationError
from clerk_app.services.calendar import (
    MAX_NOTE,
    MAX_YEAR,
    MIN_YEAR,
    CalendarCorrection,
    PublicHoliday,
    changes_nothing,
)
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import due_dates
from ui.control_dialogs import date_edit, from_qdate, to_qdate
from ui.error_text import field_message
from ui.field_errors import error_label
from ui.settings_page import SettingsPage, caption, hint
from ui.workers import Task, TaskRunner

CORRECTION_LINES = 4  # rows the lists show without scrolling
HOLIDAY_LINES = 5
Corrections = tuple[CalendarCorrection, ...]

_HOLIDAY = {
    name: text
    for name, text in (
        ("New Year's Day", QT_TRANSLATE_NOOP("PublicHoliday", "New Year's Day")),
        ("Orthodox Christmas", QT_TRANSLATE_NOOP("PublicHoliday", "Orthodox Christmas")),
        ("International Women's Day", QT_TRANSLATE_NOOP("PublicHoliday", "International Women's Day")),
        ("Nowruz Holiday", QT_TRANSLATE_NOOP("PublicHoliday", "Nowruz Holiday")),
        (
            "Kazakhstan's People Solidarity Holiday",
            QT_TRANSLATE_NOOP("PublicHoliday", "Kazakhstan's People Solidarity Holiday"),
        ),
        ("Defender of the Fatherland Day", QT_TRANSLATE_NOOP("PublicHoliday", "Defender of the Fatherland Day")),
        ("Victory Day", QT_TRANSLATE_NOOP("PublicHoliday", "Victory Day")),
        ("Capital Day", QT_TRANSLATE_NOOP("PublicHoliday", "Capital Day")),
        ("Eid al-Adha", QT_TRANSLATE_NOOP("PublicHoliday", "Eid al-Adha")),
        ("Constitution Day", QT_TRANSLATE_NOOP("PublicHoliday", "Constitution Day")),
        ("Republic Day", QT_TRANSLATE_NOOP("PublicHoliday", "Republic Day")),
        ("Independence Day", QT_TRANSLATE_NOOP("PublicHoliday", "Independence Day")),
        ("First President Day", QT_TRANSLATE_NOOP("PublicHoliday", "First President Day")),
    )
}


def holiday_text(holiday: PublicHoliday) -> str:
    """The holiday's name in the interface language, with what the calendar says about the day."""
    if holiday.substituted_from is not None:
        return QCoreApplication.translate("PublicHoliday", "Day off moved from {0}").format(
            due_dates.day(holiday.substituted_from)
        )
    known = _HOLIDAY.get(holiday.name)
    # a name the package adds in a later version stays as the package writes it
    name = QCoreApplication.translate("PublicHoliday", str(known)) if known else holiday.name
    if holiday.observed:
        return QCoreApplication.translate("PublicHoliday", "{0} (moved day off)").format(name)
    if holiday.estimated:
        return QCoreApplication.translate("PublicHoliday", "{0} (date estimated)").format(name)
    return name


def read_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for line, texts in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(line, column, item)


def list_table(columns: int, object_name: str, lines: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(columns - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
    height = table.verticalHeader().defaultSectionSize() * lines
    # exactly that tall: a table's own size hint is taller and would push the page into scrolling
    table.setFixedHeight(height + header.sizeHint().height() + 2 * table.frameWidth())
    return table


class CalendarPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_calendar_page")
        self._corrections: list[CalendarCorrection] = []
        self._have_data = False
        self._holidays_task: Task[list[PublicHoliday]] | None = None
        self._holidays: list[PublicHoliday] = []
        self.corrections_caption = caption(self)
        self.table = list_table(3, "corrections_table", CORRECTION_LINES)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_correction_button")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_caption = caption(self)
        self.day_edit = date_edit()
        self.day_edit.setObjectName("correction_day")
        self.day_edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.day_edit.setDate(to_qdate(astana_today()))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("correction_kind")
        self.kind_box.addItem("", True)
        self.kind_box.addItem("", False)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("correction_note")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.returnPressed.connect(self.add_correction)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_correction_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_correction)
        self.add_error = error_label()
        self.add_error.setObjectName("add_correction_error")
        self.holidays_caption = caption(self)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("holiday_year")
        self.year_box.setRange(MIN_YEAR, MAX_YEAR)
        self.year_box.setValue(astana_today().year)
        self.year_box.valueChanged.connect(self._load_holidays)
        self.holidays = list_table(2, "holidays_table", HOLIDAY_LINES)

        self.empty_note = hint(self)
        self.empty_note.setObjectName("no_corrections_note")
        title_row = QHBoxLayout()
        title_row.addWidget(self.corrections_caption)
        title_row.addStretch(1)
        title_row.addWidget(self.remove_button)
        add_row = QGridLayout()
        add_row.addWidget(self.day_edit, 0, 0)
        add_row.addWidget(self.kind_box, 0, 1)
        add_row.addWidget(self.note_edit, 1, 0, 1, 2)
        add_row.addWidget(self.add_button, 1, 2)
        add_row.setColumnStretch(1, 1)
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(self.holidays_caption)
        holidays_row.addWidget(self.year_box)
        holidays_row.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.add_caption)
        layout.addLayout(add_row)
        layout.addWidget(self.add_error)
        layout.addSpacing(8)
        layout.addLayout(holidays_row)
        layout.addWidget(self.holidays)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Working-day calendar")

    def read(self) -> list[CalendarCorrection]:
        return self._registry.calendar.corrections()

    def load(self) -> None:
        super().load()
        self._load_holidays()

    def discard(self) -> None:
        super().discard()
        if self._holidays_task is not None:
            self._holidays_task.discard()
            self._holidays_task = None

    def show_data(self, data: list[CalendarCorrection]) -> None:
        self._corrections = sorted(data, key=lambda c: c.day)
        self._have_data = True
        self._fill()

    def values(self) -> Corrections:
        return tuple(self._corrections)

    def save_operation(self) -> Callable[[], list[CalendarCorrection]]:
        service = self._registry.calendar
        saved = {c.day: c for c in (self._saved if isinstance(self._saved, tuple) else ())}
        now = {c.day: c for c in self._corrections}
        changed = [c for day, c in now.items() if saved.get(day) != c]
        removed = [day for day in saved if day not in now]
        return lambda: service.save_corrections(changed, removed)

    # --- editing the list ------------------------------------------------------------------------

    def add_correction(self) -> None:
        """Puts the form's day into the list (replacing an entry for the same day); Apply saves it."""
        self.add_error.hide()
        day = from_qdate(self.day_edit.date())
        is_working = bool(self.kind_box.currentData())
        if changes_nothing(day, is_working=is_working):
            self._show_add_error(field_message("calendar.no_change", "day"))
            return
        note = self.note_edit.text().strip() or None
        self._corrections = sorted(
            [c for c in self._corrections if c.day != day] + [CalendarCorrection(day, is_working, note)],
            key=lambda c: c.day,
        )
        self.note_edit.clear()
        self._fill(select=day)
        self.edited.emit()

    def remove_selected(self) -> None:
        days = {self._corrections[i.row()].day for i in self.table.selectionModel().selectedRows()}
        if not days:
            return
        self._corrections = [c for c in self._corrections if c.day not in days]
        self._fill()
        self.edited.emit()

    def _on_selected(self) -> None:
        """A chosen entry comes into the form, to be changed and added again."""
        rows = self.table.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows))
        if len(rows) == 1:
            entry = self._corrections[rows[0].row()]
            self.day_edit.setDate(to_qdate(entry.day))
            self.kind_box.setCurrentIndex(self.kind_box.findData(entry.is_working))
            self.note_edit.setText(entry.note or "")

    def _fill(self, select: date | None = None) -> None:
        read_table(
            self.table,
            [(due_dates.day(c.day), self._kind_text(c.is_working), c.note or "") for c in self._corrections],
        )
        if select is not None:
            line = next(i for i, c in enumerate(self._corrections) if c.day == select)
            self.table.selectRow(line)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_note.setVisible(self._have_data and not self._corrections)

    def show_refusal(self, exc: BaseException) -> None:
        """The core names a correction by its day: the day goes before the sentence."""
        if not isinstance(exc, ValidationError):
            super().show_refusal(exc)
            return
        lines = []
        for issue in exc.issues:
            _, iso, field = (issue.field.split(".") + ["", ""])[:3]
            text = field_message(issue.code, field)
            lines.append(f"{due_dates.day(date.fromisoformat(iso))}: {text}" if iso else text)
        self.errors.clear()
        self.errors.show_general("\n".join(lines))

    def _show_add_error(self, text: str) -> None:
        self.add_error.setText(text)
        self.add_error.show()

    # --- the public holidays ---------------------------------------------------------------------

    def _load_holidays(self) -> None:
        if self._holidays_task is not None:
            self._holidays_task.discard()  # a newer year was chosen
        service, year = self._registry.calendar, self.year_box.value()
        self._holidays_task = self._runner.submit(
            lambda: service.public_holidays(year), success=self._on_holidays, failure=self._on_holidays_failed
        )

    def _on_holidays(self, holidays: list[PublicHoliday]) -> None:
        self._holidays_task = None
        self._holidays = holidays
        self._show_holidays()

    def _show_holidays(self) -> None:
        read_table(self.holidays, [(due_dates.day(h.day), holiday_text(h)) for h in self._holidays])

    def _on_holidays_failed(self, exc: BaseException) -> None:
        self._holidays_task = None
        self.errors.show(exc)

    def _kind_text(self, is_working: bool) -> str:
        return self.tr("Working day") if is_working else self.tr("Day off")

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Working-day calendar"),
            self.tr(
                "Due dates in working days skip weekends and public holidays. Each year the government moves "
                "some days off: enter here a Saturday declared a working day, or a weekday made a day off, "
                "as soon as the decision is published."
            ),
        )
        self.corrections_caption.setText(self.tr("Corrections of this registry"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("The day is"), self.tr("Note")])
        self.remove_button.setText(self.tr("&Remove"))
        self.empty_note.setText(self.tr("No corrections yet: the calendar follows the public holidays below."))
        self.add_caption.setText(self.tr("Add a correction (or choose one above to change it)"))
        self.kind_box.setItemText(0, self.tr("a working day (a transferred working day)"))
        self.kind_box.setItemText(1, self.tr("a day off (an extra day off)"))
        self.note_edit.setPlaceholderText(self.tr("Note, such as the number of the government decree"))
        self.add_button.setText(self.tr("&Add to the list"))
        self.holidays_caption.setText(self.tr("Public holidays the calendar knows, in"))
        self.holidays.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Holiday")])
        self._fill()
        self._show_holidays()
