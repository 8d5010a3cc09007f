"""Personal data › Breach register…, driven as the personal-data officer drives it: a breach recorded
(a mistake pointed out under its field, nothing typed lost), marked notified, its notice shown and
copied; the reminder banner for an overdue notice; roles without the permission get no command;
Kazakh and Russian fit."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.breaches import BreachFilter
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import valid_iin
from tests.ui.keyboard import type_text
from ui import breach_dialog, session
from ui.breach_dialog import BreachRegisterDialog, NoticeDialog
from ui.breach_flow import BreachFlow
from ui.breach_forms import BreachEditForm, NotifyForm
from ui.fonts import FAMILY
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.workers import TaskRunner

SHOTS = Path(os.environ.get("CLERK_SHOTS", "/tmp/shots_breach"))
CONTACT = {"name": "Серікова Гүлнар", "phone": "+7 7172 55 00 11", "email": "pd@body.kz"}


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _overdue(registry: Registry) -> str:
    actor = Actor("officer")
    registry.breaches.set_responsible_person(CONTACT, actor)
    return registry.breaches.record({
        "detected_at": "2026-01-05T10:00", "description": "Ноутбук с выгрузкой обращений утерян в такси",
        "categories": ["names", "contacts"], "subjects_count": 40,
    }, actor).number


def _register(qtbot: QtBot, window: MainWindow) -> BreachRegisterDialog:
    action = window.breach_flow.action
    assert action in window.menus.personal_data_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = window.breach_flow.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def test_recording_notifying_and_the_notice_from_the_window(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = Registry.open(data_dir=empty_store)
    old = _overdue(registry)
    registry.close()
    window = open_window(empty_store)
    qtbot.waitUntil(lambda: window.breach_flow.reminder is not None)
    banner = window.breach_flow.banner
    assert banner.isVisible() and "Overdue: 1." in banner.message.text()
    _shot(window, "window_reminder_en")
    dialog = _register(qtbot, window)
    dialog.show_only(BreachFilter.ALL)
    qtbot.waitUntil(lambda: not dialog.loading and len(dialog.breaches) == 1)
    assert dialog.table.item(0, 0).text() == old and "Overdue" in dialog.table.item(0, 2).text()

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, BreachEditForm)
    qtbot.waitExposed(form)
    assert form.responsible_phone_edit.text() == CONTACT["phone"]  # from the setting
    type_text(qtbot, form.description_edit, "Ответ отправлен не тому адресату")
    form.category_checks[next(iter(form.category_checks))].setChecked(True)
    type_text(qtbot, form.subjects_edit, "1")
    type_text(qtbot, form.iins_edit, "123")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.busy)
    assert form.isVisible() and form.errors.labels["subject_iins"].isVisible()
    assert "12 digits" in form.errors.labels["subject_iins"].text()
    assert form.description_edit.toPlainText() == "Ответ отправлен не тому адресату"  # nothing typed is lost
    _shot(form, "new_breach_mistake_en")
    form.iins_edit.setText(valid_iin())
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not dialog.loading and len(dialog.breaches) == 2, timeout=10_000)
    new = dialog.selected()
    assert new is not None and new.known_subjects == 1 and new.recorded_by == "tester"
    _shot(dialog, "register_en")

    qtbot.mouseClick(dialog.notify_button, Qt.MouseButton.LeftButton)
    notify = dialog.form
    assert isinstance(notify, NotifyForm)
    type_text(qtbot, notify.to_edit, "Уәкілетті орган")
    qtbot.mouseClick(notify.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not dialog.loading, timeout=10_000)
    assert dialog.selected() is not None and dialog.selected().notified_to == "Уәкілетті орган"  # type: ignore[union-attr]
    assert not dialog.notify_button.isEnabled()

    printed: list[tuple[str, str]] = []  # the document's text and its font: the bundled one prints every letter
    monkeypatch.setattr(breach_dialog.printed_document, "preview",
                        lambda parent, doc, title: printed.append((doc.toPlainText(), doc.defaultFont().family())))
    qtbot.mouseClick(dialog.notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice_dialog is not None)
    notice = dialog.notice_dialog
    assert isinstance(notice, NoticeDialog)
    text = notice.text_edit.toPlainText()
    assert new.number in text and CONTACT["name"] in text and CONTACT["phone"] in text
    qtbot.mouseClick(notice.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text
    qtbot.mouseClick(notice.print_button, Qt.MouseButton.LeftButton)
    assert printed == [(text, FAMILY)]
    _shot(notice, "notice_en")
    notice.reject()
    dialog.reject()
    qtbot.waitUntil(lambda: window.breach_flow.dialog is None)


def test_roles_without_the_permission_get_no_command_and_no_reminder(
    qtbot: QtBot, empty_store: Path, runner: TaskRunner
) -> None:
    registry = Registry.open(data_dir=empty_store)
    try:
        _overdue(registry)
        parent = QWidget()
        qtbot.addWidget(parent)
        flow = BreachFlow(parent, runner, lambda: registry)
        session.begin(Actor("c", roles=frozenset({Role.CLERK, Role.SUPERVISOR})))
        flow.update_state(True)
        flow.start(registry)
        assert not flow.action.isEnabled() and not flow.checking and flow.reminder is None
        session.begin(Actor("o", roles=frozenset({Role.PD_OFFICER})))
        flow.update_state(True)
        flow.start(registry)
        qtbot.waitUntil(lambda: flow.reminder is not None)
        assert flow.action.isEnabled() and flow.reminder is not None and flow.reminder.overdue == 1
        flow.stop()
        assert flow.reminder is None and not flow.banner.isVisible()
    finally:
        registry.close()


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_the_register_in_kazakh_and_russian(
    qtbot: QtBot, languages: LanguageManager, empty_store: Path, runner: TaskRunner, language: Language
) -> None:
    registry = Registry.open(data_dir=empty_store)
    try:
        number = _overdue(registry)
        languages.apply(language, remember=False)
        dialog = BreachRegisterDialog(registry, runner)
        qtbot.addWidget(dialog)
        dialog.show_only(BreachFilter.ALL)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.loading and len(dialog.breaches) == 1)
        dialog.select(number)
        assert dialog.new_button.text() not in ("&New…", "")
        assert dialog.table.item(0, 2).text() != "" and "Overdue" not in dialog.table.item(0, 2).text()
        _shot(dialog, f"register_{language.value}")
        form = BreachEditForm(registry, runner, registry.breaches.responsible_person(), dialog.selected(), dialog)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        assert form.captions["description"].text() not in ("&What happened:", "")
        _shot(form, f"edit_breach_{language.value}")
        notice = NoticeDialog(registry.breaches.notice(number, Actor("o")), dialog)
        qtbot.addWidget(notice)
        assert number in notice.text_edit.toPlainText()
        assert "NOTICE" not in notice.text_edit.toPlainText()
        notice.show()
        _shot(notice, f"notice_{language.value}")
    finally:
        registry.close()
