"""Scanning on Windows through TWAIN (pytwain, ``import twain``).

pytwain reports a TWAIN condition code as an exception class (``twain.exceptions.PaperJam``…), or
as ``UnknownError("ConditionCode = N")`` for the codes it has no class for (TWCC_INTERLOCK,
TWCC_NOMEDIA). Both are mapped to the registry's failures by name and number, so the mapping runs
without pytwain and without Windows.

The source's own dialog is never shown (``show_ui=False``): capabilities are negotiated from the
profile, then the session waits in pytwain's message loop for MSG_XFERREADY and takes native
transfers until the source has no more pending ones. All TWAIN calls happen on the thread that
opened the session (TWAIN's rule); ``cancel`` only sets a flag and wakes that thread's loop."""

from __future__ import annotations

import ctypes
import importlib
import re
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from PIL import Image

from scanners.acquisition import (
    PAGE_SIZE_MM,
    ColourMode,
    PageSize,
    ScanFailure,
    ScanFailureCode,
    ScannerDevice,
    ScanProfile,
    ScanSource,
)

# TWAIN constants (twain.h; the same values as pytwain's twain.lowlevel.constants), spelled out so
# the mapping works where pytwain cannot be imported.
CAP_XFERCOUNT = 1
ICAP_PIXELTYPE = 257
ICAP_UNITS = 258
ICAP_XFERMECH = 259
CAP_FEEDERENABLED = 4098
CAP_FEEDERLOADED = 4099
CAP_AUTOFEED = 4103
CAP_INDICATORS = 4107
CAP_PAPERDETECTABLE = 4109
CAP_DUPLEX = 4114
CAP_DUPLEXENABLED = 4115
ICAP_PHYSICALWIDTH = 4369
ICAP_PHYSICALHEIGHT = 4370
ICAP_XRESOLUTION = 4376
ICAP_YRESOLUTION = 4377
ICAP_SUPPORTEDSIZES = 4386

TWTY_INT16 = 1
TWTY_UINT16 = 4
TWTY_BOOL = 6
TWTY_FIX32 = 7

TWPT_BW = 0
TWPT_GRAY = 1
TWPT_RGB = 2
TWUN_INCHES = 0
TWSX_NATIVE = 0
TWDX_NONE = 0

TWSS_NONE = 0
TWSS_A4 = 1
TWSS_USLETTER = 3
TWSS_USLEGAL = 4
TWSS_A5 = 5

MSG_XFERREADY = 257
MSG_CLOSEDSREQ = 258

TWRC_CANCEL = 3

TWCC_BUMMER = 1
TWCC_LOWMEMORY = 2
TWCC_NODS = 3
TWCC_MAXCONNECTIONS = 4
TWCC_OPERATIONERROR = 5
TWCC_BADCAP = 6
TWCC_BADPROTOCOL = 9
TWCC_BADVALUE = 10
TWCC_SEQERROR = 11
TWCC_BADDEST = 12
TWCC_CAPUNSUPPORTED = 13
TWCC_CAPBADOPERATION = 14
TWCC_CAPSEQERROR = 15
TWCC_DENIED = 16
TWCC_PAPERJAM = 20
TWCC_PAPERDOUBLEFEED = 21
TWCC_CHECKDEVICEONLINE = 23
TWCC_INTERLOCK = 24  # TWAIN 2.1: a cover or door is open
TWCC_DAMAGEDCORNER = 25
TWCC_NOMEDIA = 29  # TWAIN 2.1: no paper in the feeder

CONDITION_CODES: dict[int, ScanFailureCode] = {
    TWCC_BUMMER: ScanFailureCode.DEVICE_ERROR,
    TWCC_LOWMEMORY: ScanFailureCode.DEVICE_ERROR,
    TWCC_NODS: ScanFailureCode.NO_DEVICE,
    TWCC_MAXCONNECTIONS: ScanFailureCode.DEVICE_BUSY,  # another program holds the source
    TWCC_OPERATIONERROR: ScanFailureCode.DEVICE_ERROR,
    TWCC_SEQERROR: ScanFailureCode.DEVICE_ERROR,
    TWCC_DENIED: ScanFailureCode.ACCESS_DENIED,
    TWCC_PAPERJAM: ScanFailureCode.PAPER_JAM,
    TWCC_PAPERDOUBLEFEED: ScanFailureCode.PAPER_JAM,  # two sheets at once: the same remedy
    TWCC_CHECKDEVICEONLINE: ScanFailureCode.NO_DEVICE,  # switched off or unplugged
    TWCC_INTERLOCK: ScanFailureCode.COVER_OPEN,
    TWCC_DAMAGEDCORNER: ScanFailureCode.PAPER_JAM,  # the feeder stopped on a bad sheet
    TWCC_NOMEDIA: ScanFailureCode.FEEDER_EMPTY,
}

