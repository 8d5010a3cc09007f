"""Who is acting, and the helpers every service shares."""

from __future__ import annotations

import getpass
import os
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission, Role, permitted
from clerk_app.errors import NotFoundError, PermissionDeniedError
from storage.models import Card as CardRow
from storage.repositories import cards as card_repo

USER_ENV = "CLERK_USER"


@dataclass(frozen=True)
class Actor:
    """The person acting. Signed in (``AccountService.authenticate``) it carries the account's roles;
    ``roles=None`` is a trusted caller (tests, the demo generator, migrations, a store without
    accounts) that may do everything."""

    user: str
    roles: frozenset[Role] | None = None
    account_id: uuid.UUID | None = None
    staff_member_id: uuid.UUID | None = None  # the executor the account is: control actions on own cards

    def may(self, permission: Permission) -> bool:
        return self.roles is None or permitted(self.roles, permission)

    def require(self, permission: Permission) -> None:
        """Raises PermissionDeniedError (``auth.forbidden``) unless the roles allow the permission."""
        if not self.may(permission):
            raise PermissionDeniedError(permission.value)

    @classmethod
    def from_environment(cls) -> Actor:
        name = os.environ.get(USER_ENV)
        if not name:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):  # no login name (containers, services)
                name = "unknown"
        return cls(user=name[:100])


def require(actor: Actor | None, permission: Permission) -> None:
    """For the reading methods whose actor is optional: no actor is a trusted caller."""
    if actor is not None:
        actor.require(permission)


def parse_card_id(ref: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(ref.strip())
    except ValueError:
        return None


def resolve_card(session: Session, ref: str, *, for_update: bool = False) -> CardRow:
    """A card by its registration number or its id."""
    card_id = parse_card_id(ref)
    row = card_repo.card_row_by_id(session, card_id, for_update=for_update) if card_id else None
    if row is None:
        row = card_repo.card_row_by_number(session, ref.strip())
    if row is None:
        raise NotFoundError(f"no card with the number or id {ref!r}", code="card.not_found", params={"ref": ref})
    return row
