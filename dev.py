#!/usr/bin/env python3
"""Set up and run clerk-app, or set up and run every check. The README's two commands:

    python3 dev.py run     # installs what is missing, then starts the app on the embedded SQLite store
    python3 dev.py test    # installs what is missing, then lint (ruff), types (mypy), translations, tests

and, for the installers (docs/packaging.md):

    python3 dev.py bundle  # the one-folder app with PyInstaller, its self-test, and the Linux .deb

System packages come from apt when run as root on Debian/Ubuntu; otherwise the exact apt line is
printed. Python packages go into .venv (re-installed only when pyproject.toml changes).
Works on Windows too (no apt there: install Tesseract separately).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")

# What the app needs to show its window (Qt's xcb and offscreen platforms) and a font with every
# Kazakh letter, and SANE to build python-sane against; what the tests need on top (virtual screen, OCR
# with kaz/rus, SANE's tools, PDF tools).
APT_RUN = [
    "python3-venv", "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libdbus-1-3", "fonts-dejavu-core", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0",
    "libxcb-xkb1", "libx11-xcb1",
    "libsane-dev", "gcc", "python3-dev",  # python-sane is built against SANE at install (docs/scanning.md)
]
APT_BUNDLE = APT_RUN + ["binutils", "dpkg", "tesseract-ocr", "tesseract-ocr-kaz", "tesseract-ocr-rus"]
APT_TEST = APT_RUN + [
    "xvfb", "xauth", "tesseract-ocr", "tesseract-ocr-kaz", "tesseract-ocr-rus", "sane-utils",
    "poppler-utils",
]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    say(" ".join(str(a) for a in args))
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env=env)


def missing_apt_packages(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(packages: list[str]) -> None:
    if WINDOWS or not shutil.which("apt-get"):
        return
    missing = missing_apt_packages(packages)
    if not missing:
        return
    line = "apt-get install -y --no-install-recommends " + " ".join(missing)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-qq", env=env)
        run(*line.split(), env=env)
    else:
        say("these system packages are missing; install them, then run this command again:")
        print(f"    sudo {line}")
        sys.exit(1)


def ensure_venv() -> None:
    stamp = VENV / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and stamp.exists() and stamp.read_text() == wanted:
        return
    if not PYTHON.exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev]" if WINDOWS else ".[dev,sane]")
    stamp.write_text(wanted)


def build_translations() -> None:
    run(PYTHON, "-m", "ui.i18n_build")


def command_run(args: list[str]) -> int:
    ensure_system_packages(APT_RUN)
    ensure_venv()
    build_translations()
    return subprocess.run([str(BIN / ("clerk-app.exe" if WINDOWS else "clerk-app")), *args], cwd=ROOT).returncode


def command_test(args: list[str]) -> int:
    ensure_system_packages(APT_TEST)
    ensure_venv()
    build_translations()
    run(PYTHON, "-m", "ruff", "check", ".")
    run(PYTHON, "-m", "mypy", "clerk_app", "storage", "scanners", "ui")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def command_bundle(args: list[str]) -> int:
    ensure_system_packages(APT_BUNDLE)
    ensure_venv()
    build_translations()
    extra = ["--deb"] if not WINDOWS and shutil.which("dpkg-deb") else []
    return subprocess.run([str(PYTHON), str(ROOT / "packaging" / "build.py"), "--self-test", *extra, *args],
                          cwd=ROOT).returncode


COMMANDS = {"run": command_run, "test": command_test, "bundle": command_bundle}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        say("clerk-app needs Python 3.11 or newer")
        return 1
    try:
        return COMMANDS[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        say(f"failed: {' '.join(str(a) for a in exc.cmd)} (exit {exc.returncode})")
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
