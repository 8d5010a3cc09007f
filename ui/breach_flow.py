"""Personal data › Breach register…, and the reminder of breach notices: for the accounts that may
act on breaches (the personal-data officer), the register is read when a registry opens and every
30 minutes; a banner says when a notice to the authorized body is due today or overdue, with a
button that opens the register on the overdue ones. Never a modal dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.domain.breaches import BreachFilter, BreachReminder
from clerk_app.services.registry import Registry
from ui import formatting, session
from ui.breach_dialog import BreachRegisterDialog
from ui.notice_banner import NoticeBanner
from ui.workers import Task, TaskRunner

INTERVAL_MS = 30 * 60 * 1000


class BreachFlow(QObject):
    def __init__(self, window: QWidget, runner: TaskRunner, registry: Callable[[], Registry | None]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._registry = registry
        self._watched: Registry | None = None
        self._task: Task[BreachReminder | None] | None = None
        self.reminder: BreachReminder | None = None
        self._dismissed: BreachReminder | None = None
        self.dialog: BreachRegisterDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("breach_register_action")
        self.action.triggered.connect(lambda: self.show_dialog())  # not the "checked" flag as a filter
        self.banner = NoticeBanner(warning=True)
        self.banner.setObjectName("breach_banner")
        self.banner.hide()
        self.banner.closed.connect(self._on_closed)
        self.banner.actionRequested.connect(lambda: self.show_dialog(BreachFilter.OVERDUE))
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Breach register…"))
        self.action.setToolTip(self.tr("Personal-data security breaches and their notices to the authorized body"))
        if self.dialog is not None:
            self.dialog.retranslate()
        self.render()

    def update_state(self, enabled: bool) -> None:
        self.action.setEnabled(enabled and session.may(Permission.PD_BREACHES))

    # --- the reminder -------------------------------------------------------------------------------

    def start(self, registry: Registry) -> None:
        """The signed-in person entered the registry: reminders for those who act on breaches."""
        self.stop()
        if not session.may(Permission.PD_BREACHES):
            return
        self._watched = registry
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """Signed out or the registry left: no reminder, no dialog for the next person."""
        self.timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._watched = None
        self.reminder = self._dismissed = None
        self.banner.hide()
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog = None

    @property
    def checking(self) -> bool:
        return self._task is not None

    def check(self) -> None:
        registry, actor = self._watched, session.current()
        if registry is None or actor is None or self._task is not None:
            return
        service = registry.breaches
        self._task = self._runner.submit(lambda: service.reminder(actor), success=self._on_reminder,
                                         failure=self._on_failed)

    def _on_reminder(self, reminder: BreachReminder | None) -> None:
        self._task = None
        self.reminder = reminder
        self.render()

    def _on_failed(self, _exc: BaseException) -> None:
        self._task = None  # the next check tries again

    def _on_closed(self) -> None:
        self._dismissed = self.reminder

    def render(self) -> None:
        r = self.reminder
        if r is None or not (r.overdue or r.due_today) or r == self._dismissed:
            self.banner.hide()
            return
        parts = []
        if r.overdue:
            parts.append(self.tr("Overdue: {0}.").format(formatting.count(r.overdue)))
        if r.due_today:
            parts.append(self.tr("Due today: {0}.").format(formatting.count(r.due_today)))
        self.banner.show_notice(
            self.tr("Notices of personal-data breaches to the authorized body"), " ".join(parts),
            self.tr("The authorized body must be told within one working day of detection."),
            self.tr("Open the breach register"),
        )

    # --- the dialog -----------------------------------------------------------------------------------

    def show_dialog(self, which: BreachFilter | None = None) -> None:
        registry = self._registry()
        if registry is None or not self.action.isEnabled():
            return
        if self.dialog is None:
            dialog = BreachRegisterDialog(registry, self._runner, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._forget_dialog)
            dialog.changed.connect(self.check)
            self.dialog = dialog
            dialog.open()
        else:
            self.dialog.raise_()
        if which is not None:
            self.dialog.show_only(which)

    def _forget_dialog(self, _result: int = 0) -> None:
        self.dialog = None
        self.check()
