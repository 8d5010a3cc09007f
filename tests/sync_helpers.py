"""Helpers for the station sync tests: a central store in a schema of its own, stations connected
to it, and what each side holds, read plainly."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from clerk_app.services import central
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.store import Store, normalize_url
from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[1]
ADMIN, CLERK = Actor("admin"), Actor("clerk")


@dataclass
class Network:
    """One central store and the stations connected to it."""

    store: Store
    url: str  # what stations connect to (no user: each station has its own role)
    tmp: Path
    stations: list[Registry] = field(default_factory=list)

    def add_station(self, *, url: str | None = None) -> Registry:
        creds = central.add_station(self.store, f"st_{uuid.uuid4().hex[:10]}")
        registry = Registry.open(None, self.tmp / f"station_{creds.code}")
        registry.sync.connect(url or self.url, creds.name, creds.password, ADMIN)
        self.stations.append(registry)
        return registry

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for station in self.stations:
                station.sync.sync()

    def central_numbers(self) -> list[str]:
        with self.store.engine.connect() as conn:
            return list(conn.scalars(sa.text("SELECT number FROM card ORDER BY number")))


@contextmanager
def network(tmp: Path, pg_url: str, *, pg_schema: str | None = None, station_url: str | None = None) -> Iterator[Network]:
    """A central store at ``pg_url`` (in a fresh schema unless ``pg_schema`` names one, e.g. public)."""
    engine = sa.create_engine(normalize_url(pg_url))
    made = None
    if pg_schema is None:
        made = pg_schema = f"sync_{uuid.uuid4().hex[:10]}"
        with engine.begin() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {made}"))
    store = central.init_central(pg_url, pg_schema=pg_schema)
    net = Network(store, station_url or _without_user(pg_url), tmp)
    try:
        yield net
    finally:
        for station in net.stations:
            station.close()
        store.close()
        if made:
            with engine.begin() as conn:
                conn.execute(sa.text(f"DROP SCHEMA {made} CASCADE"))
        engine.dispose()


def _without_user(url: str) -> str:
    parsed = sa.engine.make_url(url)
    return parsed.set(username=None, password=None).render_as_string(hide_password=False)


def register(station: Registry, n: int, **fields: object) -> list[str]:
    return [station.registration.register_json(incoming(**fields), CLERK, confirm_duplicate=True).number for _ in range(n)]


def numbers(station: Registry) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(sa.text("SELECT number FROM card ORDER BY number")))


def cards_without_control(station: Registry) -> list[str]:
    """Incoming cards (those put on control) that have no card_control row."""
    with station.store.read() as session:
        return list(session.scalars(sa.text(
            "SELECT c.number FROM card c WHERE NOT EXISTS (SELECT 1 FROM card_control k WHERE k.card_id = c.id)"
        )))


def card_field(station: Registry, number: str, name: str) -> object:
    with station.store.read() as session:
        return session.scalar(sa.text(f"SELECT {name} FROM card WHERE number = :n"), {"n": number})


SYNC_ONCE = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
    "from clerk_app.services.registry import Registry;"
    "r = Registry.open(None, Path(sys.argv[2])); print(r.sync.sync().to_json()); r.close()"
)


def start_sync_process(data_dir: Path) -> subprocess.Popen[bytes]:
    """``clerk-app sync --once`` in a child process, with this test's file keyring (its env var is set)."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.keyring_file.FileKeyring", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", SYNC_ONCE, str(ROOT), str(data_dir)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
