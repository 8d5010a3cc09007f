"""Electronic copies: judged by content, stored unaltered and verified; hostile files cannot harm."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from clerk_app.domain.enums import CopyRole
from clerk_app.errors import CancelledError
from clerk_app.services.context import Actor
from clerk_app.services.copies import FileJudge
from clerk_app.services.registry import Registry
from scanners.sandbox import Limits, Sandbox
from storage.blobs import FileBlobStore
from tests import corpus
from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[2]
CLERK = Actor("clerk")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_all(folder)
    return folder


@pytest.fixture(scope="module")
def judge() -> Iterator[FileJudge]:
    shared = FileJudge()
    yield shared
    shared.close()


@pytest.mark.parametrize("name", sorted(corpus.accepted()))
def test_accepted_kinds(judge: FileJudge, corpus_dir: Path, name: str) -> None:
    _, expected_format, expected_pages = corpus.accepted()[name]
    verdict = judge.judge(corpus_dir / name)
    assert verdict.accepted, (verdict.code, verdict.reason)
    assert (verdict.format, verdict.pages) == (expected_format, expected_pages)
    assert verdict.sha256 and len(verdict.sha256) == 64
    assert all(page.width_px and page.height_px for page in verdict.page_info)


def test_recorded_details(judge: FileJudge, corpus_dir: Path) -> None:
    fax = judge.judge(corpus_dir / "fax_g3_204x196.tif")
    assert (fax.page_info[0].dpi_x, fax.page_info[0].dpi_y) == (204.0, 196.0)
    assert fax.details["compressions"] == ["group3"]
    assert judge.judge(corpus_dir / "jpeg_exif_rotated.jpg").details["exif_orientation"] == 6
    assert judge.judge(corpus_dir / "jpeg_progressive.jpeg").details["progressive"] is True
    assert judge.judge(corpus_dir / "pdf_with_javascript.pdf").details["has_javascript"] is True
    assert judge.judge(corpus_dir / "pdf_with_embedded_file.pdf").details["has_embedded_files"] is True
    scanned = judge.judge(corpus_dir / "pdf_scanned_two_pages.pdf")
    assert scanned.page_info[0].dpi_x == pytest.approx(150, abs=1)
    mixed = judge.judge(corpus_dir / "tiff_multipage_mixed_sizes.tif")
    assert [(p.width_px, p.height_px) for p in mixed.page_info] == [(1240, 1754), (1754, 1240), (1000, 1400)]


@pytest.mark.parametrize("name", sorted(corpus.refused()))
def test_refused_kinds(judge: FileJudge, corpus_dir: Path, name: str) -> None:
    verdict = judge.judge(corpus_dir / name)
    assert not verdict.accepted
    assert verdict.code == corpus.refused()[name][1], verdict.reason
    assert verdict.reason


@pytest.mark.parametrize("name", sorted(corpus.truncations()))
def test_truncated_files_are_refused(judge: FileJudge, corpus_dir: Path, name: str) -> None:
    verdict = judge.judge(corpus_dir / name)
    assert not verdict.accepted and verdict.code in {"file.corrupt", "file.truncated"}, (verdict.code, verdict.reason)


def test_size_limit(tmp_path: Path, corpus_dir: Path) -> None:
    small = FileJudge(max_size=10_000)
    try:
        assert (corpus_dir / "tiff_big_endian.tif").stat().st_size < 10_000
        assert small.judge(corpus_dir / "tiff_big_endian.tif").accepted
        big = small.judge(corpus_dir / "tiff_none_grey.tif")
        assert big.code == "file.too_large" and "MB" in (big.reason or "")
        assert small.judge(tmp_path).code == "file.not_a_file"
        assert small.judge(tmp_path / "missing.pdf").code == "file.unreadable"
    finally:
        small.close()


def test_a_hanging_decode_is_cut_off_and_the_sandbox_goes_on(tmp_path: Path, corpus_dir: Path) -> None:
    huge = tmp_path / "huge.tif"
    Image.new("RGB", (9000, 9000), "white").save(huge, compression="tiff_lzw")
    with Sandbox(1, Limits(timeout_s=0.05)) as sandbox:
        from scanners.inspect import FileRefused

        with pytest.raises(FileRefused) as caught:
            sandbox.inspect(huge)
        assert caught.value.code == "file.timeout"
    with Sandbox(1) as sandbox:
        assert sandbox.inspect(corpus_dir / "jpeg_baseline.jpg").format.value == "jpeg"


@pytest.mark.skipif(os.name == "nt", reason="the memory limit is POSIX-only (see scanners/sandbox.py)")
def test_a_memory_eating_file_is_refused_and_the_sandbox_goes_on(tmp_path: Path, corpus_dir: Path) -> None:
    huge = tmp_path / "huge.tif"
    Image.new("RGB", (12000, 12000), "white").save(huge, compression="tiff_lzw")  # 432 MB once decoded
    from scanners.inspect import FileRefused

    with Sandbox(1, Limits(memory_mb=400)) as sandbox:
        with pytest.raises(FileRefused) as caught:
            sandbox.inspect(huge)
        assert caught.value.code in {"file.too_much_memory", "file.crashed_decoder", "file.corrupt"}
        assert sandbox.inspect(corpus_dir / "tiff_g4_300dpi.tif").pages  # a fresh worker carries on


def test_attach_stores_originals_unaltered(registry: Registry, corpus_dir: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    files = [corpus_dir / "tiff_g4_300dpi.tif", corpus_dir / "pdf_scanned_two_pages.pdf", corpus_dir / "image.png"]
    report = registry.copies.attach(card.number, files, CopyRole.APPEAL, CLERK)
    assert [c.format for c in report.attached] == ["tiff", "pdf"]
    assert [v.code for v in report.refused] == ["file.png"]
    copies = registry.copies.copies(card.number)
    assert [(c.position, c.page_count, c.original_name, c.added_by) for c in copies] == [
        (0, 1, "tiff_g4_300dpi.tif", "clerk"), (1, 2, "pdf_scanned_two_pages.pdf", "clerk"),
    ]
    blobs = registry.copies.blobs
    for copy, source in zip(copies, files, strict=False):
        with blobs.open(copy.sha256) as stored:
            assert stored.read() == source.read_bytes()
        assert not blobs.path_of(copy.sha256).stat().st_mode & stat.S_IWUSR
    assert len(list(blobs.iter_hashes())) == 2  # the PNG left nothing behind
    assert registry.copies.verify().ok


def test_attaching_reports_its_progress_and_a_cancel_keeps_nothing(registry: Registry, corpus_dir: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    files = [corpus_dir / "tiff_g4_300dpi.tif", corpus_dir / "pdf_scanned_two_pages.pdf", corpus_dir / "image.png"]
    steps: list[tuple[int, int]] = []
    report = registry.copies.attach(card.number, files, CopyRole.APPEAL, CLERK, progress=lambda d, t: steps.append((d, t)))
    assert len(report.attached) == 2
    assert steps == [(1, 6), (2, 6), (3, 6), (5, 6), (6, 6)]  # 3 judged; the refused PNG needs no storing

    other = registry.registration.register_json(incoming(applicants=[{"surname": "Ли", "given_name": "Ян"}]), CLERK)
    seen: list[int] = []
    with pytest.raises(CancelledError) as cancelled:
        registry.copies.attach(
            other.number, [corpus_dir / "jpeg_baseline.jpg", *files], CopyRole.APPEAL, CLERK,
            progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) >= 2,  # the clerk pressed Cancel
        )
    assert cancelled.value.code == "operation.cancelled" and seen == [1, 2]
    assert registry.copies.copies(other.number) == []
    assert registry.copies.verify().ok  # at most an unreferenced blob, which verify reports as such


def test_same_file_is_stored_once_and_attached_once(registry: Registry, corpus_dir: Path) -> None:
    first = registry.registration.register_json(incoming(), CLERK)
    second = registry.registration.register_json(incoming(applicants=[{"surname": "Ли", "given_name": "Ян"}]), CLERK)
    scan = corpus_dir / "jpeg_baseline.jpg"
    registry.copies.attach(first.number, [scan], CopyRole.APPEAL, CLERK)
    again = registry.copies.attach(first.number, [scan], CopyRole.APPEAL, CLERK)
    assert [v.code for v in again.refused] == ["copy.already_attached"]
    registry.copies.attach(first.number, [scan], CopyRole.EVIDENCE, CLERK)  # another role is another copy
    registry.copies.attach(second.number, [scan], CopyRole.APPEAL, CLERK)
    assert len(list(registry.copies.blobs.iter_hashes())) == 1


def test_verify_finds_corrupt_and_missing_blobs(registry: Registry, corpus_dir: Path) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    report = registry.copies.attach(
        card.number, [corpus_dir / "tiff_packbits.tif", corpus_dir / "jpeg_cmyk.jpg"], CopyRole.APPEAL, CLERK
    )
    damaged, lost = (registry.copies.blobs.path_of(c.sha256) for c in report.attached)
    damaged.chmod(0o644)
    with open(damaged, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00\xff")
    lost.chmod(0o644)
    lost.unlink()
    result = registry.copies.verify()
    assert not result.ok and result.corrupt == (report.attached[0].sha256,) and result.missing == (report.attached[1].sha256,)


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLERK_USER": "cli"}
    return subprocess.run([sys.executable, "-m", "ui.entry", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def test_check_files_command_judges_everything(corpus_dir: Path, tmp_path: Path) -> None:
    result = _cli(tmp_path / "unused", "check-files", str(corpus_dir), str(tmp_path / "nonexistent.pdf"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(list(corpus_dir.iterdir())) + 1
    assert set(lines[0]) == {"path", "accepted", "format", "pages", "sha256", "code", "reason"}
    assert not (tmp_path / "unused" / "registry.sqlite3").exists()  # checking stores nothing


def test_attach_and_verify_commands(tmp_path: Path, corpus_dir: Path) -> None:
    data = tmp_path / "data"
    register = subprocess.run(
        [sys.executable, "-m", "ui.entry", "--data-dir", str(data), "register", "--input", "-"],
        input=json.dumps(incoming()), capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    number = json.loads(register.stdout)["number"]
    attached = _cli(data, "attach", number, str(corpus_dir / "tiff_lzw_rgb_predictor.tif"), "--role", "evidence")
    assert attached.returncode == 0, attached.stderr
    shown = json.loads(_cli(data, "show", number).stdout)
    assert [(c["format"], c["pages"], c["role"]) for c in shown["copies"]] == [("tiff", 1, "evidence")]
    refused = _cli(data, "attach", number, str(corpus_dir / "bomb.tif"))
    assert refused.returncode == 1 and "file.bomb" in refused.stdout and len(refused.stderr.splitlines()) == 1
    assert _cli(data, "verify").returncode == 0


@pytest.mark.slow
def test_killing_an_attach_at_any_moment_leaves_a_consistent_store(tmp_path: Path, corpus_dir: Path) -> None:
    data = tmp_path / "data"
    registry = Registry.open(data_dir=data)
    number = registry.registration.register_json(incoming(), CLERK).number
    registry.close()
    files = [str(corpus_dir / n) for n in ("tiff_g4_300dpi.tif", "pdf_scanned_two_pages.pdf", "tiff_lzw_rgb_predictor.tif")]
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLERK_USER": "cli"}
    for _ in range(6):
        process = subprocess.Popen([sys.executable, "-m", "ui.entry", "--data-dir", str(data), "attach", number, *files,
                                    "--role", rng.choice(["appeal", "attachment", "evidence"])],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(rng.uniform(0.2, 2.0))
        process.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        process.wait()
        registry = Registry.open(data_dir=data)
        copies = registry.copies.copies(number)
        assert registry.copies.verify().ok  # every row has its whole blob
        assert len({(c.sha256, c.role) for c in copies}) == len(copies)  # nothing doubled
        registry.close()
    blobs = FileBlobStore(data / "blobs")
    blobs.clean_incoming(older_than_s=0)  # what a kill leaves is only temporary files, and they go
    assert not list((data / "blobs" / "incoming").glob("*"))


def test_storing_again_repairs_a_damaged_blob(tmp_path: Path, corpus_dir: Path) -> None:
    blobs = FileBlobStore(tmp_path / "blobs")
    source = corpus_dir / "jpeg_baseline.jpg"
    stored = blobs.put_file(source)
    path = blobs.path_of(stored.sha256)
    path.chmod(0o644)
    path.write_bytes(b"damaged")  # a different size: the next store of the same bytes repairs it
    assert blobs.check(stored.sha256) == "corrupt"
    assert blobs.put_file(source) == stored
    assert blobs.check(stored.sha256) is None and path.read_bytes() == source.read_bytes()
