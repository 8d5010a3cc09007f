"""Screenshots of the search screen, in Kazakh and Russian.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/search_screenshots.py

Builds a demo registry of 2,000 invented cards in a temporary directory, attaches an invented scan
to one of them (its text recognised by Tesseract when it is installed, so that a page shows up among
the hits), and shows the search panel in a plain window: a text search with the "More criteria"
open and a criterion the text search cannot use (search_kk.png, search_ru.png). With ``--review DIR``
also an attribute search, hostile input and a reversed date range, into DIR.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# The helpers shared with make_screenshots.py (this script's folder is on sys.path when it runs).
# A docs tool that drives the GUI, like tests/ui: it may import Qt outside ui/.
from make_screenshots import SIZE, _page, save, settle, wait_until  # noqa: E402
from PySide6.QtCore import QDate, QSettings  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402, TID251

from clerk_app.domain.enums import CopyRole  # noqa: E402
from clerk_app.services.context import Actor  # noqa: E402
from clerk_app.services.registry import Registry  # noqa: E402
from ui import i18n_build  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.languages import Language, LanguageManager  # noqa: E402
from ui.search_panel import SearchPanel  # noqa: E402
from ui.settings import AppSettings  # noqa: E402
from ui.workers import TaskRunner  # noqa: E402

CARDS = 2000
SEED = 7


def scanned_page(path: Path) -> Path:
    """An invented scanned appeal, drawn like the scans of make_screenshots.py."""
    _page(
        [
            "ӨТІНІШ",
            "Мен дүкеннен тоңазытқыш сатып алдым.",
            "Екі аптадан кейін тоңазытқыш істен шықты.",
            "Сатушы кепілдік бойынша жөндеуден бас тартты.",
            "Тауардың құнын қайтаруды сұраймын.",
        ]
    ).save(path, dpi=(150, 150), quality=92)
    return path


def build_registry(folder: Path) -> Registry:
    registry = Registry.open(data_dir=folder / "registry")
    actor = Actor("screenshots")
    registry.demo.generate(CARDS, seed=SEED, actor=actor)
    if registry.ocr.availability().available:
        hit = registry.search.search("тоңазытқыш", limit=5)[-1]
        registry.copies.attach(str(hit.card_id), [scanned_page(folder / "appeal.jpg")], CopyRole.APPEAL, actor)
        registry.ocr.run_pending()
    return registry


def run_search(app: QApplication, panel: SearchPanel, text: str) -> None:
    panel.search_for(text)
    wait_until(app, lambda: not panel.searching)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write review screenshots into this folder")
    args = parser.parse_args()
    i18n_build.build()
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="clerk-search-shots-") as temp:
        folder = Path(temp)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        languages = LanguageManager(settings)
        registry = build_registry(folder)
        runner = TaskRunner()
        window = QMainWindow()
        panel = SearchPanel(runner)
        window.setCentralWidget(panel)
        window.resize(*SIZE)
        window.show()
        panel.set_registry(registry)
        wait_until(app, lambda: panel.criteria.journal_combo.count() > 1 and panel.criteria.executor_combo.count() > 1)
        try:
            for language in (Language.KAZAKH, Language.RUSSIAN):
                languages.apply(language, remember=False)
                settle(app)
                panel.clear()
                panel.criteria_button.setChecked(True)
                panel.criteria.to_check.setChecked(True)
                panel.criteria.from_check.setChecked(True)
                panel.criteria.from_date.setDate(QDate(2026, 1, 1))
                panel.criteria.kind_combo.setCurrentIndex(3)  # not used by a text search: the note says so
                run_search(app, panel, "тоңазытқыш сатып")
                panel.hits_view.selectRow(1)
                save(app, window, f"search_{language.value}.png")
                if args.review:
                    review(app, window, panel, args.review / language.value)
        finally:
            runner.shutdown()
            registry.close()
    return 0


def review(app: QApplication, window: QMainWindow, panel: SearchPanel, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    panel.clear()
    panel.criteria_button.setChecked(True)
    panel.criteria.overdue_check.setChecked(True)
    run_search(app, panel, "")
    save(app, window, "search_overdue.png", folder)
    panel.clear()
    panel.criteria.applicant_edit.setText("Жұмаб")
    panel.criteria.kind_combo.setCurrentIndex(1)
    run_search(app, panel, "")
    save(app, window, "search_applicant.png", folder)
    panel.clear()
    panel.criteria_button.setChecked(False)
    run_search(app, panel, "'; DROP TABLE card; --")
    save(app, window, "search_sql.png", folder)
    run_search(app, panel, "*** ^^^ 😀")
    save(app, window, "search_not_understood.png", folder)
    panel.clear()
    panel.criteria.from_check.setChecked(True)
    panel.criteria.to_check.setChecked(True)
    panel.criteria.to_date.setDate(panel.criteria.from_date.date().addDays(-3))
    panel.criteria.iin_edit.setText("12345")
    panel.criteria.amount_min_edit.setText("сто")
    run_search(app, panel, "")
    save(app, window, "search_errors.png", folder)
    run_search(app, panel, "01/A-0001/26")
    save(app, window, "search_number.png", folder)
    panel.clear()
    panel.criteria_button.setChecked(False)
    run_search(app, panel, "кепілдік")
    save(app, window, "search_page.png", folder)


if __name__ == "__main__":
    sys.exit(main())
