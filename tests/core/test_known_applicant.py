"""The person behind a known IIN, for filling in the registration form: their latest appeal's
details, on SQLite and PostgreSQL."""

from __future__ import annotations

from clerk_app.domain.enums import PartyType
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import REAL_BINS, incoming, valid_iin

CLERK = Actor("clerk.aigul")


def person(iin: str, **fields: str) -> dict[str, str]:
    return {"type": "natural_person", "surname": "Сәрсенова", "given_name": "Гүлнар", "iin": iin, **fields}


def test_the_latest_appeal_gives_the_details(registry: Registry) -> None:
    iin = valid_iin("850315", 4)
    registry.registration.register_json(
        incoming(applicants=[person(iin, address="Алматы, Сәтбаев к-сі, 1", phone="+7 701 000 00 01")]), CLERK
    )
    registry.registration.register_json(
        incoming(
            applicants=[person(iin, patronymic="Қанатқызы", address="Астана, Мәңгілік Ел, 5", email="gulnar@example.kz")],
            respondent={"name": "«Sulpak» ЖШС", "bin_or_iin": REAL_BINS[1]},
        ),
        CLERK,
    )
    found = registry.registration.known_applicant(iin)
    assert found is not None
    assert found.party_type is PartyType.NATURAL_PERSON
    assert (found.surname, found.given_name, found.patronymic) == ("Сәрсенова", "Гүлнар", "Қанатқызы")
    assert found.address == "Астана, Мәңгілік Ел, 5"  # the newer address, not the first one
    assert found.email == "gulnar@example.kz" and found.phone is None
    assert found.iin == iin


def test_one_of_several_applicants_is_found(registry: Registry) -> None:
    first, second = valid_iin("900101", 3), valid_iin("920202", 4)
    registry.registration.register_json(
        incoming(is_collective=True, applicants=[person(first), person(second, surname="Иванова", given_name="Анна")]),
        CLERK,
    )
    found = registry.registration.known_applicant(second)
    assert found is not None and (found.surname, found.given_name) == ("Иванова", "Анна")


def test_unknown_invalid_and_typed_with_spaces(registry: Registry) -> None:
    iin = valid_iin("770707", 3)
    registry.registration.register_json(incoming(applicants=[person(iin)]), CLERK)
    assert registry.registration.known_applicant(valid_iin("880808", 4)) is None  # never registered
    assert registry.registration.known_applicant(iin[:11]) is None  # half typed
    wrong_digit = iin[:11] + str((int(iin[11]) + 1) % 10)
    assert registry.registration.known_applicant(wrong_digit) is None  # a typo is not looked up
    spaced = f"{iin[:6]} {iin[6:]}"
    found = registry.registration.known_applicant(spaced)
    assert found is not None and found.iin == iin

