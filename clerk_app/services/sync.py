"""Synchronisation with the central store, as the UI and the CLI use it (docs/sync.md).

The round itself is ``clerk_app.services.sync_round``; this service keeps the station's connection
settings (the password in the OS keyring, never in a file), runs rounds one at a time and lists
conflicts and problems as plain data.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime

import keyring
import keyring.errors
from sqlalchemy import Engine, create_engine, delete, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, PendingRollbackError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from clerk_app.domain.accounts import Permission
from clerk_app.domain.sync import (
    CentralConnection,
    SyncConflict,
    SyncMode,
    SyncProblem,
    SyncProgress,
    SyncReport,
    SyncStatus,
)
from clerk_app.errors import ClerkError
from clerk_app.services.context import Actor
from clerk_app.services.sync_round import SyncRound
from clerk_app.timeutil import utc_now
from storage.encryption import KEYRING_SERVICE
from storage.migrations.runner import HEAD_REVISION
from storage.models import Card
from storage.repositories import audit as audit_repo
from storage.repositories import settings as settings_repo
from storage.store import Store
from storage.sync import capture, codec, outbox, pull
from storage.sync.central_apply import key_clause
from storage.sync.central_schema import sync_station
from storage.sync.tables import synced_table
from storage.sync_models import SyncConflictRow, SyncPending, SyncProblemRow, SyncUpload

ProgressCallback = Callable[[SyncProgress], None]
CancelCheck = Callable[[], bool]
CONNECTION_KEY = "sync.connection"
STATE_KEY = "sync.state"  # last sync, last attempt, last error


def _connect_args(connection: CentralConnection) -> dict[str, object]:
    args: dict[str, object] = {"connect_timeout": 10, "application_name": f"clerk-app {connection.station_code}"}
    if connection.sslmode:
        args["sslmode"] = connection.sslmode
    if connection.ca_file:
        args["sslrootcert"] = connection.ca_file
    return args


def central_engine(connection: CentralConnection, password: str | None) -> Engine:
    try:
        url = make_url(connection.url)
    except ArgumentError:
        raise ClerkError(f"not a database address: {connection.url}", code="sync.bad_url") from None
    if not url.drivername.startswith("postgres"):
        raise ClerkError("the central store is a PostgreSQL database (postgresql://host/database)", code="sync.bad_url")
    url = url.set(drivername="postgresql+psycopg", username=connection.station_name, password=password)
    return create_engine(url, poolclass=NullPool, connect_args=_connect_args(connection))


def translate_db_error(exc: DBAPIError) -> ClerkError:
    """A database failure as the user's problem: unreachable, refused login, TLS."""
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return ClerkError("the central store refused this station's name or password", code="sync.auth_failed")
    if "role" in lowered and "does not exist" in lowered:  # a server that trusts the network still names no such station
        return ClerkError(f"the central store has no such station: {message}", code="sync.unknown_station")
    if "does not support ssl" in lowered:  # sslmode require and up, against a server without TLS
        return ClerkError(f"the central store's server offers no encryption: {message}", code="sync.tls_unsupported")
    if "ssl" in lowered or "certificate" in lowered:
        return ClerkError(f"the secure connection to the central store failed: {message}", code="sync.tls_failed")
    if isinstance(exc, OperationalError):
        return ClerkError(f"the central store cannot be reached: {message}", code="sync.unreachable")
    return ClerkError(f"the central store answered with an error: {message}", code="sync.refused_by_central")


