"""The interface language: Kazakh, Russian or English (the Qt source language), switched live.

Switching removes the old translators and installs the new ones. Qt then sends a LanguageChange
event to every widget, and each widget re-reads its texts in ``changeEvent``.
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ui.settings import AppSettings

log = logging.getLogger(__name__)


class Language(StrEnum):
    KAZAKH = "kk"
    RUSSIAN = "ru"
    ENGLISH = "en"

    @property
    def endonym(self) -> str:
        """The language's name in itself: the same in every interface language, so that a clerk
        who switched to a language they cannot read can still find their own."""
        return {"kk": "Қазақша", "ru": "Русский", "en": "English"}[self.value]

    @property
    def locale(self) -> QLocale:
        if self is Language.KAZAKH:
            return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
        if self is Language.RUSSIAN:
            return QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def translations_dir() -> Path:
    """``i18n/`` at the repository root, or beside the frozen executable's data."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"


def current_language() -> Language:
    """The language in use, as the switcher left it in the default locale."""
    language = QLocale().language()
    if language == QLocale.Language.Kazakh:
        return Language.KAZAKH
    if language == QLocale.Language.Russian:
        return Language.RUSSIAN
    return Language.ENGLISH


def default_language(saved: str | None, system: QLocale | None = None) -> Language:
    """The saved choice; else Kazakh on a Kazakh system; else Russian (read by every clerk)."""
    if saved in {language.value for language in Language}:
        return Language(saved)
    system = system or QLocale.system()
    return Language.KAZAKH if system.language() == QLocale.Language.Kazakh else Language.RUSSIAN


class LanguageManager(QObject):
    languageChanged = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._installed: list[QTranslator] = []
        self._language = Language.ENGLISH

    @property
    def language(self) -> Language:
        return self._language

    def initial_language(self) -> Language:
        return default_language(self._settings.language)

    def apply(self, language: Language, *, remember: bool = True) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(language.locale)
        self._language = language
        if language is not Language.ENGLISH:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own catalogue first: ours is installed last and therefore wins on a clash.
            for name, folder in (
                (f"qtbase_{language.value}", qt_dir),
                (f"clerk_{language.value}", str(translations_dir())),
            ):
                translator = QTranslator(self)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("translation catalogue %s not found in %s", name, folder)
        if remember:
            self._settings.language = language.value
        self.languageChanged.emit(language.value)
