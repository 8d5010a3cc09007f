"""The reminder of the quarterly information's deadline (cl. 9, R14): from 10 days before the 30th of
the month after a quarter until the report is marked sent or the deadline passes, a line in the
status bar and a banner with a button that opens the quarterly dialog. Checked in the background when
a registry opens and every 30 minutes; closed by the clerk, the banner stays closed that day.

The core decides (clerk_app.domain.quarterly.deadline_reminder); this only shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from clerk_app.domain.accounts import Permission
from clerk_app.domain.quarterly import DeadlineReminder
from clerk_app.services.context import Actor
from clerk_app.services.quarterly import QuarterlyService
from clerk_app.services.registry import Registry
from ui.notice_banner import NoticeBanner
from ui.workers import Task, TaskRunner

INTERVAL_MS = 30 * 60 * 1000


class QuarterlyReminder(QObject):
    openRequested = Signal()  # the banner's button: open the quarterly information dialog

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry: Registry | None = None
        self._task: Task[DeadlineReminder | None] | None = None
        self._reminder: DeadlineReminder | None = None
        self._dismissed: DeadlineReminder | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.status_label = QLabel()
        self.status_label.setObjectName("quarterly_status_label")
        self.status_label.setContentsMargins(8, 0, 8, 0)
        self.status_label.hide()
        self.banner = NoticeBanner()
        self.banner.setObjectName("quarterly_banner")
        self.banner.hide()
        self.banner.closed.connect(self._on_closed)
        self.banner.actionRequested.connect(self.openRequested)

    @property
    def reminder(self) -> DeadlineReminder | None:
        return self._reminder

    def set_registry(self, registry: Registry | None, actor: Actor | None = None) -> None:
        """``actor``: the signed-in user; only those who may prepare reports are reminded."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._registry = registry if registry is not None and (actor is None or actor.may(Permission.REPORTS)) else None
        self._reminder = None
        if self._registry is None:
            self.timer.stop()
        else:
            self.timer.start()
            self.check()
        self.render()

    def check(self) -> None:
        registry = self._registry
        if registry is None or self._task is not None:
            return
        service = QuarterlyService(registry.store)
        self._task = self._runner.submit(service.reminder, success=self._on_reminder, failure=self._on_failed)

    def _on_reminder(self, reminder: DeadlineReminder | None) -> None:
        self._task = None
        self._reminder = reminder
        self.render()

    def _on_failed(self, _exc: BaseException) -> None:
        self._task = None  # the next check tries again

    def _on_closed(self) -> None:
        self._dismissed = self._reminder

    def render(self) -> None:
        reminder = self._reminder
        if reminder is None:
            self.status_label.hide()
            self.banner.hide()
            return
        deadline = reminder.deadline.strftime("%d.%m.%Y")
        self.status_label.setText(self.tr("Quarterly information due {0}").format(deadline))
        self.status_label.show()
        if reminder == self._dismissed:
            self.banner.hide()
            return
        q = reminder.quarter
        left = (self.tr("The deadline is today.") if reminder.days_left == 0
                else self.tr("Days left: {0}.").format(reminder.days_left))
        self.banner.show_notice(
            self.tr("The quarterly information is due"),
            self.tr("The information on the appeals considered in quarter {0} of {1} goes to the authorized body "
                    "no later than {2} (cl. 9).").format(q.number, q.year, deadline) + " " + left,
            "", self.tr("Prepare…"),
        )

    def retranslate(self) -> None:
        self.render()
