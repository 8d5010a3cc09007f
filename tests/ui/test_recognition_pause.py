"""Pausing text recognition, as the clerk does it: View › Pause text recognition while a batch is
under way (the batch finishes, the next one does not start, not for an attach nor for the timer),
then Resume from the status bar's menu, and the queue empties. The real Tesseract reads three small
scans of one card: a batch is two files, so the pause falls between two batches."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from scanners import ocr
from tests.factories import incoming
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.text_recognition import BATCH_FILES

pytestmark = pytest.mark.skipif(
    not ocr.check_tesseract().available and not os.environ.get("CI"),
    reason="Tesseract with kaz+rus is not installed here (dev.py test installs it)",
)

OpenWindow = Callable[[Path], MainWindow]
LEFT = Qt.MouseButton.LeftButton
FONT = Path(__file__).resolve().parents[2] / "ui" / "resources" / "fonts" / "DejaVuSans.ttf"
WORDS = ["Тоңазытқыш", "Кір жуғыш", "Шаңсорғыш"]  # one scan each: three files, two batches
OCR_TIMEOUT_MS = 60_000


def small_scan(path: Path, word: str) -> Path:
    image = Image.new("L", (600, 120), 255)
    ImageDraw.Draw(image).text((20, 35), word, fill=0, font=ImageFont.truetype(str(FONT), 40))
    image.save(path, dpi=(200, 200))
    return path


@pytest.fixture
def queued(tmp_path: Path) -> Iterator[Registry]:
    """One incoming card with three scans attached and waiting for text recognition."""
    registry = Registry.open(data_dir=tmp_path / "registry")
    registry.registration.register_json(incoming(), Actor("t"))
    card = registry.cards.journal_page("incoming", limit=1).rows[0]
    scans = [small_scan(tmp_path / f"scan_{i}.tif", word) for i, word in enumerate(WORDS)]
    assert len(registry.copies.attach(str(card.id), scans, CopyRole.APPEAL, Actor("t")).attached) == 3
    yield registry
    registry.close()


def counts(registry: Registry) -> dict[str, int]:
    return {state: n for state, n in registry.ocr.queue_counts().items() if n}


def test_a_paused_recognition_finishes_its_batch_and_starts_no_other_until_resumed(
    qtbot: QtBot, open_window: OpenWindow, queued: Registry
) -> None:
    assert BATCH_FILES == 2  # the scans above make two batches
    window = open_window(queued.data_dir)
    recognition, label, action = window.recognition, window.ocr_label, window.pause_recognition_action
    assert action in window.view_menu.actions() and action.isEnabled()
    assert action.text() == "&Pause text recognition"
    assert "resumes at the next start" in action.toolTip()

    recognition.request()  # as an attach does (the first round would come 10 s after opening)
    qtbot.waitUntil(lambda: recognition.waiting == 3, timeout=10_000)  # counted; the first batch runs
    assert label.isVisible() and label.text() == "Recognising text: 3 waiting"
    action.trigger()  # View › Pause text recognition, while the batch is under way
    assert recognition.paused and action.text() == "Resume &text recognition"
    qtbot.waitUntil(lambda: not recognition.busy, timeout=OCR_TIMEOUT_MS)
    assert counts(queued) == {"done": 2, "pending": 1}  # the batch finished; the next did not start
    assert label.isVisible() and label.text() == "Text recognition paused: 1 waiting"
    assert "resumes at the next start" in label.toolTip()

    recognition.request()  # an attach, or the timer: while paused, only counted
    qtbot.waitUntil(lambda: not recognition.busy)
    qtbot.wait(200)
    assert not recognition.busy and counts(queued) == {"done": 2, "pending": 1}
    assert label.text() == "Text recognition paused: 1 waiting"

    # Resume from the status bar: a click on it opens its menu.
    menu = window.recognition_status.menu
    qtbot.mouseClick(label, LEFT)
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Resume &text recognition"]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    assert not recognition.paused and action.text() == "&Pause text recognition"
    qtbot.waitUntil(lambda: counts(queued) == {"done": 3}, timeout=OCR_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not recognition.busy and not label.isVisible())


def test_paused_at_once_the_rounds_only_count_in_the_clerks_language(
    qtbot: QtBot, open_window: OpenWindow, queued: Registry, languages: LanguageManager
) -> None:
    """Paused before the first round: a round asked for only counts what waits, and the status
    bar says so in the clerk's language."""
    window = open_window(queued.data_dir)
    recognition, label = window.recognition, window.ocr_label
    window.pause_recognition_action.trigger()
    qtbot.waitUntil(lambda: label.isVisible() and label.text() == "Text recognition paused: 3 waiting")
    recognition.request()
    qtbot.waitUntil(lambda: not recognition.busy)
    assert counts(queued) == {"pending": 3}
    languages.apply(Language.RUSSIAN, remember=False)  # the window retranslates on the event that follows
    qtbot.waitUntil(lambda: label.text() == "Распознавание текста приостановлено: в очереди 3")
    assert window.pause_recognition_action.text() == "Возобновить распознавание &текста"
    languages.apply(Language.KAZAKH, remember=False)
    qtbot.waitUntil(lambda: label.text() == "Мәтінді тану кідіртілді: кезекте 3")
    assert window.pause_recognition_action.text() == "Мәтінді тануды &жалғастыру"
