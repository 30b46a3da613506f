"""Files beside the store that are mapped, not read: a small marshalled head, then named
blobs of bytes that a reader slices out of the mapping only when it needs them.

The read cache and the search postings are both such files. A blob costs nothing until
it is used, so opening a large store reads only the head.
"""
from __future__ import annotations

import marshal
import mmap
import os
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from commitments.store.atomic import replacing

_LENGTH = struct.Struct("<Q")


def write_blobs(target: Path, like: Path, head: Any, blobs: Iterable[tuple[Any, bytes | memoryview]]) -> bool:
    """Write ``target`` atomically, readable by whoever may read ``like`` (the store: the
    blobs hold its text). False if it could not be written; nothing is left behind."""
    table: dict[Any, tuple[int, int]] = {}
    try:
        with replacing(target, mode=os.stat(like).st_mode & 0o777) as fh:
            fh.write(_LENGTH.pack(0))  # the head's length, filled in once the blobs are down
            offset = 0
            for key, blob in blobs:
                fh.write(blob)
                table[key] = (offset, len(blob) if isinstance(blob, bytes) else blob.nbytes)
                offset += table[key][1]
            encoded = marshal.dumps((head, table))
            fh.write(encoded)
            fh.seek(0)
            fh.write(_LENGTH.pack(len(encoded)))
        return True
    except (OSError, ValueError, OverflowError):
        return False


def _open(path: Path) -> tuple[Any, dict[Any, tuple[int, int]], memoryview, int] | None:
    """(head, table of blob offsets, the mapped file, where the blobs end), or None."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            (length,) = _LENGTH.unpack(fh.read(_LENGTH.size))
            if not 0 < length <= size - _LENGTH.size:
                return None
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        head, table = marshal.loads(view[size - length:])
        return (head, table, view, size - length - _LENGTH.size) if isinstance(table, dict) else None
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        return None


def read_blobs(path: Path) -> tuple[Any, dict[Any, memoryview]] | None:
    """The head and each blob (a view into the mapped file), or None if the file is
    missing or not whole."""
    got = _open(path)
    if got is None:
        return None
    head, table, view, end = got
    blobs = {}
    try:
        for key, (offset, n) in table.items():
            if offset < 0 or n < 0 or offset + n > end:
                return None
            blobs[key] = view[_LENGTH.size + offset:_LENGTH.size + offset + n]
    except (ValueError, TypeError):
        return None
    return head, blobs


class LazyBlobs:
    """A blob file's blobs by name, each sliced out of the mapping (and checked) only when
    asked for: a file of a million postings lists opens without touching them."""

    def __init__(self, view: memoryview, table: dict[Any, tuple[int, int]], end: int) -> None:
        self._view, self._table, self._end = view, table, end

    def get(self, key: Any, default: Any = None) -> memoryview | Any:
        where = self._table.get(key)
        if where is None:
            return default
        offset, n = where
        if offset < 0 or n < 0 or offset + n > self._end:
            raise ValueError(f"blob {key!r} lies outside the file")
        return self._view[_LENGTH.size + offset:_LENGTH.size + offset + n]

    def __iter__(self):
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def items(self):
        return ((key, self.get(key)) for key in self._table)


def read_lazily(path: Path) -> tuple[Any, LazyBlobs] | None:
    """The head and the blobs, sliced on demand (see LazyBlobs), or None if the file is
    missing or not whole."""
    got = _open(path)
    if got is None:
        return None
    head, table, view, end = got
    return head, LazyBlobs(view, table, end)
