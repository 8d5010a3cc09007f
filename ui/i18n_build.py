"""Translation catalogues: builds i18n/*.qm from i18n/*.ts (run by ``dev.py`` before start and tests).

    python -m ui.i18n_build            # .ts -> .qm with pyside6-lrelease (only what changed)
    python -m ui.i18n_build --update   # ui/**/*.py -> .ts with pyside6-lupdate, then build

After ``--update``, translate the new entries (pyside6-linguist, or by hand: remove
``type="unfinished"``); tests/ui/test_translations.py fails while any entry is left untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
I18N_DIR = UI_DIR.parent / "i18n"
LANGUAGES = ("kk", "ru")
# Entry locations are left out of the .ts files: they would change with every edit of the code.
LUPDATE_OPTIONS = ("-locations", "none", "-source-language", "en")


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def lrelease_command() -> list[str]:
    return [_tool("pyside6-lrelease")]


def lupdate_command() -> list[str]:
    return [_tool("pyside6-lupdate")]


def source_files() -> list[Path]:
    """Every Python file of the interface, except generated ui_*.py forms (their .ui files count)."""
    files = [p for p in UI_DIR.rglob("*.py") if not p.name.startswith("ui_")]
    return sorted(files + list(UI_DIR.rglob("*.ui")))


def ts_files() -> list[Path]:
    return [I18N_DIR / f"clerk_{language}.ts" for language in LANGUAGES]


def run_lupdate(targets: list[Path], *, drop_obsolete: bool) -> None:
    """Merges the strings of the sources into the given .ts files (created when missing)."""
    options = [*LUPDATE_OPTIONS, *(["-no-obsolete"] if drop_obsolete else [])]
    command = [*lupdate_command(), "-silent", *options, *map(str, source_files()), "-ts", *map(str, targets)]
    subprocess.run(command, check=True)


def update() -> int:
    run_lupdate(ts_files(), drop_obsolete=True)
    return build()


def build() -> int:
    sources = sorted(I18N_DIR.glob("clerk_*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="extract the strings of ui/ into the .ts files first"
    )
    args = parser.parse_args(argv)
    return update() if args.update else build()


if __name__ == "__main__":
    sys.exit(main())
