"""Blocking a subject's data (R45, R46) on both backends: every operation on the cards holding
them refused for everyone but the personal-data officer (``pd.blocked``), journals and search
masked, the request's one-working-day due date, unblocking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from clerk_app.domain.accounts import Role
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError, PermissionDeniedError
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin

IIN = valid_iin("820202", 4)
CLERK = Actor("clerk", frozenset({Role.CLERK}))
SUPERVISOR = Actor("boss", frozenset({Role.SUPERVISOR}))
OFFICER = Actor("officer", frozenset({Role.PD_OFFICER, Role.CLERK}))  # may block; reads cards as a clerk too


def person(surname: str = "Тоқтарова", iin: str = IIN) -> dict[str, object]:
    return {"type": "natural_person", "surname": surname, "given_name": "Гүлнар", "iin": iin}


@pytest.fixture
def cards(registry: Registry) -> dict[str, str]:
    register = registry.registration.register_json
    blocked = register(incoming(applicants=[person()], summary="Тоқтарова шағымы"), Actor("t"), confirm_duplicate=True)
    free = register(incoming(applicants=[person("Бекова", valid_iin("910101", 4))]), Actor("t"), confirm_duplicate=True)
    return {"blocked": blocked.number, "free": free.number}


def refused(action: Callable[[], object]) -> None:
    with pytest.raises(ClerkError) as error:
        action()
    assert error.value.code == "pd.blocked", error.value


def test_every_operation_is_refused_while_blocked(registry: Registry, cards: dict[str, str], tmp_path: Path) -> None:
    number = cards["blocked"]
    scan = tmp_path / "scan.jpg"
    Image.new("L", (300, 400), 240).save(scan, "JPEG", dpi=(150, 150))
    (copy,) = registry.copies.attach(number, [scan], CopyRole.APPEAL, CLERK).attached
    state = registry.blocking.block(IIN, "the person disputes the accuracy of the data", OFFICER,
                                    requested_on=date(2026, 3, 6))  # a Friday
    assert state.is_blocked and state.cards == 1 and state.due_on == date(2026, 3, 10)  # Mon 9 March is a holiday
    refused(lambda: registry.cards.get(number, actor=CLERK))
    refused(lambda: registry.cards.view(number, CLERK))
    refused(lambda: registry.cards.history(number, actor=CLERK))
    refused(lambda: registry.cards.edit(number, {"summary": "жаңа"}, CLERK))
    refused(lambda: registry.copies.attach(number, [scan], CopyRole.ATTACHMENT, CLERK))
    refused(lambda: registry.copies.copies(number, actor=CLERK))
    refused(lambda: registry.copies.record_viewing(copy, CLERK))
    refused(lambda: registry.control.record(number, actor=SUPERVISOR))
    refused(lambda: registry.control.start(number, SUPERVISOR))
    refused(lambda: registry.registration.register_reply(number, {"channel": "post", "form": "written",
                                                                   "summary": "Жауап"}, CLERK))
    # the other card, and the officer, go on
    assert registry.cards.get(cards["free"], actor=CLERK).number == cards["free"]
    assert registry.cards.view(number, OFFICER).number == number
    # the journal and the searches list the card with the name and summary hidden
    rows = {r.number: r for r in registry.cards.journal_page("incoming", actor=CLERK).rows}
    assert rows[number].blocked and rows[number].correspondent == "" and rows[number].summary == ""
    assert not rows[cards["free"]].blocked and rows[cards["free"]].correspondent.startswith("Бекова")
    (found,) = registry.cards.find(CardQuery(applicant_iin=IIN), actor=CLERK).rows
    assert found.blocked and found.correspondent == ""
    (hit,) = registry.search.search("Тоқтарова", actor=CLERK)
    assert hit.blocked and hit.summary == "" and hit.snippet.text == ""
    views = {v.number: v for v in registry.control.views(ControlFilter(), actor=SUPERVISOR).rows}
    assert views[number].blocked and views[number].correspondent == ""
    # a second block is refused; unblocking restores everything
    with pytest.raises(ClerkError) as twice:
        registry.blocking.block(IIN, "again", OFFICER)
    assert twice.value.code == "pd.already_blocked"
    lifted = registry.blocking.unblock(IIN, "the accuracy was confirmed", OFFICER, requested_on=date(2026, 3, 10))
    assert not lifted.is_blocked and lifted.unblock_due_on == date(2026, 3, 11)
    assert registry.cards.get(number, actor=CLERK).number == number
    assert not {r.number: r for r in registry.cards.journal_page("incoming").rows}[number].blocked
    actions = [e.action for e in registry.audit.entries_of_subject(IIN)]
    assert "block" in actions and "unblock" in actions


def test_a_card_registered_later_is_blocked_too(registry: Registry, cards: dict[str, str]) -> None:
    registry.blocking.block(IIN, "court order", OFFICER)
    later = registry.registration.register_json(incoming(applicants=[person()]), Actor("t"), confirm_duplicate=True)
    refused(lambda: registry.cards.get(later.number, actor=CLERK))


def test_only_the_officer_blocks(registry: Registry, cards: dict[str, str]) -> None:
    for actor in (CLERK, SUPERVISOR, Actor("a", frozenset({Role.ADMINISTRATOR}))):
        with pytest.raises(PermissionDeniedError):
            registry.blocking.block(IIN, "x", actor)
    with pytest.raises(ClerkError) as not_blocked:
        registry.blocking.unblock(IIN, "x", OFFICER)
    assert not_blocked.value.code == "pd.not_blocked"
    assert registry.blocking.status(IIN, OFFICER) is None
