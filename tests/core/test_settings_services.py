"""The services behind the settings screen: the body's own entry, station and journals saved as
one, several deadline periods at once with the shipped ones restorable, calendar corrections saved
as one, and the year's public holidays (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.enums import AppealKind
from clerk_app.errors import NotFoundError, ValidationError
from clerk_app.services.calendar import CalendarCorrection, CalendarService
from clerk_app.services.context import Actor
from clerk_app.services.deadline_rules import DeadlineRuleService, PeriodChange
from clerk_app.services.registry import Registry
from clerk_app.services.setup import JournalNumbering
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming

BODY = {"name": "«Әділет» медиаторлар орталығы", "body_type": "mediator", "bin": REAL_BINS[3],
        "address": "Астана, Мәңгілік Ел даңғылы, 8", "head": "Сейітқали Ә. Б."}


def issue_fields(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {i.field: i.code for i in exc.value.issues}


# --- the body --------------------------------------------------------------------------------------


def test_own_body_is_entered_then_edited_in_place(registry: Registry) -> None:
    assert registry.references.own_body() is None
    first = registry.references.save_own_body({**BODY, "bin": "9907 4000 2243"})  # spaces as typed
    assert (first.body.name, first.body.bin, first.head) == (BODY["name"], REAL_BINS[3], BODY["head"])
    edited = registry.references.save_own_body({**BODY, "name": "«Әділет» орталығы", "head": None})
    assert edited.body.id == first.body.id and edited.head is None
    assert registry.references.own_body() == edited
    assert [b.name for b in registry.references.settlement_bodies()] == ["«Әділет» орталығы"]


def test_a_listed_body_with_the_same_bin_becomes_ours(registry: Registry) -> None:
    listed = registry.references.add_settlement_body({"name": "Listed", "body_type": "arbitration", "bin": REAL_BINS[3]})
    own = registry.references.save_own_body(BODY)
    assert own.body.id == listed.id and own.body.name == BODY["name"]
    assert len(registry.references.settlement_bodies()) == 1


def test_a_bad_body_is_refused_field_by_field_and_nothing_changes(registry: Registry) -> None:
    registry.references.save_own_body(BODY)
    other = registry.references.add_settlement_body({"name": "Other", "body_type": "arbitration", "bin": REAL_BINS[4]})
    wrong_digit = REAL_BINS[3][:11] + str((int(REAL_BINS[3][11]) + 1) % 10)
    for bad, field, code in (
        ({"bin": wrong_digit}, "bin", "id.check_digit"),
        ({"bin": "12345"}, "bin", "id.not_12_digits"),
        ({"bin": REAL_BINS[4]}, "bin", "reference.exists"),
        ({"name": "  "}, "name", "field.required"),
        ({"email": "no-at-sign"}, "email", "email.bad_format"),
    ):
        with pytest.raises(ValidationError) as refused:
            registry.references.save_own_body({**BODY, **bad})
        assert issue_fields(refused) == {field: code}
    own = registry.references.own_body()
    assert own is not None and (own.body.name, own.body.bin) == (BODY["name"], REAL_BINS[3])
    with pytest.raises(ValidationError):
        registry.references.update_settlement_body(other.id, {"name": "Other", "body_type": "arbitration",
                                                               "bin": REAL_BINS[3]})
    renamed = registry.references.update_settlement_body(other.id, {"name": "Renamed", "body_type": "mediator"})
    assert (renamed.name, renamed.bin) == ("Renamed", None)


# --- station and journals --------------------------------------------------------------------------


def test_numbering_preview_and_saving_follow_the_next_registered_number(registry: Registry) -> None:
    registry.registration.register_json(incoming(), Actor("clerk"))
    settings = registry.settings.numbering()
    yy = astana_today().year % 100
    assert settings.station_code == "A"
    assert settings.next_number("incoming", station="A", index="01", template="{index}/{station}-{serial:4}/{yy}") \
        == f"01/A-0002/{yy}"
    assert settings.next_number("incoming", station="B", index="01", template="{index}/{station}-{serial:4}/{yy}") \
        == f"01/B-0001/{yy}"
    saved = registry.settings.save_numbering(
        "b2", {"incoming": JournalNumbering(" 05 ", "{year}-{index}-{station}/{serial:3}")}
    )
    assert saved.station_code == "B2"
    preview = saved.next_number("incoming", station="B2", index="05", template="{year}-{index}-{station}/{serial:3}")
    card = registry.registration.register_json(incoming(), Actor("clerk"), confirm_duplicate=True)
    assert card.number == preview == f"{astana_today().year}-05-B2/001"


def test_bad_numbering_names_every_field_and_saves_nothing(registry: Registry) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.settings.save_numbering("a b", {
            "incoming": JournalNumbering("", "{index}/{serial}"),
            "outgoing": JournalNumbering("02", "{index}/{station}-{serial}/{yy}/{month}"),
        })
    assert issue_fields(refused) == {
        "station_code": "numbering.bad_station_code",
        "journals.incoming.index": "field.required",
        "journals.incoming.template": "numbering.template_not_unique",
        "journals.outgoing.template": "numbering.unknown_placeholder",
    }
    with pytest.raises(ValidationError) as clash:  # the outgoing journal would issue incoming numbers
        registry.settings.save_numbering("A", {"outgoing": JournalNumbering("01", "{index}/{station}-{serial:4}/{yy}")})
    assert issue_fields(clash) == {"journals.outgoing.index": "numbering.journals_clash"}
    settings = registry.settings.numbering()
    assert settings.station_code == "A"
    assert [(j.index, j.number_template) for j in settings.journals] == [
        ("01", "{index}/{station}-{serial:4}/{yy}"), ("02", "{index}/{station}-{serial:4}/{yy}")]
    with pytest.raises(NotFoundError):
        registry.settings.save_numbering("A", {"nonexistent": JournalNumbering("09", "{index}/{station}{serial}{yy}")})


# --- deadline rules --------------------------------------------------------------------------------


def test_periods_change_together_and_the_shipped_one_comes_back(registry: Registry) -> None:
    service = DeadlineRuleService(registry.store)
    rules = {r.code: r for r in service.update_periods([
        PeriodChange("pretrial_consideration", 15, PeriodUnit.WORKING_DAYS),
        PeriodChange("seller_answer", 240, PeriodUnit.HOURS),
    ])}
    assert (rules["pretrial_consideration"].amount, rules["pretrial_consideration"].is_default) == (15, False)
    assert (rules["seller_answer"].unit, rules["seller_answer"].is_default) == (PeriodUnit.HOURS, False)
    registered = datetime(2025, 3, 20, 6, 0, tzinfo=UTC)
    assert service.due_for(AppealKind.PRETRIAL_SETTLEMENT, registered)[1].due == date(2025, 4, 15)  # type: ignore[index]
    restored = service.restore_default("pretrial_consideration")
    assert (restored.amount, restored.unit, restored.is_default) == (30, PeriodUnit.CALENDAR_DAYS, True)
    with pytest.raises(ValidationError) as refused:
        service.update_periods([PeriodChange("seller_answer", 5, PeriodUnit.CALENDAR_DAYS),
                                PeriodChange("refusal_decision", 0, PeriodUnit.WORKING_DAYS)])
    assert issue_fields(refused) == {"rules.refusal_decision.amount": "field.out_of_range"}
    with pytest.raises(NotFoundError):
        service.update_periods([PeriodChange("seller_answer", 5, PeriodUnit.CALENDAR_DAYS),
                                PeriodChange("nonexistent", 5, PeriodUnit.CALENDAR_DAYS)])
    assert next(r for r in service.rules() if r.code == "seller_answer").amount == 240  # all or nothing
    with pytest.raises(NotFoundError):
        service.restore_default("nonexistent")


# --- the working-day calendar ----------------------------------------------------------------------


def test_corrections_are_saved_and_removed_as_one(registry: Registry) -> None:
    service = CalendarService(registry.store)
    service.set_day(date(2025, 1, 3), is_working=False, note="old")
    saved = service.save_corrections(
        [CalendarCorrection(date(2025, 7, 5), True, " Working Saturday "),  # a Saturday made working
         CalendarCorrection(date(2025, 7, 4), False, None)],  # a Friday made a day off
        [date(2025, 1, 3)],
    )
    assert saved == [CalendarCorrection(date(2025, 7, 4), False, None),
                     CalendarCorrection(date(2025, 7, 5), True, "Working Saturday")]
    calendar = service.calendar()
    assert calendar.is_working_day(date(2025, 7, 5)) and not calendar.is_working_day(date(2025, 7, 4))
    with pytest.raises(ValidationError) as refused:
        service.save_corrections(
            [CalendarCorrection(date(2025, 7, 14), True, None),  # a Monday is a working day anyway
             CalendarCorrection(date(2025, 7, 12), True, "x" * 301)],
            [date(2025, 7, 4)],
        )
    assert issue_fields(refused) == {"corrections.2025-07-14.day": "calendar.no_change",
                                     "corrections.2025-07-12.note": "field.too_long"}
    assert len(service.corrections()) == 2  # the removal was not made either


def test_public_holidays_of_a_year(registry: Registry) -> None:
    holidays = CalendarService(registry.store).public_holidays(2025)
    by_day = {h.day: h for h in holidays}
    assert by_day[date(2025, 3, 21)].name == "Nowruz Holiday"
    assert by_day[date(2025, 3, 24)].observed
    assert by_day[date(2025, 1, 3)].substituted_from == date(2025, 1, 5)
    assert by_day[date(2025, 6, 6)].name == "Eid al-Adha"
    assert all(h.day.year == 2025 for h in holidays)
    with pytest.raises(ValidationError):
        CalendarService(registry.store).public_holidays(1800)
