"""The control report (issue 8, item 5): the open appeals overdue or due within N days, grouped by
executor with each executor's counts, and the totals; A4 landscape PDF, or the print preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.control import ControlView
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import (
    DEFAULT_DUE_WITHIN,
    MAX_DUE_WITHIN,
    ControlReport,
    JournalPrintService,
)
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import formatting
from ui.due_dates import day, days_text
from ui.error_text import in_one_line
from ui.fonts import FAMILY
from ui.labels import control_status_label, kind_label
from ui.printing.journal import ensure_fonts, landscape_layout, show_preview
from ui.printing.journal_dialog import ask_pdf_path
from ui.printing.pdf_output import pdf_bytes, write_recorded
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.table_painter import TableColumn, TablePainter
from ui.workers import Task, TaskRunner

TITLE_MM = 30.0  # room above the table on the first page


def report_columns() -> list[TableColumn]:
    return [
        TableColumn(QCoreApplication.translate("ControlReportPrint", "No."), 9, centred=True),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Registration date"), 7.5, centred=True),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "From whom"), 15),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Kind and summary"), 34),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Executors"), 13),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Due date"), 7, centred=True),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Days"), 8, centred=True),
        TableColumn(QCoreApplication.translate("ControlReportPrint", "Status"), 8),
    ]


def _counts(overdue: int, due_soon: int) -> str:
    return QCoreApplication.translate("ControlReportPrint", "overdue: %1, due soon: %2").replace("%1", formatting.count(overdue)).replace("%2", formatting.count(due_soon))


def _card_cells(view: ControlView) -> tuple[str, ...]:
    from clerk_app.domain.enums import AppealKind

    kind = kind_label(AppealKind(view.kind)) if view.kind else ""
    summary = "\n".join(t for t in (kind, view.summary) if t)
    correspondent = QCoreApplication.translate("ControlReportPrint", "(personal data withheld)") if view.blocked else view.correspondent
    return (
        view.number, formatting.date_time(view.registered_at), correspondent, summary, "\n".join(view.executors),
        day(view.due_on) if view.due_on else "", days_text(view.days_left), control_status_label(view.status),
    )


def report_rows(report: ControlReport) -> list[Sequence[str]]:
    """A heading row per executor (with the counts), that executor's cards, then the totals."""
    rows: list[Sequence[str]] = []
    for group in report.groups:
        name = group.executor or QCoreApplication.translate("ControlReportPrint", "Not assigned")
        rows.append((f"{name}: {_counts(group.overdue, group.due_soon)}",))
        rows.extend(_card_cells(v) for v in group.cards)
    total = report.overdue + report.due_soon
    rows.append((QCoreApplication.translate("ControlReportPrint", "Total: %1 appeals, %2").replace("%1", formatting.count(total))
                 .replace("%2", _counts(report.overdue, report.due_soon)),))
    return rows


def _title_lines(report: ControlReport) -> list[tuple[str, float, bool]]:
    body = report.body_name or ""
    if report.body_bin:
        body = f"{body} ({QCoreApplication.translate('ControlReportPrint', 'BIN %1').replace('%1', report.body_bin)})" if body else QCoreApplication.translate("ControlReportPrint", "BIN %1").replace("%1", report.body_bin)
    scope = QCoreApplication.translate("ControlReportPrint", "Overdue and due within %1 days, on %2").replace("%1", str(report.due_within_days)).replace("%2", day(report.today))
    return [(body, 10, False), (QCoreApplication.translate("ControlReportPrint", "CONTROL REPORT"), 15, True), (scope, 10, False)]


def paint_control_report(device: QPagedPaintDevice, report: ControlReport) -> int:
    """Paints the report on ``device``; returns its pages."""
    ensure_fonts()
    dots_per_mm = device.logicalDpiY() / 25.4
    table = TablePainter(device, report_columns(), point_size=7.5, first_page_top=TITLE_MM * dots_per_mm)
    rows = report_rows(report)
    layout = table.layout(rows)
    painter = QPainter(device)
    try:
        y = 0.0
        for text, size, bold in _title_lines(report):
            font = QFont(FAMILY)
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            box = QRectF(0, y, float(device.width()), TITLE_MM * dots_per_mm)
            flags = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value
            if text:
                painter.drawText(box, flags, text)
            y += painter.fontMetrics().height() * 1.5
        table.paint(painter, rows, layout, first_page_number=1, total_pages=layout.pages, new_page=device.newPage)
    finally:
        painter.end()
    return layout.pages


