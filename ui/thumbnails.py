"""Page-1 thumbnails of stored files: rendered on a worker, kept in a small cache by file hash.
Shared by the copies panel and the unfiled-files panel."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from clerk_app.services.registry import Registry
from scanners.render import render_page
from ui.workers import Task, TaskRunner

THUMB_SIZE = QSize(34, 48)  # an A4 page's shape, in logical pixels
THUMB_CACHE = 300  # thumbnails kept, by file hash


def to_qimage(image: Image.Image) -> QImage:
    """A copy that owns its pixels (the PIL buffer goes away with the image)."""
    if image.mode == "L":
        data, fmt, channels = image.tobytes(), QImage.Format.Format_Grayscale8, 1
    else:
        data, fmt, channels = image.convert("RGB").tobytes(), QImage.Format.Format_RGB888, 3
    width, height = image.size
    return QImage(data, width, height, width * channels, fmt).copy()


def render_thumbnails(
    registry: Registry, copies: list[tuple[str, str]], box: tuple[int, int]
) -> dict[str, QImage | None]:
    """Page 1 of each (hash, format), fitted into ``box`` device pixels; None when it cannot be
    rendered (the blob is missing or damaged: ``clerk-app verify`` tells the administrator)."""
    blobs = registry.copies.blobs
    result: dict[str, QImage | None] = {}
    for sha256, fmt in copies:
        try:
            with blobs.plaintext_path(sha256) as path:
                result[sha256] = to_qimage(render_page(path, fmt, 0, fit=box))
        except Exception:  # noqa: BLE001 - one bad file must not cost the other thumbnails
            result[sha256] = None
    return result


def framed(image: QImage | None, ratio: float, size: QSize = THUMB_SIZE) -> QPixmap:
    """The page centred on a fixed-size canvas with a thin border: every row lines up, and a white
    page stays visible on a white table. No image: an empty page, crossed out."""
    canvas = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    if image is not None:
        page = QPixmap.fromImage(image)
        page.setDevicePixelRatio(ratio)
        width, height = page.width() / ratio, page.height() / ratio
        x, y = (size.width() - width) / 2, (size.height() - height) / 2
        painter.drawPixmap(round(x), round(y), page)
        painter.setPen(QColor("#8a8a8a"))
        painter.drawRect(round(x), round(y), round(width) - 1, round(height) - 1)
    else:
        painter.setPen(QColor("#b0b0b0"))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.drawLine(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return canvas



class Thumbnails:
    def __init__(self, owner: QWidget, runner: TaskRunner, on_ready: Callable[[], None]) -> None:
        self._owner = owner
        self._runner = runner
        self._on_ready = on_ready
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._task: Task[dict[str, QImage | None]] | None = None

    def get(self, sha256: str) -> QPixmap | None:
        return self._cache.get(sha256)

    def load(self, registry: Registry | None, files: Iterable[tuple[str, str]]) -> None:
        """Renders the (hash, format) files not yet cached, off the GUI thread; ``on_ready`` follows."""
        missing = list(dict.fromkeys((sha, fmt) for sha, fmt in files if sha not in self._cache))
        if registry is None or not missing:
            return
        ratio = self._owner.devicePixelRatioF()
        box = (round(THUMB_SIZE.width() * ratio), round(THUMB_SIZE.height() * ratio))
        self._task = self._runner.submit(
            lambda: render_thumbnails(registry, missing, box),
            success=lambda images: self._store(images, ratio),
            failure=lambda _exc: self._forget_task(),
        )

    def _store(self, images: dict[str, QImage | None], ratio: float) -> None:
        self._task = None
        for sha256, image in images.items():
            self._cache[sha256] = framed(image, ratio)
            self._cache.move_to_end(sha256)
        while len(self._cache) > THUMB_CACHE:
            self._cache.popitem(last=False)
        self._on_ready()

    def _forget_task(self) -> None:
        self._task = None

    def discard(self) -> None:
        """Drops a rendering under way (another registry, or the panel going away)."""
        if self._task is not None:
            self._task.discard()
        self._task = None

    def clear(self) -> None:
        self.discard()
        self._cache.clear()
