"""What a saved printout reports back: to the command line as JSON, to the window as a message."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clerk_app.errors import FieldIssue, ValidationError


@dataclass(frozen=True)
class SavedPrintout:
    path: Path
    format: str  # pdf, xlsx, csv, json
    pages: int | None = None  # printed pages (PDF); None for a table file
    rows: int | None = None  # entries, lines or respondents the document lists
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. the sheet count for binding

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "format": self.format, "pages": self.pages, "rows": self.rows, **self.extra}


def output_format(path: Path, allowed: tuple[str, ...]) -> str:
    """The format a path's extension asks for, or a clear error naming the ones this document has."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in allowed:
        wanted = ", ".join("." + a for a in allowed)
        raise ValidationError([FieldIssue(
            "out", "print.unsupported_format",
            f"this document is saved as {wanted}, not {path.suffix or 'a file without an extension'}",
        )])
    return suffix
