"""Capturing a station's changes: SQLite triggers fill the outbox ``sync_pending``.

Triggers, not service code, so that no way of writing (a service, the bulk loader, destruction,
a restore's re-apply) can forget to tell the central store. They act only while ``sync_capture``
holds its row (synced mode), and the pull removes that row inside its own transaction so that
what came from the central store is not sent back.

One pending row per changed row, however often it changes: an update keeps, per column, the
first old value (what the central store last had), so the push can tell which fields this
station changed and the central store can detect a field two stations changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from storage.sync.tables import CAPTURED_TABLES, LOCAL_SETTING_KEYS, LOCAL_SETTING_PREFIX

__all__ = ["CAPTURED_TABLES", "capturing", "drop_statements", "enqueue_everything", "install", "paused", "start_capture", "stop_capture"]

_ACTIVE = "EXISTS (SELECT 1 FROM sync_capture)"
_NEW_CHANGE_ID = "lower(hex(randomblob(16)))"


def _columns(conn: Connection, table: str) -> tuple[list[str], list[str]]:
    info = conn.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    return columns, keys


def _q(name: str) -> str:
    return f'"{name}"'


def _row_filter(table: str, alias: str) -> str:
    if table != "store_setting":
        return ""
    local = ", ".join(f"'{k}'" for k in LOCAL_SETTING_KEYS)
    return f" AND {alias}.key NOT IN ({local}) AND {alias}.key NOT LIKE '{LOCAL_SETTING_PREFIX}%'"


def trigger_statements(conn: Connection, table: str) -> list[str]:
    """The three capture triggers of ``table`` for its columns as they are now (a migration that
    adds columns to a synced table calls ``install`` again)."""
    columns, keys = _columns(conn, table)

    def key(alias: str) -> str:
        return "json_array(" + ", ".join(f"{alias}.{_q(k)}" for k in keys) + ")"

    changed_olds = "json_patch('{}', json_object(" + ", ".join(
        f"'{c}', CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} THEN json_array(OLD.{_q(c)}) END" for c in columns
    ) + "))"
    all_olds = "json_object(" + ", ".join(f"'{c}', json_array(OLD.{_q(c)})" for c in columns) + ")"
    keep_first_base = (
        "ON CONFLICT(table_name, row_key) DO UPDATE SET revision = sync_pending.revision + 1, "
        "base = CASE WHEN sync_pending.base IS NULL THEN NULL ELSE json_patch(excluded.base, sync_pending.base) END"
    )
    insert = "INSERT INTO sync_pending (table_name, row_key, base, revision, change_id) VALUES"
    statements = [
        f"CREATE TRIGGER sync_insert_{table} AFTER INSERT ON {table} WHEN {_ACTIVE}{_row_filter(table, 'NEW')} BEGIN "
        f"{insert} ('{table}', {key('NEW')}, NULL, 1, {_NEW_CHANGE_ID}) "
        "ON CONFLICT(table_name, row_key) DO UPDATE SET revision = sync_pending.revision + 1; END",
        f"CREATE TRIGGER sync_delete_{table} AFTER DELETE ON {table} WHEN {_ACTIVE}{_row_filter(table, 'OLD')} BEGIN "
        f"{insert} ('{table}', {key('OLD')}, {all_olds}, 1, {_NEW_CHANGE_ID}) {keep_first_base}; END",
    ]
    if set(columns) != set(keys):
        statements.append(
            f"CREATE TRIGGER sync_update_{table} AFTER UPDATE ON {table} WHEN {_ACTIVE}{_row_filter(table, 'NEW')} BEGIN "
            f"{insert} ('{table}', {key('NEW')}, {changed_olds}, 1, {_NEW_CHANGE_ID}) {keep_first_base}; END"
        )
    if table == "electronic_copy":  # its file must reach the central store too
        statements.append(
            f"CREATE TRIGGER sync_upload_{table} AFTER INSERT ON {table} WHEN {_ACTIVE} BEGIN "
            "INSERT OR IGNORE INTO sync_upload (sha256) VALUES (NEW.sha256); END"
        )
    return statements


def drop_statements(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS sync_{what}_{table}" for what in ("insert", "delete", "update", "upload")]


def install(conn: Connection, tables: tuple[str, ...] = CAPTURED_TABLES) -> None:
    """(Re)creates the capture triggers on a station's SQLite store."""
    if conn.dialect.name != "sqlite":
        return
    for table in tables:
        for statement in drop_statements(table) + trigger_statements(conn, table):
            conn.exec_driver_sql(statement)


def capturing(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM sync_capture")).first() is not None


def start_capture(session: Session) -> None:
    session.execute(text("INSERT INTO sync_capture (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sync_capture)"))


def stop_capture(session: Session) -> None:
    session.execute(text("DELETE FROM sync_capture"))


@contextmanager
def paused(session: Session) -> Iterator[None]:
    """Writes in the block are the central store's, not this station's: not captured. Inside one
    write transaction, so no other writer ever sees capture off."""
    was_on = capturing(session)
    if was_on:
        stop_capture(session)
    try:
        yield
    finally:
        if was_on:
            start_capture(session)


def enqueue_everything(session: Session) -> int:
    """Queues every row of the store as new (joining a central store for the first time)."""
    conn = session.connection()
    queued = 0
    for table in CAPTURED_TABLES:
        _, keys = _columns(conn, table)
        where = " WHERE true" + _row_filter(table, "t")  # WHERE: SQLite's upsert after a SELECT needs one
        key = "json_array(" + ", ".join(f"t.{_q(k)}" for k in keys) + ")"
        result = conn.exec_driver_sql(
            f"INSERT INTO sync_pending (table_name, row_key, base, revision, change_id) "
            f"SELECT '{table}', {key}, NULL, 1, {_NEW_CHANGE_ID} FROM {table} t{where} "
            "ON CONFLICT(table_name, row_key) DO NOTHING"
        )
        queued += result.rowcount or 0
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_upload (sha256) SELECT DISTINCT sha256 FROM electronic_copy")
    return queued
