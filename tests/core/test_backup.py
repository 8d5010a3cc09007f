"""Backups and restore (docs/backups.md): a consistent encrypted snapshot of a store in use, and a
restore that checks everything first, never loses a newer store unasked, and survives a crash."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select

from clerk_app.domain.accounts import Role
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError, PermissionDeniedError
from clerk_app.services import ocr as ocr_service
from clerk_app.services import restore
from clerk_app.services.backup import BackupResult, BackupService
from clerk_app.services.backup_check import check_backup
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage import backup_store, data_folder
from storage.backup_archive import HEADER_SIZE, MAX_MEMORY_KIB, ArchiveReader, ArchiveWriter, KdfParams
from storage.models import Card as CardRow
from tests.factories import incoming, valid_iin
from tests.fake_recognition import recognise_in_process

PASSPHRASE = "a long backup passphrase"
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # the format is the same; tests run fast
CLERK = Actor("clerk")
NAME = "Жанболатова"
GIVEN = "Айгерім"
OCR_TEXT = "Тоңазытқыш туралы шағым Жанболатова"
PASSWORD = "admin password 1"


def _scan(path: Path, label: str) -> Path:
    image = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(image).text((40, 40), label, fill=0)
    image.convert("1").save(path, compression="group4", dpi=(200, 200))
    return path


def _fill(registry: Registry, folder: Path, cards: int = 3) -> list[str]:
    numbers = []
    for index in range(cards):
        applicant = {"type": "natural_person", "surname": NAME, "given_name": GIVEN, "iin": valid_iin(serial=index + 1),
                     "address": "Астана, Абай даңғылы, 10"}
        card = registry.registration.register_json(incoming(applicants=[applicant]), CLERK, confirm_duplicate=True)
        numbers.append(card.number)
    registry.copies.attach(numbers[0], [_scan(folder / "appeal.tif", "scan one")], CopyRole.APPEAL, CLERK)
    registry.copies.attach(numbers[1], [_scan(folder / "reply.tif", "scan two")], CopyRole.ATTACHMENT, CLERK)
    return numbers


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Registry]:
    recognise_in_process(monkeypatch, [OCR_TEXT])
    monkeypatch.setattr(ocr_service, "_recognise", lambda *args: [OCR_TEXT])  # whatever its arguments are
    registry = Registry.open(data_dir=tmp_path / "source")
    _fill(registry, tmp_path)
    assert registry.ocr.run_pending().recognised == 2
    registry.accounts.create_first_administrator("Admin", "Әкімші", PASSWORD, also=[Role.CLERK])
    yield registry
    registry.close()


def _back_up(registry: Registry, target: Path, actor: Actor = CLERK, **kwargs: object) -> BackupResult:
    return BackupService(registry.store, CHEAP).back_up(target, PASSPHRASE, actor, **kwargs)  # type: ignore[arg-type]


def _restore(archive: Path, data_dir: Path, *, yes: bool = False, passphrase: str = PASSPHRASE) -> restore.RestoreResult:
    return restore.restore(archive, passphrase, data_dir, confirm=lambda _: yes, user="restorer")


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes: 'untouched' means exactly this (but the log, and the
    lock file a restore takes, which holds no data)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and p.name not in ("clerk-app.log", "maintenance.lock")}


def _snapshot_of(registry: Registry) -> dict[str, object]:
    """What a restore must give back: every card's data, copies and recognised text, the accounts."""
    with registry.store.read() as session:
        rows = session.execute(select(CardRow.number).order_by(CardRow.number)).all()
    result: dict[str, object] = {"numbers": [r.number for r in rows]}
    for (number,) in rows:
        card = registry.cards.get(number)
        result[number] = (card.applicants[0].surname, card.applicants[0].iin, card.summary,
                          [(c.sha256, c.role) for c in registry.copies.copies(number)],
                          registry.ocr.card_texts(number))
    result["accounts"] = [(a.login, sorted(a.roles)) for a in registry.accounts.accounts(Actor("t"))]
    return result


