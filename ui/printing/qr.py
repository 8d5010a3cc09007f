"""A QR code painted as vector squares (crisp at any printer resolution, tiny in a PDF): each run of
dark modules in a row is one rectangle, so neighbouring modules leave no hairline between them."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks: scanners find it by it
ERROR_LEVEL = "m"  # about 15 % of the symbol may be smudged or stamped over and still read


def qr_modules(payload: str) -> list[list[bool]]:
    """The symbol's modules, dark as True, rows top to bottom (without the quiet zone)."""
    code = segno.make_qr(payload, error=ERROR_LEVEL)
    return [[bool(module) for module in row] for row in code.matrix]


def modules_across(payload: str, quiet_zone: int = QUIET_ZONE) -> int:
    """How many modules wide the code is, quiet zone included: the module size at a given width."""
    return len(qr_modules(payload)) + 2 * quiet_zone


def paint_qr(painter: QPainter, payload: str, rect: QRectF, *, quiet_zone: int = QUIET_ZONE) -> float:
    """Paints the code in the largest square centred in ``rect``, the quiet zone inside it, on white.
    Returns the module size in the painter's units (for checks that the code stays readable)."""
    modules = qr_modules(payload)
    across = len(modules) + 2 * quiet_zone
    side = min(rect.width(), rect.height())
    module = side / across
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("white")))
    painter.drawRect(QRectF(left, top, side, side))
    painter.setBrush(QBrush(QColor("black")))
    for y, row in enumerate(modules):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.drawRect(QRectF(left + (quiet_zone + start) * module, top + (quiet_zone + y) * module,
                                    (x - start) * module, module))
    painter.restore()
    return module
