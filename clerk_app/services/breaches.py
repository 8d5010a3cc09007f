"""The breach register (R47): recording a personal-data security breach, changing it, marking the
authorized body notified, closing it; the lists (open, overdue), the reminders, and the facts of
the notice. Every write is audited in its own transaction, with the persons named by IIN as the
entry's subjects (so the subject-access report lists the breach among the actions on their data).

The person responsible for organizing personal-data processing (name, phone, e-mail) is a store
setting; the notice gives it, and each breach keeps the contacts it was notified with."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.breaches import (
    Breach,
    BreachDraft,
    BreachFilter,
    BreachNotice,
    BreachReminder,
    BreachState,
    OperatorDetails,
    ResponsiblePerson,
    breach_number,
    check_closing,
    check_draft,
    check_notice,
    check_responsible,
    end_of_day,
    notice_due_on,
)
from clerk_app.domain.identifiers import normalize
from clerk_app.errors import ClerkError, NotFoundError, PermissionDeniedError
from clerk_app.services.audit import record_in
from clerk_app.services.context import Actor
from clerk_app.services.references import ReferenceService
from clerk_app.timeutil import astana_today, to_astana, utc_now
from storage.breach_models import Breach as BreachRow
from storage.repositories import audit as audit_repo
from storage.repositories import breaches as breach_repo
from storage.repositories import calendar as calendar_repo
from storage.repositories import settings as settings_repo
from storage.store import Store

RESPONSIBLE_KEY = "pd_responsible_person"  # {"name", "phone", "email"}
_NUMBER_TRIES = 5  # two stations numbering at the same moment on PostgreSQL: the later one takes the next


@dataclass
class BreachService:
    store: Store

    # --- the responsible person (a store setting) -------------------------------------------------

    def responsible_person(self) -> ResponsiblePerson:
        with self.store.read() as session:
            return _responsible(session)

    def set_responsible_person(self, data: Mapping[str, Any], actor: Actor) -> ResponsiblePerson:
        """The PD officer (or an administrator, in Settings) names the responsible person."""
        if not (actor.may(Permission.PD_BREACHES) or actor.may(Permission.SETTINGS)):
            raise PermissionDeniedError(Permission.PD_BREACHES.value)
        person = check_responsible(data)
        with self.store.write() as session:
            settings_repo.set_setting(session, RESPONSIBLE_KEY, {"name": person.name, "phone": person.phone,
                                                                 "email": person.email})
            record_in(session, actor, AuditRecord(AuditAction.CHANGE, AuditObject.BREACH, None, frozenset(),
                                                  {"setting": "responsible_person"}))
        return person

    # --- the register -------------------------------------------------------------------------------

    def record(self, data: Mapping[str, Any], actor: Actor) -> Breach:
        """A new breach: numbered B-<year>-<serial> in the year it is recorded (Astana); the notice
        deadline follows from the detection time on the working-day calendar. Missing contacts of
        the responsible person are taken from the setting."""
        actor.require(Permission.PD_BREACHES)
        with self.store.read() as session:
            defaults = _responsible(session)
        draft = check_draft(_with_responsible(data, defaults), now=utc_now())
        for attempt in range(_NUMBER_TRIES):
            try:
                with self.store.write() as session:
                    return self._insert(session, draft, actor)
            except IntegrityError:
                if attempt == _NUMBER_TRIES - 1:
                    raise ClerkError("the breach could not be numbered; try again", code="breach.numbering") from None
        raise AssertionError("unreachable")

    def _insert(self, session: Session, draft: BreachDraft, actor: Actor) -> Breach:
        now = utc_now()
        year = to_astana(now).year
        station = settings_repo.station_code(session)
        serial = breach_repo.next_serial(session, year, station)
        row = BreachRow(
            number=breach_number(year, station, serial), year=year, station_code=station, serial=serial,
            state=BreachState.OPEN.value,
            recorded_at=now, recorded_by=actor.user[:100], updated_at=now,
            notice_due_on=notice_due_on(draft.detected_at, calendar_repo.working_calendar(session)),
        )
        _apply(row, draft)
        session.add(row)
        session.flush()
        keys = [audit_repo.subject_key_of(session, n) for n in draft.subject_iins]
        breach_repo.add_subjects(session, row.id, keys)
        record_in(session, actor, AuditRecord(
            AuditAction.CREATE, AuditObject.BREACH, row.number, frozenset(draft.subject_iins),
            {"categories": [c.value for c in draft.categories], "subjects": draft.subjects_count,
             "named": len(draft.subject_iins), "due": row.notice_due_on.isoformat()},
        ))
        return breach_repo.one(session, row)

    def update(self, ref: str, data: Mapping[str, Any], actor: Actor) -> Breach:
        """Changes what is known (facts come in over days). IINs given are added to those named
        before (they are kept as keys and cannot be shown back, so none is removed here). A new
        detection time moves the deadline. A closed breach no longer changes."""
        actor.require(Permission.PD_BREACHES)
        with self.store.write() as session:
            row = _open_row(session, ref)
            before = _values(row)
            # fields left out keep their values (the CLI changes one at a time)
            draft = check_draft({**_as_input(before), **data}, now=utc_now())
            _apply(row, draft)
            row.notice_due_on = notice_due_on(draft.detected_at, calendar_repo.working_calendar(session))
            changed = [name for name, value in _values(row).items() if before[name] != value]
            keys = [audit_repo.subject_key_of(session, n) for n in draft.subject_iins]
            known = breach_repo.subject_counts(session, [row.id]).get(row.id, 0)
            breach_repo.add_subjects(session, row.id, keys)
            added = breach_repo.subject_counts(session, [row.id]).get(row.id, 0) - known
            if added:
                changed.append("subject_iins")
            if changed:
                row.updated_at = utc_now()
                record_in(session, actor, AuditRecord(
                    AuditAction.CHANGE, AuditObject.BREACH, row.number, frozenset(draft.subject_iins),
                    {"fields": changed, "named": added},
                ))
            return breach_repo.one(session, row)

    def mark_notified(self, ref: str, data: Mapping[str, Any], actor: Actor) -> Breach:
        """The authorized body was told: when, whom, how, under which reference."""
        actor.require(Permission.PD_BREACHES)
        with self.store.write() as session:
            row = _open_row(session, ref)
            if row.notified_at is not None:
                raise ClerkError(f"{row.number} is marked notified already", code="breach.already_notified",
                                 params={"number": row.number})
            notice = check_notice(data, detected_at=row.detected_at, now=utc_now())
            row.notified_at, row.notified_to = notice.notified_at, notice.notified_to
            row.notice_channel, row.notice_reference = notice.channel.value, notice.reference
            row.state, row.updated_at = BreachState.NOTIFIED.value, utc_now()
            late = to_astana(notice.notified_at).date() > row.notice_due_on
            record_in(session, actor, AuditRecord(
                AuditAction.CHANGE, AuditObject.BREACH, row.number, frozenset(),
                {"event": "notified", "channel": notice.channel.value, "late": late},
            ))
            return breach_repo.one(session, row)

    def close(self, ref: str, note: str | None, actor: Actor) -> Breach:
        """Dealt with. One the authorized body was never told of needs the reason (a false alarm)."""
        actor.require(Permission.PD_BREACHES)
        with self.store.write() as session:
            row = _open_row(session, ref)
            row.closing_note = check_closing(note, notified=row.notified_at is not None)
            now = utc_now()
            row.closed_at, row.closed_by, row.state, row.updated_at = now, actor.user[:100], BreachState.CLOSED.value, now
            record_in(session, actor, AuditRecord(
                AuditAction.CHANGE, AuditObject.BREACH, row.number, frozenset(),
                {"event": "closed", "notified": row.notified_at is not None},
            ))
            return breach_repo.one(session, row)

    # --- reading --------------------------------------------------------------------------------------

    def get(self, ref: str, actor: Actor) -> Breach:
        actor.require(Permission.PD_BREACHES)
        with self.store.read() as session:
            return breach_repo.one(session, _row(session, ref))

    def list(self, actor: Actor, which: BreachFilter = BreachFilter.ALL, *, today: date | None = None) -> list[Breach]:
        actor.require(Permission.PD_BREACHES)
        with self.store.read() as session:
            return breach_repo.listed(session, which, today=today or astana_today())

    def of_subject(self, iin: str, actor: Actor) -> builtins.list[Breach]:  # ``list`` is a method here
        """The breaches that named this person (for the subject-access request)."""
        actor.require(Permission.PD_REQUESTS)
        with self.store.read() as session:
            return breach_repo.of_subject(session, audit_repo.subject_key_of(session, normalize(iin)))

    def reminder(self, actor: Actor, *, today: date | None = None) -> BreachReminder | None:
        """Notices due today and overdue, for the accounts that may act on them (None for others)."""
        if not actor.may(Permission.PD_BREACHES):
            return None
        today = today or astana_today()
        with self.store.read() as session:
            waiting = breach_repo.awaiting_notice(session, until=today)
        return BreachReminder(
            due_today=sum(n for day, n in waiting if day == today), overdue=sum(n for day, n in waiting if day < today)
        )

    def notice(self, ref: str, actor: Actor) -> BreachNotice:
        """The facts of the notice to the authorized body: the operator, the breach, the
        responsible person's contacts (the breach's own, else the setting's), the deadline."""
        actor.require(Permission.PD_BREACHES)
        with self.store.read() as session:
            breach = breach_repo.one(session, _row(session, ref))
            setting = _responsible(session)
        if not breach.responsible.is_set and setting.is_set:
            breach = replace(breach, responsible=setting)
        own = ReferenceService(self.store).own_body()
        body = own.body if own is not None else None
        operator = OperatorDetails(
            name=body.name if body else None, bin=body.bin if body else None, address=body.address if body else None,
            phone=body.phone if body else None, email=body.email if body else None,
        )
        return BreachNotice(breach=breach, operator=operator, notice_due_at=end_of_day(breach.notice_due_on))


