"""The words of synchronisation with the central store: what the status-bar indicator says and its
tooltip, the TLS choices, the names of the synced tables, the refusals of the central store listed
as sync problems, and how a conflicting value reads. Plain functions over the plain data of
``clerk_app.domain.sync``, so the indicator's texts are tested without a window.

Counts follow the project's "name: number" form ("Conflicts: 2"), which reads right in Kazakh and
Russian without plural forms."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.enums import AppealKind, Direction, RespondentRole
from clerk_app.domain.sync import SyncConflict, SyncMode, SyncPhase, SyncProgress, SyncStatus
from clerk_app.errors import ClerkError
from clerk_app.timeutil import astana_today, to_astana
from ui import card_texts, formatting, labels
from ui.error_text import describe

CONTEXT = "SyncText"

# Failures that only mean "no network now": the indicator says "Offline", never an alarm.
OFFLINE_CODES = frozenset({"sync.unreachable"})
# Not a failure: another round was running (the command, another window), or the round was stopped
# (the registry was left, or connected anew) and goes on from there next time.
BENIGN_CODES = frozenset({"sync.busy", "sync.interrupted", "operation.cancelled"})

# The share of a round each phase stands for, so that the percentage only grows. An estimate: the
# engine reports each phase's own count, and which phase takes longest depends on the day's work.
_PHASE_SPAN: dict[SyncPhase, tuple[int, int]] = {
    SyncPhase.CONNECTING: (0, 5),
    SyncPhase.PUSHING: (5, 35),
    SyncPhase.UPLOADING: (35, 50),
    SyncPhase.PULLING: (50, 85),
    SyncPhase.DOWNLOADING: (85, 100),
    SyncPhase.DONE: (100, 100),
}

_PHASE = {
    SyncPhase.CONNECTING: QT_TRANSLATE_NOOP("SyncText", "Connecting to the central store"),
    SyncPhase.PUSHING: QT_TRANSLATE_NOOP("SyncText", "Sending this workstation's changes"),
    SyncPhase.UPLOADING: QT_TRANSLATE_NOOP("SyncText", "Sending electronic copies"),
    SyncPhase.PULLING: QT_TRANSLATE_NOOP("SyncText", "Receiving the other workstations' changes"),
    SyncPhase.DOWNLOADING: QT_TRANSLATE_NOOP("SyncText", "Receiving electronic copies"),
    SyncPhase.DONE: QT_TRANSLATE_NOOP("SyncText", "Finishing"),
}

# sslmode of libpq, as the administrator chooses it (docs/sync.md)
SSL_MODES = ("verify-full", "verify-ca", "require", "disable")
_SSL_MODE = {
    "verify-full": QT_TRANSLATE_NOOP("SyncText", "Encrypted, the server checked against the CA certificate (verify-full)"),
    "verify-ca": QT_TRANSLATE_NOOP(
        "SyncText", "Encrypted, the certificate checked against the CA but not the server's name (verify-ca)"),
    "require": QT_TRANSLATE_NOOP("SyncText", "Encrypted, the server not checked (require)"),
    "disable": QT_TRANSLATE_NOOP("SyncText", "Not encrypted (disable): only inside a trusted network"),
}

_TABLE = {
    "card": QT_TRANSLATE_NOOP("SyncText", "Card"),
    "card_applicant": QT_TRANSLATE_NOOP("SyncText", "Applicant of a card"),
    "card_change": QT_TRANSLATE_NOOP("SyncText", "Edit history of a card"),
    "electronic_copy": QT_TRANSLATE_NOOP("SyncText", "Electronic copy"),
    "page_text": QT_TRANSLATE_NOOP("SyncText", "Recognised text"),
    "control_event": QT_TRANSLATE_NOOP("SyncText", "Execution control"),
    "journal": QT_TRANSLATE_NOOP("SyncText", "Journal"),
    "settlement_body": QT_TRANSLATE_NOOP("SyncText", "Settlement body"),
    "staff_member": QT_TRANSLATE_NOOP("SyncText", "Staff member"),
    "respondent": QT_TRANSLATE_NOOP("SyncText", "Respondent"),
    "deadline_rule": QT_TRANSLATE_NOOP("SyncText", "Deadline rule"),
    "calendar_day": QT_TRANSLATE_NOOP("SyncText", "Working-day calendar"),
    "store_setting": QT_TRANSLATE_NOOP("SyncText", "Setting"),
    "account": QT_TRANSLATE_NOOP("SyncText", "Account"),
    "account_role": QT_TRANSLATE_NOOP("SyncText", "Role of an account"),
    "pd_ground": QT_TRANSLATE_NOOP("SyncText", "Personal data ground"),
    "breach": QT_TRANSLATE_NOOP("SyncText", "Breach"),
    "breach_subject": QT_TRANSLATE_NOOP("SyncText", "Person affected by a breach"),
    "destruction_act": QT_TRANSLATE_NOOP("SyncText", "Destruction act"),
    "destruction_item": QT_TRANSLATE_NOOP("SyncText", "Record of a destruction act"),
    "subject_block": QT_TRANSLATE_NOOP("SyncText", "Blocking of personal data"),
    "sync_conflict": QT_TRANSLATE_NOOP("SyncText", "Conflict resolution"),
    "audit_entry": QT_TRANSLATE_NOOP("SyncText", "Audit log entry"),
    "audit_subject": QT_TRANSLATE_NOOP("SyncText", "Audit log entry"),
    "station_audit_entry": QT_TRANSLATE_NOOP("SyncText", "Audit log entry"),
    "station_audit_subject": QT_TRANSLATE_NOOP("SyncText", "Audit log entry"),
}

# The fields of the other records two workstations may change at once, named as the forms that edit
# them name them (Settings, the respondent of the registration form, the staff list); a field not
# here is shown by its column's name.
_FIELD = {
    ("respondent", "name"): QT_TRANSLATE_NOOP("SyncText", "Name"),
    ("respondent", "role"): QT_TRANSLATE_NOOP("SyncText", "Role"),
    ("respondent", "bin_or_iin"): QT_TRANSLATE_NOOP("SyncText", "BIN/IIN"),
    ("respondent", "address"): QT_TRANSLATE_NOOP("SyncText", "Address"),
    ("respondent", "website"): QT_TRANSLATE_NOOP("SyncText", "Website"),
    ("settlement_body", "name"): QT_TRANSLATE_NOOP("SyncText", "Name"),
    ("settlement_body", "body_type"): QT_TRANSLATE_NOOP("SyncText", "Kind of body"),
    ("settlement_body", "bin"): QT_TRANSLATE_NOOP("SyncText", "BIN"),
    ("settlement_body", "address"): QT_TRANSLATE_NOOP("SyncText", "Address"),
    ("settlement_body", "phone"): QT_TRANSLATE_NOOP("SyncText", "Phone"),
    ("settlement_body", "email"): QT_TRANSLATE_NOOP("SyncText", "E-mail"),
    ("staff_member", "full_name"): QT_TRANSLATE_NOOP("SyncText", "Full name"),
    ("staff_member", "position"): QT_TRANSLATE_NOOP("SyncText", "Position"),
    ("staff_member", "phone"): QT_TRANSLATE_NOOP("SyncText", "Phone"),
    ("staff_member", "email"): QT_TRANSLATE_NOOP("SyncText", "E-mail"),
    ("staff_member", "is_active"): QT_TRANSLATE_NOOP("SyncText", "Active"),
    ("journal", "direction"): QT_TRANSLATE_NOOP("SyncText", "Direction"),
    ("journal", "index_code"): QT_TRANSLATE_NOOP("SyncText", "Index"),
    ("journal", "number_template"): QT_TRANSLATE_NOOP("SyncText", "Number template"),
    ("journal", "is_active"): QT_TRANSLATE_NOOP("SyncText", "Active"),
    ("deadline_rule", "applies_to_kinds"): QT_TRANSLATE_NOOP("SyncText", "Appeals"),
    ("deadline_rule", "legal_source"): QT_TRANSLATE_NOOP("SyncText", "Source"),
    ("calendar_day", "is_working"): QT_TRANSLATE_NOOP("SyncText", "The day is"),
    ("calendar_day", "note"): QT_TRANSLATE_NOOP("SyncText", "Note"),
}

# An ISO date and time, as the records keep their moments (UTC; a moment without an offset is UTC too).
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")

# Why the central store refused a change (the codes of storage/sync/central_apply.py).
_PROBLEM = {
    "sync.missing_reference": QT_TRANSLATE_NOOP(
        "SyncText", "It refers to a record the central store does not have yet."),
    "sync.duplicate": QT_TRANSLATE_NOOP(
        "SyncText", "Another workstation already sent a record with the same unique value."),
    "sync.check_failed": QT_TRANSLATE_NOOP("SyncText", "A value breaks a rule of the central store."),
    "sync.missing_value": QT_TRANSLATE_NOOP("SyncText", "A required value is empty."),
    "sync.not_permitted": QT_TRANSLATE_NOOP("SyncText", "This workstation may not change this record."),
    "sync.row_gone": QT_TRANSLATE_NOOP("SyncText", "The record was removed on the central store."),
    "sync.refused": QT_TRANSLATE_NOOP("SyncText", "The central store refused the change."),
    "sync.pull_duplicate": QT_TRANSLATE_NOOP(
        "SyncText", "A record received from the central store has the same unique value as one here."),
    "sync.pull_refused": QT_TRANSLATE_NOOP(
        "SyncText", "A record received from the central store does not fit the records here."),
}


class Kind:
    """Which icon the indicator shows."""

    OK = "ok"
    BUSY = "busy"
    OFFLINE = "offline"
    FAILED = "failed"
    ATTENTION = "attention"  # problems or conflicts wait for someone


@dataclass(frozen=True)
class Indicator:
    text: str
    kind: str
    visible: bool


def percent(progress: SyncProgress | None, status: SyncStatus | None = None) -> int:
    """The round's progress as one growing percentage (see ``_PHASE_SPAN``). A phase that reports
    no total (the engine counts what it sent as it goes) is measured against what the status said
    was waiting when the round began."""
    if progress is None:
        return 0
    start, end = _PHASE_SPAN.get(progress.phase, (0, 100))
    total = progress.total
    if not total and status is not None:
        total = {SyncPhase.PUSHING: status.pending_changes, SyncPhase.UPLOADING: status.pending_uploads}.get(
            progress.phase)
    share = progress.done / total if total else 0.0
    return int(start + (end - start) * min(max(share, 0.0), 1.0))


def phase_text(progress: SyncProgress) -> str:
    text = QCoreApplication.translate(CONTEXT, str(_PHASE.get(progress.phase, _PHASE[SyncPhase.DONE])))
    if progress.total:
        return QCoreApplication.translate("SyncText", "{0}: {1} of {2}").format(text, formatting.count(progress.done), formatting.count(progress.total))
    return text


def clock(moment: datetime) -> str:
    """"14:05" today, else the date too; Astana time."""
    local = to_astana(moment)
    return local.strftime("%H:%M") if local.date() == astana_today() else formatting.date_time(moment)


def failure_code(status: SyncStatus | None, failure: BaseException | None) -> str | None:
    """The last round's failure: the service's record, else what this window saw raised."""
    code = status.last_error_code if status is not None else None
    if code is None and failure is not None:
        code = failure.code if isinstance(failure, ClerkError) else "error"
    return None if code in BENIGN_CODES else code


def indicator(
    status: SyncStatus | None, *, running: bool = False, progress: SyncProgress | None = None,
    failure: BaseException | None = None, started: SyncStatus | None = None,
) -> Indicator:
    """What the status-bar indicator says: a round on its way; else a failure of the last round;
    else what waits for someone; else when the last round finished. ``started``: the status when
    the round on its way began (what was waiting then measures its progress)."""
    synced = status is not None and status.mode == SyncMode.SYNCED
    if running:
        return Indicator(QCoreApplication.translate("SyncText", "Syncing… {0}%").format(percent(progress, started or status)), Kind.BUSY, True)
    if status is None or not synced:
        return Indicator("", Kind.OK, False)
    code = failure_code(status, failure)
    waiting = status.pending_changes
    if code in OFFLINE_CODES:
        if waiting:
            return Indicator(QCoreApplication.translate("SyncText", "Offline — changes waiting: {0}").format(formatting.count(waiting)), Kind.OFFLINE, True)
        return Indicator(QCoreApplication.translate("SyncText", "Offline"), Kind.OFFLINE, True)
    if code is not None:
        return Indicator(QCoreApplication.translate("SyncText", "Sync failed"), Kind.FAILED, True)
    parts = []
    if status.problems:
        parts.append(QCoreApplication.translate("SyncText", "Sync problems: {0}").format(formatting.count(status.problems)))
    if status.open_conflicts:
        parts.append(QCoreApplication.translate("SyncText", "Conflicts: {0}").format(formatting.count(status.open_conflicts)))
    if parts:
        return Indicator(" · ".join(parts), Kind.ATTENTION, True)
    if status.last_sync_at is None:
        return Indicator(QCoreApplication.translate("SyncText", "Not synced yet"), Kind.OK, True)
    return Indicator(QCoreApplication.translate("SyncText", "Synced {0}").format(clock(status.last_sync_at)), Kind.OK, True)


def error_text(code: str, message: str | None) -> str:
    """A failure recorded by the service (code and English message), in the clerk's words."""
    text = describe(ClerkError(message or code, code=code))
    return f"{text.headline}\n{text.advice}"


