"""Text recognition without Tesseract, for tests: the service's whole path runs in this process
and 'reads' the pages given, from any file."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

import pytest

from clerk_app.services import ocr as ocr_service
from scanners import ocr as scanner_ocr


class InlineExecutor:
    """Runs recognition in this process: the fake recogniser cannot be pickled to worker processes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __enter__(self) -> InlineExecutor:
        return self

    def __exit__(self, *args: Any) -> None:
        pass

    def submit(self, function: Any, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(function(*args))
        return future


def recognise_in_process(monkeypatch: pytest.MonkeyPatch, pages: list[str]) -> list[str]:
    """Every file is recognised as ``pages``; returns that list, which a test may change before
    the next recognition."""
    monkeypatch.setattr(
        ocr_service.ocr, "check_tesseract", lambda languages="": scanner_ocr.OcrAvailability(True, "5", (), None)
    )
    monkeypatch.setattr(ocr_service, "ProcessPoolExecutor", InlineExecutor)
    monkeypatch.setattr(ocr_service, "_recognise", lambda path, fmt, count, languages: list(pages))
    return pages
