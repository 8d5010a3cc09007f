"""``python -m bench scan``: scanning at the desk (issue 9). How long reading a page's QR stamp
takes at 200, 300 and 600 dpi; how fast a stamped pile is filed card by card into a fresh registry;
and a feeder batch through SANE's test backend against the driver's raw speed (python-sane alone)
as the baseline, so the pipeline's cost (colour mode, blank detection, stamp reading) shows."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import summary, timed
from clerk_app.domain.stamp_code import encode_stamp
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.scanning import ScanningService
from scanners.acquisition import ColourMode, ScanProfile, ScanSource
from scanners.batch_scan import run_scan
from tests.factories import incoming
from tests.sane_config import DEVICE, install_private_sane_config
from tests.scan_pages import page

RESOLUTIONS = (200, 300, 600)
PILE_CARDS, PAGES_PER_APPEAL = 10, 3
REPEAT = 5


def _ms(action: Any) -> dict[str, float]:
    return summary(timed(action, REPEAT, warmup=1))


def stamp_reading() -> dict[str, Any]:
    result = {}
    for dpi in RESOLUTIONS:
        stamped = page(encode_stamp(uuid.uuid4(), "01/A-0001/26"), dpi=dpi, turn_degrees=-3, seed=dpi)
        plain = page(None, dpi=dpi, seed=dpi + 1)
        result[f"{dpi}dpi"] = {"stamped_page_ms": _ms(lambda p=stamped: ScanningService.read_stamp(p)),
                               "page_without_stamp_ms": _ms(lambda p=plain: ScanningService.read_stamp(p))}
    return result


def filing() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.open(data_dir=Path(folder) / "registry")
        try:
            actor = Actor("bench")
            cards = [registry.registration.register_json(incoming(), actor, confirm_duplicate=True)
                     for _ in range(PILE_CARDS)]
            pile = []
            for index, card in enumerate(cards):
                pile.append(page(encode_stamp(card.id, card.number), dpi=300, seed=index))
                pile.extend(page(None, dpi=300, seed=100 + index * 10 + n) for n in range(PAGES_PER_APPEAL - 1))
            service = ScanningService(registry.copies, [])
            started = time.perf_counter()
            stamps = [service.read_stamp(image) for image in pile]
            read_s = time.perf_counter() - started
            report = service.file_by_stamps(pile, ColourMode.GREY, actor, stamps=stamps)
            total_s = time.perf_counter() - started
            filed = sum(1 for part in report.parts if part.outcome.value == "filed")
        finally:
            registry.close()
    return {"pages": len(pile), "appeals": PILE_CARDS, "filed": filed, "reading_stamps_s": round(read_s, 2),
            "reading_and_filing_s": round(total_s, 2), "pages_per_second": round(len(pile) / total_s, 2)}


def feeder_batch() -> dict[str, Any]:
    install_private_sane_config()
    from scanners.sane_backend import SaneBackend

    backend = SaneBackend()
    if backend.problem() is not None:
        return {"skipped": backend.problem()}
    session = backend.open(DEVICE)
    profile = ScanProfile(device=DEVICE, source=ScanSource.ADF, resolution=300)
    try:
        session.configure(profile)
        started = time.perf_counter()
        raw = 0
        for _ in session.pages(profile):
            raw += 1
        raw_s = time.perf_counter() - started
    finally:
        session.close()
    arrived: list[float] = []
    started = time.perf_counter()
    result = run_scan(backend, profile, lambda scanned: (ScanningService.read_stamp(scanned.image),
                                                    arrived.append(time.perf_counter() - started)))
    pipeline_s = time.perf_counter() - started
    return {"pages": result.delivered, "resolution_dpi": 300, "driver_alone_s": round(raw_s, 2),
            "driver_pages_per_second": round(raw / raw_s, 2), "with_pipeline_s": round(pipeline_s, 2),
            "pipeline_pages_per_second": round(result.delivered / pipeline_s, 2),
            "first_page_shown_after_s": round(arrived[0], 2) if arrived else None}


def scanning(_cards: int) -> dict[str, Any]:
    return {"stamp_reading": stamp_reading(), "filing_a_stamped_pile": filing(), "feeder_batch": feeder_batch()}


BENCHMARKS = {"scan": scanning}
