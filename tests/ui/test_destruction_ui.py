"""Personal data › Records due for destruction… and A person's data…, driven as the personal-data
officer drives them: a person looked up, blocked and unblocked, destroyed through the act's dialog
(the count typed to confirm), the act saved as a PDF whose text holds the act number and Kazakh
letters; the due list destroys a record; the menu has both commands; Kazakh and Russian fit."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin
from tests.ui.keyboard import type_text
from ui import destruction_dialog, subject_dialog
from ui.destruction_dialog import ActDetailsDialog, DueDialog
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.subject_dialog import SubjectDialog
from ui.workers import TaskRunner

SHOTS = Path(os.environ.get("CLERK_SHOTS", "/tmp/shots_destruction"))
IIN = valid_iin("950315", 4)


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def registry(tmp_path: Path) -> Registry:
    opened = Registry.open(data_dir=tmp_path / "data")
    yield opened  # type: ignore[misc]
    opened.close()


def _register(registry: Registry, surname: str = "Жанболатова") -> str:
    person = {"type": "natural_person", "surname": surname, "given_name": "Айгерім", "patronymic": "Серікқызы",
              "iin": IIN}
    return registry.registration.register_json(incoming(applicants=[person], summary=f"{surname} шағымы"),
                                               Actor("clerk"), confirm_duplicate=True).number


def _fill_act(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, count: int, commission: str) -> list[ActDetailsDialog]:
    """The act's dialog answers as the officer would: the commission named, the count typed."""
    seen: list[ActDetailsDialog] = []

    def exec_(self: ActDetailsDialog) -> int:
        seen.append(self)
        self.commission_edit.setPlainText(commission)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # not before the count is typed
        type_text(qtbot, self.confirm_edit, str(count))
        assert ok.isEnabled()
        _shot(self, f"act_details_{QApplication.instance().property('shot_language') or 'en'}")  # type: ignore[union-attr]
        self._accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ActDetailsDialog, "exec", exec_)
    return seen


def test_a_person_looked_up_blocked_and_destroyed_with_the_act_as_pdf(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = _register(registry)
    dialog = SubjectDialog(registry, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.iin_edit, IIN)
    dialog.look_up_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.busy)
    assert number in dialog.report_view.toPlainText() and "Жанболатова" in dialog.report_view.toPlainText()
    assert "1" in dialog.status.text() and dialog.destroy_button.isEnabled()
    _shot(dialog, "subject_en")
    # block, then unblock, with a reason
    monkeypatch.setattr(subject_dialog, "ask_reason", lambda *args: "the person disputes the data")
    dialog.block_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.block is not None and not dialog.busy)
    assert dialog.state.block.is_blocked and dialog.block_button.text().replace("&", "") == "Unblock…"
    dialog.block_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.state.block.is_blocked and not dialog.busy)  # type: ignore[union-attr]
    # the report as a PDF
    report_pdf = tmp_path / "report.pdf"
    dialog.write_report_pdf(report_pdf)
    assert IIN in "".join(page.extract_text() for page in PdfReader(report_pdf).pages)
    # destroy through the act's dialog
    _fill_act(qtbot, monkeypatch, 1, "Сапарова Дәмеш Қайратқызы")
    dialog.ask_destroy()
    qtbot.waitUntil(lambda: dialog.act_panel.act is not None and not dialog.busy, timeout=30_000)
    act = dialog.act_panel.act
    assert act is not None and dialog.act_panel.isVisible() and act.number in dialog.act_panel.label.text()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.state.report.holds_data and not dialog.busy)
    _shot(dialog, "subject_destroyed_en")
    pdf = tmp_path / "act.pdf"
    monkeypatch.setattr(destruction_dialog, "ask_pdf_path", lambda parent, suggested: pdf)
    dialog.act_panel.save_button.click()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())  # pypdf: tabs between words
    assert act.number in text and number in text
    assert "Сапарова Дәмеш Қайратқызы" in text  # Kazakh letters (ә, қ) survive the font
    assert "Жанболатова" not in text and IIN not in text  # the act names records, not people
    assert registry.cards.get(number).applicants[0].surname is None


