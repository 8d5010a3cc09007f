"""Sync throughput against a real PostgreSQL (``CLERK_BENCH_PG_URL``, default the CI server):
push of 10,000 new cards from a station, the initial pull of ``--cards`` (at most 100,000) cards by
a new station, a round with nothing to do, and a plain ``COPY`` of the same rows as the baseline
the figures are compared with (rows per second: a card travels with its applicants, events, …)."""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import keyring
import psycopg
import sqlalchemy as sa

from bench.common import copy_store, demo_store
from clerk_app.services import central
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.store import normalize_url
from storage.sync.tables import SYNCED_TABLES
from tests.keyring_file import FILE_ENV, FileKeyring

PG_URL = os.environ.get("CLERK_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PUSH_CARDS = 10_000
MAX_PULL_CARDS = 100_000


def _copy_baseline(url: str, schema: str, tables: dict[str, list[tuple[Any, ...]]]) -> tuple[int, float]:
    """Rows and seconds for a plain COPY of the same rows into unindexed tables of the same columns:
    the fastest the server takes them, with no merging, log or checks."""
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    seconds, count = 0.0, 0
    with psycopg.connect(conninfo) as conn:
        conn.execute(f"SET search_path TO {schema}")
        for table, rows in tables.items():
            if not rows:
                continue
            buffer = io.StringIO()
            for row in rows:
                buffer.write("\t".join(
                    "\\N" if v is None else str(v).replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
                    for v in row
                ) + "\n")
            conn.execute(f"CREATE TABLE copy_{table} (LIKE {table} INCLUDING DEFAULTS)")
            started = time.perf_counter()
            with conn.cursor().copy(f"COPY copy_{table} FROM STDIN") as copy:
                copy.write(buffer.getvalue())
            conn.commit()
            seconds += time.perf_counter() - started
            count += len(rows)
    return count, seconds


def sync_benchmark(cards: int) -> dict[str, Any]:
    pull_cards = min(cards, MAX_PULL_CARDS)
    schema = f"bench_sync_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(normalize_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        root = Path(tmp)
        os.environ[FILE_ENV] = str(root / "keyring.json")
        keyring.set_keyring(FileKeyring())
        try:
            store = central.init_central(PG_URL, pg_schema=schema)
            tag = uuid.uuid4().hex[:6]
            loader = central.add_station(store, f"bench_load_{tag}")
            pusher = central.add_station(store, f"bench_push_{tag}")
            puller = central.add_station(store, f"bench_pull_{tag}")
            store.close()
            station_url = PG_URL.rsplit("@", 1)[-1]
            station_url = "postgresql://" + station_url
            admin = Actor("bench")

            def station(name: str, creds: central.StationCredentials, source: Path | None) -> Registry:
                data = copy_store(source, root / name) if source else root / name
                registry = Registry.open(data_dir=data)
                with registry.store.write() as session:  # the demo numbers its cards under A: take the issued code
                    session.execute(sa.text("UPDATE card SET station_code = :c, number = replace(number, '/A-', '/' || :c || '-')"),
                                    {"c": creds.code})
                registry.sync.connect(station_url, creds.name, creds.password, admin)
                return registry

            # the central store gets its cards from a loading station (not timed: that is setup)
            bulk_source, _ = demo_store(max(pull_cards - PUSH_CARDS, 1), warm=False)  # with the pushed ones: pull_cards
            load = station("load", loader, bulk_source)
            started = time.perf_counter()
            loaded = load.sync.sync()
            load_s = time.perf_counter() - started
            load.close()

            push_source, _ = demo_store(PUSH_CARDS, seed=2, warm=False)
            push = station("push", pusher, push_source)
            pushed = push.sync.sync()  # its round also pulls the loaded cards: the push phase is what counts
            push_s = pushed.phase_seconds["push"]

            pull = station("pull", puller, None)
            started = time.perf_counter()
            pulled = pull.sync.sync()
            pull_s = time.perf_counter() - started

            idle = []
            for _ in range(10):
                started = time.perf_counter()
                push.sync.sync()
                idle.append((time.perf_counter() - started) * 1000)
            with pull.store.read() as session:
                pulled_cards = int(session.scalar(sa.text("SELECT count(*) FROM card")) or 0)
            with pull.store.read() as session:  # what the pull wrote, as the server keeps it
                moved = {t: [tuple(r) for r in session.execute(sa.text(f"SELECT * FROM {t}"))]
                         for t in SYNCED_TABLES if not t.startswith("station_audit")}
            push.close()
            pull.close()
            copy_rows, copy_s = _copy_baseline(str(normalize_url(PG_URL).render_as_string(hide_password=False)), schema, moved)
        finally:
            with engine.begin() as conn:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
                for role in conn.scalars(sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'bench\\_%\\_' || :t"),
                                         {"t": tag}):
                    conn.execute(sa.text(f'DROP ROLE "{role}"'))
            engine.dispose()
    copy_rate = copy_rows / copy_s if copy_s else 0.0
    return {
        "central_load": {"cards": max(pull_cards - PUSH_CARDS, 1), "rows": loaded.pushed_total, "seconds": round(load_s, 2)},
        "push_10k": {"cards": PUSH_CARDS, "rows": pushed.pushed_total, "seconds": round(push_s, 2), "target_s": 10,
                     "cards_per_s": round(PUSH_CARDS / push_s), "rows_per_s": round(pushed.pushed_total / push_s),
                     "ratio_to_copy": round((pushed.pushed_total / push_s) / copy_rate, 3)},
        "initial_pull": {"cards": pulled_cards, "rows": pulled.pulled_total, "seconds": round(pull_s, 2),
                         "target_s": round(60 * pulled_cards / MAX_PULL_CARDS, 1),
                         "cards_per_s": round(pulled_cards / pull_s), "rows_per_s": round(pulled.pulled_total / pull_s),
                         "ratio_to_copy": round((pulled.pulled_total / pull_s) / copy_rate, 3)},
        "idle_round_ms": {"median": round(statistics.median(idle), 1), "max": round(max(idle), 1), "target_ms": 200},
        "copy_baseline": {"rows": copy_rows, "seconds": round(copy_s, 3), "rows_per_s": round(copy_rate),
                          "what": "COPY of the pulled rows of every synced table into unindexed tables"},
    }


BENCHMARKS = {"sync": sync_benchmark}
