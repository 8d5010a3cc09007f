"""How a journal is listed: its order and the quick filter above it. Both become SQL over indexes
(storage/repositories/journal_pages.py); nothing is sorted or filtered in Python over all rows.

An order that not every card has a value for (a due date, a correspondent's name) lists the cards
that have one first, in that order, and then the rest newest first, so that sorting never hides a card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind


class JournalOrder(StrEnum):
    NEWEST = "newest"  # by registration: the registration number's order
    OLDEST = "oldest"
    DUE = "due"  # the soonest due date first (overdue at the top); cards not on control follow
    CORRESPONDENT = "correspondent"  # from whom / to whom, A to Z; cards without one follow

    @property
    def is_registration(self) -> bool:
        return self in (JournalOrder.NEWEST, JournalOrder.OLDEST)


class ControlFilter(StrEnum):
    """Which cards of a journal to show by their execution control (cl. 10)."""

    ON_CONTROL = "on_control"  # open: the body still has to answer
    OVERDUE = "overdue"  # open and the due date has passed
    DUE_SOON = "due_soon"  # open and due today or within the next few days (control.SOON_DAYS)
    CLOSED = "closed"  # removed from control: executed

    @property
    def is_open(self) -> bool:
        """Only cards with an open due date can match."""
        return self is not ControlFilter.CLOSED


@dataclass(frozen=True)
class JournalFilter:
    control: ControlFilter | None = None
    kind: AppealKind | None = None

    def is_empty(self) -> bool:
        return self.control is None and self.kind is None

    def control_matches(self, status: ControlStatus | None, open_due_on: date | None, today: date, soon_days: int) -> bool:
        """Whether a card with this control state passes the control part of the filter (the
        store's SQL says the same; a row changed on screen is checked with this)."""
        match self.control:
            case None:
                return True
            case ControlFilter.ON_CONTROL:
                return open_due_on is not None
            case ControlFilter.OVERDUE:
                return open_due_on is not None and open_due_on < today
            case ControlFilter.DUE_SOON:
                return open_due_on is not None and today <= open_due_on <= today + timedelta(days=soon_days)
            case ControlFilter.CLOSED:
                return status is ControlStatus.REMOVED


NO_FILTER = JournalFilter()
