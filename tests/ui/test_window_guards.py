"""What the window must not do behind the clerk's back: drop typed-in cards when it closes, let the
card actions work on another card than the one shown, or let typing into a reply be overlaid by the
appeal's data still loading."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.domain.cards import CardRef
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.domain.journal_order import JournalOrder
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.ui.keyboard import type_text
from ui.main_window import MainWindow
from ui.page_viewer import PageViewer
from ui.registration_form import RegistrationForm

OpenWindow = Callable[[Path], MainWindow]


def test_closing_the_window_asks_before_typed_cards_are_lost(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    form = window.registration.open_new(Direction.INCOMING)
    assert form is not None
    type_text(qtbot, form.applicants.rows[0].edits["surname"], "Сейітқалиева")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert asked == ["Cards typed in but not registered: 1. They will be lost. Close them anyway?"]
    assert window.isVisible() and form.isVisible()  # nothing lost
    window.open_demo_action.trigger()  # another registry: the same question, the same answer
    assert len(asked) == 2 and window.opened is not None and not window.opened.location.is_demo

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible() and len(asked) == 3


def test_a_linked_card_outside_the_loaded_rows_leaves_no_other_row_selected(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    view.table.selectRow(0)
    assert window.selected_card() is not None and window.registration.reply.isEnabled()
    oldest = filled_registry.cards.journal_page("incoming", limit=1, order=JournalOrder.OLDEST).rows[0]
    assert view.model.find_row(oldest.id) is None  # beyond the pages loaded
    window.card_panel.cardRequested.emit(CardRef(oldest.id, oldest.number))
    assert window.selected_card() is None
    assert not window.attach_action.isEnabled() and not window.registration.reply.isEnabled()
    qtbot.waitUntil(lambda: window.card_panel.view is not None and window.card_panel.view.card.id == oldest.id)
    assert window.card_tabs.currentWidget() is window.card_panel
    # Once read, the card on screen is the one Reply, Attach and the copies act on.
    qtbot.waitUntil(lambda: window.registration.reply.isEnabled())
    assert window.attach_action.isEnabled()
    copies = window.copies_panel
    assert copies.card is not None and (copies.card.id, copies.card.number) == (oldest.id, oldest.number)
    qtbot.waitUntil(lambda: copies.shown is not None)
    assert copies.title.text() == f"Electronic copies of card No. {oldest.number}"


def test_a_cleared_selection_leaves_no_card_in_the_copies(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    """A refresh or another filter drops the journal's selection: no panel may keep the card it
    had (files dropped on the copies would go to it)."""
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: window.card_panel.view is not None)
    assert window.copies_panel.card is not None
    window.refresh()
    qtbot.waitUntil(lambda: not view.model.loading)
    assert window.selected_card() is None and window.card_panel.card_id is None
    assert window.copies_panel.card is None
    assert not window.attach_action.isEnabled() and not window.registration.reply.isEnabled()


def test_a_reply_form_takes_no_typing_until_its_appeal_is_read(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    view.table.selectRow(0)
    held = threading.Event()
    window._runner.submit(lambda: held.wait(10))  # the worker is busy with something else first
    form = window.registration.open_reply()
    assert isinstance(form, RegistrationForm)
    assert not form.content.isEnabled() and not form.applicants.isEnabled()
    held.set()
    qtbot.waitUntil(form.content.isEnabled)
    assert form.applicants.rows and form.applicants.isEnabled() and not form.is_dirty()
    qtbot.waitUntil(lambda: form.content.summary_edit.hasFocus())
    form.discard()


def test_a_scan_opens_in_the_viewer_while_an_attach_is_still_running(
    qtbot: QtBot, tmp_path: Path, open_window: OpenWindow, filled_registry: Registry
) -> None:
    """The viewer has a worker of its own: a large attach (on the copies worker) does not keep the
    clerk's page waiting."""
    card = filled_registry.cards.journal_page("incoming", limit=1).rows[0]
    scan = tmp_path / "scan.tif"
    Image.new("L", (850, 1100), 255).save(scan, dpi=(100, 100))
    copy = filled_registry.copies.attach(str(card.id), [scan], CopyRole.APPEAL, Actor("clerk")).attached[0]
    window = open_window(filled_registry.data_dir)
    held = threading.Event()
    window._copies_runner.submit(lambda: held.wait(20))  # an attach of many large files, say
    try:
        window.copies_panel.copyActivated.emit(copy)
        viewers = window.findChildren(PageViewer)
        assert len(viewers) == 1
        qtbot.waitUntil(lambda: not viewers[0].loading and not viewers[0].failed, timeout=10_000)
        assert not held.is_set()  # shown while the copies worker is still busy
    finally:
        held.set()
    viewers[0].close()
