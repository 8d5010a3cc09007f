"""The Windows scanner backends without Windows and without a scanner: the mapping of TWAIN
condition codes, pytwain exceptions and WIA HRESULTs to the registry's failures, the capability and
property values a profile sets, and the page loops driven by small fakes of pytwain's Source /
SourceManager and of the WIA Automation objects (Device, Item, Property, ImageFile)."""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from io import BytesIO
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image

from scanners import twain_backend as tw
from scanners import wia_backend as wia
from scanners.acquisition import (
    ColourMode,
    PageSize,
    ScanFailure,
    ScanFailureCode,
    ScanProfile,
    ScanSource,
)
from scanners.batch_scan import run_scan

F = ScanFailureCode


def _page_image(shade: int, mode: str = "L", size: tuple[int, int] = (24, 32)) -> Image.Image:
    image = Image.new(mode, size, shade if mode != "RGB" else (shade, 0, 255 - shade))
    image.paste(0 if mode != "RGB" else (0, 0, 0), (2, 2, 10, 10))  # some ink, so no page is blank
    return image


def _bmp(image: Image.Image) -> bytes:
    out = BytesIO()
    image.save(out, format="BMP")
    return out.getvalue()


def _dib(image: Image.Image) -> bytes:
    """What a TWAIN native transfer hands over: a BMP file without its 14-byte file header."""
    return _bmp(image)[14:]


# =================================================================================================
# TWAIN: pure mapping
# =================================================================================================


@pytest.mark.parametrize(("condition", "code"), [
    (tw.TWCC_BUMMER, F.DEVICE_ERROR),
    (tw.TWCC_LOWMEMORY, F.DEVICE_ERROR),
    (tw.TWCC_NODS, F.NO_DEVICE),
    (tw.TWCC_MAXCONNECTIONS, F.DEVICE_BUSY),
    (tw.TWCC_OPERATIONERROR, F.DEVICE_ERROR),
    (tw.TWCC_SEQERROR, F.DEVICE_ERROR),
    (tw.TWCC_DENIED, F.ACCESS_DENIED),
    (tw.TWCC_PAPERJAM, F.PAPER_JAM),
    (tw.TWCC_PAPERDOUBLEFEED, F.PAPER_JAM),
    (tw.TWCC_CHECKDEVICEONLINE, F.NO_DEVICE),
    (tw.TWCC_INTERLOCK, F.COVER_OPEN),
    (tw.TWCC_DAMAGEDCORNER, F.PAPER_JAM),
    (tw.TWCC_NOMEDIA, F.FEEDER_EMPTY),
    (tw.TWCC_BADVALUE, F.DEVICE_ERROR),
    (tw.TWCC_CAPUNSUPPORTED, F.DEVICE_ERROR),
    (999, F.DEVICE_ERROR),
])
def test_twain_condition_codes(condition: int, code: ScanFailureCode) -> None:
    assert tw.failure_code_for_condition(condition) is code


def test_twain_condition_code_values_are_those_of_twain_h() -> None:
    # the numbers pytwain's lowlevel.constants and twain.h give; a typo here maps a jam to an error
    assert (tw.TWCC_BUMMER, tw.TWCC_LOWMEMORY, tw.TWCC_NODS, tw.TWCC_MAXCONNECTIONS) == (1, 2, 3, 4)
    assert (tw.TWCC_OPERATIONERROR, tw.TWCC_SEQERROR, tw.TWCC_DENIED) == (5, 11, 16)
    assert (tw.TWCC_PAPERJAM, tw.TWCC_PAPERDOUBLEFEED, tw.TWCC_CHECKDEVICEONLINE) == (20, 21, 23)
    assert (tw.TWCC_INTERLOCK, tw.TWCC_NOMEDIA, tw.TWRC_CANCEL) == (24, 29, 3)


def test_twain_return_codes() -> None:
    assert tw.failure_code_for_return(tw.TWRC_CANCEL) is F.CANCELLED
    assert tw.failure_code_for_return(1) is F.DEVICE_ERROR  # TWRC_FAILURE without a condition


@pytest.mark.parametrize(("name", "code"), [
    ("PaperJam", F.PAPER_JAM),
    ("PaperDoubleFeedError", F.PAPER_JAM),
    ("DSTransferCancelled", F.CANCELLED),
    ("CancelAll", F.CANCELLED),
    ("DeniedError", F.ACCESS_DENIED),
    ("MaxConnectionsError", F.DEVICE_BUSY),
    ("NoDataSourceError", F.NO_DEVICE),
    ("CheckDeviceOnlineError", F.NO_DEVICE),
    ("BadDestination", F.NO_DEVICE),
    ("SMLoadFileFailed", F.UNAVAILABLE),
    ("SMGetProcAddressFailed", F.UNAVAILABLE),
    ("SMOpenFailed", F.UNAVAILABLE),
    ("GeneralFailure", F.DEVICE_ERROR),
    ("OperationError", F.DEVICE_ERROR),
    ("SequenceError", F.DEVICE_ERROR),
    ("BadProtocol", F.DEVICE_ERROR),
    ("MemoryError", F.DEVICE_ERROR),
    ("ImageFormatNotSupported", F.DEVICE_ERROR),
    ("TwainError", F.DEVICE_ERROR),
    ("SomethingNew", F.DEVICE_ERROR),
])
def test_twain_exception_names(name: str, code: ScanFailureCode) -> None:
    assert tw.failure_code_for_exception(name) is code


@pytest.mark.parametrize(("message", "code"), [
    ("ConditionCode = 24", F.COVER_OPEN),
    ("ConditionCode = 29", F.FEEDER_EMPTY),
    ("ConditionCode = 20", F.PAPER_JAM),
    ("ConditionCode = 32768", F.DEVICE_ERROR),  # a vendor's own code
    ("", F.DEVICE_ERROR),
])
def test_twain_unknown_error_carries_the_condition_code(message: str, code: ScanFailureCode) -> None:
    assert tw.failure_code_for_exception("UnknownError", message) is code


# pytwain's hierarchy, rebuilt: every TWAIN error derives from TwainError
class TwainError(Exception):
    pass


def pytwain_error(name: str, base: type[BaseException] = TwainError) -> type[BaseException]:
    return type(name, (base,), {})


PaperJam = pytwain_error("PaperJam")
CapUnsupported = pytwain_error("CapUnsupported")
BadCapability = pytwain_error("BadCapability")
UnknownError = pytwain_error("UnknownError")
MaxConnectionsError = pytwain_error("MaxConnectionsError")
SequenceError = pytwain_error("SequenceError")
DSTransferCancelled = pytwain_error("DSTransferCancelled")
SMLoadFileFailed = pytwain_error("SMLoadFileFailed")
NoDataSourceError = pytwain_error("NoDataSourceError")
CheckStatus = pytwain_error("CheckStatus", Exception)


