"""The audit trail (docs/audit.md): an entry for every hooked operation, in the operation's own
transaction; append-only at the database level; every kind of tampering found by ``verify``; the
subject-access report. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from clerk_app.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditEntry,
    AuditObject,
    AuditRecord,
    ProblemKind,
    entry_hash,
)
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.control import ControlResult
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import AuthError, LikelyDuplicateError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.repositories import audit as audit_repo
from tests.factories import REAL_BINS, incoming, record_transfer_consent, valid_iin

CLERK = Actor("clerk")
IIN_A = valid_iin("850315", 3)
IIN_B = valid_iin("920704", 4)


def person(iin: str, surname: str = "Әбдірахманов") -> dict[str, object]:
    return {"type": "natural_person", "surname": surname, "given_name": "Ерлан", "iin": iin,
            "address": "Астана, Абай даңғылы, 10", "phone": "+7 701 123 45 67"}


def register(registry: Registry, iin: str = IIN_A, surname: str = "Әбдірахманов", **overrides: object) -> str:
    card = registry.registration.register_json(
        incoming(applicants=[person(iin, surname)], **overrides), CLERK, confirm_duplicate=True
    )
    return card.number


def entries(registry: Registry) -> list[AuditEntry]:
    return registry.audit.entries(limit=10_000)


def key(registry: Registry, number: str) -> str:
    with registry.store.read() as session:
        return audit_repo.subject_key_of(session, number)


def last(registry: Registry) -> AuditEntry:
    return entries(registry)[-1]


# -- entries for each hooked operation --------------------------------------------------------------


def test_registration_is_recorded_with_its_subjects_and_no_personal_values(registry: Registry) -> None:
    number = register(registry)
    entry = last(registry)
    card = registry.cards.get(number)
    assert (entry.seq, entry.action, entry.object_type, entry.object_id) == (1, "create", "card", str(card.id))
    assert entry.user == "clerk" and entry.station == card.station and entry.prev_hash == GENESIS_HASH
    assert set(entry.subject_keys) == {key(registry, IIN_A), key(registry, REAL_BINS[0])}
    assert entry.details_dict == {"number": number, "journal": "incoming"}
    with registry.store.read() as session:  # the numbers themselves are nowhere in the trail
        text = " ".join(str(v) for row in session.execute(sa.text("SELECT * FROM audit_entry")) for v in row)
        text += " ".join(str(v) for row in session.execute(sa.text("SELECT * FROM audit_subject")) for v in row)
    assert IIN_A not in text and "Әбдірахманов" not in text


def test_edit_records_the_changed_field_names_never_the_values(registry: Registry) -> None:
    number = register(registry)
    registry.cards.edit(number, {"applicants": [person(IIN_B, "Сейітова")], "sheet_count": 7}, Actor("editor"))
    entry = last(registry)
    assert (entry.action, entry.user) == ("change", "editor")
    assert entry.details_dict["fields"] == ["applicants", "sheet_count"]
    assert "Сейітова" not in entry.details and IIN_B not in entry.details
    # the person removed from the card and the one added were both touched
    assert {key(registry, IIN_A), key(registry, IIN_B)} <= set(entry.subject_keys)
    before = len(entries(registry))
    registry.cards.edit(number, {"sheet_count": 7}, CLERK)  # nothing changes: nothing recorded
    assert len(entries(registry)) == before


def test_opening_a_card_is_a_view_and_get_is_not(registry: Registry) -> None:
    number = register(registry)
    before = len(entries(registry))
    registry.cards.get(number)
    registry.cards.history(number)
    assert len(entries(registry)) == before
    card = registry.cards.view(number, Actor("reader"))
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id, entry.user) == ("view", "card", str(card.id), "reader")
    assert key(registry, IIN_A) in entry.subject_keys


def test_searches_that_find_cards_are_views_with_the_count(registry: Registry) -> None:
    register(registry, summary="Тоңазытқыш ақаулы")
    register(registry, IIN_B, "Сейітова", summary="Тоңазытқыш сынық")
    before = len(entries(registry))
    registry.search.search("тоңазытқыш", actor=Actor("finder"))
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.user) == ("view", "search", "finder")
    assert entry.details_dict == {"search": "full_text", "results": 2, "words": 1}
    assert entry.subject_keys == ()  # a view of a result list: the count, not the people
    registry.search.search("кофемашина", actor=Actor("finder"))  # nothing found: nothing recorded
    registry.cards.find(CardQuery(applicant_name="Зzz"), actor=Actor("finder"))
    assert len(entries(registry)) == before + 1
    registry.cards.find(CardQuery(applicant_iin=IIN_B), actor=Actor("finder"))
    entry = last(registry)
    assert entry.details_dict == {"search": "attributes", "results": 1, "criteria": ["applicant_iin"]}
    assert entry.subject_keys == (key(registry, IIN_B),)  # the person looked up by IIN
    registry.cards.find(CardQuery(), actor=None)  # no actor (a trusted caller): not recorded
    assert len(entries(registry)) == before + 2


def test_an_exported_search_names_everyone_on_the_results(registry: Registry) -> None:
    register(registry, summary="Тоңазытқыш ақаулы")
    registry.search.search("тоңазытқыш", actor=CLERK, audit_as=AuditAction.EXPORT)
    entry = last(registry)
    assert entry.action == "export"
    assert set(entry.subject_keys) == {key(registry, IIN_A), key(registry, REAL_BINS[0])}


def test_known_applicant_shown_to_the_form_is_a_view(registry: Registry) -> None:
    register(registry)
    before = len(entries(registry))
    assert registry.registration.known_applicant(IIN_A) is not None  # no actor: not recorded
    assert registry.registration.known_applicant(IIN_B, actor=CLERK) is None  # nobody found: nothing seen
    assert len(entries(registry)) == before
    assert registry.registration.known_applicant(IIN_A, actor=CLERK) is not None
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.subject_keys) == ("view", "person", (key(registry, IIN_A),))


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "Әбдірахманов_арыз.jpg"
    Image.new("L", (1240, 1754), "white").save(path, "JPEG", dpi=(150, 150))
    return path


def test_attaching_and_viewing_a_copy(registry: Registry, scan: Path) -> None:
    number = register(registry)
    report = registry.copies.attach(number, [scan], CopyRole.APPEAL, Actor("scanner"))
    (copy,) = report.attached
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id, entry.user) == ("create", "copy", str(copy.id), "scanner")
    assert entry.details_dict == {"number": number, "role": "appeal", "pages": 1}  # not the file's name
    assert key(registry, IIN_A) in entry.subject_keys
    registry.copies.record_viewing(copy, Actor("reader"))
    with registry.copies.blobs.open(copy.sha256) as shown:
        assert shown.read() == scan.read_bytes()
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id, entry.user) == ("view", "copy", str(copy.id), "reader")


def test_forwarding_is_a_transfer_to_the_third_party(registry: Registry) -> None:
    number = register(registry)
    record_transfer_consent(registry, number)  # R53: forwarding needs the applicant's ground first
    registry.control.resolve(number, ControlResult.FORWARDED, Actor("boss"), forwarded_to="Сауда министрлігі",
                             outgoing_number="15-Ш")
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.user) == ("transfer", "card", "boss")
    assert entry.details_dict == {"number": number, "to": "Сауда министрлігі", "outgoing_number": "15-Ш",
                                  "grounds": {"consent": 1}}
    assert key(registry, IIN_A) in entry.subject_keys


def test_a_demo_load_is_one_entry(registry: Registry) -> None:
    registry.demo.generate(120, seed=5, actor=Actor("demo"))
    (entry,) = entries(registry)
    assert (entry.action, entry.object_type, entry.subject_keys) == ("create", "demo", ())
    assert entry.details_dict == {"cards": 120, "seed": 5}


# -- atomicity ----------------------------------------------------------------------------------------


def test_a_failed_operation_leaves_no_entry(registry: Registry) -> None:
    register(registry)
    before = registry.audit.head()
    with pytest.raises(LikelyDuplicateError):
        registry.registration.register_json(incoming(applicants=[person(IIN_A)]), CLERK)
    assert registry.audit.head() == before


def test_an_entry_that_cannot_be_written_undoes_the_operation(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(registry)
    cards, head = registry.settings.card_count(), registry.audit.head()
    real_append = audit_repo.append

    def append_then_fail(*args: object, **kwargs: object) -> object:
        real_append(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit_repo, "append", append_then_fail)
    with pytest.raises(RuntimeError):
        register(registry, IIN_B)
    monkeypatch.undo()
    assert registry.settings.card_count() == cards
    assert registry.audit.head() == head
    assert registry.audit.verify().ok


# -- the database refuses changes ---------------------------------------------------------------------


def _refused(registry: Registry, statement: str) -> None:
    with pytest.raises(sa.exc.IntegrityError, match="audit.append_only"), registry.store.engine.begin() as conn:
        conn.execute(sa.text(statement))


def test_updates_and_deletes_are_refused_while_the_triggers_stand(registry: Registry) -> None:
    register(registry)
    register(registry, IIN_B, "Сейітова")
    _refused(registry, "UPDATE audit_entry SET \"user\" = 'mallory' WHERE seq = 1")
    _refused(registry, "DELETE FROM audit_entry WHERE seq = 2")
    _refused(registry, "DELETE FROM audit_entry")
    _refused(registry, "UPDATE audit_subject SET seq = 2 WHERE seq = 1")
    _refused(registry, "DELETE FROM audit_subject")
    _refused(registry, "DELETE FROM audit_head")
    _refused(registry, "UPDATE audit_head SET entry_count = 1")
    _refused(registry, f"UPDATE audit_head SET last_hash = '{GENESIS_HASH}'")
    # a new entry must follow the head: no forged entry in the middle, none with another predecessor
    _refused(registry, f"INSERT INTO audit_entry VALUES (7, '2026-01-01 00:00:00', 'm', NULL, 'S', 'view', 'card', NULL, '{{}}', '{GENESIS_HASH}', '{'1' * 64}')")
    _refused(registry, "INSERT INTO audit_subject (subject_key, seq) VALUES ('x', 1)")
    if registry.store.dialect == "postgresql":
        _refused(registry, "TRUNCATE audit_entry")
    assert registry.audit.verify().ok and registry.audit.head()[0] == 2


# -- verify finds every kind of tampering --------------------------------------------------------------


def drop_guards(registry: Registry) -> None:
    """What someone with the database's owner rights can do first."""
    with registry.store.engine.begin() as conn:
        if registry.store.dialect == "postgresql":
            for table in ("audit_entry", "audit_subject", "audit_head"):
                names = conn.scalars(sa.text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = CAST(:t AS regclass) AND NOT tgisinternal"
                ), {"t": table}).all()
                for name in names:
                    conn.execute(sa.text(f"DROP TRIGGER {name} ON {table}"))
        else:
            for name in conn.scalars(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'")):
                conn.execute(sa.text(f"DROP TRIGGER {name}"))


def sql(registry: Registry, *statements: str, **params: object) -> None:
    with registry.store.engine.begin() as conn:
        for statement in statements:
            conn.execute(sa.text(statement), params)


def renumber(registry: Registry, first: int, step: int) -> None:
    """Moves entries (and their subjects) from ``first`` on by ``step``, one at a time so that no
    number is ever taken twice."""
    with registry.store.engine.begin() as conn:
        seqs = conn.scalars(sa.text("SELECT seq FROM audit_entry WHERE seq >= :f ORDER BY seq"), {"f": first}).all()
        for seq in (reversed(seqs) if step > 0 else seqs):
            for table in ("audit_entry", "audit_subject"):
                conn.execute(sa.text(f"UPDATE {table} SET seq = :n WHERE seq = :o"), {"n": seq + step, "o": seq})


def forged(registry: Registry, seq: int, prev_hash: str) -> dict[str, object]:
    """A well-formed entry with a correct hash, as someone who read docs/audit.md can make one."""
    entry = registry.audit.entries(limit=1)[0]
    fields: dict[str, object] = {
        "seq": seq, "occurred_at": entry.occurred_at, "user": "mallory", "account_id": None, "station": entry.station,
        "action": "view", "object_type": "card", "object_id": None, "details": "{}", "prev_hash": prev_hash,
    }
    digest = entry_hash(subject_keys=(), **fields)  # type: ignore[arg-type]
    return {**fields, "hash": digest}


def insert_forged(registry: Registry, values: dict[str, object]) -> None:
    with registry.store.write() as session:
        session.execute(sa.insert(audit_repo._ENTRY).values(
            station_code=values["station"], **{k: v for k, v in values.items() if k != "station"}
        ))


@pytest.fixture
def chain(registry: Registry) -> Registry:
    """Six entries (registrations, views and an edit), then the guards dropped."""
    number = register(registry)
    register(registry, IIN_B, "Сейітова")
    registry.cards.view(number, CLERK)
    registry.cards.edit(number, {"sheet_count": 4}, CLERK)
    registry.cards.view(number, Actor("reader"))
    registry.audit.record(CLERK, AuditRecord(AuditAction.EXPORT, AuditObject.PERSON, None, frozenset({IIN_A})))
    report = registry.audit.verify()
    assert report.ok and report.entries_checked == 6 and report.head_count == 6, report
    drop_guards(registry)
    return registry


def problem(registry: Registry) -> tuple[int, ProblemKind]:
    report = registry.audit.verify()
    assert not report.ok
    return report.problems[0].seq, report.problems[0].kind


def test_verify_passes_an_intact_chain(chain: Registry) -> None:
    report = chain.audit.verify()
    assert report.ok and report.complete
    assert (report.head_count, report.head_hash) == (6, chain.audit.entries(limit=10)[-1].hash) == chain.audit.head()


def hash_of_seq(registry: Registry, seq: int) -> str:
    with registry.store.read() as session:
        return str(session.scalar(sa.text("SELECT hash FROM audit_entry WHERE seq = :s"), {"s": seq}))


@pytest.mark.parametrize(("tamper", "expected"), [
    # a field changed in place
    (lambda r: sql(r, "UPDATE audit_entry SET \"user\" = 'mallory' WHERE seq = 3"), (3, ProblemKind.CHANGED)),
    (lambda r: sql(r, "UPDATE audit_entry SET details = '{}' WHERE seq = 4"), (4, ProblemKind.CHANGED)),
    (lambda r: sql(r, "UPDATE audit_entry SET occurred_at = occurred_at WHERE seq = 2"), None),  # a no-op stays intact
    # a subject removed from an entry (to hide whose data was touched)
    (lambda r: sql(r, "DELETE FROM audit_subject WHERE seq = 2"), (2, ProblemKind.CHANGED)),
    # an entry deleted, leaving a gap or with the later ones renumbered
    (lambda r: sql(r, "DELETE FROM audit_entry WHERE seq = 3"), (3, ProblemKind.DELETED)),
    (lambda r: (sql(r, "DELETE FROM audit_subject WHERE seq = 3", "DELETE FROM audit_entry WHERE seq = 3"),
                renumber(r, 4, -1)), (3, ProblemKind.DELETED)),
    # two entries swapped
    (lambda r: (renumber(r, 3, 100), sql(r, "UPDATE audit_entry SET seq = 3 WHERE seq = 104",
                                         "UPDATE audit_entry SET seq = 4 WHERE seq = 103",
                                         "UPDATE audit_entry SET seq = seq - 100 WHERE seq > 100")),
     (3, ProblemKind.REORDERED)),
    # the tail cut off (the head still counts it)
    (lambda r: sql(r, "DELETE FROM audit_entry WHERE seq >= 5"), (5, ProblemKind.TRUNCATED)),
])
def test_verify_finds_tampering(chain: Registry, tamper: Callable[[Registry], object], expected: tuple[int, ProblemKind] | None) -> None:
    tamper(chain)
    if expected is None:
        assert chain.audit.verify().ok
    else:
        assert problem(chain) == expected


def test_verify_finds_an_entry_inserted_with_a_correct_hash(chain: Registry) -> None:
    renumber(chain, 4, 1)
    insert_forged(chain, forged(chain, 4, hash_of_seq(chain, 3)))
    assert problem(chain) == (4, ProblemKind.INSERTED)


def test_verify_finds_an_entry_inserted_carelessly(chain: Registry) -> None:
    renumber(chain, 4, 1)
    insert_forged(chain, {**forged(chain, 4, "e" * 64), "hash": "f" * 64})
    assert problem(chain) == (4, ProblemKind.INSERTED)


def test_verify_finds_an_entry_appended_behind_the_heads_back(chain: Registry) -> None:
    insert_forged(chain, forged(chain, 7, hash_of_seq(chain, 6)))
    assert problem(chain) == (7, ProblemKind.INSERTED)


def test_verify_finds_an_entry_rewritten_with_a_new_hash(chain: Registry) -> None:
    entry = chain.audit.entries(after_seq=2, limit=1)[0]
    new_hash = entry_hash(
        seq=3, occurred_at=entry.occurred_at, user="mallory", account_id=None, station=entry.station,
        action=entry.action, object_type=entry.object_type, object_id=entry.object_id, details=entry.details,
        subject_keys=entry.subject_keys, prev_hash=entry.prev_hash,
    )
    sql(chain, "UPDATE audit_entry SET \"user\" = 'mallory', hash = :h WHERE seq = 3", h=new_hash)
    assert problem(chain) == (3, ProblemKind.CHANGED)


def test_verify_finds_a_rewritten_head(chain: Registry) -> None:
    sql(chain, "UPDATE audit_head SET last_hash = :h", h="a" * 64)
    assert problem(chain) == (6, ProblemKind.HEAD)


def test_truncation_together_with_the_head_is_what_an_exported_head_hash_catches(chain: Registry) -> None:
    """docs/audit.md: cutting the tail and rewinding the head leaves a chain that checks out; only
    the head hash kept elsewhere shows it."""
    exported = chain.audit.head()
    sql(chain, "DELETE FROM audit_subject WHERE seq >= 5", "DELETE FROM audit_entry WHERE seq >= 5")
    sql(chain, "UPDATE audit_head SET entry_count = 4, last_hash = :h", h=hash_of_seq(chain, 4))
    report = chain.audit.verify()
    assert report.ok and (report.head_count, report.head_hash) != exported


# -- concurrent appenders -------------------------------------------------------------------------------


def test_concurrent_appenders_do_not_fork_the_chain(registry: Registry) -> None:
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            for i in range(15):
                registry.audit.record(Actor(name), AuditRecord(AuditAction.VIEW, AuditObject.CARD, str(i)))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"user{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    report = registry.audit.verify()
    assert report.ok and report.entries_checked == 60 and report.head_count == 60


# -- the subject-access report ----------------------------------------------------------------------------


def test_the_subject_report_finds_exactly_the_persons_entries(registry: Registry, scan: Path) -> None:
    mine = register(registry)
    theirs = register(registry, IIN_B, "Сейітова")
    registry.cards.view(mine, Actor("reader"))
    registry.cards.view(theirs, Actor("reader"))
    registry.copies.attach(mine, [scan], CopyRole.APPEAL, CLERK)
    record_transfer_consent(registry, mine)
    registry.control.resolve(mine, ControlResult.FORWARDED, Actor("boss"), forwarded_to="Сауда министрлігі",
                             outgoing_number="15-Ш")
    registry.demo.generate(30, seed=1, actor=CLERK)

    report = registry.audit.subject_report(IIN_A, Actor("officer"))
    assert report.holds_data and [c.number for c in report.cards] == [mine]
    (card,) = report.cards
    assert card.copies == 1 and card.held[0].role == "applicant"
    assert card.held[0].values["surname"] == "Әбдірахманов" and card.held[0].values["iin"] == IIN_A
    assert {"surname", "iin", "address", "phone", "appeal_text", "electronic_copies"} <= set(report.data_fields)
    actions = [(e.action, e.object_type, e.user) for e in report.entries]
    assert actions == [
        ("create", "card", "clerk"), ("view", "card", "reader"), ("create", "copy", "clerk"),
        ("create", "consent", "clerk"), ("transfer", "card", "boss"), ("export", "person", "officer"),  # the report itself, last
    ]
    (transfer,) = report.third_parties
    assert (transfer.to, transfer.card_number, transfer.user) == ("Сауда министрлігі", mine, "boss")
    assert report.purpose and report.legal_basis and report.retention

    other = registry.audit.subject_report(IIN_B, Actor("officer"), action=AuditAction.VIEW)
    assert [c.number for c in other.cards] == [theirs] and other.third_parties == ()
    assert [(e.action, e.user) for e in other.entries] == [("create", "clerk"), ("view", "reader"), ("view", "officer")]

    respondent = registry.audit.subject_report(REAL_BINS[0], Actor("officer"))
    assert {c.number for c in respondent.cards} == {mine, theirs}
    assert respondent.cards[0].held[0].role == "respondent"

    nobody = registry.audit.subject_report(valid_iin("010101", 5), Actor("officer"))
    assert not nobody.holds_data and nobody.cards == () and [e.action for e in nobody.entries] == ["export"]
    assert registry.audit.verify().ok


def test_forwardings_without_an_entry_come_from_the_control_history(registry: Registry) -> None:
    """Demo cards (and cards forwarded before the trail existed) have no transfer entries: the
    report still names the third party, from the card's control history."""
    registry.demo.generate(300, seed=2, actor=CLERK)
    with registry.store.read() as session:
        iin = session.scalar(sa.text(
            "SELECT a.iin FROM control_event e JOIN card_applicant a ON a.card_id = e.card_id "
            "WHERE e.details LIKE '%forwarded_to%' AND a.iin IS NOT NULL ORDER BY e.occurred_at LIMIT 1"
        ))
    assert iin is not None
    report = registry.audit.subject_report(iin, Actor("officer"))
    assert report.third_parties and all(t.audit_seq is None for t in report.third_parties)
    assert [e.action for e in report.entries] == ["export"]


def test_sign_ins_and_failed_sign_ins_are_recorded(registry: Registry) -> None:
    registry.accounts.create_first_administrator("admin", "Айгүл Администратор", "admin-pass-2026")
    actor = registry.accounts.authenticate("admin", "admin-pass-2026")
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id, entry.user) == ("login", "account", "admin", "admin")
    assert entry.account_id == actor.account_id
    with pytest.raises(AuthError):
        registry.accounts.authenticate("admin", "wrong-password-0")
    entry = last(registry)
    assert (entry.action, entry.object_id, entry.account_id) == ("login_failed", "admin", None)
    assert entry.details_dict == {"locked": False}
    assert registry.audit.verify().ok


def test_verify_while_others_append(registry: Registry) -> None:
    """The walk sees one state of the chain: entries appended meanwhile are no "inserted" entries."""
    stop = threading.Event()

    def append() -> None:
        while not stop.is_set():
            registry.audit.record(CLERK, AuditRecord(AuditAction.VIEW, AuditObject.CARD, "x"))

    worker = threading.Thread(target=append)
    worker.start()
    try:
        reports = [registry.audit.verify() for _ in range(20)]
    finally:
        stop.set()
        worker.join()
    assert all(r.ok for r in reports), [r.problems for r in reports if not r.ok]
    assert registry.audit.verify().ok
