"""``clerk-app --self-test`` (issue 10): the installed program checks itself without a window — a
temporary store, a card registered, a generated TIFF attached, its text recognised when Tesseract
is there, the journal printed to PDF, the store verified. Prints one JSON report; exit 0 only when
every step passed (a missing Tesseract is reported, not failed: recognition is optional).

It runs what the clerk's desk runs, from the bundle: the migrations, the sandboxed file checks and
recognition in spawned workers, the fonts, the translations and Qt's PDF output."""

from __future__ import annotations

import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from clerk_app import __version__
from clerk_app.domain.enums import CopyRole, Direction
from clerk_app.domain.identifiers import complete
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today

WORD = "ШАҒЫМ"  # "complaint": Kazakh letters, so the kaz data is what reads it
NUMBER = "4815162342"
ACTOR = Actor("self-test")


def _require(condition: object, problem: str) -> None:
    """A failed check, also under ``python -O`` (which drops asserts)."""
    if not condition:
        raise RuntimeError(problem)


def _iin() -> str:
    serial = 1
    while not (number := complete(f"9001013{serial:04d}")):
        serial += 1
    return number


def _card_data() -> dict[str, Any]:
    return {
        "direction": "incoming", "channel": "post", "form": "written", "type": "complaint",
        "kind": "pretrial_settlement", "summary": "Self-test: a faulty refrigerator",
        "applicants": [{"type": "natural_person", "surname": "Тестов", "given_name": "Тест", "iin": _iin(),
                        "address": "Астана"}],
        "respondent": {"name": "«Тест» ЖШС", "role": "seller", "bin_or_iin": "940140000385"},
        "sheet_count": 1,
    }


def _tiff(path: Path) -> Path:
    """An A4 page at 300 dpi, black and white, CCITT G4: what a scanner makes of a typed letter."""
    from ui.fonts import FONT_FILES, FONTS_DIR

    page = Image.new("L", (2480, 3508), 255)
    font = ImageFont.truetype(str(FONTS_DIR / FONT_FILES[0]), 90)
    draw = ImageDraw.Draw(page)
    draw.text((250, 400), f"{WORD} {NUMBER}", font=font, fill=0)
    draw.text((250, 600), "Сатып алынған тоңазытқыш ақаулы", font=font, fill=0)
    page.convert("1").save(path, compression="group4", dpi=(300, 300))
    return path


def today_quarter() -> tuple[int, int]:
    today = astana_today()
    return today.year, (today.month - 1) // 3 + 1


def _qt_parts() -> dict[str, Any]:
    """What the window needs and a headless run would not load: both catalogues and the platform
    plugin of this desktop (xcb, or windows), loaded for real (a missing system library fails here)."""
    import sys as _sys

    from PySide6.QtCore import QLibraryInfo, QPluginLoader, QTranslator

    from ui.languages import translations_dir

    for language in ("kk", "ru"):
        translator = QTranslator()
        _require(translator.load(f"clerk_{language}", str(translations_dir())), f"clerk_{language}.qm does not load")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    wanted = "qwindows" if _sys.platform == "win32" else "libqxcb"
    found = sorted(plugins.glob(f"{wanted}*"))
    _require(found, f"no {wanted} platform plugin in {plugins}")
    loader = QPluginLoader(str(found[0]))
    _require(loader.load(), f"{found[0].name} does not load: {loader.errorString()}")
    return {"catalogues": ["kk", "ru"], "platform_plugin": found[0].name}


class _Steps:
    def __init__(self) -> None:
        self.report: list[dict[str, Any]] = []
        self.ok = True

    def run(self, name: str, step: Callable[[], dict[str, Any]]) -> None:
        started = time.perf_counter()
        try:
            outcome = {"ok": True, **step()}
        except Exception as exc:  # a failed step is reported with its trace, and the next steps still run
            outcome = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}
        self.ok = self.ok and bool(outcome["ok"])
        self.report.append({"step": name, "seconds": round(time.perf_counter() - started, 2), **outcome})


def run_self_test() -> int:
    from ui.printing.command import headless_application
    from ui.printing.journal import save_journal
    from ui.printing.quarterly import save_quarterly

    headless_application()  # Qt without a window, for the printed journal
    steps = _Steps()
    # ignore_cleanup_errors: on Windows a file still held by a closing worker must not undo a pass
    with tempfile.TemporaryDirectory(prefix="clerk-self-test-", ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        registry: Registry | None = None
        card: dict[str, str] = {}

        def open_store() -> dict[str, Any]:
            nonlocal registry
            registry = Registry.open(data_dir=root / "store")
            return {"location": registry.location}

        def register() -> dict[str, Any]:
            assert registry is not None
            made = registry.registration.register_json(_card_data(), ACTOR)
            card["number"] = made.number
            return {"number": made.number}

        def attach() -> dict[str, Any]:
            assert registry is not None
            report = registry.copies.attach(card["number"], [_tiff(root / "scan.tif")], CopyRole.APPEAL, ACTOR)
            _require(report.attached and not report.refused, f"the TIFF was not attached: {report}")
            return {"format": report.attached[0].format, "pages": report.attached[0].page_count}

        def recognise() -> dict[str, Any]:
            assert registry is not None
            outcome = registry.ocr.run_pending()
            if outcome.problem is not None and "not installed" in outcome.problem:
                return {"skipped": outcome.problem}  # recognition is optional; a half-installed one is not
            _require(outcome.problem is None, f"text recognition cannot work: {outcome.problem}")
            text = " ".join(page for _sha, _index, page in registry.ocr.card_texts(card["number"]))
            _require(NUMBER in text.replace(" ", "") and WORD in text, f"recognised: {text[:200]!r}")
            return {"pages": outcome.pages, "found": NUMBER, "word_read": True}

        def print_journal() -> dict[str, Any]:
            assert registry is not None
            today = astana_today()
            saved = save_journal(registry, ACTOR, direction=Direction.INCOMING, start=today - timedelta(days=1),
                                 end=today, path=root / "journal.pdf")
            _require(saved.path.read_bytes().startswith(b"%PDF") and (saved.pages or 0) >= 2, f"journal: {saved}")
            return {"pages": saved.pages, "entries": saved.rows}

        def write_xlsx() -> dict[str, Any]:
            assert registry is not None
            year, quarter = today_quarter()
            saved = save_quarterly(registry, ACTOR, year=year, quarter=quarter, path=root / "quarterly.xlsx",
                                   template=None)
            _require(saved.path.read_bytes().startswith(b"PK"), "the quarterly XLSX was not written")
            return {"rows": saved.rows}

        def verify() -> dict[str, Any]:
            assert registry is not None
            copies = registry.copies.verify()
            chain = registry.audit.verify(ACTOR)
            _require(not copies.missing and not copies.corrupt and chain.ok, f"verify: {copies}, {chain}")
            return {"copies_checked": copies.checked, "audit_entries": chain.entries_checked}

        steps.run("qt", _qt_parts)
        for name, step in (("open_store", open_store), ("register", register), ("attach_tiff", attach),
                           ("recognise", recognise), ("print_journal", print_journal), ("write_xlsx", write_xlsx),
                           ("verify", verify)):
            if name == "open_store" or registry is not None:
                steps.run(name, step)
        if registry is not None:
            registry.close()
    json.dump({"version": __version__, "ok": steps.ok, "steps": steps.report}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0 if steps.ok else 1
