"""The QR stamp files each scanned page under its card (issue 9): stamps read at 200–600 dpi, turned,
skewed and speckled, grey and black-and-white; a pile cut card by card; foreign and damaged codes
ignored safely; and the page tools (blank pages, colour modes, the files written)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from clerk_app.domain.copies import AttachReport
from clerk_app.domain.enums import CopyRole
from clerk_app.domain.scan_filing import PagePart, split_by_stamp
from clerk_app.domain.stamp_code import StampCode, encode_stamp
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.scan_profiles import BUILT_IN, ScanProfileBook
from clerk_app.services.scanning import FilingOutcome, ScanningService
from scanners.acquisition import DEFAULT_BLANK_THRESHOLD, ColourMode, PageSize, ScanProfile, ScanSource
from scanners.page_tools import in_mode, ink_percent, is_blank, rotated
from scanners.scan_output import write_scan_file
from tests.factories import incoming
from tests.scan_pages import blank_page, page

CLERK = Actor("clerk")
A, B, C = (StampCode(uuid.UUID(int=n), f"01/A-000{n}/26") for n in (1, 2, 3))


# -- cutting a pile -------------------------------------------------------------------------------------


def test_a_new_stamp_starts_the_next_appeal() -> None:
    assert split_by_stamp([A, None, B, None, None, C]) == [
        PagePart((0, 1), A), PagePart((2, 3, 4), B), PagePart((5,), C),
    ]


def test_pages_before_the_first_stamp_are_nobodys_and_a_repeated_stamp_continues() -> None:
    assert split_by_stamp([None, None, A, A, None, B, A]) == [
        PagePart((0, 1), None), PagePart((2, 3, 4), A), PagePart((5,), B), PagePart((6,), A),
    ]
    assert split_by_stamp([]) == []
    assert split_by_stamp([None]) == [PagePart((0,), None)]


# -- reading the stamp ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", [200, 300, 600])
@pytest.mark.parametrize("turn", [0, 90, 180, 270, 4, -7])
@pytest.mark.parametrize("black_and_white", [False, True])
def test_the_stamp_is_read_at_every_resolution_turn_and_mode(dpi: int, turn: int, black_and_white: bool) -> None:
    card_id = uuid.uuid4()
    scanned = page(encode_stamp(card_id, "01/A-0042/26"), dpi=dpi, turn_degrees=turn,
                   black_and_white=black_and_white, seed=dpi + turn)
    assert ScanningService.read_stamp(scanned) == StampCode(card_id, "01/A-0042/26")


@pytest.mark.parametrize("foreign", [
    "https://kaspi.kz/shop/p/123", "CLERK2|" + "a" * 32 + "|1", "CLERK1|not-hex|1", "ЧЕК ККМ 000123 ИТОГО 5000",
])
def test_a_foreign_code_is_ignored(foreign: str) -> None:
    assert ScanningService.read_stamp(page(foreign, dpi=200)) is None


def test_a_damaged_code_and_a_page_without_one_are_ignored() -> None:
    assert ScanningService.read_stamp(page(encode_stamp(uuid.uuid4(), "7"), dpi=300, damaged=True)) is None
    assert ScanningService.read_stamp(page(None, dpi=300)) is None
    assert ScanningService.read_stamp(Image.new("1", (10, 10))) is None  # a sliver the decoder cannot use


# -- filing a pile card by card --------------------------------------------------------------------------


@pytest.fixture
def scanning(registry: Registry) -> ScanningService:
    return ScanningService(registry.copies, [])


def test_a_stamped_pile_is_filed_card_by_card(registry: Registry, scanning: ScanningService) -> None:
    cards = [registry.registration.register_json(incoming(), CLERK, confirm_duplicate=True) for _ in range(3)]
    stamps = [encode_stamp(card.id, card.number) for card in cards]
    pile = [
        page(None, dpi=200, seed=1),  # a covering note nobody stamped
        page(stamps[0], dpi=200, turn_degrees=180, seed=2), page(None, dpi=200, seed=3),
        page(stamps[1], dpi=200, seed=4, black_and_white=True),
        page(stamps[2], dpi=200, turn_degrees=-5, seed=5), page(None, dpi=200, seed=6), page(None, dpi=200, seed=7),
    ]
    report = scanning.file_by_stamps(pile, ColourMode.GREY, CLERK)
    assert [(part.pages, part.outcome, part.card_number) for part in report.parts] == [
        ((0,), FilingOutcome.INBOX, None),
        ((1, 2), FilingOutcome.FILED, cards[0].number),
        ((3,), FilingOutcome.FILED, cards[1].number),
        ((4, 5, 6), FilingOutcome.FILED, cards[2].number),
    ]
    assert [[c.page_count for c in registry.copies.copies(card.number)] for card in cards] == [[2], [1], [3]]
    assert {c.role for card in cards for c in registry.copies.copies(card.number)} == {CopyRole.APPEAL}
    (unfiled,) = registry.copies.inbox(actor=CLERK)
    assert (unfiled.page_count, unfiled.source) == (1, "scanner")
    # scanned again: nothing is attached twice, and the parts still count as filed
    again = scanning.file_by_stamps(pile[1:3], ColourMode.GREY, CLERK)
    assert [part.outcome for part in again.parts] == [FilingOutcome.FILED]
    assert [c.page_count for c in registry.copies.copies(cards[0].number)] == [2]


def test_a_stamp_of_a_card_not_here_or_renumbered_goes_to_the_inbox(registry: Registry, scanning: ScanningService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    elsewhere = encode_stamp(uuid.uuid4(), "02/B-0001/26")
    wrong_number = encode_stamp(card.id, "01/A-9999/26")
    report = scanning.file_by_stamps([page(elsewhere, dpi=200, seed=1), page(wrong_number, dpi=200, seed=2)],
                                     ColourMode.BLACK_WHITE, CLERK)
    assert [(p.outcome, p.code, p.card_number) for p in report.parts] == [
        (FilingOutcome.INBOX, "scan.stamp_unknown_card", "02/B-0001/26"),
        (FilingOutcome.INBOX, "scan.stamp_number_mismatch", "01/A-9999/26"),
    ]
    assert registry.copies.copies(card.number) == []
    assert sorted(item.format for item in registry.copies.inbox(actor=CLERK)) == ["tiff", "tiff"]


def test_a_part_that_cannot_be_attached_stays_in_the_batch(
    registry: Registry, scanning: ScanningService, monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = registry.registration.register_json(incoming(), CLERK)

    def refuse(*_args: object, **_kwargs: object) -> AttachReport:
        from clerk_app.errors import ClerkError

        raise ClerkError("a person on the card is blocked", code="pd.card_blocked")

    monkeypatch.setattr(registry.copies, "attach", refuse)
    report = scanning.file_by_stamps([page(encode_stamp(card.id, card.number), dpi=200)], ColourMode.GREY, CLERK)
    assert [(p.outcome, p.code) for p in report.parts] == [(FilingOutcome.KEPT, "pd.card_blocked")]
    assert report.pages(FilingOutcome.KEPT) == (0,)


def test_filing_needs_the_right_to_attach(scanning: ScanningService) -> None:
    from clerk_app.domain.accounts import Role
    from clerk_app.errors import PermissionDeniedError

    viewer = Actor("auditor", roles=frozenset({Role.AUDITOR}))
    with pytest.raises(PermissionDeniedError):
        scanning.file_by_stamps([page(None, dpi=150)], ColourMode.GREY, viewer)


# -- page tools and the files written ---------------------------------------------------------------------


def test_blank_backs_are_blank_and_a_page_with_one_short_line_is_not() -> None:
    assert is_blank(blank_page(), DEFAULT_BLANK_THRESHOLD)
    assert is_blank(blank_page(specks=400, seed=9), DEFAULT_BLANK_THRESHOLD)  # a dusty glass
    one_line = blank_page()
    one_line.paste(30, (300, 600, 420, 612))  # a signature line, about 2 cm
    assert not is_blank(one_line, DEFAULT_BLANK_THRESHOLD) and ink_percent(one_line) < 1
    assert not is_blank(page(None, dpi=150), DEFAULT_BLANK_THRESHOLD)


def test_colour_modes_and_turns_keep_the_resolution() -> None:
    grey = page(None, dpi=150)
    assert in_mode(grey, ColourMode.BLACK_WHITE).mode == "1"
    assert in_mode(grey, ColourMode.COLOUR).mode == "RGB"
    assert in_mode(grey, ColourMode.GREY).info["dpi"] == (150, 150)
    turned = rotated(grey, 1)
    assert turned.size == (grey.height, grey.width) and turned.info["dpi"] == (150, 150)
    assert rotated(rotated(grey, 1), -1).tobytes() == grey.tobytes()


def test_the_scan_file_is_tiff_g4_for_black_and_white_and_jpeg_in_pdf_otherwise(tmp_path: Path) -> None:
    pages = [page(None, dpi=150, seed=n) for n in range(3)]
    tiff = write_scan_file(pages, ColourMode.BLACK_WHITE, tmp_path / "bw", default_dpi=300)
    with Image.open(tiff) as image:
        assert (tiff.suffix, image.n_frames, image.info["compression"]) == (".tif", 3, "group4")
        assert tuple(round(v) for v in image.info["dpi"]) == (150, 150)
    pdf = write_scan_file(pages, ColourMode.GREY, tmp_path / "grey", default_dpi=300)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 210  # A4 at its true size
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(ValueError):
        write_scan_file([], ColourMode.GREY, tmp_path / "none", default_dpi=300)


# -- profiles --------------------------------------------------------------------------------------------


def test_profiles_are_kept_by_name_and_the_last_one_is_remembered(tmp_path: Path) -> None:
    book = ScanProfileBook(tmp_path / "profiles.json")
    assert book.profiles() == list(BUILT_IN) and book.last_used() == BUILT_IN[0]
    mine = ScanProfile(name="Жалобы с двух сторон", device="test:0", source=ScanSource.DUPLEX, resolution=200,
                       mode=ColourMode.BLACK_WHITE, page_size=PageSize.A5, blank_threshold=0.5)
    book.save(mine)
    book.remember(mine)
    again = ScanProfileBook(tmp_path / "profiles.json")
    assert again.profiles()[-1] == mine and again.last_used() == mine
    book.delete(mine.name)
    assert mine not in book.profiles()
    with pytest.raises(ValueError):
        book.save(ScanProfile(name=" "))


def test_a_damaged_or_strange_profile_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text("{not json", encoding="utf-8")
    assert ScanProfileBook(path).profiles() == list(BUILT_IN)
    path.write_text('{"profiles": [{"name": "x", "resolution": 99999, "mode": "sepia"}], "last_used": 3}',
                    encoding="utf-8")
    book = ScanProfileBook(path)
    assert book.profiles()[-1] == ScanProfile(name="x") and book.last_used() == BUILT_IN[0]


def test_a_profile_from_plain_strings_has_its_own_types() -> None:
    profile = ScanProfile(source="adf", mode="bw", page_size="a5", resolution="200")  # type: ignore[arg-type]
    assert (profile.source, profile.mode, profile.page_size, profile.resolution) == (
        ScanSource.ADF, ColourMode.BLACK_WHITE, PageSize.A5, 200)
    assert profile.output_format == "tiff"
    with pytest.raises(ValueError):
        ScanProfile(resolution=20)


def test_a_part_that_cannot_be_written_stays_and_the_others_are_filed(
    registry: Registry, scanning: ScanningService, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import clerk_app.services.scanning as scanning_module

    cards = [registry.registration.register_json(incoming(), CLERK, confirm_duplicate=True) for _ in range(2)]
    real_write = scanning_module.write_scan_file
    calls: list[int] = []

    def full_disk_on_the_second(*args: object, **kwargs: object) -> Path:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scanning_module, "write_scan_file", full_disk_on_the_second)
    pile = [page(encode_stamp(card.id, card.number), dpi=150, seed=n) for n, card in enumerate(cards)]
    report = scanning.file_by_stamps(pile, ColourMode.GREY, CLERK)
    assert [(p.outcome, p.code) for p in report.parts] == [(FilingOutcome.FILED, None),
                                                           (FilingOutcome.KEPT, "scan.part_failed")]
    assert "No space left" in (report.parts[1].message or "")


def test_the_same_pages_make_the_same_file(tmp_path: Path) -> None:
    import time

    pages = [page(None, dpi=100, seed=1)]
    first = write_scan_file(pages, ColourMode.GREY, tmp_path / "a", default_dpi=100).read_bytes()
    time.sleep(1.1)  # a PDF with its creation time in it would differ now
    assert write_scan_file(pages, ColourMode.GREY, tmp_path / "b", default_dpi=100).read_bytes() == first
