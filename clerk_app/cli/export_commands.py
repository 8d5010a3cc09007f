"""``clerk-app export stats``: depersonalised statistics of the appeals to CSV or JSON (R55;
docs/personal-data.md, "Depersonalization")."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.cli.arguments import iso_date
from clerk_app.domain.depersonalize import DEFAULT_THRESHOLD
from clerk_app.services.setup import open_registry
from clerk_app.services.statistics_export import StatisticsExportService

SubParsers = Any  # argparse's _SubParsersAction is private


def _export(sub: SubParsers) -> None:
    parser = sub.add_parser("export", help="depersonalised outputs: statistics of the appeals")
    what = parser.add_subparsers(dest="export_what", metavar="WHAT", required=True, parser_class=type(parser))
    stats = what.add_parser("stats", help="counts by month, kind, result and respondent; no personal data")
    stats.add_argument("--from", dest="first", required=True, type=iso_date, metavar="YYYY-MM-DD",
                       help="the first day of registration counted")
    stats.add_argument("--to", dest="last", required=True, type=iso_date, metavar="YYYY-MM-DD",
                       help="the last day of registration counted")
    stats.add_argument("--out", required=True, type=Path, metavar="FILE.csv|FILE.json", help="the file to write")
    stats.add_argument("--threshold", type=int, default=DEFAULT_THRESHOLD, metavar="K",
                       help=f"counts below K are written as \"<K\" (default {DEFAULT_THRESHOLD})")
    stats.add_argument("--no-respondents", action="store_true", help="leave out the table by respondent")
    stats.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        service = StatisticsExportService(open_registry(args.db, args.data_dir))
        result = service.export(args.first, args.last, args.out, args.actor, threshold=args.threshold,
                                respondents=not args.no_respondents)
        return {"out": str(result.path), "format": result.format, "appeals": result.appeals, "rows": result.rows,
                "threshold": args.threshold}

    stats.set_defaults(handler=run)


COMMANDS: list[Callable[[SubParsers], None]] = [_export]
