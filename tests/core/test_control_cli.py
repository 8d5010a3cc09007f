"""The control commands as an administrator runs them: a real process, JSON out, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_cli import clerk, ok, refused
from tests.factories import incoming


def test_control_lifecycle_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming(kind="seller_claim"))))
    lead = ok(clerk(data, "reference", "add", "staff", "--input", "-", stdin='{"full_name": "Ким Елена"}'))["id"]
    listed = ok(clerk(data, "control", "--json"))
    assert [(r["number"], r["status"]) for r in listed] == [(card["number"], "registered")]
    assert listed[0]["due_on"] and listed[0]["days_overdue"] == 0
    assigned = ok(clerk(data, "assign", card["number"], "--executor", lead, "--resolution", "Дайындау"))
    assert assigned["control"]["status"] == "assigned" and assigned["control"]["executors"] == [lead]
    assert [r["number"] for r in ok(clerk(data, "control", "--executor", lead))] == [card["number"]]
    assert ok(clerk(data, "control", "--overdue")) == []
    assert len(ok(clerk(data, "control", "--due-within", "30"))) == 1
    ok(clerk(data, "start", card["number"]))
    assert "control.extension_not_later" in refused(clerk(data, "extend", card["number"], "--due", "2020-01-01", "--reason", "x"))
    assert "control.no_result" in refused(clerk(data, "remove-from-control", card["number"]))
    assert "control.refusal_without_reason" in refused(clerk(data, "resolve", card["number"], "--result", "refused"))
    ok(clerk(data, "resolve", card["number"], "--result", "refused", "--refusal-reason", "no_violation",
             "--reason", "Нарушение не установлено"))
    reply = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(
        {"direction": "outgoing", "channel": "post", "summary": "Жауап", "answers": card["number"]})))
    removed = ok(clerk(data, "remove-from-control", card["number"]))
    assert removed["control"]["status"] == "removed" and removed["control"]["reply_id"] == reply["id"]
    history = ok(clerk(data, "control", "--card", card["number"]))
    assert [e["event"] for e in history["events"]] == ["registered", "assigned", "started", "resolved", "removed_from_control"]
    assert history["events"][3]["refusal_reason"] == "no_violation" and history["events"][1]["by"] == "cli.tester"
    assert ok(clerk(data, "control", "--summary"))["open"] == 0
    assert ok(clerk(data, "reopen", card["number"], "--reason", "Шағым қайта қаралады"))["control"]["status"] == "in_progress"
    refused(clerk(data, "assign", card["number"], "--executor", "not-an-id", "--resolution", "x"), code=2)


def test_find_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming(kind="seller_claim"))))
    found = ok(clerk(data, "find", "--applicant", "ӘБДІР", "--kind", "seller_claim", "--amount-min", "100 000", "--json"))
    assert [r["number"] for r in found] == [card["number"]] and found[0]["status"] == "registered"
    assert ok(clerk(data, "find", "--court")) == []
    assert "search.range_reversed" in refused(clerk(data, "find", "--from", "2026-02-01", "--to", "2026-01-01"))
    refused(clerk(data, "find", "--amount-min", "lots"), code=2)
