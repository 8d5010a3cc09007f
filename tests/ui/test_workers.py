"""The background-op helper: work runs off the GUI thread, results and errors come back onto it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from ui.workers import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def op() -> int:
        seen["op"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    runner.submit(op, success=success)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["op"] != gui_thread
    assert seen["callback"] == gui_thread
    qtbot.waitUntil(lambda: not runner.busy)
    runner.shutdown()


def test_an_exception_goes_to_failure(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def op() -> None:
        raise ValueError("broken")

    runner.submit(
        op, success=lambda _: errors.append(AssertionError("no success expected")), failure=errors.append
    )
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    runner.shutdown()


def test_operations_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    order: list[int] = []
    for number in range(5):
        runner.submit(lambda number=number: number, success=order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    runner.shutdown()


def test_a_discarded_task_calls_nothing_back(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    results: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    task = runner.submit(slow, success=results.append, failure=lambda exc: results.append(repr(exc)))
    assert started.wait(5)
    task.discard()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []
    runner.shutdown()
