"""Settings › Data › Encrypt the registry…, driven as an administrator drives it: the registry
closes, is encrypted on a runner, the recovery code is shown (closing needs "written down" ticked),
the registry opens again and the page says where the key is; roles without the permission do not
get the buttons. A test keyring in a file, never the developer's own."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage import encryption
from tests.ui.conftest import sign_in
from ui import session
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.settings_data import DataPage
from ui.settings_encryption import EncryptionSection, RecoveryCodeDialog
from ui.workers import TaskRunner

SHOTS = Path(os.environ.get("CLERK_SHOTS", "/tmp/shots_encryption"))


pytestmark = pytest.mark.usefixtures("file_keyring")


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _data_page(qtbot: QtBot, window: MainWindow) -> DataPage:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: all(page.loaded and not page.busy for page in dialog.pages))
    page = next(p for p in dialog.pages if isinstance(p, DataPage))
    dialog.page_list.setCurrentRow(dialog.pages.index(page))
    qtbot.waitUntil(lambda: page.encryption._status is not None)
    return page


def test_an_administrator_encrypts_the_open_registry_and_gets_the_recovery_code(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, monkeypatch: pytest.MonkeyPatch,
    languages: LanguageManager,
) -> None:
    window = open_window(empty_store)
    section = _data_page(qtbot, window).encryption
    assert section.state_label.text() == "Not encrypted."
    assert section.encrypt_button.isVisible() and section.encrypt_button.isEnabled()
    assert not section.code_button.isVisible()
    _shot(section._page.window(), "settings_plain_en")
    asked: list[str] = []

    def yes(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(section.encrypt_button, Qt.MouseButton.LeftButton)
    assert asked and "every other computer" in asked[0]
    qtbot.waitUntil(lambda: window.encryption_flow.dialog is not None, timeout=60_000)
    dialog = window.encryption_flow.dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    code = dialog._code
    assert encryption.key_from_recovery_code(code) == encryption.store_key(empty_store)
    assert dialog.code_label.text().replace("\n", "  ").split("  ") == code.split("-")
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape: not before "written down" is ticked
    assert dialog.isVisible()
    _shot(dialog, "recovery_code_en")
    for language in (Language.KAZAKH, Language.RUSSIAN):
        languages.apply(language, remember=False)
        qtbot.wait(200)  # the language change, then the layouts, reach the widgets as posted events
        _shot(dialog, f"recovery_code_{language.value}")
        assert dialog.written_box.sizeHint().width() <= dialog.width() + 1  # the longer texts fit
    languages.apply(Language.ENGLISH, remember=False)
    dialog.written_box.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)  # opened again
    sign_in(qtbot, window)
    assert window.opened is not None and window.opened.registry.store.key is not None
    section = _data_page(qtbot, window).encryption
    assert section.state_label.text() == "Encrypted. The key is kept in the system keyring."
    assert not section.encrypt_button.isVisible() and section.code_button.isEnabled()
    _shot(section._page.window(), "settings_encrypted_en")
    for language in (Language.KAZAKH, Language.RUSSIAN):
        languages.apply(language, remember=False)
        qtbot.wait(200)  # the language change, then the layouts, reach the widgets as posted events
        _shot(section._page.window(), f"settings_encrypted_{language.value}")
    languages.apply(Language.ENGLISH, remember=False)
    qtbot.mouseClick(section.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section._page.findChild(RecoveryCodeDialog) is not None)
    again = section._page.findChild(RecoveryCodeDialog)
    assert again is not None and again._code == code and again.close_button.isEnabled()
    again.reject()


def test_a_refusal_leaves_the_registry_as_it_was_and_opens_it_again(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clerk_app.errors import StoreError
    from ui import encryption_flow

    def in_use(data_dir: Path, actor: Actor, progress: object = None) -> str:
        raise StoreError("open elsewhere", code="store.in_use")

    monkeypatch.setattr(encryption_flow, "enable_encryption", in_use)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window(empty_store)
    window.encryption_flow.action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "encryption_failed_box") is not None, timeout=30_000)
    box = window.findChild(QMessageBox, "encryption_failed_box")
    assert box is not None and "another window or on another computer" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)
    assert not encryption.is_encrypted(empty_store)


def test_roles_without_the_permissions_get_no_buttons(qtbot: QtBot, runner: TaskRunner, empty_store: Path) -> None:
    registry = Registry.open(data_dir=empty_store)
    try:
        session.end()
        session.begin(Actor("clerk", roles=frozenset({"clerk"})))  # type: ignore[arg-type]
        page = QWidget()
        qtbot.addWidget(page)
        section = EncryptionSection(registry, runner, page)
        section.load()
        qtbot.waitUntil(lambda: section._status is not None)
        assert not section.encrypt_button.isEnabled()  # no window action for it without the settings permission
    finally:
        registry.close()


def test_a_failure_after_the_marker_is_told_from_the_actual_state(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The message says what the registry is now, not what a failure is supposed to mean."""
    from ui import encryption_flow

    def encrypted_then_failed(data_dir: Path, actor: Actor, progress: object = None) -> str:
        encryption.save_store_key(data_dir, encryption.new_key())  # the point of no return was passed
        raise OSError("the disk went away")

    monkeypatch.setattr(encryption_flow, "enable_encryption", encrypted_then_failed)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window(empty_store)
    window.encryption_flow.action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "encryption_failed_box") is not None, timeout=30_000)
    box = window.findChild(QMessageBox, "encryption_failed_box")
    assert box is not None and box.text().startswith("The registry is encrypted")
    assert "it is as it was" not in box.text()
    encryption.forget_store_key(empty_store)
    (empty_store / encryption.MARKER_FILE).unlink()  # let the window open the (plain) registry again
    box.accept()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)


def test_the_copied_code_leaves_the_clipboard_with_the_dialog_and_prints_through_the_shared_document(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui import printed_document

    code = encryption.recovery_code(encryption.new_key())
    clipboard = QGuiApplication.clipboard()
    dialog = RecoveryCodeDialog(code, first_time=False)
    qtbot.addWidget(dialog)
    previews: list[str] = []
    monkeypatch.setattr(printed_document, "preview", lambda parent, doc, title: previews.append(doc.toPlainText()))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert previews and code.split("-")[0] in previews[0] and "recovery code" in previews[0]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    dialog.reject()
    assert clipboard.text() == ""  # not left for the next paste, or a clipboard manager's history

    other = RecoveryCodeDialog(code, first_time=False)
    qtbot.addWidget(other)
    qtbot.mouseClick(other.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("something the user copied since")
    other.reject()
    assert clipboard.text() == "something the user copied since"  # theirs is left alone
