"""Shared fixtures: every service test runs against SQLite and against a real PostgreSQL.

PostgreSQL comes from ``CLERK_TEST_PG_URL`` (default ``postgresql://postgres@127.0.0.1:5432/test``).
Each test run works in a schema of its own, dropped at the end. When ``CI=true`` and PostgreSQL
cannot be reached, the PostgreSQL tests fail; elsewhere they are skipped with the reason shown.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.services.registry import Registry
from storage.store import normalize_url
from tests.keyring_file import file_keyring_at
from tests.sane_config import install_private_sane_config

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
install_private_sane_config()  # before anything opens SANE (tests/sane_config.py)

PG_URL = os.environ.get("CLERK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _pg_problem() -> str | None:
    try:
        engine = sa.create_engine(normalize_url(PG_URL), connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any reason at all: report it
        return f"PostgreSQL at {PG_URL} unreachable: {str(exc).splitlines()[0]}"


_PG_PROBLEM = _pg_problem()


@pytest.fixture(scope="session")
def pg_schema() -> Iterator[str]:
    """A fresh schema for this test run on the real PostgreSQL."""
    if _PG_PROBLEM:
        if IN_CI:
            pytest.fail(_PG_PROBLEM + " (CI=true: PostgreSQL tests must run)", pytrace=False)
        pytest.skip(_PG_PROBLEM)
    with _schema(f"clerk_test_{uuid.uuid4().hex[:12]}") as name:
        yield name


@contextmanager
def _schema(name: str) -> Iterator[str]:
    """A PostgreSQL schema that exists for the block and is dropped with everything in it after."""
    engine = sa.create_engine(normalize_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {name}"))
    try:
        yield name
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {name} CASCADE"))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[dict[str, object]]:
    """Arguments for ``Registry.open`` pointing at an empty store of the requested backend."""
    if backend == "sqlite":
        yield {"db_url": None, "data_dir": tmp_path / "data"}
        return
    base = request.getfixturevalue("pg_schema")  # one schema per test, named after the run's
    with _schema(f"{base}_{uuid.uuid4().hex[:6]}") as schema:
        yield {"db_url": PG_URL, "data_dir": tmp_path / "data", "pg_schema": schema}


@pytest.fixture
def registry(store_location: dict[str, object]) -> Iterator[Registry]:
    opened = Registry.open(**store_location)  # type: ignore[arg-type]
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A keyring in a file of this test, never the developer's real one (modules that keep secrets use it
    with ``pytestmark = pytest.mark.usefixtures("file_keyring")``)."""
    with file_keyring_at(tmp_path / "keyring.json", monkeypatch) as path:
        yield path
