"""The quarterly information (cl. 9, R14) and the public register of respondents (cl. 6, R20, R55):
the figures equal a count made here in Python from the cards and results this test created (not the
report's SQL), on SQLite and PostgreSQL; quarters, deadlines and the reminder; template errors; no
personal data in the public register."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from clerk_app.domain.accounts import Role
from clerk_app.domain.control import ControlResult, RefusalReason
from clerk_app.domain.quarterly import (
    KIND_CODES,
    RESULT_CODES,
    UNSPECIFIED,
    Quarter,
    deadline_reminder,
    last_finished,
)
from clerk_app.domain.quarterly_template import DEFAULT_TEMPLATE, load_template
from clerk_app.errors import ClerkError, PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.public_register import PublicRegisterService, to_csv
from clerk_app.services.quarterly import QuarterlyService, to_dict
from clerk_app.services.registry import Registry
from storage.models import Card, CardControl
from tests.factories import REAL_BINS, incoming, record_transfer_consent, valid_iin

CLERK, BOSS = Actor("clerk"), Actor("supervisor")
Q = Quarter(2025, 3)  # 1 July – 30 September 2025, Astana; 00:00 Astana is 19:00 UTC the day before
Q_START = datetime(2025, 6, 30, 19, 0, tzinfo=UTC)
Q_END = datetime(2025, 9, 30, 19, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
IE_IIN = valid_iin("780315", 3, 7)  # an individual entrepreneur (a natural person) as a respondent

# respondents: (name, BIN/IIN, field of activity)
RESPONDENTS = [
    ("«Технодом» ЖШС", REAL_BINS[0], "retail"),
    ("«Қазақтелеком» АҚ", REAL_BINS[1], "telecom"),
    ("ТОО «Air Astana»", REAL_BINS[2], None),  # no field recorded: "unspecified"
    ("ИП Сейтқалиев Бауыржан", IE_IIN, "household_services"),
]
APPLICANTS = [("Әбдірахманов", "Ерлан", valid_iin("900101", 3, 1), "+7 701 123 45 67", "erlan@example.kz"),
              ("Жұмабекова", "Айгүл", valid_iin("850607", 4, 2), "+7 702 555 11 22", "aigul@example.kz")]


@dataclass(frozen=True)
class Spec:
    kind: str | None
    respondent: int | None  # index into RESPONDENTS
    claimed: str | None  # tenge
    registered_at: datetime
    result: ControlResult | None = None
    reason: RefusalReason | None = None
    recovered: str | None = None
    resolved_at: datetime | None = None
    reopened: bool = False  # resolved, then reopened: no standing result


SPECS = [
    Spec("seller_claim", 0, "125000.50", Q_START, ControlResult.SATISFIED, recovered="125000.50",
         resolved_at=Q_START + timedelta(days=20)),
    Spec("seller_claim", 0, "10000", Q_START - SECOND),  # the last second of Q2: pending at Q3's end
    Spec("seller_claim", 1, None, Q_START - timedelta(days=40), ControlResult.PARTIALLY_SATISFIED,
         recovered="3000.25", resolved_at=Q_START + timedelta(days=3)),  # received in Q2, considered in Q3
    Spec("pretrial_settlement", 1, "50000", Q_START + timedelta(days=30), ControlResult.REFUSED,
         RefusalReason.NO_VIOLATION, resolved_at=Q_END - SECOND),
    Spec("pretrial_settlement", 2, "7000", Q_START + timedelta(days=31), ControlResult.REFUSED,
         RefusalReason.COURT_MATTER, resolved_at=Q_END),  # result on the first second of Q4: pending
    Spec("pretrial_settlement", 3, "999.99", Q_START + timedelta(days=40), ControlResult.NOT_SATISFIED,
         resolved_at=Q_START + timedelta(days=50)),
    Spec("game_prize_claim", 3, "2500", Q_END - SECOND, ControlResult.WITHDRAWN, resolved_at=Q_END + timedelta(days=2)),
    Spec("state_measures_seller", None, None, Q_START + timedelta(days=5), ControlResult.LEFT_WITHOUT_CONSIDERATION,
         resolved_at=Q_START + timedelta(days=6)),
    Spec("public_association", 2, "1000", Q_START + timedelta(days=7), ControlResult.FORWARDED,
         resolved_at=Q_START + timedelta(days=8)),
    Spec(None, 0, "40", Q_START + timedelta(days=9)),  # no kind (an older card): "unspecified", pending
    Spec("other", 1, "300", Q_START + timedelta(days=10), ControlResult.SATISFIED, resolved_at=Q_START + timedelta(days=11),
         reopened=True),  # reopened: pending
    Spec("seller_claim", 0, "77", Q_END),  # Q4: not counted at all
    Spec("seller_claim", 1, "88", Q_START - timedelta(days=100), ControlResult.SATISFIED, recovered="88",
         resolved_at=Q_START - SECOND),  # considered in Q2: neither considered nor pending in Q3
]


def _tiyn(tenge: str | None) -> int:
    return int(Decimal(tenge) * 100) if tenge else 0


def _make(registry: Registry, spec: Spec, index: int) -> uuid.UUID:
    surname, given, iin, phone, email = APPLICANTS[index % len(APPLICANTS)]
    respondent = None
    if spec.respondent is not None:
        name, number, activity = RESPONDENTS[spec.respondent]
        respondent = {"name": name, "role": "seller", "bin_or_iin": number, **({"activity": activity} if activity else {})}
    data = incoming(kind=spec.kind or "other", respondent=respondent, claimed_amount=spec.claimed,
                    correspondent_number=f"Q-{index}", applicants=[{
                        "type": "natural_person", "surname": surname, "given_name": given, "iin": iin,
                        "phone": phone, "email": email, "address": "Астана, Абай даңғылы, 10"}])
    card = registry.registration.register_json(data, CLERK, confirm_duplicate=True)
    if spec.result is not None:
        if spec.result is ControlResult.FORWARDED:
            record_transfer_consent(registry, card.number)
        registry.control.resolve(
            card.number, spec.result, BOSS, refusal_reason=spec.reason,
            reason="Түсіндірілді / Разъяснено" if spec.reason else None,
            forwarded_to="Сауда министрлігі" if spec.result is ControlResult.FORWARDED else None,
            outgoing_number="12-Ш" if spec.result is ControlResult.FORWARDED else None,
            recovered_amount=spec.recovered,
        )
        if spec.reopened:
            registry.control.reopen(card.number, "Заявитель не согласен", BOSS)
    with registry.store.write() as session:  # the moments the test needs, as if registered and resolved then
        # a card of an older store may have no kind (registration requires one now)
        session.execute(update(Card).where(Card.id == card.id).values(registered_at=spec.registered_at, kind=spec.kind))
        if spec.resolved_at is not None and not spec.reopened:
            session.execute(update(CardControl).where(CardControl.card_id == card.id)
                            .values(resolved_at=spec.resolved_at))
    return card.id


@pytest.fixture
def filled(registry: Registry) -> Registry:
    for index, spec in enumerate(SPECS):
        _make(registry, spec, index)
    registry.references.save_own_body({"name": "«Тұтынушылар одағы» ҚБ", "body_type": "consumer_association",
                                       "bin": REAL_BINS[4], "head": "Нұрланов Д."})
    return registry


def _independent(specs: list[Spec]) -> dict[str, dict[str, dict[str, int]]]:
    """The figures counted here, spec by spec, from the definitions in docs/quarterly.md."""
    kinds = {c: dict.fromkeys(("received", "claimed_received_tiyn", "considered", "claimed_considered_tiyn",
                               "recovered_tiyn", "pending"), 0) for c in KIND_CODES}
    activities: dict[str, dict[str, int]] = {}
    results = {c: dict.fromkeys(("considered", "claimed_considered_tiyn", "recovered_tiyn"), 0) for c in RESULT_CODES}
    for s in specs:
        kind = s.kind or UNSPECIFIED
        activity = (RESPONDENTS[s.respondent][2] if s.respondent is not None else None) or UNSPECIFIED
        rows = [kinds[kind], activities.setdefault(activity, dict.fromkeys(kinds[kind], 0))]
        standing = s.resolved_at if not s.reopened else None
        for row in rows:
            if Q_START <= s.registered_at < Q_END:
                row["received"] += 1
                row["claimed_received_tiyn"] += _tiyn(s.claimed)
            if standing is not None and Q_START <= standing < Q_END:
                row["considered"] += 1
                row["claimed_considered_tiyn"] += _tiyn(s.claimed)
                row["recovered_tiyn"] += _tiyn(s.recovered)
            if s.registered_at < Q_END and (standing is None or standing >= Q_END):
                row["pending"] += 1
        if standing is not None and Q_START <= standing < Q_END:
            assert s.result is not None
            codes = [s.result.value] + ([f"refused.{s.reason.value}"] if s.reason else [])
            for code in codes:
                results[code]["considered"] += 1
                results[code]["claimed_considered_tiyn"] += _tiyn(s.claimed)
                results[code]["recovered_tiyn"] += _tiyn(s.recovered)
    return {"by_kind": kinds, "by_activity": activities, "by_result": results}


def test_the_figures_equal_an_independent_count(filled: Registry) -> None:
    report = QuarterlyService(filled.store).report(2025, 3, BOSS)
    expected = _independent(SPECS)
    data = to_dict(report)
    for section in ("by_kind", "by_result"):
        got = {row.pop("code"): row for row in data["sections"][section]}
        assert got == expected[section], section
    got_activity = {row.pop("code"): row for row in data["sections"]["by_activity"] if any(row[k] for k in row if k != "code")}
    assert got_activity == {k: v for k, v in expected["by_activity"].items() if any(v.values())}
    totals = {k: sum(r[k] for r in expected["by_kind"].values()) for k in data["totals"]}
    assert data["totals"] == totals
    # the fixture's own arithmetic, so that a wrong definition on both sides is seen too
    assert totals["received"] == 9 and totals["considered"] == 6 and totals["pending"] == 5
    assert totals["recovered_tiyn"] == 12_500_050 + 300_025
    assert data["body"] == {"name": "«Тұтынушылар одағы» ҚБ", "bin": REAL_BINS[4]}
    assert data["schema_version"] == 1 and data["deadline"] == "2025-10-30"
    assert report.body.head == "Нұрланов Д."


def test_json_is_written_whole_with_codes(filled: Registry, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "q.json"
    QuarterlyService(filled.store).save_json(2025, 3, out, BOSS)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "clerk-app/quarterly-information" and data["amount_unit"] == "tiyn"
    assert [r["code"] for r in data["sections"]["by_kind"]] == list(KIND_CODES)
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.json"]  # no staged file left
    text = out.read_text(encoding="utf-8")
    for applicant in APPLICANTS:
        for value in applicant:
            assert value not in text


def test_reports_need_the_reports_permission(registry: Registry) -> None:
    clerk = Actor("clerk", roles=frozenset({Role.CLERK}))
    with pytest.raises(PermissionDeniedError):
        QuarterlyService(registry.store).report(2025, 3, clerk)
    with pytest.raises(PermissionDeniedError):
        PublicRegisterService(registry.store).register(date(2025, 1, 1), date(2025, 12, 31), clerk)
    supervisor = Actor("boss", roles=frozenset({Role.SUPERVISOR}))
    assert QuarterlyService(registry.store).report(2025, 3, supervisor).totals.received == 0


def test_bad_quarters_are_refused_with_a_code() -> None:
    for year, number in ((2025, 0), (2025, 5), (1999, 1)):
        with pytest.raises(ValidationError) as caught:
            Quarter(year, number)
        assert caught.value.code == "quarterly.bad_quarter"


def test_quarters_and_deadlines() -> None:
    assert [Quarter(2026, n).deadline for n in (1, 2, 3, 4)] == [
        date(2026, 4, 30), date(2026, 7, 30), date(2026, 10, 30), date(2027, 1, 30)]
    assert (Quarter(2024, 1).first_day, Quarter(2024, 1).last_day) == (date(2024, 1, 1), date(2024, 3, 31))
    assert Quarter(2026, 4).last_day == date(2026, 12, 31) and Quarter(2026, 4).next == Quarter(2027, 1)
    assert last_finished(date(2027, 1, 5)) == Quarter(2026, 4)
    assert last_finished(date(2026, 4, 1)) == Quarter(2026, 1)


def test_the_reminder_from_ten_days_before_until_the_deadline_or_sent() -> None:
    assert deadline_reminder(date(2026, 4, 19), set()) is None  # 11 days before
    first = deadline_reminder(date(2026, 4, 20), set())
    assert first is not None and first.quarter == Quarter(2026, 1) and first.days_left == 10
    last = deadline_reminder(date(2026, 4, 30), set())
    assert last is not None and last.days_left == 0 and last.deadline == date(2026, 4, 30)
    assert deadline_reminder(date(2026, 5, 1), set()) is None  # passed
    assert deadline_reminder(date(2026, 4, 25), {"2026-Q1"}) is None  # marked sent
    january = deadline_reminder(date(2027, 1, 25), {"2026-Q3"})
    assert january is not None and january.quarter == Quarter(2026, 4) and january.days_left == 5


def test_marking_sent_stops_the_reminder(registry: Registry) -> None:
    service = QuarterlyService(registry.store)
    assert service.reminder(date(2026, 7, 25)) is not None
    service.mark_sent(2026, 2, BOSS)
    assert service.reminder(date(2026, 7, 25)) is None
    assert service.sent_quarters() == {"2026-Q2"}


def test_the_default_template_lists_every_row() -> None:
    template = load_template()
    assert template.source == str(DEFAULT_TEMPLATE)
    by_code = {s.code: s for s in template.sections}
    assert set(by_code["by_result"].rows) == {*RESULT_CODES, "total"}
    assert set(by_code["by_kind"].rows) == {*KIND_CODES, "total"}


@pytest.mark.parametrize(("content", "code", "where"), [
    (None, "quarterly.template_unreadable", None),
    ("{not json", "quarterly.template_unreadable", None),
    ('[1, 2]', "quarterly.template_invalid", "(top)"),
    ('{"format": "clerk-app/quarterly-template", "version": 2, "sections": []}', "quarterly.template_invalid", "version"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": []}', "quarterly.template_invalid", "sections"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "by_kind", '
     '"rows": ["seller_claim", "hotels"]}]}', "quarterly.template_invalid", "sections[0].rows[1]"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "by_result", '
     '"columns": ["received"]}]}', "quarterly.template_invalid", "sections[0].columns[0]"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "totals", '
     '"title": {"de": "Summen"}}]}', "quarterly.template_invalid", "sections[0].title.de"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "totals"}], '
     '"signature": [{"code": "text"}]}', "quarterly.template_invalid", "signature[0].title"),
    ('{"format": "clerk-app/quarterly-template", "version": 1, "sections": [{"code": "totals"}], "colour": 1}',
     "quarterly.template_invalid", "(top)"),
])
def test_a_bad_template_is_refused_with_a_code_and_the_place(
    tmp_path: Path, content: str | None, code: str, where: str | None
) -> None:
    path = tmp_path / "template.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ClerkError) as caught:
        load_template(path)
    assert caught.value.code == code and str(path) in caught.value.message
    if where is not None:
        assert caught.value.params["where"] == where


def test_a_template_of_the_body_s_own(tmp_path: Path) -> None:
    path = tmp_path / "own.json"
    path.write_text(json.dumps({
        "format": "clerk-app/quarterly-template", "version": 1, "title": {"kk": "Тоқсандық ақпарат", "ru": "Информация"},
        "sections": [{"code": "by_result", "rows": ["refused", "total"], "columns": ["considered"],
                      "row_titles": {"refused": {"ru": "Отказано"}}}],
        "signature": [{"code": "text", "title": {"ru": "Бухгалтер"}}],
    }, ensure_ascii=False), encoding="utf-8")
    template = load_template(path)
    assert template.sections[0].rows == ("refused", "total") and template.sections[0].columns == ("considered",)
    assert template.sections[0].row_titles["refused"] == {"ru": "Отказано"}
    assert template.signature[0].title == {"ru": "Бухгалтер"}


def test_the_public_register_names_companies_and_no_person(filled: Registry) -> None:
    register = PublicRegisterService(filled.store).register(Q.first_day, Q.last_day, BOSS)
    in_period = [s for s in SPECS if Q_START <= s.registered_at < Q_END and s.respondent is not None]
    by_name: dict[str, int] = {}
    for s in in_period:
        name, number, _ = RESPONDENTS[s.respondent]  # type: ignore[index]
        key = name if number != IE_IIN else "individual_entrepreneur"
        by_name[key] = by_name.get(key, 0) + 1
    assert {r.name: r.appeals for r in register.respondents} == by_name
    technodom = next(r for r in register.respondents if r.bin == REAL_BINS[0])
    assert technodom.activity == "retail" and technodom.by_kind["seller_claim"] == 1 and technodom.by_kind["unspecified"] == 1
    assert technodom.by_result["satisfied"] == 1 and technodom.by_result["pending"] == 1
    person = next(r for r in register.respondents if r.depersonalised)
    assert person.bin is None and person.activity == UNSPECIFIED
    text = to_csv(register)
    assert IE_IIN not in text and "Сейтқалиев" not in text
    for surname, given, iin, phone, email in APPLICANTS:
        for value in (surname, given, iin, phone, email):
            assert value not in text
    assert REAL_BINS[0] in text and "«Технодом» ЖШС" in text


def test_the_public_register_refuses_a_reversed_period(registry: Registry) -> None:
    with pytest.raises(ValidationError) as caught:
        PublicRegisterService(registry.store).register(date(2025, 2, 1), date(2025, 1, 1), BOSS)
    assert caught.value.code == "export.bad_period"


def test_a_template_text_in_another_language_does_not_replace_the_translated_one() -> None:
    from clerk_app.domain.quarterly_template import text_in

    assert text_in({"en": "Quarterly report", "ru": "Отчёт"}, "ru") == "Отчёт"
    assert text_in({"en": "Quarterly report"}, "kk") is None  # the built-in Kazakh title stays
    assert text_in({"en": "Chief accountant"}, "kk", fallback_to_any=True) == "Chief accountant"
    assert text_in({"ru": "Главный бухгалтер"}, "kk", fallback_to_any=True) == "Главный бухгалтер"
