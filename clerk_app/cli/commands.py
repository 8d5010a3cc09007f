"""The commands of the scripting interface. Each registers its parser and returns JSON-able data."""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.cli.arguments import iso_date
from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject
from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.enums import AppealKind, CopyRole
from clerk_app.domain.journal_order import ControlFilter, JournalFilter, JournalOrder
from clerk_app.errors import ClerkError
from clerk_app.serialization import (
    card_to_json,
    change_to_json,
    copy_to_json,
    inbox_item_to_json,
    journal_row_to_json,
    journal_to_json,
    reference_to_json,
    verdict_to_json,
)
from clerk_app.services import consent_checks
from clerk_app.services.audit import AuditService
from clerk_app.services.calendar import CalendarService
from clerk_app.services.cards import MAX_PAGE, CardService
from clerk_app.services.context import parse_card_id
from clerk_app.services.copies import CopyService, FileJudge
from clerk_app.services.deadline_rules import DeadlineRuleService
from clerk_app.services.demo import DemoService
from clerk_app.services.hot_folder import HotFolder, unsafe_folder_problem
from clerk_app.services.references import ReferenceService
from clerk_app.services.registration import RegistrationService
from clerk_app.services.registry import Registry
from clerk_app.services.setup import StoreSettingsService, open_registry
from storage.store import Store

SubParsers = Any  # argparse's _SubParsersAction is private


def _store(args: argparse.Namespace) -> Store:
    return open_registry(args.db, args.data_dir)


def _init(sub: SubParsers) -> None:
    parser = sub.add_parser("init", help="create or upgrade the store")

    def run(args: argparse.Namespace) -> Any:
        store = _store(args)
        settings = StoreSettingsService(store)
        return {
            "database": store.engine.url.render_as_string(),
            "data_dir": str(store.data_dir),
            "station": settings.station_code(),
            "journals": [journal_to_json(j) for j in settings.journals()],
            "cards": settings.card_count(),
        }

    parser.set_defaults(handler=run, needs_login=False)  # creates the store: nobody to sign in as yet


def _demo(sub: SubParsers) -> None:
    parser = sub.add_parser("demo", help="add realistic bilingual demo cards")
    parser.add_argument("--count", type=int, required=True, help="how many cards")
    parser.add_argument("--seed", type=int, default=None, help="random seed (same seed, same data)")

    def run(args: argparse.Namespace) -> Any:
        if args.count < 1:
            raise ClerkError("--count must be at least 1", code="demo.bad_count")
        report = DemoService(_store(args)).generate(args.count, seed=args.seed, actor=args.actor)
        return {"cards": report.cards, "incoming": report.incoming, "outgoing": report.outgoing,
                "respondents": report.respondents, "seconds": round(report.seconds, 3),
                "cards_per_second": round(report.cards / report.seconds) if report.seconds else None}

    parser.set_defaults(handler=run)


def _read_input(path: str) -> Any:
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8-sig") as handle:
                text = handle.read()
    except OSError as exc:
        raise ClerkError(f"cannot read {path}: {exc.strerror}", code="input.unreadable") from None
    except UnicodeDecodeError:
        raise ClerkError(f"{path} is not UTF-8 text", code="input.not_utf8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClerkError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}", code="input.bad_json") from None


def _register(sub: SubParsers) -> None:
    parser = sub.add_parser("register", help="register a card from JSON (docs/cli.md) and print it")
    parser.add_argument("--input", required=True, metavar="FILE", help="JSON file, or - for standard input")
    parser.add_argument("--confirm-duplicate", action="store_true", help="register even if it looks like a duplicate")

    def run(args: argparse.Namespace) -> Any:
        data = _read_input(args.input)
        if isinstance(data, dict) and "confirm_duplicate" in data:
            data = dict(data)
            confirm = bool(data.pop("confirm_duplicate")) or args.confirm_duplicate
        else:
            confirm = args.confirm_duplicate
        card = RegistrationService(_store(args)).register_json(data, args.actor, confirm_duplicate=confirm)
        return card_to_json(card)

    parser.set_defaults(handler=run)


def _show(sub: SubParsers) -> None:
    parser = sub.add_parser("show", help="print a card by its number or id")
    parser.add_argument("number", help="registration number or id")
    parser.add_argument("--history", action="store_true", help="include the history of changes")

    def run(args: argparse.Namespace) -> Any:
        store = _store(args)
        service = CardService(store)
        consent_checks.check_export(store, args.number)  # R53: not once a person's consent is withdrawn
        data = card_to_json(service.view(args.number, args.actor))  # recorded in the audit trail as a view
        data["copies"] = [copy_to_json(c) for c in CopyService(store).copies(args.number, actor=args.actor)]
        if args.history:
            data["history"] = [change_to_json(c) for c in service.history(args.number, actor=args.actor)]
        return data

    parser.set_defaults(handler=run)


