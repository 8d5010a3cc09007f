"""The station's side of a pull: the other stations' changes after this station's cursor, read
from the central store's log in its order, applied locally in one transaction with the cursor.

The log names rows, not their contents: the rows are read as the central store has them now (so a
destroyed person's data never lingers in a log). A row may refer to one that a later log entry
brings (a card edited to answer a newer card): such rows are fetched with the batch.

A row this station's data refuses (a card whose number a local card already has) becomes one
problem; the rows that depend on it (its applicants, events, copies) wait with it instead of
becoming problems of their own. Every round fetches such rows again with their dependents, so
they arrive as soon as whatever stood in the way is gone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clerk_app.timeutil import utc_now
from storage.bulk import RowConverter, sqlite_row_converter
from storage.sync import codec
from storage.sync.central_apply import array_type, key_clause
from storage.sync.central_schema import sync_change
from storage.sync.tables import SYNCED_TABLES, ordered, parents_first, parents_of, references_to, synced_table
from storage.sync_models import SyncDownload, SyncPending, SyncProblemRow


@dataclass
class PulledBatch:
    cursor: int
    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))  # table -> key -> row
    gone: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @property
    def size(self) -> int:
        return sum(len(r) for r in self.rows.values()) + sum(len(g) for g in self.gone.values())


def _fetch(conn: Connection, table: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The central store's rows of these keys, as the driver reads them (UUIDs, aware datetimes,
    dates): a pull reads hundreds of thousands, and SQLAlchemy's processing of every value would
    cost this thread more than the server's work, on the core the writing thread needs."""
    spec = synced_table(table)
    if len(spec.key_columns) != 1:
        return _fetch_by_keys(conn, spec, keys)
    names = [c.name for c in spec.table.columns]
    key = spec.key_columns[0]
    position = names.index(key.name)
    columns = ", ".join(f'"{n}"' for n in names)
    statement = f'SELECT {columns} FROM {spec.table.name} WHERE "{key.name}" = ANY(CAST(%s AS {array_type(key)}[]))'
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]  # in the read's transaction
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 5000):
        wire = [str(json.loads(k)[0]) for k in keys[start : start + 5000]]  # cast by the server
        cursor.execute(statement, (wire,))
        for row in cursor.fetchall():
            found[codec.key_text([row[position]])] = dict(zip(names, row, strict=True))
    return found


def _fetch_by_keys(conn: Connection, spec: Any, keys: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 5000):
        clause = key_clause(spec.table, [codec.key_values(spec.key_columns, k) for k in keys[start : start + 5000]],
                            postgres=True)
        result = conn.execute(select(spec.table).where(clause))
        names = list(result.keys())
        positions = [names.index(c.name) for c in spec.key_columns]
        for row in result:
            found[codec.key_text([row[i] for i in positions])] = dict(zip(names, row, strict=True))
    return found


def read_batch(conn: Connection, station: str, cursor: int, limit: int) -> PulledBatch | None:
    entries = conn.execute(
        select(sync_change.c.seq, sync_change.c.table_name, sync_change.c.row_key)
        .where(sync_change.c.seq > cursor, sync_change.c.station_code != station)
        .order_by(sync_change.c.seq).limit(limit)
    ).all()
    if not entries:
        return None
    batch = PulledBatch(cursor=entries[-1].seq)
    keys: dict[str, dict[str, None]] = defaultdict(dict)
    for entry in entries:
        if entry.table_name in SYNCED_TABLES:
            keys[entry.table_name][entry.row_key] = None
    for table, wanted in keys.items():
        found = _fetch(conn, table, list(wanted))
        batch.rows[table].update(found)
        batch.gone[table].update(k for k in wanted if k not in found)
    return batch


