"""Alembic environment: the connection comes from ``storage.migrations.runner`` (or, for developers
running ``alembic`` by hand, from ``CLERK_DB_URL``)."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from storage.migrations.runner import autogenerate_filter
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    dialect = connection.dialect.name  # type: ignore[attr-defined]
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        include_object=autogenerate_filter(dialect),
        render_as_batch=dialect == "sqlite",  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(os.environ.get("CLERK_DB_URL", "sqlite:///dev-registry.sqlite3"))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported: run migrations against a database")
run_migrations_online()
