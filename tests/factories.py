"""Valid example inputs for tests (IINs and BINs with correct check digits)."""

from __future__ import annotations

from typing import Any

from clerk_app.domain.identifiers import complete
from clerk_app.timeutil import astana_today

# Real BINs of well-known Kazakh companies (public registry data): their check digits are right.
REAL_BINS = ("940140000385", "971240001315", "970740000838", "990740002243", "050740004819", "000740001307")


def valid_iin(born: str = "900101", century_sex: int = 3, serial: int = 1) -> str:
    """A valid IIN for a birth date YYMMDD (the first serial with a possible check digit)."""
    while True:
        number = complete(f"{born}{century_sex}{serial:04d}")
        if number:
            return number
        serial += 1


def incoming(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "direction": "incoming",
        "channel": "post",
        "form": "written",
        "type": "complaint",
        "kind": "pretrial_settlement",
        "summary": "Сатып алынған тоңазытқыш ақаулы, ақшаны қайтаруды сұраймын",
        "applicants": [
            {"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан",
             "patronymic": "Қайратұлы", "iin": valid_iin(), "address": "Астана, Абай даңғылы, 10",
             "phone": "+7 701 123 45 67", "email": "erlan@example.kz"}
        ],
        "respondent": {"name": "«Технодом» ЖШС", "role": "seller", "bin_or_iin": REAL_BINS[0],
                       "website": "technodom.kz"},
        "claimed_amount": "125000.50",
        "sheet_count": 3,
    }
    data.update(overrides)
    return data


def record_transfer_consent(registry: Any, card_ref: str, *, transfer: bool = True) -> list[Any]:
    """A written consent (transfer to third parties as given) for every natural person of the card:
    what forwarding needs first (R53)."""
    from datetime import timedelta

    from clerk_app.domain.consent import ConsentElements, ConsentMethod
    from clerk_app.services.context import Actor

    grounds = []
    for person in registry.consent.grounds(card_ref).persons:
        elements = ConsentElements(
            operator_name="Тұтынушылар қоғамы", operator_bin=REAL_BINS[1], subject_name=person.name or "Subject",
            valid_until=astana_today() + timedelta(days=365), term_text=None, third_party_transfer=transfer,
            cross_border=False, public_dissemination=False, data_list="surname, name, IIN, address, phone",
        )
        grounds.append(registry.consent.record_consent(
            card_ref, person.position, elements, ConsentMethod.IN_WRITING, astana_today() - timedelta(days=1), Actor("clerk")
        ))
    return grounds
