"""The words of the card view: the card's field names, the labels of the enums ui/labels.py has no
use for elsewhere (direction, form, respondent role), and how one value of a card reads — the same
function shows a field in the card and its old and new values in the history.

Values come either from the Card itself or from the edit history, where the core keeps them in their
JSON shape (codes, ISO dates, amounts as strings, applicants and the respondent as objects): both
read the same here. An empty value is shown as a dash everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.cards import Applicant, RespondentData
from clerk_app.domain.drafts import applicant_to_json, respondent_to_json
from clerk_app.domain.enums import (
    ActivityField,
    AppealForm,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    RespondentRole,
)
from ui import due_dates, formatting, labels

EMPTY = "—"  # what an empty field shows, in the card and in the history

# Every field of the card by its code (the codes of the edit history), without a colon.
_FIELD = {
    "number": QT_TRANSLATE_NOOP("CardField", "Registration number"),
    "registered_at": QT_TRANSLATE_NOOP("CardField", "Registration date"),
    "registered_by": QT_TRANSLATE_NOOP("CardField", "Registered by"),
    "station": QT_TRANSLATE_NOOP("CardField", "Workstation"),
    "direction": QT_TRANSLATE_NOOP("CardField", "Direction"),
    "journal": QT_TRANSLATE_NOOP("CardField", "Journal"),
    "channel": QT_TRANSLATE_NOOP("CardField", "Received via"),
    "form": QT_TRANSLATE_NOOP("CardField", "Form"),
    "type": QT_TRANSLATE_NOOP("CardField", "Type"),
    "kind": QT_TRANSLATE_NOOP("CardField", "Kind"),
    "is_collective": QT_TRANSLATE_NOOP("CardField", "Collective appeal"),
    "applicants": QT_TRANSLATE_NOOP("CardField", "Applicants"),
    "respondent": QT_TRANSLATE_NOOP("CardField", "Respondent"),
    "summary": QT_TRANSLATE_NOOP("CardField", "Summary"),
    "claimed_amount": QT_TRANSLATE_NOOP("CardField", "Amount claimed"),
    "correspondent": QT_TRANSLATE_NOOP("CardField", "Correspondent's number and date"),
    "correspondent_number": QT_TRANSLATE_NOOP("CardField", "Correspondent's number"),
    "correspondent_date": QT_TRANSLATE_NOOP("CardField", "Correspondent's date"),
    "received_on": QT_TRANSLATE_NOOP("CardField", "Received on"),
    "sheet_count": QT_TRANSLATE_NOOP("CardField", "Number of sheets"),
    "is_court_matter": QT_TRANSLATE_NOOP("CardField", "Court matter"),
    "notes": QT_TRANSLATE_NOOP("CardField", "Note"),
    "answers": QT_TRANSLATE_NOOP("CardField", "Reply to"),
    "replies": QT_TRANSLATE_NOOP("CardField", "Replies"),
    "repeat_of": QT_TRANSLATE_NOOP("CardField", "Earlier appeal"),
    "repeats": QT_TRANSLATE_NOOP("CardField", "Repeat appeals"),
}

# An outgoing letter's applicants are its addressees, and its channel is how it was sent.
_OUTGOING_FIELD = {
    "channel": QT_TRANSLATE_NOOP("CardField", "Sent via"),
    "applicants": QT_TRANSLATE_NOOP("CardField", "Addressees"),
}

_DIRECTION = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("Direction", "Incoming"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Direction", "Outgoing"),
}

_FORM = {
    AppealForm.WRITTEN: QT_TRANSLATE_NOOP("AppealForm", "Written"),
    AppealForm.ORAL: QT_TRANSLATE_NOOP("AppealForm", "Oral"),
    AppealForm.ELECTRONIC_DOCUMENT: QT_TRANSLATE_NOOP("AppealForm", "Electronic document"),
    AppealForm.VIDEO: QT_TRANSLATE_NOOP("AppealForm", "Video appeal"),
}

_ROLE = {
    RespondentRole.SELLER: QT_TRANSLATE_NOOP("RespondentRole", "Seller"),
    RespondentRole.MANUFACTURER: QT_TRANSLATE_NOOP("RespondentRole", "Manufacturer"),
    RespondentRole.PERFORMER: QT_TRANSLATE_NOOP("RespondentRole", "Performer"),
    RespondentRole.GAME_ORGANIZER: QT_TRANSLATE_NOOP("RespondentRole", "Game organizer"),
}


def field_name(code: str, direction: Direction | None = None) -> str:
    """The field's name in the current language; an unknown code (a newer store) as it is."""
    source = (_OUTGOING_FIELD.get(code) if direction is Direction.OUTGOING else None) or _FIELD.get(code)
    return QCoreApplication.translate("CardField", str(source)) if source else code


