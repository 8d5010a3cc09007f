"""Who is signed in: the one place the window's actor lives.

Every action the interface passes to a service carries this actor (its account, its roles), never
the operating system's user name. The main window sets it once the sign-in page, the first
administrator page or the demo registry has given one, and clears it when the person signs out or
another registry opens. A single window per process holds a single session, so a module-level
holder is enough, and widgets deep in dialogs read it without threading it through every
constructor.
"""

from __future__ import annotations

from clerk_app.domain.accounts import Permission
from clerk_app.errors import AuthError
from clerk_app.services.context import Actor

_actor: Actor | None = None


def begin(actor: Actor) -> None:
    global _actor
    _actor = actor


def end() -> None:
    global _actor
    _actor = None


def current() -> Actor | None:
    """The signed-in actor, or None while nobody is."""
    return _actor


def actor() -> Actor:
    """The signed-in actor for an action; refused when nobody is signed in (the window shows no
    command then, so this only guards against a command that outlived its session)."""
    if _actor is None:
        raise AuthError("nobody is signed in", code="auth.login_required")
    return _actor


def may(permission: Permission) -> bool:
    """Whether the signed-in actor's roles allow ``permission``; False while nobody is signed in."""
    return _actor is not None and _actor.may(permission)
