"""The QR codes on a scanned page (zxing-cpp: the C++ port of ZXing, fast and robust to rotation,
skew and noise). A page is searched whole first; if nothing is found it is searched again at a
lower resolution and binarised, which rescues faint grey stamps and very fine 600 dpi scans."""

from __future__ import annotations

from PIL import Image

_MAX_SIDE = 2600  # pixels: a 600 dpi A4 page is searched at about 300 dpi


def read_qr_texts(image: Image.Image) -> list[str]:
    """The texts of the QR codes found, in reading order; never raises for a page."""
    import zxingcpp

    grey = image.convert("L") if image.mode != "L" else image
    if max(grey.size) > _MAX_SIDE:
        scale = _MAX_SIDE / max(grey.size)
        grey = grey.resize((int(grey.width * scale), int(grey.height * scale)), Image.Resampling.BOX)
    attempts = (
        {"try_rotate": True, "try_downscale": True},
        {"try_rotate": True, "try_downscale": True, "binarizer": zxingcpp.Binarizer.GlobalHistogram},
    )
    for options in attempts:
        try:
            found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode), **options)
        except Exception:  # a page the decoder chokes on is a page without a readable code
            continue
        texts = [result.text for result in found if getattr(result, "valid", True) and result.text]
        if texts:
            return texts
    return []
