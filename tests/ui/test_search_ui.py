"""The search screen over a real registry: attribute search in the lazy journal table, full-text
search with highlighted snippets and the page they were found on, errors next to their fields, any
input without a traceback, superseded searches dropped, and a result opening its card."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.cards import JournalRow
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.domain.search import SearchHit, Snippet
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin
from tests.fake_recognition import recognise_in_process
from ui.control_dialogs import CardRef
from ui.journal_model import ROW_ROLE
from ui.languages import Language, LanguageManager
from ui.search_panel import FULL_TEXT_LIMIT, SearchPanel, search_tab_title
from ui.search_results import HTML_ROLE, FoundCardsView, HitColumn, snippet_html
from ui.workers import TaskRunner

CLERK = Actor("clerk")
MARK = '<span style="font-weight:600;'


# --- fixtures and helpers ---------------------------------------------------------------------------


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


PAGES = [
    "Тұтынушылардың құқықтарын қорғау туралы өтініш",
    "Жалоба на продавца: холодильник неисправен, прошу вернуть уплаченные деньги",
]


@pytest.fixture
def recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text recognition that 'reads' PAGES from any file, so the whole path runs without Tesseract."""
    recognise_in_process(monkeypatch, PAGES)


def register(registry: Registry, summary: str, surname: str = "Сейтқали", **fields: Any) -> str:
    person = {"surname": surname, "given_name": "Бақыт", "iin": valid_iin("850505", 3, 7)}
    data = incoming(summary=summary, applicants=[person], **fields)
    return registry.registration.register_json(data, CLERK, confirm_duplicate=True).number


@pytest.fixture
def make_panel(qtbot: QtBot, runner: TaskRunner, languages: LanguageManager) -> Callable[[Registry], SearchPanel]:
    def make(registry: Registry) -> SearchPanel:
        panel = SearchPanel(runner)
        qtbot.addWidget(panel)
        panel.resize(1280, 760)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_registry(registry)
        qtbot.waitUntil(lambda: panel.criteria.journal_combo.count() > 1)
        return panel

    return make


def search(qtbot: QtBot, panel: SearchPanel, text: str | None = None) -> None:
    """Searches as the clerk does (the Search button) and waits for the answer."""
    if text is not None:
        panel.search_edit.setText(text)
    qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.searching, timeout=20_000)


def found_view(panel: SearchPanel) -> FoundCardsView:
    view = panel.results.currentWidget()
    assert isinstance(view, FoundCardsView)
    return view


def load_all(qtbot: QtBot, view: FoundCardsView) -> list[JournalRow]:
    model = view.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading)
    return [model.row_at(i) for i in range(model.rowCount())]


def every_match(registry: Registry, query: CardQuery) -> list[JournalRow]:
    rows: list[JournalRow] = []
    cursor = None
    while True:
        page = registry.cards.find(query, limit=1000, cursor=cursor)
        rows += page.rows
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def shown_numbers(panel: SearchPanel) -> list[str]:
    model = panel.hits_model
    return [model.hit_at(i).number for i in range(model.rowCount())]


def choose(combo: Any, data: object) -> None:
    index = next(i for i in range(combo.count()) if combo.itemData(i) == data)
    combo.setCurrentIndex(index)


# --- attribute search -------------------------------------------------------------------------------


