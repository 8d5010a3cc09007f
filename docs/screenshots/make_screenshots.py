"""Screenshots of the main window for the docs, in Kazakh and Russian.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/make_screenshots.py

Works in a temporary data directory: the first screen of an empty registry, then the demo registry
(3,000 invented cards) opened from it, as a clerk would, then a card of it with electronic copies
(invented scans drawn here; their text recognised by Tesseract when it is installed). Nothing
outside the temporary directory is read or written (the settings go there too).

    ... make_screenshots.py --review DIR   # also the attach dialogs and the notice banner, into DIR
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# A docs tool that drives the GUI, like tests/ui: it may import Qt outside ui/.
from PySide6.QtCore import QSettings  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402, TID251

from clerk_app.domain.cards import JournalRow  # noqa: E402
from clerk_app.domain.enums import CopyRole  # noqa: E402
from clerk_app.services.context import USER_ENV, Actor  # noqa: E402
from clerk_app.services.registry import Registry  # noqa: E402
from ui import i18n_build  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.copy_dialogs import AttachResultDialog, RoleDialog  # noqa: E402
from ui.copy_texts import OcrOff, OcrOffReason, ocr_off_headline, ocr_off_text  # noqa: E402
from ui.fonts import FONTS_DIR  # noqa: E402
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


def save(app: QApplication, widget: QWidget, name: str, folder: Path = OUT_DIR) -> None:
    settle(app)
    path = folder / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def switch(app: QApplication, window: MainWindow, language: Language) -> None:
    window.language_actions[language].trigger()
    settle(app)


# --- invented scans ---------------------------------------------------------------------------------

PAGE = (1240, 1754)  # A4 at 150 dpi


def _page(lines: list[str], *, stamp: str | None = None) -> Image.Image:
    """A greyish scanned page with lines of text (DejaVu covers the Kazakh letters)."""
    page = Image.new("L", PAGE, 246)
    draw = ImageDraw.Draw(page)
    regular = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans.ttf"), 30)
    bold = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans-Bold.ttf"), 38)
    y = 150
    for index, line in enumerate(lines):
        draw.text((130, y), line, fill=25, font=bold if index == 0 else regular)
        y += 70 if index == 0 else 48
    if stamp:
        draw.rectangle((760, 1420, 1110, 1560), outline=70, width=4)
        draw.text((790, 1465), stamp, fill=70, font=regular)
    return page


def invented_scans(folder: Path) -> dict[str, tuple[Path, CopyRole]]:
    appeal = [
        _page(
            [
                "Тұтынушылар құқықтарын қорғау",
                "Ахметова Әсел Бауыржанқызы",
                "Алматы қ., Абай даңғылы 12, 45-пәтер",
                "",
                "ӨТІНІШ",
                "",
                "2026 жылғы 3 наурызда «Алтын Құрылыс 25» ЖШС",
                "дүкенінен кір жуғыш машина сатып алдым.",
                "Екі аптадан кейін машина істен шықты.",
                "Сатушы кепілдік бойынша жөндеуден бас тартты.",
                "Тауардың құнын қайтаруды сұраймын.",
            ]
        ),
        _page(["Қосымшалар:", "1. Төлем чегі", "2. Сатып алу-сату шарты", "", "Қолы: ____________"]),
    ]
    receipt = [
        _page(
            [
                "ТОВАРНЫЙ ЧЕК № 4471",
                "ТОО «Алтын Құрылыс 25»",
                "Стиральная машина LX-700 — 1 шт.",
                "Сумма: 184 500,00 тенге",
                "Оплачено картой",
            ],
            stamp="ОПЛАЧЕНО",
        )
    ]
    screenshot = [
        _page(["Интернет-дүкен: тапсырыс № 88120", "Кепілдік: 12 ай", "Жеткізу: тегін"]),
        _page(["Пікірлер", "Сатушы жауап бермейді"]),
        _page(["Байланыс", "+7 727 000 00 00"]),
    ]
    files = {
        "Өтініш_Ахметова.pdf": (appeal, CopyRole.APPEAL),
        "Чек_4471.tif": (receipt, CopyRole.ATTACHMENT),
        "Скриншоттар_дүкен.pdf": (screenshot, CopyRole.EVIDENCE),
    }
    made: dict[str, tuple[Path, CopyRole]] = {}
    for name, (pages, role) in files.items():
        path = folder / name
        first, rest = pages[0], pages[1:]
        if path.suffix == ".pdf":
            first.save(path, save_all=True, append_images=rest, resolution=150)
        else:
            first.save(path, save_all=True, append_images=rest, dpi=(150, 150), compression="tiff_deflate")
        made[name] = (path, role)
    return made


def attach_copies(app: QApplication, window: MainWindow, folder: Path) -> JournalRow:
    """Attaches the invented scans to the selected card, as Card > Attach would; recognises the
    text of all but the last, and leaves the last one for the window's own recognition."""
    assert window.opened is not None
    registry: Registry = window.opened.registry
    row = window.selected_card()
    assert row is not None
    scans = invented_scans(folder)
    actor = Actor.from_environment()
    names = list(scans)
    for name in names[:-1]:
        path, role = scans[name]
        registry.copies.attach(str(row.id), [path], role, actor)
    if registry.ocr.availability().available:
        registry.ocr.run_pending()
    path, role = scans[names[-1]]
    registry.copies.attach(str(row.id), [path], role, actor)
    window.recognition.request()  # "Recognising text: 1 waiting" in the status bar meanwhile
    panel = window.copies_panel
    panel.reload()
    wait_until(app, lambda: panel.shown is not None and len(panel.shown.copies) == len(scans))
    wait_until(app, lambda: all(not panel.table.item(i, 0).icon().isNull() for i in range(len(scans))))
    return row


