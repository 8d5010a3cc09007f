"""The Foundation benchmarks: registration, lookup by number, first journal page."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import copy_store, demo_store, summary, timed
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin

TARGETS_MS = {"registration": ("p95_ms", 10.0), "lookup": ("p95_ms", 2.0), "journal_page": ("p95_ms", 20.0)}


def _with_target(name: str, figures: dict[str, Any]) -> dict[str, Any]:
    key, limit = TARGETS_MS[name]
    figures["target"] = {key: limit}
    figures["meets_target"] = figures[key] <= limit
    return figures


def registration(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        registry = Registry.open(data_dir=copy_store(source, Path(tmp)))
        clerk = Actor("bench")
        people = iter(range(1, 10**6))

        def register_one() -> None:
            n = next(people)
            person = {"surname": "Бенчмарков", "given_name": "Ерлан", "iin": valid_iin("810203", 3, n * 7)}
            registry.registration.register_json(incoming(applicants=[person], correspondent_number=f"B-{n}"), clerk)

        figures = summary(timed(register_one, repeat=300))
        registry.close()
    return _with_target("registration", {**figures, "demo_build_s": built})


def lookup(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    registry = Registry.open(data_dir=source)
    sample = [row.number for row in registry.cards.journal_page("incoming", limit=1000).rows]
    numbers = sample + [row.number for row in registry.cards.journal_page("outgoing", limit=1000).rows]
    rng = random.Random(3)
    figures = summary(timed(lambda: registry.cards.get(rng.choice(numbers)), repeat=1000))
    registry.close()
    return _with_target("lookup", {**figures, "what": "full card by exact registration number", "demo_build_s": built})


def journal_page(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    started = time.perf_counter()
    registry = Registry.open(data_dir=source)
    first = registry.cards.journal_page("incoming", limit=50)  # cold: right after opening
    cold_ms = (time.perf_counter() - started) * 1000
    figures = summary(timed(lambda: registry.cards.journal_page("incoming", limit=50), repeat=300))
    cursor = first.next_cursor
    for _ in range(200):  # 10,000 rows deep
        cursor = registry.cards.journal_page("incoming", limit=50, cursor=cursor).next_cursor
    deep = summary(timed(lambda: registry.cards.journal_page("incoming", limit=50, cursor=cursor), repeat=100))
    registry.close()
    return _with_target(
        "journal_page",
        {**figures, "open_and_first_page_ms": round(cold_ms, 3), "page_10000_rows_deep_p95_ms": deep["p95_ms"],
         "rows": len(first.rows), "demo_build_s": built},
    )


BENCHMARKS = {"registration": registration, "lookup": lookup, "journal_page": journal_page}
