"""Colours shared by widgets that need a quieter text than the data around it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# Between the text and the background: quieter than the data, yet much darker than Qt's "disabled"
# grey, which many clerks find hard to read.
QUIET_TEXT_SHARE = 0.6


def quiet(palette: QPalette, text_share: float = QUIET_TEXT_SHARE) -> QPalette:
    """A copy of ``palette`` whose window text is blended towards the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)

    def mix(a: int, b: int) -> int:
        return round(a * text_share + b * (1 - text_share))

    result = QPalette(palette)
    result.setColor(
        QPalette.ColorRole.WindowText,
        QColor(
            mix(text.red(), background.red()),
            mix(text.green(), background.green()),
            mix(text.blue(), background.blue()),
        ),
    )
    return result
