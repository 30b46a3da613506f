"""A read cache beside each segment of the store (store.segments), so opening 100,000
commitments takes well under a second.

Parsing the JSON files builds a few million Python objects; that alone takes seconds.
Each segment's cache (``<segment>.cache``, a mapped file of marshalled blobs: see
store.blobfile) holds what opening needs: its documents, where each commitment lies in
the segment file (the file is mapped, and a record is parsed only when shown), and the
index's precomputed columns, each unpacked only when first used. It is tied to one
version of the segment file by its stamp (inode, size, times), and a segment is never
changed in place, so a stale cache is never used. It holds nothing the store does not:
deleting it is always safe. (A single-file store of schema 1 or 2 that could not be
split is read whole, without a cache.)
"""
from __future__ import annotations

import contextlib
import marshal
import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

from commitments.store.blobfile import read_blobs, write_blobs
from commitments.store.facet_totals import totals_path
from commitments.store.grams import delta_path, grams_path
from commitments.store.schema import FORMAT_VERSION
from commitments.store.storage import Stamp

MAGIC = "commitments-cache"
LAYOUT = 10  # 2: search text fields kept apart by NUL; 3: each column apart; 4: mapped blobs; 5: groups;
# 6: each document's text apart; 7: recipients; 8: one a segment (store.segments), with ids; 9: facet counts;
# 10: the documents' texts in one blob, where each ends in another
DOCUMENTS, SPANS, TEXTS, TEXT_ENDS = "\x00documents", "\x00spans", "\x00texts", "\x00text_ends"  # beside the columns' own


def cache_path(path: Path) -> Path:
    return path.with_name(path.name + ".cache")


def made_for(st: Stamp) -> tuple:
    """What ties a file beside the store to this version of it (and to this Python's
    marshal format); each such file adds its own name and layout."""
    return (FORMAT_VERSION, tuple(sys.version_info[:2]), (st.inode, st.size, st.mtime_ns, st.ctime_ns))


def header(st: Stamp) -> tuple:
    return (MAGIC, LAYOUT, *made_for(st))


class PackedTexts(Sequence):
    """A segment's document texts as the cache holds them: one blob of UTF-8, and where each
    text ends in it. The i-th text (a view of the mapped cache) is sliced out only when a
    document is shown: a blob for each would be tens of thousands of slices at every open."""

    def __init__(self, blob: memoryview, ends: memoryview) -> None:
        self._blob, self._ends = blob, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> memoryview:  # type: ignore[override]  # no slices asked for
        return self._blob[self._ends[i - 1] if i else 0:self._ends[i]]


def load(path: Path, st: Stamp | None) -> tuple[list[dict[str, Any]], PackedTexts, memoryview,
                                                 dict[str, memoryview]] | None:
    """(the documents without their text, their texts in the same order, commitment spans in
    the store file, index columns each still marshalled) if the cache matches ``st``."""
    got = read_blobs(cache_path(path)) if st is not None else None
    if got is None:
        return None
    head, blobs = got
    try:
        tied_to, rows = head
        spans = blobs.pop(SPANS).cast("q")  # read in place: copying them all is a tenth of opening
        if tuple(tied_to) != header(st) or len(spans) != 2 * rows:
            return None
        documents = marshal.loads(blobs.pop(DOCUMENTS))
        blob, ends = blobs.pop(TEXTS), blobs.pop(TEXT_ENDS).cast("q")
        if len(ends) != len(documents) or (len(ends) and ends[-1] != len(blob)):
            return None
        return documents, PackedTexts(blob, ends), spans, blobs
    except (EOFError, ValueError, TypeError, KeyError, IndexError):
        return None


def save(path: Path, st: Stamp | None, documents: list[dict[str, Any]], spans: array,
         columns: dict[str, list]) -> None:
    """Best effort: a store in a read-only place simply goes without a cache. Each column is
    its own blob, unpacked when first used, and each text is sliced out when shown: the
    browser's first frame needs none of the columns and one text."""
    if st is None:
        return
    meta = [{k: v for k, v in d.items() if k != "text"} for d in documents]
    texts = [(d.get("text") or "").encode("utf-8", "surrogatepass") for d in documents]
    blobs = chain(((DOCUMENTS, marshal.dumps(meta)), (SPANS, spans.tobytes()), (TEXTS, b"".join(texts)),
                   (TEXT_ENDS, array("q", accumulate(map(len, texts))).tobytes())),
                  ((name, marshal.dumps(values)) for name, values in columns.items()))
    write_blobs(cache_path(path), path, (header(st), len(spans) // 2), blobs)


def remove(path: Path) -> None:
    """Drop the files that speed up searching the store (the segments' caches are tied to
    their own files, which are never changed)."""
    for made in (cache_path(path), grams_path(path), delta_path(path), totals_path(path)):
        with contextlib.suppress(OSError):
            made.unlink()
