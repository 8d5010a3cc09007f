"""The roles of accounts in the interface language, and a line saying what each one may do."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.accounts import Role

# In the order the accounts dialog lists them: the day's work first, the oversight last.
ROLE_ORDER = (Role.CLERK, Role.EXECUTOR, Role.SUPERVISOR, Role.PD_OFFICER, Role.ADMINISTRATOR, Role.AUDITOR)

_NAMES = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.EXECUTOR: QT_TRANSLATE_NOOP("Roles", "Executor"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.PD_OFFICER: QT_TRANSLATE_NOOP("Roles", "Personal-data officer"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "Auditor"),
}

_DUTIES = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "registers appeals and letters, attaches electronic copies, searches"),
    Role.EXECUTOR: QT_TRANSLATE_NOOP("Roles", "works on the appeals assigned to them"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "Roles", "assigns executors, extends due dates, removes from control, reports"
    ),
    Role.PD_OFFICER: QT_TRANSLATE_NOOP(
        "Roles", "the audit log, subjects' requests, blocking and destruction of personal data"
    ),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "settings and accounts; sees no appeal content"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "read-only inspection of the registry and the audit log"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", str(_NAMES[role]))


def role_duties(role: Role) -> str:
    return QCoreApplication.translate("Roles", str(_DUTIES[role]))


def role_names(roles: Iterable[Role]) -> str:
    """"Clerk, Supervisor": in the dialog's order, whatever order they came in."""
    chosen = set(roles)
    return ", ".join(role_name(role) for role in ROLE_ORDER if role in chosen)
