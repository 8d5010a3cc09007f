"""The hot folder: network scanners drop files into a shared folder; each finished file is judged,
stored and put in the inbox, then moved to ``done/`` (or to ``rejected/`` with a reason file).

A file still being written is never taken: its size and modification time must stay the same for
``stable_seconds`` across two looks, and it must open for reading (on Windows a file another
program is writing cannot be opened). The order judge → blob → inbox row → move makes a kill at
any moment harmless: the file stays in the folder until it is in the store, and the inbox keeps
one row per content, so importing it again after a crash adds nothing twice.

A scanner may pause mid-file longer than ``stable_seconds``. That is safe because validation never
accepts a truncated file; a refusal that can mean "not finished yet" (damaged, truncated, empty)
becomes final only when the file has not changed for ``reject_after_seconds``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from clerk_app.domain.copies import FileVerdict, HotFolderReport
from clerk_app.services.copies import CopyService
from clerk_app.timeutil import iso_astana, utc_now

DONE, REJECTED = "done", "rejected"
_IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".reason.txt")
_MAYBE_UNFINISHED = frozenset({"file.corrupt", "file.truncated", "file.empty", "file.unknown"})


def unsafe_folder_problem(folder: Path, data_dir: Path) -> str | None:
    """Every file in the hot folder is moved away: refuse folders where that would do harm."""
    folder, data_dir = folder.resolve(), data_dir.resolve()
    if folder == data_dir or data_dir in folder.parents or folder in data_dir.parents:
        return "the hot folder cannot be the registry's data folder, inside it, or above it"
    if folder == Path.home().resolve() or folder.parent == folder:
        return "the hot folder cannot be the home folder or the root of a disk"
    return None


@dataclass
class HotFolder:
    folder: Path
    copies: CopyService
    stable_seconds: float = 2.0
    reject_after_seconds: float = 60.0
    _seen: dict[str, tuple[int, int, float]] = field(default_factory=dict, init=False)

    def scan_once(self) -> HotFolderReport:
        imported: list[str] = []
        rejected: list[str] = []
        waiting: list[str] = []
        for path in sorted(self._candidates()):
            if not self._is_stable(path):
                waiting.append(path.name)
                continue
            verdict = self.copies.judge.judge(path)
            try:
                if verdict.accepted:
                    self._import(path, verdict)
                    imported.append(path.name)
                elif verdict.code in _MAYBE_UNFINISHED and self._changed_recently(path):
                    waiting.append(path.name)  # perhaps the scanner paused: judged again next time
                    continue
                else:
                    self._reject(path, verdict)
                    rejected.append(path.name)
            except FileNotFoundError:  # another station sharing the folder took it first
                pass
            self._seen.pop(path.name, None)
        return HotFolderReport(tuple(imported), tuple(rejected), tuple(waiting))

    def watch(self, interval_s: float = 5.0, *, rounds: int | None = None) -> None:
        """Scans every ``interval_s`` seconds (forever, or ``rounds`` times)."""
        done = 0
        while rounds is None or done < rounds:
            self.scan_once()
            done += 1
            time.sleep(interval_s)

    def _candidates(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return [
            p for p in self.folder.iterdir()
            if p.is_file() and not p.name.startswith((".", "~$")) and not p.name.lower().endswith(_IGNORED_SUFFIXES)
        ]

    def _is_stable(self, path: Path) -> bool:
        try:
            status = path.stat()
            with open(path, "rb"):
                pass
        except OSError:  # vanished, or locked by the program still writing it
            return False
        now = time.monotonic()
        signature = (status.st_size, status.st_mtime_ns)
        previous = self._seen.get(path.name)
        if previous is None or previous[:2] != signature:
            self._seen[path.name] = (*signature, now)
            return False
        # unchanged since it was first seen like this, long enough, and not touched very recently
        return now - previous[2] >= self.stable_seconds and time.time() - status.st_mtime >= self.stable_seconds

    def _changed_recently(self, path: Path) -> bool:
        try:
            return time.time() - path.stat().st_mtime < self.reject_after_seconds
        except OSError:
            return True

    def _import(self, path: Path, verdict: FileVerdict) -> None:
        if self.copies.to_inbox(path, verdict, name=path.name, source="hot_folder"):
            _move(path, self.folder / DONE)  # else changed after judging: it will be looked at again

    def _reject(self, path: Path, verdict: FileVerdict) -> None:
        target = _move(path, self.folder / REJECTED)
        reason = (
            f"{target.name}\nrefused: {verdict.code}\n{verdict.reason}\n"
            f"at: {iso_astana(utc_now())}\nsha256: {verdict.sha256 or '-'}\n"
        )
        target.with_name(target.name + ".reason.txt").write_text(reason, encoding="utf-8")


def _move(path: Path, folder: Path) -> Path:
    """Into ``folder``, never overwriting: a second ``scan.pdf`` becomes ``scan (2).pdf``."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    counter = 2
    while target.exists():
        target = folder / f"{path.stem} ({counter}){path.suffix}"
        counter += 1
    path.replace(target)
    return target