def complete_references(conn: Connection, session: Session, batch: PulledBatch) -> None:
    """Adds the rows the batch refers to that neither the batch nor this station has yet (except
    rows this station refused: what refers to them waits with them)."""
    waiting = waiting_rows(session)
    for _ in range(5):  # a chain of references is short (a card, its reply, their seller)
        wanted: dict[str, set[str]] = defaultdict(set)
        for table, rows in list(batch.rows.items()):
            for column in synced_table(table).table.columns:
                for fk in column.foreign_keys:
                    parent = fk.column.table.name
                    if parent not in SYNCED_TABLES:
                        continue
                    for row in rows.values():
                        value = row.get(column.name)
                        if value is not None:
                            key = codec.key_text([value])
                            if key not in batch.rows.get(parent, {}):
                                wanted[parent].add(key)
        missing: dict[str, list[str]] = {}
        for parent, candidates in wanted.items():
            spec = synced_table(parent)
            values = [codec.key_values(spec.key_columns, k) for k in candidates]
            here = {codec.key_text([v]) for v in session.scalars(
                select(spec.key_columns[0]).where(key_clause(spec.table, values))
            )}
            if rest := [k for k in candidates if k not in here and k not in waiting.get(parent, ())]:
                missing[parent] = rest
        if not missing:
            return
        for parent, keys in missing.items():
            batch.rows[parent].update(_fetch(conn, parent, keys))


PULL_PROBLEM_CODES = ("sync.pull_duplicate", "sync.pull_refused")


def waiting_rows(session: Session) -> dict[str, set[str]]:
    """The central store's rows this station refused, by table."""
    found: dict[str, set[str]] = defaultdict(set)
    for table, key in session.execute(
        select(SyncProblemRow.table_name, SyncProblemRow.row_key).where(SyncProblemRow.error_code.in_(PULL_PROBLEM_CODES))
    ):
        found[table].add(key)
    return found


def read_again(conn: Connection, waiting: dict[str, set[str]]) -> PulledBatch:
    """The refused rows as the central store has them now, with every row that depends on them."""
    batch = PulledBatch(cursor=-1)
    seeds = {table: sorted(keys) for table, keys in waiting.items()}
    for table, keys in seeds.items():
        found = _fetch(conn, table, keys)
        batch.rows[table].update(found)
        batch.gone[table].update(k for k in keys if k not in found)
    for _ in range(5):  # a card, its copies, their recognised pages
        children: dict[str, list[str]] = defaultdict(list)
        for table, keys in seeds.items():
            values = [codec.key_values(synced_table(table).key_columns, k)[0] for k in keys]
            for child, column in references_to(table):
                spec = synced_table(child)
                for start in range(0, len(values), 2000):
                    for row in conn.execute(select(spec.table).where(spec.table.c[column].in_(values[start : start + 2000]))):
                        mapping = dict(row._mapping)
                        key = codec.key_text([mapping[c.name] for c in spec.key_columns])
                        if key not in batch.rows[child]:
                            batch.rows[child][key] = mapping
                            children[child].append(key)
        if not children:
            break
        seeds = children
    return batch


def _pending(session: Session, table: str, keys: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for key, base in session.execute(
            select(SyncPending.row_key, SyncPending.base)
            .where(SyncPending.table_name == table, SyncPending.row_key.in_(chunk))
        ):
            found[key] = base
    return found


@dataclass
class Applied:
    counts: dict[str, int] = field(default_factory=dict)
    card_ids: set[Any] = field(default_factory=set)
    control_events: dict[Any, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))  # by card
    files: set[str] = field(default_factory=set)
    refused: int = 0
    held: int = 0  # rows waiting with a refused row they depend on
    page_files: set[str] = field(default_factory=set)  # files whose recognised text arrived


