"""How dates, amounts and counts look: Astana time, dd.MM.yyyy HH:mm, the locale's digit grouping.

Numbers follow ``QLocale()``, the default locale the language switcher sets, so "84 407,00" in
Kazakh and Russian and "84,407.00" in English.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from clerk_app.timeutil import to_astana

DATE_TIME_FORMAT = "%d.%m.%Y %H:%M"


def date_time(moment: datetime) -> str:
    """A stored UTC moment as the clerk's wall clock shows it (Astana)."""
    return to_astana(moment).strftime(DATE_TIME_FORMAT)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def amount(value: Decimal, locale: QLocale | None = None) -> str:
    """Tenge with two decimals. Formatted from the Decimal itself: a float would round large sums."""
    locale = locale or QLocale()
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):.2f}".partition(".")
    return f"{sign}{_group(whole, locale.groupSeparator())}{locale.decimalPoint()}{fraction}"


def count(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(value)


def store_location(location: str) -> str:
    """The embedded store as a file path rather than an SQLAlchemy URL ("sqlite+pysqlite:///...");
    a server URL is shown as the core renders it (password hidden)."""
    scheme, separator, rest = location.partition(":///")
    if separator and scheme.startswith("sqlite"):
        return rest
    return location
