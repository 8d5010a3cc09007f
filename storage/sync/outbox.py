"""The station's side of a push: the outbox read as changes, and the central store's answers
written back (entries removed, conflicts' central values taken, aliases followed, refusals kept)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, case, delete, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from clerk_app.timeutil import utc_now
from storage.models import Base
from storage.sync import capture, codec
from storage.sync.central_apply import Change, key_clause
from storage.sync.pull import PULL_PROBLEM_CODES
from storage.sync.tables import LOCAL_AUDIT, references_to
from storage.sync_models import SyncPending, SyncProblemRow

# Earlier revisions of an entry whose answers the central store is asked about (an edit may count
# more than one revision; a sending beyond them, its answer lost, shows as a conflict, never as loss).
EARLIER_REVISIONS = 64


@dataclass
class PendingEntry:
    id: int
    table: str  # the local table
    key: str
    base: dict[str, list[Any]] | None
    revision: int
    change_id: str


def pending_tables(session: Session) -> set[str]:
    return set(session.scalars(select(SyncPending.table_name).distinct()))


def read_entries(session: Session, table: str, after_id: int, limit: int) -> list[PendingEntry]:
    rows = session.execute(
        select(SyncPending.id, SyncPending.row_key, SyncPending.base, SyncPending.revision, SyncPending.change_id)
        .where(SyncPending.table_name == table, SyncPending.id > after_id).order_by(SyncPending.id).limit(limit)
    )
    return [PendingEntry(r.id, table, r.row_key, json.loads(r.base) if r.base is not None else None, r.revision,
                         r.change_id) for r in rows]


def central_table(local: str) -> str:
    return LOCAL_AUDIT.get(local, local)


def _local_table(local: str) -> Table:
    return Base.metadata.tables[local]


def current_rows(session: Session, local: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The rows as SQLite keeps them, which is their wire form already (no conversion each way)."""
    table = _local_table(local)
    names = [c.name for c in table.primary_key.columns]
    found: dict[str, dict[str, Any]] = {}
    connection = session.connection()
    for start in range(0, len(keys), 500):
        chunk = [json.loads(k) for k in keys[start : start + 500]]
        if not chunk:
            continue
        one = "(" + ", ".join("?" for _ in names) + ")"
        where = f"({', '.join(names)}) IN (VALUES {', '.join(one for _ in chunk)})"
        result = connection.exec_driver_sql(f"SELECT * FROM {table.name} WHERE {where}", tuple(v for k in chunk for v in k))
        columns = list(result.keys())
        positions = [columns.index(n) for n in names]
        for row in result:
            found[codec.key_text([row[i] for i in positions])] = dict(zip(columns, row, strict=True))
    return found


def build_changes(
    session: Session, entries: list[PendingEntry], station: str, *, deletes: bool
) -> tuple[list[tuple[PendingEntry, Change]], list[PendingEntry]]:
    """Changes for the entries: the rows that exist (``deletes`` False) or those gone (True).
    Also returns the entries with nothing to send (made and removed here, or changed back)."""
    if not entries:
        return [], []
    local = entries[0].table
    table = _local_table(local)
    columns = {c.name: c for c in table.columns}
    rows = current_rows(session, local, [e.key for e in entries])
    refused = refused_bases(session, local, [e.key for e in entries])
    audit = local in LOCAL_AUDIT
    out: list[tuple[PendingEntry, Change]] = []
    empty: list[PendingEntry] = []
    for entry in entries:
        row = rows.get(entry.key)
        if (row is None) != deletes:
            continue
        raw_base = entry.base
        if entry.key in refused:  # the central store still has what the refused change started from
            older = refused[entry.key]
            raw_base = None if older is None or raw_base is None else {**raw_base, **older}
        base = None if raw_base is None else {
            name: codec.to_wire(codec.from_wire(columns[name], raw[0])) for name, raw in raw_base.items()
        }
        values = row
        if values is None and base is None:
            empty.append(entry)  # made and removed before it was ever sent
            continue
        if values is not None and base is not None:
            base = {n: v for n, v in base.items() if not codec.same(columns[n], v, values[n])}
            if not base:
                empty.append(entry)  # changed and changed back
                continue
        key = entry.key
        if audit:  # the station's own chain goes into the shared chains' table under its code
            key = json.dumps([station, *json.loads(key)], ensure_ascii=False, separators=(",", ":"))
            if values is not None:
                values = {"chain_station": station, **values}
        earlier = tuple(f"{entry.change_id}-{r}" for r in range(max(1, entry.revision - EARLIER_REVISIONS), entry.revision))
        out.append((entry, Change(f"{entry.change_id}-{entry.revision}", central_table(local), key, values, base, earlier)))
    return out, empty


