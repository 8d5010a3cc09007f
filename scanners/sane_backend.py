"""Scanning on Linux through SANE (python-sane, the binding SANE's own project keeps).

SANE reports trouble as a status whose text ``sane_strstatus`` fixes; those texts are mapped to
the registry's failures. Option names and values differ from driver to driver ("Gray"/"Grey",
"ADF Duplex"/"Duplex"), so sources and modes are matched by meaning, not spelled out."""

from __future__ import annotations

import threading
from collections.abc import Iterator
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

# sane_strstatus texts (sanei/sanei_strstatus.c), both spellings of "cancelled"
_STATUS_CODES = {
    "device busy": ScanFailureCode.DEVICE_BUSY,
    "document feeder jammed": ScanFailureCode.PAPER_JAM,
    "document feeder out of documents": ScanFailureCode.FEEDER_EMPTY,
    "scanner cover is open": ScanFailureCode.COVER_OPEN,
    "access to resource has been denied": ScanFailureCode.ACCESS_DENIED,
    "operation was cancelled": ScanFailureCode.CANCELLED,
    "operation was canceled": ScanFailureCode.CANCELLED,
}

# SANE itself is not thread-safe across calls into one backend: one call at a time, except cancel.
_sane_lock = threading.RLock()
_initialised = False


def failure_from_sane(error: BaseException) -> ScanFailure:
    text = str(error).strip()
    return ScanFailure(_STATUS_CODES.get(text.lower().rstrip("."), ScanFailureCode.DEVICE_ERROR), text)


def source_kind(option_value: str) -> ScanSource | None:
    """What a driver's source name means: "ADF Duplex", "Automatic Document Feeder", "Flatbed"…"""
    text = option_value.lower()
    if "duplex" in text:
        return ScanSource.DUPLEX
    if "adf" in text or "feeder" in text or "automatic document" in text:
        return ScanSource.ADF
    if "flatbed" in text or "platen" in text or "normal" in text:
        return ScanSource.FLATBED
    return None


def mode_name(available: list[str], mode: ColourMode) -> str | None:
    """The driver's name for a colour mode; black-and-white falls back to grey (thresholded later)."""
    wanted = {
        ColourMode.BLACK_WHITE: ("lineart", "binary", "black & white", "monochrome"),
        ColourMode.GREY: ("gray", "grey", "grayscale", "greyscale"),
        ColourMode.COLOUR: ("color", "colour"),
    }
    for name in available:
        if name.lower() in wanted[mode]:
            return name
    return mode_name(available, ColourMode.GREY) if mode is ColourMode.BLACK_WHITE else None


def nearest_resolution(constraint: object, wanted: int) -> int:
    """The allowed resolution nearest to the one asked for (a list of values or a range)."""
    if isinstance(constraint, list | tuple) and constraint and not isinstance(constraint[0], str):
        if len(constraint) == 3 and isinstance(constraint, tuple):  # (min, max, step) range
            low, high, _step = constraint
            return int(min(max(wanted, low), high))
        return int(min(constraint, key=lambda value: abs(float(value) - wanted)))
    return wanted


class SaneBackend:
    name = "sane"

    def __init__(self) -> None:
        self._module: Any = None
        self._import_problem: str | None = None
        try:
            import sane  # type: ignore[import-untyped]

            self._module = sane
        except ImportError as exc:  # Windows, or python-sane not installed
            self._import_problem = f"python-sane is not available: {exc}"

    def problem(self) -> str | None:
        return self._import_problem

    def _init(self) -> Any:
        global _initialised
        if self._module is None:
            raise ScanFailure(ScanFailureCode.UNAVAILABLE, self._import_problem or "")
        with _sane_lock:
            if not _initialised:
                try:
                    self._module.init()
                except Exception as exc:
                    raise ScanFailure(ScanFailureCode.UNAVAILABLE, str(exc)) from exc
                _initialised = True
        return self._module

    def list_devices(self) -> list[ScannerDevice]:
        sane = self._init()
        with _sane_lock:
            try:
                found = sane.get_devices()
            except Exception as exc:
                raise failure_from_sane(exc) from exc
        return [ScannerDevice(name=name, vendor=vendor, model=model, kind=kind, backend=self.name)
                for name, vendor, model, kind in found]

    def open(self, device_name: str) -> SaneSession:
        sane = self._init()
        with _sane_lock:
            try:
                device = sane.open(device_name)
            except RuntimeError as exc:  # python-sane: "No such scan device"
                raise ScanFailure(ScanFailureCode.NO_DEVICE, str(exc)) from exc
            except Exception as exc:
                failure = failure_from_sane(exc)
                if failure.code is ScanFailureCode.DEVICE_ERROR and "invalid argument" in str(exc).lower():
                    failure = ScanFailure(ScanFailureCode.NO_DEVICE, str(exc))  # SANE's answer to an unknown name
                raise failure from exc
        return SaneSession(device)


