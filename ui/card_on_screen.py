"""The card the card commands and the copies act on."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from clerk_app.domain.cards import JournalRow
from clerk_app.domain.enums import Direction

__all__ = ["CardOnScreen"]


@dataclass(frozen=True)
class CardOnScreen:
    """The card the card commands (Reply, Attach) act on: the selected journal row, or the card
    shown in the card panel when no journal row is (one opened from Search or On control that the
    journal has not loaded)."""

    id: uuid.UUID
    number: str
    direction: Direction

    @classmethod
    def of_row(cls, row: JournalRow) -> CardOnScreen:
        return cls(row.id, row.number, row.direction)
