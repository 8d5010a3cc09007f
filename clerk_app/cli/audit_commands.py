"""The audit commands: ``verify`` (the audit trail's hash chain and the stored copies) and
``pd report`` (the subject-access report of one person, R37, R48, R49). See docs/audit.md."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.atomic_files import write_output
from clerk_app.cli import breach_commands, consent_commands, pd_commands
from clerk_app.errors import ClerkError
from clerk_app.services.audit import AuditService, chain_report_to_json, report_to_json, report_to_text
from clerk_app.services.copies import CopyService
from clerk_app.services.setup import open_registry
from storage.data_folder import sweep_leftovers

SubParsers = Any  # argparse's _SubParsersAction is private

# ``pd`` actions register here (name -> function adding the action's parser); later personal-data
# commands (destroy, block) join the same group.
PdAction = Callable[[Any], None]


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _verify(sub: SubParsers) -> None:
    parser = sub.add_parser(
        "verify", help="check the audit trail's hash chain and re-hash every stored copy; non-zero exit on any problem"
    )
    parser.add_argument("--only", choices=["audit", "copies"], help="check only the audit trail, or only the stored copies")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        store = open_registry(args.db, args.data_dir)
        result: dict[str, Any] = {}
        failures: list[str] = []
        if store.is_sqlite:  # full copies crashed backups and restores left, which destruction never reaches
            result["leftovers_removed"] = [*store.leftovers_removed, *sweep_leftovers(store.data_dir)]
        if args.only != "copies":
            chain = AuditService(store).verify(args.actor)
            result["audit"] = chain_report_to_json(chain)
            if not chain.ok:
                first = chain.problems[0]
                failures.append(f"the audit trail was altered: entry {first.seq} {first.kind.value} ({first.detail})")
        if args.only != "audit":
            copies = CopyService(store)
            try:
                report = copies.verify()
            finally:
                copies.close()
            result.update({
                "copies_checked": report.checked, "missing": list(report.missing), "corrupt": list(report.corrupt),
                "unreferenced_blobs": report.unreferenced,
            })
            if not report.ok:
                failures.append(f"{len(report.missing)} missing and {len(report.corrupt)} corrupt copies")
        result["ok"] = not failures
        if failures:
            _print_json(result)
            code = "audit.tampered" if "audit" in result and not result["audit"]["ok"] else "verify.failed"
            raise ClerkError("; ".join(failures), code=code)
        return result

    parser.set_defaults(handler=run)


def _report(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser(
        "report", help="the subject-access report: what the registry holds about a person and every action on it"
    )
    parser.add_argument("--iin", required=True, help="the person's IIN (or an entity's BIN)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write it to FILE: .txt gives printable text, else JSON")
    parser.add_argument("--text", action="store_true", help="print the text form instead of JSON (without --out)")

    def run(args: argparse.Namespace) -> Any:
        registry_store = open_registry(args.db, args.data_dir)
        report = AuditService(registry_store).subject_report(args.iin, args.actor)
        as_text = args.out.suffix.lower() == ".txt" if args.out is not None else args.text
        body = report_to_text(report) if as_text else json.dumps(report_to_json(report), ensure_ascii=False, indent=2) + "\n"
        if args.out is None:
            if as_text:
                sys.stdout.write(body)
                return None
            return report_to_json(report)
        write_output(args.out, body)  # the report holds personal data: private, whole or not at all
        return {
            "out": str(args.out), "format": "text" if as_text else "json", "holds_data": report.holds_data,
            "cards": len(report.cards), "actions": len(report.entries), "third_parties": len(report.third_parties),
        }

    parser.set_defaults(handler=run)


PD_ACTIONS: list[PdAction] = [_report]
PD_ACTIONS.append(breach_commands.register)  # pd breach ...
PD_ACTIONS.append(consent_commands.register)  # pd consent ...
PD_ACTIONS.extend(pd_commands.PD_ACTIONS)  # pd destroy, due, block, unblock, act, finish, retention


def _pd(sub: SubParsers) -> None:
    parser = sub.add_parser("pd", help="personal data: the subject-access report (more actions to come)")
    pd_sub = parser.add_subparsers(dest="pd_action", metavar="ACTION", required=True, parser_class=type(parser))
    for register in PD_ACTIONS:
        register(pd_sub)


COMMANDS: list[Callable[[SubParsers], None]] = [_verify, _pd]
