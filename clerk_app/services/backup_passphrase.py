"""The backup passphrase (docs/backups.md): from ``CLERK_BACKUP_PASSPHRASE``, else the system keyring
(``clerk-app backup set-passphrase`` keeps it there), else the caller asks for it. Never an argument."""

from __future__ import annotations

import os

from clerk_app.errors import ClerkError
from storage.backup_archive import MIN_PASSPHRASE, check_passphrase
from storage.encryption import KEYRING_SERVICE

PASSPHRASE_ENV = "CLERK_BACKUP_PASSPHRASE"
KEYRING_PASSPHRASE_ENTRY = "@backup-passphrase"  # no login starts with "@"

__all__ = ["MIN_PASSPHRASE", "PASSPHRASE_ENV", "check_passphrase", "forget_passphrase", "save_passphrase",
           "stored_passphrase"]


def stored_passphrase() -> str | None:
    """The backup passphrase from ``CLERK_BACKUP_PASSPHRASE``, else the keyring, else None."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    try:
        import keyring

        kept = keyring.get_password(KEYRING_SERVICE, KEYRING_PASSPHRASE_ENTRY)
    except Exception:  # no usable keyring: the environment or a prompt then
        return None
    return str(kept) if kept else None


def save_passphrase(passphrase: str) -> str:
    """Keeps the passphrase in the keyring for later backups; returns the keyring's name."""
    check_passphrase(passphrase)
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_PASSPHRASE_ENTRY, passphrase)
        return str(type(keyring.get_keyring()).__module__)
    except Exception as exc:
        raise ClerkError(f"the system keyring cannot keep the passphrase ({type(exc).__name__}); "
                         f"set {PASSPHRASE_ENV} instead", code="backup.no_keyring") from None


def forget_passphrase() -> bool:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, KEYRING_PASSPHRASE_ENTRY)
    except Exception:  # not kept, or no keyring
        return False
    return True
