"""A segment as a reader holds it: its documents, where its commitments lie in the mapped
file, and its index columns, from the segment's read cache when it fits, else read whole
(and the cache written for next time).

The store (store.db) lays its open segments end to end: the rows, documents and columns
of the whole store are theirs joined, and a write replaces only the segments it touched.
"""
from __future__ import annotations

import gc
import marshal
import mmap
import os
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from commitments.store import cache
from commitments.store.index import FACET_COUNTS, facet_counts
from commitments.store.manifest import Entry
from commitments.store.schema import COMMITMENTS, DOCUMENTS
from commitments.store.segments import read_for_index, read_segment, write_segment
from commitments.store.storage import Stamp, StoreError, stamp


@dataclass
class OpenSegment:
    file: str  # its name in <store>.d (a single-file store: the store's own name)
    stamp: Stamp
    documents: list[dict[str, Any]]  # as stored, without their text
    texts: Sequence[Any]  # each document's text, in order (UTF-8 bytes from the cache, or str)
    spans: array | memoryview | None  # where each commitment lies in ``mapped`` (start, end pairs)
    mapped: Any  # the segment file, mapped; None when ``records`` holds the commitments
    records: list[dict[str, Any]] | None
    columns: dict[str, Any]  # each a list, or the cache's marshalled bytes
    rows: int
    cold: bool  # read whole rather than through its cache

    def hay(self) -> list[str]:
        held = self.columns["_hay"]
        if not isinstance(held, list):
            import marshal

            held = self.columns["_hay"] = marshal.loads(held)
        return held


def facet_counts_of(segment: OpenSegment) -> Any:
    """A segment's facet counts (store.index.facet_counts): from its cache, else counted
    from its columns now and kept. A cache written while the store's totals were sound
    goes without them (a cold open of a million skips 345 countings); a write that removes
    the segment, or totals made again, asks for them here."""
    held = segment.columns.get(FACET_COUNTS)
    if held is None:
        def column(name: str) -> list:
            value = segment.columns[name]
            return marshal.loads(value) if isinstance(value, (bytes, memoryview)) else value

        held = segment.columns[FACET_COUNTS] = facet_counts({name: column(name) for name in ("_orgs", "_recipients", "_usd")})
    return held


def open_cached(file: Path) -> OpenSegment | None:
    """A segment through its cache, or None if it has none made for this very file."""
    st = stamp(file)
    if st is None:
        raise StoreError(f"{file}: a segment of the store is missing; run `commitments doctor`")
    got = cache.load(file, st)
    if got is not None and _hashed(got[0]):
        documents, texts, spans, columns = got
        mapped = _map(file, st)
        if mapped is not None:
            return OpenSegment(file.name, st, documents, texts, spans, mapped, None, columns, len(spans) // 2, False)
    return None


def _hashed(documents: Any) -> bool:
    """Whether every document in a cache is a record with its content hash."""
    try:
        return all(map(str.__instancecheck__, map(itemgetter("sha256"), documents)))
    except (KeyError, TypeError):
        return False


def open_whole(file: Path, counted: bool = True) -> OpenSegment:
    """A segment read whole (its JSON parsed), its cache written for next time (with its
    facet counts when ``counted``)."""
    got = read_for_index(file)
    if got is not None:
        data, st, spans = got
        opened = from_data(file, data, st, spans, cold=True, indexed_only=True, counted=counted)
        if opened is not None:
            return opened
    data, st, spans = read_segment(file)
    return from_data(file, data, st, spans, cold=True, counted=counted)


def warm_caches(files: list[Path], workers: int, meter: Callable[[int], None] | None = None,
                counted: bool = True) -> None:
    """Write the read caches of these segments in ``workers`` processes, each reading its
    segments whole: the JSON parsing is what a cold open of a million commitments spends
    its time on, and each segment is parsed on its own. Best effort: a segment that fails
    here is read (and its problem reported) by the caller's own open."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # spawn, not fork: the caller may be a browser with threads running. The workers make
    # millions of objects that form no cycles and are dropped per segment: the cyclic
    # collector would only walk them.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=gc.disable) as pool:
        for done, _ in enumerate(as_completed([pool.submit(_warm, str(f), counted) for f in files]), 1):
            if meter is not None:
                meter(done)


def _warm(file: str, counted: bool) -> None:
    try:
        open_cached(Path(file)) or open_whole(Path(file), counted)
    except StoreError:
        pass


def from_data(file: Path, data: dict[str, Any], st: Stamp, spans: array | None, cold: bool,
              save: bool = True, indexed_only: bool = False, counted: bool = True) -> OpenSegment | None:
    """A segment (or a single-file store) from its parsed content; its cache is written
    (best effort) when ``save`` and its records lie where ``spans`` says. ``indexed_only``:
    the records hold only what the index reads (segments.read_for_index), so they are never
    kept: None if the file can no longer be mapped to read them whole when shown."""
    docs = list(data[DOCUMENTS].values())
    recs = list(data[COMMITMENTS].values())
    if not all(isinstance(d, dict) and isinstance(d.get("sha256"), str) for d in docs) or \
            not (indexed_only or all(isinstance(r, dict) for r in recs)):
        raise StoreError(f"{file}: damaged store (a record is not an object, or a document has no hash); "
                         "run `commitments doctor`")
    # imported here, not at the top: msgspec stays off the browser's way to its first frame
    from msgspec import ValidationError

    from commitments.store.columns import columns_for, indexed, wrong_field

    try:
        columns = columns_for(recs if indexed_only else indexed(recs), counted)
    except ValidationError:  # a field of the wrong type (a hand edit)
        at, wrong = wrong_field(recs) or (0, "a field of the wrong type")
        key = list(data[COMMITMENTS])[at]
        raise StoreError(f"{file}: damaged store (commitment {key!r}: {wrong}); run `commitments doctor`") from None
    if save and spans is not None:
        cache.save(file, st, docs, spans, columns)
    mapped = _map(file, st) if spans is not None else None
    if indexed_only and mapped is None:
        return None
    meta = [{k: v for k, v in d.items() if k != "text"} for d in docs]
    texts = [d.get("text") or "" for d in docs]
    return OpenSegment(file.name, st, meta, texts, spans if mapped is not None else None, mapped,
                       None if mapped is not None else recs, columns, len(recs), cold)


def write_and_open(file: Path, data: dict[str, Any], mode: int | None = None) -> tuple[OpenSegment, Entry]:
    """Write a segment (and its cache) and hold it open, with its manifest entry."""
    st, spans, size = write_segment(file, data, mode)
    view = from_data(file, data, st, spans, cold=False)
    ungrouped = sum(1 for r in data[COMMITMENTS].values() if not r.get("group"))
    return view, Entry(file.name, len(data[DOCUMENTS]), len(data[COMMITMENTS]), size, ungrouped)


def _map(file: Path, st: Stamp) -> Any:
    """The file mapped, if it is still the version ``st`` describes (else None)."""
    try:
        with open(file, "rb") as fh:
            if Stamp.of(os.fstat(fh.fileno())) != st:
                return None
            if st.size == 0:
                return b""
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
