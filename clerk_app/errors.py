"""Typed errors with stable machine codes.

The core never translates: every error carries a ``code`` (stable, documented in docs/errors.md) and
an English ``message``; the UI maps codes to ``tr()`` text and the CLI prints the message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


class ClerkError(Exception):
    """Base of every error the user can cause or fix. Anything else is a bug."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, params: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = dict(params or {})

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **({"params": self.params} if self.params else {})}


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field: ``field`` is a dotted path such as ``applicants.0.iin``."""

    field: str
    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationError(ClerkError):
    """Input that cannot be accepted; names every offending field."""

    code = "validation"

    def __init__(self, issues: Iterable[FieldIssue]):
        self.issues = list(issues)
        if not self.issues:
            raise ValueError("ValidationError needs at least one issue")
        first = self.issues[0]
        text = "; ".join(f"{issue.field}: {issue.message}" for issue in self.issues)
        super().__init__(text, code=first.code, params={"field": first.field})

    @property
    def field(self) -> str:
        return self.issues[0].field

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["issues"] = [{"field": i.field, "code": i.code, "message": i.message} for i in self.issues]
        return data


class NotFoundError(ClerkError):
    code = "not_found"


class LikelyDuplicateError(ClerkError):
    """The document seems registered already; the clerk must confirm to register it again."""

    code = "likely_duplicate"

    def __init__(self, matches: list[dict[str, str]]):
        numbers = ", ".join(m["number"] for m in matches)
        super().__init__(
            f"this looks like an appeal registered already ({numbers}); confirm to register it anyway",
            params={"matches": matches},
        )
        self.matches = matches


class ConflictError(ClerkError):
    """The card changed since it was read (another clerk or station saved first)."""

    code = "conflict"


class ImmutableFieldError(ClerkError):
    """Registration data written on the paper (number, date, direction, journal) never change."""

    code = "immutable_field"


class StoreError(ClerkError):
    """The store cannot be opened, created or upgraded."""

    code = "store"


class NumberingError(ClerkError):
    """A number template or station code that cannot produce unique numbers."""

    code = "numbering"


class QueryNotUnderstoodError(ClerkError):
    """A search query with no word or number to look for (only signs, or only exclusions)."""

    code = "search.query_not_understood"


class CancelledError(ClerkError):
    """The user stopped a long operation; nothing of it was kept."""

    code = "operation.cancelled"


class AuthError(ClerkError):
    """Signing in failed or cannot happen: ``auth.bad_credentials`` (the same for an unknown login
    and a wrong password), ``auth.locked`` (params ``until``), ``auth.blocked``, ``auth.weak_password``,
    ``auth.no_accounts``, ``auth.login_required``, ``auth.not_acknowledged``."""

    code = "auth.bad_credentials"


class PermissionDeniedError(ClerkError):
    """The signed-in account's roles do not allow the action (params ``permission``)."""

    code = "auth.forbidden"

    def __init__(self, permission: str, message: str | None = None):
        super().__init__(message or f"your roles do not allow this ({permission})", params={"permission": permission})
        self.permission = permission
