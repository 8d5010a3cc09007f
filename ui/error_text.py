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

# Printed documents (issue 8; docs/cli.md, docs/quarterly.md).
_BY_CODE.update({
    "print.bad_period": (
        QT_TRANSLATE_NOOP("ErrorText", "The period cannot be printed."),
        QT_TRANSLATE_NOOP("ErrorText", "The first day must come before the last, and the period be at most ten years."),
    ),
    "print.journal_changed": (
        QT_TRANSLATE_NOOP("ErrorText", "The journal changed while it was being laid out."),
        QT_TRANSLATE_NOOP("ErrorText", "Cards of this period were changed at another workstation. Print it again."),
    ),
    "print.unsupported_format": (
        QT_TRANSLATE_NOOP("ErrorText", "This document cannot be saved in that format."),
        QT_TRANSLATE_NOOP("ErrorText", "Choose one of the file types the save dialog offers."),
    ),
    "quarterly.template_unreadable": (
        QT_TRANSLATE_NOOP("ErrorText", "The layout template of the quarterly information cannot be read."),
        QT_TRANSLATE_NOOP("ErrorText", "Choose a JSON file in UTF-8 of at most 256 KiB, or the built-in layout."),
    ),
    "quarterly.template_invalid": (
        QT_TRANSLATE_NOOP("ErrorText", "The layout template of the quarterly information has a mistake."),
        QT_TRANSLATE_NOOP("ErrorText", "The details say where; correct the file (see docs/quarterly.md) or use the built-in layout."),
    ),
    "quarterly.bad_quarter": (
        QT_TRANSLATE_NOOP("ErrorText", "There is no such quarter."),
        QT_TRANSLATE_NOOP("ErrorText", "Choose a quarter from 1 to 4 of a year the registry can hold."),
    ),
    "slips.not_incoming": (
        QT_TRANSLATE_NOOP("ErrorText", "A receipt is given for an incoming appeal only."),
        QT_TRANSLATE_NOOP("ErrorText", "For an outgoing letter print its registration-control card."),
    ),
    "output.unwritable": (
        QT_TRANSLATE_NOOP("ErrorText", "The file cannot be written there."),
        QT_TRANSLATE_NOOP("ErrorText", "Choose another folder, or close the file if another program has it open."),
    ),
})


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
    "control.recovered_only_when_satisfied": QT_TRANSLATE_NOOP(
        "FieldError", "An amount is recovered only when the claim is satisfied, fully or partially."
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


def in_one_line(exc: BaseException) -> str:
    """What happened and what to do, for a status line."""
    text = describe(exc)
    return " ".join(t for t in (text.headline, text.advice) if t)


def describe(exc: BaseException) -> ErrorText:
    if isinstance(exc, StoreError) and exc.code not in _BY_CODE:  # those in _BY_CODE are not about opening
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
        elif exc.code in ("store.key_missing", "store.key_mismatch", "store.key_wrong"):  # docs/security.md
            advice = QCoreApplication.translate(
                "ErrorText",
                "The registry is encrypted and this computer's keyring does not hold its key. The administrator "
                "puts it back with the recovery code kept on paper: clerk-app encryption recover.",
            )
        elif exc.code == "store.restore_pending":  # docs/backups.md
            advice = QCoreApplication.translate(
                "ErrorText",
                "A restore from a backup was interrupted and its files are half in place. The administrator "
                "finishes it first: clerk-app restore --resume.",
            )
        elif exc.code == "store.converting":
            advice = QCoreApplication.translate(
                "ErrorText", "The registry is being encrypted right now. Wait until that is done and open it again."
            )
        elif exc.code == "store.marker_damaged":
            advice = QCoreApplication.translate(
                "ErrorText",
                "The file encryption.json in the data folder is damaged or comes from a newer version of clerk-app. "
                "Ask the administrator (see docs/security.md).",
            )
        elif exc.code == "store.keyring_unavailable":
            advice = QCoreApplication.translate(
                "ErrorText",
                "The registry is encrypted and its key is kept in the system keyring, which does not answer. "
                "Sign in to this computer as usual (the keyring opens with the session) or ask the administrator.",
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
        elif exc.code == "backup.short_passphrase":
            advice = advice.format(exc.params.get("min", 12))
        elif exc.code.startswith("pd.no_ground_for_"):  # who: the persons the refusal names
            persons = exc.params.get("persons") or []
            headline = headline.format("; ".join(str(p.get("name") or "?") for p in persons if isinstance(p, dict)))
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


# legal grounds for processing personal data (R31-R33, R53)
_BY_CODE.update({
    "pd.no_ground_for_transfer": (
        QT_TRANSLATE_NOOP("ErrorText", "The appeal cannot be forwarded: no legal ground allows transferring the data of {0}."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Open Card › Personal data grounds… and record their consent with transfer to third parties allowed, "
            "or a case of processing without consent (art. 9). Then record the result again.",
        ),
    ),
    "pd.no_ground_for_export": (
        QT_TRANSLATE_NOOP("ErrorText", "The data cannot be written out: the consent of {0} was withdrawn or has expired."),
        QT_TRANSLATE_NOOP("ErrorText", "Their data are only stored until destruction."),
    ),
    "consent.already_withdrawn": (
        QT_TRANSLATE_NOOP("ErrorText", "This consent was withdrawn already."),
        QT_TRANSLATE_NOOP("ErrorText", "The list has been read again."),
    ),
    "consent.not_in_force": (
        QT_TRANSLATE_NOOP("ErrorText", "This consent is no longer in force and cannot be taken over."),
        QT_TRANSLATE_NOOP("ErrorText", "It was withdrawn or its term ended meanwhile. Record a new consent of the person."),
    ),
    "consent.other_person": (
        QT_TRANSLATE_NOOP("ErrorText", "This consent was given by another person."),
        QT_TRANSLATE_NOOP("ErrorText", "The IIN on this card differs from the IIN of the consent. Record the person's own consent."),
    ),
    "consent.not_consent": (
        QT_TRANSLATE_NOOP("ErrorText", "This is a case of processing without consent (art. 9), not a consent."),
        QT_TRANSLATE_NOOP("ErrorText", "It has no signed form and is not withdrawn. Record a consent or another case instead."),
    ),
    "consent.not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "This ground is no longer recorded."),
        QT_TRANSLATE_NOOP("ErrorText", "It may have been removed with the card's personal data. Close this window and open it again."),
    ),
    "consent.not_a_person": (
        QT_TRANSLATE_NOOP("ErrorText", "This applicant is not a natural person on the card any more."),
        QT_TRANSLATE_NOOP("ErrorText", "The card was changed meanwhile. Close this window and open it again."),
    ),
    "consent.form_not_of_card": (
        QT_TRANSLATE_NOOP("ErrorText", "The consent form must be an electronic copy of the same card."),
        QT_TRANSLATE_NOOP("ErrorText", "Attach the scanned form to this card."),
    ),
    "numbering.collision": (
        QT_TRANSLATE_NOOP("ErrorText", "The registration number is taken already."),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing was registered. Ask the administrator to check the journal's number template."),
    ),
})


# the register of personal-data security breaches (R47)
_BY_CODE.update({
    "breach.not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "This breach is not in the register."),
        QT_TRANSLATE_NOOP("ErrorText", "Close this window and look at the register again."),
    ),
    "breach.closed": (
        QT_TRANSLATE_NOOP("ErrorText", "This breach is closed and no longer changes."),
        QT_TRANSLATE_NOOP("ErrorText", "It was closed meanwhile, perhaps at another workstation. Close this window and look at the register again."),
    ),
    "breach.already_notified": (
        QT_TRANSLATE_NOOP("ErrorText", "The notice of this breach is recorded already."),
        QT_TRANSLATE_NOOP("ErrorText", "It was recorded meanwhile, perhaps at another workstation. Close this window and look at the register again."),
    ),
    "breach.numbering": (
        QT_TRANSLATE_NOOP("ErrorText", "The breach could not be given a number."),
        QT_TRANSLATE_NOOP("ErrorText", "Another breach was recorded at the same moment. Save it again."),
    ),
})

