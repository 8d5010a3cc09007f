"""The public register of respondents complained about (cl. 6, R20, R55) as CSV (codes, for
publishing by machine), XLSX (translated labels, counts as numbers) or an A4 landscape PDF. No
consumer's data is in it; natural-person respondents are counted together, not named (the core
decides: clerk_app/services/public_register.py). The dialog picks the period and saves."""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.control import ControlResult
from clerk_app.domain.depersonalize import INDIVIDUAL_ENTREPRENEUR
from clerk_app.domain.enums import AppealKind
from clerk_app.domain.quarterly import KIND_CODES, UNSPECIFIED
from clerk_app.services.context import Actor
from clerk_app.services.public_register import (
    RESULT_COLUMNS,
    PublicRegister,
    PublicRegisterService,
    PublicRespondent,
    to_csv,
)
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import formatting
from ui.labels import control_result_label, kind_label
from ui.printing.pdf_output import write_recorded
from ui.printing.quarterly import error_message, html_document, pdf_of
from ui.printing.report_labels import activity_label
from ui.printing.report_labels import tr as _tr
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.xlsx import openpyxl
from ui.workers import Task, TaskRunner

CONTEXT = "PublicRespondents"
FORMATS = ("csv", "xlsx", "pdf")

T = {
    "title": QT_TRANSLATE_NOOP("PublicRespondents", "Register of respondents about whom consumers' appeals were received"),
    "period": QT_TRANSLATE_NOOP("PublicRespondents", "Appeals registered from {0} to {1}"),
    "note": QT_TRANSLATE_NOOP(
        "PublicRespondents",
        "No consumer's personal data is published. Respondents who are natural persons (individual "
        "entrepreneurs) are not named: their appeals are counted together.",
    ),
    "respondent": QT_TRANSLATE_NOOP("PublicRespondents", "Respondent"),
    "bin": QT_TRANSLATE_NOOP("PublicRespondents", "BIN"),
    "activity": QT_TRANSLATE_NOOP("PublicRespondents", "Field of activity"),
    "appeals": QT_TRANSLATE_NOOP("PublicRespondents", "Appeals"),
    "by_kind": QT_TRANSLATE_NOOP("PublicRespondents", "By kind"),
    "by_result": QT_TRANSLATE_NOOP("PublicRespondents", "By result"),
    "pending": QT_TRANSLATE_NOOP("PublicRespondents", "Not yet considered"),
    "persons": QT_TRANSLATE_NOOP("PublicRespondents", "Individual entrepreneurs (not named)"),
    "not_named": QT_TRANSLATE_NOOP("PublicRespondents", "Respondent not named"),
    "total": QT_TRANSLATE_NOOP("PublicRespondents", "Total"),
    "none": QT_TRANSLATE_NOOP("PublicRespondents", "No appeals against a respondent were registered in this period."),
    "sheet": QT_TRANSLATE_NOOP("PublicRespondents", "Respondents"),
    "not_specified": QT_TRANSLATE_NOOP("PublicRespondents", "Not specified"),
}


def tr(text: str) -> str:
    return _tr(text, CONTEXT)


def _t(key: str) -> str:
    return tr(str(T[key]))


def respondent_name(r: PublicRespondent) -> str:
    if not r.depersonalised:
        return r.name
    return _t("persons") if r.name == INDIVIDUAL_ENTREPRENEUR else _t("not_named")


def kind_text(code: str) -> str:
    return kind_label(AppealKind(code)) if code != UNSPECIFIED else _t("not_specified")


def result_text(code: str) -> str:
    return control_result_label(ControlResult(code)) if code in {r.value for r in ControlResult} else _t("pending")


def _d(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _counts(values: dict[str, int] | object, label: object) -> str:
    assert isinstance(values, dict)
    return "; ".join(f"{label(code)} — {formatting.count(n)}" for code, n in values.items() if n)  # type: ignore[operator]


def register_html(register: PublicRegister) -> str:
    e = html.escape
    head = "".join(f"<th bgcolor='#e8e8e8' width='{w}%'>{e(_t(k))}</th>" for k, w in (
        ("respondent", 22), ("bin", 11), ("activity", 12), ("appeals", 7), ("by_kind", 24), ("by_result", 24)))
    rows = []
    for i, r in enumerate(register.respondents, 1):
        rows.append(
            f"<tr><td>{i}. {e(respondent_name(r))}</td><td>{e(r.bin or '')}</td><td>{e(activity_label(r.activity))}</td>"
            f"<td align='right'>{formatting.count(r.appeals)}</td>"
            f"<td>{e(_counts(dict(r.by_kind), kind_text))}</td><td>{e(_counts(dict(r.by_result), result_text))}</td></tr>"
        )
    rows.append(f"<tr><td colspan='3'><b>{e(_t('total'))}</b></td>"
                f"<td align='right'><b>{formatting.count(register.appeals)}</b></td><td></td><td></td></tr>")
    body = register.body
    table = (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse; font-size: 8pt'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>" if register.respondents else f"<p>{e(_t('none'))}</p>"
    )
    return (
        (f"<p align='center'><b>{e(body.name)}</b></p>" if body.name else "")
        + f"<h3 align='center'>{e(_t('title'))}</h3>"
        f"<p align='center'>{e(_t('period').format(_d(register.first), _d(register.last)))}</p>"
        f"<p><i>{e(_t('note'))}</i></p>{table}"
        f"<p>{e(formatting.date_time(register.generated_at))}</p>"
    )


def landscape_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(15, 12, 12, 12), QPageLayout.Unit.Millimeter)


