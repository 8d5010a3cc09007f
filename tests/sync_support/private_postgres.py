"""A throwaway PostgreSQL server of a test's own: started, stopped, crashed and restarted at will.

The CI PostgreSQL cannot be stopped by a test; sync tests need a central server that goes away and
comes back. This one lives in a temporary directory (initdb + pg_ctl), listens on a free port on
127.0.0.1 with trust authentication, and is tuned for speed, not durability (no fsync).

initdb refuses to run as root (tests and CI do), so as root every server binary runs as an
unprivileged user (``postgres`` if it exists, else ``nobody``) that owns the temporary directory.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import weakref
from pathlib import Path
from types import TracebackType

SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")
_START_TIMEOUT_S = 30

# Durability is worthless for a throwaway server and costs seconds: switch it all off.
_CONFIG = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 40
huge_pages = off
logging_collector = off
log_min_messages = warning
"""


def find_server_bin_dir() -> Path | None:
    """The directory of the newest PostgreSQL server binaries: /usr/lib/postgresql/*/bin, else PATH."""
    root = Path("/usr/lib/postgresql")
    candidates: list[tuple[tuple[int, ...], Path]] = []
    if root.is_dir():
        for version_dir in root.iterdir():
            bin_dir = version_dir / "bin"
            if all((bin_dir / name).is_file() for name in SERVER_BINARIES):
                version = tuple(int(part) for part in re.findall(r"\d+", version_dir.name))
                candidates.append((version, bin_dir))
    if candidates:
        return max(candidates)[1]
    on_path = [shutil.which(name) for name in SERVER_BINARIES]
    if all(on_path):
        return Path(str(on_path[0])).resolve().parent
    return None


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free right now (the OS picks it; a race with another process is possible but rare)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _unprivileged_user() -> str:
    import pwd  # POSIX only, and only needed as root

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root but neither a 'postgres' nor a 'nobody' user exists for initdb")


def _run_as_prefix(user: str) -> list[str]:
    """The command prefix that drops root to ``user`` (runuser, else setpriv)."""
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--"]
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"]
    raise RuntimeError("running as root but neither runuser nor setpriv is available to drop privileges")


def _base_temp_dir(as_user: str | None) -> str | None:
    """Where to make the server's directory: the usual temp dir, unless the server's user cannot reach it."""
    base = tempfile.gettempdir()
    if as_user is None:
        return None
    # An unprivileged user must traverse every parent (pytest's /tmp/pytest-of-root is 0700).
    for parent in [Path(base), *Path(base).parents]:
        if not parent.stat().st_mode & 0o001:
            return "/tmp"
    return base


def _server_env() -> dict[str, str]:
    # PG* variables of the caller (PGDATA, PGPORT, ...) must not redirect our commands.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


