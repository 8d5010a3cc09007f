"""Screenshots of the main window for the docs, in Kazakh and Russian.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/make_screenshots.py

Works in a temporary data directory: the first screen of a new registry (creating its administrator), then the demo registry
(3,000 invented cards) opened from it, as a clerk would, then a card of it with electronic copies
(invented scans drawn here; their text recognised by Tesseract when it is installed). Last, the
unfiled files: the clerk's own registry, given a few invented cards, takes three invented scans
from a scanner folder (the demo registry never takes scans). Nothing outside the temporary
directory is read or written (the settings go there too).

The card: its fields, links and history (card_*.png), one of its scans in the page viewer
(viewer_*.png), the registration form of a new incoming appeal being typed (registration_*.png),
and the deadline rules in Settings (settings_*.png).

Execution control: the "On control" dashboard of the demo registry with a card's control panel
(control_*.png), and a card of the journal whose due date was extended, with its history
(control_panel_*.png). The incoming journal by due date with only the cards on control
(journal_filter_*.png).

    ... make_screenshots.py --review DIR   # also the attach dialogs, the scanner folder dialog,
                                          # the notice banner and the control dialogs, into DIR
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# A docs tool that drives the GUI, like tests/ui: it may import Qt outside ui/.
from PySide6.QtCore import QSettings, Qt  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402, TID251

from clerk_app.domain.accounts import Role  # noqa: E402
from clerk_app.domain.cards import JournalRow  # noqa: E402
from clerk_app.domain.control import ControlResult, ControlStatus  # noqa: E402
from clerk_app.domain.enums import CopyRole, Direction  # noqa: E402
from clerk_app.domain.journal_order import ControlFilter, JournalOrder  # noqa: E402
from clerk_app.services.context import USER_ENV, Actor  # noqa: E402
from clerk_app.services.registry import Registry  # noqa: E402
from clerk_app.timeutil import astana_today  # noqa: E402
from ui import i18n_build  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.control_dialogs import AssignDialog, ResultDialog  # noqa: E402
from ui.control_view import Show  # noqa: E402
from ui.copy_dialogs import AttachResultDialog, RoleDialog  # noqa: E402
from ui.copy_texts import OcrOff, OcrOffReason, ocr_off_headline, ocr_off_text  # noqa: E402
from ui.fonts import FONTS_DIR  # noqa: E402
from ui.journal_model import Column  # noqa: E402
from ui.languages import Language, LanguageManager  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.page_viewer import open_copy_viewer  # noqa: E402
from ui.registry_loader import StoreLocation  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent
CLERK_LOGIN, CLERK_PASSWORD = "a.nurlanova", "Көктем-2026-сәуір"  # invented
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


def _registration_stamp(page: Image.Image, number: str) -> None:
    """The registration stamp at the foot of the first page, as the clerk puts it on the paper
    original: large enough to be read on the preview."""
    draw = ImageDraw.Draw(page)
    regular = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans.ttf"), 36)
    bold = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans-Bold.ttf"), 40)
    ink = 55
    draw.rectangle((590, 1380, 1190, 1610), outline=ink, width=5)
    draw.text((625, 1405), "ТІРКЕЛДІ", fill=ink, font=regular)
    draw.text((625, 1460), f"Кіріс № {number}", fill=ink, font=bold)
    draw.text((625, 1535), f"Күні: {astana_today():%d.%m.%Y}", fill=ink, font=regular)


def scanner_output(folder: Path, row: JournalRow) -> list[Path]:
    """What a network scanner saved: the appeal of ``row`` with its registration stamp (PDF), a
    receipt (TIFF) and the applicant's consent (JPEG), finished a while ago."""
    appeal = [
        _page(
            [
                "Тұтынушылар құқықтарын қорғау",
                row.correspondent,
                "Астана қ., Бейбітшілік көшесі 8, 12-пәтер",
                "",
                "ӨТІНІШ",
                "",
                "Интернет-дүкеннен тоңазытқыш сатып алдым.",
                "Жеткізілген тауар ақаулы болып шықты.",
                "Сатушы тауарды ауыстырудан бас тартты.",
                "Тауардың құнын қайтаруды сұраймын.",
            ]
        ),
        _page(["Қосымшалар:", "1. Төлем түбіртегі", "2. Келісім", "", "Қолы: ____________"]),
    ]
    _registration_stamp(appeal[0], row.number)
    receipt = _page(
        ["ТОВАРНЫЙ ЧЕК № 10932", "ТОО «Технодом Плюс»", "Холодильник NF-340 — 1 шт.", "Сумма: 329 990,00 тенге"],
        stamp="ОПЛАЧЕНО",
    )
    consent = _page(
        [
            "Дербес деректерді өңдеуге келісім",
            f"Мен, {row.correspondent},",
            "өтінішімді қарау үшін дербес деректерімді",
            "жинауға және өңдеуге келісім беремін.",
            "",
            f"Күні: {astana_today():%d.%m.%Y}     Қолы: ____________",
        ]
    )
    stamp = f"{astana_today():%Y%m%d}"
    made = [folder / f"SCAN_{stamp}_094112.pdf", folder / f"SCAN_{stamp}_094530.tif", folder / f"SCAN_{stamp}_095047.jpg"]
    appeal[0].save(made[0], save_all=True, append_images=appeal[1:], resolution=150)
    receipt.save(made[1], dpi=(150, 150), compression="tiff_deflate")
    consent.save(made[2], dpi=(150, 150), quality=85)
    then = time.time() - 600
    for path in made:
        os.utime(path, (then, then))
    return made


