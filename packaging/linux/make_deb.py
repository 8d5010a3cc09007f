"""The Linux package: a .deb with the one-folder app in /opt/clerk-app, ``clerk-app`` on the PATH,
a desktop entry with its icon, and Tesseract with the Kazakh and Russian data, SANE and CUPS as
dependencies (Debian's own packages: kept up to date by the system, and SANE's backends and
configuration must be the system's anyway). Built with dpkg-deb, no other tool.

Why a .deb and not an AppImage: the clerks' Linux desktops are Debian and Ubuntu (Astra Linux,
ALT and the state bodies' builds follow Debian packaging), a .deb installs per-machine from the
file manager like the Windows installer, and its dependencies bring Tesseract's language data and
SANE, which an AppImage would have to carry (another 60 MB) or still ask the system for."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from clerk_app import __version__  # noqa: E402

HERE = Path(__file__).resolve().parent
DEPENDS = (
    "libc6 (>= 2.36), tzdata, tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus, libsane1, libcups2, libfontconfig1, libfreetype6, "
    "libglib2.0-0, libdbus-1-3, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, "
    "libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, "
    "libxcb-xfixes0, libxcb-xkb1, libx11-xcb1, libharfbuzz0b, libsqlite3-0"
)


def architecture() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def control_text(installed_kb: int) -> str:
    return (HERE / "control").read_text(encoding="utf-8").format(
        version=__version__, architecture=architecture(), depends=DEPENDS, installed_kb=installed_kb)


def make_deb(bundle: Path, out_dir: Path) -> Path:
    if not (bundle / "clerk-app").exists():
        raise SystemExit(f"no bundle at {bundle}: run packaging/build.py first")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pkg"
        shutil.copytree(bundle, root / "opt" / "clerk-app", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/clerk-app/clerk-app", root / "usr" / "bin" / "clerk-app")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copy(HERE / "clerk-app.desktop", applications / "clerk-app.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "packaging" / "icons" / "clerk-app.png", icons / "clerk-app.png")
        installed_kb = sum(p.lstat().st_size for p in root.rglob("*")) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control_text(installed_kb), encoding="utf-8")
        package = out_dir / f"clerk-app_{__version__}_{architecture()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(package)],
                       check=True, capture_output=True)
    return package


if __name__ == "__main__":
    print(make_deb(ROOT / "build" / "dist" / "clerk-app", ROOT / "build"))
