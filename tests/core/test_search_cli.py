"""``clerk-app search`` and ``clerk-app search-index`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_cli import clerk, ok, refused
from tests.factories import incoming


def test_search_and_the_index_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    appeal = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming(summary="ТОҢАЗЫТҚЫШ ақаулы, ақша қайтарылмады"))))
    reply_input = {"direction": "outgoing", "channel": "post", "summary": "Тоңазытқыш туралы жауап", "answers": appeal["number"]}
    reply = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(reply_input, ensure_ascii=False)))

    hits = ok(clerk(data, "search", "тоңаз", "--json"))
    assert {h["number"] for h in hits} == {appeal["number"], reply["number"]}
    first = next(h for h in hits if h["id"] == appeal["id"])
    assert set(first) == {"id", "number", "registered_at", "summary", "snippet", "highlights", "source", "sha256", "page", "rank"}
    assert first["source"] == "card" and first["sha256"] is None and first["page"] is None
    assert [first["snippet"][a:b] for a, b in first["highlights"]] == ["ТОҢАЗЫТҚЫШ"]
    assert first["registered_at"].endswith("+05:00") and first["summary"].startswith("ТОҢАЗЫТҚЫШ")

    assert [h["number"] for h in ok(clerk(data, "search", "тоңаз", "--journal", "outgoing"))] == [reply["number"]]
    assert [h["number"] for h in ok(clerk(data, "search", "тоңаз", "--status", "registered"))] == [appeal["number"]]
    assert ok(clerk(data, "search", "тоңаз", "--to", "2000-01-01")) == []
    today = appeal["registered_at"][:10]
    assert len(ok(clerk(data, "search", "тоңаз", "--from", today, "--to", today, "--limit", "1"))) == 1
    assert ok(clerk(data, "search", "'; DROP TABLE card; --")) == []
    assert ok(clerk(data, "search", appeal["number"]))[0]["id"] == appeal["id"]

    assert "search.query_not_understood" in refused(clerk(data, "search", '"*"'))
    assert "field.out_of_range" in refused(clerk(data, "search", "тоңаз", "--limit", "0"))
    refused(clerk(data, "search", "тоңаз", "--status", "lost"), code=2)
    refused(clerk(data, "search", "тоңаз", "--from", "yesterday"), code=2)

    rebuilt = ok(clerk(data, "search-index", "rebuild"))
    assert (rebuilt["cards"], rebuilt["pages"], rebuilt["documents"]) == (2, 0, 2) and rebuilt["seconds"] >= 0
    assert ok(clerk(data, "search-index", "check")) == {"ok": True, "documents": 2, "expected_documents": 2, "problems": []}


def test_a_failed_check_says_what_is_wrong(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))
    with sqlite3.connect(data / "registry.sqlite3") as db:  # the index damaged behind the program's back
        db.execute("DELETE FROM search_document")
    result = clerk(data, "search-index", "check")
    assert result.returncode == 1 and "search.index_check_failed" in result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"] == ["1 cards have no index document"]
    ok(clerk(data, "search-index", "rebuild"))
    assert ok(clerk(data, "search-index", "check"))["ok"] is True
