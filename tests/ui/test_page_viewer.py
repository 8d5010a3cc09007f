"""The page viewer of electronic copies, driven as a clerk drives it: keys, buttons, the mouse wheel,
on real TIFF, PDF and JPEG copies attached to a card of a real store. Pages are rendered on the
copies worker; where the tests need the window's state before a page arrives they hold the worker
back with a gate task (the runner does one thing at a time, in order)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.copies import ElectronicCopy
from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.blobs import sha256_of
from tests.factories import incoming, valid_iin
from ui import page_viewer, session
from ui.copies_panel import CopiesPanel
from ui.page_view_canvas import MARGIN
from ui.page_view_layout import SCREEN_DPI, Fit
from ui.page_viewer import PageViewer, close_copy_viewers, open_copy_viewer
from ui.workers import TaskRunner

CLERK = Actor("clerk")
DPI = 100
PORTRAIT = (827, 1169)  # A4 at 100 dpi: 8.27 × 11.69 inches
LANDSCAPE = (1169, 827)
TIFF_GREYS = (250, 200, 120)  # each page its own shade, to see which page is on screen
WAIT_MS = 20_000


def page(size: tuple[int, int], grey: int) -> Image.Image:
    image = Image.new("L", size, grey)
    ImageDraw.Draw(image).rectangle((40, 40, size[0] - 40, 90), fill=0)  # a "line of text" at the top
    return image


def three_page_tiff(path: Path) -> Path:
    frames = [page(PORTRAIT, TIFF_GREYS[0]), page(LANDSCAPE, TIFF_GREYS[1]), page(PORTRAIT, TIFF_GREYS[2])]
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(DPI, DPI), compression="tiff_lzw")
    return path


def two_page_pdf(path: Path) -> Path:
    frames = [page(PORTRAIT, 230).convert("RGB"), page(LANDSCAPE, 160).convert("RGB")]
    frames[0].save(path, save_all=True, append_images=frames[1:], resolution=float(DPI))
    return path


def photo_jpeg(path: Path) -> Path:
    page((600, 800), 210).convert("RGB").save(path, quality=85, dpi=(DPI, DPI))
    return path


@dataclass
class Card:
    number: str
    tiff: ElectronicCopy
    pdf: ElectronicCopy
    jpeg: ElectronicCopy


@dataclass
class Memory:
    """Stands in for ``AppSettings`` (its ``page_viewer_size``)."""

    page_viewer_size: QSize | None = None


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(data_dir=tmp_path / "registry")
    yield registry
    registry.close()


@pytest.fixture
def card(registry: Registry, tmp_path: Path) -> Card:
    number = registry.registration.register_json(incoming(), CLERK).number
    files = [three_page_tiff(tmp_path / "appeal.tif"), two_page_pdf(tmp_path / "receipt.pdf"),
             photo_jpeg(tmp_path / "photo.jpg")]
    report = registry.copies.attach(number, files, CopyRole.APPEAL, CLERK)
    assert not report.refused
    tiff, pdf, jpeg = report.attached
    return Card(number, tiff, pdf, jpeg)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def gate(runner: TaskRunner) -> Iterator[threading.Event]:
    """Holds the worker busy until set: what is asked meanwhile waits in the queue."""
    event = threading.Event()
    runner.submit(lambda: event.wait(WAIT_MS / 1000))
    yield event
    event.set()


Open = Callable[..., PageViewer]


@pytest.fixture
def open_viewer(qtbot: QtBot, parent: QWidget, runner: TaskRunner, registry: Registry) -> Open:
    def make(copy: ElectronicCopy, memory: Memory | None = None, *, wait: bool = True) -> PageViewer:
        viewer = open_copy_viewer(parent, runner, registry, copy, memory)
        qtbot.waitExposed(viewer)
        viewer.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
        if wait:
            wait_shown(qtbot, viewer)
        return viewer

    return make


def wait_shown(qtbot: QtBot, viewer: PageViewer) -> None:
    """Until the page is on screen at the resolution its layout asks for."""
    qtbot.waitUntil(lambda: (not viewer.loading and viewer.canvas.pixmap is not None) or viewer.failed,
                    timeout=WAIT_MS)


def shown_grey(viewer: PageViewer) -> int:
    """The shade of the middle of the page on screen."""
    pixmap = viewer.canvas.pixmap
    assert pixmap is not None
    image = pixmap.toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2)).red()


def room(viewer: PageViewer) -> QSize:
    """The logical pixels the page may take when no scroll bar is shown."""
    return viewer.scroll_area.maximumViewportSize() - QSize(2 * MARGIN, 2 * MARGIN)


def scroll_bar(viewer: PageViewer) -> int:
    from PySide6.QtWidgets import QStyle

    return viewer.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, viewer.scroll_area)


def press(qtbot: QtBot, viewer: PageViewer, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or viewer, key, modifier)


def ctrl_wheel(viewer: PageViewer, notches: int) -> None:
    viewport = viewer.scroll_area.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewport, event)


# --- opening and the worker ---------------------------------------------------------------------


def test_the_window_opens_at_once_and_the_page_comes_from_the_worker(
    qtbot: QtBot, open_viewer: Open, card: Card, gate: threading.Event
) -> None:
    viewer = open_viewer(card.tiff, wait=False)
    # the worker is held back: the window is up, saying so, and answers the keys meanwhile
    assert viewer.loading
    assert viewer.canvas.pixmap is None and viewer.canvas.text == "Loading page…"
    assert viewer.windowTitle() == "appeal.tif — electronic copy"
    press(qtbot, viewer, Qt.Key.Key_PageDown)
    assert viewer.page == 1 and viewer.page_spin.value() == 2
    assert viewer.canvas.text == "Loading page…"
    gate.set()
    wait_shown(qtbot, viewer)
    assert viewer.page == 1 and shown_grey(viewer) == TIFF_GREYS[1]
    assert viewer.canvas.text == ""


def test_paging_quickly_renders_only_the_page_stopped_at(
    qtbot: QtBot, open_viewer: Open, card: Card, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[int] = []
    real = page_viewer.render_for_view

    def counting(registry: Registry, copy: ElectronicCopy, index: int, view: object) -> object:
        rendered.append(index)
        return real(registry, copy, index, view)  # type: ignore[arg-type]

    monkeypatch.setattr(page_viewer, "render_for_view", counting)
    viewer = open_viewer(card.tiff, wait=False)
    press(qtbot, viewer, Qt.Key.Key_PageDown)
    press(qtbot, viewer, Qt.Key.Key_PageDown)
    gate.set()
    wait_shown(qtbot, viewer)
    assert viewer.page == 2 and shown_grey(viewer) == TIFF_GREYS[2]
    assert rendered == [2]  # pages 1 and 2 were asked for and dropped before the worker got to them


def test_the_next_page_is_read_ahead_and_shown_at_once(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    viewer = open_viewer(card.tiff)
    qtbot.waitUntil(lambda: viewer._prefetch is None, timeout=WAIT_MS)  # noqa: SLF001 - the read-ahead is back
    press(qtbot, viewer, Qt.Key.Key_PageDown)
    assert not viewer.loading and shown_grey(viewer) == TIFF_GREYS[1]  # from the cache, no waiting


# --- pages --------------------------------------------------------------------------------------


def test_pages_by_keys_buttons_and_the_page_box(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    viewer = open_viewer(card.tiff)
    assert (viewer.page, viewer.page_count) == (0, 3)
    assert viewer.page_before.text() == "Page" and viewer.page_after.text() == "of 3"
    assert shown_grey(viewer) == TIFF_GREYS[0]
    assert not viewer.previous_page_action.isEnabled() and viewer.next_page_action.isEnabled()
    assert "PgDown" in viewer.next_page_action.toolTip() or "Page Down" in viewer.next_page_action.toolTip()

    press(qtbot, viewer, Qt.Key.Key_PageDown)
    wait_shown(qtbot, viewer)
    assert viewer.page == 1 and shown_grey(viewer) == TIFF_GREYS[1]
    sheet = viewer.canvas.sheet_size
    assert sheet.width() > sheet.height()  # the landscape page is laid out as one

    qtbot.mouseClick(viewer.findChild(QWidget, "next_page_button"), Qt.MouseButton.LeftButton)
    wait_shown(qtbot, viewer)
    assert viewer.page == 2 and shown_grey(viewer) == TIFF_GREYS[2]
    assert not viewer.next_page_action.isEnabled()
    press(qtbot, viewer, Qt.Key.Key_PageDown)  # the last page stays
    assert viewer.page == 2

    qtbot.mouseClick(viewer.findChild(QWidget, "previous_page_button"), Qt.MouseButton.LeftButton)
    press(qtbot, viewer, Qt.Key.Key_PageUp)
    wait_shown(qtbot, viewer)
    assert viewer.page == 0 and shown_grey(viewer) == TIFF_GREYS[0]

    viewer.page_spin.setFocus()
    viewer.page_spin.selectAll()
    qtbot.keyClicks(viewer.page_spin, "3")
    qtbot.keyClick(viewer.page_spin, Qt.Key.Key_Return)
    wait_shown(qtbot, viewer)
    assert viewer.page == 2 and shown_grey(viewer) == TIFF_GREYS[2]


def test_pdf_and_jpeg_copies_are_shown(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    pdf = open_viewer(card.pdf)
    assert pdf.page_count == 2 and abs(shown_grey(pdf) - 230) <= 2
    press(qtbot, pdf, Qt.Key.Key_PageDown)
    wait_shown(qtbot, pdf)
    assert abs(shown_grey(pdf) - 160) <= 2 and pdf.canvas.sheet_size.width() > pdf.canvas.sheet_size.height()

    jpeg = open_viewer(card.jpeg)
    assert jpeg is not pdf and jpeg.page_count == 1
    assert abs(shown_grey(jpeg) - 210) <= 3
    assert not jpeg.next_page_action.isEnabled() and not jpeg.page_spin.isEnabled()


# --- zoom and rotation ------------------------------------------------------------------------------


def test_fit_width_is_the_default_and_the_zoom_keys_change_the_size(
    qtbot: QtBot, open_viewer: Open, card: Card
) -> None:
    viewer = open_viewer(card.tiff)
    assert viewer.fit is Fit.WIDTH and viewer.fit_width_action.isChecked()
    width = room(viewer).width() - scroll_bar(viewer)  # the page is taller than the window
    assert abs(viewer.canvas.sheet_size.width() - width) <= 1
    assert viewer.scroll_area.horizontalScrollBar().maximum() == 0
    fitted = viewer.canvas.sheet_size
    rendered = viewer.canvas.pixmap.width()  # type: ignore[union-attr]

    press(qtbot, viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.fit is Fit.NONE and not viewer.fit_width_action.isChecked()
    assert viewer.canvas.sheet_size.width() > fitted.width()  # at once, the old rendering scaled
    wait_shown(qtbot, viewer)
    assert viewer.canvas.pixmap.width() > rendered  # type: ignore[union-attr]  # then rendered finer
    assert viewer.zoom_label.text() == f"{round(viewer.zoom * 100)}%"

    press(qtbot, viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.canvas.sheet_size.width() < fitted.width()

    press(qtbot, viewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # actual size
    assert viewer.zoom == 1.0 and viewer.zoom_label.text() == "100%"
    assert viewer.canvas.sheet_size == QSize(round(8.27 * SCREEN_DPI), round(11.69 * SCREEN_DPI))
    wait_shown(qtbot, viewer)
    ratio = viewer.devicePixelRatioF()
    assert abs(viewer.canvas.pixmap.width() - round(8.27 * SCREEN_DPI * ratio)) <= 1  # type: ignore[union-attr]

    press(qtbot, viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the whole page
    assert viewer.fit is Fit.PAGE and viewer.fit_page_action.isChecked()
    sheet, space = viewer.canvas.sheet_size, room(viewer)
    assert sheet.height() == space.height() and sheet.width() <= space.width()

    qtbot.mouseClick(viewer.findChild(QWidget, "fit_width_button"), Qt.MouseButton.LeftButton)
    assert viewer.fit is Fit.WIDTH and viewer.canvas.sheet_size == fitted


def test_ctrl_and_the_wheel_zoom(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    viewer = open_viewer(card.tiff)
    press(qtbot, viewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    ctrl_wheel(viewer, 1)
    assert viewer.zoom == 1.1 and viewer.canvas.sheet_size.width() == round(8.27 * SCREEN_DPI * 1.1)
    ctrl_wheel(viewer, -2)
    assert viewer.zoom == 0.9


def test_rotation_turns_the_view_only(qtbot: QtBot, open_viewer: Open, card: Card, registry: Registry) -> None:
    viewer = open_viewer(card.tiff)
    press(qtbot, viewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_shown(qtbot, viewer)
    upright = viewer.canvas.sheet_size
    pixmap = viewer.canvas.pixmap
    assert upright.height() > upright.width()

    press(qtbot, viewer, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert viewer.rotation == 90 and viewer.canvas.rotation == 90
    assert viewer.canvas.sheet_size == upright.transposed()
    assert viewer.canvas.pixmap is pixmap and not viewer.loading  # the same rendering, turned as painted

    qtbot.mouseClick(viewer.findChild(QWidget, "rotate_left_button"), Qt.MouseButton.LeftButton)
    press(qtbot, viewer, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert viewer.rotation == 270 and viewer.canvas.sheet_size == upright.transposed()

    # fit width of a turned page: the page's height now spans the window
    press(qtbot, viewer, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert abs(viewer.canvas.sheet_size.width() - room(viewer).width()) <= 1  # landscape: no scroll bar needed
    assert "Ctrl+R" in viewer.rotate_right_action.toolTip()
    blob = registry.copies.blobs.path_of(card.tiff.sha256)
    assert sha256_of(blob) == card.tiff.sha256  # the stored file never changes


# --- missing and damaged files -----------------------------------------------------------------------


def test_a_missing_file_is_said_with_its_name(qtbot: QtBot, open_viewer: Open, card: Card, registry: Registry) -> None:
    registry.copies.blobs.path_of(card.pdf.sha256).unlink()
    viewer = open_viewer(card.pdf)
    assert viewer.failed and viewer.stack.currentWidget() is viewer.problem
    assert viewer.problem_headline.text() == "The file “receipt.pdf” cannot be shown."
    assert "missing" in viewer.problem_advice.text() and "clerk-app verify" in viewer.problem_advice.text()
    assert not viewer.zoom_in_action.isEnabled() and not viewer.rotate_right_action.isEnabled()  # nothing to see
    press(qtbot, viewer, Qt.Key.Key_PageDown)  # the other page: missing too, said again
    qtbot.waitUntil(lambda: viewer.page == 1 and viewer.failed and not viewer.loading, timeout=WAIT_MS)
    assert viewer.problem_headline.text() == "The file “receipt.pdf” cannot be shown."


def test_a_damaged_file_is_said_page_by_page(qtbot: QtBot, open_viewer: Open, card: Card, registry: Registry) -> None:
    blob = registry.copies.blobs.path_of(card.tiff.sha256)
    blob.chmod(0o644)
    blob.write_bytes(b"II*\x00" + b"\x00" * 40)  # a TIFF header and nothing readable
    viewer = open_viewer(card.tiff)
    assert viewer.failed
    assert viewer.problem_headline.text() == "Page 1 of the file “appeal.tif” cannot be shown."
    assert "damaged" in viewer.problem_advice.text()


def _shot_refusal(viewer: PageViewer) -> None:
    folder = os.environ.get("CLERK_SHOTS")  # screenshots for a person to look at, when asked for
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        viewer.grab().save(str(Path(folder) / "viewer_refused.png"))


def test_a_refused_opening_is_said_and_no_page_is_shown(
    qtbot: QtBot, parent: QWidget, runner: TaskRunner, registry: Registry, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While a person on the card is blocked (R45) the clerk's viewer says so and renders nothing."""
    iin = valid_iin("790909", 4, 21)
    number = registry.registration.register_json(
        incoming(applicants=[{"surname": "Құсайынова", "given_name": "Ләззат", "iin": iin}]), CLERK).number
    (copy,) = registry.copies.attach(number, [photo_jpeg(tmp_path / "scan.jpg")], CopyRole.APPEAL, CLERK).attached
    registry.blocking.block(iin, "the person disputes the accuracy of the data",
                            Actor("officer", frozenset({Role.PD_OFFICER})))
    rendered: list[int] = []
    original = page_viewer.render_for_view
    monkeypatch.setattr(page_viewer, "render_for_view", lambda *args: rendered.append(1) or original(*args))
    session.begin(Actor("clerk", frozenset({Role.CLERK})))
    viewer = open_copy_viewer(parent, runner, registry, copy)
    qtbot.waitUntil(lambda: viewer.refused, timeout=WAIT_MS)
    runner.wait()
    assert viewer.failed and viewer.problem_headline.text() == "The personal data on this card are blocked."
    assert "personal-data officer" in viewer.problem_advice.text()
    assert viewer.canvas.pixmap is None and rendered == []
    assert not viewer.next_page_action.isEnabled() and not viewer.zoom_in_action.isEnabled()
    _shot_refusal(viewer)
    viewer.close()


