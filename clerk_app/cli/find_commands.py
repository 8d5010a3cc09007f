"""``clerk-app find``: attribute search (number, dates, kind, applicant, respondent, amount, control)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from clerk_app.cli.arguments import iso_date, staff_id
from clerk_app.domain.audit import AuditAction
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.serialization import journal_row_to_json
from clerk_app.services.cards import MAX_PAGE, CardService
from clerk_app.services.setup import open_registry

SubParsers = Any


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in tenge") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in tenge")
    return value


def _find(sub: SubParsers) -> None:
    parser = sub.add_parser("find", help="attribute search, newest first; criteria combine with AND")
    parser.add_argument("--number", help="exact registration number")
    parser.add_argument("--number-prefix", help="registration numbers starting with this")
    parser.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="registered on or after")
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="registered on or before")
    parser.add_argument("--direction", choices=[d.value for d in Direction])
    parser.add_argument("--journal", help="journal code")
    parser.add_argument("--channel", choices=[c.value for c in Channel])
    parser.add_argument("--kind", choices=[k.value for k in AppealKind])
    parser.add_argument("--type", choices=[t.value for t in AppealType])
    parser.add_argument("--status", choices=[s.value for s in ControlStatus], help="execution-control status")
    parser.add_argument("--executor", type=staff_id, metavar="ID", help="staff member id")
    parser.add_argument("--applicant", metavar="NAME", help="applicant's name starts with (surname first)")
    parser.add_argument("--iin", help="an applicant's IIN")
    parser.add_argument("--respondent", metavar="NAME", help="part of the respondent's name")
    parser.add_argument("--bin", help="the respondent's BIN/IIN")
    parser.add_argument("--amount-min", type=_amount, metavar="TENGE")
    parser.add_argument("--amount-max", type=_amount, metavar="TENGE")
    parser.add_argument("--overdue", action="store_true", help="on control and past the due date")
    court = parser.add_mutually_exclusive_group()
    court.add_argument("--court", dest="court", action="store_const", const=True, help="court matters only (R11)")
    court.add_argument("--not-court", dest="court", action="store_const", const=False, help="no court matters")
    parser.add_argument("--limit", type=int, default=50, help=f"how many (default 50, at most {MAX_PAGE})")
    parser.add_argument("--cursor", help="continue after the page that printed this cursor")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        query = CardQuery(
            number=args.number, number_prefix=args.number_prefix, registered_from=args.date_from,
            registered_to=args.date_to, direction=Direction(args.direction) if args.direction else None,
            journal=args.journal, channel=Channel(args.channel) if args.channel else None,
            kind=AppealKind(args.kind) if args.kind else None, type=AppealType(args.type) if args.type else None,
            status=ControlStatus(args.status) if args.status else None, executor_id=args.executor,
            applicant_name=args.applicant, applicant_iin=args.iin, respondent_name=args.respondent,
            respondent_bin=args.bin, amount_min=args.amount_min, amount_max=args.amount_max, overdue=args.overdue,
            court_matter=args.court,
        )
        page = CardService(open_registry(args.db, args.data_dir)).find(
            query, limit=args.limit, cursor=args.cursor, actor=args.actor, audit_as=AuditAction.EXPORT  # written out
        )
        rows: list[dict[str, Any]] = [journal_row_to_json(r) for r in page.rows]
        if page.next_cursor:
            rows.append({"next_cursor": page.next_cursor})
        return rows

    parser.set_defaults(handler=run)


COMMANDS: list[Callable[[SubParsers], None]] = [_find]
