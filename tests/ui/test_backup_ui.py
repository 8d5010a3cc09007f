"""File › Back up the registry…, driven as an administrator drives it: a file and a passphrase typed
twice, the backup on its own runner, the result shown; a mistake is pointed out in the dialog and
nothing typed is lost; roles without the backup permission do not get the command."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.services import backup_passphrase, restore
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.ui.keyboard import type_text
from ui import backup_flow, session
from ui.backup_flow import BackupDialog, BackupFlow
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow

PASSPHRASE = "a long backup passphrase"
SHOTS = Path(os.environ.get("CLERK_SHOTS", "/tmp/shots_backup"))


@pytest.fixture(autouse=True)
def _no_kept_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_passphrase, "stored_passphrase", lambda: None)  # never the developer's keyring


def _dialog(qtbot: QtBot, window: MainWindow) -> BackupDialog:
    assert window.backup_flow.action in window.file_menu.actions()
    assert window.backup_flow.action.isEnabled()
    window.backup_flow.action.trigger()
    dialog = window.backup_flow.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_backing_up_from_the_window_writes_a_restorable_archive(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Registry, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(filled_registry.data_dir)
    dialog = _dialog(qtbot, window)
    target = tmp_path / "office"
    monkeypatch.setattr(backup_flow, "choose_archive", lambda parent, suggested: target.with_suffix(".clerkbak"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(target.with_suffix(".clerkbak"))
    type_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
    type_text(qtbot, dialog.again_edit, PASSPHRASE)
    _shot(dialog, "dialog_en")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.backup_flow.result_box is not None, timeout=60_000)
    box = window.backup_flow.result_box
    assert box is not None and str(target.with_suffix(".clerkbak")) in box.text()
    assert f"Cards: {filled_registry.settings.card_count()}" in box.text()
    _shot(box, "result_en")
    box.accept()
    assert window.backup_flow.dialog is None
    restored = restore.restore(target.with_suffix(".clerkbak"), PASSPHRASE, tmp_path / "restored",
                              confirm=lambda _: False, user="t")
    assert restored.manifest.card_count == filled_registry.settings.card_count()
    entries = filled_registry.audit.entries(after_seq=restored.manifest.audit_entries - 1)
    assert (entries[0].action, entries[0].object_type, entries[0].user) == ("export", "backup", "tester")


def test_mistakes_are_pointed_out_and_nothing_typed_is_lost(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Registry, tmp_path: Path
) -> None:
    window = open_window(filled_registry.data_dir)
    dialog = _dialog(qtbot, window)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Choose the file" in dialog.error.text()
    target = tmp_path / "b.clerkbak"
    type_text(qtbot, dialog.file_edit, str(target))
    type_text(qtbot, dialog.passphrase_edit, "short")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "at least 12" in dialog.error.text()
    dialog.passphrase_edit.clear()
    type_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
    type_text(qtbot, dialog.again_edit, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text()
    _shot(dialog, "mistake_en")
    assert dialog.file_edit.text() == str(target) and dialog.passphrase_edit.text() == PASSPHRASE
    assert not target.exists() and dialog.isVisible()
    type_text(qtbot, dialog.again_edit, PASSPHRASE)
    dialog.file_edit.setText(str(tmp_path / "missing-folder" / "b.clerkbak"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible(), timeout=60_000)
    assert "cannot be written" in dialog.error.text() and dialog.isVisible()
    assert dialog.passphrase_edit.text() == PASSPHRASE


def test_only_roles_that_may_back_up_get_the_command(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = BackupFlow(parent, lambda: None)
    session.end()
    session.begin(Actor("clerk", roles=frozenset({Role.CLERK, Role.SUPERVISOR, Role.PD_OFFICER})))
    flow.update_state(True)
    assert not flow.action.isEnabled()
    session.end()
    session.begin(Actor("admin", roles=frozenset({Role.ADMINISTRATOR})))
    flow.update_state(True)
    assert flow.action.isEnabled()
    flow.update_state(False)
    assert not flow.action.isEnabled()
    flow.shutdown()


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_the_dialog_in_kazakh_and_russian(
    qtbot: QtBot, languages: LanguageManager, filled_registry: Registry, language: Language, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.workers import TaskRunner

    languages.apply(language, remember=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    dialog = BackupDialog(filled_registry, runner, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() != "Back up the registry"  # translated
    assert dialog.start_button.text() and "Back up" not in dialog.start_button.text()
    _shot(dialog, f"dialog_{language.value}")
    dialog.close()
    runner.shutdown()


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]
