"""``clerk-app print register|card|receipt|stamp|control|quarterly|public-respondents ... --out FILE``:
the printed documents as files, the format from the extension (docs/cli.md).

The layout is Qt's (fonts, pages, PDF), which lives in ui/: the executable passes its printer in
(``ui.entry``); ``python -m clerk_app``, the Qt-free scripting interface, has none and says so."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.cli.arguments import iso_date
from clerk_app.domain.enums import Direction
from clerk_app.errors import ClerkError

SubParsers = Any  # argparse's _SubParsersAction is private
LANGUAGES = ("kk", "ru", "en")
STAMP_LAYOUTS = ("a4-3x8", "single-58x40")


def _out(parser: argparse.ArgumentParser, formats: str) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar=f"FILE{formats}", help="the file to write")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="the document's language (default: the interface language chosen in the app)")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")


def _print(sub: SubParsers) -> None:
    parser = sub.add_parser("print", help="printed registers, cards, receipts, stamp labels and reports as files")
    what = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True, parser_class=type(parser))

    register = what.add_parser("register", help="the registration journal of a period (A4 landscape PDF)")
    register.add_argument("--journal", required=True, choices=[d.value for d in Direction])
    register.add_argument("--from", dest="first", required=True, type=iso_date, metavar="YYYY-MM-DD")
    register.add_argument("--to", dest="last", required=True, type=iso_date, metavar="YYYY-MM-DD")
    _out(register, ".pdf")

    card = what.add_parser("card", help="the registration-control card of one appeal with its history (PDF)")
    card.add_argument("card", help="registration number or id")
    _out(card, ".pdf")

    receipt = what.add_parser("receipt", help="the applicant's receipt (талон) with its QR code (PDF)")
    receipt.add_argument("card", help="registration number or id")
    _out(receipt, ".pdf")

    stamp = what.add_parser("stamp", help="registration stamp labels with QR codes (PDF)")
    stamp.add_argument("cards", nargs="+", metavar="CARD", help="registration numbers or ids, one label each")
    stamp.add_argument("--layout", choices=STAMP_LAYOUTS, default=STAMP_LAYOUTS[0],
                       help="a4-3x8: 24 labels 70x37 mm on an A4 sheet (default); single-58x40: a label printer")
    _out(stamp, ".pdf")

    control = what.add_parser("control", help="the control report: overdue and due soon, by executor (PDF)")
    control.add_argument("--due-within", type=int, default=None, metavar="DAYS",
                         help="'due soon' means due within DAYS days from today")
    _out(control, ".pdf")

    quarterly = what.add_parser("quarterly", help="the quarterly information to the authorized body (cl. 9)")
    quarterly.add_argument("--year", required=True, type=int)
    quarterly.add_argument("--quarter", required=True, type=int, metavar="1-4")  # checked by the service: quarterly.bad_quarter
    quarterly.add_argument("--template", type=Path, metavar="FILE.json",
                           help="the layout of the form (default: the built-in one, docs/quarterly.md)")
    _out(quarterly, ".pdf|.xlsx|.json")

    public = what.add_parser("public-respondents",
                             help="the public register of respondents complained about, without personal data")
    public.add_argument("--from", dest="first", required=True, type=iso_date, metavar="YYYY-MM-DD")
    public.add_argument("--to", dest="last", required=True, type=iso_date, metavar="YYYY-MM-DD")
    _out(public, ".csv|.xlsx|.pdf")

    def run(args: argparse.Namespace) -> Any:
        printer: Callable[[argparse.Namespace], dict[str, Any]] | None = getattr(args, "printer", None)
        if printer is None:
            raise ClerkError(
                "printing needs the application's page layout: run the clerk-app executable, not python -m clerk_app",
                code="print.unavailable",
            )
        return printer(args)

    parser.set_defaults(handler=run)


COMMANDS: list[Callable[[SubParsers], None]] = [_print]