def test_twain_exceptions_map_by_class_and_base_class() -> None:
    jam = tw.failure_from_twain(PaperJam())
    assert jam.code is F.PAPER_JAM and jam.detail == "PaperJam"
    assert tw.failure_from_twain(UnknownError("ConditionCode = 24")).code is F.COVER_OPEN
    assert tw.failure_from_twain(MemoryError()).code is F.DEVICE_ERROR  # pytwain: TWCC_LOWMEMORY
    assert tw.failure_from_twain(RuntimeError("Unexpected result: 9")).code is F.DEVICE_ERROR
    vendor_jam = pytwain_error("VendorJam", PaperJam)  # a subclass keeps its base's meaning
    assert tw.failure_from_twain(vendor_jam("feeder")).code is F.PAPER_JAM
    already = ScanFailure(F.CANCELLED, "x")
    assert tw.failure_from_twain(already) is already


def test_twain_refusals_and_check_status() -> None:
    assert tw.is_refusal(CapUnsupported()) and tw.is_refusal(BadCapability()) and tw.is_refusal(ValueError())
    assert not tw.is_refusal(PaperJam()) and not tw.is_refusal(SequenceError())
    assert tw.is_check_status(CheckStatus()) and not tw.is_check_status(CapUnsupported())


def _caps(profile: ScanProfile) -> dict[int, tw.CapabilitySetting]:
    return {setting.cap: setting for setting in tw.twain_settings(profile)}


@pytest.mark.parametrize(("source", "feeder", "duplex", "count"), [
    (ScanSource.FLATBED, 0, 0, 1),
    (ScanSource.ADF, 1, 0, -1),
    (ScanSource.DUPLEX, 1, 1, -1),
])
def test_twain_settings_for_each_source(source: ScanSource, feeder: int, duplex: int, count: int) -> None:
    caps = _caps(ScanProfile(source=source))
    assert caps[tw.CAP_FEEDERENABLED].value == feeder
    assert caps[tw.CAP_FEEDERENABLED].refused is (F.FEEDER_EMPTY if feeder else None)
    assert caps[tw.CAP_DUPLEXENABLED].value == duplex
    assert caps[tw.CAP_DUPLEXENABLED].refused is (F.DUPLEX_UNSUPPORTED if duplex else None)
    assert caps[tw.CAP_XFERCOUNT].value == count and caps[tw.CAP_XFERCOUNT].type_id == tw.TWTY_INT16
    assert (tw.CAP_AUTOFEED in caps) == bool(feeder)
    assert caps[tw.CAP_INDICATORS].value == 0
    assert caps[tw.ICAP_XFERMECH].value == tw.TWSX_NATIVE


@pytest.mark.parametrize(("mode", "pixel", "fallback"), [
    (ColourMode.BLACK_WHITE, tw.TWPT_BW, tw.TWPT_GRAY),
    (ColourMode.GREY, tw.TWPT_GRAY, None),
    (ColourMode.COLOUR, tw.TWPT_RGB, None),
])
def test_twain_settings_for_each_mode(mode: ColourMode, pixel: int, fallback: int | None) -> None:
    setting = _caps(ScanProfile(mode=mode))[tw.ICAP_PIXELTYPE]
    assert (setting.value, setting.fallback, setting.refused) == (pixel, fallback, F.DEVICE_ERROR)
    assert tw.pixel_type(mode) == pixel
    assert (tw.TWPT_BW, tw.TWPT_GRAY, tw.TWPT_RGB) == (0, 1, 2)


@pytest.mark.parametrize(("size", "twss", "frame"), [
    (PageSize.A4, 1, (0.0, 0.0, 8.268, 11.693)),
    (PageSize.A5, 5, (0.0, 0.0, 5.827, 8.268)),
    (PageSize.LETTER, 3, (0.0, 0.0, 8.5, 11.0)),
    (PageSize.LEGAL, 4, (0.0, 0.0, 8.5, 14.0)),
    (PageSize.MAXIMUM, 0, None),
])
def test_twain_settings_for_each_page_size(size: PageSize, twss: int, frame: object) -> None:
    assert _caps(ScanProfile(page_size=size))[tw.ICAP_SUPPORTEDSIZES].value == twss
    assert tw.supported_size(size) == twss
    assert tw.page_frame_inches(size) == frame


@pytest.mark.parametrize("dpi", [150, 200, 300, 400, 600])
def test_twain_settings_for_each_resolution(dpi: int) -> None:
    caps = _caps(ScanProfile(resolution=dpi))
    for cap in (tw.ICAP_XRESOLUTION, tw.ICAP_YRESOLUTION):
        assert caps[cap].value == float(dpi) and caps[cap].type_id == tw.TWTY_FIX32


def test_twain_settings_order_feeder_first_units_before_resolution() -> None:
    order = [setting.cap for setting in tw.twain_settings(ScanProfile(source=ScanSource.ADF))]
    assert order[0] == tw.CAP_FEEDERENABLED
    assert order.index(tw.ICAP_PIXELTYPE) < order.index(tw.ICAP_XRESOLUTION)
    assert order.index(tw.ICAP_UNITS) < order.index(tw.ICAP_XRESOLUTION) < order.index(tw.ICAP_SUPPORTEDSIZES)


def Fix(whole: int, frac: int = 0) -> SimpleNamespace:  # noqa: N802 — pytwain's TW_FIX32 structure
    return SimpleNamespace(Whole=whole, Frac=frac)


def test_twain_capability_answers() -> None:
    assert tw.current_value((tw.TWTY_BOOL, True)) is True
    assert tw.current_value((tw.TWTY_UINT16, (1, 0, [10, 20, 30]))) == 20
    assert tw.current_value({"CurrentValue": 300, "MinValue": 75}) == 300
    assert tw.allowed_values((tw.TWTY_FIX32, (0, 0, [Fix(150), Fix(300, 32768)]))) == [150.0, 300.5]
    assert tw.allowed_values((tw.TWTY_UINT16, [0, 1, 2])) == [0.0, 1.0, 2.0]  # an array
    fix_150_5 = (32768 << 16) | 150  # a FIX32 range bound as pytwain hands it over: the raw 32 bits
    assert tw.allowed_values({"MinValue": fix_150_5, "MaxValue": 1200, "StepSize": 1}) == (150.5, 1200.0, 1.0)
    assert tw.allowed_values((tw.TWTY_BOOL, True)) is None


def test_twain_nearest_allowed_value() -> None:
    assert tw.nearest_allowed((tw.TWTY_FIX32, (0, 0, [Fix(150), Fix(240), Fix(600)])), 300) == 240
    assert tw.nearest_allowed({"MinValue": 100, "MaxValue": 1200, "StepSize": 100}, 250) in (200, 300)
    assert tw.nearest_allowed({"MinValue": 100, "MaxValue": 600, "StepSize": 50}, 1200) == 600
    assert tw.nearest_allowed({"MinValue": 75, "MaxValue": 600, "StepSize": 0}, 50) == 75
    assert tw.nearest_allowed((tw.TWTY_BOOL, True), 300) is None


