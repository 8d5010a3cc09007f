"""``clerk-app verify`` and ``clerk-app pd report`` as a user runs them (a real process), and the
entries the other commands leave in the audit trail (docs/audit.md)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from clerk_app.services.registry import Registry
from tests.core.test_cli import clerk, ok, refused
from tests.factories import REAL_BINS, incoming, valid_iin

IIN = valid_iin("850315", 3)


def _store_with_a_card(data: Path, db: str | None = None) -> str:
    appeal = incoming(applicants=[{"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан", "iin": IIN}])
    return str(ok(clerk(data, "register", "--input", "-", "--confirm-duplicate", stdin=json.dumps(appeal), db=db))["number"])


def _actions(data: Path) -> list[tuple[str, str, str]]:
    registry = Registry.open(data_dir=data)
    try:
        return [(e.action, e.object_type, e.user) for e in registry.audit.entries(limit=1000)]
    finally:
        registry.close()


def test_commands_leave_entries_and_verify_passes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _store_with_a_card(data)
    ok(clerk(data, "show", number))
    assert len(ok(clerk(data, "list"))) == 1
    assert len(ok(clerk(data, "search", "тоңазытқыш"))) == 1
    assert len(ok(clerk(data, "find", "--iin", IIN))) == 1
    assert ok(clerk(data, "find", "--iin", valid_iin("010101", 5))) == []  # nothing found, nothing written out
    assert _actions(data) == [
        ("create", "card", "cli.tester"), ("view", "card", "cli.tester"), ("export", "journal", "cli.tester"),
        ("export", "search", "cli.tester"), ("export", "search", "cli.tester"),
    ]
    result = ok(clerk(data, "verify", "--json"))
    assert result["ok"] and result["copies_checked"] == 0
    audit = result["audit"]
    assert (audit["ok"], audit["entries_checked"], audit["head_count"], audit["problems"]) == (True, 5, 5, [])
    assert len(audit["head_hash"]) == 64


def test_verify_exits_non_zero_on_a_changed_entry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store_with_a_card(data)
    _store_with_a_card(data)
    with sqlite3.connect(data / "registry.sqlite3") as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET user = 'mallory' WHERE seq = 2")
    result = clerk(data, "verify")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[audit.tampered]" in lines[0] and "entry 2 changed" in lines[0]
    output = json.loads(result.stdout)
    assert output["ok"] is False and output["audit"]["problems"] == [
        {"seq": 2, "kind": "changed", "detail": "entry 2 no longer gives its hash: its contents were changed"}
    ]
    assert ok(clerk(data, "verify", "--only", "copies"))["ok"]  # the copies are fine


def test_verify_on_postgresql(tmp_path: Path, pg_schema: str) -> None:
    from tests.conftest import PG_URL, _schema

    with _schema(f"{pg_schema}_audit") as schema:  # a schema of its own: the run's is shared
        url = f"{PG_URL}?options=-csearch_path%3D{schema}"
        data = tmp_path / "data"
        number = _store_with_a_card(data, db=url)
        ok(clerk(data, "show", number, db=url))
        audit = ok(clerk(data, "verify", "--only", "audit", db=url))["audit"]
        assert (audit["ok"], audit["entries_checked"]) == (True, 2)


def test_pd_report_as_json_and_printable_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _store_with_a_card(data)
    report = ok(clerk(data, "pd", "report", "--iin", IIN))
    assert report["holds_data"] and [c["number"] for c in report["cards"]] == [number]
    assert report["cards"][0]["held"][0]["values"]["surname"] == "Әбдірахманов"
    assert [a["action"] for a in report["actions"]] == ["create", "export"]
    assert report["third_parties"] == [] and report["purpose"]

    text_file = tmp_path / "report.txt"
    summary = ok(clerk(data, "pd", "report", "--iin", IIN, "--out", str(text_file)))
    assert summary == {"out": str(text_file), "format": "text", "holds_data": True, "cards": 1, "actions": 3,
                       "third_parties": 0}
    text = text_file.read_text(encoding="utf-8")
    assert IIN in text and number in text and "Әбдірахманов" in text and "Data held:  yes" in text
    assert max(len(line) for line in text.splitlines()) <= 78
    assert text_file.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only

    json_file = tmp_path / "report.json"
    assert ok(clerk(data, "pd", "report", "--iin", IIN, "--out", str(json_file)))["format"] == "json"
    assert json.loads(json_file.read_text(encoding="utf-8"))["iin"] == IIN

    entity = ok(clerk(data, "pd", "report", "--iin", REAL_BINS[0]))
    assert entity["cards"][0]["held"][0]["role"] == "respondent"
    assert ok(clerk(data, "verify"))["audit"]["entries_checked"] == 5


def test_pd_report_refuses_a_bad_iin(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "id.check_digit" in refused(clerk(data, "pd", "report", "--iin", IIN[:-1] + str((int(IIN[-1]) + 1) % 10)))
    refused(clerk(data, "pd"), code=2)
    refused(clerk(data, "pd", "report"), code=2)
