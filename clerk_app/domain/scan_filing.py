"""How a pile of stamped appeals is cut into appeals: a page whose QR stamp names a card starts
that card's part, and the pages after it belong to the same card until a page names another. The
pages before the first stamp are nobody's yet: the clerk files them. Several stamped pages of the
same card in a row (a stamp on every page, or a receipt kept with the appeal) stay one part."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from clerk_app.domain.stamp_code import StampCode


@dataclass(frozen=True)
class PagePart:
    pages: tuple[int, ...]  # indexes into the batch, in order
    stamp: StampCode | None  # None: no stamp before these pages

    @property
    def card_id(self) -> uuid.UUID | None:
        return self.stamp.card_id if self.stamp is not None else None


def split_by_stamp(stamps: Sequence[StampCode | None]) -> list[PagePart]:
    parts: list[PagePart] = []
    current: list[int] = []
    current_stamp: StampCode | None = None
    for index, stamp in enumerate(stamps):
        starts_new = stamp is not None and (current_stamp is None or stamp.card_id != current_stamp.card_id)
        if starts_new and current:
            parts.append(PagePart(tuple(current), current_stamp))
            current = []
        if starts_new:
            current_stamp = stamp
        current.append(index)
    if current:
        parts.append(PagePart(tuple(current), current_stamp))
    return parts
