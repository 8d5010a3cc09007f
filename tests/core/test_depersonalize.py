"""Depersonalization of statistics (R55): the whitelist, small-cell suppression, the last guard, and
the statistics export on SQLite and PostgreSQL, checked on the raw bytes written."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from clerk_app.cli.main import main
from clerk_app.domain.accounts import Role
from clerk_app.domain.depersonalize import (
    INDIVIDUAL_ENTREPRENEUR,
    NOT_NAMED,
    CardFacts,
    FindingKind,
    Granularity,
    NameIndex,
    Table,
    depersonalize,
    find_personal_data,
    name_words,
    suppress_small,
)
from clerk_app.domain.text_folding import fold_token
from clerk_app.errors import ClerkError, PermissionDeniedError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming, valid_iin

TRUSTED = Actor("clerk")
SUPERVISOR = Actor("boss", roles=frozenset({Role.SUPERVISOR}))
PEOPLE = [  # surname, given name, IIN, phone, e-mail: none of it may leave in statistics
    ("Жұмабекова", "Аружан", valid_iin("880412", 4, 3), "+7 701 555 12 34", "aruzhan@mail.kz"),
    ("Ким", "Виктор", valid_iin("750101", 3, 8), "8 (727) 250-11-22", "kim.v@inbox.kz"),
    ("Сейітов", "Нұрлан", valid_iin("990228", 3, 4), "+77025550000", "nurlan@example.kz"),
    ("Оспанова", "Дана", valid_iin("010101", 5, 6), "+7 747 000 11 22", "dana@example.kz"),
    ("Петров", "Игорь", valid_iin("650505", 3, 9), "+7 705 123 00 99", "petrov@example.kz"),
    ("Әлиев", "Марат", valid_iin("830909", 3, 2), "+7 777 321 54 76", "marat@example.kz"),
    ("Брагина", "Ольга", valid_iin("920620", 4, 7), "+7 700 987 65 43", "olga.b@example.kz"),
]
ENTREPRENEUR_IIN = valid_iin("800808", 3, 15)


def _card(person: tuple[str, str, str, str, str], kind: str, respondent: dict[str, Any]) -> dict[str, Any]:
    surname, given, iin, phone, email = person
    return incoming(
        kind=kind, summary=f"{surname} {given} жалобу подаёт, адрес ул. Абая 5",
        notes=f"звонить {phone}", applicants=[{
            "type": "natural_person", "surname": surname, "given_name": given, "iin": iin,
            "address": "Алматы, Абай даңғылы, 1", "phone": phone, "email": email,
        }], respondent=respondent,
    )


def _fill(registry: Registry) -> None:
    company = {"name": "«Технодом» ЖШС", "role": "seller", "bin_or_iin": REAL_BINS[0]}
    entrepreneur = {"name": "ИП Ахметов Б.", "role": "seller", "bin_or_iin": ENTREPRENEUR_IIN}
    for index, person in enumerate(PEOPLE):
        kind = "pretrial_settlement" if index < 5 else "seller_claim"
        registry.registration.register_json(_card(person, kind, entrepreneur if index >= 5 else company), TRUSTED,
                                            confirm_duplicate=True)


# --- the rules ---------------------------------------------------------------------------------------------


def _facts(**overrides: Any) -> CardFacts:
    values: dict[str, Any] = dict(
        registered_at=datetime(2026, 3, 31, 20, 30, tzinfo=UTC), direction="incoming", kind="seller_claim",
        appeal_type="complaint", form="written", channel="post", is_collective=False, control_status="assigned",
        result=None, respondent_name="«Технодом» ЖШС", respondent_number=REAL_BINS[0],
    )
    values.update(overrides)
    return CardFacts(**values)


def test_a_record_keeps_the_month_and_legal_entities_only() -> None:
    record = depersonalize(_facts())
    assert record.period == "2026-04"  # 20:30 UTC on 31 March is 1 April in Astana
    assert (record.respondent, record.respondent_bin, record.result) == ("«Технодом» ЖШС", REAL_BINS[0], "unspecified")
    assert depersonalize(_facts(), Granularity.DAY).period == "2026-04-01"
    person = depersonalize(_facts(respondent_name="ИП Ахметов Б.", respondent_number=ENTREPRENEUR_IIN))
    assert (person.respondent, person.respondent_bin) == (INDIVIDUAL_ENTREPRENEUR, "")
    assert depersonalize(_facts(respondent_name="Ахметов Б.", respondent_number=None)).respondent == NOT_NAMED
    assert depersonalize(_facts(respondent_name="ИП Ахметов ТОО", respondent_number=None)).respondent == NOT_NAMED
    assert depersonalize(_facts(respondent_name="ТОО «Береке»", respondent_number=None)).respondent == "ТОО «Береке»"


def test_small_cells_are_suppressed_and_cannot_be_computed_back() -> None:
    table = Table("t", ("kind",), ((("a",), 5), (("b",), 2), (("c",), 9)))
    assert suppress_small(table) == [(("a",), ">=3"), (("b",), "<3"), (("c",), 9)]
    two_small = Table("t", ("kind",), ((("a",), 1), (("b",), 2), (("c",), 9)))
    assert suppress_small(two_small) == [(("a",), "<3"), (("b",), "<3"), (("c",), 9)]
    assert suppress_small(table, 6) == [(("a",), "<6"), (("b",), "<6"), (("c",), 9)]
    assert suppress_small(table, 1) == [(("a",), 5), (("b",), 2), (("c",), 9)]


def test_the_guard_finds_iins_phones_emails_and_names_but_not_bins() -> None:
    names = NameIndex.of([("Жұмабекова", "Аружан"), ("Ли", "Ким")])
    text = "\n".join([
        "by_respondent,,,,«Технодом» ЖШС," + REAL_BINS[0] + ",12",  # a BIN is no person
        "x," + PEOPLE[0][2] + ",1",
        "call 8 (727) 250-11-22",
        "write aruzhan@mail.kz",
        "ЖҰМАБЕКОВА was here",
        "Ким Ли",  # a short surname only as a full name
        "Ли alone, 2026-03, 123456789012",  # an invalid 12-digit number is no IIN
    ])
    assert [(f.kind, f.line) for f in find_personal_data(text, names)] == [
        (FindingKind.IIN, 2), (FindingKind.PHONE, 3), (FindingKind.EMAIL, 4), (FindingKind.NAME, 5),
        (FindingKind.NAME, 6),
    ]
    assert find_personal_data("period,appeals\n2026-03,<3\n") == []


# --- the export ----------------------------------------------------------------------------------------------


def _period() -> tuple[date, date]:
    today = astana_today()
    return today - timedelta(days=1), today + timedelta(days=1)


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_the_export_holds_no_personal_data_and_counts_right(registry: Registry, tmp_path: Path, suffix: str) -> None:
    _fill(registry)
    first, last = _period()
    out = tmp_path / f"stats.{suffix}"
    result = registry.statistics.export(first, last, out, SUPERVISOR)
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    for surname, given, iin, phone, email in PEOPLE:
        for value in (surname, given, iin, phone, email, surname.upper()):
            assert value.encode("utf-8") not in raw, value
    for value in (ENTREPRENEUR_IIN, "Ахметов", "Абая", "Абай", "звонить", "жалобу"):
        assert value.encode("utf-8") not in raw, value
    assert "«Технодом» ЖШС" in text and REAL_BINS[0] in text and INDIVIDUAL_ENTREPRENEUR in text
    # independent count, straight from the table
    with registry.store.engine.connect() as conn:
        by_kind = dict(conn.execute(sa.text("SELECT kind, count(*) FROM card WHERE direction = 'incoming' GROUP BY kind")).all())
    assert by_kind == {"pretrial_settlement": 5, "seller_claim": 2} and result.appeals == 7
    if suffix == "csv":
        rows = {tuple(line.split(",")[:2] + [line.split(",")[2]]): line.split(",")[-1]
                for line in text.splitlines()[1:]}
        assert rows[("total", "", "")] == "7"
        assert rows[("by_kind", "", "pretrial_settlement")] == ">=3"  # else 7 - 5 gives the small one back
        assert rows[("by_kind", "", "seller_claim")] == "<3"
    else:
        data = json.loads(text)
        assert data["appeals"] == 7 and data["depersonalised"] is True and data["small_cells_below"] == 3
        assert {r["kind"]: r["appeals"] for r in data["tables"]["by_kind"]} == {
            "pretrial_settlement": ">=3", "seller_claim": "<3"}
        respondents = {r["respondent"]: r["appeals"] for r in data["tables"]["by_respondent"]}
        assert respondents == {"«Технодом» ЖШС": ">=3", INDIVIDUAL_ENTREPRENEUR: "<3"}
    with_k1 = registry.statistics.statistics(first, last, SUPERVISOR, threshold=1)
    assert dict((k[0], c) for k, c in with_k1.tables[1].rows) == {"pretrial_settlement": 5, "seller_claim": 2}


def test_a_company_named_like_an_applicant_does_not_stop_the_export(registry: Registry, tmp_path: Path) -> None:
    """Respondents are legal entities, published by design (R20): "ТОО Оспанова" is no finding even
    though an applicant is called Оспанова; only the respondent column is left out of the name check."""
    _fill(registry)
    registry.registration.register_json(_card(("Оспанова", "Дана", PEOPLE[3][2], PEOPLE[3][3], PEOPLE[3][4]),
                                              "other", {"name": "ТОО Оспанова", "role": "seller"}), TRUSTED,
                                        confirm_duplicate=True)
    first, last = _period()
    out = tmp_path / "stats.csv"
    registry.statistics.export(first, last, out, SUPERVISOR, threshold=1)
    assert "ТОО Оспанова" in out.read_text(encoding="utf-8")
    assert registry.audit.entries(after_seq=0, limit=10_000)[-1].object_type == "statistics"


def test_the_guard_refuses_a_poisoned_row_and_writes_nothing(registry: Registry, tmp_path: Path) -> None:
    _fill(registry)
    with registry.store.engine.begin() as conn:  # a name where only codes belong (a bug, a hand-edited row)
        conn.execute(sa.text("UPDATE card SET kind = 'Оспанова' WHERE kind = 'seller_claim'"))
    first, last = _period()
    out = tmp_path / "stats.csv"
    entries = len(registry.audit.entries(after_seq=0, limit=10_000))
    with pytest.raises(ClerkError) as refused:
        registry.statistics.export(first, last, out, SUPERVISOR)
    assert refused.value.code == "export.personal_data_found"
    assert refused.value.params["findings"][0]["kind"] == "name"
    assert "Оспанова" not in refused.value.message
    assert not list(tmp_path.glob("stats.csv*"))
    assert len(registry.audit.entries(after_seq=0, limit=10_000)) == entries  # nothing written, nothing recorded


def test_an_export_whose_audit_entry_fails_leaves_no_file(
    registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is committed before the file appears under its name: no statistics file unaudited."""
    from clerk_app.services import statistics_export

    _fill(registry)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit trail cannot be written")

    monkeypatch.setattr(statistics_export, "record_in", failing)
    first, last = _period()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        registry.statistics.export(first, last, folder / "stats.json", SUPERVISOR)
    assert list(folder.iterdir()) == []


