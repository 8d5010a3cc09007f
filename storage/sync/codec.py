"""Values on the wire: JSON that means the same on SQLite and PostgreSQL.

A UUID travels as 32 hex digits, a date as ISO text, a time as ISO text in UTC: exactly how SQLite
keeps them, so a station's capture triggers write keys and old values in this form already.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import Boolean, Date, Uuid

from storage.types import UtcDateTime

_SQLITE = sqlite.dialect()


def to_wire(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot send a {type(value).__name__}")


def from_wire(column: Column[Any], value: Any) -> Any:
    """The Python value of ``column`` that ``value`` (wire or raw SQLite form) stands for."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))
    if isinstance(kind, UtcDateTime):
        return kind.process_result_value(value if isinstance(value, datetime) else datetime.fromisoformat(value), _SQLITE)
    if isinstance(kind, Date):
        return value if isinstance(value, date) else date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def key_text(values: list[Any] | tuple[Any, ...]) -> str:
    """A row's key as the capture triggers spell it: ``json_array(...)`` of the raw values."""
    # as json.dumps(..., separators=(",", ":")) writes it; a UUID's hex needs no escaping (a pull
    # spells hundreds of thousands of keys)
    return "[" + ",".join(
        f'"{v.hex}"' if isinstance(v, uuid.UUID) else json.dumps(to_wire(v), ensure_ascii=False) for v in values
    ) + "]"


def key_values(columns: tuple[Column[Any], ...], text: str) -> tuple[Any, ...]:
    raw = json.loads(text)
    return tuple(from_wire(column, value) for column, value in zip(columns, raw, strict=True))


def row_to_wire(row: dict[str, Any]) -> dict[str, Any]:
    return {name: to_wire(value) for name, value in row.items()}


def row_from_wire(columns: dict[str, Column[Any]], row: dict[str, Any]) -> dict[str, Any]:
    return {name: from_wire(columns[name], value) for name, value in row.items() if name in columns}


def same(column: Column[Any], a: Any, b: Any) -> bool:
    return bool(from_wire(column, a) == from_wire(column, b))
