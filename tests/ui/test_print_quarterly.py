"""The quarterly information as PDF (Kazakh and Russian text, the body, the figures), XLSX (numbers
as numbers, amounts in tenge) and JSON; a bad template refused with its code; the public register
without any personal data in CSV, XLSX and PDF; the dialog on its worker; the deadline reminder."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from clerk_app.domain.control import ControlResult, RefusalReason
from clerk_app.domain.enums import AppealKind
from clerk_app.domain.quarterly import Quarter, last_finished
from clerk_app.errors import ClerkError
from clerk_app.services import quarterly as quarterly_service
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.core.test_quarterly import APPLICANTS, IE_IIN, SPECS, _make
from tests.factories import REAL_BINS
from ui.labels import control_result_label, kind_label, refusal_reason_label
from ui.languages import Language, LanguageManager
from ui.printing import quarterly as quarterly_print
from ui.printing.public_respondents import open_public_respondents_dialog, save_public_respondents
from ui.printing.quarterly import save_quarterly
from ui.printing.quarterly_dialog import open_quarterly_dialog
from ui.printing.report_labels import activity_label
from ui.quarterly_reminder import QuarterlyReminder
from ui.workers import TaskRunner

BOSS = Actor("supervisor")
BODY = "«Әділет» тұтынушылар қоғамы"
PERSONAL = [value for applicant in APPLICANTS for value in applicant] + [IE_IIN, "Сейтқалиев", "Бауыржан"]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(data_dir=tmp_path / "registry")
    for index, spec in enumerate(SPECS):
        _make(registry, spec, index)
    registry.references.save_own_body({"name": BODY, "body_type": "consumer_association", "bin": REAL_BINS[4],
                                       "head": "Нұрланов Дәурен"})
    yield registry
    registry.close()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def xlsx_values(path: Path) -> list[list[object]]:
    sheet = importlib.import_module("openpyxl").load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_the_pdf_speaks_the_interface_language(
    filled: Registry, tmp_path: Path, languages: LanguageManager, language: Language
) -> None:
    languages.apply(language, remember=False)
    out = tmp_path / f"q-{language.value}.pdf"
    saved = save_quarterly(filled, BOSS, year=2025, quarter=3, path=out)
    assert saved.format == "pdf" and saved.pages == len(PdfReader(out).pages) >= 1
    text = pdf_text(out)
    seller = kind_label(AppealKind.SELLER_CLAIM)
    assert seller != "Claim to a seller"  # the catalogue is in use
    for expected in (BODY, REAL_BINS[4], seller, control_result_label(ControlResult.SATISFIED),
                     refusal_reason_label(RefusalReason.NO_VIOLATION), activity_label("retail"),
                     quarterly_print.tr(str(quarterly_print.T["title"])), "30.10.2025", "Нұрланов Дәурен"):
        assert " ".join(expected.split()) in text, expected
    assert "125 000,50" in text  # the amount claimed, in tenge with the locale's grouping
    for value in PERSONAL:
        assert value not in text


def test_the_xlsx_holds_numbers_and_tenge(filled: Registry, tmp_path: Path, languages: LanguageManager) -> None:
    languages.apply(Language.RUSSIAN, remember=False)
    out = tmp_path / "q.xlsx"
    saved = save_quarterly(filled, BOSS, year=2025, quarter=3, path=out)
    rows = xlsx_values(out)
    assert rows[0][0] == BODY and saved.rows and saved.rows > 30
    seller = next(r for r in rows if r[0] == kind_label(AppealKind.SELLER_CLAIM))
    # default columns: received, considered, pending, claimed in those received, recovered
    assert seller[1:6] == [1, 2, 1, Decimal("125000.5"), Decimal("128000.75")] or seller[1:6] == [
        1, 2, 1, 125000.5, 128000.75]
    assert all(isinstance(v, int) for v in seller[1:4])
    for value in PERSONAL:
        assert all(value not in str(cell) for row in rows for cell in row if cell is not None)


def test_json_through_the_printout_and_a_bad_template(filled: Registry, tmp_path: Path) -> None:
    out = tmp_path / "q.json"
    saved = save_quarterly(filled, BOSS, year=2025, quarter=3, path=out)
    assert saved.format == "json" and json.loads(out.read_text(encoding="utf-8"))["totals"]["received"] == 9
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "by_colour"}]}')
    with pytest.raises(ClerkError) as caught:
        save_quarterly(filled, BOSS, year=2025, quarter=3, path=tmp_path / "never.pdf", template=bad)
    assert caught.value.code == "quarterly.template_invalid" and not (tmp_path / "never.pdf").exists()
    with pytest.raises(ClerkError) as unsupported:
        save_quarterly(filled, BOSS, year=2025, quarter=3, path=tmp_path / "q.csv")
    assert unsupported.value.code == "print.unsupported_format"


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_the_public_register_has_no_personal_data(
    filled: Registry, tmp_path: Path, languages: LanguageManager, suffix: str
) -> None:
    languages.apply(Language.KAZAKH, remember=False)
    out = tmp_path / f"respondents.{suffix}"
    saved = save_public_respondents(filled, BOSS, start=date(2025, 7, 1), end=date(2025, 9, 30), path=out)
    if suffix == "csv":
        text = out.read_text(encoding="utf-8")
    elif suffix == "xlsx":
        text = "\n".join(" ".join(str(c) for c in row if c is not None) for row in xlsx_values(out))
    else:
        text = pdf_text(out)
        assert saved.pages == len(PdfReader(out).pages)
    assert "«Технодом» ЖШС" in text and REAL_BINS[0] in text
    for value in PERSONAL:
        assert value not in text, value
    assert saved.rows == 4  # three companies and the individual entrepreneurs together


def test_the_quarterly_dialog_saves_on_its_worker(
    qtbot: QtBot, filled: Registry, tmp_path: Path, runner: TaskRunner
) -> None:
    dialog = open_quarterly_dialog(None, filled, BOSS, runner)
    qtbot.addWidget(dialog)
    due = last_finished(astana_today())
    assert dialog.selected() == due and due.deadline.strftime("%d.%m.%Y") in dialog.deadline.text()
    dialog.year.setValue(2025)
    dialog.quarter.setCurrentIndex(2)
    assert "30.10.2025" in dialog.deadline.text()
    out = tmp_path / "dialog.pdf"
    dialog.save(out)
    qtbot.waitUntil(lambda: out.exists() and dialog.action_buttons["pdf"].isEnabled(), timeout=20_000)
    assert str(out) in dialog.status.text()
    with qtbot.waitSignal(dialog.sentMarked, timeout=20_000):
        dialog.action_buttons["sent"].click()
    assert "2025-Q3" in quarterly_service.QuarterlyService(filled.store).sent_quarters()
    dialog.grab().save(str(tmp_path / "quarterly-dialog.png"))


def test_the_public_register_dialog_saves(qtbot: QtBot, filled: Registry, tmp_path: Path) -> None:
    dialog = open_public_respondents_dialog(None, filled, BOSS)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDate(dialog.start_edit.date().addYears(-5))
    out = tmp_path / "r.csv"
    dialog.save(out)
    qtbot.waitUntil(lambda: out.exists() and dialog.save_buttons["csv"].isEnabled(), timeout=20_000)


def test_the_reminder_shows_until_the_report_is_marked_sent(
    qtbot: QtBot, filled: Registry, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quarterly_service, "astana_today", lambda: date(2026, 4, 25))
    reminder = QuarterlyReminder(runner)
    reminder.set_registry(filled, BOSS)
    qtbot.waitUntil(lambda: reminder.reminder is not None, timeout=20_000)
    assert reminder.reminder is not None and reminder.reminder.quarter == Quarter(2026, 1)
    assert not reminder.banner.isHidden() and "30.04.2026" in reminder.banner.message.text()
    assert "30.04.2026" in reminder.status_label.text()
    quarterly_service.QuarterlyService(filled.store).mark_sent(2026, 1, BOSS)
    reminder.check()
    qtbot.waitUntil(lambda: reminder.reminder is None, timeout=20_000)
    assert reminder.banner.isHidden() and reminder.status_label.isHidden()
    clerk = Actor("clerk", roles=frozenset())  # no REPORTS: never reminded
    reminder.set_registry(filled, clerk)
    assert reminder.reminder is None and reminder.banner.isHidden()
