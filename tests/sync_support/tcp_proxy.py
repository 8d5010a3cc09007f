"""A TCP proxy inside the test process, to break the network between a station and its server at will.

One thread runs a selector loop over the listening socket and every proxied connection, so all state
changes happen on that thread; the control methods (``drop_all``, ``pause``...) hand it work through
a queue and a wake-up socket, and return once it is done. Stdlib only.
"""

from __future__ import annotations

import errno
import queue
import selectors
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

Direction = Literal["to_server", "to_client"]

_CHUNK = 65536
_BUFFER_LIMIT = 1 << 20  # stop reading a side while this much waits for the other (backpressure)
_CONTROL_TIMEOUT_S = 10.0


def _reset(sock: socket.socket) -> None:
    """Close abruptly: SO_LINGER 0 makes the kernel send RST instead of FIN."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


@dataclass
class _Rule:
    """A one-shot cut: after ``remaining`` more bytes in ``direction``, the connection carrying them dies."""

    direction: Direction
    remaining: int
    fired: threading.Event = field(default_factory=threading.Event)


@dataclass(eq=False)
class _Conn:
    client: socket.socket
    server: socket.socket
    connected: bool = False
    to_server: bytearray = field(default_factory=bytearray)  # read from client, not yet sent to server
    to_client: bytearray = field(default_factory=bytearray)
    client_eof: bool = False
    server_eof: bool = False
    server_shut: bool = False  # FIN passed on to the server
    client_shut: bool = False
    cut_after_flush: bool = False  # a drop_after rule fired: reset once the allowed bytes are out


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target_host:target_port``, with faults on demand.

    ``drop_all()`` resets every current connection (both sides, RST); ``drop_after(n, direction)``
    cuts the connection that carries the n-th byte in that direction from now (exactly n bytes get
    through); ``pause()`` refuses new connections (the port is closed) until ``resume()``.
    """

    def __init__(
        self, target_host: str, target_port: int, *, listen_host: str = "127.0.0.1", listen_port: int = 0
    ) -> None:
        self.target = (target_host, target_port)
        self.host = listen_host
        self.port = listen_port
        self._bytes_to_server = 0
        self._bytes_to_client = 0
        self._accepted = 0
        self._conns: set[_Conn] = set()
        self._rule: _Rule | None = None
        self._listener: socket.socket | None = None
        self._selector: selectors.BaseSelector | None = None
        self._thread: threading.Thread | None = None
        self._tasks: queue.Queue[tuple[Callable[[], Any], threading.Event, list[Any]]] = queue.Queue()
        self._wake_r: socket.socket | None = None  # made by start(): a proxy never started holds no socket
        self._wake_w: socket.socket | None = None
        self._stopping = False

    @classmethod
    def for_url(cls, url: str) -> TcpProxy:
        """A proxy whose target is the host and port of a postgresql URL (not started)."""
        parts = urlsplit(url)
        return cls(parts.hostname or "127.0.0.1", parts.port or 5432)

    # -- life cycle --------------------------------------------------------------------------------

    def start(self) -> TcpProxy:
        if self._thread is not None:
            return self
        if self._stopping:
            raise RuntimeError("TcpProxy is stopped")
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._listen()
        self._thread = threading.Thread(target=self._loop, name=f"tcp-proxy-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the port and reset every connection; the proxy cannot be started again."""
        if self._thread is not None and self._thread.is_alive() and not self._stopping:
            self._call(self._shutdown)
            self._thread.join(_CONTROL_TIMEOUT_S)
        self._stopping = True
        for wake in (self._wake_r, self._wake_w):
            if wake is not None:
                wake.close()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- faults ------------------------------------------------------------------------------------

    def drop_all(self) -> int:
        """Reset every current connection on both sides; returns how many there were."""

        def drop() -> int:
            dropped = len(self._conns)
            for conn in list(self._conns):
                self._kill(conn)
            return dropped

        return int(self._call(drop))

    def drop_after(self, n_bytes: int, direction: Direction = "to_server") -> threading.Event:
        """Arm a one-shot rule: once ``n_bytes`` more bytes have passed in ``direction`` (counted over all
        connections from now), reset the connection that carried them. Replaces an armed rule. The
        returned event is set when the rule fires."""
        if direction not in ("to_server", "to_client"):
            raise ValueError(f"unknown direction {direction!r}")
        if n_bytes < 0:
            raise ValueError("n_bytes must be >= 0")
        rule = _Rule(direction, n_bytes)

        def arm() -> None:
            self._rule = rule

        self._call(arm)
        return rule.fired

    def pause(self) -> None:
        """Refuse new connections (the port is closed: clients get 'connection refused'); current ones go on."""
        self._call(self._unlisten)

    def resume(self) -> None:
        """Accept new connections again, on the same port."""
        self._call(self._listen)

    @property
    def paused(self) -> bool:
        return self._listener is None

    # Counters are read on the loop thread: a client may already hold bytes whose send() the loop has
    # not counted yet, and asking the loop waits until it has.

    @property
    def bytes_to_server(self) -> int:
        """Bytes delivered to the target so far, all connections together."""
        return int(self._read_on_loop(lambda: self._bytes_to_server))

    @property
    def bytes_to_client(self) -> int:
        """Bytes delivered to clients so far, all connections together."""
        return int(self._read_on_loop(lambda: self._bytes_to_client))

    @property
    def connections_accepted(self) -> int:
        return int(self._read_on_loop(lambda: self._accepted))

    @property
    def active_connections(self) -> int:
        return int(self._read_on_loop(lambda: len(self._conns)))

    def _read_on_loop(self, read: Callable[[], int]) -> int:
        if self._thread is None or self._stopping:
            return read()  # no loop running: nothing changes any more
        return int(self._call(read))

    # -- addresses ---------------------------------------------------------------------------------

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def url_for(self, pg_url: str) -> str:
        """``pg_url`` with its host and port replaced by the proxy's (user, password, database and query kept)."""
        parts = urlsplit(pg_url)
        userinfo, _, _ = parts.netloc.rpartition("@")
        netloc = f"{userinfo}@{self.host}:{self.port}" if userinfo else f"{self.host}:{self.port}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))

    # -- the loop thread ----------------------------------------------------------------------------

    def _call(self, task: Callable[[], Any]) -> Any:
        """Run ``task`` on the loop thread and return its result (or raise its exception)."""
        if self._thread is None:
            raise RuntimeError("TcpProxy is not started")
        if self._stopping or not self._thread.is_alive():
            raise RuntimeError("TcpProxy is stopped")
        done = threading.Event()
        result: list[Any] = []
        self._tasks.put((task, done, result))
        assert self._wake_w is not None
        self._wake_w.send(b"x")
        if not done.wait(_CONTROL_TIMEOUT_S):
            raise TimeoutError("TcpProxy loop did not answer")
        if isinstance(result[0], BaseException):
            raise result[0]
        return result[0]

    def _loop(self) -> None:
        assert self._selector is not None
        try:
            while not self._stopping:
                for key, events in self._selector.select(timeout=1.0):
                    if key.data == "wake":
                        self._run_tasks()
                    elif key.data == "listen":
                        self._accept()
                    else:
                        conn, side = key.data
                        if conn in self._conns:
                            self._service(conn, side, events)
        finally:
            if not self._stopping:  # a bug in the loop: leave no socket behind
                self._shutdown()
            self._selector.close()

    def _run_tasks(self) -> None:
        assert self._wake_r is not None
        try:
            self._wake_r.recv(4096)
        except BlockingIOError:
            pass
        while True:
            try:
                task, done, result = self._tasks.get_nowait()
            except queue.Empty:
                return
            try:
                result.append(task())
            except BaseException as exc:  # handed back to the calling thread
                result.append(exc)
            done.set()

    def _listen(self) -> None:
        if self._listener is not None:
            return
        assert self._selector is not None
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(64)
        listener.setblocking(False)
        self.port = int(listener.getsockname()[1])
        self._listener = listener
        self._selector.register(listener, selectors.EVENT_READ, "listen")

    def _unlisten(self) -> None:
        if self._listener is None:
            return
        assert self._selector is not None
        self._selector.unregister(self._listener)
        self._listener.close()
        self._listener = None

    def _shutdown(self) -> None:
        self._unlisten()
        for conn in list(self._conns):
            self._kill(conn)
        self._stopping = True

    def _accept(self) -> None:
        if self._listener is None:  # paused by a task earlier in the same select batch
            return
        try:
            client, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        client.setblocking(False)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setblocking(False)
        server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = _Conn(client, server)
        self._conns.add(conn)
        self._accepted += 1
        error = server.connect_ex(self.target)  # usually completes later: the socket turns writable
        if error == 0:
            conn.connected = True
        elif error not in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
            self._kill(conn)  # target refused: so does the proxy, abruptly
            return
        self._update(conn)

    def _service(self, conn: _Conn, side: str, events: int) -> None:
        try:
            if side == "server" and not conn.connected and events & selectors.EVENT_WRITE:
                if conn.server.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                    self._kill(conn)  # target refused: so does the proxy, abruptly
                    return
                conn.connected = True
            if events & selectors.EVENT_READ:
                self._read(conn, side)
            if conn in self._conns and events & selectors.EVENT_WRITE and conn.connected:
                self._flush(conn, side)
            if conn in self._conns:
                self._finish_or_update(conn)
        except OSError:
            self._kill(conn)

    def _read(self, conn: _Conn, side: str) -> None:
        source = conn.client if side == "client" else conn.server
        direction: Direction = "to_server" if side == "client" else "to_client"
        data = source.recv(_CHUNK)
        if not data:
            if side == "client":
                conn.client_eof = True
            else:
                conn.server_eof = True
            return
        rule = self._rule
        if rule is not None and rule.direction == direction and not conn.cut_after_flush:
            if len(data) >= rule.remaining:
                data = data[: rule.remaining]
                conn.cut_after_flush = True
                self._rule = None
                rule.fired.set()
            else:
                rule.remaining -= len(data)
        (conn.to_server if direction == "to_server" else conn.to_client).extend(data)

    def _flush(self, conn: _Conn, side: str) -> None:
        target, pending = (conn.server, conn.to_server) if side == "server" else (conn.client, conn.to_client)
        if not pending:
            return
        sent = target.send(pending)
        del pending[:sent]
        if side == "server":
            self._bytes_to_server += sent
        else:
            self._bytes_to_client += sent

    def _finish_or_update(self, conn: _Conn) -> None:
        if conn.cut_after_flush and not conn.to_server and not conn.to_client:
            self._kill(conn)
            return
        # Pass half-closes on once everything before them is delivered.
        if conn.client_eof and not conn.to_server and conn.connected and not conn.server_shut:
            conn.server.shutdown(socket.SHUT_WR)
            conn.server_shut = True
        if conn.server_eof and not conn.to_client and not conn.client_shut:
            conn.client.shutdown(socket.SHUT_WR)
            conn.client_shut = True
        if conn.server_shut and conn.client_shut:
            self._forget(conn)
            conn.client.close()
            conn.server.close()
            return
        self._update(conn)

    def _update(self, conn: _Conn) -> None:
        """Register each socket for exactly the events it can act on now."""
        assert self._selector is not None
        client_events = 0
        if not conn.client_eof and len(conn.to_server) < _BUFFER_LIMIT and not conn.cut_after_flush:
            client_events |= selectors.EVENT_READ
        if conn.to_client:
            client_events |= selectors.EVENT_WRITE
        server_events = 0
        if not conn.connected or conn.to_server:
            server_events |= selectors.EVENT_WRITE
        if conn.connected and not conn.server_eof and len(conn.to_client) < _BUFFER_LIMIT and not conn.cut_after_flush:
            server_events |= selectors.EVENT_READ
        for sock, side, wanted in ((conn.client, "client", client_events), (conn.server, "server", server_events)):
            registered = self._selector.get_map().get(sock.fileno())
            if wanted and registered is None:
                self._selector.register(sock, wanted, (conn, side))
            elif wanted and registered is not None and registered.events != wanted:
                self._selector.modify(sock, wanted, (conn, side))
            elif not wanted and registered is not None:
                self._selector.unregister(sock)

    def _forget(self, conn: _Conn) -> None:
        assert self._selector is not None
        for sock in (conn.client, conn.server):
            try:
                if sock.fileno() in self._selector.get_map():
                    self._selector.unregister(sock)
            except (KeyError, ValueError):
                pass
        self._conns.discard(conn)

    def _kill(self, conn: _Conn) -> None:
        self._forget(conn)
        _reset(conn.client)
        _reset(conn.server)