def xlsx_of(register: PublicRegister) -> bytes:
    xl = openpyxl()
    Workbook = xl.Workbook
    Alignment = xl.Alignment
    Font = xl.Font
    get_column_letter = xl.get_column_letter

    from clerk_app.services.public_register import safe_cell

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _t("sheet")[:31]
    sheet.append([_t("title")])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([_t("period").format(_d(register.first), _d(register.last))])
    sheet.append([_t("note")])
    sheet.append([])
    header = [_t("respondent"), _t("bin"), _t("activity"), _t("appeals"),
              *(f"{_t('by_kind')}: {kind_text(k)}" for k in KIND_CODES),
              *(f"{_t('by_result')}: {result_text(c)}" for c in RESULT_COLUMNS)]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in register.respondents:
        sheet.append([safe_cell(respondent_name(r)), r.bin or "", activity_label(r.activity), r.appeals,
                      *(r.by_kind[k] for k in KIND_CODES), *(r.by_result[c] for c in RESULT_COLUMNS)])
    sheet.append([_t("total"), "", "", register.appeals])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 15
    sheet.column_dimensions["C"].width = 24
    for index in range(4, len(header) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 13
    sheet.freeze_panes = "B6"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def save_public_respondents(registry: Registry, actor: Actor, *, start: date, end: date, path: Path) -> SavedPrintout:
    """The register for the Astana days ``start`` to ``end`` at ``path`` (.csv, .xlsx or .pdf)."""
    fmt = output_format(path, FORMATS)
    service = PublicRegisterService(registry.store)
    register = service.register(start, end, actor)
    text = to_csv(register)
    pages = None
    if fmt == "csv":
        body = text.encode("utf-8")
    elif fmt == "xlsx":
        body = xlsx_of(register)
    else:
        body, pages = pdf_of(html_document(register_html(register)), _t("title"), landscape_layout())
    # the guard reads the text every format carries (the same names, numbers and codes)
    write_recorded(path, body, lambda: service.check_and_record(register, text, fmt, actor), private=False)
    return SavedPrintout(path, fmt, pages=pages, rows=len(register.respondents), extra={
        "from": start.isoformat(), "to": end.isoformat(), "appeals": register.appeals,
    })


class PublicRespondentsDialog(QDialog):
    """The period (this year so far by default) and Save CSV/XLSX/PDF; the work on the store runner."""

    def __init__(self, registry: Registry, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("public_respondents_dialog")
        self._registry, self._actor = registry, actor
        self._runner = runner or TaskRunner(self)
        self._task: Task[SavedPrintout] | None = None
        today = astana_today()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.note = QLabel(_t("note"))
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("public_respondents_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PublicRespondents", "From:"), self.start_edit)
        form.addRow(QCoreApplication.translate("PublicRespondents", "To:"), self.end_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.save_buttons: dict[str, QPushButton] = {}
        for fmt, text in (("pdf", QCoreApplication.translate("PublicRespondents", "Save PDF…")), ("xlsx", QCoreApplication.translate("PublicRespondents", "Save XLSX…")), ("csv", QCoreApplication.translate("PublicRespondents", "Save CSV…"))):
            button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"save_{fmt}_button")
            button.clicked.connect(lambda _=False, f=fmt: self.ask_and_save(f))
            self.save_buttons[fmt] = button
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{html.escape(_t('title'))}</b>"))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setWindowTitle(_t("title"))

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def ask_and_save(self, fmt: str) -> None:
        start, end = self.period()
        suggested = f"respondents-{start.isoformat()}-{end.isoformat()}.{fmt}"
        filters = {"pdf": QCoreApplication.translate("PublicRespondents", "PDF files (*.pdf)"), "xlsx": QCoreApplication.translate("PublicRespondents", "Excel workbooks (*.xlsx)"), "csv": QCoreApplication.translate("PublicRespondents", "CSV files (*.csv)")}
        chosen, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PublicRespondents", "Save the register of respondents"), suggested, filters[fmt])
        if chosen:
            path = Path(chosen)
            self.save(path if path.suffix else path.with_suffix("." + fmt))

    def save(self, path: Path) -> None:
        start, end = self.period()
        registry, actor = self._registry, self._actor
        self._busy(True)
        self._task = self._runner.submit(
            lambda: save_public_respondents(registry, actor, start=start, end=end, path=path),
            success=self._saved, failure=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        for button in self.save_buttons.values():
            button.setEnabled(not busy)
        if busy:
            self.status.setText(QCoreApplication.translate("PublicRespondents", "Preparing…"))

    def _saved(self, saved: SavedPrintout) -> None:
        self._task = None
        self._busy(False)
        self.status.setText(QCoreApplication.translate("PublicRespondents", "Saved: {0} ({1} respondents).").format(saved.path, formatting.count(saved.rows or 0)))

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy(False)
        self.status.setText("")
        QMessageBox.warning(self, _t("title"), error_message(exc))


def open_public_respondents_dialog(parent: QWidget | None, registry: Registry, actor: Actor) -> PublicRespondentsDialog:
    """Opens the dialog (non-modal) and returns it."""
    dialog = PublicRespondentsDialog(registry, actor, parent=parent)
    dialog.show()
    return dialog
