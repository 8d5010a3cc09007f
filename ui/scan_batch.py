"""The pages of a scanning batch, as thumbnails the clerk puts in order (drag, or Move earlier /
later), turns and deletes before saving. Each page keeps its full image; the registration stamp
read on it is shown under its thumbnail (issue 9)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from clerk_app.domain.stamp_code import StampCode
from scanners.page_tools import rotated

THUMBNAIL = QSize(106, 150)
_PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class BatchPage:
    image: Image.Image  # full resolution, in the profile's colour mode
    stamp: StampCode | None  # the registration stamp read on the page, if any
    thumbnail: Image.Image  # small, RGB or L


def make_thumbnail(image: Image.Image) -> Image.Image:
    """Made on the scanning thread: shrinking a 600 dpi page takes longer than a frame."""
    small = image.convert("L") if image.mode == "1" else image.copy()
    small.draft(small.mode, (THUMBNAIL.width(), THUMBNAIL.height()))
    small.thumbnail((THUMBNAIL.width(), THUMBNAIL.height()), Image.Resampling.BILINEAR)
    return small


def _pixmap(thumbnail: Image.Image) -> QPixmap:
    image = thumbnail.convert("RGB") if thumbnail.mode != "RGB" else thumbnail
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy())  # copy: the bytes object goes away


class ScanBatchList(QListWidget):
    changed = Signal()  # pages added, removed, turned or moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_batch_list")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMBNAIL)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSpacing(8)
        self.setWordWrap(False)  # a registration number is not cut in the middle
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setUniformItemSizes(True)
        self.setGridSize(QSize(THUMBNAIL.width() + 76, THUMBNAIL.height() + 52))  # two lines: page, stamp
        self.model().rowsMoved.connect(self._renumber)

    # -- contents ----------------------------------------------------------------------------------

    def add_page(self, page: BatchPage) -> None:
        item = QListWidgetItem()
        item.setData(_PAGE_ROLE, page)
        item.setIcon(QIcon(_pixmap(page.thumbnail)))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)  # pages go between pages, not onto them
        self.addItem(item)
        self._renumber()
        self.scrollToItem(item)

    def pages(self) -> list[BatchPage]:
        return [self.item(row).data(_PAGE_ROLE) for row in range(self.count())]

    def selected_rows(self) -> list[int]:
        return sorted(self.row(item) for item in self.selectedItems())

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.takeItem(row)
        self._renumber()

    def clear_pages(self) -> None:
        self.clear()
        self.changed.emit()

    # -- editing --------------------------------------------------------------------------------------

    def rotate_selected(self, quarter_turns: int) -> None:
        for row in self.selected_rows():
            item = self.item(row)
            page: BatchPage = item.data(_PAGE_ROLE)
            page.image = rotated(page.image, quarter_turns)
            page.thumbnail = rotated(page.thumbnail, quarter_turns)
            item.setData(_PAGE_ROLE, page)
            item.setIcon(QIcon(_pixmap(page.thumbnail)))
        self.changed.emit()

    def delete_selected(self) -> None:
        self.remove_rows(self.selected_rows())

    def move_rows_to(self, rows: list[int], target: int) -> None:
        """The pages at ``rows`` moved, in their order, to stand before the page now at ``target``
        (``count()``: to the end); they stay selected."""
        rows = sorted(set(rows))
        if not rows:
            return
        before = target - sum(1 for row in rows if row < target)
        items = [self.takeItem(row) for row in reversed(rows)][::-1]
        self.clearSelection()
        for offset, item in enumerate(items):
            self.insertItem(before + offset, item)
            item.setSelected(True)
        self._renumber()

    def dropEvent(self, event: QDropEvent) -> None:
        """A page dragged among the pages changes the order (icon mode alone would only move the
        picture on the screen, not the page in the batch)."""
        if event.source() is not self:
            event.ignore()
            return
        target_index = self.indexAt(event.position().toPoint())
        target = target_index.row() if target_index.isValid() else self.count()
        self.move_rows_to(self.selected_rows(), target)
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for Qt to remove: the rows are moved already
        event.accept()
        self.doItemsLayout()

    def move_selected(self, step: int) -> None:
        """One place earlier (-1) or later (+1), the selection kept."""
        rows = self.selected_rows()
        if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == self.count() - 1):
            return
        for row in (rows if step < 0 else reversed(rows)):
            item = self.takeItem(row)
            self.insertItem(row + step, item)
        self.clearSelection()
        for row in rows:
            self.item(row + step).setSelected(True)
        self._renumber()

    # -- labels ------------------------------------------------------------------------------------

    def _renumber(self, *_args: object) -> None:
        for row in range(self.count()):
            item = self.item(row)
            page: BatchPage = item.data(_PAGE_ROLE)
            label = self.tr("Page %1").replace("%1", str(row + 1))
            tip = ""
            if page.stamp is not None:
                label += "\n→ " + self.tr("No. %1").replace("%1", page.stamp.number)
                tip = self.tr("The registration stamp of card No. %1: this page starts that card's appeal").replace(
                    "%1", page.stamp.number)
            item.setText(label)
            item.setToolTip(tip)
        self.changed.emit()

    def retranslate(self) -> None:
        self._renumber()
