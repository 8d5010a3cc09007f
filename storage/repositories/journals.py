"""Journals (numbering series) and the atomic allocation of serial numbers."""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clerk_app.domain.cards import Journal
from clerk_app.domain.enums import Direction
from clerk_app.domain.ids import new_id
from storage.models import Journal as JournalRow
from storage.models import NumberSequence

DEFAULT_JOURNALS = (
    Journal("incoming", Direction.INCOMING, "01", "{index}/{station}-{serial:4}/{yy}",
            "Кіріс өтініштерді тіркеу журналы", "Журнал регистрации входящих обращений"),
    Journal("outgoing", Direction.OUTGOING, "02", "{index}/{station}-{serial:4}/{yy}",
            "Шығыс хаттарды тіркеу журналы", "Журнал регистрации исходящих документов"),
)


def _to_domain(row: JournalRow) -> Journal:
    return Journal(
        code=row.code,
        direction=Direction(row.direction),
        index=row.index_code,
        number_template=row.number_template,
        title_kk=row.title_kk,
        title_ru=row.title_ru,
    )


def _insert_ignoring_conflicts(session: Session, table: type[JournalRow] | type[NumberSequence], values: dict[str, object]) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(table).values(**values).on_conflict_do_nothing())


def ensure_default_journals(session: Session) -> None:
    """Idempotent, and safe when two processes create a new store at once."""
    for journal in DEFAULT_JOURNALS:
        _insert_ignoring_conflicts(
            session,
            JournalRow,
            {
                "id": new_id(), "code": journal.code, "direction": journal.direction.value,
                "index_code": journal.index, "number_template": journal.number_template,
                "title_kk": journal.title_kk, "title_ru": journal.title_ru, "is_active": True,
            },
        )


def journal_row(session: Session, code: str) -> JournalRow | None:
    return session.scalar(_ACTIVE_JOURNAL, {"code": code})


def default_journal_row(session: Session, direction: Direction) -> JournalRow | None:
    return journal_row(session, direction.value)


def list_journals(session: Session) -> list[Journal]:
    rows = session.scalars(select(JournalRow).where(JournalRow.is_active.is_(True)).order_by(JournalRow.index_code))
    return [_to_domain(row) for row in rows]


def journal_by_code(session: Session, code: str) -> Journal | None:
    row = journal_row(session, code)
    return None if row is None else _to_domain(row)


def update_journal_template(session: Session, code: str, *, index: str, template: str) -> None:
    session.execute(
        update(JournalRow).where(JournalRow.code == code).values(index_code=index, number_template=template)
    )


_SEQUENCE_KEY = (  # parameter names differ from the columns': SQLAlchemy reserves those in UPDATE/INSERT
    (NumberSequence.journal_id == bindparam("for_journal"))
    & (NumberSequence.year == bindparam("for_year"))
    & (NumberSequence.station_code == bindparam("for_station"))
)
# Built once: constructing statements costs more than SQLite takes to run them.
_BUMP_SERIAL = (
    update(NumberSequence)
    .where(_SEQUENCE_KEY)
    .values(last_serial=NumberSequence.last_serial + 1)
    .returning(NumberSequence.last_serial)
)
_START_SEQUENCE = {
    name: dialect.insert(NumberSequence)
    .values(
        journal_id=bindparam("for_journal"), year=bindparam("for_year"), station_code=bindparam("for_station"),
        last_serial=0,
    )
    .on_conflict_do_nothing()
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}
_ACTIVE_JOURNAL = select(JournalRow).where(JournalRow.code == bindparam("code"), JournalRow.is_active.is_(True))


def allocate_serial(session: Session, journal_id: uuid.UUID, year: int, station: str) -> int:
    """The next serial, inside the caller's transaction: the row lock (PostgreSQL) or the database
    write lock (SQLite, BEGIN IMMEDIATE) makes concurrent allocations queue, and a rolled-back
    registration gives its serial back, so serials have no gaps and never repeat."""
    key = {"for_journal": journal_id, "for_year": year, "for_station": station}
    session.execute(_START_SEQUENCE[session.get_bind().dialect.name], key)
    return int(session.execute(_BUMP_SERIAL, key).scalar_one())


def raise_serial_floor(session: Session, journal_id: uuid.UUID, year: int, station: str, last_serial: int) -> None:
    """After a bulk load (demo): the counter continues above every serial already used."""
    key = {"journal_id": journal_id, "year": year, "station_code": station}
    _insert_ignoring_conflicts(session, NumberSequence, {**key, "last_serial": 0})
    session.execute(
        update(NumberSequence)
        .where(
            NumberSequence.journal_id == journal_id,
            NumberSequence.year == year,
            NumberSequence.station_code == station,
            NumberSequence.last_serial < last_serial,
        )
        .values(last_serial=last_serial)
    )


def last_serial(session: Session, journal_id: uuid.UUID, year: int, station: str) -> int:
    value = session.scalar(
        select(NumberSequence.last_serial).where(
            NumberSequence.journal_id == journal_id,
            NumberSequence.year == year,
            NumberSequence.station_code == station,
        )
    )
    return int(value or 0)


def last_serials(session: Session, year: int) -> dict[tuple[str, str], int]:
    """The last serial of ``year`` per (journal code, station): what the next number follows."""
    rows = session.execute(
        select(JournalRow.code, NumberSequence.station_code, NumberSequence.last_serial)
        .join(NumberSequence, NumberSequence.journal_id == JournalRow.id)
        .where(NumberSequence.year == year)
    )
    return {(r.code, r.station_code): int(r.last_serial) for r in rows}
