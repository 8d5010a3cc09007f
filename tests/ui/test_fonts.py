"""The bundled font has every Kazakh letter, and the application uses it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from ui.fonts import FAMILY, FONT_FILES, FONTS_DIR, register_bundled_fonts

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def test_the_bundled_files_have_every_kazakh_letter(qapp: QApplication) -> None:
    assert (FONTS_DIR / "LICENSE").is_file()
    for name in FONT_FILES:
        raw = QRawFont(str(FONTS_DIR / name), 12)
        assert raw.isValid(), name
        missing = [
            letter for letter in KAZAKH_LETTERS if not raw.supportsCharacter(ord(letter))
        ]  # the code-point overload
        assert not missing, f"{name} lacks {missing}"


def test_the_application_font_is_the_bundled_family(qapp: QApplication) -> None:
    assert FAMILY in register_bundled_fonts()
    assert QFont(QApplication.font()).family() == FAMILY  # set by the session fixture, as run_gui does
