"""Electronic copies in the window, driven as a clerk drives them: Card > Attach electronic copies
with the file dialog, dropping files from the file manager on a journal row, the copies panel, and
the one message when text recognition cannot run on this computer.

Tesseract is never run here: ``registry.ocr`` of the window's registry is replaced on the instance
(available, nothing recognised), so the tests are fast and the same on every machine."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.copies import FileVerdict
from clerk_app.domain.enums import CopyRole
from clerk_app.services.ocr import OcrRunReport
from clerk_app.services.registry import Registry
from scanners.ocr import OcrAvailability
from ui import copy_dialogs, copy_texts
from ui.copies_panel import CopyColumn
from ui.journal_view import JournalView
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow

OpenWindow = Callable[[Path], MainWindow]
REFUSAL_CODES = (
    "file.empty file.png file.gif file.bmp file.other_image file.bigtiff file.archive_or_office "
    "file.office file.archive file.executable file.text file.unknown file.corrupt file.truncated "
    "file.bomb file.too_many_pages file.too_large file.too_much_memory file.timeout "
    "file.crashed_decoder file.unreadable file.not_a_file file.changed pdf.encrypted copy.already_attached"
).split()
NOT_INSTALLED = OcrAvailability(False, None, (), "Tesseract is not installed: text recognition is off")


def scan_tiff(path: Path) -> Path:
    image = Image.new("L", (425, 600), 255)
    image.paste(0, (40, 40, 380, 60))  # a "line of text", so the thumbnail is not blank
    image.save(path, dpi=(200, 200))
    return path


def photo_png(path: Path) -> Path:
    Image.new("RGB", (60, 40), (200, 30, 30)).save(path)
    return path


def scan_jpeg(path: Path) -> Path:
    Image.new("RGB", (425, 600), (250, 250, 245)).save(path, quality=80)
    return path


def quiet_recognition(monkeypatch: pytest.MonkeyPatch, registry: Registry) -> list[int]:
    """Text recognition "available" but never running Tesseract; returns the list of runs."""
    runs: list[int] = []

    def run_pending(*, limit: int = 1000) -> OcrRunReport:
        runs.append(limit)
        return OcrRunReport(recognised=0, failed=0, pages=0, pending=0, problem=None)

    monkeypatch.setattr(registry.ocr, "availability", lambda: OcrAvailability(True, "5.3.0", (), None))
    monkeypatch.setattr(registry.ocr, "run_pending", run_pending)
    return runs


class RoleAsked:
    """Stands in for the role dialog (modal): answers with a role, remembers what it was asked."""

    def __init__(self, answer: CopyRole | None = None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, list[str], CopyRole]] = []

    def __call__(
        self, parent: QWidget, card_number: str, paths: Sequence[Path], default: CopyRole
    ) -> CopyRole | None:
        self.asked.append((card_number, [p.name for p in paths], default))
        return self.answer or default


def opened_registry(window: MainWindow) -> Registry:
    assert window.opened is not None
    return window.opened.registry


def wait_for_result(qtbot: QtBot, window: MainWindow) -> copy_dialogs.AttachResultDialog:
    qtbot.waitUntil(lambda: window.attach_result_dialog is not None, timeout=20_000)
    dialog = window.attach_result_dialog
    assert dialog is not None
    return dialog


def wait_for_copies(qtbot: QtBot, window: MainWindow, count: int) -> None:
    panel = window.copies_panel
    qtbot.waitUntil(lambda: panel.shown is not None and len(panel.shown.copies) == count)


def test_attach_through_the_card_menu_attaches_the_tiff_and_explains_the_png(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    open_window: OpenWindow,
    filled_registry: Registry,
    languages: LanguageManager,
) -> None:
    tiff, png = scan_tiff(tmp_path / "scan.tif"), photo_png(tmp_path / "photo.png")
    window = open_window(filled_registry.data_dir)
    runs = quiet_recognition(monkeypatch, opened_registry(window))
    view = window.journal_views[0]
    assert not window.attach_action.isEnabled()  # no card selected yet
    assert window.attach_action.shortcut().toString() == "Ctrl+Shift+A"
    assert window.attach_action in window.card_menu.actions()
    assert window.attach_action in view.row_menu().actions()

    view.table.selectRow(0)
    card = view.model.row_at(0)
    assert window.attach_action.isEnabled()
    wait_for_copies(qtbot, window, 0)
    assert "no electronic copies yet" in window.copies_panel.placeholder.text()

    languages.apply(Language.RUSSIAN, remember=False)
    chosen: dict[str, Any] = {}

    def get_open_file_names(
        parent: QWidget, caption: str, folder: str, filters: str
    ) -> tuple[list[str], str]:
        chosen.update(caption=caption, filters=filters)
        return [str(tiff), str(png)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    role = RoleAsked()
    monkeypatch.setattr(copy_dialogs, "ask_role", role)
    window.attach_action.trigger()

    dialog = wait_for_result(qtbot, window)
    assert role.asked == [(card.number, ["scan.tif", "photo.png"], CopyRole.APPEAL)]  # incoming: the appeal
    assert "*.tif" in chosen["filters"] and "(*)" in chosen["filters"]  # scans first, all files selectable
    assert dialog.headline.text() == f"Прикреплено к карточке № {card.number}: 1. Не прикреплено: 1."
    outcomes = dict(dialog.outcomes)
    assert outcomes["scan.tif"] == "Прикреплён: TIFF, страниц: 1."
    assert outcomes["photo.png"].startswith("Не прикреплён. Это изображение PNG.")
    assert "PDF, TIFF и JPEG" in outcomes["photo.png"]
    assert dialog.report.refused[0].code == "file.png"
    assert "PNG image" in dialog.details.toPlainText()  # the English reason stays for support

    # The copies panel of the selected card lists the TIFF, with its thumbnail.
    wait_for_copies(qtbot, window, 1)
    table = window.copies_panel.table
    assert table.item(0, CopyColumn.FILE).text() == "scan.tif"
    assert table.item(0, CopyColumn.DOCUMENT).text() == "Обращение"
    assert table.item(0, CopyColumn.FORMAT).text() == "TIFF"
    assert table.item(0, CopyColumn.TEXT).text() == "В очереди"
    qtbot.waitUntil(lambda: not table.item(0, CopyColumn.FILE).icon().isNull())
    assert [c.original_name for c in filled_registry.copies.copies(card.number)] == ["scan.tif"]
    qtbot.waitUntil(lambda: bool(runs))  # text recognition was asked to run after the attach
    dialog.close()


def test_dropping_a_file_on_a_row_attaches_it_to_that_card(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    open_window: OpenWindow,
    filled_registry: Registry,
) -> None:
    jpeg = scan_jpeg(tmp_path / "reply.jpg")
    window = open_window(filled_registry.data_dir)
    quiet_recognition(monkeypatch, opened_registry(window))
    window.tabs.setCurrentIndex(1)  # the outgoing journal: the default role is the reply
    view = window.tabs.currentWidget()
    assert isinstance(view, JournalView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 3)
    role = RoleAsked()
    monkeypatch.setattr(copy_dialogs, "ask_role", role)

    viewport = view.table.viewport()
    target = view.model.row_at(3)
    where = view.table.visualRect(view.model.index(3, 0)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg))])
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    no_keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, mime, left, no_keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(where, copy, mime, left, no_keys)
    QApplication.sendEvent(viewport, move)
    assert target.number in window.statusBar().currentMessage()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(where), copy, mime, left, no_keys))

    dialog = wait_for_result(qtbot, window)
    assert role.asked == [(target.number, ["reply.jpg"], CopyRole.REPLY)]
    assert dict(dialog.outcomes) == {"reply.jpg": "Attached: JPEG, pages: 1."}
    assert view.selected_row() == target  # the card dropped on is the one selected
    wait_for_copies(qtbot, window, 1)
    assert window.copies_panel.table.item(0, CopyColumn.DOCUMENT).text() == "Reply"
    copies = filled_registry.copies.copies(target.number)
    assert [(c.original_name, c.role) for c in copies] == [("reply.jpg", CopyRole.REPLY)]
    dialog.close()


def test_dragging_anything_but_files_over_the_journal_is_refused(
    open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    mime = QMimeData()
    mime.setText("not a file")
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.table.viewport(), event)
    assert not event.isAccepted()


def test_missing_tesseract_is_told_once_and_recognition_stops(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    registry = opened_registry(window)
    runs: list[int] = []
    monkeypatch.setattr(registry.ocr, "availability", lambda: NOT_INSTALLED)
    monkeypatch.setattr(registry.ocr, "run_pending", lambda *, limit=1000: runs.append(limit))

    window.recognition.request()
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert window.notice.headline.text() == "Text recognition is off."
    assert "Tesseract" in window.notice.message.text()
    assert "administrator" in window.notice.message.text()
    assert "not installed" in window.notice.toolTip()  # the core's own words, for support
    assert window.ocr_label.isVisible() and "Text recognition is off" in window.ocr_label.text()
    assert window.recognition.off is not None and not runs  # nothing was tried without Tesseract

    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()
    window.recognition.request()  # after an attach, or when the timer fires: no new check
    assert not window.recognition.busy

    # Opened again (as after switching to the demo and back): still off, but not said again.
    switched_off: list[object] = []
    window.recognition.switchedOff.connect(switched_off.append)
    monkeypatch.setattr(
        registry.ocr, "availability", lambda: OcrAvailability(False, "5.3.0", ("kaz",), "no kaz")
    )
    window.recognition.start(registry, delay_ms=0)
    qtbot.waitUntil(lambda: bool(switched_off))
    assert not window.notice.isVisible()
    assert window.ocr_label.isVisible()
    assert not runs


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_every_refusal_and_role_has_its_own_sentence(languages: LanguageManager, language: Language) -> None:
    languages.apply(language, remember=False)
    fallback = copy_texts.refusal_text(FileVerdict("x", False, None, None, None, "file.new_code", "new"))
    texts = {}
    for code in REFUSAL_CODES:
        text = copy_texts.refusal_text(FileVerdict("x", False, None, None, None, code, "English reason"))
        assert text != fallback, code
        assert any("а" <= char.lower() <= "я" or char in "әғқңөұүһі" for char in text), (code, text)
        assert "{" not in text, (code, text)
        texts[code] = text
    assert "5000" in texts["file.too_many_pages"] and "200" in texts["file.too_large"]
    labels = {copy_texts.role_label(role) for role in CopyRole}
    assert len(labels) == len(CopyRole) and not labels & {role.value.title() for role in CopyRole}
    missing = copy_texts.OcrOffReason(copy_texts.OcrOff.MISSING_LANGUAGES, ("kaz",), "no kaz")
    assert "kaz.traineddata" in copy_texts.ocr_off_text(missing)


def test_attaching_shows_its_progress_and_cancel_keeps_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, open_window: OpenWindow, filled_registry: Registry
) -> None:
    """Long attaching runs on a worker with a progress bar and Cancel in the status bar; a cancelled
    attach leaves the card as it was and says so."""
    scans = [scan_tiff(tmp_path / f"scan{i}.tif") for i in range(3)]
    window = open_window(filled_registry.data_dir)
    quiet_recognition(monkeypatch, opened_registry(window))
    registry = opened_registry(window)
    judged = threading.Event()
    go_on = threading.Event()
    real_check = registry.copies.judge.check_files

    def slow_check(paths: Iterable[Path]) -> Iterator[Any]:
        for verdict in real_check(paths):
            yield verdict
            judged.set()
            go_on.wait(10)  # the clerk looks at the progress and presses Cancel meanwhile

    monkeypatch.setattr(registry.copies.judge, "check_files", slow_check)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(p) for p in scans], ""))
    monkeypatch.setattr(copy_dialogs, "ask_role", RoleAsked())
    view = window.journal_views[0]
    view.table.selectRow(0)
    card = view.model.row_at(0)
    window.attach_action.trigger()

    activity = window.activity
    qtbot.waitUntil(lambda: judged.is_set() and activity.bar.maximum() == 6 and activity.bar.value() == 1)
    assert activity.isVisible() and card.number in activity.label.text()
    qtbot.mouseClick(activity.cancel_button, Qt.MouseButton.LeftButton)
    assert not activity.cancel_button.isEnabled() and activity.label.text() == "Cancelling…"
    go_on.set()
    qtbot.waitUntil(lambda: not activity.isVisible())
    assert window.statusBar().currentMessage() == "Attaching was cancelled: no file was attached."
    assert window.attach_result_dialog is None
    assert registry.copies.copies(card.number) == []
