"""The bundled DejaVu Sans: every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) renders even on a workstation
whose system fonts lack them (older Windows installs, minimal Linux)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONTS_DIR = Path(__file__).resolve().parent / "resources" / "fonts"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"
# Larger than the usual 9 pt, for clerks who find small print hard to read; DejaVu Sans is a wide
# face, so more would cost the journal tables their columns at 1280 pixels.
POINT_SIZE = 10.0

log = logging.getLogger(__name__)


def register_bundled_fonts() -> list[str]:
    """Adds the bundled files to Qt's font database; returns the families they provide."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id < 0:
            log.warning("could not load the bundled font %s", FONTS_DIR / name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_application_font(app: QApplication) -> None:
    families = register_bundled_fonts()
    if FAMILY not in families:
        return  # keep the platform font rather than ask for a family that is not there
    font = QFont(FAMILY)
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
