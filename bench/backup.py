"""Backup and restore throughput: a demo store of ``--cards`` cards (20,000 is the office figure)
with 200 electronic copies of five A4 pages each, backed up with the real Argon2id cost, then
restored into an empty data folder (every check included)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import copy_store, demo_store
from bench.copies import text_page
from clerk_app.domain.enums import CopyRole
from clerk_app.services import restore
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming

COPIES = 200
PAGES = 5
PASSPHRASE = "bench backup passphrase"


def _with_copies(registry: Registry, folder: Path) -> None:
    pages = [text_page(i).convert("1") for i in range(PAGES)]
    actor = Actor("bench")
    for index in range(COPIES):
        path = folder / f"scan{index}.tif"
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=(300, 300),
                      description=f"copy {index}")  # different bytes each: nothing is deduplicated
        card = registry.registration.register_json(incoming(), actor, confirm_duplicate=True)
        registry.copies.attach(card.number, [path], CopyRole.APPEAL, actor)
        path.unlink()


def backup_restore(cards: int) -> dict[str, Any]:
    source, _ = demo_store(cards, warm=False)
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        root = Path(tmp)
        data = copy_store(source, root / "data")
        registry = Registry.open(data_dir=data)
        try:
            _with_copies(registry, root)
            started = time.perf_counter()
            made = registry.backup.back_up(root / "bench.clerkbak", PASSPHRASE, Actor("bench"))
            backup_s = time.perf_counter() - started
        finally:
            registry.close()
        started = time.perf_counter()
        restored = restore.restore(made.path, PASSPHRASE, root / "restored", confirm=lambda _: False, user="bench")
        restore_s = time.perf_counter() - started
        shutil.rmtree(root / "restored", ignore_errors=True)
    megabytes = made.data_bytes / 1_000_000
    return {
        "store_cards": made.manifest.card_count, "copies": len(made.manifest.blobs),
        "database_mb": round(made.manifest.database_size / 1_000_000, 1),
        "copies_mb": round(sum(b.size for b in made.manifest.blobs) / 1_000_000, 1),
        "archive_mb": round(made.size_bytes / 1_000_000, 1),
        "backup_s": round(backup_s, 2), "backup_mb_per_s": round(megabytes / backup_s, 1),
        "restore_s": round(restore_s, 2), "restore_mb_per_s": round(megabytes / restore_s, 1),
        "restore_audit_entries_checked": restored.audit_checked,
    }


BENCHMARKS = {"backup": backup_restore}
