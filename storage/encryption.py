"""Encryption at rest of the embedded store (docs/security.md).

An encrypted store is an SQLCipher database plus sealed blobs (``storage.sealed_blobs``), both under
one random 256-bit *store key*. The key lives in the operating system's keyring (service
``clerk-app``, entry ``store-key:<store id>``); the data directory holds only a marker,
``encryption.json``, that says the store is encrypted and carries the key's fingerprint (a hash,
never the key), so a wrong key is told from a damaged file. A *recovery code* (the key in base32
with a checksum) brings the key back into the keyring on a new machine or after the keyring lost it.

No function here logs, prints or puts the key or the recovery code in an error message.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import secrets
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clerk_app.atomic_files import write_atomically
from clerk_app.errors import StoreError

MARKER_FILE = "encryption.json"
MARKER_FORMAT = 1
KEYRING_SERVICE = "clerk-app"  # every secret clerk-app keeps: store keys, sign-in credentials, the backup passphrase
KEYRING_ENTRY_PREFIX = "store-key:"
KEY_BYTES = 32
CIPHER = "sqlcipher4+aes-256-gcm"  # the database's SQLCipher 4 defaults; blobs in AES-256-GCM chunks
RECOVERY_GROUP = 4
SQLITE_TIMEOUT_S = 30
_CHECKSUM_BYTES = 3  # 32 + 3 bytes = 280 bits = 56 base32 characters = 14 groups of 4, no padding
_RECOVERY_HINT = "restore it with `clerk-app encryption recover` and the recovery code (docs/security.md)"


@dataclass(frozen=True)
class Marker:
    """What ``encryption.json`` says: never the key itself."""

    store_id: str
    cipher: str
    key_fingerprint: str

    @property
    def keyring_entry(self) -> str:
        return KEYRING_ENTRY_PREFIX + self.store_id


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_fingerprint(key: bytes) -> str:
    """Tells which key a store wants without revealing it (a domain-separated SHA-256)."""
    return hashlib.sha256(b"clerk-app store key fingerprint\x00" + key).hexdigest()[:32]


# --- the marker file ---------------------------------------------------------------------------


def read_marker(data_dir: Path) -> Marker | None:
    """The marker of an encrypted store; None for a plain one."""
    path = Path(data_dir) / MARKER_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if int(data["format"]) != MARKER_FORMAT:
            raise ValueError("unknown format")
        return Marker(store_id=str(data["store_id"]), cipher=str(data["cipher"]),
                      key_fingerprint=str(data["key_fingerprint"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise StoreError(f"{path} is damaged or from a newer clerk-app: see docs/security.md",
                         code="store.marker_damaged") from None


def is_encrypted(data_dir: Path) -> bool:
    return read_marker(data_dir) is not None


def _write_marker(data_dir: Path, marker: Marker) -> None:
    data = {"format": MARKER_FORMAT, "store_id": marker.store_id, "cipher": marker.cipher,
            "key_fingerprint": marker.key_fingerprint}
    write_atomically(Path(data_dir) / MARKER_FILE, json.dumps(data, indent=2))


# --- the keyring ---------------------------------------------------------------------------------


def _keyring() -> Any:
    import keyring

    return keyring


def keyring_name() -> str | None:
    """The usable keyring backend's class name (e.g. ``WinVaultKeyring``), None when there is none."""
    try:
        backend = _keyring().get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return None
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _keyring_unavailable(exc: BaseException) -> StoreError:
    # the backend's class name only: its message may quote what it was asked to store
    return StoreError(
        f"the system keyring cannot be used ({type(exc).__name__}); the store key is kept there: {_RECOVERY_HINT}",
        code="store.keyring_unavailable",
    )


def _load_from_keyring(entry: str) -> str | None:
    try:
        value = _keyring().get_password(KEYRING_SERVICE, entry)
    except Exception as exc:  # keyring.errors.KeyringError and the backends' own errors alike
        raise _keyring_unavailable(exc) from None
    return None if value is None else str(value)


def _save_in_keyring(entry: str, key: bytes) -> None:
    try:
        _keyring().set_password(KEYRING_SERVICE, entry, key.hex())
    except Exception as exc:
        raise _keyring_unavailable(exc) from None


def forget_store_key(data_dir: Path) -> bool:
    """Removes the store's key from the keyring (tests, decommissioning); True when there was one."""
    marker = read_marker(data_dir)
    if marker is None:
        return False
    keyring = _keyring()
    try:
        keyring.delete_password(KEYRING_SERVICE, marker.keyring_entry)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise _keyring_unavailable(exc) from None
    return True


# --- the API the rest of storage uses ------------------------------------------------------------


