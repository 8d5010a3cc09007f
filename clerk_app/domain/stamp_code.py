"""The text inside the QR code of a registration stamp, a stamp label and the applicant's receipt:
the card's id and its registration number, so that a scanned page is filed under its card (issue 9).

``CLERK1|<card id, 32 hex digits>|<registration number>``: the prefix names this application and the
version of the layout, so a foreign QR code (a shop's, a tax receipt's) is never taken for a stamp.
The id decides which card it is; the number is there for a person (and for a check that the card
was not renumbered or swapped). Anything else — foreign, truncated, damaged — decodes to None.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

PREFIX = "CLERK1"
SEPARATOR = "|"
MAX_NUMBER = 100  # the store's column
MAX_TEXT = len(PREFIX) + 1 + 32 + 1 + MAX_NUMBER
_HEX_ID = re.compile(r"[0-9a-fA-F]{32}")


@dataclass(frozen=True)
class StampCode:
    card_id: uuid.UUID
    number: str


def _number_problem(number: str) -> str | None:
    if not number or number != number.strip():
        return "empty or padded with spaces"
    if len(number) > MAX_NUMBER:
        return f"longer than {MAX_NUMBER} characters"
    if any(not ch.isprintable() for ch in number):
        return "holds a control character"
    return None


def encode_stamp(card_id: uuid.UUID, number: str) -> str:
    """The QR payload of a card; ValueError for a number no card can have."""
    problem = _number_problem(number)
    if problem is not None:
        raise ValueError(f"a registration number cannot be {problem}")
    return SEPARATOR.join((PREFIX, card_id.hex, number))


def decode_stamp(text: str | bytes | None) -> StampCode | None:
    """The card a QR code names, or None for anything that is not an intact stamp of this
    application. Never raises, whatever the bytes."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if not isinstance(text, str) or len(text) > MAX_TEXT + 2:
            return None
        text = text.rstrip("\r\n")  # some decoders and keyboard-wedge scanners add a line end
        parts = text.split(SEPARATOR, 2)
        if len(parts) != 3 or parts[0] != PREFIX or not _HEX_ID.fullmatch(parts[1]):
            return None
        number = parts[2]
        if _number_problem(number) is not None:
            return None
        return StampCode(uuid.UUID(hex=parts[1]), number)
    except (UnicodeDecodeError, ValueError):
        return None
