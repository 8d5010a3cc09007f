"""Compacting the store after a destruction committed (R44: nothing restorable is left): the deleted
values also live in old FTS5 segments and the WAL on SQLite, and in dead tuples on PostgreSQL.
Each step runs outside the destroying transaction; docs/personal-data.md says what each covers."""

from __future__ import annotations

import time
from collections.abc import Sequence

from sqlalchemy import Engine

from storage.migrations.outside_models import FTS_TABLE

CHECKPOINT_TRIES = 50
CHECKPOINT_WAIT_S = 0.1

# The PostgreSQL tables a destruction deletes from or rewrites: dead tuples keep the old values in the
# heap (and the TOAST table) until VACUUM makes their space reusable and VACUUM FULL rewrites the file.
PG_TABLES = ("card", "card_applicant", "card_change", "control_event", "card_control", "electronic_copy",
             "inbox_item", "page_text", "ocr_job", "search_document", "pd_ground", "breach")


def merge_search_index(engine: Engine) -> None:
    """SQLite: FTS5 keeps a deleted document's tokens in its old segments, only marked deleted, until
    a merge rewrites them; ``optimize`` merges every segment into one (the only merge that reaches the
    old, large segments where a years-old card's tokens are). Runs in a write transaction of its own."""
    raw = engine.raw_connection()  # autocommit (the store switches pysqlite's own handling off)
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
    finally:
        raw.close()


def checkpoint(engine: Engine, tries: int = CHECKPOINT_TRIES) -> bool:
    """SQLite: copies the WAL into the database file and truncates it to zero bytes (the WAL holds the
    old page images). Readers holding an older snapshot block it: tried again, then reported."""
    for attempt in range(tries):
        raw = engine.raw_connection()
        try:
            busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except Exception:  # "database is locked": sqlite3's or sqlcipher3's error class
            busy = 1
        finally:
            raw.close()
        if not busy:
            return True
        if attempt + 1 < tries:
            time.sleep(CHECKPOINT_WAIT_S)
    return False


def vacuum(engine: Engine, tables: Sequence[str] = PG_TABLES) -> list[str]:
    """PostgreSQL: VACUUM (outside a transaction) so that the deleted and rewritten rows' space is
    freed and later overwritten. Not VACUUM FULL: it locks the tables for the office meanwhile
    (docs/personal-data.md says when an administrator runs it)."""
    done = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for name in tables:
            conn.exec_driver_sql(f"VACUUM {name}")
            done.append(name)
    return done
