"""What the interface shows is recorded in the audit trail as a view by the signed-in actor (R36):
a card opened in the card panel, a copy opened in the page viewer; the journal's row lists are not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming
from ui import session
from ui.card_panel import CardPanel
from ui.page_viewer import close_copy_viewers, open_copy_viewer
from ui.workers import TaskRunner

CLERK = Actor("clerk")


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    opened = Registry.open(data_dir=tmp_path / "registry")
    yield opened
    opened.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    shared = TaskRunner()
    yield shared
    shared.shutdown()


def actions(registry: Registry) -> list[tuple[str, str, str]]:
    return [(e.action, e.object_type, e.user) for e in registry.audit.entries(limit=100)]


def test_a_card_shown_in_the_panel_is_a_view_of_the_signed_in_actor(
    qtbot: QtBot, registry: Registry, runner: TaskRunner
) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    session.begin(Actor("reader"))
    panel = CardPanel(runner)
    qtbot.addWidget(panel)
    panel.set_registry(registry)
    registry.cards.journal_page("incoming", actor=session.current())  # a row list: not recorded
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_card(card.id)
    assert actions(registry) == [("create", "card", "clerk"), ("view", "card", "reader")]
    assert registry.audit.entries(limit=100)[-1].object_id == str(card.id)
    panel.set_registry(None)


def test_a_copy_opened_in_the_viewer_is_a_view(qtbot: QtBot, registry: Registry, runner: TaskRunner, tmp_path: Path) -> None:
    number = registry.registration.register_json(incoming(), CLERK).number
    scan = tmp_path / "scan.jpg"
    Image.new("L", (1240, 1754), "white").save(scan, "JPEG", dpi=(150, 150))
    (copy,) = registry.copies.attach(number, [scan], CopyRole.APPEAL, CLERK).attached
    session.begin(Actor("reader"))
    parent = QWidget()
    qtbot.addWidget(parent)
    viewer = open_copy_viewer(parent, runner, registry, copy)
    qtbot.waitUntil(lambda: len(actions(registry)) == 3, timeout=5000)
    assert actions(registry)[-1] == ("view", "copy", "reader")
    assert open_copy_viewer(parent, runner, registry, copy) is viewer  # raised again: no second entry
    runner.wait()
    assert len(actions(registry)) == 3
    close_copy_viewers(parent)
