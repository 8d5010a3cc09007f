"""Opening the clerk's registry or the demo registry: plain functions that run on a worker thread.

No Qt here. Everything the window needs right after opening (counts, journals, station) is read
in the same background operation, so the GUI thread never waits for the store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clerk_app.domain.cards import Journal, JournalPage
from clerk_app.domain.journal_order import NO_FILTER, JournalFilter, JournalOrder
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry, default_data_dir, demo_data_dir
from ui import session

DEMO_CARD_COUNT = 3000
DEMO_GENERATOR = "demo"  # who the invented cards of the demo registry are registered by


@dataclass(frozen=True)
class StoreLocation:
    """Where a registry lives. The demo registry is always an SQLite store of its own beside the
    clerk's data directory, so creating it can never touch the real store."""

    data_dir: Path
    db_url: str | None = None
    is_demo: bool = False

    @classmethod
    def real(cls, data_dir: Path | None = None, db_url: str | None = None) -> StoreLocation:
        return cls(data_dir=data_dir or default_data_dir(), db_url=db_url)

    def demo(self) -> StoreLocation:
        return StoreLocation(data_dir=demo_data_dir(self.data_dir), db_url=None, is_demo=True)


@dataclass(frozen=True)
class RegistrySummary:
    """What the status bar and the first screen show; re-read on Refresh."""

    card_count: int
    station_code: str
    journals: tuple[Journal, ...]
    body_name: str | None = None  # this registry's own body (Settings), for the title bar


@dataclass(frozen=True)
class OpenedRegistry:
    location: StoreLocation
    registry: Registry
    summary: RegistrySummary
    has_accounts: bool = True  # False: a fresh registry, whose administrator is created first


def read_summary(registry: Registry) -> RegistrySummary:
    return RegistrySummary(
        card_count=registry.settings.card_count(),
        station_code=registry.settings.station_code(),
        journals=tuple(registry.settings.journals()),
        body_name=own.body.name if (own := registry.references.own_body()) is not None else None,
    )


def open_registry(location: StoreLocation, *, demo_cards: int = DEMO_CARD_COUNT) -> OpenedRegistry:
    """Opens (creating or upgrading) the store; an empty demo store is filled with invented cards.
    Nothing of the appeals is read here: only counts and settings, and whether accounts exist."""
    registry = Registry.open(db_url=location.db_url, data_dir=location.data_dir)
    try:
        if location.is_demo and registry.settings.card_count() == 0:
            # invented data only, written by the program itself: a trusted actor
            registry.demo.generate(demo_cards, seed=None, actor=Actor(DEMO_GENERATOR))
        has_accounts = not location.is_demo and registry.accounts.has_accounts()
        return OpenedRegistry(
            location=location, registry=registry, summary=read_summary(registry), has_accounts=has_accounts
        )
    except BaseException:
        registry.close()
        raise


def journal_pages(
    registry: Registry,
    journal_code: str,
    page_size: int,
    order: JournalOrder = JournalOrder.NEWEST,
    quick_filter: JournalFilter = NO_FILTER,
) -> Callable[[str | None], JournalPage]:
    """The page source a journal table reads from: the next keyset page after a cursor."""

    def fetch(cursor: str | None) -> JournalPage:
        return registry.cards.journal_page(
            journal_code, limit=page_size, cursor=cursor, order=order, quick_filter=quick_filter,
            actor=session.actor(),  # read as the signed-in person; refused once they signed out
        )

    return fetch


def journal_reorder(
    registry: Registry, journal_code: str, page_size: int
) -> Callable[[JournalOrder, JournalFilter], Callable[[str | None], JournalPage]]:
    """The page sources of a journal in any order and with any quick filter."""
    return lambda order, quick_filter: journal_pages(registry, journal_code, page_size, order, quick_filter)
