"""The page viewer: one window per electronic copy, showing its pages as large as the clerk needs to
read them — fit to width (the default), the whole page, 100 % (the size on paper) or any zoom, the
view turned left or right (the stored file never changes), page by page.

Pages are rendered on a worker (the copies runner), never on the GUI thread, at the resolution the
zoom needs (at most 300 dpi) and kept in a small cache; paging quickly drops the renderings no
longer wanted. A page's size on paper is learnt with its first rendering, after which zooming,
turning and resizing lay the page out at once, showing the previous rendering scaled until the sharp
one arrives. A file missing from the store, or one that cannot be read, is said in the window.

For the main window: ``open_copy_viewer(parent, runner, registry, copy, memory)`` (raises the
copy's window when it is open already) and ``close_copy_viewers(parent)`` (another registry).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPalette,
    QPixmap,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.copies import ElectronicCopy
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from scanners.page_size import page_inches
from scanners.render import render_page
from ui import palette, session
from ui.centred import centre_content
from ui.error_text import describe
from ui.page_view_canvas import BACKDROP, MARGIN, PageCanvas
from ui.page_view_layout import MAX_ZOOM, MIN_ZOOM, Fit, Inches, Pixels, ViewState, zoom_in, zoom_out
from ui.text_label import wrapped_label
from ui.thumbnails import to_qimage
from ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

A4_INCHES: Inches = (210 / 25.4, 297 / 25.4)  # the sheet shown while a page's own size is not known yet
CACHE_PAGES = 8  # renderings kept per window ...
CACHE_PIXELS = 40_000_000  # ... and at most this many pixels in all (about 120 MB in colour)
DEFAULT_SIZE = QSize(900, 1000)
SCREEN_SHARE = 0.9  # a remembered size never exceeds this share of the screen
PROBLEM_WIDTH = 520  # the message about a file that cannot be shown
WHEEL_STEP = 120  # angle delta of one notch of a mouse wheel (touchpads send smaller steps)


class SizeMemory(Protocol):
    """Where the viewer's window size is kept between sessions (``AppSettings``)."""

    @property
    def page_viewer_size(self) -> QSize | None: ...

    @page_viewer_size.setter
    def page_viewer_size(self, value: QSize) -> None: ...


# --- on the worker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedPage:
    index: int
    inches: Inches  # the page's size on paper
    box: Pixels  # the box it was rendered for (the cache key, with the index)
    image: QImage


def render_for_view(registry: Registry, copy: ElectronicCopy, index: int, view: ViewState) -> RenderedPage:
    with registry.copies.blobs.plaintext_path(copy.sha256) as path:  # decrypted for this page only
        inches = page_inches(path, copy.format, index)
        box = view.render_box(inches)
        image = to_qimage(render_page(path, copy.format, index, fit=box))
    return RenderedPage(index, inches, box, image)


# --- on the GUI thread ----------------------------------------------------------------------------

# A rendering asked for: the page and its box once the page's size is known, else the view it is for.
RenderKey = tuple[int, Pixels | ViewState]


