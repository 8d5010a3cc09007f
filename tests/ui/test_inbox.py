"""The scanner folder and the unfiled files, driven as a clerk drives them: File > Scanner folder
with the folder dialog, scans arriving while the window is open, attaching one to its card by
number, a number that does not exist, and a folder that cannot be opened.

Scans are triggered by calling the watcher's timer slot (``scan_now``) instead of waiting for the
10-second timer, and a file counts as finished after two looks without the 2-second wait
(``stable_seconds = 0``); the files are dated two minutes back, as a scanner's finished files are.
Tesseract is never run (``quiet_recognition``)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming
from tests.ui.test_copies import (
    RoleAsked,
    opened_registry,
    photo_png,
    quiet_recognition,
    scan_tiff,
    wait_for_copies,
)
from ui import copy_dialogs
from ui.hot_folder_dialog import HotFolderDialog
from ui.inbox_panel import InboxColumn
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.settings import AppSettings

OpenWindow = Callable[[Path], MainWindow]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def one_card(tmp_path: Path) -> Iterator[Registry]:
    """A registry with one incoming card: the journals open, and there is a card to file under."""
    registry = Registry.open(data_dir=tmp_path / "registry")
    registry.registration.register_json(incoming(), Actor("t"))
    yield registry
    registry.close()


def finished(path: Path) -> Path:
    """Dated two minutes back, as a file the scanner finished writing a while ago."""
    then = time.time() - 120
    os.utime(path, (then, then))
    return path


def folder_dialog_answers(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    def get_existing_directory(parent: QWidget, caption: str, start: str) -> str:
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", get_existing_directory)


def scan_until(qtbot: QtBot, window: MainWindow, condition: Callable[[], bool]) -> None:
    """Ticks the scanner folder's timer (never while a scan runs) until ``condition`` holds."""

    def tick() -> bool:
        if not window.hot_folder.busy:
            window.hot_folder.scan_now()
        return condition()

    qtbot.waitUntil(tick, timeout=15_000)


def inbox_tab_text(window: MainWindow) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.inbox_panel))


def test_scans_arrive_from_the_scanner_folder_and_are_attached_to_their_card(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    open_window: OpenWindow,
    one_card: Registry,
    settings: AppSettings,
    languages: LanguageManager,
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    finished(scan_tiff(folder / "scan.tif"))
    finished(photo_png(folder / "photo.png"))
    card = one_card.cards.journal_page("incoming", limit=1).rows[0]
    window = open_window(one_card.data_dir)
    quiet_recognition(monkeypatch, opened_registry(window))
    window.hot_folder.stable_seconds = 0.0
    panel = window.inbox_panel
    qtbot.waitUntil(lambda: panel.count == 0)
    assert inbox_tab_text(window) == "Unfiled files"
    assert not window.hot_folder.active
    assert "No scanner folder is set" in panel.folder_note.text()

    # File > Scanner folder: choose the folder.
    assert window.hot_folder_action in window.file_menu.actions()
    folder_dialog_answers(monkeypatch, folder)
    window.hot_folder_action.trigger()
    dialog = window.hot_folder_dialog
    assert dialog is not None and dialog.off_button.isChecked()
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.on_button.isChecked() and dialog.path_edit.text() == str(folder)
    assert dialog.note.text() == "There are 2 files in this folder now. They will be taken too."
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert settings.hot_folder == str(folder)
    assert window.hot_folder.active and window.hot_folder.folder == folder
    assert str(folder) in panel.folder_note.text()

    # Two looks: the TIFF is taken into the unfiled files, the PNG refused with a note why.
    scan_until(qtbot, window, lambda: panel.count == 1)
    assert inbox_tab_text(window) == "Unfiled files (1)"
    assert (folder / "done" / "scan.tif").exists()
    assert (folder / "rejected" / "photo.png").exists()
    assert "file.png" in (folder / "rejected" / "photo.png.reason.txt").read_text(encoding="utf-8")
    assert window.statusBar().currentMessage().startswith("Files from the scanner: 1 received, 1 not accepted")

    # The clerk opens the tab (View > Unfiled files): the file, its thumbnail and its first page.
    languages.apply(Language.RUSSIAN, remember=False)
    qtbot.waitUntil(lambda: inbox_tab_text(window) == "Неразобранные файлы (1)")
    window.inbox_action.trigger()
    assert window.tabs.currentWidget() is panel
    assert not window.copies_panel.isVisible()  # the unfiled files belong to no card yet
    item = panel.selected_item()
    assert item is not None and item.original_name == "scan.tif"
    assert panel.table.item(0, InboxColumn.FORMAT).text() == "TIFF"
    assert panel.table.item(0, InboxColumn.PAGES).text() == "1"
    qtbot.waitUntil(lambda: not panel.table.item(0, InboxColumn.FILE).icon().isNull())
    qtbot.waitUntil(lambda: panel.preview.pixmap is not None and not panel.preview.pixmap.isNull())
    assert panel.preview_caption.text() == "scan.tif\nСтраница 1 из 1"

    # The newest cards are offered by a part of the number; choosing one puts in the number only.
    serial = card.number.split("/")[1]
    panel.completer.setCompletionPrefix(serial)
    assert panel.completer.completionCount() == 1
    assert panel.completer.pathFromIndex(panel.completer.currentIndex()) == card.number

    # A number that does not exist: said in words, nothing is asked and nothing is filed.
    role = RoleAsked()
    monkeypatch.setattr(copy_dialogs, "ask_role", role)
    qtbot.keyClicks(panel.number_edit, "01/Z-9999/99")
    qtbot.mouseClick(panel.file_button, LEFT)
    qtbot.waitUntil(lambda: not panel.filing)
    assert panel.message.text() == (
        "Карточки № 01/Z-9999/99 нет. Проверьте номер в регистрационном штампе на бумажном оригинале."
    )
    assert role.asked == []
    assert len(one_card.copies.inbox()) == 1 and panel.count == 1

    # The card's own number: the role is asked (the appeal, for an incoming card), the file moves.
    panel.number_edit.setText(card.number)
    qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count == 0)
    assert role.asked == [(card.number, ["scan.tif"], CopyRole.APPEAL)]
    assert panel.message.text() == f"Файл «scan.tif» прикреплён к карточке № {card.number} как документ: Обращение."
    assert inbox_tab_text(window) == "Неразобранные файлы"
    assert one_card.copies.inbox() == []
    copies = one_card.copies.copies(card.number)
    assert [(c.original_name, c.role) for c in copies] == [("scan.tif", CopyRole.APPEAL)]

    # …and it is in the card's copies panel under the journal.
    window.tabs.setCurrentIndex(0)
    window.journal_views[0].table.selectRow(0)
    window.card_tabs.setCurrentWidget(window.copies_panel)  # the card's fields come first
    wait_for_copies(qtbot, window, 1)
    assert window.copies_panel.isVisible()

    # Turned off again: no more scans.
    window.hot_folder_action.trigger()
    dialog = window.hot_folder_dialog
    assert dialog is not None and dialog.on_button.isChecked()
    dialog.off_button.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert settings.hot_folder is None and not window.hot_folder.active


