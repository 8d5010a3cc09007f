"""The electronic copies of the selected card, under the journal: a compact list with a thumbnail of
each copy's first page, what it is, who attached it and when, and whether its text is recognised.

The list and the thumbnails are read on a worker (the copies runner, not the one serving journal
pages), one card at a time: moving through the journal with the arrow keys loads only the card the
clerk stops at. Thumbnails are kept by file hash, so coming back to a card shows them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.copies import ElectronicCopy
from clerk_app.services.registry import Registry
from ui import copy_texts, formatting, palette, session
from ui.card_on_screen import CardOnScreen
from ui.drops import local_files
from ui.thumbnails import THUMB_SIZE, Thumbnails
from ui.workers import Task, TaskRunner

ROW_PADDING = 6
COLUMN_AIR = 12  # pixels beside a column's widest text
VISIBLE_ROWS = 3  # the panel's natural height shows this many copies; the journal keeps the rest
SETTLE_MS = 150  # wait this long after the selection moves before reading the card's copies
EXCERPT_CHARS = 400  # recognised text shown in a tooltip


class CopyColumn(IntEnum):
    FILE = 0
    DOCUMENT = 1
    FORMAT = 2
    PAGES = 3
    ADDED = 4
    ADDED_BY = 5
    TEXT = 6


def column_title(column: CopyColumn) -> str:
    match column:
        case CopyColumn.FILE:
            return QCoreApplication.translate("CopiesPanel", "File")
        case CopyColumn.DOCUMENT:
            return QCoreApplication.translate("CopiesPanel", "Document")
        case CopyColumn.FORMAT:
            return QCoreApplication.translate("CopiesPanel", "Format")
        case CopyColumn.PAGES:
            return QCoreApplication.translate("CopiesPanel", "Pages")
        case CopyColumn.ADDED:
            return QCoreApplication.translate("CopiesPanel", "Added")
        case CopyColumn.ADDED_BY:
            return QCoreApplication.translate("CopiesPanel", "Added by")
        case CopyColumn.TEXT:
            return QCoreApplication.translate("CopiesPanel", "Text")


# --- on the worker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecognisedText:
    pages: int  # pages with a recognised text (possibly empty: a blank page)
    excerpt: str


@dataclass(frozen=True)
class CardCopies:
    card_id: str
    copies: tuple[ElectronicCopy, ...]
    texts: dict[str, RecognisedText]  # by file hash
    states: dict[str, str]  # recognition status by file hash: pending, running, done, failed


def load_card_copies(registry: Registry, card_id: str) -> CardCopies:
    copies = tuple(registry.copies.copies(card_id, actor=session.current()))  # a blocked card's copies stay hidden
    pages: dict[str, list[str]] = {}
    for sha256, _index, text in registry.ocr.card_texts(card_id):
        pages.setdefault(sha256, []).append(text)
    texts = {
        sha256: RecognisedText(len(found), " ".join(" ".join(found).split())[:EXCERPT_CHARS])
        for sha256, found in pages.items()
    }
    return CardCopies(card_id, copies, texts, registry.ocr.copy_states(card_id))


# --- on the GUI thread ----------------------------------------------------------------------------


class CopiesPanel(QFrame):
    filesDropped = Signal(object)  # list[Path], dropped on the panel: for the card it shows
    copyActivated = Signal(object)  # ElectronicCopy: a row double-clicked, or Enter on it (to view it)
    loaded = Signal()  # the list of the shown card is in (tests, screenshots)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copies_panel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._runner = runner
        self._registry: Registry | None = None
        self._row: CardOnScreen | None = None  # the card asked for
        self._shown: CardCopies | None = None
        self._list_task: Task[CardCopies] | None = None
        self._error: str | None = None
        self._recognition_off = False
        self._thumbnails = Thumbnails(self, runner, self._fill_table)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._load)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.attach_button = QPushButton()  # enabled by the window, with its attach action
        self.attach_button.setObjectName("attach_copies_button")
        self.attach_button.setEnabled(False)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.attach_button)

        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.placeholder.setPalette(palette.quiet(self.placeholder.palette()))  # a hint, not data
        self.placeholder.setContentsMargins(2, 4, 2, 4)
        self.table = QTableWidget(0, len(CopyColumn))
        self.table.setObjectName("copies_table")
        self._configure_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)

        self.setAcceptDrops(True)  # the table does not take drops: they come up to the panel
        self.retranslate()

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names keep their extension
        table.setIconSize(THUMB_SIZE)
        table.setAlternatingRowColors(True)
        # Tab goes from the journal to the button; a clicked row takes the focus, for Enter to open it
        table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        table.activated.connect(self._on_activated)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMB_SIZE.height() + ROW_PADDING)
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized in _fit_columns
        columns.setSectionResizeMode(CopyColumn.FILE, QHeaderView.ResizeMode.Stretch)

    def sizeHint(self) -> QSize:
        """Tall enough for the heading, the column titles and three copies: the splitter gives the
        journal everything else."""
        hint = super().sizeHint()
        margins = self._layout.contentsMargins()
        rows = self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        height = (
            margins.top()
            + self.attach_button.sizeHint().height()
            + self._layout.spacing()
            + self.table.horizontalHeader().sizeHint().height()
            + rows
            + 2 * self.table.frameWidth()
            + margins.bottom()
        )
        return QSize(hint.width(), height)

    # --- what the panel shows -------------------------------------------------------------------

    @property
    def card(self) -> CardOnScreen | None:
        return self._row

    @property
    def shown(self) -> CardCopies | None:
        """The copies on screen, once loaded (None while loading or with no card)."""
        return self._shown

    @property
    def loading(self) -> bool:
        return self._settle.isActive() or self._list_task is not None

    def set_registry(self, registry: Registry | None) -> None:
        """Another registry (or none): forget the card, its copies and the thumbnails."""
        self._drop_tasks()
        self._settle.stop()
        self._registry = registry
        self._row = None
        self._shown = None
        self._error = None
        self._thumbnails.clear()
        self._render()

    def show_card(self, row: CardOnScreen | None) -> None:
        """The card on screen; its copies are read once the selection stops moving."""
        if row is not None and self._row is not None and row.id == self._row.id:
            return
        self._drop_tasks()
        self._row = row
        self._shown = None
        self._error = None
        self._render()
        if row is not None and self._registry is not None:
            self._settle.start()
        else:
            self._settle.stop()

    def reload(self) -> None:
        """The shown card's copies changed (an attach) or got their text: read them again, keeping
        the list on screen meanwhile."""
        if self._row is not None and self._registry is not None and self._list_task is None:
            self._settle.stop()
            self._load()

    def set_recognition_off(self, off: bool) -> None:
        if off != self._recognition_off:
            self._recognition_off = off
            self._fill_table()

    def _drop_tasks(self) -> None:
        if self._list_task is not None:
            self._list_task.discard()
        self._list_task = None
        self._thumbnails.discard()

    def _load(self) -> None:
        registry, row = self._registry, self._row
        if registry is None or row is None:
            return
        card_id = str(row.id)
        self._list_task = self._runner.submit(
            lambda: load_card_copies(registry, card_id), success=self._on_loaded, failure=self._on_failed
        )

    def _on_loaded(self, copies: CardCopies) -> None:
        self._list_task = None
        self._shown = copies
        self._error = None
        self._render()
        self._load_thumbnails(copies)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        from ui.error_text import describe

        self._list_task = None
        text = describe(exc)
        self._error = f"{text.headline} {text.advice}"
        self._render()
        self.loaded.emit()

    def _load_thumbnails(self, copies: CardCopies) -> None:
        self._thumbnails.load(self._registry, ((c.sha256, c.format) for c in copies.copies))

    def _render(self) -> None:
        row, shown = self._row, self._shown
        if row is None:
            self.title.setText(self.tr("Electronic copies"))
            self._show_placeholder(self.tr("Select a card in the journal to see its electronic copies."))
        else:
            self.title.setText(self.tr("Electronic copies of card No. {0}").format(row.number))
            if self._error is not None:
                self._show_placeholder(self._error)
            elif shown is None:
                self._show_placeholder(self.tr("Loading…"))
            elif not shown.copies:
                self._show_placeholder(
                    self.tr(
                        "This card has no electronic copies yet. Attach scans with the button on the right, "
                        "or drag files from a folder onto the card's row in the journal."
                    )
                )
            else:
                self._fill_table()
                self.stack.setCurrentWidget(self.table)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def _fill_table(self) -> None:
        shown = self._shown
        copies = shown.copies if shown is not None else ()
        self.table.setRowCount(len(copies))
        for line, copy in enumerate(copies):
            assert shown is not None
            status, status_tip = self._text_status(copy, shown.texts.get(copy.sha256), shown.states.get(copy.sha256))
            cells = {
                CopyColumn.FILE: copy.original_name,
                CopyColumn.DOCUMENT: copy_texts.role_label(copy.role),
                CopyColumn.FORMAT: copy_texts.format_label(copy.format),
                CopyColumn.PAGES: formatting.count(copy.page_count),
                CopyColumn.ADDED: formatting.date_time(copy.added_at),
                CopyColumn.ADDED_BY: copy.added_by,
                CopyColumn.TEXT: status,
            }
            tips = {
                CopyColumn.FILE: copy.original_name,
                CopyColumn.DOCUMENT: copy_texts.role_hint(copy.role),
                CopyColumn.TEXT: status_tip,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(tips.get(column, text))
                if column == CopyColumn.FILE:
                    thumb = self._thumbnails.get(copy.sha256)
                    item.setIcon(QIcon(thumb) if thumb is not None else QIcon())
                if column == CopyColumn.PAGES:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(line, column, item)
        self._fit_columns()

    def _on_activated(self, index: QModelIndex) -> None:
        copies = self._shown.copies if self._shown is not None else ()
        if 0 <= index.row() < len(copies):
            self.copyActivated.emit(copies[index.row()])

    def _fit_columns(self) -> None:
        """Every column but the file name as wide as its title and values, plus some air (the
        style's own margin leaves the last one touching the scroll bar); the name takes the rest."""
        for column in CopyColumn:
            if column != CopyColumn.FILE:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_AIR)

    def _text_status(self, copy: ElectronicCopy, text: RecognisedText | None, state: str | None) -> tuple[str, str]:
        if state == "failed":
            return self.tr("Not recognised"), self.tr(
                "Text recognition failed for this file after several tries. The copy itself is stored intact."
            )
        if text is not None and text.pages >= copy.page_count:
            if text.excerpt:
                return self.tr("Recognised"), text.excerpt
            return self.tr("No text found"), self.tr(
                "No text was found on the pages: the scan may be blank or show only pictures."
            )
        if self._recognition_off:
            return self.tr("Off"), copy_texts.ocr_off_headline()
        return self.tr("Waiting"), self.tr("The text will be recognised in the background.")

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach files…"))
        self.attach_button.setToolTip(self.tr("Attach electronic copies to the selected card (Ctrl+Shift+A)"))
        self.table.setHorizontalHeaderLabels([column_title(column) for column in CopyColumn])
        self._render()
        self._fit_columns()  # the titles of the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- dropping files on the panel ----------------------------------------------------------

    def _accepts(self, event: QDropEvent) -> bool:
        return self._row is not None and bool(local_files(event))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if self._row is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(files)
