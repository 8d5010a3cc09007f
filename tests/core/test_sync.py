"""Stations that register offline and sync with a central PostgreSQL store (issue 7, docs/sync.md):
every order converges, concurrent edits merge or become conflicts, nothing is lost when a round is
killed, cut or its server restarted, and a change the central store refuses waits as a problem."""

from __future__ import annotations

import itertools
import random
import sqlite3
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.domain.breaches import BreachFilter
from clerk_app.domain.control import ControlResult
from clerk_app.domain.enums import ActivityField, CopyRole
from clerk_app.errors import ClerkError
from clerk_app.services import central
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from storage.sync import capture, derived, outbox, pull, round_lock
from storage.sync.central_apply import apply_changes
from storage.sync.tables import CAPTURED_TABLES
from tests import corpus
from tests.conftest import _PG_PROBLEM, PG_URL
from tests.core.test_breaches import OFFICER as BREACH_OFFICER
from tests.core.test_breaches import _breach as breach_data
from tests.factories import incoming, valid_iin
from tests.sync_helpers import (
    ADMIN,
    Network,
    card_field,
    cards_without_control,
    network,
    numbers,
    register,
    start_sync_process,
)
from tests.sync_support import PrivatePostgres, TcpProxy
from tests.sync_support.tls import make_certificates

pytest_plugins = ["tests.sync_support"]
pytestmark = [
    pytest.mark.usefixtures("file_keyring"),
    pytest.mark.skipif(bool(_PG_PROBLEM), reason=_PG_PROBLEM or ""),
]
BOSS = Actor("supervisor")


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    with network(tmp_path, PG_URL) as made:
        yield made


def _assert_converged(net: Network, expected: int) -> None:
    central = net.central_numbers()
    assert len(central) == expected and len(set(central)) == expected
    for station in net.stations:
        assert numbers(station) == central
        assert cards_without_control(station) == []


# -- 1. offline registration, every order -------------------------------------------------------


@pytest.mark.parametrize("count", [2, 3])
def test_offline_stations_converge_in_every_order(tmp_path: Path, count: int) -> None:
    for order in itertools.permutations(range(count)):
        with network(tmp_path / "-".join(map(str, order)), PG_URL) as net:
            stations = [net.add_station() for _ in range(count)]
            for station in stations:
                register(station, 3)
            for i in order:
                stations[i].sync.sync()
            net.sync_all(rounds=1)
            _assert_converged(net, 3 * count)
            for station in stations:
                report = station.sync.sync()
                assert (report.pushed_total, report.pulled_total) == (0, 0), report.to_json()


# -- 2. concurrent edits ---------------------------------------------------------------------------


def test_edits_of_different_fields_merge(net: Network) -> None:
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    a.cards.edit(number, {"summary": "Изменено на станции А"}, BOSS)
    b.cards.edit(number, {"notes": "Заметка станции Б"}, BOSS)
    net.sync_all()
    for station in (a, b):
        assert card_field(station, number, "summary") == "Изменено на станции А"
        assert card_field(station, number, "notes") == "Заметка станции Б"
        assert station.sync.conflicts() == []


def test_edits_of_the_same_field_conflict_and_are_resolved(net: Network) -> None:
    a, b, c = net.add_station(), net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    a.cards.edit(number, {"summary": "Версия А"}, BOSS)
    b.cards.edit(number, {"summary": "Версия Б"}, BOSS)
    net.sync_all()
    winner = card_field(a, number, "summary")
    assert winner in ("Версия А", "Версия Б")
    loser = ({"Версия А", "Версия Б"} - {winner}).pop()
    for station in (a, b, c):
        assert card_field(station, number, "summary") == winner
        conflicts = station.sync.conflicts()
        assert len(conflicts) == 1, conflicts
        (conflict,) = conflicts
        assert conflict.field == "summary" and conflict.card_number == number
        values = {conflict.central_value, conflict.station_value}
        assert any(winner in str(v) for v in values) and any(loser in str(v) for v in values), values
    # the supervisor on c keeps the value that lost
    (conflict,) = c.sync.conflicts()
    keep = "station" if loser in str(conflict.station_value) else "central"
    c.sync.resolve_conflict(conflict.id, keep, BOSS)
    net.sync_all()
    for station in (a, b, c):
        assert card_field(station, number, "summary") == loser
    assert c.sync.conflicts() == []


# -- 3. control events -------------------------------------------------------------------------------


def test_control_events_from_two_stations_merge(net: Network) -> None:
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    lead = a.references.add_staff_member({"full_name": "Серікова Гүлнар"}).id
    a.control.assign(number, [lead], "Разобраться", BOSS)
    due = a.control.record(number).state.due_on  # type: ignore[union-attr]
    b.control.extend(number, max(due, astana_today()) + timedelta(days=10), "Запрошены документы", BOSS)
    net.sync_all()
    events = [sorted(e.event.value for e in s.control.record(number).events) for s in (a, b)]
    assert events[0] == events[1]
    assert {"assigned", "extended"} <= set(events[0]), events[0]
    assert a.sync.conflicts() == [] and b.sync.conflicts() == []
    assert a.control.record(number).state == b.control.record(number).state
    c = net.add_station()  # a new desk replays the state from the events as they arrive
    c.sync.sync()
    assert c.control.record(number).state == a.control.record(number).state
    arrived = c.control.record(number).state
    with c.store.write() as session:  # the same as replaying them from the store
        derived.rebuild_control(session.connection(), [c.cards.get(number).id])
    assert c.control.record(number).state == arrived


