"""One sync round: upload files, push changes, pull the others', download files (docs/sync.md).

Every step commits as it goes, on both sides, so a round cut anywhere (process killed, network
gone, server restarted) is simply resumed by the next: pushed changes are remembered by id on the
central store, the pull's cursor moves in the same local transaction as the rows it brought.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select

from clerk_app.domain.sync import SyncPhase, SyncProgress, SyncReport
from clerk_app.errors import ClerkError
from storage.blobs import FileBlobStore
from storage.repositories import settings as settings_repo
from storage.store import Store
from storage.sync import capture, derived, outbox, pull
from storage.sync.blob_transfer import download, upload
from storage.sync.central_apply import Change, apply_changes, finish_push
from storage.sync.pull import PulledBatch
from storage.sync.round_lock import round_lock
from storage.sync.tables import CAPTURED_TABLES
from storage.sync_models import SyncDownload, SyncUpload

PUSH_BATCH = 5000
PULL_BATCH = 20000
CURSOR_KEY = "sync.cursor"
_ONE_FILE = frozenset({"sync.blob_corrupt", "copy.not_found"})  # about one file, not the connection

ProgressCallback = Callable[[SyncProgress], None]


@dataclass
class PushBatch:
    last_entry: int  # the id of the last outbox entry read
    changes: list[tuple[outbox.PendingEntry, Change]]
    empty: list[outbox.PendingEntry]  # entries with nothing to send


class SyncRound:
    def __init__(
        self, store: Store, blobs: FileBlobStore, central: Engine, station: str, *,
        progress: ProgressCallback | None = None, cancel: Callable[[], bool] | None = None,
    ):
        self.store = store
        self.blobs = blobs
        self.central = central
        self.station = station
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or (lambda: False)
        self.report = SyncReport()

    def _check_cancel(self) -> None:
        if self.cancel():
            raise ClerkError("the sync was stopped; it goes on from here next time", code="sync.interrupted")

    def run(self) -> SyncReport:
        started = time.monotonic()
        with round_lock(self.store.data_dir) as held:  # one round per workstation, in any process
            if not held:
                raise ClerkError("a sync of this workstation is running already (another window or the "
                                 "command line)", code="sync.busy")
            for phase, step in (("upload", self.upload_files), ("push", self.push), ("pull", self.pull),
                                ("download", self.download_files)):
                began = time.monotonic()
                step()
                self.report.phase_seconds[phase] = time.monotonic() - began
        self.report.rounds = 1
        self.report.seconds = time.monotonic() - started
        self.progress(SyncProgress(SyncPhase.DONE))
        return self.report

    # -- files --------------------------------------------------------------------------------------

    def upload_files(self) -> None:
        with self.store.read() as session:
            waiting = list(session.scalars(select(SyncUpload.sha256)))
        for done, sha in enumerate(waiting):
            self._check_cancel()
            self.progress(SyncProgress(SyncPhase.UPLOADING, done, len(waiting)))
            if self.blobs.exists(sha):
                try:
                    sent = upload(self.central, self.blobs, sha, self.station, cancel=self.cancel)
                except ClerkError as exc:
                    if exc.code not in _ONE_FILE:
                        raise
                    self.report.files_held += 1  # one damaged copy holds up nothing else; it waits here
                    continue
                self.report.uploaded_bytes += sent
                self.report.uploaded_files += 1 if sent else 0
            with self.store.write() as session:  # a file gone here (destroyed) is not sent
                session.execute(delete(SyncUpload).where(SyncUpload.sha256 == sha))

    def download_files(self) -> None:
        with self.store.read() as session:
            waiting = list(session.scalars(select(SyncDownload.sha256)))
        partial = self.store.data_dir / "sync-partial"
        partial.mkdir(parents=True, exist_ok=True)
        for done, sha in enumerate(waiting):
            self._check_cancel()
            self.progress(SyncProgress(SyncPhase.DOWNLOADING, done, len(waiting)))
            if not self.blobs.exists(sha):
                try:
                    got = download(self.central, self.blobs, sha, partial_dir=Path(partial), cancel=self.cancel)
                except ClerkError as exc:
                    if exc.code == "sync.blob_not_ready":
                        continue  # the other station has not sent it yet: next round
                    if exc.code not in _ONE_FILE:
                        raise
                    self.report.files_held += 1  # tried again next round; the other files go on
                    continue
                self.report.downloaded_bytes += got
                self.report.downloaded_files += 1
            with self.store.write() as session:
                session.execute(delete(SyncDownload).where(SyncDownload.sha256 == sha))

    # -- rows ---------------------------------------------------------------------------------------

    def push(self) -> None:
        with self.store.read() as session:
            tables = outbox.pending_tables(session)
        order = [t for t in CAPTURED_TABLES if t in tables]
        for deletes in (False, True):
            for table in reversed(order) if deletes else order:
                self._push_table(table, deletes=deletes)
        if order:
            with self.central.begin() as conn:
                finish_push(conn)

    def _read_changes(self, table: str, after: int, deletes: bool) -> PushBatch | None:
        with self.store.read() as session:
            entries = outbox.read_entries(session, table, after, PUSH_BATCH)
            if not entries:
                return None
            changes, empty = outbox.build_changes(session, entries, self.station, deletes=deletes)
        return PushBatch(entries[-1].id, changes, empty)

    def _push_table(self, table: str, *, deletes: bool) -> None:
        # The next batch is read here while the central store applies this one (SQLite and
        # PostgreSQL each on a core of their own); entries after the last one read, so the two never
        # touch the same entries.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as reader:
            next_batch = reader.submit(self._read_changes, table, 0, deletes)
            while True:
                self._check_cancel()
                batch = next_batch.result()
                if batch is None:
                    return
                next_batch = reader.submit(self._read_changes, table, batch.last_entry, deletes)
                self._send(batch)

    def _send(self, batch: PushBatch) -> None:
        changes, empty = batch.changes, batch.empty
        if empty:
            with self.store.write() as session:
                outbox.forget(session, empty)
        if not changes:
            return
        self.progress(SyncProgress(SyncPhase.PUSHING, self.report.pushed_total, None))
        with self.central.begin() as conn:
            answers = apply_changes(conn, self.station, changes[0][1].table, [c for _, c in changes])
        with self.store.write() as session:
            settled = []
            for entry, change in changes:
                answer = answers.get(change.change_id, {"status": "retry"})
                status = answer["status"]
                if status in ("applied", "unchanged"):
                    settled.append((entry, change))
                    if answer.get("take"):  # the central store's later sign-in, password, …
                        outbox.take_central_values(session, entry, answer["take"])
                    self.report.count(self.report.pushed, change.table, status == "applied")
                elif status == "conflict":
                    outbox.settle(session, entry, change)
                    outbox.take_central_values(session, entry, answer.get("central", {}))
                    self.report.conflicted += len(answer.get("central", {}))
                elif status == "alias":
                    outbox.follow_alias(session, entry, answer["canonical"], answer["central"])
                    self.report.count(self.report.pushed, change.table)
                elif status == "refused":
                    outbox.keep_problem(session, entry, answer)
                    self.report.refused += 1
            outbox.settle_many(session, settled)
            outbox.retire_problems(session, changes[0][0].table, [
                entry.key for entry, change in changes
                if answers.get(change.change_id, {}).get("status") in ("applied", "unchanged", "conflict", "alias")
            ])

    def pull(self) -> None:
        with self.store.read() as session:
            cursor = int(settings_repo.get_setting(session, CURSOR_KEY, 0))
            waiting = pull.waiting_rows(session)
        # The next batch is read from the central store while this one is written here: the
        # network and PostgreSQL on one side, SQLite on the other, each on a core of its own. A read
        # made before the previous batch is written only finds more of its references missing.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as reader:
            def read_after(after: int) -> Future[PulledBatch | None]:
                return reader.submit(self._read, partial(pull.read_batch, station=self.station, cursor=after,
                                                         limit=PULL_BATCH))

            next_batch = read_after(cursor)
            while True:
                self._check_cancel()
                batch = next_batch.result()
                if batch is None:
                    break
                next_batch = read_after(batch.cursor)
                self._apply(batch)
                cursor = batch.cursor
        if waiting:  # rows refused before: whatever stood in their way may be gone now
            self._apply(self._read(lambda conn: pull.read_again(conn, waiting)), keep_cursor=True)
        self.report.cursor = cursor
        with self.store.write() as session:
            derived.index_new_cards(session.connection())

    def _read(self, read: Callable[[Connection], PulledBatch | None]) -> PulledBatch | None:
        """One consistent view of the central store: the batch and the rows it refers to."""
        with self.central.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            batch = read(conn)
            if batch is not None:
                with self.store.read() as session:
                    pull.complete_references(conn, session, batch)
            conn.rollback()
        return batch

    def _apply(self, batch: PulledBatch | None, *, keep_cursor: bool = False) -> None:
        if batch is None:
            return
        with self.store.write() as session:
            with capture.paused(session):
                applied = pull.apply_batch(session, batch)
                if applied.control_events:
                    derived.rebuild_control(session.connection(), applied.control_events, arrived=applied.control_events)
                applied.card_ids |= derived.cards_of_files(session, applied.page_files)
                if applied.card_ids:
                    derived.reindex_cards(session.connection(), applied.card_ids, only_indexed=True)
                    derived.keep_number_counter_ahead(session, self.station, list(applied.card_ids))
                pull.queue_downloads(session, applied.files, self.blobs.exists)
            if not keep_cursor:
                settings_repo.set_setting(session, CURSOR_KEY, batch.cursor)
        for table, n in applied.counts.items():
            self.report.count(self.report.pulled, table, n)
        self.report.refused += applied.refused
        self.progress(SyncProgress(SyncPhase.PULLING, self.report.pulled_total, None))

