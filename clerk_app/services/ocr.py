"""Text recognition in the background: a persistent queue in the store (it survives restarts),
worked off by one process per core. Registration and attaching never wait for it."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from clerk_app.domain.accounts import Permission
from clerk_app.errors import FieldIssue, ValidationError
from clerk_app.services.context import Actor, require, resolve_card
from clerk_app.timeutil import utc_now
from scanners import ocr
from storage.blobs import FileBlobStore
from storage.repositories import ocr as ocr_repo
from storage.repositories import search as search_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

LANGUAGES_KEY = "ocr_languages"
MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(minutes=30)  # a job "running" this long belongs to a process that died


@dataclass(frozen=True)
class OcrRunReport:
    recognised: int
    failed: int
    pages: int
    pending: int
    problem: str | None  # Tesseract or a language pack missing: recognition is off, nothing is lost


def _recognise(path: Path, fmt: str, page_count: int, languages: str) -> list[str]:
    """In a worker process."""
    ocr.limit_threads()
    return ocr.recognise_file(path, fmt, page_count, languages)


def _recognise_stored(blob_dir: Path, key: bytes | None, sha256: str, fmt: str, page_count: int,
                      languages: str) -> list[str]:
    """In a worker process. An encrypted store's copy is decrypted here, into a private temporary
    file that lives only while this copy is recognised (docs/security.md)."""
    with FileBlobStore(blob_dir, key=key).plaintext_path(sha256) as path:
        return _recognise(path, fmt, page_count, languages)


@dataclass
class OcrService:
    store: Store
    blob_dir: Path
    workers: int = max(1, min(2, os.cpu_count() or 1))

    def languages(self) -> str:
        with self.store.read() as session:
            return str(settings_repo.get_setting(session, LANGUAGES_KEY, ocr.DEFAULT_LANGUAGES))

    def set_languages(self, languages: str, *, actor: Actor | None = None) -> None:
        """Any well-formed list is kept; a missing language pack is reported by ``availability``."""
        require(actor, Permission.SETTINGS)
        if not ocr.valid_languages(languages):
            raise ValidationError([FieldIssue("languages", "ocr.bad_languages", "write languages like kaz+rus+eng")])
        with self.store.write() as session:
            settings_repo.set_setting(session, LANGUAGES_KEY, languages)

    def availability(self) -> ocr.OcrAvailability:
        return ocr.check_tesseract(self.languages())

    def queue_counts(self) -> dict[str, int]:
        with self.store.read() as session:
            return ocr_repo.counts(session)

    def run_pending(self, *, limit: int = 1000) -> OcrRunReport:
        """Recognises up to ``limit`` queued files on all cores; returns when they are done."""
        languages = self.languages()
        availability = ocr.check_tesseract(languages)
        if not availability.available:
            return OcrRunReport(0, 0, 0, self.queue_counts().get("pending", 0), availability.problem)
        now = utc_now()
        with self.store.write() as session:
            jobs = [(j.sha256, j.format, j.page_count, j.attempts) for j in ocr_repo.claim(
                session, limit=limit, now=now, stale_before=now - STALE_AFTER, max_attempts=MAX_ATTEMPTS)]
        recognised = failed = pages = 0
        if jobs:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=min(self.workers, len(jobs)), mp_context=context) as pool:
                futures = {
                    pool.submit(_recognise_stored, self.blob_dir, self.store.key, sha, fmt, count, languages): (sha, attempts)
                    for sha, fmt, count, attempts in jobs
                }
                for future, (sha, attempts) in futures.items():
                    try:
                        texts = future.result()
                    except Exception as exc:  # one bad file never stops the queue
                        with self.store.write() as session:
                            ocr_repo.fail(session, sha, f"{type(exc).__name__}: {exc}", final=attempts >= MAX_ATTEMPTS)
                        failed += 1
                        continue
                    with self.store.write() as session:
                        ocr_repo.finish(session, sha, texts, languages, utc_now())
                        search_repo.index_pages(session.connection(), sha)  # searchable as it is stored
                    recognised += 1
                    pages += len(texts)
        return OcrRunReport(recognised, failed, pages, self.queue_counts().get("pending", 0), None)

    def card_texts(self, card_ref: str, *, actor: Actor | None = None) -> list[tuple[str, int, str]]:
        require(actor, Permission.VIEW_CARD)
        with self.store.read() as session:
            return ocr_repo.texts_of_card(session, resolve_card(session, card_ref).id)

    def copy_states(self, card_ref: str) -> dict[str, str]:
        """Recognition status of each of the card's copies, by SHA-256: pending, running, done or failed."""
        with self.store.read() as session:
            return ocr_repo.states_of_card(session, resolve_card(session, card_ref).id)