class SaneSession:
    def __init__(self, device: Any) -> None:
        self._device = device
        self._cancelled = False

    def sources(self) -> tuple[ScanSource, ...]:
        options = self._options()
        found: list[ScanSource] = []
        source = options.get("source")
        if source is not None and isinstance(source.constraint, list):
            for value in source.constraint:
                kind = source_kind(str(value))
                if kind is not None and kind not in found:
                    found.append(kind)
        elif ScanSource.FLATBED not in found:
            found.append(ScanSource.FLATBED)
        if "duplex" in options and ScanSource.DUPLEX not in found:
            found.append(ScanSource.DUPLEX)
        return tuple(found)

    def _options(self) -> dict[str, Any]:
        return {option.py_name: option for option in self._device.opt.values()}

    def option(self, name: str) -> object:
        with _sane_lock:
            return getattr(self._device, name.replace("-", "_"))

    def set_option(self, name: str, value: object) -> None:
        """A driver's own option by its SANE name ("read-return-value", "swcrop"), for what a
        profile does not cover."""
        with _sane_lock:
            self._set(name.replace("-", "_"), value)

    def _set(self, name: str, value: object) -> None:
        try:
            setattr(self._device, name, value)
        except (AttributeError, TypeError, ValueError) as exc:
            raise ScanFailure(ScanFailureCode.DEVICE_ERROR, f"{name}={value!r}: {exc}") from exc
        except Exception as exc:  # _sane.error
            raise failure_from_sane(exc) from exc

    def configure(self, profile: ScanProfile) -> None:
        options = self._options()
        self._configure_source(profile, options)
        if "mode" in options and isinstance(options["mode"].constraint, list):
            name = mode_name([str(v) for v in options["mode"].constraint], profile.mode)
            if name is not None:
                self._set("mode", name)
        if "depth" in options and options["depth"].is_active() and options["depth"].is_settable():
            depths = options["depth"].constraint
            if isinstance(depths, list) and 8 in depths:
                self._set("depth", 8)  # 16-bit pages are four times the memory for nothing a clerk can see
        if "resolution" in options:
            self._set("resolution", nearest_resolution(options["resolution"].constraint, profile.resolution))
        self._configure_area(profile, self._options())

    def _configure_source(self, profile: ScanProfile, options: dict[str, Any]) -> None:
        source = options.get("source")
        names = [str(v) for v in source.constraint] if source is not None and isinstance(source.constraint, list) else []
        wanted = profile.source
        if wanted is ScanSource.DUPLEX and "duplex" in options:  # a separate switch, not a source
            self._set("duplex", True)
            wanted = ScanSource.ADF
        matching = [name for name in names if source_kind(name) is wanted]
        if matching:
            self._set("source", matching[0])
        elif wanted is ScanSource.DUPLEX:
            raise ScanFailure(ScanFailureCode.DUPLEX_UNSUPPORTED, f"sources: {', '.join(names) or '-'}")
        elif wanted is ScanSource.ADF:  # no feeder source (or no source option at all): a flatbed
            raise ScanFailure(ScanFailureCode.NO_FEEDER, f"sources: {', '.join(names) or '-'}")

    def _configure_area(self, profile: ScanProfile, options: dict[str, Any]) -> None:
        if not all(name in options for name in ("tl_x", "tl_y", "br_x", "br_y")):
            return
        self._set("tl_x", _range_low(options["tl_x"].constraint))
        self._set("tl_y", _range_low(options["tl_y"].constraint))
        max_x, max_y = _range_high(options["br_x"].constraint), _range_high(options["br_y"].constraint)
        width, height = PAGE_SIZE_MM.get(profile.page_size, (max_x, max_y))
        if profile.page_size is PageSize.MAXIMUM:
            width, height = max_x, max_y
        self._set("br_x", min(width, max_x))
        self._set("br_y", min(height, max_y))

    def pages(self, profile: ScanProfile) -> Iterator[Image.Image]:
        with _sane_lock:
            self.configure(profile)
        feeder = profile.source in (ScanSource.ADF, ScanSource.DUPLEX)
        dpi = _actual_resolution(self._device, profile.resolution)
        scanned = 0
        while True:
            if self._cancelled:
                raise ScanFailure(ScanFailureCode.CANCELLED)
            try:
                self._device.start()
                image: Image.Image = self._device.snap(no_cancel=feeder)
            except Exception as exc:
                failure = exc if isinstance(exc, ScanFailure) else failure_from_sane(exc)
                if self._cancelled:
                    failure = ScanFailure(ScanFailureCode.CANCELLED, str(exc))
                if failure.code is ScanFailureCode.FEEDER_EMPTY and scanned:
                    return  # the feeder ran out: the batch is complete
                raise failure from exc
            if self._cancelled:  # some drivers end a cancelled page as if it were whole: it is cut short
                raise ScanFailure(ScanFailureCode.CANCELLED, "the page being read was cancelled")
            scanned += 1
            page = image.copy()  # the driver's buffer is not ours to keep
            page.info["dpi"] = (dpi, dpi)
            yield page
            if not feeder:
                return

    def cancel(self) -> None:
        """Callable from any thread: SANE allows sane_cancel while another call is reading."""
        self._cancelled = True
        try:
            self._device.cancel()
        except Exception:  # noqa: S110 — already closed or idle: nothing to stop
            pass

    def close(self) -> None:
        with _sane_lock:
            try:
                self._device.cancel()
            finally:
                self._device.close()


def _range_low(constraint: object) -> float:
    return float(constraint[0]) if isinstance(constraint, tuple) else 0.0


def _range_high(constraint: object) -> float:
    return float(constraint[1]) if isinstance(constraint, tuple) else 1000.0



def _actual_resolution(device: Any, wanted: int) -> int:
    try:
        return int(round(float(device.resolution)))
    except (AttributeError, TypeError, ValueError):
        return wanted
