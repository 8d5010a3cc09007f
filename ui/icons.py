"""Icons: the application's own (drawn here, so no image plugin or asset is needed) and, for the
commands, the platform style's standard icons (they match the system's look on Windows and Linux)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

_BLUE = QColor("#1f5fa8")
_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """A registry journal with a registration-number sign: a blue book, a white "№"."""
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = size * 0.06
        book = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BLUE)
        painter.drawRoundedRect(book, size * 0.14, size * 0.14)
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, size * 0.04)))
        spine = book.left() + book.width() * 0.2
        painter.drawLine(int(spine), int(book.top() + size * 0.08), int(spine), int(book.bottom() - size * 0.08))
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(max(6, int(size * 0.5)))
        painter.setFont(font)
        text_box = QRectF(spine, book.top(), book.right() - spine, book.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, "№")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Command(Enum):
    """What each command's icon is, in the style's standard set."""

    NEW_INCOMING = QStyle.StandardPixmap.SP_FileIcon
    NEW_OUTGOING = QStyle.StandardPixmap.SP_ArrowForward
    REPLY = QStyle.StandardPixmap.SP_ArrowBack
    ATTACH = QStyle.StandardPixmap.SP_DirOpenIcon
    SCAN = QStyle.StandardPixmap.SP_DriveFDIcon  # a device the paper goes into
    SEARCH = QStyle.StandardPixmap.SP_FileDialogContentsView
    REFRESH = QStyle.StandardPixmap.SP_BrowserReload
    CONTROL = QStyle.StandardPixmap.SP_MessageBoxWarning
    SETTINGS = QStyle.StandardPixmap.SP_FileDialogDetailedView
    ABOUT = QStyle.StandardPixmap.SP_MessageBoxInformation
    QUIT = QStyle.StandardPixmap.SP_DialogCloseButton


def command_icon(command: Command) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(command.value) if style is not None else QIcon()
