"""The ``clerk-app`` entry point: commands run without loading Qt; no command starts the GUI."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from typing import Any

from clerk_app.cli.main import main as cli_main


def _start_gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(data_dir=args.data_dir, db_url=args.db)


def _print_document(args: argparse.Namespace) -> dict[str, Any]:
    from ui.printing.command import print_document  # Qt is imported only for a printed document

    return print_document(args)


def _self_test() -> int:
    from ui.self_test import run_self_test  # Qt is imported only for the printed journal

    return run_self_test()


def main() -> int:
    # File checks and text recognition run in spawned worker processes: in a frozen build each of
    # them starts this executable again, and this call turns it into the worker (a no-op otherwise).
    multiprocessing.freeze_support()
    return cli_main(sys.argv[1:], gui=_start_gui, printer=_print_document, self_test=_self_test)


if __name__ == "__main__":
    sys.exit(main())
