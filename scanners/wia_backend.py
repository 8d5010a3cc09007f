"""Scanning on Windows through WIA, by the WIA Automation Layer 2.0 (``WIA.DeviceManager``, COM,
driven with pywin32's win32com).

Every WIA scanner driver since Vista answers the Automation Layer: the device's document handling
properties pick the glass, the feeder or both sides; the item's properties set intent (colour
mode), resolution and the scan area; ``Item.Transfer`` reads one page. A feeder run transfers until
WIA_ERROR_PAPER_EMPTY. Failures arrive as COM errors whose HRESULT (wiadef.h) is mapped to the
registry's failures; the mapping needs neither COM nor Windows."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
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

WIA_DEVICE_TYPE_SCANNER = 1  # WiaDeviceType.ScannerDeviceType
FORMAT_BMP = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"  # wiaFormatBMP: every driver offers it
FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"  # wiaFormatPNG

# Property ids (wiadef.h)
WIA_DPS_HORIZONTAL_BED_SIZE = 3074  # thousandths of an inch
WIA_DPS_VERTICAL_BED_SIZE = 3075
WIA_DPS_HORIZONTAL_SHEET_FEED_SIZE = 3076
WIA_DPS_VERTICAL_SHEET_FEED_SIZE = 3077
WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES = 3086
WIA_DPS_DOCUMENT_HANDLING_STATUS = 3087
WIA_DPS_DOCUMENT_HANDLING_SELECT = 3088
WIA_DPS_PAGES = 3096
WIA_IPS_CUR_INTENT = 6146
WIA_IPS_XRES = 6147
WIA_IPS_YRES = 6148
WIA_IPS_XPOS = 6149
WIA_IPS_YPOS = 6150
WIA_IPS_XEXTENT = 6151
WIA_IPS_YEXTENT = 6152

# WIA_DPS_DOCUMENT_HANDLING_SELECT / _CAPABILITIES / _STATUS flags
FEEDER = 0x001
FLATBED = 0x002
DUPLEX = 0x004
CAP_FEED = 0x01
CAP_FLAT = 0x02
CAP_DUP = 0x04
STATUS_FEED_READY = 0x01
STATUS_FLAT_COVER_UP = 0x08  # the lid is up: normal for a thick book on the glass
STATUS_PATH_COVER_UP = 0x10  # the paper path is open: the feeder cannot work
STATUS_PAPER_JAM = 0x20

# WIA_IPS_CUR_INTENT
WIA_INTENT_IMAGE_TYPE_COLOR = 0x1
WIA_INTENT_IMAGE_TYPE_GRAYSCALE = 0x2
WIA_INTENT_IMAGE_TYPE_TEXT = 0x4  # black and white

# WiaSubType of a property's allowed values
SUBTYPE_RANGE = 1
SUBTYPE_LIST = 2

# HRESULTs (wiadef.h, winerror.h)
WIA_ERROR_GENERAL_ERROR = 0x80210001
WIA_ERROR_PAPER_JAM = 0x80210002
WIA_ERROR_PAPER_EMPTY = 0x80210003
WIA_ERROR_PAPER_PROBLEM = 0x80210004
WIA_ERROR_OFFLINE = 0x80210005
WIA_ERROR_BUSY = 0x80210006
WIA_ERROR_WARMING_UP = 0x80210007
WIA_ERROR_USER_INTERVENTION = 0x80210008
WIA_ERROR_ITEM_DELETED = 0x80210009
WIA_ERROR_DEVICE_COMMUNICATION = 0x8021000A
WIA_ERROR_INVALID_COMMAND = 0x8021000B
WIA_ERROR_INCORRECT_HARDWARE_SETTING = 0x8021000C
WIA_ERROR_DEVICE_LOCKED = 0x8021000D
WIA_ERROR_EXCEPTION_IN_DRIVER = 0x8021000E
WIA_ERROR_INVALID_DRIVER_RESPONSE = 0x8021000F
WIA_S_NO_DEVICE_AVAILABLE = 0x80210015
WIA_ERROR_COVER_OPEN = 0x80210016
WIA_ERROR_LAMP_OFF = 0x80210017
WIA_ERROR_MULTI_FEED = 0x80210020
E_ABORT = 0x80004004
E_ACCESSDENIED = 0x80070005
E_OUTOFMEMORY = 0x8007000E
HRESULT_ERROR_BUSY = 0x800700AA  # HRESULT_FROM_WIN32(ERROR_BUSY)
HRESULT_ERROR_CANCELLED = 0x800704C7  # HRESULT_FROM_WIN32(ERROR_CANCELLED)
REGDB_E_CLASSNOTREG = 0x80040154  # the WIA Automation Layer is not registered
DISP_E_EXCEPTION = 0x80020009  # IDispatch's wrapper: the real code is in the EXCEPINFO

HRESULT_CODES: dict[int, ScanFailureCode] = {
    WIA_ERROR_GENERAL_ERROR: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_PAPER_JAM: ScanFailureCode.PAPER_JAM,
    WIA_ERROR_PAPER_EMPTY: ScanFailureCode.FEEDER_EMPTY,
    WIA_ERROR_PAPER_PROBLEM: ScanFailureCode.PAPER_JAM,  # "a problem with the feeder": clear it
    WIA_ERROR_OFFLINE: ScanFailureCode.NO_DEVICE,  # off or unplugged
    WIA_ERROR_BUSY: ScanFailureCode.DEVICE_BUSY,
    WIA_ERROR_WARMING_UP: ScanFailureCode.DEVICE_BUSY,  # try again in a moment
    WIA_ERROR_USER_INTERVENTION: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_ITEM_DELETED: ScanFailureCode.NO_DEVICE,
    WIA_ERROR_DEVICE_COMMUNICATION: ScanFailureCode.NO_DEVICE,  # "make sure it is on and connected"
    WIA_ERROR_INVALID_COMMAND: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_INCORRECT_HARDWARE_SETTING: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_DEVICE_LOCKED: ScanFailureCode.DEVICE_BUSY,  # another program holds it
    WIA_ERROR_EXCEPTION_IN_DRIVER: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_INVALID_DRIVER_RESPONSE: ScanFailureCode.DEVICE_ERROR,
    WIA_S_NO_DEVICE_AVAILABLE: ScanFailureCode.NO_DEVICE,
    WIA_ERROR_COVER_OPEN: ScanFailureCode.COVER_OPEN,
    WIA_ERROR_LAMP_OFF: ScanFailureCode.DEVICE_ERROR,
    WIA_ERROR_MULTI_FEED: ScanFailureCode.PAPER_JAM,  # two sheets at once: the same remedy
    E_ABORT: ScanFailureCode.CANCELLED,
    E_ACCESSDENIED: ScanFailureCode.ACCESS_DENIED,
    E_OUTOFMEMORY: ScanFailureCode.DEVICE_ERROR,
    HRESULT_ERROR_BUSY: ScanFailureCode.DEVICE_BUSY,
    HRESULT_ERROR_CANCELLED: ScanFailureCode.CANCELLED,
    REGDB_E_CLASSNOTREG: ScanFailureCode.UNAVAILABLE,
}

_COM_ERROR_CLASSES = frozenset({"com_error", "COMError"})  # pywintypes.com_error, comtypes.COMError


# -- pure mapping ----------------------------------------------------------------------------------


def failure_code_for_hresult(hresult: int) -> ScanFailureCode:
    return HRESULT_CODES.get(hresult & 0xFFFFFFFF, ScanFailureCode.DEVICE_ERROR)


def hresult_of(error: BaseException) -> int | None:
    """The HRESULT of a COM error, unsigned. pywin32 raises ``com_error(hr, text, excepinfo,
    argerr)`` and, for an error inside an automation call, hr is DISP_E_EXCEPTION with the WIA
    code in excepinfo[5]; comtypes' COMError carries it as ``hresult``."""
    if type(error).__name__ not in _COM_ERROR_CLASSES and not hasattr(error, "hresult"):
        return None
    args = error.args
    hresult = getattr(error, "hresult", None)
    if not isinstance(hresult, int):
        hresult = args[0] if args and isinstance(args[0], int) else None
    if hresult is None:
        return None
    hresult &= 0xFFFFFFFF
    if hresult == DISP_E_EXCEPTION:
        excepinfo = getattr(error, "excepinfo", None) or (args[2] if len(args) > 2 else None)
        if isinstance(excepinfo, tuple) and len(excepinfo) >= 6 and isinstance(excepinfo[5], int) \
                and excepinfo[5]:
            return excepinfo[5] & 0xFFFFFFFF
    return hresult


