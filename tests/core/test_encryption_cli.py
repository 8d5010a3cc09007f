"""``clerk-app encryption`` as an administrator runs it: a real process, a test keyring in a file,
the recovery code from standard input or the environment and never from arguments, and the key
and the code in no log, settings file or error output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from storage import encryption
from tests.core.test_accounts_cli import (
    ADMIN_PASSWORD,
    CLERK_PASSWORD,
    ROOT,
    _first_admin,
    clerk,
    ok,
    refused,
)
from tests.factories import incoming

EXIT_REFUSED, EXIT_USAGE, EXIT_STORE = 1, 2, 3
NAME = "Жанболатова"
ADMIN = {"login": "admin", "password": ADMIN_PASSWORD}


def _register(data: Path, **credentials: str) -> str:
    appeal = incoming(applicants=[{"type": "natural_person", "surname": NAME, "given_name": "Айгерім"}])
    return str(ok(clerk(data, "register", "--input", "-", stdin=json.dumps(appeal, ensure_ascii=False),
                        **credentials))["number"])


def _keyring_file(data: Path) -> Path:
    return data.parent / "keyring.json"  # where tests.core.test_accounts_cli.clerk keeps it


def _drop_key(data: Path) -> None:
    stored = json.loads(_keyring_file(data).read_text(encoding="utf-8"))
    kept = {entry: value for entry, value in stored.items() if "store-key:" not in entry}
    assert len(kept) == len(stored) - 1
    _keyring_file(data).write_text(json.dumps(kept), encoding="utf-8")


def _has_key(data: Path) -> bool:
    return any("store-key:" in entry for entry in json.loads(_keyring_file(data).read_text(encoding="utf-8")))


def _recover_from_environment(data: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLERK_")}
    env |= {"PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
            "CLERK_TEST_KEYRING_FILE": str(_keyring_file(data)), "CLERK_RECOVERY_CODE": code}
    return subprocess.run([sys.executable, "-m", "ui.entry", "--data-dir", str(data), "encryption", "recover"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT,
                          timeout=120)


def test_enable_status_lose_and_recover(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _register(data)
    status = ok(clerk(data, "encryption", "status", "--json"))
    assert status["applicable"] and not status["encrypted"] and status["can_enable"]
    assert status["keyring"] == "tests.keyring_file.FileKeyring"

    assert "input.confirm_needed" in refused(clerk(data, "encryption", "enable"), EXIT_REFUSED)  # no terminal, no --yes
    assert not (data / encryption.MARKER_FILE).exists()
    result = clerk(data, "encryption", "enable", "--yes")
    enabled = ok(result)
    code = enabled["recovery_code"]
    assert enabled["encrypted"] and len(code.split("-")) == 14 and "write the recovery code down" in result.stderr
    key = encryption.key_from_recovery_code(code)
    assert ok(clerk(data, "show", number))["applicants"][0]["surname"] == NAME
    assert NAME.encode() not in (data / "registry.sqlite3").read_bytes()

    _drop_key(data)  # the keyring lost it (a new Windows profile, a reinstalled laptop)
    line = refused(clerk(data, "show", number), EXIT_STORE)
    assert "not in this computer's keyring" in line and "clerk-app encryption recover" in line
    status = ok(clerk(data, "encryption", "status"))
    assert status["encrypted"] and not status["key_available"] and status["problem"] == "store.key_missing"

    assert "recovery code is not valid" in refused(clerk(data, "encryption", "recover", stdin="AAAA-BBBB\n"), EXIT_STORE)
    recovered = ok(clerk(data, "encryption", "recover", stdin=code.lower() + "\n"))
    assert recovered["recovered"] and recovered["key_available"]
    assert ok(clerk(data, "show", number))["number"] == number

    # nothing secret anywhere but the keyring: the log, the marker, the store's files
    assert (data / "clerk-app.log").exists()
    for path in data.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert key.hex().encode() not in raw and key not in raw and code.encode() not in raw, path


def test_the_recovery_code_comes_from_the_environment_never_from_arguments(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _register(data)
    code = ok(clerk(data, "encryption", "enable", "--yes"))["recovery_code"]
    _drop_key(data)
    assert clerk(data, "encryption", "recover", code).returncode == EXIT_USAGE and not _has_key(data)
    result = _recover_from_environment(data, code)
    assert result.returncode == 0, result.stderr
    assert _has_key(data) and code not in result.stdout + result.stderr


def test_with_accounts_only_an_administrator_enables_and_sees_the_code_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _first_admin(data)
    ok(clerk(data, "account", "add", "--login", "clerk", "--name", "Тіркеуші", "--role", "clerk", "--password-stdin",
             stdin=CLERK_PASSWORD + "\n", **ADMIN))
    as_clerk = {"login": "clerk", "password": CLERK_PASSWORD}
    ok(clerk(data, "account", "acknowledge", "--yes", **as_clerk))
    assert "auth.login_required" in refused(clerk(data, "encryption", "enable", "--yes"))
    assert "auth.forbidden" in refused(clerk(data, "encryption", "enable", "--yes", **as_clerk))
    code = ok(clerk(data, "encryption", "enable", "--yes", **ADMIN))["recovery_code"]
    assert "auth.forbidden" in refused(clerk(data, "encryption", "recovery-code", **as_clerk))
    assert ok(clerk(data, "encryption", "recovery-code", **ADMIN))["recovery_code"] == code
    assert ok(clerk(data, "list", **as_clerk)) == []  # the clerk works on as before


def test_a_postgresql_store_is_not_for_encryption_at_rest(tmp_path: Path, pg_schema: str) -> None:
    from tests.conftest import PG_URL

    url = f"{PG_URL}?options=-csearch_path%3D{pg_schema}"
    data = tmp_path / "data"
    assert not ok(clerk(data, "encryption", "status", db=url))["applicable"]
    assert "store.encryption_not_applicable" in refused(clerk(data, "encryption", "enable", "--yes", db=url),
                                                        EXIT_REFUSED)