RETURN_CODES: dict[int, ScanFailureCode] = {TWRC_CANCEL: ScanFailureCode.CANCELLED}

# pytwain's exception classes (twain.exceptions, plus the builtins pytwain raises for
# TWCC_LOWMEMORY / TWCC_BADVALUE), matched by name along the class hierarchy.
EXCEPTION_CODES: dict[str, ScanFailureCode] = {
    "PaperJam": ScanFailureCode.PAPER_JAM,
    "PaperDoubleFeedError": ScanFailureCode.PAPER_JAM,
    "DSTransferCancelled": ScanFailureCode.CANCELLED,
    "CancelAll": ScanFailureCode.CANCELLED,
    "DeniedError": ScanFailureCode.ACCESS_DENIED,
    "MaxConnectionsError": ScanFailureCode.DEVICE_BUSY,
    "NoDataSourceError": ScanFailureCode.NO_DEVICE,
    "CheckDeviceOnlineError": ScanFailureCode.NO_DEVICE,
    "BadDestination": ScanFailureCode.NO_DEVICE,  # the source named is not there
    "SMLoadFileFailed": ScanFailureCode.UNAVAILABLE,  # no TWAIN DSM (twaindsm.dll) installed
    "SMGetProcAddressFailed": ScanFailureCode.UNAVAILABLE,
    "SMOpenFailed": ScanFailureCode.UNAVAILABLE,
    "GeneralFailure": ScanFailureCode.DEVICE_ERROR,
    "OperationError": ScanFailureCode.DEVICE_ERROR,
    "SequenceError": ScanFailureCode.DEVICE_ERROR,
    "BadProtocol": ScanFailureCode.DEVICE_ERROR,
    "MemoryError": ScanFailureCode.DEVICE_ERROR,
    "ImageFormatNotSupported": ScanFailureCode.DEVICE_ERROR,
}

# Answers to a capability negotiation that only mean "not this value / not this capability".
_REFUSALS = frozenset({
    "BadCapability", "CapUnsupported", "CapBadOperation", "CapSeqError", "CapabilityFormatNotSupported",
    "ValueError",  # pytwain raises the builtin ValueError for TWCC_BADVALUE
})

_CONDITION_CODE_TEXT = re.compile(r"ConditionCode\s*=\s*(-?\d+)")

_CAPABILITY_NAMES = {
    CAP_XFERCOUNT: "CAP_XFERCOUNT", ICAP_PIXELTYPE: "ICAP_PIXELTYPE", ICAP_UNITS: "ICAP_UNITS",
    ICAP_XFERMECH: "ICAP_XFERMECH", CAP_FEEDERENABLED: "CAP_FEEDERENABLED", CAP_AUTOFEED: "CAP_AUTOFEED",
    CAP_INDICATORS: "CAP_INDICATORS", CAP_DUPLEXENABLED: "CAP_DUPLEXENABLED",
    ICAP_XRESOLUTION: "ICAP_XRESOLUTION", ICAP_YRESOLUTION: "ICAP_YRESOLUTION",
    ICAP_SUPPORTEDSIZES: "ICAP_SUPPORTEDSIZES",
}

_WM_NULL = 0


# -- pure mapping ----------------------------------------------------------------------------------


def failure_code_for_condition(condition_code: int) -> ScanFailureCode:
    return CONDITION_CODES.get(condition_code, ScanFailureCode.DEVICE_ERROR)


def failure_code_for_return(return_code: int) -> ScanFailureCode:
    return RETURN_CODES.get(return_code, ScanFailureCode.DEVICE_ERROR)


def failure_code_for_exception(name: str, message: str = "") -> ScanFailureCode:
    """The failure for a pytwain exception class name; ``UnknownError`` carries the condition code
    in its message."""
    if name == "UnknownError":
        found = _CONDITION_CODE_TEXT.search(message)
        return failure_code_for_condition(int(found.group(1))) if found else ScanFailureCode.DEVICE_ERROR
    return EXCEPTION_CODES.get(name, ScanFailureCode.DEVICE_ERROR)


