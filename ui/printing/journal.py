"""The registration journal for a journal and period (issue 8, item 1): A4 landscape, a title page
with the body, the journal, the period and the sheet count for binding, then the entries oldest
first under a header repeated on every page, each page numbered "Page N of M".

``save_journal`` writes the PDF (the command and the dialog call it, also on a worker thread: a
QPdfWriter and a QPainter work off the GUI thread); ``preview_journal`` shows the print preview,
whose print button sends the same pages to a printer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from clerk_app.domain.enums import Direction
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.journal_print import JournalEntry, JournalHeading, JournalPrintService
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from ui import formatting
from ui.due_dates import day
from ui.fonts import FAMILY, register_bundled_fonts
from ui.journal_view import journal_title
from ui.labels import control_result_label, control_status_label, kind_label
from ui.printing.pdf_output import pdf_bytes, show_print_preview, write_recorded
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.table_painter import TableColumn, TablePainter

MAX_NAMES = 5  # a collective appeal lists its first applicants and counts the others
PDF_RESOLUTION = 300
IN_MEMORY_ROWS = 30_000  # up to this many entries are read once and kept (a few tens of MB)
_fonts_ready = False




def ensure_fonts() -> None:
    """The bundled DejaVu Sans, added once per process (every Kazakh letter embedded in the PDF)."""
    global _fonts_ready
    if not _fonts_ready:
        register_bundled_fonts()
        _fonts_ready = True


def landscape_layout() -> QPageLayout:
    """A4 landscape; the wider left margin is the binding edge."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(25, 12, 10, 10), QPageLayout.Unit.Millimeter)


def journal_columns(direction: Direction) -> list[TableColumn]:
    incoming = direction is Direction.INCOMING
    return [
        TableColumn(QCoreApplication.translate("JournalPrint", "No."), 9, centred=True),
        TableColumn(QCoreApplication.translate("JournalPrint", "Registration date"), 7.5, centred=True),
        TableColumn(QCoreApplication.translate("JournalPrint", "From whom") if incoming else QCoreApplication.translate("JournalPrint", "To whom"), 14),
        TableColumn(QCoreApplication.translate("JournalPrint", "Kind and summary") if incoming else QCoreApplication.translate("JournalPrint", "Summary"), 29),
        TableColumn(QCoreApplication.translate("JournalPrint", "Executor"), 10.5),
        TableColumn(QCoreApplication.translate("JournalPrint", "Due date"), 7, centred=True),
        TableColumn(QCoreApplication.translate("JournalPrint", "Execution mark and result"), 23),
    ]


def _names(entry: JournalEntry) -> str:
    if entry.hidden:
        return QCoreApplication.translate("JournalPrint", "(personal data withheld)")
    names = list(entry.correspondents[:MAX_NAMES])
    more = len(entry.correspondents) - len(names)
    text = "\n".join(names)
    if more > 0:
        text += "\n" + QCoreApplication.translate("JournalPrint", "and %1 more").replace("%1", str(more))
    if entry.is_collective:
        text += "\n" + QCoreApplication.translate("JournalPrint", "(collective)")
    return text


def _kind_and_summary(entry: JournalEntry) -> str:
    lines = [kind_label(entry.kind)] if entry.kind and entry.status is not None else []
    if entry.summary:
        lines.append(entry.summary)
    if entry.respondent:
        lines.append(QCoreApplication.translate("JournalPrint", "Respondent: %1").replace("%1", entry.respondent))
    return "\n".join(lines)


def _mark(entry: JournalEntry) -> str:
    lines = []
    if entry.status is not None:
        status = control_status_label(entry.status)
        lines.append(f"{status}: {control_result_label(entry.result)}" if entry.result else status)
    if entry.resolution:
        lines.append(QCoreApplication.translate("JournalPrint", "Resolution: %1").replace("%1", entry.resolution))
    if entry.reply_number:
        lines.append(QCoreApplication.translate("JournalPrint", "Reply No. %1").replace("%1", entry.reply_number))
    if entry.answers_number:
        lines.append(QCoreApplication.translate("JournalPrint", "Reply to No. %1").replace("%1", entry.answers_number))
    return "\n".join(lines)


def entry_cells(entry: JournalEntry) -> tuple[str, ...]:
    return (
        entry.number, formatting.date_time(entry.registered_at), _names(entry), _kind_and_summary(entry),
        "\n".join(entry.executors), day(entry.due_on) if entry.due_on else "", _mark(entry),
    )


def period_text(start: date, end: date) -> str:
    return QCoreApplication.translate("JournalPrint", "from %1 to %2").replace("%1", day(start)).replace("%2", day(end))


