"""What forwarding and exports check first (R53), inside the caller's transaction: the natural
persons of the cards, the ground that applies to each, and the refusals ``pd.no_ground_for_transfer``
and ``pd.no_ground_for_export``. Kept apart from the consent service so that the control and copy
services can call it without depending on it.

A ground is matched to its person by IIN when the card's grounds name it, else by position (a
card edit may reorder applicants; a corrected IIN keeps the ground of its position)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.audit import subject_number
from clerk_app.domain.consent import (
    Ground,
    PersonGround,
    Purpose,
    blocked_persons,
    current_ground,
    export_blocked,
    ground_state,
)
from clerk_app.errors import ClerkError
from clerk_app.services.context import resolve_card
from clerk_app.timeutil import astana_today
from storage.models import Card as CardRow
from storage.models import CardApplicant
from storage.repositories import consent as consent_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

# Store setting: a transfer needs a ground recorded for every natural person (default on). Cards
# registered before grounds were recorded have none: their forwarding is refused until one is.
REQUIRE_GROUND_KEY = "pd_require_ground_for_transfer"


def person_name(a: CardApplicant) -> str:
    return " ".join(p for p in (a.surname, a.given_name, a.patronymic) if p)


def persons_in(session: Session, card_ids: Iterable[uuid.UUID], today: date) -> dict[uuid.UUID, list[PersonGround]]:
    """Every natural person of the cards with the ground that applies to them."""
    ids = list(card_ids)
    applicants = consent_repo.natural_persons(session, ids)
    grounds = consent_repo.grounds_of_cards(session, ids)
    return {card_id: match_grounds(applicants[card_id], grounds[card_id], today) for card_id in ids}


def match_grounds(applicants: Sequence[CardApplicant], grounds: Sequence[Ground], today: date) -> list[PersonGround]:
    named = {g.subject_iin for g in grounds if g.subject_iin}
    persons = []
    for a in applicants:
        iin = subject_number(a.iin)
        if iin is not None and iin in named:
            mine = [g for g in grounds if g.subject_iin == iin]
        else:
            mine = [g for g in grounds if g.position == a.position and not (g.subject_iin and g.subject_iin in _iins(applicants))]
        history = tuple(sorted(mine, key=lambda g: (g.recorded_at, str(g.id)), reverse=True))
        ground = current_ground(mine)
        persons.append(PersonGround(a.position, person_name(a), iin, ground, ground_state(ground, today), history))
    return persons


def _iins(applicants: Sequence[CardApplicant]) -> set[str]:
    return {n for n in (subject_number(a.iin) for a in applicants) if n}


def require_ground(session: Session) -> bool:
    return bool(settings_repo.get_setting(session, REQUIRE_GROUND_KEY, True))


def _who(persons: Iterable[PersonGround]) -> list[dict[str, Any]]:
    return [{"position": p.position, "name": p.name, "state": p.state.value} for p in persons]


def check_transfer_in(session: Session, card: CardRow, purpose: Purpose = Purpose.TRANSFER) -> list[PersonGround]:
    """Before the card's data go to a third party: every natural person needs a ground allowing it,
    else ``pd.no_ground_for_transfer`` naming them. Returns the persons (for the audit entry)."""
    persons = persons_in(session, [card.id], astana_today())[card.id]
    blocked = blocked_persons(persons, purpose, astana_today(), require_recorded=require_ground(session))
    if blocked:
        names = "; ".join(f"{p.name or '#' + str(p.position + 1)} ({p.state.value})" for p in blocked)
        raise ClerkError(
            f"card {card.number}: no legal ground allows transferring the data of {names}; record their consent "
            f"with transfer to third parties allowed, or an art. 9 case (clerk-app pd consent record|exception)",
            code="pd.no_ground_for_transfer", params={"number": card.number, "persons": _who(blocked)},
        )
    return persons


def grounds_summary(persons: Iterable[PersonGround]) -> dict[str, int]:
    """How many persons stood on which ground (an audit detail: states, never names)."""
    counts: dict[str, int] = {}
    for p in persons:
        counts[p.state.value] = counts.get(p.state.value, 0) + 1
    return counts


def export_withheld_in(session: Session, card_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[PersonGround]]:
    """The cards whose data may not be written out (a ground withdrawn or run out), with who."""
    found = persons_in(session, card_ids, astana_today())
    today = astana_today()
    return {card_id: blocked for card_id, persons in found.items() if (blocked := export_blocked(persons, today))}


def check_export_in(session: Session, card_ids: Iterable[uuid.UUID]) -> None:
    withheld = export_withheld_in(session, card_ids)
    if withheld:
        numbers = {r.id: r.number for r in session.execute(select(CardRow.id, CardRow.number).where(CardRow.id.in_(list(withheld))))}
        first = next(iter(withheld))
        raise ClerkError(
            f"card {numbers.get(first)}: the consent of a person on it was withdrawn or ran out; their data are only "
            f"stored until destruction and cannot be written out",
            code="pd.no_ground_for_export",
            params={"numbers": sorted(numbers.values()),
                    "persons": _who(p for blocked in withheld.values() for p in blocked)},
        )


def check_export(store: Store, card_ref: str) -> None:
    """Before a card's data are written out (CLI ``show``): ``pd.no_ground_for_export`` once a
    person's consent was withdrawn or ran out."""
    with store.read() as session:
        check_export_in(session, [resolve_card(session, card_ref).id])


def withheld(store: Store, card_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these cards, those whose data may not be written out (CLI ``list`` withholds them)."""
    with store.read() as session:
        return set(export_withheld_in(session, card_ids))
