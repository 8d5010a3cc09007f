"""The breach register (R47) on SQLite and PostgreSQL: numbering, the one-working-day notice
deadline on the calendar, the states, the reminders, validation, permissions, the audit trail and
the persons kept as keyed hashes only."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from clerk_app.cli.main import main
from clerk_app.domain.accounts import Role
from clerk_app.domain.breaches import BreachFilter, BreachState, end_of_day
from clerk_app.errors import ClerkError, PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import valid_iin

OFFICER = Actor("officer", roles=frozenset({Role.PD_OFFICER}))
CLERK = Actor("clerk", roles=frozenset({Role.CLERK}))
CONTACT = {"responsible_name": "Серікова Гүлнар", "responsible_phone": "+7 7172 55 00 11"}


def _breach(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "detected_at": "2026-11-20T10:00",  # a Friday, Astana time
        "description": "Ноутбук с выгрузкой обращений утерян в такси",
        "categories": ["names", "contacts"],
        "subjects_count": 40,
        **CONTACT,
    }
    data.update(overrides)
    return data


def _issues(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        call()
    return {issue.field: issue.code for issue in refused.value.issues}


def test_numbered_per_year_with_the_notice_due_by_the_end_of_the_next_working_day(registry: Registry) -> None:
    first = registry.breaches.record(_breach(), OFFICER)
    second = registry.breaches.record(_breach(detected_at="2025-12-15T18:30"), OFFICER)  # Monday; 16 Dec a holiday
    year = astana_today().year
    assert (first.number, second.number) == (f"B-{year}-A-001", f"B-{year}-A-002")
    assert first.notice_due_on == date(2026, 11, 23)  # Friday -> Monday
    assert second.notice_due_on == date(2025, 12, 17)  # Independence Day is no working day
    assert end_of_day(first.notice_due_on) == datetime(2026, 11, 23, 19, 0, tzinfo=UTC)  # 24:00 in Astana
    assert first.state is BreachState.OPEN and first.recorded_by == "officer"
    assert first.detected_at == datetime(2026, 11, 20, 5, 0, tzinfo=UTC)  # typed as Astana time


def test_a_calendar_correction_moves_the_deadline(registry: Registry) -> None:
    registry.calendar.set_day(date(2026, 11, 23), is_working=False, note="moved day off")
    assert registry.breaches.record(_breach(), OFFICER).notice_due_on == date(2026, 11, 24)


def test_states_reminders_and_the_overdue_list(registry: Registry) -> None:
    late = registry.breaches.record(_breach(), OFFICER)  # due 23.11.2026
    later = registry.breaches.record(_breach(detected_at="2026-11-23T09:00"), OFFICER)  # due 24.11.2026
    service = registry.breaches
    assert service.reminder(OFFICER, today=date(2026, 11, 23)).__dict__ == {"due_today": 1, "overdue": 0}
    assert service.reminder(OFFICER, today=date(2026, 11, 24)).__dict__ == {"due_today": 1, "overdue": 1}
    assert service.reminder(CLERK) is None  # nobody to act on it
    overdue = service.list(OFFICER, BreachFilter.OVERDUE, today=date(2026, 11, 24))
    assert [b.number for b in overdue] == [late.number]

    notified = service.mark_notified(late.number, {
        "notified_at": "2026-11-24T11:00", "notified_to": "Уполномоченный орган", "channel": "portal",
        "reference": "ЗТ-2026-0099",
    }, OFFICER)
    assert notified.state is BreachState.NOTIFIED and notified.notified_late
    assert service.reminder(OFFICER, today=date(2026, 11, 24)).__dict__ == {"due_today": 1, "overdue": 0}
    with pytest.raises(ClerkError) as twice:
        service.mark_notified(late.number, {"notified_to": "x", "channel": "email"}, OFFICER)
    assert twice.value.code == "breach.already_notified"

    assert _issues(lambda: service.close(later.number, "  ", OFFICER)) == {"closing_note": "field.required"}
    closed = service.close(later.number, "Проверка показала: утечки не было", OFFICER)
    assert closed.state is BreachState.CLOSED and closed.closed_by == "officer"
    with pytest.raises(ClerkError) as frozen:
        service.update(later.number, {"description": "again"}, OFFICER)
    assert frozen.value.code == "breach.closed"
    assert [b.number for b in service.list(OFFICER, BreachFilter.OPEN)] == [late.number]
    assert len(service.list(OFFICER)) == 2


def test_bad_input_names_every_field_and_nothing_is_stored(registry: Registry) -> None:
    issues = _issues(lambda: registry.breaches.record({
        "detected_at": "2999-01-01T00:00", "description": "   ", "categories": ["names", "gossip"],
        "subjects_count": "many", "subject_iins": "123 " + valid_iin(), "responsible_name": "Серікова",
        "responsible_email": "not-mail",
    }, OFFICER))
    assert issues == {
        "detected_at": "breach.in_future", "description": "field.required", "categories.1": "field.bad_value",
        "subjects_count": "field.bad_number", "subject_iins.0": "id.not_12_digits", "responsible_email": "field.bad_email",
    }
    assert _issues(lambda: registry.breaches.record(_breach(responsible_phone="", categories=[]), OFFICER)) == {
        "categories": "field.required", "responsible_phone": "breach.no_contact",
    }
    assert _issues(lambda: registry.breaches.record(
        _breach(subjects_count=1, subject_iins=[valid_iin(serial=1), valid_iin(serial=7)]), OFFICER
    )) == {"subjects_count": "breach.fewer_than_named"}
    breach = registry.breaches.record(_breach(), OFFICER)
    assert _issues(lambda: registry.breaches.mark_notified(breach.number, {
        "notified_at": "2026-11-19T10:00", "notified_to": "", "channel": "pigeon"}, OFFICER)) == {
        "notified_at": "breach.before_detection", "notified_to": "field.required", "channel": "field.bad_value",
    }
    assert len(registry.breaches.list(OFFICER)) == 1


def test_only_those_with_the_permission_act(registry: Registry) -> None:
    with pytest.raises(PermissionDeniedError):
        registry.breaches.record(_breach(), CLERK)
    with pytest.raises(PermissionDeniedError):
        registry.breaches.list(CLERK)
    with pytest.raises(PermissionDeniedError):
        registry.breaches.set_responsible_person({"name": "X", "phone": "+7 701 000 00 00"}, CLERK)
    admin = Actor("admin", roles=frozenset({Role.ADMINISTRATOR}))
    assert registry.breaches.set_responsible_person({"name": "Серікова", "email": "pd@body.kz"}, admin).is_set


def test_the_setting_fills_the_responsible_person_and_the_notice_gives_it(registry: Registry) -> None:
    registry.breaches.set_responsible_person({"name": "Серікова Гүлнар", "phone": "+7 7172 55 00 11",
                                              "email": "pd@body.kz"}, OFFICER)
    registry.references.save_own_body({"name": "Тұтынушылар қауымдастығы", "body_type": "consumer_association",
                                       "bin": "940140000385", "address": "Астана"})
    breach = registry.breaches.record(_breach(responsible_name="", responsible_phone=""), OFFICER)
    assert (breach.responsible.name, breach.responsible.email) == ("Серікова Гүлнар", "pd@body.kz")
    notice = registry.breaches.notice(breach.number, OFFICER)
    assert notice.operator.name == "Тұтынушылар қауымдастығы" and notice.operator.bin == "940140000385"
    assert notice.breach.responsible.phone == "+7 7172 55 00 11"
    assert notice.notice_due_at == end_of_day(date(2026, 11, 23))


def test_persons_are_kept_as_keys_and_found_by_their_iin(registry: Registry) -> None:
    person, other = valid_iin("850315", 3, 11), valid_iin("910704", 4, 5)
    breach = registry.breaches.record(_breach(subject_iins=f"{person}, {person}"), OFFICER)
    assert breach.known_subjects == 1
    changed = registry.breaches.update(breach.number, {"subject_iins": [other], "measures": "Пароли сменены"}, OFFICER)
    assert changed.known_subjects == 2 and changed.measures == "Пароли сменены"
    assert changed.description == breach.description  # options not given stay
    # the numbers are nowhere in the register's tables
    with registry.store.engine.connect() as conn:
        for table in ("breach", "breach_subject"):
            dump = json.dumps([list(map(str, r)) for r in conn.execute(sa.text(f"SELECT * FROM {table}"))])
            assert person not in dump and other not in dump
    pd_requests = Actor("officer", roles=frozenset({Role.PD_OFFICER}))
    assert [b.number for b in registry.breaches.of_subject(person, pd_requests)] == [breach.number]
    assert registry.breaches.of_subject(valid_iin("700101", 3, 2), pd_requests) == []
    report = registry.audit.subject_report(person, pd_requests)
    breach_entries = [e for e in report.entries if e.object_type == "breach"]
    assert [e.action for e in breach_entries] == ["create"]
    from clerk_app.services.audit import describe

    assert breach.number in describe(breach_entries[0]) and "breach" in describe(breach_entries[0])
    trail = [e for e in registry.audit.entries() if e.object_type == "breach"]
    assert [(e.action, e.object_id) for e in trail] == [("create", breach.number), ("change", breach.number)]
    assert person not in "".join(e.details for e in trail)


def _cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(tmp_path / "cli"), *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else captured.err


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, person = _cli(tmp_path, capsys, "pd", "breach", "contact", "--name", "Серікова", "--email", "pd@body.kz")
    assert code == 0 and person == {"name": "Серікова", "phone": None, "email": "pd@body.kz"}
    description = tmp_path / "what.txt"
    description.write_text("Письмо с ответом ушло не тому адресату.\nВторой абзац; ' OR 1=1 --", encoding="utf-8")
    code, added = _cli(tmp_path, capsys, "pd", "breach", "add", "--detected", "2026-11-20T10:00", "--description-file",
                       str(description), "--category", "names", "--category", "appeal_text", "--subjects", "1", "--json")
    assert code == 0 and added["description"] == description.read_text(encoding="utf-8")
    assert added["notice_due_on"] == "2026-11-23" and added["responsible"]["email"] == "pd@body.kz"
    number = added["number"]
    code, listed = _cli(tmp_path, capsys, "pd", "breach", "list", "--show", "overdue")
    assert code == 0 and [b["number"] for b in listed] == [number]
    code, notified = _cli(tmp_path, capsys, "pd", "breach", "notify", number, "--to", "Уполномоченный орган",
                          "--channel", "email", "--reference", "№ 15")
    assert code == 0 and notified["state"] == "notified" and notified["notice_reference"] == "№ 15"
    code, notice = _cli(tmp_path, capsys, "pd", "breach", "notice", number)
    assert code == 0 and notice["breach"]["number"] == number and notice["notice_due_at"].startswith("2026-11-24T00:00")
    code, closed = _cli(tmp_path, capsys, "pd", "breach", "close", number)
    assert code == 0 and closed["state"] == "closed"
    code, err = _cli(tmp_path, capsys, "pd", "breach", "add", "--detected", "2026-11-20T10:00", "--description", "x",
                     "--category", "names", "--iin", "12345")
    assert code == 1 and "subject_iins.0" in err
    assert _cli(tmp_path, capsys, "pd", "breach", "show", "B-1999-001")[0] == 1