def apply_batch(session: Session, batch: PulledBatch) -> Applied:
    """Writes the batch (the caller has paused capture): rows this station changed and has not
    pushed yet keep their local fields, which the next push sends (and the central store merges)."""
    done = Applied()
    waiting = waiting_rows(session)
    unpushed = set(session.scalars(select(SyncPending.table_name).distinct()))  # most pulls: none of the batch's tables
    refused: dict[str, set[str]] = defaultdict(set, {t: set(k) for t, k in waiting.items()})
    for table in ordered(set(batch.rows)):
        remaining = parents_first(table, batch.rows[table])
        while remaining:  # again after each pass: a card answering a refused card that just arrived
            ready = {k: r for k, r in remaining.items() if not _depends_on_refused(table, r, refused)}
            if not ready:
                break
            refusals = _write_table(session, table, ready, done, unpushed=table in unpushed)
            key_names = [c.name for c in synced_table(table).key_columns]
            failed = {codec.key_text([row[n] for n in key_names]): (row, exc) for row, exc in refusals}
            refused[table] = (refused[table] - set(ready)) | set(failed)  # what arrived no longer holds the rest back
            for key, (row, exc) in failed.items():
                if _depends_on_refused(table, row, refused):
                    done.held += 1  # refused only because what it needs was: it waits with that
                else:
                    _keep_problem(session, table, key, row, exc)
                    done.refused += 1
            _forget_problems(session, table, (waiting.get(table, set()) & set(ready)) - set(failed))
            remaining = {k: r for k, r in remaining.items() if k not in ready}
        refused[table].update(remaining)  # they wait with what they need (fetched again with it)
        done.held += len(remaining)
    for table in reversed(ordered(set(batch.gone))):
        keys = list(batch.gone[table])
        if not keys:
            continue
        spec = synced_table(table)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            values = [codec.key_values(spec.key_columns, k) for k in chunk]
            if table == "card":
                done.card_ids.difference_update(v[0] for v in values)
            session.execute(delete(spec.table).where(key_clause(spec.table, values)))
            session.execute(delete(SyncPending).where(SyncPending.table_name == table, SyncPending.row_key.in_(chunk)))
        _forget_problems(session, table, waiting.get(table, set()) & set(keys))
        done.counts[table] = done.counts.get(table, 0) + len(keys)
    return done


def _write_table(
    session: Session, table: str, rows: dict[str, dict[str, Any]], done: Applied, *, unpushed: bool,
) -> list[tuple[dict[str, Any], IntegrityError]]:
    """Upserts one table's rows; returns those this station's data refused, with the reason.
    ``unpushed``: whether this station has changes of the table not pushed yet."""
    spec = synced_table(table)
    key_names = [c.name for c in spec.key_columns]
    local = _pending(session, table, list(rows)) if unpushed else {}
    deleted_here = _absent(session, table, [k for k, base in local.items() if base is not None])
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)  # (names, set)
    for key, row in rows.items():
        if key in deleted_here:
            continue  # deleted here and not pushed yet: the push sends the delete
        if key in local:
            if local[key] is None:
                continue  # made here too and not pushed yet: the push merges the two
            keep = set(json.loads(local[key] or "{}"))
        else:
            keep = set()
        columns = tuple(sorted(n for n in row if n not in key_names and n not in keep))
        groups[(tuple(row), columns)].append(row)
    statements = {group: _upsert(spec, key_names, *group) for group in groups}
    refusals: list[tuple[_Upsert, dict[str, Any], IntegrityError]] = []
    for group, group_rows in groups.items():
        refusals += [(statements[group], row, exc) for row, exc in _write(session, statements[group], group_rows)]
    while refusals:  # a card answering another card of the batch: written once that one is
        again = []
        for upsert, row, _ in refusals:
            again += [(upsert, row, exc) for _, exc in _write(session, upsert, [row])]
        if len(again) == len(refusals):
            break
        refusals = again
    failed = {codec.key_text([row[name] for name in key_names]) for _, row, _ in refusals}
    applied = [r for k, r in rows.items() if k not in failed and k not in deleted_here]
    done.counts[table] = done.counts.get(table, 0) + len(applied)
    _note_touched(table, applied, done)
    return [(row, exc) for _, row, exc in refusals]


def _absent(session: Session, table: str, keys: list[str]) -> set[str]:
    """Which of these keys have no row here."""
    if not keys:
        return set()
    spec = synced_table(table)
    here: set[str] = set()
    for start in range(0, len(keys), 500):
        values = [codec.key_values(spec.key_columns, k) for k in keys[start : start + 500]]
        for row in session.execute(select(*spec.key_columns).where(key_clause(spec.table, values))):
            here.add(codec.key_text(list(row)))
    return set(keys) - here


