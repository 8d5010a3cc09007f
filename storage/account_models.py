"""Models of accounts and roles (issue 6). Imported by storage.models so that Base.metadata holds
them. The lock-out counters live in the store, not in memory: they survive a restart and count the
failures of every station signing in to the same central store."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clerk_app.domain.ids import new_id
from storage.models import Base
from storage.types import UtcDateTime


class Account(Base):
    """A person who signs in. ``login`` is stored case-folded: logins are case-insensitive."""

    __tablename__ = "account"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, in the PHC string format
    staff_member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id", ondelete="SET NULL"))
    is_blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_login_station: Mapped[str | None] = mapped_column(String(100))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # R56, R72
    acknowledged_version: Mapped[str | None] = mapped_column(String(32))

    roles: Mapped[list[AccountRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AccountRole.role"
    )


class AccountRole(Base):
    """One role an account holds (an account may hold several)."""

    __tablename__ = "account_role"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(24), primary_key=True)


class LoginFailure(Base):
    """Consecutive wrong passwords per login, kept for unknown logins too, so that a locked login
    does not tell that it exists. A successful sign-in deletes the row."""

    __tablename__ = "login_failure"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
