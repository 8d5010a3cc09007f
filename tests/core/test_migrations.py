"""Alembic migrations: up, down and up again on SQLite and PostgreSQL, matching the models."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from clerk_app.domain.card_query import CardQuery, readable
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from storage.migrations.outside_models import is_search_index_table
from storage.migrations.runner import (
    HEAD_REVISION,
    autogenerate_filter,
    current_revision,
    migrate,
    script_head,
)
from storage.models import NAMING_CONVENTION, Base
from tests.core.test_breaches import OFFICER as BREACH_OFFICER
from tests.core.test_breaches import _breach as breach_data
from tests.factories import incoming, valid_iin


def test_head_constant_matches_the_scripts() -> None:
    assert script_head() == HEAD_REVISION


def _tables(engine: sa.Engine) -> set[str]:
    names = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
    return {name for name in names if not is_search_index_table(name)}  # FTS5's own tables (0008)


def test_round_trip(registry: Registry) -> None:
    engine = registry.store.engine
    with engine.connect() as conn:
        assert current_revision(conn) == HEAD_REVISION
        options = {"compare_type": True, "include_object": autogenerate_filter(conn.dialect.name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=options), Base.metadata)
    assert diff == [], diff
    assert _tables(engine) == set(Base.metadata.tables)
    migrate(engine, "base", downgrade=True)
    assert _tables(engine) == set()
    migrate(engine, "head")
    assert _tables(engine) == set(Base.metadata.tables)
    with engine.connect() as conn:
        assert current_revision(conn) == HEAD_REVISION


def test_constraints_follow_the_naming_convention(registry: Registry) -> None:
    inspector = sa.inspect(registry.store.engine)
    assert inspector.get_pk_constraint("card")["name"] == "pk_card"
    foreign = {fk["name"] for fk in inspector.get_foreign_keys("card")}
    assert "fk_card_journal_id_journal" in foreign
    unique = {u["name"] for u in inspector.get_unique_constraints("card")}
    assert "uq_card_number" in unique
    assert NAMING_CONVENTION["pk"] == "pk_%(table_name)s"


def test_opening_an_up_to_date_store_runs_no_migration(registry: Registry, store_location: dict[str, object]) -> None:
    again = Registry.open(**store_location)  # type: ignore[arg-type]
    try:
        assert again.settings.card_count() == 0
    finally:
        again.close()


def test_upgrade_gives_each_applicant_its_card_registration_time(registry: Registry) -> None:
    """0009 fills the copied registration time of existing applicants, and name search uses it."""
    actor = Actor("clerk")
    first = registry.registration.register_json(incoming(), actor)
    second = registry.registration.register_json(incoming(applicants=[
        {"type": "natural_person", "surname": "Әбдірахманова", "given_name": "Ая"},
        {"type": "natural_person", "surname": "Сейітов", "given_name": "Нұр"},
    ], is_collective=True), actor)
    engine = registry.store.engine
    migrate(engine, "0008", downgrade=True)
    with engine.connect() as conn:
        assert "registered_at" not in {c["name"] for c in sa.inspect(conn).get_columns("card_applicant")}
    migrate(engine, "head")
    with engine.connect() as conn:
        copied = conn.execute(sa.text(
            "SELECT count(*) FROM card_applicant JOIN card ON card.id = card_applicant.card_id"
            " WHERE card_applicant.registered_at = card.registered_at"
        )).scalar_one()
    assert copied == 3
    found = registry.cards.find(CardQuery(applicant_name="әбдір")).rows
    assert [row.id for row in found] == [second.id, first.id]


def test_upgrade_spells_name_keys_in_alphabet_order(registry: Registry) -> None:
    """0010 rewrites the stored keys (down: back to plain folded text), and a name search finds
    the same cards before and after."""
    actor = Actor("clerk")
    registry.registration.register_json(incoming(applicants=[
        {"type": "natural_person", "surname": "Әбдірахманова", "given_name": "Ая"},
    ]), actor)
    engine = registry.store.engine

    def keys() -> list[str]:
        with engine.connect() as conn:
            return list(conn.execute(sa.text("SELECT name_key FROM card_applicant ORDER BY name_key")).scalars())

    spelt = keys()
    migrate(engine, "0009", downgrade=True)
    assert keys() == [readable(key) for key in spelt]
    assert "әбдірахманова ая" in keys()
    migrate(engine, "head")
    assert keys() == spelt
    assert [row.correspondent for row in registry.cards.find(CardQuery(applicant_name="ӘБДІР")).rows] == [
        "Әбдірахманова Ая"
    ]


def test_upgrade_numbers_breaches_per_workstation_and_keeps_their_persons(registry: Registry) -> None:
    """0018 moves the breach table (SQLite copies it, and its persons would go with the cascade):
    every breach keeps its number and its persons; new ones are numbered under the workstation."""
    year = astana_today().year
    old = registry.breaches.record(breach_data(subject_iins=[valid_iin(serial=1), valid_iin(serial=2)]), BREACH_OFFICER)
    engine = registry.store.engine
    migrate(engine, "0017", downgrade=True)
    with engine.begin() as conn:  # as 0017 numbered it
        conn.execute(sa.text("UPDATE breach SET number = :n"), {"n": f"B-{year}-001"})
    migrate(engine, "head")
    kept = registry.breaches.get(f"B-{year}-001", BREACH_OFFICER)
    assert kept.id == old.id and kept.known_subjects == 2
    assert registry.breaches.record(breach_data(), BREACH_OFFICER).number == f"B-{year}-A-001"
    if engine.dialect.name == "sqlite":  # the moved table is captured again
        with engine.connect() as conn:
            triggers = set(conn.scalars(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'breach'")))
        assert {"sync_insert_breach", "sync_update_breach", "sync_delete_breach"} <= triggers
