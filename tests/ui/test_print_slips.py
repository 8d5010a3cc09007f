"""The card sheet, the applicant's receipt and the stamp labels: the PDFs' text in English, Kazakh and
Russian, their pages, QR codes read back from 200 dpi renderings as the scanner will (zxing-cpp),
and the commands in the card panel and the registration form."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import Channel
from clerk_app.domain.stamp_code import StampCode, decode_stamp
from clerk_app.errors import ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.conftest import IN_CI
from tests.factories import REAL_BINS, incoming, valid_iin
from tests.ui.test_registration_form import fill_appeal, pick, show, wait_registered
from ui.card_panel import CardPanel
from ui.languages import Language, LanguageManager
from ui.printing.card_sheet import save_card_sheet
from ui.printing.receipt import save_receipt
from ui.printing.stamp import save_stamps
from ui.registration_form import RegistrationForm
from ui.workers import TaskRunner

CLERK = Actor("clerk")
BODY = "«Адал сауда» тұтынушылар қоғамы"
zxingcpp = pytest.importorskip("zxingcpp")  # the decoder issue 9 files scans with


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    opened.references.save_own_body({
        "name": BODY, "body_type": "consumer_association", "bin": REAL_BINS[2], "address": "Астана, Бейбітшілік к-сі, 4",
    })
    yield opened
    opened.close()


def words(text: str) -> str:
    """Painted text comes out with tabs between the words: compared as single spaces."""
    return re.sub(r"\s+", " ", text)


def text_of(path: Path) -> str:
    return words(" ".join(page.extract_text() for page in PdfReader(path).pages))


def rendered(path: Path, dpi: int = 200) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        if IN_CI:  # CI installs poppler-utils: the rendered pages must be looked at there
            pytest.fail("pdftoppm (poppler-utils) is missing on CI")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(prefix)], check=True)
    return sorted(path.parent.glob(prefix.name + "-*.png"))


def stamps_in(image: Path) -> list[StampCode | None]:
    return [decode_stamp(found.text) for found in zxingcpp.read_barcodes(Image.open(image))]


class TableTranslator(QTranslator):
    """A catalogue of a few texts of the printouts' own contexts (the committed catalogues get them
    from the lead's merge): proves the printouts ask Qt for every word."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.table = table

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.table.get((context, source))  # None: not here, the next catalogue answers

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def install() -> Iterator[Callable[[dict[tuple[str, str], str]], None]]:
    installed: list[QTranslator] = []

    def add(table: dict[tuple[str, str], str]) -> None:
        translator = TableTranslator(table)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield add
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


# --- the receipt ---------------------------------------------------------------------------------------------


def test_the_receipt_pdf_names_body_number_clerk_and_due_date(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(channel="paper_in_person"), CLERK)
    due = registry.control.record(card.number).state
    assert due is not None and due.due_on is not None
    saved = save_receipt(registry, CLERK, card_ref=card.number, path=tmp_path / "receipt.pdf")
    assert (saved.format, saved.pages, saved.path) == ("pdf", 1, tmp_path / "receipt.pdf")
    text = text_of(saved.path)
    for expected in (f"RECEIPT No. {card.number}", f"Counterfoil of receipt No. {card.number}", BODY,
                     f"BIN {REAL_BINS[2]}", "Әбдірахманов Ерлан Қайратұлы", "Accepted by", "clerk",
                     due.due_on.strftime("%d.%m.%Y"), "(Astana time)"):
        assert expected in text, expected
    assert not list(tmp_path.glob("*.part"))
    # both halves carry the card's code; read at 200 dpi as the scanner will
    assert stamps_in(rendered(saved.path)[0]) == [StampCode(card.id, card.number)] * 2


def test_a_collective_appeals_receipt_names_the_first_applicants_and_keeps_its_half(
    registry: Registry, tmp_path: Path
) -> None:
    people = [{"type": "natural_person", "surname": f"Сейтқали{i}", "given_name": "Айгерім",
               "iin": valid_iin("850101", 4, i + 1), "address": "Алматы, Абай даңғылы, 1"} for i in range(40)]
    card = registry.registration.register_json(
        incoming(channel="paper_in_person", is_collective=True, applicants=people), CLERK
    )
    saved = save_receipt(registry, CLERK, card_ref=card.number, path=tmp_path / "receipt.pdf")
    text = text_of(saved.path)
    assert "and 37 more" in text and "Сейтқали39" not in text
    # every line of the receipt stays above the cut: the counterfoil starts after "Answer due by"
    assert text.index("Answer due by") < text.index("Keep this receipt") < text.index("Counterfoil of receipt")
    assert stamps_in(rendered(saved.path)[0]) == [StampCode(card.id, card.number)] * 2


