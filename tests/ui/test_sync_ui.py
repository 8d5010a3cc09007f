"""The interface of synchronisation with the central store (issue 7), driven against a fake service
with the API of clerk_app/services/sync.py: Settings › Synchronisation connects and disconnects, the
status-bar indicator says each state, the dialogs' buttons call the service, the rounds never run two
at once and never on the GUI thread, and a failure in the background never becomes a message box.
The engine itself is tested against a real PostgreSQL in the core's own tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QStatusBar
from pytestqt.qtbot import QtBot

from clerk_app.domain.accounts import Role
from clerk_app.domain.sync import (
    CentralConnection,
    SyncConflict,
    SyncMode,
    SyncPhase,
    SyncProblem,
    SyncProgress,
    SyncReport,
    SyncStatus,
)
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.timeutil import ASTANA
from tests.ui.keyboard import type_text
from ui import session, settings_dialog, settings_sync, sync_flow, sync_problems_dialog, sync_texts
from ui.languages import Language, LanguageManager
from ui.main_window import MainWindow
from ui.settings_sync import SyncPage
from ui.sync_conflicts_dialog import SyncConflictsDialog
from ui.sync_problems_dialog import SyncProblemsDialog
from ui.sync_runner import SyncRunner
from ui.sync_status import SyncIndicator
from ui.workers import TaskRunner

SHOTS = Path(os.environ.get("CLERK_SHOTS", "/tmp/shots_sync"))
URL = "postgresql://central.example.kz:5432/registry"
NOW = datetime.now(UTC).replace(microsecond=0)


def status(**changes: Any) -> SyncStatus:
    values: dict[str, Any] = dict(
        mode=SyncMode.SYNCED, central="central.example.kz:5432/registry", station_code="02",
        last_sync_at=NOW, last_attempt_at=NOW, last_error_code=None, last_error_message=None,
        pending_changes=0, pending_uploads=0, problems=0, open_conflicts=0,
    )
    values.update(changes)
    return SyncStatus(**values)


@dataclass
class FakeSyncService:
    """The methods of SyncService, recording their calls; ``sync`` may be held on a gate to see what
    happens while a round runs."""

    current: CentralConnection | None = None
    state: SyncStatus = field(default_factory=lambda: status(mode=SyncMode.STANDALONE, central=None))
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    connect_error: BaseException | None = None
    sync_error: BaseException | None = None
    report: SyncReport = field(default_factory=SyncReport)
    gate: threading.Event | None = None  # sync waits for it
    sync_threads: list[threading.Thread] = field(default_factory=list)
    running: int = 0
    most_at_once: int = 0
    conflict_list: list[SyncConflict] = field(default_factory=list)
    problem_list: list[SyncProblem] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def status(self) -> SyncStatus:
        return self.state

    def connection(self) -> CentralConnection | None:
        return self.current

    def connect(self, url: str, station_name: str, password: str, actor: Actor, *,
                sslmode: str | None = None, ca_file: str | None = None) -> CentralConnection:
        self.calls.append(("connect", url, station_name, password, actor.user, sslmode, ca_file))
        if self.connect_error is not None:
            raise self.connect_error
        self.current = CentralConnection(url, station_name, "07", sslmode, ca_file)
        self.state = status(central=url, station_code="07", last_sync_at=None)
        return self.current

    def disconnect(self, actor: Actor) -> None:
        self.calls.append(("disconnect", actor.user))
        self.current = None
        self.state = status(mode=SyncMode.STANDALONE, central=None)

    def sync(self, *, progress: Callable[[SyncProgress], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> SyncReport:
        with self.lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.calls.append(("sync",))
        self.sync_threads.append(threading.current_thread())
        try:
            if progress is not None:
                progress(SyncProgress(SyncPhase.PUSHING, 1, 2))
            if self.gate is not None:
                assert self.gate.wait(10)
            if progress is not None:
                progress(SyncProgress(SyncPhase.PULLING, 1, 2))
            if self.sync_error is not None:
                raise self.sync_error
            return self.report
        finally:
            with self.lock:
                self.running -= 1

    def conflicts(self, *, include_resolved: bool = False) -> list[SyncConflict]:
        self.calls.append(("conflicts", include_resolved))
        return [c for c in self.conflict_list if include_resolved or c.resolved_at is None]

    def resolve_conflict(self, conflict_id: str, keep: str, actor: Actor) -> None:
        self.calls.append(("resolve", conflict_id, keep, actor.user))
        self.conflict_list = [
            replace(c, resolved_at=datetime.now(UTC), resolved_by=actor.user, kept=keep) if c.id == conflict_id else c
            for c in self.conflict_list
        ]

    def problems(self) -> list[SyncProblem]:
        self.calls.append(("problems",))
        return list(self.problem_list)

    def retry_problem(self, problem_id: int, actor: Actor) -> None:
        self.calls.append(("retry", problem_id, actor.user))

    def discard_problem(self, problem_id: int, actor: Actor) -> None:
        self.calls.append(("discard", problem_id, actor.user))
        self.problem_list = [p for p in self.problem_list if p.id != problem_id]

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [call for call in self.calls if call[0] == name]


def conflicts() -> list[SyncConflict]:
    return [
        SyncConflict("c1", "card", '{"id": "1"}', "1", "01/A-0007/26", "summary", '"Returned a broken phone"',
                     '"Returned a broken phone; asks for the money back"', "03", NOW - timedelta(minutes=40)),
        SyncConflict("c2", "card", '{"id": "2"}', "2", "02/A-0012/26", "claimed_amount", '"150000.00"',
                     '"165000.50"', "01", NOW - timedelta(hours=3)),
        SyncConflict("c3", "card", '{"id": "3"}', "3", "01/A-0002/26", "sheet_count", "3", "4", "02",
                     NOW - timedelta(days=1), resolved_at=NOW - timedelta(hours=20), resolved_by="supervisor",
                     kept="station"),
    ]


def problems() -> list[SyncProblem]:
    return [
        SyncProblem(11, "card", '{"id": "5"}', "02/A-0031/26", "sync.duplicate",
                    "card: another row already holds one of these unique values", NOW - timedelta(minutes=12), 3),
        SyncProblem(12, "respondent", '{"id": "9"}', None, "sync.check_failed",
                    'new row violates check constraint "ck_respondent_bin"', NOW - timedelta(hours=2), 1),
    ]


@pytest.fixture
def fake() -> FakeSyncService:
    return FakeSyncService()


@pytest.fixture
def registry(fake: FakeSyncService) -> Any:
    return SimpleNamespace(sync=fake)


@pytest.fixture
def sync_runner(qapp: QApplication, runner: TaskRunner) -> Any:
    made = SyncRunner(runner)
    yield made
    made.shutdown()


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _page(qtbot: QtBot, registry: Any, runner: TaskRunner, sync_runner: SyncRunner | None = None) -> SyncPage:
    page = SyncPage(registry, runner, sync_runner=sync_runner)
    qtbot.addWidget(page)
    page.resize(760, 900)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.loaded)
    return page


# --- Settings › Synchronisation -------------------------------------------------------------------


def test_connecting_runs_on_the_sync_runner_and_shows_the_code_the_central_store_issued(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner, sync_runner: SyncRunner, tmp_path: Path,
) -> None:
    sync_runner.set_registry(registry)
    page = _page(qtbot, registry, runner, sync_runner)
    assert page.standalone_radio.isChecked() and not page.central.isEnabled()
    assert not page.disconnect_button.isEnabled() and not page.has_changes()
    page.synced_radio.setChecked(True)
    assert page.central.isEnabled() and page.connect_button.isEnabled() and page.has_changes()
    assert page.ssl_box.currentData() == "require"
    type_text(qtbot, page.url_edit, URL)
    type_text(qtbot, page.station_edit, "station_07")
    type_text(qtbot, page.password_edit, "s3cret-pass")
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    ca = tmp_path / "central-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    page.ca_edit.setText(str(ca))
    page.ca_edit.editingFinished.emit()
    assert page.ssl_box.currentData() == "verify-full"  # the default once a CA file is given
    changed: list[bool] = []
    sync_runner.connectionChanged.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert fake.named("connect") == [("connect", URL, "station_07", "s3cret-pass", "test", "verify-full", str(ca))]
    assert "07" in page.outcome.text() and "07" in page.state_label.text()
    assert page.password_edit.text() == "" and "keyring" in page.password_edit.placeholderText()
    assert page.disconnect_button.isEnabled() and not page.has_changes()
    qtbot.waitUntil(lambda: bool(changed) and sync_runner.synced)
    assert sync_runner.timer.isActive()  # rounds every 5 minutes from now on


def test_the_form_is_checked_before_connecting_and_a_refusal_stands_by_its_field(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner,
) -> None:
    page = _page(qtbot, registry, runner)
    page.synced_radio.setChecked(True)
    page.ssl_box.setCurrentIndex(page.ssl_box.findData("verify-full"))
    type_text(qtbot, page.url_edit, "postgresql://admin:pw@central/registry")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert not fake.named("connect")
    errors = page.errors.labels
    assert "password" in errors["url"].text()
    assert errors["station_name"].isVisible() and errors["password"].isVisible()
    assert "CA certificate" in errors["ca_file"].text()
    page.url_edit.setText("central.example.kz")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert "postgresql://" in errors["url"].text()

    page.url_edit.setText(URL)
    page.ssl_box.setCurrentIndex(page.ssl_box.findData("require"))
    type_text(qtbot, page.station_edit, "station_07")
    type_text(qtbot, page.password_edit, "wrong")
    fake.connect_error = ClerkError("password authentication failed", code="sync.auth_failed")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert len(fake.named("connect")) == 1
    assert "did not accept" in errors["password"].text() and errors["password"].isVisible()
    assert page.url_edit.text() == URL and page.password_edit.text() == "wrong"  # nothing typed is lost
    fake.connect_error = ClerkError("no route to host", code="sync.unreachable")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert "does not answer" in errors["url"].text()


def test_a_server_without_encryption_is_shown_at_the_encryption_mode(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner,
) -> None:
    page = _page(qtbot, registry, runner)
    page.synced_radio.setChecked(True)
    type_text(qtbot, page.url_edit, URL)
    type_text(qtbot, page.station_edit, "station_07")
    type_text(qtbot, page.password_edit, "s3cret-pass")
    fake.connect_error = ClerkError("server does not support SSL, but SSL was required", code="sync.tls_unsupported")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    shown = page.errors.visible_messages()
    assert list(shown) == ["sslmode"]  # the mode is what to change, not the CA file
    assert "does not offer encryption" in shown["sslmode"] and "TLS" in shown["sslmode"]
    assert "trusted local network" in shown["sslmode"]


def test_errors_on_the_page_follow_a_change_of_language(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner, languages: LanguageManager,
) -> None:
    page = _page(qtbot, registry, runner)

    def switch(language: Language) -> None:
        heading = page.heading.text()
        languages.apply(language, remember=False)
        qtbot.waitUntil(lambda: page.heading.text() != heading)  # the LanguageChange event is posted

    page.synced_radio.setChecked(True)
    type_text(qtbot, page.url_edit, "postgresql://127.0.0.1:5439/test")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)  # the checks: no name, no password
    english = page.errors.visible_messages()
    assert set(english) == {"station_name", "password"}
    switch(Language.RUSSIAN)
    russian = page.errors.visible_messages()
    assert set(russian) == set(english) and all(russian[f] != english[f] for f in english)
    switch(Language.ENGLISH)
    assert page.errors.visible_messages() == english

    type_text(qtbot, page.station_edit, "station_07")
    type_text(qtbot, page.password_edit, "s3cret-pass")
    fake.connect_error = ClerkError("connection refused", code="sync.unreachable")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    english = page.errors.visible_messages()
    assert list(english) == ["url"] and "does not answer" in english["url"]
    # nothing is connected yet: no word of changes "sent when it answers"
    assert "sent" not in english["url"] and "Check the network connection and the address" in english["url"]
    switch(Language.KAZAKH)
    _shot(page, "settings_unreachable_after_switch_kk")
    kazakh = page.errors.visible_messages()
    assert list(kazakh) == ["url"] and kazakh["url"] != english["url"] and "answer" not in kazakh["url"]
    page.errors.clear()  # gone stays gone
    switch(Language.ENGLISH)
    assert page.errors.visible_messages() == {}


def test_disconnecting_is_asked_first(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake.current = CentralConnection(URL, "station_07", "07", "require", None)
    page = _page(qtbot, registry, runner)
    assert page.synced_radio.isChecked() and page.url_edit.text() == URL and page.password_edit.text() == ""
    assert page.ssl_box.currentData() == "require" and page.disconnect_button.isEnabled()
    answers: list[bool] = [False]
    monkeypatch.setattr(settings_sync, "confirm_disconnect", lambda parent: answers.pop(0))
    qtbot.mouseClick(page.disconnect_button, Qt.MouseButton.LeftButton)
    assert not fake.named("disconnect") and page.synced_radio.isChecked()
    answers.append(True)
    qtbot.mouseClick(page.disconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert fake.named("disconnect") == [("disconnect", "test")]
    assert page.standalone_radio.isChecked() and not page.disconnect_button.isEnabled()
    assert "standalone" in page.state_label.text() and not page.has_changes()
    assert page.url_edit.text() == URL  # kept for connecting again


def test_apply_of_the_settings_dialog_connects_and_a_standalone_choice_disconnects(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, registry, runner)
    page.synced_radio.setChecked(True)
    type_text(qtbot, page.url_edit, URL)
    type_text(qtbot, page.station_edit, "station_07")
    type_text(qtbot, page.password_edit, "s3cret-pass")
    results: list[bool] = []
    page.save(results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [True] and fake.named("connect")
    monkeypatch.setattr(settings_sync, "confirm_disconnect", lambda parent: True)
    page.standalone_radio.setChecked(True)
    assert page.has_changes()
    page.save(results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results[1] is True and fake.named("disconnect")


# --- the indicator ---------------------------------------------------------------------------------


def test_the_indicator_says_each_state() -> None:
    # NOW is taken when the tests are collected: past Astana's midnight since, it reads with its date
    at = sync_texts.clock(NOW)
    moment = datetime.now(UTC)
    assert sync_texts.clock(moment) == moment.astimezone(ASTANA).strftime("%H:%M")  # today: the time alone
    assert sync_texts.clock(moment - timedelta(days=2)).startswith((moment - timedelta(days=2)).astimezone(ASTANA).strftime("%d.%m.%Y"))
    text = sync_texts.indicator
    assert text(status(mode=SyncMode.STANDALONE)).visible is False
    assert text(None).visible is False
    assert text(status()).text == f"Synced {at}"
    assert text(status(last_sync_at=None)).text == "Not synced yet"
    assert text(status(), running=True, progress=SyncProgress(SyncPhase.PULLING, 2, 7)).text == "Syncing… 60%"
    assert text(status(), running=True).text == "Syncing… 0%"
    # the engine counts what it sends without a total: measured against what was waiting
    assert text(status(pending_changes=72), running=True, progress=SyncProgress(SyncPhase.PUSHING, 36)).text == \
        "Syncing… 20%"
    assert text(status(pending_changes=0), running=True, progress=SyncProgress(SyncPhase.PUSHING, 9)).text == \
        "Syncing… 5%"
    offline = text(status(last_error_code="sync.unreachable", pending_changes=12))
    assert offline.text == "Offline — changes waiting: 12" and offline.kind == sync_texts.Kind.OFFLINE
    assert text(status(), failure=ClerkError("no route", code="sync.unreachable")).text == "Offline"
    assert text(status(problems=3)).text == "Sync problems: 3"
    assert text(status(open_conflicts=2)).text == "Conflicts: 2"
    assert text(status(problems=3, open_conflicts=2)).text == "Sync problems: 3 · Conflicts: 2"
    assert text(status(last_error_code="sync.auth_failed")).kind == sync_texts.Kind.FAILED
    assert text(status(last_error_code="sync.interrupted")).text == f"Synced {at}"  # stopped on purpose
    tip = sync_texts.tooltip(status(last_error_code="sync.unreachable", last_error_message="timeout",
                                    pending_changes=12, pending_uploads=3, problems=1, open_conflicts=2))
    for part in ("central.example.kz", "02", "does not answer", "sent: 12", "sent: 3", "problems: 1",
                 "supervisor: 2"):
        assert part in tip
    never = sync_texts.tooltip(status(last_sync_at=None))
    assert "Last synchronisation: never" in never and "(Astana time)" not in never
    assert "(Astana time)" in sync_texts.tooltip(status())
    # the percentage only grows from one phase to the next
    steps = [SyncProgress(phase, done, 4) for phase in SyncPhase for done in range(5)]
    shares = [sync_texts.percent(step) for step in steps]
    assert shares == sorted(shares) and shares[-1] == 100


def test_the_indicator_follows_the_runner_and_offers_its_menu(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, sync_runner: SyncRunner,
) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    indicator = SyncIndicator(sync_runner, [], bar)
    bar.addPermanentWidget(indicator.button)
    bar.show()
    fake.state = status(pending_changes=4)
    sync_runner.set_registry(registry)
    qtbot.waitUntil(lambda: indicator.button.isVisible())
    assert indicator.text.startswith("Synced ")
    assert "Changes waiting to be sent: 4" in indicator.button.toolTip()
    fake.state = status(mode=SyncMode.STANDALONE)
    sync_runner.refresh_status()
    qtbot.waitUntil(lambda: not indicator.button.isVisible())


# --- rounds ----------------------------------------------------------------------------------------


def test_rounds_run_on_a_worker_one_at_a_time_with_their_progress_on_the_gui_thread(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, sync_runner: SyncRunner,
) -> None:
    fake.state = status()
    sync_runner.set_registry(registry)
    qtbot.waitUntil(lambda: sync_runner.synced)
    assert sync_runner.timer.isActive() and sync_runner.timer.interval() == 5 * 60 * 1000
    fake.gate = threading.Event()
    seen: list[tuple[SyncProgress, threading.Thread]] = []
    sync_runner.progressed.connect(lambda p: seen.append((p, threading.current_thread())))
    assert sync_runner.sync_now(user=False)
    for _ in range(3):  # the timer firing again, and the clerk pressing F9, while it runs
        sync_runner.timer.timeout.emit()
        assert not sync_runner.sync_now(user=True)
    qtbot.waitUntil(lambda: bool(seen))
    assert sync_runner.running and fake.named("sync") == [("sync",)]
    fake.gate.set()
    finished: list[tuple[SyncReport, bool]] = []
    sync_runner.roundFinished.connect(lambda report, user: finished.append((report, user)))
    qtbot.waitUntil(lambda: not sync_runner.running)
    qtbot.waitUntil(lambda: bool(finished))
    assert finished[0][1] is True  # the clerk pressed F9 meanwhile: they hear how it ended
    assert fake.most_at_once == 1 and len(fake.named("sync")) == 1
    assert fake.sync_threads[0] is not threading.main_thread()
    assert all(thread is threading.main_thread() for _, thread in seen)
    assert seen[0][0].phase == SyncPhase.PUSHING
    assert sync_runner.sync_now(user=False)  # the next one may start now
    qtbot.waitUntil(lambda: not sync_runner.running)
    assert len(fake.named("sync")) == 2 and fake.most_at_once == 1


def test_a_round_that_pulled_something_refreshes_the_views(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, sync_runner: SyncRunner,
) -> None:
    fake.state = status()
    sync_runner.set_registry(registry)
    pulled: list[bool] = []
    sync_runner.pulled.connect(lambda: pulled.append(True))
    sync_runner.sync_now(user=False)
    qtbot.waitUntil(lambda: not sync_runner.running)
    assert not pulled  # nothing came
    fake.report = SyncReport(pulled={"card": 3})
    sync_runner.sync_now(user=False)
    qtbot.waitUntil(lambda: bool(pulled))


def test_leaving_the_registry_stops_the_timer_and_drops_the_round(
    qtbot: QtBot, registry: Any, fake: FakeSyncService, sync_runner: SyncRunner,
) -> None:
    fake.state = status()
    sync_runner.set_registry(registry)
    qtbot.waitUntil(lambda: sync_runner.synced)
    fake.gate = threading.Event()
    sync_runner.sync_now(user=True)
    sync_runner.set_registry(None)
    assert not sync_runner.running and not sync_runner.timer.isActive() and not sync_runner.status_timer.isActive()
    fake.gate.set()
    sync_runner.runner.wait(5000)


# --- the window ------------------------------------------------------------------------------------


@pytest.fixture
def window_with_fake(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], empty_store: Path, fake: FakeSyncService,
) -> MainWindow:
    """The real window on a registry whose sync service is the fake one, in synced mode."""
    window = open_window(empty_store)
    opened = window.opened
    assert opened is not None
    fake.current = CentralConnection(URL, "station_02", "02", "verify-full", "/etc/clerk/central-ca.crt")
    fake.state = status(pending_changes=0)
    object.__setattr__(opened.registry, "sync", fake)
    window.sync_flow.set_registry(opened.registry)
    qtbot.waitUntil(lambda: window.sync_flow.indicator.button.isVisible())
    return window


def test_a_failure_in_the_background_stays_in_the_indicator_and_sync_now_says_it(
    qtbot: QtBot, window_with_fake: MainWindow, fake: FakeSyncService,
) -> None:
    window, flow = window_with_fake, window_with_fake.sync_flow
    assert flow.menu.menuAction().isVisible() and flow.menu.menuAction() in window.file_menu.actions()
    assert flow.sync_now_action.shortcut().toString() == "F9" and flow.sync_now_action.isEnabled()
    fake.sync_error = ClerkError("could not connect to server", code="sync.unreachable")
    flow.sync.timer.timeout.emit()  # the 5-minute timer
    qtbot.waitUntil(lambda: fake.named("sync") != [] and not flow.sync.running)
    fake.state = status(last_error_code="sync.unreachable", last_error_message="timeout", pending_changes=12)
    flow.sync.refresh_status()
    qtbot.waitUntil(lambda: flow.indicator.text == "Offline — changes waiting: 12")
    assert flow.error_box is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F9)  # Sync now, where the keyboard focus is
    qtbot.waitUntil(lambda: flow.error_box is not None, timeout=5000)
    assert flow.error_box is not None and "does not answer" in flow.error_box.text()
    assert len(fake.named("sync")) == 2
    flow.error_box.done(0)
    fake.sync_error = None
    fake.report = SyncReport(pushed={"card": 12}, pulled={"card": 4})
    flow.sync_now_action.trigger()
    qtbot.waitUntil(lambda: "12 changes sent, 4 received" in window.statusBar().currentMessage())


def test_the_message_after_a_round_counts_changes_and_only_what_happened(
    qtbot: QtBot, window_with_fake: MainWindow,
) -> None:
    flow = window_with_fake.sync_flow
    plain = flow.round_messages(SyncReport(pushed={"card": 30, "card_applicant": 12}))
    assert plain[0] == "Synchronised: 42 changes sent, 0 received"
    assert not any("Conflicts" in text or "Refused" in text for text in plain)
    full = flow.round_messages(SyncReport(pushed={"card": 8}, pulled={"card": 14}, conflicted=1))
    assert full[0] == "Synchronised: 8 changes sent, 14 received · Conflicts: 1"
    both = flow.round_messages(SyncReport(pushed={"card": 8}, pulled={"card": 14}, conflicted=1, refused=2))
    assert both[0] == "Synchronised: 8 changes sent, 14 received · Conflicts: 1 · Refused: 2"
    assert both[1] == "Synchronised: 8 changes sent, 14 received"  # when the longer one does not fit


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.KAZAKH, Language.RUSSIAN])
def test_the_message_after_a_round_fits_the_status_bar(
    qtbot: QtBot, window_with_fake: MainWindow, fake: FakeSyncService, languages: LanguageManager, language: Language,
) -> None:
    """At 1366 pixels, beside the indicator's longest usual text, the message is never cut off."""
    window, flow = window_with_fake, window_with_fake.sync_flow
    languages.apply(language, remember=False)
    window.resize(1366, 740)
    fake.state = status(problems=2, open_conflicts=13)
    flow.sync.refresh_status()
    qtbot.waitUntil(lambda: flow.indicator.kind == sync_texts.Kind.ATTENTION)
    fake.report = SyncReport(pushed={"card": 8}, pulled={"card": 14}, conflicted=1, refused=2)
    bar = window.statusBar()
    for width in (1366, 1100):  # narrower: a shorter text, never a cut one
        window.resize(width, 740)
        bar.clearMessage()
        flow.sync_now_action.trigger()
        qtbot.waitUntil(lambda: bar.currentMessage() in flow.round_messages(fake.report))
        qtbot.wait(50)  # the status bar lays the indicator out, and the message is fitted again
        message = bar.currentMessage()
        assert message, "the message went"
        assert bar.fontMetrics().horizontalAdvance(message) <= sync_flow.message_room(bar), message
        _shot(bar, f"statusbar_after_round_{width}_{language.value}")
        if width == 1366:
            assert "14" in message