def show_unfiled_files(app: QApplication, window: MainWindow, settings: AppSettings, folder: Path) -> None:
    """The clerk's own registry (a few invented cards, added while the demo is open) with a scanner
    folder: three scans arrive, and the clerk is about to attach the appeal to its card."""
    data_dir = folder / "registry"
    registry = Registry.open(data_dir=data_dir)
    try:
        # The administrator, and the clerk who signs in (the undertaking already accepted).
        accounts = registry.accounts
        accounts.create_first_administrator("admin", "Айгүл Әбенова", CLERK_PASSWORD)
        admin = accounts.authenticate("admin", CLERK_PASSWORD)
        accounts.acknowledge(admin)
        accounts.create(admin, CLERK_LOGIN, "Айгерім Нұрланова", CLERK_PASSWORD, [Role.CLERK, Role.SUPERVISOR])
        accounts.acknowledge(accounts.authenticate(CLERK_LOGIN, CLERK_PASSWORD))
        registry.demo.generate(40, seed=7, actor=Actor.from_environment())
        row = registry.cards.journal_page("incoming", limit=1).rows[0]
    finally:
        registry.close()
    hot = folder / "scanner"
    hot.mkdir()
    scanner_output(hot, row)
    settings.hot_folder = str(hot)
    window.hot_folder.stable_seconds = 0.0  # the files were finished minutes ago: two looks suffice
    window.open_my_registry()
    wait_until(app, lambda: window.opened is not None and not window.opened.location.is_demo)
    page = window.sign_in_page  # signing in as the clerk does
    wait_until(app, lambda: window.stack.currentWidget() is page and page.login_edit.isEnabled())
    page.login_edit.setText(CLERK_LOGIN)
    page.password_edit.setText(CLERK_PASSWORD)
    page.submit()
    wait_until(app, lambda: window.signed_in is not None)
    panel = window.inbox_panel

    def scanned() -> bool:
        if not window.hot_folder.busy:
            window.hot_folder.scan_now()
        return panel.count == 3

    wait_until(app, scanned)
    window.inbox_action.trigger()
    panel.table.selectRow(0)
    panel.number_edit.setText(row.number)  # read from the stamp on the page
    wait_until(app, lambda: panel.preview.pixmap is not None and not panel.preview.pixmap.isNull())
    wait_until(app, lambda: all(not panel.table.item(i, 0).icon().isNull() for i in range(3)))
    window.statusBar().clearMessage()  # "Files from the scanner: 3 received" stays in one language


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


# --- execution control --------------------------------------------------------------------------------


def extended_card(app: QApplication, window: MainWindow) -> JournalRow:
    """A card of the incoming journal in work, its due date extended (as a supervisor would, a
    while ago): selected, with its control panel under the journal."""
    assert window.opened is not None
    registry: Registry = window.opened.registry
    view = window.journal_views[0]
    today = astana_today()
    rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
    row = next(
        r for r in rows[3:] if r.control_status is ControlStatus.IN_PROGRESS and (r.days_left(today) or 0) >= 2
    )
    assert row.due_on is not None
    registry.control.extend(
        str(row.id), row.due_on + timedelta(days=10), "Сатушыдан қосымша құжаттар сұратылды", Actor.from_environment()
    )
    window.refresh_action.trigger()
    wait_until(app, lambda: view.model.rowCount() > 0 and not view.model.loading)
    line = view.model.find_row(row.id)
    assert line is not None
    view.table.selectRow(line)
    view.table.scrollTo(view.model.index(line, 0))
    show_control_panel(app, window, row.id)
    return row


