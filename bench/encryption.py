"""Encryption at rest (docs/security.md): registration and journal pages on a plain store and on the
same store encrypted, the conversion's time, and storing and reading a large copy plain and sealed.
``python -m bench encryption --cards 20000``. The key goes into a throw-away file keyring, never the
user's own."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring

from bench.common import copy_store, demo_store, summary, timed
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage import encryption, encryption_enable
from storage.blobs import FileBlobStore
from tests.factories import incoming, valid_iin
from tests.keyring_file import FILE_ENV, FileKeyring

COPY_MB = 32


def _store_figures(data_dir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    registry = Registry.open(data_dir=data_dir)
    first = registry.cards.journal_page("incoming", limit=50)
    open_ms = (time.perf_counter() - started) * 1000
    try:
        page = summary(timed(lambda: registry.cards.journal_page("incoming", limit=50), repeat=300))
        cursor = first.next_cursor
        for _ in range(100):  # 5,000 rows deep
            cursor = registry.cards.journal_page("incoming", limit=50, cursor=cursor).next_cursor
        deep = summary(timed(lambda: registry.cards.journal_page("incoming", limit=50, cursor=cursor), repeat=100))
        people = iter(range(1, 10**6))

        def register_one() -> None:
            n = next(people)
            person = {"surname": "Бенчмарков", "given_name": "Ерлан", "iin": valid_iin("810203", 3, n * 7)}
            registry.registration.register_json(incoming(applicants=[person], correspondent_number=f"E-{n}"),
                                                Actor("bench"))

        registration = summary(timed(register_one, repeat=200))
    finally:
        registry.close()
    return {"open_and_first_page_ms": round(open_ms, 3), "journal_page": page, "journal_page_deep": deep,
            "registration": registration}


def _copy_figures(folder: Path, key: bytes | None) -> dict[str, float]:
    source = folder / "scan.bin"
    if not source.exists():
        source.write_bytes(os.urandom(COPY_MB << 20))
    blobs = FileBlobStore(folder / ("sealed" if key else "plain"), key=key)
    started = time.perf_counter()
    stored = blobs.put_file(source)
    put_s = time.perf_counter() - started
    started = time.perf_counter()
    with blobs.open(stored.sha256) as handle:
        while handle.read(1 << 20):
            pass
    read_s = time.perf_counter() - started
    return {"put_mb_per_s": round(COPY_MB / put_s, 1), "read_mb_per_s": round(COPY_MB / read_s, 1)}


def _overhead(plain: float, encrypted: float) -> float:
    return round((encrypted / plain - 1) * 100, 1) if plain else 0.0


def encryption_bench(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards, warm=False)
    previous = keyring.get_keyring()
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        root = Path(tmp)
        os.environ[FILE_ENV] = str(root / "keyring.json")
        keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
        try:
            plain_dir = copy_store(source, root / "plain")
            sealed_dir = copy_store(source, root / "encrypted")
            started = time.perf_counter()
            encryption_enable.enable(sealed_dir, encryption.new_key())
            enable_s = time.perf_counter() - started
            plain, sealed = _store_figures(plain_dir), _store_figures(sealed_dir)
            copies = {"plain": _copy_figures(root, None), "encrypted": _copy_figures(root, encryption.new_key())}
        finally:
            keyring.set_keyring(previous)
    overhead = {
        f"{what}_{p}_pct": _overhead(plain[what][p], sealed[what][p])
        for what in ("registration", "journal_page", "journal_page_deep") for p in ("p50_ms", "p95_ms")
    }
    overhead["open_and_first_page_pct"] = _overhead(plain["open_and_first_page_ms"], sealed["open_and_first_page_ms"])
    return {"plain": plain, "encrypted": sealed, "overhead": overhead, "enable_s": round(enable_s, 3),
            "copy_of_mb": COPY_MB, "copies": copies, "demo_build_s": built}


BENCHMARKS = {"encryption": encryption_bench}
