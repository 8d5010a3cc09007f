"""The quarterly information (cl. 9, R14) as a printed document: A4 PDF (QTextDocument HTML in the
bundled DejaVu Sans), XLSX (numbers as numbers, amounts in tenge) or the core's JSON. The layout
(sections, rows, columns, titles, signature block) comes from the template (docs/quarterly.md)."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QWidget

from clerk_app.domain.quarterly import AMOUNT_COLUMNS, TOTAL, QuarterlyReport, Section
from clerk_app.domain.quarterly_template import (
    QuarterlyTemplate,
    SignatureLine,
    TemplateSection,
    load_template,
    text_in,
)
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.quarterly import QuarterlyService
from clerk_app.services.registry import Registry
from ui import formatting
from ui.error_text import describe
from ui.languages import current_language
from ui.printed_document import document
from ui.printing.pdf_output import pdf_bytes, show_print_preview, write_recorded
from ui.printing.report_labels import amount_text, column_label, row_label, section_label, tenge
from ui.printing.report_labels import tr as _tr
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.xlsx import openpyxl

CONTEXT = "QuarterlyReport"
FORMATS = ("pdf", "xlsx", "json")
PDF_RESOLUTION = 300
AMOUNT_WEIGHT = 1.5
LABEL_WIDTH = 30  # per cent of the table: the row titles (kinds, reasons) are the longest texts
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

T = {
    "title": QT_TRANSLATE_NOOP("QuarterlyReport", "Quarterly information on the results of consideration of consumers' appeals"),
    "bin": QT_TRANSLATE_NOOP("QuarterlyReport", "BIN {0}"),
    "no_body": QT_TRANSLATE_NOOP("QuarterlyReport", "(the body is not entered in Settings)"),
    "period": QT_TRANSLATE_NOOP("QuarterlyReport", "for quarter {0} of {1} ({2} – {3})"),
    "deadline": QT_TRANSLATE_NOOP("QuarterlyReport", "Submitted to the authorized body no later than {0} (cl. 9)."),
    "generated": QT_TRANSLATE_NOOP("QuarterlyReport", "Figures as of {0}."),
    "head": QT_TRANSLATE_NOOP("QuarterlyReport", "Head of the body"),
    "executor": QT_TRANSLATE_NOOP("QuarterlyReport", "Executor"),
    "date": QT_TRANSLATE_NOOP("QuarterlyReport", "Date"),
    "sheet": QT_TRANSLATE_NOOP("QuarterlyReport", "Quarterly information"),
}


def tr(text: str) -> str:
    return _tr(text, CONTEXT)


def _t(key: str) -> str:
    return tr(str(T[key]))


def _own(texts: object, fallback: str) -> str:
    """The template's text in the interface language, else the built-in translated one (a line
    without a built-in text takes the template's in another language)."""
    own = text_in(texts, current_language().value, fallback_to_any=not fallback) if isinstance(texts, dict) else None
    return own or fallback


def title(template: QuarterlyTemplate) -> str:
    return _own(template.title, _t("title"))


def period_text(report: QuarterlyReport) -> str:
    q = report.quarter
    return _t("period").format(q.number, q.year, q.first_day.strftime("%d.%m.%Y"), q.last_day.strftime("%d.%m.%Y"))


def header_lines(report: QuarterlyReport) -> list[str]:
    body = report.body
    lines = [body.name or _t("no_body")]
    if body.bin:
        lines.append(_t("bin").format(body.bin))
    return lines


def section_title(section: TemplateSection) -> str:
    return _own(section.title, section_label(section.code))


def row_title(section: TemplateSection, code: str) -> str:
    return _own(section.row_titles.get(code), row_label(section.code, code))


def cell_text(column: str, value: int) -> str:
    return amount_text(value) if column in AMOUNT_COLUMNS else formatting.count(value)


def signature_title(line: SignatureLine) -> str:
    return _own(line.title, _t(line.code) if line.code in T else "")


def column_widths(section: TemplateSection) -> list[int]:
    """Per cent of the table per column: an amount (up to "999 999 999,00") gets more than a count."""
    weights = [AMOUNT_WEIGHT if c in AMOUNT_COLUMNS else 1.0 for c in section.columns]
    room = 100 - (0 if section.code == Section.TOTALS else LABEL_WIDTH)
    return [int(room * w / sum(weights)) for w in weights]


