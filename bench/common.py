"""Shared pieces: cached demo stores, timing, percentiles and the machine's description."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.migrations.runner import HEAD_REVISION

CACHE = Path(os.environ.get("CLERK_BENCH_CACHE", Path(__file__).resolve().parent / ".cache"))


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }


def warm_cache(data_dir: Path) -> None:
    """Reads the store's files once, so that queries are measured as a clerk's warm, daily-used
    store answers them, not at the speed of the disk (the host drops its page cache at times:
    cold, the same classes measured up to 10x slower)."""
    for name in ("registry.sqlite3", "registry.sqlite3-wal"):
        path = data_dir / name
        if path.exists():
            with path.open("rb") as file:
                while file.read(16 << 20):
                    pass


def demo_store(cards: int, seed: int = 1, *, warm: bool = True) -> tuple[Path, float | None]:
    """A data directory holding ``cards`` demo cards, built once and reused (with the build time);
    ``warm=False`` when it is only a source to copy from, not measured itself."""
    path = CACHE / f"demo-{cards}-seed{seed}-schema{HEAD_REVISION}"  # a new schema builds a new store
    marker = path / "complete"
    if marker.exists():
        if warm:
            warm_cache(path)
        return path, None
    if path.exists():
        shutil.rmtree(path)
    registry = Registry.open(data_dir=path)
    started = time.perf_counter()
    registry.demo.generate(cards, seed=seed, actor=Actor("bench"))
    seconds = time.perf_counter() - started
    registry.close()
    marker.write_text(f"{seconds:.3f}\n")
    return path, seconds


def copy_store(source: Path, target: Path) -> Path:
    """A private copy for benchmarks that write (the cache stays at its card count)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("registry.sqlite3", "registry.sqlite3-wal"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def timed(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Milliseconds per call."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3)

    return {
        "samples": len(ordered),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "max_ms": round(ordered[-1], 3),
        "mean_ms": round(statistics.fmean(ordered), 3),
    }
