"""What the statistics read (R55): the card facts a depersonalised record is made from, and the
applicants' names the last guard looks for. No personal field of a card is selected for figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.depersonalize import CardFacts
from clerk_app.domain.enums import PartyType
from clerk_app.timeutil import ASTANA
from storage.models import Card, CardApplicant, CardControl, Respondent

_BATCH = 5000


def astana_midnight(day: date) -> datetime:
    """The UTC moment the Astana day begins (stored times are UTC; periods are Astana days)."""
    return datetime.combine(day, time(), ASTANA).astimezone(UTC)


def card_facts(session: Session, first: date, last: date, *, direction: str | None = None) -> Iterator[CardFacts]:
    """The cards registered from ``first`` to ``last`` inclusive (Astana days)."""
    query = (
        select(Card.registered_at, Card.direction, Card.kind, Card.appeal_type, Card.form, Card.channel,
               Card.is_collective, CardControl.status, CardControl.result, Respondent.name, Respondent.bin_or_iin)
        .outerjoin(CardControl, CardControl.card_id == Card.id)
        .outerjoin(Respondent, Respondent.id == Card.respondent_id)
        .where(Card.registered_at >= astana_midnight(first), Card.registered_at < astana_midnight(last + timedelta(days=1)))
        .order_by(Card.registered_at, Card.id)
    )
    if direction is not None:
        query = query.where(Card.direction == direction)
    for row in session.execute(query.execution_options(yield_per=_BATCH)):
        yield CardFacts(*row)


def applicant_names(session: Session) -> Iterator[tuple[str | None, str | None]]:
    """Every natural person's surname and given name in the store, streamed in batches for the guard
    to keep only those it looks for (no DISTINCT: a sort of every name would cost more than the
    repeats it saves)."""
    query = (
        select(CardApplicant.surname, CardApplicant.given_name)
        .where(CardApplicant.party_type == PartyType.NATURAL_PERSON.value, CardApplicant.surname.is_not(None))
    )
    rows = session.execute(query.execution_options(yield_per=_BATCH))
    return ((surname, given) for surname, given in rows)  # read while the caller's session is open
