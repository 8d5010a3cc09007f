"""The search commands: ``search`` (full text over cards and recognised pages, docs/search.md) and
``search-index`` (rebuild or check the full-text index)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from clerk_app.cli.arguments import iso_date
from clerk_app.domain.audit import AuditAction
from clerk_app.domain.control import ControlStatus
from clerk_app.errors import ClerkError
from clerk_app.serialization import search_hit_to_json
from clerk_app.services.search import MAX_LIMIT, SearchService
from clerk_app.services.setup import open_registry

SubParsers = Any  # argparse's _SubParsersAction is private


def _service(args: argparse.Namespace) -> SearchService:
    return SearchService(open_registry(args.db, args.data_dir))


def _search(sub: SubParsers) -> None:
    parser = sub.add_parser("search", help="full-text search over cards and the recognised text of their copies")
    parser.add_argument("query", metavar="QUERY", help='words (prefixes), "exact phrases", -excluded; see docs/search.md')
    parser.add_argument("--journal", help="journal code: incoming or outgoing")
    parser.add_argument("--status", choices=[s.value for s in ControlStatus], help="execution-control status")
    parser.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="registered on or after (Astana)")
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="registered on or before (Astana)")
    parser.add_argument("--limit", type=int, default=50, help=f"how many cards, 1-{MAX_LIMIT} (default 50)")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        hits = _service(args).search(
            args.query, journal=args.journal, status=args.status, date_from=args.date_from, date_to=args.date_to,
            limit=args.limit, actor=args.actor, audit_as=AuditAction.EXPORT,  # written out: an export (R36)
        )
        return [search_hit_to_json(hit) for hit in hits]

    parser.set_defaults(handler=run)


def _search_index(sub: SubParsers) -> None:
    parser = sub.add_parser("search-index", help="the full-text index: rebuild it from the database, or check it")
    parser.add_argument("action", choices=["rebuild", "check"])

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        if args.action == "rebuild":
            report = service.rebuild()
            return {"cards": report.cards, "pages": report.pages, "documents": report.documents,
                    "seconds": round(report.seconds, 3)}
        check = service.check()
        result = {"ok": check.ok, "documents": check.documents, "expected_documents": check.expected_documents,
                  "problems": list(check.problems)}
        if not check.ok:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            raise ClerkError("the full-text index does not match the database: run clerk-app search-index rebuild",
                             code="search.index_check_failed")
        return result

    parser.set_defaults(handler=run)


COMMANDS: list[Callable[[SubParsers], None]] = [_search, _search_index]
