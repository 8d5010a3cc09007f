"""Switching the interface language from the Language menu, live, and remembering the choice."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from clerk_app.services.registry import Registry
from ui import formatting
from ui.journal_model import Column
from ui.languages import Language, default_language
from ui.main_window import MainWindow
from ui.settings import AppSettings

OpenWindow = Callable[[Path], MainWindow]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_language_menu_retranslates_the_window(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry, settings: AppSettings
) -> None:
    window = open_window(filled_registry.data_dir)
    model = window.journal_views[0].model
    horizontal = Qt.Orientation.Horizontal
    assert tab_titles(window) == ["Incoming", "Outgoing", "On control", "Search", "Unfiled files"]

    window.language_actions[Language.KAZAKH].trigger()
    qtbot.waitUntil(lambda: tab_titles(window) == ["Кіріс", "Шығыс", "Бақылауда", "Іздеу", "Тіркелмеген файлдар"])
    assert window.file_menu.title() == "&Файл"
    assert window.language_menu.title() == "&Тіл"
    assert model.headerData(Column.CORRESPONDENT, horizontal) == "Кімнен"
    assert window.journal_views[0].title.text() == "Кіріс өтініштерді тіркеу журналы"
    assert window.count_label.text().startswith("Тізілімдегі карточкалар")
    assert window.language_actions[Language.KAZAKH].isChecked()
    assert settings.language == "kk"

    window.language_actions[Language.RUSSIAN].trigger()
    qtbot.waitUntil(lambda: tab_titles(window) == ["Входящие", "Исходящие", "На контроле", "Поиск", "Неразобранные файлы"])
    assert window.file_menu.title() == "&Файл"
    assert window.view_menu.title() == "&Вид"
    assert model.headerData(Column.RESPONDENT, horizontal) == "Сторона-ответчик"
    assert settings.language == "ru"

    window.language_actions[Language.ENGLISH].trigger()
    qtbot.waitUntil(lambda: tab_titles(window) == ["Incoming", "Outgoing", "On control", "Search", "Unfiled files"])
    assert window.file_menu.title() == "&File"


def test_amounts_follow_the_chosen_language(
    qtbot: QtBot, open_window: OpenWindow, filled_registry: Registry
) -> None:
    window = open_window(filled_registry.data_dir)
    window.language_actions[Language.RUSSIAN].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Входящие")
    assert formatting.amount(Decimal("1234.5")).replace("\u00a0", " ") == "1 234,50"


def test_the_language_names_stay_readable_in_every_language(
    qtbot: QtBot, open_window: OpenWindow, empty_store: Path
) -> None:
    window = open_window(empty_store)
    window.language_actions[Language.KAZAKH].trigger()
    qtbot.waitUntil(lambda: window.welcome_page.title.text() == "Тізілім бос")
    assert [action.text() for action in window.language_actions.values()] == ["Қазақша", "Русский", "English"]
    window.language_actions[Language.RUSSIAN].trigger()
    qtbot.waitUntil(lambda: window.welcome_page.title.text() == "Реестр пуст")
    assert window.welcome_page.demo_button.title.text() == "Открыть демонстрационный реестр"


def test_the_default_language(tmp_path: Path) -> None:
    kazakh_system = QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    russian_system = QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert default_language(None, kazakh_system) is Language.KAZAKH
    assert default_language(None, russian_system) is Language.RUSSIAN
    assert default_language(None, english_system) is Language.RUSSIAN
    assert default_language("en", kazakh_system) is Language.ENGLISH  # a saved choice wins
    assert default_language("xx", kazakh_system) is Language.KAZAKH

    stored = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert stored.language is None
    stored.language = "ru"
    assert AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).language == "ru"
