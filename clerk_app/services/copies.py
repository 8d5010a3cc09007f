"""Attaching electronic copies of paper originals (cl. 11): judged by content in a sandbox, stored
unaltered in the content-addressed blob store, recorded on the card in one transaction."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction
from clerk_app.domain.copies import (
    AttachReport,
    CopyPage,
    ElectronicCopy,
    FileVerdict,
    InboxItem,
    VerifyReport,
)
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import CancelledError, ClerkError
from clerk_app.services import audit, consent_checks
from clerk_app.services.blocking import guard
from clerk_app.services.context import Actor, require, resolve_card
from clerk_app.timeutil import utc_now
from scanners.inspect import FileRefused
from scanners.sandbox import Sandbox
from storage.blobs import BLOB_DIR_NAME, FileBlobStore, sha256_of
from storage.repositories import copies as copy_repo
from storage.repositories import inbox as inbox_repo
from storage.repositories import ocr as ocr_repo
from storage.repositories import search as search_repo
from storage.store import Store

DEFAULT_MAX_SIZE = 200 * 1024 * 1024
BLOB_DIR = BLOB_DIR_NAME


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders replaced by the files inside them (sorted, recursively)."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            result.append(path)
    return result


@dataclass
class FileJudge:
    """Judges candidate files in the sandbox; needs no store (``clerk-app check-files``)."""

    max_size: int = DEFAULT_MAX_SIZE
    workers: int = 2
    _sandbox: Sandbox | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def _sandbox_for_use(self) -> Sandbox:
        with self._lock:
            if self._sandbox is None:
                self._sandbox = Sandbox(self.workers)
            return self._sandbox

    def close(self) -> None:
        with self._lock:
            if self._sandbox is not None:
                self._sandbox.close()
                self._sandbox = None

    def judge(self, path: Path) -> FileVerdict:
        """One file's verdict. Never raises for anything about the file itself."""
        shown = str(path)
        try:
            size = path.stat().st_size
            if not path.is_file():
                return _refused(shown, "file.not_a_file", "this is not a file")
            if size > self.max_size:
                return _refused(shown, "file.too_large",
                                f"the file is {size / 2**20:.0f} MB; at most {self.max_size / 2**20:.0f} MB is accepted",
                                size=size)
            digest = sha256_of(path)
        except OSError as exc:
            return _refused(shown, "file.unreadable", f"the file cannot be read: {exc.strerror or exc}")
        if size == 0:
            return _refused(shown, "file.empty", "the file is empty (0 bytes)", sha256=digest, size=0)
        try:
            inspection = self._sandbox_for_use().inspect(path)
        except FileRefused as refused:
            return _refused(shown, refused.code, refused.reason, sha256=digest, size=size)
        pages = tuple(CopyPage(p.width_px, p.height_px, p.dpi_x, p.dpi_y) for p in inspection.pages)
        return FileVerdict(
            path=shown, accepted=True, format=inspection.format.value, pages=len(pages), sha256=digest, code=None,
            reason=None, page_info=pages, details=dict(inspection.details), size_bytes=size,
        )

    def check_files(self, paths: Iterable[Path]) -> Iterator[FileVerdict]:
        """Verdicts in the order of the files, judged on all workers at once; stores nothing."""
        files = expand_paths(paths)
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            yield from pool.map(self.judge, files)


