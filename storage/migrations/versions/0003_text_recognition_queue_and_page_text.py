"""text recognition queue and page text

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 23:16:07.180198
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_job",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("languages", sa.String(length=100), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_ocr_job")),
    )
    with op.batch_alter_table("ocr_job", schema=None) as batch_op:
        batch_op.create_index("ix_ocr_job_status", ["status", "enqueued_at"], unique=False)

    op.create_table(
        "page_text",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("page_index", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("recognised_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "page_index", name=op.f("pk_page_text")),
    )


def downgrade() -> None:
    op.drop_table("page_text")
    with op.batch_alter_table("ocr_job", schema=None) as batch_op:
        batch_op.drop_index("ix_ocr_job_status")

    op.drop_table("ocr_job")
