"""breach register

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-24 09:00:00

The register of personal-data security breaches with the one-working-day notice deadline (issue 6, R47).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("detected_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("categories", sa.String(length=200), nullable=False),
        sa.Column("subjects_count", sa.Integer(), nullable=True),
        sa.Column("measures", sa.Text(), nullable=True),
        sa.Column("notice_due_on", sa.Date(), nullable=False),
        sa.Column("responsible_name", sa.String(length=200), nullable=False),
        sa.Column("responsible_phone", sa.String(length=40), nullable=True),
        sa.Column("responsible_email", sa.String(length=200), nullable=True),
        sa.Column("notified_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("notified_to", sa.String(length=300), nullable=True),
        sa.Column("notice_channel", sa.String(length=16), nullable=True),
        sa.Column("notice_reference", sa.String(length=100), nullable=True),
        sa.Column("closed_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.Column("closing_note", sa.Text(), nullable=True),
        sa.Column("updated_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach")),
        sa.UniqueConstraint("number", name=op.f("uq_breach_number")),
        sa.UniqueConstraint("year", "serial", name="uq_breach_year_serial"),
    )
    op.create_index("ix_breach_state_notice_due_on", "breach", ["state", "notice_due_on"], unique=False)
    op.create_table(
        "breach_subject",
        sa.Column("breach_id", sa.Uuid(), nullable=False),
        sa.Column("subject_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], name=op.f("fk_breach_subject_breach_id_breach"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("breach_id", "subject_key", name=op.f("pk_breach_subject")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_breach_subject_subject_key", "breach_subject", ["subject_key"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_breach_subject_subject_key", table_name="breach_subject")
    op.drop_table("breach_subject")
    op.drop_index("ix_breach_state_notice_due_on", table_name="breach")
    op.drop_table("breach")