def test_the_name_index_keeps_only_names_among_the_checked_words() -> None:
    names = [("Жұмабекова", "Аружан"), ("Ким", "Виктор"), ("Seller", "Claim")]
    words = name_words("table,period,kind\nby_kind,,seller_claim,3\n2026-03")
    assert "2026" not in words and "03" not in words
    index = NameIndex.of(names, among=words)
    seller, claim = fold_token("Seller"), fold_token("Claim")  # "seller_claim" holds both words
    assert index.surnames == {seller} and index.pairs == {(seller, claim), (claim, seller)}
    assert find_personal_data("by_kind,,seller_claim,3", index) != []
    everyone = NameIndex.of(names)
    assert fold_token("Жұмабекова") in everyone.surnames and fold_token("Жұмабекова") not in index.surnames


def test_names_are_looked_for_only_in_the_name_text_line_for_line() -> None:
    names = NameIndex.of([("Алтын", "Болат")])
    text = "by_respondent,ТОО Алтын,1\nby_kind,Алтын,2\n"
    blanked = "by_respondent,,1\nby_kind,Алтын,2\n"
    assert [(f.kind, f.line) for f in find_personal_data(text, names, name_text=blanked)] == [(FindingKind.NAME, 2)]
    assert [f.line for f in find_personal_data(text, names)] == [1, 2]


