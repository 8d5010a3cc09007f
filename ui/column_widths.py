"""Fitting table columns into a width: each column starts at its natural width, and when they do not
all fit, the columns named in ``give_way`` shrink in that order, none below its floor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

K = TypeVar("K")


def fit_widths(
    natural: Mapping[K, int], floors: Mapping[K, int], give_way: Sequence[K], room: int
) -> dict[K, int]:
    widths = dict(natural)
    excess = sum(widths.values()) - room
    for column in give_way:
        if excess <= 0:
            break
        cut = max(0, min(excess, widths[column] - floors.get(column, widths[column])))
        widths[column] -= cut
        excess -= cut
    return widths
