"""The execution-control commands: ``control`` (views, one card's history), ``assign``, ``start``,
``extend``, ``resolve``, ``remove-from-control`` and ``reopen`` (docs/cli.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from clerk_app.cli.arguments import iso_date, staff_id
from clerk_app.domain.control import ControlResult, ControlState, ControlStatus, RefusalReason
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import ClerkError
from clerk_app.serialization import control_event_to_json, control_state_to_json, control_view_to_json
from clerk_app.services.control import MAX_LIST, ControlFilter, ControlService
from clerk_app.services.setup import open_registry

SubParsers = Any


def _service(args: argparse.Namespace) -> ControlService:
    return ControlService(open_registry(args.db, args.data_dir))


def _state_result(card: str, state: ControlState) -> dict[str, Any]:
    return {"card": card, "control": control_state_to_json(state)}


def _control(sub: SubParsers) -> None:
    parser = sub.add_parser("control", help="cards on control by due date (most overdue first), or one card's history")
    parser.add_argument("--card", metavar="NUMBER", help="print this card's control state and full event history")
    parser.add_argument("--overdue", action="store_true", help="only cards past their due date")
    parser.add_argument("--due-within", type=int, metavar="DAYS", help="only cards due from today to today+DAYS")
    parser.add_argument("--executor", type=staff_id, metavar="ID", help="only cards of this executor (staff id)")
    parser.add_argument("--kind", choices=[k.value for k in AppealKind], help="only appeals of this kind")
    parser.add_argument("--status", choices=[s.value for s in ControlStatus if s.is_open], help="only this status")
    parser.add_argument("--limit", type=int, default=100, help=f"how many (default 100, at most {MAX_LIST})")
    parser.add_argument("--cursor", help="continue after the page that printed this cursor")
    parser.add_argument("--summary", action="store_true", help="print only the counts (open, overdue, due today, ...)")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        if args.card:
            record = service.record(args.card, actor=args.actor)
            return {
                "id": str(record.card_id), "number": record.number, "control": control_state_to_json(record.state),
                "events": [control_event_to_json(e) for e in record.events],
            }
        if args.summary:
            s = service.summary()
            return {"today": s.today.isoformat(), "open": s.open, "overdue": s.overdue, "due_today": s.due_today,
                    "due_soon": s.due_soon, "notices_due": s.notices_due}
        if not 1 <= args.limit <= MAX_LIST:
            raise ClerkError(f"--limit must be 1 to {MAX_LIST}", code="control.bad_limit")
        page = service.views(
            ControlFilter(
                overdue=args.overdue, due_within=args.due_within, executor_id=args.executor,
                kind=AppealKind(args.kind) if args.kind else None,
                status=ControlStatus(args.status) if args.status else None,
            ),
            limit=args.limit, cursor=args.cursor, actor=args.actor,
        )
        rows: list[dict[str, Any]] = [control_view_to_json(v) for v in page.rows]
        if page.next_cursor:
            rows.append({"next_cursor": page.next_cursor})
        return rows

    parser.set_defaults(handler=run)


def _assign(sub: SubParsers) -> None:
    parser = sub.add_parser("assign", help="assign executors with a resolution (again to reassign)")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--executor", type=staff_id, action="append", required=True, metavar="ID",
                        help="staff member id; repeat for several (the first is the lead)")
    parser.add_argument("--resolution", required=True, help="the instruction text")

    def run(args: argparse.Namespace) -> Any:
        return _state_result(args.card, _service(args).assign(args.card, args.executor, args.resolution, args.actor))

    parser.set_defaults(handler=run)


def _start(sub: SubParsers) -> None:
    parser = sub.add_parser("start", help="the executor has started work on the card")
    parser.add_argument("card", help="registration number or id")

    def run(args: argparse.Namespace) -> Any:
        return _state_result(args.card, _service(args).start(args.card, args.actor))

    parser.set_defaults(handler=run)


def _extend(sub: SubParsers) -> None:
    parser = sub.add_parser("extend", help="extend the due date, with the reason")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--due", type=iso_date, required=True, metavar="YYYY-MM-DD", help="the new due date")
    parser.add_argument("--reason", required=True, help="why the period is extended")

    def run(args: argparse.Namespace) -> Any:
        return _state_result(args.card, _service(args).extend(args.card, args.due, args.reason, args.actor))

    parser.set_defaults(handler=run)


def _resolve(sub: SubParsers) -> None:
    parser = sub.add_parser("resolve", help="record the result of consideration (cl. 9)")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--result", required=True, choices=[r.value for r in ControlResult])
    parser.add_argument("--refusal-reason", choices=[r.value for r in RefusalReason], help="refused: the grounds")
    parser.add_argument("--reason", help="refused: the explanation (required); otherwise a note")
    parser.add_argument("--forwarded-to", help="forwarded: to whom")
    parser.add_argument("--outgoing-number", help="forwarded: the number of the covering letter")
    parser.add_argument("--recovered-amount", metavar="TENGE", help="satisfied: the amount recovered for the consumer")

    def run(args: argparse.Namespace) -> Any:
        state = _service(args).resolve(
            args.card, ControlResult(args.result), args.actor,
            refusal_reason=RefusalReason(args.refusal_reason) if args.refusal_reason else None,
            reason=args.reason, forwarded_to=args.forwarded_to, outgoing_number=args.outgoing_number,
            recovered_amount=args.recovered_amount,
        )
        return _state_result(args.card, state)

    parser.set_defaults(handler=run)


def _remove_from_control(sub: SubParsers) -> None:
    parser = sub.add_parser("remove-from-control", help="remove a resolved card from control, linking the reply")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--reply", metavar="NUMBER", help="the outgoing reply (default: the latest reply to the card)")

    def run(args: argparse.Namespace) -> Any:
        state = _service(args).remove_from_control(args.card, args.actor, reply_ref=args.reply)
        return _state_result(args.card, state)

    parser.set_defaults(handler=run)


def _reopen(sub: SubParsers) -> None:
    parser = sub.add_parser("reopen", help="put a resolved or removed card back on control")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--reason", required=True, help="why it is reopened")
    parser.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help="a new due date")

    def run(args: argparse.Namespace) -> Any:
        state = _service(args).reopen(args.card, args.reason, args.actor, new_due=args.due)
        return _state_result(args.card, state)

    parser.set_defaults(handler=run)


COMMANDS: list[Callable[[SubParsers], None]] = [_control, _assign, _start, _extend, _resolve, _remove_from_control, _reopen]
