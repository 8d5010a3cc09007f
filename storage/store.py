"""Opening the store: engines, connection settings, transactions and schema upgrades.

The embedded default is an SQLite file (WAL, foreign keys on) in the data directory; a PostgreSQL
URL runs the same code on the central store. Writes on SQLite start with ``BEGIN IMMEDIATE`` so
that concurrent writers queue on the lock instead of failing with "database is locked" halfway.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from clerk_app.errors import StoreError
from storage import encryption
from storage.data_folder import DATABASE_FILE_NAME, refuse_while_restoring, sweep_leftovers
from storage.encryption_enable import finish_interrupted_enable

__all__ = ["DATABASE_FILE_NAME", "Store", "create_store_engine", "default_data_dir", "open_store"]
DATA_DIR_ENV = "CLERK_DATA_DIR"
SQLITE_BUSY_TIMEOUT_S = 30


def default_data_dir() -> Path:
    """The per-user data directory (``CLERK_DATA_DIR`` overrides it, e.g. for a portable install)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("clerk-app", appauthor=False))


def normalize_url(url: str) -> URL:
    """Accepts ``postgresql://`` and ``postgres://`` as psycopg 3 URLs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url}", code="store.bad_url") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not (parsed.drivername.startswith("sqlite") or parsed.drivername.startswith("postgresql")):
        raise StoreError(f"unsupported database {parsed.drivername}: use SQLite or PostgreSQL", code="store.bad_url")
    return parsed


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off; SQLAlchemy's begin event below emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # R44: deleted personal data is zeroed in the file, not left in free pages
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache: a 1M-card journal stays warm
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA mmap_size=268435456")  # reads of a large store without a copy per page
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """WAL is a property of the database file, set once by whoever creates it. Switching needs the
    file to itself, and SQLite answers "locked" at once, without waiting, while another process is
    creating the store: then it is tried again until that process is done."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except encryption.operational_errors() as exc:  # sqlite3's or sqlcipher3's
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _on_sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


@dataclass
class Store:
    """One open registry store. Thread-safe: every unit of work takes its own session."""

    engine: Engine
    data_dir: Path
    _sessions: sessionmaker[Session]
    _write_sessions: sessionmaker[Session]
    key: bytes | None = field(default=None, repr=False)  # an encrypted store's key (blobs are sealed with it)
    leftovers_removed: tuple[str, ...] = ()  # temporary copies of crashed backups and restores swept on opening

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent snapshot on both backends)."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything in the block is committed together or not at all."""
        with self._write_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def create_store_engine(
    url: URL, *, pg_schema: str | None = None, echo: bool = False, key: bytes | None = None
) -> Engine:
    """``key``: the store key of an encrypted SQLite file (SQLCipher), None for a plain one."""
    if url.drivername.startswith("sqlite"):
        if key is None:
            engine = create_engine(
                url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
            )
        else:  # every connection is keyed before its first statement (SQLCipher needs the key first)
            path = Path(str(url.database))
            engine = create_engine(
                url, echo=echo, module=encryption.sqlcipher_module(),
                creator=lambda: encryption.connect_sqlite(path, key, timeout=SQLITE_BUSY_TIMEOUT_S),
            )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    connect_args: dict[str, Any] = {"connect_timeout": 10}
    if pg_schema:
        connect_args["options"] = f"-c search_path={pg_schema}"
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def open_store(
    db_url: str | None = None,
    data_dir: Path | None = None,
    *,
    pg_schema: str | None = None,
    upgrade: bool = True,
    restoring: bool = False,
) -> Store:
    """Opens (and by default creates or upgrades) the store. ``db_url`` None means the embedded SQLite,
    which is refused while a restore's swap is pending (``store.restore_pending``; ``restoring``: the
    restore itself finishing its work) or an encryption is running (``store.converting``)."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    removed: list[str] = []
    if db_url is None:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {data_dir}: {exc.strerror}", code="store.data_dir") from None
        if not restoring:
            refuse_while_restoring(data_dir)
            finish_interrupted_enable(data_dir)  # a crash in `clerk-app encryption enable`
            removed = sweep_leftovers(data_dir)  # full copies destruction would never reach
        key = encryption.store_key(data_dir)  # None: a plain store
        url = URL.create("sqlite+pysqlite", database=str(data_dir / DATABASE_FILE_NAME))
    else:
        key = None
        url = normalize_url(db_url)
    engine = create_store_engine(url, pg_schema=pg_schema, key=key)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if db_url is None and not restoring:
            # again, now that a connection is open: a restore that began meanwhile either sees it
            # (and refuses, store.in_use) or has written its note before this point
            refuse_while_restoring(data_dir)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"cannot open the store at {url.render_as_string()}: {reason}", code="store.unreachable") from None
    store = Store(
        engine=engine,
        data_dir=data_dir,
        _sessions=sessionmaker(engine, expire_on_commit=False),
        _write_sessions=sessionmaker(engine.execution_options(write=True), expire_on_commit=False),
        key=key,
        leftovers_removed=tuple(removed),
    )
    if upgrade:
        from storage.migrations.runner import upgrade_to_head

        upgrade_to_head(store.engine)
    return store
