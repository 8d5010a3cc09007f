"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 22:57:24.517284
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("index_code", sa.String(length=20), nullable=False),
        sa.Column("number_template", sa.String(length=100), nullable=False),
        sa.Column("title_kk", sa.String(length=200), nullable=False),
        sa.Column("title_ru", sa.String(length=200), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal")),
        sa.UniqueConstraint("code", name=op.f("uq_journal_code")),
    )
    op.create_table(
        "respondent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("bin_or_iin", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_respondent")),
        sa.UniqueConstraint("bin_or_iin", name=op.f("uq_respondent_bin_or_iin")),
    )
    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_respondent_name_key"), ["name_key"], unique=False)

    op.create_table(
        "settlement_body",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("body_type", sa.String(length=40), nullable=False),
        sa.Column("bin", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_body")),
        sa.UniqueConstraint("bin", name=op.f("uq_settlement_body_bin")),
    )
    op.create_table(
        "staff_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_table(
        "store_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_setting")),
    )
    op.create_table(
        "card",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("journal_id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.BigInteger(), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.String(length=100), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("appeal_type", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=48), nullable=True),
        sa.Column("is_collective", sa.Boolean(), nullable=False),
        sa.Column("respondent_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("claimed_amount_tiyn", sa.BigInteger(), nullable=True),
        sa.Column("correspondent_number", sa.String(length=100), nullable=True),
        sa.Column("correspondent_date", sa.Date(), nullable=True),
        sa.Column("sheet_count", sa.Integer(), nullable=True),
        sa.Column("answers_card_id", sa.Uuid(), nullable=True),
        sa.Column("repeat_of_card_id", sa.Uuid(), nullable=True),
        sa.Column("is_court_matter", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["answers_card_id"], ["card.id"], name=op.f("fk_card_answers_card_id_card")),
        sa.ForeignKeyConstraint(["journal_id"], ["journal.id"], name=op.f("fk_card_journal_id_journal")),
        sa.ForeignKeyConstraint(
            ["repeat_of_card_id"], ["card.id"], name=op.f("fk_card_repeat_of_card_id_card")
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"], ["respondent.id"], name=op.f("fk_card_respondent_id_respondent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
        sa.UniqueConstraint("number", name=op.f("uq_card_number")),
    )
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.create_index(
            "ix_card_answers_card_id",
            ["answers_card_id"],
            unique=False,
            sqlite_where=sa.text("answers_card_id IS NOT NULL"),
            postgresql_where=sa.text("answers_card_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_card_correspondent_number",
            ["correspondent_number", "correspondent_date"],
            unique=False,
            sqlite_where=sa.text("correspondent_number IS NOT NULL"),
            postgresql_where=sa.text("correspondent_number IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_card_journal_id_registered_at", ["journal_id", "registered_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_card_repeat_of_card_id",
            ["repeat_of_card_id"],
            unique=False,
            sqlite_where=sa.text("repeat_of_card_id IS NOT NULL"),
            postgresql_where=sa.text("repeat_of_card_id IS NOT NULL"),
        )
        batch_op.create_index("ix_card_respondent_id", ["respondent_id", "registered_at"], unique=False)

    op.create_table(
        "number_sequence",
        sa.Column("journal_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("last_serial", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journal_id"], ["journal.id"], name=op.f("fk_number_sequence_journal_id_journal")
        ),
        sa.PrimaryKeyConstraint("journal_id", "year", "station_code", name=op.f("pk_number_sequence")),
    )
    op.create_table(
        "card_applicant",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("party_type", sa.String(length=16), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=True),
        sa.Column("given_name", sa.String(length=200), nullable=True),
        sa.Column("patronymic", sa.String(length=200), nullable=True),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("legal_name", sa.String(length=300), nullable=True),
        sa.Column("bin", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_card_applicant_card_id_card"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("card_id", "position", name=op.f("pk_card_applicant")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("card_applicant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_card_applicant_bin",
            ["bin"],
            unique=False,
            sqlite_where=sa.text("bin IS NOT NULL"),
            postgresql_where=sa.text("bin IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_card_applicant_iin",
            ["iin"],
            unique=False,
            sqlite_where=sa.text("iin IS NOT NULL"),
            postgresql_where=sa.text("iin IS NOT NULL"),
        )

    op.create_table(
        "card_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_card_change_card_id_card"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_change")),
    )
    with op.batch_alter_table("card_change", schema=None) as batch_op:
        batch_op.create_index("ix_card_change_card_id", ["card_id", "changed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("card_change", schema=None) as batch_op:
        batch_op.drop_index("ix_card_change_card_id")

    op.drop_table("card_change")
    with op.batch_alter_table("card_applicant", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_card_applicant_iin",
            sqlite_where=sa.text("iin IS NOT NULL"),
            postgresql_where=sa.text("iin IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_card_applicant_bin",
            sqlite_where=sa.text("bin IS NOT NULL"),
            postgresql_where=sa.text("bin IS NOT NULL"),
        )

    op.drop_table("card_applicant")
    op.drop_table("number_sequence")
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_index("ix_card_respondent_id")
        batch_op.drop_index(
            "ix_card_repeat_of_card_id",
            sqlite_where=sa.text("repeat_of_card_id IS NOT NULL"),
            postgresql_where=sa.text("repeat_of_card_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_card_journal_id_registered_at")
        batch_op.drop_index(
            "ix_card_correspondent_number",
            sqlite_where=sa.text("correspondent_number IS NOT NULL"),
            postgresql_where=sa.text("correspondent_number IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_card_answers_card_id",
            sqlite_where=sa.text("answers_card_id IS NOT NULL"),
            postgresql_where=sa.text("answers_card_id IS NOT NULL"),
        )

    op.drop_table("card")
    op.drop_table("store_setting")
    op.drop_table("staff_member")
    op.drop_table("settlement_body")
    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_respondent_name_key"))

    op.drop_table("respondent")
    op.drop_table("journal")
