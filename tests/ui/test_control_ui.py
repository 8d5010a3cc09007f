"""Execution control in the window, driven as a clerk and a supervisor drive it: red and amber
journal rows, the card's control panel and its dialogs (each one's happy path and its refusal,
shown next to the field with the dialog kept open), the "On control" tab with its filters and
pages, the reminders in the status bar and the banner, and the staff list.

The registry is the 500-card demo of conftest (seed 1): its incoming appeals come with executors
and control histories, a few overdue and a few due today, counted relative to today."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from clerk_app.domain.control import (
    ControlEventType,
    ControlResult,
    ControlStatus,
    ControlView,
    RefusalReason,
)
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import incoming, record_transfer_consent
from ui import due_dates, formatting
from ui.control_dialogs import (
    AssignDialog,
    ControlDialog,
    ExtendDialog,
    RemoveDialog,
    ReopenDialog,
    ResultDialog,
    to_qdate,
)
from ui.control_panel import ControlPanel
from ui.control_view import NAME_ROLE, ControlColumn, Show
from ui.journal_model import Column
from ui.journal_view import JournalView
from ui.main_window import MainWindow
from ui.reminders import INTERVAL_MS
from ui.staff_dialog import StaffDialog

OpenWindow = Callable[[Path], MainWindow]
BOSS = Actor("supervisor")


DialogT = TypeVar("DialogT", bound=ControlDialog)

# --- helpers ---------------------------------------------------------------------------------------


def incoming_view(window: MainWindow) -> JournalView:
    return window.journal_views[0]


def select_card(qtbot: QtBot, window: MainWindow, card_id: uuid.UUID) -> None:
    """Selects a card's row in the incoming journal and waits for its control panel."""
    view = incoming_view(window)
    window.tabs.setCurrentWidget(view)
    line = view.model.find_row(card_id)
    assert line is not None, "the card is not on the journal's first page"
    view.table.selectRow(line)
    window.card_tabs.setCurrentWidget(window.control_panel)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == card_id and not panel.loading)


def first_loaded(window: MainWindow, wanted: Callable[[int, ControlStatus | None], bool]) -> uuid.UUID:
    """A card on the journal's first page whose (days left, status) suits the test."""
    today = astana_today()
    model = incoming_view(window).model
    for line in range(model.rowCount()):
        row = model.row_at(line)
        days = row.days_left(today)
        if days is not None and wanted(days, row.control_status):
            return row.id
    raise AssertionError("no such card among the loaded rows")


def open_dialog(qtbot: QtBot, window: MainWindow, name: str, kind: type[DialogT]) -> DialogT:
    """Presses the panel's button for the action and returns its dialog, of the kind expected."""
    panel = window.control_panel
    button = panel.buttons[name]
    assert button.isEnabled(), f"{name} is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    assert isinstance(panel.dialog, kind)
    return panel.dialog


def open_dialog_on_first(
    qtbot: QtBot,
    window: MainWindow,
    wanted: Callable[[int, ControlStatus | None], bool],
    name: str,
    kind: type[DialogT],
) -> tuple[uuid.UUID, DialogT]:
    """The first loaded card that suits the test, selected, with the dialog of an action open on it."""
    card_id = first_loaded(window, wanted)
    select_card(qtbot, window, card_id)
    return card_id, open_dialog(qtbot, window, name, kind)


def press_ok(qtbot: QtBot, dialog: ControlDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def wait_refused(qtbot: QtBot, dialog: ControlDialog) -> dict[str, str]:
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.errors.visible_messages() or dialog.general_error.text()))
    assert dialog.isVisible()  # the dialog stays open with what was typed
    return dialog.errors.visible_messages()


def wait_done(qtbot: QtBot, window: MainWindow, dialog: ControlDialog) -> None:
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.dialog is None)  # closed, and deleted: it is not touched again
    qtbot.waitUntil(lambda: not panel.loading and panel.details is not None)


