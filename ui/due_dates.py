"""How a due date looks: the date, the days left or overdue in words, and the row colours of the
journal and control tables (overdue red, due within three days amber, today included).

The colours are pale backgrounds with dark text of the same hue (contrast above 8:1); on a dark
palette the other way round, so the rows stay readable either way.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from clerk_app.services.control import SOON_DAYS

DATE_FORMAT = "%d.%m.%Y"


class Urgency(Enum):
    OVERDUE = "overdue"
    SOON = "soon"  # due today or within SOON_DAYS
    LATER = "later"


def urgency(days_left: int | None) -> Urgency | None:
    if days_left is None:
        return None
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.LATER


def day(value: date) -> str:
    return value.strftime(DATE_FORMAT)


def days_text(days_left: int | None) -> str:
    """"Overdue by 3 days", "Due today", "2 days left" (no plural forms: the Russian and Kazakh
    wordings need none)."""
    if days_left is None:
        return ""
    if days_left < -1:
        return QCoreApplication.translate("DueDates", "Overdue by {0} days").format(-days_left)
    if days_left == -1:
        return QCoreApplication.translate("DueDates", "Overdue by 1 day")
    if days_left == 0:
        return QCoreApplication.translate("DueDates", "Due today")
    if days_left == 1:
        return QCoreApplication.translate("DueDates", "1 day left")
    return QCoreApplication.translate("DueDates", "{0} days left").format(days_left)


def days_note(days_left: int | None) -> str:
    """The same words inside a sentence or brackets: "(3 days left)", "(due today)"."""
    text = days_text(days_left)
    return text[:1].lower() + text[1:]


# (background, text) by urgency, for a light and a dark palette.
_LIGHT = {Urgency.OVERDUE: ("#fbe1de", "#7a1b12"), Urgency.SOON: ("#fcefc4", "#573f00")}
_DARK = {Urgency.OVERDUE: ("#5c1d18", "#ffdad5"), Urgency.SOON: ("#4d3c06", "#ffe7a6")}
# The urgency as a word's colour on the window background (the control panel's due date).
_TEXT_LIGHT = {Urgency.OVERDUE: "#b3261e", Urgency.SOON: "#7a5900"}
_TEXT_DARK = {Urgency.OVERDUE: "#ff8a80", Urgency.SOON: "#ffd166"}


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def row_colours(level: Urgency | None, palette: QPalette) -> tuple[QColor, QColor] | None:
    """The background and text of a row with this urgency, or None: the table's own colours."""
    colours = (_DARK if _is_dark(palette) else _LIGHT).get(level) if level is not None else None
    if colours is None:
        return None
    return QColor(colours[0]), QColor(colours[1])


def text_colour(level: Urgency | None, palette: QPalette) -> str | None:
    """A colour for the days-left words on the window background, or None: the usual text."""
    if level is None:
        return None
    return (_TEXT_DARK if _is_dark(palette) else _TEXT_LIGHT).get(level)