_FIELD_BY_CODE.update({
    "consent.no_term": QT_TRANSLATE_NOOP("FieldError", "Give the last day of the consent, or its period in words."),
    "consent.term_before_given": QT_TRANSLATE_NOOP("FieldError", "The term ends before the consent was given."),
    "consent.given_in_future": QT_TRANSLATE_NOOP("FieldError", "The consent cannot be given after today."),
    "consent.withdrawn_in_future": QT_TRANSLATE_NOOP("FieldError", "The date cannot be after today."),
    "consent.withdrawn_before_given": QT_TRANSLATE_NOOP("FieldError", "The date is before the consent was given."),
    "consent.no_natural_person": QT_TRANSLATE_NOOP(
        "FieldError", "A written consent is given by an applicant who is a person: add one, or untick the consent."
    ),
    "consent.no_operator": QT_TRANSLATE_NOOP(
        "FieldError", "The consent names this body: enter its name and BIN in Settings › The body first."
    ),
    ("id.not_12_digits", "operator_bin"): QT_TRANSLATE_NOOP("FieldError", "A BIN or IIN has exactly 12 digits."),
    ("id.check_digit", "operator_bin"): QT_TRANSLATE_NOOP("FieldError", "This BIN or IIN has a typing error. Check it."),
})


# retention, destruction and blocking of personal data (R42-R46)
_BY_CODE.update({
    "pd.blocked": (
        QT_TRANSLATE_NOOP("ErrorText", "The personal data on this card are blocked."),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing can be done with the card until the personal-data officer unblocks them."),
    ),
    "pd.destroyed": (
        QT_TRANSLATE_NOOP("ErrorText", "The personal data of this card were destroyed."),
        QT_TRANSLATE_NOOP("ErrorText", "Only its registration remains; it takes no new data."),
    ),
    "pd.no_data": (
        QT_TRANSLATE_NOOP("ErrorText", "The registry holds no data of a person with this IIN."),
        QT_TRANSLATE_NOOP("ErrorText", "Check the IIN."),
    ),
    "pd.confirm_count": (
        QT_TRANSLATE_NOOP("ErrorText", "The number of records changed meanwhile."),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing was destroyed. Look at the list again and confirm the new number."),
    ),
    "pd.not_due": (
        QT_TRANSLATE_NOOP("ErrorText", "Some of the records are not due for destruction."),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing was destroyed. The list has been read again."),
    ),
    "pd.nothing_to_destroy": (
        QT_TRANSLATE_NOOP("ErrorText", "No record is chosen for destruction."),
        QT_TRANSLATE_NOOP("ErrorText", "Select the records in the list first. Nothing was destroyed."),
    ),
    "pd.act_not_found": (
        QT_TRANSLATE_NOOP("ErrorText", "There is no such destruction act."),
        QT_TRANSLATE_NOOP("ErrorText", "Check the act's number. Nothing was changed."),
    ),
    "pd.already_blocked": (
        QT_TRANSLATE_NOOP("ErrorText", "This person's data are blocked already."),
        QT_TRANSLATE_NOOP("ErrorText", "The state has been read again."),
    ),
    "pd.not_blocked": (
        QT_TRANSLATE_NOOP("ErrorText", "This person's data are not blocked."),
        QT_TRANSLATE_NOOP("ErrorText", "The state has been read again."),
    ),
})

