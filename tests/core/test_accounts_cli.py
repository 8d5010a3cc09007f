"""Accounts from the command line as a user runs them: a real process, credentials from the
environment or a test keyring (a file: never the developer's real keyring), passwords never in
arguments, exit code 5 and ``auth.*`` codes for sign-in and permission failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "admin password 1"
CLERK_PASSWORD = "clerk password 1"
EXIT_AUTH = 5


def clerk(
    data: Path, *args: str, stdin: str | None = None, login: str | None = None, password: str | None = None,
    db: str | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLERK_")}
    env |= {
        "CLERK_USER": "os.user", "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
        "CLERK_TEST_KEYRING_FILE": str(data.parent / "keyring.json"),
    }
    if login is not None:
        env["CLERK_LOGIN"] = login
    if password is not None:
        env["CLERK_PASSWORD"] = password
    command = [sys.executable, "-m", "ui.entry", "--data-dir", str(data), *(["--db", db] if db else []), *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT,
                          timeout=120)


def ok(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refused(result: subprocess.CompletedProcess[str], code: int = EXIT_AUTH) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _first_admin(data: Path, db: str | None = None) -> None:
    admin = ok(clerk(data, "account", "first-admin", "--login", "Admin", "--name", "Әкімші", "--password-stdin",
                     stdin=ADMIN_PASSWORD + "\n", db=db))
    assert admin["login"] == "admin" and admin["roles"] == ["administrator"]
    assert ok(clerk(data, "account", "acknowledge", "--yes", login="admin", password=ADMIN_PASSWORD, db=db))[
        "acknowledged_version"]


def test_without_accounts_commands_run_as_before_and_the_first_administrator_turns_login_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))
    assert card["registered_by"] == "os.user"
    _first_admin(data)
    assert "auth.login_required" in refused(clerk(data, "show", card["number"]))
    assert "account.first_exists" in refused(
        clerk(data, "account", "first-admin", "--login", "x", "--name", "X", "--password-stdin", stdin="x" * 12),
        code=1,
    )
    assert ok(clerk(data, "init"))["cards"] == 1  # init needs no sign-in
    assert "auth.bad_credentials" in refused(clerk(data, "list", login="admin", password="wrong password"))
    assert "auth.bad_credentials" in refused(clerk(data, "list", login="nobody", password="wrong password"))
    # the administrator has no appeal content by default
    assert "auth.forbidden" in refused(clerk(data, "show", card["number"], login="admin", password=ADMIN_PASSWORD))


def test_credentials_from_the_environment_and_roles_in_force(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _first_admin(data)
    added = ok(clerk(data, "account", "add", "--login", "Clerk", "--name", "Тіркеуші", "--role", "clerk",
                     "--password-stdin", stdin=CLERK_PASSWORD + "\n", login="admin", password=ADMIN_PASSWORD))
    assert added["login"] == "clerk" and added["roles"] == ["clerk"] and added["acknowledged_at"] is None
    as_clerk = {"login": "CLERK", "password": CLERK_PASSWORD}
    assert "auth.not_acknowledged" in refused(clerk(data, "list", **as_clerk))
    text = ok(clerk(data, "account", "acknowledge", "--show", "--language", "kk", **as_clerk))
    assert "құпиялылығын" in text["text"]
    assert "input.confirmation_required" in refused(clerk(data, "account", "acknowledge", **as_clerk), code=1)
    assert ok(clerk(data, "account", "acknowledge", "--yes", **as_clerk))["acknowledged_at"]
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming()), **as_clerk))
    assert card["registered_by"] == "clerk"
    assert ok(clerk(data, "show", card["number"], **as_clerk))["id"] == card["id"]
    assert "auth.forbidden" in refused(clerk(data, "account", "list", **as_clerk))
    assert "auth.forbidden" in refused(clerk(data, "calendar", "day-off", "2026-12-14", **as_clerk))
    listed = ok(clerk(data, "account", "list", login="admin", password=ADMIN_PASSWORD))
    assert [a["login"] for a in listed] == ["admin", "clerk"] and listed[1]["last_login_at"]
    assert ok(clerk(data, "account", "inactive", login="admin", password=ADMIN_PASSWORD)) == []
    assert ok(clerk(data, "account", "me", **as_clerk))["display_name"] == "Тіркеуші"
    # roles and blocking
    ok(clerk(data, "account", "roles", "clerk", "--role", "auditor", login="admin", password=ADMIN_PASSWORD))
    assert "auth.forbidden" in refused(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming()), **as_clerk))
    ok(clerk(data, "account", "block", "clerk", login="admin", password=ADMIN_PASSWORD))
    assert "auth.blocked" in refused(clerk(data, "list", **as_clerk))
    assert "account.last_administrator" in refused(
        clerk(data, "account", "block", "admin", login="admin", password=ADMIN_PASSWORD), code=1
    )


def test_credentials_from_the_keyring(tmp_path: Path) -> None:
    data = tmp_path / "data"
    keyring_file = tmp_path / "keyring.json"
    _first_admin(data)
    assert "auth.bad_credentials" in refused(clerk(data, "login", "--login", "admin", "--password-stdin",
                                                   stdin="wrong password\n"))
    assert not keyring_file.exists()
    signed = ok(clerk(data, "login", "--login", "ADMIN", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"))
    assert signed["login"] == "admin" and signed["keyring"] == "tests.keyring_file"
    assert json.loads(keyring_file.read_text(encoding="utf-8")) == {
        "clerk-app\nadmin": ADMIN_PASSWORD, "clerk-app\n@login": "admin"
    }
    assert [a["login"] for a in ok(clerk(data, "account", "list"))] == ["admin"]  # no environment: the keyring
    # the environment wins over the keyring
    assert "auth.bad_credentials" in refused(clerk(data, "account", "list", login="admin", password="wrong password"))
    # changing the password updates the keyring
    changed = ok(clerk(data, "account", "passwd", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\nthe new password\n"))
    assert changed == {"login": "admin", "changed": True, "keyring_updated": True}
    assert ok(clerk(data, "account", "me"))["login"] == "admin"
    assert ok(clerk(data, "logout")) == {"login": "admin", "removed": True}
    assert json.loads(keyring_file.read_text(encoding="utf-8")) == {}
    assert "auth.login_required" in refused(clerk(data, "account", "list"))
    assert ok(clerk(data, "logout")) == {"login": None, "removed": False}


def test_passwords_are_never_taken_from_arguments(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret = "Sup3r-Secret-Value"
    for args in (
        ["account", "first-admin", "--login", "a", "--name", "A", "--password", secret],
        ["account", "first-admin", "--login", "a", "--name", "A", f"--password={secret}"],
        ["account", "first-admin", "--login", "a", "--name", "A", f"--password-stdin={secret}"],
        ["login", "--login", "a", "--pass", secret],
        ["account", "passwd", "--passw", secret],
    ):
        line = refused(clerk(data, *args), code=2)
        assert "auth.password_argument" in line and secret not in line
    # no terminal and no --password-stdin: refused, never read from elsewhere
    assert "input.no_password" in refused(
        clerk(data, "account", "first-admin", "--login", "a", "--name", "A", stdin=""), code=1
    )
    assert "auth.weak_password" in refused(
        clerk(data, "account", "first-admin", "--login", "a", "--name", "A", "--password-stdin", stdin="short\n")
    )
    _first_admin(data)
    help_text = clerk(data, "account", "add", "--help").stdout
    assert "--password-stdin" in help_text and "--password " not in help_text


def test_five_wrong_passwords_lock_the_login(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _first_admin(data)
    for _ in range(4):
        assert "auth.bad_credentials" in refused(clerk(data, "account", "me", login="admin", password="wrong password"))
    line = refused(clerk(data, "account", "me", login="admin", password="wrong password"))
    assert "auth.locked" in line and "+05:00" in line
    assert "auth.locked" in refused(clerk(data, "account", "me", login="admin", password=ADMIN_PASSWORD))


def test_accounts_on_postgresql(tmp_path: Path, pg_schema: str) -> None:
    from tests.conftest import PG_URL, _schema

    with _schema(f"{pg_schema}_accounts") as schema:  # its own: accounts turn sign-in on for every command
        _postgresql_flow(tmp_path / "data", f"{PG_URL}?options=-csearch_path%3D{schema}")


def _postgresql_flow(data: Path, url: str) -> None:
    ok(clerk(data, "init", db=url))
    _first_admin(data, db=url)
    assert "auth.login_required" in refused(clerk(data, "list", db=url))
    assert "auth.forbidden" in refused(clerk(data, "list", db=url, login="admin", password=ADMIN_PASSWORD))
    ok(clerk(data, "account", "add", "--login", "clerk", "--name", "C", "--role", "clerk", "--password-stdin",
             stdin=CLERK_PASSWORD + "\n", db=url, login="admin", password=ADMIN_PASSWORD))
    ok(clerk(data, "account", "acknowledge", "--yes", db=url, login="clerk", password=CLERK_PASSWORD))
    assert ok(clerk(data, "list", db=url, login="clerk", password=CLERK_PASSWORD)) == []