def _edit(sub: SubParsers) -> None:
    parser = sub.add_parser("edit", help="change fields of a card from JSON; the history keeps old values")
    parser.add_argument("number", help="registration number or id")
    parser.add_argument("--input", required=True, metavar="FILE", help="JSON object of the fields to change, or -")
    parser.add_argument("--expected-version", type=int, help="refuse if the card changed since this version")

    def run(args: argparse.Namespace) -> Any:
        changes = _read_input(args.input)
        if not isinstance(changes, dict):
            raise ClerkError("the input must be a JSON object of fields", code="input.not_object")
        card = CardService(_store(args)).edit(
            args.number, changes, args.actor, expected_version=args.expected_version
        )
        return card_to_json(card)

    parser.set_defaults(handler=run)


def _list(sub: SubParsers) -> None:
    parser = sub.add_parser("list", help="print a journal, newest first (or --order), as a JSON array")
    parser.add_argument("--journal", default="incoming", help="journal code: incoming or outgoing (default incoming)")
    parser.add_argument("--limit", type=int, default=50, help="how many cards (default 50)")
    parser.add_argument("--order", choices=[o.value for o in JournalOrder], default=JournalOrder.NEWEST.value,
                        help="newest, oldest, due (soonest due date first) or correspondent (A to Z)")
    parser.add_argument("--show", choices=[c.value for c in ControlFilter], default=None,
                        help="only the cards on control, overdue, due soon or closed (removed from control)")
    parser.add_argument("--kind", choices=[k.value for k in AppealKind], default=None, help="only this kind (cl. 5)")

    def run(args: argparse.Namespace) -> Any:
        if args.limit < 1:
            raise ClerkError("--limit must be at least 1", code="list.bad_limit")
        order = JournalOrder(args.order)
        quick_filter = JournalFilter(
            control=ControlFilter(args.show) if args.show else None, kind=AppealKind(args.kind) if args.kind else None
        )
        service = CardService(_store(args))
        rows: list[dict[str, Any]] = []
        cursor = None
        while len(rows) < args.limit:
            page = service.journal_page(
                args.journal, limit=min(MAX_PAGE, args.limit - len(rows)), cursor=cursor, order=order,
                quick_filter=quick_filter, actor=args.actor,
            )
            rows.extend(journal_row_to_json(r) for r in page.rows)
            cursor = page.next_cursor
            if cursor is None:
                break
        withheld = consent_checks.withheld(service.store, [uuid.UUID(r["id"]) for r in rows])
        for r in rows:  # R53: a person's consent withdrawn or run out: their data are not written out
            if uuid.UUID(r["id"]) in withheld:
                r.update({"correspondent": None, "summary": None, "pd_withheld": True})
        if rows:  # written out: an export of everyone's data on these cards (R36)
            AuditService(service.store).record_cards(
                args.actor, AuditAction.EXPORT, AuditObject.JOURNAL, [uuid.UUID(r["id"]) for r in rows],
                object_id=args.journal, details={"rows": len(rows), "order": order.value},
            )
        return rows

    parser.set_defaults(handler=run)


def _reference(sub: SubParsers) -> None:
    parser = sub.add_parser("reference", help="reference lists: settlement bodies, staff, respondents")
    parser.add_argument("action", choices=["list", "add"], help="list entries, or add one from JSON")
    parser.add_argument("list_name", choices=["bodies", "staff", "respondents"], metavar="LIST",
                        help="bodies (pre-trial settlement bodies), staff (executors) or respondents")
    parser.add_argument("--input", metavar="FILE", help="the entry as JSON (for add), or -")
    parser.add_argument("--find", default="", help="respondents: BIN/IIN prefix or part of the name")

    def run(args: argparse.Namespace) -> Any:
        service = ReferenceService(_store(args))
        if args.action == "add":
            if args.input is None or args.list_name == "respondents":
                raise ClerkError("add needs --input and works for bodies and staff (respondents come with cards)",
                                 code="reference.bad_usage")
            data = _read_input(args.input)
            entry = (service.add_settlement_body(data, actor=args.actor) if args.list_name == "bodies"
                     else service.add_staff_member(data, actor=args.actor))
            return reference_to_json(entry)
        if args.list_name == "bodies":
            return [reference_to_json(e) for e in service.settlement_bodies()]
        if args.list_name == "staff":
            return [reference_to_json(e) for e in service.staff()]
        return [reference_to_json(e) for e in service.find_respondents(args.find, limit=200)]

    parser.set_defaults(handler=run)