def test_the_indicator_menu_opens_the_dialogs_and_the_settings_page(
    qtbot: QtBot, window_with_fake: MainWindow, fake: FakeSyncService,
) -> None:
    window, flow = window_with_fake, window_with_fake.sync_flow
    fake.conflict_list, fake.problem_list = conflicts(), problems()
    assert [a.objectName() for a in flow.indicator.menu.actions()] == [
        "sync_now_action", "sync_conflicts_action", "sync_problems_action", "sync_settings_action"]
    flow.conflicts_action.trigger()
    assert flow.conflicts_dialog is not None
    qtbot.waitUntil(lambda: flow.conflicts_dialog is not None and flow.conflicts_dialog.table.rowCount() == 2)
    flow.conflicts_dialog.done(0)
    flow.problems_action.trigger()
    assert flow.problems_dialog is not None
    qtbot.waitUntil(lambda: flow.problems_dialog is not None and flow.problems_dialog.table.rowCount() == 2)
    flow.problems_dialog.done(0)
    flow.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.stack.currentWidget() is dialog.sync_page
    qtbot.waitUntil(lambda: dialog.sync_page.loaded)
    assert dialog.sync_page.url_edit.text() == URL
    dialog.done(0)


def test_changes_pulled_from_the_others_refresh_the_journal_and_keep_the_selected_card(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], filled_registry: Any,
) -> None:
    window = open_window(filled_registry.data_dir)
    view = window.journal_views[0]
    window.tabs.setCurrentWidget(view)
    view.table.selectRow(5)
    selected = window.selected_card()
    assert selected is not None
    loads: list[bool] = []
    view.model.loadingChanged.connect(loads.append)
    window.sync_flow.pulled.emit()  # a round brought something
    assert window.selected_card() is None  # the journal is read again from its first page
    qtbot.waitUntil(lambda: loads[-2:] == [True, False])
    qtbot.waitUntil(lambda: window.selected_card() is not None)
    assert window.selected_card().id == selected.id  # type: ignore[union-attr]


