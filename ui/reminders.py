"""Reminders of execution control: when a registry opens, every 30 minutes and after each control
action, the counts are read in the background. The status bar always shows them; a banner under
the menu says when something is overdue, due today, or an applicant must be told of an extension,
with a button that opens the "On control" tab filtered to those appeals. Never a modal dialog.

Closed by the clerk, the banner stays closed until the counts change (or the day does)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from clerk_app.services.control import SOON_DAYS, ControlSummary
from clerk_app.services.registry import Registry
from ui import formatting
from ui.control_view import Show
from ui.notice_banner import NoticeBanner
from ui.workers import Task, TaskRunner

INTERVAL_MS = 30 * 60 * 1000


class Reminders(QObject):
    showRequested = Signal(object)  # Show: the filter the banner's button asks for

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry: Registry | None = None
        self._task: Task[ControlSummary] | None = None
        self._summary: ControlSummary | None = None
        self._dismissed: ControlSummary | None = None  # what the banner said when the clerk closed it
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.status_label = QLabel()
        self.status_label.setObjectName("control_status_label")
        self.status_label.setContentsMargins(8, 0, 8, 0)
        self.status_label.hide()
        self.banner = NoticeBanner(warning=True)
        self.banner.hide()
        self.banner.closed.connect(self._on_closed)
        self.banner.actionRequested.connect(self._on_action)

    @property
    def summary(self) -> ControlSummary | None:
        return self._summary

    @property
    def checking(self) -> bool:
        return self._task is not None

    def set_registry(self, registry: Registry | None) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._registry = registry
        self._summary = None
        self._dismissed = None
        if registry is None:
            self.timer.stop()
        else:
            self.timer.start()
            self.check()
        self.render()

    def check(self) -> None:
        registry = self._registry
        if registry is None or self._task is not None:
            return
        self._task = self._runner.submit(registry.control.summary, success=self._on_summary, failure=self._on_failed)

    def _on_summary(self, summary: ControlSummary) -> None:
        self._task = None
        self._summary = summary
        self.render()

    def _on_failed(self, _exc: BaseException) -> None:
        self._task = None  # the next check tries again; the status bar keeps the last counts

    def _on_closed(self) -> None:
        self._dismissed = self._summary

    def _on_action(self) -> None:
        summary = self._summary
        if summary is not None:
            self.showRequested.emit(Show.OVERDUE if summary.overdue else Show.TODAY)

    @staticmethod
    def needs_attention(summary: ControlSummary) -> bool:
        return bool(summary.overdue or summary.due_today or summary.notices_due)

    def render(self) -> None:
        summary = self._summary
        if summary is None or not (summary.open or summary.notices_due):  # nothing on control: quiet
            self.status_label.hide()
            self.banner.hide()
            return
        count = formatting.count
        self.status_label.setText(
            self.tr("On control: {0} · overdue: {1} · due today: {2}").format(
                count(summary.open), count(summary.overdue), count(summary.due_today)
            )
        )
        self.status_label.setToolTip(
            self.tr("Due in the next {0} days: {1}. Applicants to be told of an extension: {2}.").format(
                SOON_DAYS, count(summary.due_soon), count(summary.notices_due)
            )
        )
        self.status_label.show()
        if not self.needs_attention(summary) or summary == self._dismissed:
            self.banner.hide()
            return
        parts = []
        if summary.overdue:
            parts.append(self.tr("Overdue: {0}.").format(count(summary.overdue)))
        if summary.due_today:
            parts.append(self.tr("Due today: {0}.").format(count(summary.due_today)))
        if summary.notices_due:
            parts.append(
                self.tr("Applicants to be told of an extension within {0} days: {1}.").format(
                    SOON_DAYS, count(summary.notices_due)
                )
            )
        if summary.overdue:
            action: str | None = self.tr("Show overdue")
        elif summary.due_today:
            action = self.tr("Show due today")
        else:
            action = None
        self.banner.show_notice(self.tr("Appeals on execution control need attention"), " ".join(parts), "", action)

    def retranslate(self) -> None:
        self.render()
