"""deadline rules

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 00:19:25.271483
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deadline_rule",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("applies_to_kinds", sa.String(length=400), nullable=False),
        sa.Column("legal_source", sa.String(length=300), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_deadline_rule")),
    )


def downgrade() -> None:
    op.drop_table("deadline_rule")