# --- the dialogs -----------------------------------------------------------------------------------


def test_a_supervisor_resolves_conflicts_and_sees_the_resolved_ones(
    qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner,
) -> None:
    fake.conflict_list = conflicts()
    dialog = SyncConflictsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.table.item(0, 0).text() == "01/A-0007/26"
    assert dialog.table.item(0, 1).text() == "Summary"  # the card's field label
    assert dialog.table.item(1, 2).text().startswith("150") and dialog.table.item(1, 4).text() == "01"
    assert not dialog.keep_central_button.isEnabled()  # nothing selected yet
    resolved: list[bool] = []
    dialog.resolved.connect(lambda: resolved.append(True))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.keep_central_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.use_station_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert fake.named("resolve") == [("resolve", "c1", "central", "test"), ("resolve", "c2", "station", "test")]
    assert resolved == [True, True]
    dialog.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert fake.named("conflicts")[-1] == ("conflicts", True)
    assert "supervisor" in dialog.table.item(2, 6).text()
    dialog.table.selectRow(2)
    assert not dialog.keep_central_button.isEnabled()  # resolved already


def test_others_see_the_conflicts_without_the_buttons(qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner) -> None:
    session.begin(Actor("clerk", roles=frozenset({Role.CLERK})))
    fake.conflict_list = conflicts()
    dialog = SyncConflictsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.read_only_note.isVisible()
    assert not dialog.keep_central_button.isVisible() and not dialog.use_station_button.isVisible()
    dialog.table.selectRow(0)
    dialog.resolve("central")
    assert not fake.named("resolve")


