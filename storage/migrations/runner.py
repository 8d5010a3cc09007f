"""Creating and upgrading the schema from the application (``clerk-app init`` and every open)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from clerk_app.errors import StoreError
from storage.migrations import outside_models

MIGRATIONS_DIR = Path(__file__).resolve().parent
# The newest revision; a test keeps it equal to Alembic's head so that opening an up-to-date store
# costs one query instead of loading every migration script.
HEAD_REVISION = "0018"
_PG_MIGRATION_LOCK = 7_324_001  # pg_advisory_xact_lock key: one upgrader at a time


def autogenerate_filter(dialect: str) -> Callable[[object, str | None, str, bool, object], bool]:
    """Autogenerate (and the model-versus-migrations test) ignores objects the models create only
    on another backend (``Index(...).ddl_if(dialect=...)``)."""

    def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        if not outside_models.include_object(obj, name, type_, reflected, compare_to):
            return False  # the search index's backend-specific objects (migration 0008)
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, dialect)

    return include_object


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    with engine.connect() as conn:
        if current_revision(conn) == HEAD_REVISION:
            return
    migrate(engine, "head")


def migrate(engine: Engine, target: str, *, downgrade: bool = False) -> None:
    """Runs migrations in one transaction that holds the write lock, re-checking inside it, so that
    two processes opening a new store at once do not both create it."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        current = current_revision(conn)
        if current is not None and not downgrade and current != HEAD_REVISION and current not in _known_revisions():
            raise StoreError(
                f"the store was made by a newer version of clerk-app (schema {current}); update the program",
                code="store.too_new",
            )
        if not downgrade and target == "head" and current == HEAD_REVISION:
            return
        config = alembic_config(conn)
        if downgrade:
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
