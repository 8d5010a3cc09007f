"""The journal table model: keyset pages, newest first, fetched only as far as the clerk scrolls."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.services.registry import Registry
from ui import formatting, labels
from ui.column_widths import fit_widths
from ui.journal_model import ROW_ROLE, Column, JournalModel, two_lines
from ui.registry_loader import journal_pages
from ui.workers import TaskRunner


def incoming_total(registry: Registry) -> int:
    total, cursor = 0, None
    while True:
        page = registry.cards.journal_page("incoming", limit=1000, cursor=cursor)
        total += len(page.rows)
        if page.next_cursor is None:
            return total
        cursor = page.next_cursor


def make_model(registry: Registry, runner: TaskRunner, page_size: int) -> JournalModel:
    return JournalModel(Direction.INCOMING, journal_pages(registry, "incoming", page_size), runner)


def test_first_page_is_newest_first(qtbot: QtBot, filled_registry: Registry, runner: TaskRunner) -> None:
    model = make_model(filled_registry, runner, 200)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0)

    newest = filled_registry.cards.journal_page("incoming", limit=1).rows[0]
    assert model.rowCount() == 200  # one page, not the whole journal
    assert model.index(0, Column.NUMBER).data() == newest.number
    assert model.index(0, 0).data(ROW_ROLE) == newest
    moments = [model.row_at(i).registered_at for i in range(model.rowCount())]
    assert moments == sorted(moments, reverse=True)
    assert model.canFetchMore(QModelIndex())


def test_scrolling_down_fetches_page_by_page(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner
) -> None:
    total = incoming_total(filled_registry)
    model = make_model(filled_registry, runner, 100)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 100)

    counts = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before and not model.loading)
        counts.append(model.rowCount())
    assert counts == [min(total, n) for n in range(100, total + 100, 100)]
    assert counts[-1] == total
    assert model.exhausted


def test_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_registry: Registry, runner: TaskRunner
) -> None:
    model = make_model(filled_registry, runner, 200)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading)
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())  # the tester watches the rows arriving too
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() > 200


@pytest.mark.qt_log_level_fail("WARNING")
def test_passes_qts_own_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_registry: Registry, runner: TaskRunner
) -> None:
    model = make_model(filled_registry, runner, 200)
    qtmodeltester.check(model)  # reports problems as Qt warnings, which fail this test
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading)
    model.retranslate()


def test_a_failed_page_is_reported_and_stops_fetching(qtbot: QtBot, runner: TaskRunner) -> None:
    def broken(cursor: str | None) -> None:
        raise OSError("disk gone")

    model = JournalModel(Direction.INCOMING, broken, runner)  # type: ignore[arg-type]
    with qtbot.waitSignal(model.loadFailed) as failure:
        model.reload()
    assert isinstance(failure.args[0], OSError)
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 0


def test_every_stored_value_has_a_label() -> None:
    # A new enum value in the core without a label here would raise KeyError in the table.
    assert all(labels.channel_label(value) for value in Channel)
    assert all(labels.type_label(value) for value in AppealType)
    assert all(labels.kind_label(value) and labels.kind_hint(value) for value in AppealKind)
    assert labels.kind_label(None) == labels.type_label(None) == ""


def test_headers_follow_the_direction(runner: TaskRunner) -> None:
    incoming = JournalModel(Direction.INCOMING, lambda cursor: None, runner)  # type: ignore[arg-type, return-value]
    outgoing = JournalModel(Direction.OUTGOING, lambda cursor: None, runner)  # type: ignore[arg-type, return-value]
    horizontal = Qt.Orientation.Horizontal
    assert incoming.headerData(Column.CORRESPONDENT, horizontal) == "From whom"
    assert outgoing.headerData(Column.CORRESPONDENT, horizontal) == "To whom"
    assert incoming.columnCount() == len(Column) == 11


def test_amounts_dates_and_places_are_formatted_for_the_clerk() -> None:
    kazakh = QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert formatting.amount(Decimal("1125168.5"), kazakh).replace("\u00a0", " ") == "1 125 168,50"
    assert formatting.amount(Decimal("84407"), english) == "84,407.00"
    assert formatting.amount(Decimal("999999999999.99"), english) == "999,999,999,999.99"  # no float rounding
    # 18:45 UTC is 23:45 in Astana (UTC+5).
    assert formatting.date_time(datetime(2026, 11, 23, 18, 45, tzinfo=UTC)) == "23.11.2026 23:45"
    assert (
        formatting.store_location("sqlite+pysqlite:////home/a/registry.sqlite3") == "/home/a/registry.sqlite3"
    )
    assert (
        formatting.store_location("postgresql+psycopg://clerk:***@db/registry")
        == "postgresql+psycopg://clerk:***@db/registry"
    )


def test_long_headers_go_on_two_balanced_lines() -> None:
    assert two_lines("Дата регистрации") == "Дата\nрегистрации"
    assert two_lines("Registration journal of appeals") == "Registration\njournal of appeals"
    assert two_lines("Сторона-ответчик") == "Сторона-ответчик"  # one word: never broken
    assert two_lines("From whom") == "From whom"  # short: left alone


def test_columns_give_way_in_order_down_to_their_floors() -> None:
    natural = {"name": 250, "company": 200, "kind": 200, "date": 120}
    floors = {"name": 180, "company": 130, "kind": 100, "date": 120}
    order = ("company", "kind", "name")
    assert fit_widths(natural, floors, order, room=1000) == natural  # everything fits
    assert fit_widths(natural, floors, order, room=700) == {
        "name": 250,
        "company": 130,
        "kind": 200,
        "date": 120,
    }
    assert fit_widths(natural, floors, order, room=500) == {
        "name": 180,
        "company": 130,
        "kind": 100,
        "date": 120,
    }
