"""Fixtures for the interface tests: offscreen Qt, temporary stores and settings, built catalogues."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import i18n_build
from ui.fonts import apply_application_font
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.registry_loader import StoreLocation
from ui.settings import AppSettings
from ui.workers import TaskRunner

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_SEED = 1
FILLED_COUNT = 500


@pytest.fixture(scope="session", autouse=True)
def _catalogues_built() -> None:
    """The .qm files are build output (not committed): make them from the committed .ts."""
    i18n_build.build()


@pytest.fixture(scope="session", autouse=True)
def _application_font(qapp: QApplication) -> None:
    apply_application_font(qapp)


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
    """Shows the main window on a data directory, as ``ui.app.run_gui`` does, and waits until the
    registry is open and the first journal page is in."""

    def make(data_dir: Path) -> MainWindow:
        window = MainWindow(StoreLocation.real(data_dir), settings, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.open_my_registry()
        qtbot.waitUntil(lambda: window.opened is not None)
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