@pytest.mark.parametrize("show_resolved", [False, True])
def test_after_resolving_the_selection_never_moves_to_another_conflict(
    qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner, show_resolved: bool,
) -> None:
    """The list is read again after a resolution: the same conflict stays selected (resolved now, so
    without the buttons), or nothing is; a second click never resolves a conflict nobody chose."""
    fake.conflict_list = conflicts()
    dialog = SyncConflictsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_resolved.setChecked(show_resolved)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == (3 if show_resolved else 2))
    dialog.table.selectRow(0)
    assert dialog.selected() is not None and dialog.selected().id == "c1"  # type: ignore[union-attr]
    reads = len(fake.named("conflicts"))
    qtbot.mouseClick(dialog.use_station_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fake.named("conflicts")) > reads and not dialog.busy)
    assert dialog.table.rowCount() == (3 if show_resolved else 1)
    chosen = dialog.selected()
    if show_resolved:
        assert chosen is not None and chosen.id == "c1" and chosen.resolved_at is not None
    else:
        assert chosen is None and not dialog.table.selectionModel().selectedRows()
    assert not dialog.keep_central_button.isEnabled() and not dialog.use_station_button.isEnabled()
    qtbot.mouseClick(dialog.use_station_button, Qt.MouseButton.LeftButton)  # the second click of a double one
    qtbot.mouseClick(dialog.keep_central_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert fake.named("resolve") == [("resolve", "c1", "station", "test")]


def test_conflicts_of_other_records_name_their_fields_and_show_moments_in_astana_time(
    qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner, languages: LanguageManager,
) -> None:
    def conflict(table: str, name: str, central: str, station: str) -> SyncConflict:
        return SyncConflict("x", table, '{"id": "1"}', None, None, name, central, station, "02", NOW)

    def row(table: str, name: str, central: str, station: str = "null") -> tuple[str, str, str]:
        made = conflict(table, name, central, station)
        return (sync_texts.field_label(made), sync_texts.value_label(made, made.central_value),
                sync_texts.value_label(made, made.station_value))

    assert row("respondent", "bin_or_iin", '"123456789012"') == ("Respondent: BIN/IIN", "123456789012", "—")
    assert row("respondent", "name", '"ТОО Ромашка"')[0] == "Respondent: Name"
    assert row("respondent", "role", '"seller"')[1] == "Seller"
    assert row("settlement_body", "email", '"a@b.kz"')[0] == "Settlement body: E-mail"
    assert row("staff_member", "is_active", "true", "false") == ("Staff member: Active", "Yes", "No")
    assert row("journal", "number_template", '"{index}/{station}-{serial:4}/{yy}"')[0] == "Journal: Number template"
    assert row("calendar_day", "is_working", "false", "true") == ("Working-day calendar: The day is", "Day off",
                                                                  "Working day")
    assert row("deadline_rule", "legal_source", '"Law"')[0] == "Deadline rule: Source"
    assert row("respondent", "name_key", '"ромашка"')[0] == "Respondent: name_key"  # no label: the column
    assert row("respondent", "role", '"someone_new"')[1] == "someone_new"  # a code not known: as kept
    # a moment as the records keep it (UTC), on the Astana wall clock (UTC+5)
    moment = row("staff_member", "created_at", '"2026-11-24T14:01:33.391247+00:00"', '"2026-11-24 14:01:38"')
    assert moment[1:] == ("24.11.2026 19:01", "24.11.2026 19:01")
    assert row("respondent", "name", '"2026 год"')[1] == "2026 год"  # not a moment
    languages.apply(Language.RUSSIAN, remember=False)
    assert row("respondent", "bin_or_iin", '"1"')[0].endswith("БИН/ИИН")
    assert row("calendar_day", "is_working", "true")[1] == "Рабочий день"
    fake.conflict_list = [
        conflict("respondent", "name", '"ТОО «Ромашка»"', '"ТОО Ромашка"'),
        conflict("respondent", "role", '"seller"', '"manufacturer"'),
        conflict("staff_member", "is_active", "true", "false"),
        conflict("calendar_day", "note", '"Постановление № 1"', '"Постановление № 2"'),
        conflict("staff_member", "created_at", '"2026-11-24T14:01:33.391247+00:00"', '"2026-11-24T14:01:38+00:00"'),
    ]
    dialog = SyncConflictsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    assert dialog.table.item(1, 2).text() == "Продавец"
    _shot(dialog, "conflicts_other_records_ru")


def test_sync_problems_are_retried_and_discarded_after_asking(
    qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake.problem_list = problems()
    dialog = SyncProblemsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    texts = [dialog.table.item(0, column).text() for column in range(6)]
    assert texts[0] == "02/A-0031/26" and texts[1] == "Card" and "same unique value" in texts[2]
    assert texts[5] == "3" and dialog.table.item(1, 1).text() == "Respondent"
    dialog.table.selectRow(0)
    assert "sync.duplicate" in dialog.details.text()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(fake.named("retry")) and not dialog.busy)
    assert fake.named("retry") == [("retry", 11, "test")]
    answers = [False, True]
    monkeypatch.setattr(sync_problems_dialog, "confirm", lambda parent, title, text: answers.pop(0))
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not fake.named("discard")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert fake.named("discard") == [("discard", 12, "test")]


def test_after_a_retry_or_a_discard_the_selection_never_moves_to_another_problem(
    qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake.problem_list = problems()

    def retry(problem_id: int, actor: Actor) -> None:  # tried again: listed last now
        fake.calls.append(("retry", problem_id, actor.user))
        fake.problem_list.sort(key=lambda p: p.id == problem_id)

    fake.retry_problem = retry  # type: ignore[method-assign]
    monkeypatch.setattr(sync_problems_dialog, "confirm", lambda parent, title, text: True)
    dialog = SyncProblemsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and len(fake.named("problems")) == 2)
    assert [p.id for p in dialog.problems] == [12, 11]
    chosen = dialog.selected()
    assert chosen is not None and chosen.id == 11 and "sync.duplicate" in dialog.details.text()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 1)
    assert fake.named("discard") == [("discard", 11, "test")]
    assert dialog.selected() is None and dialog.details.text() == ""  # not problem 12 in its row
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()


