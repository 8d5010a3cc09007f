"""Card › Scan… as a clerk uses it (issue 9): the scanner is found on the worker, a feeder batch
arrives page by page through SANE's test backend, pages are turned, moved and deleted, and the
batch is saved to the card; a stamped pile is filed card by card; a jam and Stop keep the pages;
unsaved pages are asked about, and go to the unfiled files when the clerk signs out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.domain.stamp_code import encode_stamp
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.scan_profiles import ScanProfileBook
from scanners.acquisition import ColourMode, ScanSource
from scanners.scan_output import write_scan_file
from tests.factories import incoming
from tests.sane_config import DEVICE, FEEDER_SHEETS
from tests.sane_tweaks import TweakedSane, tweaking
from tests.scan_pages import page
from tests.ui.test_control_ui import OpenWindow, incoming_view, select_card
from ui.main_window import MainWindow
from ui.scan_dialog import ScanDialog

pytest.importorskip("sane", reason="python-sane (and libsane) are needed for the scanner tests")
from scanners.sane_backend import SaneBackend  # noqa: E402

CLERK = Actor("clerk")


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


@pytest.fixture
def tweaked() -> Iterator[Callable[..., TweakedSane]]:
    with tweaking() as make:
        yield make


@pytest.fixture
def make_dialog(
    qtbot: QtBot, registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., ScanDialog]:
    # pytest-qt closes the dialog after the test: pages left in it are discarded without asking
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)

    def make(*, card: bool = True, backends: list[object] | None = None) -> ScanDialog:
        number = registry.registration.register_json(incoming(), CLERK, confirm_duplicate=True) if card else None
        dialog = ScanDialog(
            None, registry, CLERK, card_id=str(number.id) if number else None,
            card_number=number.number if number else None, book=ScanProfileBook(tmp_path / "profiles.json"),
            backends=backends if backends is not None else [SaneBackend()],  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.form.device_name() == DEVICE or dialog.form.device_note.isVisible())
        return dialog

    return make


def choose(dialog: ScanDialog, source: ScanSource, dpi: int = 100) -> None:
    form = dialog.form
    form.source_combo.setCurrentIndex(form.source_combo.findData(source))
    if form.resolution_combo.findData(dpi) < 0:
        form.resolution_combo.addItem(f"{dpi} dpi", dpi)
    form.resolution_combo.setCurrentIndex(form.resolution_combo.findData(dpi))


def scan_and_wait(qtbot: QtBot, dialog: ScanDialog, timeout: int = 30_000) -> None:
    dialog.scan_button.click()
    assert dialog.busy and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=timeout)


def test_a_feeder_batch_arrives_page_by_page_is_put_right_and_saved_to_the_card(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], registry: Registry,
) -> None:
    dialog = make_dialog()
    assert dialog.target_card.isChecked() and dialog.form.device_combo.currentText() == "frontend-tester (test:0)"
    choose(dialog, ScanSource.ADF)
    arrived: list[int] = []
    dialog.batch.model().rowsInserted.connect(lambda *_: arrived.append(dialog.batch.count()))
    scan_and_wait(qtbot, dialog)
    assert arrived == list(range(1, FEEDER_SHEETS + 1))  # one by one, as the scanner delivered them
    assert dialog.batch.item(0).text() == "Page 1"
    assert dialog.status.text() == f"Pages in the batch: {FEEDER_SHEETS}"
    assert not dialog.banner.isVisible()
    pages = dialog.batch.pages()
    dialog.batch.item(1).setSelected(True)
    dialog.rotate_right_button.click()  # the second sheet was fed sideways
    dialog.batch.clearSelection()
    dialog.batch.item(0).setSelected(True)
    dialog.move_later_button.click()
    dialog.batch.clearSelection()
    dialog.batch.item(9).setSelected(True)
    dialog.delete_button.click()
    assert dialog.batch.count() == 9 and dialog.batch.pages()[0] is pages[1] and dialog.batch.pages()[1] is pages[0]
    assert dialog.batch.pages()[0].image.size == (pages[2].image.height, pages[2].image.width)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.batch.count() == 0 and dialog.status.text() == f"Attached to card No. {dialog._card_number} (pages: 9)"
    card_number = dialog._card_number
    assert card_number is not None
    (copy,) = registry.copies.copies(card_number)
    assert copy.page_count == 9 and copy.pages[0].width_px > copy.pages[0].height_px  # the turned page is first
    assert ScanProfileBook(dialog._book.path).last_used().source is ScanSource.ADF  # remembered for next time


def test_a_stamped_pile_from_a_file_is_filed_card_by_card(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], registry: Registry, tmp_path: Path,
) -> None:
    dialog = make_dialog(card=False)
    assert not dialog.target_card.isEnabled() and dialog.target_stamps.isChecked()
    cards = [registry.registration.register_json(incoming(), CLERK, confirm_duplicate=True) for _ in range(2)]
    pile = [page(encode_stamp(cards[0].id, cards[0].number), dpi=200, seed=1), page(None, dpi=200, seed=2),
            page(encode_stamp(cards[1].id, cards[1].number), dpi=200, turn_degrees=90, seed=3)]
    pdf = write_scan_file(pile, ColourMode.GREY, tmp_path / "pile", default_dpi=200)
    dialog.add_files([pdf])
    qtbot.waitUntil(lambda: not dialog.busy and dialog.batch.count() == 3, timeout=30_000)
    assert dialog.batch.item(0).text() == f"Page 1\n→ No. {cards[0].number}"
    assert dialog.batch.item(1).text() == "Page 2"
    assert dialog.status.text() == "Pages in the batch: 3 · with a stamp: 2"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.batch.count() == 0
    assert [c.page_count for c in registry.copies.copies(cards[0].number)] == [2]
    assert [c.page_count for c in registry.copies.copies(cards[1].number)] == [1]
    assert dialog.status.text() == f"Filed under the cards: {cards[0].number}, {cards[1].number}"


def test_a_file_that_is_refused_says_why_and_adds_nothing(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], tmp_path: Path,
) -> None:
    dialog = make_dialog()
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"not a pdf at all")
    dialog.add_files([fake])
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.banner.isVisible() and dialog.batch.count() == 0


def test_a_jam_says_what_to_do_and_keeps_the_pages(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], tweaked: Callable[..., TweakedSane],
) -> None:
    backend = tweaked({"read-return-value": "SANE_STATUS_JAMMED"}, after_pages=3)
    dialog = make_dialog(backends=[backend])
    choose(dialog, ScanSource.ADF)
    scan_and_wait(qtbot, dialog)
    assert dialog.banner.isVisible() and dialog.banner.headline.text() == "Paper jam."
    assert "kept below" in dialog.banner.message.text()
    assert dialog.batch.count() == 3 and dialog.scan_button.isEnabled() and dialog.save_button.isEnabled()


def test_stop_ends_the_batch_and_keeps_what_arrived(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], tweaked: Callable[..., TweakedSane],
) -> None:
    backend = tweaked({"read-limit": True, "read-limit-size": 4096, "read-delay": True,
                       "read-delay-duration": 100_000}, after_pages=0)
    dialog = make_dialog(backends=[backend])
    choose(dialog, ScanSource.ADF, dpi=75)
    dialog.scan_button.click()
    qtbot.waitUntil(lambda: dialog.batch.count() >= 1, timeout=60_000)
    assert dialog.status.text() == "Scanning… page 1 received"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.status.text().startswith("Scanning was cancelled.")
    assert 1 <= dialog.batch.count() < FEEDER_SHEETS and not dialog.banner.isVisible()


def test_duplex_on_a_simplex_scanner_is_explained(qtbot: QtBot, make_dialog: Callable[..., ScanDialog]) -> None:
    dialog = make_dialog()
    choose(dialog, ScanSource.DUPLEX)
    scan_and_wait(qtbot, dialog)
    assert dialog.banner.headline.text() == "This scanner cannot scan both sides." and dialog.batch.count() == 0


def test_without_a_scanner_the_dialog_says_what_to_do(qtbot: QtBot, make_dialog: Callable[..., ScanDialog]) -> None:
    class NoDriver:  # as TWAIN answers on Linux: no driver layer at all
        name = "twain"

        def problem(self) -> str:
            return "TWAIN is available on Windows only"

    dialog = make_dialog(backends=[NoDriver()])
    assert dialog.form.device_note.isVisible() and "switched on" in dialog.form.device_note.text()
    assert "twain: TWAIN is available on Windows only" in dialog.form.device_note.toolTip()
    assert not dialog.scan_button.isEnabled() and dialog.add_file_button.isEnabled()


def test_unsaved_pages_are_asked_about_and_signing_out_puts_them_in_the_inbox(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], registry: Registry, monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog()
    scan_and_wait(qtbot, dialog)  # the flatbed: one page
    assert dialog.batch.count() == 1
    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.close()
    assert asked == ["Discard the scanned pages?"] and dialog.isVisible() and dialog.batch.count() == 1
    assert dialog.close_keeping_pages() == 1
    assert not dialog.isVisible()
    (item,) = registry.copies.inbox(actor=CLERK)
    assert (item.page_count, item.source) == (1, "scanner")


def test_the_window_offers_scan_for_the_card_on_screen(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry,
) -> None:
    window: MainWindow = open_window(filled_registry.data_dir)
    flow = window.scan_flow
    assert flow.action in window.menus.card_menu.actions() and flow.action in window.menus.toolbar.actions()
    assert flow.action.isEnabled() and flow.action.shortcut().toString() == "Ctrl+Shift+S"
    view = incoming_view(window)
    row = view.model.row_at(0)
    select_card(qtbot, window, row.id)
    flow.action.trigger()
    dialog = flow.dialog
    assert dialog is not None and dialog.isVisible() and dialog.target_card.isChecked()
    assert row.number in dialog.target_card.text()
    qtbot.waitUntil(lambda: dialog.form.device_name() == DEVICE)
    flow.action.trigger()  # asked again: the same dialog comes forward
    assert flow.dialog is dialog
    assert dialog._book.path.parent == window._settings.folder  # this computer's profiles, beside its settings
    scan_and_wait(qtbot, dialog)
    window.sign_out()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert flow.dialog is None
    assert [item.source for item in filled_registry.copies.inbox(actor=Actor("test"))] == ["scanner"]


class _InternalDrop(QDropEvent):
    """A drop as Qt delivers it when a page is dragged among the pages (the drag's source is the list)."""

    def __init__(self, target: QPoint, source: object) -> None:
        super().__init__(QPointF(target), Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
        self._source = source

    def source(self) -> object:  # type: ignore[override]
        return self._source


def test_dragging_a_page_changes_the_order_that_is_saved(
    qtbot: QtBot, make_dialog: Callable[..., ScanDialog], tmp_path: Path,
) -> None:
    dialog = make_dialog()
    pile = [page(None, dpi=100, seed=n) for n in range(3)]
    dialog.add_files([write_scan_file(pile, ColourMode.GREY, tmp_path / "three", default_dpi=100)])
    qtbot.waitUntil(lambda: not dialog.busy and dialog.batch.count() == 3, timeout=30_000)
    before = dialog.batch.pages()
    dialog.batch.clearSelection()
    dialog.batch.item(2).setSelected(True)
    first_place = dialog.batch.visualItemRect(dialog.batch.item(0)).center()
    dialog.batch.dropEvent(_InternalDrop(first_place, dialog.batch))
    assert dialog.batch.pages() == [before[2], before[0], before[1]]
    assert [dialog.batch.item(row).text() for row in range(3)] == ["Page 1", "Page 2", "Page 3"]
    assert dialog.batch.item(0).isSelected()
    dialog.batch.dropEvent(_InternalDrop(first_place, object()))  # a drop from elsewhere changes nothing
    assert dialog.batch.pages() == [before[2], before[0], before[1]]


def test_locking_then_signing_out_from_the_lock_page_keeps_the_pages(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry,
) -> None:
    window: MainWindow = open_window(filled_registry.data_dir)
    flow = window.scan_flow
    dialog = flow.open_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.form.device_name() == DEVICE)
    scan_and_wait(qtbot, dialog)
    assert dialog.batch.count() == 1
    window.lock_session()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.sign_out()  # as the lock page's Sign out does
    qtbot.waitUntil(lambda: flow.dialog is None)
    assert [item.source for item in filled_registry.copies.inbox(actor=Actor("test"))] == ["scanner"]
