"""The main window, driven as a clerk drives it: journals of a filled registry, the first screen of
an empty one, the demo registry and back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app import __version__
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry, demo_data_dir
from tests.ui.conftest import sign_in
from ui.journal_model import PAGE_SIZE, Column
from ui.languages import LanguageManager
from ui.main_window import MainWindow
from ui.registry_loader import DEMO_CARD_COUNT, StoreLocation
from ui.settings import AppSettings

OpenWindow = Callable[[Path], MainWindow]


def card_count(data_dir: Path) -> int:
    registry = Registry.open(data_dir=data_dir)
    try:
        return registry.settings.card_count()
    finally:
        registry.close()


def test_journals_of_a_filled_registry(open_window: OpenWindow, filled_registry: Registry) -> None:
    window = open_window(filled_registry.data_dir)

    assert window.stack.currentWidget() is window.journals_page
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Incoming", "Outgoing", "On control", "Search", "Unfiled files"]  # the inbox is empty: no count
    incoming = window.journal_views[0]
    newest = filled_registry.cards.journal_page("incoming", limit=1).rows[0].number
    assert incoming.table.model().index(0, Column.NUMBER).data() == newest
    assert incoming.model.rowCount() == PAGE_SIZE  # the first page only
    assert "DEMO" not in window.windowTitle()
    assert "Consumer Appeals Registry" in window.windowTitle()
    assert not window.banner.isVisible()
    assert window.count_label.text() == "Cards in the registry: 500"
    assert str(filled_registry.data_dir) in window.location_label.text()


def test_scrolling_to_the_bottom_loads_the_next_page(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    assert view.model.rowCount() == PAGE_SIZE

    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE and not view.model.loading)

    assert PAGE_SIZE < view.model.rowCount() <= 2 * PAGE_SIZE
    # About 370 incoming cards: the second page was the last one.
    assert not view.model.canFetchMore(QModelIndex())


def test_refresh_shows_cards_registered_meanwhile(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    filled_registry.demo.generate(20, seed=2, actor=Actor("test"))
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: window.count_label.text() == "Cards in the registry: 520")
    view = window.journal_views[0]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    newest = filled_registry.cards.journal_page("incoming", limit=1).rows[0].number
    assert view.model.index(0, Column.NUMBER).data() == newest


def test_an_empty_registry_offers_the_demo(qtbot: QtBot, open_window: OpenWindow, empty_store: Path) -> None:
    window = open_window(empty_store)
    assert window.stack.currentWidget() is window.welcome_page
    assert window.welcome_page.title.text() == "The registry is empty"

    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.location.is_demo, timeout=20_000)
    view = window.journal_views[0]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)

    assert window.stack.currentWidget() is window.journals_page
    assert window.opened.location.data_dir == demo_data_dir(empty_store)
    assert card_count(demo_data_dir(empty_store)) == DEMO_CARD_COUNT
    assert "DEMO" in window.windowTitle()
    assert window.banner.isVisible()
    assert card_count(empty_store) == 0  # the clerk's own registry is untouched

    # File > Open my registry leads back to the (still empty) real registry, signing in again:
    # the demo user is nobody there.
    assert window.open_mine_action.isEnabled() and not window.open_demo_action.isEnabled()
    window.open_mine_action.trigger()
    qtbot.waitUntil(lambda: window.opened is not None and not window.opened.location.is_demo)
    assert window.stack.currentWidget() is window.sign_in_page
    sign_in(qtbot, window)
    assert window.stack.currentWidget() is window.welcome_page
    assert "DEMO" not in window.windowTitle()
    assert not window.banner.isVisible()


def test_starting_with_the_empty_registry_shows_empty_journals(
    qtbot: QtBot, open_window: OpenWindow, empty_store: Path
) -> None:
    window = open_window(empty_store)
    qtbot.mouseClick(window.welcome_page.empty_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journals_page
    assert all(view.model.rowCount() == 0 for view in window.journal_views)
    assert not (demo_data_dir(empty_store)).exists()


def test_a_registry_that_cannot_be_opened_says_why(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, languages: LanguageManager
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    window = MainWindow(StoreLocation.real(not_a_folder / "registry"), settings, languages)
    qtbot.addWidget(window)
    window.show()
    window.open_my_registry()
    qtbot.waitUntil(lambda: window.status_page.retry_button.isVisible())
    assert window.status_page.headline.text() == "The registry cannot be opened."
    assert "data folder" in window.status_page.message.text()
    assert window.open_demo_action.isEnabled()  # the demo stays reachable


def test_menus_show_their_shortcuts_and_about_names_the_version(
    monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow, empty_store: Path
) -> None:
    window = open_window(empty_store)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.quit_action in window.file_menu.actions()
    assert window.refresh_action in window.view_menu.actions()
    # the day's commands: in the Card menu with their shortcuts, and named on the toolbar
    commands = window.registration
    assert [a.shortcut().toString() for a in commands.actions] == ["Ctrl+N", "Ctrl+Shift+N", "Ctrl+R"]
    assert all(a in window.card_menu.actions() for a in commands.actions)
    on_toolbar = window.toolbar.actions()
    assert commands.new_incoming in on_toolbar and commands.reply in on_toolbar and window.find_action in on_toolbar
    assert all(not a.icon().isNull() for a in on_toolbar if not a.isSeparator())
    assert not window.windowIcon().isNull()

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert shown and __version__ in shown[0][1]
    assert str(empty_store) in shown[0][1]