def history(panel: ControlPanel) -> list[tuple[str, ...]]:
    table = panel.history
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def type_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """As typed (QTest cannot type Kazakh or Russian letters): inserted at the cursor."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def staff_ids(registry: Registry) -> dict[str, uuid.UUID]:
    return {m.full_name: m.id for m in registry.references.staff()}


@pytest.fixture
def window(open_window: OpenWindow, filled_registry: Registry) -> MainWindow:
    return open_window(filled_registry.data_dir)


# --- the journal's red and amber rows ----------------------------------------------------------------


def test_overdue_rows_are_red_due_soon_amber_and_the_due_column_says_how_many_days(
    window: MainWindow, filled_registry: Registry
) -> None:
    view = incoming_view(window)
    model = view.model
    today = astana_today()
    palette = QApplication.palette()
    overdue_bg, overdue_fg = due_dates.row_colours(due_dates.Urgency.OVERDUE, palette)  # type: ignore[misc]
    soon_bg, _ = due_dates.row_colours(due_dates.Urgency.SOON, palette)  # type: ignore[misc]
    assert overdue_bg.lightness() > 200 and overdue_fg.lightness() < 80  # dark text on a pale red
    seen = set()
    for line in range(model.rowCount()):
        row = model.row_at(line)
        days = row.days_left(today)
        background = model.index(line, Column.SUMMARY).data(Qt.ItemDataRole.BackgroundRole)
        due_cell = model.index(line, Column.DUE)
        if days is None:
            assert background is None and due_cell.data() == ""
            continue
        assert due_cell.data() == row.due_on.strftime("%d.%m.%Y")  # type: ignore[union-attr]
        if days < 0:
            seen.add("overdue")
            assert QColor(background) == overdue_bg
            assert due_cell.data(Qt.ItemDataRole.ToolTipRole) in (f"Overdue by {-days} days", "Overdue by 1 day")
        elif days <= 3:
            seen.add("soon")
            assert QColor(background) == soon_bg
        else:
            seen.add("later")
            assert background is None
            assert due_cell.data(Qt.ItemDataRole.ToolTipRole) == f"{days} days left"
    assert {"soon", "later"} <= seen
    # the outgoing journal has no due dates to show
    assert window.journal_views[1].table.isColumnHidden(Column.DUE)
    assert not view.table.isColumnHidden(Column.DUE)


def test_days_texts() -> None:
    assert due_dates.days_text(-3) == "Overdue by 3 days"
    assert due_dates.days_text(-1) == "Overdue by 1 day"
    assert due_dates.days_text(0) == "Due today"
    assert due_dates.days_text(1) == "1 day left"
    assert due_dates.days_text(12) == "12 days left"
    assert due_dates.urgency(-1) is due_dates.Urgency.OVERDUE
    assert due_dates.urgency(0) is due_dates.urgency(3) is due_dates.Urgency.SOON
    assert due_dates.urgency(4) is due_dates.Urgency.LATER


# --- the control panel and its dialogs ------------------------------------------------------------------


def test_the_panel_shows_the_state_the_history_and_only_the_actions_the_state_allows(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id = first_loaded(window, lambda _days, status: status is ControlStatus.ASSIGNED)
    select_card(qtbot, window, card_id)
    panel = window.control_panel
    record = filled_registry.control.record(str(card_id))
    assert record.state is not None
    assert panel.state_values["status"].text() == "Assigned"
    assert panel.state_values["due"].text().startswith(record.state.due_on.strftime("%d.%m.%Y"))  # type: ignore[union-attr]
    assert panel.state_values["resolution"].text() == record.state.resolution
    rows = history(panel)  # newest first
    assert len(rows) == len(record.events)
    assert [row[2] for row in rows[-2:]] == ["Executors assigned", "Put on control"]
    assert rows[-2][0] == formatting.date_time(record.events[1].occurred_at)  # Astana time
    assert rows[-2][3] == f"Executors: {panel.state_values['executors'].text()}\nResolution: {record.state.resolution}"
    enabled = {name for name, button in panel.buttons.items() if button.isEnabled()}
    assert enabled == {"assign", "start", "extend", "resolve"}
    # the same actions are in the Card menu
    assert panel.assign_action in window.card_menu.actions()


def test_an_outgoing_letter_is_not_under_control(qtbot: QtBot, window: MainWindow) -> None:
    view = window.journal_views[1]
    window.tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    window.card_tabs.setCurrentWidget(window.control_panel)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.details is not None and not panel.loading)
    assert "not under execution control" in panel.placeholder.text()
    assert not any(button.isEnabled() for button in panel.buttons.values())


def test_assign_start_and_see_the_row_and_history_follow(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda _days, status: status is ControlStatus.REGISTERED, "assign", AssignDialog
    )
    names = staff_ids(filled_registry)
    lead, second = "Омаров Данияр", "Ким Елена Викторовна"
    items = {dialog.staff_list.item(i).text().split(" — ")[0]: dialog.staff_list.item(i) for i in range(dialog.staff_list.count())}
    items[lead].setCheckState(Qt.CheckState.Checked)  # ticked first: the lead, though listed later
    items[second].setCheckState(Qt.CheckState.Checked)
    assert dialog.lead_label.text() == f"Lead executor: {lead}, and 1 more."
    type_text(dialog.resolution_edit, "Рассмотреть и ответить заявителю")
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)

    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.status is ControlStatus.ASSIGNED
    assert state.executors == (names[lead], names[second]) and state.resolution == "Рассмотреть и ответить заявителю"
    panel = window.control_panel
    assert panel.state_values["executors"].text() == f"{lead} (lead), {second}"
    assert any(row[2] == "Executors assigned" and f"{lead} (lead), {second}" in row[3] for row in history(panel))
    model = incoming_view(window).model
    line = model.find_row(card_id)
    assert line is not None and model.row_at(line).control_status is ControlStatus.ASSIGNED

    # Start work: no dialog, the status follows
    assert panel.buttons["start"].isEnabled()
    qtbot.mouseClick(panel.buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_values["status"].text() == "In progress")
    assert model.row_at(line).control_status is ControlStatus.IN_PROGRESS
    assert not panel.buttons["start"].isEnabled()


def test_assign_without_a_ticked_executor_is_refused_next_to_the_list(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda _days, status: status is ControlStatus.REGISTERED, "assign", AssignDialog
    )
    type_text(dialog.resolution_edit, "Проверить")
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"executors": "Tick at least one executor."}
    assert dialog.resolution_edit.toPlainText() == "Проверить"  # nothing lost
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.status is ControlStatus.REGISTERED
    dialog.reject()


def test_the_first_executor_is_added_inside_the_assign_dialog(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    registry = Registry.open(data_dir=tmp_path / "new")
    card = registry.registration.register_json(incoming(kind="seller_claim"), Actor("clerk"))
    registry.close()
    window = open_window(tmp_path / "new")
    select_card(qtbot, window, card.id)
    dialog = open_dialog(qtbot, window, "assign", AssignDialog)
    assert dialog.staff_list.count() == 0
    assert dialog.staff_form.isVisible() and dialog.empty_note.isVisible()
    form = dialog.staff_form
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)  # no name
    qtbot.waitUntil(lambda: form.errors.visible_messages() == {"full_name": "Please fill this in."})
    type_text(form.name_edit, "Серікова Гүлнар")
    type_text(form.position_edit, "бас маман")
    qtbot.keyClick(form.position_edit, Qt.Key.Key_Return)  # adds; does not press Assign
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 1)
    assert dialog.isVisible()
    assert dialog.staff_list.item(0).text() == "Серікова Гүлнар — бас маман"
    assert dialog.staff_list.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.lead_label.text() == "Lead executor: Серікова Гүлнар."
    type_text(dialog.resolution_edit, "Жауап дайындаңыз")
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    assert window.control_panel.state_values["executors"].text() == "Серікова Гүлнар"
    # the "On control" tab offers the new executor in its filter
    qtbot.waitUntil(lambda: window.control_tab.executor_combo.findData("Серікова Гүлнар", NAME_ROLE) > 0)


def test_a_refusal_without_its_reason_keeps_the_dialog_open_with_the_messages_next_to_the_fields(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda _days, status: status is ControlStatus.IN_PROGRESS, "resolve", ResultDialog
    )
    assert not dialog.refusal_section.isVisible() and not dialog.forwarded_section.isVisible()
    press_ok(qtbot, dialog)  # nothing chosen yet: said at once, nothing sent
    assert dialog.errors.visible_messages() == {"result": "Choose the result of consideration."}

    dialog.choose(ControlResult.FORWARDED)
    assert dialog.forwarded_section.isVisible() and not dialog.refusal_section.isVisible()
    dialog.choose(ControlResult.REFUSED)
    assert dialog.refusal_section.isVisible() and not dialog.forwarded_section.isVisible()
    assert dialog.reason_caption.text() == "E&xplanation of the refusal:"
    press_ok(qtbot, dialog)
    messages = wait_refused(qtbot, dialog)
    assert messages == {
        "refusal_reason": "Choose the reason for the refusal.",
        "reason": "Explain the reason for the refusal in a few words.",
    }
    assert dialog.result_buttons[ControlResult.REFUSED].isChecked()
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.status is ControlStatus.IN_PROGRESS  # nothing recorded

    dialog.refusal_combo.setCurrentIndex(dialog.refusal_combo.findData(RefusalReason.COURT_MATTER))
    type_text(dialog.reason_edit, "Дело рассматривается судом")
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.status is ControlStatus.RESOLVED and state.result is ControlResult.REFUSED
    panel = window.control_panel
    assert panel.state_values["result"].text() == "Consideration refused: Before a court or decided by one"
    assert any(
        row[2] == "Result recorded" and "Reason for refusal: Before a court or decided by one" in row[3]
        for row in history(panel)
    )
    assert {n for n, b in panel.buttons.items() if b.isEnabled()} == {"remove", "reopen"}


def test_forwarding_needs_the_addressee_and_the_outgoing_number(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda _days, status: status is ControlStatus.ASSIGNED, "resolve", ResultDialog
    )
    dialog.choose(ControlResult.FORWARDED)
    type_text(dialog.forwarded_edit, "Департамент по защите прав потребителей")
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"outgoing_number": "Please fill this in."}
    record_transfer_consent(filled_registry, str(card_id))  # R53: forwarding needs the applicants' grounds first
    type_text(dialog.outgoing_edit, "01/O-0099/26")
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    record = filled_registry.control.record(str(card_id))
    assert record.state is not None and record.state.result is ControlResult.FORWARDED
    resolved = [e for e in record.events if e.event is ControlEventType.RESOLVED]
    assert resolved[-1].outgoing_number == "01/O-0099/26"
    assert resolved[-1].forwarded_to == "Департамент по защите прав потребителей"


def test_a_satisfied_claim_records_the_amount_recovered_and_a_wrong_one_is_refused_next_to_it(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda _days, status: status is ControlStatus.IN_PROGRESS, "resolve", ResultDialog
    )
    dialog.choose(ControlResult.NOT_SATISFIED)
    assert not dialog.recovered_edit.isVisibleTo(dialog)  # only a satisfied claim recovers an amount
    dialog.choose(ControlResult.PARTIALLY_SATISFIED)
    assert dialog.recovered_edit.isVisibleTo(dialog)
    type_text(dialog.recovered_edit, "12,345")
    press_ok(qtbot, dialog)
    assert set(wait_refused(qtbot, dialog)) == {"recovered_amount"}
    dialog.recovered_edit.clear()
    type_text(dialog.recovered_edit, "45 000,50")
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.result is ControlResult.PARTIALLY_SATISFIED
    assert state.recovered_amount_tiyn == 4_500_050


def test_extend_with_the_calendar_date_and_a_reason(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    today = astana_today()
    card_id = first_loaded(window, lambda days, status: days >= 2 and status is ControlStatus.IN_PROGRESS)
    select_card(qtbot, window, card_id)
    due = filled_registry.control.record(str(card_id)).state.due_on  # type: ignore[union-attr]
    assert due is not None
    dialog = open_dialog(qtbot, window, "extend", ExtendDialog)
    assert dialog.date_edit.calendarPopup()
    assert dialog.date_edit.date() == to_qdate(due + timedelta(days=1))
    # not later than the present due date: refused next to the date
    dialog.date_edit.setDate(to_qdate(today + timedelta(days=1)))
    type_text(dialog.reason_edit, "Запрошены документы у продавца")
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"due_on": "The new due date must be later than the present one."}
    assert dialog.reason_edit.toPlainText() == "Запрошены документы у продавца"

    new_due = due + timedelta(days=10)
    dialog.date_edit.setDate(to_qdate(new_due))
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.due_on == new_due and state.notice_due_on is not None
    panel = window.control_panel
    assert panel.state_values["due"].text().startswith(new_due.strftime("%d.%m.%Y"))
    assert panel.state_values["notice"].text().startswith("tell the applicant by")
    model = incoming_view(window).model
    line = model.find_row(card_id)
    assert line is not None and model.index(line, Column.DUE).data() == new_due.strftime("%d.%m.%Y")


def test_extend_with_an_empty_reason_is_refused_next_to_the_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    card_id, dialog = open_dialog_on_first(
        qtbot, window, lambda days, status: days >= 0 and status is ControlStatus.ASSIGNED, "extend", ExtendDialog
    )
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"reason": "State the reason."}
    dialog.reject()


def test_remove_from_control_needs_the_reply_then_reopen(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    card_id = first_loaded(window, lambda _days, status: status is ControlStatus.IN_PROGRESS)
    filled_registry.control.resolve(str(card_id), ControlResult.SATISFIED, BOSS)
    select_card(qtbot, window, card_id)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.buttons["remove"].isEnabled())  # the panel was loaded after the result
    dialog = open_dialog(qtbot, window, "remove", RemoveDialog)
    press_ok(qtbot, dialog)  # no reply registered yet
    assert wait_refused(qtbot, dialog)["reply"].startswith("No outgoing reply to this appeal is registered yet.")
    type_text(dialog.reply_edit, "99/Z-0000/00")
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"reply": "There is no card with this number."}

    number = filled_registry.control.record(str(card_id)).number
    reply = filled_registry.registration.register_reply(
        number, {"channel": "post", "form": "written", "summary": "Ответ заявителю"}, Actor("clerk")
    )
    dialog.reply_edit.clear()
    press_ok(qtbot, dialog)  # the latest reply is linked by default
    wait_done(qtbot, window, dialog)
    state = filled_registry.control.record(str(card_id)).state
    assert state is not None and state.status is ControlStatus.REMOVED and state.reply_card_id == reply.id
    assert panel.state_values["reply"].text() == f"No. {reply.number}"
    assert ("Removed from control", f"Reply No. {reply.number}") in [(row[2], row[3]) for row in history(panel)]
    model = incoming_view(window).model
    line = model.find_row(card_id)
    assert line is not None and model.row_at(line).due_on is None  # off control: no colour, no date
    assert model.index(line, Column.DUE).data(Qt.ItemDataRole.BackgroundRole) is None

    # resume control: the reason is required, then the card is back
    dialog = open_dialog(qtbot, window, "reopen", ReopenDialog)
    dialog.new_due_check.setChecked(True)
    assert dialog.date_edit.isEnabled()
    press_ok(qtbot, dialog)
    assert wait_refused(qtbot, dialog) == {"reason": "State the reason."}
    assert dialog.new_due_check.isChecked()
    type_text(dialog.reason_edit, "Заявитель сообщил, что ответ не получен")
    new_due = astana_today() + timedelta(days=5)
    dialog.date_edit.setDate(to_qdate(new_due))
    press_ok(qtbot, dialog)
    wait_done(qtbot, window, dialog)
    record = filled_registry.control.record(str(card_id))
    assert record.state is not None and record.state.is_open and record.state.due_on == new_due
    assert ControlEventType.REOPENED in [e.event for e in record.events]
    assert model.row_at(line).due_on == new_due


# --- the "On control" tab ----------------------------------------------------------------------------


def control_rows(window: MainWindow) -> list[ControlView]:
    model = window.control_tab.model
    return [model.row_at(i) for i in range(model.rowCount())]


def wait_control_loaded(qtbot: QtBot, window: MainWindow) -> None:
    model = window.control_tab.model
    qtbot.waitUntil(lambda: not model.loading)


def test_the_control_tab_filters_by_due_date_and_executor_and_pages_as_it_scrolls(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    tab = window.control_tab
    window.tabs.setCurrentWidget(tab)
    wait_control_loaded(qtbot, window)
    summary = filled_registry.control.summary()
    assert summary.open > 200  # more than one page
    rows = control_rows(window)
    assert len(rows) == 200
    assert [r.due_on for r in rows] == sorted(r.due_on for r in rows)  # type: ignore[type-var]
    # scrolling to the bottom reads the next page with the cursor
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 200 and not tab.model.loading)
    assert tab.model.rowCount() == summary.open
    assert not tab.model.canFetchMore(QModelIndex())

    qtbot.mouseClick(tab.show_buttons[Show.OVERDUE], Qt.MouseButton.LeftButton)
    wait_control_loaded(qtbot, window)
    rows = control_rows(window)
    assert len(rows) == summary.overdue and all(r.days_overdue > 0 for r in rows)
    first = tab.model.index(0, ControlColumn.DAYS)
    assert first.data() == due_dates.days_text(-rows[0].days_overdue)
    assert QColor(first.data(Qt.ItemDataRole.BackgroundRole)) == due_dates.row_colours(
        due_dates.Urgency.OVERDUE, QApplication.palette()
    )[0]  # type: ignore[index]

    qtbot.mouseClick(tab.show_buttons[Show.TODAY], Qt.MouseButton.LeftButton)
    wait_control_loaded(qtbot, window)
    assert len(control_rows(window)) == summary.due_today
    assert all(r.days_left == 0 for r in control_rows(window))

    tab.days_spin.setValue(5)  # chooses "Due within" by itself
    wait_control_loaded(qtbot, window)
    assert tab.show_buttons[Show.WITHIN].isChecked()
    assert all(0 <= (r.days_left or 0) <= 5 for r in control_rows(window))

    qtbot.mouseClick(tab.show_buttons[Show.ALL], Qt.MouseButton.LeftButton)
    name = "Омаров Данияр"
    qtbot.waitUntil(lambda: tab.executor_combo.findData(name, NAME_ROLE) > 0)
    tab.executor_combo.setCurrentIndex(tab.executor_combo.findData(name, NAME_ROLE))
    wait_control_loaded(qtbot, window)
    rows = control_rows(window)
    expected = filled_registry.control.views(
        ControlFilter(executor_id=staff_ids(filled_registry)[name]), limit=500
    ).rows
    assert rows and [r.card_id for r in rows] == [r.card_id for r in expected][: len(rows)]
    assert all(name in r.executors for r in rows)
    # the dashboard's counts: each choice and each executor says how many it holds
    load = next(x for x in filled_registry.control.executor_loads() if x.staff_member_id == staff_ids(filled_registry)[name])
    assert tab.executor_combo.currentText() == f"{name} ({load.open} open, {load.overdue} overdue)"
    assert tab.show_buttons[Show.OVERDUE].text() == f"&Overdue ({filled_registry.control.summary().overdue})"

    tab.kind_combo.setCurrentIndex(tab.kind_combo.findText("Claim to a seller"))
    wait_control_loaded(qtbot, window)
    assert all(r.kind == "seller_claim" and name in r.executors for r in control_rows(window))


def test_a_row_of_the_control_tab_opens_its_card(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.control_tab
    window.tabs.setCurrentWidget(tab)
    wait_control_loaded(qtbot, window)
    # the bottom area shows the control panel; the copies belong to the journals
    assert window.card_tabs.currentWidget() is window.control_panel
    assert not window.card_tabs.isTabEnabled(window.card_tabs.indexOf(window.copies_panel))
    journal = incoming_view(window).model
    rows = control_rows(window)
    loaded = next(i for i, r in enumerate(rows) if journal.find_row(r.card_id) is not None)
    tab.table.selectRow(loaded)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.card is not None and panel.card.id == rows[loaded].card_id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    view = incoming_view(window)
    assert window.tabs.currentWidget() is view
    selected = view.selected_row()
    assert selected is not None and selected.id == rows[loaded].card_id
    assert window.card_tabs.currentWidget() is window.control_panel and window.card_tabs.isTabEnabled(window.card_tabs.indexOf(window.copies_panel))
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == rows[loaded].card_id)

    # a card the journal has not loaded: its control panel right there
    window.tabs.setCurrentWidget(tab)
    not_loaded = next((i for i, r in enumerate(rows) if journal.find_row(r.card_id) is None), None)
    if not_loaded is not None:
        tab.table.selectRow(not_loaded)
        tab.table.doubleClicked.emit(tab.model.index(not_loaded, 0))
        tab.table.activated.emit(tab.model.index(not_loaded, 0))
        assert window.tabs.currentWidget() is tab
        qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == rows[not_loaded].card_id)


def test_an_action_from_the_control_tab_keeps_the_card_selected(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    tab = window.control_tab
    window.tabs.setCurrentWidget(tab)
    wait_control_loaded(qtbot, window)
    rows = control_rows(window)
    line = next(i for i, r in enumerate(rows) if r.status is ControlStatus.ASSIGNED)
    card_id = rows[line].card_id
    tab.table.selectRow(line)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == card_id and not panel.loading)
    qtbot.mouseClick(panel.buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_values["status"].text() == "In progress")
    wait_control_loaded(qtbot, window)
    selected = tab.selected_row()
    assert selected is not None and selected.card_id == card_id and selected.status is ControlStatus.IN_PROGRESS
    assert panel.card is not None and panel.card.id == card_id
    # a new filter starts afresh: nothing selected, the panel asks for a card
    qtbot.mouseClick(tab.show_buttons[Show.OVERDUE], Qt.MouseButton.LeftButton)
    wait_control_loaded(qtbot, window)
    assert tab.selected_row() is None and panel.card is None


# --- reminders ---------------------------------------------------------------------------------------


def test_reminders_in_the_status_bar_and_a_banner_that_opens_the_overdue(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    summary = filled_registry.control.summary()
    reminders = window.reminders
    qtbot.waitUntil(lambda: reminders.summary is not None)
    assert reminders.timer.isActive() and reminders.timer.interval() == INTERVAL_MS == 30 * 60 * 1000
    assert reminders.status_label.text() == (
        f"On control: {summary.open} · overdue: {summary.overdue} · due today: {summary.due_today}"
    )
    assert reminders.status_label.isVisible()
    banner = reminders.banner
    assert summary.overdue > 0 and banner.isVisible()
    assert f"Overdue: {summary.overdue}." in banner.message.text()
    assert banner.action_button.text() == "Show overdue"
    assert not window.notice.isVisible() or window.notice is not banner  # a banner of its own

    qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.control_tab
    assert window.control_tab.show_buttons[Show.OVERDUE].isChecked()
    wait_control_loaded(qtbot, window)
    assert len(control_rows(window)) == summary.overdue

    # closed, it stays closed until the counts change; an action counts again at once
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    reminders.check()
    qtbot.waitUntil(lambda: not reminders.checking)
    assert not banner.isVisible()
    overdue = next(r for r in control_rows(window) if r.status is not ControlStatus.RESOLVED)
    filled_registry.control.resolve(str(overdue.card_id), ControlResult.WITHDRAWN, BOSS)
    filled_registry.control.remove_from_control(str(overdue.card_id), BOSS)
    reminders.check()
    qtbot.waitUntil(lambda: reminders.summary is not None and reminders.summary.overdue == summary.overdue - 1)
    assert banner.isVisible()
    assert reminders.status_label.text().startswith(f"On control: {summary.open - 1} ·")


# --- the staff list ------------------------------------------------------------------------------------


def test_the_staff_dialog_lists_and_adds_executors(
    qtbot: QtBot, window: MainWindow, filled_registry: Registry
) -> None:
    assert window.staff_action in window.reference_menu.actions()
    window.staff_action.trigger()
    dialog = window.staff_dialog
    assert isinstance(dialog, StaffDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    before = len(filled_registry.references.staff())
    assert dialog.table.rowCount() == before
    form = dialog.form
    type_text(form.position_edit, "юрист")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.busy and bool(form.errors.visible_messages()))
    assert form.errors.visible_messages() == {"full_name": "Please fill this in."}
    assert form.position_edit.text() == "юрист"
    type_text(form.name_edit, "Әбдірахманова Әсем")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1)
    assert any(m.full_name == "Әбдірахманова Әсем" and m.position == "юрист" for m in filled_registry.references.staff())
    assert form.name_edit.text() == "" and not form.errors.visible_messages()
    qtbot.waitUntil(lambda: window.control_tab.executor_combo.findData("Әбдірахманова Әсем", NAME_ROLE) > 0)
    dialog.reject()
    qtbot.waitUntil(lambda: window.staff_dialog is None)