def tooltip(
    status: SyncStatus | None, *, running: bool = False, progress: SyncProgress | None = None,
    failure: BaseException | None = None,
) -> str:
    """Every detail of the status, one a line."""
    if status is None:
        return ""
    lines = []
    if status.central:
        lines.append(QCoreApplication.translate("SyncText", "Central store: {0}").format(status.central))
    if status.station_code:
        lines.append(QCoreApplication.translate("SyncText", "Workstation code: {0}").format(status.station_code))
    if running and progress is not None:
        lines.append(QCoreApplication.translate("SyncText", "Now: {0}").format(phase_text(progress)))
    elif running:
        lines.append(QCoreApplication.translate("SyncText", "Now: {0}").format(phase_text(SyncProgress(SyncPhase.CONNECTING))))
    if status.last_sync_at is not None:
        lines.append(QCoreApplication.translate("SyncText", "Last synchronisation: {0} (Astana time)").format(
            formatting.date_time(status.last_sync_at)))
    else:
        lines.append(QCoreApplication.translate("SyncText", "Last synchronisation: never"))
    code = failure_code(status, failure)
    if code is not None and not running:
        if status.last_attempt_at is not None:
            lines.append(QCoreApplication.translate("SyncText", "Last attempt: {0}").format(formatting.date_time(status.last_attempt_at)))
        message = status.last_error_message if status.last_error_code else (
            failure.message if isinstance(failure, ClerkError) else str(failure or ""))
        lines.append(error_text(code, message))
    count = formatting.count
    lines.append(QCoreApplication.translate("SyncText", "Changes waiting to be sent: {0}").format(count(status.pending_changes)))
    lines.append(QCoreApplication.translate("SyncText", "Electronic copies waiting to be sent: {0}").format(count(status.pending_uploads)))
    lines.append(QCoreApplication.translate("SyncText", "Sync problems: {0}").format(count(status.problems)))
    lines.append(QCoreApplication.translate("SyncText", "Conflicts waiting for a supervisor: {0}").format(count(status.open_conflicts)))
    return "\n".join(lines)


