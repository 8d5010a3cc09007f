"""``python -m bench print``: printed documents at scale (issue 8 targets): a 10,000-entry journal
to PDF and the quarterly information over the whole demo store."""

from __future__ import annotations

from typing import Any


def print_documents(cards: int) -> dict[str, Any]:
    from bench.print_journal import journal_pdf
    from bench.print_quarterly import quarterly

    return {"journal_pdf": journal_pdf(cards), "quarterly": quarterly(cards)}


BENCHMARKS = {"print": print_documents}
