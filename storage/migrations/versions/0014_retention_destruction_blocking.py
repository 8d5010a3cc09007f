"""retention destruction blocking

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24 09:00:00

The destruction acts and their records, the queue of removals for the central store, and blocked
subjects (issue 6, R42-R46). Retention periods are store settings with defaults in the code.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destruction_act",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("trigger", sa.String(length=32), nullable=False),
        sa.Column("basis", sa.Text(), nullable=True),
        sa.Column("commission", sa.Text(), nullable=False),
        sa.Column("subject_key", sa.String(length=64), nullable=True),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("cleanup", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_act")),
        sa.UniqueConstraint("number", name=op.f("uq_destruction_act_number")),
    )
    op.create_table(
        "destruction_item",
        sa.Column("act_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("destroyed", sa.Text(), nullable=False),
        sa.Column("review", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["act_id"], ["destruction_act.id"], name=op.f("fk_destruction_item_act_id_destruction_act"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["card_id"], ["card.id"], name=op.f("fk_destruction_item_card_id_card")),
        sa.PrimaryKeyConstraint("act_id", "position", name=op.f("pk_destruction_item")),
    )
    op.create_index("ix_destruction_item_card_id", "destruction_item", ["card_id", "scope"], unique=False)
    op.create_table(
        "central_removal",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("act_id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("subject_key", sa.String(length=64), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("queued_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("pushed_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["act_id"], ["destruction_act.id"], name=op.f("fk_central_removal_act_id_destruction_act")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_removal")),
    )
    op.create_index(
        "ix_central_removal_pending", "central_removal", ["queued_at"], unique=False,
        sqlite_where=sa.text("pushed_at IS NULL"), postgresql_where=sa.text("pushed_at IS NULL"),
    )
    op.create_table(
        "subject_block",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_key", sa.String(length=64), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("blocked_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("blocked_by", sa.String(length=100), nullable=False),
        sa.Column("unblock_requested_on", sa.Date(), nullable=True),
        sa.Column("unblock_due_on", sa.Date(), nullable=True),
        sa.Column("unblocked_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("unblocked_by", sa.String(length=100), nullable=True),
        sa.Column("unblock_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_block")),
    )
    op.create_index(
        "ix_subject_block_open", "subject_block", ["subject_key"], unique=True,
        sqlite_where=sa.text("unblocked_at IS NULL"), postgresql_where=sa.text("unblocked_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_subject_block_open", table_name="subject_block")
    op.drop_table("subject_block")
    op.drop_index("ix_central_removal_pending", table_name="central_removal")
    op.drop_table("central_removal")
    op.drop_index("ix_destruction_item_card_id", table_name="destruction_item")
    op.drop_table("destruction_item")
    op.drop_table("destruction_act")
