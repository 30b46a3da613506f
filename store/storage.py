"""The store file on disk: crash-safe replacement, a backup, and the writers' lock.

TinyDB's JSONStorage rewrites its file in place, so a crash mid-write leaves a truncated
file. Here every write replaces the store whole (``atomic.replacing``), so a reader sees
the old state or the new one, never half of either. The state replaced is kept as
``<store>.bak`` (a hard link to the old file, so rotating it copies nothing).
"""
from __future__ import annotations

import contextlib
import os
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from commitments.store.atomic import replacing

BOM = b"\xef\xbb\xbf"


class StoreError(Exception):
    """A store file we cannot use; the message is one line naming the file."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """Which version of the file we read: every write makes a new inode."""

    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> Stamp:
        return cls(st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def lock_path(path: Path) -> Path:
    """``<store>.lock``: the pid of the writer holding the store's lock (or that last held it)."""
    return path.with_name(path.name + ".lock")


def mutex_path(path: Path) -> Path:
    """``<store>.mutex``: the file the writers' lock itself is taken on."""
    return path.with_name(path.name + ".mutex")


def stamp(path: Path) -> Stamp | None:
    try:
        return Stamp.of(os.stat(path))
    except FileNotFoundError:
        return None


def read_raw(path: Path) -> tuple[bytes, Stamp] | None:
    """The file's bytes and the stamp of the very file they came from; None if absent."""
    try:
        with open(path, "rb") as fh:
            return fh.read(), Stamp.of(os.fstat(fh.fileno()))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a store file") from None
    except OSError as e:
        raise StoreError(f"{path}: cannot read the store ({e.strerror})") from None


def parse(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The JSON object in ``raw``; None for an empty file. Errors name the file."""
    if raw.startswith(BOM):
        raise StoreError(f"{path}: starts with a byte-order mark (saved by another editor?); "
                         "remove it, or run `commitments doctor --restore`")
    if not raw.strip():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise StoreError(f"{path}: not valid JSON ({e}); run `commitments doctor`") from None
    if not isinstance(data, dict):
        raise StoreError(f"{path}: not a Commitments store (the top level is not an object)")
    return data


def dumps(data: dict[str, Any]) -> tuple[bytes, array]:
    """The file's bytes, one record a line (readable, greppable, diffable), and where each
    record of the last table lies in them (start, end pairs: the read cache points there)."""
    parts: list[bytes] = [b"{\n"]
    at = 2
    spans = array("q")
    names = list(data)
    for t, name in enumerate(names):
        table = data[name]
        spans = array("q")
        head = b"  " + orjson.dumps(name) + b": {\n"
        parts.append(head)
        at += len(head)
        last = len(table) - 1
        for j, (key, record) in enumerate(table.items()):
            lead = b"    " + orjson.dumps(key) + b": "
            body = orjson.dumps(record)
            line = lead + body + (b",\n" if j < last else b"\n")
            spans.append(at + len(lead))
            spans.append(at + len(lead) + len(body))
            parts.append(line)
            at += len(line)
        tail = b"  },\n" if t < len(names) - 1 else b"  }\n"
        parts.append(tail)
        at += len(tail)
    parts.append(b"}\n")
    return b"".join(parts), spans


def record_spans(raw: bytes, table: str, count: int) -> array | None:
    """Where each record of ``table`` lies in a file laid out by ``dumps`` (each record on
    its own line, ``    "key": {...},``); None if the file is laid out otherwise (written
    by an older version, or edited by hand). Lines are found with bytes.find, not a
    pattern: this is a tenth of reading a segment."""
    head = b"\n  " + orjson.dumps(table) + b": {\n"
    at = raw.find(head)
    if at < 0:
        return None
    at += len(head)
    find, spans = raw.find, array("q")
    for _ in range(count):
        line_end = find(b"\n", at)
        if line_end < 0 or not raw.startswith(b'    "', at):
            return None
        quote = find(b'"', at + 5, line_end)  # the key's closing quote (our keys are numbers)
        if quote < 0 or raw[quote + 1:quote + 2] != b":" or b"\\" in raw[at + 5:quote]:
            return None
        start = quote + 2 + (raw[quote + 2:quote + 3] == b" ")
        end = line_end - (raw[line_end - 1:line_end] == b",")
        if raw[start:start + 1] != b"{" or raw[end - 1:end] != b"}" or end - 1 <= start:
            return None
        spans.append(start)
        spans.append(end)
        at = line_end + 1
    return spans if raw.startswith(b"  }", at) else None


def write_atomic(path: Path, payload: bytes, keep_backup: bool = True, mode: int | None = None) -> Stamp:
    """Replace ``path`` with ``payload`` durably; the replaced file becomes ``<path>.bak``.
    ``mode``: the new file's permissions (by default those of the file replaced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with replacing(path, mode=mode, backup=backup_path(path) if keep_backup else None) as fh:
            fh.write(payload)
    except OSError as exc:  # disk full, a failing fsync: the old store stands
        raise StoreError(f"{path}: cannot write the store ({exc.strerror or exc}); it is unchanged") from None
    return Stamp.of(os.stat(path))


def stale_temp_files(path: Path) -> list[Path]:
    """Temporary files a killed writer left beside the store (only safe to remove under the lock)."""
    if not path.parent.is_dir():
        return []
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def remove_stale_temp_files(path: Path) -> list[Path]:
    removed = []
    for tmp in stale_temp_files(path):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed


@contextlib.contextmanager
def store_lock(path: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Serialise writers across processes with a ``filelock`` lock on ``<store>.mutex``.

    The lock is the operating system's (flock on Unix, a byte-range lock on Windows), so
    a killed writer never leaves the store locked. Readers take no lock: they see whole
    files only. The holder writes its pid into ``<store>.lock``, a separate file because
    a waiting filelock may empty the locked one (older filelock versions truncate it on
    every attempt, and Windows forbids reading a locked range); a writer that has to wait
    calls ``on_wait`` with a line naming that pid, then waits.
    """
    from filelock import FileLock, Timeout

    mutex = mutex_path(path)
    mutex.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(mutex)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait(f"waiting for another commitments process (pid {_holder(path)}) to finish writing {path}")
            lock.acquire()
    except (OSError, NotImplementedError) as e:  # NotImplementedError: no flock here (older filelock)
        raise StoreError(f"{mutex}: cannot open the lock file ({getattr(e, 'strerror', None) or e})") from None
    try:
        with contextlib.suppress(OSError):  # only a note for whoever waits
            lock_path(path).write_text(f"{os.getpid()}\n", encoding="ascii")
        yield
    finally:
        lock.release()


def _holder(path: Path) -> str:
    try:
        pid = lock_path(path).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return "?"
    return pid if pid.isdigit() else "?"


class AtomicJSONStorage(Storage):
    """A TinyDB storage that never rewrites the store file in place, for anyone opening
    the file with TinyDB directly: ``TinyDB(path, storage=AtomicJSONStorage)``."""

    def __init__(self, path: str | Path, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        got = read_raw(self.path)
        return parse(self.path, got[0]) if got else None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        with store_lock(self.path):
            write_atomic(self.path, dumps(data)[0])

    def close(self) -> None:
        pass
