"""Word-wrapped labels whose font is a size step of the window's font (headlines, intros, details)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def wrapped_label(base: QWidget, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if scale != 1.0 or bold:
        font = QFont(base.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label
