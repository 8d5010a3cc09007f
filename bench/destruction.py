"""Destroying one person in a large store (issue 6, R44): the deleting transaction, and the
compaction that makes it irreversible (FTS5 ``optimize`` of the whole search index, the WAL
truncated), measured on a private copy of the cached demo store. Also the retention due counts."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.common import copy_store, demo_store, warm_cache
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.models import Base
from storage.repositories import compaction
from storage.store import DATABASE_FILE_NAME


def _person_with_cards(database: Path) -> tuple[str, int]:
    """An IIN on several cards (the demo reuses applicants), read straight from the file."""
    with sqlite3.connect(database) as db:
        row = db.execute(
            "SELECT iin, count(*) FROM card_applicant WHERE iin IS NOT NULL AND party_type = 'natural_person' "
            "GROUP BY iin HAVING count(*) BETWEEN 2 AND 6 LIMIT 1"
        ).fetchone()
    return str(row[0]), int(row[1])


def _add_new_tables(database: Path) -> None:
    """The cache is keyed by the newest revision only: tables that revisions of the same number
    gained since it was built are added empty (they hold nothing of the demo's people)."""
    engine = sa.create_engine(f"sqlite:///{database}")
    Base.metadata.create_all(engine, checkfirst=True)
    engine.dispose()


def destroy_person(cards: int) -> dict[str, Any]:
    source, _ = demo_store(cards, warm=False)
    work = Path(tempfile.mkdtemp(prefix="clerk-bench-destroy-"))
    try:
        copy_store(source, work)
        _add_new_tables(work / DATABASE_FILE_NAME)
        warm_cache(work)
        iin, holding = _person_with_cards(work / DATABASE_FILE_NAME)
        registry = Registry.open(data_dir=work)
        actor = Actor("bench")
        started = time.perf_counter()
        preview = registry.destruction.preview_subject(iin, actor)
        preview_s = time.perf_counter() - started
        merge = compaction.merge_search_index
        timings: dict[str, float] = {}

        def timed_merge(engine: Any) -> None:
            began = time.perf_counter()
            merge(engine)
            timings["optimize_s"] = time.perf_counter() - began

        compaction.merge_search_index = timed_merge
        try:
            began = time.perf_counter()
            outcome = registry.destruction.destroy_subject(
                iin, trigger="consent_withdrawn", commission=["bench"], basis="benchmark", confirm_count=preview.count,
                actor=actor,
            )
            total_s = time.perf_counter() - began
        finally:
            compaction.merge_search_index = merge
        began = time.perf_counter()
        due = registry.retention.due_counts(actor=actor)
        due_s = time.perf_counter() - began
        registry.close()
        return {
            "person_cards": holding, "records_destroyed": outcome.act.record_count,
            "preview_s": round(preview_s, 3), "destroy_total_s": round(total_s, 3),
            "transaction_s": round(total_s - outcome.cleanup.seconds, 3),
            "cleanup_s": outcome.cleanup.seconds, "fts5_optimize_s": round(timings.get("optimize_s", 0.0), 3),
            "checkpoint": outcome.cleanup.checkpoint,
            "due_counts": {k.value: v for k, v in due.items()}, "due_counts_s": round(due_s, 3),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


BENCHMARKS = {"destroy_person": destroy_person}
