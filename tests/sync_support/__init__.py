"""Test support for station sync: a private PostgreSQL to stop and restart, and a TCP proxy to cut.

Its fixtures are a plugin, not a conftest, so only the modules that need them pay for them. A test
module that uses them says so (plain imports of fixtures would trip ruff's F811 at every use)::

    pytest_plugins = ["tests.sync_support"]

``private_postgres`` is one server per test module, running at the start of every test (a test may
stop or crash it); ``fresh_private_postgres`` is one per test; ``tcp_proxy_factory(pg_url)`` makes
started proxies, stopped after the test. The servers skip, saying why, only when no PostgreSQL
server binaries exist on the machine.

PYTEST_DONT_REWRITE: test modules import this package before pytest loads it as their plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.sync_support.private_postgres import PrivatePostgres, find_server_bin_dir, free_port
from tests.sync_support.tcp_proxy import TcpProxy

__all__ = [
    "PrivatePostgres",
    "TcpProxy",
    "find_server_bin_dir",
    "free_port",
    "fresh_private_postgres",
    "private_postgres",
    "tcp_proxy_factory",
]

NO_SERVER_REASON = (
    "no PostgreSQL server binaries (initdb, pg_ctl, postgres) in /usr/lib/postgresql/*/bin or on PATH "
    "(Debian: apt-get install postgresql)"
)


def _started_server() -> PrivatePostgres:
    if find_server_bin_dir() is None:
        pytest.skip(NO_SERVER_REASON)
    return PrivatePostgres().start()


_MODULE_SERVER = pytest.StashKey[PrivatePostgres]()


@pytest.fixture
def private_postgres(request: pytest.FixtureRequest) -> PrivatePostgres:
    """One private server per test module, running at the start of every test (a test may stop it)."""
    # Kept on the module's node rather than in a module-scoped fixture, so that importing this one
    # name is enough to use it.
    module: pytest.Module | None = request.node.getparent(pytest.Module)
    assert module is not None
    server = module.stash.get(_MODULE_SERVER, None)
    if server is None:
        server = _started_server()
        module.stash[_MODULE_SERVER] = server
        module.addfinalizer(server.close)
    return server.start()


@pytest.fixture
def fresh_private_postgres() -> Iterator[PrivatePostgres]:
    """A private server of this test alone, running; deleted after the test."""
    server = _started_server()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def tcp_proxy_factory() -> Iterator[Callable[[str], TcpProxy]]:
    """``make(pg_url) -> TcpProxy``: a started proxy to that URL's host and port, stopped after the test.
    Connect through ``proxy.url_for(pg_url)``."""
    proxies: list[TcpProxy] = []

    def make(pg_url: str) -> TcpProxy:
        proxy = TcpProxy.for_url(pg_url).start()
        proxies.append(proxy)
        return proxy

    try:
        yield make
    finally:
        for proxy in proxies:
            proxy.stop()