def ssl_mode_label(mode: str) -> str:
    source = _SSL_MODE.get(mode)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else mode


def table_label(table: str) -> str:
    source = _TABLE.get(table)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else table


def problem_label(code: str) -> str:
    """Why the central store refused a change; a code this version does not know as a general
    refusal (the message beside it says more)."""
    source = _PROBLEM.get(code) or _PROBLEM["sync.refused"]
    return QCoreApplication.translate(CONTEXT, str(source))


def field_label(conflict: SyncConflict) -> str:
    """The field's name as the card shows it; other records' fields by the record and the field's
    name in the form that edits it (else the column's)."""
    if conflict.table == "card":
        return card_texts.field_name(conflict.field)
    source = _FIELD.get((conflict.table, conflict.field))
    name = QCoreApplication.translate(CONTEXT, str(source)) if source else conflict.field
    return f"{table_label(conflict.table)}: {name}"


def _body_type(value: str) -> str:
    from clerk_app.domain.enums import SettlementBodyType
    from ui.settings_body import body_type_label  # a settings page's module: only when needed

    return body_type_label(SettlementBodyType(value))


def _unit(value: str) -> str:
    from clerk_app.domain.calendar import PeriodUnit
    from ui.settings_rules import unit_label  # a settings page's module: only when needed

    return unit_label(PeriodUnit(value))


