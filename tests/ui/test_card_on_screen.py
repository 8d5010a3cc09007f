"""Reply and Attach act on the card on screen: a card found in Search and opened with Enter, though
its journal has not loaded its row (the oldest of 370 incoming appeals; the first page holds 200),
is the card they work on, not the row selected earlier in the journal. An outgoing letter on screen
can take copies, but no reply."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.services.registry import Registry
from tests.ui.keyboard import type_text
from tests.ui.test_copies import RoleAsked, opened_registry, quiet_recognition, scan_tiff, wait_for_result
from ui import copy_dialogs
from ui.main_window import MainWindow
from ui.registration_form import RegistrationForm
from ui.search_results import HitColumn

OpenWindow = Callable[[Path], MainWindow]
LEFT = Qt.MouseButton.LeftButton


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A window shortcut (Ctrl+key), pressed where the keyboard focus is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def find(qtbot: QtBot, window: MainWindow, number: str) -> None:
    """Ctrl+F, the card's number, Enter: the one hit is clicked."""
    press(qtbot, window, Qt.Key.Key_F)
    panel = window.search_panel
    assert window.tabs.currentWidget() is panel
    panel.search_edit.clear()
    type_text(qtbot, panel.search_edit, number)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    model = panel.hits_model
    qtbot.waitUntil(lambda: not panel.searching and model.rowCount() > 0, timeout=20_000)
    assert model.hit_at(0).number == number
    view = panel.hits_view
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(model.index(0, HitColumn.NUMBER)).center())


def wait_on_screen(qtbot: QtBot, window: MainWindow, number: str) -> None:
    qtbot.waitUntil(lambda: (card := window.card_on_screen()) is not None and card.number == number)


def test_reply_and_attach_act_on_a_card_opened_from_search_outside_the_loaded_rows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    quiet_recognition(monkeypatch, opened_registry(window))
    journal = window.journal_views[0]
    journal.table.selectRow(0)
    newest = journal.model.row_at(0)
    oldest = filled_registry.cards.journal_page("incoming", limit=1000).rows[-1]
    assert oldest.direction is Direction.INCOMING and journal.model.find_row(oldest.id) is None

    find(qtbot, window, oldest.number)
    qtbot.keyClick(window.search_panel.hits_view, Qt.Key.Key_Return)  # opens it: not in the journal's rows
    assert window.tabs.currentWidget() is window.search_panel and window.card_tabs.currentWidget() is window.control_panel
    wait_on_screen(qtbot, window, oldest.number)
    assert window.card_panel.card_id == oldest.id
    assert window.registration.reply.isEnabled() and window.attach_action.isEnabled()

    # Reply (Ctrl+R): the form answers the card on screen, not the journal's selected row.
    press(qtbot, window, Qt.Key.Key_R)
    [form] = [form for form in window.findChildren(RegistrationForm) if form.isVisible()]
    assert form.windowTitle() == f"Reply to appeal No. {oldest.number}"
    assert form.card_fields.answers_edit.text() == oldest.number != newest.number
    qtbot.waitUntil(form.content.isEnabled)
    form.discard()

    # Attach (Ctrl+Shift+A): the scan goes to the card on screen.
    scan = scan_tiff(tmp_path / "scan.tif")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(scan)], ""))
    role = RoleAsked()
    monkeypatch.setattr(copy_dialogs, "ask_role", role)
    window.attach_action.trigger()
    assert role.asked == [(oldest.number, ["scan.tif"], CopyRole.APPEAL)]
    result = wait_for_result(qtbot, window)
    assert result.headline.text() == f"All files are attached to card No. {oldest.number}."
    result.close()
    assert [c.original_name for c in filled_registry.copies.copies(str(oldest.id))] == ["scan.tif"]
    assert filled_registry.copies.copies(str(newest.id)) == []


def test_an_outgoing_letter_on_screen_takes_copies_but_no_reply(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    letter = filled_registry.cards.journal_page("outgoing", limit=1000).rows[-1]
    find(qtbot, window, letter.number)  # selected in the hits: shown in the panels
    wait_on_screen(qtbot, window, letter.number)
    assert window.attach_action.isEnabled() and not window.registration.reply.isEnabled()
    assert window.registration.open_reply() is None

    window.search_panel.hits_view.clearSelection()  # no card on screen: nothing to act on
    qtbot.waitUntil(lambda: window.card_on_screen() is None)
    assert not window.attach_action.isEnabled() and not window.registration.reply.isEnabled()
