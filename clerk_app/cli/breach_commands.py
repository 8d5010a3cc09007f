"""``clerk-app pd breach ...``: the register of personal-data security breaches (R47) from the
command line. Input from options (a long description from a file), JSON on stdout. Registered in
the ``pd`` group (clerk_app/cli/audit_commands.py). See docs/cli.md and docs/personal-data.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from clerk_app.domain.breaches import (
    MAX_TEXT,
    Breach,
    BreachFilter,
    BreachNotice,
    DataCategory,
    NoticeChannel,
)
from clerk_app.errors import ClerkError
from clerk_app.services.breaches import BreachService
from clerk_app.services.setup import open_registry
from clerk_app.timeutil import astana_today, iso_astana

SubParsers = Any  # argparse's _SubParsersAction is private
MAX_FILE_BYTES = 4 * MAX_TEXT + 1024  # UTF-8 takes up to 4 bytes a character


def _service(args: argparse.Namespace) -> BreachService:
    return BreachService(open_registry(args.db, args.data_dir))


def read_text_file(name: str) -> str:
    """A UTF-8 text file (or - for standard input), refused when far longer than any field."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ClerkError(f"cannot read {name}: {exc.strerror}", code="input.unreadable") from None
    if len(data) > MAX_FILE_BYTES:
        raise ClerkError(f"{name} is longer than {MAX_TEXT} characters", code="input.too_long")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ClerkError(f"{name} is not UTF-8 text", code="input.not_utf8") from None


def breach_to_json(b: Breach) -> dict[str, Any]:
    today = astana_today()
    return {
        "id": str(b.id), "number": b.number, "state": b.state.value, "overdue": b.is_overdue(today),
        "detected_at": iso_astana(b.detected_at), "recorded_at": iso_astana(b.recorded_at), "recorded_by": b.recorded_by,
        "notice_due_on": b.notice_due_on.isoformat(), "description": b.description,
        "categories": [c.value for c in b.categories], "subjects_count": b.subjects_count,
        "subjects_named": b.known_subjects, "measures": b.measures,
        "responsible": {"name": b.responsible.name, "phone": b.responsible.phone or None,
                        "email": b.responsible.email or None},
        "notified_at": iso_astana(b.notified_at) if b.notified_at else None, "notified_to": b.notified_to,
        "notice_channel": b.notice_channel.value if b.notice_channel else None,
        "notice_reference": b.notice_reference, "notified_late": b.notified_late,
        "closed_at": iso_astana(b.closed_at) if b.closed_at else None, "closed_by": b.closed_by,
        "closing_note": b.closing_note,
    }


def notice_to_json(notice: BreachNotice) -> dict[str, Any]:
    o = notice.operator
    return {
        "breach": breach_to_json(notice.breach),
        "operator": {"name": o.name, "bin": o.bin, "address": o.address, "phone": o.phone, "email": o.email},
        "notice_due_at": iso_astana(notice.notice_due_at),
    }


def _draft_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--detected", metavar="YYYY-MM-DDTHH:MM", required=required,
                        help="when the breach was detected (Astana time unless an offset is given)")
    text = parser.add_mutually_exclusive_group(required=required)
    text.add_argument("--description", help="what happened")
    text.add_argument("--description-file", metavar="FILE", help="the description from a UTF-8 file (- for stdin)")
    parser.add_argument("--category", action="append", choices=[c.value for c in DataCategory],
                        help="a category of the data affected (repeat for several)")
    parser.add_argument("--subjects", metavar="N", help="about how many persons are affected")
    parser.add_argument("--iin", action="append", metavar="IIN",
                        help="an affected person's IIN, if known (repeat; kept only as a keyed hash)")
    measures = parser.add_mutually_exclusive_group()
    measures.add_argument("--measures", help="the measures taken")
    measures.add_argument("--measures-file", metavar="FILE", help="the measures from a UTF-8 file")
    parser.add_argument("--responsible-name", help="the responsible person (default: the setting)")
    parser.add_argument("--responsible-phone")
    parser.add_argument("--responsible-email")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")