def _error_text(error: BaseException) -> str:
    excepinfo = getattr(error, "excepinfo", None)
    if excepinfo is None and len(error.args) > 2:
        excepinfo = error.args[2]
    if isinstance(excepinfo, tuple) and len(excepinfo) > 2 and excepinfo[2]:
        return str(excepinfo[2]).strip()  # the driver's description
    if len(error.args) > 1 and isinstance(error.args[1], str):
        return error.args[1].strip()
    return str(error)


def failure_from_com(error: BaseException) -> ScanFailure:
    if isinstance(error, ScanFailure):
        return error
    hresult = hresult_of(error)
    if hresult is None:
        return ScanFailure(ScanFailureCode.DEVICE_ERROR, f"{type(error).__name__}: {error}")
    return ScanFailure(failure_code_for_hresult(hresult), f"0x{hresult:08X} {_error_text(error)}".strip())


def document_handling(source: ScanSource) -> int:
    """WIA_DPS_DOCUMENT_HANDLING_SELECT for a source."""
    return {ScanSource.FLATBED: FLATBED, ScanSource.ADF: FEEDER, ScanSource.DUPLEX: FEEDER | DUPLEX}[source]


def intent(mode: ColourMode) -> int:
    """WIA_IPS_CUR_INTENT for a colour mode."""
    return {
        ColourMode.BLACK_WHITE: WIA_INTENT_IMAGE_TYPE_TEXT,
        ColourMode.GREY: WIA_INTENT_IMAGE_TYPE_GRAYSCALE,
        ColourMode.COLOUR: WIA_INTENT_IMAGE_TYPE_COLOR,
    }[mode]


