"""Paper as a scanner sees it, for the scanning tests: an A4 page of "text" with a registration
stamp's QR code (24 mm, as the labels of issue 8 print it), at a resolution, turned, skewed and
speckled, in grey or black-and-white."""

from __future__ import annotations

import io
import random

import segno
from PIL import Image, ImageDraw, ImageFilter

A4_MM = (210.0, 297.0)
STAMP_MM = 24.0


def _mm(value: float, dpi: int) -> int:
    return round(value / 25.4 * dpi)


def qr_image(text: str, size_px: int) -> Image.Image:
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=10, border=4)
    buffer.seek(0)
    return Image.open(buffer).convert("L").resize((size_px, size_px), Image.Resampling.NEAREST)


def page(
    qr_text: str | None = None, *, dpi: int = 300, turn_degrees: float = 0.0, noise: float = 0.04,
    black_and_white: bool = False, seed: int = 1, damaged: bool = False,
) -> Image.Image:
    rng = random.Random(seed)
    width, height = _mm(A4_MM[0], dpi), _mm(A4_MM[1], dpi)
    sheet = Image.new("L", (width, height), 235)  # paper is never white
    draw = ImageDraw.Draw(sheet)
    line_height = _mm(6, dpi)
    for row in range(8, 40):  # lines of "words"
        x = _mm(25, dpi)
        y = row * line_height
        while x < width - _mm(25, dpi):
            word = rng.randint(_mm(4, dpi), _mm(18, dpi))
            draw.rectangle((x, y, x + word, y + _mm(2.2, dpi)), fill=rng.randint(20, 70))
            x += word + _mm(2.5, dpi)
    if qr_text is not None:
        code = qr_image(qr_text, _mm(STAMP_MM, dpi))
        if damaged:  # a coffee stain over half of it
            ImageDraw.Draw(code).rectangle((0, 0, code.width // 2, code.height), fill=90)
        sheet.paste(code, (width - _mm(STAMP_MM + 20, dpi), _mm(15, dpi)))
        draw.rectangle((width - _mm(STAMP_MM + 60, dpi), _mm(15, dpi), width - _mm(STAMP_MM + 22, dpi),
                        _mm(15 + STAMP_MM, dpi)), outline=40, width=max(1, _mm(0.4, dpi)))  # the stamp's frame
    if turn_degrees:
        sheet = sheet.rotate(turn_degrees, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=235)
    if noise:
        speckles = Image.effect_noise(sheet.size, 40).point(lambda v: 255 if v > 128 + 127 * (1 - noise) else 0)
        sheet.paste(30, mask=speckles.convert("1"))
        sheet = sheet.filter(ImageFilter.GaussianBlur(0.6 * dpi / 300))
    if black_and_white:
        sheet = sheet.point(lambda v: 255 if v >= 150 else 0, mode="1")
    sheet.info["dpi"] = (dpi, dpi)
    return sheet


def blank_page(*, dpi: int = 150, specks: int = 30, seed: int = 2) -> Image.Image:
    """The blank back of a sheet: paper grain and a little dust."""
    rng = random.Random(seed)
    width, height = _mm(A4_MM[0], dpi), _mm(A4_MM[1], dpi)
    sheet = Image.new("L", (width, height), 238)
    draw = ImageDraw.Draw(sheet)
    for _ in range(specks):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + 2, y + 2), fill=60)
    draw.rectangle((0, 0, width, _mm(4, dpi)), fill=90)  # the scanner lid's shadow at the edge
    sheet.info["dpi"] = (dpi, dpi)
    return sheet
