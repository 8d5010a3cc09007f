"""The inputs review (issue 6, deliverable 8; docs/inputs.md): hostile text goes through
registration, full-text, attribute and name search, the CLI's list filters and the settings, and is
stored and found literally with every table intact; outside file names never become paths; no code
opens a file in an external program by itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.cli.main import main
from clerk_app.domain.card_query import CardQuery
from clerk_app.errors import ClerkError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin

ACTOR = Actor("clerk")
ROOT = Path(__file__).resolve().parents[2]
INJECTION = "'; DROP TABLE card; --"
HOSTILE_NAMES = [  # (surname, given name): each stored and found as typed
    ("O'Brien", "D'Arcy"),
    ("Robert'); DROP TABLE card_applicant;--", "Bobby"),
    ("Процент%", "Под_черк"),
    ("Қ\u200fұрманғали\u200e", "Әсел"),  # right-to-left and left-to-right marks inside a Kazakh name
    ('Back\\slash"Quote', "Ы" * 190),
]
SUMMARY = f"Жалоба {INJECTION} 100% скидка_обман \"кавычки\" \\N и ёлка; ORDER BY 1 /* */ UNION SELECT"


def _tables(registry: Registry) -> set[str]:
    return set(sa.inspect(registry.store.engine).get_table_names())


def test_hostile_text_is_stored_and_found_literally(registry: Registry) -> None:
    before = _tables(registry)
    cards = {}
    for index, (surname, given) in enumerate(HOSTILE_NAMES):
        card = registry.registration.register_json(incoming(
            summary=SUMMARY, notes=INJECTION,
            applicants=[{"type": "natural_person", "surname": surname, "given_name": given,
                         "iin": valid_iin(serial=index + 1)}],
            respondent={"name": f"«{surname}» ЖШС", "role": "seller"},
        ), ACTOR, confirm_duplicate=True)
        cards[surname] = card
        stored = registry.cards.get(card.number)
        assert (stored.summary, stored.notes) == (SUMMARY, INJECTION)
        assert (stored.applicants[0].surname, stored.applicants[0].given_name) == (surname, given)
    # attribute search by name: a prefix with quotes, % and _ matches only itself
    for surname, _ in HOSTILE_NAMES:
        found = registry.cards.find(CardQuery(applicant_name=surname)).rows
        assert [r.number for r in found] == [cards[surname].number], surname
    assert registry.cards.find(CardQuery(applicant_name="%")).rows == ()
    assert registry.cards.find(CardQuery(applicant_name="_")).rows == ()
    assert [r.number for r in registry.cards.find(CardQuery(respondent_name="Процент%")).rows] == [
        cards["Процент%"].number]
    assert registry.cards.find(CardQuery(respondent_name="%%")).rows == ()
    assert {r.name for r in registry.references.find_respondents("%")} == {"«Процент%» ЖШС"}
    assert {r.name for r in registry.references.find_respondents("_")} == {  # the one name with an underscore
        "«Robert'); DROP TABLE card_applicant;--» ЖШС"}
    # full-text search: hostile queries are words to look for, never syntax
    for query in (INJECTION, '"', "'", "*", "NEAR(a b)", "a OR b", "-", "\\", "%", "_", "ёлка\x00", "Ы" * 5000,
                  "\u200f", "ORDER BY 1", "!'c':*", ") & ( 'x"):
        try:
            registry.search.search(query)
        except ClerkError as refused:  # nothing to look for in it: said so, not a crash
            assert refused.code == "search.query_not_understood", query
    hits = registry.search.search("O'Brien")
    assert cards["O'Brien"].number in {h.number for h in hits}
    assert len(registry.search.search("UNION SELECT")) == len(HOSTILE_NAMES)  # the words, in every summary
    assert _tables(registry) == before
    assert registry.settings.card_count() == len(HOSTILE_NAMES)


def test_control_characters_are_refused_with_the_field_named(registry: Registry) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.registration.register_json(incoming(summary="NUL\x00inside"), ACTOR)
    assert refused.value.field == "summary"
    assert registry.settings.card_count() == 0


def test_settings_keep_hostile_text_literally(registry: Registry) -> None:
    from datetime import date

    registry.calendar.set_day(date(2026, 3, 7), is_working=True, note=INJECTION + " 100% _")
    assert [c.note for c in registry.calendar.corrections()] == [INJECTION + " 100% _"]
    with pytest.raises(ClerkError):
        registry.settings.set_station_code(INJECTION)
    assert registry.settings.station_code() != INJECTION
    person = registry.breaches.set_responsible_person({"name": INJECTION, "email": "pd@body.kz"}, ACTOR)
    assert registry.breaches.responsible_person() == person and person.name == INJECTION


def test_cli_list_filters_refuse_hostile_values_and_keep_the_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "store"
    registry = Registry.open(data_dir=data_dir)
    registry.registration.register_json(incoming(), ACTOR)
    registry.close()
    assert main(["--data-dir", str(data_dir), "list", "--journal", INJECTION]) == 1
    assert "journal" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # not one of the kinds: a usage error before any store is opened
        main(["--data-dir", str(data_dir), "list", "--kind", "x' OR '1'='1"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "reference", "list", "respondents", "--find", "%' OR 1=1 --"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


# --- file names -------------------------------------------------------------------------------------------


def test_the_blob_store_never_joins_outside_text(registry: Registry) -> None:
    blobs = registry.copies.blobs
    for outside in ("../../etc/passwd", "..\\..\\evil.pdf", "CON", "a" * 64 + "/../x", "A" * 64, "0" * 63):
        with pytest.raises(ValueError):
            blobs.path_of(outside)
    digest = "ab" * 32
    assert blobs.path_of(digest).relative_to(blobs.root).parts == ("ab", "ab", digest)


def test_an_attachment_keeps_its_original_name_only_as_text(registry: Registry, tmp_path: Path) -> None:
    from tests import corpus

    card = registry.registration.register_json(incoming(), ACTOR)
    folder = tmp_path / "in"
    folder.mkdir()
    scan = folder / "..%2F..%2Fevil CON.jpg"
    scan.write_bytes(corpus.accepted()["jpeg_baseline.jpg"][0]())
    report = registry.copies.attach(card.number, [scan], registry_role(), ACTOR)
    copy = report.attached[0]
    assert copy.original_name == scan.name
    stored = registry.copies.blobs.stored_path(copy.sha256)
    assert stored.is_relative_to(registry.copies.blobs.root) and scan.name not in str(stored)


def registry_role():  # type: ignore[no-untyped-def]
    from clerk_app.domain.enums import CopyRole

    return CopyRole.APPEAL


# --- no file is opened in an external program by itself ----------------------------------------------------

# Calls that hand a file or folder to the desktop. Each allowed use is an explicit user action.
_OPENERS = re.compile(r"QDesktopServices\.openUrl|os\.startfile|xdg-open|\bopen -a\b|subprocess\.|os\.system|webbrowser\.")
_ALLOWED = {
    ("ui/settings_data.py", "QDesktopServices.openUrl"),  # Settings › Data: the "Open folder" button (the data folder)
    ("ui/i18n_build.py", "subprocess."),  # the build step runs lrelease/lupdate; not part of the running app
}


def test_no_code_opens_files_in_external_programs_by_itself() -> None:
    found = set()
    for folder in ("ui", "clerk_app", "storage"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for match in _OPENERS.finditer(text):
                found.add((path.relative_to(ROOT).as_posix(), match.group()))
    assert found - _ALLOWED == set(), "a new way to open files outside the app: make it an explicit action"
    assert found >= {("ui/settings_data.py", "QDesktopServices.openUrl")}  # the scan does see the known one
