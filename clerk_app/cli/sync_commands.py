"""``sync``, ``sync connect|disconnect|status``, ``central init|add-station`` (docs/sync.md).

Passwords never come from arguments (other users see the process list): a station's password is
read from standard input or the terminal and kept in the OS keyring; ``add-station`` prints the
new one once."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from clerk_app.cli import credentials
from clerk_app.errors import ClerkError
from clerk_app.services import central
from clerk_app.services.registry import Registry

SubParsers = Any  # argparse's _SubParsersAction is private


def _registry(args: argparse.Namespace) -> Registry:
    return Registry.open(args.db, args.data_dir)


def _run(args: argparse.Namespace) -> Any:
    registry = _registry(args)
    try:
        rounds = 1 if args.once else 3  # more rounds pick up what others pushed meanwhile
        report = registry.sync.sync(central_url=args.central)
        for _ in range(rounds - 1):
            again = registry.sync.sync(central_url=args.central)
            if not (again.pushed_total or again.pulled_total):
                break
            report.add(again)
        data = report.to_json()
        status = registry.sync.status()
        data.update(pending_changes=status.pending_changes, problems=status.problems, open_conflicts=status.open_conflicts)
    finally:
        registry.close()
    if not args.json:
        sys.stdout.write(
            f"pushed {data['pushed_total']}, pulled {data['pulled_total']}, conflicts {data['conflicted']}, "
            f"refused {data['refused']}; waiting {data['pending_changes']}\n"
        )
        return None
    return data


def _connect(args: argparse.Namespace) -> Any:
    password = credentials.read_password(f"Password of station {args.station}: ", from_stdin=args.station_password_stdin)
    registry = _registry(args)
    try:
        connection = registry.sync.connect(args.central, args.station, password, args.actor,
                                           sslmode=args.sslmode, ca_file=args.ca_file)
    finally:
        registry.close()
    return {"central": connection.url, "station": connection.station_name, "station_code": connection.station_code,
            "sslmode": connection.sslmode, "ca_file": connection.ca_file}


def _disconnect(args: argparse.Namespace) -> Any:
    registry = _registry(args)
    try:
        registry.sync.disconnect(args.actor)
    finally:
        registry.close()
    return {"mode": "standalone"}


def _status(args: argparse.Namespace) -> Any:
    registry = _registry(args)
    try:
        s = registry.sync.status()
    finally:
        registry.close()
    return {
        "mode": s.mode.value, "central": s.central, "station_code": s.station_code,
        "last_sync_at": s.last_sync_at.isoformat() if s.last_sync_at else None,
        "last_error": s.last_error_code, "pending_changes": s.pending_changes, "pending_uploads": s.pending_uploads,
        "problems": s.problems, "open_conflicts": s.open_conflicts,
    }


def _central_url(args: argparse.Namespace) -> str:
    url = args.central_db or args.db
    if not url:
        raise ClerkError("name the central store: --db postgresql://owner@host/database", code="sync.bad_url")
    return str(url)


def _central_init(args: argparse.Namespace) -> Any:
    store = central.init_central(_central_url(args))
    try:
        return {"central": store.engine.url.render_as_string(hide_password=True), "initialised": True}
    finally:
        store.close()


def _add_station(args: argparse.Namespace) -> Any:
    store = central.init_central(_central_url(args))
    try:
        made = central.add_station(store, args.name, code=args.code, title=args.title)
    finally:
        store.close()
    sys.stderr.write("clerk-app: give the password to the station's administrator now; it is not shown again\n")
    return {"station": made.name, "station_code": made.code, "password": made.password}


def _sync(sub: SubParsers) -> None:
    parser = sub.add_parser("sync", help="synchronise with the central store (docs/sync.md)")
    parser.add_argument("--central", metavar="URL", help="the central store's address for this run")
    parser.add_argument("--once", action="store_true", help="one round only")
    parser.add_argument("--json", action="store_true", help="print what was pushed, pulled, conflicted and refused")
    parser.set_defaults(handler=_run)
    actions = parser.add_subparsers(dest="sync_action", parser_class=type(parser))
    connect = actions.add_parser("connect", help="connect this station to a central store (administrators)")
    connect.add_argument("central", metavar="URL", help="postgresql://host:port/database")
    connect.add_argument("--station", required=True, help="the station's name given by central add-station")
    connect.add_argument("--sslmode", choices=["disable", "require", "verify-ca", "verify-full"])
    connect.add_argument("--ca-file", help="the CA certificate that signed the server's (with verify-full)")
    connect.add_argument("--station-password-stdin", dest="station_password_stdin", action="store_true",
                         help="read the station's password from standard input")
    connect.set_defaults(handler=_connect)
    actions.add_parser("disconnect", help="back to standalone").set_defaults(handler=_disconnect)
    actions.add_parser("status", help="mode, last sync, waiting changes, problems").set_defaults(handler=_status)


def _central(sub: SubParsers) -> None:
    parser = sub.add_parser("central", help="the central PostgreSQL store (docs/sync.md)")
    actions = parser.add_subparsers(dest="central_action", required=True, parser_class=type(parser))
    init = actions.add_parser("init", help="create or upgrade the central schema and the stations' rights")
    init.add_argument("--db", dest="central_db", metavar="URL", help="postgresql://owner@host/database")
    init.set_defaults(handler=_central_init, needs_login=False)
    add = actions.add_parser("add-station", help="a station's own PostgreSQL role, code and password")
    add.add_argument("name", help="the station's role name: small Latin letters, digits, _")
    add.add_argument("--code", help="its code in registration numbers (default: the next free letter)")
    add.add_argument("--title", help="a description, e.g. the desk's place")
    add.add_argument("--db", dest="central_db", metavar="URL", help="postgresql://owner@host/database")
    add.set_defaults(handler=_add_station, needs_login=False)


COMMANDS: list[Callable[[SubParsers], None]] = [_sync, _central]
