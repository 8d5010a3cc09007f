"""A clerk's whole round with one appeal, end to end in the real main window on a real SQLite store
(the 500-card demo of conftest), through the widgets only: the appeal typed in and registered with
Enter (Ctrl+N); its two-page TIFF scan attached from the Card menu, recognised in the background by
the real Tesseract (kaz+rus); the card found by a word of its scan (Ctrl+F); executors assigned, the
due date extended and the result recorded in the control panel's dialogs; the reply registered
(Ctrl+R) and the appeal removed from control with the reply linked. The services are read only at
the end, to check what the widgets did."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clerk_app.domain.cards import Card, CardRef
from clerk_app.domain.control import ControlEventType, ControlResult, ControlStatus
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.services.registry import Registry
from scanners import ocr
from tests.factories import valid_iin
from tests.ui.keyboard import type_text
from tests.ui.test_registration_form import fill_appeal
from ui.control_dialogs import (
    AssignDialog,
    ControlDialog,
    ExtendDialog,
    RemoveDialog,
    ResultDialog,
    from_qdate,
    to_qdate,
)
from ui.copies_panel import CopyColumn
from ui.copy_dialogs import RoleDialog
from ui.journal_view import JournalView
from ui.main_window import MainWindow
from ui.registration_form import RegistrationForm
from ui.search_results import HTML_ROLE, MARK_CLOSE, MARK_OPEN, HitColumn

pytestmark = pytest.mark.skipif(
    not ocr.check_tesseract().available and not os.environ.get("CI"),
    reason="Tesseract with kaz+rus is not installed here (dev.py test installs it)",
)

OpenWindow = Callable[[Path], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
FONT = Path(__file__).resolve().parents[2] / "ui" / "resources" / "fonts" / "DejaVuSans.ttf"
OCR_TIMEOUT_MS = 120_000  # two pages by the real Tesseract on a busy 2-core machine
WORD = "Газонокосилка"  # on the scan's second page only: in no demo card, nor in the typed card
SCAN_PAGES = [
    ["Тұтынушылардың құқықтарын қорғау туралы өтініш", "Өтініш беруші: Әбдіқадыров Нұржан"],
    [f"{WORD} не заводится", "Прошу вернуть уплаченные деньги"],
]
EXECUTOR = "Омаров Данияр"  # one of the demo's staff
DialogT = TypeVar("DialogT", bound=ControlDialog)


# --- the scan ----------------------------------------------------------------------------------------


def scan_tiff(path: Path) -> Path:
    """A two-page bilevel G4 TIFF at 300 dpi, as an office scanner makes it, with text Tesseract reads."""
    font = ImageFont.truetype(str(FONT), 46)
    pages = []
    for lines in SCAN_PAGES:
        page = Image.new("L", (2480, 1200), 255)
        draw = ImageDraw.Draw(page)
        for index, line in enumerate(lines):
            draw.text((220, 260 + index * 110), line, font=font, fill=0)
        pages.append(page.convert("1"))
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=(300, 300))
    return path


# --- driving the window --------------------------------------------------------------------------------


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A window shortcut, pressed where the keyboard focus is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def open_form(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> RegistrationForm:
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: bool(shown_forms(window)))
    [form] = shown_forms(window)
    form.activateWindow()  # as the clerk's click on it would: its own Enter and Ctrl+Enter work
    qtbot.waitUntil(form.isActiveWindow)
    return form


def shown_forms(window: MainWindow) -> list[RegistrationForm]:
    return [f for f in window.findChildren(RegistrationForm) if shiboken6.isValid(f) and f.isVisible()]


def register(qtbot: QtBot, form: RegistrationForm, press_keys: Callable[[], None]) -> Card:
    with qtbot.waitSignal(form.registered, timeout=15_000) as signal:
        press_keys()
    card = signal.args[0]
    assert isinstance(card, Card)
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())  # closed once registered
    return card


def wait_selected(qtbot: QtBot, window: MainWindow, view: JournalView, card_id: uuid.UUID) -> None:
    """The card's row selected in its journal on screen, and the card panel showing it."""
    def selected() -> bool:
        row = view.selected_row()
        return window.tabs.currentWidget() is view and row is not None and row.id == card_id

    qtbot.waitUntil(selected, timeout=10_000)
    panel = window.card_panel
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.card.id == card_id and not panel.loading)


