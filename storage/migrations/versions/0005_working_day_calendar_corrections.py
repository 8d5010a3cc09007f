"""working-day calendar corrections

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 00:17:58.167030
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_day")),
    )


def downgrade() -> None:
    op.drop_table("calendar_day")
