"""UUIDv7 identifiers (RFC 9562): time-ordered, so rows made offline on many stations never collide
and still index well. Python 3.11 has no ``uuid.uuid7``."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> uuid.UUID:
    """A UUIDv7 that is strictly increasing within this process (a 12-bit counter per millisecond)."""
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            _last_ms = now_ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave headroom to count up
        else:
            _counter += 1
            if _counter > 0xFFF:  # more than ~3000 ids in one millisecond: borrow the next one
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def id_time_ms(value: uuid.UUID) -> int:
    """The Unix time in milliseconds that a UUIDv7 carries."""
    return value.int >> 80


def _batch_values(count: int) -> list[int]:
    global _last_ms, _counter
    with _lock:
        now_ms = max(time.time_ns() // 1_000_000, _last_ms + 1)
        _last_ms = now_ms + count // 0x1000 + 1  # later single ids continue above this batch
        _counter = 0
    noise = os.urandom(8 * count)
    mask = (1 << 62) - 1
    version_and_variant = 0x7 << 76 | 0b10 << 62
    return [
        (now_ms + (i >> 12)) << 80 | version_and_variant | (i & 0xFFF) << 64 | (int.from_bytes(noise[8 * i : 8 * i + 8], "big") & mask)
        for i in range(count)
    ]


def new_ids(count: int) -> list[uuid.UUID]:
    """``count`` increasing UUIDv7s at once (bulk loads): one clock read and one urandom call."""
    return [uuid.UUID(int=value) for value in _batch_values(count)]


def new_id_hexes(count: int) -> list[str]:
    """The same as 32-digit hex text: what SQLite stores, without building UUID objects."""
    return [f"{value:032x}" for value in _batch_values(count)]