def test_twain_duplex_answer() -> None:
    assert not tw.duplex_supported((tw.TWTY_UINT16, tw.TWDX_NONE))
    assert tw.duplex_supported((tw.TWTY_UINT16, 1))  # TWDX_1PASSDUPLEX
    assert tw.duplex_supported((tw.TWTY_UINT16, (0, 0, [2])))  # TWDX_2PASSDUPLEX, as enumeration
    assert not tw.duplex_supported((9, "none"))  # TWTY_STR32: no number


@pytest.mark.parametrize("mode", ["1", "L", "P", "RGB"])
@pytest.mark.parametrize("implicit_palette", [False, True])
def test_bmp_from_dib_rebuilds_the_file(mode: str, implicit_palette: bool) -> None:
    image = _page_image(200, "RGB" if mode == "RGB" else "L").convert(mode)
    dib = bytearray(_dib(image))
    if implicit_palette:
        struct.pack_into("<I", dib, 32, 0)  # biClrUsed = 0: the colour table is 2**bits entries
    bmp = tw.bmp_from_dib(bytes(dib))
    header = _bmp(image)[:14]
    assert bmp[:2] == b"BM" and struct.unpack_from("<I", bmp, 2)[0] == len(bmp)
    assert struct.unpack_from("<I", bmp, 10) == struct.unpack_from("<I", header, 10)  # pixel offset
    with Image.open(BytesIO(bmp)) as decoded:
        assert decoded.size == image.size
        assert decoded.convert("L").tobytes() == image.convert("L").tobytes()


def test_bmp_from_dib_refuses_what_is_no_image() -> None:
    with pytest.raises(ScanFailure) as caught:
        tw.bmp_from_dib(b"\x00" * 10)
    assert caught.value.code is F.DEVICE_ERROR


# =================================================================================================
# TWAIN: the session, with fakes of pytwain's Source and SourceManager
# =================================================================================================

ALL = None  # refuse every value of a capability


class FakeTwainManager:
    def __init__(self, sources: dict[str, FakeTwainSource] | None = None) -> None:
        self.callback: Callable[[int], None] | None = None
        self.sources = sources or {}
        self.closed = False
        self.opened: list[str] = []

    def set_callback(self, callback: Callable[[int], None] | None) -> None:
        self.callback = callback

    @property
    def source_list(self) -> list[str]:
        return list(self.sources)

    def open_source(self, name: str) -> FakeTwainSource:
        self.opened.append(name)
        source = self.sources[name]
        source.manager = self
        return source

    def close(self) -> None:
        self.closed = True


@dataclass
class FakeTwainSource:
    """pytwain's Source: capabilities, request_acquire/modal_loop, native transfers."""

    pages: list[bytes] = field(default_factory=list)  # DIBs; the native "handle" is the DIB itself
    pending: list[int] | None = None  # pending count after each transfer (default: pages left)
    answers: dict[int, Any] = field(default_factory=dict)  # get_capability answers (or exceptions)
    refuse: dict[int, set[Any] | None] = field(default_factory=dict)  # cap → refused values (None: all)
    check_status: set[int] = field(default_factory=set)  # caps whose set answers CheckStatus
    transfer_errors: dict[int, BaseException] = field(default_factory=dict)  # transfer index → error
    loop_events: list[int] = field(default_factory=lambda: [tw.MSG_XFERREADY])
    on_loop: Callable[[], None] | None = None
    acquire_error: BaseException | None = None
    manager: FakeTwainManager | None = None
    current: dict[int, Any] = field(default_factory=dict)
    set_calls: list[tuple[int, int, Any]] = field(default_factory=list)
    layout: tuple[float, ...] | None = None
    acquired: tuple[bool, bool] | None = None
    transferred: int = 0
    delivered: int = 0  # messages the loop handed to the callback
    resets: int = 0
    disabled: int = 0
    closed: bool = False

    def set_capability(self, cap: int, type_id: int, value: Any) -> None:
        self.set_calls.append((cap, type_id, value))
        if cap in self.refuse and (self.refuse[cap] is ALL or value in (self.refuse[cap] or ())):
            raise CapUnsupported()
        self.current[cap] = value
        if cap in self.check_status:
            raise CheckStatus()

    def get_capability(self, cap: int) -> Any:
        if cap not in self.answers:
            raise CapUnsupported()
        answer = self.answers[cap]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    get_capability_current = get_capability

    def set_image_layout(self, frame: tuple[float, ...]) -> None:
        self.layout = frame

    def request_acquire(self, show_ui: bool, modal_ui: bool) -> None:
        if self.acquire_error is not None:
            raise self.acquire_error
        self.acquired = (show_ui, modal_ui)

    def modal_loop(self) -> None:
        assert self.manager is not None and self.manager.callback is not None
        if self.on_loop is not None:
            self.on_loop()
        for event in self.loop_events:
            self.delivered += 1
            self.manager.callback(event)

    @property
    def image_info(self) -> dict[str, Any]:
        return {"XResolution": float(self.current.get(tw.ICAP_XRESOLUTION, 0.0))}

    def xfer_image_natively(self) -> tuple[bytes, int]:
        index = self.transferred
        self.transferred += 1
        if index in self.transfer_errors:
            raise self.transfer_errors[index]
        pending = self.pending[index] if self.pending is not None else len(self.pages) - index - 1
        return self.pages[index], pending

    def _end_all_xfers(self) -> None:
        self.resets += 1

    def hide_ui(self) -> None:
        self.disabled += 1

    def close(self) -> None:
        self.closed = True

    def value(self, cap: int) -> Any:
        return self.current.get(cap)


def twain_session(source: FakeTwainSource) -> tuple[tw.TwainSession, FakeTwainManager]:
    manager = FakeTwainManager({"Scanner": source})
    manager.open_source("Scanner")
    return tw.TwainSession(manager, source, read_dib=lambda handle: handle), manager


def _shades(pages: list[Image.Image]) -> list[int]:
    return [int(page.convert("L").tobytes()[20 * page.width + 20]) for page in pages]  # pixel (20, 20)


def test_twain_feeder_run_takes_pages_until_none_is_pending() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(shade)) for shade in (250, 240, 230)])
    session, manager = twain_session(source)
    profile = ScanProfile(source=ScanSource.ADF, resolution=200)
    pages = list(session.pages(profile))
    assert _shades(pages) == [250, 240, 230]
    assert all(page.info["dpi"] == (200, 200) for page in pages)
    assert source.acquired == (False, False)  # the driver's dialog is never shown
    assert source.value(tw.CAP_FEEDERENABLED) == 1 and source.value(tw.CAP_XFERCOUNT) == -1
    assert source.value(tw.CAP_INDICATORS) == 0 and source.value(tw.ICAP_PIXELTYPE) == tw.TWPT_GRAY
    assert source.value(tw.ICAP_XRESOLUTION) == 200.0 and source.value(tw.ICAP_YRESOLUTION) == 200.0
    assert source.value(tw.ICAP_SUPPORTEDSIZES) == tw.TWSS_A4
    assert source.transferred == 3 and source.resets == 0 and source.disabled == 1
    assert manager.callback is None  # the message-loop callback is released after the run
    session.close()
    assert source.closed and manager.closed