def test_a_scanner_folder_that_cannot_be_opened_is_told_once(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    open_window: OpenWindow,
    one_card: Registry,
    settings: AppSettings,
) -> None:
    folder = tmp_path / "network share"
    settings.hot_folder = str(folder)  # chosen earlier; the share is not connected today
    window = open_window(one_card.data_dir)
    quiet_recognition(monkeypatch, opened_registry(window))
    assert window.hot_folder.active

    rounds = window.hot_folder.rounds
    scan_until(qtbot, window, lambda: window.hot_folder.rounds > rounds)
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert window.notice.headline.text() == "The scanner folder cannot be opened."
    assert str(folder) in window.notice.message.text()
    assert "does not exist" in window.notice.toolTip()  # the English detail, for support
    assert window.hot_folder_label.isVisible()
    assert "Scanner folder unavailable" in window.hot_folder_label.text()

    qtbot.mouseClick(window.notice.close_button, LEFT)
    rounds = window.hot_folder.rounds
    scan_until(qtbot, window, lambda: window.hot_folder.rounds > rounds + 1)
    assert not window.notice.isVisible()  # said once; the status bar keeps saying it quietly
    assert window.hot_folder_label.isVisible()

    folder.mkdir()  # the share is back
    scan_until(qtbot, window, lambda: not window.hot_folder_label.isVisible())
    assert window.statusBar().currentMessage() == "The scanner folder can be opened again."


def test_the_registry_data_folder_cannot_be_the_scanner_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, languages: LanguageManager
) -> None:
    data_dir = tmp_path / "registry"
    (data_dir / "blobs").mkdir(parents=True)
    dialog = HotFolderDialog(None, data_dir)
    qtbot.addWidget(dialog)
    for refused in (data_dir, data_dir / "blobs", Path.home()):
        folder_dialog_answers(monkeypatch, refused)
        qtbot.mouseClick(dialog.choose_button, LEFT)
        assert dialog.note.isVisibleTo(dialog)
        assert dialog.folder() is None and dialog.off_button.isChecked()
    languages.apply(Language.KAZAKH, remember=False)
    folder_dialog_answers(monkeypatch, data_dir)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.note.text().startswith("Бұл — тізілімнің өз деректер қалтасы.")
