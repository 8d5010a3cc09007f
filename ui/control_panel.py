"""The execution control of the selected card, under the journal beside its electronic copies: the
state (status, due date and the days left, executors, resolution, result, the deadline to tell the
applicant of an extension), the whole history of the card's control (when, in Astana time, who,
what and why), and the actions the state allows: assign, start work, extend, record the result,
remove from control, resume control.

Reading and every action run on the store's worker; after an action the panel reads the card
again and says ``changed``, so that the window redraws the card's row and the reminders.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import StaffMember
from clerk_app.domain.control import ControlEvent, ControlEventType, ControlState, ControlStatus
from clerk_app.errors import ValidationError
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import control_dialogs, due_dates, formatting, labels, palette, session
from ui.control_dialogs import CardRef
from ui.error_text import describe, field_message
from ui.field_errors import ERROR_STYLE
from ui.workers import Task, TaskRunner

__all__ = ["CardRef", "ControlDetails", "ControlPanel", "load_control"]

SETTLE_MS = 150  # wait this long after the selection moves before reading the card
STATE_WIDTH = 440  # pixels for the state beside the history
STATE_LINES = 8  # lines of the state the panel's natural height shows
WHO_WIDTH = 130  # the history's columns: longer texts wrap
WHAT_WIDTH = 190
OPEN = frozenset({ControlStatus.REGISTERED, ControlStatus.ASSIGNED, ControlStatus.IN_PROGRESS})


# --- on the worker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ControlDetails:
    card: CardRef
    state: ControlState | None  # None: never on control (an outgoing letter)
    events: tuple[ControlEvent, ...]
    names: dict[uuid.UUID, str]  # staff members by id, former ones too
    staff: tuple[StaffMember, ...]  # who can be assigned now
    replies: dict[uuid.UUID, str]  # numbers of the replies the events name


def load_control(registry: Registry, card_id: uuid.UUID) -> ControlDetails:
    record = registry.control.record(str(card_id), actor=session.current())
    everyone = registry.references.staff(active_only=False)
    active = registry.references.staff()
    reply_ids = {e.reply_card_id for e in record.events if e.reply_card_id is not None}
    if record.state is not None and record.state.reply_card_id is not None:
        reply_ids.add(record.state.reply_card_id)
    replies = {reply_id: registry.cards.get(str(reply_id)).number for reply_id in reply_ids}
    return ControlDetails(
        card=CardRef(record.card_id, record.number),
        state=record.state,
        events=record.events,
        names={m.id: m.full_name for m in everyone},
        staff=tuple(sorted(active, key=lambda m: m.full_name.casefold())),
        replies=replies,
    )


# --- texts ----------------------------------------------------------------------------------------


# The facts an event of the history states, one a line (translated when shown).
_DETAIL = {
    "lead": QT_TRANSLATE_NOOP("ControlPanel", "{0} (lead)"),
    "due_by_rules": QT_TRANSLATE_NOOP("ControlPanel", "Due date by the rules: {0}"),
    "executors": QT_TRANSLATE_NOOP("ControlPanel", "Executors: {0}"),
    "resolution": QT_TRANSLATE_NOOP("ControlPanel", "Resolution: {0}"),
    "new_due": QT_TRANSLATE_NOOP("ControlPanel", "New due date: {0}"),
    "reason": QT_TRANSLATE_NOOP("ControlPanel", "Reason: {0}"),
    "notice_by": QT_TRANSLATE_NOOP("ControlPanel", "Tell the applicant by: {0}"),
    "result": QT_TRANSLATE_NOOP("ControlPanel", "Result: {0}"),
    "refusal_reason": QT_TRANSLATE_NOOP("ControlPanel", "Reason for refusal: {0}"),
    "forwarded_to": QT_TRANSLATE_NOOP("ControlPanel", "Forwarded to: {0}"),
    "covering_letter": QT_TRANSLATE_NOOP("ControlPanel", "Covering letter No. {0}"),
    "explanation": QT_TRANSLATE_NOOP("ControlPanel", "Explanation: {0}"),
    "reply": QT_TRANSLATE_NOOP("ControlPanel", "Reply No. {0}"),
    "no_reply": QT_TRANSLATE_NOOP("ControlPanel", "Without a reply"),
}


def _detail(key: str, *values: object) -> str:
    return QCoreApplication.translate("ControlPanel", str(_DETAIL[key])).format(*values)


def executors_text(ids: tuple[uuid.UUID, ...], names: dict[uuid.UUID, str]) -> str:
    shown = [names.get(staff_id, str(staff_id)) for staff_id in ids]
    if not shown:
        return ""
    return ", ".join([_detail("lead", shown[0]) if len(shown) > 1 else shown[0], *shown[1:]])


def event_details(event: ControlEvent, details: ControlDetails) -> str:
    """What an event says besides its kind, one fact a line."""
    lines: list[str] = []
    match event.event:
        case ControlEventType.REGISTERED:
            if event.due_on is not None:
                lines.append(_detail("due_by_rules", due_dates.day(event.due_on)))
        case ControlEventType.ASSIGNED:
            lines.append(_detail("executors", executors_text(event.executors, details.names)))
            if event.resolution:
                lines.append(_detail("resolution", event.resolution))
        case ControlEventType.EXTENDED:
            if event.due_on is not None:
                lines.append(_detail("new_due", due_dates.day(event.due_on)))
            if event.reason:
                lines.append(_detail("reason", event.reason))
            if event.notice_due_on is not None:
                lines.append(_detail("notice_by", due_dates.day(event.notice_due_on)))
        case ControlEventType.RESOLVED:
            lines.append(_detail("result", labels.control_result_label(event.result)))
            if event.refusal_reason is not None:
                lines.append(_detail("refusal_reason", labels.refusal_reason_label(event.refusal_reason)))
            if event.forwarded_to:
                lines.append(_detail("forwarded_to", event.forwarded_to))
            if event.outgoing_number:
                lines.append(_detail("covering_letter", event.outgoing_number))
            if event.reason:
                lines.append(_detail("explanation", event.reason))
        case ControlEventType.REMOVED_FROM_CONTROL | ControlEventType.APPLICANT_NOTIFIED:
            if event.reply_card_id is not None:
                lines.append(_detail("reply", details.replies.get(event.reply_card_id, "")))
            elif event.event is ControlEventType.REMOVED_FROM_CONTROL:
                lines.append(_detail("no_reply"))
        case ControlEventType.REOPENED:
            if event.reason:
                lines.append(_detail("reason", event.reason))
            if event.due_on is not None:
                lines.append(_detail("new_due", due_dates.day(event.due_on)))
    return "\n".join(lines)


def last_result_event(events: tuple[ControlEvent, ...]) -> ControlEvent | None:
    return next((e for e in reversed(events) if e.event is ControlEventType.RESOLVED), None)


class HistoryColumn:
    WHEN, WHO, WHAT, DETAILS = range(4)


# --- on the GUI thread ------------------------------------------------------------------------------


class ControlPanel(QFrame):
    changed = Signal(object, object)  # card id, its new ControlState: an action went through
    loaded = Signal()  # the shown card's control is in (tests, screenshots)
    staffChanged = Signal()  # a staff member was added from the Assign dialog

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("control_panel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._runner = runner
        self._registry: Registry | None = None
        self._card: CardRef | None = None
        self._details: ControlDetails | None = None
        self._load_task: Task[ControlDetails] | None = None
        self._action_task: Task[ControlState] | None = None
        self._error: str | None = None
        self.dialog: control_dialogs.ControlDialog | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._load)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.message = QLabel()  # what went wrong with an action without a dialog (Start work)
        self.message.setObjectName("control_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title)
        heading.addWidget(self.message, 1)

        self._create_actions()
        self._create_state()
        self._create_history()
        buttons = QHBoxLayout()  # a row under the title: the state and the history keep the width
        buttons.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for name, action in self.actions_by_name.items():
            button = QPushButton()
            button.setObjectName(f"control_{name}_button")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda button=button, action=action: self._sync_button(button, action))
            self.buttons[name] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons_row = QWidget()
        self.buttons_row.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.state_area)
        row.addWidget(self.history, 1)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.placeholder.setPalette(palette.quiet(self.placeholder.palette()))
        self.placeholder.setContentsMargins(2, 4, 2, 4)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.buttons_row)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def _create_actions(self) -> None:
        self.assign_action = QAction(self)
        self.assign_action.triggered.connect(self.assign)
        self.start_action = QAction(self)
        self.start_action.triggered.connect(self.start_work)
        self.extend_action = QAction(self)
        self.extend_action.triggered.connect(self.extend)
        self.resolve_action = QAction(self)
        self.resolve_action.triggered.connect(self.record_result)
        self.remove_action = QAction(self)
        self.remove_action.triggered.connect(self.remove_from_control)
        self.reopen_action = QAction(self)
        self.reopen_action.triggered.connect(self.reopen)
        self.actions_by_name: dict[str, QAction] = {
            "assign": self.assign_action,
            "start": self.start_action,
            "extend": self.extend_action,
            "resolve": self.resolve_action,
            "remove": self.remove_action,
            "reopen": self.reopen_action,
        }
        for name, action in self.actions_by_name.items():
            action.setObjectName(f"control_{name}_action")
            action.setEnabled(False)

    def _create_state(self) -> None:
        self.state_form = QFormLayout()
        self.state_form.setContentsMargins(0, 0, 6, 0)
        self.state_form.setHorizontalSpacing(10)
        self.state_form.setVerticalSpacing(4)
        self.state_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.state_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.state_captions: dict[str, QLabel] = {}
        self.state_values: dict[str, QLabel] = {}
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        for name in ("status", "due", "executors", "resolution", "result", "notice", "reply"):
            caption = QLabel()
            caption.setFont(caption_font)
            value = QLabel()
            value.setObjectName(f"control_{name}_value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.state_captions[name] = caption
            self.state_values[name] = value
            self.state_form.addRow(caption, value)
        box = QWidget()
        box.setLayout(self.state_form)
        self.state_area = QScrollArea()
        self.state_area.setWidget(box)
        self.state_area.setWidgetResizable(True)
        self.state_area.setFrameShape(QFrame.Shape.NoFrame)
        self.state_area.setFixedWidth(STATE_WIDTH)
        self.state_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _create_history(self) -> None:
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("control_history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized in _fill_history
        header.setSectionResizeMode(HistoryColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)  # the rows grow to the wrapped text
        # The details column follows the panel's width: the rows' heights follow the wrapping.
        header.sectionResized.connect(self._fit_history_rows)

    def sizeHint(self) -> QSize:
        """Tall enough for the heading, the buttons and the state of a card in work (status, due
        date, two executors, a resolution of two lines, the extension): the splitter gives the
        journal everything else."""
        margins = self._layout.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * STATE_LINES + self.state_form.verticalSpacing() * 6
        height = (
            margins.top()
            + self.title.sizeHint().height()
            + self.buttons_row.sizeHint().height()
            + 2 * self._layout.spacing()
            + lines
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    # --- what the panel shows ------------------------------------------------------------------

    @property
    def card(self) -> CardRef | None:
        return self._card

    @property
    def details(self) -> ControlDetails | None:
        """The shown card's control, once loaded."""
        return self._details

    @property
    def loading(self) -> bool:
        return self._settle.isActive() or self._load_task is not None

    @property
    def busy(self) -> bool:
        return self._action_task is not None

    def set_registry(self, registry: Registry | None) -> None:
        self._drop_tasks()
        self._settle.stop()
        self._registry = registry
        self._card = None
        self._details = None
        self._error = None
        self._close_dialog()
        self._render()

    def show_card(self, card: CardRef | None) -> None:
        """The selected card; its control is read once the selection stops moving."""
        if card is not None and self._card is not None and card.id == self._card.id:
            return
        if self._load_task is not None:
            self._load_task.discard()
            self._load_task = None
        self._card = card
        self._details = None
        self._error = None
        self.message.hide()
        self._render()
        if card is not None and self._registry is not None:
            self._settle.start()
        else:
            self._settle.stop()

    def reload(self) -> None:
        """Read the shown card again (after an action, a refresh), keeping it on screen meanwhile."""
        if self._card is not None and self._registry is not None:
            self._settle.stop()
            if self._load_task is not None:
                self._load_task.discard()
            self._load()

    def _drop_tasks(self) -> None:
        for task in (self._load_task, self._action_task):
            if task is not None:
                task.discard()
        self._load_task = None
        self._action_task = None

    def _load(self) -> None:
        registry, card = self._registry, self._card
        if registry is None or card is None:
            return
        card_id = card.id
        self._load_task = self._runner.submit(
            lambda: load_control(registry, card_id), success=self._on_loaded, failure=self._on_load_failed
        )

    def _on_loaded(self, details: ControlDetails) -> None:
        self._load_task = None
        self._details = details
        self._error = None
        self._render()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        text = describe(exc)
        self._error = f"{text.headline} {text.advice}"
        self._render()
        self.loaded.emit()

    def _render(self) -> None:
        card, details = self._card, self._details
        if card is None:
            self.title.setText(self.tr("Execution control"))
            self._show_placeholder(self.tr("Select a card to see its execution control."))
        else:
            self.title.setText(self.tr("Execution control of card No. {0}").format(card.number))
            if self._error is not None:
                self._show_placeholder(self._error)
            elif details is None:
                self._show_placeholder(self.tr("Loading…"))
            elif details.state is None:
                self._show_placeholder(
                    self.tr("This card is not under execution control: only incoming appeals are.")
                )
            else:
                self._fill(details, details.state)
                self.stack.setCurrentIndex(1)
        self._update_actions()

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def _fill(self, details: ControlDetails, state: ControlState) -> None:
        today = astana_today()
        values: dict[str, str] = {name: "" for name in self.state_values}
        values["status"] = labels.control_status_label(state.status)
        due_style = ""
        if state.due_on is not None:
            if state.is_open:
                days = (state.due_on - today).days
                colour = due_dates.text_colour(due_dates.urgency(days), self.palette())
                values["due"] = f"{due_dates.day(state.due_on)} — {due_dates.days_text(days)}"
                due_style = f"QLabel {{ color: {colour}; font-weight: bold; }}" if colour else ""
            else:
                values["due"] = due_dates.day(state.due_on)
        self.state_values["due"].setStyleSheet(due_style)
        values["executors"] = executors_text(state.executors, details.names)
        values["resolution"] = state.resolution or ""
        if state.result is not None:
            values["result"] = self._result_text(details)
        notice_style = ""
        if state.notice_due_on is not None and state.is_open:
            values["notice"] = self._notice_text(state.notice_due_on, today)
            colour = due_dates.text_colour(due_dates.urgency((state.notice_due_on - today).days), self.palette())
            notice_style = f"QLabel {{ color: {colour}; }}" if colour else ""
        self.state_values["notice"].setStyleSheet(notice_style)
        if state.reply_card_id is not None:
            values["reply"] = self.tr("No. {0}").format(details.replies.get(state.reply_card_id, ""))
        for name, text in values.items():
            self.state_values[name].setText(text)
            self.state_form.setRowVisible(self.state_values[name], bool(text) or name in ("status", "executors"))
        if not values["executors"]:
            self.state_values["executors"].setText(self.tr("not assigned yet"))
        self._fill_history(details)

    def _result_text(self, details: ControlDetails) -> str:
        event = last_result_event(details.events)
        state = details.state
        assert state is not None
        text = labels.control_result_label(state.result)
        if event is not None and event.refusal_reason is not None:
            text = self.tr("{0}: {1}").format(text, labels.refusal_reason_label(event.refusal_reason))
        if event is not None and event.forwarded_to:
            text = self.tr("{0}, to {1}").format(text, event.forwarded_to)
        return text

    def _notice_text(self, notice_due_on: date, today: date) -> str:
        return self.tr("tell the applicant by {0} ({1})").format(
            due_dates.day(notice_due_on), due_dates.days_note((notice_due_on - today).days)
        )

    def _fill_history(self, details: ControlDetails) -> None:
        """Newest first: the latest event is in sight without scrolling."""
        events = tuple(reversed(details.events))
        self.history.setRowCount(len(events))
        for line, event in enumerate(events):
            cells = (
                formatting.date_time(event.occurred_at),
                event.actor,
                labels.control_event_label(event.event),
                event_details(event, details),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text:
                    item.setToolTip(f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.history.setItem(line, column, item)
        # The date fits; a long name or kind of event wraps onto a second line; the details
        # take the rest of the width.
        widths = ((HistoryColumn.WHEN, None), (HistoryColumn.WHO, WHO_WIDTH), (HistoryColumn.WHAT, WHAT_WIDTH))
        for column, widest in widths:
            self.history.resizeColumnToContents(column)
            width = self.history.columnWidth(column) + 8
            self.history.setColumnWidth(column, min(width, widest) if widest else width)
        self._fit_history_rows()
        self.history.scrollToTop()

    def _fit_history_rows(self, *_: object) -> None:
        self.history.resizeRowsToContents()

    # --- actions --------------------------------------------------------------------------------

    def _state(self) -> ControlState | None:
        details = self._details
        if details is None or self._card is None or details.card.id != self._card.id:
            return None
        return details.state

    def _update_actions(self) -> None:
        state = self._state()
        status = state.status if state is not None else None
        ready = self._registry is not None and not self.busy and self._load_task is None
        allowed = {
            "assign": status in OPEN,
            "start": status is ControlStatus.ASSIGNED,
            "extend": status in OPEN,
            "resolve": status in OPEN,
            "remove": status is ControlStatus.RESOLVED,
            "reopen": status in (ControlStatus.RESOLVED, ControlStatus.REMOVED),
        }
        permitted = self._permitted(state)
        for name, action in self.actions_by_name.items():
            action.setEnabled(ready and allowed[name] and (permitted["all"] if name == "assign" else permitted["own"]))

    @staticmethod
    def _permitted(state: ControlState | None) -> dict[str, bool]:
        """What the signed-in roles allow on this card: a supervisor every action; an executor
        the actions on the cards they are an executor of (assigning is the supervisor's)."""
        actor = session.current()
        if actor is None:
            return {"all": False, "own": False}
        every = actor.may(Permission.CONTROL_ALL)
        executors = state.executors if state is not None else ()
        own = every or (
            actor.may(Permission.CONTROL_OWN) and actor.staff_member_id is not None and actor.staff_member_id in executors
        )
        return {"all": every, "own": own}

    @staticmethod
    def _sync_button(button: QPushButton, action: QAction) -> None:
        button.setText(action.text().replace("&", ""))  # no mnemonics: they would clash with the menus
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())

    def _open_dialog(self, make: Callable[[Registry, CardRef, ControlState], control_dialogs.ControlDialog]) -> None:
        registry, card, state = self._registry, self._card, self._state()
        if registry is None or card is None or state is None or self.dialog is not None:
            return
        dialog = make(registry, card, state)
        dialog.succeeded.connect(self._on_action_done)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, _result: int = 0) -> None:
        self.dialog = None

    def _close_dialog(self) -> None:
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.reject()
        self.dialog = None

    def assign(self) -> None:
        details = self._details

        def make(registry: Registry, card: CardRef, state: ControlState) -> control_dialogs.ControlDialog:
            staff = details.staff if details is not None else ()
            dialog = control_dialogs.AssignDialog(registry, card, self._runner, staff, state, self.window())
            dialog.staff_form.added.connect(lambda _member: self.staffChanged.emit())
            return dialog

        self._open_dialog(make)

    def extend(self) -> None:
        self._open_dialog(
            lambda registry, card, state: control_dialogs.ExtendDialog(registry, card, self._runner, state, self.window())
        )

    def record_result(self) -> None:
        self._open_dialog(
            lambda registry, card, _state: control_dialogs.ResultDialog(registry, card, self._runner, self.window())
        )

    def remove_from_control(self) -> None:
        self._open_dialog(
            lambda registry, card, state: control_dialogs.RemoveDialog(registry, card, self._runner, state, self.window())
        )

    def reopen(self) -> None:
        self._open_dialog(
            lambda registry, card, state: control_dialogs.ReopenDialog(registry, card, self._runner, state, self.window())
        )

    def start_work(self) -> None:
        """The executor has started: no questions to ask, so no dialog."""
        registry, card = self._registry, self._card
        if registry is None or card is None or self.busy or not self.start_action.isEnabled():
            return
        card_ref, actor = str(card.id), session.actor()
        self.message.hide()
        self._action_task = self._runner.submit(
            lambda: registry.control.start(card_ref, actor),
            success=self._on_started,
            failure=self._on_start_failed,
        )
        self._update_actions()

    def _on_started(self, state: ControlState) -> None:
        self._action_task = None
        self._on_action_done(state)

    def _on_start_failed(self, exc: BaseException) -> None:
        self._action_task = None
        if isinstance(exc, ValidationError):
            text = field_message(exc.issues[0].code, exc.issues[0].field)
        else:
            described = describe(exc)
            text = f"{described.headline} {described.advice}"
        self.message.setText(text)
        self.message.show()
        self.reload()  # the card may have changed at another workstation

    def _on_action_done(self, state: ControlState) -> None:
        card = self._card
        if card is None:
            return
        self.changed.emit(card.id, state)
        self.reload()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "assign": (self.tr("&Assign…"), self.tr("Assign the responsible executors and write the resolution")),
            "start": (self.tr("&Start work"), self.tr("Mark that the executor has started work on the appeal")),
            "extend": (self.tr("E&xtend…"), self.tr("Extend the due date, with the reason")),
            "resolve": (self.tr("Record the &result…"), self.tr("Record the result of consideration")),
            "remove": (
                self.tr("Re&move from control…"),
                self.tr("Remove the card from control once the result is recorded and the reply has gone out"),
            ),
            "reopen": (self.tr("Res&ume control…"), self.tr("Put the card back under control")),
        }
        for name, (text, tip) in texts.items():
            action = self.actions_by_name[name]
            action.setText(text)
            action.setToolTip(tip)
            self._sync_button(self.buttons[name], action)
        captions = {
            "status": self.tr("Status:"),
            "due": self.tr("Due date:"),
            "executors": self.tr("Executors:"),
            "resolution": self.tr("Resolution:"),
            "result": self.tr("Result:"),
            "notice": self.tr("Extension:"),
            "reply": self.tr("Reply:"),
        }
        for name, text in captions.items():
            self.state_captions[name].setText(text)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What happened"), self.tr("Details")]
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
