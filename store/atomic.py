"""Replacing a file whole or not at all: the one way this project writes a file in place.

The new content goes to a temporary file beside the target, named ``.<name>.<random>.tmp``
(the store's cleanup of a killed writer's leftovers globs exactly that), which is flushed
and fsynced and then renamed over the target, and the directory is fsynced so the rename
itself survives a crash. A reader sees the old file or the new one, never half of either.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# Created with 0o666 so the kernel applies the umask: reading the umask from Python means
# setting it, which is not safe while other threads create files.
_NEW_FILE = 0o666
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


@contextlib.contextmanager
def replacing(path: str | Path, *, text: bool = False, mode: int | None = None,
              backup: Path | None = None) -> Iterator[IO[Any]]:
    """A file to write that replaces ``path`` when the ``with`` block ends without error.

    ``text`` gives a UTF-8 text file (newlines written as given), else a binary one. The
    new file's permissions are ``mode`` if given, else those of the file it replaces, else
    those of any new file (0o666 less the umask). ``backup``, if given, becomes the file
    being replaced (a hard link, or a copy where links are not possible) just before the
    rename. On any error the temporary file is removed, ``path`` is left as it was and the
    error is raised (OSError for the file system's own).
    """
    path = Path(path)
    tmp, fd = _create_beside(path)
    try:
        with contextlib.suppress(OSError):  # a file system without permissions keeps its own
            keep = mode if mode is not None else os.stat(path).st_mode & 0o7777
            os.chmod(tmp, keep)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if backup is not None and path.exists():
            _keep_as(path, backup)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _create_beside(path: Path) -> tuple[str, int]:
    """A new temporary file beside ``path``: its name and an open descriptor."""
    for _ in range(100):
        tmp = os.path.join(path.parent, f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return tmp, os.open(tmp, _OPEN_FLAGS, _NEW_FILE)
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: no free temporary file name for {path.name}")


def _keep_as(path: Path, backup: Path) -> None:
    """``backup`` becomes the current ``path``: a hard link (nothing copied), swapped in
    with a rename so an old backup is never half replaced."""
    tmp, fd = _create_beside(path)
    os.close(fd)
    os.unlink(tmp)
    try:
        os.link(path, tmp)
    except OSError:  # a file system without hard links
        shutil.copy2(path, tmp)
    try:
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (best effort: not every system can)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