def test_the_due_list_destroys_what_ran_out(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, kept = _register(registry), _register(registry, "Бекова")
    with registry.store.write() as session:
        session.execute(sa.text("UPDATE card SET registered_at = :at WHERE number = :n"),
                        {"at": datetime(2015, 5, 1, tzinfo=UTC), "n": old})
        session.execute(sa.text("DELETE FROM card_control WHERE card_id = (SELECT id FROM card WHERE number = :n)"),
                        {"n": old})
    dialog = DueDialog(registry, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page is not None and not dialog.busy)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == old
    assert not dialog.destroy_button.isEnabled()
    dialog.select_all_button.click()
    assert dialog.destroy_button.isEnabled()
    _shot(dialog, "due_en")
    _fill_act(qtbot, monkeypatch, 1, "Д. Сапарова")
    dialog.destroy_button.click()
    qtbot.waitUntil(lambda: dialog.act_panel.act is not None and not dialog.busy, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.page is not None and dialog.table.rowCount() == 0 and not dialog.busy)
    assert registry.cards.get(old).applicants[0].iin is None and registry.cards.get(kept).applicants[0].iin == IIN
    _shot(dialog, "due_destroyed_en")


def test_both_commands_are_in_the_menu(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path,
) -> None:
    window = open_window(empty_store)
    actions = window.menus.personal_data_menu.actions()
    flow = window.destruction_flow
    assert flow.due_action in actions and flow.subject_action in actions
    assert flow.due_action.isEnabled() and flow.subject_action.isEnabled()  # the tester holds every role
    dialog = flow.show_subject()
    assert isinstance(dialog, SubjectDialog)
    qtbot.waitExposed(dialog)
    dialog.close()


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_kazakh_and_russian_fit(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, languages: LanguageManager, language: Language,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    languages.apply(language)
    _register(registry)
    dialog = SubjectDialog(registry, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.iin_edit, IIN)
    dialog.look_up_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.busy)
    for button in (dialog.print_button, dialog.pdf_button, dialog.block_button, dialog.destroy_button):
        assert button.sizeHint().width() <= button.width() + 1, button.text()
    # the report the person takes home is in their language, headings and the legal answers included
    heading, purpose = {Language.KAZAKH: ("Өңдеу мақсаты", "мақсатқа пайдаланылмайды"),
                        Language.RUSSIAN: ("Цель обработки", "ни для какой иной цели")}[language]
    shown = dialog.report_view.toPlainText()
    assert heading in shown and purpose in shown and "Purpose" not in shown
    _shot(dialog, f"subject_{language.value}")
    details = ActDetailsDialog(3, list(subject_dialog.SUBJECT_TRIGGERS), dialog)
    qtbot.addWidget(details)
    details.show()
    _shot(details, f"act_details_{language.value}")
    due = DueDialog(registry, runner)
    qtbot.addWidget(due)
    due.show()
    qtbot.waitUntil(lambda: due.page is not None and not due.busy)
    _shot(due, f"due_{language.value}")


def _laid_out(dialog: SubjectDialog) -> bool:
    """Laid out again in the new language: every button fits its text and the whole note shows."""
    buttons = (dialog.pending.finish_button, dialog.print_button, dialog.act_panel.print_button)
    label = dialog.pending.label
    return (all(b.sizeHint().width() <= b.width() + 1 for b in buttons)
            and label.height() >= label.heightForWidth(label.width()))


def test_a_pending_cleanup_is_told_with_finish_and_the_report_file_names_nobody(
    qtbot: QtBot, registry: Registry, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    languages: LanguageManager,
) -> None:
    from tests.core.test_destruction_cleanup import make_undeletable, release

    number = _register(registry)
    scan = tmp_path / "scan.jpg"
    Image.new("L", (300, 400), 240).save(scan, "JPEG")
    (copy,) = registry.copies.attach(number, [scan], CopyRole.APPEAL, Actor("clerk")).attached
    blob = registry.copies.blobs.stored_path(copy.sha256)
    make_undeletable(blob)  # as a scan held open by a viewer on Windows
    officer = Actor("officer", frozenset({Role.PD_OFFICER}))
    registry.blocking.block(IIN, "the person disputes the data", officer)
    dialog = SubjectDialog(registry, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.iin_edit, IIN)
    dialog.look_up_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.busy)
    # the report's suggested file name and PDF title say nothing of the person
    suggested: list[str] = []
    pdf = tmp_path / "report.pdf"
    monkeypatch.setattr(subject_dialog, "ask_pdf_path", lambda parent, name: suggested.append(name) or pdf)
    dialog.pdf_button.click()
    assert re.fullmatch(r"subject-report-\d{4}-\d{2}-\d{2}\.pdf", suggested[0])
    title = PdfReader(pdf).metadata.title  # type: ignore[union-attr]
    assert title and IIN not in title and "Жанболатова" not in title
    assert re.search(r"due \d{2}\.\d{2}\.\d{4}", dialog.status.text())  # dates as the office writes them
    _fill_act(qtbot, monkeypatch, 1, "Д. Сапарова")
    dialog.ask_destroy()
    qtbot.waitUntil(lambda: dialog.act_panel.act is not None and bool(dialog.pending.acts) and not dialog.busy,
                    timeout=30_000)
    act = dialog.act_panel.act
    assert act is not None and dialog.pending.isVisible() and act.number in dialog.pending.label.text()
    assert "not finished" in dialog.act_panel.label.text()
    assert f"destroyed by act No. {act.number}" in dialog.status.text()  # the block it ended, worded here
    _shot(dialog, "subject_pending_en")
    for language in (Language.KAZAKH, Language.RUSSIAN):  # the note and Finish in both languages, fitting
        languages.apply(language, remember=False)
        dialog.retranslate()
        assert "Finish" not in dialog.pending.label.text() and act.number in dialog.pending.label.text()
        qtbot.waitUntil(lambda: _laid_out(dialog))
        _shot(dialog, f"subject_pending_{language.value}")
    languages.apply(Language.ENGLISH, remember=False)
    dialog.retranslate()
    due = DueDialog(registry, runner)  # the due list tells it too
    qtbot.addWidget(due)
    due.show()
    qtbot.waitUntil(lambda: due.page is not None and not due.busy)
    assert due.pending.isVisible() and act.number in due.pending.label.text()
    release(blob)
    dialog.pending.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.pending.isVisible() and not dialog.busy, timeout=30_000)
    assert registry.destruction.pending(officer) == [] and not blob.exists()
