"""The scripting interface as a user runs it: a real process, JSON out, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.factories import incoming

ROOT = Path(__file__).resolve().parents[2]


def clerk(data_dir: Path, *args: str, stdin: str | None = None, db: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.entry", "--data-dir", str(data_dir)]
    if db:
        command += ["--db", db]
    env = {**os.environ, "CLERK_USER": "cli.tester", "PYTHONPATH": str(ROOT)}
    return subprocess.run([*command, *args], input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def ok(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refused(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_init_register_show_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = ok(clerk(data, "init"))
    assert init["cards"] == 0 and {j["code"] for j in init["journals"]} == {"incoming", "outgoing"}
    assert (data / "registry.sqlite3").exists()
    source = tmp_path / "appeal.json"
    source.write_text(json.dumps(incoming(), ensure_ascii=False), encoding="utf-8")
    card = ok(clerk(data, "register", "--input", str(source)))
    assert card["number"].startswith("01/A-0001/")
    assert card["registered_at"].endswith("+05:00")
    assert card["applicants"][0]["iin"] == incoming()["applicants"][0]["iin"]
    assert card["registered_by"] == "cli.tester"
    assert set(card) >= {"id", "number", "direction", "registered_at", "applicants"}
    reply_input = json.dumps({"direction": "outgoing", "channel": "post", "summary": "Жауап", "answers": card["number"]})
    reply = ok(clerk(data, "register", "--input", "-", stdin=reply_input))
    assert reply["answers"]["number"] == card["number"]
    shown = ok(clerk(data, "show", card["number"]))
    assert shown["replies"] == [{"id": reply["id"], "number": reply["number"]}]
    assert ok(clerk(data, "show", card["id"]))["number"] == card["number"]
    listed = ok(clerk(data, "list", "--journal", "outgoing"))
    assert [row["number"] for row in listed] == [reply["number"]]
    by_due = ok(clerk(data, "list", "--order", "due", "--show", "on_control", "--kind", "pretrial_settlement"))
    assert [row["number"] for row in by_due] == [card["number"]] and by_due[0]["due_on"]
    assert ok(clerk(data, "list", "--show", "closed")) == []
    refused(clerk(data, "list", "--order", "size"), code=2)


def test_edit_and_history(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))
    edited = ok(clerk(data, "edit", card["number"], "--input", "-", stdin='{"claimed_amount": "99.90"}'))
    assert edited["claimed_amount"] == "99.90" and edited["version"] == 2
    history = ok(clerk(data, "show", card["number"], "--history"))["history"]
    assert history[0]["field"] == "claimed_amount" and history[0]["old"] == "125000.50"
    line = refused(clerk(data, "edit", card["number"], "--input", "-", stdin='{"number": "1"}'))
    assert "immutable_field" in line


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "card"),
        (json.dumps(incoming(claimed_amount="-3")), "claimed_amount"),
        (json.dumps(incoming(applicants=[{"surname": "А", "given_name": "Б", "iin": "123456789012"}])), "applicants.0.iin"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, stdin: str, expected: str) -> None:
    line = refused(clerk(tmp_path / "data", "register", "--input", "-", stdin=stdin))
    assert expected in line and line.startswith("clerk-app: ")


def test_duplicate_needs_confirmation(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))
    assert "likely_duplicate" in refused(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))
    ok(clerk(data, "register", "--confirm-duplicate", "--input", "-", stdin=json.dumps(incoming())))


def test_missing_things(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "card.not_found" in refused(clerk(data, "show", "01/A-0009/26"))
    assert "cannot read" in refused(clerk(data, "register", "--input", str(tmp_path / "nope.json")))
    assert "journal.unknown" in refused(clerk(data, "list", "--journal", "orders"))
    refused(clerk(data, "list", "--limit", "many"), code=2)
    refused(clerk(data, "frobnicate"), code=2)


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    line = refused(clerk(tmp_path / "data", "init", db="postgresql://nobody:secret@127.0.0.1:1/none"), code=3)
    assert "cannot open the store" in line and "secret" not in line


def test_demo_and_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = ok(clerk(data, "demo", "--count", "300", "--seed", "5"))
    assert report["cards"] == 300 and report["incoming"] + report["outgoing"] == 300
    rows = ok(clerk(data, "list", "--journal", "incoming", "--limit", "1500"))
    assert len(rows) == report["incoming"]
    moments = [row["registered_at"] for row in rows]
    assert moments == sorted(moments, reverse=True)


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "ui.entry", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.startswith("clerk-app ")


def test_reference_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    body = ok(clerk(data, "reference", "add", "bodies", "--input", "-",
                    stdin=json.dumps({"name": "Арбитраж «Әділет»", "body_type": "arbitration", "bin": "990740002243"})))
    assert body["bin"] == "990740002243"
    assert [b["name"] for b in ok(clerk(data, "reference", "list", "bodies"))] == ["Арбитраж «Әділет»"]
    ok(clerk(data, "reference", "add", "staff", "--input", "-", stdin='{"full_name": "Ким Елена"}'))
    assert ok(clerk(data, "reference", "list", "staff"))[0]["full_name"] == "Ким Елена"
    assert "reference.bad_usage" in refused(clerk(data, "reference", "add", "respondents", "--input", "-", stdin="{}"))


def test_cli_on_postgresql(tmp_path: Path, pg_schema: str) -> None:
    """The same commands on the central store: --db with a PostgreSQL URL (schema via options)."""
    from tests.conftest import PG_URL

    url = f"{PG_URL}?options=-csearch_path%3D{pg_schema}"
    data = tmp_path / "data"
    assert ok(clerk(data, "init", db=url))["cards"] == 0
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming()), db=url))
    assert ok(clerk(data, "show", card["number"], db=url))["id"] == card["id"]
    assert not (data / "registry.sqlite3").exists()


def test_deadline_and_calendar_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    due = ok(clerk(data, "deadline", "--from", "2025-03-14", "--days", "10", "--unit", "calendar", "--json"))
    assert (due["due"], due["moved_from"]) == ("2025-03-26", "2025-03-24")
    assert ok(clerk(data, "deadline", "--from", "2025-03-20", "--days", "5", "--unit", "working"))["due"] == "2025-04-01"
    ok(clerk(data, "calendar", "working-day", "2026-12-12", "--note", "Үкімет қаулысы"))
    assert ok(clerk(data, "deadline", "--from", "2026-12-11", "--days", "1", "--unit", "working"))["due"] == "2026-12-12"
    assert ok(clerk(data, "calendar", "list")) == [{"day": "2026-12-12", "working": True, "note": "Үкімет қаулысы"}]
    refused(clerk(data, "deadline", "--from", "31.12.2025", "--days", "5"), code=2)
    assert "deadline.bad_period" in refused(clerk(data, "deadline", "--from", "2025-01-01", "--days", "-3"))
