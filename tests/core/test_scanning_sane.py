"""Scanning through the real SANE driver path: python-sane, libsane and SANE's own ``test``
backend (a private configuration, tests/sane_config.py). No mock of SANE: the failures are the
test backend's own status codes, set through its options as a front-end would meet them."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from clerk_app.cli.main import main as cli_main
from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.scanning import FilingOutcome, ScanningService
from scanners.acquisition import CancelToken, ColourMode, ScanFailureCode, ScanProfile, ScanSource
from scanners.batch_scan import ScannedPage
from tests.factories import incoming
from tests.sane_config import FEEDER_SHEETS

sane = pytest.importorskip("sane", reason="python-sane (and libsane) are needed for the scanner tests")
from scanners.sane_backend import SaneBackend  # noqa: E402  (after the skip)
from tests.sane_config import DEVICE  # noqa: E402
from tests.sane_tweaks import TweakedSane, tweaking  # noqa: E402

CLERK = Actor("clerk")


def feeder(**changes: Any) -> ScanProfile:
    return ScanProfile(**{"device": DEVICE, "source": ScanSource.ADF, "resolution": 100, **changes})


@pytest.fixture
def tweaked() -> Iterator[Callable[..., TweakedSane]]:
    with tweaking() as make:
        yield make


@pytest.fixture
def scanning(registry: Registry) -> ScanningService:
    return ScanningService(registry.copies, [SaneBackend()])


@pytest.fixture
def card_number(registry: Registry) -> str:
    return registry.registration.register_json(incoming(), CLERK).number


def collect(pages: list[Image.Image]) -> Any:
    def on_page(page: ScannedPage) -> None:
        pages.append(page.image)

    return on_page


def test_the_test_backend_is_listed_with_its_sources() -> None:
    backend = SaneBackend()
    assert backend.problem() is None
    names = [device.name for device in backend.list_devices()]
    assert names == ["test:0", "test:1"]  # the private configuration holds only the test backend
    session = backend.open(DEVICE)
    try:
        assert session.sources() == (ScanSource.FLATBED, ScanSource.ADF)
    finally:
        session.close()


def test_a_feeder_batch_is_scanned_into_a_card_through_the_driver(
    registry: Registry, scanning: ScanningService, card_number: str,
) -> None:
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(), collect(pages))
    assert result.complete and result.delivered == FEEDER_SHEETS and result.blank_left_out == 0
    assert {page.mode for page in pages} == {"L"} and pages[0].info["dpi"] == (100, 100)
    assert abs(pages[0].width - 827) <= 1 and abs(pages[0].height - 1169) <= 1  # A4 at 100 dpi, from the profile
    report = scanning.save_to_card(card_number, pages, ColourMode.GREY, CopyRole.APPEAL, CLERK)
    (copy,) = report.attached
    assert (copy.format, copy.page_count, copy.role) == ("pdf", FEEDER_SHEETS, CopyRole.APPEAL)
    assert copy.pages[0].dpi_x == 100.0
    stored = registry.copies.copies(card_number)
    assert [c.sha256 for c in stored] == [copy.sha256]
    with registry.copies.blobs.plaintext_path(copy.sha256) as path:
        reader = PdfReader(path)
        image = reader.pages[0]["/Resources"]["/XObject"]
        assert any(str(x.get_object().get("/Filter")) == "/DCTDecode" for x in image.values())  # JPEG in PDF


def test_black_and_white_is_a_g4_tiff(scanning: ScanningService, card_number: str, registry: Registry) -> None:
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(mode=ColourMode.BLACK_WHITE), collect(pages), max_pages=3)
    assert result.complete and len(pages) == 3 and {p.mode for p in pages} == {"1"}
    (copy,) = scanning.save_to_card(card_number, pages, ColourMode.BLACK_WHITE, CopyRole.APPEAL, CLERK).attached
    assert (copy.format, copy.page_count) == ("tiff", 3)
    with registry.copies.blobs.plaintext_path(copy.sha256) as path, Image.open(path) as tiff:
        assert tiff.info["compression"] == "group4"


def test_pages_stops_after_the_number_asked_for(scanning: ScanningService) -> None:
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(), collect(pages), max_pages=4)
    assert result.complete and len(pages) == 4


def test_a_jam_mid_batch_keeps_the_pages_scanned_before_it(scanning: ScanningService, tweaked: Any) -> None:
    backend = tweaked({"read-return-value": "SANE_STATUS_JAMMED"}, after_pages=3)
    scanning.backends = [backend]
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(), collect(pages))
    assert result.failure is not None and result.failure.code is ScanFailureCode.PAPER_JAM
    assert "jammed" in result.failure.detail.lower()
    assert result.delivered == 3 and len(pages) == 3


@pytest.mark.parametrize(("status", "code"), [
    ("SANE_STATUS_DEVICE_BUSY", ScanFailureCode.DEVICE_BUSY),
    ("SANE_STATUS_NO_DOCS", ScanFailureCode.FEEDER_EMPTY),
    ("SANE_STATUS_COVER_OPEN", ScanFailureCode.COVER_OPEN),
    ("SANE_STATUS_IO_ERROR", ScanFailureCode.DEVICE_ERROR),
    ("SANE_STATUS_ACCESS_DENIED", ScanFailureCode.ACCESS_DENIED),
])
def test_each_failure_of_the_device_is_named(
    scanning: ScanningService, tweaked: Any, status: str, code: ScanFailureCode,
) -> None:
    scanning.backends = [tweaked({"read-return-value": status})]
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(), collect(pages))
    assert result.failure is not None and result.failure.code is code and pages == []


def test_duplex_on_a_scanner_without_it_is_refused_before_scanning(scanning: ScanningService) -> None:
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(source=ScanSource.DUPLEX), collect(pages))
    assert result.failure is not None and result.failure.code is ScanFailureCode.DUPLEX_UNSUPPORTED and pages == []


def test_an_unknown_device_is_no_device(scanning: ScanningService) -> None:
    result = scanning.scan(feeder(device="nosuch:0"), collect([]))
    assert result.failure is not None and result.failure.code is ScanFailureCode.NO_DEVICE


def test_cancel_between_pages_keeps_what_arrived(scanning: ScanningService) -> None:
    token = CancelToken()
    pages: list[Image.Image] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page.image)
        if len(pages) == 2:
            token.cancel()

    result = scanning.scan(feeder(), on_page, token=token)
    assert result.failure is not None and result.failure.code is ScanFailureCode.CANCELLED
    assert len(pages) == 2


def test_cancel_stops_the_page_being_read(scanning: ScanningService, tweaked: Any) -> None:
    """A slow page (the test backend waits 0.2 s per buffer) is cancelled from another thread,
    as the Stop button does: the driver stops reading at once, the earlier page stays."""
    backend = tweaked({"read-limit": True, "read-limit-size": 4096, "read-delay": True,
                           "read-delay-duration": 200_000}, after_pages=1)
    scanning.backends = [backend]
    token = CancelToken()
    pages: list[Image.Image] = []
    timer: list[threading.Timer] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page.image)
        if len(pages) == 1:  # the second page is slow: Stop is pressed a second into it
            timer.append(threading.Timer(1.0, token.cancel))
            timer[0].start()

    started = time.monotonic()
    result = scanning.scan(feeder(resolution=75), on_page, token=token)
    assert result.failure is not None and result.failure.code is ScanFailureCode.CANCELLED
    assert len(pages) == 1
    assert time.monotonic() - started < 15  # the slow page alone would take about 27 s: it was cut short


def test_blank_pages_are_left_out(scanning: ScanningService, tweaked: Any) -> None:
    backend = tweaked({"test-picture": "Solid white"}, after_pages=2)
    scanning.backends = [backend]
    pages: list[Image.Image] = []
    result = scanning.scan(feeder(), collect(pages))
    assert result.complete and result.delivered == 2 and result.blank_left_out == FEEDER_SHEETS - 2


@pytest.fixture
def cli_store(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    data_dir = tmp_path / "store"
    opened = Registry.open(data_dir=data_dir)
    number = opened.registration.register_json(incoming(), CLERK).number
    opened.close()
    yield data_dir, number


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any, str]:
    code = cli_main(args)
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def test_scan_command_lists_devices_and_scans_into_a_card(
    cli_store: tuple[Path, str], capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir, number = cli_store
    code, listed, _ = run_cli(["--data-dir", str(data_dir), "scan", "--list", "--json"], capsys)
    assert code == 0 and [d["name"] for d in listed["devices"]] == ["test:0", "test:1"]
    code, result, err = run_cli(["--data-dir", str(data_dir), "scan", "--device", DEVICE, "--source", "adf",
                                 "--pages", "4", "--resolution", "100", "--to", number, "--json"], capsys)
    assert code == 0, err
    assert (result["pages"], result["complete"], result["stopped"]) == (4, True, None)
    assert result["attached"][0]["pages"] == 4
    code, result, err = run_cli(["--data-dir", str(data_dir), "scan", "--device", DEVICE, "--resolution", "100",
                                 "--json"], capsys)  # no target: the unfiled files
    assert code == 0 and result["filed"][0]["outcome"] == FilingOutcome.INBOX.value


def test_scan_command_refuses_clearly(cli_store: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, number = cli_store
    code, _, err = run_cli(["--data-dir", str(data_dir), "scan", "--device", DEVICE, "--source", "duplex",
                            "--to", number], capsys)
    assert code == 1 and "[scan.duplex_unsupported]" in err and "both sides" in err
    code, _, err = run_cli(["--data-dir", str(data_dir), "scan", "--to", number], capsys)
    assert code == 1 and "[scan.no_device]" in err


def test_pages_from_a_file_are_judged_first(scanning: ScanningService, tmp_path: Path) -> None:
    bad = tmp_path / "fake.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(Exception) as refused:
        scanning.pages_from_file(bad)
    assert getattr(refused.value, "code", "").startswith("file.")
    good = tmp_path / "two.tif"
    first = Image.new("L", (850, 1100), 200)
    first.save(good, save_all=True, append_images=[Image.new("L", (850, 1100), 100)], dpi=(100, 100))
    assert [p.size for p in scanning.pages_from_file(good)] == [(850, 1100)] * 2


class _DeviceWithoutSources:
    """python-sane's device object as a flatbed-only driver shows it: no "source" option at all."""

    opt: dict[str, object] = {}


