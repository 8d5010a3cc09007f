"""The registration form driven as a clerk drives it, with the keyboard, against a real store: an
incoming appeal typed in and registered with Enter, a mistyped IIN refused next to its field, the
duplicate warning, "register and new like this", the IIN that fills in a known person, a reply
linked to its appeal, and Esc that asks before typed data is dropped.

The registry is the 500-card demo of conftest (seed 1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.cards import Applicant, Card, CardRef
from clerk_app.domain.consent import ConsentMethod, GroundState
from clerk_app.domain.enums import (
    ActivityField,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    PartyType,
    RespondentRole,
)
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming, valid_iin
from tests.ui.keyboard import type_text
from ui import session
from ui.languages import Language, LanguageManager
from ui.registration_applicants import ApplicantRow
from ui.registration_form import RegistrationForm
from ui.workers import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CLERK = Actor("clerk")
OpenForm = Callable[..., RegistrationForm]


# --- fixtures and helpers ---------------------------------------------------------------------------


@pytest.fixture
def forms(languages: LanguageManager) -> Iterator[list[RegistrationForm]]:
    """The forms a test showed, closed at its end (each deletes itself when closed)."""
    shown: list[RegistrationForm] = []
    yield shown
    for form in shown:
        if shiboken6.isValid(form):
            form.discard()  # typed data of a failed test: no question at teardown


@pytest.fixture
def open_form(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner, forms: list[RegistrationForm]
) -> OpenForm:
    """Shows a form on the demo registry, active (so that its shortcuts work), as the window would."""

    def make(direction: Direction = Direction.INCOMING) -> RegistrationForm:
        form = RegistrationForm(filled_registry, runner, filled_registry.settings.journals(), direction)
        return show(qtbot, form, forms)

    return make


def show(qtbot: QtBot, form: RegistrationForm, forms: list[RegistrationForm]) -> RegistrationForm:
    forms.append(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form



def pick(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Chooses an entry with the arrow keys, as a clerk does without the mouse."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, f"{value} is not offered"


def card_count(registry: Registry) -> int:
    return registry.settings.card_count()


def fill_appeal(qtbot: QtBot, form: RegistrationForm, iin: str, *, respondent_bin: str = REAL_BINS[3]) -> None:
    """An individual appeal of a natural person against a new respondent, typed field by field."""
    fields = form.card_fields
    pick(qtbot, fields.channel_combo, Channel.POST.value)
    pick(qtbot, fields.type_combo, AppealType.COMPLAINT.value)
    pick(qtbot, fields.kind_combo, AppealKind.SELLER_CLAIM.value)
    row = form.applicants.rows[0]
    type_text(qtbot, row.edits["iin"], iin)
    type_text(qtbot, row.edits["surname"], "Әбдіқадыров")
    type_text(qtbot, row.edits["given_name"], "Нұржан")
    type_text(qtbot, row.edits["address"], "Шымкент, Тәуке хан даңғылы, 12")
    type_text(qtbot, row.edits["phone"], "+7 702 555 12 34")
    type_text(qtbot, form.respondent.name_edit, "«Әлем Мебель» ЖШС")
    type_text(qtbot, form.respondent.number_edit, respondent_bin)
    type_text(qtbot, form.content.summary_edit, "Диван ақаулы, ақшаны қайтаруды сұраймын")


def wait_registered(qtbot: QtBot, form: RegistrationForm, press: Callable[[], None]) -> Card:
    with qtbot.waitSignal(form.registered, timeout=10_000) as signal:
        press()
    card = signal.args[0]
    assert isinstance(card, Card)
    return card


# --- registering ------------------------------------------------------------------------------------


def test_an_appeal_typed_in_and_registered_with_enter(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    assert form.windowTitle() == "New incoming appeal"
    assert form.register_button.isDefault() and "Ctrl+Enter" in form.register_button.toolTip()
    iin = valid_iin("830512", 3)
    fill_appeal(qtbot, form, iin)
    fields = form.card_fields
    type_text(qtbot, form.content.amount_edit, "125 000,50")
    type_text(qtbot, fields.correspondent_number_edit, "17/45")
    sent_on = astana_today() - timedelta(days=3)
    type_text(qtbot, fields.correspondent_date_edit, sent_on.strftime("%d%m%Y"))  # typed without dots
    type_text(qtbot, fields.sheets_edit, "3")

    card = wait_registered(qtbot, form, lambda: qtbot.keyClick(fields.sheets_edit, ENTER))

    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())  # closed after registering
    stored = filled_registry.cards.get(card.number)
    assert stored.direction is Direction.INCOMING and stored.journal == "incoming"
    assert (stored.channel, stored.type, stored.kind) == (Channel.POST, AppealType.COMPLAINT, AppealKind.SELLER_CLAIM)
    assert not stored.is_collective and len(stored.applicants) == 1
    person = stored.applicants[0]
    assert (person.surname, person.given_name, person.iin) == ("Әбдіқадыров", "Нұржан", iin)
    assert (person.address, person.phone) == ("Шымкент, Тәуке хан даңғылы, 12", "+7 702 555 12 34")
    assert stored.respondent is not None
    assert (stored.respondent.name, stored.respondent.bin_or_iin) == ("«Әлем Мебель» ЖШС", REAL_BINS[3])
    assert stored.respondent.role is RespondentRole.SELLER
    assert stored.summary == "Диван ақаулы, ақшаны қайтаруды сұраймын"
    assert stored.claimed_amount == Decimal("125000.50")
    assert (stored.correspondent_number, stored.correspondent_date) == ("17/45", sent_on)
    assert stored.sheet_count == 3 and stored.received_on == astana_today()
    assert stored.registered_by == "test"  # the session's actor (a trusted one: no window signed in here)


def test_ctrl_enter_registers_from_the_summary_box(qtbot: QtBot, open_form: OpenForm, filled_registry: Registry) -> None:
    """Enter in the summary starts a new line; Ctrl+Enter registers from anywhere."""
    form = open_form()
    fill_appeal(qtbot, form, valid_iin("911111", 3))
    summary = form.content.summary_edit
    before = card_count(filled_registry)
    qtbot.keyClick(summary, ENTER)
    type_text(qtbot, summary, "Чек қоса беріледі")
    assert card_count(filled_registry) == before
    card = wait_registered(qtbot, form, lambda: qtbot.keyClick(summary, ENTER, CTRL))
    assert filled_registry.cards.get(card.number).summary == "Диван ақаулы, ақшаны қайтаруды сұраймын\nЧек қоса беріледі"


def test_a_mistyped_iin_is_shown_next_to_it_and_nothing_is_registered(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    good = valid_iin("850101", 4)
    mistyped = good[:11] + str((int(good[11]) + 1) % 10)
    fill_appeal(qtbot, form, mistyped)
    row = form.applicants.rows[0]
    qtbot.waitUntil(lambda: "applicants.0.iin" in form.errors.visible_messages())  # as typed, after a pause
    assert form.errors.visible_messages()["applicants.0.iin"].startswith("The last digit does not match")
    assert "applicants.0.iin" in form.errors.labels and not form.errors.labels["applicants.0.iin"].isHidden()
    before = card_count(filled_registry)

    qtbot.keyClick(form.content.summary_edit, ENTER, CTRL)

    qtbot.wait(200)
    assert card_count(filled_registry) == before and not form.busy
    assert form.isVisible() and form.focusWidget() is row.edits["iin"]  # the cursor is where to correct
    assert row.edits["iin"].text() == mistyped and row.edits["surname"].text() == "Әбдіқадыров"  # nothing lost
    # corrected, the error goes as soon as the number is right
    row.edits["iin"].selectAll()
    type_text(qtbot, row.edits["iin"], good)
    qtbot.waitUntil(lambda: "applicants.0.iin" not in form.errors.visible_messages())


def test_a_half_typed_iin_is_judged_only_when_the_clerk_moves_on(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form()
    iin_edit = form.applicants.rows[0].edits["iin"]
    type_text(qtbot, iin_edit, "85010")
    form.check()
    assert "applicants.0.iin" not in form.errors.visible_messages()  # still typing
    qtbot.keyClick(iin_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "applicants.0.iin" in form.errors.visible_messages())
    assert form.errors.visible_messages()["applicants.0.iin"] == "An IIN has exactly 12 digits."


def test_required_fields_are_named_when_register_is_pressed(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    assert not form.errors.visible_messages()  # a fresh form is not all red
    before = card_count(filled_registry)
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    shown = form.errors.visible_messages()
    assert shown["type"] == "Choose the type of appeal." and shown["kind"] == "Choose the kind of appeal."
    assert shown["applicants.0.surname"] == "Type the surname."
    assert shown["summary"] == "Write the content in brief."
    assert card_count(filled_registry) == before


# --- the duplicate warning --------------------------------------------------------------------------


def test_a_likely_duplicate_is_shown_and_can_be_registered_anyway(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    iin = valid_iin("760606", 3)
    earlier = filled_registry.registration.register_json(
        incoming(
            applicants=[{"surname": "Сейтқали", "given_name": "Бауыржан", "iin": iin}],
            respondent={"name": "«Әлем Мебель» ЖШС", "bin_or_iin": REAL_BINS[3]},
        ),
        CLERK,
    )
    form = open_form()
    fill_appeal(qtbot, form, iin)
    before = card_count(filled_registry)

    qtbot.keyClick(form.applicants.rows[0].edits["phone"], ENTER)
    qtbot.waitUntil(form.duplicate.isVisible)
    assert form.duplicate.numbers == [earlier.number]
    assert earlier.number in form.duplicate.numbers_label.text()
    assert card_count(filled_registry) == before
    assert form.focusWidget() is form.duplicate.back_button  # the safe choice has the focus

    qtbot.keyClick(form.duplicate.back_button, Qt.Key.Key_Space)  # go back: nothing registered
    assert not form.duplicate.isVisible() and card_count(filled_registry) == before
    assert form.applicants.rows[0].edits["iin"].text() == iin

    qtbot.keyClick(form.content.summary_edit, ENTER, CTRL)
    qtbot.waitUntil(form.duplicate.isVisible)
    card = wait_registered(
        qtbot, form, lambda: qtbot.mouseClick(form.duplicate.anyway_button, Qt.MouseButton.LeftButton)
    )
    assert card_count(filled_registry) == before + 1
    assert filled_registry.cards.get(card.number).applicants[0].iin == iin


# --- register and new like this ---------------------------------------------------------------------


def test_register_and_new_like_this_keeps_the_kind_channel_and_respondent(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry, languages: LanguageManager
) -> None:
    known = filled_registry.references.find_respondents("", 50)
    wanted = next(r for r in known if r.bin_or_iin and len(r.name) > 6)
    form = open_form()
    fields = form.card_fields
    pick(qtbot, fields.channel_combo, Channel.EMAIL.value)
    pick(qtbot, fields.type_combo, AppealType.STATEMENT.value)
    pick(qtbot, fields.kind_combo, AppealKind.GAME_PRIZE_CLAIM.value)
    # the respondent chosen from the pick-list with the keyboard
    type_text(qtbot, form.respondent.name_edit, wanted.name[:6])
    qtbot.waitUntil(form.respondent.popup.isVisible)
    offered = [form.respondent.offers.item(i).text() for i in range(form.respondent.offers.rowCount())]
    line = next(i for i, text in enumerate(offered) if text.startswith(wanted.name) and wanted.bin_or_iin in text)
    for _ in range(line + 1):
        qtbot.keyClick(form.respondent.popup, Qt.Key.Key_Down)
    qtbot.keyClick(form.respondent.popup, ENTER)
    assert form.respondent.name_edit.text() == wanted.name
    assert form.respondent.number_edit.text() == wanted.bin_or_iin
    assert form.respondent.role_combo.currentData() == wanted.role.value
    row = form.applicants.rows[0]
    type_text(qtbot, row.edits["iin"], valid_iin("700707", 3))
    type_text(qtbot, row.edits["surname"], "Жұмабаева")
    type_text(qtbot, row.edits["given_name"], "Әсел")
    type_text(qtbot, form.content.summary_edit, "Ұтыс ойынындағы теледидар жұмыс істемейді")
    type_text(qtbot, form.content.amount_edit, "99000")
    type_text(qtbot, fields.sheets_edit, "2")
    yesterday = (astana_today() - timedelta(days=1)).strftime("%d.%m.%Y")  # post that came in yesterday
    fields.received_edit.selectAll()
    type_text(qtbot, fields.received_edit, yesterday)
    assert "Ctrl+Shift+Enter" in form.register_new_button.toolTip()

    first = wait_registered(qtbot, form, lambda: qtbot.keyClick(fields.sheets_edit, ENTER, CTRL_SHIFT))

    assert form.isVisible() and first.number in form.status_label.text()
    assert fields.channel_combo.currentData() == Channel.EMAIL.value
    assert fields.type_combo.currentData() == AppealType.STATEMENT.value
    assert fields.kind_combo.currentData() == AppealKind.GAME_PRIZE_CLAIM.value
    assert form.respondent.name_edit.text() == wanted.name
    assert len(form.applicants.rows) == 1 and row.is_blank()
    assert not form.content.summary_edit.toPlainText() and not form.content.amount_edit.text()
    assert not fields.sheets_edit.text() and fields.received_edit.text() == yesterday  # the same pile of post
    assert form.focusWidget() is form.applicants.rows[0].edits["iin"]  # ready for the next applicant
    assert not form.errors.visible_messages()  # the cleared fields are not called missing yet
    assert not form.is_dirty()  # closing now loses nothing typed

    languages.apply(Language.RUSSIAN, remember=False)  # a new language keeps the choices
    assert fields.kind_combo.currentData() == AppealKind.GAME_PRIZE_CLAIM.value
    languages.apply(Language.ENGLISH, remember=False)

    type_text(qtbot, row.edits["iin"], valid_iin("710808", 4))
    type_text(qtbot, row.edits["surname"], "Оспанов")
    type_text(qtbot, row.edits["given_name"], "Ғалым")
    type_text(qtbot, form.content.summary_edit, "Ұтыс ойынындағы тоңазытқыш ақаулы")
    second = wait_registered(qtbot, form, lambda: qtbot.keyClick(row.edits["given_name"], ENTER))
    for number in (first.number, second.number):
        card = filled_registry.cards.get(number)
        assert (card.channel, card.type, card.kind) == (Channel.EMAIL, AppealType.STATEMENT, AppealKind.GAME_PRIZE_CLAIM)
        assert card.respondent is not None and card.respondent.id == wanted.id
    assert filled_registry.cards.get(second.number).applicants[0].surname == "Оспанов"
    assert filled_registry.cards.get(second.number).claimed_amount is None


def test_several_applicants_make_a_collective_appeal(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    fill_appeal(qtbot, form, valid_iin("660101", 3))
    qtbot.mouseClick(form.applicants.add_button, Qt.MouseButton.LeftButton)
    second = form.applicants.rows[1]
    qtbot.waitUntil(second.isVisible)
    assert form.focusWidget() is second.edits["iin"]
    assert form.applicants.collective_label.text() == "Collective appeal: 2 applicants"
    pick(qtbot, second.party_combo, PartyType.LEGAL_ENTITY.value)
    assert not second.edits["iin"].isVisible() and second.edits["bin"].isVisible()
    type_text(qtbot, second.edits["name"], "«Тұтынушылар одағы» ҚБ")
    type_text(qtbot, second.edits["bin"], REAL_BINS[4])
    card = wait_registered(qtbot, form, lambda: qtbot.keyClick(second.edits["bin"], ENTER))
    stored = filled_registry.cards.get(card.number)
    assert stored.is_collective and [a.party_type for a in stored.applicants] == [
        PartyType.NATURAL_PERSON, PartyType.LEGAL_ENTITY,
    ]
    assert stored.applicants[1].legal_name == "«Тұтынушылар одағы» ҚБ" and stored.applicants[1].bin == REAL_BINS[4]


# --- a known applicant ------------------------------------------------------------------------------


def latest_known_person(registry: Registry) -> Applicant:
    """A person of the demo with address and phone, as their latest appeal has them."""
    for row in registry.cards.journal_page("incoming", limit=100).rows:
        for applicant in registry.cards.get(row.number).applicants:
            if applicant.party_type is PartyType.NATURAL_PERSON and applicant.iin and applicant.address:
                known = registry.registration.known_applicant(applicant.iin)
                assert known is not None
                return known
    raise AssertionError("the demo has no natural person with an address")


def test_a_known_iin_fills_in_the_person(qtbot: QtBot, open_form: OpenForm, filled_registry: Registry) -> None:
    known = latest_known_person(filled_registry)
    assert known.iin is not None
    form = open_form()
    row = form.applicants.rows[0]
    type_text(qtbot, row.edits["phone"], "+7 777 000 00 00")  # typed before: never overwritten
    type_text(qtbot, row.edits["iin"], known.iin)
    qtbot.waitUntil(lambda: bool(row.edits["surname"].text()))
    assert row.edits["surname"].text() == known.surname
    assert row.edits["given_name"].text() == known.given_name
    assert row.edits["patronymic"].text() == (known.patronymic or "")
    assert row.edits["address"].text() == known.address
    assert row.edits["email"].text() == (known.email or "")
    assert row.edits["phone"].text() == "+7 777 000 00 00"
    assert row.known_label.text().startswith("Known applicant")


def test_another_known_iin_replaces_only_what_the_lookup_filled(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    other_iin = valid_iin("950505", 4)
    filled_registry.registration.register_json(
        incoming(applicants=[{"surname": "Қасымова", "given_name": "Айгерім", "iin": other_iin,
                              "address": "Павлодар, Лермонтов к-сі, 3"}]),
        CLERK,
    )
    known = latest_known_person(filled_registry)
    assert known.iin is not None
    form = open_form()
    row: ApplicantRow = form.applicants.rows[0]
    type_text(qtbot, row.edits["iin"], known.iin)
    qtbot.waitUntil(lambda: row.edits["surname"].text() == known.surname)
    row.edits["given_name"].selectAll()
    type_text(qtbot, row.edits["given_name"], "Typed")  # the clerk corrects one field
    row.edits["iin"].selectAll()
    type_text(qtbot, row.edits["iin"], other_iin)
    qtbot.waitUntil(lambda: row.edits["surname"].text() == "Қасымова")
    assert row.edits["address"].text() == "Павлодар, Лермонтов к-сі, 3"
    assert row.edits["given_name"].text() == "Typed"


# --- outgoing letters and replies -------------------------------------------------------------------


def test_the_form_opens_on_the_journal_on_screen(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner, forms: list[RegistrationForm]
) -> None:
    journals = filled_registry.settings.journals()
    outgoing = next(j for j in journals if j.direction is Direction.OUTGOING)
    form = show(qtbot, RegistrationForm(filled_registry, runner, journals, journal_code=outgoing.code), forms)
    assert form.card_fields.journal() == outgoing and form.windowTitle() == "New outgoing letter"
    type_text(qtbot, form.content.summary_edit, "Хат")
    form.discard()  # the window closes it when the registry is switched: no question
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())


def test_an_outgoing_letter_shows_only_its_fields(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form(Direction.OUTGOING)
    fields = form.card_fields
    assert form.windowTitle() == "New outgoing letter"
    for hidden in (fields.type_combo, fields.received_edit, fields.correspondent_number_edit,
                   fields.repeat_of_edit, form.content.amount_edit):
        assert not hidden.isVisible()
    assert fields.answers_edit.isVisible() and fields.kind_combo.isVisible()
    pick(qtbot, fields.journal_combo, 0)  # the incoming journal: the appeal's fields come back
    assert fields.direction() is Direction.INCOMING and fields.type_combo.isVisible()
    assert form.windowTitle() == "New incoming appeal"


def test_a_reply_is_linked_to_its_appeal(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner, forms: list[RegistrationForm]
) -> None:
    appeal = filled_registry.registration.register_json(
        incoming(applicants=[{"surname": "Тоқтарова", "given_name": "Мөлдір", "iin": valid_iin("880303", 4)}],
                 kind="state_measures_seller"),
        CLERK,
    )
    form = RegistrationForm.for_reply(
        None, runner, filled_registry, CardRef(appeal.id, appeal.number), filled_registry.settings.journals()
    )
    show(qtbot, form, forms)
    assert form.windowTitle() == f"Reply to appeal No. {appeal.number}"
    qtbot.waitUntil(form.register_button.isEnabled)  # the appeal is read
    assert form.card_fields.answers_edit.text() == appeal.number and form.card_fields.answers_edit.isReadOnly()
    assert form.applicants.rows[0].edits["surname"].text() == "Тоқтарова"  # addressed to the applicant
    assert form.card_fields.kind_combo.currentData() == AppealKind.STATE_MEASURES_SELLER.value
    assert form.respondent.name_edit.text() == appeal.respondent.name  # type: ignore[union-attr]
    type_text(qtbot, form.content.summary_edit, "Өтінішіңіз қаралды, сатушыға шара қолданылды")

    reply = wait_registered(qtbot, form, lambda: qtbot.keyClick(form.content.summary_edit, ENTER, CTRL))

    stored = filled_registry.cards.get(reply.number)
    assert stored.direction is Direction.OUTGOING and stored.journal == "outgoing"
    assert stored.answers is not None and stored.answers.number == appeal.number
    assert [a.surname for a in stored.applicants] == ["Тоқтарова"]
    assert reply.number in [r.number for r in filled_registry.cards.get(appeal.number).replies]


def test_a_reply_to_an_unknown_number_says_so(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner, forms: list[RegistrationForm]
) -> None:
    form = show(qtbot, RegistrationForm.for_reply(None, runner, filled_registry, "01/A-9999/99"), forms)
    qtbot.waitUntil(lambda: "answers" in form.errors.visible_messages())
    assert form.errors.visible_messages()["answers"] == "There is no card with this number."
    assert form.register_button.isEnabled()  # the clerk may still register a plain letter


def test_a_reply_to_a_blocked_appeal_is_refused_and_shows_none_of_its_data(
    qtbot: QtBot, filled_registry: Registry, runner: TaskRunner, forms: list[RegistrationForm]
) -> None:
    """The appeal is read as the signed-in clerk: while its applicant is blocked (R45) the form says so
    and fills in nothing of theirs."""
    iin = valid_iin("770707", 4, 11)
    appeal = filled_registry.registration.register_json(
        incoming(applicants=[{"surname": "Жақыпова", "given_name": "Әсем", "iin": iin}]), CLERK
    )
    filled_registry.blocking.block(iin, "the person disputes the accuracy of the data",
                                   Actor("officer", frozenset({Role.PD_OFFICER})))
    session.begin(Actor("clerk", frozenset({Role.CLERK})))
    form = show(qtbot, RegistrationForm.for_reply(None, runner, filled_registry, appeal.number), forms)
    qtbot.waitUntil(lambda: "blocked" in form.errors.general.text())
    assert form.applicants.rows[0].edits["surname"].text() == ""


# --- closing ----------------------------------------------------------------------------------------


def test_escape_asks_before_dropping_typed_data(qtbot: QtBot, open_form: OpenForm, filled_registry: Registry) -> None:
    untouched = open_form()
    qtbot.keyClick(untouched.card_fields.channel_combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(untouched) or not untouched.isVisible())  # nothing to lose

    form = open_form()
    assert "Esc" in form.close_button.toolTip()
    type_text(qtbot, form.content.summary_edit, "Жарты жолда қалған өтініш")
    qtbot.keyClick(form.content.summary_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: form.discard_box is not None and form.discard_box.isVisible())
    box = form.discard_box
    assert box is not None and form.isVisible()
    keep = next(b for b in box.buttons() if "Keep" in b.text())
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.discard_box is None)
    assert form.isVisible() and form.content.summary_edit.toPlainText() == "Жарты жолда қалған өтініш"

    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)  # Close asks the same
    qtbot.waitUntil(lambda: form.discard_box is not None and form.discard_box.isVisible())
    box = form.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if "Discard" in b.text())
    before = card_count(filled_registry)
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())
    assert card_count(filled_registry) == before


def test_dates_are_read_as_clerks_write_them() -> None:
    from ui.registration_fields import parse_day

    today = date(2026, 11, 24)
    assert parse_day("05.03.2025", today) == date(2025, 3, 5)
    assert parse_day("5.3.2025", today) == date(2025, 3, 5)
    assert parse_day("05032025", today) == date(2025, 3, 5)
    assert parse_day("05.03.25", today) == date(2025, 3, 5)
    assert parse_day("05.03.97", today) == date(1997, 3, 5)
    assert parse_day("31.02.2025", today) is None
    assert parse_day("2025-03-05", today) is None  # goes to the core as typed (it reads ISO dates itself)


def test_tab_goes_through_the_fields_in_reading_order(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form()
    form.card_fields.journal_combo.setFocus()
    visited = [form.focusWidget().objectName()]
    for _ in range(25):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        visited.append(form.focusWidget().objectName())
    assert visited == [
        "journal_combo", "channel_combo", "form_combo", "type_combo", "kind_combo", "received_edit",
        "correspondent_number_edit", "correspondent_date_edit", "sheets_edit", "repeat_of_edit", "court_check",
        "party_combo", "iin_edit", "surname_edit", "given_name_edit", "patronymic_edit", "address_edit",
        "phone_edit", "email_edit", "add_applicant_button",  # "Remove" is off with one applicant
        "written_consent_check",
        "respondent_name_edit", "respondent_role_combo", "respondent_number_edit", "respondent_address_edit",
        "respondent_website_edit",
    ]


def test_enter_on_a_focused_button_presses_that_button(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    before = card_count(filled_registry)
    form.applicants.add_button.setFocus()
    qtbot.keyClick(form.applicants.add_button, ENTER)
    assert len(form.applicants.rows) == 2 and card_count(filled_registry) == before
    assert not form.errors.visible_messages()  # nothing was submitted


def test_the_signed_consent_in_the_appeal_is_recorded_with_the_card(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    form = open_form()
    assert form.applicants.written_consent_check.isVisible() and not form.applicants.written_consent_check.isChecked()
    fill_appeal(qtbot, form, valid_iin("830512", 5))
    qtbot.mouseClick(form.applicants.written_consent_check, Qt.MouseButton.LeftButton)
    before = card_count(filled_registry)
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)  # the body the consent names is not entered
    qtbot.waitUntil(lambda: "Settings › The body" in form.applicants.error.text())
    assert card_count(filled_registry) == before and form.applicants.written_consent_check.isChecked()
    filled_registry.references.save_own_body({"name": "«Тұтынушылар қоғамы» ҚБ", "body_type": "consumer_association",
                                              "bin": REAL_BINS[1]})
    card = wait_registered(qtbot, form, lambda: qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton))
    (person,) = filled_registry.consent.grounds(card.number).persons
    assert person.state is GroundState.CONSENT and person.ground is not None and person.ground.consent is not None
    assert person.ground.consent.third_party_transfer and person.ground.method is ConsentMethod.IN_WRITING
    assert person.ground.consent.subject_name.startswith("Әбдіқадыров")


def test_an_outgoing_letter_has_no_consent_tick(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form(Direction.OUTGOING)
    assert not form.applicants.written_consent_check.isVisible()
    form.applicants.written_consent_check.setChecked(True)  # left ticked from an appeal: not sent for a letter
    assert "written_consent" not in form.card_json()


def test_the_respondents_field_of_activity_is_chosen_and_kept(
    qtbot: QtBot, open_form: OpenForm, filled_registry: Registry
) -> None:
    """The quarterly information counts appeals by the respondent's field of activity (cl. 9)."""
    form = open_form()
    fill_appeal(qtbot, form, valid_iin("900214", 5), respondent_bin=REAL_BINS[4])
    combo = form.respondent.activity_combo
    assert combo.currentData() is None and combo.count() == 1 + len(ActivityField)
    pick(qtbot, combo, ActivityField.FOOD_SERVICE.value)
    card = wait_registered(qtbot, form, lambda: qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton))
    stored = filled_registry.cards.get(card.number)
    assert stored.respondent is not None and stored.respondent.activity is ActivityField.FOOD_SERVICE