# -- 4. copies ---------------------------------------------------------------------------------------


def test_a_copy_attached_on_one_station_reaches_the_other(net: Network, tmp_path: Path) -> None:
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    paths = _attach_scans(a, number, tmp_path)
    net.sync_all()
    theirs = b.copies.copies(number)
    assert [c.sha256 for c in theirs] == [c.sha256 for c in a.copies.copies(number)]
    for copy, path in zip(theirs, paths, strict=True):
        with b.copies.blobs.open(copy.sha256) as stream:
            assert stream.read() == path.read_bytes()
    # text recognised on the first desk after the copy travelled: the other desk finds the card by it
    with a.store.write() as session:
        session.execute(sa.text(
            "INSERT INTO page_text (sha256, page_index, text, languages, recognised_at) "
            "VALUES (:s, 0, 'Тоңазытқыш кепілдік талоны жоғалды', 'kaz', '2026-11-24 10:00:00.000000')"
        ), {"s": theirs[1].sha256})
    net.sync_all()
    with b.store.read() as session:
        assert session.scalar(sa.text(
            "SELECT count(*) FROM search_document WHERE source = 'page' AND sha256 = :s"), {"s": theirs[1].sha256}) == 1


# -- 5. a round killed at random points -------------------------------------------------------------


def test_rounds_killed_at_random_points_lose_nothing(net: Network) -> None:
    a, b = net.add_station(), net.add_station()
    register(a, 60)
    register(b, 60)
    rng = random.Random(20261124)
    # how long a whole round of this size takes on this machine now: the cuts fall inside it
    register(a, 2)
    probe = start_sync_process(a.store.data_dir)
    started = time.monotonic()
    probe.communicate()
    whole_round = time.monotonic() - started
    killed_running = 0
    for i in range(20):
        station = (a, b)[i % 2]
        register(station, 2)  # new work before every cut, so that no round is over at once
        process = start_sync_process(station.store.data_dir)
        time.sleep(rng.uniform(0.1, 0.9) * whole_round)  # from the child's start-up to the end of its round
        killed_running += process.poll() is None
        process.kill()
        process.wait()
    assert killed_running >= 10  # most kills hit a running child, not one that had finished
    net.sync_all()
    _assert_converged(net, 120 + 2 + 40)


# -- 6. a connection cut mid-round ---------------------------------------------------------------------



@pytest.mark.parametrize("cut_after, direction", [
    (3_000, "to_server"), (8_000, "to_client"), (60_000, "to_server"),
    pytest.param(20_000, "to_server"),
])
def test_a_connection_cut_mid_sync_fails_cleanly_and_the_next_converges(
    tmp_path: Path, tcp_proxy_factory, cut_after: int, direction: str  # type: ignore[no-untyped-def]
) -> None:
    proxy: TcpProxy = tcp_proxy_factory(PG_URL)
    with network(tmp_path, PG_URL) as net:
        a = net.add_station(url=proxy.url_for(net.url))
        b = net.add_station()
        register(a, 40)
        fired = proxy.drop_after(cut_after, direction)  # type: ignore[arg-type]
        outcome: BaseException | None = None
        try:
            a.sync.sync()
        except Exception as exc:  # judged after convergence is checked
            outcome = exc
        assert fired.is_set()
        net.sync_all()  # the proxy is healthy again: its rule was one-shot
        _assert_converged(net, 40)
        assert numbers(b) == net.central_numbers()
        assert isinstance(outcome, ClerkError), repr(outcome)
        assert outcome.code in ("sync.unreachable", "sync.interrupted"), outcome


# -- 7. the server restarted mid-round --------------------------------------------------------------------


def test_a_server_restart_mid_sync_fails_cleanly_or_completes(
    tmp_path: Path, private_postgres: PrivatePostgres
) -> None:
    with network(tmp_path, private_postgres.url, pg_schema="public") as net:
        a = net.add_station()
        register(a, 300)
        restarted = threading.Event()

        def restart() -> None:
            time.sleep(0.3)
            private_postgres.restart()  # fast: clients cut, commits kept (the server runs without fsync)
            restarted.set()

        worker = threading.Thread(target=restart)
        worker.start()
        try:
            a.sync.sync()
        except ClerkError as exc:
            assert exc.code in ("sync.unreachable", "sync.interrupted", "sync.refused_by_central"), exc
        finally:
            worker.join()
        assert restarted.is_set()
        net.add_station()
        net.sync_all()
        _assert_converged(net, 300)


# -- 8. a change the central store refuses ---------------------------------------------------------------


