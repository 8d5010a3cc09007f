"""Unfiled files (the inbox): scans the scanner folder brought in, waiting until the clerk attaches
each one to its card. A tab beside the journals, its title showing how many are waiting.

The list shows page 1 of every file small, and the selected file's first page large beside it, so
the clerk can read which appeal it is (the registration stamp on the paper has the number). Under
the list the clerk types the card's number (the newest cards are offered while typing, by number or
by name), says what the file is in the same dialog as when attaching, and the file moves to the
card. The list, the pages and the filing are read and done on the copies runner.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cards import Card
from clerk_app.domain.copies import ElectronicCopy, InboxItem
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import copy_dialogs, copy_texts, formatting, palette, session
from ui.copies_panel import ROW_PADDING, SETTLE_MS
from ui.copy_dialogs import OK_COLOUR, REFUSED_COLOUR
from ui.error_text import describe
from ui.thumbnails import THUMB_SIZE, Thumbnails, render_thumbnails
from ui.workers import Task, TaskRunner

PREVIEW_SIZE = QSize(420, 594)  # logical pixels page 1 is rendered into: an A4 page's shape
PREVIEW_MIN_WIDTH = 220
PREVIEW_CACHE = 20  # large first pages kept, by file hash
SUGGESTED_CARDS = 200  # the newest cards of each journal, offered while the number is typed
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_AIR = 12
PATH_WIDTH = 520  # pixels: a longer folder path is elided in the middle (the tooltip has it whole)


class Note(Enum):
    """The kind of sentence under the number field."""

    WORKING = "working"
    DONE = "done"
    PROBLEM = "problem"


class InboxColumn(IntEnum):
    FILE = 0
    FORMAT = 1
    PAGES = 2
    RECEIVED = 3


def column_title(column: InboxColumn) -> str:
    match column:
        case InboxColumn.FILE:
            return QCoreApplication.translate("InboxPanel", "File")
        case InboxColumn.FORMAT:
            return QCoreApplication.translate("InboxPanel", "Format")
        case InboxColumn.PAGES:
            return QCoreApplication.translate("InboxPanel", "Pages")
        case InboxColumn.RECEIVED:
            return QCoreApplication.translate("InboxPanel", "Received")


def inbox_tab_title(count: int | None) -> str:
    """"Unfiled files (3)": the count is seen on the tab without opening it."""
    title = QCoreApplication.translate("InboxPanel", "Unfiled files")
    return f"{title} ({formatting.count(count)})" if count else title


# --- on the worker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardSuggestion:
    number: str
    correspondent: str  # incoming: from whom; outgoing: to whom


@dataclass(frozen=True)
class InboxContents:
    items: tuple[InboxItem, ...]  # oldest first
    cards: tuple[CardSuggestion, ...]


def load_inbox(registry: Registry, journal_codes: Sequence[str]) -> InboxContents:
    items = tuple(registry.copies.inbox())
    cards = [
        CardSuggestion(row.number, row.correspondent)
        for code in journal_codes
        for row in registry.cards.journal_page(code, limit=SUGGESTED_CARDS).rows
    ]
    return InboxContents(items, tuple(cards))


def file_item(registry: Registry, item: InboxItem, number: str, role: CopyRole, actor: Actor) -> ElectronicCopy:
    return registry.copies.file_inbox_item(item.id, number, role, actor)


# --- on the GUI thread ----------------------------------------------------------------------------


class CardNumberCompleter(QCompleter):
    """Matches what is typed anywhere in "number — name"; puts only the number into the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(NUMBER_ROLE) or "")