def review_dialogs(
    app: QApplication, window: MainWindow, row: JournalRow, folder: Path, language: str, review_dir: Path
) -> None:
    """The dialogs and the banner, for a look during review (not in the docs)."""
    assert window.opened is not None
    registry = window.opened.registry
    scans = folder / "review"
    scans.mkdir(exist_ok=True)
    bad = scans / "photo.png"
    Image.new("RGB", (40, 30), "red").save(bad)
    locked = scans / "зашифрованный.pdf"
    locked.write_bytes(b"%PDF-1.4\n%%EOF\n")
    files = [bad, locked, *sorted(folder.glob("*.tif"))]
    dialog = RoleDialog(row.number, files, CopyRole.APPEAL, window)
    dialog.show()
    save(app, dialog, f"role_dialog_{language}.png", review_dir)
    dialog.close()
    report = registry.copies.attach(str(row.id), files, CopyRole.ATTACHMENT, Actor.from_environment())
    result = AttachResultDialog(row.number, report, window)
    result.show()
    save(app, result, f"attach_result_{language}.png", review_dir)
    result.close()
    reason = OcrOffReason(OcrOff.MISSING_LANGUAGES, ("kaz",), "Tesseract has no data for kaz")
    window.notice.show_notice(ocr_off_headline(), ocr_off_text(reason), reason.problem)
    save(app, window, f"notice_{language}.png", review_dir)
    window.notice.hide()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write the dialogs and banner into this folder")
    args = parser.parse_args()
    if args.review:
        args.review.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault(USER_ENV, "a.nurlanova")  # the "Added by" of the invented copies
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

        switch(app, window, Language.KAZAKH)
        scans = folder / "scans"
        scans.mkdir()
        row = attach_copies(app, window, scans)
        wait_until(app, lambda: window.ocr_label.isVisible(), timeout=20)
        save(app, window, "copies_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "copies_ru.png")
        if args.review:
            for language in (Language.KAZAKH, Language.RUSSIAN):
                switch(app, window, language)
                review_dialogs(app, window, row, scans, language.value, args.review)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
