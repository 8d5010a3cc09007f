"""The clerk-facing words for an error. The core raises typed errors with stable codes and English
messages; the code chooses the translated sentence, the English message stays as the technical
detail for the administrator."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.accounts import MIN_PASSWORD
from clerk_app.errors import ClerkError, StoreError
from clerk_app.timeutil import to_astana

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
    "search.query_not_understood": (
        QT_TRANSLATE_NOOP("ErrorText", "Nothing to search for."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Type a word, a number or a phrase in quotes. Signs alone are not searched, and a minus only leaves words out.",
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


# What is wrong with one field of a dialog, shown next to that field: by (code, field), else by code.
_FIELD_BY_CODE: dict[tuple[str, str] | str, object] = {
    "field.required": QT_TRANSLATE_NOOP("FieldError", "Please fill this in."),
    ("field.required", "result"): QT_TRANSLATE_NOOP("FieldError", "Choose the result of consideration."),
    "field.too_long": QT_TRANSLATE_NOOP("FieldError", "This text is too long. Please shorten it."),
    "field.bad_characters": QT_TRANSLATE_NOOP(
        "FieldError", "This text contains characters that cannot be stored (such as tabs). Please retype it."
    ),
    "field.out_of_range": QT_TRANSLATE_NOOP("FieldError", "This value is outside the allowed range."),
    ("field.out_of_range", "executors"): QT_TRANSLATE_NOOP("FieldError", "At most 20 executors can be assigned."),
    "control.not_on_control": QT_TRANSLATE_NOOP("FieldError", "This card is not under execution control."),
    "control.wrong_state": QT_TRANSLATE_NOOP(
        "FieldError",
        "This cannot be done in the card's present state; it may have been changed at another workstation. "
        "Close this window and look at the card again.",
    ),
    "control.no_result": QT_TRANSLATE_NOOP(
        "FieldError", "Record the result of consideration first, then remove the card from control."
    ),
    ("control.refusal_without_reason", "refusal_reason"): QT_TRANSLATE_NOOP(
        "FieldError", "Choose the reason for the refusal."
    ),
    ("control.refusal_without_reason", "reason"): QT_TRANSLATE_NOOP(
        "FieldError", "Explain the reason for the refusal in a few words."
    ),
    "control.refusal_without_reason": QT_TRANSLATE_NOOP("FieldError", "A refusal needs its reason."),
    "control.reason_only_for_refusal": QT_TRANSLATE_NOOP(
        "FieldError", "A reason from the list is chosen only when consideration is refused."
    ),
    "control.no_executor": QT_TRANSLATE_NOOP("FieldError", "Tick at least one executor."),
    "control.unknown_executor": QT_TRANSLATE_NOOP(
        "FieldError", "A ticked staff member is no longer on the staff list. Close this window and try again."
    ),
    "control.extension_not_later": QT_TRANSLATE_NOOP(
        "FieldError", "The new due date must be later than the present one."
    ),
    "control.extension_too_long": QT_TRANSLATE_NOOP(
        "FieldError",
        "Too late: an appeal to a state body is considered for at most two months from its registration. "
        "Choose an earlier date.",
    ),
    "control.due_in_past": QT_TRANSLATE_NOOP("FieldError", "The due date cannot be in the past."),
    "control.reply_required": QT_TRANSLATE_NOOP(
        "FieldError",
        "No outgoing reply to this appeal is registered yet. Register the reply first, or enter its number here.",
    ),
    "control.reply_not_outgoing": QT_TRANSLATE_NOOP(
        "FieldError", "This is not an outgoing letter. Enter the number of the outgoing reply."
    ),
    ("card.not_found", "reply"): QT_TRANSLATE_NOOP("FieldError", "There is no card with this number."),
    # search criteria
    "search.range_reversed": QT_TRANSLATE_NOOP("FieldError", "The end of the range is before its start."),
    ("search.range_reversed", "registered_to"): QT_TRANSLATE_NOOP(
        "FieldError", "The end date is before the start date. Swap the dates."
    ),
    ("search.range_reversed", "amount_max"): QT_TRANSLATE_NOOP(
        "FieldError", "The largest amount is below the smallest. Swap the amounts."
    ),
    "id.format": QT_TRANSLATE_NOOP("FieldError", "An IIN or a BIN has exactly 12 digits."),
    ("id.format", "applicant_iin"): QT_TRANSLATE_NOOP("FieldError", "An IIN has exactly 12 digits."),
    ("id.format", "respondent_bin"): QT_TRANSLATE_NOOP("FieldError", "A BIN or an IIN has exactly 12 digits."),
    "amount.not_a_number": QT_TRANSLATE_NOOP(
        "FieldError", "Type an amount in tenge, such as 150000 or 150 000,50."
    ),
    "amount.negative": QT_TRANSLATE_NOOP("FieldError", "An amount cannot be negative."),
    "amount.too_precise": QT_TRANSLATE_NOOP("FieldError", "At most two digits after the decimal comma."),
    "amount.too_large": QT_TRANSLATE_NOOP("FieldError", "This amount is too large."),
    # the registration form (fields of an applicant block are looked up without their number:
    # "applicants.iin" stands for "applicants.2.iin")
    "id.not_12_digits": QT_TRANSLATE_NOOP("FieldError", "An IIN or a BIN has exactly 12 digits."),
    ("id.not_12_digits", "applicants.iin"): QT_TRANSLATE_NOOP("FieldError", "An IIN has exactly 12 digits."),
    ("id.not_12_digits", "applicants.bin"): QT_TRANSLATE_NOOP("FieldError", "A BIN has exactly 12 digits."),
    ("id.not_12_digits", "respondent.bin_or_iin"): QT_TRANSLATE_NOOP(
        "FieldError", "A BIN or an IIN has exactly 12 digits."
    ),
    "id.check_digit": QT_TRANSLATE_NOOP(
        "FieldError", "The last digit does not match the others: a digit is mistyped. Compare with the document."
    ),
    "id.bad_date": QT_TRANSLATE_NOOP(
        "FieldError", "The date hidden in this number is impossible: a digit is mistyped. Compare with the document."
    ),
    "id.bad_kind": QT_TRANSLATE_NOOP(
        "FieldError", "No such number can exist: a digit is mistyped. Compare with the document."
    ),
    "date.bad_format": QT_TRANSLATE_NOOP("FieldError", "Type the date as day.month.year, such as 25.03.2025."),
    "date.in_future": QT_TRANSLATE_NOOP("FieldError", "The date cannot be later than today."),
    "date.too_old": QT_TRANSLATE_NOOP("FieldError", "This date is too long ago. Check the year."),
    "field.not_integer": QT_TRANSLATE_NOOP("FieldError", "Type a whole number, such as 3."),
    ("field.out_of_range", "sheet_count"): QT_TRANSLATE_NOOP("FieldError", "From 1 to 10 000 sheets."),
    "phone.bad_format": QT_TRANSLATE_NOOP("FieldError", "Type a phone number, such as +7 701 123 45 67."),
    "email.bad_format": QT_TRANSLATE_NOOP("FieldError", "Type an e-mail address, such as name@mail.kz."),
    "website.bad_format": QT_TRANSLATE_NOOP(
        "FieldError", "Type a website, a domain or an IP address, such as shop.kz."
    ),
    "applicants.missing": QT_TRANSLATE_NOOP("FieldError", "Enter the applicant (for a letter, the addressee)."),
    ("field.required", "type"): QT_TRANSLATE_NOOP("FieldError", "Choose the type of appeal."),
    ("field.required", "kind"): QT_TRANSLATE_NOOP("FieldError", "Choose the kind of appeal."),
    ("field.required", "summary"): QT_TRANSLATE_NOOP("FieldError", "Write the content in brief."),
    ("field.required", "applicants.surname"): QT_TRANSLATE_NOOP("FieldError", "Type the surname."),
    ("field.required", "applicants.given_name"): QT_TRANSLATE_NOOP("FieldError", "Type the given name."),
    ("field.required", "applicants.name"): QT_TRANSLATE_NOOP("FieldError", "Type the organisation's name."),
    ("field.required", "respondent.name"): QT_TRANSLATE_NOOP(
        "FieldError", "Type the respondent's name, or clear the respondent."
    ),
    "journal.unknown": QT_TRANSLATE_NOOP(
        "FieldError", "This journal no longer exists. Close the form and refresh the journals (F5)."
    ),
    "journal.wrong_direction": QT_TRANSLATE_NOOP(
        "FieldError", "This journal is for the other direction. Choose another journal."
    ),
    ("card.not_found", "answers"): QT_TRANSLATE_NOOP("FieldError", "There is no card with this number."),
    ("card.not_found", "repeat_of"): QT_TRANSLATE_NOOP("FieldError", "There is no card with this number."),
    "link.answers_not_incoming": QT_TRANSLATE_NOOP(
        "FieldError", "This is not an incoming appeal. Enter the number of the appeal this letter answers."
    ),
    "link.repeat_other_direction": QT_TRANSLATE_NOOP(
        "FieldError", "This is not an incoming appeal. Enter the number of the earlier appeal."
    ),
}


def field_message(code: str, field: str) -> str:
    """The sentence shown next to a field for an error code (a general one for unknown codes)."""
    text = _FIELD_BY_CODE.get((code, field)) or _FIELD_BY_CODE.get(code)
    if text is None:
        return QCoreApplication.translate("FieldError", "Please check this value.")
    return QCoreApplication.translate("FieldError", str(text))


def _astana_time(moment: object) -> str:
    """"14:05" of a stored moment (ISO text), as the wall clock in Astana shows it."""
    try:
        return to_astana(datetime.fromisoformat(str(moment))).strftime("%H:%M")
    except (TypeError, ValueError):
        return "?"


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
        headline = QCoreApplication.translate("ErrorText", str(what))
        advice = QCoreApplication.translate("ErrorText", str(todo))
        if exc.code == "auth.locked":
            headline = headline.format(_astana_time(exc.params.get("until")))
        elif exc.code == "auth.weak_password":
            advice = advice.format(exc.params.get("min_length", MIN_PASSWORD))
        return ErrorText(headline, advice, exc.message)
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


# the settings dialog
_FIELD_BY_CODE.update({
    ("id.not_12_digits", "bin"): QT_TRANSLATE_NOOP("FieldError", "A BIN has exactly 12 digits."),
    ("reference.exists", "bin"): QT_TRANSLATE_NOOP(
        "FieldError", "Another body on the list has this BIN. Check the number."
    ),
    "numbering.bad_station_code": QT_TRANSLATE_NOOP(
        "FieldError", "A workstation code is 1 to 8 capital letters or digits, such as A or 02."
    ),
    "numbering.unknown_placeholder": QT_TRANSLATE_NOOP(
        "FieldError", "Unknown name in braces. Use {index}, {station}, {serial}, {serial:4}, {year} or {yy}."
    ),
    "numbering.bad_template": QT_TRANSLATE_NOOP(
        "FieldError", "The template is longer than 60 characters, or a brace has no pair."
    ),
    "numbering.template_not_unique": QT_TRANSLATE_NOOP(
        "FieldError", "The template needs {station}, {serial} and {year} or {yy}: otherwise numbers could repeat."
    ),
    "numbering.bad_index": QT_TRANSLATE_NOOP("FieldError", "An index is up to 20 characters, without braces."),
    "numbering.journals_clash": QT_TRANSLATE_NOOP(
        "FieldError", "This journal would give the same numbers as another journal. Give it another index."
    ),
    "calendar.no_change": QT_TRANSLATE_NOOP(
        "FieldError",
        "The day is like that anyway (Monday to Friday are working days; weekends and holidays are days off). "
        "Check the date.",
    ),
    "ocr.no_language": QT_TRANSLATE_NOOP("FieldError", "Tick at least one language."),
})


# accounts and signing in
_BY_CODE.update({
    "auth.bad_credentials": (
        QT_TRANSLATE_NOOP("ErrorText", "Wrong login or password."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Check the keyboard layout and Caps Lock, and type them again. After 5 wrong passwords in a row "
            "the login is locked for 15 minutes.",
        ),
    ),
    "auth.locked": (
        QT_TRANSLATE_NOOP("ErrorText", "Too many wrong passwords: this login is locked until {0} (Astana time)."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Wait until then, or ask the administrator to set a new password, which lifts the lock."
        ),
    ),
    "auth.blocked": (
        QT_TRANSLATE_NOOP("ErrorText", "This account is blocked."),
        QT_TRANSLATE_NOOP("ErrorText", "Ask the administrator to unblock it."),
    ),
    "auth.forbidden": (
        QT_TRANSLATE_NOOP("ErrorText", "Your role does not allow this."),
        QT_TRANSLATE_NOOP("ErrorText", "If your work needs it, ask the administrator to give your account the role."),
    ),
    "auth.weak_password": (
        QT_TRANSLATE_NOOP("ErrorText", "This password is too easy to guess."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Use at least {0} characters, not the login, and not one character over and over."
        ),
    ),
    "auth.login_required": (
        QT_TRANSLATE_NOOP("ErrorText", "Nobody is signed in."),
        QT_TRANSLATE_NOOP("ErrorText", "Sign in again, then repeat what you did."),
    ),
    "auth.not_acknowledged": (
        QT_TRANSLATE_NOOP("ErrorText", "The confidentiality undertaking is not accepted yet."),
        QT_TRANSLATE_NOOP("ErrorText", "Sign in again and accept it to work in the registry."),
    ),
    "auth.no_accounts": (
        QT_TRANSLATE_NOOP("ErrorText", "This registry has no accounts yet."),
        QT_TRANSLATE_NOOP("ErrorText", "Open it in the program to create the administrator's account."),
    ),
    "account.first_exists": (
        QT_TRANSLATE_NOOP("ErrorText", "The administrator's account exists already."),
        QT_TRANSLATE_NOOP("ErrorText", "It was created meanwhile, perhaps at another workstation. Sign in with it."),
    ),
    "account.last_administrator": (
        QT_TRANSLATE_NOOP("ErrorText", "This is the last administrator."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Give another account the administrator role first: otherwise nobody could manage accounts."
        ),
    ),
    "account.not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "There is no such account."),
        QT_TRANSLATE_NOOP("ErrorText", "The list has been read again."),
    ),
})

_FIELD_BY_CODE.update({
    "account.bad_login": QT_TRANSLATE_NOOP(
        "FieldError", "A login is letters and digits; a dot, a dash, _ or @ may stand inside. Up to 64 characters."
    ),
    "account.login_taken": QT_TRANSLATE_NOOP("FieldError", "An account with this login exists. Choose another login."),
    "account.no_role": QT_TRANSLATE_NOOP("FieldError", "Tick at least one role."),
    "account.unknown_staff": QT_TRANSLATE_NOOP(
        "FieldError", "This staff member is no longer on the staff list. Choose another."
    ),
    ("field.required", "login"): QT_TRANSLATE_NOOP("FieldError", "Type the login."),
    ("field.required", "display_name"): QT_TRANSLATE_NOOP("FieldError", "Type the full name."),
})
