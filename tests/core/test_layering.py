"""The architecture rule: Qt only in ui/, and ui/ never touches SQLAlchemy or storage/."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("clerk_app", "storage", "scanners")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_layers_do_not_import_qt() -> None:
    for package in QT_FREE:
        for path in (ROOT / package).rglob("*.py"):
            assert not _imports(path) & {"PySide6", "shiboken6", "ui"}, path


def test_ui_does_not_import_the_orm() -> None:
    for path in (ROOT / "ui").rglob("*.py"):
        assert not _imports(path) & {"sqlalchemy", "storage", "alembic"}, path


def _ruff(tmp_path: Path, package: str, source: str) -> subprocess.CompletedProcess[str]:
    """Runs the project's ruff configuration on a file placed in a copy of the package layout."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "ui").mkdir(exist_ok=True)
    shutil.copy(ROOT / "ui" / "ruff.toml", tmp_path / "ui" / "ruff.toml")
    target = tmp_path / package / "offender.py"
    target.parent.mkdir(exist_ok=True)
    target.write_text(source)
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "TID251", str(target)],
        capture_output=True, text=True, cwd=tmp_path,
    )


def test_lint_rule_catches_qt_in_the_core(tmp_path: Path) -> None:
    result = _ruff(tmp_path, "storage", "from PySide6.QtCore import QObject\n\nQObject\n")
    assert result.returncode == 1 and "TID251" in result.stdout


def test_lint_rule_catches_the_orm_in_ui(tmp_path: Path) -> None:
    result = _ruff(tmp_path, "ui", "import sqlalchemy\n\nsqlalchemy\n")
    assert result.returncode == 1 and "TID251" in result.stdout
    allowed = _ruff(tmp_path, "ui", "from PySide6.QtCore import QObject\n\nQObject\n")
    assert allowed.returncode == 0, allowed.stdout
