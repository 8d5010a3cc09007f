"""The quarterly information (cl. 9, R14) over a large demo store: the report of the last finished
quarter (target ≤ 5 s over 1,000,000 cards), the earliest full quarter of the store (the widest
"pending at the end" range), the JSON written, and the public register of respondents."""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.common import demo_store, summary
from clerk_app.domain.journal_order import JournalOrder
from clerk_app.domain.quarterly import Quarter, last_finished
from clerk_app.services.context import Actor
from clerk_app.services.public_register import PublicRegisterService
from clerk_app.services.quarterly import QuarterlyService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today, to_astana

TARGET_S = 5.0
REPEAT = 5


def _seconds(action: Any, repeat: int = REPEAT) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return summary(samples)


def quarterly(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    registry = Registry.open(data_dir=source)
    actor = Actor("bench")
    service = QuarterlyService(registry.store)
    registers = PublicRegisterService(registry.store)
    latest = last_finished(astana_today())
    earliest = _earliest_full_quarter(registry, latest)
    figures: dict[str, Any] = {}
    for name, q in (("last_finished_quarter", latest), ("earliest_full_quarter", earliest)):
        report = service.report(q.year, q.number, actor)
        figures[name] = {
            "quarter": q.code, **summary_of(_seconds(lambda q=q: service.report(q.year, q.number, actor))),
            "received": report.totals.received, "considered": report.totals.considered,
            "pending": report.totals.pending,
        }
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "quarterly.json"
        figures["json_written"] = summary_of(_seconds(
            lambda: service.save_json(latest.year, latest.number, out, actor), repeat=3))
    register = registers.register(latest.first_day, latest.last_day, actor)
    figures["public_register_quarter"] = {
        **summary_of(_seconds(lambda: registers.register(latest.first_day, latest.last_day, actor), repeat=3)),
        "respondents": len(register.respondents), "appeals": register.appeals,
    }
    year_start = latest.last_day - timedelta(days=364)
    figures["public_register_year"] = summary_of(_seconds(
        lambda: registers.register(year_start, latest.last_day, actor), repeat=3))
    registry.close()
    worst = max(figures["last_finished_quarter"]["p95_s"], figures["earliest_full_quarter"]["p95_s"])
    return {
        "cards": cards, **figures, "target": {"report_s": TARGET_S}, "meets_target": worst <= TARGET_S,
        "demo_build_s": built,
    }


def summary_of(ms: dict[str, float]) -> dict[str, float]:
    return {"samples": ms["samples"], "p50_s": round(ms["p50_ms"] / 1000, 3), "p95_s": round(ms["p95_ms"] / 1000, 3),
            "max_s": round(ms["max_ms"] / 1000, 3)}


def _earliest_full_quarter(registry: Registry, latest: Quarter) -> Quarter:
    """The first quarter wholly inside the store's registrations (the oldest card's quarter's next)."""
    page = registry.cards.journal_page("incoming", limit=1, order=JournalOrder.OLDEST)
    if not page.rows:
        return latest
    first = Quarter.containing(to_astana(page.rows[0].registered_at).date()).next
    return min(first, latest)


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(quarterly(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000), indent=2))