class SyncService:
    def __init__(self, store: Store, blobs: object):
        self.store = store
        self.blobs = blobs
        self._running = threading.Lock()

    # -- settings -----------------------------------------------------------------------------------

    def connection(self) -> CentralConnection | None:
        with self.store.read() as session:
            saved = settings_repo.get_setting(session, CONNECTION_KEY)
        return CentralConnection(**saved) if saved else None

    def _state(self) -> dict[str, object]:
        with self.store.read() as session:
            return dict(settings_repo.get_setting(session, STATE_KEY, {}) or {})

    def _save_state(self, **values: object) -> None:
        with self.store.write() as session:
            state = dict(settings_repo.get_setting(session, STATE_KEY, {}) or {})
            state.update(values)
            settings_repo.set_setting(session, STATE_KEY, state)

    def status(self) -> SyncStatus:
        connection = self.connection()
        state = self._state()
        with self.store.read() as session:
            pending = int(session.scalar(select(func.count()).select_from(SyncPending)) or 0)
            uploads = int(session.scalar(select(func.count()).select_from(SyncUpload)) or 0)
            problems = int(session.scalar(select(func.count()).select_from(SyncProblemRow)) or 0)
            conflicts = int(session.scalar(
                select(func.count()).select_from(SyncConflictRow).where(SyncConflictRow.resolved_at.is_(None))
            ) or 0)
            station = settings_repo.station_code(session)

        def when(name: str) -> datetime | None:
            value = state.get(name)
            return datetime.fromisoformat(str(value)) if value else None

        return SyncStatus(
            mode=SyncMode.SYNCED if connection else SyncMode.STANDALONE,
            central=connection.url if connection else None, station_code=station,
            last_sync_at=when("last_sync_at"), last_attempt_at=when("last_attempt_at"),
            last_error_code=state.get("last_error_code"),  # type: ignore[arg-type]
            last_error_message=state.get("last_error_message"),  # type: ignore[arg-type]
            pending_changes=pending, pending_uploads=uploads, problems=problems, open_conflicts=conflicts,
        )

    def connect(
        self, url: str, station_name: str, password: str, actor: Actor, *,
        sslmode: str | None = None, ca_file: str | None = None,
    ) -> CentralConnection:
        actor.require(Permission.SETTINGS)
        probe = CentralConnection(url=url.strip(), station_name=station_name.strip(), station_code="",
                                  sslmode=sslmode or None, ca_file=ca_file or None)
        code, central_chain_start = self._station_code_at_central(probe, password)
        connection = CentralConnection(probe.url, probe.station_name, code, probe.sslmode, probe.ca_file)
        with self.store.read() as session:
            own_chain = audit_repo.entries_by_seq(session, [1])
        if central_chain_start is not None and (not own_chain or own_chain[0].hash != central_chain_start):
            # Another store (this desk before a reinstall, or another desk) wrote this station's history:
            # two stores under one code would issue the same numbers and break each other's audit chain.
            raise ClerkError(
                f"station {code} already holds the history of another store at the central store: ask the "
                "administrator to add a new station (clerk-app central add-station NAME) and connect with it; "
                "every card, the earlier ones of this station included, then comes to this desk",
                code="sync.station_in_use", params={"code": code},
            )
        with self.store.read() as session:
            others = session.scalar(
                select(func.count()).select_from(Card).where(Card.station_code != code)
            )
            current = settings_repo.station_code(session)
        if others and current != code:
            raise ClerkError(
                f"this store has cards numbered under station {current}, but the central store knows this station as "
                f"{code}: ask the administrator to add the station with --code {current}",
                code="sync.station_code_taken", params={"code": current},
            )
        try:
            keyring.set_password(KEYRING_SERVICE, connection.keyring_user, password)
        except Exception as exc:  # keyring.errors.KeyringError and the backends' own errors alike
            raise ClerkError(f"the OS keyring cannot keep the password: {exc}", code="sync.keyring") from None
        with self.store.write() as session:
            settings_repo.set_setting(session, settings_repo.STATION_CODE_KEY, code)
            settings_repo.set_setting(session, CONNECTION_KEY, {
                "url": connection.url, "station_name": connection.station_name, "station_code": code,
                "sslmode": connection.sslmode, "ca_file": connection.ca_file,
            })
            if not capture.capturing(session):
                capture.start_capture(session)
                capture.enqueue_everything(session)
        return connection

    def _station_code_at_central(self, connection: CentralConnection, password: str) -> tuple[str, str | None]:
        """The station's code, and the hash that starts its audit chain at the central store (None
        while the station has sent none): only the store that wrote that chain may continue it."""
        engine = central_engine(connection, password)
        try:
            with engine.connect() as conn:
                tables = set(conn.scalars(text(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                )))
                if "sync_station" not in tables or "alembic_version" not in tables:
                    raise ClerkError("that database is not a clerk-app central store (run clerk-app central init)",
                                     code="sync.not_central")
                revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
                if revision != HEAD_REVISION:
                    raise ClerkError(
                        f"the central store's schema is {revision}, this station's {HEAD_REVISION}: upgrade both to the "
                        "same version (clerk-app central init upgrades the central store)", code="sync.schema_mismatch",
                    )
                code = conn.scalar(select(sync_station.c.code).where(sync_station.c.role_name == text("current_user")))
                chain_start = conn.scalar(
                    text("SELECT hash FROM station_audit_entry WHERE chain_station = :code AND seq = 1"), {"code": code}
                ) if code is not None else None
        except DBAPIError as exc:
            raise translate_db_error(exc) from None
        finally:
            engine.dispose()
        if code is None:
            raise ClerkError(f"the central store has no station {connection.station_name}", code="sync.unknown_station")
        return str(code), chain_start

    def disconnect(self, actor: Actor) -> None:
        actor.require(Permission.SETTINGS)
        connection = self.connection()
        if connection is None:
            return
        try:
            keyring.delete_password(KEYRING_SERVICE, connection.keyring_user)
        except keyring.errors.KeyringError:
            pass  # gone already
        with self.store.write() as session:
            capture.stop_capture(session)
            session.execute(delete(SyncPending))
            session.execute(delete(SyncUpload))
            settings_repo.set_setting(session, CONNECTION_KEY, None)

    # -- rounds ---------------------------------------------------------------------------------------

    def sync(self, *, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None,
             central_url: str | None = None) -> SyncReport:
        connection = self.connection()
        if connection is None:
            raise ClerkError("this station is not connected to a central store", code="sync.not_connected")
        keyring_user = connection.keyring_user  # the password kept at connect, whatever address this run uses
        if central_url:
            connection = CentralConnection(central_url, connection.station_name, connection.station_code,
                                           connection.sslmode, connection.ca_file)
        if not self._running.acquire(blocking=False):
            raise ClerkError("a sync is running already", code="sync.busy")
        try:
            self._save_state(last_attempt_at=utc_now().isoformat())
            try:
                password = keyring.get_password(KEYRING_SERVICE, keyring_user)
            except Exception:  # no usable keyring: the same as no password kept
                password = None
            if password is None:
                raise ClerkError("the station's password is not in the OS keyring: connect again in settings",
                                 code="sync.auth_failed")
            engine = central_engine(connection, password)
            try:
                report = SyncRound(self.store, self.blobs, engine, connection.station_code,  # type: ignore[arg-type]
                                   progress=progress, cancel=cancel).run()
            except DBAPIError as exc:
                raise translate_db_error(exc) from None
            except PendingRollbackError:  # the connection died inside a transaction
                raise ClerkError("the connection to the central store was lost; the next sync goes on from here",
                                 code="sync.unreachable") from None
            finally:
                engine.dispose()
        except ClerkError as exc:
            self._save_state(last_error_code=exc.code, last_error_message=exc.message)
            raise
        finally:
            self._running.release()
        self._save_state(last_sync_at=utc_now().isoformat(), last_error_code=None, last_error_message=None)
        return report

    # -- conflicts and problems ---------------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[SyncConflict]:
        with self.store.read() as session:
            query = select(SyncConflictRow, Card.number).outerjoin(Card, Card.id == SyncConflictRow.card_id)
            if not include_resolved:
                query = query.where(SyncConflictRow.resolved_at.is_(None))
            rows = session.execute(query.order_by(SyncConflictRow.detected_at)).all()
        return [
            SyncConflict(
                id=str(r.id), table=r.table_name, row_key=r.row_key, card_id=str(r.card_id) if r.card_id else None,
                card_number=number, field=r.field, central_value=r.central_value, station_value=r.station_value,
                station_code=r.station_code, detected_at=r.detected_at, resolved_at=r.resolved_at,
                resolved_by=r.resolved_by, kept=r.kept,
            )
            for r, number in rows
        ]

    def resolve_conflict(self, conflict_id: str, keep: str, actor: Actor) -> None:
        """``keep``: "central" or "station". The chosen value becomes an ordinary change of this
        station (the next push sends it), so every station ends with it."""
        actor.require(Permission.CONTROL_ALL)
        if keep not in ("central", "station"):
            raise ClerkError("choose the central or the station's value", code="sync.bad_choice")
        with self.store.write() as session:
            row = session.get(SyncConflictRow, uuid.UUID(conflict_id), with_for_update=True)
            if row is None:
                raise ClerkError("no such conflict", code="sync.no_conflict")
            if row.resolved_at is not None:
                raise ClerkError("someone resolved this conflict already", code="sync.conflict_resolved_already")
            if keep == "station":
                spec = synced_table(row.table_name)
                column = spec.column(row.field)
                value = codec.from_wire(column, json.loads(row.station_value) if row.station_value else None)
                key = codec.key_values(spec.key_columns, row.row_key)
                session.execute(update(spec.table).where(key_clause(spec.table, [key])).values({row.field: value}))
            row.resolved_at = utc_now()
            row.resolved_by = actor.user
            row.kept = keep

    def problems(self) -> list[SyncProblem]:
        with self.store.read() as session:
            rows = session.scalars(select(SyncProblemRow).order_by(SyncProblemRow.id)).all()
            numbers = self._card_numbers(session, rows)
        return [
            SyncProblem(id=r.id, table=r.table_name, row_key=r.row_key, card_number=r.card_number or numbers.get(r.id),
                        error_code=r.error_code, message=r.message, occurred_at=r.occurred_at, attempts=r.attempts)
            for r in rows
        ]

    @staticmethod
    def _card_numbers(session: Session, rows: Sequence[SyncProblemRow]) -> dict[int, str]:
        found: dict[int, str] = {}
        for r in rows:
            if r.table_name == "card" and r.card_number is None:
                card_id = uuid.UUID(hex=json.loads(r.row_key)[0])
                number = session.scalar(select(Card.number).where(Card.id == card_id))
                if number:
                    found[r.id] = number
        return found

    def retry_problem(self, problem_id: int, actor: Actor) -> None:
        actor.require(Permission.SETTINGS)
        with self.store.write() as session:
            row = _own_problem(session, problem_id)
            outbox.queue_again(session, row)
            session.delete(row)

    def discard_problem(self, problem_id: int, actor: Actor) -> None:
        actor.require(Permission.SETTINGS)
        with self.store.write() as session:
            row = _own_problem(session, problem_id)
            session.delete(row)


def _own_problem(session: Session, problem_id: int) -> SyncProblemRow:
    """A refused change of this station's; a received row is not to be retried or given up by hand."""
    row = session.get(SyncProblemRow, problem_id)
    if row is None:
        raise ClerkError("no such problem", code="sync.no_problem")
    if row.error_code in pull.PULL_PROBLEM_CODES:
        raise ClerkError("a received row is tried again at every round", code="sync.problem_received")
    return row
