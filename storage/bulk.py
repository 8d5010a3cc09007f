"""Bulk loading of cards (demo registries, benchmarks, imports): one executemany per table,
bypassing the ORM unit of work, in the caller's transaction.

On SQLite the rows go straight to the driver through a converter compiled once per table that
writes exactly what the column types write (a test compares both paths): SQLAlchemy's per-value
processing would otherwise cost more than the inserts themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Table, Uuid
from sqlalchemy.orm import Session

from storage.models import Base
from storage.types import UtcDateTime, sqlite_utc_text

RowConverter = Callable[[dict[str, Any]], tuple[Any, ...]]


def _uuid_hex(value: Any) -> str | None:
    """UUIDs, or ids already given as 32-digit hex text (``new_id_hexes``)."""
    return value if value is None or isinstance(value, str) else str(value.hex)


def _utc_text(value: datetime | None) -> str | None:
    return None if value is None else sqlite_utc_text(value)


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _sqlite_conversion(column_type: Any) -> str | None:
    if isinstance(column_type, Uuid):
        return "_uuid_hex"
    if isinstance(column_type, UtcDateTime):
        return "_utc_text"
    if isinstance(column_type, Date):
        return "_date_text"
    if isinstance(column_type, Boolean):
        return "_flag"
    return None


@cache
def _sqlite_plan(table: Table, names: tuple[str, ...]) -> tuple[str, RowConverter]:
    """The INSERT statement and a row-to-tuple function built from the table's own columns."""
    parts = []
    for name in names:
        conversion = _sqlite_conversion(table.columns[name].type)
        parts.append(f"{conversion}(row[{name!r}])" if conversion else f"row[{name!r}]")
    namespace: dict[str, object] = {"_uuid_hex": _uuid_hex, "_utc_text": _utc_text, "_date_text": _date_text, "_flag": _flag}
    converter: RowConverter = eval(f"lambda row: ({', '.join(parts)},)", namespace)  # noqa: S307 - our own column names
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return sql, converter


def sqlite_row_converter(table: Table, names: tuple[str, ...]) -> RowConverter:
    """Row dicts of Python values to the tuples SQLite keeps for these columns (what the column
    types write), for statements of one's own given straight to the driver."""
    return _sqlite_plan(table, names)[1]


@dataclass(frozen=True)
class PreparedRows:
    """Rows ready for one table's executemany; picklable, so worker processes can prepare them."""

    table: str
    dialect: str
    columns: tuple[str, ...]
    values: list[Any]


def prepare_rows(dialect: str, model: type[Base], rows: Sequence[dict[str, Any]]) -> PreparedRows:
    table: Table = model.__table__  # type: ignore[assignment]
    columns = tuple(c.name for c in table.columns if rows and c.name in rows[0])
    if dialect != "sqlite" or not rows:
        return PreparedRows(table.name, dialect, columns, list(rows))
    _, converter = _sqlite_plan(table, columns)
    return PreparedRows(table.name, dialect, columns, [converter(row) for row in rows])


def insert_prepared(session: Session | Connection, prepared: PreparedRows) -> None:
    if not prepared.values:
        return
    connection = session.connection() if isinstance(session, Session) else session
    if connection.dialect.name != prepared.dialect:
        raise ValueError(f"rows prepared for {prepared.dialect}, store is {connection.dialect.name}")
    table: Table = Base.metadata.tables[prepared.table]
    if prepared.dialect != "sqlite":
        connection.execute(table.insert(), prepared.values)
        return
    sql, _ = _sqlite_plan(table, prepared.columns)
    connection.exec_driver_sql(sql, prepared.values)


def insert_rows(session: Session | Connection, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect.name if isinstance(session, Session) else session.dialect.name
    insert_prepared(session, prepare_rows(dialect, model, rows))


BULK_CACHE_KIB = 1024 * 1024  # 1 GiB of page cache while bulk loading (released with the connection)


def enlarge_cache_for_bulk(session: Session) -> None:
    """Random-order index inserts (IINs, numbers) into a large file need the index pages in memory."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")


@contextmanager
def deferred_indexes(session: Session, models: Sequence[type[Base]]) -> Iterator[None]:
    """Drops the secondary indexes of these tables and builds them again at the end, inside the
    caller's transaction (SQLite DDL is transactional: a crash or an error rolls all of it back).

    Building an index once by sorting is far cheaper than a million random-order inserts into it.
    Indexes that enforce a constraint of the table itself (primary keys, UNIQUE columns) stay.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    indexes = [index for model in models for index in model.__table__.indexes]  # type: ignore[attr-defined]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)