def check_handling(source: ScanSource, capabilities: int | None) -> None:
    """Refuse, before scanning, a source the device does not have (capabilities None: the device
    has no document handling at all, i.e. only the glass)."""
    caps = capabilities or 0
    if source is ScanSource.DUPLEX and not caps & CAP_DUP:
        raise ScanFailure(ScanFailureCode.DUPLEX_UNSUPPORTED,
                          f"document handling capabilities: {capabilities}")
    if source in (ScanSource.ADF, ScanSource.DUPLEX) and not caps & CAP_FEED:
        raise ScanFailure(ScanFailureCode.FEEDER_EMPTY,
                          f"this device has no feeder (capabilities: {capabilities})")


def status_problem(status: int | None, source: ScanSource) -> ScanFailureCode | None:
    """A problem WIA_DPS_DOCUMENT_HANDLING_STATUS shows before a feeder run starts. An empty feeder
    is left to the transfer's WIA_ERROR_PAPER_EMPTY: not every driver keeps FEED_READY up to date."""
    if status is None or source is ScanSource.FLATBED:
        return None
    if status & STATUS_PAPER_JAM:
        return ScanFailureCode.PAPER_JAM
    if status & STATUS_PATH_COVER_UP:
        return ScanFailureCode.COVER_OPEN
    return None


