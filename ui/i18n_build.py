"""Builds the .qm translation catalogues from i18n/*.ts (run by ``dev.py`` before start and tests)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def lrelease_command() -> list[str]:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return [tool]


def build() -> int:
    sources = sorted(I18N_DIR.glob("clerk_*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(build())
