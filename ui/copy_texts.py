"""What the clerk reads about electronic copies: the roles of a copy, why a file was not attached,
and why text recognition is off, in the current language.

The core refuses files with stable codes and an English reason; the code chooses the sentence here
(what is wrong, then what the clerk can do), and the English reason stays as the technical detail.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.copies import FileVerdict
from clerk_app.domain.enums import CopyRole
from clerk_app.services.copies import DEFAULT_MAX_SIZE
from scanners.inspect import MAX_PAGES

_ROLE = {
    CopyRole.APPEAL: QT_TRANSLATE_NOOP("CopyRole", "Appeal"),
    CopyRole.ATTACHMENT: QT_TRANSLATE_NOOP("CopyRole", "Attachment"),
    CopyRole.PROOF_OF_DELIVERY: QT_TRANSLATE_NOOP("CopyRole", "Proof of delivery"),
    CopyRole.CONSENT: QT_TRANSLATE_NOOP("CopyRole", "Consent"),
    CopyRole.EVIDENCE: QT_TRANSLATE_NOOP("CopyRole", "Evidence"),
    CopyRole.REPLY: QT_TRANSLATE_NOOP("CopyRole", "Reply"),
}

_ROLE_HINT = {
    CopyRole.APPEAL: QT_TRANSLATE_NOOP("CopyRoleHint", "The scanned appeal itself"),
    CopyRole.ATTACHMENT: QT_TRANSLATE_NOOP(
        "CopyRoleHint", "Documents attached to the appeal: receipts, contracts, photographs"
    ),
    CopyRole.PROOF_OF_DELIVERY: QT_TRANSLATE_NOOP(
        "CopyRoleHint", "A postal receipt, a notice of delivery or another proof of sending or receiving"
    ),
    CopyRole.CONSENT: QT_TRANSLATE_NOOP(
        "CopyRoleHint", "The applicant's consent to the processing of personal data"
    ),
    CopyRole.EVIDENCE: QT_TRANSLATE_NOOP(
        "CopyRoleHint", "Evidence, for example screenshots of an online seller's pages"
    ),
    CopyRole.REPLY: QT_TRANSLATE_NOOP("CopyRoleHint", "The signed reply"),
}

_ONLY_SCANS = QT_TRANSLATE_NOOP(
    "Refusal",
    "Only PDF, TIFF and JPEG copies may be attached: save the scan as PDF or JPEG and attach it again.",
)
_DAMAGED_OR_HOSTILE = QT_TRANSLATE_NOOP(
    "Refusal",
    "The file is damaged or was made to harm the computer. Scan the document again or ask the sender for a new copy.",
)

# Each refusal: what is wrong, then what the clerk can do. {0}/{1} are numbers filled in below.
_REFUSAL = {
    "file.changed": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file changed while it was being attached. Wait until the scanner or the copying has finished, then attach it again.",
    ),
    "file.empty": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file is empty (0 bytes): the scan was not saved completely. Scan the document again.",
    ),
    "file.png": QT_TRANSLATE_NOOP("Refusal", "This is a PNG picture."),
    "file.gif": QT_TRANSLATE_NOOP("Refusal", "This is a GIF picture."),
    "file.bmp": QT_TRANSLATE_NOOP("Refusal", "This is a BMP picture."),
    "file.other_image": QT_TRANSLATE_NOOP("Refusal", "This picture format is not accepted."),
    "file.bigtiff": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is a BigTIFF file, which scanners do not make. Save it as an ordinary TIFF or as PDF and attach it again.",
    ),
    "file.archive_or_office": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is an archive or an office document (Word, Excel), not a scan. Attach the scans themselves, or save the document as PDF.",
    ),
    "file.office": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is an office document (Word, Excel, RTF), not a scan. Save it as PDF and attach the PDF.",
    ),
    "file.archive": QT_TRANSLATE_NOOP(
        "Refusal", "This is an archive (ZIP, RAR, 7z). Unpack it and attach the scans that are inside."
    ),
    "file.executable": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is a program, not a document, and cannot be attached. If it came by e-mail, do not open it.",
    ),
    "file.text": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is a text file or a web page, not a scanned document. Attach the scan of the paper original, or save the page as PDF.",
    ),
    "file.unknown": QT_TRANSLATE_NOOP(
        "Refusal",
        "This is not a PDF, TIFF or JPEG file. Save the scan in one of these formats and attach it again.",
    ),
    "file.corrupt": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file is damaged and cannot be read. Scan the document again or ask the sender for a new copy.",
    ),
    "file.truncated": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file is cut off: its end is missing, probably because it was not copied or downloaded completely. Copy or download it again.",
    ),
    "file.too_many_pages": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file has more than {0} pages. Split it into several files and attach them one after another.",
    ),
    "file.too_large": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file is larger than {0} MB. Scan at 200–300 dpi, or split the document into several files.",
    ),
    "file.unreadable": QT_TRANSLATE_NOOP(
        "Refusal",
        "The file cannot be read: it may be damaged, open in another program or on a disk that is no longer connected. Copy it to this computer and try again; if that does not help, scan the document again.",
    ),
    "file.not_a_file": QT_TRANSLATE_NOOP(
        "Refusal", "This is not an ordinary file. Choose the scanned files themselves."
    ),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "Refusal",
        "The PDF is protected with a password. Open it, save a copy without protection (or print it to PDF) and attach that copy.",
    ),
    "copy.already_attached": QT_TRANSLATE_NOOP(
        "Refusal",
        "This very file is already attached to the card as the same document. Nothing needs to be done.",
    ),
}

_IMAGE_CODES = {"file.png", "file.gif", "file.bmp", "file.other_image"}
_HOSTILE_CODES = {"file.bomb", "file.too_much_memory", "file.timeout", "file.crashed_decoder"}

_LANGUAGE_NAME = {
    "kaz": QT_TRANSLATE_NOOP("OcrLanguage", "Kazakh"),
    "rus": QT_TRANSLATE_NOOP("OcrLanguage", "Russian"),
    "eng": QT_TRANSLATE_NOOP("OcrLanguage", "English"),
}


def role_label(role: CopyRole) -> str:
    return QCoreApplication.translate("CopyRole", str(_ROLE[role]))


def role_hint(role: CopyRole) -> str:
    return QCoreApplication.translate("CopyRoleHint", str(_ROLE_HINT[role]))


def format_label(fmt: str | None) -> str:
    """ "PDF", "TIFF", "JPEG": the same in every language."""
    return (fmt or "").upper()


def refusal_text(verdict: FileVerdict) -> str:
    """Why the file was not attached and what to do, in the clerk's language."""
    code = verdict.code or ""

    def tr(noop: object) -> str:  # the texts above, marked with QT_TRANSLATE_NOOP
        return QCoreApplication.translate("Refusal", str(noop))

    if code in _IMAGE_CODES:
        return f"{tr(_REFUSAL[code])} {tr(_ONLY_SCANS)}"
    if code in _HOSTILE_CODES:
        return tr(_DAMAGED_OR_HOSTILE)
    if code == "file.too_many_pages":
        return tr(_REFUSAL[code]).format(MAX_PAGES)
    if code == "file.too_large":
        return tr(_REFUSAL[code]).format(DEFAULT_MAX_SIZE // 2**20)
    if code in _REFUSAL:
        return tr(_REFUSAL[code])
    # A code this version does not know yet: say so plainly; the English reason is in the details.
    return QCoreApplication.translate("Refusal", "The file was not accepted. The reason is in the details.")


class OcrOff(StrEnum):
    """Why text recognition cannot run on this computer."""

    NOT_INSTALLED = "not_installed"
    MISSING_LANGUAGES = "missing_languages"
    BAD_LANGUAGE_SETTING = "bad_language_setting"


@dataclass(frozen=True)
class OcrOffReason:
    kind: OcrOff
    missing_languages: tuple[str, ...]
    problem: str  # the core's English sentence: the technical detail


def language_name(code: str) -> str:
    name = _LANGUAGE_NAME.get(code)
    return QCoreApplication.translate("OcrLanguage", str(name)) if name else code


def ocr_off_headline() -> str:
    return QCoreApplication.translate("OcrText", "Text recognition is off.")


def ocr_off_text(reason: OcrOffReason) -> str:
    """What is missing, that nothing else is affected, and whom to ask for what."""
    unaffected = QCoreApplication.translate(
        "OcrText",
        "Everything else works as usual: electronic copies are attached and kept, and their text will be recognised once this is fixed.",
    )
    if reason.kind is OcrOff.MISSING_LANGUAGES:
        names = ", ".join(language_name(code) for code in reason.missing_languages)
        files = ", ".join(f"{code}.traineddata" for code in reason.missing_languages)
        problem = QCoreApplication.translate(
            "OcrText", "The text recognition program (Tesseract) has no data for the language: {0}."
        ).format(names)
        advice = QCoreApplication.translate(
            "OcrText", "Ask the administrator to add this language to Tesseract (the file {0})."
        ).format(files)
    elif reason.kind is OcrOff.BAD_LANGUAGE_SETTING:
        problem = QCoreApplication.translate(
            "OcrText", "The list of recognition languages in the registry settings is not valid."
        )
        advice = QCoreApplication.translate("OcrText", "Ask the administrator to correct it.")
    else:
        problem = QCoreApplication.translate(
            "OcrText", "The text recognition program (Tesseract) is not installed on this computer."
        )
        advice = QCoreApplication.translate(
            "OcrText", "Ask the administrator to install Tesseract OCR with the Kazakh and Russian languages."
        )
    return f"{problem} {unaffected} {advice}"
