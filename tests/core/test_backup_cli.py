"""``clerk-app backup`` and ``restore`` as a user runs them: real processes, the passphrase from the
environment, standard input or the test keyring (never arguments), no prompt without a terminal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_accounts_cli import ADMIN_PASSWORD, _first_admin, clerk, ok, refused
from tests.factories import incoming

PASSPHRASE = "a long backup passphrase"
EXIT_REFUSED, EXIT_USAGE = 1, 2


def _register(data: Path, count: int) -> None:
    for _ in range(count):
        ok(clerk(data, "register", "--input", "-", "--confirm-duplicate", stdin=json.dumps(incoming())))


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    data, archive = tmp_path / "data", tmp_path / "registry.clerkbak"
    _register(data, 2)
    made = ok(clerk(data, "backup", "--out", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    assert made["cards"] == 2 and made["store_encrypted"] is False and archive.exists()
    checked = ok(clerk(data, "backup", "check", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    assert checked["ok"] and checked["audit_entries_checked"] == made["audit_entries"]

    fresh = tmp_path / "fresh"
    restored = ok(clerk(fresh, "restore", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    assert restored["cards"] == 2 and restored["replaced"] is None
    assert len(ok(clerk(fresh, "list"))) == 2

    _register(data, 1)  # the original moves on: restoring over it needs --yes
    line = refused(clerk(data, "restore", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n"), EXIT_REFUSED)
    assert "backup.newer_store" in line and "more cards" in line
    assert len(ok(clerk(data, "list"))) == 3
    replaced = ok(clerk(data, "restore", str(archive), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    assert replaced["replaced"] and Path(replaced["replaced"]).is_dir()
    assert len(ok(clerk(data, "list"))) == 2


def test_the_passphrase_never_comes_from_arguments_and_its_absence_is_said(tmp_path: Path) -> None:
    data, archive = tmp_path / "data", tmp_path / "b.clerkbak"
    _register(data, 1)
    result = clerk(data, "backup", "--out", str(archive), f"--passphrase={PASSPHRASE}")
    assert result.returncode == EXIT_USAGE and PASSPHRASE not in result.stderr
    assert "auth.password_argument" in result.stderr
    assert "backup.no_passphrase" in refused(clerk(data, "backup", "--out", str(archive)), EXIT_REFUSED)
    assert "backup.short_passphrase" in refused(
        clerk(data, "backup", "--out", str(archive), "--passphrase-stdin", stdin="short\n"), EXIT_REFUSED)
    assert not archive.exists()


def test_a_kept_passphrase_and_a_wrong_one(tmp_path: Path) -> None:
    data, archive = tmp_path / "data", tmp_path / "b.clerkbak"
    _register(data, 1)
    assert ok(clerk(data, "backup", "set-passphrase", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))["keyring"]
    assert ok(clerk(data, "backup", "--out", str(archive)))["cards"] == 1  # from the keyring
    line = refused(clerk(tmp_path / "other", "restore", str(archive), "--passphrase-stdin",
                         stdin="another long passphrase\n"), EXIT_REFUSED)
    assert "backup.bad_passphrase" in line
    assert ok(clerk(data, "backup", "forget-passphrase"))["removed"] is True
    assert "backup.no_passphrase" in refused(clerk(data, "backup", "--out", str(archive)), EXIT_REFUSED)


def test_with_accounts_only_an_administrator_backs_up_and_restores(tmp_path: Path) -> None:
    data, archive = tmp_path / "data", tmp_path / "b.clerkbak"
    _register(data, 1)
    _first_admin(data)
    ok(clerk(data, "account", "add", "--login", "clerk1", "--name", "Тіркеуші", "--role", "clerk",
             "--password-stdin", stdin="clerk password 1\n", login="admin", password=ADMIN_PASSWORD))
    assert "auth.login_required" in refused(
        clerk(data, "backup", "--out", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    made = ok(clerk(data, "backup", "--out", str(archive), "--passphrase-stdin", stdin=PASSPHRASE + "\n",
                    login="admin", password=ADMIN_PASSWORD))
    assert made["cards"] == 1
    assert "auth.forbidden" in refused(clerk(data, "restore", str(archive), "--yes", "--passphrase-stdin",
                                             stdin=PASSPHRASE + "\n", login="clerk1", password="clerk password 1"))
    restored = ok(clerk(data, "restore", str(archive), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n",
                        login="admin", password=ADMIN_PASSWORD))
    assert restored["cards"] == 1


def test_verify_sweeps_the_copies_a_crashed_backup_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _register(data, 1)
    (data / "backup-snapshot-0123.sqlite3").write_bytes(b"a full copy of the registry")
    (data / "backup-check-0123").mkdir()
    (data / "backup-check-0123" / "registry.sqlite3").write_bytes(b"another")
    report = ok(clerk(data, "verify"))  # (the command's first open of the store may be the one that sweeps)
    assert report["ok"] and "leftovers_removed" in report
    assert not (data / "backup-snapshot-0123.sqlite3").exists() and not (data / "backup-check-0123").exists()
