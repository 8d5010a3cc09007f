"""applicant name keys in alphabet order

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 06:30:00

The applicants' name keys are spelt so that their binary order is the Kazakh alphabet's
(clerk_app.domain.card_query.sortable): a journal listed by correspondent, A to Z, reads them in
order from the name index, where code points put Ә Ғ Қ Ң Ө Ұ Ү Һ І after Я. On PostgreSQL the
column gets the "C" collation, so that ORDER BY, keyset comparisons and LIKE prefixes all use the
one plain index whatever the database's locale (text_pattern_ops served LIKE only).

Keys are rewritten from the stored name parts, in batches by primary key.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from clerk_app.domain.card_query import applicant_name_key, readable

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_NAME_INDEX = "ix_card_applicant_name_key"
_NAMED = sa.text("name_key IS NOT NULL")
_BATCH = 20_000

_applicant = sa.table(
    "card_applicant",
    sa.column("card_id", sa.Uuid()),
    sa.column("position", sa.Integer()),
    sa.column("surname", sa.String()),
    sa.column("given_name", sa.String()),
    sa.column("patronymic", sa.String()),
    sa.column("legal_name", sa.String()),
    sa.column("name_key", sa.String()),
)


def _rewrite_keys(new_key: Callable[[sa.Row[object]], str | None]) -> None:
    bind = op.get_bind()
    update = (
        sa.update(_applicant)
        .where(_applicant.c.card_id == sa.bindparam("b_card_id"), _applicant.c.position == sa.bindparam("b_position"))
        .values(name_key=sa.bindparam("b_name_key"))
    )
    after: tuple[object, int] | None = None
    while True:
        query = sa.select(_applicant).order_by(_applicant.c.card_id, _applicant.c.position).limit(_BATCH)
        if after is not None:
            query = query.where(sa.tuple_(_applicant.c.card_id, _applicant.c.position) > sa.tuple_(*after))
        rows = bind.execute(query).all()
        if not rows:
            return
        changed = [
            {"b_card_id": r.card_id, "b_position": r.position, "b_name_key": key}
            for r in rows
            if (key := new_key(r)) != r.name_key
        ]
        if changed:
            bind.execute(update, changed)
        after = (rows[-1].card_id, rows[-1].position)


def _set_collation(collation: str | None) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "card_applicant", "name_key", existing_type=sa.String(300),
            type_=sa.String(300, collation=collation), existing_nullable=True,
        )


def upgrade() -> None:
    op.drop_index(_NAME_INDEX, table_name="card_applicant")
    _set_collation("C")
    _rewrite_keys(lambda r: applicant_name_key(r.surname, r.given_name, r.patronymic, r.legal_name))
    op.create_index(
        _NAME_INDEX, "card_applicant", ["name_key", "registered_at", "card_id"],
        sqlite_where=_NAMED, postgresql_where=_NAMED,
    )


def downgrade() -> None:
    op.drop_index(_NAME_INDEX, table_name="card_applicant")
    _rewrite_keys(lambda r: readable(r.name_key) if r.name_key is not None else None)
    _set_collation(None)
    op.create_index(
        _NAME_INDEX, "card_applicant", ["name_key", "registered_at", "card_id"],
        postgresql_ops={"name_key": "text_pattern_ops"}, sqlite_where=_NAMED, postgresql_where=_NAMED,
    )

