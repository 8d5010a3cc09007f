"""Accounts and roles (docs/accounts.md): the role matrix against the documented table and against
real service calls, the lock-out, blocking, the acknowledgement and the inactive list (both backends)."""

from __future__ import annotations

import re
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher, profiles

from clerk_app.domain.accounts import (
    ACKNOWLEDGEMENT_VERSION,
    CONFIDENTIALITY_TEXT,
    LOCK_TIME,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    confidentiality_text,
    permitted,
)
from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import AuthError, ClerkError, NotFoundError, PermissionDeniedError, ValidationError
from clerk_app.services.accounts import AccountService
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlFilter
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests import corpus
from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[2]
CHEAP = PasswordHasher.from_parameters(profiles.CHEAPEST)  # the rules under test, not argon2's cost
PASSWORD = "correct horse battery"
TRUSTED = Actor("setup")


class Clock:
    """Time the tests move on instead of sleeping through a lock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(registry: Registry, clock: Clock) -> AccountService:
    return AccountService(registry.store, hasher=CHEAP, clock=clock)


def _admin(accounts: AccountService) -> Actor:
    accounts.create_first_administrator("Admin", "Әкімші", PASSWORD)
    return accounts.authenticate("admin", PASSWORD)


def _code(call: Callable[[], object]) -> str:
    with pytest.raises(ClerkError) as caught:
        call()
    return caught.value.code


# --- the documented matrix ----------------------------------------------------------------------


def _documented_matrix() -> dict[Permission, dict[Role, bool]]:
    text = (ROOT / "docs" / "accounts.md").read_text(encoding="utf-8")
    table = text.split("<!-- role-matrix:start -->")[1].split("<!-- role-matrix:end -->")[0]
    lines = [line for line in table.strip().splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    roles = [Role(name) for name in header[1:]]
    matrix: dict[Permission, dict[Role, bool]] = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        permission = Permission(re.match(r"`(\w+)`", cells[0]).group(1))  # type: ignore[union-attr]
        assert set(cells[1:]) <= {"✓", "—"}, line
        matrix[permission] = {role: cell == "✓" for role, cell in zip(roles, cells[1:], strict=True)}
    return matrix


def test_the_documented_table_is_the_matrix_in_force() -> None:
    documented = _documented_matrix()
    assert set(documented) == set(Permission), "every permission has its row in docs/accounts.md"
    for permission in Permission:
        assert set(documented[permission]) == set(Role)
        for role in Role:
            expected = documented[permission][role]
            assert (permission in ROLE_PERMISSIONS[role]) is expected, (role, permission)
            assert permitted([role], permission) is expected
            assert Actor("x", roles=frozenset({role})).may(permission) is expected


def test_roles_add_up_and_a_trusted_actor_may_everything() -> None:
    both = Actor("x", roles=frozenset({Role.ADMINISTRATOR, Role.CLERK}))
    assert both.may(Permission.SETTINGS) and both.may(Permission.VIEW_CARD)
    assert not both.may(Permission.AUDIT_READ)
    assert all(Actor("x").may(p) for p in Permission)
    nobody = Actor("x", roles=frozenset())
    assert not any(nobody.may(p) for p in Permission)
    with pytest.raises(PermissionDeniedError) as denied:
        nobody.require(Permission.REGISTER)
    assert denied.value.code == "auth.forbidden" and denied.value.params == {"permission": "register"}
    # R27: the administrator sees no appeal content by default
    assert not permitted([Role.ADMINISTRATOR], Permission.VIEW_CARD)
    assert not permitted([Role.ADMINISTRATOR], Permission.SEARCH)
    assert not any(permitted([Role.AUDITOR], p) for p in (
        Permission.REGISTER, Permission.EDIT_CARD, Permission.ATTACH, Permission.CONTROL_OWN, Permission.CONTROL_ALL,
        Permission.SETTINGS, Permission.ACCOUNTS, Permission.PD_DESTROY, Permission.PD_BLOCK,
    )), "the auditor changes nothing"


# --- the matrix in real service calls -----------------------------------------------------------


@dataclass
class World:
    registry: Registry
    actors: dict[Role, Actor]
    card: str
    scan: Path
    staff: uuid.UUID


def _world(registry: Registry, accounts: AccountService, tmp_path: Path) -> World:
    admin = _admin(accounts)
    staff = registry.references.add_staff_member({"full_name": "Серікова Гүлнар"}).id
    actors = {Role.ADMINISTRATOR: admin}
    for role in Role:
        if role is not Role.ADMINISTRATOR:
            accounts.create(admin, f"user.{role.value}", role.value, PASSWORD, [role],
                            staff if role is Role.EXECUTOR else None)
            actors[role] = accounts.authenticate(f"user.{role.value}", PASSWORD)
    card = registry.registration.register_json(incoming(), TRUSTED).number
    registry.control.assign(card, [staff], "Жауап беріңіз", TRUSTED)
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(corpus.accepted()["jpeg_baseline.jpg"][0]())
    return World(registry, actors, card, scan, staff)


def _actions(w: World) -> dict[str, tuple[Permission, Callable[[Actor], Any]]]:
    r, card = w.registry, w.card
    serial = iter(range(1000))
    return {
        "register": (Permission.REGISTER, lambda a: r.registration.register_json(incoming(), a, confirm_duplicate=True)),
        "reply": (Permission.REGISTER, lambda a: r.registration.register_reply(
            card, {"channel": "post", "summary": "Жауап"}, a)),
        "known applicant": (Permission.REGISTER, lambda a: r.registration.known_applicant(
            incoming()["applicants"][0]["iin"], actor=a)),
        "edit": (Permission.EDIT_CARD, lambda a: r.cards.edit(card, {"notes": f"note {next(serial)}"}, a)),
        "view card": (Permission.VIEW_CARD, lambda a: r.cards.get(card, actor=a)),
        "history": (Permission.VIEW_CARD, lambda a: r.cards.history(card, actor=a)),
        "journal": (Permission.VIEW_CARD, lambda a: r.cards.journal_page("incoming", actor=a)),
        "copies": (Permission.VIEW_CARD, lambda a: r.copies.copies(card, actor=a)),
        "recognised text": (Permission.VIEW_CARD, lambda a: r.ocr.card_texts(card, actor=a)),
        "control record": (Permission.VIEW_CARD, lambda a: r.control.record(card, actor=a)),
        "control list": (Permission.VIEW_CARD, lambda a: r.control.views(ControlFilter(), actor=a)),
        "find": (Permission.SEARCH, lambda a: r.cards.find(CardQuery(applicant_name="Әбдір"), actor=a)),
        "search": (Permission.SEARCH, lambda a: r.search.search("тоңазытқыш", actor=a)),
        "attach": (Permission.ATTACH, lambda a: r.copies.attach(card, [w.scan], CopyRole.EVIDENCE, a)),
        "inbox": (Permission.ATTACH, lambda a: r.copies.inbox(actor=a)),
        "executors' load": (Permission.REPORTS, lambda a: r.control.executor_loads(actor=a)),
        "station code": (Permission.SETTINGS, lambda a: r.settings.set_station_code("01", actor=a)),
        "staff": (Permission.SETTINGS, lambda a: r.references.add_staff_member({"full_name": "Абенов"}, actor=a)),
        "body": (Permission.SETTINGS, lambda a: r.references.add_settlement_body(
            {"name": f"Орган {next(serial)}", "body_type": "arbitration"}, actor=a)),
        "deadline rule": (Permission.SETTINGS, lambda a: r.deadline_rules.set_period(
            "extension_notice", 3, PeriodUnit.WORKING_DAYS, actor=a)),
        "calendar": (Permission.SETTINGS, lambda a: r.calendar.set_day(
            date(2026, 3, 7), is_working=True, note="decree", actor=a)),
        "recognition languages": (Permission.SETTINGS, lambda a: r.ocr.set_languages("kaz+rus", actor=a)),
        "accounts": (Permission.ACCOUNTS, lambda a: r.accounts.create(
            a, f"new.{next(serial)}", "Жаңа", PASSWORD, [Role.CLERK])),
        "breach register": (Permission.PD_BREACHES, lambda a: r.breaches.list(a)),
    }


def test_every_role_against_every_guarded_service_call(
    registry: Registry, accounts: AccountService, tmp_path: Path
) -> None:
    world = _world(registry, accounts, tmp_path)
    registry.accounts = AccountService(registry.store, hasher=CHEAP)
    outcome: dict[tuple[Role, str], bool] = {}
    for role, actor in world.actors.items():
        for name, (permission, call) in _actions(world).items():
            try:
                call(actor)
                outcome[role, name] = True
            except PermissionDeniedError as denied:
                assert denied.params == {"permission": permission.value}, (role, name)
                outcome[role, name] = False
    wrong = {key: allowed for key, allowed in outcome.items()
             if allowed is not (_actions(world)[key[1]][0] in ROLE_PERMISSIONS[key[0]])}
    assert wrong == {}, "allowed (True) or refused (False) against the matrix"


def test_the_auditor_cannot_register_and_the_administrator_cannot_open_a_card(
    registry: Registry, accounts: AccountService, tmp_path: Path
) -> None:
    world = _world(registry, accounts, tmp_path)
    auditor, admin = world.actors[Role.AUDITOR], world.actors[Role.ADMINISTRATOR]
    assert _code(lambda: registry.registration.register_json(incoming(), auditor)) == "auth.forbidden"
    assert _code(lambda: registry.registration.register_json({"nonsense": 1}, auditor)) == "auth.forbidden"
    assert registry.cards.get(world.card, actor=auditor).number == world.card  # reading is the auditor's job
    assert _code(lambda: registry.cards.get(world.card, actor=admin)) == "auth.forbidden"
    # given the clerk role too, the administrator registers and views
    accounts.set_roles(admin, "admin", [Role.ADMINISTRATOR, Role.CLERK])
    again = accounts.authenticate("ADMIN", PASSWORD)
    assert registry.cards.get(world.card, actor=again).number == world.card
    assert accounts.refresh(admin).roles == frozenset({Role.ADMINISTRATOR, Role.CLERK})


def test_an_executor_acts_only_on_their_own_cards(registry: Registry, accounts: AccountService, tmp_path: Path) -> None:
    world = _world(registry, accounts, tmp_path)
    admin, mine = world.actors[Role.ADMINISTRATOR], world.actors[Role.EXECUTOR]
    other_staff = registry.references.add_staff_member({"full_name": "Абенов Тимур"}).id
    accounts.create(admin, "other.executor", "Абенов", PASSWORD, [Role.EXECUTOR], other_staff)
    theirs = accounts.authenticate("other.executor", PASSWORD)
    state = registry.control.record(world.card).state
    assert state is not None and state.due_on is not None
    later = max(state.due_on, astana_today()) + timedelta(days=5)

    assert _code(lambda: registry.control.extend(world.card, later, "Құжаттар сұралды", theirs)) == "auth.forbidden"
    assert _code(lambda: registry.control.start(world.card, theirs)) == "auth.forbidden"
    assert registry.control.extend(world.card, later, "Құжаттар сұралды", mine).due_on == later
    assert registry.control.start(world.card, mine).executors == (world.staff,)
    # assigning is the supervisor's, even for an executor of the card
    assert _code(lambda: registry.control.assign(world.card, [other_staff], "Басқаға", mine)) == "auth.forbidden"
    supervisor = world.actors[Role.SUPERVISOR]
    registry.control.assign(world.card, [other_staff], "Басқаға", supervisor)
    assert _code(lambda: registry.control.extend(world.card, later + timedelta(days=1), "x", mine)) == "auth.forbidden"
    assert registry.control.extend(world.card, later + timedelta(days=1), "Ұзарту", theirs).due_on == (
        later + timedelta(days=1)
    )
    # an executor account with no staff member acts on no card; a clerk on none either
    accounts.create(admin, "unlinked", "Unlinked", PASSWORD, [Role.EXECUTOR])
    unlinked = accounts.authenticate("unlinked", PASSWORD)
    assert _code(lambda: registry.control.start(world.card, unlinked)) == "auth.forbidden"
    assert _code(lambda: registry.control.start(world.card, world.actors[Role.CLERK])) == "auth.forbidden"
    events = registry.control.record(world.card).events
    assert {e.actor for e in events} >= {"user.executor", "other.executor", "user.supervisor"}


# --- signing in ---------------------------------------------------------------------------------


def test_first_administrator_once_then_accounts_by_administrators(
    registry: Registry, accounts: AccountService
) -> None:
    assert not accounts.has_accounts()
    with pytest.raises(PermissionDeniedError):
        accounts.create(Actor("x", roles=frozenset({Role.CLERK})), "a", "A", PASSWORD, [Role.CLERK])
    admin = _admin(accounts)
    assert accounts.has_accounts() and admin.roles == frozenset({Role.ADMINISTRATOR})
    assert _code(lambda: accounts.create_first_administrator("second", "Second", PASSWORD)) == "account.first_exists"
    clerk = accounts.create(admin, "Clerk.One", "Тіркеуші", PASSWORD, [Role.CLERK, "executor"])
    assert clerk.login == "clerk.one" and clerk.roles == {Role.CLERK, Role.EXECUTOR}
    with pytest.raises(ValidationError) as taken:
        accounts.create(admin, "CLERK.ONE", "Again", PASSWORD, [Role.CLERK])
    assert taken.value.code == "account.login_taken"
    assert accounts.authenticate("cLeRk.OnE", PASSWORD).user == "clerk.one"
    longest = "л" * 64
    accounts.create(admin, longest, "Longest", PASSWORD, [Role.CLERK])
    assert accounts.authenticate(longest.upper(), PASSWORD).user == longest
    assert _code(lambda: accounts.authenticate(longest + "л", PASSWORD)) == "auth.bad_credentials"
    assert _code(lambda: accounts.create(admin, longest + "л", "X", PASSWORD, [Role.CLERK])) == "account.bad_login"
    assert _code(lambda: accounts.create(admin, "x", "X", PASSWORD, [])) == "account.no_role"
    assert _code(lambda: accounts.create(admin, "x", "X", PASSWORD, ["root"])) == "field.bad_choice"
    assert _code(lambda: accounts.create(admin, "bad login", "X", PASSWORD, [Role.CLERK])) == "account.bad_login"
    assert _code(lambda: accounts.create(admin, "x", "X", "short", [Role.CLERK])) == "auth.weak_password"
    assert _code(lambda: accounts.create(admin, "x", "X", "aaaaaaaaaaaa", [Role.CLERK])) == "auth.weak_password"
    assert _code(lambda: accounts.create(admin, "x", "X", PASSWORD, [Role.EXECUTOR], uuid.uuid4())) == (
        "account.unknown_staff"
    )
    with registry.store.read() as session:
        hashes = list(session.execute(sa.text("SELECT password_hash FROM account")).scalars())
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_five_wrong_passwords_lock_the_login_for_fifteen_minutes(
    registry: Registry, accounts: AccountService, clock: Clock
) -> None:
    admin = _admin(accounts)
    accounts.create(admin, "clerk", "Clerk", PASSWORD, [Role.CLERK])
    for _ in range(4):
        assert _code(lambda: accounts.authenticate("clerk", "wrong password")) == "auth.bad_credentials"
    with pytest.raises(AuthError) as locked:
        accounts.authenticate("clerk", "wrong password")
    assert locked.value.code == "auth.locked"
    until = datetime.fromisoformat(locked.value.params["until"])
    assert until == clock.now + LOCK_TIME
    clock.advance(minutes=14, seconds=59)
    assert _code(lambda: accounts.authenticate("clerk", PASSWORD)) == "auth.locked"
    # the lock is in the store: another station (another service) and a restart see it
    elsewhere = AccountService(registry.store, hasher=CHEAP, clock=clock)
    assert _code(lambda: elsewhere.authenticate("CLERK", PASSWORD)) == "auth.locked"
    clock.advance(seconds=2)
    assert elsewhere.authenticate("clerk", PASSWORD).user == "clerk"
    # a success resets the count: four more failures do not lock
    for _ in range(4):
        assert _code(lambda: accounts.authenticate("clerk", "wrong password")) == "auth.bad_credentials"
    assert accounts.authenticate("clerk", PASSWORD).user == "clerk"
    for _ in range(4):
        assert _code(lambda: accounts.authenticate("clerk", "wrong password")) == "auth.bad_credentials"
    # an administrator's reset lifts a lock at once
    assert _code(lambda: accounts.authenticate("clerk", "wrong password")) == "auth.locked"
    accounts.reset_password(admin, "clerk", "a new long password")
    assert accounts.authenticate("clerk", "a new long password").user == "clerk"


def test_an_unknown_login_is_answered_like_a_wrong_password(registry: Registry, clock: Clock) -> None:
    class CountingHasher(PasswordHasher):
        verified = 0

        def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:  # noqa: A002 - argon2's name
            CountingHasher.verified += 1
            return super().verify(hash, password)

    hasher = CountingHasher.from_parameters(profiles.CHEAPEST)
    assert isinstance(hasher, CountingHasher)
    accounts = AccountService(registry.store, hasher=hasher, clock=clock)
    admin = _admin(accounts)
    accounts.create(admin, "clerk", "Clerk", PASSWORD, [Role.CLERK])
    answers = []
    for login in ("clerk", "nobody"):
        before = CountingHasher.verified
        with pytest.raises(AuthError) as failed:
            accounts.authenticate(login, "wrong password")
        answers.append((failed.value.code, failed.value.message, failed.value.params, CountingHasher.verified - before))
    assert answers[0] == answers[1] == ("auth.bad_credentials", "the login or the password is wrong", {}, 1)
    # an unknown login is locked like a known one: a lock does not tell that the login exists
    for _ in range(3):  # one failure above already
        _code(lambda: accounts.authenticate("nobody", "wrong password"))
    assert _code(lambda: accounts.authenticate("nobody", "wrong password")) == "auth.locked"
    assert _code(lambda: accounts.authenticate("", "")) == "auth.bad_credentials"


def test_an_unknown_login_takes_as_long_as_a_wrong_password(registry: Registry) -> None:
    accounts = AccountService(registry.store)  # the real argon2id parameters: their time dominates
    accounts.create_first_administrator("admin", "Admin", PASSWORD)

    def timed(logins: list[str]) -> float:
        samples = []
        for login in logins:
            started = time.perf_counter()
            with pytest.raises(AuthError) as failed:
                accounts.authenticate(login, "wrong password")
            assert failed.value.code == "auth.bad_credentials"
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    timed(["warm.up"])  # the dummy hash is made on first use
    known, unknown = timed(["admin"] * 4), timed([f"nobody.{i}" for i in range(4)])
    assert 0.5 < unknown / known < 2.0, (known, unknown)


def test_a_blocked_account_cannot_sign_in(registry: Registry, accounts: AccountService) -> None:
    admin = _admin(accounts)
    accounts.create(admin, "clerk", "Clerk", PASSWORD, [Role.CLERK])
    assert accounts.block(admin, "Clerk").is_blocked
    assert _code(lambda: accounts.authenticate("clerk", PASSWORD)) == "auth.blocked"
    # the wrong password is told nothing more
    assert _code(lambda: accounts.authenticate("clerk", "wrong password")) == "auth.bad_credentials"
    assert not accounts.unblock(admin, "clerk").is_blocked
    assert accounts.authenticate("clerk", PASSWORD).user == "clerk"
    # blocked while signed in: the next refresh says so
    clerk = accounts.authenticate("clerk", PASSWORD)
    accounts.block(admin, "clerk")
    assert _code(lambda: accounts.refresh(clerk)) == "auth.blocked"
    # the last administrator stays
    assert _code(lambda: accounts.block(admin, "admin")) == "account.last_administrator"
    assert _code(lambda: accounts.set_roles(admin, "admin", [Role.CLERK])) == "account.last_administrator"
    assert _code(lambda: accounts.block(admin, "nobody")) == "account.not_found"
    with pytest.raises(PermissionDeniedError):
        accounts.block(Actor("x", roles=frozenset({Role.SUPERVISOR})), "clerk")


def test_changed_parameters_rehash_at_the_next_sign_in(registry: Registry, clock: Clock) -> None:
    old = AccountService(registry.store, hasher=CHEAP, clock=clock)
    old.create_first_administrator("admin", "Admin", PASSWORD)
    stronger = AccountService(registry.store, hasher=PasswordHasher(time_cost=2, memory_cost=1024, parallelism=1),
                              clock=clock)

    def stored() -> str:
        with registry.store.read() as session:
            return str(session.execute(sa.text("SELECT password_hash FROM account")).scalar_one())

    assert "m=8,t=1,p=1" in stored()
    stronger.authenticate("admin", PASSWORD)
    assert "m=1024,t=2,p=1" in stored()
    assert stronger.authenticate("admin", PASSWORD).user == "admin"
    assert _code(lambda: stronger.authenticate("admin", "wrong password")) == "auth.bad_credentials"


def test_changing_ones_own_password(accounts: AccountService) -> None:
    admin = _admin(accounts)
    accounts.create(admin, "clerk", "Clerk", PASSWORD, [Role.CLERK])
    clerk = accounts.authenticate("clerk", PASSWORD)
    assert _code(lambda: accounts.change_password(clerk, "wrong password", "brand new secret")) == "auth.bad_credentials"
    assert _code(lambda: accounts.change_password(clerk, PASSWORD, "short")) == "auth.weak_password"
    assert _code(lambda: accounts.change_password(clerk, PASSWORD, PASSWORD)) == "auth.weak_password"
    accounts.change_password(clerk, PASSWORD, "brand new secret")
    assert _code(lambda: accounts.authenticate("clerk", PASSWORD)) == "auth.bad_credentials"
    assert accounts.authenticate("clerk", "brand new secret").account_id == clerk.account_id
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password(clerk, "admin", "taken over now")


# --- the acknowledgement and the inactive list --------------------------------------------------


def test_the_acknowledgement_is_stored_with_its_date_and_version(
    registry: Registry, accounts: AccountService, clock: Clock
) -> None:
    admin = _admin(accounts)
    assert accounts.needs_acknowledgement(admin)
    assert not accounts.needs_acknowledgement(Actor("trusted"))
    clock.advance(minutes=3)
    accounts.acknowledge(admin)
    assert not AccountService(registry.store).needs_acknowledgement(admin)
    account = accounts.account_of(admin)
    assert account is not None
    assert account.acknowledged_at == clock.now and account.acknowledged_version == ACKNOWLEDGEMENT_VERSION
    assert set(CONFIDENTIALITY_TEXT) == {"kk", "ru", "en"}
    assert "ЭЦҚ" in confidentiality_text("kk") and "ЭЦП" in confidentiality_text("ru_RU")
    assert "11" in confidentiality_text("en") and confidentiality_text("de") == CONFIDENTIALITY_TEXT["ru"]


def test_the_half_yearly_list_of_inactive_accounts(registry: Registry, accounts: AccountService, clock: Clock) -> None:
    admin = _admin(accounts)
    for login in ("active", "never", "blocked"):
        accounts.create(admin, login, login, PASSWORD, [Role.CLERK])
    clock.advance(days=10)
    accounts.authenticate("active", PASSWORD)
    accounts.block(admin, "blocked")
    clock.advance(days=180)  # "never" was created 190 days ago; "active" signed in 180 days ago
    accounts.authenticate("admin", PASSWORD)
    auditor = Actor("inspector", roles=frozenset({Role.AUDITOR}))
    assert [a.login for a in accounts.inactive(auditor)] == ["never"]
    clock.advance(days=4)
    assert [a.login for a in accounts.inactive(admin)] == ["active", "never"]
    assert [a.login for a in accounts.inactive(admin, days=400)] == []
    with pytest.raises(PermissionDeniedError):
        accounts.inactive(Actor("clerk", roles=frozenset({Role.CLERK})))
    with pytest.raises(NotFoundError):
        accounts.set_roles(admin, "ghost", [Role.CLERK])


def test_the_first_administrator_may_hold_more_roles_from_the_start(registry: Registry) -> None:
    account = registry.accounts.create_first_administrator(
        "a.seitkali", "Әлия Сейітқали", "Көктем-сәуір-2026", also=[Role.CLERK, "supervisor"]
    )
    assert account.roles == frozenset({Role.ADMINISTRATOR, Role.CLERK, Role.SUPERVISOR})
