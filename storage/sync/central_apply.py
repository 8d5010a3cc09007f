"""Applying a station's changes on the central store (one table's batch in one transaction).

A field the station changed is written only where the central store still holds the value the
station started from (``base``); where it already holds the station's new value nothing is done;
anything else is a true conflict: the central value stays and a ``sync_conflict`` row keeps the
other one for a supervisor. A change the database refuses (a constraint) is answered "refused"
and the rest of the batch goes on (a savepoint per row). Every change is remembered by its id
with its answer, so a batch sent again after a cut connection is answered, not applied twice.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    Connection,
    Date,
    Integer,
    Table,
    Text,
    Uuid,
    any_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, OperationalError

from clerk_app.domain.ids import new_id
from clerk_app.timeutil import utc_now
from storage.sync import codec, derived
from storage.sync.central_schema import PUSH_LOCK, sync_alias, sync_change, sync_received
from storage.sync.tables import NATURAL_KEYS, SyncedTable, synced_table
from storage.types import UtcDateTime

EVERYONE = "*"  # the station code of log entries every station pulls (conflicts)
_CARD_TABLES = frozenset({"card", "card_applicant", "electronic_copy", "control_event", "page_text"})
_INDEXED_TABLES = frozenset({"card", "card_applicant", "electronic_copy", "page_text"})  # what a card's search text holds


@dataclass
class Change:
    change_id: str
    table: str  # the central table
    key: str  # the key as JSON text (codec.key_text)
    values: dict[str, Any] | None  # the row as the station has it now (wire form); None: deleted there
    base: dict[str, Any] | None  # the changed columns' values before (wire form); None: a new row
    # ids the same outbox entry may have been sent under before (earlier revisions), whose answers
    # the station may never have received: what they wrote is the station's own, not a conflict
    earlier_ids: tuple[str, ...] = ()

    @property
    def op(self) -> str:
        if self.values is None:
            return "delete"
        return "insert" if self.base is None else "update"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.change_id, "table": self.table, "key": self.key, "values": self.values, "base": self.base}


def _outcome(status: str, **extra: Any) -> dict[str, Any]:
    return {"status": status, **extra}


def key_clause(table: Table, keys: Sequence[tuple[Any, ...]], *, postgres: bool = False) -> Any:
    """Rows whose primary key is one of ``keys``. On PostgreSQL a one-column key is matched against
    one array parameter: thousands of separate parameters cost more to send than the rows."""
    columns = list(table.primary_key.columns)
    if len(columns) == 1:
        values = [k[0] for k in keys]
        if postgres:
            return columns[0] == any_(bindparam(None, values, type_=ARRAY(columns[0].type)))
        return columns[0].in_(values)
    return tuple_(*columns).in_(keys)


def _key_of(spec: SyncedTable, row: Any) -> str:
    return codec.key_text([row._mapping[c.name] for c in spec.key_columns])


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")


def _refusal(exc: DBAPIError) -> dict[str, Any]:
    if isinstance(exc, OperationalError):  # the connection, not the change: the round fails and resumes
        raise exc
    state = _sqlstate(exc)
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if state == "23503":  # a row it refers to has not arrived yet: try again next round
        return _outcome("retry", code="sync.missing_reference", message=message)
    code = {"23505": "sync.duplicate", "23514": "sync.check_failed", "23502": "sync.missing_value",
            "42501": "sync.not_permitted"}.get(state, "sync.refused")
    return _outcome("refused", code=code, message=message)


def _insert_columns(
    conn: Connection, table: str, rows: list[dict[str, Any]], names: tuple[str, ...], types: tuple[str, ...], *,
    ignore_existing: bool = False, returning: tuple[str, ...] = (), value: Callable[[Any], Any] = lambda v: v,
) -> list[Any]:
    """Many rows in one statement of one array per column, each cast to its type by the server (a
    batch's rows, its log and its answers: tens of thousands of rows, which row by row cost the
    server more than the data). ``value`` makes each value what its array holds. Returns the
    ``returning`` columns of the rows inserted."""
    arrays = ", ".join(f"CAST(:c{i} AS {kind}[])" for i, kind in enumerate(types))
    columns = ", ".join(f'"{n}"' for n in names)
    statement = f"INSERT INTO {table} ({columns}) SELECT {columns} FROM unnest({arrays}) WITH ORDINALITY AS u({columns}, n) ORDER BY n"
    if ignore_existing:
        statement += " ON CONFLICT DO NOTHING"
    if returning:
        statement += " RETURNING " + ", ".join(f'"{n}"' for n in returning)
    result = conn.execute(text(statement), {f"c{i}": [value(row[name]) for row in rows] for i, name in enumerate(names)})
    return list(result) if returning else []


def array_type(column: Any) -> str:
    """The PostgreSQL type an array of the column's wire text is cast to (strings stay text: the
    insert checks their length against the column)."""
    kind = column.type
    for python_type, name in ((Uuid, "uuid"), (UtcDateTime, "timestamptz"), (Date, "date"), (Boolean, "boolean"),
                              (BigInteger, "bigint"), (Integer, "integer")):
        if isinstance(kind, python_type):
            return name
    return "text"


def _wire_text(value: Any) -> str | None:
    """A wire value as the text PostgreSQL's input function reads (a time without an offset is
    UTC: the transaction's time zone is UTC)."""
    return None if value is None else value if isinstance(value, str) else str(value)


