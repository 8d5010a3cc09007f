"""Registration stamp labels (issue 8, item 4): the body, the registration number, the date and a QR
code holding the card's id and number, stuck on the first page of the paper appeal; the scanner
(issue 9) reads the code back and files the scan under the card.

Layouts: ``a4-3x8`` — A4 sheets of 24 self-adhesive labels of 70×37 mm (3 across, 8 down, the
common office stock), several cards on one sheet; ``single-58x40`` — one 58×40 mm label per page,
for a label printer. The QR code is at least 22 mm across without its quiet zone, so it reads in a
scan at 200 dpi and above."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.slips import SlipService, StampLabel
from ui import due_dates
from ui.printing import slip_pages
from ui.printing.qr import paint_qr
from ui.printing.saved import SavedPrintout, output_format
from ui.printing.slip_pages import Pages

CONTEXT = "StampLabel"


@dataclass(frozen=True)
class LabelSheet:
    """Where the labels are on the paper, in millimetres."""

    page: tuple[float, float]
    size_id: QPageSize.PageSizeId | None
    label: tuple[float, float]
    columns: int
    rows: int
    origin: tuple[float, float]  # the first label's top left corner
    qr_side: float  # with the quiet zone
    padding: float


LAYOUTS = {
    # 3 × 70 = 210 mm across, 8 × 37 = 296 mm down: the half millimetre left over goes on top
    "a4-3x8": LabelSheet((210.0, 297.0), QPageSize.PageSizeId.A4, (70.0, 37.0), 3, 8, (0.0, 0.5), 31.0, 3.0),
    "single-58x40": LabelSheet((58.0, 40.0), None, (58.0, 40.0), 1, 1, (0.0, 0.0), 30.0, 2.0),
}



def stamps_title(labels: Sequence[StampLabel]) -> str:
    if len(labels) == 1:
        return QCoreApplication.translate("StampLabel", "Registration stamp No. {0}").format(labels[0].number)
    return QCoreApplication.translate("StampLabel", "Registration stamps: {0}").format(len(labels))


def _fitted_size(pages: Pages, text: str, width: float, largest: float, *, bold: bool) -> float:
    """The largest point size (down to 5 pt) at which the text fits the width on one line."""
    size = largest
    while size > 5 and QFontMetricsF(pages.font(size, bold=bold), pages.device).horizontalAdvance(text) > width:
        size -= 0.5
    return size


def paint_label(pages: Pages, label: StampLabel, sheet: LabelSheet, left: float, top: float) -> None:
    painter = pages.painter
    width, height = sheet.label
    pad = sheet.padding
    qr_top = top + (height - sheet.qr_side) / 2
    paint_qr(painter, label.qr_payload, pages.rect(left + width - pad - sheet.qr_side + 0.5, qr_top, sheet.qr_side, sheet.qr_side))
    text_left, text_width = left + pad, width - 2 * pad - sheet.qr_side + 0.5
    box_width = pages.mm(text_width)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    y = top + pad
    if label.body_name:
        painter.setFont(pages.font(6))
        box = pages.rect(text_left, y, text_width, 10)
        used = painter.boundingRect(box, flags, label.body_name)
        painter.drawText(box, flags, label.body_name)
        y += min(used.height() / pages.dots_per_mm, 10) + 1
    painter.setFont(pages.font(6.5))
    painter.drawText(pages.rect(text_left, y, text_width, 4), flags, QCoreApplication.translate("StampLabel", "Registered"))
    y += 3.5
    painter.setFont(pages.font(_fitted_size(pages, label.number, box_width, 10, bold=True), bold=True))
    painter.drawText(QRectF(pages.mm(text_left), pages.mm(y), box_width, pages.mm(6)),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), label.number)
    y += 5.5
    painter.setFont(pages.font(8))
    painter.drawText(pages.rect(text_left, y, text_width, 5), flags, due_dates.day(label.registered_on))


def paint_labels(pages: Pages, labels: Sequence[StampLabel], sheet: LabelSheet) -> int:
    per_page = sheet.columns * sheet.rows
    count = 0
    for index, label in enumerate(labels):
        place = index % per_page
        if place == 0:
            if count:
                pages.new_page()
            count += 1
        column, row = place % sheet.columns, place // sheet.columns
        left = sheet.origin[0] + column * sheet.label[0]
        top = sheet.origin[1] + row * sheet.label[1]
        paint_label(pages, label, sheet, left, top)
    return count


def _sheet(layout: str) -> LabelSheet:
    sheet = LAYOUTS.get(layout)
    if sheet is None:
        raise ValidationError([FieldIssue(
            "layout", "print.unknown_layout", f"no label layout {layout!r}; the layouts are {', '.join(LAYOUTS)}",
            params={"layouts": list(LAYOUTS)},
        )])
    return sheet


def _page_layout(sheet: LabelSheet) -> QPageLayout:
    return slip_pages.page_layout(sheet.page[0], sheet.page[1], sheet.size_id)


def save_stamps(
    registry: Registry, actor: Actor, *, card_refs: Sequence[str], path: Path, layout: str = "a4-3x8"
) -> SavedPrintout:
    """Stamp labels of the cards, one each in the order given, as a PDF."""
    output_format(path, ("pdf",))
    sheet = _sheet(layout)
    labels = SlipService(registry.store).stamp_labels(card_refs, actor=actor)
    pages = slip_pages.write_pdf(path, _page_layout(sheet), stamps_title(labels),
                                 lambda p: paint_labels(p, labels, sheet), private=False)
    return SavedPrintout(path=path, format="pdf", pages=pages, rows=len(labels), extra={"layout": layout})


def print_stamps(
    parent: QWidget | None, registry: Registry, actor: Actor, card_refs: Sequence[str], layout: str = "a4-3x8"
) -> None:
    """The print preview of the labels (print or save as PDF from there)."""
    preview_stamps(parent, load_stamps(registry, actor, card_refs), layout)


def load_stamps(registry: Registry, actor: Actor, card_refs: Sequence[str]) -> list[StampLabel]:
    """The labels' data (reads the store: off the GUI thread)."""
    return SlipService(registry.store).stamp_labels(card_refs, actor=actor)


def preview_stamps(parent: QWidget | None, labels: list[StampLabel], layout: str = "a4-3x8") -> None:
    sheet = _sheet(layout)
    slip_pages.preview(parent, stamps_title(labels), _page_layout(sheet), lambda p: paint_labels(p, labels, sheet))
