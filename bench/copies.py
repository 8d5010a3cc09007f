"""Electronic-copy benchmarks: attaching a 20-page G4 TIFF, check-files throughput, OCR throughput
against the tesseract command line on the same pages and languages."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.copies import FileJudge
from clerk_app.services.registry import Registry
from tests.factories import incoming

FONT = Path(__file__).resolve().parent.parent / "ui" / "resources" / "fonts" / "DejaVuSans.ttf"
LINES = [
    "Тұтынушылардың құқықтарын қорғау туралы өтініш",
    "Өтініш беруші: Әбдірахманов Ерлан Ғабитұлы, Астана қаласы",
    "Жалоба на продавца: холодильник неисправен, прошу вернуть деньги",
    "Сатушы жауап бермеді, ақшаны қайтаруды сұраймын",
]


def text_page(seed: int) -> Image.Image:
    image = Image.new("L", (2480, 3508), 255)  # A4, 300 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 40)
    draw.text((200, 150), f"Бет / страница {seed + 1}", font=font, fill=0)  # every page differs
    for row in range(40):
        draw.text((200, 250 + row * 75), LINES[(row + seed) % len(LINES)], font=font, fill=0)
    return image


def import_tiff(_: int) -> dict[str, Any]:
    """A 20-page 300-dpi G4 TIFF attached to a card (judged in the sandbox, stored, recorded)."""
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        root = Path(tmp)
        pages = [text_page(i).convert("1") for i in range(20)]
        scans = []
        for run in range(4):  # different bytes each time, so nothing is deduplicated
            path = root / f"scan{run}.tif"
            pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=(300, 300),
                          description=f"run {run}")
            scans.append(path)
        registry = Registry.open(data_dir=root / "data")
        card = registry.registration.register_json(incoming(), Actor("bench"))
        registry.copies.attach(card.number, [scans[0]], CopyRole.APPEAL, Actor("bench"))  # warm-up: workers start
        samples = []
        for path in scans[1:]:
            started = time.perf_counter()
            report = registry.copies.attach(card.number, [path], CopyRole.ATTACHMENT, Actor("bench"))
            samples.append(time.perf_counter() - started)
            assert report.attached and report.attached[0].page_count == 20
        size = scans[0].stat().st_size
        registry.close()
    worst = max(samples)
    return {"pages": 20, "file_bytes": size, "seconds": [round(s, 3) for s in samples], "worst_s": round(worst, 3),
            "target": {"worst_s": 1.0}, "meets_target": worst <= 1.0}


def check_files(_: int) -> dict[str, Any]:
    """Small files of every accepted kind and some refused ones through ``FileJudge.check_files``."""
    from tests import corpus

    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        folder = Path(tmp)
        small = {name: maker for name, (maker, *_rest) in {**corpus.accepted(), **corpus.refused()}.items()}
        count = 0
        for copy in range(4):
            for name, maker in small.items():
                (folder / f"{copy}_{name}").write_bytes(maker())
                count += 1
        judge = FileJudge()
        list(judge.check_files([next(folder.iterdir())]))  # workers started, as in a running app
        started = time.perf_counter()
        verdicts = list(judge.check_files([folder]))
        seconds = time.perf_counter() - started
        judge.close()
    rate = len(verdicts) / seconds
    return {"files": count, "seconds": round(seconds, 3), "files_per_second": round(rate, 1),
            "target": {"files_per_second": 50}, "meets_target": rate >= 50}


def ocr(_: int) -> dict[str, Any]:
    """Pages per second through the app's queue (both cores) against ``tesseract`` on the same pages
    and languages, one page after another as a clerk's script would run it."""
    languages = "kaz+rus+eng"
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as tmp:
        root = Path(tmp)
        pages = [text_page(i) for i in range(6)]
        png_paths = []
        for i, image in enumerate(pages):
            path = root / f"page{i}.png"
            image.save(path, dpi=(300, 300))
            png_paths.append(path)
        tesseract = shutil.which("tesseract")
        if tesseract is None:
            return {"error": "tesseract is not installed"}
        def cli_run(env: dict[str, str] | None) -> float:
            started = time.perf_counter()
            for path in png_paths:
                subprocess.run([tesseract, str(path), "stdout", "-l", languages], capture_output=True, check=True, env=env)
            return time.perf_counter() - started

        cli_seconds = cli_run(None)  # as installed: Tesseract's own threads
        cli_one_thread_seconds = cli_run({**os.environ, "OMP_THREAD_LIMIT": "1"})
        registry = Registry.open(data_dir=root / "data")
        card = registry.registration.register_json(incoming(), Actor("bench"))
        jpgs = []
        for i, image in enumerate(pages):  # one file per page, as the clerk attaches them
            path = root / f"page{i}.jpg"
            image.save(path, dpi=(300, 300), quality=90)
            jpgs.append(path)
        registry.copies.attach(card.number, jpgs, CopyRole.APPEAL, Actor("bench"))
        started = time.perf_counter()
        report = registry.ocr.run_pending()
        app_seconds = time.perf_counter() - started
        registry.close()
    ratio = cli_seconds / app_seconds  # throughput ratio: same pages, so the inverse ratio of times
    ratio_one_thread = cli_one_thread_seconds / app_seconds
    return {"pages": len(pages), "languages": languages, "tesseract_cli_s": round(cli_seconds, 2),
            "tesseract_cli_one_thread_s": round(cli_one_thread_seconds, 2),
            "app_s": round(app_seconds, 2), "recognised_pages": report.pages,
            "throughput_ratio": round(ratio, 2), "throughput_ratio_vs_one_thread_cli": round(ratio_one_thread, 2),
            "target": {"throughput_ratio": 0.9}, "meets_target": min(ratio, ratio_one_thread) >= 0.9}


BENCHMARKS = {"import": import_tiff, "check_files": check_files, "ocr": ocr}
