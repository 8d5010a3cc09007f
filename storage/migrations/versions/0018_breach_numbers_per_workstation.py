"""breach numbers per workstation

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-25 00:40:00

Issue 7: two desks recording a breach offline in the same year both numbered it B-2026-001, and
the second never reached the central store. A breach is numbered by its workstation now, as cards
and destruction acts are (B-2026-A-001); existing breaches keep their numbers (station code "").

On SQLite the table is copied and moved (its unique constraint cannot be altered in place), which
with foreign keys on empties ``breach_subject`` through its cascade: its rows are kept aside and
put back in the same transaction, and the capture triggers of the moved table are made again.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

from storage.sync import capture

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def _rebuild(change: Callable[[BatchOperations], None]) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    capturing = False
    if sqlite:  # moving rows is not a change of this desk's: nothing for the central store
        capturing = bind.exec_driver_sql("SELECT 1 FROM sync_capture").first() is not None
        bind.exec_driver_sql("DELETE FROM sync_capture")
        bind.exec_driver_sql("CREATE TEMP TABLE breach_subject_kept AS SELECT * FROM breach_subject")
    with op.batch_alter_table("breach") as batch:
        change(batch)
    if sqlite:
        bind.exec_driver_sql("DELETE FROM breach_subject")  # what the cascade left, if anything
        bind.exec_driver_sql("INSERT INTO breach_subject SELECT * FROM breach_subject_kept")
        bind.exec_driver_sql("DROP TABLE breach_subject_kept")
        capture.install(bind, ("breach",))  # the moved table's triggers went with it
        if capturing:
            bind.exec_driver_sql("INSERT INTO sync_capture (id) VALUES (1)")


def upgrade() -> None:
    def change(batch: BatchOperations) -> None:
        batch.add_column(sa.Column("station_code", sa.String(length=16), server_default="", nullable=False))
        batch.alter_column("number", existing_type=sa.String(length=20), type_=sa.String(length=40))
        batch.drop_constraint("uq_breach_year_serial", type_="unique")
        batch.create_unique_constraint("uq_breach_year_station_serial", ["year", "station_code", "serial"])

    _rebuild(change)


def downgrade() -> None:
    def change(batch: BatchOperations) -> None:
        batch.drop_constraint("uq_breach_year_station_serial", type_="unique")
        batch.create_unique_constraint("uq_breach_year_serial", ["year", "serial"])
        batch.alter_column("number", existing_type=sa.String(length=40), type_=sa.String(length=20))
        batch.drop_column("station_code")

    _rebuild(change)
