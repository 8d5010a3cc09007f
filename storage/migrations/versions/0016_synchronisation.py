"""synchronisation with the central store

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-24 12:00:00

Issue 7 (docs/sync.md). On every store: the outbox, problems, files to move, conflicts and the
other stations' audit chains; on SQLite the capture triggers that fill the outbox. On PostgreSQL
also the central store's own tables: stations, the change log, received changes, aliases, files.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.sync import capture

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None
LOCAL_TABLES = (
    "station_audit_subject",
    "station_audit_entry",
    "sync_conflict",
    "sync_download",
    "sync_upload",
    "sync_problem",
    "sync_pending",
    "sync_capture",
)
CENTRAL_TABLES = (
    "sync_blob_chunk",
    "sync_blob",
    "sync_alias",
    "sync_received",
    "sync_change",
    "sync_station",
)


def upgrade() -> None:
    op.create_table(
        "sync_capture",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_capture")),
    )
    op.create_table(
        "sync_pending",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_pending")),
    )
    op.create_index("ix_sync_pending_row", "sync_pending", ["table_name", "row_key"], unique=True)
    op.create_table(
        "sync_problem",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("error_code", sa.String(length=64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("occurred_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("card_number", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_problem")),
    )
    op.create_table(
        "sync_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_upload")),
    )
    op.create_table(
        "sync_download",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_download")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("central_value", sa.Text(), nullable=True),
        sa.Column("station_value", sa.Text(), nullable=True),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("detected_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("kept", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_sync_conflict_card_id_card"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(
        "ix_sync_conflict_resolved_at", "sync_conflict", ["resolved_at", "detected_at"], unique=False
    )
    op.create_table(
        "station_audit_entry",
        sa.Column("chain_station", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("occurred_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain_station", "seq", name=op.f("pk_station_audit_entry")),
    )
    op.create_table(
        "station_audit_subject",
        sa.Column("chain_station", sa.String(length=16), nullable=False),
        sa.Column("subject_key", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("chain_station", "subject_key", "seq", name=op.f("pk_station_audit_subject")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        capture.install(bind)
        return

    op.create_table(
        "sync_station",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("subject_salt", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("code"),
        sa.UniqueConstraint("role_name"),
    )
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_sync_change_row", "sync_change", ["table_name", "row_key"], unique=False)
    op.create_table(
        "sync_received",
        sa.Column("change_id", sa.String(length=48), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("change_id"),
    )
    op.create_table(
        "sync_alias",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("alias_key", sa.Text(), nullable=False),
        sa.Column("canonical_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "alias_key"),
    )
    op.create_table(
        "sync_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("chunk_size", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "sync_blob_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "idx"),
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in capture.CAPTURED_TABLES:
            for statement in capture.drop_statements(table):
                op.execute(statement)
    else:
        for table in CENTRAL_TABLES:
            op.drop_table(table)
    for table in LOCAL_TABLES:
        op.drop_table(table)