def test_twain_pending_minus_one_runs_until_the_feeder_reports_no_media() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))] * 2, pending=[-1, -1],
                             transfer_errors={2: UnknownError("ConditionCode = 29")})
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile(source=ScanSource.ADF)))) == 2
    assert source.resets == 1 and source.disabled == 1  # what was still pending is dropped


def test_twain_no_media_before_the_first_page_is_an_empty_feeder() -> None:
    source = FakeTwainSource(pages=[], transfer_errors={0: UnknownError("ConditionCode = 29")})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.FEEDER_EMPTY


def test_twain_paper_jam_mid_batch_keeps_the_first_page() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(210))] * 3, pending=[-1, -1, 0],
                             transfer_errors={1: PaperJam()})
    session, _ = twain_session(source)
    pages = session.pages(ScanProfile(source=ScanSource.ADF))
    first = next(pages)
    assert _shades([first]) == [210]
    with pytest.raises(ScanFailure) as caught:
        next(pages)
    assert caught.value.code is F.PAPER_JAM
    assert source.resets == 1 and source.disabled == 1  # back to state 4, pending transfers dropped


def test_twain_run_scan_keeps_the_pages_before_a_jam() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(210))] * 3, pending=[-1, -1, 0],
                             transfer_errors={2: PaperJam()})
    manager = FakeTwainManager({"Office scanner": source})
    freed: list[bytes] = []
    fake_pytwain = SimpleNamespace(
        SourceManager=lambda parent, dsm_name=None: manager,
        windows=SimpleNamespace(GlobalSize=len, global_handle_free=freed.append,
                                global_handle_get_bytes=lambda h, offset, n: h[offset:offset + n]),
    )
    backend = tw.TwainBackend(module=fake_pytwain)
    assert backend.problem() is None
    assert [device.name for device in backend.list_devices()] == ["Office scanner"]
    got: list[Any] = []
    profile = ScanProfile(device="Office scanner", source=ScanSource.ADF, remove_blank_pages=False)
    result = run_scan(backend, profile, got.append)
    assert result.delivered == 2 and len(got) == 2
    assert result.failure is not None and result.failure.code is F.PAPER_JAM
    assert len(freed) == 2  # every native transfer's memory is freed
    assert source.closed and manager.closed


def test_twain_open_refuses_an_unknown_source_rather_than_the_default_one() -> None:
    manager = FakeTwainManager({"Office scanner": FakeTwainSource()})
    backend = tw.TwainBackend(module=SimpleNamespace(SourceManager=lambda parent, dsm_name=None: manager))
    with pytest.raises(ScanFailure) as caught:
        backend.open("Other scanner")
    assert caught.value.code is F.NO_DEVICE and manager.opened == [] and manager.closed


def test_twain_without_a_dsm_is_unavailable() -> None:
    def no_dsm(parent: object, dsm_name: str | None = None) -> None:
        raise SMLoadFileFailed("twaindsm.dll")

    backend = tw.TwainBackend(module=SimpleNamespace(SourceManager=no_dsm))
    for call in (backend.list_devices, lambda: backend.open("x")):
        with pytest.raises(ScanFailure) as caught:
            call()
        assert caught.value.code is F.UNAVAILABLE


def test_twain_flatbed_takes_one_page() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(220))] * 2, pending=[1, 0])
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile(source=ScanSource.FLATBED)))) == 1
    assert source.value(tw.CAP_XFERCOUNT) == 1 and source.value(tw.CAP_FEEDERENABLED) == 0
    assert source.transferred == 1 and source.resets == 1  # the second image offered is dropped


def test_twain_duplex_on_a_source_without_duplex_fails_before_scanning() -> None:
    for answer in ((tw.TWTY_UINT16, tw.TWDX_NONE), CapUnsupported()):
        source = FakeTwainSource(pages=[_dib(_page_image(200))], answers={tw.CAP_DUPLEX: answer})
        session, _ = twain_session(source)
        with pytest.raises(ScanFailure) as caught:
            list(session.pages(ScanProfile(source=ScanSource.DUPLEX)))
        assert caught.value.code is F.DUPLEX_UNSUPPORTED
        assert source.set_calls == [] and source.acquired is None


def test_twain_duplex_enabled_when_the_source_has_it() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))] * 2, answers={tw.CAP_DUPLEX: (tw.TWTY_UINT16, 1)})
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile(source=ScanSource.DUPLEX)))) == 2
    assert source.value(tw.CAP_DUPLEXENABLED) == 1 and source.value(tw.CAP_FEEDERENABLED) == 1


def test_twain_duplex_refused_although_announced() -> None:
    source = FakeTwainSource(answers={tw.CAP_DUPLEX: (tw.TWTY_UINT16, 2)}, refuse={tw.CAP_DUPLEXENABLED: {1}})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.DUPLEX)))
    assert caught.value.code is F.DUPLEX_UNSUPPORTED


def test_twain_feeder_on_a_source_without_one() -> None:
    source = FakeTwainSource(refuse={tw.CAP_FEEDERENABLED: ALL})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.FEEDER_EMPTY and source.acquired is None


def test_twain_flatbed_on_a_source_without_a_feeder_switch() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], refuse={tw.CAP_FEEDERENABLED: ALL,
                                                                     tw.CAP_DUPLEXENABLED: ALL})
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile()))) == 1


def test_twain_empty_feeder_known_before_enabling_the_source() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], answers={
        tw.CAP_PAPERDETECTABLE: (tw.TWTY_BOOL, True), tw.CAP_FEEDERLOADED: (tw.TWTY_BOOL, False)})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.FEEDER_EMPTY and source.acquired is None


def test_twain_feeder_loaded_is_ignored_when_paper_is_not_detectable() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], answers={
        tw.CAP_PAPERDETECTABLE: (tw.TWTY_BOOL, False), tw.CAP_FEEDERLOADED: (tw.TWTY_BOOL, False)})
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile(source=ScanSource.ADF)))) == 1


def test_twain_source_closing_before_a_page() -> None:
    cases = ((ScanProfile(source=ScanSource.ADF), F.FEEDER_EMPTY), (ScanProfile(), F.DEVICE_ERROR))
    for profile, code in cases:
        source = FakeTwainSource(pages=[_dib(_page_image(200))], loop_events=[0, tw.MSG_CLOSEDSREQ])
        session, _ = twain_session(source)
        with pytest.raises(ScanFailure) as caught:
            list(session.pages(profile))
        assert caught.value.code is code and source.transferred == 0 and source.disabled == 1


def test_twain_busy_source() -> None:
    source = FakeTwainSource(acquire_error=MaxConnectionsError())
    session, manager = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile()))
    assert caught.value.code is F.DEVICE_BUSY and manager.callback is None


def test_twain_black_and_white_falls_back_to_grey() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], refuse={tw.ICAP_PIXELTYPE: {tw.TWPT_BW}})
    session, _ = twain_session(source)
    list(session.pages(ScanProfile(mode=ColourMode.BLACK_WHITE)))
    assert source.value(tw.ICAP_PIXELTYPE) == tw.TWPT_GRAY


