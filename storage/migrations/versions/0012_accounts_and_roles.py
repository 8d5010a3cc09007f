"""accounts and roles

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 07:00:00

Accounts with their argon2id password hashes and roles, the stored lock-out counters and the
confidentiality acknowledgement (issue 6).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("staff_member_id", sa.Uuid(), nullable=True),
        sa.Column("is_blocked", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("password_changed_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_login_station", sa.String(length=100), nullable=True),
        sa.Column("acknowledged_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_version", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_account_staff_member_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("login", name=op.f("uq_account_login")),
    )
    op.create_table(
        "account_role",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_role_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("account_id", "role", name=op.f("pk_account_role")),
    )
    op.create_table(
        "login_failure",
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("locked_until", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_login_failure")),
    )


def downgrade() -> None:
    op.drop_table("login_failure")
    op.drop_table("account_role")
    op.drop_table("account")
