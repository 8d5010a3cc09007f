"""electronic copies

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 23:05:06.780144
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "electronic_copy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_electronic_copy_card_id_card"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_electronic_copy")),
    )
    with op.batch_alter_table("electronic_copy", schema=None) as batch_op:
        batch_op.create_index("ix_electronic_copy_card_id", ["card_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_electronic_copy_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("electronic_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_electronic_copy_sha256"))
        batch_op.drop_index("ix_electronic_copy_card_id")

    op.drop_table("electronic_copy")
