"""The journal's columns as the clerk arranges them (shown or hidden from the header's menu, dragged
to another place, widened), kept per journal in the settings, and the order reversed by a click on
the registration-date header, read page by page from the store in that order."""

from __future__ import annotations

import dataclasses
import gc
import uuid
import weakref
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.cards import Journal, JournalPage, JournalRow
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind, Direction
from clerk_app.domain.journal_order import NO_FILTER, ControlFilter, JournalFilter, JournalOrder
from clerk_app.services.registry import Registry
from ui.journal_model import Column, JournalModel
from ui.journal_view import JournalView
from ui.languages import Language, LanguageManager
from ui.paged_model import FREEZE_FROM_ROWS
from ui.registry_loader import journal_pages, journal_reorder, read_summary
from ui.settings import AppSettings
from ui.workers import TaskRunner

PAGE = 40
ViewMaker = Callable[..., JournalView]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "columns.ini"


def fresh_settings(path: Path) -> AppSettings:
    """The settings as the next start of the application reads them: a new QSettings on the file."""
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def make_view(qtbot: QtBot, filled_registry: Registry, runner: TaskRunner) -> ViewMaker:
    """A journal tab on the filled registry, shown and loaded, as the main window builds it."""
    journals = {journal.code: journal for journal in read_summary(filled_registry).journals}

    def make(settings: AppSettings | None, code: str = "incoming", *, reversible: bool = True) -> JournalView:
        journal: Journal = journals[code]

        model = JournalModel(
            journal.direction,
            journal_pages(filled_registry, code, PAGE),
            runner,
            reorder=journal_reorder(filled_registry, code, PAGE) if reversible else None,
        )
        view = JournalView(journal, model, settings=settings)
        model.setParent(view)
        qtbot.addWidget(view)
        view.resize(1280, 500)
        view.show()
        qtbot.waitExposed(view)
        model.reload()
        qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading)
        # The rows bring the vertical scroll bar (laid out a moment later), which narrows the table.
        qtbot.waitUntil(view.table.verticalScrollBar().isVisible)
        return view

    return make


def header_of(view: JournalView) -> QHeaderView:
    return view.table.horizontalHeader()


