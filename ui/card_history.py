"""The full history of a card: its registration, every edited field (old and new value) and every
event of its execution control, merged in time order, newest first, in one table of three columns
(when, who, what) that fits beside the card's fields: what happened is the first line of the third
column and its details the lines under it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui import card_texts, formatting, labels
from ui.card_data import CardView
from ui.control_panel import event_details

WHO_WIDTH = 130  # a longer name wraps; what happened takes the rest of the width


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime  # UTC
    who: str
    what: str
    details: str
    rank: int  # at the same moment: registration (0) before control (1) before edits (2)


def change_details(field: str, old: object, new: object) -> str:
    before, after = card_texts.value_text(field, old), card_texts.value_text(field, new)
    if "\n" in before or "\n" in after:
        return f"{before}\n→ {after}"
    return f"{before} → {after}"


def history_entries(view: CardView) -> list[HistoryEntry]:
    """Translated, newest first. The sort is stable, so the fields of one edit keep their order."""
    card = view.card
    entries = [
        HistoryEntry(
            card.registered_at,
            card.registered_by,
            QCoreApplication.translate("CardHistory", "Registered"),
            QCoreApplication.translate("CardHistory", "No. {0}, workstation {1}").format(card.number, card.station),
            0,
        )
    ]
    for event in view.control.events:
        entries.append(
            HistoryEntry(
                event.occurred_at,
                event.actor,
                labels.control_event_label(event.event),
                event_details(event, view.control),
                1,
            )
        )
    for change in view.changes:
        entries.append(
            HistoryEntry(
                change.changed_at,
                change.changed_by,
                QCoreApplication.translate("CardHistory", "Changed: {0}").format(
                    card_texts.field_name(change.field, card.direction)
                ),
                change_details(change.field, change.old_value, change.new_value),
                2,
            )
        )
    return sorted(entries, key=lambda entry: (entry.when, entry.rank), reverse=True)


class HistoryColumn:
    WHEN, WHO, WHAT = range(3)


class CardHistory(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("card_history")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # the rows grow to the wrapped text
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        # What happened follows the table's width: the rows' heights follow the wrapping.
        header.sectionResized.connect(self._fit_rows)
        self.entries: list[HistoryEntry] = []
        self.retranslate()

    def fill(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.setRowCount(len(entries))
        for line, entry in enumerate(entries):
            what = f"{entry.what}\n{entry.details}" if entry.details else entry.what
            cells = (formatting.date_time(entry.when), entry.who, what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text:
                    item.setToolTip(f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.setItem(line, column, item)
        for column, widest in ((HistoryColumn.WHEN, None), (HistoryColumn.WHO, WHO_WIDTH)):
            self.resizeColumnToContents(column)
            width = self.columnWidth(column) + 8
            self.setColumnWidth(column, min(width, widest) if widest else width)
        self._fit_rows()
        self.scrollToTop()

    def row_texts(self, line: int) -> tuple[str, ...]:
        """What a row says, column by column (tests, screenshots)."""
        items = (self.item(line, column) for column in range(self.columnCount()))
        return tuple(item.text() if item is not None else "" for item in items)

    def _fit_rows(self, *_: object) -> None:
        self.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What happened")])