def _check_files(sub: SubParsers) -> None:
    parser = sub.add_parser("check-files", help="judge files as electronic copies; stores nothing; JSON lines")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")

    def run(args: argparse.Namespace) -> Any:
        # No store is opened: checking files needs none. One JSON object per line, as each is judged.
        judge = FileJudge()
        try:
            for verdict in judge.check_files(args.paths):
                sys.stdout.write(json.dumps(verdict_to_json(verdict), ensure_ascii=False) + "\n")
                sys.stdout.flush()
        finally:
            judge.close()
        return None

    parser.set_defaults(handler=run, needs_login=False)  # judges files; opens no store


def _attach(sub: SubParsers) -> None:
    parser = sub.add_parser("attach", help="attach electronic copies (PDF, TIFF, JPEG) to a card")
    parser.add_argument("number", help="registration number or id of the card")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--role", default=CopyRole.APPEAL.value, choices=[r.value for r in CopyRole])

    def run(args: argparse.Namespace) -> Any:
        service = CopyService(_store(args))
        try:
            report = service.attach(args.number, args.files, CopyRole(args.role), args.actor)
        finally:
            service.close()
        result = {"attached": [copy_to_json(c) for c in report.attached],
                  "refused": [verdict_to_json(v) for v in report.refused]}
        if report.refused:
            _print_json(result)
            names = ", ".join(Path(v.path).name for v in report.refused)
            raise ClerkError(f"{len(report.refused)} file(s) refused: {names} (reasons in the output)", code="copy.refused")
        return result

    parser.set_defaults(handler=run)


def _ocr(sub: SubParsers) -> None:
    parser = sub.add_parser("ocr", help="recognise the text of queued copies now (the GUI does it in the background)")
    parser.add_argument("--languages", help="set the recognition languages first, e.g. kaz+rus+eng")

    def run(args: argparse.Namespace) -> Any:
        service = Registry(_store(args)).ocr
        if args.languages:
            service.set_languages(args.languages, actor=args.actor)
        report = service.run_pending()
        if report.problem:
            raise ClerkError(f"text recognition is off: {report.problem} ({report.pending} files wait)", code="ocr.unavailable")
        return {"recognised": report.recognised, "pages": report.pages, "failed": report.failed, "pending": report.pending}

    parser.set_defaults(handler=run)


def _export_pdf(sub: SubParsers) -> None:
    parser = sub.add_parser("export-pdf", help="write a searchable PDF (image plus text layer) of a stored copy")
    parser.add_argument("sha256", help="the copy's sha256 (clerk-app show NUMBER lists them)")
    parser.add_argument("--out", required=True, type=Path, help="the PDF to write (the original is not changed)")

    def run(args: argparse.Namespace) -> Any:
        registry = Registry(_store(args))
        written = registry.copies.export_searchable_pdf(args.sha256, args.out, registry.ocr.languages(), actor=args.actor)
        return {"out": str(args.out), "pages": written}

    parser.set_defaults(handler=run)


def _hot_folder(sub: SubParsers) -> None:
    parser = sub.add_parser("hot-folder", help="import finished files a network scanner drops into a folder")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--once", action="store_true", help="look twice (to see which files are finished), then stop")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between looks (default 5)")
    parser.add_argument("--stable-seconds", type=float, default=2.0, help="how long a file must stay unchanged")

    def run(args: argparse.Namespace) -> Any:
        args.actor.require(Permission.ATTACH)
        if not args.folder.is_dir():
            raise ClerkError(f"{args.folder} is not a folder", code="hot_folder.not_a_folder")
        registry = Registry(_store(args))
        problem = unsafe_folder_problem(args.folder, registry.data_dir)
        if problem:
            registry.close()
            raise ClerkError(problem, code="hot_folder.unsafe")
        folder = HotFolder(args.folder, registry.copies, stable_seconds=args.stable_seconds)
        try:
            if not args.once:
                folder.watch(args.interval)
            folder.scan_once()  # the first look only notes sizes and times
            time.sleep(args.stable_seconds)
            report = folder.scan_once()
        finally:
            registry.close()
        return {"imported": list(report.imported), "rejected": list(report.rejected), "waiting": list(report.waiting)}

    parser.set_defaults(handler=run)


