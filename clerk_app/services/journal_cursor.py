"""The opaque cursor of a journal page: the order and quick filter it was made for, and where the
page ended. A cursor used with another order or filter is refused rather than misread (it would
skip or repeat cards)."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import date, datetime
from typing import Any

from clerk_app.domain.journal_order import JournalFilter, JournalOrder
from clerk_app.errors import ClerkError
from storage.repositories.journal_pages import ORDERED, REST, PagePosition


def _signature(order: JournalOrder, quick_filter: JournalFilter) -> list[str]:
    return [order.value, quick_filter.control or "", quick_filter.kind or ""]


def _tagged(value: Any) -> list[str]:
    # datetime before date: a datetime is a date too.
    if isinstance(value, datetime):
        return ["t", value.isoformat()]
    if isinstance(value, date):
        return ["d", value.isoformat()]
    if isinstance(value, uuid.UUID):
        return ["u", value.hex]
    return ["s", str(value)]


def _untagged(item: Any) -> Any:
    tag, text = item
    if tag == "t":
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            raise ValueError("naive")
        return moment
    if tag == "d":
        return date.fromisoformat(text)
    if tag == "u":
        return uuid.UUID(hex=text)
    if tag == "s" and isinstance(text, str):
        return text
    raise ValueError(tag)


def encode(order: JournalOrder, quick_filter: JournalFilter, position: PagePosition) -> str:
    payload = [_signature(order, quick_filter), position.part, [_tagged(v) for v in position.key]]
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _expected_key(order: JournalOrder, part: int) -> tuple[type, ...]:
    """The types of a key where a page of this order can end."""
    registration = (datetime, uuid.UUID)
    if order.is_registration or part == REST:
        return registration
    if order is JournalOrder.DUE:
        return (date, *registration)
    return (str, *registration)


def decode(cursor: str, order: JournalOrder, quick_filter: JournalFilter) -> PagePosition:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        signature, part, items = json.loads(raw)
        if signature != _signature(order, quick_filter):
            raise ValueError("another order or filter")
        if part not in (ORDERED, REST) or (order.is_registration and part != ORDERED):
            raise ValueError("no such part")
        key = tuple(_untagged(item) for item in items)
        expected = _expected_key(order, part)
        # Exact types: a moment (a datetime, which is a date too) is no day.
        if len(key) != len(expected) or not all(type(v) is t for v, t in zip(key, expected, strict=True)):
            raise ValueError("not a key of this order")
        return PagePosition(part, key)
    except (ValueError, TypeError, AttributeError, binascii.Error, UnicodeDecodeError):
        raise ClerkError("the page cursor is not valid; start from the first page", code="cursor.bad") from None
