"""The settings dialog, driven as a clerk drives it on a real SQLite store: typing a station code
and a template moves the live preview and then the next registered number; a bad template or BIN
is pointed out next to its field, saves nothing and keeps what was typed; a changed deadline period
moves the next card's due date; a calendar correction is added and removed; the recognition
languages are saved; the language choice switches the whole interface. Closing with changes not
saved yet asks whether to save them (Save, Discard, or back to editing); without changes, or with
a field typed back as it was, it closes at once; a save on its way is not cut off by a close."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.services.calendar import CalendarCorrection, CalendarService
from clerk_app.services.context import Actor
from clerk_app.services.deadline_rules import DeadlineRuleService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming
from tests.ui.keyboard import retype, type_text
from ui.control_dialogs import to_qdate
from ui.error_text import field_message
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.settings_dialog import CHANGED_MARK, SettingsDialog
from ui.workers import TaskRunner

CLERK = Actor("clerk")
OpenWindow = Callable[[Path], MainWindow]


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


@pytest.fixture
def open_dialog(
    qtbot: QtBot, runner: TaskRunner, languages: LanguageManager, settings: AppSettings
) -> Callable[[Registry], SettingsDialog]:
    def make(registry: Registry, parent: QWidget | None = None) -> SettingsDialog:
        dialog = SettingsDialog(registry, runner, languages, settings, parent)
        if parent is None:
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: all(page.loaded and not page.busy for page in dialog.pages))
        return dialog

    return make


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """The space bar, as on the keyboard (a click in a stretched box's middle may miss its text)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def apply(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """Presses Apply and waits until every page with changes has been saved or refused."""
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving and not any(page.busy for page in dialog.pages))


def shown_errors(widget: QWidget) -> dict[str, str]:
    page_errors = getattr(widget, "errors")  # noqa: B009 - every page has them
    return dict(page_errors.visible_messages())


# --- station and journals --------------------------------------------------------------------------


def test_station_and_template_move_the_preview_and_the_next_registered_number(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    registry.registration.register_json(incoming(), CLERK)
    dialog = open_dialog(registry)
    page = dialog.numbering_page
    dialog.show_page(page)
    incoming_fields = next(f for f in page.journals if f.journal.code == "incoming")
    yy, year = astana_today().year % 100, astana_today().year
    assert incoming_fields.preview.text() == f"01/A-0002/{yy}"  # the demo-free store's second card
    assert not dialog.apply_button.isEnabled()

    retype(qtbot, page.station_edit, "b2")
    assert incoming_fields.preview.text() == f"01/B2-0001/{yy}"  # a new station counts from 1
    retype(qtbot, incoming_fields.template_edit, "{year}-{index}-{station}/{serial:3}")
    assert incoming_fields.preview.text() == f"{year}-01-B2/001"
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.changed):
        apply(qtbot, dialog)
    assert registry.settings.station_code() == "B2"
    assert not dialog.apply_button.isEnabled()  # saved: nothing left to apply
    card = registry.registration.register_json(incoming(summary="Екінші өтініш"), CLERK, confirm_duplicate=True)
    assert card.number == f"{year}-01-B2/001"