def _inbox(sub: SubParsers) -> None:
    parser = sub.add_parser("inbox", help="files waiting to be filed under a card: list, or file one")
    parser.add_argument("action", choices=["list", "file"])
    parser.add_argument("item", nargs="?", help="file: the inbox item's id")
    parser.add_argument("number", nargs="?", help="file: the card's registration number or id")
    parser.add_argument("--role", default=CopyRole.APPEAL.value, choices=[r.value for r in CopyRole])

    def run(args: argparse.Namespace) -> Any:
        registry = Registry(_store(args))
        if args.action == "list":
            return [inbox_item_to_json(item) for item in registry.copies.inbox(actor=args.actor)]
        item_id = parse_card_id(args.item or "")
        if item_id is None or not args.number:
            raise ClerkError("inbox file needs an item id and a card number", code="inbox.bad_usage")
        return copy_to_json(registry.copies.file_inbox_item(item_id, args.number, CopyRole(args.role), args.actor))

    parser.set_defaults(handler=run)


def _deadline(sub: SubParsers) -> None:
    parser = sub.add_parser("deadline", help="when a period runs out on the Kazakhstan working-day calendar")
    parser.add_argument("--from", dest="start", required=True, type=iso_date, metavar="YYYY-MM-DD",
                        help="the day of the event (registration, receipt, ...)")
    parser.add_argument("--days", required=True, type=int, metavar="N", help="the period: days (or hours with --unit hours)")
    parser.add_argument("--unit", default=PeriodUnit.CALENDAR_DAYS.value, choices=[u.value for u in PeriodUnit])
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        service = CalendarService(_store(args))
        deadline = service.due(args.start, args.days, PeriodUnit(args.unit))
        calendar = service.calendar()
        return {
            "from": args.start.isoformat(),
            "days": args.days,
            "unit": args.unit,
            "due": deadline.due.isoformat(),
            "due_at": deadline.due_at.isoformat() if deadline.due_at else None,
            "moved_from": deadline.moved_from.isoformat() if deadline.moved_from else None,
            "days_off_in_between": [d.isoformat() for d in calendar.days_off_between(args.start, deadline.due)],
        }

    parser.set_defaults(handler=run)


def _calendar(sub: SubParsers) -> None:
    parser = sub.add_parser("calendar", help="the working-day calendar's corrections: moved days off, working Saturdays")
    parser.add_argument("action", choices=["list", "day-off", "working-day", "remove"])
    parser.add_argument("day", nargs="?", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--note", help="e.g. the government decree that moved the day")

    def run(args: argparse.Namespace) -> Any:
        service = CalendarService(_store(args))
        if args.action != "list":
            if args.day is None:
                raise ClerkError(f"calendar {args.action} needs a date", code="calendar.bad_usage")
            if args.action == "remove":
                service.remove_day(args.day, actor=args.actor)
            else:
                service.set_day(args.day, is_working=args.action == "working-day", note=args.note, actor=args.actor)
        return [{"day": c.day.isoformat(), "working": c.is_working, "note": c.note} for c in service.corrections()]

    parser.set_defaults(handler=run)


def _deadline_rules(sub: SubParsers) -> None:
    parser = sub.add_parser("deadline-rules", help="the legal periods in force (with their sources); change one")
    parser.add_argument("action", choices=["list", "set"])
    parser.add_argument("code", nargs="?", help="set: the rule's code, e.g. pretrial_consideration")
    parser.add_argument("--amount", type=int, help="set: the new period")
    parser.add_argument("--unit", choices=[u.value for u in PeriodUnit], help="set: calendar, working or hours")

    def run(args: argparse.Namespace) -> Any:
        service = DeadlineRuleService(_store(args))
        if args.action == "set":
            if not args.code or args.amount is None or args.unit is None:
                raise ClerkError("deadline-rules set needs CODE --amount N --unit U", code="deadline_rule.bad_usage")
            service.set_period(args.code, args.amount, PeriodUnit(args.unit), actor=args.actor)
        return [
            {"code": r.code, "amount": r.amount, "unit": r.unit.value, "kinds": [k.value for k in r.applies_to_kinds],
             "legal_source": r.legal_source, "is_default": r.is_default}
            for r in service.rules()
        ]

    parser.set_defaults(handler=run)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


COMMANDS: list[Callable[[SubParsers], None]] = [
    _init, _demo, _register, _show, _edit, _list, _reference, _check_files, _attach, _ocr, _export_pdf,
    _hot_folder, _inbox, _deadline, _calendar, _deadline_rules,
]