def direction_label(direction: Direction) -> str:
    return QCoreApplication.translate("Direction", str(_DIRECTION[direction]))


def form_label(form: AppealForm) -> str:
    return QCoreApplication.translate("AppealForm", str(_FORM[form]))


def role_label(role: RespondentRole) -> str:
    return QCoreApplication.translate("RespondentRole", str(_ROLE[role]))


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("CardValue", "Yes")
    return QCoreApplication.translate("CardValue", "No")


def amount_text(value: Decimal) -> str:
    return f"{formatting.amount(value)} ₸"


def correspondent_text(number: str | None, day: date | None) -> str:
    if number and day:
        return QCoreApplication.translate("CardValue", "No. {0} of {1}").format(number, due_dates.day(day))
    if number:
        return QCoreApplication.translate("CardValue", "No. {0}").format(number)
    return due_dates.day(day) if day else EMPTY


def _joined(parts: Iterable[str | None], separator: str = ", ") -> str:
    return separator.join(p for p in parts if p)


def _tagged(template: str, number: object) -> str | None:
    """The tagged number ("IIN 900101300012") kept on one line when the text wraps."""
    if not number:
        return None
    return template.format(number).replace(" ", "\N{NO-BREAK SPACE}").replace("/", "/\N{WORD JOINER}")


def applicant_lines(data: Mapping[str, Any]) -> list[str]:
    """An applicant (in its JSON shape) as two lines: who with the IIN or BIN; how to reach them.
    Missing parts are left out, a wholly empty applicant is a dash."""
    if data.get("type") == "legal_entity":
        number = _tagged(QCoreApplication.translate("CardValue", "BIN {0}"), data.get("bin"))
        who = _joined([data.get("name"), number])
    else:
        name = _joined([data.get("surname"), data.get("given_name"), data.get("patronymic")], " ")
        number = _tagged(QCoreApplication.translate("CardValue", "IIN {0}"), data.get("iin"))
        who = _joined([name, number])
    phone = str(data["phone"]).replace(" ", "\N{NO-BREAK SPACE}") if data.get("phone") else None
    contacts = _joined([data.get("address"), phone, data.get("email")], "; ")
    return [line for line in (who, contacts) if line] or [EMPTY]


def applicant_text(applicant: Applicant) -> str:
    return "\n".join(applicant_lines(applicant_to_json(applicant)))


def respondent_lines(data: Mapping[str, Any]) -> list[str]:
    """The respondent (in its JSON shape): name, role and BIN/IIN; address and website; the field of activity."""
    role = _enum(RespondentRole, data.get("role"))
    name = data.get("name") or ""
    if isinstance(role, RespondentRole):
        name = f"{name} ({role_label(role).lower()})"
    number = data.get("bin_or_iin")
    who = _joined([name, _tagged(QCoreApplication.translate("CardValue", "BIN/IIN {0}"), number)])
    where = _joined([data.get("address"), data.get("website")], "; ")
    activity = _enum(ActivityField, data.get("activity"))
    field = labels.activity_field_label(activity) if isinstance(activity, ActivityField) else ""
    return [line for line in (who, where, field) if line] or [EMPTY]


def respondent_text(respondent: RespondentData | None) -> str:
    return "\n".join(respondent_lines(respondent_to_json(respondent))) if respondent else EMPTY


def _enum(kind: type[StrEnum], value: object) -> StrEnum | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None


# Fields holding a code of a closed vocabulary: the enum and how its values read.
_CODED: dict[str, tuple[type[StrEnum], Callable[[Any], str]]] = {
    "channel": (Channel, labels.channel_label),
    "form": (AppealForm, form_label),
    "type": (AppealType, labels.type_label),
    "kind": (AppealKind, labels.kind_label),
    "direction": (Direction, direction_label),
}


def value_text(code: str, value: object) -> str:
    """One value of a field as the clerk reads it: the card's own or an old or new value of the
    history (JSON shape). Unknown shapes are shown as they are rather than hidden."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return yes_no(value)
    if code in _CODED:
        kind, label = _CODED[code]
        member = _enum(kind, value)
        return label(member) if member is not None else str(value)
    if code == "claimed_amount":
        try:
            return amount_text(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    if code in ("correspondent_date", "received_on"):
        return _day(value)
    if code == "applicants" and isinstance(value, list):
        people = [applicant_lines(a) if isinstance(a, Mapping) else [str(a)] for a in value]
        return "\n".join("; ".join(lines) for lines in people)
    if code == "respondent" and isinstance(value, Mapping):
        return "; ".join(respondent_lines(value))
    if code == "sheet_count" and isinstance(value, int):
        return formatting.count(value)
    return str(value)


def _day(value: object) -> str:
    if isinstance(value, date):
        return due_dates.day(value)
    try:
        return due_dates.day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)
