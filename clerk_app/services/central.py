"""The central store: creating or upgrading it and giving stations their credentials
(``clerk-app central init|add-station``, docs/sync.md).

Each station connects as a PostgreSQL role of its own, member of the central store's group of
stations. The group may read everything and change the registry's tables, but history only
grows: events, card history, audit chains and the change log take inserts only, and a station
may only log and audit under its own code (row-level security). Card history is removed only
for a card a destruction act names (R44).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, text

from clerk_app.domain.numbering import check_station_code
from clerk_app.errors import ClerkError
from clerk_app.timeutil import utc_now
from storage.store import Store, open_store
from storage.sync.central_schema import sync_station
from storage.sync.tables import APPEND_ONLY, SYNCED_TABLES

CENTRAL_STATION_CODE = "CENTRAL"  # the central store's own rows (never a desk's code)
_ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_DERIVED = ("card_control", "card_executor", "search_document")
_INSERT_ONLY = tuple(sorted(APPEND_ONLY)) + ("sync_change", "sync_received", "sync_alias")
_CHANGEABLE = tuple(t for t in SYNCED_TABLES if t not in APPEND_ONLY) + _DERIVED + ("sync_blob", "sync_blob_chunk")
_OWN_CODE = "(SELECT code FROM sync_station WHERE role_name = current_user)"


@dataclass(frozen=True)
class StationCredentials:
    name: str  # the PostgreSQL role
    code: str
    password: str  # shown once; the station keeps it in its keyring


def group_role(conn: Connection) -> str:
    """The role all stations of this central store belong to (one per database and schema)."""
    where = conn.execute(text("SELECT current_database() || '.' || current_schema()")).scalar_one()
    return "clerk_stations_" + hashlib.sha256(str(where).encode()).hexdigest()[:10]


def _quoted(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def init_central(url: str, *, pg_schema: str | None = None) -> Store:
    """Creates or upgrades the central schema (Alembic), the stations' group role and its rights."""
    store = open_store(url, pg_schema=pg_schema)
    if store.is_sqlite:
        store.close()
        raise ClerkError("the central store must be PostgreSQL", code="sync.not_central")
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO store_setting (key, value) VALUES ('station_code', :c) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"c": f'"{CENTRAL_STATION_CODE}"'})
        _grant(conn)
    return store


def _grant(conn: Connection) -> None:
    group = group_role(conn)
    q = _quoted(conn, group)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
    if not exists:
        conn.execute(text(f"CREATE ROLE {q} NOLOGIN"))
    schema = _quoted(conn, str(conn.execute(text("SELECT current_schema()")).scalar_one()))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {q}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {q}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {q}"))
    conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {q}"))
    for table in _CHANGEABLE:
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {q}"))
    for table in _INSERT_ONLY:
        conn.execute(text(f"GRANT INSERT ON {table} TO {q}"))
    # R44: a destruction act may remove a card's history and redact its events, nothing else may
    conn.execute(text(f"GRANT DELETE ON card_change TO {q}"))
    conn.execute(text(f"GRANT UPDATE ON control_event TO {q}"))
    named = "EXISTS (SELECT 1 FROM destruction_item d WHERE d.card_id = {t}.card_id)"
    policies: dict[str, list[tuple[str, str | None, str | None]]] = {
        "sync_change": [("INSERT", None, f"station_code IN ({_OWN_CODE}, '*')")],
        "sync_received": [("INSERT", None, f"station_code = {_OWN_CODE}")],
        "station_audit_entry": [("INSERT", None, f"chain_station = {_OWN_CODE}")],
        "station_audit_subject": [("INSERT", None, f"chain_station = {_OWN_CODE}")],
        "card_change": [("INSERT", None, "true"), ("DELETE", named.format(t="card_change"), None)],
        "control_event": [("INSERT", None, "true"), ("UPDATE", named.format(t="control_event"), "true")],
    }
    for table, rules in policies.items():
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for action, using, check in rules + [("SELECT", "true", None)]:
            name = f"clerk_{action.lower()}_{table}"
            conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
            clause = f"CREATE POLICY {name} ON {table} FOR {action} TO {q}"
            if using:
                clause += f" USING ({using})"
            if check:
                clause += f" WITH CHECK ({check})"
            conn.execute(text(clause))


def _next_code(taken: set[str]) -> str:
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in taken:
            return letter
    n = 1
    while f"S{n}" in taken:
        n += 1
    return f"S{n}"


def add_station(store: Store, name: str, *, code: str | None = None, title: str | None = None) -> StationCredentials:
    """A new station: its role (with a random password, shown once) and its code, which no other
    station of this central store has."""
    if not _ROLE_NAME.match(name):
        raise ClerkError("a station name is 2 to 40 small Latin letters, digits or _, starting with a letter",
                         code="sync.bad_station_name")
    with store.engine.begin() as conn:
        taken = set(conn.scalars(select(sync_station.c.code)))
        if conn.execute(select(sync_station.c.code).where(sync_station.c.role_name == name)).first():
            raise ClerkError(f"there is a station {name} already", code="sync.station_exists")
        chosen = check_station_code(code.strip().upper()) if code else _next_code(taken)
        if chosen in taken or chosen == CENTRAL_STATION_CODE:
            raise ClerkError(f"the station code {chosen} is taken by another station", code="sync.station_code_taken",
                             params={"code": chosen})
        password = secrets.token_urlsafe(24)
        role = _quoted(conn, name)
        schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first():
            conn.execute(text(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'"))
        else:
            conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f"GRANT {_quoted(conn, group_role(conn))} TO {role}"))
        conn.execute(text(f"ALTER ROLE {role} SET search_path TO {_quoted(conn, schema)}"))
        conn.execute(insert(sync_station).values(code=chosen, role_name=name, name=title or name, created_at=utc_now()))
    return StationCredentials(name=name, code=chosen, password=password)
