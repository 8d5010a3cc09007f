"""personal data grounds

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24 09:00:00

Legal grounds for processing each natural person's data: consent with its eight elements or an art. 9 exception, how it was given, its withdrawal (issue 6, R31-R34).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pd_ground",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject_name", sa.String(length=300), nullable=False),
        sa.Column("subject_iin", sa.String(length=12), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("operator_name", sa.String(length=300), nullable=True),
        sa.Column("operator_bin", sa.String(length=12), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("term_text", sa.Text(), nullable=True),
        sa.Column("third_party_transfer", sa.Boolean(), nullable=False),
        sa.Column("cross_border", sa.Boolean(), nullable=False),
        sa.Column("public_dissemination", sa.Boolean(), nullable=False),
        sa.Column("data_list", sa.Text(), nullable=True),
        sa.Column("other", sa.Text(), nullable=True),
        sa.Column("method", sa.String(length=24), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("method_note", sa.Text(), nullable=True),
        sa.Column("form_copy_id", sa.Uuid(), nullable=True),
        sa.Column("source_ground_id", sa.Uuid(), nullable=True),
        sa.Column("exception_case", sa.String(length=16), nullable=True),
        sa.Column("exception_note", sa.Text(), nullable=True),
        sa.Column("recorded_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_method", sa.String(length=24), nullable=True),
        sa.Column("withdrawal_reason", sa.Text(), nullable=True),
        sa.Column("withdrawal_refused", sa.Boolean(), nullable=False),
        sa.Column("withdrawal_refusal_note", sa.Text(), nullable=True),
        sa.Column("withdrawal_recorded_at", storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("withdrawal_recorded_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["card_id"], ["card.id"], name=op.f("fk_pd_ground_card_id_card"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["form_copy_id"], ["electronic_copy.id"], name=op.f("fk_pd_ground_form_copy_id_electronic_copy"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_ground_id"], ["pd_ground.id"], name=op.f("fk_pd_ground_source_ground_id_pd_ground"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pd_ground")),
    )
    op.create_index("ix_pd_ground_card_id", "pd_ground", ["card_id", "position"])
    op.create_index(
        "ix_pd_ground_subject_iin", "pd_ground", ["subject_iin"],
        sqlite_where=sa.text("subject_iin IS NOT NULL"), postgresql_where=sa.text("subject_iin IS NOT NULL"),
    )
    op.create_index(
        "ix_pd_ground_source_ground_id", "pd_ground", ["source_ground_id"],
        sqlite_where=sa.text("source_ground_id IS NOT NULL"), postgresql_where=sa.text("source_ground_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_pd_ground_source_ground_id", table_name="pd_ground")
    op.drop_index("ix_pd_ground_subject_iin", table_name="pd_ground")
    op.drop_index("ix_pd_ground_card_id", table_name="pd_ground")
    op.drop_table("pd_ground")
