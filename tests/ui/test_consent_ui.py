"""Card › Personal data grounds…: a consent recorded through the dialog (prefilled from the body's
settings and the card), its state in the list; and the refusal of forwarding a card whose person
has no ground, shown in the result dialog that keeps what was typed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.consent import GroundState
from clerk_app.domain.control import ControlResult
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import REAL_BINS, incoming
from tests.ui.test_control_ui import open_dialog, press_ok, select_card, type_text, wait_refused
from ui.consent_dialog import ConsentDialog, GroundsDialog, WithdrawDialog
from ui.control_dialogs import ResultDialog
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow

OpenWindow = Callable[[Path], MainWindow]
SHOTS = os.environ.get("CLERK_SHOTS_DIR")  # screenshots for review, when asked for


@pytest.fixture
def two_cards(tmp_path: Path) -> tuple[Path, list[str]]:
    registry = Registry.open(data_dir=tmp_path / "registry")
    registry.references.save_own_body({"name": "«Тұтынушылар қоғамы» ҚБ", "body_type": "consumer_association",
                                       "bin": REAL_BINS[1]})
    numbers = [registry.registration.register_json(incoming(), Actor("clerk"), confirm_duplicate=True).number
               for _ in range(2)]
    registry.close()
    return tmp_path / "registry", numbers


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _open_grounds(qtbot: QtBot, window: MainWindow, number: str) -> GroundsDialog:
    card = window.opened.registry.cards.view(number, Actor("t"))  # type: ignore[union-attr]
    select_card(qtbot, window, card.id)
    assert window.consent_flow.action.isEnabled()
    window.consent_flow.action.trigger()
    dialog = window.consent_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 1)
    return dialog


def test_recording_a_consent_through_the_dialog(
    qtbot: QtBot, open_window: OpenWindow, two_cards: tuple[Path, list[str]], languages: LanguageManager
) -> None:
    data_dir, (number, _other) = two_cards
    window = open_window(data_dir)
    dialog = _open_grounds(qtbot, window, number)
    assert dialog.table.item(0, 1).text() == "No ground recorded"
    assert not dialog.withdraw_button.isEnabled() and dialog.consent_button.isEnabled()
    _shot(dialog, "grounds_en_empty")

    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(dialog, "last_dialog", None), ConsentDialog))
    form = dialog.last_dialog
    assert isinstance(form, ConsentDialog)
    assert form.operator_edit.text() == "«Тұтынушылар қоғамы» ҚБ" and form.bin_edit.text() == REAL_BINS[1]
    assert form.subject_edit.text() == "Әбдірахманов Ерлан Қайратұлы"
    assert "IIN" in form.data_edit.toPlainText() and "e-mail" in form.data_edit.toPlainText()
    form.subject_edit.clear()  # a missing element is named next to its field; the rest stays
    press_ok(qtbot, form)
    assert wait_refused(qtbot, form) == {"subject_name": "Please fill this in."}
    assert form.operator_edit.text() == "«Тұтынушылар қоғамы» ҚБ"
    type_text(form.subject_edit, "Әбдірахманов Ерлан Қайратұлы")
    form.transfer_check.setChecked(True)
    _shot(form, "consent_form_en")
    press_ok(qtbot, form)
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())  # closed (and deleted)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.item(0, 1).text().startswith("Consent until"))
    assert "transfer to third parties allowed" in dialog.table.item(0, 1).text()
    assert dialog.withdraw_button.isEnabled()
    (person,) = window.opened.registry.consent.grounds(number).persons  # type: ignore[union-attr]
    assert person.state is GroundState.CONSENT and person.ground is not None
    assert person.ground.consent is not None and person.ground.consent.third_party_transfer

    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.last_dialog, WithdrawDialog))
    withdraw = dialog.last_dialog
    withdraw.refused_check.setChecked(True)
    press_ok(qtbot, withdraw)
    assert wait_refused(qtbot, withdraw) == {"refusal_note": "Please fill this in."}
    withdraw.refused_check.setChecked(False)
    press_ok(qtbot, withdraw)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.item(0, 1).text().startswith("Consent withdrawn"))

    for language, name in ((Language.KAZAKH, "kk"), (Language.RUSSIAN, "ru")):
        languages.apply(language, remember=False)
        again = _open_grounds(qtbot, window, number)
        assert "No ground" not in again.table.item(0, 1).text()
        _shot(again, f"grounds_{name}")
        qtbot.mouseClick(again.consent_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda again=again: isinstance(getattr(again, "last_dialog", None), ConsentDialog))
        _shot(again.last_dialog, f"consent_form_{name}")
        again.last_dialog.reject()
        again.reject()
    languages.apply(Language.ENGLISH, remember=False)


def test_forwarding_without_a_ground_is_refused_in_the_result_dialog(
    qtbot: QtBot, open_window: OpenWindow, two_cards: tuple[Path, list[str]]
) -> None:
    data_dir, (_number, other) = two_cards
    window = open_window(data_dir)
    card = window.opened.registry.cards.view(other, Actor("t"))  # type: ignore[union-attr]
    select_card(qtbot, window, card.id)
    dialog = open_dialog(qtbot, window, "resolve", ResultDialog)
    dialog.choose(ControlResult.FORWARDED)
    type_text(dialog.forwarded_edit, "Сауда министрлігі")
    type_text(dialog.outgoing_edit, "15-Ш")
    press_ok(qtbot, dialog)
    wait_refused(qtbot, dialog)
    text = dialog.general_error.text()
    assert "cannot be forwarded" in text and "Әбдірахманов Ерлан Қайратұлы" in text and "Personal data grounds" in text
    assert dialog.forwarded_edit.text() == "Сауда министрлігі" and dialog.outgoing_edit.text() == "15-Ш"
    _shot(dialog, "forward_refused_en")
    record = window.opened.registry.control.record(other)  # type: ignore[union-attr]
    assert record.state is not None and record.state.result is None


@pytest.mark.parametrize(("language", "expected"), [
    (Language.KAZAKH, "өтініште, оның сақтау мерзімі біткенге дейін"),
    (Language.RUSSIAN, "в обращении, до истечения срока его хранения"),
])
def test_the_consent_recorded_at_registration_reads_in_the_users_language(
    tmp_path: Path, languages: LanguageManager, language: Language, expected: str
) -> None:
    from clerk_app.services.context import Actor
    from clerk_app.services.registry import Registry
    from tests.factories import REAL_BINS, incoming
    from ui.consent_dialog import state_text

    registry = Registry.open(data_dir=tmp_path / "data")
    try:
        registry.references.save_own_body({"name": "«Тұтынушылар қоғамы» ҚБ", "body_type": "consumer_association",
                                           "bin": REAL_BINS[1]})
        card = registry.registration.register_json(incoming(written_consent=True), Actor("clerk"))
        (person,) = registry.consent.grounds(card.number).persons
        languages.apply(language, remember=False)
        text = state_text(person)
    finally:
        languages.apply(Language.ENGLISH, remember=False)
        registry.close()
    assert expected in text and "until the storage period" not in text  # the core's words stay in the store
    assert "not attached" not in text and "тіркелмеген" not in text  # the appeal's own scan is the signed form
