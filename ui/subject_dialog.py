"""Personal data › A person's data…: the PD officer types an IIN and sees what the registry holds
about the person (the subject-access report, R48), whether their data are blocked and the request's
due date (R45, R46), and what destroying them would touch. Print report (PDF or printer),
Block…/Unblock… with the reason, Destroy… with the act (R43, R44). All store work on the runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, SubjectReport
from clerk_app.domain.retention import (
    NEEDS_BASIS,
    DestructionOutcome,
    DestructionTrigger,
    SubjectBlockState,
    SubjectPreview,
)
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import due_dates, formatting, printed_document, session, subject_report_document
from ui.destruction_dialog import ActDetailsDialog, ActPanel, PendingCleanups, ask_pdf_path, run_destruction
from ui.error_text import describe
from ui.field_errors import error_label
from ui.workers import Task, TaskRunner

SUBJECT_TRIGGERS = [t for t in DestructionTrigger if t is not DestructionTrigger.RETENTION_EXPIRED]


@dataclass(frozen=True)
class SubjectState:
    report: SubjectReport
    block: SubjectBlockState | None
    preview: SubjectPreview | None  # None: the account may not destroy


def report_file_name(day: date) -> str:
    """The suggested file name: neutral, for file names show in listings and recent-file lists."""
    return f"subject-report-{day.isoformat()}.pdf"


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The reason typed (a module function: tests replace it)."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class SubjectDialog(QDialog):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_dialog")
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self.state: SubjectState | None = None
        self.iin_label = QLabel()
        self.iin_edit = QLineEdit()
        self.iin_edit.setObjectName("subject_iin")
        self.iin_edit.setMaxLength(20)
        self.iin_edit.returnPressed.connect(self.look_up)
        self.iin_label.setBuddy(self.iin_edit)
        self.look_up_button = QPushButton()
        self.look_up_button.setObjectName("subject_look_up")
        self.look_up_button.clicked.connect(self.look_up)
        self.status = QLabel()
        self.status.setObjectName("subject_status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)  # a long Kazakh line wraps twice
        self.report_view = QTextBrowser()  # the report as it prints, in the interface's language
        self.report_view.setObjectName("subject_report")
        self.print_button = self._button("subject_print", self.print_report)
        self.pdf_button = self._button("subject_pdf", self.save_report_pdf)
        self.block_button = self._button("subject_block", self.toggle_block)
        self.destroy_button = self._button("subject_destroy", self.ask_destroy)
        self.progress = QProgressBar()
        self.progress.hide()
        self.error = error_label()
        self.act_panel = ActPanel()
        self.pending = PendingCleanups(registry, runner)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.iin_label)
        top.addWidget(self.iin_edit, 1)
        top.addWidget(self.look_up_button)
        actions = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.block_button, self.destroy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pending)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.act_panel)
        layout.addWidget(close)
        self.resize(860, 640)
        self.retranslate()
        self._update()
        self.pending.reload()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A person's data"))
        self.iin_label.setText(self.tr("&IIN:"))
        self.look_up_button.setText(self.tr("&Look up"))
        self.print_button.setText(self.tr("&Print report…"))
        self.pdf_button.setText(self.tr("Report as P&DF…"))
        self.destroy_button.setText(self.tr("&Destroy…"))
        self.act_panel.retranslate()
        self.pending.retranslate()
        self._update()

    @property
    def busy(self) -> bool:
        return self._task is not None or self.pending.busy

    def _update(self) -> None:
        state = self.state
        idle = self._task is None
        self.look_up_button.setEnabled(idle)
        has = state is not None
        self.print_button.setEnabled(idle and has)
        self.pdf_button.setEnabled(idle and has)
        blocked = bool(state and state.block and state.block.is_blocked)
        self.block_button.setText(self.tr("&Unblock…") if blocked else self.tr("&Block…"))
        self.block_button.setEnabled(idle and has and session.may(Permission.PD_BLOCK)
                                     and (blocked or bool(state and state.report.holds_data)))
        self.destroy_button.setEnabled(idle and bool(state and state.preview and state.preview.count))
        self._show_status()

    def _show_status(self) -> None:
        state = self.state
        if state is None:
            self.status.setText(self.tr("Type the person's IIN and press Look up."))
            return
        parts = [self.tr("Cards holding the person: {0}.").format(formatting.count(len(state.report.cards)))]
        block = state.block
        if block is not None and block.is_blocked:
            parts.append(self.tr("Blocked since {0} by {1}; requested {2}, due {3}.").format(
                formatting.date_time(block.blocked_at), block.blocked_by, due_dates.day(block.requested_on),
                due_dates.day(block.due_on)))
        elif block is not None and block.unblocked_at is not None:
            if block.destroyed_by_act:
                parts.append(self.tr("Unblocked on {0}: the data were destroyed by act No. {1}.").format(
                    formatting.date_time(block.unblocked_at), block.destroyed_by_act))
            else:
                parts.append(self.tr("Unblocked on {0}.").format(formatting.date_time(block.unblocked_at)))
        if state.preview is not None and state.preview.count:
            p = state.preview
            parts.append(self.tr("Destroying would touch {0} records: {1} cards of the person alone, {2} collective "
                                 "cards, {3} cards mentioning the IIN, {4} unfiled scans.").format(
                p.count, len(p.own_cards), len(p.collective_cards), len(p.mentions), len(p.inbox_items)))
        self.status.setText(" ".join(parts))

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()
        self._update()

    # --- look up -----------------------------------------------------------------------------------

    def look_up(self) -> None:
        if self._task is not None:
            return
        iin, actor, registry = self.iin_edit.text().strip(), session.actor(), self._registry

        def read() -> SubjectState:
            report = registry.audit.subject_report(iin, actor, action=AuditAction.VIEW)
            block = registry.blocking.status(iin, actor)
            preview = registry.destruction.preview_subject(iin, actor) if actor.may(Permission.PD_DESTROY) else None
            return SubjectState(report, block, preview)

        self.error.hide()
        self._task = self._runner.submit(read, success=self._on_state, failure=self._on_failed)
        self._update()

    def _on_state(self, state: SubjectState) -> None:
        self._task = None
        self.state = state
        self.report_view.setHtml(subject_report_document.report_html(state.report))
        self._update()

    # --- report ------------------------------------------------------------------------------------

    def _report_title(self) -> str:
        # no IIN: a PDF's title shows in file managers, printer queues and recent-document lists
        return self.tr("Subject-access report")

    def _report_document(self) -> QTextDocument:
        assert self.state is not None
        return printed_document.document(subject_report_document.report_html(self.state.report))

    def write_report_pdf(self, path: Path) -> None:
        assert self.state is not None
        printed_document.write_pdf(self._report_document(), path, self._report_title())

    def save_report_pdf(self) -> None:
        if self.state is not None:
            path = ask_pdf_path(self, report_file_name(astana_today()))
            if path is not None:
                self.write_report_pdf(path)

    def print_report(self) -> None:
        if self.state is not None:
            printed_document.preview(self, self._report_document(), self._report_title())

    # --- block / unblock ---------------------------------------------------------------------------

    def toggle_block(self) -> None:
        state = self.state
        if state is None or self._task is not None:
            return
        unblock = bool(state.block and state.block.is_blocked)
        reason = ask_reason(self, self.tr("Unblock the person's data") if unblock else self.tr("Block the person's data"),
                            self.tr("Reason (the request or the finding):"))
        if reason is None:
            return
        iin, actor, service = state.report.iin, session.actor(), self._registry.blocking
        action = service.unblock if unblock else service.block
        self._task = self._runner.submit(lambda: action(iin, reason, actor), success=self._on_blocked,
                                         failure=self._on_failed)
        self._update()

    def _on_blocked(self, _state: SubjectBlockState) -> None:
        self._task = None
        self.look_up()

    # --- destroy -----------------------------------------------------------------------------------

    def ask_destroy(self) -> None:
        state = self.state
        if state is None or state.preview is None or not state.preview.count:
            return
        details = ActDetailsDialog(state.preview.count, SUBJECT_TRIGGERS, self)  # named as on paper
        if details.exec() != QDialog.DialogCode.Accepted:
            return
        self.destroy_data(details.trigger(), details.commission(), details.basis())

    def destroy_data(self, trigger: DestructionTrigger, commission: list[str], basis: str | None) -> None:
        state = self.state
        assert state is not None and state.preview is not None
        if trigger in NEEDS_BASIS and not basis:
            self.error.setText(self.tr("State the basis: the decision's number and date, or the finding."))
            self.error.show()
            return
        iin, count, actor, service = state.report.iin, state.preview.count, session.actor(), self._registry.destruction
        self.error.hide()

        def op(report: Callable[[int, int], None]) -> DestructionOutcome:
            return service.destroy_subject(iin, trigger=trigger.value, commission=commission, basis=basis,
                                           confirm_count=count, actor=actor, progress=report)

        self._task = run_destruction(self._runner, op, self.progress, self._on_destroyed, self._on_failed)
        self._update()

    def _on_destroyed(self, outcome: DestructionOutcome) -> None:
        self._task = None
        self.act_panel.show_outcome(outcome)
        self.pending.reload()
        self.look_up()
