"""Who runs a command (docs/accounts.md): the account's credentials come from the environment
(``CLERK_LOGIN``, ``CLERK_PASSWORD``) or the operating system's keyring (``clerk-app login``), never
from arguments, which other users of the machine see in the process list. Passwords typed by a person
are read from the terminal without echo; scripts give them on standard input (``--password-stdin``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from clerk_app.errors import AuthError, ClerkError
from clerk_app.services.accounts import AccountService
from clerk_app.services.context import Actor
from clerk_app.services.setup import StoreSettingsService, open_registry
from storage.encryption import KEYRING_SERVICE  # keyring.set_password(KEYRING_SERVICE, login, password)

LOGIN_ENV = "CLERK_LOGIN"
PASSWORD_ENV = "CLERK_PASSWORD"
KEYRING_LOGIN_ENTRY = "@login"  # which login `clerk-app login` stored (no login starts with "@")
PASSWORD_STDIN = "--password-stdin"
PASSPHRASE_STDIN = "--passphrase-stdin"  # the backup passphrase (docs/backups.md)
_STDIN_OPTIONS = (PASSWORD_STDIN, PASSPHRASE_STDIN)


def refuse_password_arguments(argv: Sequence[str]) -> None:
    """A password given as an argument is refused before argparse can echo it in an error line."""
    for token in argv:
        if token == "--":
            break
        name = token.split("=", 1)[0]
        if name.startswith("--pass") and (name not in _STDIN_OPTIONS or "=" in token):
            raise AuthError(
                "passwords are never given as arguments (others can read them in the process list): "
                f"type it when asked, use {PASSWORD_STDIN}, or {PASSWORD_ENV} / clerk-app login",
                code="auth.password_argument",
            )


# --- the keyring --------------------------------------------------------------------------------


def _keyring() -> ModuleType:  # imported on use: a store without accounts never needs it
    import keyring

    return keyring


def save_in_keyring(login: str, password: str) -> str:
    """Stores the credentials for the next commands; returns the keyring's name."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, login, password)
        keyring.set_password(KEYRING_SERVICE, KEYRING_LOGIN_ENTRY, login)
    except Exception as exc:  # keyring.errors.KeyringError and the backends' own errors alike
        raise ClerkError(
            f"the system keyring cannot store the password ({type(exc).__name__}); "
            f"set {LOGIN_ENV} and {PASSWORD_ENV} in the environment instead", code="auth.no_keyring",
        ) from None
    return str(type(keyring.get_keyring()).__module__)


def forget_keyring() -> str | None:
    """Removes what `clerk-app login` stored; returns the login it was for."""
    keyring = _keyring()
    try:
        login = keyring.get_password(KEYRING_SERVICE, KEYRING_LOGIN_ENTRY)
        for entry in ([login] if login else []) + [KEYRING_LOGIN_ENTRY]:
            try:
                keyring.delete_password(KEYRING_SERVICE, entry)
            except keyring.errors.PasswordDeleteError:
                pass
    except keyring.errors.KeyringError:
        return None
    return str(login) if login else None


def stored_login() -> str | None:
    """The login `clerk-app login` kept, if any."""
    try:
        login = _keyring().get_password(KEYRING_SERVICE, KEYRING_LOGIN_ENTRY)
    except Exception:  # no usable keyring
        return None
    return str(login) if login else None


def _from_keyring(login: str | None) -> tuple[str, str] | None:
    keyring = _keyring()
    try:
        login = login or keyring.get_password(KEYRING_SERVICE, KEYRING_LOGIN_ENTRY)
        password = keyring.get_password(KEYRING_SERVICE, login) if login else None
    except Exception:  # no usable keyring (a server, a container): the environment is the way then
        return None
    return (str(login), str(password)) if login and password is not None else None


def credentials() -> tuple[str, str]:
    """The acting account's login and password: the environment first, then the keyring."""
    login, password = os.environ.get(LOGIN_ENV), os.environ.get(PASSWORD_ENV)
    if login and password is not None:
        return login, password
    stored = _from_keyring(login)
    if stored is None:
        raise AuthError(
            f"sign in first: clerk-app login (keeps the password in the system keyring), or set {LOGIN_ENV} "
            f"and {PASSWORD_ENV}", code="auth.login_required",
        )
    return stored


# --- the actor of a command ---------------------------------------------------------------------


def command_actor(args: argparse.Namespace) -> Actor:
    """The actor a command runs as. A store without accounts runs as before (the OS user, every
    permission); once the first administrator exists, every command signs in with its credentials
    and, until the confidentiality duty is acknowledged, only a few account commands run."""
    if not getattr(args, "needs_login", True):
        return Actor.from_environment()
    store = open_registry(args.db, args.data_dir)
    try:
        accounts = AccountService(store)
        if not accounts.has_accounts():
            return Actor.from_environment()
        login, password = credentials()
        actor = accounts.authenticate(login, password, station=StoreSettingsService(store).station_code())
        if getattr(args, "needs_acknowledgement", True) and accounts.needs_acknowledgement(actor):
            raise AuthError(
                "accept the confidentiality undertaking first: clerk-app account acknowledge",
                code="auth.not_acknowledged",
            )
        return actor
    finally:
        store.close()


# --- passwords typed or piped -------------------------------------------------------------------


def read_password(prompt: str, *, from_stdin: bool) -> str:
    """One password: a line of standard input with ``--password-stdin``, else typed without echo."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ClerkError("standard input ended before the password", code="input.no_password")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ClerkError(f"no terminal to type the password in: give it on standard input with {PASSWORD_STDIN}",
                         code="input.no_password")
    return getpass.getpass(prompt)


def read_new_password(prompt: str, *, from_stdin: bool) -> str:
    """A new password: typed twice at the terminal (the same both times), or one line of stdin."""
    password = read_password(prompt, from_stdin=from_stdin)
    if not from_stdin and read_password("Repeat it: ", from_stdin=False) != password:
        raise ClerkError("the two passwords differ", code="input.passwords_differ")
    return password
