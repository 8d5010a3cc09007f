"""``clerk-app pd destroy|due|block|unblock|act|retention`` as a user runs them (a real process,
no terminal on standard input)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_cli import ROOT, clerk, ok, refused
from tests.factories import incoming, valid_iin

IIN = valid_iin("660606", 4)


def _register(data: Path, surname: str = "Нұрланова") -> str:
    appeal = incoming(applicants=[{"type": "natural_person", "surname": surname, "given_name": "Әсел", "iin": IIN}])
    return str(ok(clerk(data, "register", "--input", "-", "--confirm-duplicate", stdin=json.dumps(appeal)))["number"])


def test_destroy_by_iin_with_yes_writes_the_act(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _register(data)
    act_file = tmp_path / "act.txt"
    result = ok(clerk(data, "pd", "destroy", "--iin", IIN, "--yes", "--commission", "Д. Сапарова", "--act", str(act_file)))
    assert result["act"]["records"] == 1 and result["act"]["items"][0]["reference"] == number
    assert result["act"]["trigger"] == "consent_withdrawn" and result["cleanup"]["complete"]
    text = act_file.read_text(encoding="utf-8")
    assert result["act"]["number"] in text and number in text and "Д. Сапарова" in text and "Нұрланова" not in text
    shown = ok(clerk(data, "show", number))
    assert shown["applicants"][0]["surname"] is None
    listed = ok(clerk(data, "pd", "act"))
    assert [a["number"] for a in listed] == [result["act"]["number"]]
    assert ok(clerk(data, "pd", "act", result["act"]["number"]))["items"][0]["scope"] == "card"


def test_without_yes_and_no_terminal_nothing_is_destroyed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _register(data)
    line = refused(clerk(data, "pd", "destroy", "--iin", IIN, stdin=""))
    assert "[input.confirm_needed]" in line and "--yes" in line
    assert ok(clerk(data, "show", number))["applicants"][0]["surname"] == "Нұрланова"
    assert "[input.confirm_needed]" in refused(clerk(data, "pd", "block", "--iin", IIN, "--reason", "x", stdin=""))


def test_unknown_iin_is_said_clearly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _register(data)
    line = refused(clerk(data, "pd", "destroy", "--iin", valid_iin("010101", 5), "--yes"))
    assert "[pd.no_data]" in line and "no data of a person with this IIN" in line
    assert "not a valid IIN" in refused(clerk(data, "pd", "destroy", "--iin", "123", "--yes"))


def test_due_block_unblock_and_retention(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _register(data)
    due = ok(clerk(data, "pd", "due", "--type", "incoming"))
    assert due["due"] == {"incoming": 0, "outgoing": 0, "inbox": 0} and due["records"] == []
    assert due["periods_years"]["inbox"] == 1
    assert ok(clerk(data, "pd", "retention", "--set", "inbox=2"))["inbox"] == 2
    assert "[field.out_of_range]" in refused(clerk(data, "pd", "retention", "--set", "inbox=0"))
    blocked = ok(clerk(data, "pd", "block", "--iin", IIN, "--reason", "court order", "--requested-on", "2026-03-06",
                       "--yes"))
    assert blocked["blocked"] and blocked["cards"] == 1 and blocked["due_on"] == "2026-03-10"
    assert ok(clerk(data, "pd", "block", "--iin", IIN, "--status"))["blocked"]
    lifted = ok(clerk(data, "pd", "unblock", "--iin", IIN, "--reason", "not confirmed", "--yes"))
    assert not lifted["blocked"] and lifted["unblock_reason"] == "not confirmed"
    assert "[pd.nothing_to_destroy]" in refused(clerk(data, "pd", "destroy", "--due", "--yes"))


def _on_terminal(data: Path, answer: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The command run with a terminal on standard input, the answer already typed."""
    import pty

    master, slave = pty.openpty()
    try:
        os.write(master, answer.encode() + b"\n")
        env = {**os.environ, "CLERK_USER": "cli.tester", "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-m", "ui.entry", "--data-dir", str(data), *args], stdin=slave,
                              capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    finally:
        os.close(slave)
        os.close(master)


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_on_a_terminal_the_count_is_typed_to_confirm(tmp_path: Path) -> None:
    data = tmp_path / "data"
    number = _register(data)
    for wrong in ("yes", "2"):  # "yes" is not the count
        result = _on_terminal(data, wrong, "pd", "destroy", "--iin", IIN)
        assert result.returncode == 1 and result.stdout == ""
        assert "Type 1 to destroy" in result.stderr and "[input.cancelled]" in result.stderr.splitlines()[-1]
    assert ok(clerk(data, "show", number))["applicants"][0]["surname"] == "Нұрланова"
    done = _on_terminal(data, "1", "pd", "destroy", "--iin", IIN)
    assert ok(done)["act"]["records"] == 1 and "Type 1 to destroy" in done.stderr
    assert ok(clerk(data, "show", number))["applicants"][0]["surname"] is None
