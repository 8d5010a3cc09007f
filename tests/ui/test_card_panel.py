"""The card panel, driven as the window drives it (set_registry, show_card, clicks on its links,
language switches) against a real SQLite store: every field of a registered card, the history of its
edits and control events newest first, links to the cards it is linked with, a card that cannot be
read, and superseded reads dropped."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from clerk_app.domain.cards import Card, CardRef
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import to_astana
from tests.factories import REAL_BINS, incoming, valid_iin
from ui.card_history import HistoryColumn
from ui.card_panel import CardPanel
from ui.languages import Language, LanguageManager
from ui.workers import TaskRunner

CLERK = Actor("a.nurlanova")
BOSS = Actor("supervisor")
SECOND_IIN = valid_iin("850917", 3, 20)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


@pytest.fixture
def panel(qtbot: QtBot, registry: Registry, languages: LanguageManager) -> Iterator[CardPanel]:
    runner = TaskRunner()
    shown = CardPanel(runner)
    qtbot.addWidget(shown)
    shown.resize(1300, 600)
    shown.show()
    shown.set_registry(registry)
    yield shown
    shown.set_registry(None)
    runner.shutdown()


def collective_appeal(registry: Registry, **overrides: object) -> Card:
    """An incoming collective appeal of a person and a company, with every optional field filled."""
    applicants = [
        incoming()["applicants"][0],
        {"type": "natural_person", "surname": "Ким", "given_name": "Ольга", "patronymic": None,
         "iin": SECOND_IIN, "address": "Алматы, Абай даңғылы, 5", "phone": None, "email": None},
        {"type": "legal_entity", "name": "«Тұтынушылар одағы» ҚБ", "bin": REAL_BINS[1]},
    ]
    data = incoming(
        applicants=applicants, is_collective=True, form="oral", channel="email", type="statement",
        kind="seller_claim", correspondent_number="17-04/215", correspondent_date="2026-01-05",
        received_on="2026-01-06", is_court_matter=True, notes="Түпнұсқа <b>кейін</b> әкелінеді",
        respondent={"name": "«Технодом» ЖШС", "role": "performer", "bin_or_iin": REAL_BINS[0],
                    "address": "Астана, Тұран 1", "website": "technodom.kz"},
    )
    data.update(overrides)
    return registry.registration.register_json(data, CLERK)


def show(qtbot: QtBot, panel: CardPanel, card_id: uuid.UUID) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_card(card_id)
    assert not panel.loading


def value(panel: CardPanel, name: str) -> str:
    """What a field shows, as plain text (several applicants are a rich-text table)."""
    label = panel.fields.values[name]
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def caption(panel: CardPanel, name: str) -> str:
    """A caption on one line (a long one is broken onto several)."""
    return " ".join(panel.fields.captions[name].text().split())


def row_visible(panel: CardPanel, name: str) -> bool:
    widget = panel.fields.values.get(name) or panel.fields.links[name]
    return widget.isVisibleTo(panel)


def history(panel: CardPanel) -> list[tuple[str, ...]]:
    return [panel.history.row_texts(line) for line in range(panel.history.rowCount())]


# --- the fields --------------------------------------------------------------------------------------


def test_the_panel_shows_every_field_of_a_registered_card(qtbot: QtBot, panel: CardPanel, registry: Registry) -> None:
    card = collective_appeal(registry)
    show(qtbot, panel, card.id)

    assert panel.stack.currentWidget() is panel.content
    assert panel.title.text() == f"Registration-control card No. {card.number}"
    assert value(panel, "number") == card.number
    assert value(panel, "registered_at") == to_astana(card.registered_at).strftime("%d.%m.%Y %H:%M")
    assert value(panel, "registered_by") == "a.nurlanova"
    assert value(panel, "station") == card.station
    assert value(panel, "direction") == "Incoming"
    assert value(panel, "journal") == "Incoming registration journal"
    assert value(panel, "channel") == "E-mail"
    assert value(panel, "form") == "Oral"
    assert value(panel, "type") == "Statement"
    assert value(panel, "kind") == "Claim to a seller"
    assert value(panel, "received_on") == "06.01.2026"
    assert value(panel, "correspondent") == "No. 17-04/215 of 05.01.2026"
    assert value(panel, "sheet_count") == "3"
    assert value(panel, "is_court_matter") == "Yes"
    assert value(panel, "is_collective") == "Yes"
    assert value(panel, "summary") == card.summary
    assert value(panel, "claimed_amount") == "125,000.50 ₸"  # the English locale's grouping
    # The clerk's text is shown as typed, never read as markup.
    assert value(panel, "notes") == "Түпнұсқа <b>кейін</b> әкелінеді"
    assert panel.fields.values["notes"].textFormat() == Qt.TextFormat.PlainText

    # Numbers are kept whole when a line wraps (no-break spaces): read them with plain spaces.
    applicants = value(panel, "applicants").replace("\N{NO-BREAK SPACE}", " ")
    first = card.applicants[0]
    assert f"Әбдірахманов Ерлан Қайратұлы, IIN {first.iin}" in applicants
    assert "Астана, Абай даңғылы, 10; +7 701 123 45 67; erlan@example.kz" in applicants
    assert f"Ким Ольга, IIN {SECOND_IIN}\nАлматы, Абай даңғылы, 5" in applicants
    assert f"«Тұтынушылар одағы» ҚБ, BIN {REAL_BINS[1]}" in applicants
    assert applicants.index("Әбдірахманов") < applicants.index("Ким") < applicants.index("Тұтынушылар")
    assert [applicants.count(f"{n}.") for n in (1, 2, 3)] == [1, 1, 1]  # numbered

    respondent = value(panel, "respondent").replace("\N{NO-BREAK SPACE}", " ").replace("\N{WORD JOINER}", "")
    assert respondent == f"«Технодом» ЖШС (performer), BIN/IIN {REAL_BINS[0]}\nАстана, Тұран 1; technodom.kz"

    # Clerks copy IINs and numbers: every value is selectable.
    for name, label in panel.fields.values.items():
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse, name
        assert row_visible(panel, name), name
    # An incoming appeal answers nothing: that row is left out; the ones it may have show a dash.
    assert not row_visible(panel, "answers")
    for name in ("replies", "repeat_of", "repeats"):
        assert row_visible(panel, name)
        assert [label.text() for label, _ref in panel.fields.link_labels[name]] == ["—"]


def test_empty_fields_show_a_dash_and_an_outgoing_letter_shows_its_own_fields(
    qtbot: QtBot, panel: CardPanel, registry: Registry
) -> None:
    appeal = registry.registration.register_json(incoming(claimed_amount=None, sheet_count=None), CLERK)
    show(qtbot, panel, appeal.id)
    for name in ("correspondent", "sheet_count", "claimed_amount", "notes"):
        assert value(panel, name) == "—", name
    assert value(panel, "is_court_matter") == "No"
    assert caption(panel, "channel") == "Received via:"

    letter = registry.registration.register_reply(
        appeal.number, {"channel": "post", "summary": "Жауап хат"}, CLERK
    )
    show(qtbot, panel, letter.id)
    assert value(panel, "direction") == "Outgoing"
    assert caption(panel, "channel") == "Sent via:"
    assert caption(panel, "applicants") == "Addressees:"
    assert row_visible(panel, "answers")
    for name in ("type", "kind", "correspondent", "received_on", "replies", "repeat_of", "repeats", "is_collective"):
        assert not row_visible(panel, name), name


# --- the history ---------------------------------------------------------------------------------------


def test_the_history_lists_the_edit_and_the_control_events_newest_first(
    qtbot: QtBot, panel: CardPanel, registry: Registry
) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    member = registry.references.add_staff_member({"full_name": "Абенов Тимур Маратович"})
    registry.control.assign(str(card.id), [member.id], "Жауап дайындаңыз", BOSS)
    registry.cards.edit(str(card.id), {"claimed_amount": "90000", "sheet_count": 5}, CLERK)
    registry.control.start(str(card.id), BOSS)

    show(qtbot, panel, card.id)
    rows = history(panel)
    whats = [row[HistoryColumn.WHAT].splitlines()[0] for row in rows]
    assert whats == [
        "Work started",
        "Changed: Amount claimed",
        "Changed: Number of sheets",
        "Executors assigned",
        "Put on control",
        "Registered",
    ]
    assert [row[HistoryColumn.WHO] for row in rows] == [
        "supervisor", "a.nurlanova", "a.nurlanova", "supervisor", "a.nurlanova", "a.nurlanova"
    ]
    assert rows[1][HistoryColumn.WHAT].splitlines()[1] == "125,000.50 ₸ → 90,000.00 ₸"
    assert rows[2][HistoryColumn.WHAT].splitlines()[1] == "3 → 5"
    # The control panel's own wording of an event's details.
    assert rows[3][HistoryColumn.WHAT].splitlines()[1:] == [
        "Executors: Абенов Тимур Маратович", "Resolution: Жауап дайындаңыз"
    ]
    assert rows[-1][HistoryColumn.WHAT] == f"Registered\nNo. {card.number}, workstation {card.station}"
    assert rows[-1][HistoryColumn.WHEN] == to_astana(card.registered_at).strftime("%d.%m.%Y %H:%M")

    # Another edit at another workstation: reload reads it, the card stays on screen meanwhile.
    registry.cards.edit(str(card.id), {"applicants": [{**incoming()["applicants"][0], "phone": None}]}, BOSS)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.reload()
        assert panel.stack.currentWidget() is panel.content
    newest = history(panel)[0][HistoryColumn.WHAT].splitlines()
    assert newest[0] == "Changed: Applicants"
    before, after = newest[1].replace("\N{NO-BREAK SPACE}", " ").split(" → ")
    assert before.startswith("Әбдірахманов Ерлан Қайратұлы") and after.startswith("Әбдірахманов Ерлан Қайратұлы")
    assert "+7 701 123 45 67" in before and "+7 701" not in after


# --- linked cards ------------------------------------------------------------------------------------------


def click_link(qtbot: QtBot, panel: CardPanel, name: str, index: int = 0) -> CardRef:
    label, ref = panel.fields.link_labels[name][index]
    assert ref is not None and label.isVisible()
    with qtbot.waitSignal(panel.cardRequested, timeout=2000) as signal:
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    requested = signal.args[0]
    assert isinstance(requested, CardRef)
    return requested


def test_clicking_a_linked_card_asks_for_that_card(qtbot: QtBot, panel: CardPanel, registry: Registry) -> None:
    earlier = registry.registration.register_json(incoming(), CLERK)
    appeal = registry.registration.register_json(
        incoming(repeat_of=earlier.number, summary="Тағы да жазамын"), CLERK, confirm_duplicate=True
    )
    first = registry.registration.register_reply(appeal.number, {"channel": "post", "summary": "Бірінші жауап"}, CLERK)
    second = registry.registration.register_reply(appeal.number, {"channel": "email", "summary": "Екінші жауап"}, CLERK)

    show(qtbot, panel, appeal.id)
    assert [ref for _label, ref in panel.fields.link_labels["replies"]] == [
        CardRef(first.id, first.number), CardRef(second.id, second.number)
    ]
    assert click_link(qtbot, panel, "replies", 1) == CardRef(second.id, second.number)
    assert click_link(qtbot, panel, "repeat_of") == CardRef(earlier.id, earlier.number)
    assert panel.fields.link_labels["repeat_of"][0][0].toolTip() == f"Open card No. {earlier.number}"

    show(qtbot, panel, earlier.id)
    assert click_link(qtbot, panel, "repeats") == CardRef(appeal.id, appeal.number)
    show(qtbot, panel, first.id)
    assert click_link(qtbot, panel, "answers") == CardRef(appeal.id, appeal.number)


# --- language ------------------------------------------------------------------------------------------------


class MarkingTranslator(QTranslator):
    """Puts every text of the card panel's own contexts in «»: whatever the panel shows through tr()
    changes, whether or not the catalogues have it yet."""

    CONTEXTS = frozenset({"CardPanel", "CardFieldsView", "CardField", "CardValue", "CardHistory", "Direction"})

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»" if context in self.CONTEXTS else ""

    def isEmpty(self) -> bool:
        return False


def test_switching_the_language_retranslates_the_shown_card(
    qtbot: QtBot, panel: CardPanel, registry: Registry, languages: LanguageManager
) -> None:
    card = collective_appeal(registry)
    registry.cards.edit(str(card.id), {"channel": "post"}, CLERK)
    show(qtbot, panel, card.id)
    assert history(panel)[0][HistoryColumn.WHAT] == "Changed: Received via\nE-mail → Post"

    languages.apply(Language.RUSSIAN, remember=False)
    qtbot.waitUntil(lambda: value(panel, "channel") == "Почта")  # the LanguageChange event is posted
    # Words of the catalogues and the Russian local formats.
    assert value(panel, "kind") == "Претензия продавцу"
    locale = QLocale()
    assert value(panel, "claimed_amount") == f"125{locale.groupSeparator()}000{locale.decimalPoint()}50 ₸"
    assert "Поставлено на контроль" in [row[HistoryColumn.WHAT].splitlines()[0] for row in history(panel)]
    assert history(panel)[0][HistoryColumn.WHAT].splitlines()[1] == "Электронная почта → Почта"

    marker = MarkingTranslator()
    QCoreApplication.installTranslator(marker)
    try:
        qtbot.waitUntil(lambda: panel.title.text().startswith("«"))
        assert panel.title.text() == f"«Registration-control card No. {card.number}»"
        assert caption(panel, "number") == "««Registration number»:»"
        assert value(panel, "direction") == "«Incoming»"
        assert value(panel, "is_court_matter") == "«Yes»"
        assert value(panel, "correspondent") == "«No. 17-04/215 of 05.01.2026»"
        header = panel.history.horizontalHeaderItem(HistoryColumn.WHAT)
        assert header is not None and header.text() == "«What happened»"
        assert history(panel)[0][HistoryColumn.WHAT].startswith("«Changed: «Received via»»")
        assert history(panel)[-1][HistoryColumn.WHAT].startswith("«Registered»")
    finally:
        QCoreApplication.removeTranslator(marker)
    languages.apply(Language.ENGLISH, remember=False)
    qtbot.waitUntil(lambda: value(panel, "channel") == "Post")
    assert caption(panel, "number") == "Registration number:"
    assert panel.title.text() == f"Registration-control card No. {card.number}"


# --- what cannot be shown -------------------------------------------------------------------------------------


def test_a_card_that_cannot_be_read_shows_what_happened(qtbot: QtBot, panel: CardPanel, registry: Registry) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    show(qtbot, panel, card.id)
    show(qtbot, panel, uuid.uuid4())  # removed at another workstation, say
    assert panel.stack.currentWidget() is panel.placeholder
    assert panel.placeholder.text() == (
        "The card was not found. It may have been removed at another workstation. Refresh the journal (F5)."
    )
    assert panel.title.text() == "Registration-control card"
    assert panel.view is None

    show(qtbot, panel, card.id)  # and the next card shows as usual
    assert panel.stack.currentWidget() is panel.content

    panel.show_card(None)
    assert panel.placeholder.text() == "Select a card to see all its fields and its history."


def test_a_read_overtaken_by_another_selection_is_dropped(qtbot: QtBot, panel: CardPanel, registry: Registry) -> None:
    first = registry.registration.register_json(incoming(), CLERK)
    second = registry.registration.register_json(incoming(summary="Басқа өтініш"), CLERK, confirm_duplicate=True)
    shown: list[str] = []
    panel.loaded.connect(lambda: shown.append(panel.view.card.number if panel.view else "error"))

    panel.show_card(first.id)
    panel.reload()  # the first card's read is under way at once ...
    assert panel.loading
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_card(second.id)  # ... when the clerk moves on
        assert panel.placeholder.text() == "Loading…"
    qtbot.wait(50)
    assert shown == [second.number]
    assert panel.view is not None and panel.view.card.id == second.id
