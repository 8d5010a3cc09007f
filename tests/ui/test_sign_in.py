"""Signing in before any access (R17), driven as people drive it: the first administrator of a
fresh registry, wrong passwords and the lock-out, the confidentiality undertaking once (R56, R72),
signing out, roles that hide commands or the appeals, the demo user."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import MAX_FAILURES, Role
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import Direction
from clerk_app.services.registry import Registry
from tests.ui.conftest import (
    ADMIN_LOGIN,
    ADMIN_PASSWORD,
    QUICK_HASHER,
    TESTER_LOGIN,
    TESTER_PASSWORD,
    ensure_tester,
    sign_in,
)
from tests.ui.keyboard import type_text
from tests.ui.test_control_ui import select_card
from ui import session
from ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog, RolesDialog
from ui.journal_model import PAGE_SIZE
from ui.languages import LanguageManager
from ui.main_window import MainWindow
from ui.registry_loader import StoreLocation
from ui.settings import AppSettings

ShowWindow = Callable[[Path], MainWindow]


@pytest.fixture
def show_window(qtbot: QtBot, settings: AppSettings, languages: LanguageManager) -> ShowWindow:
    """The main window on a data directory, the registry opened, nobody signed in yet."""

    def make(data_dir: Path) -> MainWindow:
        window = MainWindow(StoreLocation.real(data_dir), settings, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.open_my_registry()
        qtbot.waitUntil(lambda: window.opened is not None)
        return window

    return make


def add_account(data_dir: Path, login: str, password: str, roles: list[Role], *, acknowledged: bool = True) -> None:
    ensure_tester(data_dir)
    registry = Registry.open(data_dir=data_dir)
    registry.accounts.hasher = QUICK_HASHER
    try:
        admin = registry.accounts.authenticate(ADMIN_LOGIN, ADMIN_PASSWORD)
        registry.accounts.create(admin, login, f"{login.title()} Person", password, roles)
        if acknowledged:
            registry.accounts.acknowledge(registry.accounts.authenticate(login, password))
    finally:
        registry.close()


def try_password(qtbot: QtBot, window: MainWindow, login: str, password: str) -> str:
    """One attempt on the sign-in page; the message it ends with."""
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.login_edit.isEnabled())
    page.login_edit.clear()
    type_text(qtbot, page.login_edit, login)
    type_text(qtbot, page.password_edit, password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.login_edit.isEnabled() and not page.error.isHidden(), timeout=10_000)
    return page.error.text()


def later_first_run(qtbot: QtBot, window: MainWindow) -> None:
    """The first-run wizard opens for the first administrator's first session; Later closes it."""
    qtbot.waitUntil(lambda: window.first_run_flow.dialog is not None and window.first_run_flow.dialog.isVisible())
    dialog = window.first_run_flow.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run_flow.dialog is None)


