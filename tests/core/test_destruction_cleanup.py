"""The steps after a destruction's commit (R44) failing: a stored file that cannot be removed (open
in another program on Windows; here a folder in the file's place, which no overwrite can open) is
reported, not raised: the destruction succeeded, the act stays "pending", the pending acts are listed
and ``finish`` (service and ``clerk-app pd finish``) completes them once the file can go."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from clerk_app.domain.accounts import Role
from clerk_app.domain.enums import CopyRole
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.core.test_cli import clerk, ok
from tests.factories import incoming, valid_iin

IIN = valid_iin("950315", 4)
OFFICER = Actor("officer", frozenset({Role.PD_OFFICER}))
CLERK = Actor("clerk")


def card_with_scan(registry: Registry, tmp_path: Path) -> tuple[str, Path]:
    person = {"type": "natural_person", "surname": "Жанболатова", "given_name": "Айгерім", "iin": IIN}
    number = registry.registration.register_json(incoming(applicants=[person]), CLERK, confirm_duplicate=True).number
    scan = tmp_path / "scan.jpg"
    Image.new("L", (300, 400), 240).save(scan, "JPEG")
    (copy,) = registry.copies.attach(number, [scan], CopyRole.APPEAL, CLERK).attached
    return number, registry.copies.blobs.stored_path(copy.sha256)


def make_undeletable(blob: Path) -> None:
    """A folder where the file was: shredding it fails with an OSError, as a locked file does."""
    blob.unlink()
    blob.mkdir()
    (blob / "held").write_bytes(b"x")


def release(blob: Path) -> None:
    (blob / "held").unlink()
    blob.rmdir()
    blob.write_bytes(b"the file, closed at last")


def test_a_file_left_is_reported_and_finished_later(registry: Registry, tmp_path: Path) -> None:
    number, blob = card_with_scan(registry, tmp_path)
    make_undeletable(blob)

    outcome = registry.destruction.destroy_subject(IIN, trigger="consent_withdrawn", commission=["Officer"],
                                                   basis=None, confirm_count=1, actor=OFFICER)

    assert outcome.cleanup.files_left == 1 and not outcome.cleanup.complete
    assert outcome.act.cleanup == "pending"
    assert registry.cards.get(number).applicants[0].surname is None  # the data are gone all the same
    assert [a.number for a in registry.destruction.pending(OFFICER)] == [outcome.act.number]
    assert registry.destruction.act(outcome.act.number, OFFICER).cleanup == "pending"

    still = registry.destruction.finish_pending(OFFICER)  # still held: still pending
    assert [(a.number, r.files_left) for a, r in still] == [(outcome.act.number, 1)]

    release(blob)
    done = registry.destruction.finish_pending(OFFICER)
    assert [(a.number, r.complete) for a, r in done] == [(outcome.act.number, True)]
    assert not blob.exists() and registry.destruction.pending(OFFICER) == []
    assert registry.destruction.act(outcome.act.number, OFFICER).cleanup == "done"


def test_the_cli_destroys_lists_and_finishes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    registry = Registry.open(data_dir=data)
    try:
        _number, blob = card_with_scan(registry, tmp_path)
    finally:
        registry.close()
    make_undeletable(blob)

    destroyed = clerk(data, "pd", "destroy", "--iin", IIN, "--yes")
    result = ok(destroyed)  # exit 0: the destruction happened
    assert result["cleanup"]["files_left"] == 1 and not result["cleanup"]["complete"]
    assert result["act"]["cleanup"] == "pending" and "pd finish" in destroyed.stderr
    act = result["act"]["number"]
    assert [a["number"] for a in ok(clerk(data, "pd", "finish", "--list"))] == [act]

    release(blob)
    finished = ok(clerk(data, "pd", "finish"))
    assert [(f["number"], f["cleanup"]["complete"]) for f in finished] == [(act, True)]
    assert ok(clerk(data, "pd", "finish", "--list")) == [] and not blob.exists()
    assert json.loads(clerk(data, "pd", "act", act).stdout)["cleanup"] == "done"