def _class_names(error: BaseException) -> list[str]:
    return [cls.__name__ for cls in type(error).__mro__]


def failure_from_twain(error: BaseException) -> ScanFailure:
    if isinstance(error, ScanFailure):
        return error
    names = _class_names(error)
    detail = f"{names[0]}: {error}" if str(error) else names[0]
    for name in names:
        if name == "UnknownError" or name in EXCEPTION_CODES:
            return ScanFailure(failure_code_for_exception(name, str(error)), detail)
    return ScanFailure(ScanFailureCode.DEVICE_ERROR, detail)


def is_refusal(error: BaseException) -> bool:
    """The source declined a capability or a value (not a device problem)."""
    return any(name in _REFUSALS for name in _class_names(error))


def is_check_status(error: BaseException) -> bool:
    """pytwain's CheckStatus: the value was accepted but rounded to one the source has."""
    return "CheckStatus" in _class_names(error)


def pixel_type(mode: ColourMode) -> int:
    return {ColourMode.BLACK_WHITE: TWPT_BW, ColourMode.GREY: TWPT_GRAY, ColourMode.COLOUR: TWPT_RGB}[mode]


def supported_size(page_size: PageSize) -> int:
    """ICAP_SUPPORTEDSIZES for a page size; TWSS_NONE for the whole scan area."""
    return {
        PageSize.A4: TWSS_A4, PageSize.A5: TWSS_A5, PageSize.LETTER: TWSS_USLETTER,
        PageSize.LEGAL: TWSS_USLEGAL, PageSize.MAXIMUM: TWSS_NONE,
    }[page_size]


