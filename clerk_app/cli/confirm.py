"""Confirming a command that changes or removes data: ``--yes``, or the answer typed on a terminal.
Without a terminal (a script, a scheduler) and without ``--yes`` the command is refused, never
taken as confirmed."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from clerk_app.errors import ClerkError

YES = ("y", "yes")


def confirm(question: str, *, yes: bool, expected: Sequence[str] = YES) -> None:
    """Returns when confirmed; else raises ``input.confirm_needed`` (no terminal) or ``input.cancelled``.
    ``expected``: the answers that confirm, compared case-insensitively (e.g. the count of records)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise ClerkError("confirmation needed: run it on a terminal, or add --yes", code="input.confirm_needed")
    sys.stderr.write(question.rstrip() + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in {e.lower() for e in expected}:
        raise ClerkError("not confirmed: nothing was changed", code="input.cancelled")
