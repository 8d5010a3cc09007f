"""``pd destroy``, ``pd due``, ``pd block``, ``pd unblock``, ``pd act``, ``pd finish`` and
``pd retention`` (R42-R46; docs/personal-data.md, docs/cli.md). Registered in the ``pd`` group of
``audit_commands``.

Destroying, blocking and unblocking are confirmed: ``--yes`` confirms at once; without it the
command asks on a terminal (destroying: type the number of records) and refuses when there is no
terminal to ask (``input.confirm_needed``; a wrong answer: ``input.cancelled``)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from clerk_app.atomic_files import write_output
from clerk_app.cli.confirm import confirm
from clerk_app.domain.retention import (
    CleanupReport,
    DestructionAct,
    DestructionOutcome,
    DestructionTrigger,
    RecordType,
    SubjectBlockState,
)
from clerk_app.errors import ClerkError, FieldIssue, ValidationError
from clerk_app.services.blocking import BlockingService
from clerk_app.services.context import Actor
from clerk_app.services.destruction import DestructionService
from clerk_app.services.retention import RetentionService
from clerk_app.services.setup import open_registry
from clerk_app.timeutil import iso_astana
from storage.blobs import BLOB_DIR_NAME, FileBlobStore
from storage.store import Store

SubParsers = Any


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _destruction(store: Store) -> DestructionService:
    return DestructionService(store, FileBlobStore(store.data_dir / BLOB_DIR_NAME, key=store.key))


# --- JSON and text forms --------------------------------------------------------------------------


def act_to_json(act: DestructionAct) -> dict[str, Any]:
    return {
        "number": act.number, "id": str(act.id), "created_at": iso_astana(act.created_at), "created_by": act.created_by,
        "station": act.station, "trigger": act.trigger.value, "basis": act.basis, "commission": list(act.commission),
        "by_subject": act.by_subject, "records": act.record_count, "cleanup": act.cleanup,
        "items": [
            {"reference": i.reference, "record_type": i.record_type.value, "scope": i.scope.value,
             "destroyed": dict(i.destroyed), "review": i.review}
            for i in act.items
        ],
    }


def cleanup_to_json(report: CleanupReport) -> dict[str, Any]:
    return {"search_index": report.search_index, "checkpoint": report.checkpoint, "vacuumed": list(report.vacuumed),
            "files_left": report.files_left, "seconds": report.seconds, "complete": report.complete}


def _pending_note(number: str) -> None:
    sys.stderr.write(f"clerk-app: the data of act {number} are destroyed, but a file could not be removed or the "
                     f"store is still read elsewhere: run `clerk-app pd finish {number}` (or `clerk-app pd finish`) "
                     "when the files and the store are closed\n")


_TRIGGERS = {
    "retention_expired": "the retention period ran out", "purpose_achieved": "the purpose was achieved",
    "consent_withdrawn": "consent withdrawn", "court_decision": "a court decision",
    "unlawful_processing": "unlawful processing discovered", "other": "another case provided by law",
}
_SCOPES = {"card": "personal data of the card destroyed", "person": "the person erased from a collective card",
           "mention": "mentions of the person redacted", "inbox": "unfiled scan destroyed"}


def act_to_text(act: DestructionAct) -> str:
    """The act as printable UTF-8 text (the CLI is Qt-free; the window prints a PDF)."""
    width = 78
    lines = [
        f"ACT No. {act.number} ON THE DESTRUCTION OF PERSONAL DATA", "=" * width,
        f"Date:        {iso_astana(act.created_at)[:16].replace('T', ' ')} (Astana time)",
        f"Station:     {act.station}",
        f"Ground:      {_TRIGGERS.get(act.trigger.value, act.trigger.value)} (PD Law art. 18)",
    ]
    if act.basis:
        lines.append(f"Basis:       {act.basis}")
    lines += [f"Records:     {act.record_count}", "", "Records destroyed (by registration number):", "-" * width]
    for index, item in enumerate(act.items, 1):
        what = ", ".join(f"{k} {v}" for k, v in sorted(item.destroyed.items())) or "-"
        review = "  [scans to review by hand]" if item.review else ""
        lines.append(f"{index:>4}. {item.reference}  {item.record_type.value}: {_SCOPES[item.scope.value]}{review}")
        lines.append(f"      ({what})")
    lines += [
        "", "The data were destroyed irreversibly: removed from the tables, the search index, the recognised",
        "text and the stored files, and the freed space overwritten; their removal from the central store",
        "is queued. The audit trail keeps the record of this destruction, without the data.", "",
        "Commission / responsible person:",
    ]
    lines += [f"  {name}    ____________________ (signature)" for name in act.commission]
    lines.append(f"\nDrawn up by: {act.created_by}")
    return "\n".join(lines) + "\n"


def _write_act(target: Path, act: DestructionAct) -> dict[str, Any]:
    as_text = target.suffix.lower() == ".txt"
    body = act_to_text(act) if as_text else json.dumps(act_to_json(act), ensure_ascii=False, indent=2) + "\n"
    write_output(target, body)
    return {"act_file": str(target), "act_format": "text" if as_text else "json"}


def _outcome(outcome: DestructionOutcome, act_file: Path | None) -> dict[str, Any]:
    result = {"act": act_to_json(outcome.act), "cleanup": cleanup_to_json(outcome.cleanup)}
    if act_file is not None:
        result.update(_write_act(act_file, outcome.act))
    if not outcome.cleanup.complete:
        _pending_note(outcome.act.number)
    return result


# --- pd destroy ------------------------------------------------------------------------------------


def _destroy(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("destroy", help="destroy personal data irreversibly, with a destruction act")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--iin", help="a person: erase them from every card (consent withdrawn, court decision, ...)")
    what.add_argument("--card", action="append", metavar="NUMBER", help="a card by registration number (repeatable)")
    what.add_argument("--due", action="store_true", help="every record whose retention period ran out")
    parser.add_argument("--trigger", choices=[t.value for t in DestructionTrigger],
                        help="the legal ground (default: consent_withdrawn for --iin, retention_expired otherwise)")
    parser.add_argument("--basis", help="what the ground rests on: the decision's number and date, the request, ...")
    parser.add_argument("--commission", action="append", metavar="NAME",
                        help="a member of the commission or the responsible person (repeatable; default: you)")
    parser.add_argument("--today", type=_day, help="the day retention is judged on (default: today)")
    parser.add_argument("--act", type=Path, metavar="FILE", help="also write the act: .txt gives printable text, else JSON")
    parser.add_argument("--yes", action="store_true", help="confirm without asking")

    def run(args: argparse.Namespace) -> Any:
        store = open_registry(args.db, args.data_dir)
        service = _destruction(store)
        actor: Actor = args.actor
        commission = args.commission or [actor.user]
        if args.iin:
            preview = service.preview_subject(args.iin, actor)
            if not preview.count:
                raise ClerkError("the registry holds no data of a person with this IIN", code="pd.no_data")
            confirm(
                f"To destroy: {len(preview.own_cards)} cards of the person alone, {len(preview.collective_cards)} "
                f"collective cards, {len(preview.mentions)} cards mentioning the IIN, {len(preview.inbox_items)} "
                f"unfiled scans.\nType {preview.count} to destroy {preview.count} records irreversibly: ",
                yes=args.yes, expected=(str(preview.count),),
            )
            outcome = service.destroy_subject(
                args.iin, trigger=args.trigger or DestructionTrigger.CONSENT_WITHDRAWN.value, commission=commission,
                basis=args.basis, confirm_count=preview.count, actor=actor,
            )
        else:
            records = (service.records_of_cards(args.card, actor) if args.card
                       else service.all_due(actor, today=args.today))
            if not records:
                raise ClerkError("no record is due for destruction", code="pd.nothing_to_destroy")
            confirm(f"Type {len(records)} to destroy {len(records)} records irreversibly: ", yes=args.yes,
                    expected=(str(len(records)),))
            outcome = service.destroy_records(
                records, trigger=args.trigger or DestructionTrigger.RETENTION_EXPIRED.value, commission=commission,
                basis=args.basis, confirm_count=len(records), actor=actor, today=args.today,
            )
        return _outcome(outcome, args.act)

    parser.set_defaults(handler=run)


# --- pd due ----------------------------------------------------------------------------------------


def _due(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("due", help="records whose retention period ran out (counts, and a page of one type)")
    parser.add_argument("--type", choices=[t.value for t in RecordType], help="list the records of this type")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--cursor", help="continue after the page that returned this cursor")
    parser.add_argument("--today", type=_day, help="the day retention is judged on (default: today)")

    def run(args: argparse.Namespace) -> Any:
        service = RetentionService(open_registry(args.db, args.data_dir))
        policy = service.policy()
        result: dict[str, Any] = {
            "periods_years": {t.value: policy.years_of(t) for t in RecordType},
            "due": {t.value: n for t, n in service.due_counts(today=args.today, actor=args.actor).items()},
        }
        if args.type:
            page = service.due(RecordType(args.type), today=args.today, cursor=args.cursor, limit=args.limit,
                               actor=args.actor)
            result["records"] = [
                {"reference": r.reference, "id": str(r.id), "type": r.record_type.value,
                 "period_from": r.started_on.isoformat(), "copies": r.copies}
                for r in page.records
            ]
            result["next_cursor"] = page.next_cursor
        return result

    parser.set_defaults(handler=run)


# --- pd block / unblock ------------------------------------------------------------------------------


def block_to_json(state: SubjectBlockState) -> dict[str, Any]:
    return {
        "iin": state.iin, "blocked": state.is_blocked, "cards": state.cards, "reason": state.reason,
        "requested_on": state.requested_on.isoformat(), "due_on": state.due_on.isoformat(),
        "blocked_at": iso_astana(state.blocked_at), "blocked_by": state.blocked_by,
        "unblock_requested_on": state.unblock_requested_on.isoformat() if state.unblock_requested_on else None,
        "unblock_due_on": state.unblock_due_on.isoformat() if state.unblock_due_on else None,
        "unblocked_at": iso_astana(state.unblocked_at) if state.unblocked_at else None,
        "unblocked_by": state.unblocked_by,
        # a block that destruction ended: no reason was typed, the act says why
        "unblock_reason": None if state.destroyed_by_act else state.unblock_reason,
        "destroyed_by_act": state.destroyed_by_act,
    }


def _block_command(pd_sub: SubParsers, name: str, *, unblock: bool) -> None:
    verb = "unblock" if unblock else "block"
    parser = pd_sub.add_parser(name, help=f"{verb} a person's data on every card that holds them (R45)")
    parser.add_argument("--iin", required=True)
    parser.add_argument("--reason", help="why (the request, the finding); required unless --status")
    parser.add_argument("--requested-on", type=_day, help="the day the request came (default: today); due one working day later")
    parser.add_argument("--status", action="store_true", help="only show the person's block")
    parser.add_argument("--yes", action="store_true", help="confirm without asking")

    def run(args: argparse.Namespace) -> Any:
        service = BlockingService(open_registry(args.db, args.data_dir))
        if args.status:
            state = service.status(args.iin, args.actor)
            return block_to_json(state) if state else {"iin": args.iin, "blocked": False}
        if not args.reason:
            raise ValidationError([FieldIssue("reason", "field.required", "state the reason (--reason)")])
        confirm(f"Type yes to {verb} this person's data:", yes=args.yes)
        action = service.unblock if unblock else service.block
        return block_to_json(action(args.iin, args.reason, args.actor, requested_on=args.requested_on))

    parser.set_defaults(handler=run)


def _block(pd_sub: SubParsers) -> None:
    _block_command(pd_sub, "block", unblock=False)


def _unblock(pd_sub: SubParsers) -> None:
    _block_command(pd_sub, "unblock", unblock=True)


# --- acts and retention settings ------------------------------------------------------------------------


def _act(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("act", help="a destruction act (JSON), or write it to a file; no number: the list")
    parser.add_argument("number", nargs="?", help="the act's number")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write it: .txt gives printable text, else JSON")

    def run(args: argparse.Namespace) -> Any:
        service = _destruction(open_registry(args.db, args.data_dir))
        if not args.number:
            return [{"number": a.number, "created_at": iso_astana(a.created_at), "trigger": a.trigger.value,
                     "records": a.record_count, "cleanup": a.cleanup} for a in service.acts(args.actor)]
        act = service.act(args.number, args.actor)
        return _write_act(args.out, act) if args.out else act_to_json(act)

    parser.set_defaults(handler=run)


def _finish(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("finish", help="finish the steps after a destruction (files left, store busy); "
                                              "no number: every pending act")
    parser.add_argument("number", nargs="?", help="the act's number (default: every act whose cleanup is pending)")
    parser.add_argument("--list", action="store_true", help="only list the acts whose cleanup is pending")

    def run(args: argparse.Namespace) -> Any:
        service = _destruction(open_registry(args.db, args.data_dir))
        if args.list:
            return [{"number": a.number, "created_at": iso_astana(a.created_at), "records": a.record_count}
                    for a in service.pending(args.actor)]
        if args.number:
            done = [(service.act(args.number, args.actor), service.finish(args.number, args.actor))]
        else:
            done = service.finish_pending(args.actor)
        for act, report in done:
            if not report.complete:
                _pending_note(act.number)
        return [{"number": act.number, "cleanup": cleanup_to_json(report)} for act, report in done]

    parser.set_defaults(handler=run)


def _retention(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("retention", help="the retention period of each record type, in years; --set to change")
    parser.add_argument("--set", action="append", metavar="TYPE=YEARS", default=[],
                        help=f"e.g. incoming=5 (types: {', '.join(t.value for t in RecordType)})")

    def run(args: argparse.Namespace) -> Any:
        service = RetentionService(open_registry(args.db, args.data_dir))
        if args.set:
            values: dict[str, object] = {}
            for item in args.set:
                name, _, years = item.partition("=")
                values[name.strip()] = int(years) if years.strip().isdigit() else years
            policy = service.save_policy(values, args.actor)
        else:
            policy = service.policy()
        return {t.value: policy.years_of(t) for t in RecordType}

    parser.set_defaults(handler=run)


PD_ACTIONS = [_destroy, _due, _block, _unblock, _act, _finish, _retention]
