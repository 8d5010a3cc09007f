"""The registration-control card of one appeal or letter on A4 portrait: the body, every field of the
card as the card view labels them, its electronic copies, its execution control and the whole
history (registration, control events, edited fields with old and new values; who and when, Astana
time), oldest first as on a paper card. The card's QR code (the stamp's payload) stands at the top
right of the first page; every page is numbered."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.slips import CardSheet, SlipService
from ui import card_texts, copy_texts, due_dates, formatting, labels
from ui.card_data import CardView
from ui.card_fields import (
    CONTENT_FIELDS,
    INCOMING_ONLY,
    OUTGOING_ONLY,
    REGISTRATION_FIELDS,
    field_values,
    linked_cards,
)
from ui.card_history import history_entries
from ui.control_panel import CardRef, ControlDetails, executors_text
from ui.printed_document import document
from ui.printing import slip_pages
from ui.printing.qr import paint_qr
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.slip_pages import Pages

CONTEXT = "CardSheet"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, RIGHT, BOTTOM = 20.0, 15.0, 12.0, 15.0  # the binding margin on the left
QR_SIDE = 28.0
FOOTER = 6.0  # mm under the text for the page number
TABLE = ("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
         "style='border-color:#9a9a9a; border-style:solid; border-collapse:collapse; font-size:9pt'>")



def sheet_title(sheet: CardSheet) -> str:
    return QCoreApplication.translate("CardSheet", "Registration-control card No. {0}").format(sheet.card.number)


def _view(sheet: CardSheet) -> CardView:
    card = sheet.card
    control = ControlDetails(
        card=CardRef(card.id, card.number), state=sheet.control, events=sheet.events, names=sheet.staff_names,
        staff=(), replies=sheet.reply_numbers,
    )
    return CardView(card=card, changes=sheet.changes, control=control, journal=sheet.journal)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _who(sheet: CardSheet, login: str) -> str:
    name = sheet.user_names.get(login)
    return f"{name} ({login})" if name and name != login else login


def _field_rows(sheet: CardSheet, view: CardView) -> list[tuple[str, str]]:
    card = sheet.card
    values = field_values(view)
    values["registered_by"] = _who(sheet, card.registered_by)
    for name, refs in linked_cards(card).items():
        values[name] = ", ".join(ref.number for ref in refs)
    skip = OUTGOING_ONLY if card.direction.value == "incoming" else INCOMING_ONLY
    rows = []
    for code in (*REGISTRATION_FIELDS, *CONTENT_FIELDS):
        value = values.get(code, "")
        if code in skip and value in ("", card_texts.EMPTY):
            continue
        if code in ("answers", "replies", "repeat_of", "repeats") and not value:
            continue
        rows.append((card_texts.field_name(code, card.direction), value or card_texts.EMPTY))
    return rows


def _control_rows(sheet: CardSheet) -> list[tuple[str, str]]:
    state = sheet.control
    if state is None:
        return []
    rows = [(QCoreApplication.translate("CardSheet", "Status"), labels.control_status_label(state.status))]
    if state.due_on is not None:
        rows.append((QCoreApplication.translate("CardSheet", "Due date"), due_dates.day(state.due_on)))
    if state.executors:
        rows.append((QCoreApplication.translate("CardSheet", "Executors"), executors_text(state.executors, sheet.staff_names)))
    if state.resolution:
        rows.append((QCoreApplication.translate("CardSheet", "Resolution"), state.resolution))
    if state.result is not None:
        rows.append((QCoreApplication.translate("CardSheet", "Result"), labels.control_result_label(state.result)))
    return rows


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='32%' style='color:#333'>{_esc(caption)}</td><td>{_esc(value)}</td></tr>" for caption, value in rows
    )
    return f"{TABLE}{cells}</table>"


def _heading(text: str) -> str:
    return f"<h3>{_esc(text)}</h3>"


def sheet_html(sheet: CardSheet) -> str:
    view = _view(sheet)
    body = sheet.body.body if sheet.body is not None else None
    head = []
    if body is not None:
        head.append(f"<p style='margin:0'><b>{_esc(body.name)}</b></p>")
        if body.bin:
            bin_text = QCoreApplication.translate("CardSheet", "BIN {0}").format(body.bin)
            head.append(f"<p style='margin:0'>{_esc(bin_text)}</p>")
    printed = QCoreApplication.translate("CardSheet", "Printed {0} (Astana time) by {1}").format(formatting.date_time(sheet.printed_at), _who(sheet, sheet.printed_by))
    # The right column leaves room for the QR code painted over the first page.
    parts = [
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='78%'>",
        *head,
        f"<h2 style='margin-top:8px'>{_esc(sheet_title(sheet))}</h2>",
        f"<p style='margin:0'>{_esc(printed)}</p>",
        "</td><td width='22%'>&nbsp;</td></tr></table>",
        _heading(QCoreApplication.translate("CardSheet", "Registration and content")),
        _table(_field_rows(sheet, view)),
    ]
    if sheet.copies:
        copies = [
            (f"{i}. {copy_texts.role_label(c.role)}",
             QCoreApplication.translate("CardSheet", "{0}, pages: {1}; added {2} by {3}").format(
                 copy_texts.format_label(c.format), c.page_count, formatting.date_time(c.added_at), c.added_by))
            for i, c in enumerate(sheet.copies, 1)
        ]
        parts += [_heading(QCoreApplication.translate("CardSheet", "Electronic copies")), _table(copies)]
    control = _control_rows(sheet)
    if control:
        parts += [_heading(QCoreApplication.translate("CardSheet", "Execution control")), _table(control)]
    entries = list(reversed(history_entries(view)))  # oldest first, as on a paper card
    rows = "".join(
        f"<tr><td>{_esc(formatting.date_time(e.when))}</td><td>{_esc(_who(sheet, e.who))}</td>"
        f"<td><b>{_esc(e.what)}</b>{'<br>' + _esc(e.details) if e.details else ''}</td></tr>"
        for e in entries
    )
    when, who, what = _esc(QCoreApplication.translate("CardSheet", "When")), _esc(QCoreApplication.translate("CardSheet", "Who")), _esc(QCoreApplication.translate("CardSheet", "What happened"))
    parts += [
        _heading(QCoreApplication.translate("CardSheet", "History")),
        TABLE,
        f"<thead><tr><th width='20%' align='left'>{when}</th><th width='22%' align='left'>{who}</th>"
        f"<th align='left'>{what}</th></tr></thead>{rows}</table>",
    ]
    return "".join(parts)


def paint_sheet(pages: Pages, sheet: CardSheet) -> int:
    doc = document(sheet_html(sheet))
    painter = pages.painter
    body = pages.rect(LEFT, TOP, PAGE_W - LEFT - RIGHT, PAGE_H - TOP - BOTTOM - FOOTER)

    def decorate(index: int, count: int) -> None:
        if index == 0:
            paint_qr(painter, sheet.qr_payload, pages.rect(PAGE_W - RIGHT - QR_SIDE, TOP - 2, QR_SIDE, QR_SIDE))
        painter.setFont(pages.font(8))
        footer = QCoreApplication.translate("CardSheet", "Card No. {0} — page {1} of {2}").format(sheet.card.number, index + 1, count)
        painter.drawText(QRectF(body.left(), pages.mm(PAGE_H - BOTTOM - FOOTER + 2), body.width(), pages.mm(FOOTER)),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), footer)

    return slip_pages.paint_document(pages, doc, body, decorate=decorate)


def _layout() -> QPageLayout:
    return slip_pages.page_layout(PAGE_W, PAGE_H, QPageSize.PageSizeId.A4)


def save_card_sheet(registry: Registry, actor: Actor, *, card_ref: str, path: Path) -> SavedPrintout:
    """The card as a PDF (recorded in the audit trail as a print)."""
    output_format(path, ("pdf",))
    sheet = SlipService(registry.store).card_sheet(card_ref, actor)
    pages = slip_pages.write_pdf(path, _layout(), sheet_title(sheet), lambda p: paint_sheet(p, sheet), private=True)
    return SavedPrintout(path=path, format="pdf", pages=pages, rows=1, extra={"number": sheet.card.number})


def load_card(registry: Registry, actor: Actor, card_ref: str) -> CardSheet:
    """What the card's preview shows (reads and records the store: off the GUI thread)."""
    return SlipService(registry.store).card_sheet(card_ref, actor)


def preview_card(parent: QWidget | None, sheet: CardSheet) -> None:
    """The print preview of the card (print or save as PDF from there)."""
    slip_pages.preview(parent, sheet_title(sheet), _layout(), lambda p: paint_sheet(p, sheet))


def print_card(parent: QWidget | None, registry: Registry, actor: Actor, card_ref: str) -> None:
    preview_card(parent, load_card(registry, actor, card_ref))