class PageViewer(QWidget):
    pageShown = Signal(int)  # the page (from 0) is on screen at the resolution asked for

    def __init__(
        self,
        runner: TaskRunner,
        registry: Registry,
        copy: ElectronicCopy,
        memory: SizeMemory | None = None,
        parent: QWidget | None = None,
        *,
        opened: bool = True,
    ) -> None:
        """``opened=False``: no page is rendered until ``grant`` (the view is recorded) or ``refuse``."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("page_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner = runner
        self._registry = registry
        self._copy = copy
        self._memory = memory
        self._closing = False
        self._page = 0
        self._fit = Fit.WIDTH
        self._zoom = 1.0  # the zoom in effect (a fit's, or the one chosen)
        self._rotation = 0
        self._inches: dict[int, Inches] = {}
        self._last_inches = A4_INCHES
        self._cache: OrderedDict[tuple[int, Pixels], QPixmap] = OrderedDict()
        self._shown_page: int | None = None  # whose rendering the canvas holds
        self._task: Task[RenderedPage] | None = None
        self._task_key: RenderKey | None = None
        self._prefetch: Task[RenderedPage] | None = None
        self._prefetch_key: RenderKey | None = None
        self._failure: tuple[int, BaseException] | None = None  # a page that could not be rendered
        self._opened = opened
        self._refusal: BaseException | None = None  # the copy may not be shown at all (pd.blocked, ...)
        self._opening: Task[None] | None = None
        self._wheel_rest = 0

        self._make_actions()
        self._make_bar()
        self.canvas = PageCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("page_scroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll the page
        backdrop = self.scroll_area.viewport().palette()  # round a page smaller than the window too
        backdrop.setColor(QPalette.ColorRole.Window, BACKDROP)
        self.scroll_area.viewport().setPalette(backdrop)
        self.scroll_area.viewport().setAutoFillBackground(True)
        self.scroll_area.installEventFilter(self)
        self.scroll_area.viewport().installEventFilter(self)

        self.problem = QWidget()
        self.problem.setObjectName("page_problem")
        self.problem_headline = wrapped_label(self, scale=1.15, bold=True)
        self.problem_advice = wrapped_label(self)
        self.problem_advice.setPalette(palette.quiet(self.problem_advice.palette()))
        column = QWidget()
        column.setFixedWidth(PROBLEM_WIDTH)  # wrapped labels would otherwise shrink to a word a line
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(10)
        column_layout.addWidget(self.problem_headline)
        column_layout.addWidget(self.problem_advice)
        centre_content(self.problem, column)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.problem)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(self._bar)
        layout.addWidget(self.stack, 1)

        self.retranslate()
        self._restore_size()
        self.scroll_area.setFocus()
        # laid out when shown: the first size of the window is known then

    # --- building ------------------------------------------------------------------------------

    def _action(self, name: str, glyph: str, keys: list[QKeySequence | QKeySequence.StandardKey | str]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setIconText(glyph)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)  # its shortcut works anywhere in the window
        return action

    def _make_actions(self) -> None:
        Key = Qt.Key
        self.previous_page_action = self._action("previous_page", "◀", [QKeySequence(Key.Key_PageUp)])
        self.next_page_action = self._action("next_page", "▶", [QKeySequence(Key.Key_PageDown)])
        self.zoom_out_action = self._action("zoom_out", "−", [QKeySequence.StandardKey.ZoomOut])
        self.zoom_in_action = self._action("zoom_in", "+", [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        # Acrobat's keys: Ctrl+1 actual size, Ctrl+2 fit width, Ctrl+0 fit page
        self.actual_size_action = self._action("actual_size", "", ["Ctrl+1"])
        self.fit_width_action = self._action("fit_width", "", ["Ctrl+2"])
        self.fit_page_action = self._action("fit_page", "", ["Ctrl+0"])
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.rotate_left_action = self._action("rotate_left", "↺", ["Ctrl+L"])
        self.rotate_right_action = self._action("rotate_right", "↻", ["Ctrl+R"])
        self.close_action = self._action("close_viewer", "", [QKeySequence(Key.Key_Escape), QKeySequence.StandardKey.Close])

        self.previous_page_action.triggered.connect(lambda: self.go_to_page(self._page - 1))
        self.next_page_action.triggered.connect(lambda: self.go_to_page(self._page + 1))
        self.zoom_out_action.triggered.connect(lambda: self.set_zoom(zoom_out(self._zoom)))
        self.zoom_in_action.triggered.connect(lambda: self.set_zoom(zoom_in(self._zoom)))
        self.actual_size_action.triggered.connect(lambda: self.set_zoom(1.0))
        self.fit_width_action.triggered.connect(lambda: self.set_fit(Fit.WIDTH))
        self.fit_page_action.triggered.connect(lambda: self.set_fit(Fit.PAGE))
        self.rotate_left_action.triggered.connect(lambda: self.rotate(-90))
        self.rotate_right_action.triggered.connect(lambda: self.rotate(90))
        self.close_action.triggered.connect(self.close)

    def _button(self, action: QAction, *, wide: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{action.objectName()}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(not wide)  # symbols sit flat; the worded modes look like buttons
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if not wide:
            glyph = QFont(button.font())
            glyph.setPointSizeF(glyph.pointSizeF() * 1.3)
            button.setFont(glyph)
            button.setMinimumWidth(button.sizeHint().height())
        return button

    def _make_bar(self) -> None:
        self.page_before = QLabel()
        self.page_after = QLabel()
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("page_number")
        self.page_spin.setRange(1, max(self._copy.page_count, 1))
        self.page_spin.setKeyboardTracking(False)  # typing "12" goes to page 12, not to 1 first
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom_level")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)

        bar = self._bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self._button(self.previous_page_action))
        bar.addWidget(self.page_before)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_after)
        bar.addWidget(self._button(self.next_page_action))
        bar.addSpacing(18)
        bar.addWidget(self._button(self.zoom_out_action))
        bar.addWidget(self.zoom_label)
        bar.addWidget(self._button(self.zoom_in_action))
        bar.addSpacing(6)
        for action in (self.actual_size_action, self.fit_width_action, self.fit_page_action):
            bar.addWidget(self._button(action, wide=True))
        bar.addSpacing(18)
        bar.addWidget(self._button(self.rotate_left_action))
        bar.addWidget(self._button(self.rotate_right_action))
        bar.addStretch(1)

    def _restore_size(self) -> None:
        wanted = (self._memory.page_viewer_size if self._memory is not None else None) or DEFAULT_SIZE
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() * SCREEN_SHARE
            wanted = wanted.boundedTo(room)
        self.resize(wanted)

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def copy(self) -> ElectronicCopy:
        return self._copy

    @property
    def page(self) -> int:
        """The page shown, from 0."""
        return self._page

    @property
    def page_count(self) -> int:
        return self._copy.page_count

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def fit(self) -> Fit:
        return self._fit

    @property
    def rotation(self) -> int:
        return self._rotation

    @property
    def loading(self) -> bool:
        """The copy is being opened, or a rendering of the page shown is under way."""
        return self._task is not None or self._opening is not None

    @property
    def failed(self) -> bool:
        return self.stack.currentWidget() is self.problem

    @property
    def closing(self) -> bool:
        return self._closing

    @property
    def refused(self) -> bool:
        return self._refusal is not None

    def open_as(self, actor: Actor) -> None:
        """Asks the registry to open the copy for ``actor`` (refused while a person on the card is
        blocked; recorded as a view, R36); the pages follow once it is allowed."""
        registry, copy = self._registry, self._copy
        self._opening = self._runner.submit(
            lambda: registry.copies.record_viewing(copy, actor), success=lambda _none: self.grant(), failure=self.refuse
        )

    def grant(self) -> None:
        """Opening the copy was allowed and recorded (R36): its pages are shown."""
        self._opening = None
        if not self._opened and self._refusal is None:
            self._opened = True
            self._refresh()

    def refuse(self, exc: BaseException) -> None:
        """Opening the copy was refused (a person on the card is blocked, the copy is gone): the
        refusal is said in the window and no page is shown."""
        self._opening = None
        self._refusal = exc
        self._drop_task()
        if self._prefetch is not None:
            self._prefetch.discard()
        self._prefetch = self._prefetch_key = None
        self._cache.clear()
        self._refresh()

    # --- what the clerk does ---------------------------------------------------------------------

    def go_to_page(self, index: int) -> None:
        index = min(max(index, 0), self.page_count - 1)
        if index == self._page:
            self._update_controls()
            return
        self._page = index
        self._failure = None
        self._refresh()
        self.scroll_area.verticalScrollBar().setValue(0)  # a new page is read from its top

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        self._fit = Fit.NONE
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._refresh(anchor)

    def set_fit(self, fit: Fit) -> None:
        self._fit = fit
        self._refresh()

    def rotate(self, degrees: int) -> None:
        self._rotation = (self._rotation + degrees) % 360
        self._refresh()

    # --- laying out and rendering ------------------------------------------------------------------

    def _view(self) -> ViewState:
        room = self.scroll_area.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll_area)
        return ViewState(
            fit=self._fit,
            zoom=self._zoom,
            rotation=self._rotation,
            room=(room.width() - 2 * MARGIN, room.height() - 2 * MARGIN),
            scroll_bar=bar,
            ratio=self.devicePixelRatioF(),
        )

    def _refresh(self, anchor: QPoint | None = None) -> None:
        """Lays the page out for the present zoom, rotation and window, then shows its rendering
        from the cache or asks the worker for it."""
        view = self._view()
        page = self._page
        inches = self._inches.get(page, self._last_inches)
        self._zoom = view.zoom_for(inches)
        width, height = view.shown_size(inches)
        self._lay_out(QSize(width, height), anchor)
        self._update_controls()
        if self._refusal is not None:
            self._show_refusal()
            return
        if not self._opened:  # waiting for the view to be allowed and recorded
            self.canvas.show_image(None, self.tr("Loading page…"))
            return
        if self._failure is not None and self._failure[0] == page:
            self._show_problem(page, self._failure[1])
            return
        self.stack.setCurrentWidget(self.scroll_area)
        box = view.render_box(inches) if page in self._inches else None
        cached = self._cache.get((page, box)) if box is not None else None
        if box is not None and cached is not None:
            self._cache.move_to_end((page, box))
            self._drop_task()
            self._shown_page = page
            self.canvas.show_image(cached)
            self.pageShown.emit(page)
            self._prefetch_next(view)
            return
        if self._shown_page != page:  # another page's image would mislead: an empty sheet meanwhile
            self._shown_page = None
            self.canvas.show_image(None, self.tr("Loading page…"))
        self._request((page, box or view), view)

    def _lay_out(self, sheet: QSize, anchor: QPoint | None) -> None:
        """Resizes the page keeping the point under ``anchor`` (the viewport's centre by default)
        where it is, so that zooming goes towards what the clerk looks at."""
        viewport = self.scroll_area.viewport()
        point = anchor if anchor is not None else viewport.rect().center()
        old = self.canvas.sheet_rect()
        spot = self.canvas.mapFrom(viewport, point)
        fraction_x = min(max((spot.x() - old.x()) / max(old.width(), 1), 0.0), 1.0)
        fraction_y = min(max((spot.y() - old.y()) / max(old.height(), 1), 0.0), 1.0)
        self.canvas.lay_out(sheet, self._rotation)
        new = self.canvas.sheet_rect()
        self.scroll_area.horizontalScrollBar().setValue(round(new.x() + fraction_x * new.width() - point.x()))
        self.scroll_area.verticalScrollBar().setValue(round(new.y() + fraction_y * new.height() - point.y()))

    def _request(self, key: RenderKey, view: ViewState) -> None:
        if self._task is not None and self._task_key == key:
            return  # under way already
        self._drop_task()
        if self._prefetch is not None and self._prefetch_key == key:
            self._task, self._task_key = self._prefetch, key  # the page read ahead is the one wanted
            self._prefetch = self._prefetch_key = None
            return
        self._task_key = key
        self._task = self._submit(key[0], view)

    def _prefetch_next(self, view: ViewState) -> None:
        """Renders the next page ahead, at the same zoom: paging on shows it at once."""
        following = self._page + 1
        if following >= self.page_count:
            return
        inches = self._inches.get(following)
        key: RenderKey = (following, view.render_box(inches)) if inches else (following, view)
        if (inches and key in self._cache) or self._prefetch_key == key:
            return
        if self._prefetch is not None:
            self._prefetch.discard()
        self._prefetch_key = key
        self._prefetch = self._submit(following, view)

    def _submit(self, index: int, view: ViewState) -> Task[RenderedPage]:
        registry, copy = self._registry, self._copy
        # The callbacks name their task, to tell the page wanted from the one read ahead; they run
        # on the GUI thread once the task is back, long after ``submitted`` is filled.
        submitted: list[Task[RenderedPage]] = []
        submitted.append(self._runner.submit(
            lambda: render_for_view(registry, copy, index, view),
            success=lambda result: self._on_rendered(submitted[0], result),
            failure=lambda exc: self._on_failed(submitted[0], index, exc),
        ))
        return submitted[0]

    def _drop_task(self) -> None:
        if self._task is not None:
            self._task.discard()
        self._task = self._task_key = None

    def _on_rendered(self, task: Task[RenderedPage], result: RenderedPage) -> None:
        if task is self._prefetch:
            self._prefetch = self._prefetch_key = None
        elif task is self._task:
            self._task = self._task_key = None
        else:
            return
        self._inches[result.index] = result.inches
        self._store(result)
        if result.index == self._page:
            self._last_inches = result.inches  # the sheet shown while the next unknown page loads
            self._refresh()

    def _on_failed(self, task: Task[RenderedPage], index: int, exc: BaseException) -> None:
        if task is self._prefetch:
            self._prefetch = self._prefetch_key = None
            return  # said when the clerk gets to that page
        if task is not self._task:
            return
        self._task = self._task_key = None
        if not isinstance(exc, FileNotFoundError):
            log.warning("page %d of the copy %s cannot be rendered", index + 1, self._copy.sha256, exc_info=exc)
        self._failure = (index, exc)
        if index == self._page:
            self._refresh()

    def _store(self, result: RenderedPage) -> None:
        key = (result.index, result.box)
        self._cache[key] = QPixmap.fromImage(result.image)
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_PAGES or (
            len(self._cache) > 1 and sum(p.width() * p.height() for p in self._cache.values()) > CACHE_PIXELS
        ):
            self._cache.popitem(last=False)

    # --- texts and controls ------------------------------------------------------------------------

    def _show_problem(self, page: int, exc: BaseException) -> None:
        name = self._copy.original_name
        if isinstance(exc, FileNotFoundError):
            self.problem_headline.setText(self.tr("The file “{0}” cannot be shown.").format(name))
            self.problem_advice.setText(
                self.tr(
                    "The file is missing from the registry's file store. Ask the administrator to check the "
                    "stored files (clerk-app verify) and to restore this one from a backup."
                )
            )
        else:
            self.problem_headline.setText(self.tr("Page {0} of the file “{1}” cannot be shown.").format(page + 1, name))
            self.problem_advice.setText(
                self.tr(
                    "The stored file cannot be read or is damaged. Try the other pages; ask the administrator "
                    "to check the stored files (clerk-app verify)."
                )
            )
        self._shown_page = None
        self.canvas.show_image(None)
        self.stack.setCurrentWidget(self.problem)

    def _show_refusal(self) -> None:
        assert self._refusal is not None
        text = describe(self._refusal)
        self.problem_headline.setText(text.headline)
        self.problem_advice.setText(text.advice)
        self._shown_page = None
        self.canvas.show_image(None)
        self.stack.setCurrentWidget(self.problem)

    def _update_controls(self) -> None:
        count = 0 if self._refusal is not None else self.page_count
        self.previous_page_action.setEnabled(self._page > 0 and count > 0)
        self.next_page_action.setEnabled(self._page < count - 1)
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(self._page + 1)
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(count > 1)
        self.zoom_label.setText(self.tr("{0}%").format(round(self._zoom * 100)))
        viewing = self._refusal is None and (self._failure is None or self._failure[0] != self._page)
        self.zoom_in_action.setEnabled(viewing and self._zoom < MAX_ZOOM)
        self.zoom_out_action.setEnabled(viewing and self._zoom > MIN_ZOOM)
        for action in (self.actual_size_action, self.fit_width_action, self.fit_page_action,
                       self.rotate_left_action, self.rotate_right_action):
            action.setEnabled(viewing)
        self.fit_width_action.setChecked(self._fit is Fit.WIDTH)
        self.fit_page_action.setChecked(self._fit is Fit.PAGE)

    def _tip(self, action: QAction, text: str, tip: str | None = None) -> None:
        """The action's name, and its tooltip with the first of its keys."""
        action.setText(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{0} ({1})").format(tip or text, keys))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{0} — electronic copy").format(self._copy.original_name))
        self._tip(self.previous_page_action, self.tr("Previous page"))
        self._tip(self.next_page_action, self.tr("Next page"))
        self._tip(self.zoom_out_action, self.tr("Zoom out"), self.tr("Zoom out; Ctrl and the mouse wheel zoom too"))
        self._tip(self.zoom_in_action, self.tr("Zoom in"), self.tr("Zoom in; Ctrl and the mouse wheel zoom too"))
        self.actual_size_action.setIconText(self.tr("100%"))
        self._tip(self.actual_size_action, self.tr("Actual size"), self.tr("Actual size: the page as large as on paper"))
        self.fit_width_action.setIconText(self.tr("Fit width"))
        self._tip(self.fit_width_action, self.tr("Fit width"), self.tr("Fit the page to the width of the window"))
        self.fit_page_action.setIconText(self.tr("Fit page"))
        self._tip(self.fit_page_action, self.tr("Fit page"), self.tr("Show the whole page"))
        self._tip(self.rotate_left_action, self.tr("Rotate left"),
                  self.tr("Rotate the view left (the stored file does not change)"))
        self._tip(self.rotate_right_action, self.tr("Rotate right"),
                  self.tr("Rotate the view right (the stored file does not change)"))
        self._tip(self.close_action, self.tr("Close"))
        template = self.tr("Page {0} of {1}")  # the page number's box stands where {0} is
        before, _, after = template.partition("{0}")
        count = str(self.page_count)
        self.page_before.setText(before.replace("{1}", count).strip())
        self.page_after.setText(after.replace("{1}", count).strip())
        self.page_before.setVisible(bool(self.page_before.text()))
        self.page_after.setVisible(bool(self.page_after.text()))
        self.page_spin.setToolTip(self.tr("Type a page number and press Enter to go to that page"))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        self._update_controls()
        if self.canvas.pixmap is None and self.canvas.text:
            self.canvas.show_image(None, self.tr("Loading page…"))
        if self._refusal is not None:
            self._show_refusal()
        elif self._failure is not None and self._failure[0] == self._page:
            self._show_problem(*self._failure)

    # --- events ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize and self._fit is not Fit.NONE:
            self._refresh()
        elif watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._wheel_zoom(event)
                return True
        return super().eventFilter(watched, event)

    def _wheel_zoom(self, event: QWheelEvent) -> None:
        """One zoom step a wheel notch, towards the point under the mouse."""
        self._wheel_rest += event.angleDelta().y()
        steps = int(self._wheel_rest / WHEEL_STEP)  # towards zero: a part of a notch waits for more
        self._wheel_rest -= steps * WHEEL_STEP
        zoom = self._zoom
        for _ in range(abs(steps)):
            zoom = zoom_in(zoom) if steps > 0 else zoom_out(zoom)
        if steps:
            self.set_zoom(zoom, event.position().toPoint())
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._task is None and self._shown_page is None and self._failure is None:
            self._refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._drop_task()
        if self._opening is not None:
            self._opening.discard()
        if self._prefetch is not None:
            self._prefetch.discard()
        self._prefetch = self._prefetch_key = None
        if self._memory is not None and not self.isMaximized() and not self.isFullScreen():
            self._memory.page_viewer_size = self.size()
        super().closeEvent(event)


def open_copy_viewer(
    parent: QWidget, runner: TaskRunner, registry: Registry, copy: ElectronicCopy, memory: SizeMemory | None = None
) -> PageViewer:
    """The copy's viewer window: brought to the front when it is open already, else opened."""
    for viewer in parent.findChildren(PageViewer):
        if viewer.copy.id == copy.id and not viewer.closing:
            if viewer.isMinimized():
                viewer.showNormal()
            viewer.raise_()
            viewer.activateWindow()
            return viewer
    actor = session.current()
    viewer = PageViewer(runner, registry, copy, memory, parent, opened=actor is None)
    if actor is not None:  # opening a copy is a view of its people's data (R36): once per window, before a page
        viewer.open_as(actor)
    viewer.show()
    return viewer


def close_copy_viewers(parent: QWidget) -> None:
    """Closes every viewer window of ``parent`` (the registry is closing or being switched)."""
    for viewer in parent.findChildren(PageViewer):
        viewer.close()
