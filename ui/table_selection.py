"""The item behind a table's selected row, for the dialogs that list plain data in a QTableWidget."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QTableWidget

T = TypeVar("T")


def selected_item(table: QTableWidget, items: Sequence[T]) -> T | None:
    """The item of the first selected row, or None (nothing selected, or the list was reloaded shorter)."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows or rows[0].row() >= len(items):
        return None
    return items[rows[0].row()]