def _refused_here(session: Session, table: str) -> Any:
    """The clause of this station's refused changes of ``table`` (Sync problems), or None when there
    are none (nearly always: one cheap look instead of a lookup per key)."""
    mine = (SyncProblemRow.table_name == table) & SyncProblemRow.error_code.not_in(PULL_PROBLEM_CODES)
    return mine if session.scalar(select(SyncProblemRow.id).where(mine).limit(1)) is not None else None


def refused_bases(session: Session, table: str, keys: Sequence[str]) -> dict[str, dict[str, list[Any]] | None]:
    """The bases of this station's refused changes of these rows (in Sync problems): the values the
    central store still holds, which a later change of the same row starts from (None: the row
    itself was refused and is still new to the central store)."""
    mine = _refused_here(session, table)
    if mine is None:
        return {}
    found: dict[str, dict[str, list[Any]] | None] = {}
    for start in range(0, len(keys), 500):
        for key, base in session.execute(
            select(SyncProblemRow.row_key, SyncProblemRow.base).where(mine, SyncProblemRow.row_key.in_(keys[start : start + 500]))
            .order_by(SyncProblemRow.id.desc())  # newest first: the older values win
        ):
            if key in found and found[key] is None:
                continue  # a refused new row stays new
            found[key] = None if base is None else {**(found.get(key) or {}), **json.loads(base)}
    return found


def queue_again(session: Session, problem: SyncProblemRow) -> None:
    """A refused change sent again: into the outbox, merged with a later change of the same row
    waiting there (whose base then starts from the refused change's: what the central store has)."""
    statement = sqlite_insert(SyncPending).values(
        table_name=problem.table_name, row_key=problem.row_key, base=problem.base, revision=1, change_id=uuid.uuid4().hex,
    )
    session.execute(statement.on_conflict_do_update(
        index_elements=["table_name", "row_key"],
        set_={
            "revision": SyncPending.revision + 1,
            "base": case((SyncPending.base.is_(None) | statement.excluded.base.is_(None), None),
                         else_=func.json_patch(SyncPending.base, statement.excluded.base)),
        },
    ))


def retire_problems(session: Session, table: str, keys: Sequence[str]) -> None:
    """A later change of these rows reached the central store, carrying the fields of this
    station's refused changes of them (their base was its base): those problems are over."""
    mine = _refused_here(session, table) if keys else None
    if mine is None:
        return
    for start in range(0, len(keys), 500):
        session.execute(delete(SyncProblemRow).where(mine, SyncProblemRow.row_key.in_(keys[start : start + 500])))


def forget(session: Session, entries: Sequence[PendingEntry]) -> None:
    for entry in entries:
        session.execute(delete(SyncPending).where(SyncPending.id == entry.id, SyncPending.revision == entry.revision))


def settle_many(session: Session, settled: Sequence[tuple[PendingEntry, Change]]) -> None:
    """``settle`` for a batch: one statement for the entries unchanged since they were read."""
    if not settled:
        return
    session.connection().execute(
        delete(SyncPending).where(SyncPending.id == bindparam("entry_id"), SyncPending.revision == bindparam("sent_revision")),
        [{"entry_id": entry.id, "sent_revision": entry.revision} for entry, _ in settled],
    )
    ids = [entry.id for entry, _ in settled]
    again: set[int] = set()
    for start in range(0, len(ids), 500):
        again.update(session.scalars(select(SyncPending.id).where(SyncPending.id.in_(ids[start : start + 500]))))
    for entry, change in settled:
        if entry.id in again:  # changed again while it was being sent
            settle(session, entry, change)


