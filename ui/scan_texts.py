"""The clerk's words for scanning: sources, colour modes, page sizes, the built-in profiles, what a
scanner's failure means and what to do, and why a part of a batch was not filed under a card."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.copies import FileVerdict
from clerk_app.errors import ClerkError
from scanners.acquisition import ColourMode, PageSize, ScanFailureCode, ScanProfile, ScanSource
from ui.copy_texts import refusal_text
from ui.error_text import describe

_SOURCES = {
    ScanSource.FLATBED: QT_TRANSLATE_NOOP("ScanTexts", "Flatbed (glass)"),
    ScanSource.ADF: QT_TRANSLATE_NOOP("ScanTexts", "Feeder, one side"),
    ScanSource.DUPLEX: QT_TRANSLATE_NOOP("ScanTexts", "Feeder, both sides"),
}
_MODES = {
    ColourMode.GREY: QT_TRANSLATE_NOOP("ScanTexts", "Grey (stamps and signatures stay legible)"),
    ColourMode.BLACK_WHITE: QT_TRANSLATE_NOOP("ScanTexts", "Black and white (plain text, smallest file)"),
    ColourMode.COLOUR: QT_TRANSLATE_NOOP("ScanTexts", "Colour"),
}
_PAGE_SIZES = {
    PageSize.A4: QT_TRANSLATE_NOOP("ScanTexts", "A4"),
    PageSize.A5: QT_TRANSLATE_NOOP("ScanTexts", "A5"),
    PageSize.LETTER: QT_TRANSLATE_NOOP("ScanTexts", "Letter"),
    PageSize.LEGAL: QT_TRANSLATE_NOOP("ScanTexts", "Legal"),
    PageSize.MAXIMUM: QT_TRANSLATE_NOOP("ScanTexts", "The whole scan area"),
}
_BUILT_IN_PROFILES = {
    "builtin.grey": QT_TRANSLATE_NOOP("ScanTexts", "Appeals: grey, 300 dpi"),
    "builtin.text": QT_TRANSLATE_NOOP("ScanTexts", "Plain text: black and white, 300 dpi"),
    "builtin.colour": QT_TRANSLATE_NOOP("ScanTexts", "Colour documents, 300 dpi"),
}

# (what happened, what to do)
_FAILURES: dict[ScanFailureCode, tuple[object, object]] = {
    ScanFailureCode.UNAVAILABLE: (
        QT_TRANSLATE_NOOP("ScanTexts", "Scanning is not available on this computer."),
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner drivers are not installed. Scan with the scanner's own program "
                                       "into the scanner folder, or add pages from a file."),
    ),
    ScanFailureCode.NO_DEVICE: (
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner is not found."),
        QT_TRANSLATE_NOOP("ScanTexts", "Check that it is switched on and connected, then press Refresh."),
    ),
    ScanFailureCode.DEVICE_BUSY: (
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner is busy."),
        QT_TRANSLATE_NOOP("ScanTexts", "Another program or computer is using it. Wait until it finishes, then scan again."),
    ),
    ScanFailureCode.PAPER_JAM: (
        QT_TRANSLATE_NOOP("ScanTexts", "Paper jam."),
        QT_TRANSLATE_NOOP("ScanTexts", "Open the feeder and take out the jammed sheet. The pages scanned so far are "
                                       "kept below; put the remaining sheets back and scan again to add them."),
    ),
    ScanFailureCode.FEEDER_EMPTY: (
        QT_TRANSLATE_NOOP("ScanTexts", "There is no paper in the feeder."),
        QT_TRANSLATE_NOOP("ScanTexts", "Put the pages in the feeder, face as the scanner shows, and scan again; "
                                       "or choose the flatbed."),
    ),
    ScanFailureCode.NO_FEEDER: (
        QT_TRANSLATE_NOOP("ScanTexts", "This scanner has no feeder."),
        QT_TRANSLATE_NOOP("ScanTexts", "Choose \"Flatbed (glass)\" and scan the sheets one by one."),
    ),
    ScanFailureCode.DUPLEX_UNSUPPORTED: (
        QT_TRANSLATE_NOOP("ScanTexts", "This scanner cannot scan both sides."),
        QT_TRANSLATE_NOOP("ScanTexts", "Choose \"Feeder, one side\" and turn the pile over for the back sides."),
    ),
    ScanFailureCode.DUPLEX_NOT_HONOURED: (
        QT_TRANSLATE_NOOP("ScanTexts", "An odd number of sides arrived although both sides were asked for."),
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner may have scanned one side only. Check the pages below before saving."),
    ),
    ScanFailureCode.COVER_OPEN: (
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner's cover is open."),
        QT_TRANSLATE_NOOP("ScanTexts", "Close the cover and scan again. The pages scanned so far are kept."),
    ),
    ScanFailureCode.ACCESS_DENIED: (
        QT_TRANSLATE_NOOP("ScanTexts", "This computer's user may not use the scanner."),
        QT_TRANSLATE_NOOP("ScanTexts", "Ask the administrator to give access to the scanner."),
    ),
    ScanFailureCode.DEVICE_ERROR: (
        QT_TRANSLATE_NOOP("ScanTexts", "The scanner reported an error."),
        QT_TRANSLATE_NOOP("ScanTexts", "Switch the scanner off and on, then scan again. The pages scanned so far are kept."),
    ),
    ScanFailureCode.CANCELLED: (
        QT_TRANSLATE_NOOP("ScanTexts", "Scanning was cancelled."),
        QT_TRANSLATE_NOOP("ScanTexts", "The pages scanned before are kept below."),
    ),
}

_PART_REASONS = {
    "scan.no_stamp": QT_TRANSLATE_NOOP("ScanTexts", "no registration stamp before these pages"),
    "scan.stamp_unknown_card": QT_TRANSLATE_NOOP("ScanTexts", "the stamp names a card this registry does not hold"),
    "scan.stamp_number_mismatch": QT_TRANSLATE_NOOP("ScanTexts", "the stamp's number differs from the card's number"),
    "scan.part_failed": QT_TRANSLATE_NOOP("ScanTexts", "they could not be stored (see the log); save them again"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("ScanTexts", str(text))


def source_label(source: ScanSource) -> str:
    return _tr(_SOURCES[source])


def mode_label(mode: ColourMode) -> str:
    return _tr(_MODES[mode])


def page_size_label(size: PageSize) -> str:
    return _tr(_PAGE_SIZES[size])


def profile_label(profile: ScanProfile) -> str:
    built_in = _BUILT_IN_PROFILES.get(profile.name)
    return _tr(built_in) if built_in is not None else profile.name


def is_built_in(profile: ScanProfile) -> bool:
    return profile.name in _BUILT_IN_PROFILES


def failure_text(code: ScanFailureCode) -> tuple[str, str]:
    headline, advice = _FAILURES[code]
    return _tr(headline), _tr(advice)


def part_reason(code: str | None, message: str | None) -> str:
    """Why a part of the batch went to the inbox or stayed here."""
    if code in _PART_REASONS:
        return _tr(_PART_REASONS[code])
    if code is not None and code.startswith(("file.", "pdf.")):  # the file check's own sentences
        return refusal_text(FileVerdict(path="", accepted=False, format=None, pages=None, sha256=None, code=code,
                                        reason=message))
    return describe(ClerkError(message or "", code=code or "error")).headline


def error_text(exc: BaseException) -> tuple[str, str, str]:
    """(headline, advice, detail) for what adding a file or saving raised; a refused file is told
    in the file check's own words."""
    if isinstance(exc, ClerkError) and exc.code.startswith(("file.", "pdf.")):
        return (_tr(QT_TRANSLATE_NOOP("ScanTexts", "The file cannot be added.")), part_reason(exc.code, exc.message),
                exc.message)
    if isinstance(exc, ClerkError) and exc.code == "scan.file_too_many_pages":
        return (_tr(QT_TRANSLATE_NOOP("ScanTexts", "The file cannot be added.")),
                _tr(QT_TRANSLATE_NOOP("ScanTexts", "It has more pages than a batch holds (500). Attach it to the "
                                                   "card as a file instead.")), exc.message)
    text = describe(exc)
    return text.headline, text.advice, text.detail
