"""``clerk-app print ...``: every document through the command line, the format from the extension,
in the language asked for; a wrong extension or a bad period is one clear line and exit 1; the
Qt-free ``python -m clerk_app`` says that printing needs the application."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from clerk_app.cli.main import main
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import incoming
from ui.entry import _print_document
from ui.languages import LanguageManager

Run = Callable[..., tuple[int, dict, str]]  # type: ignore[type-arg]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    data_dir = tmp_path / "registry"
    registry = Registry.open(data_dir=data_dir)
    try:
        registry.demo.generate(120, seed=7, actor=Actor("test"))
        registry.registration.register_json(incoming(channel="paper_in_person"), Actor("clerk"))
    finally:
        registry.close()
    return data_dir


@pytest.fixture
def run(store: Path, capsys: pytest.CaptureFixture[str], languages: LanguageManager) -> Run:
    def call(*args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
        code = main(["--data-dir", str(store), "print", *args], printer=_print_document)
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip() else {}), err

    return call


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _newest_number(store: Path) -> str:
    registry = Registry.open(data_dir=store)
    try:
        return registry.cards.journal_page("incoming", limit=1).rows[0].number
    finally:
        registry.close()


def test_the_journal_and_the_control_report_in_kazakh_and_russian(run: Run, tmp_path: Path) -> None:
    year = astana_today().year
    code, result, err = run("register", "--journal", "incoming", "--from", f"{year - 1}-01-01",
                            "--to", astana_today().isoformat(), "--language", "ru", "--out", str(tmp_path / "j.pdf"))
    assert code == 0, err
    assert result["document"] == "register" and result["language"] == "ru" and result["format"] == "pdf"
    assert result["pages"] == len(PdfReader(tmp_path / "j.pdf").pages) and result["rows"] > 0
    assert "Содержит" in _text(tmp_path / "j.pdf")  # the sheet count for binding, in Russian
    code, result, err = run("control", "--due-within", "7", "--language", "kk", "--out", str(tmp_path / "c.pdf"))
    assert code == 0, err
    assert result["language"] == "kk" and result["format"] == "pdf"
    assert (tmp_path / "c.pdf").stat().st_size > 0


def test_the_cards_receipt_and_stamp_labels(run: Run, store: Path, tmp_path: Path) -> None:
    number = _newest_number(store)
    code, result, err = run("card", number, "--language", "ru", "--out", str(tmp_path / "card.pdf"))
    assert code == 0, err
    assert number in _text(tmp_path / "card.pdf") and result["pages"] >= 1
    code, result, err = run("receipt", number, "--language", "kk", "--out", str(tmp_path / "receipt.pdf"))
    assert code == 0, err
    assert number in _text(tmp_path / "receipt.pdf") and "Талон" in _text(tmp_path / "receipt.pdf")
    code, result, err = run("stamp", number, number, "--layout", "single-58x40", "--out", str(tmp_path / "stamp.pdf"))
    assert code == 0, err
    assert result["pages"] == 2 and result["rows"] == 2


def test_the_quarterly_information_and_the_public_register_in_every_format(run: Run, tmp_path: Path) -> None:
    year = astana_today().year
    for suffix in ("json", "xlsx", "pdf"):
        code, result, err = run("quarterly", "--year", str(year), "--quarter", "1", "--language", "ru",
                                "--out", str(tmp_path / f"q.{suffix}"))
        assert code == 0, err
        assert result["format"] == suffix and (tmp_path / f"q.{suffix}").stat().st_size > 0
    data = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert data["year"] == year and data["quarter"] == 1
    for suffix in ("csv", "xlsx", "pdf"):
        code, result, err = run("public-respondents", "--from", f"{year - 1}-01-01", "--to", f"{year}-12-31",
                                "--out", str(tmp_path / f"p.{suffix}"))
        assert code == 0, err
        assert result["format"] == suffix
    assert "«" in (tmp_path / "p.csv").read_text(encoding="utf-8")  # the respondents are named


def test_a_wrong_extension_or_period_is_one_clear_line(run: Run, tmp_path: Path) -> None:
    code, _result, err = run("register", "--journal", "incoming", "--from", "2026-02-01", "--to", "2026-01-01",
                             "--out", str(tmp_path / "j.pdf"))
    assert code == 1 and "print.bad_period" in err and not (tmp_path / "j.pdf").exists()
    code, _result, err = run("register", "--journal", "incoming", "--from", "2026-01-01", "--to", "2026-02-01",
                             "--out", str(tmp_path / "j.docx"))
    assert code == 1 and "print.unsupported_format" in err and not (tmp_path / "j.docx").exists()
    code, _result, err = run("quarterly", "--year", "2026", "--quarter", "1", "--template", str(tmp_path / "none.json"),
                             "--out", str(tmp_path / "q.pdf"))
    assert code == 1 and "quarterly.template_unreadable" in err and not (tmp_path / "q.pdf").exists()


def test_the_qt_free_interface_says_printing_needs_the_application(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(store), "print", "control", "--out", str(tmp_path / "c.pdf")])
    assert code == 1 and "print.unavailable" in capsys.readouterr().err


def test_period_arguments_are_dates(run: Run, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as usage:
        run("register", "--journal", "incoming", "--from", "yesterday", "--to", "2026-01-01", "--out", "x.pdf")
    assert usage.value.code == 2
