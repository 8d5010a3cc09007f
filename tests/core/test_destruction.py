"""Retention and destruction (R42-R44) on both backends: the due list on a fixed day, destroying
records into tombstones with an act, the confirmation naming the count, the audit entry, the
central removal queue, and who may do it."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from clerk_app.domain.accounts import Role
from clerk_app.domain.control import ControlResult
from clerk_app.domain.enums import CopyRole
from clerk_app.domain.retention import PersonWords, RecordType, redact
from clerk_app.errors import ClerkError, PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin

IIN = valid_iin("770707", 3)
OFFICER = Actor("officer", frozenset({Role.PD_OFFICER}))
CLERK = Actor("clerk")


def register(registry: Registry, **overrides: object) -> str:
    return registry.registration.register_json(incoming(**overrides), CLERK, confirm_duplicate=True).number


def set_dates(registry: Registry, number: str, *, registered: datetime, closed: datetime | None = None) -> None:
    """Test data from years ago: the registration time, and removal from control when it ended."""
    with registry.store.write() as session:
        card_id = session.execute(sa.text("SELECT id FROM card WHERE number = :n"), {"n": number}).scalar()
        session.execute(sa.text("UPDATE card SET registered_at = :at WHERE id = :id"), {"at": registered, "id": card_id})
        if closed is not None:
            session.execute(sa.text("UPDATE card_control SET status = 'removed', closed_at = :at, open_due_on = NULL "
                                    "WHERE card_id = :id"), {"at": closed, "id": card_id})


def utc(year: int, month: int = 6, day: int = 1) -> datetime:
    return datetime(year, month, day, 6, tzinfo=UTC)


def test_periods_are_settings_with_defaults(registry: Registry) -> None:
    assert registry.retention.policy().years == {RecordType.INCOMING: 5, RecordType.OUTGOING: 5, RecordType.INBOX: 1}
    admin = Actor("admin", frozenset({Role.ADMINISTRATOR}))
    registry.retention.save_policy({"incoming": 3}, admin)
    assert registry.retention.policy().years_of(RecordType.INCOMING) == 3
    with pytest.raises(ValidationError) as bad:
        registry.retention.save_policy({"incoming": 0}, admin)
    assert bad.value.code == "field.out_of_range"
    with pytest.raises(PermissionDeniedError):
        registry.retention.save_policy({"incoming": 4}, Actor("clerk", frozenset({Role.CLERK})))


def test_due_list_on_a_fixed_day(registry: Registry) -> None:
    closed_2020 = register(registry)
    set_dates(registry, closed_2020, registered=utc(2019, 11), closed=utc(2020, 3))
    open_since_2015 = register(registry)
    set_dates(registry, open_since_2015, registered=utc(2015))  # still on control: never due
    closed_2021 = register(registry)
    set_dates(registry, closed_2021, registered=utc(2018), closed=utc(2021, 12, 31))
    reply = registry.registration.register_reply(closed_2020, {"channel": "post", "form": "written", "summary": "Жауап"},
                                                 CLERK, confirm_duplicate=True).number
    with registry.store.write() as session:  # an outgoing letter never on control
        session.execute(sa.text("DELETE FROM card_control WHERE card_id = (SELECT id FROM card WHERE number = :n)"),
                        {"n": reply})
    set_dates(registry, reply, registered=utc(2020, 4))

    def due(day: date) -> dict[RecordType, list[str]]:
        found: dict[RecordType, list[str]] = {}
        for record_type in RecordType:
            cursor, refs = None, []
            while True:  # one record a page: the keyset continues without a seam
                page = registry.retention.due(record_type, today=day, cursor=cursor, limit=1, actor=OFFICER)
                refs += [r.reference for r in page.records]
                if page.next_cursor is None:
                    break
                cursor = page.next_cursor
            found[record_type] = refs
        return found

    assert due(date(2025, 12, 31)) == {RecordType.INCOMING: [], RecordType.OUTGOING: [], RecordType.INBOX: []}
    assert due(date(2026, 1, 1)) == {RecordType.INCOMING: [closed_2020], RecordType.OUTGOING: [reply], RecordType.INBOX: []}
    assert due(date(2027, 1, 1))[RecordType.INCOMING] == [closed_2021, closed_2020]  # by registration
    assert registry.retention.due_counts(today=date(2027, 1, 1), actor=OFFICER) == {
        RecordType.INCOMING: 2, RecordType.OUTGOING: 1, RecordType.INBOX: 0
    }


def scan(tmp_path: Path) -> Path:
    path = tmp_path / "scan.jpg"
    Image.new("L", (400, 500), 230).save(path, "JPEG", dpi=(150, 150))
    return path


def test_destroying_due_records_leaves_tombstones_and_an_act(registry: Registry, tmp_path: Path) -> None:
    person = {"type": "natural_person", "surname": "Сейітқали", "given_name": "Мадина", "iin": IIN,
              "phone": "+7 701 000 11 22"}
    number = register(registry, applicants=[person], notes="Жеке ескерту")
    registry.cards.edit(number, {"summary": "Өзгертілген мазмұн"}, CLERK)
    (copy,) = registry.copies.attach(number, [scan(tmp_path)], CopyRole.APPEAL, CLERK).attached
    registry.control.resolve(number, ControlResult.WITHDRAWN, CLERK)
    set_dates(registry, number, registered=utc(2019), closed=utc(2019, 9))
    kept = register(registry)
    records = registry.destruction.all_due(OFFICER, today=date(2026, 3, 1))
    assert records == [(RecordType.INCOMING, registry.cards.get(number).id)]
    with pytest.raises(ClerkError) as mismatch:
        registry.destruction.destroy_records(records, trigger="retention_expired", commission=["Commission"],
                                             basis=None, confirm_count=2, actor=OFFICER, today=date(2026, 3, 1))
    assert mismatch.value.code == "pd.confirm_count"
    with pytest.raises(ClerkError) as early:  # a year too early: the period runs on
        registry.destruction.destroy_records(records, trigger="retention_expired", commission=["Commission"],
                                             basis=None, confirm_count=1, actor=OFFICER, today=date(2024, 3, 1))
    assert early.value.code == "pd.not_due"
    blob = registry.copies.blobs.stored_path(copy.sha256)
    assert blob.exists()

    outcome = registry.destruction.destroy_records(
        records, trigger="retention_expired", commission=["Д. Сапарова", "Е. Жұмабаев"], basis=None, confirm_count=1,
        actor=OFFICER, today=date(2026, 3, 1),
    )
    act = outcome.act
    assert [i.reference for i in act.items] == [number]
    assert act.items[0].destroyed["copies"] == 1 and act.items[0].destroyed["history"] >= 1
    tomb = registry.cards.get(number)
    assert tomb.number == number and act.number in tomb.summary and tomb.notes is None
    assert [a.surname for a in tomb.applicants] == [None] and tomb.applicants[0].iin is None
    assert tomb.respondent is not None and tomb.kind is not None  # the registration stays
    assert registry.cards.history(number) == [] and registry.copies.copies(number) == []
    assert not blob.exists()
    assert registry.cards.get(kept).summary == incoming()["summary"]
    assert number in {r.number for r in registry.cards.journal_page("incoming").rows}
    assert registry.destruction.act(act.number, OFFICER) == act
    assert registry.retention.due_counts(today=date(2026, 3, 1), actor=OFFICER)[RecordType.INCOMING] == 0
    entry = registry.audit.entries(limit=1000)[-1]
    assert (entry.action, entry.object_type, entry.details_dict["act"]) == ("destroy", "destruction_act", act.number)
    assert registry.audit.entries_of_subject(IIN)[-1].seq == entry.seq  # she is a subject of it, by hash
    with registry.store.read() as session:
        queued = session.execute(sa.text("SELECT scope, card_id, sha256 FROM central_removal WHERE pushed_at IS NULL")).all()
    assert {q.scope for q in queued} == {"card", "file"} and len(queued) == 2
    with pytest.raises(ClerkError) as again:
        registry.cards.edit(number, {"summary": "жаңа"}, CLERK)
    assert again.value.code == "pd.destroyed"


def test_destroying_a_subject_needs_data_and_the_officer(registry: Registry) -> None:
    with pytest.raises(ClerkError) as none:
        registry.destruction.destroy_subject(IIN, trigger="consent_withdrawn", commission=["x"], basis=None,
                                             confirm_count=0, actor=OFFICER)
    assert none.value.code == "pd.no_data"
    register(registry, applicants=[{"type": "natural_person", "surname": "Сейітқали", "given_name": "Мадина", "iin": IIN}])
    with pytest.raises(ValidationError) as basis:
        registry.destruction.destroy_subject(IIN, trigger="court_decision", commission=["x"], basis=None,
                                             confirm_count=1, actor=OFFICER)
    assert basis.value.code == "pd.basis_required"
    for role in (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR, Role.EXECUTOR):
        other = Actor("x", frozenset({role}))
        with pytest.raises(PermissionDeniedError):
            registry.destruction.preview_subject(IIN, other)
        with pytest.raises(PermissionDeniedError):
            registry.destruction.destroy_subject(IIN, trigger="consent_withdrawn", commission=["x"], basis=None,
                                                 confirm_count=1, actor=other)
        with pytest.raises(PermissionDeniedError):
            registry.retention.due(RecordType.INCOMING, actor=other)
    assert registry.destruction.preview_subject(IIN, OFFICER).count == 1


def test_redaction_catches_inflected_and_folded_forms() -> None:
    person = PersonWords.of(iin=IIN, surnames=["Жанболатова"], given_names=["Айгерім"])
    text, count = redact(f"ЖАНБОЛАТОВОЙ Айгерiм (ИИН{IIN}) және Жанболатов Серік", person)
    assert count == 4 and "Серік" in text and IIN not in text
    assert redact("Әбдірахманов", person) == ("Әбдірахманов", 0)


def test_the_act_lists_numbers_never_names(registry: Registry) -> None:
    number = register(registry, applicants=[{"type": "natural_person", "surname": "Сейітқали", "given_name": "Мадина", "iin": IIN}])
    outcome = registry.destruction.destroy_subject(IIN, trigger="consent_withdrawn", commission=["Officer"],
                                                   basis=None, confirm_count=1, actor=OFFICER)
    from clerk_app.cli.pd_commands import act_to_json, act_to_text

    text, data = act_to_text(outcome.act), str(act_to_json(outcome.act))
    assert number in text and number in data
    assert "Сейітқали" not in text + data and IIN not in text + data
    assert uuid.UUID(str(outcome.act.id))
