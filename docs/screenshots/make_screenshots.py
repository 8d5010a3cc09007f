"""Screenshots of the main window for the docs, in Kazakh and Russian.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/make_screenshots.py

Works in a temporary data directory: the first screen of an empty registry, then the demo registry
(3,000 invented cards) opened from it, as a clerk would. Nothing outside the temporary directory
is read or written (the settings go there too).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# A docs tool that drives the GUI, like tests/ui: it may import Qt outside ui/.
from PySide6.QtCore import QSettings  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402, TID251

from ui import i18n_build  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.languages import Language, LanguageManager  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.registry_loader import StoreLocation  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent
SIZE = (1280, 760)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Lets posted events (LanguageChange, layout, paint) run before grabbing."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT_DIR / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def switch(app: QApplication, window: MainWindow, language: Language) -> None:
    window.language_actions[language].trigger()
    settle(app)


def main() -> int:
    i18n_build.build()
    app = create_application(sys.argv)
    with tempfile.TemporaryDirectory(prefix="clerk-screenshots-") as temp:
        folder = Path(temp)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        languages = LanguageManager(settings)
        languages.apply(Language.KAZAKH)
        window = MainWindow(StoreLocation.real(folder / "registry"), settings, languages)
        window.resize(*SIZE)
        window.show()
        window.open_my_registry()
        wait_until(app, lambda: window.opened is not None)

        save(app, window, "welcome_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "welcome_ru.png")

        switch(app, window, Language.KAZAKH)
        window.welcome_page.demo_button.click()
        wait_until(app, lambda: window.opened is not None and window.opened.location.is_demo)
        views = window.journal_views
        wait_until(app, lambda: all(v.model.rowCount() > 0 and not v.model.loading for v in views))
        views[0].table.selectRow(2)  # a selected row, as while working
        save(app, window, "main_window_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "main_window_ru.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