def test_the_receipt_in_kazakh_and_russian(
    registry: Registry, tmp_path: Path, languages: LanguageManager, install: Callable[..., None]
) -> None:
    card = registry.registration.register_json(incoming(channel="paper_in_person"), CLERK)
    languages.apply(Language.KAZAKH, remember=False)
    install({("Receipt", "RECEIPT No. {0}"): "ТАЛОН № {0}", ("Receipt", "Accepted by"): "Қабылдаған"})
    text = text_of(save_receipt(registry, CLERK, card_ref=card.number, path=tmp_path / "kk.pdf").path)
    assert "ТАЛОН №" in text and "Қабылдаған" in text  # every Kazakh letter embedded
    languages.apply(Language.RUSSIAN, remember=False)
    install({("Receipt", "RECEIPT No. {0}"): "ТАЛОН № {0}", ("Receipt", "Accepted by"): "Принял"})
    text = text_of(save_receipt(registry, CLERK, card_ref=card.number, path=tmp_path / "ru.pdf").path)
    assert "Принял" in text


def test_an_outgoing_letter_has_no_receipt_and_only_pdf_is_written(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    reply = registry.registration.register_reply(card.number, {"channel": "post", "form": "written", "summary": "Жауап"}, CLERK)
    with pytest.raises(ValidationError) as refused:
        save_receipt(registry, CLERK, card_ref=reply.number, path=tmp_path / "r.pdf")
    assert refused.value.issues[0].code == "slips.not_incoming"
    with pytest.raises(ValidationError) as wrong:
        save_receipt(registry, CLERK, card_ref=card.number, path=tmp_path / "r.xlsx")
    assert wrong.value.issues[0].code == "print.unsupported_format"
    assert not list(tmp_path.glob("r.*"))


# --- the card sheet ------------------------------------------------------------------------------------------


def test_the_card_sheet_holds_fields_control_and_history(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    staff = registry.references.add_staff_member({"full_name": "Жанар Исаева"}).id
    registry.control.assign(card.number, [staff], "Қарау", Actor("boss"))
    registry.cards.edit(card.number, {"channel": "email"}, CLERK)
    saved = save_card_sheet(registry, CLERK, card_ref=card.number, path=tmp_path / "card.pdf")
    text = text_of(saved.path)
    for expected in (f"Registration-control card No. {card.number}", BODY, "Registration number", "Applicants",
                     "Әбдірахманов Ерлан Қайратұлы", "«Технодом» ЖШС", "Execution control", "Жанар Исаева",
                     "History", "Registered", "Changed: Received via", "boss", f"page 1 of {saved.pages}"):
        assert expected in text, expected
    assert stamps_in(rendered(saved.path)[0]) == [StampCode(card.id, card.number)]


def test_a_long_history_goes_on_numbered_pages_with_the_table_header_repeated(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    for i in range(40):
        registry.cards.edit(card.number, {"notes": f"Ескертпе {i} / Примечание {i} " + "сөз " * 20}, CLERK)
    saved = save_card_sheet(registry, CLERK, card_ref=card.number, path=tmp_path / "card.pdf")
    assert saved.pages is not None and saved.pages >= 3
    pages = [words(page.extract_text()) for page in PdfReader(saved.path).pages]
    assert len(pages) == saved.pages
    for number, page in enumerate(pages[1:], 2):
        assert f"page {number} of {saved.pages}" in page
        assert "What happened" in page  # the history's header on every page it runs over


def test_the_card_sheet_in_kazakh(registry: Registry, tmp_path: Path, languages: LanguageManager) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    languages.apply(Language.KAZAKH, remember=False)
    text = text_of(save_card_sheet(registry, CLERK, card_ref=card.number, path=tmp_path / "kk.pdf").path)
    assert "Тіркеу нөмірі" in text  # the card view's own labels, from the committed catalogue


# --- stamp labels --------------------------------------------------------------------------------------------


def test_stamp_sheets_of_24_labels_read_back_card_by_card(registry: Registry, tmp_path: Path) -> None:
    cards = [registry.registration.register_json(incoming(summary=f"Өтініш {i}"), CLERK, confirm_duplicate=True)
             for i in range(26)]
    saved = save_stamps(registry, CLERK, card_refs=[c.number for c in cards], path=tmp_path / "stamps.pdf")
    assert (saved.pages, saved.rows, saved.extra) == (2, 26, {"layout": "a4-3x8"})
    text = text_of(saved.path)
    assert all(c.number in text for c in cards) and "Registered" in text
    first, second = rendered(saved.path)
    found = {code for code in stamps_in(first) + stamps_in(second)}
    assert found == {StampCode(c.id, c.number) for c in cards}


def test_a_single_label_for_a_label_printer(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    saved = save_stamps(registry, CLERK, card_refs=[str(card.id)], path=tmp_path / "label.pdf", layout="single-58x40")
    page = PdfReader(saved.path).pages[0]
    width_mm, height_mm = (float(v) * 25.4 / 72 for v in (page.mediabox.width, page.mediabox.height))
    assert (round(width_mm), round(height_mm)) == (58, 40)
    assert stamps_in(rendered(saved.path)[0]) == [StampCode(card.id, card.number)]
    with pytest.raises(ValidationError) as unknown:
        save_stamps(registry, CLERK, card_refs=[card.number], path=tmp_path / "x.pdf", layout="a4-2x7")
    assert unknown.value.issues[0].code == "print.unknown_layout"


# --- the commands --------------------------------------------------------------------------------------------


def test_the_card_panel_prints_the_shown_card(
    qtbot: QtBot, registry: Registry, languages: LanguageManager, previews: list[tuple[str, Path]]
) -> None:
    runner = TaskRunner()
    panel = CardPanel(runner)
    qtbot.addWidget(panel)
    try:
        panel.show()
        panel.set_registry(registry)
        assert not panel.print_actions.card_action.isEnabled()
        card = registry.registration.register_json(incoming(channel="paper_in_person"), CLERK)
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            panel.show_card(card.id)
        actions = panel.print_actions
        assert [a.text() for a in actions.actions] == ["&Print card…", "Print rece&ipt…", "Print stamp &label…"]
        assert all(a.isEnabled() for a in actions.actions)
        for action in actions.actions:
            action.trigger()  # read on the panel's worker, shown here
        qtbot.waitUntil(lambda: len(previews) == 3)
        assert [title for title, _ in previews] == [
            f"Registration-control card No. {card.number}", f"Receipt No. {card.number}",
            f"Registration stamp No. {card.number}",
        ]
        assert card.number in text_of(previews[1][1])
    finally:
        panel.set_registry(None)
        runner.shutdown()


def test_an_appeal_handed_in_person_offers_its_receipt_at_once(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, languages: LanguageManager,
    previews: list[tuple[str, Path]],
) -> None:
    forms: list[RegistrationForm] = []
    form = show(qtbot, RegistrationForm(registry, runner, registry.settings.journals()), forms)
    try:
        fill_appeal(qtbot, form, "900101300017")
        assert form.receipt_check.isHidden()  # by post: nobody to hand a receipt to
        pick(qtbot, form.card_fields.channel_combo, Channel.PAPER_IN_PERSON.value)
        assert not form.receipt_check.isHidden() and form.receipt_check.isChecked()
        card = wait_registered(qtbot, form, form.register_button.click)
        qtbot.waitUntil(lambda: len(previews) == 1)
        assert previews[0][0] == f"Receipt No. {card.number}"
        assert card.number in text_of(previews[0][1])
    finally:
        for shown in forms:
            if shiboken6.isValid(shown):
                shown.discard()


def test_no_receipt_when_the_clerk_unticks_it(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, languages: LanguageManager,
    previews: list[tuple[str, Path]],
) -> None:
    forms: list[RegistrationForm] = []
    form = show(qtbot, RegistrationForm(registry, runner, registry.settings.journals()), forms)
    try:
        fill_appeal(qtbot, form, "900101300017")
        pick(qtbot, form.card_fields.channel_combo, Channel.PAPER_IN_PERSON.value)
        form.receipt_check.setChecked(False)
        wait_registered(qtbot, form, form.register_button.click)
        qtbot.wait(50)
        assert previews == []
    finally:
        for shown in forms:
            if shiboken6.isValid(shown):
                shown.discard()


def test_the_due_date_on_the_receipt_follows_an_extension(registry: Registry, tmp_path: Path) -> None:
    card = registry.registration.register_json(incoming(channel="paper_in_person"), CLERK)
    later = astana_today() + timedelta(days=45)
    registry.control.extend(card.number, later, "Сараптама", Actor("boss"))
    text = text_of(save_receipt(registry, CLERK, card_ref=str(card.id), path=tmp_path / "r.pdf").path)
    assert later.strftime("%d.%m.%Y") in text