def extent_pixels(page_size: PageSize, dpi: int, maximum: tuple[int, int] | None) -> tuple[int, int] | None:
    """WIA_IPS_XEXTENT / YEXTENT in pixels at ``dpi``, no larger than the scan area; the whole area
    for MAXIMUM (None when the area is not known: the driver's own default then)."""
    if page_size is PageSize.MAXIMUM or page_size not in PAGE_SIZE_MM:
        return maximum
    width_mm, height_mm = PAGE_SIZE_MM[page_size]
    width, height = round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi)
    if maximum is not None:
        width, height = min(width, maximum[0]), min(height, maximum[1])
    return width, height


def nearest_allowed(wanted: int, allowed: list[int] | tuple[int, int, int] | None) -> int:
    """The allowed value nearest to ``wanted``: a list, or (min, max, step) of a range."""
    if isinstance(allowed, tuple):
        low, high, step = allowed
        value = min(max(wanted, low), high)
        if step > 0:
            value = low + round((value - low) / step) * step
        return min(value, high)
    if allowed:
        return min(allowed, key=lambda item: (abs(item - wanted), -item))
    return wanted


# -- COM helpers -----------------------------------------------------------------------------------


def _first(collection: Iterable[Any]) -> Any:
    # by enumeration: win32com's [i] on a collection is 0-based, WIA's Item(i) 1-based
    for element in collection:
        return element
    return None


def find_property(properties: Iterable[Any], property_id: int) -> Any:
    for prop in properties:
        try:
            if int(prop.PropertyID) == property_id:
                return prop
        except Exception:  # a property the driver cannot describe: not the one asked for
            continue
    return None


def _property_value(properties: Iterable[Any], property_id: int) -> Any:
    prop = find_property(properties, property_id)
    if prop is None:
        return None
    try:
        return prop.Value
    except Exception:
        return None


def _named_value(properties: Iterable[Any], name: str) -> str:
    for prop in properties:
        try:
            if str(prop.Name) == name:
                return str(prop.Value)
        except Exception:
            continue
    return ""


def allowed_values(prop: Any) -> list[int] | tuple[int, int, int] | None:
    """What a property allows, from its WiaSubType: a range or a list."""
    try:
        sub_type = int(prop.SubType)
        if sub_type == SUBTYPE_RANGE:
            return (int(prop.SubTypeMin), int(prop.SubTypeMax), int(prop.SubTypeStep))
        if sub_type == SUBTYPE_LIST:
            return [int(value) for value in prop.SubTypeValues]
    except Exception:
        return None
    return None


class WiaBackend:
    name = "wia"

    def __init__(self, *, device_manager: Callable[[], Any] | None = None) -> None:
        """``device_manager`` makes the WIA.DeviceManager object (tests hand in a fake)."""
        self._factory = device_manager
        self._import_problem: str | None = None
        if device_manager is not None:
            return
        if sys.platform != "win32":
            self._import_problem = "WIA is available on Windows only."
            return
        try:
            client = importlib.import_module("win32com.client")
            pythoncom = importlib.import_module("pythoncom")
        except ImportError as exc:
            self._import_problem = f"pywin32 is not installed (pip install pywin32): {exc}."
            return

        def dispatch() -> Any:
            try:  # COM must be initialised on every thread that uses it (the scanning thread)
                pythoncom.CoInitialize()
            except Exception:  # already initialised in another apartment mode: usable as it is
                pass
            return client.Dispatch("WIA.DeviceManager")

        self._factory = dispatch

    def problem(self) -> str | None:
        return self._import_problem

    def _manager(self) -> Any:
        if self._factory is None:
            raise ScanFailure(ScanFailureCode.UNAVAILABLE, self._import_problem or "")
        try:
            return self._factory()
        except Exception as exc:
            failure = failure_from_com(exc)
            # no WIA service or no Automation Layer (wiaaut.dll): this computer cannot scan by WIA
            raise ScanFailure(ScanFailureCode.UNAVAILABLE, failure.detail) from exc

    def _scanners(self, manager: Any) -> list[Any]:
        try:
            return [info for info in manager.DeviceInfos if int(info.Type) == WIA_DEVICE_TYPE_SCANNER]
        except Exception as exc:
            raise failure_from_com(exc) from exc

    def list_devices(self) -> list[ScannerDevice]:
        devices = []
        for info in self._scanners(self._manager()):
            try:
                properties = list(info.Properties)
                devices.append(ScannerDevice(
                    name=str(info.DeviceID),  # unique, unlike the model name of two alike scanners
                    vendor=_named_value(properties, "Manufacturer"),
                    model=_named_value(properties, "Name") or _named_value(properties, "Description"),
                    kind="scanner", backend=self.name,
                ))
            except Exception as exc:
                raise failure_from_com(exc) from exc
        return devices

    def open(self, device_name: str) -> WiaSession:
        scanners = self._scanners(self._manager())
        found = next((info for info in scanners if str(info.DeviceID) == device_name), None)
        if found is None:  # a profile may hold the model name instead of the id
            found = next((info for info in scanners
                          if _named_value(info.Properties, "Name") == device_name), None)
        if found is None:
            raise ScanFailure(ScanFailureCode.NO_DEVICE, f"no WIA scanner {device_name!r}")
        try:
            device = found.Connect()
        except Exception as exc:
            raise failure_from_com(exc) from exc
        return WiaSession(device)