def page_frame_inches(page_size: PageSize) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) in inches, for sources without ICAP_SUPPORTEDSIZES."""
    if page_size not in PAGE_SIZE_MM:
        return None
    width, height = PAGE_SIZE_MM[page_size]
    return (0.0, 0.0, round(width / 25.4, 3), round(height / 25.4, 3))


@dataclass(frozen=True)
class CapabilitySetting:
    cap: int
    type_id: int
    value: int | float
    refused: ScanFailureCode | None = None  # the failure when the source refuses; None: optional
    fallback: int | float | None = None  # tried when ``value`` is refused

    @property
    def name(self) -> str:
        return _CAPABILITY_NAMES.get(self.cap, str(self.cap))


def twain_settings(profile: ScanProfile) -> list[CapabilitySetting]:
    """The capabilities a profile sets, in negotiation order: the feeder first (other capabilities'
    allowed values depend on it), the pixel type and units before resolution and size."""
    feeder = profile.source in (ScanSource.ADF, ScanSource.DUPLEX)
    duplex = profile.source is ScanSource.DUPLEX
    settings = [
        CapabilitySetting(CAP_FEEDERENABLED, TWTY_BOOL, int(feeder),
                          ScanFailureCode.FEEDER_EMPTY if feeder else None),
        CapabilitySetting(CAP_DUPLEXENABLED, TWTY_BOOL, int(duplex),
                          ScanFailureCode.DUPLEX_UNSUPPORTED if duplex else None),
    ]
    if feeder:
        settings.append(CapabilitySetting(CAP_AUTOFEED, TWTY_BOOL, 1))
    settings += [
        CapabilitySetting(ICAP_XFERMECH, TWTY_UINT16, TWSX_NATIVE),  # the default every source has
        CapabilitySetting(ICAP_PIXELTYPE, TWTY_UINT16, pixel_type(profile.mode), ScanFailureCode.DEVICE_ERROR,
                          # black-and-white falls back to grey, thresholded later (as with SANE)
                          TWPT_GRAY if profile.mode is ColourMode.BLACK_WHITE else None),
        CapabilitySetting(ICAP_UNITS, TWTY_UINT16, TWUN_INCHES),
        CapabilitySetting(ICAP_XRESOLUTION, TWTY_FIX32, float(profile.resolution)),
        CapabilitySetting(ICAP_YRESOLUTION, TWTY_FIX32, float(profile.resolution)),
        CapabilitySetting(ICAP_SUPPORTEDSIZES, TWTY_UINT16, supported_size(profile.page_size)),
        # the feeder: every sheet in it; the glass: one page (some flatbeds rescan forever on -1)
        CapabilitySetting(CAP_XFERCOUNT, TWTY_INT16, -1 if feeder else 1),
        CapabilitySetting(CAP_INDICATORS, TWTY_BOOL, 0),  # no progress window of the driver's own
    ]
    return settings


def _number(value: object) -> float:
    """A capability value as a number: pytwain hands FIX32 enumeration items over as TW_FIX32
    structures, and range bounds as the raw 32 bits."""
    if hasattr(value, "Whole") and hasattr(value, "Frac"):
        return float(value.Whole) + float(value.Frac) / 65536
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int):
        if value > 0xFFFF:  # a FIX32 bit pattern: whole part low, fraction high
            whole = value & 0xFFFF
            whole = whole - 0x10000 if whole & 0x8000 else whole
            return whole + (value >> 16) / 65536
        return float(value)
    if isinstance(value, float):
        return value
    raise TypeError(f"not a capability number: {value!r}")


def current_value(answer: object) -> object:
    """The current value in pytwain's answer to get_capability: (type, value) for one value,
    (type, (current index, default index, values)) for an enumeration, a dict for a range."""
    if isinstance(answer, dict):
        return answer.get("CurrentValue")
    if isinstance(answer, tuple) and len(answer) == 2:
        value = answer[1]
        if isinstance(value, tuple) and len(value) == 3 and isinstance(value[2], list):
            current, _default, values = value
            return values[current] if 0 <= current < len(values) else None
        return value
    return answer


def allowed_values(answer: object) -> list[float] | tuple[float, float, float] | None:
    """The values a source allows: a list (enumeration, array) or (min, max, step) (range)."""
    if isinstance(answer, dict):
        try:
            return (_number(answer["MinValue"]), _number(answer["MaxValue"]), _number(answer["StepSize"]))
        except (KeyError, TypeError):
            return None
    if isinstance(answer, tuple) and len(answer) == 2:
        value = answer[1]
        if isinstance(value, tuple) and len(value) == 3 and isinstance(value[2], list):
            value = value[2]
        if isinstance(value, list):
            try:
                return [_number(item) for item in value]
            except TypeError:
                return None
    return None


def nearest_allowed(answer: object, wanted: float) -> float | None:
    allowed = allowed_values(answer)
    if isinstance(allowed, tuple):
        low, high, step = allowed
        value = min(max(wanted, low), high)
        if step > 0:
            value = low + round((value - low) / step) * step
        return min(value, high)
    if allowed:
        return min(allowed, key=lambda item: abs(item - wanted))
    return None


def duplex_supported(answer: object) -> bool:
    """CAP_DUPLEX: TWDX_NONE, TWDX_1PASSDUPLEX or TWDX_2PASSDUPLEX."""
    try:
        return int(_number(current_value(answer))) != TWDX_NONE
    except TypeError:
        return False


def bmp_from_dib(dib: bytes) -> bytes:
    """A BMP file from the packed DIB of a native transfer: the 14-byte file header, whose pixel
    offset must count the colour table even when biClrUsed is 0 (1- and 8-bit pages)."""
    if len(dib) < 40:
        raise ScanFailure(ScanFailureCode.DEVICE_ERROR, f"native transfer of {len(dib)} bytes is no image")
    header_size, = struct.unpack_from("<I", dib, 0)
    bit_count, compression = struct.unpack_from("<HI", dib, 14)
    colours_used, = struct.unpack_from("<I", dib, 32)
    colours = colours_used or (1 << bit_count if bit_count <= 8 else 0)
    masks = {3: 12, 6: 16}.get(compression, 0) if header_size == 40 else 0  # BI_(ALPHA)BITFIELDS
    offset = 14 + header_size + masks + colours * 4
    return struct.pack("<2sIHHI", b"BM", 14 + len(dib), 0, 0, offset) + dib


# -- the backend -----------------------------------------------------------------------------------


class _Interrupted(Exception):
    """Raised from pytwain's message-loop callback to leave the loop when the run is cancelled."""