# --- windows ---------------------------------------------------------------------------------------


def test_one_window_per_copy_and_its_size_remembered(
    qtbot: QtBot, open_viewer: Open, card: Card, parent: QWidget
) -> None:
    memory = Memory(QSize(640, 500))
    first = open_viewer(card.tiff, memory)
    assert first.size() == QSize(640, 500)
    assert open_viewer(card.tiff, memory) is first  # brought to the front, not opened again
    other = open_viewer(card.jpeg, memory)
    assert other is not first
    first.resize(700, 520)
    first.close()
    assert memory.page_viewer_size == QSize(700, 520)
    again = open_viewer(card.tiff, memory)
    assert again is not first and again.size() == QSize(700, 520)
    close_copy_viewers(parent)
    qtbot.waitUntil(lambda: not parent.findChildren(PageViewer))


def test_escape_closes_the_window(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    viewer = open_viewer(card.jpeg)
    press(qtbot, viewer, Qt.Key.Key_Escape)
    assert viewer.closing and not viewer.isVisible()


class _Marked(QTranslator):
    """A catalogue that marks the viewer's "Next page": shows that a language switch reaches it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "⟨Next page⟩" if (context, source) == ("PageViewer", "Next page") else ""

    def isEmpty(self) -> bool:
        return False


def test_the_language_switch_retranslates_the_window(qtbot: QtBot, open_viewer: Open, card: Card) -> None:
    viewer = open_viewer(card.jpeg)
    assert viewer.next_page_action.text() == "Next page"
    translator = _Marked()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: viewer.next_page_action.text() == "⟨Next page⟩")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: viewer.next_page_action.text() == "Next page")


# --- the copies panel opens a copy ----------------------------------------------------------------------


def test_the_copies_panel_says_which_copy_to_open(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, card: Card
) -> None:
    panel = CopiesPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    panel.set_registry(registry)
    journal = registry.settings.journals()[0].code
    row = next(r for r in registry.cards.journal_page(journal).rows if r.number == card.number)
    panel.show_card(row)
    qtbot.waitUntil(lambda: panel.shown is not None and len(panel.shown.copies) == 3, timeout=WAIT_MS)
    table = panel.table
    opened: list[ElectronicCopy] = []
    panel.copyActivated.connect(opened.append)

    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [c.id for c in opened] == [card.pdf.id]

    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [c.id for c in opened] == [card.pdf.id, card.jpeg.id]
