"""The Qt binding must not corrupt the interpreter. PySide6 6.12.0 on Python 3.11 returned None from
void methods without a reference: a few thousand calls (any busy window) aborted Python with
"Fatal Python error: none_dealloc". pyproject.toml caps the version; this test catches any binding
with the same fault, so an upgrade cannot bring it back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 100  # other code may drop a few; the bug drops 10,000
