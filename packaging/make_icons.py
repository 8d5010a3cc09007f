"""Writes packaging/icons/clerk-app.png (256 px, the desktop entry's) and clerk-app.ico (Windows:
16–256 px) from the icon the window draws (ui/icons.py), so there is one drawing of it.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.icons import app_icon  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    icon = app_icon()
    images = []
    for size in SIZES:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        icon.pixmap(QSize(size, size)).save(buffer, "PNG")
        images.append(Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA"))
    folder = ROOT / "packaging" / "icons"
    folder.mkdir(exist_ok=True)
    images[-1].save(folder / "clerk-app.png")
    images[-1].save(folder / "clerk-app.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
