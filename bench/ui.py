"""The interface benchmarks (issue 5): a cold start to an interactive main window, and a journal of
the large demo store opened and scrolled deep while a heartbeat watches the GUI thread.

``ui_start`` runs each start in a fresh Python process (offscreen Qt), timed from just before the
process is spawned to the moment it reports that the first journal page has been painted and the
event loop has come round again: what a clerk waits for after double-clicking the icon.

``ui_journal`` works in this process with the real journal model and view: the time from opening
the journal to its first rows on screen, then page after page down to row 10,000 and row 100,000
(each page's fetch: the query on the worker thread and the whole round trip until its rows are in
the table), and the longest gap between the ticks of a 5 ms timer on the GUI thread meanwhile.

Qt is imported inside the functions: the other benchmarks never load it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench.common import copy_store, demo_store, summary

ROOT = Path(__file__).resolve().parent.parent
STARTS = 5
START_TARGET_S = 2.0
FIRST_ROWS_TARGET_MS = 300.0
STALL_TARGET_MS = 100.0
HEARTBEAT_MS = 5
DEPTHS = (10_000, 100_000)
CHILD_FLAG = "--start-child"
START_TIMEOUT_S = 120


# --- ui_start -------------------------------------------------------------------------------------


def ui_start(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    with tempfile.TemporaryDirectory(prefix="clerk-bench-start-") as tmp:
        store = _with_clerk_account(copy_store(source, Path(tmp) / "store"))
        runs = [_start_once(store) for _ in range(STARTS)]
    ready = [run["ready_s"] for run in runs]
    median = round(statistics.median(ready), 3)
    sign_in = [run["since_spawn_s"]["sign_in_shown"] for run in runs]
    return {
        "what": "fresh process (offscreen) to the sign-in page, the clerk signed in (login and password "
        "set, argon2 checked), the first journal page painted and the event loop idle",
        "sign_in_shown_median_s": round(statistics.median(sign_in), 3),
        "runs": runs,
        "best_s": round(min(ready), 3),
        "median_s": median,
        "target": {"median_s": START_TARGET_S},
        "meets_target": median <= START_TARGET_S,
        "demo_build_s": built,
    }


BENCH_LOGIN, BENCH_PASSWORD = "bench.clerk", "bench-password-2026"


def _with_clerk_account(data_dir: Path) -> Path:
    """The store's administrator and a clerk who has accepted the undertaking (a copy: the cached
    store stays without accounts)."""
    from clerk_app.domain.accounts import Role
    from clerk_app.services.registry import Registry

    registry = Registry.open(data_dir=data_dir)
    try:
        accounts = registry.accounts
        accounts.create_first_administrator("bench.admin", "Bench Admin", BENCH_PASSWORD)
        admin = accounts.authenticate("bench.admin", BENCH_PASSWORD)
        accounts.acknowledge(admin)
        accounts.create(admin, BENCH_LOGIN, "Bench Clerk", BENCH_PASSWORD, [Role.CLERK])
        accounts.acknowledge(accounts.authenticate(BENCH_LOGIN, BENCH_PASSWORD))
    finally:
        registry.close()
    return data_dir


def _start_once(data_dir: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="clerk-bench-ui-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp}
        settings = str(Path(tmp) / "settings.ini")
        started = time.perf_counter()
        command = [sys.executable, "-m", "bench.ui", CHILD_FLAG, str(data_dir), settings, repr(time.time())]
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        line = child.stdout.readline()
        ready_s = time.perf_counter() - started
        child.stdout.read()
        child.wait(timeout=START_TIMEOUT_S)
    if child.returncode != 0 or not line:
        raise RuntimeError(f"the start process failed (exit code {child.returncode})")
    return {"ready_s": round(ready_s, 3), "since_spawn_s": json.loads(line)}


def _start_child(data_dir: str, settings_file: str, spawned_at: float) -> int:
    """The started process: the application as ``ui.app.run_gui`` builds it (settings in a
    temporary file), reporting on stdout once the first journal page is on screen, with the
    moments of the steps since it was spawned (wall clock: the parent's and this process's)."""

    def since_spawn() -> float:
        return time.time() - spawned_at

    phases: dict[str, float] = {"python_and_core_imported": since_spawn()}
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QTableView

    from ui.app import create_application
    from ui.languages import Language, LanguageManager
    from ui.main_window import MainWindow
    from ui.registry_loader import StoreLocation
    from ui.settings import AppSettings

    phases["qt_and_ui_imported"] = since_spawn()
    app = create_application([sys.argv[0]])
    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    languages = LanguageManager(settings, app)
    languages.apply(Language.KAZAKH, remember=False)
    window = MainWindow(StoreLocation.real(Path(data_dir)), settings, languages)

    def report() -> None:
        phases["idle"] = since_spawn()
        sys.stdout.write(json.dumps({name: round(value, 3) for name, value in phases.items()}) + "\n")
        sys.stdout.flush()
        window.close()
        app.quit()

    def sign_in() -> None:
        """The clerk types the login and password and presses Enter (typed in one go here)."""
        page = window.sign_in_page
        if "sign_in_shown" in phases or window.stack.currentWidget() is not page or not page.login_edit.isEnabled():
            return
        phases["sign_in_shown"] = since_spawn()
        page.login_edit.setText(BENCH_LOGIN)
        page.password_edit.setText(BENCH_PASSWORD)
        page.submit()

    class FirstRows(QObject):
        """Sees every paint: notes the window's first, the sign-in page, and the first of a journal
        table with rows."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                phases.setdefault("window_painted", since_spawn())
                if "sign_in_shown" not in phases:
                    QTimer.singleShot(0, sign_in)
                table = watched.parent()
                if (
                    "first_page_painted" not in phases
                    and isinstance(table, QTableView)
                    and table.objectName().startswith("journal_table_")
                    and table.model().rowCount() > 0
                ):
                    phases["first_page_painted"] = since_spawn()
                    QTimer.singleShot(0, report)  # runs once the events queued meanwhile are handled
            return False

    watcher = FirstRows()
    app.installEventFilter(watcher)
    window.show()
    window.open_my_registry()
    QTimer.singleShot(START_TIMEOUT_S * 1000, lambda: app.exit(3))
    return app.exec()