def test_a_refused_change_waits_as_a_problem_and_the_rest_goes_on(net: Network) -> None:
    a, b = net.add_station(), net.add_station()
    refused, kept = register(a, 2)
    with net.store.engine.begin() as conn:  # the central store refuses that one card (as a constraint would)
        conn.execute(sa.text(
            "CREATE FUNCTION refuse_card() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NEW.number = '{refused}' THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NEW; END $$"
        ))
        conn.execute(sa.text("CREATE TRIGGER refuse_card BEFORE INSERT ON card FOR EACH ROW EXECUTE FUNCTION refuse_card()"))
    report = a.sync.sync()
    assert report.refused == 1, report.to_json()
    problems = a.sync.problems()
    assert [(p.table, p.error_code, p.card_number) for p in problems] == [("card", "sync.check_failed", refused)]
    assert a.sync.status().problems == 1
    assert net.central_numbers() == [kept]
    b.sync.sync()
    assert numbers(b) == [kept]


def test_a_number_taken_on_the_central_store_is_one_problem_per_side(net: Network) -> None:
    a, b = net.add_station(), net.add_station()
    taken, kept = register(a, 2)
    (theirs,) = register(b, 1)
    b.sync.sync()
    with net.store.engine.begin() as conn:  # someone edits the central store: a's number is taken
        conn.execute(sa.text("UPDATE card SET number = :t WHERE number = :n"), {"t": taken, "n": theirs})
    report = a.sync.sync()
    assert report.refused >= 1
    assert kept in net.central_numbers()
    problems = a.sync.problems()
    assert ("card", "sync.duplicate", taken) in [(p.table, p.error_code, p.card_number) for p in problems]
    assert sorted((p.error_code, p.card_number) for p in problems) == [
        ("sync.duplicate", taken), ("sync.pull_duplicate", taken)
    ], [(p.table, p.error_code, p.message) for p in problems]
    assert theirs not in numbers(a) and _applicants_without_card(a) == 0
    again = a.sync.sync()  # nothing changed: the same two problems, not new ones
    assert [p.attempts for p in a.sync.problems() if p.error_code == "sync.pull_duplicate"] == [2]
    assert len(a.sync.problems()) == 2, again.to_json()

    with net.store.engine.begin() as conn:  # the central edit is undone
        conn.execute(sa.text("UPDATE card SET number = :n WHERE number = :t AND id NOT IN (SELECT id FROM card "
                             "WHERE number = :t AND station_code = :a)"), {"n": theirs, "t": taken, "a": a.sync.status().station_code})
    a.sync.sync()  # their card arrives now, with its applicant and its control
    assert theirs in numbers(a)
    assert card_field(a, theirs, "(SELECT count(*) FROM card_applicant WHERE card_id = card.id)") == 1
    assert cards_without_control(a) == []
    (push_problem,) = a.sync.problems()
    assert push_problem.error_code == "sync.duplicate"
    a.sync.retry_problem(push_problem.id, BOSS)
    a.sync.sync()
    b.sync.sync()
    assert a.sync.problems() == []
    _assert_converged(net, 3)


def _refuse_summary(net: Network, summary: str) -> None:
    """The central store refuses cards with this summary (as a check constraint would)."""
    with net.store.engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE FUNCTION refuse_summary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NEW.summary = '{summary}' THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NEW; END $$"
        ))
        conn.execute(sa.text("CREATE TRIGGER refuse_summary BEFORE UPDATE ON card FOR EACH ROW EXECUTE FUNCTION refuse_summary()"))


def _central_summary(net: Network, number: str) -> str:
    with net.store.engine.connect() as conn:
        return str(conn.scalar(sa.text("SELECT summary FROM card WHERE number = :n"), {"n": number}))


