"""The words of the breach register in the interface: states, data categories, notice channels,
the field errors of its forms, and the notice letter to the authorized body (R47), composed in the
interface language from the facts the core gives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.breaches import Breach, BreachNotice, BreachState, DataCategory, NoticeChannel
from ui import formatting

_CONTEXT = "BreachTexts"

_STATES = {
    BreachState.OPEN: QT_TRANSLATE_NOOP("BreachTexts", "Not notified"),
    BreachState.NOTIFIED: QT_TRANSLATE_NOOP("BreachTexts", "Notified"),
    BreachState.CLOSED: QT_TRANSLATE_NOOP("BreachTexts", "Closed"),
}
_CATEGORIES = {
    DataCategory.NAMES: QT_TRANSLATE_NOOP("BreachTexts", "surnames, names, patronymics"),
    DataCategory.IIN: QT_TRANSLATE_NOOP("BreachTexts", "IINs"),
    DataCategory.CONTACTS: QT_TRANSLATE_NOOP("BreachTexts", "addresses, phones, e-mails"),
    DataCategory.APPEAL_TEXT: QT_TRANSLATE_NOOP("BreachTexts", "contents of appeals and replies"),
    DataCategory.SCANS: QT_TRANSLATE_NOOP("BreachTexts", "electronic copies of documents"),
    DataCategory.ACCOUNTS: QT_TRANSLATE_NOOP("BreachTexts", "staff accounts and passwords"),
    DataCategory.OTHER: QT_TRANSLATE_NOOP("BreachTexts", "other (see the description)"),
}
_CHANNELS = {
    NoticeChannel.EMAIL: QT_TRANSLATE_NOOP("BreachTexts", "by e-mail"),
    NoticeChannel.LETTER: QT_TRANSLATE_NOOP("BreachTexts", "by letter"),
    NoticeChannel.PORTAL: QT_TRANSLATE_NOOP("BreachTexts", "through an e-government service"),
    NoticeChannel.PHONE: QT_TRANSLATE_NOOP("BreachTexts", "by phone"),
    NoticeChannel.OTHER: QT_TRANSLATE_NOOP("BreachTexts", "otherwise"),
}
_FIELD_ERRORS = {
    "field.required": QT_TRANSLATE_NOOP("BreachTexts", "This field is required."),
    "field.too_long": QT_TRANSLATE_NOOP("BreachTexts", "This text is too long."),
    "field.bad_characters": QT_TRANSLATE_NOOP("BreachTexts", "Remove the control characters from this text."),
    "field.bad_phone": QT_TRANSLATE_NOOP("BreachTexts", "Type a phone number, such as +7 701 123 45 67."),
    "field.bad_email": QT_TRANSLATE_NOOP("BreachTexts", "Type an e-mail address, such as name@mail.kz."),
    "field.bad_number": QT_TRANSLATE_NOOP("BreachTexts", "Type a whole number, such as 12, or leave it empty."),
    "field.bad_datetime": QT_TRANSLATE_NOOP("BreachTexts", "Check the date and time."),
    "field.bad_value": QT_TRANSLATE_NOOP("BreachTexts", "Choose a value from the list."),
    "field.out_of_range": QT_TRANSLATE_NOOP("BreachTexts", "This date is too long ago. Check the year."),
    "breach.in_future": QT_TRANSLATE_NOOP("BreachTexts", "This moment is still to come. Check the date and time."),
    "breach.before_detection": QT_TRANSLATE_NOOP("BreachTexts", "The notice cannot precede the detection."),
    "breach.no_contact": QT_TRANSLATE_NOOP("BreachTexts", "Give a phone number or an e-mail address."),
    "breach.fewer_than_named": QT_TRANSLATE_NOOP(
        "BreachTexts", "Fewer than the persons named by IIN below. Correct the number."
    ),
    "id.not_12_digits": QT_TRANSLATE_NOOP("BreachTexts", "Each IIN has exactly 12 digits; separate them with spaces."),
    "id.check_digit": QT_TRANSLATE_NOOP("BreachTexts", "An IIN is mistyped: its last digit does not match."),
    "id.bad_date": QT_TRANSLATE_NOOP("BreachTexts", "An IIN is mistyped: the date in it is impossible."),
    "id.bad_kind": QT_TRANSLATE_NOOP("BreachTexts", "An IIN is mistyped: no such number can exist."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def state_label(state: BreachState) -> str:
    return tr(str(_STATES[state]))


def category_label(category: DataCategory) -> str:
    return tr(str(_CATEGORIES[category]))


def channel_label(channel: NoticeChannel) -> str:
    return tr(str(_CHANNELS[channel]))


def field_error(code: str) -> str:
    text = _FIELD_ERRORS.get(code)
    return tr(str(text)) if text is not None else QCoreApplication.translate("BreachTexts", "Please check this value.")


def status_text(breach: Breach, today: date) -> str:
    """The list's state column: the state, and how the deadline stands."""
    if breach.is_overdue(today):
        return QCoreApplication.translate("BreachTexts", "Overdue: notice was due {0}").format(breach.notice_due_on.strftime("%d.%m.%Y"))
    if breach.is_due_today(today):
        return QCoreApplication.translate("BreachTexts", "Notice due today")
    if breach.notified_late:
        return QCoreApplication.translate("BreachTexts", "Notified late")
    return state_label(breach.state)


