"""the respondent's field of activity; the recorded result's reason, amount recovered and time

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-24 18:00:00

Issue 8: the quarterly information (cl. 9, R14) counts appeals by the respondent's field of
activity, by result with the refusal reasons, and the amounts claimed and recovered, for the
results recorded in the quarter. ``card_control`` keeps what the latest RESOLVED event recorded so
that the report is one indexed aggregate over the quarter; existing stores are filled from their
events here.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.sync import capture

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None
_BATCH = 5000


def upgrade() -> None:
    op.add_column("respondent", sa.Column("activity", sa.String(length=32), nullable=True))
    op.add_column("card_control", sa.Column("refusal_reason", sa.String(length=48), nullable=True))
    op.add_column("card_control", sa.Column("recovered_amount_tiyn", sa.BigInteger(), nullable=True))
    op.add_column("card_control", sa.Column("resolved_at", storage.types.UtcDateTime(), nullable=True))
    op.create_index("ix_card_control_resolved_at", "card_control", ["resolved_at"])
    bind = op.get_bind()
    _fill_from_events(bind)
    capture.install(bind, ("respondent",))  # the capture triggers name every column of the row


def _fill_from_events(bind: sa.Connection) -> None:
    """The latest RESOLVED event of every card whose result stands (a reopening clears it), read as
    a stream in card order: a central store of a million cards is not held in memory."""
    rows = bind.execute(sa.text(
        "SELECT e.card_id, e.occurred_at, e.details FROM control_event e "
        "JOIN card_control c ON c.card_id = e.card_id "
        "WHERE e.event = 'resolved' AND c.result IS NOT NULL ORDER BY e.card_id, e.occurred_at, e.id"
    ).execution_options(stream_results=True, yield_per=_BATCH))
    update = sa.text(
        "UPDATE card_control SET resolved_at = :at, refusal_reason = :reason, recovered_amount_tiyn = :recovered "
        "WHERE card_id = :card_id"
    )
    values: list[dict[str, object]] = []
    latest: tuple[object, object, str] | None = None
    for card_id, occurred_at, details in rows:
        if latest is not None and latest[0] != card_id:
            values.append(_outcome(*latest))
        latest = (card_id, occurred_at, details)
        if len(values) >= _BATCH:
            _write(bind, update, values)
            values = []
    if latest is not None:
        values.append(_outcome(*latest))
    _write(bind, update, values)


def _outcome(card_id: object, occurred_at: object, details: str) -> dict[str, object]:
    d = json.loads(details)
    return {"card_id": card_id, "at": occurred_at, "reason": d.get("refusal_reason"),
            "recovered": d.get("recovered_amount_tiyn")}


def _write(bind: sa.Connection, update: sa.TextClause, values: list[dict[str, object]]) -> None:
    """On the same connection while the stream is open: it sets only columns the stream does not read."""
    if values:
        bind.execute(update, values)


def downgrade() -> None:
    op.drop_index("ix_card_control_resolved_at", table_name="card_control")
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch copy of the table would trip
    # the foreign keys that point at respondent
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # the capture triggers name the column; made again below
        for statement in capture.drop_statements("respondent"):
            op.execute(statement)
    for table, column in (("card_control", "resolved_at"), ("card_control", "recovered_amount_tiyn"),
                          ("card_control", "refusal_reason"), ("respondent", "activity")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    capture.install(bind, ("respondent",))
