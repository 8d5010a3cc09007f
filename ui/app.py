"""The composition root: the QApplication, its fonts and languages, the window and the registry.

Only this module decides where things are; the widgets get what they need passed in.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clerk_app import __version__
from ui.fonts import apply_application_font
from ui.icons import app_icon
from ui.languages import LanguageManager
from ui.main_window import MainWindow
from ui.registry_loader import StoreLocation
from ui.settings import AppSettings

ORGANIZATION = "clerk-app"
APPLICATION = "clerk-app"
LOG_FILE_NAME = "clerk-app.log"  # the CLI's log file: one place for support to look

log = logging.getLogger("ui")


def _log_to_file(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(data_dir / LOG_FILE_NAME, encoding="utf-8")
    except OSError:
        return  # no log file is better than no window
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)  # libraries (alembic) chat at INFO
    logging.getLogger("ui").setLevel(logging.INFO)


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # PySide prints exceptions raised in slots and carries on; keep them in the log as well.
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    sys.__excepthook__(kind, exc, tb)


def create_application(argv: list[str]) -> QApplication:
    # Fractional scaling (125 %, 150 % on office laptops) without rounding to whole factors.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    apply_application_font(app)
    app.setWindowIcon(app_icon())
    return app


def run_gui(data_dir: Path | None, db_url: str | None) -> int:
    app = create_application(sys.argv)
    location = StoreLocation.real(data_dir, db_url)
    _log_to_file(location.data_dir)
    sys.excepthook = _log_uncaught
    settings = AppSettings.for_user()
    languages = LanguageManager(settings, app)
    languages.apply(languages.initial_language(), remember=False)
    window = MainWindow(location, settings, languages)
    window.show()
    window.open_my_registry()  # in the background: the window is up at once
    return app.exec()