def test_a_received_row_that_was_refused_has_no_buttons(qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner) -> None:
    """Such a row is received again every round: the dialog says what stands in its way instead."""
    fake.problem_list = [SyncProblem(13, "card", '["ab"]', "02/B-0001/26", "sync.pull_duplicate",
                                     "UNIQUE constraint failed: card.number", NOW, 2)]
    dialog = SyncProblemsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    assert "same unique value as one here" in dialog.table.item(0, 2).text()
    details = dialog.details.text()
    assert "received again at every synchronisation" in details
    # nothing here can always be changed (a card's number cannot): whom to tell instead
    assert "no longer collides" in details and "central store's administrator" in details
    assert "Change the record here" not in details
    assert "received from the central store" in dialog.intro.text()
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()


# --- screenshots -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_screenshots(
    qtbot: QtBot, languages: LanguageManager, fake: FakeSyncService, registry: Any, runner: TaskRunner,
    sync_runner: SyncRunner, language: Language, tmp_path: Path,
) -> None:
    """The settings page, each state of the indicator and both dialogs, in Kazakh and Russian (no
    English left on them)."""
    languages.apply(language, remember=False)
    code = language.value
    page = _page(qtbot, registry, runner)
    page.synced_radio.setChecked(True)
    type_text(qtbot, page.url_edit, URL)
    type_text(qtbot, page.station_edit, "station_02")
    type_text(qtbot, page.password_edit, "s3cret-pass")
    page.ca_edit.setText("/etc/clerk/central-ca.crt")
    page.ca_edit.editingFinished.emit()
    _shot(page, f"settings_form_{code}")
    fake.current = CentralConnection(URL, "station_02", "02", "verify-full", "/etc/clerk/central-ca.crt")
    page.load()
    qtbot.waitUntil(lambda: page.connection is not None)
    page._show_outcome(fake.current)
    _shot(page, f"settings_connected_{code}")
    assert "Synchronisation" not in page.heading.text() and "Connect" not in page.connect_button.text()

    bar = QStatusBar()
    qtbot.addWidget(bar)
    bar.resize(900, 30)
    indicator = SyncIndicator(sync_runner, [], bar)
    bar.addPermanentWidget(indicator.button)
    bar.show()
    sync_runner.set_registry(registry)
    states = {
        "synced": status(),
        "offline": status(last_error_code="sync.unreachable", last_error_message="timeout", pending_changes=12),
        "problems": status(problems=3),
        "conflicts": status(open_conflicts=2),
        "failed": status(last_error_code="sync.auth_failed", last_error_message="password authentication failed"),
    }
    for name, state in states.items():
        fake.state = state
        sync_runner.refresh_status()
        qtbot.waitUntil(lambda state=state: sync_runner.status == state and indicator.button.isVisible())
        qtbot.wait(20)  # the status bar lays the new width out
        assert indicator.button.width() >= indicator.button.sizeHint().width()  # never elided
        _shot(bar, f"indicator_{name}_{code}")
    assert "Synced" not in indicator.text and "problems" not in indicator.text
    sync_runner._task = object()  # type: ignore[assignment]  # as while a round runs
    sync_runner.progress = SyncProgress(SyncPhase.PULLING, 1, 2)
    indicator.render()
    qtbot.wait(20)
    _shot(bar, f"indicator_syncing_{code}")
    assert "%" in indicator.text and "Syncing" not in indicator.text
    sync_runner._task = None
    fake.state = states["offline"]
    sync_runner.refresh_status()
    qtbot.waitUntil(lambda: sync_runner.status == states["offline"])
    tip = indicator.button.toolTip()
    assert "12" in tip and "Changes" not in tip
    (SHOTS / f"indicator_tooltip_{code}.txt").write_text(tip, encoding="utf-8")

    fake.conflict_list, fake.problem_list = conflicts(), problems()
    conflicts_dialog = SyncConflictsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(conflicts_dialog)
    conflicts_dialog.show()
    conflicts_dialog.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: conflicts_dialog.table.rowCount() == 3)
    conflicts_dialog.table.selectRow(0)
    qtbot.wait(50)
    _shot(conflicts_dialog, f"conflicts_{code}")
    problems_dialog = SyncProblemsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(problems_dialog)
    problems_dialog.show()
    qtbot.waitUntil(lambda: problems_dialog.table.rowCount() == 2)
    problems_dialog.table.selectRow(0)
    qtbot.wait(50)
    _shot(problems_dialog, f"problems_{code}")