def test_twain_colour_refused_is_a_device_error() -> None:
    source = FakeTwainSource(refuse={tw.ICAP_PIXELTYPE: ALL})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(mode=ColourMode.COLOUR)))
    assert caught.value.code is F.DEVICE_ERROR and "ICAP_PIXELTYPE" in caught.value.detail


def test_twain_resolution_refused_takes_the_nearest_the_source_has() -> None:
    allowed = (tw.TWTY_FIX32, (0, 0, [Fix(150), Fix(240), Fix(600)]))
    source = FakeTwainSource(pages=[_dib(_page_image(200))], refuse={tw.ICAP_XRESOLUTION: {300.0}},
                             answers={tw.ICAP_XRESOLUTION: allowed})
    session, _ = twain_session(source)
    pages = list(session.pages(ScanProfile(resolution=300)))
    assert source.value(tw.ICAP_XRESOLUTION) == 240.0
    assert pages[0].info["dpi"] == (240, 240)  # what the source says it scanned at


def test_twain_check_status_is_not_a_failure() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))],
                             check_status={tw.ICAP_XRESOLUTION, tw.CAP_XFERCOUNT})
    session, _ = twain_session(source)
    assert len(list(session.pages(ScanProfile()))) == 1


def test_twain_page_sizes_without_named_sizes_use_the_frame() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], refuse={tw.ICAP_SUPPORTEDSIZES: ALL})
    session, _ = twain_session(source)
    list(session.pages(ScanProfile(page_size=PageSize.LEGAL)))
    assert source.layout == (0.0, 0.0, 8.5, 14.0)


def test_twain_maximum_is_the_physical_area() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], answers={
        tw.ICAP_PHYSICALWIDTH: (tw.TWTY_FIX32, 8.5), tw.ICAP_PHYSICALHEIGHT: (tw.TWTY_FIX32, 11.69)})
    session, _ = twain_session(source)
    list(session.pages(ScanProfile(page_size=PageSize.MAXIMUM)))
    assert source.value(tw.ICAP_SUPPORTEDSIZES) == tw.TWSS_NONE
    assert source.layout == (0.0, 0.0, 8.5, 11.69)


def test_twain_cancel_between_pages() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))] * 3)
    session, _ = twain_session(source)
    pages = session.pages(ScanProfile(source=ScanSource.ADF))
    next(pages)
    session.cancel()
    with pytest.raises(ScanFailure) as caught:
        next(pages)
    assert caught.value.code is F.CANCELLED
    assert source.transferred == 1 and source.resets == 1 and source.disabled == 1


def test_twain_cancel_while_waiting_for_the_scanner() -> None:
    # the clerk cancels while the source warms up; the woken loop is left at the next message,
    # not when the scanner finally reports a page
    source = FakeTwainSource(pages=[_dib(_page_image(200))], loop_events=[0, 0, tw.MSG_XFERREADY])
    session, _ = twain_session(source)
    source.on_loop = session.cancel
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile()))
    assert caught.value.code is F.CANCELLED and source.delivered == 1
    assert source.transferred == 0 and source.disabled == 1


def test_twain_transfer_cancelled_by_the_source() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))], transfer_errors={0: DSTransferCancelled()})
    session, _ = twain_session(source)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile()))
    assert caught.value.code is F.CANCELLED


def test_twain_stopping_early_drops_pending_transfers() -> None:
    source = FakeTwainSource(pages=[_dib(_page_image(200))] * 3)
    session, _ = twain_session(source)
    pages = session.pages(ScanProfile(source=ScanSource.ADF))
    next(pages)
    assert isinstance(pages, Generator)
    pages.close()  # run_scan's max_pages: the caller stops reading
    assert source.resets == 1 and source.disabled == 1


# =================================================================================================
# WIA: pure mapping
# =================================================================================================


@pytest.mark.parametrize(("hresult", "code"), [
    (0x80210001, F.DEVICE_ERROR),  # WIA_ERROR_GENERAL_ERROR
    (0x80210002, F.PAPER_JAM),  # WIA_ERROR_PAPER_JAM
    (0x80210003, F.FEEDER_EMPTY),  # WIA_ERROR_PAPER_EMPTY
    (0x80210004, F.PAPER_JAM),  # WIA_ERROR_PAPER_PROBLEM
    (0x80210005, F.NO_DEVICE),  # WIA_ERROR_OFFLINE
    (0x80210006, F.DEVICE_BUSY),  # WIA_ERROR_BUSY
    (0x80210007, F.DEVICE_BUSY),  # WIA_ERROR_WARMING_UP
    (0x80210008, F.DEVICE_ERROR),  # WIA_ERROR_USER_INTERVENTION
    (0x80210009, F.NO_DEVICE),  # WIA_ERROR_ITEM_DELETED
    (0x8021000A, F.NO_DEVICE),  # WIA_ERROR_DEVICE_COMMUNICATION
    (0x8021000B, F.DEVICE_ERROR),  # WIA_ERROR_INVALID_COMMAND
    (0x8021000C, F.DEVICE_ERROR),  # WIA_ERROR_INCORRECT_HARDWARE_SETTING
    (0x8021000D, F.DEVICE_BUSY),  # WIA_ERROR_DEVICE_LOCKED
    (0x8021000E, F.DEVICE_ERROR),  # WIA_ERROR_EXCEPTION_IN_DRIVER
    (0x8021000F, F.DEVICE_ERROR),  # WIA_ERROR_INVALID_DRIVER_RESPONSE
    (0x80210015, F.NO_DEVICE),  # WIA_S_NO_DEVICE_AVAILABLE
    (0x80210016, F.COVER_OPEN),  # WIA_ERROR_COVER_OPEN
    (0x80210017, F.DEVICE_ERROR),  # WIA_ERROR_LAMP_OFF
    (0x80210020, F.PAPER_JAM),  # WIA_ERROR_MULTI_FEED
    (0x80004004, F.CANCELLED),  # E_ABORT
    (0x80070005, F.ACCESS_DENIED),  # E_ACCESSDENIED
    (0x8007000E, F.DEVICE_ERROR),  # E_OUTOFMEMORY
    (0x800700AA, F.DEVICE_BUSY),  # HRESULT_FROM_WIN32(ERROR_BUSY)
    (0x800704C7, F.CANCELLED),  # HRESULT_FROM_WIN32(ERROR_CANCELLED)
    (0x80040154, F.UNAVAILABLE),  # REGDB_E_CLASSNOTREG
    (0x80070057, F.DEVICE_ERROR),  # E_INVALIDARG: anything unmapped
])
def test_wia_hresults(hresult: int, code: ScanFailureCode) -> None:
    assert wia.failure_code_for_hresult(hresult) is code
    assert wia.failure_code_for_hresult(hresult - 2**32) is code  # pywin32 hands them over signed