@dataclass
class CopyService:
    store: Store
    judge: FileJudge = field(default_factory=FileJudge)

    @property
    def blobs(self) -> FileBlobStore:
        return FileBlobStore(self.store.data_dir / BLOB_DIR, key=self.store.key)  # sealed when the store is encrypted

    def close(self) -> None:
        self.judge.close()

    def attach(
        self, card_ref: str, paths: Iterable[Path], role: CopyRole, actor: Actor, *,
        progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
        then: Callable[[Session, AttachReport], None] | None = None,
    ) -> AttachReport:
        """Judges every file first; stores the accepted ones (blob first, then the rows in one
        transaction). A refused file leaves nothing behind. A crash between the blob and the row
        leaves only an unreferenced blob, which ``verify`` counts and nothing else sees.

        ``progress(done, total)`` is told of each file judged and each file stored (total is twice
        the files); when ``cancelled()`` turns true, ``CancelledError`` is raised before the rows
        are written: no copy is attached (blobs already stored stay unreferenced, as after a crash).
        ``then(session, report)`` runs in the same transaction after the rows (a consent form is linked
        with its attaching); what it raises undoes the attaching too."""
        actor.require(Permission.ATTACH)
        files = list(paths)
        total, done = 2 * len(files), 0

        def step() -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise CancelledError("attaching was cancelled: nothing was attached")
            done += 1
            if progress is not None:
                progress(done, total)

        with self.store.read() as session:
            guard(session, actor, [resolve_card(session, card_ref).id], change=True)  # fails before any work
        verdicts = []
        for verdict in self.judge.check_files(files):
            verdicts.append(verdict)
            step()
        accepted = [v for v in verdicts if v.accepted]
        refused = [v for v in verdicts if not v.accepted]
        done += len(refused)  # nothing to store for them
        for verdict in list(accepted):
            step()
            stored = self.blobs.put_file(Path(verdict.path))
            if stored.sha256 != verdict.sha256:  # the file changed while it was judged: judge it again later
                accepted.remove(verdict)
                refused.append(_refused(verdict.path, "file.changed",
                                        "the file changed while it was being attached: attach it again", sha256=stored.sha256))
        if cancelled is not None and cancelled():
            raise CancelledError("attaching was cancelled: nothing was attached")
        attached: list[ElectronicCopy] = []
        with self.store.write() as session:
            card = resolve_card(session, card_ref)
            guard(session, actor, [card.id], change=True)
            now = utc_now()
            for verdict in accepted:
                assert verdict.sha256 is not None
                if copy_repo.is_attached(session, card.id, verdict.sha256, role):
                    refused.append(_refused(verdict.path, "copy.already_attached",
                                            "this very file is attached to the card already", sha256=verdict.sha256))
                    continue
                attached.append(copy_repo.add_copy(
                    session, card.id, verdict, role=role, name=Path(verdict.path).name, by=actor.user, at=now
                ))
                # recognition is queued in the same transaction: it happens later, never lost
                ocr_repo.enqueue(session, verdict.sha256, verdict.format or "", verdict.pages or 0, now)
                search_repo.index_copy(session.connection(), card.id, verdict.sha256)  # recognised for another card
            audit.record_copies_in(session, actor, AuditAction.CREATE, card.id, attached)
            report = AttachReport(attached=tuple(attached), refused=tuple(refused))
            if then is not None:
                then(session, report)
        return report

    def copies(self, card_ref: str, *, actor: Actor | None = None) -> list[ElectronicCopy]:
        require(actor, Permission.VIEW_CARD)
        with self.store.read() as session:
            card_id = resolve_card(session, card_ref).id
            guard(session, actor, [card_id])
            return copy_repo.copies_of(session, card_id)

    def inbox(self, *, actor: Actor | None = None) -> list[InboxItem]:
        require(actor, Permission.ATTACH)
        with self.store.read() as session:
            return inbox_repo.unfiled(session)

    def to_inbox(self, path: Path, verdict: FileVerdict, *, name: str, source: str) -> bool:
        """Stores an accepted file unfiled, for the clerk to file (the hot folder, scans without a
        stamp): the blob first, then the inbox row. False when the file changed after it was judged
        (nothing is added; judge it again) — the same bytes arriving twice are one item."""
        stored = self.blobs.put_file(path)
        if stored.sha256 != verdict.sha256:
            return False
        with self.store.write() as session:
            inbox_repo.add_unless_present(session, verdict, name=name, source=source, at=utc_now())
        return True

    def file_inbox_item(self, item_id: uuid.UUID, card_ref: str, role: CopyRole, actor: Actor) -> ElectronicCopy:
        """Files an inbox item under a card: it becomes one of the card's copies (one transaction)."""
        actor.require(Permission.ATTACH)
        with self.store.write() as session:
            item = inbox_repo.item_row(session, item_id)
            if item is None or item.filed_copy_id is not None:
                raise ClerkError("this inbox item does not exist or is filed already", code="inbox.not_found")
            card = resolve_card(session, card_ref)
            guard(session, actor, [card.id], change=True)
            if copy_repo.is_attached(session, card.id, item.sha256, role):
                raise ClerkError("this very file is attached to the card already", code="copy.already_attached")
            verdict = FileVerdict(
                path=item.original_name, accepted=True, format=item.format, pages=item.page_count, sha256=item.sha256,
                code=None, reason=None, page_info=tuple(CopyPage(**p) for p in json.loads(item.pages)),
                details=json.loads(item.details), size_bytes=item.size_bytes,
            )
            now = utc_now()
            copy = copy_repo.add_copy(session, card.id, verdict, role=role, name=item.original_name, by=actor.user, at=now)
            ocr_repo.enqueue(session, item.sha256, item.format, item.page_count, now)
            search_repo.index_copy(session.connection(), card.id, item.sha256)
            item.filed_copy_id, item.filed_by, item.filed_at = copy.id, actor.user, now
            audit.record_copies_in(session, actor, AuditAction.CREATE, card.id, [copy], {"from": "inbox"})
            return copy

    def record_viewing(self, copy: ElectronicCopy, actor: Actor) -> None:
        """Records that a copy is shown (the page viewer, once per window) as a view of the copy in
        the audit trail (R36); refuses as reading the card would. The pages are read through ``blobs``."""
        require(actor, Permission.VIEW_CARD)
        with self.store.write() as session:
            if not copy_repo.copy_exists(session, copy.id):
                raise ClerkError("this copy is no longer stored", code="copy.not_found")
            guard(session, actor, [copy.card_id])
            audit.record_copies_in(session, actor, AuditAction.VIEW, copy.card_id, [copy])

    def export_searchable_pdf(self, sha256: str, target: Path, languages: str, *, actor: Actor | None = None) -> int:
        """A derived copy for export (image plus text layer), written atomically; the stored
        original is never replaced. Returns the number of pages."""
        require(actor, Permission.VIEW_CARD)
        from scanners import ocr

        with self.store.read() as session:
            copy = copy_repo.copy_by_hash(session, sha256.strip().lower())
            if copy is not None:  # R53: not written out once a person's consent was withdrawn or ran out
                guard(session, actor, [copy.card_id])  # nor while a person on the card is blocked (R45)
                consent_checks.check_export_in(session, [copy.card_id])
        if copy is None:
            raise ClerkError(f"no stored copy with the hash {sha256!r}", code="copy.not_found")
        availability = ocr.check_tesseract(languages)
        if not availability.available:
            raise ClerkError(f"text recognition is off: {availability.problem}", code="ocr.unavailable")
        with self.blobs.plaintext_path(copy.sha256) as path:
            data = ocr.searchable_pdf(path, copy.format, copy.page_count, languages)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        if actor is not None:  # recorded before the file appears under its name: no export goes unrecorded
            try:
                with self.store.write() as session:
                    audit.record_copies_in(session, actor, AuditAction.EXPORT, copy.card_id, [copy],
                                           {"as": "searchable_pdf"})
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        partial.replace(target)
        return copy.page_count

    def verify(self) -> VerifyReport:
        """Re-hashes every referenced blob (and sweeps temporary files old crashes left)."""
        self.blobs.clean_incoming()
        with self.store.read() as session:
            referenced = copy_repo.referenced_hashes(session)
        blobs = self.blobs
        problems = {sha: blobs.check(sha) for sha in sorted(referenced)}
        present = set(blobs.iter_hashes())
        return VerifyReport(
            checked=len(referenced),
            missing=tuple(sha for sha, problem in problems.items() if problem == "missing"),
            corrupt=tuple(sha for sha, problem in problems.items() if problem == "corrupt"),
            unreferenced=len(present - referenced),
        )


def _refused(path: str, code: str, reason: str, *, sha256: str | None = None, size: int | None = None) -> FileVerdict:
    return FileVerdict(path=path, accepted=False, format=None, pages=None, sha256=sha256, code=code, reason=reason,
                       size_bytes=size)
