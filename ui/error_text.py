"""The clerk-facing words for an error. The core raises typed errors with stable codes and English
messages; the code chooses the translated sentence, the English message stays as the technical
detail for the administrator."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.errors import ClerkError, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorText:
    headline: str
    advice: str
    detail: str


# Refusals the clerk meets in the window: (what happened, what to do), translated when shown.
_BY_CODE: dict[str, tuple[object, object]] = {
    "card.not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "The card was not found."),
        QT_TRANSLATE_NOOP("ErrorText", "It may have been removed at another workstation. Refresh the journal (F5)."),
    ),
    "inbox.not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "The file is no longer among the unfiled files."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "It has been attached to a card already, perhaps at another workstation. The list has been refreshed.",
        ),
    ),
    "copy.already_attached": (
        QT_TRANSLATE_NOOP("ErrorText", "The file was not attached."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "This very file is already attached to the card as the same document. Nothing needs to be done.",
        ),
    ),
}


def describe(exc: BaseException) -> ErrorText:
    if isinstance(exc, StoreError):
        headline = QCoreApplication.translate("ErrorText", "The registry cannot be opened.")
        if exc.code == "store.data_dir":
            advice = QCoreApplication.translate(
                "ErrorText",
                "The data folder cannot be created. Check that the disk is available and that you may write to it.",
            )
        elif exc.code == "store.unreachable":
            advice = QCoreApplication.translate(
                "ErrorText",
                "The database does not answer. Check the network connection or ask the administrator.",
            )
        elif exc.code == "store.bad_url":
            advice = QCoreApplication.translate(
                "ErrorText",
                "The database address in the settings is not valid. Ask the administrator to check it.",
            )
        else:
            advice = QCoreApplication.translate(
                "ErrorText", "The database cannot be opened or upgraded. Ask the administrator for help."
            )
        return ErrorText(headline, advice, exc.message)
    if isinstance(exc, ClerkError) and exc.code in _BY_CODE:
        what, todo = _BY_CODE[exc.code]
        return ErrorText(
            QCoreApplication.translate("ErrorText", str(what)),
            QCoreApplication.translate("ErrorText", str(todo)),
            exc.message,
        )
    if isinstance(exc, ClerkError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "The operation was refused."),
            QCoreApplication.translate("ErrorText", "Check the data and try again."),
            exc.message,
        )
    # Anything else is a bug: keep the traceback in the log for the developers.
    log.error("unexpected error", exc_info=exc)
    return ErrorText(
        QCoreApplication.translate("ErrorText", "An unexpected error occurred."),
        QCoreApplication.translate(
            "ErrorText",
            "Try again. If it happens again, tell the administrator; the details are in the log file.",
        ),
        f"{type(exc).__name__}: {exc}",
    )
