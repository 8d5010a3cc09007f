"""Taking one person out of records that stay (R43): a collective card keeps its other applicants, a
card that only mentions the person keeps everything else, a breach that touched them stays in the
register. What identifies them is gathered from every record of them (their applicant rows and the
applicant entries of card histories, so a person already taken off a card is still recognised), then
redacted from the free text; history entries naming them by IIN are blanked whole."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clerk_app.domain.retention import PersonWords, applicant_entries, person_words_of, redact, redact_json
from storage.breach_models import Breach, BreachSubject
from storage.models import Card as CardRow
from storage.models import CardApplicant, CardChange, ElectronicCopy, PageText
from storage.repositories.destruction import (
    Erased,
    control_texts,
    delete_other_rows,
    erase_applicants,
    erase_subject_rows,
)

_APPLICANT_WORDS = (CardApplicant.surname, CardApplicant.given_name, CardApplicant.patronymic, CardApplicant.address,
                    CardApplicant.phone, CardApplicant.email)
_BREACH_TEXTS = ("description", "measures", "closing_note")


def _history_naming(session: Session, iin: str, card_id: uuid.UUID | None = None) -> Any:
    """Card history entries holding the number (a scan of the history, which a supervised
    destruction can afford)."""
    pattern = f"%{iin}%"
    query = select(CardChange.id, CardChange.old_value, CardChange.new_value).where(
        CardChange.old_value.like(pattern) | CardChange.new_value.like(pattern)
    )
    return session.execute(query if card_id is None else query.where(CardChange.card_id == card_id)).all()


def person_words(session: Session, iin: str) -> PersonWords:
    """Every spelling of the person's name, phone, address and e-mail the registry holds: their
    applicant rows on any card, and their entries in card histories (a name corrected since, a
    person taken off a card)."""
    entries: list[dict[str, Any]] = [dict(r._mapping) for r in session.execute(
        select(*_APPLICANT_WORDS).where(CardApplicant.iin == iin)
    )]
    for _id, old, new in _history_naming(session, iin):
        for raw in (old, new):
            if raw:
                entries += applicant_entries(json.loads(raw), iin)
    return person_words_of(iin, entries)


def _redact_history(session: Session, card_id: uuid.UUID, person: PersonWords, iin: str) -> int:
    """The card's history without the person: their applicant entries blanked, their words redacted
    from every other value (the stored JSON stays valid)."""
    changed = 0
    for change_id, old, new in session.execute(
        select(CardChange.id, CardChange.old_value, CardChange.new_value).where(CardChange.card_id == card_id)
    ).all():
        values = {}
        for name, raw in (("old_value", old), ("new_value", new)):
            if raw is None:
                continue
            cleaned, count = redact_json(json.loads(raw), person, iin)
            if count:
                values[name] = json.dumps(cleaned, ensure_ascii=False, default=str)
        if values:
            session.execute(update(CardChange).where(CardChange.id == change_id).values(**values))
            changed += 1
    return changed


def redact_card(session: Session, card_id: uuid.UUID, person: PersonWords, iin: str, positions: Sequence[int] | None,
                now: datetime) -> Erased:
    """One person out of a card that stays: their applicant rows erased (``positions``), rows naming
    them by IIN deleted, and what identifies them redacted from the summary, notes, history, control
    texts and the recognised text of the card's files. The caller reindexes the card and the files
    in ``redacted_pages``."""
    erased = Erased()
    for table, count in erase_subject_rows(session, iin, card_id).items():
        erased.add(table, count)
    if positions:
        delete_other_rows(session, card_id, [], positions, erased)
        erased.add("applicants", erase_applicants(session, card_id, positions))
    row = session.execute(select(CardRow.summary, CardRow.notes).where(CardRow.id == card_id)).one()
    summary, in_summary = redact(row.summary, person)
    notes, in_notes = redact(row.notes or "", person)
    if in_summary or in_notes:
        session.execute(update(CardRow).where(CardRow.id == card_id).values(
            summary=summary, notes=notes if row.notes is not None else None
        ))
    erased.add("text_redactions", in_summary + in_notes)
    erased.add("history", _redact_history(session, card_id, person, iin))
    erased.add("control_texts", control_texts(session, card_id, person))
    shas = set(session.scalars(select(ElectronicCopy.sha256).where(ElectronicCopy.card_id == card_id)))
    for sha, index, page in session.execute(
        select(PageText.sha256, PageText.page_index, PageText.text).where(PageText.sha256.in_(shas))
    ).all():
        new_text, count = redact(page, person)
        if count:
            session.execute(update(PageText).where(PageText.sha256 == sha, PageText.page_index == index)
                            .values(text=new_text))
            erased.add("page_redactions", count)
            erased.redacted_pages.add(sha)
    session.execute(update(CardRow).where(CardRow.id == card_id).values(version=CardRow.version + 1, updated_at=now))
    return erased


def redact_breaches(session: Session, subject_key: str, person: PersonWords) -> int:
    """The free text of the breaches that touched the person (the register keeps them by keyed
    hash; a description may still name them): what identifies them redacted. How many changed."""
    changed = 0
    rows = session.scalars(select(Breach).join(BreachSubject, BreachSubject.breach_id == Breach.id)
                           .where(BreachSubject.subject_key == subject_key)).all()
    for breach in rows:
        touched = False
        for name in _BREACH_TEXTS:
            value = getattr(breach, name)
            if value:
                cleaned, count = redact(value, person)
                if count:
                    setattr(breach, name, cleaned)
                    touched = True
        changed += touched
    session.flush()
    return changed
