"""The hot folder: half-written files are never taken, every file ends in done/ or rejected/ exactly
once, and killing the importer at any moment loses and duplicates nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.hot_folder import HotFolder
from clerk_app.services.registry import Registry
from tests import corpus
from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[2]


def _write(folder: Path, name: str) -> Path:
    maker = {**{k: v[0] for k, v in corpus.accepted().items()}, **{k: v[0] for k, v in corpus.refused().items()}}[name]
    path = folder / name
    path.write_bytes(maker())
    return path


def _age(path: Path, seconds: float = 10) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_file_still_being_written_is_not_taken(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    data = corpus.accepted()["tiff_g4_300dpi.tif"][0]()
    growing = folder / "scan.tif"
    hot = HotFolder(folder, registry.copies, stable_seconds=0.3, reject_after_seconds=30)
    with open(growing, "wb") as handle:
        handle.write(data[: len(data) // 2])
        handle.flush()
        assert hot.scan_once().waiting == ("scan.tif",)  # first look: only noted
        time.sleep(0.4)
        # the scanner paused longer than stable_seconds: judged, cannot be accepted, but not rejected yet
        assert hot.scan_once().waiting == ("scan.tif",)
        assert growing.exists() and not (folder / "rejected").exists()
        handle.write(data[len(data) // 2 :])
    assert hot.scan_once().waiting == ("scan.tif",)  # changed since the last look
    time.sleep(0.4)
    report = hot.scan_once()
    assert report.imported == ("scan.tif",) and not report.rejected
    assert (folder / "done" / "scan.tif").read_bytes() == data
    [item] = registry.copies.inbox()
    assert (item.format, item.page_count, item.original_name, item.source) == ("tiff", 1, "scan.tif", "hot_folder")


def test_refused_files_go_to_rejected_with_a_reason(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("image.png", "encrypted_user_password.pdf", "jpeg_baseline.jpg", "tiff_header_only.tif"):
        _age(_write(folder, name), seconds=120)  # old enough: a damaged file is damaged, not unfinished
    hot = HotFolder(folder, registry.copies, stable_seconds=0)
    hot.scan_once()
    report = hot.scan_once()
    assert report.imported == ("jpeg_baseline.jpg",)
    assert sorted(report.rejected) == ["encrypted_user_password.pdf", "image.png", "tiff_header_only.tif"]
    reason = (folder / "rejected" / "encrypted_user_password.pdf.reason.txt").read_text(encoding="utf-8")
    assert "pdf.encrypted" in reason and "unprotected copy" in reason
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == []


def test_same_content_twice_is_one_inbox_item_and_names_never_clash(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    hot = HotFolder(folder, registry.copies, stable_seconds=0)
    for _ in range(2):
        _age(_write(folder, "jpeg_baseline.jpg"))
        hot.scan_once()
        hot.scan_once()
    assert len(registry.copies.inbox()) == 1
    assert sorted(p.name for p in (folder / "done").iterdir()) == ["jpeg_baseline (2).jpg", "jpeg_baseline.jpg"]


def test_filing_an_inbox_item_under_a_card(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    _age(_write(folder, "pdf_scanned_two_pages.pdf"))
    hot = HotFolder(folder, registry.copies, stable_seconds=0)
    hot.scan_once()
    hot.scan_once()
    [item] = registry.copies.inbox()
    card = registry.registration.register_json(incoming(), Actor("clerk"))
    copy = registry.copies.file_inbox_item(item.id, card.number, CopyRole.APPEAL, Actor("clerk"))
    assert (copy.format, copy.page_count, copy.original_name) == ("pdf", 2, "pdf_scanned_two_pages.pdf")
    assert registry.copies.inbox() == [] and registry.ocr.queue_counts() == {"pending": 1}
    with pytest.raises(ClerkError):
        registry.copies.file_inbox_item(item.id, card.number, CopyRole.APPEAL, Actor("clerk"))


@pytest.mark.slow
def test_killing_the_importer_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    data, folder = tmp_path / "data", tmp_path / "scans"
    folder.mkdir()
    names = ["tiff_g4_300dpi.tif", "pdf_scanned_two_pages.pdf", "jpeg_progressive.jpeg", "tiff_lzw_rgb_predictor.tif",
             "image.png", "jpeg_cmyk.jpg", "tiff_multipage_mixed_sizes.tif", "pdf_junk_before_header.pdf"]
    for name in names:
        _age(_write(folder, name), seconds=120)
    rng = random.Random(11)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "ui.entry", "--data-dir", str(data), "hot-folder", str(folder),
               "--interval", "0.2", "--stable-seconds", "0"]
    for _ in range(5):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(rng.uniform(0.5, 2.5))
        process.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        process.wait()
    finish = subprocess.run([*command, "--once"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert finish.returncode == 0, finish.stderr
    done = sorted(p.name for p in (folder / "done").iterdir())
    rejected = sorted(p.name for p in (folder / "rejected").iterdir() if not p.name.endswith(".reason.txt"))
    assert sorted(done + rejected) == sorted(names)  # every file once, none left, none lost
    assert rejected == ["image.png"]
    registry = Registry.open(data_dir=data)
    assert sorted(i.original_name for i in registry.copies.inbox()) == sorted(n for n in names if n != "image.png")
    registry.close()


def test_dangerous_folders_are_refused(tmp_path: Path) -> None:
    from clerk_app.services.hot_folder import unsafe_folder_problem

    data = tmp_path / "data"
    data.mkdir()
    assert unsafe_folder_problem(data, data) and unsafe_folder_problem(data / "blobs", data)
    assert unsafe_folder_problem(tmp_path, data) and unsafe_folder_problem(Path.home(), data)
    assert unsafe_folder_problem(tmp_path / "scans", data) is None


def test_a_file_taken_by_another_station_does_not_stop_the_scan(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("jpeg_baseline.jpg", "tiff_packbits.tif"):
        _age(_write(folder, name), seconds=120)
    hot = HotFolder(folder, registry.copies, stable_seconds=0)
    hot.scan_once()
    real_judge = registry.copies.judge.judge

    def judge_then_vanish(path: Path):  # type: ignore[no-untyped-def]
        verdict = real_judge(path)
        if path.name == "jpeg_baseline.jpg":
            path.unlink()  # the other station moved it meanwhile
        return verdict

    registry.copies.judge.judge = judge_then_vanish  # type: ignore[method-assign]
    report = hot.scan_once()
    assert report.imported == ("tiff_packbits.tif",)