def test_a_fresh_registry_asks_for_its_administrator_first(
    qtbot: QtBot, show_window: ShowWindow, empty_store: Path
) -> None:
    window = show_window(empty_store)
    page = window.first_administrator_page
    assert window.stack.currentWidget() is page
    assert window.journal_views == [] and window.signed_in is None
    assert not window.registration.new_incoming.isEnabled() and not window.settings_action.isEnabled()
    assert window.count_label.text() == ""  # not even the count before signing in

    # a too short password is told as it is typed; two different ones are refused here
    type_text(qtbot, page.login_edit, "Әкімші")
    type_text(qtbot, page.name_edit, "Айгүл Серікқызы")
    type_text(qtbot, page.password.edit, "short")
    assert page.password.hint.text() == "5 of at least 10 characters."
    type_text(qtbot, page.password.edit, "-but-ok")
    assert page.password.hint.text().startswith("Acceptable")
    type_text(qtbot, page.password.again_edit, "something else")
    qtbot.keyClick(page.password.again_edit, Qt.Key.Key_Return)
    assert page.errors.visible_messages() == {"password_again": "The two passwords differ. Type the same password twice."}
    type_text(qtbot, page.password.again_edit, "short-but-ok")
    qtbot.keyClick(page.password.again_edit, Qt.Key.Key_Return)

    # created and signed in: the undertaking first, then the administrator's page without appeals
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.acknowledgement_page, timeout=10_000)
    ack = window.acknowledgement_page
    assert "Article 11" in ack.text.toPlainText()
    assert not ack.accept_button.isEnabled()
    ack.read_box.setChecked(True)
    qtbot.mouseClick(ack.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signed_in is not None)
    later_first_run(qtbot, window)  # the first-run wizard comes: the body is set later here
    assert window.stack.currentWidget() is window.no_content_page
    assert window.journal_views == [] and window.tabs.count() == 0
    assert window.user_label.text() == "Signed in: Айгүл Серікқызы"
    assert window.accounts_action.isEnabled() and window.settings_action.isEnabled()
    assert not window.registration.new_incoming.isEnabled() and not window.find_action.isEnabled()
    assert window.no_content_page.accounts_button.isVisibleTo(window)

    # the administrator gives their own account the clerk's role: the journals come
    qtbot.mouseClick(window.no_content_page.accounts_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitUntil(lambda: not dialog.loading and len(dialog.accounts) == 1)
    assert dialog.table.item(0, 0).text() == "әкімші"  # logins are stored case-folded
    assert dialog.table.item(0, 2).text() == "Administrator"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.roles_button, Qt.MouseButton.LeftButton)
    roles = dialog.form
    assert isinstance(roles, RolesDialog)
    roles.roles.boxes[Role.CLERK].setChecked(True)
    qtbot.mouseClick(roles.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not dialog.loading)
    assert dialog.table.item(0, 2).text() == "Clerk, Administrator"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome_page)  # the empty registry's page
    assert window.dialogs.accounts_dialog is dialog  # still open over the window
    dialog.reject()
    qtbot.mouseClick(window.welcome_page.empty_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journals_page
    assert [view.journal.code for view in window.journal_views] == ["incoming", "outgoing"]
    assert window.registration.new_incoming.isEnabled()


def test_wrong_passwords_are_told_and_five_lock_the_login(
    qtbot: QtBot, show_window: ShowWindow, empty_store: Path
) -> None:
    ensure_tester(empty_store)
    window = show_window(empty_store)
    assert window.stack.currentWidget() is window.sign_in_page

    message = try_password(qtbot, window, TESTER_LOGIN, "not the password")
    assert message.startswith("Wrong login or password.")
    assert window.sign_in_page.password_edit.text() == ""  # cleared for the next try
    assert window.signed_in is None and window.journal_views == []
    # an unknown login is told the same way (no hint which logins exist)
    assert try_password(qtbot, window, "nobody", "not the password").startswith("Wrong login or password.")

    for _ in range(MAX_FAILURES - 2):
        message = try_password(qtbot, window, TESTER_LOGIN, "still not it")
    message = try_password(qtbot, window, TESTER_LOGIN, "still not it")
    assert re.match(r"Too many wrong passwords: this login is locked until \d\d:\d\d \(Astana time\)\.", message)
    # the right password does not open it before the time
    assert try_password(qtbot, window, TESTER_LOGIN, TESTER_PASSWORD).startswith("Too many wrong passwords")
    assert window.signed_in is None


def test_the_undertaking_is_asked_once(qtbot: QtBot, show_window: ShowWindow, empty_store: Path) -> None:
    add_account(empty_store, "clerk1", "clerk-pass-2026", [Role.CLERK], acknowledged=False)
    window = show_window(empty_store)
    sign_in_page, ack = window.sign_in_page, window.acknowledgement_page
    type_text(qtbot, sign_in_page.login_edit, "clerk1")
    qtbot.keyClick(sign_in_page.login_edit, Qt.Key.Key_Return)  # Enter in the login goes on to the password
    assert sign_in_page.password_edit.hasFocus()
    type_text(qtbot, sign_in_page.password_edit, "clerk-pass-2026")
    qtbot.keyClick(sign_in_page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is ack, timeout=10_000)
    assert window.journal_views == [] and window.signed_in is None  # nothing before it is accepted

    # declining signs out
    qtbot.mouseClick(ack.decline_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is sign_in_page and window.signed_in is None
    try_password(qtbot, window, "clerk1", "wrong password")  # on the fresh page again
    page = sign_in_page
    page.login_edit.clear()
    type_text(qtbot, page.login_edit, "clerk1")
    type_text(qtbot, page.password_edit, "clerk-pass-2026")
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is ack, timeout=10_000)
    assert window.signed_in is None
    ack.read_box.setChecked(True)
    qtbot.mouseClick(ack.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome_page)

    registry = Registry.open(data_dir=empty_store)
    try:
        admin = registry.accounts.authenticate(ADMIN_LOGIN, ADMIN_PASSWORD)
        account = next(a for a in registry.accounts.accounts(admin) if a.login == "clerk1")
        assert account.acknowledged_at is not None  # stored with its date
    finally:
        registry.close()

    window.sign_out_action.trigger()
    sign_in(qtbot, window, "clerk1", "clerk-pass-2026")
    assert window.stack.currentWidget() is window.welcome_page  # straight in, the second time


def test_signing_out_drops_the_journals(qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Registry) -> None:
    window = open_window(filled_registry.data_dir)
    incoming = window.journal_views[0]
    assert incoming.model.rowCount() > 0
    assert window.user_label.text() == "Signed in: Тест Тестов"
    assert session.current() is not None and session.current().user == TESTER_LOGIN

    window.sign_out_action.trigger()
    assert window.stack.currentWidget() is window.sign_in_page
    assert window.journal_views == [] and window.tabs.count() == 0
    assert incoming.model.rowCount() == 0  # the rows are gone, not only hidden
    assert session.current() is None and window.signed_in is None
    assert window.card_panel.card_id is None
    assert not window.refresh_action.isEnabled() and not window.registration.new_incoming.isEnabled()
    assert window.count_label.text() == "" and window.user_label.text() == ""
    last = filled_registry.audit.entries(after_seq=0, limit=100_000)[-1]  # R36: until when they could act
    assert (last.action, last.object_id, last.user) == ("logout", TESTER_LOGIN, TESTER_LOGIN)

    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.journal_views) and window.journal_views[0].model.rowCount() > 0)


