"""A keyring backend for tests: a JSON file named by ``CLERK_TEST_KEYRING_FILE``, never the
developer's real keyring. Chosen in a child process with
``PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring``, in this one with ``keyring.set_keyring``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "CLERK_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        self._path().write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("not stored")
        self._save(data)


@contextmanager
def file_keyring_at(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This process (and the children it starts with its environment) keep secrets in ``path``."""
    monkeypatch.setenv(FILE_ENV, str(path))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        yield path
    finally:
        keyring.set_keyring(previous)