def _paint_title(painter: QPainter, device: QPagedPaintDevice, heading: JournalHeading, sheets: int) -> None:
    width, height = float(device.width()), float(device.height())
    dots_per_mm = device.logicalDpiY() / 25.4
    lines: list[tuple[str, float, bool]] = []  # text, point size, bold
    lines.append((heading.body_name or QCoreApplication.translate("JournalPrint", "(the body is not entered in Settings)"), 16, True))
    if heading.body_bin:
        lines.append((QCoreApplication.translate("JournalPrint", "BIN %1").replace("%1", heading.body_bin), 12, False))
    lines += [("", 30, False), (journal_title(heading.journal).upper(), 22, True),
              (QCoreApplication.translate("JournalPrint", "Period: %1").replace("%1", period_text(heading.start, heading.end)), 14, False), ("", 20, False),
              (QCoreApplication.translate("JournalPrint", "Entries: %1").replace("%1", formatting.count(heading.entries)), 12, False),
              (QCoreApplication.translate("JournalPrint", "Contains %1 sheets").replace("%1", formatting.count(sheets)), 14, True)]
    y = height * 0.18
    for text, size, bold in lines:
        font = QFont(FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        painter.setFont(font)
        box = QRectF(width * 0.08, y, width * 0.84, height)
        flags = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value | Qt.TextFlag.TextWordWrap.value
        used = painter.boundingRect(box, flags, text or " ")
        if text:
            painter.drawText(box, flags, text)
        y += used.height() + 2 * dots_per_mm
    font = QFont(FAMILY)
    font.setPointSizeF(9)
    painter.setFont(font)
    printed = QCoreApplication.translate("JournalPrint", "Printed on %1").replace("%1", day(astana_today()))
    painter.drawText(QRectF(0, height - 12 * dots_per_mm, width, 10 * dots_per_mm),
                     (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom).value, printed)


def paint_journal(device: QPagedPaintDevice, heading: JournalHeading,
                  entries: Callable[[], Iterable[JournalEntry]]) -> int:
    """Lays the journal out on ``device`` (read once), then paints the title page and the table
    (read again); returns the pages, title page included: the sheet count for binding."""
    ensure_fonts()
    running = f"{journal_title(heading.journal)}, {period_text(heading.start, heading.end)}"
    if heading.body_name:
        running = f"{heading.body_name}. {running}"
    table = TablePainter(device, journal_columns(heading.journal.direction), running_title=running, point_size=7.5)
    cells: Callable[[], Iterable[Sequence[str]]]
    if heading.entries <= IN_MEMORY_ROWS:  # read once and kept: the store is not read twice
        kept = [entry_cells(e) for e in entries()]
        cells = lambda: kept  # noqa: E731
    else:  # streamed twice: only the row heights stay in memory
        cells = lambda: (entry_cells(e) for e in entries())  # noqa: E731
    layout = table.layout(cells())
    sheets = 1 + layout.pages
    painter = QPainter(device)
    try:
        _paint_title(painter, device, heading, sheets)
        device.newPage()
        painted = table.paint(painter, cells(), layout, first_page_number=2,
                              total_pages=sheets, new_page=device.newPage)
    finally:
        painter.end()
    if painted != layout.rows:
        raise ClerkError("the journal changed while it was printed; print it again", code="print.journal_changed")
    return sheets


def save_journal(registry: Registry, actor: Actor, *, direction: Direction, start: date, end: date,
                 path: Path) -> SavedPrintout:
    """The journal of ``direction`` for the Astana days ``start`` to ``end`` as a PDF at ``path``."""
    output_format(path, ("pdf",))
    service = JournalPrintService(registry.store)
    heading = service.heading(direction, start, end, actor)
    body, sheets = pdf_bytes(lambda device: paint_journal(device, heading, lambda: service.entries(heading, actor)),
                             journal_title(heading.journal), landscape_layout())
    write_recorded(path, body, lambda: service.record_printed(heading, actor, output="pdf", pages=sheets))
    return SavedPrintout(path, "pdf", pages=sheets, rows=heading.entries, extra={
        "sheets": sheets, "journal": heading.journal.code, "from": start.isoformat(), "to": end.isoformat(),
    })


PREVIEW_LIMIT = 2000  # entries: the preview paints every page on the GUI thread, a larger journal goes to PDF


def load_journal(registry: Registry, actor: Actor, direction: Direction, start: date,
                 end: date) -> tuple[JournalHeading, list[JournalEntry] | None]:
    """The heading and every entry, for the preview (which paints on the GUI thread); off the GUI
    thread. Recorded as printed: the preview's print button sends it to paper. Above
    ``PREVIEW_LIMIT`` entries only the heading (None for the entries): it is saved as PDF instead."""
    service = JournalPrintService(registry.store)
    heading = service.heading(direction, start, end, actor)
    if heading.entries > PREVIEW_LIMIT:
        return heading, None
    entries = list(service.entries(heading, actor))
    service.record_printed(heading, actor, output="printer", pages=0)
    return heading, entries


def show_preview(parent: QWidget | None, title: str, paint: Callable[[QPagedPaintDevice], object]) -> None:
    """The print preview in A4 landscape (a module function: tests replace it)."""
    show_print_preview(parent, title, landscape_layout(), paint)


def preview_loaded(parent: QWidget | None, heading: JournalHeading, entries: Sequence[JournalEntry]) -> None:
    show_preview(parent, journal_title(heading.journal), lambda printer: paint_journal(printer, heading, lambda: entries))


def preview_journal(parent: QWidget | None, registry: Registry, actor: Actor, direction: Direction, start: date,
                    end: date) -> None:
    """Loads the journal here (for a caller that has no worker) and shows the preview."""
    heading, entries = load_journal(registry, actor, direction, start, end)
    if entries is not None:
        preview_loaded(parent, heading, entries)