def test_signing_out_asks_before_dropping_a_typed_card(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: Callable[[Path], MainWindow], filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    form = window.registration.open_new(Direction.INCOMING)
    assert form is not None
    type_text(qtbot, form.applicants.rows[0].edits["surname"], "Сейітқалиева")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    window.sign_out_action.trigger()
    assert window.signed_in is not None and form.isVisible()  # Cancel: still signed in, the card kept
    window.sign_out_action.trigger()
    assert window.signed_in is None and not form.isVisible()


def test_an_auditor_sees_the_journals_but_may_not_register(
    qtbot: QtBot, show_window: ShowWindow, filled_registry: Registry
) -> None:
    add_account(filled_registry.data_dir, "inspector", "inspector-pass-2026", [Role.AUDITOR])
    window = show_window(filled_registry.data_dir)
    sign_in(qtbot, window, "inspector", "inspector-pass-2026")
    view = window.journal_views[0]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    view.table.selectRow(0)
    assert window.selected_card() is not None
    for action in (*window.registration.actions, window.attach_action, window.inbox_action):
        assert not action.isEnabled(), action.objectName()
    assert window.find_action.isEnabled()  # an auditor searches
    assert not window.settings_action.isEnabled() and not window.accounts_action.isEnabled()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Incoming", "Outgoing", "On control", "Search"]  # no unfiled files to attach
    assert "Auditor" in window.user_label.toolTip()
    card_id, _executor = open_card_with_executor(filled_registry)
    select_card(qtbot, window, card_id)
    assert all(not action.isEnabled() for action in window.control_panel.actions_by_name.values())


def open_card_with_executor(registry: Registry, *, other_than: uuid.UUID | None = None) -> tuple[uuid.UUID, uuid.UUID]:
    """An incoming card in progress on the journal's first page, and its lead executor."""
    for row in registry.cards.journal_page("incoming", limit=PAGE_SIZE).rows:
        if row.control_status is not ControlStatus.IN_PROGRESS:
            continue
        state = registry.control.record(str(row.id)).state
        if state is not None and state.executors and (other_than is None or other_than not in state.executors):
            return row.id, state.executors[0]
    raise AssertionError("no card in progress on the first page")


def test_an_executor_acts_only_on_their_own_cards(
    qtbot: QtBot, show_window: ShowWindow, filled_registry: Registry
) -> None:
    own_card, executor = open_card_with_executor(filled_registry)
    other_card, _ = open_card_with_executor(filled_registry, other_than=executor)
    add_account(filled_registry.data_dir, "executor1", "executor-pass-2026", [Role.EXECUTOR])
    registry = Registry.open(data_dir=filled_registry.data_dir)
    try:
        admin = registry.accounts.authenticate(ADMIN_LOGIN, ADMIN_PASSWORD)
        registry.accounts.set_staff_member(admin, "executor1", executor)
    finally:
        registry.close()
    window = show_window(filled_registry.data_dir)
    sign_in(qtbot, window, "executor1", "executor-pass-2026")
    qtbot.waitUntil(lambda: not window.journal_views[0].model.loading and window.journal_views[0].model.rowCount() > 0)
    assert not window.registration.new_incoming.isEnabled()

    actions = window.control_panel.actions_by_name
    select_card(qtbot, window, own_card)
    assert actions["extend"].isEnabled() and actions["resolve"].isEnabled()
    assert not actions["assign"].isEnabled()  # assigning is the supervisor's
    select_card(qtbot, window, other_card)
    assert not any(action.isEnabled() for action in actions.values())


def test_an_administrator_sees_no_appeal_content(
    qtbot: QtBot, show_window: ShowWindow, filled_registry: Registry
) -> None:
    ensure_tester(filled_registry.data_dir)
    window = show_window(filled_registry.data_dir)
    sign_in(qtbot, window, ADMIN_LOGIN, ADMIN_PASSWORD)
    assert window.stack.currentWidget() is window.no_content_page
    assert window.no_content_page.title.text() == "Your role does not show appeal content"
    assert window.journal_views == [] and window.count_label.text() == ""
    assert window.accounts_action.isEnabled() and window.settings_action.isEnabled()
    window.show_search()  # Ctrl+F does not reach around the page
    assert window.stack.currentWidget() is window.no_content_page


def test_the_demo_registry_signs_in_as_the_demo_user(
    qtbot: QtBot, show_window: ShowWindow, empty_store: Path
) -> None:
    window = show_window(empty_store)
    qtbot.mouseClick(window.first_administrator_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.location.is_demo, timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.journal_views) and window.journal_views[0].model.rowCount() > 0)
    assert window.signed_in is not None and window.signed_in.is_demo
    assert window.user_label.text() == "Demo user (every role)"
    assert "demo user with every role" in window.banner.message.text()
    assert window.registration.new_incoming.isEnabled()
    assert not window.sign_out_action.isEnabled() and not window.lock_action.isEnabled()
    assert not window.idle_watch.running  # nothing real to lock, and no password to unlock with