def settle(session: Session, entry: PendingEntry, change: Change) -> None:
    """The central store has the change: the entry goes, unless the row changed again meanwhile;
    then what was sent becomes the base the next push starts from."""
    gone = session.execute(  # type: ignore[attr-defined]  # a DML result has rowcount
        delete(SyncPending).where(SyncPending.id == entry.id, SyncPending.revision == entry.revision)
    ).rowcount
    if gone:
        return
    if change.values is None:  # deleted there, made again here meanwhile: a new row for the central store
        session.execute(update(SyncPending).where(SyncPending.id == entry.id).values(base=None))
        return
    current = session.scalar(select(SyncPending.base).where(SyncPending.id == entry.id))
    base = json.loads(current) if current else {}
    sent = change.values if change.base is None else {n: change.values[n] for n in change.base}
    base.update({name: [value] for name, value in sent.items() if name != "chain_station"})
    # a new id: the answer came, so no earlier sending of this entry is one whose answer was lost
    session.execute(update(SyncPending).where(SyncPending.id == entry.id).values(
        base=json.dumps(base), change_id=uuid.uuid4().hex,
    ))


def keep_problem(session: Session, entry: PendingEntry, outcome: dict[str, Any]) -> None:
    session.execute(insert(SyncProblemRow).values(
        table_name=entry.table, row_key=entry.key, base=json.dumps(entry.base) if entry.base is not None else None,
        error_code=outcome.get("code", "sync.refused"), message=outcome.get("message", ""), occurred_at=utc_now(),
        attempts=1,
    ))
    session.execute(delete(SyncPending).where(SyncPending.id == entry.id))


def take_central_values(session: Session, entry: PendingEntry, central: dict[str, Any]) -> None:
    """A conflict: the row takes the central store's values (the other ones wait in the conflict)."""
    table = _local_table(entry.table)
    columns = {c.name: c for c in table.columns}
    key = codec.key_values(tuple(table.primary_key.columns), entry.key)
    values = {name: codec.from_wire(columns[name], value) for name, value in central.items() if name in columns}
    if values:
        with capture.paused(session):
            session.execute(update(table).where(key_clause(table, [key])).values(**values))


def follow_alias(session: Session, entry: PendingEntry, canonical: str, central: dict[str, Any]) -> None:
    """This station's row is the same thing as the central store's row ``canonical`` (a seller's
    BIN, a journal's code): the central row replaces it and everything here refers to that one."""
    table = _local_table(entry.table)
    columns = {c.name: c for c in table.columns}
    key_columns = tuple(table.primary_key.columns)
    alias_value = codec.key_values(key_columns, entry.key)[0]
    canonical_value = codec.key_values(key_columns, canonical)[0]
    row = {name: codec.from_wire(columns[name], value) for name, value in central.items() if name in columns}
    with capture.paused(session):
        # the unique value moves to the central row: this one goes first, references follow at once
        # (checked at commit, so they may point nowhere for these few statements)
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        session.execute(delete(table).where(key_columns[0] == alias_value))
        session.execute(sqlite_insert(table).values(row).on_conflict_do_nothing())
        for child, column in references_to(entry.table):
            child_table = _local_table(child)
            session.execute(
                update(child_table).where(child_table.c[column] == alias_value).values({column: canonical_value})
            )
        if entry.table == "journal":  # this station's counters move with its journal
            session.execute(text("UPDATE number_sequence SET journal_id = :new WHERE journal_id = :old"),
                            {"new": canonical_value.hex, "old": alias_value.hex})
    session.execute(delete(SyncPending).where(SyncPending.id == entry.id))
