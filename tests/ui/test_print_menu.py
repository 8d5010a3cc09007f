"""File › Print in the main window: the documents a signed-in person may print, the card on screen's
control card, receipt and stamp label, one dialog per document raised when asked again, and
nothing of them left for the next person after signing out."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from clerk_app.services.registry import Registry
from tests.ui.test_control_ui import OpenWindow, incoming_view, select_card
from ui.main_window import MainWindow
from ui.printing.journal_dialog import JournalPrintDialog
from ui.printing.quarterly_dialog import QuarterlyDialog


@pytest.fixture
def window(open_window: OpenWindow, filled_registry: Registry) -> MainWindow:
    return open_window(filled_registry.data_dir)


def test_the_print_menu_offers_the_documents_and_the_cards_once_one_is_on_screen(
    qtbot: QtBot, window: MainWindow, previews: list[tuple[str, Path]]
) -> None:
    flow = window.print_flow
    assert flow.menu.menuAction() in window.menus.file_menu.actions()
    assert flow.menu.title() == "&Print"
    for action in (flow.journal_action, flow.control_action, flow.quarterly_action, flow.public_action):
        assert action.isEnabled()  # the tester holds every role
    view = incoming_view(window)
    view.table.clearSelection()
    qtbot.waitUntil(lambda: not flow.card_action.isEnabled())
    card_id = view.model.row_at(0).id
    select_card(qtbot, window, card_id)
    assert flow.card_action.isEnabled() and flow.receipt_action.isEnabled() and flow.stamp_action.isEnabled()
    flow.card_action.trigger()
    flow.stamp_action.trigger()
    qtbot.waitUntil(lambda: len(previews) == 2)  # read on the print flow's worker
    assert all(path.stat().st_size > 0 for _title, path in previews)


def test_one_dialog_per_document_and_none_left_after_signing_out(qtbot: QtBot, window: MainWindow) -> None:
    flow = window.print_flow
    flow.journal_action.trigger()
    journal = flow._dialogs["journal"]
    assert isinstance(journal, JournalPrintDialog) and journal.isVisible()
    flow.journal_action.trigger()  # asked again: the same dialog comes forward
    assert flow._dialogs["journal"] is journal
    flow.quarterly_action.trigger()
    quarterly = flow._dialogs["quarterly"]
    assert isinstance(quarterly, QuarterlyDialog)
    window.sign_out()
    qtbot.waitUntil(lambda: not shiboken6.isValid(journal) or not journal.isVisible())
    assert not shiboken6.isValid(quarterly) or not quarterly.isVisible()
    assert flow._dialogs == {}
