"""How large the page viewer shows a page, and how many pixels it renders for that: plain arithmetic,
shared by the window (which lays the page out at once) and the worker (which renders it), so both
arrive at the same size and a rendered page is found again in the cache.

"100 %" is the page at its size on paper, an inch being 96 logical pixels (the CSS inch, which is
also the usual screen's): a clerk comparing the copy with the paper original sees the same size.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SCREEN_DPI = 96.0
MAX_RENDER_DPI = 300.0  # finer is never needed to read a scan; beyond it the page is drawn enlarged
MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
_STEP_SLACK = 1.001  # "the next step above" skips a step the zoom is already at (give or take rounding)

Inches = tuple[float, float]  # (width, height) of a page, upright
Pixels = tuple[int, int]


class Fit(Enum):
    WIDTH = "width"  # the page as wide as the window (the default: a scan is read top to bottom)
    PAGE = "page"  # the whole page in the window
    NONE = "none"  # a zoom the clerk chose


def turned(inches: Inches, rotation: int) -> Inches:
    """The page's size as shown when the view is turned by ``rotation`` degrees."""
    return (inches[1], inches[0]) if rotation % 180 else inches


@dataclass(frozen=True)
class ViewState:
    """What the clerk asked to see, and the room there is for it."""

    fit: Fit
    zoom: float  # used with Fit.NONE
    rotation: int  # 0, 90, 180 or 270, clockwise; only the view turns, never the file
    room: Pixels  # logical pixels for the page when no scroll bar is shown
    scroll_bar: int  # the width a vertical scroll bar takes from the room
    ratio: float  # device pixels per logical pixel

    def zoom_for(self, inches: Inches) -> float:
        width, height = turned(inches, self.rotation)
        room_w, room_h = max(self.room[0], 1), max(self.room[1], 1)
        if self.fit is Fit.WIDTH:
            zoom = room_w / (width * SCREEN_DPI)
            if height * SCREEN_DPI * zoom > room_h:  # the page is taller than the window: a scroll bar
                zoom = max(room_w - self.scroll_bar, 1) / (width * SCREEN_DPI)
        elif self.fit is Fit.PAGE:
            zoom = min(room_w / (width * SCREEN_DPI), room_h / (height * SCREEN_DPI))
        else:
            zoom = self.zoom
        return min(max(zoom, MIN_ZOOM), MAX_ZOOM)

    def shown_size(self, inches: Inches) -> Pixels:
        """The page on screen, in logical pixels, turned."""
        zoom = self.zoom_for(inches)
        width, height = turned(inches, self.rotation)
        return (max(round(width * SCREEN_DPI * zoom), 1), max(round(height * SCREEN_DPI * zoom), 1))

    def render_box(self, inches: Inches) -> Pixels:
        """The box the page is rendered into, in device pixels, upright (the view turns it when it
        paints): as fine as the screen shows it, at most MAX_RENDER_DPI."""
        dpi = min(SCREEN_DPI * self.zoom_for(inches) * self.ratio, MAX_RENDER_DPI)
        return (max(round(inches[0] * dpi), 1), max(round(inches[1] * dpi), 1))


def zoom_in(zoom: float) -> float:
    return next((step for step in ZOOM_STEPS if step > zoom * _STEP_SLACK), MAX_ZOOM)


def zoom_out(zoom: float) -> float:
    return next((step for step in reversed(ZOOM_STEPS) if step * _STEP_SLACK < zoom), MIN_ZOOM)
