"""A registration journal of 10,000 entries or more to PDF (issue 8 target: <= 10 s, the data
read included), on a demo store: the journal period is the whole span of the incoming journal,
which holds about three quarters of the demo cards."""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.common import demo_store
from clerk_app.domain.enums import Direction
from clerk_app.domain.journal_order import JournalOrder
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import JournalPrintService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import to_astana

TARGET_S = 10.0
WANTED = 10_000


def _period(registry: Registry) -> tuple[date, date]:
    """From the first incoming card, the shortest span of whole weeks that holds WANTED entries
    (or the whole journal when it holds fewer)."""
    def edge(order: JournalOrder) -> date:
        rows = registry.cards.journal_page("incoming", limit=1, order=order).rows
        return to_astana(rows[0].registered_at).date() if rows else date.today()

    start, newest = edge(JournalOrder.OLDEST), edge(JournalOrder.NEWEST)
    service, actor = JournalPrintService(registry.store), Actor("bench")
    end = start
    while end < newest and service.heading(Direction.INCOMING, start, end, actor).entries < WANTED:
        end += timedelta(days=7)
    return start, min(end, newest)


def journal_pdf(cards: int) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication

    from ui.printing.journal import save_journal

    app = QGuiApplication.instance() or QGuiApplication(["bench", "-platform", "offscreen"])
    source, built = demo_store(cards)
    registry = Registry.open(data_dir=source)
    start, end = _period(registry)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "journal.pdf"
        started = time.perf_counter()
        saved = save_journal(registry, Actor("bench"), direction=Direction.INCOMING, start=start, end=end, path=out)
        seconds = time.perf_counter() - started
        size = out.stat().st_size
    registry.close()
    del app
    return {
        "journal": "incoming", "from": start.isoformat(), "to": end.isoformat(), "entries": saved.rows,
        "pages": saved.pages, "seconds": round(seconds, 3), "pdf_bytes": size,
        "target": {"entries": WANTED, "seconds": TARGET_S},
        "meets_target": (saved.rows or 0) >= WANTED and seconds <= TARGET_S,
        "demo_build_s": built,
    }


BENCHMARKS = {"print_journal": journal_pdf}