def click_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


class RoleDialogAnswerer:
    """Answers the role dialog (modal: its exec() blocks the caller) from a timer inside its event
    loop, with the mouse, as the clerk would; remembers what it showed."""

    def __init__(self, qtbot: QtBot, window: MainWindow, role: CopyRole) -> None:
        self._qtbot, self._window, self._role = qtbot, window, role
        self.default: CopyRole | None = None
        self.files = ""
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialogs = [d for d in self._window.findChildren(RoleDialog) if shiboken6.isValid(d) and d.isVisible()]
        if not dialogs:
            return
        self._timer.stop()
        dialog = dialogs[0]
        try:
            self.default = dialog.role()
            self.files = dialog.files.text()
            choose_radio(self._qtbot, dialog.buttons_by_role[self._role])
            self._qtbot.mouseClick(dialog.attach_button, LEFT)
        finally:
            if dialog.isVisible():  # a failed check must not leave the test blocked in exec()
                dialog.reject()

    @property
    def answered(self) -> bool:
        return not self._timer.isActive()


def choose_radio(qtbot: QtBot, button: QRadioButton) -> None:
    """A click on the round box of a radio button (its label may end well before the button does)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    box = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    qtbot.mouseClick(button, LEFT, pos=box.center())
    assert button.isChecked()


def open_control_dialog(qtbot: QtBot, window: MainWindow, name: str, kind: type[DialogT]) -> DialogT:
    """The panel's button for the action pressed: its dialog, of the kind expected."""
    panel = window.control_panel
    button = panel.buttons[name]
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    assert isinstance(panel.dialog, kind)
    return panel.dialog


def submit_control_dialog(qtbot: QtBot, window: MainWindow, dialog: ControlDialog) -> None:
    """OK pressed; the dialog closes once the store has the action, and the panel reads the card again."""
    panel = window.control_panel
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.loading and panel.details is not None)


def insert_text(box: QPlainTextEdit, text: str) -> None:
    """Into a multi-line box at the cursor, as typed (QTest types ASCII only)."""
    box.setFocus()
    box.insertPlainText(text)


# --- the round -----------------------------------------------------------------------------------------


def test_a_clerks_round_with_one_appeal(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    open_window: OpenWindow,
    filled_registry: Registry,
) -> None:
    window = open_window(filled_registry.data_dir)
    incoming_view, outgoing_view = window.journal_views[0], window.journal_views[1]
    assert incoming_view.journal.direction is Direction.INCOMING
    assert outgoing_view.journal.direction is Direction.OUTGOING

    appeal = register_the_appeal(qtbot, window, incoming_view)
    attach_the_scan(qtbot, monkeypatch, tmp_path, window, appeal)
    find_by_a_word_of_the_scan(qtbot, window, incoming_view, appeal)
    new_due = control_the_execution(qtbot, window, appeal)
    reply = reply_and_remove_from_control(qtbot, window, incoming_view, outgoing_view, appeal)
    check_what_was_done(qtbot, window, filled_registry, appeal, reply, new_due)


def register_the_appeal(qtbot: QtBot, window: MainWindow, incoming_view: JournalView) -> Card:
    """Card > New incoming appeal (Ctrl+N), typed in, registered with Enter: selected in its journal."""
    assert window.registration.new_incoming in window.card_menu.actions()
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert form.windowTitle() == "New incoming appeal"
    fill_appeal(qtbot, form, valid_iin("870214", 3, 41))
    type_text(qtbot, form.card_fields.sheets_edit, "2")
    appeal = register(qtbot, form, lambda: qtbot.keyClick(form.card_fields.sheets_edit, Qt.Key.Key_Return))
    assert appeal.direction is Direction.INCOMING
    assert f"Card No. {appeal.number} registered." == window.statusBar().currentMessage()
    wait_selected(qtbot, window, incoming_view, appeal.id)
    assert window.card_tabs.currentWidget() is window.card_panel
    assert window.card_panel.title.text() == f"Registration-control card No. {appeal.number}"
    return appeal