def test_round_trip_restores_everything_into_a_new_data_folder(source: Registry, tmp_path: Path) -> None:
    before = _snapshot_of(source)
    result = _back_up(source, tmp_path / "registry.clerkbak")
    manifest = result.manifest
    assert (manifest.card_count, len(manifest.blobs), manifest.missing_blobs) == (3, 2, ())
    assert manifest.store_encrypted is False and manifest.store_key is None
    entries, head_hash = source.audit.head()
    assert (manifest.audit_entries, manifest.audit_head_hash) == (entries, head_hash)  # its own export entry included
    assert source.audit.entries(after_seq=entries - 1)[0].action == "export"

    restored = _restore(tmp_path / "registry.clerkbak", tmp_path / "new")
    assert restored.replaced is None and restored.audit_checked == entries
    opened = Registry.open(data_dir=tmp_path / "new")
    try:
        assert _snapshot_of(opened) == before
        chain = opened.audit.verify()
        assert chain.ok and chain.entries_checked == entries + 1
        last = opened.audit.entries(after_seq=entries)[0]
        assert (last.action, last.object_type, last.user) == ("restore", "backup", "restorer")
        assert opened.copies.verify().ok
        assert opened.accounts.authenticate("admin", PASSWORD).user == "admin"
    finally:
        opened.close()
    assert not [p for p in (tmp_path / "new").iterdir() if p.name.startswith(("restore-", "replaced-"))]