def test_a_bad_template_is_pointed_out_as_typed_and_saves_nothing(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.numbering_page
    dialog.show_page(page)
    outgoing = next(f for f in page.journals if f.journal.code == "outgoing")
    retype(qtbot, outgoing.template_edit, "{index}/{serial}")
    field = "journals.outgoing.template"
    assert shown_errors(page) == {field: field_message("numbering.template_not_unique", field)}
    assert outgoing.preview.text() != "" and "/" not in outgoing.preview.text()  # no number can be made

    apply(qtbot, dialog)
    assert field in shown_errors(page)
    assert dialog.stack.currentWidget() is page
    assert outgoing.template_edit.text() == "{index}/{serial}"  # kept for correcting
    assert [j.number_template for j in registry.settings.journals()] == ["{index}/{station}-{serial:4}/{yy}"] * 2

    retype(qtbot, outgoing.index_edit, "01")  # the same numbers as the incoming journal
    retype(qtbot, outgoing.template_edit, "{index}/{station}-{serial:4}/{yy}")
    apply(qtbot, dialog)
    assert shown_errors(page) == {"journals.outgoing.index": field_message("numbering.journals_clash", "index")}
    assert [j.index for j in registry.settings.journals()] == ["01", "02"]


# --- the body --------------------------------------------------------------------------------------


def test_the_body_is_saved_and_a_bad_bin_is_refused_next_to_the_field(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    registry.references.add_settlement_body({"name": "Басқа орталық", "body_type": "arbitration", "bin": REAL_BINS[4]})
    dialog = open_dialog(registry)
    page = dialog.body_page
    wrong_digit = REAL_BINS[3][:11] + str((int(REAL_BINS[3][11]) + 1) % 10)
    retype(qtbot, page.edits["name"], "«Әділ шешім» медиаторлар орталығы")
    retype(qtbot, page.edits["bin"], wrong_digit)
    assert shown_errors(page) == {"bin": field_message("id.check_digit", "bin")}  # as soon as 12 digits are in
    retype(qtbot, page.edits["head"], "Сейітқалиева Әлия")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.isVisible() and registry.references.own_body() is None
    assert page.edits["bin"].text() == wrong_digit and page.edits["head"].text() == "Сейітқалиева Әлия"

    retype(qtbot, page.edits["bin"], REAL_BINS[3][:4] + " " + REAL_BINS[3][4:])  # spaces as people type them
    with qtbot.waitSignal(dialog.changed):
        apply(qtbot, dialog)
    own = registry.references.own_body()
    assert own is not None
    assert (own.body.name, own.body.bin, own.head) == ("«Әділ шешім» медиаторлар орталығы", REAL_BINS[3], "Сейітқалиева Әлия")

    retype(qtbot, page.edits["bin"], REAL_BINS[4])  # well-formed, but another listed body has it: the core says so
    apply(qtbot, dialog)
    assert shown_errors(page) == {"bin": field_message("reference.exists", "bin")}
    assert page.edits["bin"].text() == REAL_BINS[4] and dialog.isVisible()
    assert registry.references.own_body() == own

    answer_question(qtbot, lambda: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton), DISCARD)
    assert not dialog.isVisible() and registry.references.own_body() == own


# --- deadline rules --------------------------------------------------------------------------------


def test_a_changed_period_moves_the_next_cards_due_date_and_the_shipped_one_comes_back(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.rules_page
    dialog.show_page(page)
    row = page.rows["pretrial_consideration"]
    assert row.period() == (30, PeriodUnit.CALENDAR_DAYS) and not row.restore.isEnabled()
    row.amount.setFocus()
    row.amount.selectAll()
    qtbot.keyClicks(row.amount, "45")
    assert row.restore.isEnabled()
    apply(qtbot, dialog)

    card = registry.registration.register_json(incoming(kind="pretrial_settlement"), CLERK)
    state = registry.control.record(card.number).state
    expected = CalendarService(registry.store).due(astana_today(), 45, PeriodUnit.CALENDAR_DAYS).due
    assert state is not None and state.due_on == expected and state.rule_code == "pretrial_consideration"

    qtbot.mouseClick(row.restore, Qt.MouseButton.LeftButton)
    assert row.period() == (30, PeriodUnit.CALENDAR_DAYS)
    apply(qtbot, dialog)
    saved = next(r for r in DeadlineRuleService(registry.store).rules() if r.code == "pretrial_consideration")
    assert (saved.amount, saved.is_default) == (30, True)


# --- the working-day calendar ----------------------------------------------------------------------


def next_weekday(weekday: int) -> date:
    """The first such weekday (0 Monday) at least two weeks ahead, away from this week's holidays."""
    day = astana_today() + timedelta(days=14)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def test_a_calendar_correction_is_added_saved_and_removed(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.calendar_page
    dialog.show_page(page)
    qtbot.waitUntil(lambda: page.holidays.rowCount() > 0)  # the year's public holidays, read-only
    assert page.empty_note.isVisibleTo(page)

    monday = next_weekday(0)
    page.day_edit.setDate(to_qdate(monday))
    page.kind_box.setCurrentIndex(page.kind_box.findData(True))  # a Monday "made a working day"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_error.isVisibleTo(page) and page.table.rowCount() == 0

    saturday = next_weekday(5)
    page.day_edit.setDate(to_qdate(saturday))
    type_text(qtbot, page.note_edit, "Үкімет қаулысы")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and not page.add_error.isVisibleTo(page)
    apply(qtbot, dialog)
    service = CalendarService(registry.store)
    assert service.corrections() == [CalendarCorrection(saturday, True, "Үкімет қаулысы")]
    assert service.calendar().is_working_day(saturday)

    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
    apply(qtbot, dialog)
    assert service.corrections() == []


# --- text recognition ------------------------------------------------------------------------------


def test_recognition_languages_are_saved_and_one_is_required(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.recognition_page
    dialog.show_page(page)
    assert all(box.isChecked() for box in page.boxes.values())  # kaz+rus+eng by default
    for box in page.boxes.values():
        tick(qtbot, box)
    apply(qtbot, dialog)
    assert shown_errors(page) == {"languages": field_message("ocr.no_language", "languages")}
    assert registry.ocr.languages() == "kaz+rus+eng"
    tick(qtbot, page.boxes["kaz"])
    tick(qtbot, page.boxes["rus"])
    apply(qtbot, dialog)
    assert registry.ocr.languages() == "kaz+rus" and not shown_errors(page)


# --- data and language -----------------------------------------------------------------------------


def test_the_language_choice_switches_the_interface(
    qtbot: QtBot,
    empty_store: Path,
    open_window: OpenWindow,
    open_dialog: Callable[..., SettingsDialog],
    languages: LanguageManager,
    settings: AppSettings,
) -> None:
    window = open_window(empty_store)
    assert window.opened is not None
    dialog = open_dialog(window.opened.registry, window)
    page = dialog.data_page
    dialog.show_page(page)
    assert page.folder_label.text() == str(empty_store)
    assert page.database_label.text().endswith(".sqlite3")
    assert window.file_menu.title() == "&File"

    page.language_box.setCurrentIndex(page.language_box.findData(Language.RUSSIAN.value))
    assert languages.language is Language.ENGLISH  # nothing happens before OK
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert languages.language is Language.RUSSIAN and settings.language == "ru"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")  # LanguageChange events are posted
    assert window.language_actions[Language.RUSSIAN].isChecked()  # the Language menu agrees


def test_settings_open_from_the_file_menu_and_the_body_names_the_window(
    qtbot: QtBot, empty_store: Path, open_window: OpenWindow
) -> None:
    window = open_window(empty_store)
    assert window.settings_action in window.file_menu.actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: all(page.loaded and not page.busy for page in dialog.pages))
    page = dialog.body_page
    retype(qtbot, page.edits["name"], "«Әділ шешім» медиаторлар орталығы")
    retype(qtbot, page.edits["bin"], REAL_BINS[3])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("«Әділ шешім» медиаторлар орталығы — "))


# --- closing with changes not saved yet ------------------------------------------------------------

SAVE, DISCARD, KEEP_EDITING = (
    QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
)
BODY_NAME = "«Әділ шешім» медиаторлар орталығы"


@dataclass(frozen=True)
class Question:
    """What the modal question said (the box itself is gone once answered)."""

    text: str
    pages: str  # the informative text, naming the pages with changes
    default: QMessageBox.StandardButton
    escape: QMessageBox.StandardButton


def answer_question(
    qtbot: QtBot, press: Callable[[], object], answer: QMessageBox.StandardButton
) -> Question | None:
    """Does ``press`` (Cancel, Esc, the close button), then answers the modal question it brings up
    the way the clerk would, from the event loop. What was asked, or None when nothing was."""
    asked: list[Question | None] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            asked.append(None)
            return
        asked.append(
            Question(
                box.text(), box.informativeText(), box.standardButton(box.defaultButton()),
                box.standardButton(box.escapeButton()),
            )
        )
        qtbot.mouseClick(box.button(answer), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, reply)
    press()
    qtbot.waitUntil(lambda: bool(asked))
    return asked[0]


def press_cancel(qtbot: QtBot, dialog: SettingsDialog) -> Callable[[], None]:
    return lambda: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def press_escape(qtbot: QtBot, dialog: SettingsDialog) -> Callable[[], None]:
    return lambda: qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def press_close_button(dialog: SettingsDialog) -> Callable[[], object]:
    """The title bar's close button: the window system's close event comes to the dialog's window
    (QWindow.close() or QWidget.close() would be the program's own close)."""
    return lambda: QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())


def marked(dialog: SettingsDialog) -> list[str]:
    """The names in the page list that stand out as having changes."""
    items = [dialog.page_list.item(row) for row in range(dialog.page_list.count())]
    return [item.text() for item in items if item.font().bold() and item.text().endswith(CHANGED_MARK)]


def test_cancel_with_a_change_asks_and_keep_editing_keeps_what_was_typed(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.body_page
    assert marked(dialog) == []
    retype(qtbot, page.edits["name"], BODY_NAME)
    assert marked(dialog) == ["The body" + CHANGED_MARK]  # as typed

    question = answer_question(qtbot, press_cancel(qtbot, dialog), KEEP_EDITING)
    assert question is not None
    assert question.text == "Save the changes?" and "The body" in question.pages
    assert "Deadline rules" not in question.pages  # only the pages with changes are named
    assert (question.default, question.escape) == (SAVE, KEEP_EDITING)
    assert dialog.isVisible() and dialog.question_box is None
    assert page.edits["name"].text() == BODY_NAME and marked(dialog) == ["The body" + CHANGED_MARK]
    assert registry.references.own_body() is None


def test_discard_closes_and_saves_nothing(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    retype(qtbot, dialog.body_page.edits["name"], BODY_NAME)
    dialog.show_page(dialog.recognition_page)
    tick(qtbot, dialog.recognition_page.boxes["eng"])
    assert len(marked(dialog)) == 2

    question = answer_question(qtbot, press_cancel(qtbot, dialog), DISCARD)
    assert question is not None and "Text recognition" in question.pages and "The body" in question.pages
    assert not dialog.isVisible()
    assert registry.references.own_body() is None and registry.ocr.languages() == "kaz+rus+eng"


def test_save_saves_like_ok_and_closes(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.body_page
    retype(qtbot, page.edits["name"], BODY_NAME)
    retype(qtbot, page.edits["bin"], REAL_BINS[3])
    with qtbot.waitSignal(dialog.changed):
        assert answer_question(qtbot, press_cancel(qtbot, dialog), SAVE) is not None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    own = registry.references.own_body()
    assert own is not None and (own.body.name, own.body.bin) == (BODY_NAME, REAL_BINS[3])


def test_save_of_a_refused_page_keeps_the_dialog_open_with_the_error(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.numbering_page
    retype(qtbot, dialog.body_page.edits["name"], BODY_NAME)  # saved before the refused page
    outgoing = next(f for f in page.journals if f.journal.code == "outgoing")
    retype(qtbot, outgoing.index_edit, "01")  # the incoming journal's index: the core refuses

    assert answer_question(qtbot, press_escape(qtbot, dialog), SAVE) is not None
    qtbot.waitUntil(lambda: not dialog.saving and not page.busy)
    assert dialog.isVisible() and dialog.stack.currentWidget() is page
    assert shown_errors(page) == {"journals.outgoing.index": field_message("numbering.journals_clash", "index")}
    assert outgoing.index_edit.text() == "01" and [j.index for j in registry.settings.journals()] == ["01", "02"]
    own = registry.references.own_body()
    assert own is not None and own.body.name == BODY_NAME
    assert marked(dialog) == ["Station and journals" + CHANGED_MARK]  # the body is saved, the journals not


def test_without_changes_cancel_closes_at_once(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    assert answer_question(qtbot, press_cancel(qtbot, dialog), KEEP_EDITING) is None
    assert not dialog.isVisible()


def test_a_field_typed_back_as_it_was_asks_nothing(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    page = dialog.numbering_page
    dialog.show_page(page)
    retype(qtbot, page.station_edit, "B2")
    assert marked(dialog) == ["Station and journals" + CHANGED_MARK]
    retype(qtbot, page.station_edit, "a")  # the code as it was, as the page shows it ("A")
    assert marked(dialog) == [] and not dialog.apply_button.isEnabled()
    assert answer_question(qtbot, press_escape(qtbot, dialog), KEEP_EDITING) is None
    assert not dialog.isVisible()


def test_escape_and_the_close_button_ask_as_cancel_does(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    retype(qtbot, dialog.body_page.edits["head"], "Сейітқалиева Әлия")
    assert answer_question(qtbot, press_escape(qtbot, dialog), KEEP_EDITING) is not None
    assert dialog.isVisible()
    assert answer_question(qtbot, press_close_button(dialog), KEEP_EDITING) is not None
    assert dialog.isVisible() and dialog.body_page.edits["head"].text() == "Сейітқалиева Әлия"
    assert answer_question(qtbot, press_close_button(dialog), DISCARD) is not None
    assert not dialog.isVisible() and registry.references.own_body() is None


def test_a_close_during_a_save_does_not_cut_it_off(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    dialog = open_dialog(registry)
    retype(qtbot, dialog.body_page.edits["name"], BODY_NAME)
    dialog.show_page(dialog.recognition_page)
    tick(qtbot, dialog.recognition_page.boxes["eng"])
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.saving
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # the clerk's close waits
    press_close_button(dialog)()
    assert dialog.isVisible() and dialog.question_box is None
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.isVisible() and marked(dialog) == []
    own = registry.references.own_body()
    assert own is not None and own.body.name == BODY_NAME and registry.ocr.languages() == "kaz+rus"


def test_the_window_closing_the_dialog_asks_nothing_and_lets_a_save_end(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[[Registry], SettingsDialog]
) -> None:
    """The main window closes the dialog when it leaves the registry: no question then."""
    dialog = open_dialog(registry)
    dialog.show_page(dialog.recognition_page)
    tick(qtbot, dialog.recognition_page.boxes["eng"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saving
    dialog.close()
    assert dialog.isVisible()  # until the save has ended
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert registry.ocr.languages() == "kaz+rus"

    dialog = open_dialog(registry)
    dialog.show_page(dialog.recognition_page)
    tick(qtbot, dialog.recognition_page.boxes["kaz"])
    assert answer_question(qtbot, dialog.close, KEEP_EDITING) is None
    assert not dialog.isVisible() and registry.ocr.languages() == "kaz+rus"
