"""The execution-control commands: ``control``, ``assign``, ``start``, ``extend``, ``resolve``,
``remove-from-control`` and ``reopen``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

COMMANDS: list[Callable[[Any], None]] = []