def quarterly_html(report: QuarterlyReport, template: QuarterlyTemplate) -> str:
    e = html.escape
    q = report.quarter
    parts = [
        "<p align='center'>" + "<br/>".join(f"<b>{e(x)}</b>" if i == 0 else e(x)
                                            for i, x in enumerate(header_lines(report))) + "</p>",
        f"<h3 align='center'>{e(title(template))}</h3>",
        f"<p align='center'>{e(period_text(report))}</p>",
        f"<p>{e(_t('deadline').format(q.deadline.strftime('%d.%m.%Y')))} "
        f"{e(_t('generated').format(formatting.date_time(report.generated_at)))}</p>",
    ]
    for section in template.sections:
        table = _totals_table(report, section) if section.code == Section.TOTALS else _section_table(report, section)
        parts.append(f"<h4>{e(section_title(section))}</h4>{table}")
    if template.signature:
        lines = []
        for line in template.signature:
            name = report.body.head if line.code == "head" and report.body.head else ""
            blank = "«___» ______________ 20___" if line.code == "date" else "______________________"
            lines.append(f"<tr><td width='40%'>{e(signature_title(line))}</td><td>{blank}</td><td>{e(name)}</td></tr>")
        parts.append(f"<br/><table cellpadding='6' width='100%'>{''.join(lines)}</table>")
    return "".join(parts)


_TABLE = ("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
          "style='border-collapse: collapse; font-size: 8pt'>")


def _bold(text: str, bold: bool) -> str:
    return f"<b>{text}</b>" if bold else text


def _section_table(report: QuarterlyReport, section: TemplateSection) -> str:
    """A row per code, a column per figure; a refusal's reasons indented under it."""
    e = html.escape
    rows = report.section(section.code)
    head = "".join(f"<th bgcolor='#e8e8e8' width='{w}%' style='font-size: 7pt'>{e(column_label(c))}</th>"
                   for c, w in zip(section.columns, column_widths(section), strict=True))
    body = []
    for code in section.rows:
        figures, bold = rows[code], code == TOTAL
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if "." in code else ""
        # non-breaking spaces: an amount's digit groups stay on one line
        cells = "".join(f"<td align='right'>{_bold(e(cell_text(c, figures.value(c))).replace(' ', '&nbsp;'), bold)}</td>"
                        for c in section.columns)
        body.append(f"<tr><td>{indent}{_bold(e(row_title(section, code)), bold)}</td>{cells}</tr>")
    indicator = QCoreApplication.translate("QuarterlyReport", "Indicator")
    first = f"<th bgcolor='#e8e8e8' align='left' width='{LABEL_WIDTH}%'>{e(indicator)}</th>"
    return f"{_TABLE}<thead><tr>{first}{head}</tr></thead>{''.join(body)}</table>"


def _totals_table(report: QuarterlyReport, section: TemplateSection) -> str:
    """The totals as a list: a line per figure (one wide row of amounts would not fit a page)."""
    e = html.escape
    totals = report.section(section.code)[TOTAL]
    body = "".join(f"<tr><td width='70%'>{e(column_label(c))}</td>"
                   f"<td align='right'><b>{e(cell_text(c, totals.value(c)))}</b></td></tr>" for c in section.columns)
    return f"{_TABLE}{body}</table>"