class _HiddenWindow:
    """A window of the scanning thread for the DSM to post to: TWAIN wants a parent window even
    when the source shows no dialog, and its messages must reach this thread's loop."""

    def __init__(self) -> None:
        self.handle = 0
        if sys.platform == "win32":
            from ctypes import wintypes

            user32 = ctypes.WinDLL("user32", use_last_error=True)  # own prototypes, not the shared ones
            create = user32.CreateWindowExW
            create.restype = wintypes.HWND
            create.argtypes = [wintypes.DWORD, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD,
                               ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, wintypes.HWND,
                               wintypes.HMENU, wintypes.HINSTANCE, wintypes.LPVOID]
            window = create(0, "STATIC", "clerk-app TWAIN", 0, 0, 0, 0, 0, None, None, None, None)
            self.handle = int(window or 0)
            self._user32 = user32

    def destroy(self) -> None:
        if sys.platform == "win32" and self.handle:
            from ctypes import wintypes

            self._user32.DestroyWindow.argtypes = [wintypes.HWND]
            self._user32.DestroyWindow(self.handle)
        self.handle = 0


def _wake_thread(thread_id: int) -> None:
    """Post a harmless message so the scanning thread's GetMessage returns and sees the cancel."""
    if sys.platform == "win32":
        ctypes.WinDLL("user32").PostThreadMessageW(thread_id, _WM_NULL, 0, 0)


class TwainBackend:
    name = "twain"

    def __init__(self, *, dsm_name: str | None = None, module: Any = None) -> None:
        """``module`` stands in for pytwain (tests); ``dsm_name`` names a TWAIN DSM DLL to load
        instead of the one pytwain picks (twain_32.dll or twaindsm.dll)."""
        self._dsm_name = dsm_name
        self._twain: Any = module
        self._import_problem: str | None = None
        if module is not None:
            return
        if sys.platform != "win32":
            self._import_problem = "TWAIN is available on Windows only."
            return
        try:
            self._twain = importlib.import_module("twain")
        except ImportError as exc:
            self._import_problem = f"pytwain is not installed (pip install pytwain): {exc}."

    def problem(self) -> str | None:
        return self._import_problem

    def _module(self) -> Any:
        if self._twain is None:
            raise ScanFailure(ScanFailureCode.UNAVAILABLE, self._import_problem or "")
        return self._twain

    def _manager(self, window: _HiddenWindow) -> Any:
        twain = self._module()
        try:
            return twain.SourceManager(window.handle or None, dsm_name=self._dsm_name)
        except OSError as exc:
            raise ScanFailure(ScanFailureCode.UNAVAILABLE, f"TWAIN DSM: {exc}") from exc
        except Exception as exc:
            failure = failure_from_twain(exc)
            if failure.code is ScanFailureCode.DEVICE_ERROR:  # the DSM itself did not open
                failure = ScanFailure(ScanFailureCode.UNAVAILABLE, failure.detail)
            raise failure from exc

    def list_devices(self) -> list[ScannerDevice]:
        self._module()
        window = _HiddenWindow()
        try:
            manager = self._manager(window)
            try:
                names = list(manager.source_list)
            except Exception as exc:
                raise failure_from_twain(exc) from exc
            finally:
                _quietly(manager.close)
        finally:
            window.destroy()
        # TWAIN names a source by its product name; vendor and model come only with opening it
        return [ScannerDevice(name=str(name), vendor="", model="", kind="TWAIN source", backend=self.name)
                for name in names]

    def open(self, device_name: str) -> TwainSession:
        twain = self._module()
        window = _HiddenWindow()
        try:
            manager = self._manager(window)
        except ScanFailure:
            window.destroy()
            raise
        try:
            names = [str(name) for name in manager.source_list]
            # an unknown product name makes some DSMs open their default source instead: refuse it
            if device_name not in names:
                raise ScanFailure(ScanFailureCode.NO_DEVICE,
                                  f"no TWAIN source {device_name!r} (sources: {', '.join(names) or '-'})")
            source = manager.open_source(device_name)
            if source is None:
                raise ScanFailure(ScanFailureCode.NO_DEVICE, device_name)
        except Exception as exc:
            _quietly(manager.close)
            window.destroy()
            raise failure_from_twain(exc) from exc
        return TwainSession(manager, source, read_dib=lambda handle: _read_global_dib(twain, handle),
                            window=window)


def _read_global_dib(twain: Any, handle: Any) -> bytes:
    """The bytes of a native transfer's global memory, freed afterwards (it is ours to free)."""
    try:
        size = int(twain.windows.GlobalSize(handle))
        return bytes(twain.windows.global_handle_get_bytes(handle, 0, size))
    finally:
        twain.windows.global_handle_free(handle)