@pytest.mark.parametrize("language", [Language.KAZAKH, Language.RUSSIAN])
def test_window_screenshots(
    qtbot: QtBot, window_with_fake: MainWindow, fake: FakeSyncService, languages: LanguageManager, language: Language,
) -> None:
    """The indicator in the window's status bar, its menu, and the Synchronisation page of Settings."""
    window, flow = window_with_fake, window_with_fake.sync_flow
    languages.apply(language, remember=False)
    fake.state = status(last_error_code="sync.unreachable", last_error_message="timeout", pending_changes=12,
                        open_conflicts=2)
    flow.sync.refresh_status()
    qtbot.waitUntil(lambda: "12" in flow.indicator.text)
    qtbot.wait(20)
    assert flow.indicator.button.width() >= flow.indicator.button.sizeHint().width()
    _shot(window, f"window_{language.value}")
    flow.indicator.open_menu()
    qtbot.waitExposed(flow.indicator.menu)
    _shot(flow.indicator.menu, f"indicator_menu_{language.value}")
    flow.indicator.menu.hide()
    flow.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: all(page.loaded for page in dialog.pages if page is dialog.sync_page))
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the page lays out the texts just read
    label = dialog.sync_page.state_label
    assert label.height() >= label.heightForWidth(label.width())
    _shot(dialog, f"settings_dialog_{language.value}")
    dialog.done(0)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.KAZAKH, Language.RUSSIAN])