def test_an_idle_window_locks_and_the_password_unlocks_it(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    form = window.registration.open_new(Direction.INCOMING)
    assert form is not None
    type_text(qtbot, form.applicants.rows[0].edits["surname"], "Сейітқалиева")
    window.idle_span_ms = 400
    window.idle_watch.start(window._idle_span_ms)  # the span set now counts from now
    qtbot.wait(250)
    type_text(qtbot, form.applicants.rows[0].edits["given_name"], "Ә")  # input: the count starts again
    qtbot.wait(250)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)

    page = window.lock_page
    assert window.screens.currentWidget() is page
    assert not window.stack.isVisible() and not window.banner.isVisible()  # the registry is out of sight
    assert not form.isVisible()  # hidden, not closed
    assert "Тест Тестов is signed in" in page.message.text()
    assert not window.menuBar().isEnabled() and not window.registration.new_incoming.isEnabled()
    assert window.registration.unregistered_count() == 1  # the hidden card still counts when closing

    type_text(qtbot, page.password_edit, "wrong password")
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=10_000)
    assert page.error.text().startswith("Wrong login or password.") and window.locked

    type_text(qtbot, page.password_edit, TESTER_PASSWORD)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.screens.currentIndex() == 0 and window.stack.currentWidget() is window.journals_page
    assert form.isVisible() and form.applicants.rows[0].edits["surname"].text() == "Сейітқалиева"
    assert window.idle_watch.running and window.menuBar().isEnabled()


