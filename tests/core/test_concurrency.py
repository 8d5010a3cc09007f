"""Numbers are allocated atomically: threads and processes registering at once get no duplicates
and no gaps, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin

PER_WORKER = 12


def _register_many(location: dict[str, Any], worker: int) -> list[str]:
    registry = Registry.open(**location)
    try:
        numbers = []
        for i in range(PER_WORKER):
            person = {"surname": f"Параллель{worker}", "given_name": "Ұлжан", "iin": valid_iin("770707", 4, worker * 100 + i * 3 + 1)}
            card = registry.registration.register_json(incoming(applicants=[person]), Actor(f"clerk{worker}"))
            numbers.append(card.number)
        return numbers
    finally:
        registry.close()


def _serials(numbers: list[str]) -> list[int]:
    return sorted(int(n.split("-")[1].split("/")[0]) for n in numbers)


def test_eight_threads(registry: Registry, store_location: dict[str, Any]) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda w: _register_many(store_location, w), range(8)))
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == len(set(numbers)) == 8 * PER_WORKER
    assert _serials(numbers) == list(range(1, 8 * PER_WORKER + 1))  # no gaps, no repeats


@pytest.mark.slow
def test_two_processes(registry: Registry, store_location: dict[str, Any]) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = pool.starmap(_register_many, [(store_location, 0), (store_location, 1)])
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == len(set(numbers)) == 2 * PER_WORKER
    assert _serials(numbers) == list(range(1, 2 * PER_WORKER + 1))
    assert registry.settings.card_count() == 2 * PER_WORKER


def test_new_store_opened_by_two_processes_at_once(tmp_path: Path) -> None:
    location = {"db_url": None, "data_dir": tmp_path / "fresh"}
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = pool.starmap(_register_many, [(location, 0), (location, 1)])
    assert len({n for batch in results for n in batch}) == 2 * PER_WORKER