def test_the_feeder_asked_of_a_flatbed_only_driver_is_refused() -> None:
    from scanners.acquisition import ScanFailure
    from scanners.sane_backend import SaneSession

    session = SaneSession(_DeviceWithoutSources())
    assert session.sources() == (ScanSource.FLATBED,)
    for source in (ScanSource.ADF, ScanSource.DUPLEX):
        with pytest.raises(ScanFailure) as refused:
            session.configure(feeder(source=source))
        assert refused.value.code in (ScanFailureCode.NO_FEEDER, ScanFailureCode.DUPLEX_UNSUPPORTED)


def test_ctrl_c_mid_batch_is_a_cancel_that_keeps_the_pages(scanning: ScanningService) -> None:
    pages: list[Image.Image] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page.image)
        if len(pages) == 2:
            raise KeyboardInterrupt

    result = scanning.scan(feeder(), on_page)
    assert result.failure is not None and result.failure.code is ScanFailureCode.CANCELLED and len(pages) == 2
    again: list[Image.Image] = []
    assert scanning.scan(feeder(), collect(again), max_pages=1).complete  # the device was left usable


def test_scan_to_a_card_that_refuses_moves_no_paper(
    cli_store: tuple[Path, str], capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir, _number = cli_store
    code, _, err = run_cli(["--data-dir", str(data_dir), "scan", "--device", DEVICE, "--to", "99/Z-9999/26"], capsys)
    assert code == 1 and "[card.not_found]" in err
