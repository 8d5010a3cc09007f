"""inbox of unfiled copies

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 23:19:06.548097
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("filed_copy_id", sa.Uuid(), nullable=True),
        sa.Column("filed_by", sa.String(length=100), nullable=True),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["filed_copy_id"],
            ["electronic_copy.id"],
            name=op.f("fk_inbox_item_filed_copy_id_electronic_copy"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_item")),
        sa.UniqueConstraint("sha256", name=op.f("uq_inbox_item_sha256")),
    )
    with op.batch_alter_table("inbox_item", schema=None) as batch_op:
        batch_op.create_index("ix_inbox_item_filed_copy_id", ["filed_copy_id", "received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inbox_item", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_item_filed_copy_id")

    op.drop_table("inbox_item")