def show_control_panel(app: QApplication, window: MainWindow, card_id: uuid.UUID) -> None:
    window.card_tabs.setCurrentWidget(window.control_panel)
    panel = window.control_panel
    wait_until(app, lambda: panel.details is not None and panel.details.card.id == card_id and not panel.loading)


def show_control_tab(app: QApplication, window: MainWindow) -> None:
    """The "On control" tab, everything on control by due date, the most overdue card selected."""
    window.tabs.setCurrentWidget(window.control_tab)
    tab = window.control_tab
    tab.show_only(Show.ALL)
    wait_until(app, lambda: tab.model.rowCount() > 0 and not tab.model.loading)
    tab.table.selectRow(0)
    show_control_panel(app, window, tab.model.row_at(0).card_id)


def review_control_dialogs(
    app: QApplication, window: MainWindow, skip: int, language: str, review_dir: Path
) -> None:
    """Each control dialog for a card in work of the "On control" tab (the first ``skip`` passed
    over), and the result dialog refusing a refusal without its reason; the card's result is
    then recorded, to reach the last two."""
    panel = window.control_panel
    tab = window.control_tab
    in_work = (ControlStatus.ASSIGNED, ControlStatus.IN_PROGRESS)
    lines = [i for i in range(tab.model.rowCount()) if tab.model.row_at(i).status in in_work]
    line = lines[skip]
    tab.table.selectRow(line)
    show_control_panel(app, window, tab.model.row_at(line).card_id)
    for name in ("assign", "extend", "resolve", "remove", "reopen"):
        state = panel.details.state if panel.details is not None else None
        if not panel.buttons[name].isEnabled():
            if name == "remove" and state is not None and state.status is not ControlStatus.RESOLVED:
                assert window.opened is not None and panel.card is not None
                window.opened.registry.control.resolve(str(panel.card.id), ControlResult.WITHDRAWN, Actor.from_environment())
                panel.reload()
                wait_until(app, lambda: not panel.loading and panel.buttons["remove"].isEnabled())
            else:
                continue
        panel.buttons[name].click()
        wait_until(app, lambda: panel.dialog is not None and panel.dialog.isVisible())
        dialog = panel.dialog
        assert dialog is not None
        if isinstance(dialog, AssignDialog):
            dialog.staff_list.item(1).setCheckState(Qt.CheckState.Checked)
        save(app, dialog, f"control_{name}_{language}.png", review_dir)
        if isinstance(dialog, ResultDialog):
            dialog.choose(ControlResult.REFUSED)
            dialog.submit()
            wait_until(app, lambda dialog=dialog: bool(dialog.errors.visible_messages()))
            save(app, dialog, f"control_{name}_refused_{language}.png", review_dir)
        dialog.reject()
        wait_until(app, lambda: panel.dialog is None)
    window.staff_action.trigger()
    staff = window.staff_dialog
    assert staff is not None
    wait_until(app, lambda: not staff.loading)
    save(app, staff, f"staff_dialog_{language}.png", review_dir)
    staff.reject()
    wait_until(app, lambda: window.staff_dialog is None)


def review_folder_dialog(app: QApplication, window: MainWindow, review_dir: Path) -> None:
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        window.hot_folder_action.trigger()
        dialog = window.hot_folder_dialog
        assert dialog is not None
        save(app, dialog, f"hot_folder_dialog_{language.value}.png", review_dir)
        dialog.reject()
        settle(app)


def show_ordered_and_filtered(app: QApplication, window: MainWindow) -> None:
    """The incoming journal by due date, only the cards on control (journal_filter_*.png)."""
    view = window.journal_views[0]
    bar = view.filter_bar
    bar.control_box.setCurrentIndex(bar.control_box.findData(ControlFilter.ON_CONTROL))
    header = view.table.horizontalHeader()
    header.sectionClicked.emit(Column.DUE)
    wait_until(app, lambda: view.model.order is JournalOrder.DUE and not view.model.loading)
    view.table.selectRow(0)
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        save(app, window, f"journal_filter_{language.value}.png")
    view.show_newest()
    wait_until(app, lambda: not view.model.loading and view.model.rowCount() > 0)
    view.table.selectRow(2)  # the row the next shots work on, as before


