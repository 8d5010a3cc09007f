"""What is done to a scanned page before it is kept: its colour mode, and whether it is blank.

Blank detection follows NAPS2's idea: look only at the page's inside (scanner edges cast shadows),
smooth away dust and paper grain, then count the ink. A page whose ink covers less than the
threshold (percent of the area) is blank."""

from __future__ import annotations

from PIL import Image, ImageFilter

from scanners.acquisition import ColourMode

INK_LEVEL = 160  # grey below this is ink (paper scans at 200–250, print at 0–100)
_MARGIN = 0.06  # of each side, left out of blank detection
_SAMPLE_WIDTH = 400  # pixels: about 50 dpi on A4, enough to see a line of text


def in_mode(image: Image.Image, mode: ColourMode) -> Image.Image:
    """The page in the profile's colour mode; black-and-white is thresholded from grey when the
    driver could only give grey."""
    dpi = image.info.get("dpi")
    if mode is ColourMode.BLACK_WHITE:
        result = image if image.mode == "1" else _grey(image).point(lambda v: 255 if v >= INK_LEVEL else 0, mode="1")
    elif mode is ColourMode.GREY:
        result = _grey(image)
    else:
        result = image if image.mode == "RGB" else image.convert("RGB")
    if dpi is not None:
        result.info["dpi"] = dpi
    return result


def ink_percent(image: Image.Image) -> float:
    """How much of the page's inside is covered by ink, in percent."""
    grey = _grey(image)
    width, height = grey.size
    box = (int(width * _MARGIN), int(height * _MARGIN), int(width * (1 - _MARGIN)), int(height * (1 - _MARGIN)))
    inside = grey.crop(box)
    if inside.width == 0 or inside.height == 0:
        return 0.0
    scale = min(1.0, _SAMPLE_WIDTH / inside.width)
    sample = inside.resize((max(1, int(inside.width * scale)), max(1, int(inside.height * scale))),
                           Image.Resampling.BOX)
    sample = sample.filter(ImageFilter.MedianFilter(3))  # specks of dust are not ink
    histogram = sample.histogram()
    ink = sum(histogram[:INK_LEVEL])
    return 100.0 * ink / (sample.width * sample.height)


def is_blank(image: Image.Image, threshold_percent: float) -> bool:
    return ink_percent(image) < threshold_percent


def rotated(image: Image.Image, quarter_turns: int) -> Image.Image:
    """Turned clockwise by 90° steps, losslessly, keeping the resolution."""
    turns = quarter_turns % 4
    if turns == 0:
        return image
    transpose = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}[turns]
    result = image.transpose(transpose)
    dpi = image.info.get("dpi")
    if dpi is not None:
        result.info["dpi"] = (dpi[1], dpi[0]) if turns % 2 else dpi
    return result


def _grey(image: Image.Image) -> Image.Image:
    if image.mode == "L":
        return image
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.point(lambda v: v / 256).convert("L")
    return image.convert("L")
