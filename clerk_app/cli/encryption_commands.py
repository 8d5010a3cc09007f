"""``encryption status|enable|recovery-code|recover`` (docs/security.md, docs/cli.md).

The recovery code is printed by ``enable`` (once, for the administrator to write down) and by
``recovery-code`` (audited); ``recover`` reads it from ``CLERK_RECOVERY_CODE`` or standard input,
never from arguments, which other users of the machine see in the process list."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.cli.confirm import confirm
from clerk_app.errors import ClerkError
from clerk_app.services import encryption as service
from clerk_app.services.context import Actor
from clerk_app.services.setup import open_registry
from storage.store import default_data_dir

SubParsers = Any  # argparse's _SubParsersAction is private
RECOVERY_CODE_ENV = "CLERK_RECOVERY_CODE"
_WRITE_IT_DOWN = ("clerk-app: write the recovery code down on paper and keep it in the safe: without it a lost "
                  "keyring means a lost registry (docs/security.md)\n")


def _embedded_only(args: argparse.Namespace) -> Path:
    if args.db:
        raise ClerkError("encryption at rest applies to the embedded store; protect a PostgreSQL server's disk "
                         "with the server's own encryption (docs/security.md)", code="store.encryption_not_applicable")
    return Path(args.data_dir or default_data_dir())


def _status(args: argparse.Namespace) -> Any:
    data_dir = Path(args.data_dir or default_data_dir())
    return service.encryption_status(data_dir, args.db).to_dict()


def _enable(args: argparse.Namespace) -> Any:
    data_dir = _embedded_only(args)
    confirm(f"Encrypt the registry at {data_dir}? Close clerk-app everywhere first. [y/N]", yes=args.yes)
    code = service.enable_encryption(data_dir, args.actor)
    sys.stderr.write(_WRITE_IT_DOWN)
    return {"encrypted": True, "recovery_code": code, **_status_fields(data_dir)}


def _status_fields(data_dir: Path) -> dict[str, Any]:
    status = service.encryption_status(data_dir)
    return {"keyring": status.keyring, "store_id": status.store_id, "key_fingerprint": status.key_fingerprint}


def _recovery_code(args: argparse.Namespace) -> Any:
    data_dir = _embedded_only(args)
    store = open_registry(None, data_dir)
    try:
        code = service.EncryptionService(store).recovery_code(args.actor)
    finally:
        store.close()
    sys.stderr.write(_WRITE_IT_DOWN)
    return {"recovery_code": code}


def _read_code() -> str:
    code = os.environ.get(RECOVERY_CODE_ENV)
    if code:
        return code
    if sys.stdin.isatty():
        return getpass.getpass("Recovery code: ")
    line = sys.stdin.readline()
    if not line.strip():
        raise ClerkError(f"give the recovery code on standard input or in {RECOVERY_CODE_ENV}",
                         code="input.no_recovery_code")
    return line


def _recover(args: argparse.Namespace) -> Any:
    data_dir = _embedded_only(args)
    status = service.recover_key(data_dir, _read_code(), Actor.from_environment())
    return {"recovered": True, **status.to_dict()}


def _encryption(sub: SubParsers) -> None:
    parser = sub.add_parser("encryption", help="encryption at rest of the embedded store (docs/security.md)")
    actions = parser.add_subparsers(dest="encryption_action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="whether the store is encrypted and its key is in the keyring")
    status.add_argument("--json", action="store_true", help="(the output is always JSON)")
    status.set_defaults(handler=_status, needs_login=False)  # it must work when the store will not open
    enable = actions.add_parser("enable", help="encrypt the store in place and print its recovery code once")
    enable.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    enable.set_defaults(handler=_enable)
    shown = actions.add_parser("recovery-code", help="print the recovery code again (administrators; audited)")
    shown.set_defaults(handler=_recovery_code)
    recover = actions.add_parser(
        "recover", help=f"put the store key back into the keyring from the recovery code ({RECOVERY_CODE_ENV} or stdin)")
    recover.set_defaults(handler=_recover, needs_login=False)  # the code is the authority: the store cannot open yet


COMMANDS: list[Callable[[SubParsers], None]] = [_encryption]
