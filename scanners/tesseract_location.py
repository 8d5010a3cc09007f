"""Where Tesseract is: on the PATH (Linux packages; a Windows install that added itself), beside
the installed application (the Windows installer's bundled copy in ``tesseract\\``), or where the
UB Mannheim Windows installer puts it. Found once per process and given to pytesseract."""

from __future__ import annotations

import os
import shutil
import sys
from functools import cache
from pathlib import Path

EXE = "tesseract.exe" if sys.platform == "win32" else "tesseract"


def candidates() -> list[Path]:
    places = [Path(sys.executable).resolve().parent / "tesseract" / EXE]  # bundled by the installer
    if sys.platform == "win32":
        for variable in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):
            base = os.environ.get(variable)
            if base:
                places.append(Path(base) / "Tesseract-OCR" / EXE)
                places.append(Path(base) / "Programs" / "Tesseract-OCR" / EXE)
    return places


@cache
def locate() -> str | None:
    """The command to run, or None (recognition is then off, with the usual message)."""
    on_path = shutil.which(EXE)
    if on_path:
        return on_path
    for place in candidates():
        if place.is_file():
            return str(place)
    return None


def configure() -> None:
    import pytesseract

    command = locate()
    if command is not None:
        pytesseract.pytesseract.tesseract_cmd = command
        data = Path(command).parent / "tessdata"
        if data.is_dir() and "TESSDATA_PREFIX" not in os.environ:  # a bundled copy brings its own data
            os.environ["TESSDATA_PREFIX"] = str(data)