class PrivatePostgres:
    """A PostgreSQL server of this process only, in a temporary directory, on a free port.

    ``start()`` creates the cluster on first use; ``stop()`` keeps its data, so ``start()`` again (or
    ``restart()``) brings back the same databases on the same port; ``close()`` stops it and deletes
    everything. Use as a context manager for start + close.
    """

    def __init__(self, *, bin_dir: Path | None = None, superuser: str = "postgres", port: int | None = None) -> None:
        found = bin_dir or find_server_bin_dir()
        if found is None:
            raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found")
        self.bin_dir = Path(found)
        self.user = superuser
        self.host = "127.0.0.1"
        self.port = port or free_port(self.host)
        self.os_user = _unprivileged_user() if _is_root() else None
        self._prefix = _run_as_prefix(self.os_user) if self.os_user else []
        self.base_dir = Path(tempfile.mkdtemp(prefix="clerk-pg-", dir=_base_temp_dir(self.os_user)))
        self.data_dir = self.base_dir / "data"
        self.socket_dir = self.base_dir / "socket"
        self.log_path = self.base_dir / "server.log"
        self._initialized = False
        self._running = False
        self.socket_dir.mkdir(mode=0o700)
        if self.os_user:
            shutil.chown(self.base_dir, user=self.os_user)
            shutil.chown(self.socket_dir, user=self.os_user)
        # Even if a test forgets close(), no server outlives the test process.
        self._finalizer = weakref.finalize(
            self, _stop_and_remove, [*self._prefix, *self._pg_ctl()], self.base_dir, _server_env()
        )

    # -- addresses --------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """``postgresql://<user>@127.0.0.1:<port>/postgres``."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"

    @property
    def running(self) -> bool:
        """Started by us and its postmaster still there (a server killed from outside counts as stopped)."""
        return self._running and (self.data_dir / "postmaster.pid").exists()

    # -- life cycle --------------------------------------------------------------------------------

    def start(self) -> PrivatePostgres:
        """Start the server (creating the cluster the first time); returns when it accepts connections."""
        if not self._finalizer.alive:
            raise RuntimeError("this PrivatePostgres is closed")
        if self.running:
            return self
        if not self._initialized:
            self._initdb()
        if not self._port_is_free():
            raise RuntimeError(f"port {self.port} is taken by another process; cannot start PostgreSQL")
        self._run(
            [*self._pg_ctl(), "-l", str(self.log_path), "-w", "-t", str(_START_TIMEOUT_S), "start"],
            what="start",
        )
        self._running = True
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (clean shutdown, sessions ended) or ``immediate`` (like a crash)."""
        if mode not in ("smart", "fast", "immediate"):
            raise ValueError(f"unknown stop mode {mode!r}")
        if not self.running:
            self._running = False
            return
        self._run([*self._pg_ctl(), "-m", mode, "-w", "-t", str(_START_TIMEOUT_S), "stop"], what="stop")
        self._running = False

    def restart(self, mode: str = "fast") -> None:
        """Stop (``mode``) and start again on the same port with the same data."""
        self.stop(mode)
        self.start()

    def close(self) -> None:
        """Stop the server at once and delete its directory (safe to call twice)."""
        self._running = False
        self._finalizer()

    def __enter__(self) -> PrivatePostgres:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def enable_tls(self, cert_pem: bytes, key_pem: bytes) -> None:
        """Serve TLS with this certificate from now on (restarts a running server)."""
        if not self._initialized:
            self._initdb()
        for name, data in (("server.crt", cert_pem), ("server.key", key_pem)):
            path = self.data_dir / name
            path.write_bytes(data)
            path.chmod(0o600)  # the server refuses a key others may read
            if self.os_user:
                shutil.chown(path, user=self.os_user)
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        if self.running:
            self.restart()

    # -- databases ---------------------------------------------------------------------------------

    def create_database(self, name: str) -> str:
        """Create database ``name`` (the server must be running); returns its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url_for(name)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server log, for failure messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    # -- internals ---------------------------------------------------------------------------------

    def _initdb(self) -> None:
        self._run(
            [
                str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", self.user, "--auth=trust",
                "--no-sync", "--encoding=UTF8", "--locale=C",
            ],
            what="initdb",
        )
        config = _CONFIG.format(port=self.port, socket_dir=self.socket_dir.as_posix())
        # The file belongs to the server user; appending as root keeps its owner.
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(config)
        self._initialized = True

    def _pg_ctl(self) -> list[str]:
        return [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir)]

    def _run(self, command: list[str], what: str) -> None:
        """Run a server binary, as the unprivileged user when we are root."""
        done = subprocess.run(
            [*self._prefix, *command], cwd=self.base_dir, env=_server_env(), capture_output=True, text=True, check=False,
            timeout=_START_TIMEOUT_S + 30,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"PostgreSQL {what} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}\n"
                f"--- server log ---\n{self.log_tail()}"
            )

    def _port_is_free(self) -> bool:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((self.host, self.port))
            except OSError:
                return False
        return True


def _stop_and_remove(pg_ctl: list[str], base_dir: Path, env: dict[str, str]) -> None:
    """Cleanup that needs no instance (runs from weakref.finalize, also at interpreter exit)."""
    if (base_dir / "data" / "postmaster.pid").exists():
        subprocess.run(
            [*pg_ctl, "-m", "immediate", "-w", "-t", "30", "stop"],
            cwd=base_dir, env=env, capture_output=True, check=False, timeout=60,
        )
    shutil.rmtree(base_dir, ignore_errors=True)