def show_card_and_viewer(app: QApplication, window: MainWindow, settings: AppSettings) -> None:
    """The selected card's own tab, then its first scan in the page viewer, in both languages."""
    assert window.opened is not None
    window.card_tabs.setCurrentWidget(window.card_panel)
    panel = window.card_panel
    wait_until(app, lambda: panel.view is not None and not panel.loading)
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        wait_until(app, lambda: not panel.loading)
        save(app, window, f"card_{language.value}.png")
    shown = window.copies_panel.shown
    assert shown is not None and shown.copies
    viewer = open_copy_viewer(window, window._viewer_runner, window.opened.registry, shown.copies[0], settings)
    viewer.resize(900, 720)
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        wait_until(app, lambda: not viewer.loading and not viewer.failed)
        save(app, viewer, f"viewer_{language.value}.png")
    viewer.close()
    window.card_tabs.setCurrentWidget(window.copies_panel)


def show_registration_form(app: QApplication, window: MainWindow) -> None:
    """Card > New incoming appeal, partly typed: a known applicant, a respondent, the summary."""
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        form = window.registration.open_new(Direction.INCOMING)
        assert form is not None
        form.resize(1320, 700)
        row = form.applicants.rows[0]
        row.edits["surname"].setText("Сейітқалиева")
        row.edits["given_name"].setText("Гүлназ")
        row.edits["patronymic"].setText("Ерланқызы")
        row.edits["iin"].setText("9001014")  # half typed
        row.edits["phone"].setText("+7 701 555 44 33")
        form.respondent.name_edit.setText("«Технодом Плюс» ЖШС")
        form.content.summary_edit.setPlainText(
            "Кір жуғыш машина кепілдік мерзімінде істен шықты; сатушы жөндеуден бас тартты."
        )
        settle(app, 0.8)
        save(app, form, f"registration_{language.value}.png")
        form.discard()


def show_settings(app: QApplication, window: MainWindow) -> None:
    """File > Settings: the deadline rules page."""
    for language in (Language.KAZAKH, Language.RUSSIAN):
        switch(app, window, language)
        window.settings_action.trigger()
        dialog = window.settings_dialog
        assert dialog is not None
        wait_until(app, lambda shown=dialog: all(page.loaded and not page.busy for page in shown.pages))
        dialog.show_page(dialog.rules_page)
        dialog.resize(960, 680)
        save(app, dialog, f"settings_{language.value}.png")
        dialog.reject()
        settle(app)


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
        window.first_administrator_page.demo_button.click()
        wait_until(app, lambda: window.opened is not None and window.opened.location.is_demo)
        views = window.journal_views
        wait_until(app, lambda: all(v.model.rowCount() > 0 and not v.model.loading for v in views))
        views[0].table.selectRow(2)  # a selected row, as while working
        save(app, window, "main_window_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "main_window_ru.png")
        show_ordered_and_filtered(app, window)

        switch(app, window, Language.KAZAKH)
        scans = folder / "scans"
        scans.mkdir()
        row = attach_copies(app, window, scans)
        wait_until(app, lambda: window.ocr_label.isVisible(), timeout=20)
        window.card_tabs.setCurrentWidget(window.copies_panel)  # the copies with their thumbnails
        save(app, window, "copies_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "copies_ru.png")
        if args.review:
            for language in (Language.KAZAKH, Language.RUSSIAN):
                switch(app, window, language)
                review_dialogs(app, window, row, scans, language.value, args.review)

        show_card_and_viewer(app, window, settings)
        show_registration_form(app, window)
        show_settings(app, window)

        switch(app, window, Language.KAZAKH)
        extended_card(app, window)
        save(app, window, "control_panel_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "control_panel_ru.png")
        switch(app, window, Language.KAZAKH)
        show_control_tab(app, window)
        save(app, window, "control_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "control_ru.png")
        if args.review:
            for skip, language in enumerate((Language.KAZAKH, Language.RUSSIAN)):
                switch(app, window, language)
                review_control_dialogs(app, window, skip, language.value, args.review)

        switch(app, window, Language.KAZAKH)
        show_unfiled_files(app, window, settings, folder)
        save(app, window, "inbox_kk.png")
        switch(app, window, Language.RUSSIAN)
        save(app, window, "inbox_ru.png")
        if args.review:
            review_folder_dialog(app, window, args.review)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