_FIELD_BY_CODE.update({
    "pd.basis_required": QT_TRANSLATE_NOOP("FieldError", "State the basis: the decision's number and date, or the finding."),
    ("field.required", "commission"): QT_TRANSLATE_NOOP("FieldError", "Name the commission or the responsible person."),
    ("field.required", "reason"): QT_TRANSLATE_NOOP("FieldError", "State the reason."),
})


# encryption at rest, backups and restores (docs/security.md, docs/backups.md)
_BY_CODE.update({
    "store.in_use": (
        QT_TRANSLATE_NOOP("ErrorText", "The registry is in use."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "It is open in another window, a command or on another computer, or a backup is being made. Close it "
            "there, wait for the backup to finish, and try again. Nothing was changed.",
        ),
    ),
    "store.copies_damaged": (
        QT_TRANSLATE_NOOP("ErrorText", "An electronic copy in the data folder is damaged."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Nothing was changed. The administrator runs clerk-app verify and puts the damaged copies back from a "
            "backup first.",
        ),
    ),
    "backup.bad_passphrase": (
        QT_TRANSLATE_NOOP("ErrorText", "The passphrase does not open this backup."),
        QT_TRANSLATE_NOOP("ErrorText", "Type the passphrase the backup was made with. Nothing was changed."),
    ),
    "backup.damaged": (
        QT_TRANSLATE_NOOP("ErrorText", "The backup file is damaged or incomplete."),
        QT_TRANSLATE_NOOP("ErrorText", "Use another copy of the backup. Nothing was changed."),
    ),
    "backup.unknown_format": (
        QT_TRANSLATE_NOOP("ErrorText", "This is not a backup this version of clerk-app can read."),
        QT_TRANSLATE_NOOP("ErrorText", "Update clerk-app, or choose a backup made by this version."),
    ),
    "backup.newer_schema": (
        QT_TRANSLATE_NOOP("ErrorText", "The backup was made by a newer version of clerk-app."),
        QT_TRANSLATE_NOOP("ErrorText", "Update clerk-app on this computer first. Nothing was changed."),
    ),
    "backup.audit_broken": (
        QT_TRANSLATE_NOOP("ErrorText", "The audit trail in the backup was altered."),
        QT_TRANSLATE_NOOP("ErrorText", "Do not use this backup: tell the administrator. Nothing was changed."),
    ),
    "backup.newer_store": (
        QT_TRANSLATE_NOOP("ErrorText", "The registry holds newer data than the backup."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "The backup was not restored. Confirm the restore to replace the registry (it is kept aside)."
        ),
    ),
    "backup.interrupted": (
        QT_TRANSLATE_NOOP("ErrorText", "An earlier restore was interrupted."),
        QT_TRANSLATE_NOOP("ErrorText", "The administrator finishes it first: clerk-app restore --resume."),
    ),
    "backup.pending_unreadable": (
        QT_TRANSLATE_NOOP("ErrorText", "The note of an interrupted restore cannot be read."),
        QT_TRANSLATE_NOOP("ErrorText", "Ask the administrator (see docs/backups.md, an interrupted restore)."),
    ),
    "backup.nothing_pending": (
        QT_TRANSLATE_NOOP("ErrorText", "No restore is waiting to be finished."),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing needs to be done."),
    ),
    "backup.no_passphrase": (
        QT_TRANSLATE_NOOP("ErrorText", "There is no backup passphrase."),
        QT_TRANSLATE_NOOP("ErrorText", "Type the backup passphrase."),
    ),
    "backup.short_passphrase": (
        QT_TRANSLATE_NOOP("ErrorText", "The passphrase is too short."),
        QT_TRANSLATE_NOOP("ErrorText", "The passphrase needs at least {0} characters."),
    ),
    "backup.no_keyring": (
        QT_TRANSLATE_NOOP("ErrorText", "The passphrase cannot be kept on this computer."),
        QT_TRANSLATE_NOOP("ErrorText", "The system keyring does not answer. Type the passphrase each time instead."),
    ),
    "backup.target_is_folder": (
        QT_TRANSLATE_NOOP("ErrorText", "A folder was chosen instead of a file."),
        QT_TRANSLATE_NOOP("ErrorText", "Choose a file name for the backup."),
    ),
    "backup.unreadable": (
        QT_TRANSLATE_NOOP("ErrorText", "The backup file cannot be read."),
        QT_TRANSLATE_NOOP("ErrorText", "Check that the disk is connected and that you may read the file."),
    ),
})