def test_wia_hresult_constants_are_those_of_wiadef_h() -> None:
    assert wia.WIA_ERROR_PAPER_JAM == 0x80210002 and wia.WIA_ERROR_PAPER_EMPTY == 0x80210003
    assert wia.WIA_ERROR_PAPER_PROBLEM == 0x80210004 and wia.WIA_ERROR_OFFLINE == 0x80210005
    assert wia.WIA_ERROR_BUSY == 0x80210006 and wia.WIA_ERROR_DEVICE_COMMUNICATION == 0x8021000A
    assert wia.WIA_ERROR_DEVICE_LOCKED == 0x8021000D and wia.WIA_S_NO_DEVICE_AVAILABLE == 0x80210015
    assert wia.WIA_ERROR_COVER_OPEN == 0x80210016


def _signed(hresult: int) -> int:
    return hresult - 2**32 if hresult >= 2**31 else hresult


class com_error(Exception):  # noqa: N801 — pywintypes.com_error, by name and shape
    """pywin32's: args = (hresult, text, excepinfo, argerr), all also attributes."""

    def __init__(self, hresult: int, text: str, excepinfo: tuple[Any, ...] | None,
                 argerr: int | None) -> None:
        super().__init__(hresult, text, excepinfo, argerr)
        self.hresult, self.strerror, self.excepinfo, self.argerr = hresult, text, excepinfo, argerr


class COMError(Exception):
    """comtypes': args = (hresult, text, details), hresult also an attribute."""

    def __init__(self, hresult: int, text: str, details: tuple[Any, ...]) -> None:
        super().__init__(hresult, text, details)
        self.hresult = hresult


def wia_error(hresult: int, text: str = "The WIA device reported a problem.") -> com_error:
    """What win32com raises when an automation call fails inside WIA: DISP_E_EXCEPTION, the WIA
    HRESULT in EXCEPINFO's scode."""
    return com_error(_signed(wia.DISP_E_EXCEPTION), "Exception occurred.",
                     (0, "WIA.Item.1", text, None, 0, _signed(hresult)), None)


def test_wia_hresult_of_each_com_error_shape() -> None:
    assert wia.hresult_of(wia_error(0x80210002)) == 0x80210002
    assert wia.hresult_of(com_error(_signed(0x80210006), "busy", None, None)) == 0x80210006
    assert wia.hresult_of(COMError(_signed(0x80210016), "cover", ("", "", "", 0, None))) == 0x80210016
    no_scode = com_error(_signed(wia.DISP_E_EXCEPTION), "Exception occurred.", (0, "", "", None, 0, 0), None)
    assert wia.hresult_of(no_scode) == wia.DISP_E_EXCEPTION
    assert wia.hresult_of(OSError(5, "denied")) is None  # not a COM error: errno is no HRESULT
    assert wia.hresult_of(ValueError("x")) is None


def test_wia_failure_from_com_keeps_the_drivers_words() -> None:
    jam = wia.failure_from_com(wia_error(0x80210002, "Paper is jammed in the document feeder."))
    assert jam.code is F.PAPER_JAM
    assert jam.detail == "0x80210002 Paper is jammed in the document feeder."
    assert wia.failure_from_com(AttributeError("Transfer")).code is F.DEVICE_ERROR


@pytest.mark.parametrize(("source", "select"), [
    (ScanSource.FLATBED, 2), (ScanSource.ADF, 1), (ScanSource.DUPLEX, 5)])
def test_wia_document_handling_for_each_source(source: ScanSource, select: int) -> None:
    assert wia.document_handling(source) == select


@pytest.mark.parametrize(("mode", "value"), [
    (ColourMode.BLACK_WHITE, 4), (ColourMode.GREY, 2), (ColourMode.COLOUR, 1)])
def test_wia_intent_for_each_mode(mode: ColourMode, value: int) -> None:
    assert wia.intent(mode) == value


@pytest.mark.parametrize(("source", "capabilities", "code"), [
    (ScanSource.FLATBED, None, None),
    (ScanSource.FLATBED, wia.CAP_FLAT, None),
    (ScanSource.ADF, wia.CAP_FEED | wia.CAP_FLAT, None),
    (ScanSource.ADF, wia.CAP_FLAT, F.FEEDER_EMPTY),
    (ScanSource.ADF, None, F.FEEDER_EMPTY),
    (ScanSource.DUPLEX, wia.CAP_FEED | wia.CAP_DUP, None),
    (ScanSource.DUPLEX, wia.CAP_FEED | wia.CAP_FLAT, F.DUPLEX_UNSUPPORTED),
    (ScanSource.DUPLEX, None, F.DUPLEX_UNSUPPORTED),
])
def test_wia_check_handling(source: ScanSource, capabilities: int | None,
                            code: ScanFailureCode | None) -> None:
    if code is None:
        wia.check_handling(source, capabilities)
        return
    with pytest.raises(ScanFailure) as caught:
        wia.check_handling(source, capabilities)
    assert caught.value.code is code


@pytest.mark.parametrize(("status", "source", "code"), [
    (wia.STATUS_FEED_READY, ScanSource.ADF, None),
    (0, ScanSource.ADF, None),  # left to the transfer's WIA_ERROR_PAPER_EMPTY
    (wia.STATUS_PAPER_JAM | wia.STATUS_FEED_READY, ScanSource.ADF, F.PAPER_JAM),
    (wia.STATUS_PATH_COVER_UP, ScanSource.DUPLEX, F.COVER_OPEN),
    (wia.STATUS_FLAT_COVER_UP, ScanSource.ADF, None),
    (wia.STATUS_PAPER_JAM, ScanSource.FLATBED, None),
    (None, ScanSource.ADF, None),
])
def test_wia_status_problem(status: int | None, source: ScanSource, code: ScanFailureCode | None) -> None:
    assert wia.status_problem(status, source) is code


@pytest.mark.parametrize(("size", "dpi", "maximum", "extents"), [
    (PageSize.A4, 300, None, (2480, 3508)),
    (PageSize.A4, 150, None, (1240, 1754)),
    (PageSize.A4, 600, (5100, 7014), (4961, 7014)),  # cut to the scan area
    (PageSize.A5, 300, None, (1748, 2480)),
    (PageSize.LETTER, 200, None, (1700, 2200)),
    (PageSize.LEGAL, 400, (3400, 4000), (3400, 4000)),
    (PageSize.MAXIMUM, 300, (2550, 3508), (2550, 3508)),
    (PageSize.MAXIMUM, 300, None, None),
])
def test_wia_extents(size: PageSize, dpi: int, maximum: tuple[int, int] | None,
                     extents: tuple[int, int] | None) -> None:
    assert wia.extent_pixels(size, dpi, maximum) == extents


def test_wia_nearest_allowed_resolution() -> None:
    assert wia.nearest_allowed(300, [75, 100, 150, 200, 600]) == 200
    assert wia.nearest_allowed(400, [200, 600]) == 600  # a tie goes to the sharper
    assert wia.nearest_allowed(300, (75, 1200, 1)) == 300
    assert wia.nearest_allowed(250, (100, 1200, 100)) in (200, 300)
    assert wia.nearest_allowed(1200, (50, 600, 1)) == 600
    assert wia.nearest_allowed(300, None) == 300