def test_another_person_signs_out_from_the_lock_page(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    window.lock_action.trigger()  # File > Lock the window (Ctrl+L)
    assert window.locked
    qtbot.mouseClick(window.lock_page.sign_out_button, Qt.MouseButton.LeftButton)
    assert not window.locked and window.signed_in is None
    assert window.stack.currentWidget() is window.sign_in_page and window.journal_views == []
    sign_in(qtbot, window, ADMIN_LOGIN, ADMIN_PASSWORD)
    assert window.stack.currentWidget() is window.no_content_page


def test_the_idle_minutes_are_set_on_the_data_page(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, settings: AppSettings
) -> None:
    window = open_window(empty_store)
    assert settings.idle_lock_minutes == 10  # the default
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: all(page.loaded and not page.busy for page in dialog.pages))
    page = dialog.data_page
    dialog.show_page(page)
    assert page.idle_box.value() == 10
    page.idle_box.setValue(3)
    assert dialog.apply_button.isEnabled()  # a change to save
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert settings.idle_lock_minutes == 3
    assert window._idle_span_ms() == 3 * 60_000


def test_the_administrator_adds_resets_and_blocks_an_account(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, show_window: ShowWindow, empty_store: Path
) -> None:
    ensure_tester(empty_store)
    window = show_window(empty_store)
    sign_in(qtbot, window, ADMIN_LOGIN, ADMIN_PASSWORD)
    window.accounts_action.trigger()
    dialog = window.dialogs.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert [a.login for a in dialog.accounts] == [ADMIN_LOGIN, TESTER_LOGIN]

    # a new clerk: the login is checked by the store, the roles and passwords here
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, AddAccountDialog)
    type_text(qtbot, form.login_edit, "a seitkali")  # a space: refused by the store
    type_text(qtbot, form.name_edit, "Әлия Сейтқали")
    form.roles.boxes[Role.CLERK].setChecked(True)
    type_text(qtbot, form.password.edit, "first-pass-2026")
    type_text(qtbot, form.password.again_edit, "first-pass-2026")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.errors.visible_messages()), timeout=10_000)
    assert form.errors.visible_messages() == {
        "login": "A login is letters and digits; a dot, a dash, _ or @ may stand inside. Up to 64 characters."
    }
    form.login_edit.clear()
    type_text(qtbot, form.login_edit, "a.seitkali")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not dialog.loading, timeout=10_000)
    assert dialog.selected() is not None and dialog.selected().login == "a.seitkali"
    assert dialog.selected().roles == frozenset({Role.CLERK})

    # a new password for them, then blocked
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    reset = dialog.form
    assert isinstance(reset, ResetPasswordDialog)
    type_text(qtbot, reset.password.edit, "second-pass-2026")
    type_text(qtbot, reset.password.again_edit, "second-pass-2026")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not dialog.loading, timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog.select_login("a.seitkali")
    assert dialog.block_button.text() == "&Block…"
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.selected() is not None and dialog.selected().is_blocked)
    assert dialog.block_button.text() == "&Unblock"
    line = [a.login for a in dialog.accounts].index("a.seitkali")
    assert dialog.table.item(line, 4).text() == "Blocked"
    dialog.inactive_box.setChecked(True)  # R85: nobody here is six months idle
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.accounts == [] and dialog.empty_note.isVisible()
    dialog.reject()

    window.sign_out_action.trigger()
    message = try_password(qtbot, window, "a.seitkali", "second-pass-2026")
    assert message == "This account is blocked. Ask the administrator to unblock it."


