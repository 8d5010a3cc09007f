"""Text recognition with the real Tesseract and its kaz/rus data, on generated Kazakh and Russian
pages: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) must come back right."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from scanners import ocr
from tests.factories import incoming

FONT = Path(__file__).resolve().parents[2] / "ui" / "resources" / "fonts" / "DejaVuSans.ttf"
KAZAKH_LINES = [
    "Тұтынушылардың құқықтарын қорғау туралы өтініш",
    "Өтініш беруші: Әбдірахманов Ерлан Ғабитұлы",
    "Мекенжайы: Астана қаласы, Мәңгілік Ел даңғылы",
    "Үкімет шешімі һәм іс жүргізу тәртібі",
]
RUSSIAN_LINES = ["Жалоба на продавца холодильника", "Прошу вернуть уплаченные деньги", "Заявитель: Кузнецова Ольга"]
KAZAKH_WORDS = ["Тұтынушылардың", "құқықтарын", "өтініш", "Әбдірахманов", "Ғабитұлы", "Мәңгілік", "даңғылы", "Үкімет", "һәм", "тәртібі"]
RUSSIAN_WORDS = ["Жалоба", "продавца", "холодильника", "вернуть", "Кузнецова"]

pytestmark = pytest.mark.skipif(
    not ocr.check_tesseract().available and not __import__("os").environ.get("CI"),
    reason="Tesseract with kaz+rus is not installed here (dev.py test installs it)",
)


def page(lines: list[str]) -> Image.Image:
    image = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 46)
    for i, line in enumerate(lines):
        draw.text((220, 320 + i * 110), line, font=font, fill=0)
    return image


def _found(text: str, words: list[str]) -> list[str]:
    folded = text.casefold()
    return [w for w in words if w.casefold() not in folded]


def test_tesseract_and_language_packs_are_there() -> None:
    availability = ocr.check_tesseract("kaz+rus+eng")
    assert availability.available, availability.problem


def test_missing_language_is_said_clearly() -> None:
    availability = ocr.check_tesseract("kaz+xyz")
    assert not availability.available and availability.missing_languages == ("xyz",)
    assert "tesseract-ocr-xyz" in (availability.problem or "")
    assert not ocr.check_tesseract("kaz; rm -rf /").available


def test_recognised_kazakh_and_russian_pages_are_stored_per_page(registry: Registry, tmp_path: Path) -> None:
    kazakh, russian = page(KAZAKH_LINES), page(RUSSIAN_LINES)
    scan = tmp_path / "appeal.tif"
    kazakh.convert("1").save(scan, save_all=True, append_images=[russian.convert("1")], compression="group4", dpi=(300, 300))
    sideways = tmp_path / "sideways.jpg"
    kazakh.rotate(90, expand=True).save(sideways, dpi=(300, 300))  # scanned the wrong way round
    card = registry.registration.register_json(incoming(), Actor("clerk"))
    registry.copies.attach(card.number, [scan, sideways], CopyRole.APPEAL, Actor("clerk"))
    assert registry.ocr.queue_counts() == {"pending": 2}  # queued with the attach, not done by it
    report = registry.ocr.run_pending()
    assert (report.recognised, report.failed, report.pages, report.problem) == (2, 0, 3, None)
    texts = registry.ocr.card_texts(card.number)
    assert [index for _, index, _ in texts] == [0, 1, 0]
    assert _found(texts[0][2], KAZAKH_WORDS) == []
    assert _found(texts[1][2], RUSSIAN_WORDS) == []
    assert _found(texts[2][2], KAZAKH_WORDS) == []  # turned the right way before reading
    assert registry.ocr.queue_counts() == {"done": 2}
    assert set(registry.ocr.copy_states(card.number).values()) == {"done"}
    assert registry.copies.blobs.check(texts[0][0]) is None  # the original is untouched
    assert registry.ocr.run_pending().recognised == 0  # nothing left to do


def test_without_the_language_pack_nothing_is_lost(registry: Registry, tmp_path: Path) -> None:
    scan = tmp_path / "appeal.jpg"
    page(RUSSIAN_LINES[:1]).save(scan)
    card = registry.registration.register_json(incoming(), Actor("clerk"))
    registry.copies.attach(card.number, [scan], CopyRole.APPEAL, Actor("clerk"))
    registry.ocr.set_languages("kaz+xyz")
    report = registry.ocr.run_pending()
    assert report.recognised == 0 and report.pending == 1 and "xyz" in (report.problem or "")
    registry.ocr.set_languages("rus")
    assert registry.ocr.run_pending().recognised == 1


def test_searchable_pdf_has_the_image_and_a_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = tmp_path / "page.tif"
    page(KAZAKH_LINES[:2]).convert("1").save(source, compression="group4", dpi=(300, 300))
    data = ocr.searchable_pdf(source, "tiff", 1, "kaz+rus")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert _found(reader.pages[0].extract_text(), ["Тұтынушылардың", "құқықтарын", "Әбдірахманов"]) == []
