"""Encryption at rest of the embedded store (docs/security.md): an encrypted store works end to end
and keeps no plaintext on disk; wrong, missing and recovered keys; sealed copies that detect
tampering; converting a plain store in place, and a conversion cut off halfway."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image, ImageDraw, ImageFont

from clerk_app.domain.audit import AuditObject
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import PermissionDeniedError, StoreError
from clerk_app.services import encryption as encryption_service
from clerk_app.services import ocr as ocr_service
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from scanners.render import render_page
from storage import encryption, encryption_enable, sealed_blobs
from storage.blobs import FileBlobStore
from storage.sealed_blobs import BlobKeys, SealedBlobError
from storage.store import open_store
from tests import corpus
from tests.factories import incoming, valid_iin
from tests.keyring_file import FILE_ENV

CLERK = Actor("clerk")
ADMIN = Actor("admin")
NAMES = ("Жанболатова", "Айгерім", "Серікқызы")
RECOGNISED = "Жанболатова Айгерім шағымы бойынша"
ROOT = Path(__file__).resolve().parents[2]
HOLD_OPEN = (  # a registry open in another process until its standard input ends
    "import sys; from clerk_app.services.registry import Registry; r = Registry.open(data_dir=sys.argv[1]); "
    "print(r.settings.card_count(), flush=True); sys.stdin.read(); r.close()"
)
FONT = Path(__file__).resolve().parents[2] / "ui" / "resources" / "fonts" / "DejaVuSans.ttf"


pytestmark = pytest.mark.usefixtures("file_keyring")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_all(folder)
    return folder


def _appeal() -> dict[str, object]:
    return incoming(applicants=[{"type": "natural_person", "surname": NAMES[0], "given_name": NAMES[1],
                                 "patronymic": NAMES[2], "iin": valid_iin("920315", 4), "address": "Алматы, Абай 5"}])


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _plaintext_leaks(folder: Path, needles: list[bytes], *, skip: tuple[str, ...] = ()) -> list[str]:
    """Which files under ``folder`` contain any of ``needles``."""
    leaks = []
    for path in _files_under(folder):
        if path.name in skip:
            continue
        data = path.read_bytes()
        leaks += [f"{path.name}: {needle[:12]!r}" for needle in needles if needle in data]
    return leaks


def _new_encrypted(data_dir: Path) -> str:
    Registry.open(data_dir=data_dir).close()
    return encryption_service.enable_encryption(data_dir, ADMIN)


def _scan(path: Path, text: str) -> Path:
    image = Image.new("L", (2480, 1200), 255)
    ImageDraw.Draw(image).text((220, 320), text, font=ImageFont.truetype(str(FONT), 60), fill=0)
    image.save(path, dpi=(300, 300))
    return path


# --- end to end ------------------------------------------------------------------------------------


def test_an_encrypted_store_works_and_keeps_no_plaintext_on_disk(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    _new_encrypted(data)
    temp_before = set(Path(tempfile.gettempdir()).glob("clerk-plain-*"))
    registry = Registry.open(data_dir=data)
    try:
        assert registry.store.key is not None and registry.store.engine.dialect.dbapi.__name__ == "sqlcipher3.dbapi2"
        card = registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True)
        for _ in range(3):
            registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True)
        files = [corpus_dir / "tiff_g4_300dpi.tif", corpus_dir / "pdf_scanned_two_pages.pdf"]
        report = registry.copies.attach(card.number, files, CopyRole.APPEAL, CLERK)
        assert [c.format for c in report.attached] == ["tiff", "pdf"]
        blobs = registry.copies.blobs
        for copy, source in zip(report.attached, files, strict=True):
            with blobs.open(copy.sha256) as stored:
                assert stored.read() == source.read_bytes()
            assert blobs.stored_path(copy.sha256).name.endswith(".sealed")
            assert copy.sha256 not in str(blobs.stored_path(copy.sha256))  # the name does not confirm a known file
            with blobs.plaintext_path(copy.sha256) as plain:  # what the viewer and thumbnails render from
                assert render_page(plain, copy.format, 0, fit=(200, 200)).size[0] <= 200
            assert not plain.exists()
        assert sorted(blobs.iter_hashes()) == sorted(c.sha256 for c in report.attached)
        assert registry.copies.verify().ok
        hits = registry.search.search(NAMES[0], actor=CLERK)
        assert len(hits) == 4 and card.number in {h.number for h in hits}

        # text recognition in this process (the real Tesseract has tests of its own): the sealed copy
        # is decrypted for the recogniser and its text searchable
        seen: list[bytes] = []
        monkeypatch.setattr(ocr_service.ocr, "check_tesseract", lambda languages="": ocr_service.ocr.OcrAvailability(
            True, "5", (), None))
        from tests.fake_recognition import InlineExecutor

        monkeypatch.setattr(ocr_service, "ProcessPoolExecutor", InlineExecutor)

        def recognise(path: Path, fmt: str, count: int, languages: str) -> list[str]:
            seen.append(path.read_bytes())
            return [RECOGNISED] * count

        monkeypatch.setattr(ocr_service, "_recognise", recognise)
        assert registry.ocr.run_pending().recognised == 2
        assert sorted(seen) == sorted(f.read_bytes() for f in files)  # the plaintext, not the sealed bytes
        assert registry.search.search("шағымы", actor=CLERK)[0].number == card.number

        # everything on disk while the store is open: the database, its WAL, the sealed copies
        assert (data / "registry.sqlite3-wal").exists()
        needles = [f for name in NAMES for f in _forms(name)] + _forms("шағымы")
        needles += [f.read_bytes()[1000:1064] for f in files]  # any run of the scans' bytes
        assert _plaintext_leaks(data, needles, skip=("clerk-app.log",)) == []
        assert not (data / "registry.sqlite3").read_bytes().startswith(b"SQLite format 3")
    finally:
        registry.close()
    assert _plaintext_leaks(data, needles) == []  # the WAL checkpointed into the file as well
    assert set(Path(tempfile.gettempdir()).glob("clerk-plain-*")) == temp_before  # no decrypted copy left


def test_the_real_recogniser_reads_a_sealed_copy_in_its_worker_process(tmp_path: Path) -> None:
    """The key travels to the spawned worker, which decrypts the copy there."""
    data = tmp_path / "data"
    _new_encrypted(data)
    registry = Registry.open(data_dir=data)
    try:
        if not registry.ocr.availability().available:
            pytest.skip("Tesseract is not installed")
        registry.ocr.set_languages("eng")
        card = registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True)
        registry.copies.attach(card.number, [_scan(tmp_path / "scan.tif", "REFUND OF THE PRICE")], CopyRole.APPEAL, CLERK)
        assert registry.ocr.run_pending().recognised == 1
        assert "REFUND" in registry.ocr.card_texts(card.number)[0][2].upper()
    finally:
        registry.close()


# --- keys ------------------------------------------------------------------------------------------


def test_the_marker_holds_a_fingerprint_and_never_the_key(tmp_path: Path, file_keyring: Path) -> None:
    data = tmp_path / "data"
    code = _new_encrypted(data)
    key = encryption.store_key(data)
    assert key is not None and len(key) == 32
    marker = (data / encryption.MARKER_FILE).read_text(encoding="utf-8")
    assert key.hex() not in marker and encryption.key_fingerprint(key) in marker
    assert code.replace("-", "") not in marker
    assert key.hex() in file_keyring.read_text(encoding="utf-8")  # the keyring holds it


def test_a_missing_or_wrong_key_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _new_encrypted(data)
    marker = encryption.read_marker(data)
    assert marker is not None
    assert encryption.forget_store_key(data)
    with pytest.raises(StoreError) as missing:
        Registry.open(data_dir=data)
    assert missing.value.code == "store.key_missing" and "clerk-app encryption recover" in missing.value.message
    status = encryption_service.encryption_status(data)
    assert status.encrypted and not status.key_available and status.problem == "store.key_missing"

    keyring.set_password(encryption.KEYRING_SERVICE, marker.keyring_entry, encryption.new_key().hex())
    with pytest.raises(StoreError) as mismatch:
        open_store(None, data)
    assert mismatch.value.code == "store.key_mismatch"

    other = tmp_path / "other"
    _new_encrypted(other)
    shutil.copy(data / "registry.sqlite3", other / "registry.sqlite3")  # another store's file, this store's key
    with pytest.raises(StoreError) as wrong:
        open_store(None, other)
    assert wrong.value.code == "store.key_wrong"


def test_no_keyring_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _new_encrypted(data)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(StoreError) as unavailable:
        Registry.open(data_dir=data)
    assert unavailable.value.code == "store.keyring_unavailable"
    plain = tmp_path / "plain"
    Registry.open(data_dir=plain).close()
    assert not encryption_service.encryption_status(plain).can_enable
    with pytest.raises(StoreError) as refused:
        encryption_service.enable_encryption(plain, ADMIN)
    assert refused.value.code == "store.keyring_unavailable"
    assert not (plain / encryption.MARKER_FILE).exists()


def test_the_recovery_code_puts_a_lost_key_back(tmp_path: Path, corpus_dir: Path) -> None:
    data = tmp_path / "data"
    code = _new_encrypted(data)
    assert len(code) == 14 * 4 + 13 and code.count("-") == 13
    registry = Registry.open(data_dir=data)
    try:
        card = registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True)
        registry.copies.attach(card.number, [corpus_dir / "jpeg_baseline.jpg"], CopyRole.APPEAL, CLERK)
        assert registry.encryption.recovery_code(ADMIN) == code  # shown again, the same
        with pytest.raises(PermissionDeniedError):
            registry.encryption.recovery_code(Actor("clerk", roles=frozenset({"clerk"})))  # type: ignore[arg-type]
    finally:
        registry.close()
    encryption.forget_store_key(data)

    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    with pytest.raises(StoreError) as invalid:
        encryption_service.recover_key(data, typo, ADMIN)
    assert invalid.value.code == "store.recovery_code_invalid"
    other = tmp_path / "other"
    with pytest.raises(StoreError) as mismatch:
        encryption_service.recover_key(data, _new_encrypted(other), ADMIN)
    assert mismatch.value.code == "store.recovery_code_mismatch"

    # as written down on paper: lower case, spaces, a zero for an O
    typed = code.lower().replace("-", " ").replace("o", "0")
    status = encryption_service.recover_key(data, typed, ADMIN)
    assert status.key_available
    registry = Registry.open(data_dir=data)
    try:
        assert registry.cards.get(card.number).applicants[0].surname == NAMES[0]
        assert registry.copies.verify().ok
        kinds = [(e.action, e.object_type) for e in registry.audit.entries(after_seq=0, limit=200)
                 if e.object_type == AuditObject.ENCRYPTION]
        assert [a for a, _ in kinds] == ["change", "view", "restore"]  # enabled, shown, recovered
        assert registry.audit.verify().ok
    finally:
        registry.close()


def test_the_recovery_code_round_trips_every_key() -> None:
    for _ in range(50):
        key = encryption.new_key()
        assert encryption.key_from_recovery_code(encryption.recovery_code(key)) == key


# --- sealed copies -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, sealed_blobs.CHUNK - 1, sealed_blobs.CHUNK, 2 * sealed_blobs.CHUNK + 7])
def test_sealed_blobs_round_trip_at_chunk_edges(tmp_path: Path, size: int) -> None:
    source = tmp_path / "source.bin"
    payload = os.urandom(size)
    source.write_bytes(payload)
    blobs = FileBlobStore(tmp_path / "blobs", key=encryption.new_key())
    stored = blobs.put_file(source)
    assert stored.size == size and blobs.check(stored.sha256) is None
    assert blobs.stored_path(stored.sha256).stat().st_size == sealed_blobs.sealed_size(size)
    with blobs.open(stored.sha256) as handle:
        assert handle.read() == payload
        handle.seek(max(0, size - 3))
        assert handle.read() == payload[max(0, size - 3):]
    assert blobs.put_file(source) == stored  # stored once
    assert list(blobs.iter_hashes()) == [stored.sha256]


def _sealed_copy(tmp_path: Path, size: int = 3 * sealed_blobs.CHUNK + 10) -> tuple[FileBlobStore, str, Path]:
    source = tmp_path / "source.bin"
    source.write_bytes(os.urandom(size))
    blobs = FileBlobStore(tmp_path / "blobs", key=encryption.new_key())
    sha = blobs.put_file(source).sha256
    path = blobs.stored_path(sha)
    path.chmod(0o644)
    return blobs, sha, path


def test_a_flipped_byte_is_detected(tmp_path: Path) -> None:
    blobs, sha, path = _sealed_copy(tmp_path)
    with open(path, "r+b") as handle:
        handle.seek(sealed_blobs.PREFIX + sealed_blobs.CHUNK + 500)  # inside the second chunk
        byte = handle.read(1)
        handle.seek(-1, io.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 1]))
    assert blobs.check(sha) == "corrupt"
    with blobs.open(sha) as handle:
        assert len(handle.read(sealed_blobs.CHUNK)) == sealed_blobs.CHUNK  # the first chunk is intact
        with pytest.raises(SealedBlobError):
            handle.read()


def test_reordered_chunks_are_detected(tmp_path: Path) -> None:
    blobs, sha, path = _sealed_copy(tmp_path)
    raw = path.read_bytes()
    step = sealed_blobs.CHUNK + sealed_blobs.TAG
    first, second = (raw[sealed_blobs.PREFIX + i * step:sealed_blobs.PREFIX + (i + 1) * step] for i in (0, 1))
    path.write_bytes(raw[:sealed_blobs.PREFIX] + second + first + raw[sealed_blobs.PREFIX + 2 * step:])
    assert blobs.check(sha) == "corrupt"


def test_a_truncated_or_extended_file_is_detected(tmp_path: Path) -> None:
    blobs, sha, path = _sealed_copy(tmp_path)
    raw = path.read_bytes()
    step = sealed_blobs.CHUNK + sealed_blobs.TAG
    path.write_bytes(raw[:sealed_blobs.PREFIX + 3 * step])  # the last (final) chunk dropped
    assert blobs.check(sha) == "corrupt"
    path.write_bytes(raw + raw[-step:])
    assert blobs.check(sha) == "corrupt"
    path.write_bytes(raw)
    assert blobs.check(sha) is None


def test_a_copy_swapped_for_another_or_sealed_with_another_key_is_detected(tmp_path: Path) -> None:
    blobs, sha, path = _sealed_copy(tmp_path)
    other_source = tmp_path / "other.bin"
    other_source.write_bytes(b"another scan")
    other = blobs.put_file(other_source).sha256
    original = path.read_bytes()
    path.write_bytes(blobs.stored_path(other).read_bytes())  # renamed on disk in place of the first
    assert blobs.check(sha) == "corrupt"
    with pytest.raises(SealedBlobError):
        blobs.open(sha)
    path.write_bytes(original)
    stranger = FileBlobStore(blobs.root, key=encryption.new_key())
    with open(path, "rb") as handle, pytest.raises(SealedBlobError):
        sealed_blobs.read_header(handle, BlobKeys.derive(encryption.new_key()))
    assert list(stranger.iter_hashes()) == []  # another key's files are not this store's


def test_verify_reports_a_tampered_copy_of_an_encrypted_store(tmp_path: Path, corpus_dir: Path) -> None:
    data = tmp_path / "data"
    _new_encrypted(data)
    registry = Registry.open(data_dir=data)
    try:
        card = registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True)
        report = registry.copies.attach(card.number, [corpus_dir / "tiff_packbits.tif"], CopyRole.APPEAL, CLERK)
        sha = report.attached[0].sha256
        path = registry.copies.blobs.stored_path(sha)
        path.chmod(0o644)
        raw = bytearray(path.read_bytes())
        raw[-5] ^= 0x40
        path.write_bytes(bytes(raw))
        assert registry.copies.verify().corrupt == (sha,)
    finally:
        registry.close()


def test_deleting_a_blob_overwrites_its_bytes(tmp_path: Path) -> None:
    """The destruction of personal data relies on it for plain stores: another name of the same
    file (a hard link) shows what the disk blocks hold after the delete."""
    for key in (None, encryption.new_key()):
        blobs = FileBlobStore(tmp_path / f"blobs-{key is None}", key=key)
        source = tmp_path / "scan.bin"
        source.write_bytes(b"Zhanbolatova " * 1000)
        sha = blobs.put_file(source).sha256
        witness = tmp_path / f"witness-{key is None}"
        os.link(blobs.stored_path(sha), witness)
        size = witness.stat().st_size
        blobs.delete(sha)
        assert not blobs.exists(sha) and blobs.check(sha) == "missing"
        assert witness.read_bytes() == bytes(size)


# --- converting a plain store ----------------------------------------------------------------------------


def _plain_with_copies(data: Path, corpus_dir: Path) -> tuple[list[str], list[str]]:
    registry = Registry.open(data_dir=data)
    try:
        numbers = [registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True).number for _ in range(5)]
        report = registry.copies.attach(numbers[0], [corpus_dir / "tiff_g4_300dpi.tif", corpus_dir / "jpeg_baseline.jpg"],
                                        CopyRole.APPEAL, CLERK)
        assert registry.copies.blobs.path_of(report.attached[0].sha256).exists()  # plain, by its hash
        return numbers, [c.sha256 for c in report.attached]
    finally:
        registry.close()


def test_enable_converts_a_plain_store_with_its_copies(tmp_path: Path, corpus_dir: Path) -> None:
    data = tmp_path / "data"
    numbers, hashes = _plain_with_copies(data, corpus_dir)
    steps: list[tuple[int, int]] = []
    code = encryption_service.enable_encryption(data, ADMIN, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(1, 3), (2, 3), (3, 3)]  # the database, then each copy
    assert encryption.key_from_recovery_code(code) == encryption.store_key(data)
    assert sorted(p.name for p in data.iterdir() if p.is_file()) == ["encryption.json", "maintenance.lock",
                                                                      "registry.sqlite3"]
    assert all(p.name.endswith(".sealed") for p in _files_under(data / "blobs"))
    assert len(_files_under(data / "blobs")) == 2
    needles = [f for name in NAMES for f in _forms(name)] + [(corpus_dir / "tiff_g4_300dpi.tif").read_bytes()[200:264]]
    assert _plaintext_leaks(data, needles) == []
    registry = Registry.open(data_dir=data)
    try:
        assert registry.settings.card_count() == 5
        assert registry.cards.get(numbers[3]).applicants[0].given_name == NAMES[1]
        assert len(registry.search.search(NAMES[0], actor=CLERK)) == 5  # the full-text index came along
        assert registry.copies.verify().ok and sorted(registry.copies.blobs.iter_hashes()) == sorted(hashes)
        assert registry.audit.verify().ok
        assert registry.encryption.status().encrypted
        numbers.append(registry.registration.register_json(_appeal(), CLERK, confirm_duplicate=True).number)  # and it goes on working
    finally:
        registry.close()
    with pytest.raises(StoreError) as again:
        encryption_service.enable_encryption(data, ADMIN)
    assert again.value.code == "store.already_encrypted"


def test_enable_refuses_while_the_store_is_open(tmp_path: Path, corpus_dir: Path) -> None:
    """The app open in another process (a window, the scanner folder): its idle pooled connection
    is enough to refuse. (Within one process the caller closes its own registry first: SQLite's
    POSIX locks do not see each other between two SQLite libraries of one process.)"""
    data = tmp_path / "data"
    _plain_with_copies(data, corpus_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(data)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "5"  # open, a connection pooled
        with pytest.raises(StoreError) as in_use:
            encryption_service.enable_encryption(data, ADMIN)
        assert in_use.value.code == "store.in_use"
    finally:
        holder.communicate("\n", timeout=60)
    assert not encryption.is_encrypted(data) and not list((data / "blobs").rglob("*.sealed"))
    registry = Registry.open(data_dir=data)
    try:
        assert registry.store.key is None and registry.settings.card_count() == 5  # untouched, still plain
    finally:
        registry.close()


def test_enable_needs_the_settings_permission(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Registry.open(data_dir=data).close()
    with pytest.raises(PermissionDeniedError):
        encryption_service.enable_encryption(data, Actor("clerk", roles=frozenset({"clerk"})))  # type: ignore[arg-type]
    assert not encryption.is_encrypted(data)


def test_a_conversion_cut_off_before_its_marker_leaves_the_plain_store(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    numbers, hashes = _plain_with_copies(data, corpus_dir)

    def power_cut(data_dir: Path, key: bytes) -> None:
        raise KeyboardInterrupt

    real_save = encryption.save_store_key
    monkeypatch.setattr(encryption, "save_store_key", power_cut)
    with pytest.raises(KeyboardInterrupt):
        encryption_enable.enable(data, encryption.new_key())
    monkeypatch.setattr(encryption, "save_store_key", real_save)
    assert not encryption.is_encrypted(data)
    assert not list((data / "blobs").rglob("*.sealed")) and not (data / "registry.sqlite3.encrypting").exists()
    registry = Registry.open(data_dir=data)
    try:
        assert registry.store.key is None and registry.settings.card_count() == 5 and registry.copies.verify().ok
    finally:
        registry.close()


def test_a_conversion_cut_off_after_its_marker_is_finished_on_the_next_open(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    numbers, hashes = _plain_with_copies(data, corpus_dir)
    real_roll_forward = encryption_enable._roll_forward

    def power_cut(data_dir: Path) -> None:  # right after the marker, before the swap
        raise KeyboardInterrupt

    monkeypatch.setattr(encryption_enable, "_roll_forward", power_cut)
    with pytest.raises(KeyboardInterrupt):
        encryption_enable.enable(data, encryption.new_key())
    monkeypatch.setattr(encryption_enable, "_roll_forward", real_roll_forward)
    assert encryption.is_encrypted(data) and (data / "registry.sqlite3.encrypting").exists()
    registry = Registry.open(data_dir=data)  # rolls forward
    try:
        assert registry.store.key is not None and registry.settings.card_count() == 5
        assert registry.copies.verify().ok
    finally:
        registry.close()
    assert not (data / "registry.sqlite3.encrypting").exists() and not (data / "registry.sqlite3.plain-old").exists()
    assert all(p.name.endswith(".sealed") for p in _files_under(data / "blobs"))


CONVERT_PAUSING = (  # `encryption enable` in another process, paused after sealing the first copy until stdin says go
    "import sys; from pathlib import Path; from clerk_app.services import encryption as s; "
    "from clerk_app.services.context import Actor\n"
    "def step(done, total):\n"
    "    if done == 2:\n"
    "        print('sealing', flush=True); sys.stdin.readline()\n"
    "print(s.enable_encryption(Path(sys.argv[1]), Actor('admin'), progress=step), flush=True)"
)


def test_opening_while_another_process_converts_refuses_and_destroys_nothing(
    tmp_path: Path, corpus_dir: Path, file_keyring: Path
) -> None:
    """The race the review found: an open during the sealing used to sweep the staged files as a
    crash's leftovers, and the conversion then shredded every plain copy under its marker."""
    data = tmp_path / "data"
    numbers, hashes = _plain_with_copies(data, corpus_dir)
    converter = subprocess.Popen(
        [sys.executable, "-c", CONVERT_PAUSING, str(data)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
                        FILE_ENV: str(file_keyring)},
    )
    try:
        assert converter.stdout is not None and converter.stdout.readline().strip() == "sealing"
        staged = sorted(p.name for p in data.iterdir()) + sorted(p.name for p in (data / "blobs").rglob("*.sealed"))
        with pytest.raises(StoreError) as busy:
            open_store(None, data)
        assert busy.value.code == "store.converting"
        assert sorted(p.name for p in data.iterdir()) + sorted(p.name for p in (data / "blobs").rglob("*.sealed")) == staged
        code, _ = converter.communicate("go\n", timeout=120)
    finally:
        if converter.poll() is None:
            converter.kill()
    assert converter.returncode == 0
    assert encryption.key_from_recovery_code(code.strip()) == encryption.store_key(data)
    registry = Registry.open(data_dir=data)
    try:
        assert registry.store.key is not None and registry.settings.card_count() == 5
        assert registry.copies.verify().ok and sorted(registry.copies.blobs.iter_hashes()) == sorted(hashes)
    finally:
        registry.close()