def section_centre(header: QHeaderView, column: Column) -> QPoint:
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 10) -> None:
    """A left-button drag with the button held during the moves (QTest's mouseMove lets go of it)."""

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        local = QPointF(at)
        event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, steps + 1):
        at = start + (end - start) * step / steps
        send(QEvent.Type.MouseMove, at, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


def choose_from_header_menu(qtbot: QtBot, view: JournalView, action_name: str) -> list[str]:
    """Right-clicks the header, picks an action of the menu that opens; returns the menu's texts."""
    header = header_of(view)
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(action.text() for action in menu.actions() if not action.isSeparator())
        chosen = next(action for action in menu.actions() if action.objectName() == action_name)
        assert chosen.isEnabled()
        chosen.trigger()
        menu.close()

    QTimer.singleShot(50, pick)
    header.customContextMenuRequested.emit(section_centre(header, Column.KIND))
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def visual_order(view: JournalView) -> list[int]:
    header = header_of(view)
    return [header.logicalIndex(visual) for visual in range(header.count())]


def widths(view: JournalView) -> dict[int, int]:
    header = header_of(view)
    return {column: header.sectionSize(column) for column in Column if column is not Column.SUMMARY}


# --- showing and hiding columns -------------------------------------------------------------------


def test_the_header_menu_hides_and_shows_columns(qtbot: QtBot, make_view: ViewMaker, settings_file: Path) -> None:
    view = make_view(fresh_settings(settings_file))
    header = header_of(view)

    texts = choose_from_header_menu(qtbot, view, "column_respondent")
    assert texts[:3] == ["No.", "Registered", "Due date"] and texts[-1] == "Reset columns"
    assert header.isSectionHidden(Column.RESPONDENT)
    qtbot.waitUntil(lambda: fresh_settings(settings_file).journal_columns("incoming") is not None)

    choose_from_header_menu(qtbot, view, "column_respondent")
    assert not header.isSectionHidden(Column.RESPONDENT)


def test_the_last_column_shown_cannot_be_hidden(make_view: ViewMaker, settings: AppSettings) -> None:
    view = make_view(settings)
    for column in Column:
        if column is not Column.AMOUNT:
            view.set_column_shown(column, False)
    view.set_column_shown(Column.AMOUNT, False)  # refused: the table would have no columns
    assert not view.table.isColumnHidden(Column.AMOUNT)
    menu = view.columns_menu()
    amount = next(action for action in menu.actions() if action.objectName() == "column_amount")
    assert amount.isChecked() and not amount.isEnabled()
    # With the summary hidden, the last column takes the width left over: no empty strip.
    assert header_of(view).stretchLastSection()


def test_the_outgoing_journal_offers_no_due_date(qtbot: QtBot, make_view: ViewMaker, settings: AppSettings) -> None:
    view = make_view(settings, "outgoing")
    names = [action.objectName() for action in view.columns_menu().actions()]
    assert "column_due" not in names and "column_number" in names
    assert view.table.isColumnHidden(Column.DUE)
    # its hidden Due column is no arrangement of the clerk's: the view fits the columns itself
    qtbot.wait(500)  # longer than the pause after which an arrangement is saved
    assert settings.journal_columns("outgoing") is None
    date_text = view.model.index(0, Column.REGISTERED).data()
    assert view.table.columnWidth(Column.REGISTERED) > view.fontMetrics().horizontalAdvance(date_text)


# --- the arrangement kept per journal -------------------------------------------------------------


def test_moved_resized_and_hidden_columns_come_back_after_a_restart(
    qtbot: QtBot, make_view: ViewMaker, settings_file: Path
) -> None:
    view = make_view(fresh_settings(settings_file))
    header = header_of(view)
    assert fresh_settings(settings_file).journal_columns("incoming") is None  # opening touches nothing

    # Drag the amount column to the front, then widen the registration date by its right edge.
    drag(header.viewport(), section_centre(header, Column.AMOUNT), QPoint(5, header.height() // 2))
    assert header.visualIndex(Column.AMOUNT) == 0
    edge = header.sectionViewportPosition(Column.REGISTERED) + header.sectionSize(Column.REGISTERED) - 1
    before = header.sectionSize(Column.REGISTERED)
    drag(header.viewport(), QPoint(edge, header.height() // 2), QPoint(edge + 60, header.height() // 2))
    assert header.sectionSize(Column.REGISTERED) == pytest.approx(before + 60, abs=2)
    view.set_column_shown(Column.CHANNEL, False)
    order, sizes = visual_order(view), widths(view)
    view.resize(1100, 500)  # a narrower window no longer refits the clerk's columns
    assert widths(view) == sizes
    view.close()  # saves at once, without waiting for the pause after the last drag

    again = make_view(fresh_settings(settings_file))
    assert visual_order(again) == order
    assert widths(again) == sizes
    assert again.table.isColumnHidden(Column.CHANNEL)
    assert not again.table.isColumnHidden(Column.DUE)
    # Another journal keeps its own arrangement: the outgoing one is untouched.
    outgoing = make_view(fresh_settings(settings_file), "outgoing")
    assert visual_order(outgoing) == list(range(len(Column)))


def test_a_resize_is_saved_once_the_dragging_pauses(qtbot: QtBot, make_view: ViewMaker, settings_file: Path) -> None:
    view = make_view(fresh_settings(settings_file))
    header = header_of(view)
    edge = header.sectionViewportPosition(Column.NUMBER) + header.sectionSize(Column.NUMBER) - 1
    drag(header.viewport(), QPoint(edge, 10), QPoint(edge + 40, 10))
    qtbot.waitUntil(lambda: fresh_settings(settings_file).journal_columns("incoming") is not None)
    assert view.isVisible()


def test_columns_never_touched_are_fitted_by_the_view(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings
) -> None:
    view = make_view(settings)
    fitted = widths(view)
    view.resize(900, 500)  # too narrow: the columns read least give way
    qtbot.waitUntil(lambda: widths(view)[Column.CORRESPONDENT] < fitted[Column.CORRESPONDENT])
    view.resize(1280, 500)
    qtbot.waitUntil(lambda: widths(view) == fitted)
    view.model.reload()
    view.close()
    assert settings.journal_columns("incoming") is None


def test_reset_columns_puts_everything_back(qtbot: QtBot, make_view: ViewMaker, settings_file: Path) -> None:
    untouched = make_view(None)
    fitted = widths(untouched)
    view = make_view(fresh_settings(settings_file))
    header = header_of(view)
    header.moveSection(header.visualIndex(Column.SUMMARY), 0)
    header.resizeSection(Column.NUMBER, 300)
    view.set_column_shown(Column.KIND, False)
    view.close()
    assert fresh_settings(settings_file).journal_columns("incoming") is not None

    view = make_view(fresh_settings(settings_file))
    assert header_of(view).visualIndex(Column.SUMMARY) == 0
    choose_from_header_menu(qtbot, view, "reset_columns")
    assert visual_order(view) == list(range(len(Column)))
    assert not any(view.table.isColumnHidden(column) for column in Column)
    assert widths(view) == fitted
    assert fresh_settings(settings_file).journal_columns("incoming") is None
    menu = view.columns_menu()
    assert not next(a for a in menu.actions() if a.objectName() == "reset_columns").isEnabled()


def test_an_unreadable_saved_arrangement_is_forgotten(make_view: ViewMaker, settings_file: Path) -> None:
    broken = fresh_settings(settings_file)
    broken.set_journal_columns("incoming", QByteArray(b"\x00\xff not a header state"))
    view = make_view(broken)
    assert visual_order(view) == list(range(len(Column)))
    assert widths(view) == widths(make_view(None))
    assert fresh_settings(settings_file).journal_columns("incoming") is None


def test_a_saved_arrangement_never_shows_due_dates_in_the_outgoing_journal(
    make_view: ViewMaker, settings_file: Path
) -> None:
    incoming = make_view(fresh_settings(settings_file))
    incoming.set_column_shown(Column.KIND, False)
    settings = fresh_settings(settings_file)
    settings.set_journal_columns("outgoing", incoming.columns_state())  # due dates shown in it
    outgoing = make_view(settings, "outgoing")
    assert outgoing.table.isColumnHidden(Column.DUE)
    assert outgoing.table.isColumnHidden(Column.KIND)


# --- the order: newest or oldest first ------------------------------------------------------------


def pages_from_the_store(
    registry: Registry,
    *,
    oldest_first: bool = False,
    count: int,
    order: JournalOrder | None = None,
    quick_filter: JournalFilter = NO_FILTER,
) -> list[JournalRow]:
    order = order or (JournalOrder.OLDEST if oldest_first else JournalOrder.NEWEST)
    rows: list[JournalRow] = []
    cursor = None
    while len(rows) < count:
        page = registry.cards.journal_page(
            "incoming", limit=PAGE, cursor=cursor, order=order, quick_filter=quick_filter
        )
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            break
    return rows


def shown_rows(view: JournalView) -> list[JournalRow]:
    return [view.model.row_at(row) for row in range(view.model.rowCount())]


def click_header(qtbot: QtBot, view: JournalView, column: Column) -> None:
    header = header_of(view)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(header, column))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)


def scroll_to_the_end(qtbot: QtBot, view: JournalView, pages: int) -> None:
    for _ in range(pages):
        before = view.model.rowCount()
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: view.model.rowCount() > before and not view.model.loading)


def test_clicking_the_date_header_reverses_the_order_and_pages_follow_it(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings, filled_registry: Registry
) -> None:
    view = make_view(settings)
    header = header_of(view)
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == Column.REGISTERED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert view._order_hint.full_text() == "Newest first"

    click_header(qtbot, view, Column.REGISTERED)
    assert view.model.order is JournalOrder.OLDEST
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert view._order_hint.full_text() == "Oldest first"
    assert shown_rows(view) == pages_from_the_store(filled_registry, oldest_first=True, count=PAGE)
    scroll_to_the_end(qtbot, view, pages=3)  # the next pages continue the order, from the store
    assert view.model.rowCount() >= 4 * PAGE
    assert shown_rows(view) == pages_from_the_store(filled_registry, oldest_first=True, count=view.model.rowCount())
    moments = [row.registered_at for row in shown_rows(view)]
    assert moments == sorted(moments)

    click_header(qtbot, view, Column.NUMBER)  # the number header reverses it too
    assert view.model.order is JournalOrder.NEWEST
    assert header.sortIndicatorSection() == Column.REGISTERED  # the order is by registration date
    assert view.table.verticalScrollBar().value() == 0  # back at the top, on the newest card
    scroll_to_the_end(qtbot, view, pages=1)
    assert view.model.rowCount() >= 2 * PAGE
    assert shown_rows(view) == pages_from_the_store(filled_registry, oldest_first=False, count=view.model.rowCount())
    hint = view.model.headerData(Column.REGISTERED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert hint.endswith("Click to show the oldest cards first")


def test_the_due_date_and_name_headers_order_the_journal_in_the_store(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings, filled_registry: Registry
) -> None:
    """Due date: the soonest first, then the cards not on control; name: A to Z in the Kazakh
    alphabet. Both page from the store as the clerk scrolls, and every card is there once."""
    view = make_view(settings)
    header = header_of(view)
    total = len(pages_from_the_store(filled_registry, count=10_000))

    click_header(qtbot, view, Column.DUE)
    assert view.model.order is JournalOrder.DUE
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.DUE, Qt.SortOrder.AscendingOrder)
    assert view._order_hint.full_text() == "Soonest due date first"
    while view.model.canFetchMore(QModelIndex()):
        scroll_to_the_end(qtbot, view, pages=1)
    rows = shown_rows(view)
    assert len(rows) == len({row.id for row in rows}) == total
    dated = [row.due_on for row in rows if row.due_on is not None]
    assert dated and dated == sorted(dated)
    assert all(row.due_on is None for row in rows[len(dated):])  # the undated ones follow, all of them
    assert rows == pages_from_the_store(filled_registry, count=total, order=JournalOrder.DUE)

    click_header(qtbot, view, Column.CORRESPONDENT)
    assert view.model.order is JournalOrder.CORRESPONDENT
    assert header.sortIndicatorSection() == Column.CORRESPONDENT
    assert view.table.verticalScrollBar().value() == 0
    while view.model.canFetchMore(QModelIndex()):
        scroll_to_the_end(qtbot, view, pages=1)
    rows = shown_rows(view)
    assert len(rows) == len({row.id for row in rows}) == total
    alphabet = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    initials = [row.correspondent.lstrip("«\"")[0].lower() for row in rows if row.correspondent]
    cyrillic = [alphabet.index(letter) for letter in initials if letter in alphabet]
    assert cyrillic == sorted(cyrillic)
    assert any(letter in "әғқңөұүһі" for letter in initials)  # the Kazakh letters are in their places

    click_header(qtbot, view, Column.REGISTERED)  # back to registration order, newest first
    assert view.model.order is JournalOrder.NEWEST


def test_the_quick_filter_lists_what_the_store_finds(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings, filled_registry: Registry
) -> None:
    view = make_view(settings)
    bar = view.filter_bar
    assert bar.isVisible() and not bar.clear_button.isEnabled()
    bar.control_box.setCurrentIndex(bar.control_box.findData(ControlFilter.ON_CONTROL))
    qtbot.waitUntil(lambda: not view.model.loading)
    on_control = JournalFilter(control=ControlFilter.ON_CONTROL)
    assert view.model.quick_filter == on_control
    expected = pages_from_the_store(filled_registry, count=10_000, quick_filter=on_control)
    assert 0 < len(expected) < len(pages_from_the_store(filled_registry, count=10_000))
    while view.model.canFetchMore(QModelIndex()):
        scroll_to_the_end(qtbot, view, pages=1)
    assert shown_rows(view) == expected
    assert all(row.due_on is not None for row in expected)

    # With the due-date order the filter stays; the kind narrows it further.
    click_header(qtbot, view, Column.DUE)
    bar.kind_box.setCurrentIndex(bar.kind_box.findData(AppealKind.SELLER_CLAIM))
    qtbot.waitUntil(lambda: not view.model.loading)
    both = JournalFilter(control=ControlFilter.ON_CONTROL, kind=AppealKind.SELLER_CLAIM)
    while view.model.canFetchMore(QModelIndex()):
        scroll_to_the_end(qtbot, view, pages=1)
    assert shown_rows(view) == pages_from_the_store(
        filled_registry, count=10_000, order=JournalOrder.DUE, quick_filter=both
    )
    assert all(row.kind is AppealKind.SELLER_CLAIM for row in shown_rows(view))

    # Nothing matches: the table says so and how to get every card back.
    bar.control_box.setCurrentIndex(bar.control_box.findData(ControlFilter.CLOSED))
    bar.kind_box.setCurrentIndex(bar.kind_box.findData(AppealKind.STATE_MEASURES_SETTLEMENT_BODY))
    qtbot.waitUntil(lambda: not view.model.loading)
    if view.model.rowCount() == 0:
        assert "Show all" in view._placeholder.text()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    assert view.model.quick_filter == NO_FILTER
    assert bar.control_box.currentData() is None and bar.kind_box.currentData() is None


def test_other_columns_do_not_sort(qtbot: QtBot, make_view: ViewMaker, settings: AppSettings) -> None:
    view = make_view(settings)
    header = header_of(view)
    first = shown_rows(view)
    with qtbot.assertNotEmitted(view.model.modelReset, wait=200):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(header, Column.KIND))
    assert header.sortIndicatorSection() == Column.REGISTERED  # no indicator on the clicked column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_rows(view) == first
    hint = view.model.headerData(Column.KIND, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Click" not in hint


def test_the_order_is_not_kept_across_restarts(qtbot: QtBot, make_view: ViewMaker, settings_file: Path) -> None:
    view = make_view(fresh_settings(settings_file))
    click_header(qtbot, view, Column.REGISTERED)
    view.set_column_shown(Column.TYPE, False)
    view.close()
    again = make_view(fresh_settings(settings_file))
    assert again.model.order is JournalOrder.NEWEST
    assert header_of(again).sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.table.isColumnHidden(Column.TYPE)


def test_without_a_reorder_source_the_order_stays(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings
) -> None:
    view = make_view(settings, reversible=False)
    assert not header_of(view).isSortIndicatorShown()
    with qtbot.assertNotEmitted(view.model.modelReset, wait=200):
        qtbot.mouseClick(
            header_of(view).viewport(),
            Qt.MouseButton.LeftButton,
            pos=section_centre(header_of(view), Column.REGISTERED),
        )
    assert view.model.order is JournalOrder.NEWEST
    assert not view.filter_bar.isVisible()


def test_the_menu_and_the_order_speak_the_clerks_language(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings, languages: LanguageManager
) -> None:
    # The new texts are checked by test_translations; here: the menu is made in the language of
    # the moment, and the order hint follows a change of language.
    view = make_view(settings)
    languages.apply(Language.RUSSIAN, remember=False)
    texts = [action.text() for action in view.columns_menu().actions() if not action.isSeparator()]
    assert texts[:2] == ["№", "Дата регистрации"]
    qtbot.waitUntil(lambda: view._order_hint.full_text() == "Сначала новые")


# --- deep scrolling -------------------------------------------------------------------------------


def test_a_deep_journal_keeps_its_rows_out_of_full_garbage_collections(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner
) -> None:
    """Past FREEZE_FROM_ROWS loaded rows, each page is moved out of the collector's sight (a full
    collection over 100,000 rows stalled the window); the rows are still freed on a reload."""
    rows = filled_registry.cards.journal_page("incoming", limit=250).rows
    pages = FREEZE_FROM_ROWS // len(rows)

    def source(cursor: str | None) -> JournalPage:
        served = int(cursor or 0)
        # New objects and new cards, as the store gives deeper in a journal.
        fresh = tuple(dataclasses.replace(row, id=uuid.uuid4()) for row in rows)
        return JournalPage(rows=fresh, next_cursor=str(served + 1) if served + 1 < pages + 2 else None)

    model = JournalModel(Direction.INCOMING, source, runner)
    gc.unfreeze()
    try:
        model.reload()
        while model.canFetchMore(QModelIndex()) or model.loading:
            qtbot.waitUntil(lambda: not model.loading)
            assert (gc.get_freeze_count() > 0) == (model.rowCount() >= FREEZE_FROM_ROWS)
            model.fetchMore(QModelIndex())
        assert model.rowCount() == (pages + 2) * len(rows) > FREEZE_FROM_ROWS
        first = weakref.ref(model.row_at(0))  # the loaded rows go with a reload, frozen or not
        model.reload()
        assert gc.get_freeze_count() == 0  # and what was frozen beside them may be collected again
        qtbot.waitUntil(lambda: not model.loading)
        assert first() is None
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual


def test_a_row_that_leaves_the_filter_leaves_the_list(
    qtbot: QtBot, make_view: ViewMaker, settings: AppSettings, filled_registry: Registry
) -> None:
    """Removed from control while the journal shows only the cards on control: the row goes, and
    a later page does not bring it back."""
    view = make_view(settings)
    bar = view.filter_bar
    bar.control_box.setCurrentIndex(bar.control_box.findData(ControlFilter.ON_CONTROL))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    gone = view.model.row_at(0)
    kept = view.model.row_at(1)
    before = view.model.rowCount()
    view.model.update_control(gone.id, ControlStatus.REMOVED, None)
    assert view.model.rowCount() == before - 1 and view.model.find_row(gone.id) is None
    later = gone.due_on + timedelta(days=30) if gone.due_on else None
    view.model.update_control(kept.id, ControlStatus.IN_PROGRESS, later)  # still on control: stays, redrawn
    assert view.model.row_at(view.model.find_row(kept.id) or 0).due_on == later
    while view.model.canFetchMore(QModelIndex()):
        scroll_to_the_end(qtbot, view, pages=1)
    ids = [row.id for row in shown_rows(view)]
    assert gone.id not in ids and len(ids) == len(set(ids))


def test_a_card_whose_key_moved_is_not_listed_twice(qtbot: QtBot, runner: TaskRunner, filled_registry: Registry) -> None:
    """A page read after a card's due date moved may bring the card again: it stays where it was."""
    rows = filled_registry.cards.journal_page("incoming", limit=6).rows

    def source(cursor: str | None) -> JournalPage:
        if cursor is None:
            return JournalPage(rows=rows[:3], next_cursor="2")
        return JournalPage(rows=(rows[1], *rows[3:]), next_cursor=None)  # rows[1] again

    model = JournalModel(Direction.INCOMING, source, runner)
    model.reload()
    qtbot.waitUntil(lambda: not model.loading)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.loading and model.exhausted)
    assert [model.row_at(i).id for i in range(model.rowCount())] == [row.id for row in rows]
