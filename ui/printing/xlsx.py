"""openpyxl without type stubs in the environment: loaded as an untyped module (the checked code
stays clean whether or not the stubs get installed)."""

from __future__ import annotations

import importlib
from types import SimpleNamespace
from typing import Any


def openpyxl() -> Any:
    """The names the printouts use: Workbook, Font, Alignment, PatternFill, get_column_letter."""
    core = importlib.import_module("openpyxl")
    styles = importlib.import_module("openpyxl.styles")
    utils = importlib.import_module("openpyxl.utils")
    return SimpleNamespace(Workbook=core.Workbook, Font=styles.Font, Alignment=styles.Alignment,
                           PatternFill=styles.PatternFill, get_column_letter=utils.get_column_letter)