def notice_letter(notice: BreachNotice) -> str:
    """The notice to the authorized body for personal data, in the interface language."""
    b, o = notice.breach, notice.operator
    unknown = QCoreApplication.translate("BreachTexts", "not known yet")
    operator = ", ".join(part for part in (
        o.name or QCoreApplication.translate("BreachTexts", "(enter the body in Settings)"),
        QCoreApplication.translate("BreachTexts", "BIN {0}").format(o.bin) if o.bin else "", o.address or "",
    ) if part)
    contacts = ", ".join(part for part in (
        b.responsible.name,
        QCoreApplication.translate("BreachTexts", "phone {0}").format(b.responsible.phone) if b.responsible.phone else "",
        QCoreApplication.translate("BreachTexts", "e-mail {0}").format(b.responsible.email) if b.responsible.email else "",
    ) if part)
    lines = [
        QCoreApplication.translate("BreachTexts", "To the authorized body for the protection of personal data"),
        "",
        QCoreApplication.translate("BreachTexts", "NOTICE OF A PERSONAL-DATA SECURITY BREACH No. {0}").format(b.number),
        "",
        QCoreApplication.translate("BreachTexts", "Operator: {0}").format(operator),
        QCoreApplication.translate("BreachTexts", "Detected: {0} (Astana time)").format(formatting.date_time(b.detected_at)),
        QCoreApplication.translate("BreachTexts", "What happened:"),
        b.description,
        QCoreApplication.translate("BreachTexts", "Personal data affected: {0}").format(", ".join(category_label(c) for c in b.categories)),
        QCoreApplication.translate("BreachTexts", "Persons affected (approximately): {0}").format(
            formatting.count(b.subjects_count) if b.subjects_count is not None else unknown),
        QCoreApplication.translate("BreachTexts", "Measures taken:"),
        b.measures or QCoreApplication.translate("BreachTexts", "being determined"),
        QCoreApplication.translate("BreachTexts", "Person responsible for organizing the processing of personal data: {0}").format(contacts or unknown),
        "",
        QCoreApplication.translate("BreachTexts", "Sent within one working day of detection (PD Law art. 25(2)(8)): by {0}.").format(
            b.notice_due_on.strftime("%d.%m.%Y") + " 24:00"),
        "",
        QCoreApplication.translate("BreachTexts", "Date: ____________    Signature: ____________"),
    ]
    return "\n".join(lines) + "\n"
