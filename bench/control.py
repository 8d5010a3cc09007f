"""Execution-control views and attribute search on a large demo store (issue 4 targets)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from bench.common import demo_store, summary, timed
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind, Channel, Direction
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today

OVERDUE_TARGET_MS = 50.0
FILTER_TARGET_MS = 50.0


def control(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    registry = Registry.open(data_dir=source)
    staff = [s.id for s in registry.references.staff()]
    rng = random.Random(5)
    views: dict[str, Callable[[], object]] = {
        "overdue_first_page": lambda: registry.control.views(ControlFilter(overdue=True), limit=50),
        "due_today": lambda: registry.control.views(ControlFilter(due_within=0), limit=50),
        "due_within_7_days": lambda: registry.control.views(ControlFilter(due_within=7), limit=50),
        "by_executor": lambda: registry.control.views(ControlFilter(executor_id=rng.choice(staff)), limit=50),
        "by_kind": lambda: registry.control.views(ControlFilter(kind=rng.choice(list(AppealKind))), limit=50),
        "overdue_by_executor": lambda: registry.control.views(
            ControlFilter(overdue=True, executor_id=rng.choice(staff)), limit=50
        ),
        "reminder_counts": lambda: registry.control.summary(),
    }
    figures = {name: summary(timed(action, repeat=100)) for name, action in views.items()}
    counts = registry.control.summary()
    registry.close()
    overdue_p95 = figures["overdue_first_page"]["p95_ms"]
    return {
        "views": figures,
        "counts": {"open": counts.open, "overdue": counts.overdue, "due_today": counts.due_today},
        "target": {"overdue_first_page_p95_ms": OVERDUE_TARGET_MS},
        "meets_target": overdue_p95 <= OVERDUE_TARGET_MS,
        "demo_build_s": built,
    }


def attributes(cards: int) -> dict[str, Any]:
    """Attribute filters as a clerk combines them: first page of 50, newest first."""
    source, built = demo_store(cards)
    registry = Registry.open(data_dir=source)
    sample = registry.cards.journal_page("incoming", limit=1000).rows
    staff = [s.id for s in registry.references.staff()]
    numbers = [r.number for r in sample]
    surnames = sorted({r.correspondent.split(" ")[0] for r in sample if r.correspondent})
    respondents = sorted({r.respondent for r in sample if r.respondent})
    full = {r.id: registry.cards.get(str(r.id)) for r in sample[:200]}
    iins = [a.iin for c in full.values() for a in c.applicants if a.iin]
    bins = [c.respondent.bin_or_iin for c in full.values() if c.respondent and c.respondent.bin_or_iin]
    today = astana_today()
    rng = random.Random(11)
    queries: dict[str, Callable[[], CardQuery]] = {
        "number_exact": lambda: CardQuery(number=rng.choice(numbers)),
        "number_prefix": lambda: CardQuery(number_prefix=rng.choice(numbers)[:7]),
        "date_range_month": lambda: CardQuery(registered_from=today - timedelta(days=60), registered_to=today - timedelta(days=30)),
        "kind_and_channel": lambda: CardQuery(kind=rng.choice(list(AppealKind)), channel=rng.choice(list(Channel))),
        "status_assigned": lambda: CardQuery(status=ControlStatus.ASSIGNED),
        "status_resolved_incoming": lambda: CardQuery(status=ControlStatus.RESOLVED, direction=Direction.INCOMING),
        "executor": lambda: CardQuery(executor_id=rng.choice(staff)),
        "applicant_surname_prefix": lambda: CardQuery(applicant_name=rng.choice(surnames)[:4]),
        "applicant_iin": lambda: CardQuery(applicant_iin=rng.choice(iins)),
        "respondent_name_part": lambda: CardQuery(respondent_name=rng.choice(respondents).split(" ")[0].strip("«»")[:5]),
        "respondent_bin": lambda: CardQuery(respondent_bin=rng.choice(bins)),
        "amount_range": lambda: CardQuery(amount_min=Decimal(100_000), amount_max=Decimal(150_000)),
        "amount_narrow": lambda: CardQuery(amount_min=Decimal(77_000), amount_max=Decimal(77_100)),
        "overdue": lambda: CardQuery(overdue=True),
        "court_matter": lambda: CardQuery(court_matter=True),
        "combined_kind_amount_month": lambda: CardQuery(
            kind=AppealKind.SELLER_CLAIM, amount_min=Decimal(50_000),
            registered_from=today - timedelta(days=90), registered_to=today,
        ),
        "combined_surname_kind_court": lambda: CardQuery(
            applicant_name=rng.choice(surnames)[:3], kind=AppealKind.PRETRIAL_SETTLEMENT, court_matter=False
        ),
    }
    figures = {name: summary(timed(lambda make=make: registry.cards.find(make(), limit=50), repeat=60)) for name, make in queries.items()}
    registry.close()
    worst = max(f["p95_ms"] for name, f in figures.items() if name != "number_exact")
    return {
        "filters": figures,
        "worst_filter_p95_ms": worst,
        "target": {"filter_p95_ms": FILTER_TARGET_MS, "number_exact_p95_ms": 2.0},
        "meets_target": worst <= FILTER_TARGET_MS and figures["number_exact"]["p95_ms"] <= 2.0,
        "demo_build_s": built,
    }


BENCHMARKS = {"control": control, "attributes": attributes}