def save_control_report(registry: Registry, actor: Actor, *, due_within_days: int, path: Path,
                        today: date | None = None) -> SavedPrintout:
    """The control report as a PDF at ``path``."""
    output_format(path, ("pdf",))
    service = JournalPrintService(registry.store)
    report = service.control_report(actor, due_within_days=due_within_days, today=today)
    body, pages = pdf_bytes(lambda device: paint_control_report(device, report), QCoreApplication.translate("ControlReportPrint", "Control report"), landscape_layout())
    write_recorded(path, body, lambda: service.record_control_printed(report, actor, output="pdf", pages=pages))
    cards = len({v.card_id for g in report.groups for v in g.cards})
    return SavedPrintout(path, "pdf", pages=pages, rows=cards, extra={
        "overdue": report.overdue, "due_soon": report.due_soon, "executors": len(report.groups),
        "due_within_days": due_within_days, "today": report.today.isoformat(),
    })


class ControlReportDialog(QDialog):
    """Days ahead, then Preview/Print… or Save PDF…; the store work runs on the runner."""

    def __init__(self, registry: Registry, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("control_report_dialog")
        self._registry, self._actor = registry, actor
        self._runner = runner or TaskRunner(self)
        self._task: Task[object] | None = None
        self.days = QSpinBox()
        self.days.setObjectName("control_report_days")
        self.days.setRange(0, MAX_DUE_WITHIN)
        self.days.setValue(DEFAULT_DUE_WITHIN)
        self.status = QLabel()
        self.status.setObjectName("control_report_status")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("control_report_preview")
        self.save_button = QPushButton()
        self.save_button.setObjectName("control_report_save")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        form = QFormLayout()
        self._days_label = QLabel()
        form.addRow(self._days_label, self.days)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ControlReportPrint", "Control report"))
        self._days_label.setText(QCoreApplication.translate("ControlReportPrint", "Due within (days):"))
        self.preview_button.setText(QCoreApplication.translate("ControlReportPrint", "Preview/Print…"))
        self.save_button.setText(QCoreApplication.translate("ControlReportPrint", "Save PDF…"))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.status.setText(text)

    def _run(self, op: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy(True, QCoreApplication.translate("ControlReportPrint", "Preparing the report…"))
        self._task = self._runner.submit(op, success=done, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy(False, in_one_line(exc))

    def preview(self) -> None:
        days, actor, service = self.days.value(), self._actor, JournalPrintService(self._registry.store)

        def load() -> ControlReport:
            report = service.control_report(actor, due_within_days=days)
            service.record_control_printed(report, actor, output="printer", pages=0)
            return report

        def loaded(report: object) -> None:
            self._task = None
            self._busy(False)
            assert isinstance(report, ControlReport)
            show_preview(self, QCoreApplication.translate("ControlReportPrint", "Control report"), lambda printer: paint_control_report(printer, report))

        self._run(load, loaded)

    def save_pdf(self) -> None:
        path = ask_pdf_path(self, f"control-report-{astana_today().isoformat()}.pdf")
        if path is None:
            return
        days, actor, registry = self.days.value(), self._actor, self._registry

        def saved(result: object) -> None:
            self._task = None
            assert isinstance(result, SavedPrintout)
            self._busy(False, QCoreApplication.translate("ControlReportPrint", "Saved %1 (%2 pages).").replace("%1", str(result.path)).replace("%2", str(result.pages)))

        self._run(lambda: save_control_report(registry, actor, due_within_days=days, path=path), saved)


def open_control_report(parent: QWidget | None, registry: Registry, actor: Actor,
                        runner: TaskRunner | None = None) -> ControlReportDialog:
    """Shows the control report dialog (non-modal; deleted when closed) and returns it."""
    dialog = ControlReportDialog(registry, actor, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