def _kinds(value: str) -> str:
    return ", ".join(labels.kind_label(AppealKind(kind.strip())) for kind in value.split(",") if kind.strip())


def _day(value: bool) -> str:
    if value:
        return QCoreApplication.translate("SyncText", "Working day")
    return QCoreApplication.translate("SyncText", "Day off")


# Values kept as codes, in the words of the forms that choose them.
_VALUE: dict[tuple[str, str], Callable[[Any], str]] = {
    ("respondent", "role"): lambda value: card_texts.role_label(RespondentRole(value)),
    ("journal", "direction"): lambda value: card_texts.direction_label(Direction(value)),
    ("settlement_body", "body_type"): _body_type,
    ("deadline_rule", "unit"): _unit,
    ("deadline_rule", "applies_to_kinds"): _kinds,
    ("calendar_day", "is_working"): _day,
}


def moment_text(text: str) -> str | None:
    """An ISO date and time as the clerk's wall clock shows it (Astana), else None."""
    if not _MOMENT.fullmatch(text.strip()):
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return formatting.date_time(moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC))


def value_label(conflict: SyncConflict, value: str | None) -> str:
    """A conflicting value (JSON) as the card, or the form that edits the record, would show it."""
    if value is None:
        return card_texts.EMPTY
    try:
        decoded = json.loads(value)
    except ValueError:
        decoded = value
    if conflict.table == "card":
        return card_texts.value_text(conflict.field, decoded)
    if decoded is None or decoded == "":
        return card_texts.EMPTY
    words = _VALUE.get((conflict.table, conflict.field))
    if words is not None:
        try:
            return words(decoded)
        except (ValueError, KeyError, AttributeError, TypeError):
            pass  # a code this version does not know: as it is kept
    if isinstance(decoded, bool):
        return card_texts.yes_no(decoded)
    if isinstance(decoded, str):
        return moment_text(decoded) or decoded
    return json.dumps(decoded, ensure_ascii=False)


def kept_label(kept: str | None) -> str:
    if kept == "central":
        return QCoreApplication.translate("SyncText", "The central store's value kept")
    if kept == "station":
        return QCoreApplication.translate("SyncText", "The workstation's value used")
    return ""