def test_the_archive_holds_no_plaintext(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    raw = archive.read_bytes()
    scan = (tmp_path / "appeal.tif").read_bytes()
    for text in (NAME, GIVEN, OCR_TEXT, valid_iin(serial=1), "Астана", "SQLite format 3", "manifest"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in raw, (text, encoding)
    assert scan[200:264] not in raw  # no run of the scan's own bytes either
    assert oct(archive.stat().st_mode & 0o777) in ("0o600", "0o666") or os.name == "nt"


def test_a_backup_while_another_writer_keeps_registering_is_consistent(source: Registry, tmp_path: Path) -> None:
    writer = Registry.open(data_dir=source.data_dir)  # another connection pool, as another process would have
    stop = threading.Event()
    written = threading.Semaphore(0)
    errors: list[BaseException] = []

    def keep_registering() -> None:
        try:
            while not stop.is_set():
                writer.registration.register_json(incoming(), CLERK, confirm_duplicate=True)
                written.release()
        except BaseException as exc:  # reported below
            errors.append(exc)
            written.release()

    thread = threading.Thread(target=keep_registering)
    thread.start()
    try:
        for _ in range(5):
            written.acquire()  # the writer is well under way
        before = source.settings.card_count()
        result = _back_up(source, tmp_path / "live.clerkbak")
        for _ in range(5):
            written.acquire()  # and still going after the snapshot
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert not errors
    after = source.settings.card_count()
    assert before <= result.manifest.card_count <= after and before < after
    restored = _restore(result.path, tmp_path / "new")  # integrity, blobs and the chain are checked here
    opened = Registry.open(data_dir=tmp_path / "new")
    try:
        assert opened.settings.card_count() == result.manifest.card_count
        assert opened.audit.verify().ok
        assert restored.audit_checked == result.manifest.audit_entries
    finally:
        opened.close()


def test_a_wrong_passphrase_is_told_apart_and_nothing_is_touched(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    target = tmp_path / "target"
    Registry.open(data_dir=target).close()
    untouched = _files(target)
    with pytest.raises(ClerkError) as refused:
        _restore(archive, target, passphrase="another long passphrase", yes=True)
    assert refused.value.code == "backup.bad_passphrase"
    assert _files(target) == untouched


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_a_flipped_byte_is_refused_and_the_current_store_is_untouched(
    source: Registry, tmp_path: Path, where: str
) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    raw = bytearray(archive.read_bytes())
    position = {"header": 12, "middle": len(raw) // 2, "end": len(raw) - 3}[where]
    raw[position] ^= 0x01
    archive.write_bytes(bytes(raw))
    target = tmp_path / "target"
    Registry.open(data_dir=target).close()
    untouched = _files(target)
    with pytest.raises(ClerkError) as refused:
        _restore(archive, target, yes=True)
    assert refused.value.code == "backup.damaged"
    assert _files(target) == untouched


@pytest.mark.parametrize("keep", [HEADER_SIZE - 1, HEADER_SIZE + 100, -1])
def test_a_truncated_archive_is_refused(source: Registry, tmp_path: Path, keep: int) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    raw = archive.read_bytes()
    archive.write_bytes(raw[:keep])
    with pytest.raises(ClerkError) as refused:
        _restore(archive, tmp_path / "target", yes=True)
    assert refused.value.code == "backup.damaged"
    assert not backup_store.database_path(tmp_path / "target").exists()
    with pytest.raises(ClerkError) as extra:
        archive.write_bytes(raw + b"\0")
        _restore(archive, tmp_path / "target", yes=True)
    assert extra.value.code == "backup.damaged"


def test_a_newer_store_is_replaced_only_when_confirmed_and_kept_aside(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    source.registration.register_json(incoming(), CLERK, confirm_duplicate=True)  # the store moves on
    source.close()
    data_dir = source.data_dir
    untouched = _files(data_dir)
    with pytest.raises(ClerkError) as refused:
        _restore(archive, data_dir)
    assert refused.value.code == "backup.newer_store"
    assert any("more cards" in r for r in refused.value.params["reasons"])
    assert _files(data_dir) == untouched
    assert not [p for p in data_dir.iterdir() if p.name.startswith(("restore-", "replaced-"))]

    asked: list[restore.Comparison] = []
    result = restore.restore(archive, PASSPHRASE, data_dir, confirm=lambda c: asked.append(c) or True, user="u")
    assert asked and asked[0].current is not None and asked[0].current.card_count == 4
    assert result.replaced is not None and result.replaced.parent == data_dir
    kept = _files(result.replaced)
    assert kept.keys() == untouched.keys()
    assert all(kept[name] == untouched[name] for name in kept if name.startswith("blobs"))
    # the old database was checkpointed into one file before it moved: the same data, as one file
    assert backup_store.summarize(result.replaced / "registry.sqlite3", None).card_count == 4
    opened = Registry.open(data_dir=data_dir)
    try:
        assert opened.settings.card_count() == 3 and opened.audit.verify().ok
    finally:
        opened.close()


def test_an_older_or_equal_store_is_replaced_without_asking(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    source.close()
    result = restore.restore(archive, PASSPHRASE, source.data_dir, confirm=lambda c: pytest.fail(str(c)), user="u")
    assert result.replaced is not None and not result.comparison.reasons


def test_another_registry_counts_as_newer(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    other = tmp_path / "other"
    Registry.open(data_dir=other).close()  # empty, but another store
    with pytest.raises(ClerkError) as refused:
        _restore(archive, other)
    assert refused.value.code == "backup.newer_store"
    assert "another registry" in refused.value.message


def test_a_store_open_elsewhere_is_not_replaced(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    source.settings.card_count()  # the pool keeps a connection open, as the running app does
    with pytest.raises(ClerkError) as refused:
        _restore(archive, source.data_dir, yes=True)
    assert refused.value.code == "store.in_use"
    assert source.settings.card_count() == 3  # still there, still working


MOVES = 4  # the current database and its copies out (its WAL checkpointed away), the staged copies and database in


@pytest.mark.parametrize("crash_at", range(MOVES + 1))  # before each rename, and in the re-application after them
def test_a_crash_at_any_step_of_the_swap_is_refused_by_open_and_finished_by_resume(
    source: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_at: int
) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    source.registration.register_json(incoming(), CLERK, confirm_duplicate=True)
    source.close()
    data_dir = source.data_dir
    real_move, real_reapply = backup_store._move, restore.reapply
    moves: list[str] = []

    def power_cut(origin: Path, target: Path) -> None:
        if len(moves) == crash_at:
            raise KeyboardInterrupt
        moves.append(origin.name)
        real_move(origin, target)

    def power_cut_after_the_swap(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_store, "_move", power_cut)
    monkeypatch.setattr(restore, "reapply", power_cut_after_the_swap)
    with pytest.raises(KeyboardInterrupt):
        _restore(archive, data_dir, yes=True)
    monkeypatch.setattr(backup_store, "_move", real_move)
    monkeypatch.setattr(restore, "reapply", real_reapply)
    assert moves[:2] == ["registry.sqlite3", "blobs"][: len(moves)]  # the database leaves first
    assert backup_store.pending_restore(data_dir) is not None
    names_before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(ClerkError) as refused:  # the app does not open, nor create a store in the gap
        Registry.open(data_dir=data_dir)
    assert refused.value.code == "store.restore_pending" and "restore --resume" in refused.value.message
    assert sorted(p.name for p in data_dir.iterdir()) == names_before
    with pytest.raises(ClerkError) as again:
        _restore(archive, data_dir, yes=True)
    assert again.value.code == "backup.interrupted"
    finished = restore.resume(data_dir)
    assert finished is not None and finished.replaced is not None
    assert backup_store.summarize(finished.replaced / "registry.sqlite3", None).card_count == 4  # the old store, whole
    assert backup_store.pending_restore(data_dir) is None and restore.resume(data_dir) is None
    opened = Registry.open(data_dir=data_dir)
    try:
        assert opened.settings.card_count() == 3 and opened.copies.verify().ok and opened.audit.verify().ok
        assert opened.audit.entries(limit=10_000)[-1].action == "restore"
    finally:
        opened.close()


def test_a_restore_destroys_again_what_later_destruction_acts_destroyed(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    numbers = [n for n in _snapshot_of(source)["numbers"]]  # type: ignore[attr-defined]
    subject = valid_iin(serial=1)  # the applicant of the first card (and its copy)
    subject_card = next(n for n in numbers if source.cards.get(n).applicants[0].iin == subject)
    other_card = next(n for n in numbers if n != subject_card)
    count = source.destruction.preview_subject(subject, CLERK).count
    by_subject = source.destruction.destroy_subject(subject, trigger="consent_withdrawn", commission=["Commission"],
                                                    basis=None, confirm_count=count, actor=CLERK)
    records = source.destruction.records_of_cards([other_card], CLERK)
    by_card = source.destruction.destroy_records(records, trigger="purpose_achieved", commission=["Commission"],
                                                 basis=None, confirm_count=1, actor=CLERK)
    source.close()
    data_dir = source.data_dir
    with pytest.raises(ClerkError) as refused:  # what the backup would bring back is a reason to ask
        _restore(archive, data_dir)
    assert any("destruction acts" in r for r in refused.value.params["reasons"])

    result = _restore(archive, data_dir, yes=True)
    assert [r["act"] for r in result.reapplied] == [by_subject.act.number, by_card.act.number]
    assert all(r["reapplied_as"] and not r["not_reapplied"] for r in result.reapplied)
    opened = Registry.open(data_dir=data_dir)
    try:
        assert opened.destruction.preview_subject(subject, CLERK).count == 0  # the person is gone again
        for number in (subject_card, other_card):
            card = opened.cards.get(number)
            assert not card.applicants or card.applicants[0].iin is None  # tombstones again
            assert GIVEN not in str(card)
        assert opened.copies.verify().ok and opened.audit.verify().ok
        entry = opened.audit.entries(limit=10_000)[-1]
        assert entry.action == "restore" and len(entry.details_dict["destruction_reapplied"]) == 2
    finally:
        opened.close()


def test_leftover_copies_of_crashed_backups_are_swept_when_no_backup_runs(source: Registry, tmp_path: Path) -> None:
    data_dir = source.data_dir
    source.close()

    def leave_leftovers() -> list[str]:
        (data_dir / "backup-snapshot-0123.sqlite3").write_bytes(NAME.encode("utf-8"))
        for folder in ("restore-staging-20250101T000000Z-abc", "backup-check-0123"):
            (data_dir / folder / "blobs").mkdir(parents=True)
            (data_dir / folder / "registry.sqlite3").write_bytes(NAME.encode("utf-8"))
            (data_dir / folder / "blobs" / "copy").write_bytes(b"scan")
            (data_dir / folder / "blobs" / "copy").chmod(0o444)
        return sorted(["backup-snapshot-0123.sqlite3", "restore-staging-20250101T000000Z-abc", "backup-check-0123"])

    expected = leave_leftovers()
    with data_folder.maintenance(data_dir, exclusive=False):  # a backup is running: its files are in use
        opened = Registry.open(data_dir=data_dir)
        opened.close()
        assert opened.store.leftovers_removed == () and sorted(p.name for p in data_folder.leftovers(data_dir)) == expected
    opened = Registry.open(data_dir=data_dir)
    opened.close()
    assert sorted(opened.store.leftovers_removed) == expected and data_folder.leftovers(data_dir) == []
    leave_leftovers()
    assert sorted(data_folder.sweep_leftovers(data_dir)) == expected  # what `clerk-app verify` runs too


def test_an_archive_header_asking_for_too_much_memory_is_refused_before_deriving(tmp_path: Path) -> None:
    target = tmp_path / "forged.clerkbak"
    with open(target, "wb") as handle:
        writer = ArchiveWriter(handle, PASSPHRASE, CHEAP)
        writer.write(b"x")
        writer.close()
    raw = bytearray(target.read_bytes())
    raw[18:22] = (4 * 1024 * 1024).to_bytes(4, "big")  # memory KiB: 4 GiB, after magic, version and time cost
    target.write_bytes(bytes(raw))
    with open(target, "rb") as handle, pytest.raises(ClerkError) as refused:
        ArchiveReader(handle, PASSPHRASE)
    assert refused.value.code == "backup.damaged" and "key derivation" in refused.value.message
    with pytest.raises(ClerkError):
        KdfParams(time_cost=1, memory_kib=MAX_MEMORY_KIB + 1, parallelism=1).checked()


def test_only_an_account_that_may_back_up_does(source: Registry, tmp_path: Path) -> None:
    admin = source.accounts.authenticate("admin", PASSWORD)
    clerk = Actor("clerk", roles=frozenset({Role.CLERK}))
    with pytest.raises(PermissionDeniedError):
        _back_up(source, tmp_path / "no.clerkbak", clerk)
    assert not (tmp_path / "no.clerkbak").exists()
    assert _back_up(source, tmp_path / "yes.clerkbak", admin).manifest.card_count == 3


def test_a_short_passphrase_and_a_folder_are_refused(source: Registry, tmp_path: Path) -> None:
    with pytest.raises(ClerkError) as short:
        BackupService(source.store, CHEAP).back_up(tmp_path / "b.clerkbak", "short", CLERK)
    assert short.value.code == "backup.short_passphrase"
    with pytest.raises(ClerkError) as folder:
        _back_up(source, tmp_path)
    assert folder.value.code == "backup.target_is_folder"


def test_progress_is_reported_and_cancel_leaves_no_archive(source: Registry, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    result = _back_up(source, tmp_path / "b.clerkbak", progress=lambda d, t: steps.append((d, t)))
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] == result.data_bytes
    with pytest.raises(ClerkError) as cancelled:
        _back_up(source, tmp_path / "c.clerkbak", cancelled=lambda: True)
    assert cancelled.value.code == "cancelled"
    assert sorted(p.name for p in tmp_path.iterdir() if "clerkbak" in p.name) == ["b.clerkbak"]
    assert not [p for p in source.data_dir.iterdir() if p.name.startswith("backup-snapshot")]


def test_check_reads_an_archive_without_restoring_it(source: Registry, tmp_path: Path) -> None:
    archive = _back_up(source, tmp_path / "b.clerkbak").path
    staged = check_backup(archive, PASSPHRASE, tmp_path)
    assert staged.manifest.card_count == 3 and not staged.folder.exists()


def test_a_postgresql_store_is_pointed_to_pg_dump(registry: Registry, backend: str, tmp_path: Path) -> None:
    if backend != "postgresql":
        pytest.skip("the PostgreSQL case")
    with pytest.raises(ClerkError) as refused:
        BackupService(registry.store, CHEAP).back_up(tmp_path / "b.clerkbak", PASSPHRASE, CLERK)
    assert refused.value.code == "backup.not_embedded" and "pg_dump" in refused.value.message


def test_an_encrypted_store_stays_encrypted_and_restores_on_a_new_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage import encryption, encryption_enable
    from tests.keyring_file import FILE_ENV, file_keyring_at

    with file_keyring_at(tmp_path / "laptop-keyring.json", monkeypatch):
        laptop = tmp_path / "laptop"
        registry = Registry.open(data_dir=laptop)
        _fill(registry, tmp_path)
        registry.close()
        encryption_enable.enable(laptop, encryption.new_key())
        snapshots: list[bytes] = []
        real_summarize = backup_store.summarize

        def look_at_the_snapshot(path: Path, key: bytes | None) -> backup_store.StoreSummary:
            snapshots.append(path.read_bytes())  # as it lies on disk while the archive is written
            return real_summarize(path, key)

        monkeypatch.setattr(backup_store, "summarize", look_at_the_snapshot)
        registry = Registry.open(data_dir=laptop)
        try:
            made = _back_up(registry, tmp_path / "laptop.clerkbak")
        finally:
            registry.close()
        monkeypatch.setattr(backup_store, "summarize", real_summarize)
        assert made.manifest.store_encrypted and made.manifest.store_key == encryption.store_key(laptop)
        assert len(snapshots) == 1 and snapshots[0] and not snapshots[0].startswith(b"SQLite format 3")
        assert NAME.encode("utf-8") not in snapshots[0] and NAME.encode("utf-16-le") not in snapshots[0]
        raw = made.path.read_bytes()
        assert NAME.encode("utf-8") not in raw and made.manifest.store_key not in raw  # the key only inside, sealed

        monkeypatch.setenv(FILE_ENV, str(tmp_path / "new-machine-keyring.json"))  # the laptop is lost
        new = tmp_path / "new-machine"
        restored = _restore(made.path, new)
        assert restored.manifest.card_count == 3
        assert encryption.store_key(new) == made.manifest.store_key  # put into the new machine's keyring
        assert not (new / "registry.sqlite3").read_bytes().startswith(b"SQLite format 3")
        opened = Registry.open(data_dir=new)
        try:
            assert opened.settings.card_count() == 3 and opened.audit.verify().ok
            assert opened.copies.verify().ok  # the sealed copies open with the restored key
            number = _snapshot_of(opened)["numbers"][0]  # type: ignore[index]
            assert opened.cards.get(number).applicants[0].surname == NAME
        finally:
            opened.close()
