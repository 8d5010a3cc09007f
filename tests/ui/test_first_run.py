"""The first-run wizard, driven as a clerk drives it on a real SQLite store: every step gone through
and Finish save the body and the workstation code and tell the caller whether a central store is
wanted; a wrong BIN or workstation code is pointed out under its field and the wizard stays on its
step; a refusal of the store brings the clerk back to the field; an account that may not change
settings is told so; Later saves nothing; a language chosen on the first step is applied at once; a
close during the save waits for it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.enums import SettlementBodyType
from clerk_app.errors import PermissionDeniedError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import REAL_BINS
from tests.ui.keyboard import retype, type_text
from ui.error_text import describe, field_message
from ui.first_run import BODY_PAGE, LANGUAGE_PAGE, STATION_PAGE, STORE_PAGE, FirstRunDialog, needs_first_run
from ui.languages import Language, LanguageManager
from ui.settings import AppSettings
from ui.settings_body import body_type_label
from ui.workers import TaskRunner

ADMIN = Actor("admin")
BODY_NAME = "«Әділ шешім» медиаторлар орталығы"
WRONG_DIGIT_BIN = REAL_BINS[3][:11] + str((int(REAL_BINS[3][11]) + 1) % 10)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


@pytest.fixture
def open_dialog(
    qtbot: QtBot, registry: Registry, languages: LanguageManager, runner: TaskRunner
) -> Callable[..., FirstRunDialog]:
    def make(actor: Actor = ADMIN) -> FirstRunDialog:
        dialog = FirstRunDialog(None, registry, actor, languages, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.loaded)
        return dialog

    return make


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_body(qtbot: QtBot, dialog: FirstRunDialog, bin_text: str = REAL_BINS[3]) -> None:
    type_text(qtbot, dialog.edits["name"], BODY_NAME)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData(SettlementBodyType.ARBITRATION))
    retype(qtbot, dialog.edits["bin"], bin_text)
    type_text(qtbot, dialog.edits["address"], "Астана, Мәңгілік Ел 8")


def finish_and_wait(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    click(qtbot, dialog.finish_button)
    qtbot.waitUntil(lambda: not dialog.saving)


def test_every_step_and_finish_save_the_body_and_the_station_code(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    assert needs_first_run(registry)
    dialog = open_dialog()
    assert dialog.page == LANGUAGE_PAGE
    assert not dialog.back_button.isEnabled() and dialog.finish_button.isHidden()

    click(qtbot, dialog.next_button)
    assert dialog.page == BODY_PAGE and dialog.edits["name"].hasFocus()
    fill_body(qtbot, dialog, REAL_BINS[3][:4] + " " + REAL_BINS[3][4:])  # spaces as people type them
    qtbot.keyClick(dialog.edits["address"], Qt.Key.Key_Return)  # Enter is Next
    assert dialog.page == STATION_PAGE
    assert dialog.station_edit.text() == "A"  # the registry's present code
    retype(qtbot, dialog.station_edit, "b2")
    click(qtbot, dialog.next_button)

    assert dialog.page == STORE_PAGE
    assert dialog.next_button.isHidden() and dialog.finish_button.isVisible()
    assert dialog.standalone_button.isChecked() and not dialog.wants_central_store
    click(qtbot, dialog.central_button)
    assert dialog.wants_central_store
    with qtbot.waitSignal(dialog.finishedSetup) as finished:
        click(qtbot, dialog.finish_button)
    assert finished.args == [True]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    own = registry.references.own_body()
    assert own is not None
    body = own.body
    assert (body.name, body.body_type, body.bin) == (BODY_NAME, SettlementBodyType.ARBITRATION, REAL_BINS[3])
    assert body.address == "Астана, Мәңгілік Ел 8"
    assert registry.settings.station_code() == "B2"
    assert not needs_first_run(registry)


def test_a_wrong_bin_and_a_missing_name_are_pointed_out_and_the_wizard_stays(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    dialog = open_dialog()
    click(qtbot, dialog.next_button)
    type_text(qtbot, dialog.edits["bin"], WRONG_DIGIT_BIN)
    bin_message = field_message("id.check_digit", "bin")
    assert dialog.errors.visible_messages() == {"bin": bin_message}  # as soon as 12 digits are in

    click(qtbot, dialog.next_button)
    assert dialog.page == BODY_PAGE and dialog.isVisible()
    name_message = field_message("field.required", "name")
    assert dialog.errors.visible_messages() == {"name": name_message, "bin": bin_message}  # both at once
    assert dialog.edits["name"].hasFocus()
    assert dialog.edits["bin"].text() == WRONG_DIGIT_BIN  # kept to be corrected

    fill_body(qtbot, dialog)
    assert dialog.errors.visible_messages() == {"name": name_message}  # until Next
    click(qtbot, dialog.next_button)
    assert dialog.page == STATION_PAGE and dialog.errors.visible_messages() == {}
    assert registry.references.own_body() is None


def test_a_wrong_workstation_code_is_pointed_out_and_the_wizard_stays(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    dialog = open_dialog()
    click(qtbot, dialog.next_button)
    fill_body(qtbot, dialog)
    click(qtbot, dialog.next_button)
    retype(qtbot, dialog.station_edit, "A-1")
    message = field_message("numbering.bad_station_code", "station_code")
    assert dialog.errors.visible_messages() == {"station_code": message}
    click(qtbot, dialog.next_button)
    assert dialog.page == STATION_PAGE and dialog.errors.visible_messages() == {"station_code": message}
    assert registry.settings.station_code() == "A"


def test_a_refusal_of_the_store_goes_back_to_its_field_and_the_rest_is_kept(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    """A body entered before is offered for correcting; its BIN changed to one of another listed
    body is refused by the store, and the wizard takes the clerk back to the field."""
    other = {"name": "Басқа орталық", "body_type": "arbitration", "bin": REAL_BINS[4]}
    registry.references.add_settlement_body(other)
    before = registry.references.save_own_body(
        {"name": "Ескі атау", "body_type": "mediator", "bin": REAL_BINS[3], "head": "Сейітқалиева Әлия",
         "phone": "+7 717 200 00 00"},
        actor=ADMIN,
    )
    dialog = open_dialog()
    click(qtbot, dialog.next_button)
    assert dialog.edits["name"].text() == "Ескі атау" and dialog.edits["bin"].text() == REAL_BINS[3]
    retype(qtbot, dialog.edits["name"], BODY_NAME)
    retype(qtbot, dialog.edits["bin"], REAL_BINS[4])  # well-formed: only the store knows it is taken
    click(qtbot, dialog.next_button)
    retype(qtbot, dialog.station_edit, "C")
    click(qtbot, dialog.next_button)

    with qtbot.assertNotEmitted(dialog.finishedSetup):
        finish_and_wait(qtbot, dialog)
    assert dialog.isVisible() and dialog.page == BODY_PAGE
    assert dialog.errors.visible_messages() == {"bin": field_message("reference.exists", "bin")}
    assert dialog.edits["bin"].hasFocus() and dialog.edits["name"].text() == BODY_NAME
    assert registry.references.own_body() == before  # nothing half-saved: not the code either
    assert registry.settings.station_code() == "A"

    retype(qtbot, dialog.edits["bin"], REAL_BINS[3])
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    with qtbot.waitSignal(dialog.finishedSetup) as finished:
        click(qtbot, dialog.finish_button)
    assert finished.args == [False]  # this computer only
    own = registry.references.own_body()
    assert own is not None and own.body.name == BODY_NAME and own.body.id == before.body.id
    assert (own.head, own.body.phone) == ("Сейітқалиева Әлия", "+7 717 200 00 00")  # not asked, not lost
    assert registry.settings.station_code() == "C"


def test_an_account_without_the_settings_permission_is_told_so_and_nothing_is_saved(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    dialog = open_dialog(Actor("clerk", roles=frozenset({Role.CLERK})))
    click(qtbot, dialog.next_button)
    fill_body(qtbot, dialog)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    finish_and_wait(qtbot, dialog)
    text = describe(PermissionDeniedError("settings"))
    assert dialog.isVisible() and dialog.page == STORE_PAGE
    assert dialog.general_error.isVisible() and dialog.general_error.text() == f"{text.headline} {text.advice}"
    assert registry.references.own_body() is None


def test_later_saves_nothing(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog]
) -> None:
    dialog = open_dialog()
    click(qtbot, dialog.next_button)
    fill_body(qtbot, dialog)
    click(qtbot, dialog.next_button)
    retype(qtbot, dialog.station_edit, "B2")
    with qtbot.assertNotEmitted(dialog.finishedSetup):
        click(qtbot, dialog.later_button)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert registry.references.own_body() is None and registry.settings.station_code() == "A"
    assert needs_first_run(registry)


def test_the_language_chosen_first_is_applied_at_once(
    qtbot: QtBot, open_dialog: Callable[..., FirstRunDialog], languages: LanguageManager, settings: AppSettings
) -> None:
    dialog = open_dialog()
    mediators = dialog.type_box.findData(SettlementBodyType.MEDIATOR)
    assert dialog.language_buttons[Language.ENGLISH].isChecked()
    assert dialog.type_box.itemText(mediators) == "Mediators' organisation"

    click(qtbot, dialog.language_buttons[Language.RUSSIAN])
    assert languages.language is Language.RUSSIAN and settings.language == "ru"
    assert dialog.language_buttons[Language.RUSSIAN].isChecked()
    # a text of the catalogues already built; LanguageChange events are posted
    qtbot.waitUntil(lambda: dialog.type_box.itemText(mediators) == "Организация медиаторов")
    assert body_type_label(SettlementBodyType.MEDIATOR) == "Организация медиаторов"
    assert dialog.isVisible() and dialog.page == LANGUAGE_PAGE  # the clerk goes on with Next

    click(qtbot, dialog.language_buttons[Language.ENGLISH])
    qtbot.waitUntil(lambda: dialog.type_box.itemText(mediators) == "Mediators' organisation")
    assert languages.language.value == "en"


def test_a_close_during_the_save_waits_for_it(
    qtbot: QtBot, registry: Registry, open_dialog: Callable[..., FirstRunDialog], runner: TaskRunner
) -> None:
    dialog = open_dialog()
    click(qtbot, dialog.next_button)
    fill_body(qtbot, dialog)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    release = threading.Event()
    runner.submit(lambda: release.wait(10))  # the worker busy: the save waits its turn
    click(qtbot, dialog.finish_button)
    assert dialog.saving and not dialog.finish_button.isEnabled() and not dialog.later_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finishedSetup):
        release.set()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert registry.references.own_body() is not None
