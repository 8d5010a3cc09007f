"""Respondents (sellers, manufacturers, performers, game organizers), deduplicated by BIN/IIN."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clerk_app.domain.cards import Respondent, RespondentData
from clerk_app.domain.enums import ActivityField, RespondentRole
from clerk_app.domain.ids import new_id
from storage.models import Respondent as RespondentRow


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def to_domain(row: RespondentRow) -> Respondent:
    return Respondent(
        id=row.id,
        name=row.name,
        role=RespondentRole(row.role),
        bin_or_iin=row.bin_or_iin,
        address=row.address,
        website=row.website,
        activity=ActivityField(row.activity) if row.activity else None,
    )


def find_respondent(session: Session, data: RespondentData) -> RespondentRow | None:
    """The same respondent: by BIN/IIN when given, otherwise by name among those without one."""
    if data.bin_or_iin:
        return session.scalar(select(RespondentRow).where(RespondentRow.bin_or_iin == data.bin_or_iin))
    return session.scalar(
        select(RespondentRow)
        .where(RespondentRow.name_key == name_key(data.name), RespondentRow.bin_or_iin.is_(None))
        .limit(1)
    )


def find_or_create_respondent(session: Session, data: RespondentData) -> RespondentRow:
    """Reuses the reference entry; fills in details it lacked but never overwrites what it has.

    With a BIN/IIN the insert ignores a conflict and the row is read back, so two clerks registering
    against a new respondent at the same moment share one entry instead of one of them failing."""
    if data.bin_or_iin:
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        session.execute(
            insert(RespondentRow)
            .values(
                id=new_id(), name=data.name, name_key=name_key(data.name), role=data.role.value,
                bin_or_iin=data.bin_or_iin, address=data.address, website=data.website,
                activity=data.activity.value if data.activity else None,
            )
            .on_conflict_do_nothing(index_elements=["bin_or_iin"])
        )
    row = find_respondent(session, data)
    if row is None:
        row = RespondentRow(
            name=data.name,
            name_key=name_key(data.name),
            role=data.role.value,
            bin_or_iin=data.bin_or_iin,
            address=data.address,
            website=data.website,
            activity=data.activity.value if data.activity else None,
        )
        session.add(row)
        session.flush()
        return row
    row.address = row.address or data.address
    row.website = row.website or data.website
    if data.activity is not None:  # the clerk's latest judgement of the field: one value per respondent
        row.activity = data.activity.value
    return row


def search_respondents(session: Session, text: str, limit: int = 20) -> list[Respondent]:
    """For pick-lists: by BIN/IIN prefix or by name."""
    text = text.strip()
    query = select(RespondentRow)
    if text.isdigit():
        query = query.where(RespondentRow.bin_or_iin.startswith(text, autoescape=True))
    elif text:
        query = query.where(RespondentRow.name_key.contains(name_key(text), autoescape=True))
    rows = session.scalars(query.order_by(RespondentRow.name_key).limit(limit))
    return [to_domain(row) for row in rows]


def existing_respondent_keys(session: Session) -> tuple[set[str], set[str]]:
    """The BIN/IINs and name keys in use, so that generated respondents never clash with them."""
    numbers: set[str] = set()
    names: set[str] = set()
    for number, key in session.execute(select(RespondentRow.bin_or_iin, RespondentRow.name_key)):
        names.add(key)
        if number:
            numbers.add(number)
    return numbers, names