def store_key(data_dir: Path) -> bytes | None:
    """None for a plain store; the key of an encrypted one. Raises ``StoreError`` with
    ``store.keyring_unavailable``, ``store.key_missing`` or ``store.key_mismatch`` when the store is
    encrypted but its key cannot be had."""
    marker = read_marker(data_dir)
    if marker is None:
        return None
    stored = _load_from_keyring(marker.keyring_entry)
    if stored is None:
        raise StoreError(f"the key of the encrypted registry at {data_dir} is not in this computer's keyring: "
                         f"{_RECOVERY_HINT}", code="store.key_missing")
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or not hmac.compare_digest(key_fingerprint(key), marker.key_fingerprint):
        raise StoreError(f"the keyring holds a different key than the registry at {data_dir} needs: {_RECOVERY_HINT}",
                         code="store.key_mismatch")
    return key


def save_store_key(data_dir: Path, key: bytes) -> None:
    """Puts ``key`` into the keyring and writes the marker: from now on the store in ``data_dir``
    is opened with it. A marker already there keeps its store id (a recovery puts the key back
    under the same entry)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    data_dir = Path(data_dir)
    current = read_marker(data_dir)
    store_id = current.store_id if current is not None else uuid.uuid4().hex
    marker = Marker(store_id=store_id, cipher=CIPHER, key_fingerprint=key_fingerprint(key))
    _save_in_keyring(marker.keyring_entry, key)
    data_dir.mkdir(parents=True, exist_ok=True)
    _write_marker(data_dir, marker)


@functools.cache
def sqlcipher_module() -> Any:
    import sqlcipher3.dbapi2

    # SQLCipher writes failed page HMACs (a wrong key) to stderr; the error codes here say it instead
    with closing(sqlcipher3.dbapi2.connect(":memory:")) as connection:
        connection.execute("PRAGMA cipher_log_level = NONE")
    return sqlcipher3.dbapi2


def operational_errors() -> tuple[type[Exception], ...]:
    """``OperationalError`` of both DBAPI modules (SQLCipher's is a class of its own)."""
    return (sqlite3.OperationalError, sqlcipher_module().OperationalError)


def key_pragma(key: bytes) -> str:
    # a raw key: no PBKDF2 per connection (the key is random, not a password)
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_sqlite(path: Path, key: bytes | None, *, timeout: float = SQLITE_TIMEOUT_S) -> Any:
    """A DBAPI connection to an SQLite file: sqlcipher3 keyed with ``key``, or plain sqlite3 when
    ``key`` is None. A wrong key raises ``StoreError`` ``store.key_wrong`` (SQLCipher cannot tell a
    wrong key from a file that is not a database: the marker's fingerprint tells the two apart)."""
    if key is None:
        return sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    module = sqlcipher_module()
    connection = module.connect(str(path), timeout=timeout, check_same_thread=False)
    try:
        connection.execute(key_pragma(key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        connection.close()
        raise StoreError(f"the database {path} cannot be opened with this key (a wrong key, or not an "
                         "encrypted registry)", code="store.key_wrong") from None
    return connection


# --- the recovery code -----------------------------------------------------------------------------


def recovery_code(key: bytes) -> str:
    """The key for paper: 14 groups of 4 base32 characters, the last bytes a checksum."""
    checksum = hashlib.sha256(b"clerk-app recovery code\x00" + key).digest()[:_CHECKSUM_BYTES]
    text = base64.b32encode(key + checksum).decode("ascii")
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})  # digits base32 never uses, read by a person


def key_from_recovery_code(code: str) -> bytes:
    """The key a recovery code holds; ``StoreError`` ``store.recovery_code_invalid`` on a typo."""
    text = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_LOOKALIKES)
    invalid = StoreError("the recovery code is not valid: check every group against the paper "
                         "(56 letters and digits in 14 groups)", code="store.recovery_code_invalid")
    if len(text) != 56:
        raise invalid
    try:
        raw = base64.b32decode(text)
    except ValueError:
        raise invalid from None
    key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    expected = hashlib.sha256(b"clerk-app recovery code\x00" + key).digest()[:_CHECKSUM_BYTES]
    if not hmac.compare_digest(checksum, expected):
        raise invalid
    return key


def recover_store_key(data_dir: Path, code: str) -> None:
    """Checks the recovery code against the store's marker and puts the key back in the keyring."""
    marker = read_marker(data_dir)
    if marker is None:
        raise StoreError(f"the registry at {data_dir} is not encrypted: there is no key to recover",
                         code="store.not_encrypted")
    key = key_from_recovery_code(code)
    if not hmac.compare_digest(key_fingerprint(key), marker.key_fingerprint):
        raise StoreError("this recovery code belongs to another registry (its key does not match this one)",
                         code="store.recovery_code_mismatch")
    save_store_key(data_dir, key)
