"""Accounts, their roles and the lock-out counters."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Account, Role
from storage.account_models import Account as AccountRow
from storage.account_models import AccountRole
from storage.account_models import LoginFailure as FailureRow

_PG_ACCOUNTS_LOCK = 7_324_012  # pg_advisory_xact_lock key: one change of who may administer at a time


def to_domain(row: AccountRow) -> Account:
    return Account(
        id=row.id, login=row.login, display_name=row.display_name, roles=frozenset(Role(r.role) for r in row.roles),
        staff_member_id=row.staff_member_id, is_blocked=row.is_blocked, acknowledged_at=row.acknowledged_at,
        last_login_at=row.last_login_at, created_at=row.created_at, acknowledged_version=row.acknowledged_version,
    )


def lock_accounts(session: Session) -> None:
    """Serializes the checks "no account yet" and "another administrator remains" with the change
    that follows. SQLite's write transactions are serialized already (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_ACCOUNTS_LOCK})


def any_account(session: Session) -> bool:
    return session.scalar(select(AccountRow.id).limit(1)) is not None


def row_by_login(session: Session, login: str) -> AccountRow | None:
    return session.scalar(select(AccountRow).where(AccountRow.login == login))


def row_by_id(session: Session, account_id: uuid.UUID) -> AccountRow | None:
    return session.get(AccountRow, account_id)


def add(session: Session, row: AccountRow, roles: Iterable[Role]) -> Account:
    row.roles = [AccountRole(role=r.value) for r in sorted(roles)]
    session.add(row)
    session.flush()
    return to_domain(row)


def set_roles(session: Session, row: AccountRow, roles: Iterable[Role]) -> None:
    wanted = {r.value for r in roles}
    row.roles = [r for r in row.roles if r.role in wanted] + [
        AccountRole(role=r) for r in sorted(wanted - {r.role for r in row.roles})
    ]
    session.flush()


def all_accounts(session: Session) -> list[Account]:
    return [to_domain(r) for r in session.scalars(select(AccountRow).order_by(AccountRow.login))]


def active_administrators(session: Session) -> set[uuid.UUID]:
    """The unblocked accounts holding the administrator role."""
    query = (
        select(AccountRow.id).join(AccountRole, AccountRole.account_id == AccountRow.id)
        .where(AccountRole.role == Role.ADMINISTRATOR.value, AccountRow.is_blocked.is_(False))
    )
    return set(session.scalars(query))


# --- lock-out -----------------------------------------------------------------------------------


def locked_until(session: Session, login: str) -> datetime | None:
    return session.scalar(select(FailureRow.locked_until).where(FailureRow.login == login))


def record_failure(session: Session, login: str, now: datetime) -> int:
    """One more consecutive failure for the login, counted atomically in the store (two stations
    failing at once both count); returns the count."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(FailureRow).values(login=login, failures=1, last_failed_at=now, locked_until=None)
    counted = statement.on_conflict_do_update(
        index_elements=[FailureRow.login],
        set_={"failures": FailureRow.failures + 1, "last_failed_at": statement.excluded.last_failed_at},
    ).returning(FailureRow.failures)
    return int(session.execute(counted).scalar_one())


def lock(session: Session, login: str, until: datetime) -> None:
    """The login is locked until then; its count starts again for the time after."""
    row = session.get(FailureRow, login)
    assert row is not None  # record_failure made it in this transaction
    row.failures, row.locked_until = 0, until


def clear_failures(session: Session, login: str) -> None:
    session.execute(delete(FailureRow).where(FailureRow.login == login))


def forget_old_failures(session: Session, before: datetime, now: datetime) -> None:
    """Counters of logins nobody tried since ``before`` and not locked now (unknown logins pile up)."""
    session.execute(
        delete(FailureRow).where(
            FailureRow.last_failed_at < before,
            (FailureRow.locked_until.is_(None)) | (FailureRow.locked_until < now),
        )
    )


def failures_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(FailureRow)) or 0)
