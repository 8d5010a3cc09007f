"""Fixtures for the interface tests: offscreen Qt, temporary stores and settings, built catalogues."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.ui.keyboard import type_text
from ui import i18n_build, session
from ui.fonts import apply_application_font
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.printing import slip_pages
from ui.registry_loader import StoreLocation
from ui.settings import AppSettings
from ui.workers import TaskRunner

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_SEED = 1
FILLED_COUNT = 500

# The accounts the window tests sign in with: a registry without accounts gets its administrator
# first (as the first-run page would create it), who then adds a colleague with every role.
ADMIN_LOGIN, ADMIN_PASSWORD = "admin", "admin-pass-2026"
TESTER_LOGIN, TESTER_PASSWORD = "tester", "tester-pass-2026"
# Setting the accounts up with light argon2 parameters saves a second per window; the window's own
# sign-in checks them with the parameters the hash names, and stores a hash with the real ones.
QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def _catalogues_built() -> None:
    """The .qm files are build output (not committed): make them from the committed .ts."""
    i18n_build.build()


@pytest.fixture(scope="session", autouse=True)
def _application_font(qapp: QApplication) -> None:
    apply_application_font(qapp)


@pytest.fixture(autouse=True)
def _trusted_session() -> Iterator[None]:
    """Widgets tested without the main window act as a trusted caller (no roles: may do anything),
    as the core's own tests do; a window that opens a registry signs out of it and in for real."""
    session.begin(Actor("test"))
    yield
    session.end()


def ensure_tester(data_dir: Path) -> None:
    """A registry without accounts gets the administrator and the tester (every role, the
    undertaking accepted), through the account service as the first-run page and the accounts
    dialog would create them."""
    registry = Registry.open(data_dir=data_dir)
    try:
        accounts = registry.accounts
        accounts.hasher = QUICK_HASHER
        if accounts.has_accounts():
            return
        accounts.create_first_administrator(ADMIN_LOGIN, "Айгүл Администратор", ADMIN_PASSWORD)
        admin = accounts.authenticate(ADMIN_LOGIN, ADMIN_PASSWORD)
        accounts.acknowledge(admin)
        accounts.create(admin, TESTER_LOGIN, "Тест Тестов", TESTER_PASSWORD, list(Role))
        accounts.acknowledge(accounts.authenticate(TESTER_LOGIN, TESTER_PASSWORD))
    finally:
        registry.close()


def sign_in(qtbot: QtBot, window: MainWindow, login: str = TESTER_LOGIN, password: str = TESTER_PASSWORD) -> None:
    """Types the login and password on the window's sign-in page and presses Enter, as a person
    does; returns once signed in."""
    page = window.sign_in_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.login_edit.isEnabled())
    type_text(qtbot, page.login_edit, login)
    type_text(qtbot, page.password_edit, password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Preferences in a temporary INI file: the tests never read or write the user's own."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp: QApplication, settings: AppSettings) -> Iterator[LanguageManager]:
    manager = LanguageManager(settings)
    manager.apply(Language.ENGLISH, remember=False)
    yield manager
    manager.apply(Language.ENGLISH, remember=False)  # the translators are global to the QApplication


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    """The data directory of a registry that has no cards."""
    data_dir = tmp_path / "registry"
    Registry.open(data_dir=data_dir).close()
    return data_dir


@pytest.fixture
def filled_registry(tmp_path: Path) -> Iterator[Registry]:
    """A registry with 500 reproducible demo cards (about 370 incoming)."""
    registry = Registry.open(data_dir=tmp_path / "registry")
    registry.demo.generate(FILLED_COUNT, seed=DEMO_SEED, actor=Actor("test"))
    yield registry
    registry.close()


@pytest.fixture
def open_window(
    qtbot: QtBot, settings: AppSettings, languages: LanguageManager
) -> Callable[[Path], MainWindow]:
    """Shows the main window on a data directory, as ``ui.app.run_gui`` does, signs in (the tester
    with every role; a registry without accounts gets them first) and waits until the first
    journal page is in."""

    def make(data_dir: Path) -> MainWindow:
        ensure_tester(data_dir)
        window = MainWindow(StoreLocation.real(data_dir), settings, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.open_my_registry()
        qtbot.waitUntil(lambda: window.opened is not None)
        sign_in(qtbot, window)
        for view in window.journal_views:
            qtbot.waitUntil(lambda view=view: not view.model.loading)
        return window

    return make


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A worker for widgets tested without the main window; its threads end with the test."""
    worker = TaskRunner()
    yield worker
    worker.shutdown()


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """Instead of the print preview: the pages are saved as the preview's Save PDF would."""
    shown: list[tuple[str, Path]] = []

    def fake(parent: Any, title: str, layout: Any, paint: Any) -> None:
        path = tmp_path / f"preview-{len(shown)}.pdf"
        slip_pages.write_pdf(path, layout, title, paint, private=True)
        shown.append((title, path))

    monkeypatch.setattr(slip_pages, "preview", fake)
    return shown
