"""Encryption at rest of the embedded store, for the CLI and the UI (docs/security.md).

``encryption_status`` reads the state without opening the store (so it can say why a store will
not open); ``enable_encryption`` converts a closed plain store and returns the recovery code, the
only time the program hands it out unasked; ``EncryptionService.recovery_code`` shows it again to
whoever may back up the registry (the code is the store key: it opens every card and copy);
``recover_key`` puts a lost key back from the code. Each of these is recorded in the audit trail,
never with the key or the code in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.errors import ClerkError, StoreError
from clerk_app.services import audit
from clerk_app.services.context import Actor
from clerk_app.services.setup import open_registry
from storage import backup_store, encryption, encryption_enable
from storage.migrations.runner import upgrade_to_head
from storage.store import Store

Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class EncryptionStatus:
    applicable: bool  # False: a PostgreSQL store (the server's disk encryption protects it)
    encrypted: bool
    keyring: str | None  # the usable keyring backend, e.g. ``keyring.backends.Windows.WinVaultKeyring``
    key_available: bool  # an encrypted store's key is in the keyring and matches the store
    problem: str | None  # why the key is not available: ``store.key_missing``, ``store.keyring_unavailable``, …
    store_id: str | None
    key_fingerprint: str | None  # a hash of the key (never the key): tells which paper code belongs here
    cipher: str | None

    @property
    def can_enable(self) -> bool:
        return self.applicable and not self.encrypted and self.keyring is not None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "can_enable": self.can_enable}


def keyring_kind(backend: str | None) -> str:
    """Which family the keyring belongs to (the UI names it in the user's language): ``windows``,
    ``macos``, ``secret_service``, ``kwallet``, ``other`` or ``none``."""
    if backend is None:
        return "none"
    for marker, kind in (("Windows", "windows"), ("macOS", "macos"), ("SecretService", "secret_service"),
                         ("libsecret", "secret_service"), ("kwallet", "kwallet")):
        if marker.lower() in backend.lower():
            return kind
    return "other"


def encryption_status(data_dir: Path, db_url: str | None = None) -> EncryptionStatus:
    backend = encryption.keyring_name()
    if db_url is not None:
        return EncryptionStatus(False, False, backend, False, None, None, None, None)
    try:
        marker = encryption.read_marker(data_dir)
    except StoreError as exc:
        return EncryptionStatus(True, True, backend, False, exc.code, None, None, None)
    if marker is None:
        return EncryptionStatus(True, False, backend, False, None, None, None, None)
    problem: str | None = None
    try:
        encryption.store_key(data_dir)
    except StoreError as exc:
        problem = exc.code
    return EncryptionStatus(True, True, backend, problem is None, problem, marker.store_id, marker.key_fingerprint,
                            marker.cipher)


def enable_encryption(data_dir: Path, actor: Actor, *, progress: Progress = _no_progress) -> str:
    """Encrypts the embedded store in ``data_dir``, which nobody may have open (``store.in_use``
    otherwise: the caller closes its own registry first). Returns the recovery code. The audit
    entry is written into the encrypted copy before the point of no return: a conversion that
    raises left the store plain, and one that returns is recorded and hands out its code."""
    actor.require(Permission.SETTINGS)
    if encryption.keyring_name() is None:
        raise StoreError("this computer has no usable keyring to keep the store key in (Windows Credential "
                         "Manager, macOS Keychain, or a Secret Service such as GNOME Keyring)",
                         code="store.keyring_unavailable")
    key = encryption.new_key()

    def record_in_staged(staged: Path) -> None:
        store = backup_store.file_store(staged, key)
        try:
            upgrade_to_head(store.engine)
            with store.write() as session:
                audit.record_in(session, actor, AuditRecord(AuditAction.CHANGE, AuditObject.ENCRYPTION,
                                                            details={"encrypted": True, "cipher": encryption.CIPHER}))
        finally:
            store.close()

    encryption_enable.enable(Path(data_dir), key, progress, on_staged=record_in_staged)
    return encryption.recovery_code(key)


def recover_key(data_dir: Path, code: str, actor: Actor) -> EncryptionStatus:
    """Puts the key a recovery code holds back into this computer's keyring (``store.recovery_code_invalid``
    for a typo, ``store.recovery_code_mismatch`` for another registry's code)."""
    encryption.recover_store_key(Path(data_dir), code)
    _record(data_dir, actor, AuditAction.RESTORE, {"key": "recovered_from_code"})
    return encryption_status(data_dir)


def _record(data_dir: Path, actor: Actor, action: AuditAction, details: dict[str, Any]) -> None:
    store = open_registry(None, Path(data_dir))
    try:
        with store.write() as session:
            audit.record_in(session, actor, AuditRecord(action, AuditObject.ENCRYPTION, details=details))
    finally:
        store.close()


@dataclass
class EncryptionService:
    """The open registry's encryption: its state and, for an administrator, the recovery code again."""

    store: Store

    def status(self) -> EncryptionStatus:
        if not self.store.is_sqlite:
            return encryption_status(self.store.data_dir, db_url=self.store.engine.url.render_as_string())
        return encryption_status(self.store.data_dir)

    def recovery_code(self, actor: Actor) -> str:
        actor.require(Permission.BACKUP)
        if self.store.key is None:
            raise ClerkError("this registry is not encrypted: it has no recovery code", code="store.not_encrypted")
        with self.store.write() as session:
            audit.record_in(session, actor, AuditRecord(AuditAction.VIEW, AuditObject.ENCRYPTION,
                                                        details={"shown": "recovery_code"}))
        return encryption.recovery_code(self.store.key)