def attach_the_scan(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, window: MainWindow, appeal: Card
) -> None:
    """Card > Attach electronic copies: the file dialog (replaced), the real role dialog, the result;
    then the text recognised in the background shows in the copies panel."""
    scan = scan_tiff(tmp_path / "appeal_scan.tif")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(scan)], ""))
    assert window.attach_action in window.card_menu.actions() and window.attach_action.isEnabled()
    answerer = RoleDialogAnswerer(qtbot, window, CopyRole.APPEAL)
    window.attach_action.trigger()  # returns once the role dialog is answered; attaching goes on behind
    assert answerer.answered
    assert answerer.default is CopyRole.APPEAL and "appeal_scan.tif" in answerer.files

    qtbot.waitUntil(lambda: window.attach_result_dialog is not None, timeout=20_000)
    result = window.attach_result_dialog
    assert result is not None
    assert result.headline.text() == f"All files are attached to card No. {appeal.number}."
    assert result.outcomes == [("appeal_scan.tif", "Attached: TIFF, pages: 2.")]
    qtbot.mouseClick(result.close_button, LEFT)
    qtbot.waitUntil(lambda: window.attach_result_dialog is None)

    click_tab(qtbot, window.card_tabs, window.copies_panel)
    panel = window.copies_panel
    qtbot.waitUntil(lambda: panel.shown is not None and len(panel.shown.copies) == 1)
    table = panel.table
    assert table.item(0, CopyColumn.FILE).text() == "appeal_scan.tif"
    assert table.item(0, CopyColumn.DOCUMENT).text() == "Appeal"
    assert table.item(0, CopyColumn.PAGES).text() == "2"
    # Tesseract reads both pages on the recognition runner; the panel follows when it is done.
    qtbot.waitUntil(lambda: table.item(0, CopyColumn.TEXT).text() == "Recognised", timeout=OCR_TIMEOUT_MS)
    excerpt = table.item(0, CopyColumn.TEXT).toolTip()
    assert "өтініш" in excerpt.casefold() and WORD.casefold() in excerpt.casefold()
    qtbot.waitUntil(lambda: not window.recognition.busy and not window.ocr_label.isVisible())


def find_by_a_word_of_the_scan(qtbot: QtBot, window: MainWindow, incoming_view: JournalView, appeal: Card) -> None:
    """Search (Ctrl+F): the word of the scan's second page finds the card, the word in bold; Enter on
    the hit opens the card in its journal."""
    press(qtbot, window, Qt.Key.Key_F)
    panel = window.search_panel
    assert window.tabs.currentWidget() is panel and panel.search_edit.hasFocus()
    type_text(qtbot, panel.search_edit, WORD.lower())
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching and panel.hits_model.rowCount() > 0, timeout=20_000)

    model = panel.hits_model
    assert [model.hit_at(i).number for i in range(model.rowCount())] == [appeal.number]
    assert panel.count_label.text() == "Cards found: 1"
    assert model.index(0, HitColumn.SOURCE).data() == "Page 2 of a copy"
    snippet = model.index(0, HitColumn.SNIPPET).data(HTML_ROLE)
    marked = re.findall(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), snippet)
    assert [word.casefold() for word in marked] == [WORD.casefold()], snippet

    view = panel.hits_view
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(model.index(0, HitColumn.NUMBER)).center())
    chosen = panel.selected_card()
    assert chosen is not None and (chosen.id, chosen.number) == (appeal.id, appeal.number)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the card in its journal
    wait_selected(qtbot, window, incoming_view, appeal.id)
    assert window.card_tabs.currentWidget() is window.control_panel