def page_layout() -> QPageLayout:
    """A4 landscape: six columns of figures and amounts up to billions of tenge stay on one line."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(20, 12, 12, 12), QPageLayout.Unit.Millimeter)


def html_document(body_html: str) -> QTextDocument:
    return document(body_html)


def pdf_of(doc: QTextDocument, doc_title: str, layout: QPageLayout | None = None) -> tuple[bytes, int]:
    """The document as A4 PDF bytes, with the number of pages."""
    return pdf_bytes(lambda writer: doc.print_(writer), doc_title, layout or page_layout())


def xlsx_of(report: QuarterlyReport, template: QuarterlyTemplate) -> tuple[bytes, int]:
    """One sheet: the title lines, then each section's table; counts as integers, amounts as tenge
    numbers with two decimals. Returns the bytes and the number of data rows."""
    xl = openpyxl()
    Workbook = xl.Workbook
    Alignment = xl.Alignment
    Font = xl.Font
    PatternFill = xl.PatternFill
    get_column_letter = xl.get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _t("sheet")[:31]
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="E8E8E8")
    for line in [*header_lines(report), title(template), period_text(report),
                 _t("deadline").format(report.quarter.deadline.strftime("%d.%m.%Y"))]:
        sheet.append([line])
    sheet["A1"].font = bold
    sheet.cell(row=len(header_lines(report)) + 1, column=1).font = Font(bold=True, size=12)
    data_rows = 0
    width = 1
    for section in template.sections:
        sheet.append([])
        sheet.append([section_title(section)])
        sheet.cell(row=sheet.max_row, column=1).font = bold
        sheet.append([QCoreApplication.translate("QuarterlyReport", "Indicator"), *(column_label(c) for c in section.columns)])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = bold, grey
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        rows = report.section(section.code)
        for code in section.rows:
            figures = rows[code]
            values = [tenge(figures.value(c)) if c in AMOUNT_COLUMNS else figures.value(c) for c in section.columns]
            sheet.append([row_title(section, code), *values])
            data_rows += 1
            for index, column in enumerate(section.columns, start=2):
                if column in AMOUNT_COLUMNS:
                    sheet.cell(row=sheet.max_row, column=index).number_format = "#,##0.00"
            if code == TOTAL:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        width = max(width, len(section.columns) + 1)
    if template.signature:
        sheet.append([])
        for signature in template.signature:
            name = report.body.head if signature.code == "head" and report.body.head else ""
            sheet.append([signature_title(signature), "______________________", name])
    sheet.column_dimensions["A"].width = 48
    for index in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), data_rows


def save_quarterly(registry: Registry, actor: Actor, *, year: int, quarter: int, path: Path,
                   template: Path | None = None) -> SavedPrintout:
    """The quarterly information for ``quarter`` (1-4) of ``year`` at ``path`` (.pdf, .xlsx or .json);
    ``template``: the body's own layout file (docs/quarterly.md), else the default."""
    fmt = output_format(path, FORMATS)
    service = QuarterlyService(registry.store)
    extra: dict[str, object] = {"year": year, "quarter": quarter}
    if fmt == "json":
        report = service.save_json(year, quarter, path, actor)
        return SavedPrintout(path, fmt, rows=report.totals.received, extra={**extra, **_totals(report)})
    layout = load_template(template)  # a bad template is refused before anything is counted
    report = service.report(year, quarter, actor)
    if fmt == "pdf":
        body, pages = pdf_of(html_document(quarterly_html(report, layout)), title(layout))
        write_recorded(path, body, lambda: service.record_output(report, "pdf", actor), private=False)
        return SavedPrintout(path, fmt, pages=pages, rows=report.totals.received, extra={**extra, **_totals(report)})
    body, rows = xlsx_of(report, layout)
    write_recorded(path, body, lambda: service.record_output(report, "xlsx", actor), private=False)
    return SavedPrintout(path, fmt, rows=rows, extra={**extra, **_totals(report)})


def error_message(exc: BaseException) -> str:
    """What the clerk reads when saving fails; a template's problem names its place in the file."""
    text = describe(exc)
    parts = [text.headline, text.advice]
    if isinstance(exc, ClerkError) and exc.code.startswith("quarterly.template"):
        parts.append(exc.message)
    return " ".join(p for p in parts if p)


def _totals(report: QuarterlyReport) -> dict[str, object]:
    return {"deadline": report.quarter.deadline.isoformat(), "totals": report.totals.as_dict()}


def preview_quarterly(parent: QWidget, registry: Registry, actor: Actor, report: QuarterlyReport,
                      template: QuarterlyTemplate) -> None:
    """The print preview in A4 landscape, whose print button sends it to a printer; recorded as printed."""
    QuarterlyService(registry.store).record_output(report, "print", actor)
    show_preview(parent, html_document(quarterly_html(report, template)), title(template))


def show_preview(parent: QWidget, doc: QTextDocument, doc_title: str) -> None:
    """A module function: tests replace it."""
    show_print_preview(parent, doc_title, page_layout(), doc.print_)
