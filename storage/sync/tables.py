"""Which tables travel, in which order, and how.

Every synced table is captured by triggers on the station (``storage.sync.capture``) and merged
field by field on the central store. Tables that only ever get rows added (events, history, the
audit chains) can never conflict. Derived tables (control state, the search index, number
counters) do not travel: each side rebuilds them from what did (``storage.sync.derived``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column, Table

from storage.models import Base
from storage.sync.codec import key_text

# Parents before children: the order rows are applied in, on both sides.
SYNCED_TABLES: tuple[str, ...] = (
    "journal", "settlement_body", "staff_member", "respondent", "deadline_rule", "calendar_day", "store_setting",
    "account", "account_role",
    # a destruction act before the events it redacts: the central store lets a station change an
    # event only for a card an act names (R44)
    "card", "destruction_act", "destruction_item", "card_applicant", "card_change", "electronic_copy", "page_text",
    "control_event", "pd_ground", "breach", "breach_subject", "subject_block", "sync_conflict",
    "station_audit_entry", "station_audit_subject",
)
APPEND_ONLY: frozenset[str] = frozenset({
    "card_change", "control_event", "page_text", "station_audit_entry", "station_audit_subject",
})
# A row made on two stations for the same thing (the same seller's BIN, the journal "incoming"):
# the central store keeps its row and tells the station to use that one (an alias).
NATURAL_KEYS: dict[str, str] = {
    "journal": "code", "respondent": "bin_or_iin", "settlement_body": "bin", "account": "login",
}
# Fields where the later value wins instead of conflicting (bookkeeping every desk changes, and the
# times something last happened), each with the fields that come from the same side as it: the
# password hash of the later password change, the desk of the later sign-in.
LATEST_WINS: dict[str, dict[str, tuple[str, ...]]] = {
    "*": {"version": (), "updated_at": ()},
    "account": {
        "password_changed_at": ("password_hash",), "last_login_at": ("last_login_station",),
        "acknowledged_at": ("acknowledged_version",),
    },
}
# Fields that never make a conflict: the central value stays and the station takes it (a password
# hash made again at sign-in with new parameters stands for the same password).
SILENT: dict[str, frozenset[str]] = {"account": frozenset({"password_hash"})}
# One body keeps one account per login: the same login made on a second desk before it was connected
# becomes the central account, with its password, and never a conflict (nor a password hash shown).
QUIET_ALIAS: frozenset[str] = frozenset({"account"})
# Store settings that belong to this desk, not to the body.
LOCAL_SETTING_KEYS: tuple[str, ...] = ("station_code", "control_backfilled")
LOCAL_SETTING_PREFIX = "sync."
# The station's own audit chain travels as its rows in the shared chains' tables.
LOCAL_AUDIT: dict[str, str] = {"audit_entry": "station_audit_entry", "audit_subject": "station_audit_subject"}
CAPTURED_TABLES: tuple[str, ...] = tuple(t for t in SYNCED_TABLES if not t.startswith("station_audit")) + tuple(LOCAL_AUDIT)


@dataclass(frozen=True)
class SyncedTable:
    name: str  # the table on the central store
    table: Table

    @property
    def key_columns(self) -> tuple[Column[object], ...]:
        return tuple(self.table.primary_key.columns)

    @property
    def append_only(self) -> bool:
        return self.name in APPEND_ONLY

    @property
    def natural_key(self) -> str | None:
        return NATURAL_KEYS.get(self.name)

    @property
    def latest_wins(self) -> dict[str, tuple[str, ...]]:
        return {**LATEST_WINS["*"], **LATEST_WINS.get(self.name, {})}

    @property
    def silent(self) -> frozenset[str]:
        return SILENT.get(self.name, frozenset())

    @property
    def quiet_alias(self) -> bool:
        return self.name in QUIET_ALIAS

    def column(self, name: str) -> Column[object]:
        return self.table.c[name]


@cache
def synced_table(name: str) -> SyncedTable:
    return SyncedTable(name, Base.metadata.tables[name])


def ordered(names: set[str]) -> list[str]:
    return [name for name in SYNCED_TABLES if name in names]


def references_to(parent: str) -> list[tuple[str, str]]:
    """(table, column) of every synced column that refers to ``parent``'s key."""
    found = []
    for name in SYNCED_TABLES:
        for column in Base.metadata.tables[name].columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == parent:
                    found.append((name, column.name))
    return found


@cache
def parents_of(table: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of every column of ``table`` that refers to a synced table's key."""
    return tuple(
        (column.name, fk.column.table.name)
        for column in Base.metadata.tables[table].columns for fk in column.foreign_keys
        if fk.column.table.name in SYNCED_TABLES
    )


def parents_first(table: str, rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The rows with those they refer to before them (a card answering another card of the batch),
    so that one statement writes them all."""
    own = [column for column, parent in parents_of(table) if parent == table]
    if not own:
        return rows
    ordered: dict[str, dict[str, Any]] = {}

    def visit(key: str, row: dict[str, Any], depth: int) -> None:
        if key in ordered:
            return
        for column in own:
            value = row.get(column)
            parent_key = key_text([value]) if value is not None else None
            if parent_key in rows and parent_key != key and depth < 50:
                visit(parent_key, rows[parent_key], depth + 1)
        ordered[key] = row

    for key, row in rows.items():
        visit(key, row, 0)
    return ordered


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTING_KEYS or key.startswith(LOCAL_SETTING_PREFIX)