def control_the_execution(qtbot: QtBot, window: MainWindow, appeal: Card) -> date:
    """Assign with a resolution, extend with a reason, record the result: in the panel's dialogs.
    Returns the new due date."""
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == appeal.id and not panel.loading)
    assert panel.state_values["status"].text() == "Not assigned yet"

    assign = open_control_dialog(qtbot, window, "assign", AssignDialog)
    staff = assign.staff_list
    item = next(staff.item(i) for i in range(staff.count()) if staff.item(i).text().split(" — ")[0] == EXECUTOR)
    staff.scrollToItem(item)
    box = staff.visualItemRect(item)
    qtbot.mouseClick(staff.viewport(), LEFT, pos=box.center())  # the line, then Space ticks it
    qtbot.keyClick(staff, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert assign.lead_label.text() == f"Lead executor: {EXECUTOR}."
    insert_text(assign.resolution_edit, "Сатушыдан түсініктеме алып, өтініш берушіге жауап беріңіз")
    submit_control_dialog(qtbot, window, assign)
    assert panel.state_values["status"].text() == "Assigned"
    assert panel.state_values["executors"].text() == EXECUTOR

    extend = open_control_dialog(qtbot, window, "extend", ExtendDialog)
    due = datetime.strptime(panel.state_values["due"].text()[:10], "%d.%m.%Y").date()  # as the panel says
    assert from_qdate(extend.date_edit.date()) == due + timedelta(days=1)  # offered: a day later
    new_due = due + timedelta(days=10)
    extend.date_edit.setDate(to_qdate(new_due))
    insert_text(extend.reason_edit, "Сатушыдан сараптама қорытындысы сұратылды")
    submit_control_dialog(qtbot, window, extend)
    assert panel.state_values["due"].text().startswith(new_due.strftime("%d.%m.%Y"))

    result = open_control_dialog(qtbot, window, "resolve", ResultDialog)
    choose_radio(qtbot, result.result_buttons[ControlResult.SATISFIED])
    assert result.chosen_result() is ControlResult.SATISFIED
    insert_text(result.reason_edit, "Сатушы ақшаны қайтарды")
    submit_control_dialog(qtbot, window, result)
    assert panel.state_values["status"].text() == "Result recorded"
    assert {name for name, button in panel.buttons.items() if button.isEnabled()} == {"remove", "reopen"}
    return new_due


def reply_and_remove_from_control(
    qtbot: QtBot, window: MainWindow, incoming_view: JournalView, outgoing_view: JournalView, appeal: Card
) -> Card:
    """Card > Reply (Ctrl+R) on the selected appeal; back to the appeal by the reply's link; Remove
    from control, the reply linked by default."""
    selected = window.selected_card()
    assert selected is not None and selected.id == appeal.id and window.registration.reply.isEnabled()
    form = open_form(qtbot, window, Qt.Key.Key_R)
    assert form.windowTitle() == f"Reply to appeal No. {appeal.number}"
    qtbot.waitUntil(form.register_button.isEnabled)  # the appeal is read
    assert form.card_fields.answers_edit.text() == appeal.number
    assert form.applicants.rows[0].edits["surname"].text() == "Әбдіқадыров"  # addressed to the applicant
    type_text(qtbot, form.content.summary_edit, "Сатушы ақшаны қайтарды, өтінішіңіз қанағаттандырылды")
    reply = register(qtbot, form, lambda: qtbot.keyClick(form.content.summary_edit, Qt.Key.Key_Return, CTRL))
    assert reply.direction is Direction.OUTGOING

    # The reply is shown in its journal; its "in reply to" link leads back to the appeal.
    wait_selected(qtbot, window, outgoing_view, reply.id)
    label = only_link(window, "answers", CardRef(appeal.id, appeal.number))
    qtbot.mouseClick(label, LEFT, pos=label.rect().center())
    wait_selected(qtbot, window, incoming_view, appeal.id)

    click_tab(qtbot, window.card_tabs, window.control_panel)
    panel = window.control_panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.card.id == appeal.id and not panel.loading)
    remove = open_control_dialog(qtbot, window, "remove", RemoveDialog)
    assert remove.reply_edit.text() == ""  # the latest reply is linked unless another is named
    submit_control_dialog(qtbot, window, remove)
    assert panel.state_values["status"].text() == "Removed from control"
    assert panel.state_values["reply"].text() == f"No. {reply.number}"
    line = incoming_view.model.find_row(appeal.id)
    assert line is not None and incoming_view.model.row_at(line).control_status is ControlStatus.REMOVED
    assert incoming_view.model.row_at(line).due_on is None  # off control: no due date, no colour
    return reply