# =================================================================================================
# WIA: the session, with fakes of the Automation Layer's objects
# =================================================================================================


class FakeProperty:
    """WIA.Property: PropertyID, Name, Value and what it allows (SubType…)."""

    def __init__(self, property_id: int, value: Any = 0, *, name: str = "", sub_type: int = 0,
                 low: int = 0, high: int = 0, step: int = 0, values: tuple[int, ...] = (),
                 refuse: BaseException | None = None) -> None:
        self.PropertyID, self.Name = property_id, name
        self.SubType, self.SubTypeMin, self.SubTypeMax, self.SubTypeStep = sub_type, low, high, step
        self.SubTypeValues = values
        self._value, self._refuse, self.writes = value, refuse, 0

    @property
    def Value(self) -> Any:  # noqa: N802 — the COM name
        return self._value

    @Value.setter
    def Value(self, value: Any) -> None:  # noqa: N802
        if self._refuse is not None:
            raise self._refuse
        self._value, self.writes = value, self.writes + 1


def _values(properties: list[FakeProperty]) -> dict[int, Any]:
    return {prop.PropertyID: prop.Value for prop in properties}


class FakeItem:
    def __init__(self, transfers: list[Any], properties: list[FakeProperty]) -> None:
        self.transfers = list(transfers)  # bytes (a page), an exception, or None
        self.Properties = properties
        self.formats: list[str] = []

    def Transfer(self, format_id: str) -> Any:  # noqa: N802
        self.formats.append(format_id)
        if not self.transfers:
            raise wia_error(wia.WIA_ERROR_PAPER_EMPTY)
        answer = self.transfers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        if answer is None:
            return None
        return SimpleNamespace(FileData=SimpleNamespace(BinaryData=answer), HorizontalResolution=0.0)


def item_properties(xres: FakeProperty | None = None) -> list[FakeProperty]:
    return [
        FakeProperty(wia.WIA_IPS_CUR_INTENT, 0),
        xres or FakeProperty(wia.WIA_IPS_XRES, 100, sub_type=wia.SUBTYPE_RANGE, low=75, high=1200, step=1),
        FakeProperty(wia.WIA_IPS_YRES, 100, sub_type=wia.SUBTYPE_RANGE, low=75, high=1200, step=1),
        FakeProperty(wia.WIA_IPS_XPOS, 10),
        FakeProperty(wia.WIA_IPS_YPOS, 10),
        FakeProperty(wia.WIA_IPS_XEXTENT, 100, sub_type=wia.SUBTYPE_RANGE, low=1, high=2550, step=1),
        FakeProperty(wia.WIA_IPS_YEXTENT, 100, sub_type=wia.SUBTYPE_RANGE, low=1, high=4200, step=1),
    ]


def device_properties(capabilities: int | None = wia.CAP_FEED | wia.CAP_FLAT | wia.CAP_DUP,
                      status: int = wia.STATUS_FEED_READY) -> list[FakeProperty]:
    properties = [FakeProperty(wia.WIA_DPS_DOCUMENT_HANDLING_SELECT, 2),
                  FakeProperty(wia.WIA_DPS_DOCUMENT_HANDLING_STATUS, status),
                  FakeProperty(wia.WIA_DPS_PAGES, 0)]
    if capabilities is not None:
        properties.append(FakeProperty(wia.WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES, capabilities))
    return properties


@dataclass
class FakeWiaDevice:
    item: FakeItem
    Properties: list[FakeProperty] = field(default_factory=device_properties)

    @property
    def Items(self) -> list[FakeItem]:  # noqa: N802
        return [self.item]


def wia_session(transfers: list[Any], **device: Any) -> tuple[wia.WiaSession, FakeWiaDevice]:
    fake = FakeWiaDevice(FakeItem(transfers, item_properties(device.pop("xres", None))), **device)
    return wia.WiaSession(fake), fake


def test_wia_feeder_run_until_the_paper_is_out() -> None:
    session, device = wia_session([_bmp(_page_image(shade)) for shade in (250, 240, 230)])
    pages = list(session.pages(ScanProfile(source=ScanSource.ADF, resolution=300)))
    assert _shades(pages) == [250, 240, 230]
    assert all(page.info["dpi"] == (300, 300) for page in pages)
    assert device.item.formats == [wia.FORMAT_BMP] * 4  # the fourth answered WIA_ERROR_PAPER_EMPTY
    assert _values(device.Properties)[wia.WIA_DPS_DOCUMENT_HANDLING_SELECT] == wia.FEEDER
    assert _values(device.Properties)[wia.WIA_DPS_PAGES] == 1
    values = _values(device.item.Properties)
    assert values[wia.WIA_IPS_CUR_INTENT] == wia.WIA_INTENT_IMAGE_TYPE_GRAYSCALE
    assert (values[wia.WIA_IPS_XRES], values[wia.WIA_IPS_YRES]) == (300, 300)
    assert (values[wia.WIA_IPS_XPOS], values[wia.WIA_IPS_YPOS]) == (0, 0)
    assert (values[wia.WIA_IPS_XEXTENT], values[wia.WIA_IPS_YEXTENT]) == (2480, 3508)


def test_wia_paper_jam_mid_batch_after_the_first_page() -> None:
    session, device = wia_session([_bmp(_page_image(210)), wia_error(0x80210002), _bmp(_page_image(220))])
    pages = session.pages(ScanProfile(source=ScanSource.ADF))
    first = next(pages)
    assert _shades([first]) == [210]
    with pytest.raises(ScanFailure) as caught:
        next(pages)
    assert caught.value.code is F.PAPER_JAM and caught.value.detail.startswith("0x80210002")
    assert len(device.item.formats) == 2


def test_wia_run_scan_keeps_the_pages_before_a_jam() -> None:
    session, _ = wia_session([_bmp(_page_image(210)), _bmp(_page_image(200)), wia_error(0x80210002)])
    backend: Any = SimpleNamespace(name="wia", open=lambda name: session)
    got: list[Any] = []
    result = run_scan(backend, ScanProfile(source=ScanSource.ADF, remove_blank_pages=False), got.append)
    assert result.delivered == 2 and len(got) == 2
    assert result.failure is not None and result.failure.code is F.PAPER_JAM


def test_wia_empty_feeder_before_the_first_page() -> None:
    session, _ = wia_session([wia_error(0x80210003)])
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.FEEDER_EMPTY


def test_wia_no_image_after_pages_ends_the_batch() -> None:
    session, _ = wia_session([_bmp(_page_image(210)), None])
    assert len(list(session.pages(ScanProfile(source=ScanSource.ADF)))) == 1


@pytest.mark.parametrize(("hresult", "code"), [
    (0x80210016, F.COVER_OPEN), (0x80210006, F.DEVICE_BUSY), (0x80210005, F.NO_DEVICE),
    (0x8021000D, F.DEVICE_BUSY), (0x8021000A, F.NO_DEVICE), (0x80210004, F.PAPER_JAM)])