def _depends_on_refused(table: str, row: dict[str, Any], refused: dict[str, set[str]]) -> bool:
    for column, parent in parents_of(table):
        value = row.get(column)
        if value is not None and refused.get(parent) and codec.key_text([value]) in refused[parent]:
            return True
    return False


def _forget_problems(session: Session, table: str, keys: set[str]) -> None:
    """These rows arrived (or are gone centrally): their problems are over."""
    if keys:
        session.execute(delete(SyncProblemRow).where(
            SyncProblemRow.table_name == table, SyncProblemRow.row_key.in_(sorted(keys)),
            SyncProblemRow.error_code.in_(PULL_PROBLEM_CODES),
        ))


@dataclass(frozen=True)
class _Upsert:
    sql: str
    convert: RowConverter


def _upsert(spec: Any, key_names: list[str], names: tuple[str, ...], columns: tuple[str, ...]) -> _Upsert:
    """An upsert of rows with these ``names`` that sets ``columns`` of a row already here, given
    straight to the driver with the rows converted once (SQLAlchemy's per-value processing of
    hundreds of thousands of rows costs more than SQLite's writing)."""
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f"INSERT INTO {spec.table.name} ({quoted}) VALUES ({', '.join('?' * len(names))}) "
    if columns:
        keys = ", ".join(f'"{n}"' for n in key_names)
        sql += f"ON CONFLICT ({keys}) DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in columns)
    else:  # even rows only ever added are updated: a destruction act redacts events (R44)
        sql += "ON CONFLICT DO NOTHING"
    return _Upsert(sql, sqlite_row_converter(spec.table, names))


def _write(session: Session, upsert: _Upsert, rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], IntegrityError]]:
    """Writes the rows; returns those this station's data refused, with the reason."""
    # No savepoint around them: SQLite undoes a refused row's statement by itself, the rows before it
    # stay and are upserted again below (idempotent), and a savepoint over a batch of thousands of
    # rows costs time that grows with the size of the store.
    connection = session.connection()
    try:
        connection.exec_driver_sql(upsert.sql, [upsert.convert(row) for row in rows])
        return []
    except IntegrityError:
        pass
    refused = []
    for row in rows:  # one by one: keep what fits, list what does not, never stop the pull
        try:
            connection.exec_driver_sql(upsert.sql, upsert.convert(row))
        except IntegrityError as exc:
            refused.append((row, exc))
    return refused


def _keep_problem(session: Session, table: str, key: str, row: dict[str, Any], exc: IntegrityError) -> None:
    message = str(exc.orig).strip().splitlines()[0]
    code = "sync.pull_duplicate" if "UNIQUE" in message.upper() else "sync.pull_refused"
    known = session.scalar(select(SyncProblemRow).where(
        SyncProblemRow.table_name == table, SyncProblemRow.row_key == key, SyncProblemRow.error_code.in_(PULL_PROBLEM_CODES)
    ))
    if known is not None:  # refused again on a later round: the same problem, one more attempt
        known.attempts += 1
        known.error_code, known.message, known.occurred_at = code, message, utc_now()
        return
    session.add(SyncProblemRow(
        table_name=table, row_key=key, base=None, error_code=code, message=message, occurred_at=utc_now(),
        attempts=1, card_number=row.get("number") if table == "card" else None,
    ))


def _note_touched(table: str, rows: Any, done: Applied) -> None:
    for row in rows:
        if table == "card":
            done.card_ids.add(row["id"])
        elif table in ("card_applicant", "electronic_copy"):
            done.card_ids.add(row["card_id"])
        if table == "control_event":
            done.control_events[row["card_id"]].append(row)
        if table == "electronic_copy":
            done.files.add(row["sha256"])
        if table == "page_text":  # text recognised elsewhere after the copy came: its cards' documents
            done.page_files.add(row["sha256"])


def queue_downloads(session: Session, files: set[str], have: Any) -> int:
    missing = [sha for sha in files if not have(sha)]
    for sha in missing:
        session.execute(sqlite_insert(SyncDownload).values(sha256=sha).on_conflict_do_nothing())
    return len(missing)