def test_the_first_administrator_who_also_registers_sees_the_journals(
    qtbot: QtBot, show_window: ShowWindow, empty_store: Path
) -> None:
    """A one-person office: the tick gives the same account the clerk's and supervisor's roles."""
    window = show_window(empty_store)
    page = window.first_administrator_page
    assert not page.also_works_check.isChecked()  # the administrator's role alone by default (R27)
    type_text(qtbot, page.login_edit, "a.seitkali")
    type_text(qtbot, page.name_edit, "Әлия Сейітқали")
    type_text(qtbot, page.password.edit, "Көктем-сәуір-2026")
    type_text(qtbot, page.password.again_edit, "Көктем-сәуір-2026")
    page.also_works_check.setChecked(True)
    qtbot.keyClick(page.password.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.acknowledgement_page, timeout=10_000)
    window.acknowledgement_page.read_box.setChecked(True)
    qtbot.mouseClick(window.acknowledgement_page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signed_in is not None and window.stack.currentWidget() is not window.no_content_page)
    later_first_run(qtbot, window)
    signed_in = window.signed_in
    assert signed_in is not None and signed_in.actor.roles == frozenset({Role.ADMINISTRATOR, Role.CLERK, Role.SUPERVISOR})
    assert window.registration.new_incoming.isEnabled() and window.accounts_action.isEnabled()


def test_the_first_run_sets_up_the_body_and_the_station_and_leads_to_the_central_store(
    qtbot: QtBot, show_window: ShowWindow, empty_store: Path
) -> None:
    """A new registry, as a clerk installs it: the administrator, the undertaking, then the first-run
    wizard — the language, the body, the workstation code and the wish to connect to a central store."""
    from tests.factories import REAL_BINS

    window = show_window(empty_store)
    page = window.first_administrator_page
    type_text(qtbot, page.login_edit, "admin")
    type_text(qtbot, page.name_edit, "Айгүл Серікқызы")
    type_text(qtbot, page.password.edit, "Көктем-сәуір-2026")
    type_text(qtbot, page.password.again_edit, "Көктем-сәуір-2026")
    qtbot.keyClick(page.password.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.acknowledgement_page, timeout=10_000)
    window.acknowledgement_page.read_box.setChecked(True)
    qtbot.mouseClick(window.acknowledgement_page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run_flow.dialog is not None and window.first_run_flow.dialog.isVisible())
    wizard = window.first_run_flow.dialog
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.loaded)  # the present body and code are read on the worker first
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, wizard.edits["name"], "«Адал сауда» тұтынушылар қоғамы")
    type_text(qtbot, wizard.edits["bin"], REAL_BINS[2])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.station_edit.setText("02")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.central_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run_flow.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: "«Адал сауда» тұтынушылар қоғамы" in window.windowTitle(), timeout=10_000)
    settings = window.dialogs.settings_dialog
    assert settings is not None and settings.stack.currentWidget() is settings.sync_page  # to connect now
    settings.reject()
    assert window.opened is not None and window.opened.registry.settings.station_code() == "02"
