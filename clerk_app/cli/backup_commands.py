"""``backup`` and ``restore`` (docs/backups.md, docs/cli.md). The backup passphrase comes from
``CLERK_BACKUP_PASSPHRASE``, the keyring (``backup set-passphrase``), standard input
(``--passphrase-stdin``) or the terminal, never from arguments."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clerk_app.cli import credentials
from clerk_app.cli.confirm import confirm
from clerk_app.domain.accounts import Permission
from clerk_app.errors import ClerkError, StoreError
from clerk_app.services import backup_passphrase, restore
from clerk_app.services.accounts import AccountService
from clerk_app.services.backup import BackupService
from clerk_app.services.backup_check import check_backup
from clerk_app.services.backup_manifest import Manifest
from clerk_app.services.context import Actor
from clerk_app.services.setup import StoreSettingsService, open_registry
from clerk_app.timeutil import iso_astana
from storage.store import DATABASE_FILE_NAME, default_data_dir

SubParsers = Any  # argparse's _SubParsersAction is private


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(credentials.PASSPHRASE_STDIN, dest="passphrase_stdin", action="store_true",
                        help="read the backup passphrase from standard input (one line)")


def _passphrase(args: argparse.Namespace, *, new: bool) -> str:
    """Standard input when asked, else the environment or the keyring, else typed at the terminal
    (twice for a new archive)."""
    if args.passphrase_stdin:
        return credentials.read_password("", from_stdin=True)
    kept = backup_passphrase.stored_passphrase()
    if kept:
        return kept
    if not sys.stdin.isatty():
        raise ClerkError(f"no backup passphrase: set {backup_passphrase.PASSPHRASE_ENV}, keep one with clerk-app backup "
                         f"set-passphrase, or give it on standard input with {credentials.PASSPHRASE_STDIN}",
                         code="backup.no_passphrase")
    if new:
        return credentials.read_new_password("Backup passphrase: ", from_stdin=False)
    return credentials.read_password("Backup passphrase: ", from_stdin=False)


def manifest_to_json(manifest: Manifest) -> dict[str, Any]:
    return {
        "created_at": iso_astana(manifest.created_at), "app_version": manifest.app_version,
        "schema_revision": manifest.schema_revision, "store_id": manifest.store_id, "cards": manifest.card_count,
        "last_registered_at": iso_astana(manifest.last_registered_at) if manifest.last_registered_at else None,
        "audit_entries": manifest.audit_entries, "audit_head_hash": manifest.audit_head_hash,
        "copies": len(manifest.blobs), "missing_copies": list(manifest.missing_blobs),
        "store_encrypted": manifest.store_encrypted,
    }


# --- backup ------------------------------------------------------------------------------------------


def _backup(sub: SubParsers) -> None:
    parser = sub.add_parser("backup", help="write an encrypted backup of the registry and its copies (while it runs)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="the archive to write (replaced whole if it exists)")
    _passphrase_option(parser)
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION")
    keep = actions.add_parser("set-passphrase", help="keep the backup passphrase in the system keyring")
    _passphrase_option(keep)
    keep.set_defaults(handler=_set_passphrase, needs_login=False)
    forget = actions.add_parser("forget-passphrase", help="remove the backup passphrase from the keyring")
    forget.set_defaults(handler=lambda args: {"removed": backup_passphrase.forget_passphrase()}, needs_login=False)
    check = actions.add_parser("check", help="decrypt and check an archive without restoring it")
    check.add_argument("file", type=Path, metavar="FILE")
    _passphrase_option(check)
    check.set_defaults(handler=_check, needs_login=False)

    def run(args: argparse.Namespace) -> Any:
        if args.out is None:
            raise ClerkError("name the archive: clerk-app backup --out FILE", code="input.no_output")
        passphrase = _passphrase(args, new=True)
        store = open_registry(args.db, args.data_dir)
        try:
            result = BackupService(store).back_up(args.out, passphrase, args.actor)
        finally:
            store.close()
        if result.manifest.missing_blobs:
            sys.stderr.write(f"clerk-app: warning: {len(result.manifest.missing_blobs)} stored copies were missing "
                             "from the store and are not in the backup (see clerk-app verify)\n")
        return {"out": str(result.path), "size_bytes": result.size_bytes, "seconds": round(result.seconds, 3),
                **manifest_to_json(result.manifest)}

    parser.set_defaults(handler=run)


def _set_passphrase(args: argparse.Namespace) -> Any:
    if args.passphrase_stdin:
        passphrase = credentials.read_password("", from_stdin=True)
    elif sys.stdin.isatty():
        passphrase = credentials.read_new_password("Backup passphrase: ", from_stdin=False)
    else:
        raise ClerkError(f"give the passphrase on standard input with {credentials.PASSPHRASE_STDIN}",
                         code="backup.no_passphrase")
    return {"keyring": backup_passphrase.save_passphrase(passphrase)}


def _check(args: argparse.Namespace) -> Any:
    passphrase = _passphrase(args, new=False)
    work = args.data_dir or default_data_dir()
    work.mkdir(parents=True, exist_ok=True)
    staged = check_backup(args.file, passphrase, work)
    return {"ok": True, "audit_entries_checked": staged.audit_checked, **manifest_to_json(staged.manifest)}


# --- restore -----------------------------------------------------------------------------------------


def _restore(sub: SubParsers) -> None:
    parser = sub.add_parser("restore", help="check a backup and put it in the place of the embedded store")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE", help="the backup archive")
    parser.add_argument("--yes", action="store_true", help="replace a newer store without asking (it is kept aside)")
    parser.add_argument("--resume", action="store_true", help="finish a restore that was interrupted")
    _passphrase_option(parser)

    def run(args: argparse.Namespace) -> Any:
        if args.db:
            raise ClerkError("restore puts back the embedded store; restore PostgreSQL with pg_restore "
                             "(docs/backups.md)", code="backup.not_embedded")
        data_dir = args.data_dir or default_data_dir()
        if args.resume:
            finished = restore.resume(data_dir)
            if finished is None:
                return {"resumed": False, "replaced": None, "destruction_reapplied": []}
            return {"resumed": True, "replaced": str(finished.replaced) if finished.replaced else None,
                    "destruction_reapplied": list(finished.reapplied)}
        if args.file is None:
            raise ClerkError("name the backup archive: clerk-app restore FILE", code="input.no_input")
        user = _allowed_user(data_dir)
        passphrase = _passphrase(args, new=False)
        result = restore.restore(args.file, passphrase, data_dir, user=user,
                                 confirm=lambda comparison: _confirm_replacing(comparison, args.yes))
        return {"restored": str(args.file), "data_dir": str(result.data_dir),
                "replaced": str(result.replaced) if result.replaced else None,
                "replaced_newer": list(result.comparison.reasons), "audit_entries_checked": result.audit_checked,
                "destruction_reapplied": list(result.reapplied),
                "seconds": round(result.seconds, 3), **manifest_to_json(result.manifest)}

    parser.set_defaults(handler=run, needs_login=False)


def _allowed_user(data_dir: Path) -> str:
    """Who restores. A current store with accounts must be given up by an account that may back
    up; one that cannot be opened (its key lost, damaged) stops nobody: whoever can write the data
    folder could replace its files by hand anyway (docs/backups.md)."""
    if not (data_dir / DATABASE_FILE_NAME).exists():
        return Actor.from_environment().user
    try:
        store = open_registry(None, data_dir)
    except StoreError:
        return Actor.from_environment().user
    try:
        accounts = AccountService(store)
        if not accounts.has_accounts():
            return Actor.from_environment().user
        login, password = credentials.credentials()
        actor = accounts.authenticate(login, password, station=StoreSettingsService(store).station_code())
        actor.require(Permission.BACKUP)
        return actor.user
    finally:
        store.close()  # no connection may stay open: the files are about to move


def _confirm_replacing(comparison: restore.Comparison, yes: bool) -> bool:
    """False without a terminal and without --yes: the restore then refuses with the reasons."""
    reasons = "".join(f"  - {reason}\n" for reason in comparison.reasons)
    try:
        confirm(f"The current store is newer than the backup:\n{reasons}It will be kept aside in the data folder. "
                "Replace it with the backup? [y/N]", yes=yes)
    except ClerkError as exc:
        if exc.code == "input.confirm_needed":
            return False
        raise
    return True


COMMANDS: list[Callable[[SubParsers], None]] = [_backup, _restore]
