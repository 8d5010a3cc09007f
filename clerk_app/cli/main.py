"""Command-line entry: JSON on stdout, one clear line on stderr for errors, exit 0 only on success.

Exit codes: 0 success; 1 the request was refused (bad input, not found, likely duplicate);
2 wrong usage; 3 the store cannot be opened; 4 an internal error (traceback in the log file);
5 not signed in, or the account may not do this (``auth.*`` codes).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from clerk_app import __version__
from clerk_app.cli import (
    account_commands,
    audit_commands,
    backup_commands,
    commands,
    control_commands,
    credentials,
    encryption_commands,
    export_commands,
    find_commands,
    print_commands,
    scan_commands,
    search_commands,
    sync_commands,
)
from clerk_app.errors import AuthError, ClerkError, PermissionDeniedError, StoreError
from storage.store import default_data_dir

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORE, EXIT_INTERNAL, EXIT_AUTH = 0, 1, 2, 3, 4, 5
log = logging.getLogger("clerk_app")

GuiLauncher = Callable[[argparse.Namespace], int]
Printer = Callable[[argparse.Namespace], dict[str, Any]]  # lays out and writes a ``print`` document


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, no usage dump, exit 2
        self.exit(EXIT_USAGE, f"clerk-app: {message} (see clerk-app --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clerk-app", description="Registry of consumer appeals: GUI without a command, scripting with one.")
    parser.add_argument("--version", action="version", version=f"clerk-app {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a window (a temporary store; JSON report; exit 0 when sound)")
    parser.add_argument("--data-dir", type=Path, help="where the embedded store and its files live")
    parser.add_argument("--db", metavar="URL", help="database URL, e.g. postgresql+psycopg://user@host/db (default: embedded SQLite)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for register in [*commands.COMMANDS, *control_commands.COMMANDS, *find_commands.COMMANDS, *search_commands.COMMANDS,
                     *account_commands.COMMANDS, *audit_commands.COMMANDS,
                     *backup_commands.COMMANDS,
                     *export_commands.COMMANDS,
                     *print_commands.COMMANDS,
                     *scan_commands.COMMANDS,
                     *encryption_commands.COMMANDS,
                     *sync_commands.COMMANDS]:
        register(sub)
    return parser


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _log_to_file(data_dir: Path) -> Path | None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / "clerk-app.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
        return path
    except OSError:
        return None


def main(
    argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None, printer: Printer | None = None,
    self_test: Callable[[], int] | None = None,
) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # Kazakh letters on a Windows console
    try:
        credentials.refuse_password_arguments(sys.argv[1:] if argv is None else argv)
    except AuthError as exc:  # before argparse, which would repeat the password in its error line
        sys.stderr.write(f"clerk-app: error [{exc.code}]: {exc.message}\n")
        return EXIT_USAGE
    args = build_parser().parse_args(argv)
    if args.self_test:
        if self_test is None:
            sys.stderr.write("clerk-app: the self-test needs the application (run the clerk-app executable)\n")
            return EXIT_USAGE
        return self_test()
    if args.command is None:
        if gui is None:
            sys.stderr.write("clerk-app: no command given and no GUI available\n")
            return EXIT_USAGE
        return gui(args)
    data_dir = args.data_dir or default_data_dir()
    log_path = _log_to_file(data_dir)
    try:
        args.actor = credentials.command_actor(args)  # signs in once the store has accounts
        args.printer = printer
        result = args.handler(args)
    except StoreError as exc:
        sys.stderr.write(f"clerk-app: {exc.message}\n")
        return EXIT_STORE
    except (AuthError, PermissionDeniedError) as exc:
        sys.stderr.write(f"clerk-app: error [{exc.code}]: {exc.message}\n")
        return EXIT_AUTH
    except ClerkError as exc:
        sys.stderr.write(f"clerk-app: error [{exc.code}]: {exc.message}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("clerk-app: interrupted\n")
        return EXIT_REFUSED
    except Exception:  # a bug: keep the traceback for the developers, show one line to the user
        log.error("internal error in %s\n%s", args.command, traceback.format_exc())
        where = f"; details in {log_path}" if log_path else ""
        sys.stderr.write(f"clerk-app: internal error{where}\n")
        return EXIT_INTERNAL
    if result is not None:
        _print_json(result)
    return EXIT_OK
