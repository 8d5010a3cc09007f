"""What the clerk reads for the codes of the quarterly information and the public register: the
respondent's field of activity, the report's columns, sections and rows (kinds, results and refusal
reasons reuse ui.labels, translated once for the whole interface)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.control import ControlResult, RefusalReason
from clerk_app.domain.enums import ActivityField, AppealKind
from clerk_app.domain.quarterly import TOTAL, UNSPECIFIED, Section
from ui import formatting
from ui.labels import activity_field_label, control_result_label, kind_label, refusal_reason_label

CONTEXT = "QuarterlyReport"

COLUMNS = {
    "received": QT_TRANSLATE_NOOP("QuarterlyReport", "Received"),
    "claimed_received_tiyn": QT_TRANSLATE_NOOP("QuarterlyReport", "Claimed in those received, ₸"),
    "considered": QT_TRANSLATE_NOOP("QuarterlyReport", "Considered"),
    "claimed_considered_tiyn": QT_TRANSLATE_NOOP("QuarterlyReport", "Claimed in those considered, ₸"),
    "recovered_tiyn": QT_TRANSLATE_NOOP("QuarterlyReport", "Recovered for consumers, ₸"),
    "pending": QT_TRANSLATE_NOOP("QuarterlyReport", "Pending at the quarter's end"),
}
SECTIONS = {
    Section.BY_KIND: QT_TRANSLATE_NOOP("QuarterlyReport", "1. Appeals by kind (cl. 5)"),
    Section.BY_RESULT: QT_TRANSLATE_NOOP("QuarterlyReport", "2. Appeals considered, by result"),
    Section.BY_ACTIVITY: QT_TRANSLATE_NOOP("QuarterlyReport", "3. Appeals by the respondent's field of activity"),
    Section.TOTALS: QT_TRANSLATE_NOOP("QuarterlyReport", "4. Totals"),
}
T = {
    "row": QT_TRANSLATE_NOOP("QuarterlyReport", "Indicator"),
    "total": QT_TRANSLATE_NOOP("QuarterlyReport", "Total"),
    "unspecified": QT_TRANSLATE_NOOP("QuarterlyReport", "Not specified"),
    "reason": QT_TRANSLATE_NOOP("QuarterlyReport", "including: {0}"),
}


def tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def activity_label(code: str | None) -> str:
    if code in {a.value for a in ActivityField}:
        return activity_field_label(ActivityField(code))
    return tr(str(T["unspecified"]))


def column_label(column: str) -> str:
    return tr(str(COLUMNS[column]))


def section_label(section: str) -> str:
    return tr(str(SECTIONS[section]))


def total_label() -> str:
    return tr(str(T["total"]))


def row_label(section: str, code: str) -> str:
    """The built-in title of a row: a kind, a result (a refusal's reason indented under it), a field."""
    if code == TOTAL:
        return total_label()
    if code == UNSPECIFIED:
        return tr(str(T["unspecified"]))
    if section == Section.BY_KIND:
        return kind_label(AppealKind(code))
    if section == Section.BY_RESULT:
        result, _, reason = code.partition(".")
        if reason:
            return tr(str(T["reason"])).format(refusal_reason_label(RefusalReason(reason)))
        return control_result_label(ControlResult(result))
    if section == Section.BY_ACTIVITY:
        return activity_label(code)
    return code


def tenge(tiyn: int) -> Decimal:
    return Decimal(tiyn) / 100


def amount_text(tiyn: int) -> str:
    return formatting.amount(tenge(tiyn))