def only_link(window: MainWindow, field: str, ref: CardRef) -> QLabel:
    """The card panel's one link in a field, to the card expected, visible."""
    links = window.card_panel.fields.link_labels[field]
    assert [r for _label, r in links] == [ref]
    label = links[0][0]
    assert label.isVisible() and ref.number in label.text() and "<a href=" in label.text()
    return label


def check_what_was_done(
    qtbot: QtBot, window: MainWindow, registry: Registry, appeal: Card, reply: Card, new_due: date
) -> None:
    """Through the services: the whole control history, the reply, the copy and its text; and the
    card panel showing the reply as a link that opens it."""
    record = registry.control.record(appeal.number)
    assert [e.event for e in record.events] == [
        ControlEventType.REGISTERED,
        ControlEventType.ASSIGNED,
        ControlEventType.EXTENDED,
        ControlEventType.RESOLVED,
        ControlEventType.APPLICANT_NOTIFIED,  # the reply told the applicant of the extension too
        ControlEventType.REMOVED_FROM_CONTROL,
    ]
    assert record.events[4].reply_card_id == reply.id and record.events[5].reply_card_id == reply.id
    state = record.state
    assert state is not None and state.status is ControlStatus.REMOVED
    assert state.result is ControlResult.SATISFIED and state.reply_card_id == reply.id
    assert state.notice_due_on is None  # told by the reply: no reminder left
    staff = {m.full_name: m.id for m in registry.references.staff()}
    assert state.executors == (staff[EXECUTOR],)
    assert state.resolution == "Сатушыдан түсініктеме алып, өтініш берушіге жауап беріңіз"
    extended = record.events[2]
    assert (extended.due_on, extended.reason) == (new_due, "Сатушыдан сараптама қорытындысы сұратылды")
    assert extended.notice_due_on is not None  # the applicant is to be told of the extension

    stored_reply = registry.cards.get(reply.number)
    assert stored_reply.answers is not None and stored_reply.answers.id == appeal.id
    stored = registry.cards.get(appeal.number)
    assert [r.id for r in stored.replies] == [reply.id]
    assert stored.applicants[0].surname == "Әбдіқадыров" and stored.sheet_count == 2

    copies = registry.copies.copies(appeal.number)
    assert [(c.original_name, c.role, c.page_count) for c in copies] == [("appeal_scan.tif", CopyRole.APPEAL, 2)]
    assert set(registry.ocr.copy_states(appeal.number).values()) == {"done"}
    texts = registry.ocr.card_texts(appeal.number)
    assert [index for _sha, index, _text in texts] == [0, 1]
    assert "тұтынушылардың" in texts[0][2].casefold() and WORD.casefold() in texts[1][2].casefold()

    # The card panel shows the appeal with its reply as a link, which opens the reply.
    click_tab(qtbot, window.card_tabs, window.card_panel)
    panel = window.card_panel
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.card.id == appeal.id and not panel.loading)
    label = only_link(window, "replies", CardRef(reply.id, reply.number))
    assert label.toolTip() == f"Open card No. {reply.number}"
    qtbot.mouseClick(label, LEFT, pos=label.rect().center())
    wait_selected(qtbot, window, window.journal_views[1], reply.id)
