"""Decoding hostile files safely: a pool of worker processes with hard time and memory limits.

A file that crashes its decoder, hangs it or eats memory is refused; the worker is replaced and
the application goes on. Workers live long (a spawn costs ~0.3 s), so checking many small files
stays fast. Memory is limited with RLIMIT_AS on POSIX; on Windows only the time limit and the
decoders' own size limits (``scanners.inspect.MAX_PAGE_PIXELS``) apply.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from scanners.inspect import FileRefused, Inspection, inspect_file

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 2048


@dataclass(frozen=True)
class Limits:
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_mb: int = DEFAULT_MEMORY_MB


def _silence_decoders() -> None:
    """Decoders talk about damaged files (pypdf logs, libtiff writes to the C stderr); the verdict
    says it all, and the CLI promises one clear line on stderr."""
    import logging
    import os
    import warnings

    warnings.simplefilter("ignore")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _worker_main(connection: Connection, memory_mb: int) -> None:
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # Windows, or a limit the system refuses
        pass
    _silence_decoders()
    jobs: dict[str, Callable[[Path], Any]] = {"inspect": inspect_file}
    while True:
        try:
            job, argument = connection.recv()
        except EOFError:
            return
        try:
            connection.send(("ok", jobs[job](argument)))
        except FileRefused as refused:
            connection.send(("refused", refused.code, refused.reason))
        except MemoryError:
            connection.send(("refused", "file.too_much_memory", "the file needs more memory than a scan ever does"))
        except Exception as exc:  # a decoder bug is the file's problem here, not the application's
            connection.send(("refused", "file.corrupt", f"the file cannot be decoded: {type(exc).__name__}: {exc}"[:300]))


class _Worker:
    def __init__(self, limits: Limits):
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, limits.memory_mb), daemon=True)
        self.process.start()
        child.close()

    def call(self, job: str, argument: object, timeout_s: float) -> Any:
        self.connection.send((job, argument))
        if not self.connection.poll(timeout_s):
            self.kill()
            raise FileRefused("file.timeout", f"decoding took longer than {timeout_s:.0f} s: the file is damaged or hostile")
        try:
            answer = self.connection.recv()
        except (EOFError, OSError):
            self.kill()
            raise FileRefused("file.crashed_decoder", "the file crashed the decoder: it is damaged or hostile") from None
        if answer[0] == "refused":
            raise FileRefused(answer[1], answer[2])
        return answer[1]

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Sandbox:
    """Thread-safe: each call takes an idle worker (starting one if needed, up to ``workers``)."""

    def __init__(self, workers: int = 2, limits: Limits | None = None):
        self.limits = limits or Limits()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._slots = threading.Semaphore(max(1, workers))
        self._closed = False

    def inspect(self, path: Path) -> Inspection:
        result = self._call("inspect", Path(path))
        assert isinstance(result, Inspection)
        return result

    def _call(self, job: str, argument: object) -> object:
        with self._slots:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                worker = _Worker(self.limits)
            try:
                return worker.call(job, argument, self.limits.timeout_s)
            finally:
                if worker.alive and not self._closed:
                    self._idle.put(worker)
                elif worker.alive:
                    worker.kill()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