def test_the_roll_forward_removes_a_plain_copy_only_once_its_sealed_copy_reads_back(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    numbers, hashes = _plain_with_copies(data, corpus_dir)
    real_roll_forward = encryption_enable._roll_forward

    def power_cut(data_dir: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(encryption_enable, "_roll_forward", power_cut)
    key = encryption.new_key()
    with pytest.raises(KeyboardInterrupt):
        encryption_enable.enable(data, key)
    monkeypatch.setattr(encryption_enable, "_roll_forward", real_roll_forward)
    sealed = FileBlobStore(data / "blobs", key=key)
    damaged, lost = sealed.stored_path(hashes[0]), sealed.stored_path(hashes[1])
    damaged.chmod(0o644)
    raw = bytearray(damaged.read_bytes())
    raw[-5] ^= 0xFF  # the disk spoiled the sealed copy
    damaged.write_bytes(bytes(raw))
    lost.chmod(0o644)
    lost.unlink()  # or it never got there
    registry = Registry.open(data_dir=data)  # rolls forward: seals them again from the plain copies first
    try:
        assert registry.copies.verify().ok and sorted(registry.copies.blobs.iter_hashes()) == sorted(hashes)
    finally:
        registry.close()
    assert all(p.name.endswith(".sealed") for p in _files_under(data / "blobs"))


def test_the_conversion_is_recorded_inside_it_and_a_failed_record_leaves_the_store_plain(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    _plain_with_copies(data, corpus_dir)
    real_record = encryption_service.audit.record_in

    def refused(*args: object, **kwargs: object) -> None:
        raise StoreError("the audit trail cannot be written", code="store.unreachable")

    monkeypatch.setattr(encryption_service.audit, "record_in", refused)
    with pytest.raises(StoreError):
        encryption_service.enable_encryption(data, ADMIN)
    monkeypatch.setattr(encryption_service.audit, "record_in", real_record)
    assert not encryption.is_encrypted(data) and not list((data / "blobs").rglob("*.sealed"))  # as it was
    code = encryption_service.enable_encryption(data, ADMIN)
    registry = Registry.open(data_dir=data)
    try:
        last = registry.audit.entries(limit=10_000)[-1]
        assert (last.action, last.object_type, last.user) == ("change", AuditObject.ENCRYPTION.value, "admin")
        assert encryption.recovery_code(registry.store.key or b"") == code
    finally:
        registry.close()


def test_a_postgresql_store_is_not_encrypted_here(registry: Registry, backend: str) -> None:
    status = registry.encryption.status()
    if backend == "postgresql":
        assert not status.applicable and not status.can_enable
    else:
        assert status.applicable and not status.encrypted
    with pytest.raises(Exception) as refused:
        registry.encryption.recovery_code(ADMIN)
    assert getattr(refused.value, "code", None) == "store.not_encrypted"