def _draft_data(args: argparse.Namespace) -> dict[str, Any]:
    """Only the options given: an update changes those and keeps the rest."""
    data: dict[str, Any] = {}
    if args.detected is not None:
        data["detected_at"] = args.detected
    if args.description is not None or args.description_file is not None:
        data["description"] = args.description if args.description is not None else read_text_file(args.description_file)
    if args.category:
        data["categories"] = args.category
    if args.subjects is not None:
        data["subjects_count"] = args.subjects
    if args.iin:
        data["subject_iins"] = args.iin
    if args.measures is not None or args.measures_file is not None:
        data["measures"] = args.measures if args.measures is not None else read_text_file(args.measures_file)
    for key in ("name", "phone", "email"):
        value = getattr(args, f"responsible_{key}")
        if value is not None:
            data[f"responsible_{key}"] = value
    return data


def register(pd_sub: SubParsers) -> None:
    parser = pd_sub.add_parser("breach", help="the register of personal-data security breaches (R47)")
    actions = parser.add_subparsers(dest="breach_action", metavar="ACTION", required=True, parser_class=type(parser))

    add = actions.add_parser("add", help="record a breach; prints it with its number and notice deadline")
    _draft_options(add, required=True)
    add.set_defaults(handler=lambda a: breach_to_json(_service(a).record(_draft_data(a), a.actor)))

    update = actions.add_parser("update", help="change what is known of a breach (options not given stay)")
    update.add_argument("number", help="the breach's number (B-2026-A-001) or id")
    _draft_options(update, required=False)
    update.set_defaults(handler=lambda a: breach_to_json(_service(a).update(a.number, _draft_data(a), a.actor)))

    listing = actions.add_parser("list", help="the register, newest first")
    listing.add_argument("--show", choices=[f.value for f in BreachFilter], default=BreachFilter.ALL.value,
                         help="all, open (not closed) or overdue (not notified past the deadline)")
    listing.add_argument("--json", action="store_true", help="JSON output (the default)")
    listing.set_defaults(handler=lambda a: [breach_to_json(b) for b in _service(a).list(a.actor, BreachFilter(a.show))])

    show = actions.add_parser("show", help="one breach")
    show.add_argument("number")
    show.add_argument("--json", action="store_true", help="JSON output (the default)")
    show.set_defaults(handler=lambda a: breach_to_json(_service(a).get(a.number, a.actor)))

    notify = actions.add_parser("notify", help="record that the authorized body was notified")
    notify.add_argument("number")
    notify.add_argument("--to", required=True, help="whom: the authorized body for personal data")
    notify.add_argument("--channel", required=True, choices=[c.value for c in NoticeChannel], help="how")
    notify.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="when (default: now)")
    notify.add_argument("--reference", help="the notice's outgoing number or the reference the body gave")
    notify.add_argument("--json", action="store_true", help="JSON output (the default)")
    notify.set_defaults(handler=lambda a: breach_to_json(_service(a).mark_notified(
        a.number, {"notified_to": a.to, "channel": a.channel, "notified_at": a.at, "reference": a.reference}, a.actor)))

    close = actions.add_parser("close", help="close a breach (one never notified needs --note saying why)")
    close.add_argument("number")
    close.add_argument("--note", help="the closing note")
    close.add_argument("--json", action="store_true", help="JSON output (the default)")
    close.set_defaults(handler=lambda a: breach_to_json(_service(a).close(a.number, a.note, a.actor)))

    notice = actions.add_parser("notice", help="the facts of the notice to the authorized body")
    notice.add_argument("number")
    notice.add_argument("--json", action="store_true", help="JSON output (the default)")
    notice.set_defaults(handler=lambda a: notice_to_json(_service(a).notice(a.number, a.actor)))

    contact = actions.add_parser("contact", help="show or set the person responsible for personal-data processing")
    contact.add_argument("--name")
    contact.add_argument("--phone")
    contact.add_argument("--email")
    contact.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run_contact(a: argparse.Namespace) -> Any:
        service = _service(a)
        if a.name is None and a.phone is None and a.email is None:
            person = service.responsible_person()
        else:
            person = service.set_responsible_person({"name": a.name, "phone": a.phone, "email": a.email}, a.actor)
        return {"name": person.name, "phone": person.phone or None, "email": person.email or None}

    contact.set_defaults(handler=run_contact)
