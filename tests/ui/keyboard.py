"""Typing as a clerk types: letter by letter, Kazakh letters included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses carrying each letter (QTest.keyClicks handles ASCII only: ә, қ, ң ... are sent
    the way a keyboard layout sends them)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QApplication.sendEvent(
                widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Selects what the field holds, deletes it and types the new text."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)