def _without_values(outcome: dict[str, Any]) -> dict[str, Any]:
    """An answer as the central store keeps it: which fields, not their values."""
    kept = {k: v for k, v in outcome.items() if k not in ("central", "take")}
    if "central" in outcome:
        kept["central_fields"] = ["*"] if outcome["status"] == "alias" else sorted(outcome["central"])
    if "take" in outcome:
        kept["take_fields"] = sorted(outcome["take"])
    return kept


class BatchApplier:
    """One station's batch of one table, inside the caller's transaction on the central store."""

    def __init__(self, conn: Connection, station: str, table: str):
        self.conn = conn
        self.station = station
        self.spec = synced_table(table)
        self.table = self.spec.table
        self.columns = {c.name: c for c in self.table.columns}
        self.outcomes: dict[str, dict[str, Any]] = {}
        self.logged: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.card_ids: set[uuid.UUID] = set()
        self.own_fields: dict[str, set[str]] = {}  # change id -> fields its earlier sendings wrote ("*": all)

    # -- the whole batch ----------------------------------------------------------------------------

    def apply(self, changes: list[Change]) -> dict[str, dict[str, Any]]:
        self.conn.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK)))
        self.conn.execute(text("SET LOCAL TimeZone = 'UTC'"))  # a station's times are UTC text without an offset
        self.outcomes.update(self._remembered([c.change_id for c in changes]))
        for change in changes:  # answered before, the answer lost on the way: the values as they are now
            if change.change_id in self.outcomes:
                self._values_again(change, self.outcomes[change.change_id])
        fresh = [c for c in changes if c.change_id not in self.outcomes]
        self._find_own_fields(fresh)
        self._rewrite_aliases(fresh)
        inserts = [c for c in fresh if c.op == "insert"]
        updates = [c for c in fresh if c.op == "update"]
        deletes = [c for c in fresh if c.op == "delete"]
        if deletes:
            self._delete(deletes)
        if inserts:
            updates.extend(self._insert(inserts))
        if updates:
            self._update(updates)
        self._finish([c for c in fresh if c.change_id in self.outcomes])
        return {c.change_id: self.outcomes[c.change_id] for c in changes if c.change_id in self.outcomes}

    def _remembered(self, change_ids: list[str]) -> dict[str, dict[str, Any]]:
        """This station's answers the central store remembers, by change id."""
        received = sync_received.c
        return {change_id: json.loads(outcome) for change_id, outcome in self.conn.execute(
            select(received.change_id, received.outcome)
            .where(received.change_id == any_(bindparam(None, change_ids, type_=ARRAY(Text))),
                   received.station_code == self.station)
        )}

    def _find_own_fields(self, changes: list[Change]) -> None:
        """The fields written by earlier sendings of these changes' entries whose answers were lost
        (a connection cut after the commit, then the row edited again on the station). A field a
        later sending found changed by another station (a conflict) is no longer the station's own."""
        earlier = [i for c in changes for i in c.earlier_ids]
        if not earlier:
            return
        answers = self._remembered(earlier)
        for change in changes:
            fields: set[str] = set()
            for change_id in change.earlier_ids:  # oldest first
                answer = answers.get(change_id, {})
                fields.update(answer.get("set", ()))
                lost = set(answer.get("central_fields", ()))
                fields = set() if "*" in lost else fields - lost
            if fields:
                self.own_fields[change.change_id] = fields

    def _last_writers(self, keys: list[str]) -> dict[str, str]:
        """The station whose change of each row the central store logged last."""
        if not keys:
            return {}
        log = sync_change.c
        return dict(self.conn.execute(
            select(log.row_key, log.station_code)
            .where(log.table_name == self.spec.name, log.row_key == any_(bindparam(None, keys, type_=ARRAY(Text))))
            .order_by(log.row_key, log.seq.desc()).ext(distinct_on(log.row_key))
        ).all())

    def _own(self, change: Change, field: str, writers: dict[str, str]) -> bool:
        """Whether the central value of ``field`` is this station's own, written by an earlier
        sending of the same entry (its answer lost) and not changed by anyone since."""
        fields = self.own_fields.get(change.change_id, set())
        return (field in fields or "*" in fields) and writers.get(change.key) == self.station

    def _values_again(self, change: Change, outcome: dict[str, Any]) -> None:
        """Fills a remembered answer's values from the row as it is now (answers keep field names
        only: a destroyed person's data must not outlive the row in the answers' log)."""
        fields = {"central": outcome.pop("central_fields", None), "take": outcome.pop("take_fields", None)}
        if fields["central"] is None and fields["take"] is None:
            return
        key = outcome.get("canonical") or change.key
        found = self.conn.execute(select(self.table).where(
            key_clause(self.table, [codec.key_values(self.spec.key_columns, key)], postgres=True)
        )).first()
        row = dict(found._mapping) if found is not None else {}
        for part, names in fields.items():
            if names is not None:
                outcome[part] = codec.row_to_wire(row) if names == ["*"] else {n: codec.to_wire(row.get(n)) for n in names}

    def _finish(self, done: list[Change]) -> None:
        if self.conflicts:
            self.conn.execute(insert(synced_table("sync_conflict").table), self.conflicts)
            self.logged.extend(
                {"station_code": EVERYONE, "table_name": "sync_conflict", "row_key": codec.key_text([c["id"]]),
                 "deleted": False} for c in self.conflicts
            )
        if self.logged:  # in log order: the seq the pulls follow
            _insert_columns(self.conn, "sync_change", self.logged, ("station_code", "table_name", "row_key", "deleted"),
                            ("text", "text", "text", "boolean"))
        remembered = [
            {"change_id": c.change_id, "station_code": self.station, "outcome": json.dumps(_without_values(self.outcomes[c.change_id]))}
            for c in done if self.outcomes[c.change_id]["status"] != "retry"
        ]
        if remembered:
            _insert_columns(self.conn, "sync_received", remembered, ("change_id", "station_code", "outcome"),
                            ("text", "text", "text"), ignore_existing=True)
        if self.card_ids:
            if self.spec.name == "control_event":
                derived.rebuild_control(self.conn, self.card_ids)
            if self.spec.name in _INDEXED_TABLES:  # new cards: at the end of the push, in bulk (finish_push)
                derived.reindex_cards(self.conn, self.card_ids, only_indexed=True)

    # -- aliases: one thing made on two stations ----------------------------------------------------

    def _rewrite_aliases(self, changes: list[Change]) -> None:
        references = [
            (column.name, fk.column.table.name)
            for column in self.table.columns for fk in column.foreign_keys if fk.column.table.name in NATURAL_KEYS
        ]
        if not references:
            return
        parents = {parent for _, parent in references}
        aliases = {
            (t, json.loads(a)[0]): json.loads(c)[0]
            for t, a, c in self.conn.execute(
                select(sync_alias.c.table_name, sync_alias.c.alias_key, sync_alias.c.canonical_key)
                .where(sync_alias.c.table_name.in_(parents))
            )
        }
        if not aliases:
            return
        key_names = [c.name for c in self.spec.key_columns]
        for change in changes:
            for part in (change.values, change.base):
                if not part:
                    continue
                for column, parent in references:
                    value = part.get(column)
                    if value is not None and (parent, value) in aliases:
                        part[column] = aliases[(parent, value)]
            if change.values and any(column in key_names for column, _ in references):
                change.key = codec.key_text([change.values[n] for n in key_names])  # the row as the central store keys it

    # -- deletes, inserts, updates -------------------------------------------------------------------

    def _card_column(self) -> Any:
        """The column naming the card this table's rows belong to (the card's own id on card)."""
        return self.columns["card_id"] if "card_id" in self.columns else self.columns["id"]

    def _python(self, wire: dict[str, Any]) -> dict[str, Any]:
        return codec.row_from_wire(self.columns, wire)

    def _log(self, change: Change, *, deleted: bool = False) -> None:
        self.logged.append({"station_code": self.station, "table_name": self.spec.name, "row_key": change.key,
                            "deleted": deleted})
        if self.spec.name in _CARD_TABLES:
            source = change.values or change.base or {}
            card_id = source.get("card_id") if self.spec.name != "card" else source.get("id")
            if card_id is None and self.spec.name == "card":
                card_id = json.loads(change.key)[0]
            if card_id:
                self.card_ids.add(codec.from_wire(self._card_column(), card_id))
            if self.spec.name == "page_text":
                self._cards_of_file(json.loads(change.key)[0])

    def _cards_of_file(self, sha256: str) -> None:
        copies = synced_table("electronic_copy").table
        self.card_ids.update(self.conn.scalars(select(copies.c.card_id).where(copies.c.sha256 == sha256)))

    def _delete(self, changes: list[Change]) -> None:
        for change in changes:
            key = codec.key_values(self.spec.key_columns, change.key)
            with self.conn.begin_nested():
                try:
                    self.conn.execute(delete(self.table).where(key_clause(self.table, [key])))
                except DBAPIError as exc:
                    self.outcomes[change.change_id] = _refusal(exc)
                    continue
            self._log(change, deleted=True)
            self.outcomes[change.change_id] = _outcome("applied")

    def _insert(self, changes: list[Change]) -> list[Change]:
        """Inserts every new row it can in one statement; returns the rows that exist already (to be
        merged as updates). A row another station made for the same thing becomes an alias."""
        try:
            with self.conn.begin_nested():
                inserted = self._insert_all(changes)
        except DBAPIError:  # a missing reference somewhere in the batch: one by one
            inserted = self._insert_one_by_one(changes)
        skipped = [c for c in changes if c.key not in inserted and c.change_id not in self.outcomes]
        # the rows already on the central store by their key (the push lock holds them); the others
        # hold another row's unique value (a seller's BIN)
        there = self._present([codec.key_values(self.spec.key_columns, c.key) for c in skipped]) if skipped else set()
        existing: list[Change] = []
        for change in changes:
            if change.change_id in self.outcomes:
                continue
            if change.key in inserted:
                self._log(change)
                self.outcomes[change.change_id] = _outcome("applied", set=["*"])
                continue
            if change.key in there:
                existing.append(change)  # the same key on both sides (a day, a rule, a setting): merge
            else:
                self._alias_or_refuse(change, self._python(change.values or {}))
        return existing

    def _insert_all(self, changes: list[Change]) -> set[str]:
        """One INSERT of the rows in their wire text, which the server parses by the column's type
        (an executemany costs a round of the protocol per row, and converting every value to Python
        and back costs more than the server's work). Returns the keys of the rows inserted."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for change in changes:
            values = change.values or {}
            groups[tuple(n for n in values if n in self.columns)].append(values)
        key_names = tuple(c.name for c in self.spec.key_columns)
        inserted: set[str] = set()
        for names, rows in groups.items():
            keys = _insert_columns(self.conn, self.table.name, rows, names, tuple(array_type(self.columns[n]) for n in names),
                                   ignore_existing=True, returning=key_names, value=_wire_text)
            inserted.update(codec.key_text(list(key)) for key in keys)
        return inserted

    def _insert_one_by_one(self, changes: list[Change]) -> set[str]:
        inserted: set[str] = set()
        waiting = [(change, self._python(change.values or {})) for change in changes]
        while waiting:  # again while it helps: a card may answer a card later in the batch
            left = []
            for change, row in waiting:
                try:
                    with self.conn.begin_nested():
                        if self.conn.execute(pg_insert(self.table).values(row).on_conflict_do_nothing()).rowcount:
                            inserted.add(change.key)
                    self.outcomes.pop(change.change_id, None)
                except DBAPIError as exc:
                    self.outcomes[change.change_id] = _refusal(exc)
                    if self.outcomes[change.change_id]["status"] == "retry":
                        left.append((change, row))
            if len(left) == len(waiting):
                break
            waiting = left
        return inserted

    def _present(self, keys: Sequence[tuple[Any, ...]]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 5000):
            clause = key_clause(self.table, keys[start : start + 5000], postgres=True)
            found.update(codec.key_text(list(r)) for r in self.conn.execute(select(*self.spec.key_columns).where(clause)))
        return found

    def _alias_or_refuse(self, change: Change, row: dict[str, Any]) -> None:
        natural = self.spec.natural_key
        if natural and row.get(natural) is not None:
            found = self.conn.execute(select(self.table).where(self.table.c[natural] == row[natural])).first()
            if found is not None:
                canonical = _key_of(self.spec, found)
                self.conn.execute(pg_insert(sync_alias).values(
                    table_name=self.spec.name, alias_key=change.key, canonical_key=canonical
                ).on_conflict_do_nothing())
                central = found._mapping
                quiet = key_names_of(self.spec) | set(self.spec.latest_wins)
                quiet.update(*self.spec.latest_wins.values())
                for name, value in row.items():
                    if name not in quiet and not self.spec.quiet_alias and central[name] != value:
                        self._conflict(change, name, central[name], value, key=canonical)  # the row that stays
                self.outcomes[change.change_id] = _outcome(
                    "alias", canonical=canonical, central=codec.row_to_wire(dict(central))
                )
                return
        self.outcomes[change.change_id] = _outcome(
            "refused", code="sync.duplicate", message=f"{self.spec.name}: another row already holds one of these unique values",
        )

    def _update(self, changes: list[Change]) -> None:
        writers = self._last_writers([c.key for c in changes if c.change_id in self.own_fields])
        keys = [codec.key_values(self.spec.key_columns, c.key) for c in changes]
        current = {
            _key_of(self.spec, row): row._mapping
            for row in self.conn.execute(select(self.table).where(key_clause(self.table, keys, postgres=True)).with_for_update())
        }
        for change, key in zip(changes, keys, strict=True):
            row = current.get(change.key)
            if row is None:
                self.outcomes[change.change_id] = _outcome(
                    "refused", code="sync.row_gone", message=f"{self.spec.name}: the row was removed on the central store"
                )
                continue
            new = self._python(change.values or {})
            base = self._python(change.base) if change.base is not None else None
            fields = list(base) if base is not None else [n for n in new if n not in key_names_of(self.spec)]
            to_set: dict[str, Any] = {}
            lost: dict[str, Any] = {}
            take: dict[str, Any] = {}  # the central store's later values, which the station takes
            latest = self.spec.latest_wins
            following = {f for leader in fields if leader in latest for f in latest[leader]}
            for name in fields:
                if name not in new or name in following:
                    continue
                if name in latest:
                    together = (name, *latest[name])
                    if row[name] is None or (new[name] is not None and new[name] > row[name]):
                        to_set.update({f: new[f] for f in together if f in new and row[f] != new[f]})
                    elif row[name] != new[name]:
                        take.update({f: codec.to_wire(row[f]) for f in together})
                    continue
                if row[name] == new[name]:
                    continue
                if name in self.spec.silent and not (base is not None and row[name] == base[name]):
                    take[name] = codec.to_wire(row[name])  # never shown as a conflict
                    continue
                if (base is not None and row[name] == base[name]) or self._own(change, name, writers):
                    to_set[name] = new[name]
                else:
                    self._conflict(change, name, row[name], new[name])
                    lost[name] = codec.to_wire(row[name])
            if to_set:
                try:
                    with self.conn.begin_nested():
                        self.conn.execute(update(self.table).where(key_clause(self.table, [key])).values(**to_set))
                except DBAPIError as exc:
                    self.outcomes[change.change_id] = _refusal(exc)
                    continue
                self._log(change)
            written = {"set": sorted(to_set)} if to_set else {}
            if lost:
                self.outcomes[change.change_id] = _outcome("conflict", central={**take, **lost}, **written)
            else:
                self.outcomes[change.change_id] = _outcome("applied" if to_set else "unchanged", **written,
                                                           **({"take": take} if take else {}))

    def _conflict(self, change: Change, field: str, central: Any, station: Any, *, key: str | None = None) -> None:
        card_id = None
        if self.spec.name == "card":
            card_id = json.loads(change.key)[0]
        elif "card_id" in self.columns:
            card_id = (change.values or {}).get("card_id")
        self.conflicts.append({
            "id": new_id(), "table_name": self.spec.name, "row_key": key or change.key,
            "card_id": codec.from_wire(self._card_column(), card_id) if card_id else None,
            "field": field, "central_value": json.dumps(codec.to_wire(central), ensure_ascii=False),
            "station_value": json.dumps(codec.to_wire(station), ensure_ascii=False), "station_code": self.station,
            "detected_at": utc_now(),
        })


def key_names_of(spec: SyncedTable) -> set[str]:
    return {c.name for c in spec.key_columns}


def finish_push(conn: Connection) -> int:
    """After a station's push: the search documents of the cards that arrived without any (every
    new card, with its applicants and pages at once; also those of a push cut short before)."""
    conn.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK)))
    return derived.index_new_cards(conn)


def apply_changes(conn: Connection, station: str, table: str, changes: list[Change]) -> dict[str, dict[str, Any]]:
    """Applies one table's changes from ``station``; the answers by change id."""
    return BatchApplier(conn, station, table).apply(changes)
