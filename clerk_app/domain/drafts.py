"""Turning what a clerk or a script entered into a validated ``CardDraft``.

Every problem is collected, so that the form can show each one next to its field and the CLI can
name every bad field at once. Field names in issues are the JSON keys (``applicants.0.iin``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from clerk_app.domain import identifiers
from clerk_app.domain.cards import Applicant, CardDraft, RespondentData
from clerk_app.domain.enums import (
    ActivityField,
    AppealForm,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    PartyType,
    RespondentRole,
)
from clerk_app.domain.money import AmountProblem, parse_amount
from clerk_app.errors import FieldIssue, ValidationError

E = TypeVar("E", bound=StrEnum)

SHORT_TEXT = 200
LONG_TEXT = 4000
ADDRESS_TEXT = 500
MAX_SHEETS = 10_000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,25}$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]+$|^\d{1,3}(\.\d{1,3}){3}$", re.IGNORECASE)

_IDENTIFIER_MESSAGES = {
    identifiers.IdentifierProblem.NOT_12_DIGITS: "must be exactly 12 digits",
    identifiers.IdentifierProblem.CHECK_DIGIT: "the check digit is wrong (a typo in the number?)",
    identifiers.IdentifierProblem.BAD_DATE: "the date encoded in the number is impossible",
    identifiers.IdentifierProblem.BAD_KIND: "the type digit of the number is impossible",
}

CARD_KEYS = frozenset(
    {
        "direction", "journal", "channel", "form", "type", "kind", "is_collective", "applicants",
        "respondent", "summary", "claimed_amount", "correspondent_number", "correspondent_date",
        "received_on", "sheet_count", "answers", "repeat_of", "is_court_matter", "notes", "written_consent",
    }
)
APPLICANT_KEYS = frozenset(
    {"type", "surname", "given_name", "patronymic", "iin", "name", "bin", "address", "phone", "email"}
)
RESPONDENT_KEYS = frozenset({"name", "role", "bin_or_iin", "address", "website", "activity"})


@dataclass
class _Collector:
    """Gathers issues while parsing goes on past the first bad field."""

    issues: list[FieldIssue]

    def add(self, path: str, code: str, message: str) -> None:
        self.issues.append(FieldIssue(path, code, message))

    def unknown_keys(self, data: Mapping[str, Any], allowed: frozenset[str], prefix: str) -> None:
        for key in sorted(set(data) - allowed):
            self.add(f"{prefix}{key}", "field.unknown", "is not a field of the card")

    def text(self, data: Mapping[str, Any], key: str, path: str, *, limit: int, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(path, "field.required", "is required")
            return None
        if not isinstance(value, str):
            self.add(path, "field.not_text", "must be text")
            return None
        value = value.strip()
        if _CONTROL_CHARS.search(value):
            self.add(path, "field.bad_characters", "contains control characters")
            return None
        if len(value) > limit:
            self.add(path, "field.too_long", f"is longer than {limit} characters")
            return None
        return value

    def choice(self, data: Mapping[str, Any], key: str, path: str, enum: type[E], *, required: bool) -> E | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.add(path, "field.required", "is required")
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.add(path, "field.bad_choice", f"must be one of: {allowed}")
            return None

    def flag(self, data: Mapping[str, Any], key: str, path: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.add(path, "field.not_boolean", "must be true or false")
            return False
        return value

    def past_date(self, data: Mapping[str, Any], key: str, path: str, today: date) -> date | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, date):
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = date.fromisoformat(value.strip())
            except ValueError:
                self.add(path, "date.bad_format", "must be a date written YYYY-MM-DD")
                return None
        else:
            self.add(path, "date.bad_format", "must be a date written YYYY-MM-DD")
            return None
        if parsed > today:
            self.add(path, "date.in_future", "cannot be in the future")
            return None
        if parsed.year < 1991:
            self.add(path, "date.too_old", "is implausibly old")
            return None
        return parsed

    def identifier(
        self, value: str | None, path: str, check: Callable[[str], identifiers.IdentifierProblem | None]
    ) -> str | None:
        if value is None:
            return None
        number = identifiers.normalize(value)
        problem = check(number)
        if problem is not None:
            self.add(path, problem.value, _IDENTIFIER_MESSAGES[problem])
            return None
        return number

    def pattern(self, value: str | None, path: str, regex: re.Pattern[str], code: str, message: str) -> str | None:
        if value is not None and not regex.match(value):
            self.add(path, code, message)
            return None
        return value


def _applicant(c: _Collector, data: Any, path: str) -> Applicant | None:
    if not isinstance(data, Mapping):
        c.add(path, "field.not_object", "must be an object with the applicant's fields")
        return None
    c.unknown_keys(data, APPLICANT_KEYS, f"{path}.")
    party = c.choice(data, "type", f"{path}.type", PartyType, required=False) or PartyType.NATURAL_PERSON
    contact = {
        "address": c.text(data, "address", f"{path}.address", limit=ADDRESS_TEXT),
        "phone": c.pattern(
            c.text(data, "phone", f"{path}.phone", limit=40), f"{path}.phone", _PHONE,
            "phone.bad_format", "is not a phone number",
        ),
        "email": c.pattern(
            c.text(data, "email", f"{path}.email", limit=SHORT_TEXT), f"{path}.email", _EMAIL,
            "email.bad_format", "is not an e-mail address",
        ),
    }
    if party is PartyType.LEGAL_ENTITY:
        for key in ("surname", "given_name", "patronymic", "iin"):
            if data.get(key):
                c.add(f"{path}.{key}", "field.not_for_legal_entity", "belongs to natural persons only")
        return Applicant(
            party_type=party,
            legal_name=c.text(data, "name", f"{path}.name", limit=SHORT_TEXT, required=True),
            bin=c.identifier(c.text(data, "bin", f"{path}.bin", limit=40), f"{path}.bin", identifiers.bin_problem),
            **contact,
        )
    for key in ("name", "bin"):
        if data.get(key):
            c.add(f"{path}.{key}", "field.not_for_natural_person", "belongs to legal entities only")
    return Applicant(
        party_type=party,
        surname=c.text(data, "surname", f"{path}.surname", limit=SHORT_TEXT, required=True),
        given_name=c.text(data, "given_name", f"{path}.given_name", limit=SHORT_TEXT, required=True),
        patronymic=c.text(data, "patronymic", f"{path}.patronymic", limit=SHORT_TEXT),
        iin=c.identifier(c.text(data, "iin", f"{path}.iin", limit=40), f"{path}.iin", identifiers.iin_problem),
        **contact,
    )


def _applicants(c: _Collector, data: Mapping[str, Any]) -> tuple[Applicant, ...]:
    raw = data.get("applicants")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        c.add("applicants", "field.not_list", "must be a list of applicants")
        return ()
    parsed = [_applicant(c, item, f"applicants.{i}") for i, item in enumerate(raw)]
    return tuple(a for a in parsed if a is not None)


def _respondent(c: _Collector, data: Any) -> RespondentData | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        c.add("respondent", "field.not_object", "must be an object with the respondent's fields")
        return None
    c.unknown_keys(data, RESPONDENT_KEYS, "respondent.")
    name = c.text(data, "name", "respondent.name", limit=SHORT_TEXT, required=True)
    role = c.choice(data, "role", "respondent.role", RespondentRole, required=False) or RespondentRole.SELLER
    number = c.identifier(
        c.text(data, "bin_or_iin", "respondent.bin_or_iin", limit=40), "respondent.bin_or_iin",
        identifiers.iin_or_bin_problem,
    )
    address = c.text(data, "address", "respondent.address", limit=ADDRESS_TEXT)
    website = c.pattern(
        c.text(data, "website", "respondent.website", limit=SHORT_TEXT), "respondent.website", _WEBSITE,
        "website.bad_format", "is not a website address, domain or IP address",
    )
    activity = c.choice(data, "activity", "respondent.activity", ActivityField, required=False)
    if name is None:
        return None
    return RespondentData(name=name, role=role, bin_or_iin=number, address=address, website=website, activity=activity)


def _amount(c: _Collector, data: Mapping[str, Any]) -> Decimal | None:
    value = data.get("claimed_amount")
    if value is None or value == "":
        return None
    try:
        return parse_amount(value)
    except AmountProblem as problem:
        c.add("claimed_amount", problem.code, str(problem))
        return None


def _sheet_count(c: _Collector, data: Mapping[str, Any]) -> int | None:
    value = data.get("sheet_count")
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool):
        c.add("sheet_count", "field.not_integer", "must be a whole number")
        return None
    if not 1 <= value <= MAX_SHEETS:
        c.add("sheet_count", "field.out_of_range", f"must be between 1 and {MAX_SHEETS}")
        return None
    return value


def parse_card_draft(data: Mapping[str, Any], *, today: date) -> CardDraft:
    """Validates everything a draft can be checked for without the store; raises ``ValidationError``."""
    if not isinstance(data, Mapping):
        raise ValidationError([FieldIssue("card", "field.not_object", "must be an object with the card's fields")])
    c = _Collector([])
    c.unknown_keys(data, CARD_KEYS, "")
    direction = c.choice(data, "direction", "direction", Direction, required=True)
    incoming = direction is Direction.INCOMING
    channel = c.choice(data, "channel", "channel", Channel, required=True)
    form = c.choice(data, "form", "form", AppealForm, required=False) or AppealForm.WRITTEN
    appeal_type = c.choice(data, "type", "type", AppealType, required=incoming)
    kind = c.choice(data, "kind", "kind", AppealKind, required=incoming)
    summary = c.text(data, "summary", "summary", limit=LONG_TEXT, required=True)
    applicants = _applicants(c, data)
    is_collective = c.flag(data, "is_collective", "is_collective")
    answers = c.text(data, "answers", "answers", limit=SHORT_TEXT)
    raw_count = len(data["applicants"]) if isinstance(data.get("applicants"), list) else 0
    if incoming and raw_count == 0:
        c.add("applicants", "applicants.missing", "an incoming appeal needs at least one applicant")
    if direction is Direction.OUTGOING and raw_count == 0 and answers is None:
        c.add("applicants", "applicants.missing", "an outgoing letter needs an addressee")
    if is_collective and raw_count < 2:
        c.add("is_collective", "applicants.collective_needs_several", "a collective appeal has several applicants")
    if not is_collective and raw_count > 1:
        c.add("is_collective", "applicants.individual_has_one", "an individual appeal has one applicant")
    if answers is not None and direction is Direction.INCOMING:
        c.add("answers", "link.answers_on_incoming", "only an outgoing reply answers an appeal")
    written_consent = c.flag(data, "written_consent", "written_consent")
    if written_consent and not (incoming and any(a.party_type is PartyType.NATURAL_PERSON for a in applicants)):
        c.add("written_consent", "consent.no_natural_person", "a written consent is given by an applicant who is a person")
    draft_fields: dict[str, Any] = {
        "journal": c.text(data, "journal", "journal", limit=40),
        "respondent": _respondent(c, data.get("respondent")),
        "claimed_amount": _amount(c, data),
        "correspondent_number": c.text(data, "correspondent_number", "correspondent_number", limit=100),
        "correspondent_date": c.past_date(data, "correspondent_date", "correspondent_date", today),
        "received_on": c.past_date(data, "received_on", "received_on", today),
        "sheet_count": _sheet_count(c, data),
        "repeat_of": c.text(data, "repeat_of", "repeat_of", limit=SHORT_TEXT),
        "is_court_matter": c.flag(data, "is_court_matter", "is_court_matter"),
        "notes": c.text(data, "notes", "notes", limit=LONG_TEXT),
    }
    if c.issues:
        raise ValidationError(c.issues)
    assert direction is not None and channel is not None and summary is not None
    return CardDraft(
        direction=direction,
        channel=channel,
        form=form,
        type=appeal_type,
        kind=kind,
        summary=summary,
        applicants=applicants,
        is_collective=is_collective,
        answers=answers,
        written_consent=written_consent,
        **draft_fields,
    )


def applicant_to_json(applicant: Applicant) -> dict[str, Any]:
    """The JSON shape ``parse_card_draft`` reads back (round trip for edits and exports)."""
    if applicant.party_type is PartyType.LEGAL_ENTITY:
        data: dict[str, Any] = {"type": applicant.party_type.value, "name": applicant.legal_name, "bin": applicant.bin}
    else:
        data = {
            "type": applicant.party_type.value,
            "surname": applicant.surname,
            "given_name": applicant.given_name,
            "patronymic": applicant.patronymic,
            "iin": applicant.iin,
        }
    data.update(address=applicant.address, phone=applicant.phone, email=applicant.email)
    return data


def respondent_to_json(respondent: RespondentData) -> dict[str, Any]:
    return {
        "name": respondent.name,
        "role": respondent.role.value,
        "bin_or_iin": respondent.bin_or_iin,
        "address": respondent.address,
        "website": respondent.website,
        "activity": respondent.activity.value if respondent.activity else None,
    }


def parse_reference(
    data: Mapping[str, Any], fields: Mapping[str, bool], *, choices: Mapping[str, type[StrEnum]]
) -> dict[str, Any]:
    """A reference-list entry: short text fields (``fields`` maps name to required) and choices."""
    if not isinstance(data, Mapping):
        raise ValidationError([FieldIssue("entry", "field.not_object", "must be an object")])
    c = _Collector([])
    c.unknown_keys(data, frozenset(fields), "")
    values: dict[str, Any] = {}
    for name, required in fields.items():
        if name in choices:
            choice = c.choice(data, name, name, choices[name], required=required)
            values[name] = choice.value if choice is not None else None
        else:
            values[name] = c.text(data, name, name, limit=ADDRESS_TEXT if name == "address" else SHORT_TEXT, required=required)
    if values.get("email"):
        c.pattern(values["email"], "email", _EMAIL, "email.bad_format", "is not an e-mail address")
    if c.issues:
        raise ValidationError(c.issues)
    return values
