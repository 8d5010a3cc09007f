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
    """The command to run, or None (recognition is then off, with the usual message). The copy
    installed with the program comes first: it is the one with the Kazakh and Russian data."""
    bundled = candidates()[0]
    if bundled.is_file():
        return str(bundled)
    on_path = shutil.which(EXE)
    if on_path:
        return on_path
    for place in candidates()[1:]:
        if place.is_file():
            return str(place)
    return None


def configure() -> None:
    import pytesseract

    command = locate()
    if command is not None:
        pytesseract.pytesseract.tesseract_cmd = command
        if Path(command) == candidates()[0]:  # the bundled copy reads its own data, whatever was set
            os.environ["TESSDATA_PREFIX"] = str(Path(command).parent / "tessdata")
