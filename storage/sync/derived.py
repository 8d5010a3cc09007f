"""What each side rebuilds from synced rows instead of receiving it: the control state (a replay
of the card's events), the search documents, and this station's number counters."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from clerk_app.domain.control import ControlEvent as ControlEventValue
from clerk_app.domain.control import replay
from storage.bulk import insert_rows
from storage.models import (
    Card,
    CardControl,
    CardExecutor,
    ControlEvent,
    ElectronicCopy,
    NumberSequence,
    SearchDocument,
)
from storage.repositories import control as control_repo
from storage.repositories import search as search_repo

_CHUNK = 500


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_EVENT_COLUMNS = tuple(ControlEvent.__table__.c[name] for name in ("id", "card_id", "event", "occurred_at", "actor", "details"))
_REPLAY_CHUNK = 2_000  # cards per read of their events


def rebuild_control(
    conn: Connection, card_ids: Iterable[uuid.UUID], *, arrived: Mapping[uuid.UUID, list[dict[str, Any]]] | None = None,
) -> int:
    """The control state of the cards replayed from all their events (those from every station).
    Core statements and the bulk insert: a pull or a push replays tens of thousands of cards.
    ``arrived``: events just written, by card (a pull's rows); a card that has no others here is
    replayed from them without reading them back."""
    ids = sorted(set(card_ids))
    rebuilt = 0
    for chunk in _chunks(ids, _REPLAY_CHUNK):
        events = _events_arrived(conn, chunk, arrived) if arrived else {}
        events.update(_events_stored(conn, [c for c in chunk if c not in events]))
        conn.execute(delete(CardExecutor).where(CardExecutor.card_id.in_(chunk)))
        conn.execute(delete(CardControl).where(CardControl.card_id.in_(chunk)))
        states: list[dict[str, Any]] = []
        executors: list[dict[str, Any]] = []
        for card_id, card_events in events.items():
            state = replay(card_events)
            if state is None:
                continue
            states.append(control_repo.state_row(card_id, state))
            executors.extend(
                {"card_id": card_id, "staff_member_id": s, "is_lead": i == 0} for i, s in enumerate(state.executors)
            )
        insert_rows(conn, CardControl, states)
        insert_rows(conn, CardExecutor, executors)
        rebuilt += len(states)
    return rebuilt


def _events_stored(conn: Connection, card_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[ControlEventValue]]:
    events: dict[uuid.UUID, list[ControlEventValue]] = defaultdict(list)
    if not card_ids:
        return events
    table = ControlEvent.__table__
    rows = conn.execute(
        select(*_EVENT_COLUMNS).where(table.c.card_id.in_(card_ids)).order_by(table.c.card_id, table.c.occurred_at, table.c.id)
    )
    for row in rows:
        events[row.card_id].append(control_repo.event_from_row(row))
    return events


def _events_arrived(
    conn: Connection, card_ids: Sequence[uuid.UUID], arrived: Mapping[uuid.UUID, list[dict[str, Any]]],
) -> dict[uuid.UUID, list[ControlEventValue]]:
    """The cards whose every stored event is one that just arrived (counted by the card's index,
    without reading the rows), with those events in replay order."""
    candidates = [c for c in card_ids if c in arrived]
    if not candidates:
        return {}
    table = ControlEvent.__table__
    stored: dict[uuid.UUID, int] = dict(conn.execute(
        select(table.c.card_id, func.count()).where(table.c.card_id.in_(candidates)).group_by(table.c.card_id)
    ).all())
    events: dict[uuid.UUID, list[ControlEventValue]] = {}
    for card_id in candidates:
        rows = arrived[card_id]
        if stored.get(card_id) != len(rows):
            continue  # events of its own here too: read them all
        ordered = sorted(rows, key=lambda r: (r["occurred_at"], r["id"]))
        events[card_id] = [
            control_repo.event_from_values(r["id"], card_id, r["event"], r["occurred_at"].astimezone(UTC), r["actor"], r["details"])
            for r in ordered
        ]
    return events


def reindex_cards(conn: Connection, card_ids: Iterable[uuid.UUID], *, only_indexed: bool) -> int:
    """The search documents of the cards made again (with their recognised pages). ``only_indexed``:
    leave cards that have none yet to ``index_unindexed_cards`` (faster in bulk at the end)."""
    ids = sorted(set(card_ids))
    done = 0
    for chunk in _chunks(ids):
        if only_indexed:
            chunk = list(conn.scalars(
                select(SearchDocument.card_id).where(SearchDocument.card_id.in_(chunk), SearchDocument.source == "card")
                .distinct()
            ))
            if not chunk:
                continue
        done += search_repo.reindex_cards(conn, chunk)
    return done


def cards_of_files(session: Session, files: set[str]) -> set[uuid.UUID]:
    """The cards holding copies of these files."""
    found: set[uuid.UUID] = set()
    names = sorted(files)
    for start in range(0, len(names), 500):
        found.update(session.scalars(
            select(ElectronicCopy.card_id).where(ElectronicCopy.sha256.in_(names[start : start + 500]))
        ))
    return found


BULK_INDEX_FROM = 2_000  # fewer new cards go in one by one: a bulk load re-merges the whole index


def index_new_cards(conn: Connection) -> int:
    """Cards pulled or pushed without documents (also after a round that was cut short)."""
    unindexed = select(Card.id).where(~exists().where(SearchDocument.card_id == Card.id, SearchDocument.source == "card"))
    few = list(conn.scalars(unindexed.limit(BULK_INDEX_FROM)))
    if len(few) < BULK_INDEX_FROM:
        return search_repo.reindex_cards(conn, few) if few else 0
    return search_repo.index_unindexed_cards(conn, with_pages=True)


def keep_number_counter_ahead(session: Session, station_code: str, card_ids: Sequence[uuid.UUID]) -> None:
    """Cards of this station's code came back from the central store (a reinstalled desk): its
    counters continue after the highest serial there, so no number is issued twice."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    for chunk in _chunks(list(card_ids)):
        highest = session.execute(
            select(Card.journal_id, Card.year, func.max(Card.serial))
            .where(Card.id.in_(chunk), Card.station_code == station_code)
            .group_by(Card.journal_id, Card.year)
        ).all()
        for journal_id, year, serial in highest:
            statement = (sqlite_insert if sqlite else pg_insert)(NumberSequence).values(
                journal_id=journal_id, year=year, station_code=station_code, last_serial=serial
            )
            larger = (func.max if sqlite else func.greatest)(NumberSequence.last_serial, statement.excluded.last_serial)
            session.execute(statement.on_conflict_do_update(
                index_elements=["journal_id", "year", "station_code"], set_={"last_serial": larger}
            ))
