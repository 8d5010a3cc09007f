"""Builds the one-folder app with PyInstaller (packaging/clerk_app.spec), reports its size, and
optionally runs the built app's self-test and makes the Linux .deb (issue 10; docs/packaging.md).

    python packaging/build.py [--self-test] [--deb] [--json]

Run with the project's virtual environment (``dev.py`` creates it); PyInstaller is installed into
it when missing. The output goes to build/dist/clerk-app (and build/clerk-app_<version>_<arch>.deb)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent / "linux"))  # make_deb.py

BUILD = ROOT / "build"
DIST = BUILD / "dist"
BUNDLE = DIST / "clerk-app"
PYINSTALLER = "pyinstaller>=6.10,<7"


def _ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER], check=True)


def build() -> float:
    _ensure_pyinstaller()
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "work"),
                    str(ROOT / "packaging" / "clerk_app.spec")], cwd=ROOT, check=True)
    return time.monotonic() - started


def bundle_report(bundle: Path) -> dict[str, object]:
    """The bundle's size, and its largest parts (what to trim next)."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]  # a link is no copy
    total = sum(path.stat().st_size for path in files)
    parts: dict[str, int] = {}
    for path in files:
        top = path.relative_to(bundle).parts
        key = "/".join(top[:2]) if top[0] == "_internal" and len(top) > 1 else top[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    largest = sorted(parts.items(), key=lambda item: -item[1])[:12]
    return {"bundle": str(bundle), "files": len(files), "megabytes": round(total / 2**20, 1),
            "largest_parts_mb": {name: round(size / 2**20, 1) for name, size in largest}}


def executable() -> Path:
    """The program with a console: on Windows clerk-cli.exe (clerk-app.exe is the window's, without)."""
    return BUNDLE / ("clerk-cli.exe" if sys.platform == "win32" else "clerk-app")


def self_test() -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(executable()), "--self-test"], capture_output=True, text=True, env=env, check=False)
    report: dict[str, object] = {"exit_code": result.returncode}
    try:
        report["report"] = json.loads(result.stdout)
    except ValueError:
        report["stdout"], report["stderr"] = result.stdout[-4000:], result.stderr[-4000:]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py")
    parser.add_argument("--self-test", action="store_true", help="run the built app's --self-test")
    parser.add_argument("--deb", action="store_true", help="make the Linux .deb from the bundle")
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")
    args = parser.parse_args()
    output: dict[str, object] = {"build_seconds": round(build(), 1), **bundle_report(BUNDLE)}
    ok = True
    if args.self_test:
        tested = self_test()
        output["self_test"] = tested
        ok = tested["exit_code"] == 0
    if args.deb:
        from make_deb import make_deb

        package = make_deb(BUNDLE, BUILD)
        output["deb"] = {"path": str(package), "megabytes": round(package.stat().st_size / 2**20, 1)}
    json.dump(output, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