class WiaSession:
    def __init__(self, device: Any, *, format_id: str = FORMAT_BMP) -> None:
        self._device = device
        self._format_id = format_id
        self._cancelled = False

    def _item(self) -> Any:
        try:
            item = _first(self._device.Items)
        except Exception as exc:
            raise failure_from_com(exc) from exc
        if item is None:
            raise ScanFailure(ScanFailureCode.DEVICE_ERROR, "the device has no item to scan from")
        return item

    def _set(self, properties: Iterable[Any], property_id: int, value: int,
             refused: ScanFailureCode | None = None) -> bool:
        """Set one property; a value the driver refuses is skipped unless ``refused`` names the
        failure, but a device condition (busy, offline, jam…) always stops the run."""
        prop = find_property(properties, property_id)
        if prop is None:
            if refused is not None:
                raise ScanFailure(refused, f"property {property_id} is missing")
            return False
        try:
            prop.Value = value
        except Exception as exc:
            failure = failure_from_com(exc)
            if failure.code is not ScanFailureCode.DEVICE_ERROR:
                raise failure from exc
            if refused is not None:
                raise ScanFailure(refused, f"property {property_id}={value}: {failure.detail}") from exc
            return False
        return True

    def configure(self, profile: ScanProfile) -> tuple[Any, int]:
        """Set the device and item properties for a profile; the item to transfer from and the
        resolution set."""
        device_properties = list(self._device.Properties)
        capabilities = _property_value(device_properties, WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES)
        capabilities = int(capabilities) if capabilities is not None else None
        source = profile.source
        check_handling(source, capabilities)
        if source is ScanSource.FLATBED:
            if capabilities is None or capabilities & CAP_FLAT:
                self._set(device_properties, WIA_DPS_DOCUMENT_HANDLING_SELECT, FLATBED)
        else:
            self._set(device_properties, WIA_DPS_DOCUMENT_HANDLING_SELECT, document_handling(source),
                      ScanFailureCode.DUPLEX_UNSUPPORTED if source is ScanSource.DUPLEX
                      else ScanFailureCode.FEEDER_EMPTY)
            self._set(device_properties, WIA_DPS_PAGES, 1)  # one page per Transfer call
            status = _property_value(device_properties, WIA_DPS_DOCUMENT_HANDLING_STATUS)
            problem = status_problem(int(status) if status is not None else None, source)
            if problem is not None:
                raise ScanFailure(problem, f"document handling status: {status}")

        item = self._item()
        properties = list(item.Properties)
        # intent first: drivers reset data type, depth and sometimes resolution when it changes
        self._set(properties, WIA_IPS_CUR_INTENT, intent(profile.mode))
        dpi = profile.resolution
        for property_id in (WIA_IPS_XRES, WIA_IPS_YRES):
            prop = find_property(properties, property_id)
            if prop is not None:
                value = nearest_allowed(profile.resolution, allowed_values(prop))
                if self._set(properties, property_id, value) and property_id == WIA_IPS_XRES:
                    dpi = value
        self._set(properties, WIA_IPS_XPOS, 0)
        self._set(properties, WIA_IPS_YPOS, 0)
        area = self._scan_area(properties, device_properties, source, dpi)
        extents = extent_pixels(profile.page_size, dpi, area)
        if extents is not None:
            self._set(properties, WIA_IPS_XEXTENT, extents[0])
            self._set(properties, WIA_IPS_YEXTENT, extents[1])
        return item, dpi

    def _scan_area(self, properties: list[Any], device_properties: list[Any], source: ScanSource,
                   dpi: int) -> tuple[int, int] | None:
        """The largest extents at the resolution set: the extents' own range, else the bed or
        sheet size (thousandths of an inch)."""
        ranges = [allowed_values(find_property(properties, property_id))
                  for property_id in (WIA_IPS_XEXTENT, WIA_IPS_YEXTENT)]
        if isinstance(ranges[0], tuple) and isinstance(ranges[1], tuple):
            return ranges[0][1], ranges[1][1]
        width_id, height_id = (
            (WIA_DPS_HORIZONTAL_BED_SIZE, WIA_DPS_VERTICAL_BED_SIZE) if source is ScanSource.FLATBED
            else (WIA_DPS_HORIZONTAL_SHEET_FEED_SIZE, WIA_DPS_VERTICAL_SHEET_FEED_SIZE))
        width = _property_value(device_properties, width_id)
        height = _property_value(device_properties, height_id)
        if not width or not height:
            return None
        return int(int(width) * dpi / 1000), int(int(height) * dpi / 1000)

    def pages(self, profile: ScanProfile) -> Iterator[Image.Image]:
        try:
            item, dpi = self.configure(profile)
        except ScanFailure:
            raise
        except Exception as exc:
            raise failure_from_com(exc) from exc
        feeder = profile.source in (ScanSource.ADF, ScanSource.DUPLEX)
        scanned = 0
        while True:
            if self._cancelled:
                raise ScanFailure(ScanFailureCode.CANCELLED)
            try:
                image_file = item.Transfer(self._format_id)
            except Exception as exc:
                failure = failure_from_com(exc)
                if self._cancelled:
                    failure = ScanFailure(ScanFailureCode.CANCELLED, failure.detail)
                if failure.code is ScanFailureCode.FEEDER_EMPTY and scanned:
                    return  # the feeder ran out: the batch is complete
                raise failure from exc
            if image_file is None:  # some drivers answer an empty feeder with no image at all
                if feeder and scanned:
                    return
                raise ScanFailure(ScanFailureCode.FEEDER_EMPTY if feeder else ScanFailureCode.DEVICE_ERROR,
                                  "the driver returned no image")
            page = _page(image_file, dpi)
            scanned += 1
            yield page
            if not feeder:
                return

    def cancel(self) -> None:
        """Callable from any thread. The Automation Layer cannot stop a Transfer under way: the page
        being read is finished, then the run stops."""
        self._cancelled = True

    def close(self) -> None:
        self._device = None  # releases the COM reference: the device is free for others


def _page(image_file: Any, wanted_dpi: int) -> Image.Image:
    try:
        data = bytes(image_file.FileData.BinaryData)
        with Image.open(BytesIO(data)) as image:
            page = image.copy()
    except Exception as exc:
        raise ScanFailure(ScanFailureCode.DEVICE_ERROR, f"the page could not be read: {exc}") from exc
    try:
        dpi = int(round(float(image_file.HorizontalResolution)))
    except Exception:
        dpi = 0
    dpi = dpi if dpi > 0 else wanted_dpi
    page.info["dpi"] = (dpi, dpi)
    return page
