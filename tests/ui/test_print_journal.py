"""The printed registration journal and the control report as PDF: the pages counted on the title
page, the header and "Page N of M" on every page, the data and the Kazakh and Russian texts, the
control report's groups, and the dialog saving through its worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import Direction
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import JournalPrintService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui.languages import Language, LanguageManager
from ui.printing import journal, journal_dialog
from ui.printing.control_report import save_control_report
from ui.printing.journal import save_journal

ACTOR = Actor("printer")
START, END = astana_today() - timedelta(days=3000), astana_today() + timedelta(days=600)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry.open(data_dir=tmp_path / "registry")
    registry.demo.generate(60, seed=4, actor=Actor("test"))
    registry.references.save_own_body({"name": "«Әділет» тұтынушылар қоғамы", "body_type": "consumer_association",
                                       "bin": "940140000385"})
    yield registry
    registry.close()


def texts(path: Path) -> list[str]:
    """Each page's text with its whitespace as single spaces (pypdf puts tabs between words)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_the_journal_pdf_counts_its_sheets_and_repeats_its_header(demo: Registry, tmp_path: Path) -> None:
    out = tmp_path / "journal.pdf"
    saved = save_journal(demo, ACTOR, direction=Direction.INCOMING, start=START, end=END, path=out)
    pages = texts(out)
    assert saved.pages == len(pages) == saved.extra["sheets"] and len(pages) >= 3
    assert f"Contains {len(pages)} sheets" in pages[0]
    assert "«Әділет» тұтынушылар қоғамы" in pages[0] and "BIN 940140000385" in pages[0]
    assert "INCOMING REGISTRATION JOURNAL" in pages[0] and f"Entries: {saved.rows}" in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert "Execution mark and result" in text and "From whom" in text, number
        assert f"Page {number} of {len(pages)}" in text
    entries = list(JournalPrintService(demo.store).entries(
        JournalPrintService(demo.store).heading(Direction.INCOMING, START, END, ACTOR), ACTOR))
    assert saved.rows == len(entries)
    body = " ".join(pages[1:])
    for entry in entries:  # every number printed, in order
        assert entry.number in body
    assert body.index(entries[0].number) < body.index(entries[-1].number)
    assert entries[0].correspondents[0].split()[0] in pages[1]  # the Kazakh and Russian names, embedded
    entry = demo.audit.entries(limit=10_000)[-1]
    assert (entry.action, entry.object_type, entry.details_dict["pages"]) == ("print", "journal", len(pages))


def test_the_journal_speaks_kazakh_and_russian(demo: Registry, tmp_path: Path, languages: LanguageManager) -> None:
    languages.apply(Language.KAZAKH, remember=False)
    kk = tmp_path / "kk.pdf"
    save_journal(demo, ACTOR, direction=Direction.INCOMING, start=START, end=END, path=kk)
    assert "КІРІС ӨТІНІШТЕРДІ ТІРКЕУ ЖУРНАЛЫ" in texts(kk)[0]
    languages.apply(Language.RUSSIAN, remember=False)
    ru = tmp_path / "ru.pdf"
    save_journal(demo, ACTOR, direction=Direction.OUTGOING, start=START, end=END, path=ru)
    pages = texts(ru)
    assert "ЖУРНАЛ РЕГИСТРАЦИИ ИСХОДЯЩИХ ДОКУМЕНТОВ" in pages[0]
    assert "Журнал регистрации исходящих документов" in pages[1]  # the running title of every page


def test_an_empty_period_prints_its_title_and_one_empty_page(demo: Registry, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    saved = save_journal(demo, ACTOR, direction=Direction.INCOMING, start=date(2001, 1, 1), end=date(2001, 1, 31), path=out)
    assert saved.rows == 0 and saved.pages == 2 and "Contains 2 sheets" in texts(out)[0]


def test_a_row_taller_than_a_page_continues_on_the_next(demo: Registry, tmp_path: Path) -> None:
    long_summary = " ".join(f"сөз{i} слово{i}" for i in range(2500))
    from tests.factories import incoming

    card = demo.registration.register_json(incoming(summary=long_summary[:3990]), ACTOR, confirm_duplicate=True)
    out = tmp_path / "tall.pdf"
    saved = save_journal(demo, ACTOR, direction=Direction.INCOMING, start=astana_today(), end=astana_today(), path=out)
    pages = texts(out)
    assert saved.rows >= 1 and len(pages) >= 3 and card.number in " ".join(pages)
    assert all("Execution mark and result" in p for p in pages[1:])


def test_the_control_report_groups_by_executor(demo: Registry, tmp_path: Path) -> None:
    out = tmp_path / "control.pdf"
    saved = save_control_report(demo, ACTOR, due_within_days=30, path=out)
    report = JournalPrintService(demo.store).control_report(ACTOR, due_within_days=30)
    pages = texts(out)
    text = " ".join(pages)
    assert saved.pages == len(pages) and "CONTROL REPORT" in pages[0]
    assert report.groups
    for group in report.groups:
        heading = f"{group.executor or 'Not assigned'}: overdue: {group.overdue}, due soon: {group.due_soon}"
        assert heading in text
    total = report.overdue + report.due_soon
    assert f"Total: {total} appeals, overdue: {report.overdue}, due soon: {report.due_soon}" in text
    for number, page in enumerate(pages, start=1):
        assert "Due date" in page and f"Page {number} of {len(pages)}" in page


def test_the_dialog_saves_the_chosen_period_on_its_worker(
    qtbot: QtBot, demo: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dialog.pdf"
    monkeypatch.setattr(journal_dialog, "ask_pdf_path", lambda parent, suggested: out)
    dialog = journal_dialog.open_journal_print_dialog(None, demo, ACTOR)
    qtbot.addWidget(dialog)
    first, last = journal_dialog.current_month(astana_today())
    assert dialog.choice() == (Direction.INCOMING, first, last)
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(-3000))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert out.exists() and dialog.status.text().startswith(f"Saved {out}")
    shown: list[object] = []
    monkeypatch.setattr(journal, "show_preview", lambda parent, title, paint: shown.append(paint))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)


def test_a_journal_too_long_for_the_preview_is_offered_as_pdf(
    qtbot: QtBot, demo: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview paints on the GUI thread: above its limit the clerk is offered the PDF instead."""
    out = tmp_path / "long.pdf"
    monkeypatch.setattr(journal, "PREVIEW_LIMIT", 3)
    monkeypatch.setattr(journal_dialog, "ask_pdf_path", lambda parent, suggested: out)
    offered: list[int] = []
    monkeypatch.setattr(journal_dialog, "offer_pdf_instead", lambda parent, entries: offered.append(entries) or True)
    shown: list[object] = []
    monkeypatch.setattr(journal, "show_preview", lambda parent, title, paint: shown.append(paint))
    dialog = journal_dialog.open_journal_print_dialog(None, demo, ACTOR)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(-3000))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy(), timeout=20_000)
    assert offered and offered[0] > 3 and shown == []
