"""``clerk-app pd consent ...`` as an administrator runs it: a real process, JSON out, one-line errors;
and the checks ``show`` and ``list`` make before writing a card out (R53)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from clerk_app.timeutil import astana_today
from tests.core.test_cli import clerk, ok, refused
from tests.factories import REAL_BINS, incoming


def test_consent_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    today = astana_today()
    number = ok(clerk(data, "register", "--input", "-", stdin=json.dumps(incoming())))["number"]
    assert ok(clerk(data, "pd", "consent", "show", number))["persons"][0]["state"] == "no_ground"
    assert "pd.no_ground_for_transfer" in refused(clerk(
        data, "resolve", number, "--result", "forwarded", "--forwarded-to", "Министрлік", "--outgoing-number", "1"))
    assert "consent.no_term" in refused(clerk(
        data, "pd", "consent", "record", number, "--operator", "Қоғам", "--operator-bin", REAL_BINS[1],
        "--transfer", "no", "--data", "тегі, ЖСН"))

    recorded = ok(clerk(
        data, "pd", "consent", "record", number, "--operator", "Қоғам", "--operator-bin", REAL_BINS[1],
        "--until", (today + timedelta(days=30)).isoformat(), "--transfer", "no", "--data", "тегі, ЖСН",
    ))
    assert recorded["state"] == "consent" and recorded["consent"]["third_party_transfer"] is False
    assert recorded["consent"]["subject_name"] == "Әбдірахманов Ерлан Қайратұлы"  # from the card
    shown = ok(clerk(data, "pd", "consent", "show", number))
    assert shown["persons"][0]["state"] == "consent" and shown["persons"][0]["ground"]["id"] == recorded["id"]
    line = refused(clerk(data, "resolve", number, "--result", "forwarded", "--forwarded-to", "Министрлік",
                         "--outgoing-number", "1"))
    assert "pd.no_ground_for_transfer" in line and "Әбдірахманов" in line  # says who

    ok(clerk(data, "pd", "consent", "withdraw", recorded["id"], "--on", today.isoformat(), "--method", "in_writing",
             "--reason", "өтініш"))
    assert "pd.no_ground_for_export" in refused(clerk(data, "show", number))
    rows = ok(clerk(data, "list", "--limit", "5"))
    assert rows[0]["pd_withheld"] is True and rows[0]["correspondent"] is None and rows[0]["summary"] is None
    log = ok(clerk(data, "pd", "consent", "log"))
    assert log["grounds"][0]["state"] == "withdrawn" and log["transfers"] == []
    evidence = ok(clerk(data, "pd", "consent", "evidence", recorded["id"]))
    assert "Withdrawn on" in evidence["text"] and evidence["ground"]["withdrawal"]["reason"] == "өтініш"

    exception = ok(clerk(data, "pd", "consent", "exception", number, "--case", "art9.1"))
    assert exception["state"] == "exception"
    ok(clerk(data, "resolve", number, "--result", "forwarded", "--forwarded-to", "Министрлік", "--outgoing-number", "1"))
    assert ok(clerk(data, "pd", "consent", "log"))["transfers"][0]["to"] == "Министрлік"