# synchronisation with the central store (issue 7, docs/sync.md)
_BY_CODE.update({
    "sync.unreachable": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store does not answer."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Check the network connection and the address. Work here goes on meanwhile.",
        ),
    ),
    "sync.auth_failed": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store did not accept this workstation's name or password."),
        QT_TRANSLATE_NOOP("ErrorText", "Ask the central store's administrator for them and connect again in Settings."),
    ),
    "sync.tls_failed": (
        QT_TRANSLATE_NOOP("ErrorText", "The encrypted connection to the central store could not be made safely."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The server's certificate does not match the CA certificate file or the server's name. "
            "Ask the central store's administrator.",
        ),
    ),
    "sync.tls_unsupported": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store's server does not offer encryption."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Ask its administrator to turn on TLS, or, only on a trusted local network, choose the mode without "
            "encryption.",
        ),
    ),
    "sync.not_central": (
        QT_TRANSLATE_NOOP("ErrorText", "That database is not a central store of clerk-app."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Check the address. The central store's administrator creates one with clerk-app central init."
        ),
    ),
    "sync.unknown_station": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store has no workstation of this name."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Check the name, or ask the administrator to add it: clerk-app central add-station NAME."
        ),
    ),
    "sync.station_code_taken": (
        QT_TRANSLATE_NOOP("ErrorText", "Another workstation on the central store already has this code."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Numbers would collide. Ask the central store's administrator which workstation this is."
        ),
    ),
    "sync.station_in_use": (
        QT_TRANSLATE_NOOP("ErrorText", "This workstation's name already holds another store's history on the central store."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "A desk set up again needs a new workstation: ask the administrator to add one "
            "(clerk-app central add-station NAME); every card, this desk's earlier ones included, then comes back."
        ),
    ),
    "sync.not_connected": (
        QT_TRANSLATE_NOOP("ErrorText", "This workstation is not connected to a central store."),
        QT_TRANSLATE_NOOP("ErrorText", "An administrator connects it in Settings › Synchronisation."),
    ),
    "sync.interrupted": (
        QT_TRANSLATE_NOOP("ErrorText", "The synchronisation was interrupted."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Nothing is lost: the next synchronisation goes on from where this one stopped."
        ),
    ),
    "sync.busy": (
        QT_TRANSLATE_NOOP("ErrorText", "Another synchronisation is running."),
        QT_TRANSLATE_NOOP("ErrorText", "Wait until it ends; it sends and receives the same changes."),
    ),
    "sync.conflict_resolved_already": (
        QT_TRANSLATE_NOOP("ErrorText", "This conflict has been resolved already."),
        QT_TRANSLATE_NOOP("ErrorText", "Perhaps at another workstation. The list has been read again."),
    ),
    "sync.bad_url": (
        QT_TRANSLATE_NOOP("ErrorText", "This is not the address of a PostgreSQL database."),
        QT_TRANSLATE_NOOP("ErrorText", "Type it as postgresql://server:port/database."),
    ),
    "sync.schema_mismatch": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store and this workstation run different versions of clerk-app."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Update clerk-app here or on the central store (clerk-app central init upgrades it), so both are alike.",
        ),
    ),
    "sync.keyring": (
        QT_TRANSLATE_NOOP("ErrorText", "This computer's keyring cannot keep the workstation's password."),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Sign in to this computer as usual (the keyring opens with the session) or ask the administrator."
        ),
    ),
    "sync.refused_by_central": (
        QT_TRANSLATE_NOOP("ErrorText", "The central store answered with an error."),
        QT_TRANSLATE_NOOP("ErrorText", "Try again later. If it happens again, tell the central store's administrator."),
    ),
    "sync.no_conflict": (
        QT_TRANSLATE_NOOP("ErrorText", "This conflict is no longer recorded."),
        QT_TRANSLATE_NOOP("ErrorText", "The list has been read again."),
    ),
    "sync.no_problem": (
        QT_TRANSLATE_NOOP("ErrorText", "This sync problem is no longer recorded."),
        QT_TRANSLATE_NOOP("ErrorText", "The list has been read again."),
    ),
    "sync.problem_received": (
        QT_TRANSLATE_NOOP("ErrorText", "This record came from the central store and is tried again at every synchronisation."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "It is taken in by itself once it no longer collides with a record here or on the central store. "
            "Tell the central store's administrator.",
        ),
    ),
    "sync.no_permission": (
        QT_TRANSLATE_NOOP("ErrorText", "This is not allowed."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Either the workstation's role on the central store lacks the right (ask the central store's "
            "administrator), or your own role does not allow it.",
        ),
    ),
})