class PagePreview(QFrame):
    """Page 1 of the selected file, as large as the space allows, on a grey backdrop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(PREVIEW_MIN_WIDTH)
        self._pixmap: QPixmap | None = None
        self._text = ""

    @property
    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    @property
    def text(self) -> str:
        return self._text

    def show_page(self, pixmap: QPixmap | None, text: str = "") -> None:
        self._pixmap = pixmap
        self._text = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(PREVIEW_SIZE.width() // 2 + 2 * self.frameWidth(), PREVIEW_SIZE.height() // 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Window).darker(108))
        inner = area.adjusted(10, 10, -10, -10)
        pixmap = self._pixmap
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.deviceIndependentSize().scaled(inner.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            x = inner.x() + (inner.width() - size.width()) / 2
            y = inner.y() + (inner.height() - size.height()) / 2
            target = QRectF(x, y, size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            painter.setPen(QColor("#8a8a8a"))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        elif self._text:
            painter.setPen(palette.quiet(self.palette()).color(QPalette.ColorRole.WindowText))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text)
        painter.end()
        super().paintEvent(event)


class InboxPanel(QFrame):
    countChanged = Signal(object)  # int: unfiled files in the list; None while not known
    loaded = Signal()  # the list is in (tests, screenshots)
    filed = Signal(object, str)  # ElectronicCopy, the card's number: a file moved to a card
    folderSettingsRequested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_panel")
        self._runner = runner
        self._registry: Registry | None = None
        self._journal_codes: tuple[str, ...] = ()
        self._items: list[InboxItem] | None = None  # None until the first list is in
        self._error: str | None = None
        self._list_task: Task[InboxContents] | None = None
        self._again = False  # asked to reload while loading: load once more
        self._thumbnails = Thumbnails(self, runner, self._apply_thumbnails)
        self._preview_task: Task[dict[str, QImage | None]] | None = None
        self._filing: InboxItem | None = None  # the file being attached (the card looked up, then filed)
        self._filing_task: Task[Card] | Task[ElectronicCopy] | None = None
        self._previews: OrderedDict[str, QPixmap] = OrderedDict()
        self._folder: str | None = None
        self._folder_paused = False
        self._message: tuple[str, Note] | None = None  # the sentence under the number field
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._load_preview)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("inbox_folder_button")
        self.folder_button.clicked.connect(self.folderSettingsRequested)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.folder_button)
        self.folder_note = QLabel()  # where the files come from
        self.folder_note.setWordWrap(True)
        self.folder_note.setPalette(palette.quiet(self.folder_note.palette()))

        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setPalette(palette.quiet(self.placeholder.palette()))
        self.placeholder.setContentsMargins(24, 24, 24, 24)
        self.table = QTableWidget(0, len(InboxColumn))
        self.table.setObjectName("inbox_table")
        self._configure_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)

        self.preview = PagePreview()
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        preview_column = QWidget()
        preview_layout = QVBoxLayout(preview_column)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.setSpacing(4)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.preview_caption)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(preview_column)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.number_label = QLabel()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("inbox_card_number")
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.setMinimumWidth(220)
        self.number_label.setBuddy(self.number_edit)
        self._suggestions = QStandardItemModel(self)
        self.completer = CardNumberCompleter(self._suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.number_edit.setCompleter(self.completer)
        self.number_edit.returnPressed.connect(self.file_selected)
        self.number_edit.textEdited.connect(self._clear_error)
        self.file_button = QPushButton()
        self.file_button.setObjectName("inbox_file_button")
        self.file_button.clicked.connect(self.file_selected)
        filing = QHBoxLayout()
        filing.setContentsMargins(0, 0, 0, 0)
        filing.addWidget(self.number_label)
        filing.addWidget(self.number_edit)
        filing.addWidget(self.file_button)
        filing.addStretch(1)
        self.message = QLabel()  # what became of the last filing, or what is wrong
        self.message.setObjectName("inbox_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(filing)
        layout.addWidget(self.message)

        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._focus_number)
        self.setTabOrder(self.table, self.number_edit)
        self.setTabOrder(self.number_edit, self.file_button)
        self.retranslate()

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setIconSize(THUMB_SIZE)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMB_SIZE.height() + ROW_PADDING)
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(InboxColumn.FILE, QHeaderView.ResizeMode.Stretch)

    # --- what the panel shows -------------------------------------------------------------------

    @property
    def items(self) -> list[InboxItem] | None:
        """The unfiled files on screen, once loaded."""
        return None if self._items is None else list(self._items)

    @property
    def count(self) -> int | None:
        return None if self._items is None else len(self._items)

    @property
    def loading(self) -> bool:
        return self._list_task is not None

    @property
    def filing(self) -> bool:
        return self._filing is not None

    def selected_item(self) -> InboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        if self._items is None or not rows or not 0 <= rows[0].row() < len(self._items):
            return None
        return self._items[rows[0].row()]

    def set_registry(self, registry: Registry | None, journal_codes: Sequence[str] = ()) -> None:
        """Another registry (or none): forget the list, the pages and a filing under way."""
        for task in (self._list_task, self._preview_task, self._filing_task):
            if task is not None:
                task.discard()
        self._thumbnails.clear()
        self._list_task = self._preview_task = None
        self._filing_task = None
        self._filing = None
        self._again = False
        self._settle.stop()
        self._registry = registry
        self._journal_codes = tuple(journal_codes)
        self._items = None
        self._error = None
        self._message = None
        self._previews.clear()
        self._suggestions.clear()
        self.number_edit.clear()
        self._render()
        self.countChanged.emit(None)
        if registry is not None:
            self.reload()

    def set_folder(self, folder: str | None, *, paused: bool = False) -> None:
        """Where the files come from, for the note above the list; ``paused`` in the demo registry."""
        self._folder = folder
        self._folder_paused = paused
        self._render_folder_note()

    def reload(self) -> None:
        """Read the list again (files arrived, or were filed at another workstation)."""
        registry = self._registry
        if registry is None:
            return
        if self._list_task is not None:
            self._again = True
            return
        codes = self._journal_codes
        self._list_task = self._runner.submit(
            lambda: load_inbox(registry, codes), success=self._on_loaded, failure=self._on_load_failed
        )

    def _on_loaded(self, contents: InboxContents) -> None:
        self._list_task = None
        selected = self.selected_item()
        line = self.table.currentRow()
        self._items = list(contents.items)
        self._error = None
        self._fill_suggestions(contents)
        self._render()
        found = selected is not None and self._select_item(selected.id)
        if self._items and not found:
            self.table.selectRow(min(max(line, 0), len(self._items) - 1))
        self._load_thumbnails()
        self.countChanged.emit(len(self._items))
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._list_task = None
        self._again = False
        text = describe(exc)
        self._error = f"{text.headline} {text.advice}"
        self._render()
        self.loaded.emit()

    def _fill_suggestions(self, contents: InboxContents) -> None:
        self._suggestions.clear()
        for card in contents.cards:
            shown = f"{card.number} — {card.correspondent}" if card.correspondent else card.number
            entry = QStandardItem(shown)
            entry.setData(card.number, NUMBER_ROLE)
            self._suggestions.appendRow(entry)

    def _select_item(self, item_id: uuid.UUID) -> bool:
        for line, item in enumerate(self._items or ()):
            if item.id == item_id:
                self.table.selectRow(line)
                return True
        return False

    def _render(self) -> None:
        items = self._items
        if self._registry is None:
            self._show_placeholder("")
        elif self._error is not None:
            self._show_placeholder(self._error)
        elif items is None:
            self._show_placeholder(self.tr("Loading…"))
        elif not items:
            self._show_placeholder(
                self.tr(
                    "There are no unfiled files. Scans from the scanner folder wait here until you "
                    "attach each one to its card."
                )
            )
        else:
            self._fill_table()
            self.stack.setCurrentWidget(self.table)
        self._render_message()
        self._update_controls()
        self._show_preview()

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def _fill_table(self) -> None:
        items = self._items or []
        self.table.setRowCount(len(items))
        for line, item in enumerate(items):
            cells = {
                InboxColumn.FILE: item.original_name,
                InboxColumn.FORMAT: copy_texts.format_label(item.format),
                InboxColumn.PAGES: formatting.count(item.page_count),
                InboxColumn.RECEIVED: formatting.date_time(item.received_at),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == InboxColumn.FILE:
                    thumb = self._thumbnails.get(item.sha256)
                    cell.setIcon(QIcon(thumb) if thumb is not None else QIcon())
                if column == InboxColumn.PAGES:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(line, column, cell)
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in InboxColumn:
            if column != InboxColumn.FILE:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_AIR)

    def _update_controls(self) -> None:
        ready = self._registry is not None and self._filing is None
        self.number_edit.setEnabled(ready)
        self.file_button.setEnabled(ready and self.selected_item() is not None)

    # --- thumbnails and the large first page ------------------------------------------------------

    def _load_thumbnails(self) -> None:
        self._thumbnails.load(self._registry, ((i.sha256, i.format) for i in self._items or ()))

    def _apply_thumbnails(self) -> None:
        for line, item in enumerate(self._items or ()):
            cell = self.table.item(line, InboxColumn.FILE)
            thumb = self._thumbnails.get(item.sha256)
            if cell is not None and thumb is not None:
                cell.setIcon(QIcon(thumb))

    def _on_selection_changed(self, *_: object) -> None:
        self._update_controls()
        self._show_preview()

    def _show_preview(self) -> None:
        """The selected file's first page: at once when it was rendered before, otherwise once the
        selection stops moving (arrow keys through a long list render only the file stopped at)."""
        item = self.selected_item()
        if item is None:
            self._settle.stop()
            self.preview.show_page(None, self.tr("Select a file to see its first page.") if self._items else "")
            self.preview_caption.clear()
            return
        self.preview_caption.setText(
            self.tr("{0}\nPage 1 of {1}").format(item.original_name, formatting.count(item.page_count))
        )
        pixmap = self._previews.get(item.sha256)
        if pixmap is not None:
            self._settle.stop()
            if pixmap.isNull():
                self.preview.show_page(None, self.tr("The page cannot be shown."))
            else:
                self.preview.show_page(pixmap)
        else:
            self.preview.show_page(None, self.tr("Loading…"))
            self._settle.start()

    def _load_preview(self) -> None:
        registry, item = self._registry, self.selected_item()
        if registry is None or item is None or item.sha256 in self._previews:
            self._show_preview()
            return
        if self._preview_task is not None:
            self._preview_task.discard()
        ratio = self.devicePixelRatioF()
        box = (round(PREVIEW_SIZE.width() * ratio), round(PREVIEW_SIZE.height() * ratio))
        wanted = [(item.sha256, item.format)]
        self._preview_task = self._runner.submit(
            lambda: render_thumbnails(registry, wanted, box),
            success=lambda images: self._on_preview(images, ratio),
            failure=lambda _exc: setattr(self, "_preview_task", None),
        )

    def _on_preview(self, images: dict[str, QImage | None], ratio: float) -> None:
        self._preview_task = None
        for sha256, image in images.items():
            if image is None:
                pixmap = QPixmap()  # not renderable: said below, not retried on every selection
            else:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
            self._previews[sha256] = pixmap
            self._previews.move_to_end(sha256)
        while len(self._previews) > PREVIEW_CACHE:
            self._previews.popitem(last=False)
        item = self.selected_item()
        if item is not None and item.sha256 in images:
            self._show_preview()

    # --- attaching the selected file to a card ---------------------------------------------------

    def _focus_number(self) -> None:
        self.number_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.number_edit.selectAll()

    def file_selected(self) -> None:
        """Attach the selected file to the card whose number is typed: look the card up first (a
        wrong number is said at once), then ask what the file is, then file it."""
        registry, item = self._registry, self.selected_item()
        if registry is None or item is None or self._filing is not None:
            return
        number = self.number_edit.text().strip()
        if not number:
            self._set_message(self.tr("Type the registration number of the card."), Note.PROBLEM)
            self._focus_number()
            return
        self._filing = item
        actor = session.current()
        self._set_message(self.tr("Looking for card No. {0}…").format(number), Note.WORKING)
        self._filing_task = self._runner.submit(
            lambda: registry.cards.get(number, actor=actor),  # refused while a person on the card is blocked
            success=lambda card: self._on_card_found(registry, item, card),
            failure=partial(self._on_filing_failed, item, number),
        )
        self._update_controls()

    def _on_card_found(self, registry: Registry, item: InboxItem, card: Card) -> None:
        self._filing_task = None
        default = CopyRole.REPLY if card.direction is Direction.OUTGOING else CopyRole.APPEAL
        role = copy_dialogs.ask_role(self, card.number, [Path(item.original_name)], default)
        if role is None or self._registry is not registry:
            self._filing = None
            self._set_message(None)
            self._update_controls()
            return
        number, actor = card.number, session.actor()
        self._set_message(
            self.tr("Attaching “{0}” to card No. {1}…").format(item.original_name, number), Note.WORKING
        )
        self._filing_task = self._runner.submit(
            lambda: file_item(registry, item, number, role, actor),
            success=lambda copy: self._on_filed(item, number, copy),
            failure=partial(self._on_filing_failed, item, number),
        )

    def _on_filed(self, item: InboxItem, number: str, copy: ElectronicCopy) -> None:
        self._filing_task = None
        self._filing = None
        line = next((i for i, it in enumerate(self._items or ()) if it.id == item.id), None)
        if self._items is not None and line is not None:
            del self._items[line]
            self._render()
            if self._items:
                self.table.selectRow(min(line, len(self._items) - 1))  # the next file, ready to file
        self._set_message(
            self.tr("“{0}” is attached to card No. {1} as: {2}.").format(
                item.original_name, number, copy_texts.role_label(copy.role)
            ),
            Note.DONE,
        )
        self._update_controls()
        self.countChanged.emit(self.count)
        self.filed.emit(copy, number)

    def _on_filing_failed(self, item: InboxItem, number: str, exc: BaseException) -> None:
        self._filing_task = None
        self._filing = None
        if isinstance(exc, ClerkError) and exc.code in ("card.not_found", "not_found"):
            text = self.tr(
                "There is no card No. {0}. Check the number in the registration stamp on the paper original."
            ).format(number)
        else:
            described = describe(exc)
            text = f"{described.headline} {described.advice}"
        self._set_message(text, Note.PROBLEM)
        self._update_controls()
        if isinstance(exc, ClerkError) and exc.code == "inbox.not_found":
            self.reload()
        else:
            self._focus_number()

    def _set_message(self, text: str | None, note: Note = Note.WORKING) -> None:
        self._message = None if text is None else (text, note)
        self._render_message()

    def _clear_error(self) -> None:
        if self._message is not None and self._message[1] is Note.PROBLEM:
            self._set_message(None)

    def _render_message(self) -> None:
        if self._message is None:
            self.message.clear()
            self.message.hide()
            return
        text, note = self._message
        colour = {Note.DONE: OK_COLOUR, Note.PROBLEM: REFUSED_COLOUR}.get(note)
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.message.setText(text)
        self.message.show()

    # --- the scanner folder note, and language ---------------------------------------------------

    def _render_folder_note(self) -> None:
        folder = self._folder
        if folder is None:
            self.folder_note.setText(
                self.tr(
                    "No scanner folder is set. Scans from network scanners can arrive here by themselves: "
                    "choose the folder the scanners save into with the button on the right."
                )
            )
            self.folder_note.setToolTip("")
            return
        shown = QFontMetrics(self.folder_note.font()).elidedText(folder, Qt.TextElideMode.ElideMiddle, PATH_WIDTH)
        if self._folder_paused:
            text = self.tr(
                "Scans from the folder {0} are taken only into your own registry, not into the demo registry."
            )
        else:
            text = self.tr(
                "Scans are taken from the folder {0} every 10 seconds. Files that are not accepted are "
                "moved to its “rejected” folder, each with a note saying why."
            )
        self.folder_note.setText(text.format(shown))
        self.folder_note.setToolTip(folder)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unfiled files"))
        self.folder_button.setText(self.tr("Scanner folder…"))
        self.folder_button.setToolTip(self.tr("Choose the folder network scanners save scans into"))
        self.number_label.setText(self.tr("Attach the selected file to card &No.:"))
        self.number_edit.setPlaceholderText(self.tr("number or applicant"))
        self.number_edit.setToolTip(
            self.tr(
                "The registration number from the stamp on the paper original. Type a part of the "
                "number or the applicant's name to choose from the newest cards."
            )
        )
        self.file_button.setText(self.tr("Attach to card…"))
        self.table.setHorizontalHeaderLabels([column_title(column) for column in InboxColumn])
        self._render_folder_note()
        self._render()
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