def test_the_sync_page_fits_the_settings_dialog_with_its_outcome(
    qtbot: QtBot, window_with_fake: MainWindow, fake: FakeSyncService, languages: LanguageManager, language: Language,
    tmp_path: Path,
) -> None:
    """At the Settings dialog's default size the whole page is in sight without scrolling: the
    Connect and Disconnect buttons, and what connecting said beside them."""
    window = window_with_fake
    languages.apply(language, remember=False)
    window.sync_flow.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    assert (dialog.width(), dialog.height()) == settings_dialog.DIALOG_SIZE
    page = dialog.sync_page
    qtbot.waitUntil(lambda: page.loaded)
    qtbot.waitExposed(dialog)
    ca = tmp_path / "central-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    page.ca_edit.setText(str(ca))
    page.password_edit.setText("s3cret-pass")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and bool(page.last_outcome))
    qtbot.wait(50)  # the page lays the outcome out
    _shot(dialog, f"settings_connected_dialog_{language.value}")
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport().rect()
    assert scroll.verticalScrollBar().maximum() == 0, "the page scrolls"
    assert scroll.widget().width() <= viewport.width(), "the page is wider than the dialog"
    for widget in (page.state_label, page.mode_caption, page.connect_button, page.disconnect_button, page.outcome):
        assert widget.isVisible()
        for corner in (widget.rect().topLeft(), widget.rect().bottomRight()):
            assert viewport.contains(widget.mapTo(scroll.viewport(), corner)), widget.objectName()
    assert page.outcome.height() >= page.outcome.heightForWidth(page.outcome.width())
    dialog.done(0)


def test_only_an_administrator_retries_or_discards(qtbot: QtBot, fake: FakeSyncService, runner: TaskRunner) -> None:
    session.begin(Actor("boss", roles=frozenset({Role.SUPERVISOR})))
    fake.problem_list = problems()
    dialog = SyncProblemsDialog(fake, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.table.selectRow(0)
    assert not dialog.retry_button.isVisible() and not dialog.discard_button.isVisible()
    dialog.retry()  # the button is not there; the service would refuse anyway
    assert not fake.named("retry")
