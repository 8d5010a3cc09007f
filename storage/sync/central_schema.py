"""The central store's own tables: stations, the change log, what was received, the files.

They exist on PostgreSQL only (migration 0016 creates them there). ``sync_change.seq`` is the one
order of all changes: pushes take a transaction-level advisory lock before they log anything, so
sequence numbers become visible in the order they were given and a puller's cursor never skips
a change that commits late.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from storage.types import UtcDateTime

central_metadata = MetaData()
PUSH_LOCK = 0x636C65726B  # "clerk": the advisory lock pushes serialise on

sync_station = Table(
    "sync_station", central_metadata,
    Column("code", String(16), primary_key=True),
    Column("role_name", String(63), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("subject_salt", String(64)),
)
sync_change = Table(
    "sync_change", central_metadata,
    Column("seq", BigInteger, Identity(always=False), primary_key=True),
    Column("station_code", String(16), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_key", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
)
sync_received = Table(
    "sync_received", central_metadata,
    Column("change_id", String(48), primary_key=True),
    Column("station_code", String(16), nullable=False),
    Column("outcome", Text, nullable=False),  # JSON, returned again if the station sends the change again
)
sync_alias = Table(
    "sync_alias", central_metadata,
    Column("table_name", String(64), primary_key=True),
    Column("alias_key", Text, primary_key=True),
    Column("canonical_key", Text, nullable=False),
)
sync_blob = Table(
    "sync_blob", central_metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size_bytes", BigInteger, nullable=False),
    Column("chunk_size", Integer, nullable=False),
    Column("chunk_count", Integer, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("station_code", String(16), nullable=False),
)
sync_blob_chunk = Table(
    "sync_blob_chunk", central_metadata,
    Column("sha256", String(64), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("station_code", String(16), nullable=False),
)
Index("ix_sync_change_row", sync_change.c.table_name, sync_change.c.row_key)