def test_the_export_needs_the_reports_permission_and_a_sane_period(registry: Registry, tmp_path: Path) -> None:
    first, last = _period()
    with pytest.raises(PermissionDeniedError):
        registry.statistics.export(first, last, tmp_path / "s.csv", Actor("c", roles=frozenset({Role.CLERK})))
    with pytest.raises(ClerkError) as reversed_period:
        registry.statistics.export(last, first, tmp_path / "s.csv", SUPERVISOR)
    assert reversed_period.value.code == "export.bad_period"
    with pytest.raises(ClerkError) as bad_format:
        registry.statistics.export(first, last, tmp_path / "s.xlsx", SUPERVISOR)
    assert bad_format.value.code == "export.bad_format"
    assert not list(tmp_path.glob("s.*"))


def test_export_stats_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = Registry.open(data_dir=tmp_path / "cli")
    try:
        _fill(registry)
    finally:
        registry.close()
    first, last = _period()
    out = tmp_path / "q.csv"
    code = main(["--data-dir", str(tmp_path / "cli"), "export", "stats", "--from", first.isoformat(), "--to",
                 last.isoformat(), "--out", str(out), "--threshold", "2"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {"out": str(out), "format": "csv", "appeals": 7, "rows": summary["rows"], "threshold": 2}
    assert "by_kind,,seller_claim,,,,2" in out.read_text(encoding="utf-8")
    assert all(p[2] not in out.read_text(encoding="utf-8") for p in PEOPLE)
