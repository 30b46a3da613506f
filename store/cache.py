"""A read cache beside the store, so opening 100,000 commitments takes well under a second.

Parsing the JSON file builds a few million Python objects; that alone takes seconds. The
cache (``<store>.cache``, marshal format) holds what opening needs: the documents, where
each commitment lies in the store file (the file is mapped, and a record is parsed only
when shown), and the index's precomputed columns. It is tied to one version of the store file by its stamp (inode, size, times),
and every write replaces the store with a new inode, so a stale cache is never used. It
holds nothing the store does not: deleting it is always safe.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import sys
from array import array
from pathlib import Path
from typing import Any

from store.grams import grams_path
from store.schema import FORMAT_VERSION
from store.storage import Stamp, fsync_dir

MAGIC = "commitments-cache"
LAYOUT = 2  # 2: search text fields kept apart by NUL, not by line breaks


def cache_path(path: Path) -> Path:
    return path.with_name(path.name + ".cache")


def header(st: Stamp) -> tuple:
    """What ties a file beside the store to this version of it."""
    return (MAGIC, LAYOUT, FORMAT_VERSION, tuple(sys.version_info[:2]), (st.inode, st.size, st.mtime_ns, st.ctime_ns))


def load(path: Path, st: Stamp | None) -> tuple[list[dict[str, Any]], array, dict[str, list]] | None:
    """(documents, commitment spans in the store file, index columns) if the cache matches ``st``."""
    if st is None:
        return None
    try:
        with open(cache_path(path), "rb") as fh:
            content = marshal.loads(fh.read())
        made_for, documents, packed, columns = content
        spans = array("q")
        spans.frombytes(packed)
        if tuple(made_for) != header(st) or len(spans) != 2 * len(columns["_hay"]):
            return None
        return documents, spans, columns
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def save(path: Path, st: Stamp | None, documents: list[dict[str, Any]], spans: array,
         columns: dict[str, list]) -> None:
    """Best effort: a store in a read-only place simply goes without a cache."""
    if st is None:
        return
    target = cache_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        # the cache holds the documents' text: no one may read it who cannot read the store
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, os.stat(path).st_mode & 0o777)
        with os.fdopen(fd, "wb") as fh:
            marshal.dump((header(st), documents, spans.tobytes(), columns), fh)
        os.replace(tmp, target)
        fsync_dir(path.parent)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def remove(path: Path) -> None:
    """Drop the files that speed up opening and searching the store."""
    for made in (cache_path(path), grams_path(path)):
        with contextlib.suppress(OSError):
            made.unlink()
