"""From an opened registry to a signed-in person (R17, R56, R72): the sign-in page, or on a registry
without accounts the first administrator's page, then the confidentiality undertaking at a first
sign-in; and the lock page of an idle session. The store work (hashing takes a moment) runs on the
store runner; the window hears ``signedIn`` once the person may see the registry, and acts on
``signOutRequested`` (from the undertaking's Decline or the lock page).

The demo registry holds only invented appeals and has no accounts: it is entered at once as an
invented demo user with every role."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from clerk_app.domain.accounts import Role
from clerk_app.errors import AuthError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui.acknowledgement_page import AcknowledgementPage
from ui.idle_lock import LockPage
from ui.sign_in import FirstAdministratorPage, SignInPage
from ui.workers import Task, TaskRunner

DEMO_USER = "demo"  # the invented person the demo registry is entered as


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, as the window shows them."""

    actor: Actor
    login: str
    display_name: str
    needs_acknowledgement: bool = False
    is_demo: bool = False
    first_time: bool = False  # the undertaking was just accepted: this account's first session (the first-run wizard)


def demo_session() -> SignedIn:
    actor = Actor(user=DEMO_USER, roles=frozenset(Role))
    return SignedIn(actor=actor, login=DEMO_USER, display_name=DEMO_USER, is_demo=True)


def sign_in(registry: Registry, login: str, password: str, station: str | None) -> SignedIn:
    """On the worker: the actor, the name to show, and whether the undertaking is still to accept."""
    accounts = registry.accounts
    actor = accounts.authenticate(login, password, station=station)
    account = accounts.account_of(actor)
    return SignedIn(
        actor=actor, login=actor.user, display_name=account.display_name if account is not None else actor.user,
        needs_acknowledgement=accounts.needs_acknowledgement(actor),
    )


def create_first_administrator(
    registry: Registry, login: str, display_name: str, password: str, station: str | None, also_works: bool
) -> SignedIn:
    also = (Role.CLERK, Role.SUPERVISOR) if also_works else ()
    registry.accounts.create_first_administrator(login, display_name, password, also=also)
    return sign_in(registry, login, password, station)


def refreshed(registry: Registry, signed_in: SignedIn) -> SignedIn:
    """On the worker: the same person with the roles the account has now."""
    actor = registry.accounts.refresh(signed_in.actor)
    account = registry.accounts.account_of(actor)
    name = account.display_name if account is not None else signed_in.display_name
    return SignedIn(actor=actor, login=signed_in.login, display_name=name)