def test_an_edit_after_a_refused_one_starts_from_what_the_central_store_has(net: Network) -> None:
    """The refused edit never reached the central store: the next edit of the same card is compared
    with the value the central store still holds, so it is applied, not a conflict with itself."""
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    a.sync.sync()
    original = _central_summary(net, number)
    _refuse_summary(net, "Отклонённая версия")
    a.cards.edit(number, {"summary": "Отклонённая версия"}, BOSS)
    assert a.sync.sync().refused == 1
    a.cards.edit(number, {"summary": "Исправленная версия"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 0 and a.sync.conflicts() == [], report.to_json()
    assert _central_summary(net, number) == "Исправленная версия" != original
    b.sync.sync()
    assert card_field(b, number, "summary") == "Исправленная версия"


def test_a_retried_change_merges_with_a_later_edit_of_the_same_card(net: Network) -> None:
    """Retrying a refused edit while a later edit of the same card waits: one change, starting from
    the central store's value, carrying both fields."""
    a = net.add_station()
    (number,) = register(a, 1)
    a.sync.sync()
    _refuse_summary(net, "Отклонённая версия")
    a.cards.edit(number, {"summary": "Отклонённая версия"}, BOSS)
    a.sync.sync()
    (problem,) = a.sync.problems()
    with net.store.engine.begin() as conn:  # the cause is fixed on the central store
        conn.execute(sa.text("DROP TRIGGER refuse_summary ON card"))
    a.cards.edit(number, {"notes": "Позже"}, BOSS)
    a.sync.retry_problem(problem.id, BOSS)
    with a.store.read() as session:
        (entry,) = outbox.read_entries(session, "card", 0, 10)
    assert entry.base is not None and {"summary", "notes"} <= set(entry.base)
    report = a.sync.sync()
    assert report.conflicted == 0 and a.sync.problems() == [], report.to_json()
    assert _central_summary(net, number) == "Отклонённая версия"
    with net.store.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT notes FROM card WHERE number = :n"), {"n": number}) == "Позже"


def _applicants_without_card(station: Registry) -> int:
    with station.store.read() as session:
        return int(session.scalar(sa.text(
            "SELECT count(*) FROM card_applicant x WHERE NOT EXISTS (SELECT 1 FROM card c WHERE c.id = x.card_id)"
        )) or 0)


def test_connecting_says_what_is_wrong(net: Network, tmp_path: Path) -> None:
    """A name the central store does not know and an address nobody answers at are told apart, and
    neither leaves the workstation half-connected."""
    station = Registry.open(None, tmp_path / "lonely")
    try:
        with pytest.raises(ClerkError) as unknown:
            station.sync.connect(net.url, "no_such_station", "whatever", BOSS)
        assert unknown.value.code == "sync.unknown_station"
        with pytest.raises(ClerkError) as nobody:
            station.sync.connect("postgresql://127.0.0.1:9/test", "st", "whatever", BOSS)
        assert nobody.value.code == "sync.unreachable"
        assert station.sync.connection() is None and station.sync.status().pending_changes == 0
    finally:
        station.close()


def test_the_same_login_on_two_desks_is_one_account_without_conflicts(net: Network) -> None:
    """Each desk set up its own accounts before it was connected: the first one's stand, the second
    desk takes them (with their passwords), and signing in or changing a password on either desk is
    the later value winning, never a conflict for a supervisor (nor a password hash shown in one)."""
    a, b = net.add_station(), net.add_station()
    boss = Actor("admin", roles=BOSS.roles)
    a.accounts.create(boss, "aigerim", "Айгерім", "first-desk-pass-1", ["clerk"])
    b.accounts.create(boss, "aigerim", "Айгерім С.", "second-desk-pass-2", ["clerk", "executor"])
    a.sync.sync()
    b.sync.sync()
    assert b.accounts.authenticate("aigerim", "first-desk-pass-1").user == "aigerim"
    a.accounts.authenticate("aigerim", "first-desk-pass-1")  # sign-ins on both desks
    b.accounts.authenticate("aigerim", "first-desk-pass-1")
    net.sync_all()
    b_actor = b.accounts.authenticate("aigerim", "first-desk-pass-1")
    b.accounts.change_password(b_actor, "first-desk-pass-1", "changed-on-b-3")
    net.sync_all()
    assert a.accounts.authenticate("aigerim", "changed-on-b-3").user == "aigerim"
    with pytest.raises(ClerkError):
        a.accounts.authenticate("aigerim", "first-desk-pass-1")
    assert [c.field for c in a.sync.conflicts() + b.sync.conflicts()] == []
    assert b.accounts.refresh(b_actor).user == "aigerim"  # the merged account, by its login


def test_a_card_referring_to_a_later_card_of_the_same_batch_arrives(net: Network) -> None:
    """The central store returns a batch's rows in its own order: a card answering a card that
    comes after it in the batch waits for that one instead of being refused."""
    a, b = net.add_station(), net.add_station()
    net.sync_all()  # the journals, settings and rules of both are one by now
    first, second = register(a, 2)
    with a.store.write() as session:
        session.execute(sa.text("UPDATE card SET answers_card_id = (SELECT id FROM card WHERE number = :s) "
                                "WHERE number = :f"), {"s": second, "f": first})
    a.sync.sync()
    assert net.central_numbers() == sorted([first, second])  # in one round: the central side waits too
    with net.store.engine.connect() as conn:
        batch = pull.read_batch(conn, b.sync.status().station_code, _cursor(b), 10_000)
    assert batch is not None
    for table, rows in batch.rows.items():  # the other way round: each row before what it refers to
        batch.rows[table] = dict(reversed(list(rows.items())))
    with b.store.write() as session, capture.paused(session):
        applied = pull.apply_batch(session, batch)
    assert applied.refused == 0 and b.sync.problems() == [], [(p.table, p.message) for p in b.sync.problems()]
    assert numbers(b) == sorted([first, second])
    assert card_field(b, first, "(SELECT number FROM card x WHERE x.id = card.answers_card_id)") == second


def _cursor(station: Registry) -> int:
    with station.store.read() as session:
        return int(session.scalar(sa.text("SELECT value FROM store_setting WHERE key = 'sync.cursor'")) or 0)


def test_the_central_store_keeps_its_search_index_and_control_state(net: Network) -> None:
    """Someone may work on the central store directly: a pushed card is found there by its text
    (new cards in bulk at the end of the push, edited ones at once) and is on control there."""
    a = net.add_station()
    first, second = register(a, 2)
    a.sync.sync()

    def central_documents() -> dict[str, str]:
        with net.store.engine.connect() as conn:
            return dict(conn.execute(sa.text(
                "SELECT c.number, d.body FROM search_document d JOIN card c ON c.id = d.card_id WHERE d.source = 'card'"
            )).all())

    def central_controlled() -> int:
        with net.store.engine.connect() as conn:
            return int(conn.scalar(sa.text("SELECT count(*) FROM card_control")) or 0)

    documents = central_documents()
    assert sorted(documents) == [first, second] and central_controlled() == 2
    a.cards.edit(first, {"summary": "Кір жуғыш машина істен шықты"}, BOSS)
    a.sync.sync()
    again = central_documents()
    assert again[first] != documents[first] and again[second] == documents[second]


def test_one_round_per_workstation_at_a_time_in_any_process(net: Network) -> None:
    """The window's round and the command line's cannot run at once for the same workstation; a
    process that dies holding the lock leaves none behind."""
    a = net.add_station()
    register(a, 1)
    lock_file = a.store.data_dir / round_lock.LOCK_FILE
    a.sync.sync()
    other = sqlite3.connect(lock_file, timeout=0, isolation_level=None)  # another process's round
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(ClerkError) as busy:
        a.sync.sync()
    assert busy.value.code == "sync.busy"
    other.close()
    register(a, 1)
    process = start_sync_process(a.store.data_dir)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _locked(lock_file):
        time.sleep(0.02)
    process.kill()
    process.wait()
    assert not _locked(lock_file)
    assert a.sync.sync().rounds == 1


def _locked(path: Path) -> bool:
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN EXCLUSIVE")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_a_workstation_role_cannot_rewrite_history_or_others_audit(net: Network) -> None:
    """Each workstation's own PostgreSQL role: it adds its changes and its audit chain, and the
    server itself refuses the rest (whatever a tampered client would send)."""
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    a.cards.edit(number, {"summary": "Изменено"}, BOSS)
    register(b, 1)
    net.sync_all()
    own, other = a.sync.status().station_code, b.sync.status().station_code
    kept = ("card_change", "station_audit_entry", "sync_change")

    def counts() -> list[int]:
        with net.store.engine.connect() as conn:
            return [int(conn.scalar(sa.text(f"SELECT count(*) FROM {t}")) or 0) for t in kept]

    before = counts()
    assert all(before)
    connection = a.sync.connection()
    assert connection is not None
    as_a = sa.create_engine(f"postgresql+psycopg://{connection.station_name}@127.0.0.1:5432/test")
    denied = [
        "UPDATE card_change SET field = 'x'",  # history is appended, never rewritten
        f"UPDATE station_audit_entry SET action = 'x' WHERE chain_station = '{other}'",
        f"DELETE FROM station_audit_entry WHERE chain_station = '{other}'",
        "UPDATE sync_change SET station_code = 'Z'",
        "DELETE FROM sync_change",
        f"INSERT INTO sync_change (station_code, table_name, row_key, deleted) VALUES ('{other}', 'card', '[]', false)",
        f"INSERT INTO sync_received (change_id, station_code, outcome) VALUES ('forged', '{other}', '{{}}')",
        "DROP TABLE card",
        "CREATE TABLE sneaky (id int)",
        "ALTER TABLE card DISABLE TRIGGER ALL",
    ]
    try:
        for statement in denied:
            with as_a.connect() as conn, pytest.raises(sa.exc.DBAPIError):
                conn.execute(sa.text(statement))
        with as_a.begin() as conn:
            conn.execute(sa.text("DELETE FROM card_change"))  # no card of it is named by a destruction act: no row
            conn.execute(sa.text("INSERT INTO sync_received (change_id, station_code, outcome) "
                                 f"VALUES ('own-{uuid.uuid4().hex}', '{own}', '{{}}')"))  # under its own code: allowed
    finally:
        as_a.dispose()
    assert counts() == before


def test_tls_verify_full_against_the_servers_authority(fresh_private_postgres: PrivatePostgres, tmp_path: Path) -> None:
    """verify-full with the CA file connects and syncs; another authority's file is refused, and a
    server that offers no encryption is told apart from one whose certificate does not match."""
    server = fresh_private_postgres
    url = server.create_database("central")
    store = central.init_central(url)
    creds = central.add_station(store, "desk_tls")
    store.close()
    station_url = f"postgresql://127.0.0.1:{server.port}/central"
    station = Registry.open(None, tmp_path / "desk")
    try:
        with pytest.raises(ClerkError) as plain:
            station.sync.connect(station_url, creds.name, creds.password, BOSS, sslmode="require")
        assert plain.value.code == "sync.tls_unsupported"
        certificates = make_certificates(tmp_path / "certs")
        server.enable_tls(certificates.server_cert, certificates.server_key)
        with pytest.raises(ClerkError) as stranger:
            station.sync.connect(station_url, creds.name, creds.password, BOSS, sslmode="verify-full",
                                 ca_file=str(certificates.other_ca_file))
        assert stranger.value.code == "sync.tls_failed"
        station.sync.connect(station_url, creds.name, creds.password, BOSS, sslmode="verify-full",
                             ca_file=str(certificates.ca_file))
        register(station, 1)
        assert station.sync.sync().pushed_total > 0
        owner = sa.create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/central")
        with owner.connect() as conn:  # libpq never falls back to plain text under verify-full
            assert conn.scalar(sa.text("SELECT count(*) FROM card")) == 1
        owner.dispose()
    finally:
        station.close()


def test_a_card_waiting_with_a_refused_card_arrives_with_it(net: Network) -> None:
    """A pulled card that answers a card this desk refused waits with it, and both arrive once the
    cause is gone; neither is lost."""
    a, b = net.add_station(), net.add_station()
    (taken,) = register(a, 1)
    first, second = register(b, 2)
    with b.store.write() as session:
        session.execute(sa.text("UPDATE card SET answers_card_id = (SELECT id FROM card WHERE number = :f) "
                                "WHERE number = :s"), {"f": first, "s": second})
    b.sync.sync()
    with net.store.engine.begin() as conn:  # a hand edit on the central store takes a's number
        conn.execute(sa.text("UPDATE card SET number = :t WHERE number = :f"), {"t": taken, "f": first})
    a.sync.sync()
    assert second not in numbers(a)  # held with the refused card, not a problem of its own
    assert [p.error_code for p in a.sync.problems() if p.received] == ["sync.pull_duplicate"]
    with net.store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE card SET number = :f WHERE number = :t AND station_code <> :a"),
                     {"f": first, "t": taken, "a": a.sync.status().station_code})
    a.sync.sync()
    assert {first, second} <= set(numbers(a))
    assert [p for p in a.sync.problems() if p.received] == []


def test_a_row_deleted_here_and_not_yet_pushed_is_not_brought_back(net: Network) -> None:
    """A pull never resurrects what this desk deleted and has yet to send: the delete goes out."""
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    with net.store.engine.connect() as conn:
        batch = pull.read_batch(conn, b.sync.status().station_code, 0, 100_000)
    assert batch is not None
    key = next(k for k, r in batch.rows["card_applicant"].items())
    with b.store.write() as session:  # deleted here (captured), not pushed yet
        session.execute(sa.text("DELETE FROM card_applicant"))
    with b.store.write() as session, capture.paused(session):
        pull.apply_batch(session, batch)
    with b.store.read() as session:
        assert session.scalar(sa.text("SELECT count(*) FROM card_applicant")) == 0
    b.sync.sync()
    with net.store.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT count(*) FROM card_applicant")) == 0, key
    assert card_field(a, number, "number") == number


def test_a_password_hash_made_again_on_two_desks_is_no_conflict(net: Network) -> None:
    """Signing in may rehash a password with new parameters: the central hash stays, silently."""
    a, b = net.add_station(), net.add_station()
    boss = Actor("admin", roles=BOSS.roles)
    a.accounts.create(boss, "dana", "Дана", "dana-password-1", ["clerk"])
    net.sync_all()
    for station, value in ((a, "$argon2id$rehash-a"), (b, "$argon2id$rehash-b")):
        with station.store.write() as session:
            session.execute(sa.text("UPDATE account SET password_hash = :h WHERE login = 'dana'"), {"h": value})
    net.sync_all()
    assert a.sync.conflicts() == [] and b.sync.conflicts() == []
    hashes = set()
    for station in (a, b):
        with station.store.read() as session:
            hashes.add(session.scalar(sa.text("SELECT password_hash FROM account WHERE login = 'dana'")))
    assert len(hashes) == 1


def test_a_redacted_event_reaches_the_desks_that_hold_it(net: Network) -> None:
    """Events are only ever added, except that a destruction act redacts their text (R44): the
    redacted row replaces the one the other desks hold."""
    a, b = net.add_station(), net.add_station()
    register(a, 1)
    net.sync_all()
    with net.store.engine.begin() as conn:  # as a destruction act on another desk leaves it
        event_id = conn.scalar(sa.text("SELECT id FROM control_event ORDER BY occurred_at LIMIT 1"))
        conn.execute(sa.text("UPDATE control_event SET details = '{}' WHERE id = :i"), {"i": event_id})
        conn.execute(sa.text("INSERT INTO sync_change (station_code, table_name, row_key, deleted) "
                             "VALUES ('*', 'control_event', :k, false)"), {"k": f'["{event_id.hex}"]'})
    b.sync.sync()
    with b.store.read() as session:
        assert session.scalar(sa.text("SELECT details FROM control_event WHERE id = :i"), {"i": event_id.hex}) == "{}"


def test_one_damaged_copy_holds_up_nothing_else(net: Network, tmp_path: Path) -> None:
    """A copy whose file fails its check here is not sent and waits; the rest of the round goes on."""
    a = net.add_station()
    (number,) = register(a, 1)
    _attach_scans(a, number, tmp_path)
    damaged = a.copies.copies(number)[0].sha256
    stored = a.copies.blobs.stored_path(damaged)
    stored.chmod(0o644)
    stored.write_bytes(b"not the scanned appeal any more")
    report = a.sync.sync()
    assert report.files_held == 1 and report.uploaded_files == 1 and report.pushed_total > 0
    assert a.sync.status().pending_uploads == 1
    assert net.central_numbers() == [number]


def test_a_lost_answer_is_given_again_and_the_answers_log_keeps_no_values(net: Network) -> None:
    """A batch sent again (its answer lost on the way) gets the same answer, with the values as
    they are now; the central store's log of answers names fields only (R44: nothing of a person
    outlives the row there)."""
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    a.cards.edit(number, {"summary": "Версия А"}, BOSS)
    a.sync.sync()
    b.cards.edit(number, {"summary": "Версия Б"}, BOSS)
    code = b.sync.status().station_code
    with b.store.read() as session:
        entries = outbox.read_entries(session, "card", 0, 100)
        changes = [change for _, change in outbox.build_changes(session, entries, code, deletes=False)[0]]
    with net.store.engine.begin() as conn:
        first = apply_changes(conn, code, "card", changes)
    with net.store.engine.begin() as conn:
        again = apply_changes(conn, code, "card", changes)
    assert again == first
    assert [answer["status"] for answer in first.values()] == ["conflict"]
    assert "Версия А" in str(first)
    with net.store.engine.connect() as conn:
        kept = list(conn.scalars(sa.text("SELECT outcome FROM sync_received WHERE station_code = :c"), {"c": code}))
    assert kept and not any("Версия" in outcome for outcome in kept)


def _send_and_lose_the_answer(station: Registry, net: Network, tables: tuple[str, ...] = ("card",)) -> None:
    """The station's waiting changes of ``tables`` reach the central store and commit there, but the
    answers never come back (the connection cut after the commit): its outbox keeps them."""
    code = station.sync.status().station_code
    for table in tables:
        with station.store.read() as session:
            entries = outbox.read_entries(session, table, 0, 1000)
            changes = [change for _, change in outbox.build_changes(session, entries, code, deletes=False)[0]]
        if changes:
            with net.store.engine.begin() as conn:
                apply_changes(conn, code, changes[0].table, changes)


def _two_stations_with_a_card(net: Network) -> tuple[Registry, Registry, str]:
    a, b = net.add_station(), net.add_station()
    (number,) = register(a, 1)
    net.sync_all()
    return a, b, number


def test_an_edit_after_a_lost_answer_is_not_a_conflict_with_itself(net: Network) -> None:
    a, b, number = _two_stations_with_a_card(net)
    a.cards.edit(number, {"summary": "Первая версия"}, BOSS)
    _send_and_lose_the_answer(a, net)
    assert _central_summary(net, number) == "Первая версия"
    a.cards.edit(number, {"summary": "Вторая версия"}, BOSS)  # the same outbox entry, a later revision
    report = a.sync.sync()
    assert report.conflicted == 0 and a.sync.conflicts() == [], report.to_json()
    assert _central_summary(net, number) == "Вторая версия"
    b.sync.sync()
    assert card_field(b, number, "summary") == "Вторая версия"


def test_a_new_card_edited_after_a_lost_answer_arrives_edited_without_conflicts(net: Network) -> None:
    a = net.add_station()
    (number,) = register(a, 1)
    # the card (and what it refers to) is on the central store; the station does not know
    _send_and_lose_the_answer(a, net, CAPTURED_TABLES[: CAPTURED_TABLES.index("card") + 1])
    assert net.central_numbers() == [number]
    a.cards.edit(number, {"summary": "Уточнено", "notes": "Позже"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 0 and a.sync.conflicts() == [], report.to_json()
    assert _central_summary(net, number) == "Уточнено"


def test_a_lost_answer_hides_no_other_stations_edit(net: Network) -> None:
    """After the lost answer another station changed the same field: that is a true conflict."""
    a, b, number = _two_stations_with_a_card(net)
    a.cards.edit(number, {"summary": "Версия А"}, BOSS)
    _send_and_lose_the_answer(a, net)
    b.sync.sync()
    b.cards.edit(number, {"summary": "Версия Б"}, BOSS)
    b.sync.sync()
    a.cards.edit(number, {"summary": "Версия А, исправленная"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 1, report.to_json()
    assert _central_summary(net, number) == "Версия Б"
    (conflict,) = a.sync.conflicts()
    assert conflict.field == "summary"


def test_an_answer_that_came_leaves_no_claim_on_a_field_another_station_changed_since(net: Network) -> None:
    """A's change reached the central store and its answer came back while the card was edited
    again (the entry stays); B then changed the field; A's next sending (answer lost) wrote another
    field. A's later edit of B's field is a conflict, not an overwrite of B's value."""
    a, b, number = _two_stations_with_a_card(net)
    code = a.sync.status().station_code
    a.cards.edit(number, {"summary": "А1"}, BOSS)
    with a.store.read() as session:
        pairs = outbox.build_changes(session, outbox.read_entries(session, "card", 0, 100), code, deletes=False)[0]
    with net.store.engine.begin() as conn:
        apply_changes(conn, code, "card", [change for _, change in pairs])
    a.cards.edit(number, {"notes": "Пока отправлялось"}, BOSS)  # during the push
    with a.store.write() as session:
        for entry, change in pairs:
            outbox.settle(session, entry, change)
    b.sync.sync()
    b.cards.edit(number, {"summary": "Б1"}, BOSS)
    b.sync.sync()
    _send_and_lose_the_answer(a, net)  # the notes; A is the last to have changed the card
    a.cards.edit(number, {"summary": "А3"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 1, report.to_json()
    assert _central_summary(net, number) == "Б1"


def test_a_later_change_that_arrives_ends_the_refused_ones_problem(net: Network) -> None:
    a = net.add_station()
    (number,) = register(a, 1)
    a.sync.sync()
    _refuse_summary(net, "Отклонённая версия")
    a.cards.edit(number, {"summary": "Отклонённая версия"}, BOSS)
    a.sync.sync()
    a.cards.edit(number, {"summary": "Исправленная версия"}, BOSS)
    a.sync.sync()
    assert a.sync.problems() == []  # the change that arrived carried the refused one's field
    a.cards.edit(number, {"summary": "Ещё позже"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 0 and _central_summary(net, number) == "Ещё позже", report.to_json()


def test_a_refused_new_card_sent_again_fixed_takes_later_edits_as_edits(net: Network) -> None:
    a = net.add_station()
    with net.store.engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE FUNCTION refuse_notes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.notes = 'Нельзя' THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NEW; END $$"
        ))
        conn.execute(sa.text("CREATE TRIGGER refuse_notes BEFORE INSERT ON card FOR EACH ROW EXECUTE FUNCTION refuse_notes()"))
    (number,) = register(a, 1)
    a.cards.edit(number, {"notes": "Нельзя"}, BOSS)
    assert a.sync.sync().refused >= 1
    a.cards.edit(number, {"notes": "Можно"}, BOSS)
    a.sync.sync()
    assert net.central_numbers() == [number]
    a.cards.edit(number, {"summary": "Позже"}, BOSS)
    report = a.sync.sync()
    assert report.conflicted == 0 and _central_summary(net, number) == "Позже", report.to_json()


def test_breaches_recorded_offline_on_two_desks_both_arrive_numbered_apart(net: Network) -> None:
    """Each desk numbers its breaches under its own code, as it numbers cards: two breaches recorded
    offline at once are two entries of the body's register everywhere, not a refused duplicate."""
    a, b = net.add_station(), net.add_station()
    first = a.breaches.record(breach_data(), BREACH_OFFICER)
    second = b.breaches.record(breach_data(description="Письмо с обращением ушло не тому адресату",
                                           subject_iins=[valid_iin(serial=3)], subjects_count=1), BREACH_OFFICER)
    assert first.number.split("-")[2] != second.number.split("-")[2]  # the desks' codes
    net.sync_all()
    for station in (a, b):
        assert sorted(x.number for x in station.breaches.list(BREACH_OFFICER, BreachFilter.ALL)) == sorted(
            [first.number, second.number])
        assert station.sync.problems() == []
    assert [x.known_subjects for x in a.breaches.list(BREACH_OFFICER, BreachFilter.ALL) if x.number == second.number] == [1]


def _attach_scans(station: Registry, number: str, folder: Path) -> list[Path]:
    """A scanned two-page PDF and a JPEG attached to the card as the appeal's copies."""
    paths = []
    for name in ("pdf_scanned_two_pages.pdf", "jpeg_baseline.jpg"):
        path = folder / name
        path.write_bytes(corpus.accepted()[name][0]())
        paths.append(path)
    station.copies.attach(number, paths, CopyRole.APPEAL, Actor("clerk"))
    return paths


def test_a_workstation_set_up_again_connects_as_a_new_station_and_gets_every_card(net: Network, tmp_path: Path) -> None:
    """A desk reinstalled on a new disk cannot continue its old station's history (the numbers and
    the audit chain would collide): the old credentials are refused, clearly, and a new station
    brings back every card, the old desk's included; the old desk itself may still reconnect."""
    creds = central.add_station(net.store, "st_reinstalled")
    first = Registry.open(None, tmp_path / "first_install")
    first.sync.connect(net.url, creds.name, creds.password, ADMIN)
    own = register(first, 3)
    other = net.add_station()
    others = register(other, 2)
    first.sync.sync()
    other.sync.sync()

    again = Registry.open(None, tmp_path / "second_install")
    net.stations.append(again)
    with pytest.raises(ClerkError) as refused:
        again.sync.connect(net.url, creds.name, creds.password, ADMIN)
    assert refused.value.code == "sync.station_in_use" and "central add-station" in refused.value.message
    assert again.sync.connection() is None  # nothing kept of the refused connection
    first.sync.disconnect(ADMIN)
    first.sync.connect(net.url, creds.name, creds.password, ADMIN)  # the store that wrote the history: welcome back
    first.close()

    fresh = central.add_station(net.store, "st_reinstalled_2")
    again.sync.connect(net.url, fresh.name, fresh.password, ADMIN)
    again.sync.sync()
    assert numbers(again) == sorted(own + others)
    (new,) = register(again, 1)
    assert new.split("/")[1].split("-")[0] == fresh.code and new not in own
    net.sync_all()
    assert numbers(other) == numbers(again) == sorted([*own, *others, new])


def test_the_quarterly_figures_travel_the_field_of_activity_and_the_amount_recovered(net: Network) -> None:
    """What the quarterly information counts reaches every desk: the respondent's field of activity
    (a column of a synced row) and the outcome of a result (replayed from the control events)."""
    a, b = net.add_station(), net.add_station()
    respondent = {**incoming()["respondent"], "activity": "tourism"}
    (number,) = register(a, 1, respondent=respondent)
    a.control.resolve(number, ControlResult.PARTIALLY_SATISFIED, BOSS, recovered_amount="15 000")
    net.sync_all()
    card = b.cards.get(number)
    assert card.respondent is not None and card.respondent.activity is ActivityField.TOURISM
    state = b.control.record(number).state
    assert state is not None and state.recovered_amount_tiyn == 1_500_000 and state.resolved_at is not None
    b.registration.register_json(incoming(respondent={**respondent, "activity": "online_trade"}), BOSS,
                                 confirm_duplicate=True)  # the latest judgement of the field, on another desk
    net.sync_all()
    assert a.cards.get(number).respondent.activity is ActivityField.ONLINE_TRADE  # type: ignore[union-attr]
