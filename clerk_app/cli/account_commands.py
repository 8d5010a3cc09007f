"""The account commands: ``login``, ``logout`` and ``account ...`` (docs/accounts.md, docs/cli.md).
Passwords are typed without echo or read from standard input (``--password-stdin``), never taken
from arguments."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from clerk_app.cli import credentials
from clerk_app.cli.arguments import staff_id
from clerk_app.domain.accounts import (
    ACKNOWLEDGEMENT_VERSION,
    CONFIDENTIALITY_TEXT,
    INACTIVE_DAYS,
    Account,
    Permission,
    Role,
    confidentiality_text,
)
from clerk_app.errors import AuthError, ClerkError
from clerk_app.services.accounts import AccountService
from clerk_app.services.context import Actor
from clerk_app.services.setup import StoreSettingsService, open_registry
from clerk_app.timeutil import iso_astana

SubParsers = Any  # argparse's _SubParsersAction is private


def account_to_json(account: Account) -> dict[str, Any]:
    return {
        "id": str(account.id),
        "login": account.login,
        "display_name": account.display_name,
        "roles": sorted(r.value for r in account.roles),
        "staff_member_id": str(account.staff_member_id) if account.staff_member_id else None,
        "is_blocked": account.is_blocked,
        "acknowledged_at": iso_astana(account.acknowledged_at) if account.acknowledged_at else None,
        "acknowledged_version": account.acknowledged_version,
        "last_login_at": iso_astana(account.last_login_at) if account.last_login_at else None,
        "created_at": iso_astana(account.created_at),
    }


def _accounts(args: argparse.Namespace) -> AccountService:
    return AccountService(open_registry(args.db, args.data_dir))


def _actor(args: argparse.Namespace) -> Actor:
    actor = getattr(args, "actor", None)
    return actor if isinstance(actor, Actor) else Actor.from_environment()


def _password_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(credentials.PASSWORD_STDIN, dest="password_stdin", action="store_true",
                        help=f"read {what} from standard input (one line) instead of the terminal")


def _own(service: AccountService, actor: Actor) -> Account:
    account = service.account_of(actor)
    if account is None:  # a store without accounts runs commands as a trusted, nameless actor
        raise AuthError("the store has no accounts: create the first administrator (clerk-app account first-admin)",
                        code="auth.no_accounts")
    return account


# --- login and logout ---------------------------------------------------------------------------


def _login(sub: SubParsers) -> None:
    parser = sub.add_parser("login", help="check a login and password and keep them in the system keyring")
    parser.add_argument("--login", help=f"the account's login (default: {credentials.LOGIN_ENV}, else asked)")
    _password_option(parser, "the password")

    def run(args: argparse.Namespace) -> Any:
        login = args.login or os.environ.get(credentials.LOGIN_ENV)
        if not login:
            if not sys.stdin.isatty():
                raise ClerkError("give the login with --login", code="input.no_login")
            login = input("Login: ")
        password = credentials.read_password("Password: ", from_stdin=args.password_stdin)
        store = open_registry(args.db, args.data_dir)
        service = AccountService(store)
        if not service.has_accounts():
            raise AuthError("the store has no accounts yet: create the first administrator with "
                            "clerk-app account first-admin", code="auth.no_accounts")
        actor = service.authenticate(login, password, station=StoreSettingsService(store).station_code())
        keyring_name = credentials.save_in_keyring(actor.user, password)
        account = _own(service, actor)
        return {**account_to_json(account), "keyring": keyring_name,
                "needs_acknowledgement": service.needs_acknowledgement(actor)}

    parser.set_defaults(handler=run, needs_login=False)


def _logout(sub: SubParsers) -> None:
    parser = sub.add_parser("logout", help="remove the login and password `clerk-app login` kept in the keyring")

    def run(args: argparse.Namespace) -> Any:
        login = credentials.forget_keyring()
        return {"login": login, "removed": login is not None}

    parser.set_defaults(handler=run, needs_login=False)


# --- account ... --------------------------------------------------------------------------------


def _account(sub: SubParsers) -> None:
    parser = sub.add_parser("account", help="accounts and roles: first administrator, add, block, roles, passwords")
    actions = parser.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    for register in (_first_admin, _add, _list, _me, _block, _unblock, _roles, _staff, _passwd, _reset,
                     _inactive, _acknowledge):
        register(actions)


def _first_admin(actions: SubParsers) -> None:
    parser = actions.add_parser("first-admin", help="create the first administrator (only while the store has no account)")
    parser.add_argument("--login", required=True)
    parser.add_argument("--name", required=True, help="the name shown in the application")
    _password_option(parser, "the new password")

    def run(args: argparse.Namespace) -> Any:
        service = _accounts(args)
        if service.has_accounts():  # before asking for a password that would be refused anyway
            raise ClerkError("the store has accounts already: an administrator creates new ones",
                             code="account.first_exists")
        password = credentials.read_new_password("New password: ", from_stdin=args.password_stdin)
        return account_to_json(service.create_first_administrator(args.login, args.name, password))

    parser.set_defaults(handler=run, needs_login=False)


def _add(actions: SubParsers) -> None:
    parser = actions.add_parser("add", help="create an account (administrators)")
    parser.add_argument("--login", required=True)
    parser.add_argument("--name", required=True, help="the name shown in the application")
    parser.add_argument("--role", required=True, action="append", choices=[r.value for r in Role],
                        help="repeat for several roles")
    parser.add_argument("--staff", type=staff_id, metavar="ID", help="the staff member (executor) this account is")
    _password_option(parser, "the new account's password")

    def run(args: argparse.Namespace) -> Any:
        actor = _actor(args)
        actor.require(Permission.ACCOUNTS)  # before asking for a password that would be refused anyway
        service = _accounts(args)
        password = credentials.read_new_password("The new account's password: ", from_stdin=args.password_stdin)
        return account_to_json(service.create(actor, args.login, args.name, password, args.role, args.staff))

    parser.set_defaults(handler=run)


def _list(actions: SubParsers) -> None:
    parser = actions.add_parser("list", help="every account (administrators and auditors)")
    parser.set_defaults(handler=lambda args: [account_to_json(a) for a in _accounts(args).accounts(_actor(args))])


def _me(actions: SubParsers) -> None:
    parser = actions.add_parser("me", help="the signed-in account")
    parser.set_defaults(handler=lambda args: account_to_json(_own(_accounts(args), _actor(args))),
                        needs_acknowledgement=False)


def _block(actions: SubParsers) -> None:
    parser = actions.add_parser("block", help="the account can no longer sign in (administrators)")
    parser.add_argument("login")
    parser.set_defaults(handler=lambda args: account_to_json(_accounts(args).block(_actor(args), args.login)))


def _unblock(actions: SubParsers) -> None:
    parser = actions.add_parser("unblock", help="the account can sign in again (administrators)")
    parser.add_argument("login")
    parser.set_defaults(handler=lambda args: account_to_json(_accounts(args).unblock(_actor(args), args.login)))


def _roles(actions: SubParsers) -> None:
    parser = actions.add_parser("roles", help="set the account's roles, replacing the ones it has (administrators)")
    parser.add_argument("login")
    parser.add_argument("--role", required=True, action="append", choices=[r.value for r in Role],
                        help="repeat for several roles")
    parser.set_defaults(
        handler=lambda args: account_to_json(_accounts(args).set_roles(_actor(args), args.login, args.role))
    )


def _staff(actions: SubParsers) -> None:
    parser = actions.add_parser("staff", help="link the account to a staff member, or unlink it without --staff")
    parser.add_argument("login")
    parser.add_argument("--staff", type=staff_id, metavar="ID", help="the staff member (executor) this account is")
    parser.set_defaults(
        handler=lambda args: account_to_json(_accounts(args).set_staff_member(_actor(args), args.login, args.staff))
    )


def _passwd(actions: SubParsers) -> None:
    parser = actions.add_parser("passwd", help="change your own password")
    _password_option(parser, "the old and the new password (two lines)")

    def run(args: argparse.Namespace) -> Any:
        actor = _actor(args)
        service = _accounts(args)
        account = _own(service, actor)
        old = credentials.read_password("Current password: ", from_stdin=args.password_stdin)
        new = credentials.read_new_password("New password: ", from_stdin=args.password_stdin)
        service.change_password(actor, old, new)
        stored = credentials.stored_login()
        if stored == account.login:  # the next commands sign in with the new password
            credentials.save_in_keyring(account.login, new)
        return {"login": account.login, "changed": True, "keyring_updated": stored == account.login}

    parser.set_defaults(handler=run, needs_acknowledgement=False)


def _reset(actions: SubParsers) -> None:
    parser = actions.add_parser("reset", help="set a new password for an account and lift its lock-out (administrators)")
    parser.add_argument("login")
    _password_option(parser, "the new password")

    def run(args: argparse.Namespace) -> Any:
        actor = _actor(args)
        actor.require(Permission.ACCOUNTS)
        service = _accounts(args)
        password = credentials.read_new_password(f"New password for {args.login}: ", from_stdin=args.password_stdin)
        service.reset_password(actor, args.login, password)
        return {"login": args.login, "reset": True}

    parser.set_defaults(handler=run)


def _inactive(actions: SubParsers) -> None:
    parser = actions.add_parser("inactive", help=f"accounts with no login for DAYS days (default {INACTIVE_DAYS}): "
                                                 "the half-yearly review")
    parser.add_argument("--days", type=int, default=INACTIVE_DAYS)
    parser.set_defaults(
        handler=lambda args: [account_to_json(a) for a in _accounts(args).inactive(_actor(args), days=args.days)]
    )


def _acknowledge(actions: SubParsers) -> None:
    parser = actions.add_parser("acknowledge", help="read and accept the confidentiality undertaking (first login)")
    parser.add_argument("--show", action="store_true", help="print the text only; accept nothing")
    parser.add_argument("--yes", action="store_true", help="accept without being asked (after reading --show)")
    parser.add_argument("--language", choices=sorted(CONFIDENTIALITY_TEXT), default="ru",
                        help="the language of the text (default ru)")

    def run(args: argparse.Namespace) -> Any:
        text = confidentiality_text(args.language)
        if args.show:
            return {"version": ACKNOWLEDGEMENT_VERSION, "language": args.language, "text": text}
        actor = _actor(args)
        service = _accounts(args)
        account = _own(service, actor)
        if not args.yes:
            if not sys.stdin.isatty():
                raise ClerkError("read the text (--show), then accept it with --yes", code="input.confirmation_required")
            sys.stderr.write(text + "\n\n")
            if input("Type yes to accept: ").strip().lower() not in ("yes", "иә", "да"):
                raise ClerkError("the undertaking was not accepted", code="operation.cancelled")
        service.acknowledge(actor)
        return account_to_json(_own(service, actor)) | {"login": account.login}

    parser.set_defaults(handler=run, needs_acknowledgement=False)


COMMANDS: list[Callable[[SubParsers], None]] = [_login, _logout, _account]