def test_wia_failures_of_the_first_transfer(hresult: int, code: ScanFailureCode) -> None:
    session, _ = wia_session([wia_error(hresult)])
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile()))
    assert caught.value.code is code


def test_wia_flatbed_takes_one_page() -> None:
    session, device = wia_session([_bmp(_page_image(210)), _bmp(_page_image(220))])
    assert len(list(session.pages(ScanProfile(mode=ColourMode.COLOUR)))) == 1
    assert len(device.item.formats) == 1
    assert _values(device.Properties)[wia.WIA_DPS_DOCUMENT_HANDLING_SELECT] == wia.FLATBED
    assert _values(device.item.Properties)[wia.WIA_IPS_CUR_INTENT] == wia.WIA_INTENT_IMAGE_TYPE_COLOR


def test_wia_duplex_on_a_device_without_duplex_fails_before_scanning() -> None:
    session, device = wia_session([_bmp(_page_image(210))],
                                  Properties=device_properties(wia.CAP_FEED | wia.CAP_FLAT))
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.DUPLEX)))
    assert caught.value.code is F.DUPLEX_UNSUPPORTED and device.item.formats == []


def test_wia_duplex_selects_feeder_and_duplex() -> None:
    session, device = wia_session([_bmp(_page_image(210)), _bmp(_page_image(220))])
    assert len(list(session.pages(ScanProfile(source=ScanSource.DUPLEX)))) == 2
    assert _values(device.Properties)[wia.WIA_DPS_DOCUMENT_HANDLING_SELECT] == wia.FEEDER | wia.DUPLEX


def test_wia_feeder_on_a_flatbed_only_device() -> None:
    session, device = wia_session([_bmp(_page_image(210))], Properties=device_properties(capabilities=None))
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.FEEDER_EMPTY and device.item.formats == []


def test_wia_jam_shown_by_the_status_before_scanning() -> None:
    session, device = wia_session([_bmp(_page_image(210))],
                                  Properties=device_properties(status=wia.STATUS_PAPER_JAM))
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile(source=ScanSource.ADF)))
    assert caught.value.code is F.PAPER_JAM and device.item.formats == []


def test_wia_resolution_from_a_list_and_maximum_area() -> None:
    xres = FakeProperty(wia.WIA_IPS_XRES, 100, sub_type=wia.SUBTYPE_LIST, values=(100, 200, 600))
    session, device = wia_session([_bmp(_page_image(210))], xres=xres)
    pages = list(session.pages(ScanProfile(resolution=300, page_size=PageSize.MAXIMUM)))
    values = _values(device.item.Properties)
    assert values[wia.WIA_IPS_XRES] == 200
    assert (values[wia.WIA_IPS_XEXTENT], values[wia.WIA_IPS_YEXTENT]) == (2550, 4200)
    assert pages[0].info["dpi"] == (200, 200)


def test_wia_refused_optional_value_is_skipped_but_a_busy_device_stops() -> None:
    refused = FakeProperty(wia.WIA_IPS_XRES, 100, refuse=wia_error(0x80070057))  # E_INVALIDARG
    session, _ = wia_session([_bmp(_page_image(210))], xres=refused)
    assert len(list(session.pages(ScanProfile()))) == 1
    busy = FakeProperty(wia.WIA_IPS_XRES, 100, refuse=wia_error(0x80210006))
    session, device = wia_session([_bmp(_page_image(210))], xres=busy)
    with pytest.raises(ScanFailure) as caught:
        list(session.pages(ScanProfile()))
    assert caught.value.code is F.DEVICE_BUSY and device.item.formats == []


def test_wia_cancel_between_pages() -> None:
    session, device = wia_session([_bmp(_page_image(210))] * 3)
    pages = session.pages(ScanProfile(source=ScanSource.ADF))
    next(pages)
    session.cancel()
    with pytest.raises(ScanFailure) as caught:
        next(pages)
    assert caught.value.code is F.CANCELLED and len(device.item.formats) == 1


@dataclass
class FakeDeviceInfo:
    DeviceID: str
    Type: int
    Properties: list[FakeProperty]
    device: Any = None

    def Connect(self) -> Any:  # noqa: N802
        if isinstance(self.device, BaseException):
            raise self.device
        return self.device


def _info(device_id: str, kind: int, name: str, maker: str, device: Any = None) -> FakeDeviceInfo:
    return FakeDeviceInfo(device_id, kind, [FakeProperty(7, name, name="Name"),
                                            FakeProperty(3, maker, name="Manufacturer")], device)


def test_wia_backend_lists_scanners_and_opens_by_id_or_name() -> None:
    device = FakeWiaDevice(FakeItem([_bmp(_page_image(210))], item_properties()))
    infos = [_info("{6BDD}\\0001", 1, "LiDE 300", "Canon", device),
             _info("{6BDD}\\0002", 2, "Camera", "Nikon"),  # a camera: not a scanner
             _info("{6BDD}\\0003", 1, "DS-530", "Epson", wia_error(0x80210006))]
    backend = wia.WiaBackend(device_manager=lambda: SimpleNamespace(DeviceInfos=infos))
    assert backend.problem() is None
    found = backend.list_devices()
    assert [(d.name, d.vendor, d.model, d.backend) for d in found] == [
        ("{6BDD}\\0001", "Canon", "LiDE 300", "wia"), ("{6BDD}\\0003", "Epson", "DS-530", "wia")]
    assert len(list(backend.open("{6BDD}\\0001").pages(ScanProfile()))) == 1
    assert isinstance(backend.open("LiDE 300"), wia.WiaSession)
    for name, code in (("{6BDD}\\0002", F.NO_DEVICE), ("nothing", F.NO_DEVICE), ("DS-530", F.DEVICE_BUSY)):
        with pytest.raises(ScanFailure) as caught:
            backend.open(name)
        assert caught.value.code is code


def test_wia_backend_without_the_automation_layer_is_unavailable() -> None:
    def not_registered() -> Any:
        raise com_error(_signed(wia.REGDB_E_CLASSNOTREG), "Class not registered", None, None)

    backend = wia.WiaBackend(device_manager=not_registered)
    with pytest.raises(ScanFailure) as caught:
        backend.list_devices()
    assert caught.value.code is F.UNAVAILABLE and "0x80040154" in caught.value.detail


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux answer")
@pytest.mark.parametrize(("make", "device"), [(lambda: tw.TwainBackend(), "Scanner"),
                                              (lambda: wia.WiaBackend(), "{6BDD}\\0001")], ids=["twain", "wia"])
def test_windows_backends_on_linux_are_unavailable(make: Any, device: str) -> None:
    backend = make()
    problem = backend.problem()
    assert problem is not None and "Windows" in problem and problem.endswith(".") and " " in problem
    for call in (backend.list_devices, lambda: backend.open(device)):
        with pytest.raises(ScanFailure) as caught:
            call()
        assert caught.value.code is F.UNAVAILABLE
