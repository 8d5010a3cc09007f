"""The applicant's receipt (талон, cl. 10): the confirmation that a paper appeal was accepted, with
the body, the registration number, the date and time (Astana), the clerk who accepted it, the due
date of the answer and a QR code of the card (the same payload as the stamp: a scan of the receipt
is filed under the card too).

The page is A4 portrait cut in two along a dashed line: the upper half (A5 landscape) is the receipt
the applicant takes away, the lower half the counterfoil the body keeps with the applicant's
signature. Half of A4 rather than A6 or a receipt printer: every office has an A4 printer and its
paper, and the counterfoil comes out of the same sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPen
from PySide6.QtWidgets import QWidget

from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.slips import Receipt, SlipService
from ui import due_dates, formatting
from ui.printing import slip_pages
from ui.printing.qr import paint_qr
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.slip_pages import Pages

CONTEXT = "Receipt"
PAGE_W, PAGE_H = 210.0, 297.0
HALF = PAGE_H / 2
VALUE_HEIGHT = 12.0  # mm: at most three lines of a value
MARGIN = 12.0
QR_SIDE = 32.0  # mm with the quiet zone: the symbol itself about 26 mm, read at 200 dpi and above
EMPTY = "—"



def receipt_title(receipt: Receipt) -> str:
    return QCoreApplication.translate("Receipt", "Receipt No. {0}").format(receipt.number)


def _body_lines(receipt: Receipt) -> tuple[str, list[str]]:
    if receipt.body is None:
        return QCoreApplication.translate("Receipt", "Pre-trial settlement body (not entered in Settings)"), []
    body = receipt.body.body
    details = []
    if body.bin:
        details.append(QCoreApplication.translate("Receipt", "BIN {0}").format(body.bin))
    if body.address:
        details.append(body.address)
    if body.phone:
        details.append(QCoreApplication.translate("Receipt", "Phone {0}").format(body.phone))
    return body.name, details


MAX_NAMES = 3  # a collective appeal: the first names and how many more, so that the half-sheet holds


def _applicants(names: tuple[str, ...]) -> str:
    if not names:
        return EMPTY
    shown = "; ".join(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += " " + QCoreApplication.translate("Receipt", "and {0} more").format(formatting.count(len(names) - MAX_NAMES))
    return shown


def _rows(receipt: Receipt, *, counterfoil: bool) -> list[tuple[str, str]]:
    rows = [
        (QCoreApplication.translate("Receipt", "Registration number"), receipt.number),
        (QCoreApplication.translate("Receipt", "Date and time of registration"), f"{formatting.date_time(receipt.registered_at)} " + QCoreApplication.translate("Receipt", "(Astana time)")),
        (QCoreApplication.translate("Receipt", "From"), _applicants(receipt.applicants)),
    ]
    if receipt.sheet_count:
        rows.append((QCoreApplication.translate("Receipt", "Sheets"), formatting.count(receipt.sheet_count)))
    rows.append((QCoreApplication.translate("Receipt", "Accepted by"), receipt.received_by_name))
    if not counterfoil:
        rows.append((QCoreApplication.translate("Receipt", "Answer due by"), due_dates.day(receipt.due_on) if receipt.due_on else EMPTY))
    return rows


def paint_receipt(pages: Pages, receipt: Receipt) -> int:
    painter = pages.painter
    text_width = PAGE_W - 2 * MARGIN - QR_SIDE - 6
    for top, counterfoil in ((0.0, False), (HALF, True)):
        y = top + MARGIN
        name, details = _body_lines(receipt)
        painter.setFont(pages.font(10.5, bold=True))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        box = pages.rect(MARGIN, y, text_width, 14)
        used = painter.boundingRect(box, flags, name)
        painter.drawText(box, flags, name)
        y += used.height() / pages.dots_per_mm + 1
        painter.setFont(pages.font(8.5))
        for line in details:
            painter.drawText(pages.rect(MARGIN, y, text_width, 5), flags, line)
            y += 4.2
        y += 3
        heading = QCoreApplication.translate("Receipt", "Counterfoil of receipt No. {0}") if counterfoil else QCoreApplication.translate("Receipt", "RECEIPT No. {0}")
        painter.setFont(pages.font(13, bold=True))
        painter.drawText(pages.rect(MARGIN, y, text_width, 8), flags, heading.format(receipt.number))
        y += 8
        painter.setFont(pages.font(9))
        note = (QCoreApplication.translate("Receipt", "Kept by the body. The applicant's signature confirms that the receipt was handed over.")
                if counterfoil else QCoreApplication.translate("Receipt", "Your appeal has been accepted and registered (cl. 10 of the Rules)."))
        painter.drawText(pages.rect(MARGIN, y, text_width, 10), flags, note)
        y += 9
        for caption, value in _rows(receipt, counterfoil=counterfoil):
            painter.setFont(pages.font(9.5))
            painter.drawText(pages.rect(MARGIN, y, 55, 10), flags, caption + ":")
            painter.setFont(pages.font(10.5, bold=caption == QCoreApplication.translate("Receipt", "Registration number")))
            value_box = pages.rect(MARGIN + 56, y, PAGE_W - 2 * MARGIN - 56, VALUE_HEIGHT)
            used = painter.boundingRect(value_box, flags, value)
            painter.drawText(value_box, flags, value)  # clipped to the box: the rows below keep their place
            y += max(6.5, min(used.height() / pages.dots_per_mm, VALUE_HEIGHT) + 1.5)
        y = max(y + 4, top + HALF - MARGIN - 12)
        painter.setFont(pages.font(9))
        if counterfoil:
            signature = QCoreApplication.translate("Receipt", "Receipt received by the applicant: ____________________ (signature)")
        else:
            signature = QCoreApplication.translate("Receipt", "Accepted by: ____________________ (signature)")
        painter.drawText(pages.rect(MARGIN, y, PAGE_W - 2 * MARGIN, 6), flags, signature)
        if not counterfoil:
            painter.setFont(pages.font(7.5))
            painter.drawText(pages.rect(MARGIN, y + 6, PAGE_W - 2 * MARGIN, 5), flags,
                             QCoreApplication.translate("Receipt", "Keep this receipt: quote its number when you ask about your appeal."))
        paint_qr(painter, receipt.qr_payload, pages.rect(PAGE_W - MARGIN - QR_SIDE, top + MARGIN, QR_SIDE, QR_SIDE))
    pen = QPen(Qt.GlobalColor.gray)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setWidthF(pages.mm(0.3))
    painter.setPen(pen)
    painter.drawLine(QPointF(pages.mm(5), pages.mm(HALF)), QPointF(pages.mm(PAGE_W - 5), pages.mm(HALF)))
    painter.setPen(QPen(Qt.GlobalColor.gray))
    painter.setFont(pages.font(7))
    painter.drawText(QRectF(pages.mm(5), pages.mm(HALF - 4), pages.mm(PAGE_W - 10), pages.mm(3.5)),
                     int(Qt.AlignmentFlag.AlignRight), QCoreApplication.translate("Receipt", "✂ cut here"))
    return 1


def _layout() -> QPageLayout:
    return slip_pages.page_layout(PAGE_W, PAGE_H, QPageSize.PageSizeId.A4)


def save_receipt(registry: Registry, actor: Actor, *, card_ref: str, path: Path) -> SavedPrintout:
    """The receipt of an incoming appeal as a PDF (recorded in the audit trail as a print)."""
    output_format(path, ("pdf",))
    receipt = SlipService(registry.store).receipt(card_ref, actor)
    pages = slip_pages.write_pdf(path, _layout(), receipt_title(receipt),
                                 lambda p: paint_receipt(p, receipt), private=True)
    return SavedPrintout(path=path, format="pdf", pages=pages, rows=1, extra={"number": receipt.number})


def load_receipt(registry: Registry, actor: Actor, card_ref: str) -> Receipt:
    """What the receipt's preview shows (reads and records the store: off the GUI thread)."""
    return SlipService(registry.store).receipt(card_ref, actor)


def preview_receipt(parent: QWidget | None, receipt: Receipt) -> None:
    """The print preview of the receipt (print or save as PDF from there)."""
    slip_pages.preview(parent, receipt_title(receipt), _layout(), lambda p: paint_receipt(p, receipt))


def print_receipt(parent: QWidget | None, registry: Registry, actor: Actor, card_ref: str) -> None:
    preview_receipt(parent, load_receipt(registry, actor, card_ref))
