"""Accounts and signing in (R17, R27, R56–R58, R72, R85): argon2id password hashes, roles, the
lock-out after repeated failures, blocking, the confidentiality acknowledgement and the half-yearly
list of inactive accounts. See docs/accounts.md."""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clerk_app.domain.accounts import (
    ACKNOWLEDGEMENT_VERSION,
    INACTIVE_DAYS,
    LOCK_TIME,
    MAX_FAILURES,
    MAX_LOGIN,
    Account,
    Permission,
    Role,
    check_display_name,
    check_login,
    check_new_password,
    check_roles,
    is_inactive,
    normalize_login,
)
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.errors import (
    AuthError,
    ClerkError,
    FieldIssue,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clerk_app.services import audit
from clerk_app.services.context import Actor
from clerk_app.timeutil import iso_astana, utc_now
from storage.account_models import Account as AccountRow
from storage.repositories import accounts as account_repo
from storage.repositories import control as control_repo
from storage.store import Store

FORGET_FAILURES_AFTER = timedelta(hours=24)  # a wrong password this old no longer counts towards a lock
_BAD_CREDENTIALS = "the login or the password is wrong"


def _locked(until: datetime) -> AuthError:
    return AuthError(
        f"too many wrong passwords: signing in is locked until {iso_astana(until)}",
        code="auth.locked", params={"until": iso_astana(until)},
    )


@dataclass
class AccountService:
    store: Store
    hasher: PasswordHasher = field(default_factory=PasswordHasher)  # argon2id, RFC 9106 parameters
    clock: Callable[[], datetime] = utc_now  # tests move time on instead of sleeping through a lock
    _dummy_hash: str | None = field(default=None, init=False, repr=False)
    _dummy_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    # -- the first administrator and signing in ---------------------------------------------------

    def has_accounts(self) -> bool:
        """Once the first account exists, every user signs in (the GUI and the commands alike)."""
        with self.store.read() as session:
            return account_repo.any_account(session)

    def create_first_administrator(
        self, login: str, display_name: str, password: str, *, also: Iterable[Role | str] = ()
    ) -> Account:
        """Only while the store has no account at all; afterwards administrators create accounts.
        ``also``: roles the same person holds besides administrator (in a small office the one who
        sets the registry up also registers appeals), given in the same transaction."""
        key, name = check_login(login), check_display_name(display_name)
        check_new_password(password, key)
        password_hash = self.hasher.hash(password)
        with self.store.write() as session:
            account_repo.lock_accounts(session)
            if account_repo.any_account(session):
                raise ClerkError("the store has accounts already: an administrator creates new ones",
                                 code="account.first_exists")
            roles = check_roles([Role.ADMINISTRATOR, *also])
            return account_repo.add(session, self._new_row(key, name, password_hash, None, "first administrator"),
                                    sorted(roles))

    def authenticate(self, login: str, password: str, *, station: str | None = None) -> Actor:
        """The signed-in actor with the account's roles. An unknown login and a wrong password give
        the same error after the same work (a dummy hash is checked), and both count towards the
        lock-out: after MAX_FAILURES in a row the login is locked for LOCK_TIME, on every station."""
        typed = normalize_login(login)
        key = typed[:MAX_LOGIN]  # the failures of an impossibly long login are counted under its start
        now = self.clock()
        with self.store.read() as session:
            until = account_repo.locked_until(session, key) if key else None
            row = account_repo.row_by_login(session, key) if key and key == typed else None
            found = None if row is None else (row.id, row.password_hash, row.is_blocked)
        if until is not None and until > now:
            self._verify(self._dummy(), password)  # the same time as any other answer
            raise _locked(until)
        if found is None:
            self._verify(self._dummy(), password)
            if key:
                self._fail(key, now)
            raise AuthError(_BAD_CREDENTIALS, code="auth.bad_credentials")
        account_id, stored_hash, blocked = found
        if not self._verify(stored_hash, password):
            self._fail(key, now)
            raise AuthError(_BAD_CREDENTIALS, code="auth.bad_credentials")
        if blocked:  # told only to whoever knows the password
            raise AuthError("this account is blocked: ask the administrator", code="auth.blocked")
        new_hash = self._rehashed(stored_hash, password)
        with self.store.write() as session:
            account_repo.clear_failures(session, key)
            account = account_repo.row_by_id(session, account_id)
            if account is None or account.is_blocked:  # removed or blocked this very moment
                raise AuthError("this account is blocked: ask the administrator", code="auth.blocked")
            account.last_login_at, account.last_login_station = now, station[:100] if station else None
            if new_hash is not None and account.password_hash == stored_hash:
                account.password_hash = new_hash
            actor = _actor(account)
            audit.record_in(session, actor, AuditRecord(AuditAction.LOGIN, AuditObject.ACCOUNT, account.login))
            return actor

    def record_sign_out(self, actor: Actor) -> None:
        """Records the end of a signed-in session (R36: who could act, and until when). A trusted actor
        has no session to end."""
        if actor.account_id is None:
            return
        with self.store.write() as session:
            row = account_repo.row_by_id(session, actor.account_id)
            login = row.login if row is not None else actor.user
            audit.record_in(session, actor, AuditRecord(AuditAction.LOGOUT, AuditObject.ACCOUNT, login))

    def refresh(self, actor: Actor) -> Actor:
        """The actor with the account's current roles (an administrator may have changed them);
        ``auth.blocked`` when the account was blocked meanwhile. A trusted actor stays as it is."""
        if actor.account_id is None:
            return actor
        with self.store.read() as session:
            # a sync merges a desk's account into the central one of the same login (a new id)
            row = account_repo.row_by_id(session, actor.account_id) or account_repo.row_by_login(session, actor.user)
            if row is None or row.is_blocked:
                raise AuthError("this account is blocked: ask the administrator", code="auth.blocked")
            return _actor(row)

    def account_of(self, actor: Actor) -> Account | None:
        """The signed-in actor's own account (None for a trusted actor)."""
        if actor.account_id is None:
            return None
        with self.store.read() as session:
            row = account_repo.row_by_id(session, actor.account_id)
            return account_repo.to_domain(row) if row is not None else None

    # -- the confidentiality acknowledgement (R56, R72) ---------------------------------------------

    def needs_acknowledgement(self, actor: Actor) -> bool:
        """True until the account has acknowledged the current text of the confidentiality duty."""
        account = self.account_of(actor)
        return account is not None and account.acknowledged_version != ACKNOWLEDGEMENT_VERSION

    def acknowledge(self, actor: Actor) -> None:
        """Stores the acknowledgement of the current text with its date."""
        if actor.account_id is None:
            return
        with self.store.write() as session:
            row = self._own_row(session, actor)
            row.acknowledged_at, row.acknowledged_version = self.clock(), ACKNOWLEDGEMENT_VERSION

    # -- passwords -------------------------------------------------------------------------------

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """One's own password; the old one is checked (a wrong one counts towards the lock-out)."""
        if actor.account_id is None:
            raise AuthError("sign in to change your password", code="auth.login_required")
        with self.store.read() as session:
            key = self._own_row(session, actor).login
        self.authenticate(key, old)  # lock-out, blocking and the failure count as for signing in
        check_new_password(new, key)
        if new == old:
            raise AuthError("the new password must differ from the old one", code="auth.weak_password")
        new_hash = self.hasher.hash(new)
        with self.store.write() as session:
            row = self._own_row(session, actor)
            row.password_hash, row.password_changed_at = new_hash, self.clock()

    def reset_password(self, admin_actor: Actor, login: str, new: str) -> None:
        """An administrator sets a new password (the user forgot theirs); it also lifts a lock-out."""
        admin_actor.require(Permission.ACCOUNTS)
        key = normalize_login(login)
        check_new_password(new, key)
        new_hash = self.hasher.hash(new)
        with self.store.write() as session:
            row = _row(session, key)
            row.password_hash, row.password_changed_at = new_hash, self.clock()
            account_repo.clear_failures(session, key)

    # -- administration --------------------------------------------------------------------------

    def create(
        self, actor: Actor, login: str, display_name: str, password: str, roles: Iterable[Role | str],
        staff_member_id: uuid.UUID | None = None,
    ) -> Account:
        actor.require(Permission.ACCOUNTS)
        key, name, wanted = check_login(login), check_display_name(display_name), check_roles(roles)
        check_new_password(password, key)
        password_hash = self.hasher.hash(password)
        try:
            with self.store.write() as session:
                if account_repo.row_by_login(session, key) is not None:
                    raise _login_taken()
                self._check_staff(session, staff_member_id)
                return account_repo.add(session, self._new_row(key, name, password_hash, staff_member_id, actor.user),
                                        wanted)
        except IntegrityError:  # another station took the login at the same moment
            raise _login_taken() from None

    def accounts(self, actor: Actor) -> list[Account]:
        """Every account by login (administrators; auditors read it too)."""
        _require_reading(actor)
        with self.store.read() as session:
            return account_repo.all_accounts(session)

    def inactive(self, actor: Actor, *, days: int = INACTIVE_DAYS) -> list[Account]:
        """R85: accounts not blocked with no login for ``days`` days, or never logged in since
        they were created more than ``days`` days ago: to review or block, every half-year."""
        _require_reading(actor)
        if not 1 <= days <= 3660:
            raise ValidationError([FieldIssue("days", "field.out_of_range", "between 1 and 3660 days")])
        now = self.clock()
        return [a for a in self.accounts(actor) if not a.is_blocked and is_inactive(a, now, days)]

    def block(self, actor: Actor, login: str) -> Account:
        """The account can no longer sign in (its history stays)."""
        actor.require(Permission.ACCOUNTS)
        with self.store.write() as session:
            account_repo.lock_accounts(session)
            row = _row(session, normalize_login(login))
            _keep_an_administrator(session, row.id)
            row.is_blocked = True
            return account_repo.to_domain(row)

    def unblock(self, actor: Actor, login: str) -> Account:
        actor.require(Permission.ACCOUNTS)
        with self.store.write() as session:
            row = _row(session, normalize_login(login))
            row.is_blocked = False
            account_repo.clear_failures(session, row.login)
            return account_repo.to_domain(row)

    def set_roles(self, actor: Actor, login: str, roles: Iterable[Role | str]) -> Account:
        actor.require(Permission.ACCOUNTS)
        wanted = check_roles(roles)
        with self.store.write() as session:
            account_repo.lock_accounts(session)
            row = _row(session, normalize_login(login))
            if Role.ADMINISTRATOR not in wanted:
                _keep_an_administrator(session, row.id)
            account_repo.set_roles(session, row, wanted)
            return account_repo.to_domain(row)

    def set_staff_member(self, actor: Actor, login: str, staff_member_id: uuid.UUID | None) -> Account:
        """Links the account to the staff member it is (executors act on their own cards)."""
        actor.require(Permission.ACCOUNTS)
        with self.store.write() as session:
            row = _row(session, normalize_login(login))
            self._check_staff(session, staff_member_id)
            row.staff_member_id = staff_member_id
            return account_repo.to_domain(row)

    # -- internals -------------------------------------------------------------------------------

    def _new_row(
        self, key: str, name: str, password_hash: str, staff_member_id: uuid.UUID | None, by: str
    ) -> AccountRow:
        now = self.clock()
        return AccountRow(
            login=key, display_name=name, password_hash=password_hash, staff_member_id=staff_member_id,
            is_blocked=False, created_at=now, created_by=by[:100], password_changed_at=now,
        )

    def _own_row(self, session: Session, actor: Actor) -> AccountRow:
        assert actor.account_id is not None
        row = account_repo.row_by_id(session, actor.account_id)
        if row is None:
            raise AuthError("this account no longer exists", code="auth.blocked")
        return row

    @staticmethod
    def _check_staff(session: Session, staff_member_id: uuid.UUID | None) -> None:
        if staff_member_id is not None and not control_repo.staff_exists(session, (staff_member_id,)):
            raise ValidationError([FieldIssue("staff_member_id", "account.unknown_staff",
                                              f"no active staff member {staff_member_id}")])

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(stored_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def _rehashed(self, stored_hash: str, password: str) -> str | None:
        """A new hash when the stored one was made with other parameters (they grow with hardware)."""
        try:
            return self.hasher.hash(password) if self.hasher.check_needs_rehash(stored_hash) else None
        except InvalidHashError:
            return None

    def _dummy(self) -> str:
        """A hash of a random password made with the current parameters: checking it takes as long
        as checking a real account's."""
        with self._dummy_lock:
            if self._dummy_hash is None:
                self._dummy_hash = self.hasher.hash(secrets.token_urlsafe(24))
            return self._dummy_hash

    def _fail(self, key: str, now: datetime) -> None:
        with self.store.write() as session:
            account_repo.forget_old_failures(session, now - FORGET_FAILURES_AFTER, now)
            if account_repo.record_failure(session, key, now) >= MAX_FAILURES:
                account_repo.lock(session, key, now + LOCK_TIME)
                locked_until: datetime | None = now + LOCK_TIME
            else:
                locked_until = None
            audit.record_in(session, Actor(key), AuditRecord(  # R36: who tried, under which login
                AuditAction.LOGIN_FAILED, AuditObject.ACCOUNT, key, details={"locked": locked_until is not None}
            ))
        if locked_until is not None:
            raise _locked(locked_until)


def _actor(row: AccountRow) -> Actor:
    return Actor(
        user=row.login, roles=frozenset(Role(r.role) for r in row.roles), account_id=row.id,
        staff_member_id=row.staff_member_id,
    )


def _row(session: Session, key: str) -> AccountRow:
    row = account_repo.row_by_login(session, key)
    if row is None:
        raise NotFoundError(f"no account {key!r}", code="account.not_found", params={"login": key})
    return row


def _login_taken() -> ValidationError:
    return ValidationError([FieldIssue("login", "account.login_taken", "an account with this login exists")])


def _require_reading(actor: Actor) -> None:
    if not (actor.may(Permission.ACCOUNTS) or actor.may(Permission.INSPECT)):
        raise PermissionDeniedError(Permission.ACCOUNTS.value)


def _keep_an_administrator(session: Session, account_id: uuid.UUID) -> None:
    """Refuses a change that would leave no unblocked administrator: nobody could manage accounts."""
    administrators = account_repo.active_administrators(session)
    if account_id in administrators and not administrators - {account_id}:
        raise ClerkError("this is the last administrator: give another account the role first",
                         code="account.last_administrator")
