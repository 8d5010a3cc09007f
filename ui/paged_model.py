"""A table model read page by page, as the clerk scrolls: the base of the journals and the
"On control" table.

Qt's incremental-fetch protocol: the view calls ``canFetchMore``/``fetchMore`` when the clerk
reaches the last row; the next page is read with the previous page's cursor (never OFFSET, never
every row), on the worker thread, and appended with ``beginInsertRows``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from clerk_app.timeutil import astana_today
from ui.workers import Task, TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex


class Page(Protocol):
    """What a page source returns: its rows and the cursor of the next page (None after the last)."""

    @property
    def rows(self) -> Any: ...

    @property
    def next_cursor(self) -> str | None: ...


# Fetches one page: the cursor is None for the first page.
PageSource = Callable[[str | None], Any]

# Python's full garbage collection walks every live object while holding the GIL, on whichever
# thread happens to allocate (the page worker too): with 100,000 journal rows loaded it froze the
# window for 120-160 ms. Past this many rows in a table, everything alive is moved to the
# collector's permanent generation after each page (gc.freeze), which later collections skip. The
# rows form no reference cycles, so reference counting still frees them on a reload; below this
# count a full collection is short and nothing is frozen.
FREEZE_FROM_ROWS = 10_000


def keep_out_of_collections() -> None:
    gc.collect(1)  # the young generations first: little cyclic garbage is frozen with the rows
    gc.freeze()


def let_collections_in() -> None:
    """The rows are dropped (reload, another registry): whatever was frozen beside them, such as a
    closed dialog's cycles, may be collected again."""
    if gc.get_freeze_count():
        gc.unfreeze()


class PagedTableModel(QAbstractTableModel):
    """The rows and the fetching; a subclass gives the columns and what the cells show."""

    loadingChanged = Signal(bool)
    loadFailed = Signal(object)  # the exception, for the window to show

    def __init__(self, runner: TaskRunner, source: PageSource | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source = source
        self._rows: list[Any] = []
        self._cursor: str | None = None
        self._exhausted = source is None
        self._pending: Task[Any] | None = None
        # The ids of the loaded rows: a card whose key changed since its page was read (a control
        # action moved its due date) comes again in a later page, and is not listed twice.
        self._loaded_ids: set[Any] = set()
        self._today: date = astana_today()  # for the red and amber rows; renewed with every page

    @property
    def loading(self) -> bool:
        return self._pending is not None

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def reload(self, source: PageSource | None = None) -> None:
        """Forgets every row and fetches the first page again (Refresh, another filter or store)."""
        self._drop_pending()
        self.beginResetModel()
        if source is not None:
            self._source = source
        self._rows = []
        self._loaded_ids = set()
        let_collections_in()
        self._cursor = None
        self._exhausted = self._source is None
        self._today = astana_today()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def detach(self) -> None:
        """The store is going away: drop the rows and any page still in flight."""
        self._drop_pending()
        self.beginResetModel()
        self._rows = []
        self._loaded_ids = set()
        let_collections_in()
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._exhausted and self._pending is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._source is None:
            return
        cursor, source = self._cursor, self._source
        self._pending = self._runner.submit(
            lambda: source(cursor), success=self._append_page, failure=self._page_failed
        )
        self.loadingChanged.emit(True)

    def _append_page(self, page: Page) -> None:
        self._pending = None
        self._today = astana_today()
        fresh = [row for row in page.rows if getattr(row, "id", None) not in self._loaded_ids]
        self._loaded_ids.update(row.id for row in fresh if hasattr(row, "id"))
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
            if len(self._rows) >= FREEZE_FROM_ROWS:
                keep_out_of_collections()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.loadingChanged.emit(False)

    def _page_failed(self, exc: BaseException) -> None:
        self._pending = None
        self._exhausted = True  # stop the view from retrying on every scroll; Refresh starts over
        self.loadingChanged.emit(False)
        self.loadFailed.emit(exc)

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending.discard()
            self._pending = None
            self.loadingChanged.emit(False)

    def retranslate(self) -> None:
        """Headers and enum labels are tr() texts, and amounts follow the locale."""
        last_column = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last_column))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
