"""A readable, seekable stream over a file kept in fixed-size chunks (a sealed copy, the central
store's rows): one chunk in memory at a time, loaded when the reader reaches it."""

from __future__ import annotations

import io


class ChunkedReader(io.RawIOBase):
    """Subclasses give the file's ``size``, its ``chunk_size`` and ``load_chunk(index)``."""

    size: int
    chunk_size: int

    def __init__(self) -> None:
        super().__init__()
        self._position = 0
        self._cached: tuple[int, bytes] | None = None

    def load_chunk(self, index: int) -> bytes:
        raise NotImplementedError  # abstract: each kind of store reads its chunks its own way

    def chunk(self, index: int) -> bytes:
        if self._cached is None or self._cached[0] != index:
            self._cached = (index, self.load_chunk(index))
        return self._cached[1]

    def at_end(self) -> None:
        """Called when a read finds nothing left (a sealed empty file still checks its one chunk)."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._position = base + offset
        return self._position

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._position >= self.size:
            self.at_end()
            return 0
        index, within = divmod(self._position, self.chunk_size)
        piece = self.chunk(index)[within:within + len(buffer)]
        buffer[:len(piece)] = piece
        self._position += len(piece)
        return len(piece)

    def close(self) -> None:
        self._cached = None
        super().close()