# --- ui_journal -----------------------------------------------------------------------------------


def ui_journal(cards: int) -> dict[str, Any]:
    source, built = demo_store(cards)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer

    from clerk_app.domain.cards import JournalPage
    from clerk_app.domain.enums import AppealKind
    from clerk_app.domain.journal_order import NO_FILTER, ControlFilter, JournalFilter, JournalOrder
    from clerk_app.services.registry import Registry
    from ui.app import create_application
    from ui.journal_model import PAGE_SIZE, JournalModel
    from ui.journal_view import JournalView
    from ui.registry_loader import journal_pages, read_summary
    from ui.workers import TaskRunner

    _app = create_application([sys.argv[0]])  # kept for the whole measurement
    QUICK_FILTERS = (  # noqa: N806 (a table of the run)
        NO_FILTER, *(JournalFilter(control=c) for c in ControlFilter), JournalFilter(kind=AppealKind.GAME_PRIZE_CLAIM),
        JournalFilter(control=ControlFilter.OVERDUE, kind=AppealKind.STATE_MEASURES_SETTLEMENT_BODY),
    )
    started = time.perf_counter()
    registry = Registry.open(data_dir=source)
    open_ms = (time.perf_counter() - started) * 1000
    journal = next(j for j in read_summary(registry).journals if j.code == "incoming")
    runner = TaskRunner()
    queries_ms: list[float] = []

    def timed_source(order: Callable[[str | None], JournalPage]) -> Callable[[str | None], JournalPage]:
        def fetch(cursor: str | None) -> JournalPage:
            began = time.perf_counter()
            page = order(cursor)
            queries_ms.append((time.perf_counter() - began) * 1000)
            return page

        return fetch


    class Watch(QObject):
        """The moments the table's rows were painted and the heartbeat's longest silence."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: list[float] = []
            self.last_beat = time.perf_counter()
            self.longest_gap_ms = 0.0
            self.gaps_ms: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and model.rowCount() > 0:
                self.painted.append(time.perf_counter())
            return False

        def beat(self) -> None:
            now = time.perf_counter()
            gap = (now - self.last_beat) * 1000
            self.longest_gap_ms = max(self.longest_gap_ms, gap)
            self.gaps_ms.append(gap)
            self.last_beat = now

        def restart(self) -> None:
            self.last_beat = time.perf_counter()
            self.longest_gap_ms = 0.0
            self.gaps_ms = []

    def wait_until(done: Callable[[], bool], timeout_s: float = 120) -> None:
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: loop.quit() if done() else None)
        check.start()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(timeout_s * 1000))
        loop.exec()
        check.stop()
        if not done():
            raise TimeoutError("the journal did not get there in time")

    model = JournalModel(
        journal.direction,
        timed_source(journal_pages(registry, journal.code, PAGE_SIZE)),
        runner,
        reorder=lambda order, quick_filter: timed_source(
            journal_pages(registry, journal.code, PAGE_SIZE, order, quick_filter)
        ),
    )
    watch = Watch()

    # Opening the journal: the view is made, its first page read and painted.
    opened = time.perf_counter()
    view = JournalView(journal, model)
    view.table.viewport().installEventFilter(watch)
    view.resize(1280, 760)
    view.show()
    model.reload()
    wait_until(lambda: bool(watch.painted))
    first_rows_ms = (watch.painted[0] - opened) * 1000

    def first_rows_again(order: JournalOrder, quick_filter: JournalFilter = NO_FILTER) -> float:
        """From the click to the first rows of that order and filter painted."""
        watch.painted.clear()
        began = time.perf_counter()
        if (model.order, model.quick_filter) != (order, quick_filter):
            model.set_view(order, quick_filter)
        else:
            model.reload()
        wait_until(lambda: bool(watch.painted) and not model.loading)
        return (watch.painted[-1] - began) * 1000

    warm_ms = [first_rows_again(JournalOrder.NEWEST) for _ in range(10)]
    reordered_ms: dict[str, float] = {}
    for order in JournalOrder:
        for quick_filter in QUICK_FILTERS:
            name = order.value + (f"+{quick_filter.control or ''}{quick_filter.kind or ''}" if quick_filter != NO_FILTER else "")
            runs = [first_rows_again(order, quick_filter) for _ in range(3)]
            first_rows_again(JournalOrder.NEWEST)
            reordered_ms[name] = round(sorted(runs)[1], 1)  # the median of three
    reversed_ms = reordered_ms[JournalOrder.OLDEST.value]

    # Scrolling down page by page, as the view fetches (the last row coming into sight).
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(watch.beat)
    fetch_ms: list[float] = []
    fetch_started: list[float] = []

    def on_loading(loading: bool) -> None:
        if loading:
            fetch_started.append(time.perf_counter())
        elif fetch_started:
            fetch_ms.append((time.perf_counter() - fetch_started[-1]) * 1000)

    model.loadingChanged.connect(on_loading)

    def fetching_past(rows: int) -> bool:
        return model.loading or model.rowCount() > rows
    queries_ms.clear()
    depths: dict[str, Any] = {}
    scroll_began = time.perf_counter()
    watch.restart()
    heartbeat.start()
    for depth in DEPTHS:
        segment_began = time.perf_counter()
        first_page = len(fetch_ms)
        while model.rowCount() < depth and model.canFetchMore(QModelIndex()):
            rows = model.rowCount()
            view.table.scrollToBottom()
            if not model.loading:  # the view fetches once it has laid out the new end
                wait_until(partial(fetching_past, rows))
            wait_until(lambda: not model.loading)
        pages = fetch_ms[first_page:]
        depths[f"row_{depth}"] = {
            "reached_s": round(time.perf_counter() - scroll_began, 3),
            "segment_s": round(time.perf_counter() - segment_began, 3),
            "page_fetches": summary(pages) if pages else None,
            "last_page_fetch_ms": round(pages[-1], 3) if pages else None,
            "longest_gui_stall_so_far_ms": round(watch.longest_gap_ms, 1),
        }
    heartbeat.stop()
    stall_ms = watch.longest_gap_ms
    rows_loaded = model.rowCount()

    runner.shutdown()
    view.close()
    registry.close()
    return {
        "registry_open_ms": round(open_ms, 1),
        "first_rows_ms": round(first_rows_ms, 1),
        "first_rows_warm": summary(warm_ms),
        "first_rows_oldest_first_ms": round(reversed_ms, 1),
        "first_rows_by_order_and_filter_ms": reordered_ms,
        "page_size": PAGE_SIZE,
        "rows_loaded": rows_loaded,
        **depths,
        "page_fetch_round_trip": summary(fetch_ms),
        "page_query_on_worker": summary(queries_ms),
        "longest_gui_stall_ms": round(stall_ms, 1),
        "longest_five_stalls_ms": [round(gap, 1) for gap in sorted(watch.gaps_ms)[-5:]],
        "stalls_over_50_ms": sum(gap > 50 for gap in watch.gaps_ms),
        "heartbeat_gap_p99_ms": round(sorted(watch.gaps_ms)[int(0.99 * len(watch.gaps_ms))], 1),
        "heartbeat_ms": HEARTBEAT_MS,
        "target": {"first_rows_ms": FIRST_ROWS_TARGET_MS, "longest_gui_stall_ms": STALL_TARGET_MS},
        "meets_target": first_rows_ms <= FIRST_ROWS_TARGET_MS and stall_ms <= STALL_TARGET_MS,
        "demo_build_s": built,
    }


BENCHMARKS = {"ui_start": ui_start, "ui_journal": ui_journal}


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == CHILD_FLAG:
        sys.exit(_start_child(sys.argv[2], sys.argv[3], float(sys.argv[4])))
    sys.exit("usage: python -m bench ui_start | ui_journal")