def test_attribute_search_by_the_beginning_of_an_applicants_surname(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    some = filled_registry.cards.journal_page("incoming", limit=50).rows[7]
    prefix = some.correspondent.split()[0][:5]
    expected = every_match(filled_registry, CardQuery(applicant_name=prefix))
    panel = make_panel(filled_registry)
    panel.criteria_button.click()
    assert panel.criteria.isVisible()
    panel.criteria.applicant_edit.setText(f"  {prefix.lower()}\t")  # case and stray spaces do not matter
    search(qtbot, panel)

    view = found_view(panel)
    rows = load_all(qtbot, view)
    assert [r.number for r in rows] == [r.number for r in expected] and some.number in {r.number for r in rows}
    assert panel.count_label.text() == f"Cards found: {len(expected)}"
    assert panel.criteria_button.text() == "More criteria (1 set)"
    assert all(r.correspondent.casefold().startswith(prefix.casefold()) or r.is_collective for r in rows)


def test_attribute_search_for_the_overdue_shows_red_rows_then_by_status_pages_lazily(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    overdue = every_match(filled_registry, CardQuery(overdue=True))
    assert overdue, "the demo registry has overdue appeals"
    panel = make_panel(filled_registry)
    panel.criteria.overdue_check.setChecked(True)
    search(qtbot, panel)
    view = found_view(panel)
    assert [r.number for r in load_all(qtbot, view)] == [r.number for r in overdue]
    assert all(view.model.index(i, 0).data(Qt.ItemDataRole.BackgroundRole) is not None for i in range(len(overdue)))
    assert panel.count_label.text() == f"Cards found: {len(overdue)}"

    panel.criteria.overdue_check.setChecked(False)
    choose(panel.criteria.status_combo, ControlStatus.RESOLVED.value)
    search(qtbot, panel)
    expected = every_match(filled_registry, CardQuery(status=ControlStatus.RESOLVED))
    view = found_view(panel)
    first_page = view.model.rowCount()
    assert first_page == min(len(expected), 200)
    assert [view.model.row_at(i).number for i in range(first_page)] == [r.number for r in expected[:first_page]]
    if len(expected) > 200:
        assert panel.count_label.text().startswith("Showing the first 200 cards")
        view.table.scrollToBottom()  # the next page comes as the clerk scrolls
        qtbot.waitUntil(lambda: view.model.rowCount() > 200 and not view.model.loading)
    assert {r.control_status for r in load_all(qtbot, view)} == {ControlStatus.RESOLVED}


def test_outgoing_letters_are_listed_with_outgoing_headers(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    panel = make_panel(filled_registry)
    choose(panel.criteria.journal_combo, panel.criteria.journal_combo.itemData(2))  # the outgoing journal
    search(qtbot, panel)
    view = found_view(panel)
    assert view.model.direction is Direction.OUTGOING
    assert {view.model.row_at(i).direction for i in range(view.model.rowCount())} == {Direction.OUTGOING}


def test_nothing_to_search_for_says_so(qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry) -> None:
    panel = make_panel(registry)
    search(qtbot, panel, "   ")
    assert panel.count_label.text() == "Type something to search for, or choose some criteria."
    assert panel.results.currentWidget() is panel.idle_label


# --- full-text search -------------------------------------------------------------------------------


def test_full_text_hits_show_bold_words_and_the_page_they_were_found_on(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry, tmp_path: Path,
    recognised: None,
) -> None:
    fridge = register(registry, "Сатып алынған тоңазытқыш ақаулы <b>не жирный</b> & ақшаны қайтаруды сұраймын")
    scanned = register(registry, "Шағым қоса беріледі")
    register(registry, "Смартфон сынған")
    scan = tmp_path / "scan.jpg"
    Image.new("L", (400, 300), 200).save(scan, dpi=(300, 300))
    registry.copies.attach(scanned, [scan], CopyRole.APPEAL, CLERK)
    assert registry.ocr.run_pending().recognised == 1
    panel = make_panel(registry)

    search(qtbot, panel, "тоңаз")
    assert shown_numbers(panel) == [fridge]
    assert panel.count_label.text() == "Cards found: 1"
    index = panel.hits_model.index(0, HitColumn.SNIPPET)
    markup = index.data(HTML_ROLE)
    assert f"{MARK} background-color:#ffe58f; color:#1a1a1a;\">тоңазытқыш</span>" in markup
    assert "&lt;b&gt;не жирный&lt;/b&gt; &amp;" in markup  # the card's own text is never markup
    assert panel.hits_model.index(0, HitColumn.SOURCE).data() == "Card"
    assert panel.hits_model.index(0, HitColumn.REGISTERED).data().count(".") == 2

    search(qtbot, panel, "холодильник неисправен")
    assert shown_numbers(panel) == [scanned]
    assert panel.hits_model.index(0, HitColumn.SOURCE).data() == "Page 2 of a copy"
    markup = panel.hits_model.index(0, HitColumn.SNIPPET).data(HTML_ROLE)
    assert markup.count(MARK) == 2 and ">холодильник</span>" in markup and ">неисправен</span>" in markup
    panel.hits_view.selectRow(0)
    assert not panel.grab().isNull()  # the delegates paint, selected row included


def test_snippet_html_escapes_and_merges_overlapping_highlights() -> None:
    snippet = Snippet("a <x> & ақша-ақша", ((8, 12), (0, 1), (10, 13), (13, 17), (16, 40), (5, 5)))
    assert snippet_html(snippet) == (
        f"{MARK} background-color:#ffe58f; color:#1a1a1a;\">a</span> &lt;x&gt; &amp; "
        f"{MARK} background-color:#ffe58f; color:#1a1a1a;\">ақша-ақша</span>"
    )


def test_every_criterion_applies_to_a_text_search(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry
) -> None:
    register(registry, "Тоңазытқыш ақаулы")
    panel = make_panel(registry)
    panel.criteria.from_check.setChecked(True)
    panel.criteria.from_date.setDate(QDate.currentDate().addDays(5))  # registered today: not found
    search(qtbot, panel, "тоңазытқыш")
    assert shown_numbers(panel) == []
    assert panel.count_label.text() == "No cards found."

    panel.criteria.from_check.setChecked(False)
    search(qtbot, panel)
    assert len(shown_numbers(panel)) == 1
    panel.criteria.applicant_edit.setText("Жоқ")  # no applicant's name starts so
    search(qtbot, panel)
    assert shown_numbers(panel) == []
    panel.criteria.applicant_edit.clear()
    choose(panel.criteria.kind_combo, "other")  # the card is of another kind
    search(qtbot, panel)
    assert shown_numbers(panel) == []


def test_more_hits_than_shown_says_refine(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    panel = make_panel(filled_registry)
    search(qtbot, panel, "01")  # every number starts with 01
    assert len(shown_numbers(panel)) == FULL_TEXT_LIMIT
    assert panel.count_label.text() == f"Showing the best {FULL_TEXT_LIMIT} matches. Add words to narrow the search."


def test_an_exact_registration_number_finds_its_card(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    row = filled_registry.cards.journal_page("incoming", limit=20).rows[13]
    panel = make_panel(filled_registry)
    search(qtbot, panel, row.number)
    assert shown_numbers(panel)[0] == row.number


HOSTILE = [
    '"', "'", "*", "NEAR(", "a OR b", "'; DROP TABLE card; --", '" OR 1=1 --', "\\", "%", "_", "body:ақша",
    "ақша*", "ақша\x00сатушы", "\x01\x02\x1b[31m", "😀", "😀 ақша", "🇰🇿", "\u202eақша\u202c", "مرحبا ақша",
    "x" * 10_000, "ақша " * 2_500, '"' * 501, "-" * 100, "-ақша", "\t\r", "\u200b", "01/A-0001/26\ufeff",
    "<b>ақша</b>", "&amp;",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_any_input_gives_results_nothing_found_or_not_understood(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry,
    caplog: pytest.LogCaptureFixture, text: str,
) -> None:
    panel = make_panel(filled_registry)
    with caplog.at_level(logging.WARNING):
        search(qtbot, panel, text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "an unexpected error was logged"
    assert panel.errors.general.isHidden()
    messages = panel.errors.visible_messages()
    if messages:
        assert list(messages) == ["query"] and messages["query"].startswith("Nothing to search for.")
        assert panel.errors.labels["query"].isVisible()
    else:
        count = panel.count_label.text()
        assert count in ("No cards found.", "Type something to search for, or choose some criteria.") or (
            count.startswith(("Cards found: ", "Showing the best"))
        )


def test_hostile_criteria_are_refused_or_find_nothing(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    panel = make_panel(filled_registry)
    form = panel.criteria
    for text in ("'; DROP TABLE card; --", "\x01ab\x00", "😀", "%", "_", "x" * 200):
        for edit in (form.number_edit, form.applicant_edit, form.respondent_edit):
            panel.clear()
            edit.setText(text)
            with caplog.at_level(logging.WARNING):
                search(qtbot, panel)
            assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
            assert panel.errors.visible_messages() == {} and panel.errors.general.isHidden()
            assert panel.count_label.text() == "No cards found."
    panel.clear()
    form.number_prefix_check.setChecked(True)
    form.number_edit.setText("01/A-")
    search(qtbot, panel)
    assert found_view(panel).model.rowCount() == 200


# --- errors next to their fields --------------------------------------------------------------------


def test_a_reversed_date_range_is_shown_under_the_dates_with_the_other_problems(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry
) -> None:
    register(registry, "Тоңазытқыш ақаулы")
    panel = make_panel(registry)
    form = panel.criteria
    form.from_check.setChecked(True)
    form.to_check.setChecked(True)
    form.from_date.setDate(QDate(2026, 3, 10))
    form.to_date.setDate(QDate(2026, 3, 1))
    form.iin_edit.setText("12345")
    form.amount_min_edit.setText("сто тенге")
    search(qtbot, panel)

    assert panel.criteria_button.isChecked() and form.isVisible()  # opened to show the fields in trouble
    assert panel.errors.visible_messages() == {
        "registered_to": "The end date is before the start date. Swap the dates.",
        "applicant_iin": "An IIN has exactly 12 digits.",
        "amount_min": "Type an amount in tenge, such as 150000 or 150 000,50.",
    }
    assert panel.errors.labels["registered_to"].isVisible()
    assert panel.results.currentWidget() is panel.idle_label

    form.iin_edit.clear()
    form.amount_min_edit.clear()
    search(qtbot, panel, "тоңазытқыш")  # the text search checks its dates too, in the core's words
    assert panel.errors.visible_messages() == {
        "registered_to": "The end date is before the start date. Swap the dates."
    }
    form.to_date.setDate(QDate(2026, 3, 20))
    search(qtbot, panel)
    assert panel.errors.visible_messages() == {}


def test_amounts_the_other_way_round(qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry) -> None:
    panel = make_panel(registry)
    panel.criteria.amount_min_edit.setText("150 000,50")
    panel.criteria.amount_max_edit.setText("1000")
    search(qtbot, panel)
    assert panel.errors.visible_messages() == {
        "amount_max": "The largest amount is below the smallest. Swap the amounts."
    }
    panel.criteria.amount_max_edit.setText("200\u00a0000")
    search(qtbot, panel)
    assert panel.errors.visible_messages() == {} and panel.count_label.text() == "No cards found."


# --- superseded searches ----------------------------------------------------------------------------


def test_a_search_started_while_another_runs_drops_the_others_results(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fridge = register(registry, "Тоңазытқыш ақаулы")
    phone = register(registry, "Смартфон сынған")
    panel = make_panel(registry)
    started, release = threading.Event(), threading.Event()
    real = registry.search.search

    def slow_first(text: str, **kwargs: Any) -> list[SearchHit]:
        if text == "тоңазытқыш":
            started.set()
            release.wait(10)
        return real(text, **kwargs)

    monkeypatch.setattr(registry.search, "search", slow_first)
    shown: list[list[str]] = []
    panel.hits_model.modelReset.connect(lambda: shown.append(shown_numbers(panel)))

    panel.search_for("тоңазытқыш")
    assert started.wait(10)  # the first search is running on the worker...
    panel.search_for("смартфон")  # ...when the clerk searches again
    release.set()
    qtbot.waitUntil(lambda: not panel.searching)
    qtbot.wait(100)  # give a late answer of the first search every chance to arrive
    assert shown_numbers(panel) == [phone]
    assert all(fridge not in numbers for numbers in shown)

    # an attribute search overtaken by a text search: its pages never arrive either
    panel.search_edit.clear()
    panel.criteria.applicant_edit.setText("Сейтқали")
    block = threading.Event()
    panel._runner.submit(lambda: block.wait(10))
    panel.search()
    found = found_view(panel)
    panel.search_for("смартфон")
    block.set()
    qtbot.waitUntil(lambda: not panel.searching)
    qtbot.wait(100)
    assert panel.results.currentWidget() is panel.hits_view and shown_numbers(panel) == [phone]
    assert found.model.rowCount() == 0


def test_a_new_registry_drops_the_search_in_flight(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry
) -> None:
    register(registry, "Тоңазытқыш ақаулы")
    panel = make_panel(registry)
    block = threading.Event()
    panel._runner.submit(lambda: block.wait(10))
    panel.search_for("тоңазытқыш")
    panel.set_registry(None)
    block.set()
    panel._runner.wait()
    qtbot.wait(100)
    assert panel.hits_model.rowCount() == 0 and panel.results.currentWidget() is panel.idle_label
    panel.search_for("тоңазытқыш")  # without a registry: nothing happens
    assert not panel.searching


# --- keyboard and signals for the main window -------------------------------------------------------


def test_a_result_opens_its_card_by_double_click_or_enter(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], filled_registry: Registry
) -> None:
    panel = make_panel(filled_registry)
    search(qtbot, panel, "тоңазытқыш")
    first = panel.hits_model.hit_at(0)
    view = panel.hits_view
    with qtbot.waitSignal(panel.cardSelected) as selected:
        view.selectRow(0)
    assert selected.args == [CardRef(first.card_id, first.number)]
    assert panel.selected_card() == CardRef(first.card_id, first.number)
    rect = view.visualRect(panel.hits_model.index(0, HitColumn.NUMBER))
    with qtbot.waitSignal(panel.cardActivated) as activated:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the press the view
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # pairs with

    assert activated.args == [CardRef(first.card_id, first.number)]
    view.setFocus()
    with qtbot.waitSignal(panel.cardActivated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [CardRef(first.card_id, first.number)]
    assert panel.hits_model.rowCount() > 0 and panel.searching is False  # Enter in the table did not search

    panel.search_edit.clear()
    panel.criteria.overdue_check.setChecked(True)
    search(qtbot, panel)
    table = found_view(panel).table
    row = table.model().index(0, 0).data(ROW_ROLE)
    table.selectRow(0)
    assert panel.selected_row() == row
    table.setFocus()
    with qtbot.waitSignal(panel.cardActivated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert activated.args == [CardRef(row.id, row.number)]


def test_enter_searches_from_any_field_and_esc_clears_the_search_line(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry
) -> None:
    number = register(registry, "Тоңазытқыш ақаулы", surname="Жұмабаева")
    panel = make_panel(registry)
    panel.criteria_button.setChecked(True)
    form = panel.criteria
    form.applicant_edit.setText("жұмаб")
    for widget in (form.applicant_edit, form.kind_combo, form.from_date, form.overdue_check, form.number_prefix_check):
        panel.clear()
        form.applicant_edit.setText("жұмаб")
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.searching and panel.results.currentWidget() is not panel.idle_label)
        assert [r.number for r in load_all(qtbot, found_view(panel))] == [number], widget.objectName()

    panel.focus_search()
    panel.search_edit.setText("тоңаз")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not panel.searching)
    assert shown_numbers(panel) == [number]
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.search_edit.text() == ""


def test_tab_goes_down_each_column_of_criteria(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry
) -> None:
    panel = make_panel(registry)
    panel.criteria_button.setChecked(True)
    form = panel.criteria
    for widget in (form.from_date, form.to_date):
        widget.setEnabled(True)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window())
    visited = []
    panel.search_edit.setFocus()
    for _ in range(len(form.tab_order()) + 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        while focused is not None and focused.objectName() == "" and focused.parentWidget() is not None:
            focused = focused.parentWidget()  # the line edit inside a date edit
        visited.append(focused.objectName() if focused is not None else "")
    assert visited[:4] == ["search_button", "search_clear_button", "search_criteria_toggle", "search_number"]
    assert visited[4:] == [w.objectName() for w in form.tab_order()[1:]]


def test_clear_empties_everything(qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry) -> None:
    register(registry, "Тоңазытқыш ақаулы")
    panel = make_panel(registry)
    panel.criteria.from_check.setChecked(True)  # from a month ago: the card is found
    search(qtbot, panel, "тоңазытқыш")
    assert panel.hits_model.rowCount() == 1
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.search_edit.text() == "" and panel.criteria.filled() == []
    assert panel.results.currentWidget() is panel.idle_label and panel.count_label.isHidden()
    assert panel.criteria_button.text() == "More criteria"


def test_the_panel_speaks_kazakh_and_russian(
    qtbot: QtBot, make_panel: Callable[[Registry], SearchPanel], registry: Registry, languages: LanguageManager
) -> None:
    register(registry, "Тоңазытқыш ақаулы")
    panel = make_panel(registry)
    search(qtbot, panel, "тоңазытқыш")
    english = (panel.search_button.text(), panel.count_label.text(), panel.criteria.kind_combo.itemText(0))
    for language in (Language.KAZAKH, Language.RUSSIAN):
        languages.apply(language, remember=False)
        qtbot.wait(50)
        texts = (panel.search_button.text(), panel.count_label.text(), panel.criteria.kind_combo.itemText(0))
        assert all(a != b for a, b in zip(texts, english, strict=True)), texts
        assert panel.count_label.text().endswith("1")
        assert panel.hits_model.headerData(HitColumn.SOURCE, Qt.Orientation.Horizontal) != "Found in"
        assert search_tab_title() == {Language.KAZAKH: "Іздеу", Language.RUSSIAN: "Поиск"}[language]