def _quietly(action: Callable[[], object]) -> None:
    try:
        action()
    except Exception:  # cleanup of a source that may be gone (unplugged, already closed)
        pass


class TwainSession:
    def __init__(self, manager: Any, source: Any, *, read_dib: Callable[[Any], bytes],
                 window: _HiddenWindow | None = None) -> None:
        self._manager = manager
        self._source = source
        self._read_dib = read_dib
        self._window = window
        self._cancelled = False
        self._thread_id: int | None = None
        self._ready = False  # MSG_XFERREADY seen: the source is in state 6 with pending transfers

    # -- configuration -----------------------------------------------------------------------------

    def configure(self, profile: ScanProfile) -> None:
        if profile.source is ScanSource.DUPLEX:
            try:
                answer = self._source.get_capability(CAP_DUPLEX)
            except Exception as exc:
                if is_refusal(exc):
                    raise ScanFailure(ScanFailureCode.DUPLEX_UNSUPPORTED, f"CAP_DUPLEX: {exc!r}") from exc
                raise failure_from_twain(exc) from exc
            if not duplex_supported(answer):
                raise ScanFailure(ScanFailureCode.DUPLEX_UNSUPPORTED,
                                  f"CAP_DUPLEX = {current_value(answer)!r}")
        for setting in twain_settings(profile):
            applied = self._apply(setting)
            if setting.cap == ICAP_SUPPORTEDSIZES and not applied:
                self._layout(page_frame_inches(profile.page_size))  # no named sizes: the frame itself
        if profile.page_size is PageSize.MAXIMUM:
            self._whole_area()
        if profile.source is not ScanSource.FLATBED and self._feeder_known_empty():
            raise ScanFailure(ScanFailureCode.FEEDER_EMPTY, "CAP_FEEDERLOADED is false")

    def _set(self, cap: int, type_id: int, value: int | float) -> None:
        try:
            self._source.set_capability(cap, type_id, value)
        except Exception as exc:
            if not is_check_status(exc):  # CheckStatus: the source took its nearest value
                raise

    def _apply(self, setting: CapabilitySetting) -> bool:
        """Set one capability; False when the source refused an optional one."""
        try:
            self._set(setting.cap, setting.type_id, setting.value)
            return True
        except Exception as exc:
            if not is_refusal(exc):
                raise failure_from_twain(exc) from exc
            refusal: Exception = exc
        retry = setting.fallback
        if retry is None and setting.cap in (ICAP_XRESOLUTION, ICAP_YRESOLUTION):
            retry = self._nearest(setting.cap, float(setting.value))
        if retry is not None:
            try:
                self._set(setting.cap, setting.type_id, retry)
                return True
            except Exception as exc:
                if not is_refusal(exc):
                    raise failure_from_twain(exc) from exc
                refusal = exc
        if setting.refused is not None:
            raise ScanFailure(setting.refused, f"{setting.name}={setting.value!r}: {refusal!r}") from refusal
        return False

    def _nearest(self, cap: int, wanted: float) -> float | None:
        try:
            value = nearest_allowed(self._source.get_capability(cap), wanted)
        except Exception:
            return None
        return None if value is None or value == wanted else value

    def _layout(self, frame: tuple[float, float, float, float] | None) -> None:
        if frame is None:
            return
        try:
            self._source.set_image_layout(frame)
        except Exception as exc:  # CheckStatus: cut to what the source can scan
            if not (is_refusal(exc) or is_check_status(exc)):
                raise failure_from_twain(exc) from exc

    def _whole_area(self) -> None:
        """TWSS_NONE leaves the frame as it was: set it to the physical scan area."""
        try:
            width = _number(current_value(self._source.get_capability_current(ICAP_PHYSICALWIDTH)))
            height = _number(current_value(self._source.get_capability_current(ICAP_PHYSICALHEIGHT)))
        except Exception as exc:
            if not (is_refusal(exc) or isinstance(exc, TypeError)):
                raise failure_from_twain(exc) from exc
            return
        self._layout((0.0, 0.0, width, height))

    def _feeder_known_empty(self) -> bool:
        """CAP_FEEDERLOADED, when the source can tell (CAP_PAPERDETECTABLE): an empty feeder is
        reported before the source is enabled rather than as a transfer that never comes."""
        try:
            if not current_value(self._source.get_capability_current(CAP_PAPERDETECTABLE)):
                return False
            return not current_value(self._source.get_capability_current(CAP_FEEDERLOADED))
        except Exception:
            return False

    # -- scanning ----------------------------------------------------------------------------------

    def _on_event(self, event: int) -> None:
        if event == MSG_XFERREADY:  # MSG_CLOSEDSREQ ends the loop without it: no page came
            self._ready = True
        if self._cancelled:
            raise _Interrupted

    def pages(self, profile: ScanProfile) -> Iterator[Image.Image]:
        self.configure(profile)
        feeder = profile.source in (ScanSource.ADF, ScanSource.DUPLEX)
        self._thread_id = threading.get_native_id()
        self._ready = False
        self._manager.set_callback(self._on_event)
        try:
            self._source.request_acquire(show_ui=False, modal_ui=False)
        except Exception as exc:
            self._manager.set_callback(None)
            raise self._failure(exc) from exc
        scanned = 0
        try:
            if self._cancelled:
                raise ScanFailure(ScanFailureCode.CANCELLED)
            try:
                self._source.modal_loop()  # until MSG_XFERREADY or MSG_CLOSEDSREQ
            except _Interrupted:
                raise ScanFailure(ScanFailureCode.CANCELLED) from None
            except Exception as exc:
                raise self._failure(exc) from exc
            if not self._ready:
                if self._cancelled:
                    raise ScanFailure(ScanFailureCode.CANCELLED)
                if feeder:  # without its dialog, a source closes like this on an empty feeder
                    raise ScanFailure(ScanFailureCode.FEEDER_EMPTY, "the source closed before a page")
                raise ScanFailure(ScanFailureCode.DEVICE_ERROR, "the source closed before a page")
            pending = -1
            while pending != 0:
                if self._cancelled:
                    raise ScanFailure(ScanFailureCode.CANCELLED)
                dpi = self._resolution(profile.resolution)
                try:
                    handle, pending = self._source.xfer_image_natively()
                except Exception as exc:
                    # a failed transfer leaves the source in state 6: _stop resets what is pending
                    failure = self._failure(exc)
                    if failure.code is ScanFailureCode.FEEDER_EMPTY and scanned:
                        return  # the feeder ran out: the batch is complete
                    raise failure from exc
                if pending == 0:
                    self._ready = False  # the source is back in state 5
                page = self._image(handle, dpi)
                scanned += 1
                yield page
                if not feeder:
                    return  # one page from the glass, whatever the source offers
        finally:
            self._stop()

    def _failure(self, error: BaseException) -> ScanFailure:
        failure = failure_from_twain(error)
        if self._cancelled and failure.code is not ScanFailureCode.CANCELLED:
            return ScanFailure(ScanFailureCode.CANCELLED, failure.detail)
        return failure

    def _resolution(self, wanted: int) -> int:
        try:
            dpi = int(round(float(self._source.image_info["XResolution"])))
        except Exception:
            return wanted
        return dpi if dpi > 0 else wanted

    def _image(self, handle: Any, dpi: int) -> Image.Image:
        try:
            with Image.open(BytesIO(bmp_from_dib(self._read_dib(handle)))) as image:
                page = image.copy()
        except ScanFailure:
            raise
        except Exception as exc:
            raise ScanFailure(ScanFailureCode.DEVICE_ERROR, f"native transfer: {exc}") from exc
        page.info["dpi"] = (dpi, dpi)
        return page

    def _stop(self) -> None:
        """Back to state 4: drop the transfers still pending, then disable the source."""
        if self._ready:
            # pytwain has no public call for MSG_RESET of DAT_PENDINGXFERS; Source.close uses this
            reset = getattr(self._source, "_end_all_xfers", None)
            if reset is not None:
                _quietly(reset)
            self._ready = False
        _quietly(self._source.hide_ui)
        _quietly(lambda: self._manager.set_callback(None))
        self._thread_id = None

    def cancel(self) -> None:
        """Callable from any thread: TWAIN itself may only be called from the scanning thread, so
        this sets the flag and wakes that thread's message loop; a page being transferred ends first."""
        self._cancelled = True
        thread_id = self._thread_id
        if thread_id is not None:
            _quietly(lambda: _wake_thread(thread_id))

    def close(self) -> None:
        try:
            _quietly(self._source.close)
            _quietly(self._manager.close)
        finally:
            if self._window is not None:
                self._window.destroy()
