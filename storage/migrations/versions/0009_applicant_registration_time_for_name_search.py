"""applicant registration time for name search

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 03:20:00

Each applicant row gets its card's registration time (which never changes), and the name index
becomes (name_key, registered_at, card_id): a name prefix lists its cards newest first from the
index alone (storage/repositories/card_search.py), where it read every matching card before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_NAME_INDEX = "ix_card_applicant_name_key"
_NAMED = sa.text("name_key IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("card_applicant", schema=None) as batch_op:
        batch_op.drop_index(_NAME_INDEX)
        batch_op.add_column(sa.Column("registered_at", storage.types.UtcDateTime(), nullable=True))
    op.execute(
        "UPDATE card_applicant SET registered_at = "
        "(SELECT card.registered_at FROM card WHERE card.id = card_applicant.card_id)"
    )
    # SQLite cannot add a NOT NULL column without a default: the table is rebuilt here, once.
    with op.batch_alter_table("card_applicant", schema=None) as batch_op:
        batch_op.alter_column("registered_at", existing_type=storage.types.UtcDateTime(), nullable=False)
        batch_op.create_index(
            _NAME_INDEX, ["name_key", "registered_at", "card_id"], unique=False,
            postgresql_ops={"name_key": "text_pattern_ops"}, sqlite_where=_NAMED, postgresql_where=_NAMED,
        )


def downgrade() -> None:
    with op.batch_alter_table("card_applicant", schema=None) as batch_op:
        batch_op.drop_index(_NAME_INDEX)
        batch_op.drop_column("registered_at")
        batch_op.create_index(
            _NAME_INDEX, ["name_key"], unique=False, postgresql_ops={"name_key": "text_pattern_ops"},
            sqlite_where=_NAMED, postgresql_where=_NAMED,
        )