# --- helpers ----------------------------------------------------------------------------------------------


def _responsible(session: Session) -> ResponsiblePerson:
    value = settings_repo.get_setting(session, RESPONSIBLE_KEY) or {}
    if not isinstance(value, dict):
        return ResponsiblePerson()
    return ResponsiblePerson(str(value.get("name") or ""), str(value.get("phone") or ""), str(value.get("email") or ""))


def _with_responsible(data: Mapping[str, Any], person: ResponsiblePerson) -> dict[str, Any]:
    """The setting fills the responsible person's fields left empty (all three, or none)."""
    merged = dict(data)
    if not any(str(merged.get(f"responsible_{k}") or "").strip() for k in ("name", "phone", "email")):
        merged.update(responsible_name=person.name, responsible_phone=person.phone, responsible_email=person.email)
    return merged


def _apply(row: BreachRow, draft: BreachDraft) -> None:
    row.detected_at = draft.detected_at
    row.description = draft.description
    row.categories = ",".join(c.value for c in draft.categories)
    row.subjects_count = draft.subjects_count
    row.measures = draft.measures
    row.responsible_name = draft.responsible.name
    row.responsible_phone = draft.responsible.phone or None
    row.responsible_email = draft.responsible.email or None


_EDITABLE = ("detected_at", "description", "categories", "subjects_count", "measures", "responsible_name",
             "responsible_phone", "responsible_email")


def _values(row: BreachRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _EDITABLE}


def _as_input(values: Mapping[str, Any]) -> dict[str, Any]:
    return {**values, "categories": [c for c in str(values["categories"]).split(",") if c]}


def _row(session: Session, ref: str, *, for_update: bool = False) -> BreachRow:
    row = breach_repo.row(session, ref or "", for_update=for_update)
    if row is None:
        raise NotFoundError(f"no breach {ref!r} in the register", code="breach.not_found", params={"ref": ref})
    return row


def _open_row(session: Session, ref: str) -> BreachRow:
    row = _row(session, ref, for_update=True)
    if row.closed_at is not None:
        raise ClerkError(f"{row.number} is closed and no longer changes", code="breach.closed",
                         params={"number": row.number})
    return row
