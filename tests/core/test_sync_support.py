"""The sync test support works: the TCP proxy forwards and breaks connections on demand, and the
private PostgreSQL starts, answers, restarts and stops."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable

import psycopg
import pytest

from tests.conftest import PG_URL
from tests.sync_support import NO_SERVER_REASON, PrivatePostgres, TcpProxy, find_server_bin_dir

pytest_plugins = ["tests.sync_support"]  # its fixtures: private_postgres, fresh_private_postgres, tcp_proxy_factory

ProxyFactory = Callable[[str], TcpProxy]
BIG_RESULT = "SELECT repeat('x', 1000) FROM generate_series(1, 5000)"  # about 5 MB to the client


@pytest.fixture
def ci_pg_url(pg_schema: str) -> str:
    """The CI PostgreSQL's URL (pg_schema skips, or fails under CI, when it is unreachable)."""
    return PG_URL


def _connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url, autocommit=True, connect_timeout=5)


# -- TcpProxy ---------------------------------------------------------------------------------------


def test_url_for_replaces_only_host_and_port() -> None:
    proxy = TcpProxy("127.0.0.1", 5432, listen_port=6000)
    assert proxy.url_for("postgresql+psycopg://u:p%40ss@db.local:5432/test?sslmode=disable") == (
        "postgresql+psycopg://u:p%40ss@127.0.0.1:6000/test?sslmode=disable"
    )
    assert proxy.url_for("postgresql://db.local/test") == "postgresql://127.0.0.1:6000/test"
    assert TcpProxy.for_url("postgresql://x@10.1.2.3/db").target == ("10.1.2.3", 5432)


def test_proxy_forwards_queries_and_counts_bytes(ci_pg_url: str, tcp_proxy_factory: ProxyFactory) -> None:
    proxy = tcp_proxy_factory(ci_pg_url)
    with _connect(proxy.url_for(ci_pg_url)) as conn:
        assert conn.execute("SELECT current_database(), 40 + 2").fetchone() == ("test", 42)
        assert proxy.active_connections == 1
    assert proxy.connections_accepted == 1
    assert proxy.bytes_to_server > 0 and proxy.bytes_to_client > 0


def test_drop_after_cuts_a_large_result_mid_way(ci_pg_url: str, tcp_proxy_factory: ProxyFactory) -> None:
    proxy = tcp_proxy_factory(ci_pg_url)
    # Closed, not left by `with`: leaving commits, and a connection cut mid-result may still
    # count its query as in progress, so the commit itself would fail.
    conn = _connect(proxy.url_for(ci_pg_url))
    try:
        before = proxy.bytes_to_client
        fired = proxy.drop_after(200_000, direction="to_client")
        with pytest.raises(psycopg.OperationalError):
            conn.execute(BIG_RESULT).fetchall()
        assert fired.is_set()
        assert proxy.bytes_to_client - before == 200_000  # exactly n bytes got through, no more
    finally:
        conn.close()
    # One-shot: the next connection is not cut.
    with _connect(proxy.url_for(ci_pg_url)) as conn:
        assert len(conn.execute(BIG_RESULT).fetchall()) == 5000


def test_drop_after_to_server_cuts_a_large_statement(ci_pg_url: str, tcp_proxy_factory: ProxyFactory) -> None:
    proxy = tcp_proxy_factory(ci_pg_url)
    conn = _connect(proxy.url_for(ci_pg_url))  # closed, not left by `with`: see above
    try:
        proxy.drop_after(1000, direction="to_server")
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT length(%s)", ["y" * 100_000]).fetchone()
    finally:
        conn.close()


def test_drop_all_resets_every_connection(ci_pg_url: str, tcp_proxy_factory: ProxyFactory) -> None:
    proxy = tcp_proxy_factory(ci_pg_url)
    first, second = _connect(proxy.url_for(ci_pg_url)), _connect(proxy.url_for(ci_pg_url))
    try:
        assert proxy.drop_all() == 2
        assert proxy.active_connections == 0
        for conn in (first, second):
            with pytest.raises(psycopg.OperationalError):
                conn.execute("SELECT 1")
    finally:
        first.close()
        second.close()
    with _connect(proxy.url_for(ci_pg_url)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_pause_refuses_new_connections_until_resume(ci_pg_url: str, tcp_proxy_factory: ProxyFactory) -> None:
    proxy = tcp_proxy_factory(ci_pg_url)
    with _connect(proxy.url_for(ci_pg_url)) as kept:
        proxy.pause()
        assert proxy.paused
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(proxy.address, timeout=2).close()
        with pytest.raises(psycopg.OperationalError):
            _connect(proxy.url_for(ci_pg_url))
        assert kept.execute("SELECT 2").fetchone() == (2,)  # what was open goes on
        proxy.resume()
        with _connect(proxy.url_for(ci_pg_url)) as fresh:
            assert fresh.execute("SELECT 3").fetchone() == (3,)


def test_stopped_proxy_closes_its_port(ci_pg_url: str) -> None:
    with TcpProxy.for_url(ci_pg_url) as proxy:
        conn = _connect(proxy.url_for(ci_pg_url))
    try:
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(proxy.address, timeout=2).close()
        with pytest.raises(RuntimeError, match="stopped"):
            proxy.drop_all()
    finally:
        conn.close()


# -- PrivatePostgres ------------------------------------------------------------------------------


def test_private_postgres_answers_restarts_and_stops(fresh_private_postgres: PrivatePostgres) -> None:
    server = fresh_private_postgres
    assert server.url == f"postgresql://postgres@127.0.0.1:{server.port}/postgres"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        assert server.data_dir.stat().st_uid != 0  # initdb refuses root: the server runs unprivileged
    db_url = server.create_database("station_central")
    assert db_url == server.url_for("station_central")
    before = _connect(db_url)
    try:
        before.execute("CREATE TABLE kept (n int)")
        before.execute("INSERT INTO kept VALUES (7)")
        server.restart()
        with pytest.raises(psycopg.OperationalError):
            before.execute("SELECT 1")
    finally:
        before.close()
    with _connect(db_url) as after:
        assert after.execute("SELECT n FROM kept").fetchone() == (7,)  # same data, same port

    server.stop(mode="immediate")
    assert not server.running
    with pytest.raises(psycopg.OperationalError):
        _connect(db_url)
    server.start()  # crash recovery
    with _connect(db_url) as again:
        assert again.execute("SELECT n FROM kept").fetchone() == (7,)


def test_private_postgres_behind_a_proxy_sees_the_server_vanish(
    private_postgres: PrivatePostgres, tcp_proxy_factory: ProxyFactory
) -> None:
    proxy = tcp_proxy_factory(private_postgres.url)
    with _connect(proxy.url_for(private_postgres.url)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        private_postgres.stop(mode="immediate")
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    # The proxy is up but the server is not: the client is refused at once.
    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError):
        _connect(proxy.url_for(private_postgres.url))
    assert time.monotonic() - started < 3


def test_module_server_is_running_again_for_the_next_test(private_postgres: PrivatePostgres) -> None:
    with _connect(private_postgres.url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_close_removes_everything() -> None:
    if find_server_bin_dir() is None:
        pytest.skip(NO_SERVER_REASON)
    with PrivatePostgres() as server:
        base = server.base_dir
        with _connect(server.url) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not base.exists()
    server.close()  # twice is harmless