class SignInFlow(QObject):
    signedIn = Signal(object)  # SignedIn, the undertaking accepted
    unlocked = Signal()
    signOutRequested = Signal()
    demoRequested = Signal()

    def __init__(self, runner: TaskRunner, show_page: Callable[[QWidget], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._show_page = show_page
        self._registry: Registry | None = None
        self._station: str | None = None
        self._task: Task[Any] | None = None
        self._pending: SignedIn | None = None  # signed in, the undertaking not yet accepted
        self._page: QWidget | None = None  # the page last shown
        self.signed_in: SignedIn | None = None
        self.sign_in_page = SignInPage()
        self.sign_in_page.submitted.connect(self._sign_in)
        self.first_page = FirstAdministratorPage()
        self.first_page.submitted.connect(self._create_first)
        self.first_page.demoRequested.connect(self.demoRequested)
        self.acknowledgement_page = AcknowledgementPage()
        self.acknowledgement_page.accepted.connect(self._acknowledge)
        self.acknowledgement_page.declined.connect(self.signOutRequested)
        self.lock_page = LockPage()
        self.lock_page.unlockRequested.connect(self._unlock)
        self.lock_page.signOutRequested.connect(self.signOutRequested)

    @property
    def pages(self) -> list[QWidget]:
        """For the window's page stack (the lock page stands over the whole window instead)."""
        return [self.sign_in_page, self.first_page, self.acknowledgement_page]

    @property
    def busy(self) -> bool:
        return self._task is not None

    def begin(
        self, registry: Registry, *, is_demo: bool, has_accounts: bool, station: str | None, registry_name: str | None
    ) -> None:
        """A registry was opened: who is going to work in it."""
        self.cancel()
        self._registry, self._station = registry, station
        if is_demo:
            self._enter(demo_session())
        elif has_accounts:
            self.show_sign_in(registry_name)
        else:
            self.first_page.prepare()
            self._show(self.first_page)

    def show_sign_in(self, registry_name: str | None = None) -> None:
        self.sign_in_page.prepare(registry_name)
        self._show(self.sign_in_page)

    def _show(self, page: QWidget) -> None:
        self._page = page
        self._show_page(page)

    def reshow(self) -> None:
        """The page the flow was on, back in front (the window showed something else meanwhile)."""
        if self._page is not None and self._registry is not None:
            self._show_page(self._page)

    def cancel(self) -> None:
        """The registry is being left, or the person signs out: nothing under way may land."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._pending = None
        self._page = None
        self.signed_in = None

    def end(self) -> None:
        """Signed out: forget who it was and keep the registry for the next person."""
        self.cancel()

    def _submit(self, op: Callable[[], Any], success: Callable[[Any], None], failure: Callable[[BaseException], None]) -> None:
        self._task = self._runner.submit(op, success=success, failure=failure)

    def _done(self) -> None:
        self._task = None

    def _sign_in(self, login: str, password: str) -> None:
        registry = self._registry
        if registry is None or self._task is not None:
            return
        self._submit(
            partial(sign_in, registry, login, password, self._station),
            success=self._on_signed_in, failure=self._on_sign_in_failed,
        )

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        self._done()
        self.sign_in_page.show_failure(exc)

    def _create_first(self, login: str, display_name: str, password: str, also_works: bool) -> None:
        registry = self._registry
        if registry is None or self._task is not None:
            return
        self._submit(
            partial(create_first_administrator, registry, login, display_name, password, self._station, also_works),
            success=self._on_signed_in, failure=self._on_create_failed,
        )

    def _on_create_failed(self, exc: BaseException) -> None:
        self._done()
        self.first_page.show_failure(exc)

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        self._done()
        if signed_in.needs_acknowledgement:
            self._pending = signed_in
            self.acknowledgement_page.prepare()
            self._show(self.acknowledgement_page)
        else:
            self._enter(signed_in)

    def _acknowledge(self) -> None:
        registry, pending = self._registry, self._pending
        if registry is None or pending is None or self._task is not None:
            return
        self._submit(
            partial(registry.accounts.acknowledge, pending.actor),
            success=lambda _: self._on_acknowledged(pending), failure=self._on_acknowledge_failed,
        )

    def _on_acknowledged(self, signed_in: SignedIn) -> None:
        self._done()
        self._pending = None
        self._enter(SignedIn(actor=signed_in.actor, login=signed_in.login, display_name=signed_in.display_name,
                             first_time=True))

    def _on_acknowledge_failed(self, exc: BaseException) -> None:
        self._done()
        self.acknowledgement_page.show_failure(exc)

    def _enter(self, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self.signedIn.emit(signed_in)

    # --- the locked session ------------------------------------------------------------------------

    def prepare_lock(self) -> None:
        who = self.signed_in.display_name if self.signed_in is not None else ""
        self.lock_page.prepare(who)

    def _unlock(self, password: str) -> None:
        registry, signed_in = self._registry, self.signed_in
        if registry is None or signed_in is None or self._task is not None:
            return
        self._submit(
            partial(sign_in, registry, signed_in.login, password, self._station),
            success=self._on_unlocked, failure=self._on_unlock_failed,
        )

    def _on_unlocked(self, again: SignedIn) -> None:
        self._done()
        current = self.signed_in
        # the login, not the id: a sync may have merged this desk's account into the body's one
        if current is None or again.actor.user != current.actor.user:
            self._on_unlock_failed(AuthError("another account", code="auth.bad_credentials"))
            return
        self.signed_in = SignedIn(actor=again.actor, login=current.login, display_name=again.display_name)
        self.unlocked.emit()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._done()
        self.lock_page.show_failure(exc)
