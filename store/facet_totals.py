"""The facet counts of the whole store, kept beside it in ``<store>.facets``.

Each segment's read cache holds its own facet counts (store.index.facet_counts), but a
store of a million commitments has some 350 segments naming 40,000 organisations between
them, and summing their counts is most of a second: longer than the rest of opening. So
the sum is kept too, tied to the very segments the manifest names (segments are never
changed in place, and their names never come back). A writer brings it up to date by what
its write removed and added; a reader that finds it missing or made for other segments
sums the segments' counts once and writes it. Like the caches, it holds nothing the store
does not: deleting it is always safe.
"""
from __future__ import annotations

import marshal
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from commitments.store.blobfile import read_blobs, write_blobs
from commitments.store.manifest import Entry

MAGIC = "commitments-facets"
LAYOUT = 1
TOTALS = "totals"

Counts = dict[str, dict]  # as store.index.facet_counts makes them
Part = Counts | bytes | memoryview  # marshalled, as a cache holds them


def totals_path(path: Path) -> Path:
    return path.with_name(path.name + ".facets")


def _head(segments: Sequence[Entry]) -> tuple:
    return (MAGIC, LAYOUT, tuple(sys.version_info[:2]), tuple((e.file, e.bytes, e.commitments) for e in segments))


def load(path: Path, segments: Sequence[Entry]) -> memoryview | None:
    """The totals (still marshalled) if they were made for exactly these segments."""
    got = read_blobs(totals_path(path))
    if got is None:
        return None
    head, blobs = got
    try:
        return blobs[TOTALS] if tuple(head) == _head(segments) else None
    except (TypeError, KeyError):
        return None


def save(path: Path, segments: Sequence[Entry], totals: Counts) -> None:
    """Best effort, as the caches are: a store in a read-only place goes without."""
    write_blobs(totals_path(path), path, _head(segments), [(TOTALS, marshal.dumps(totals))])


def decoded(part: Part) -> Counts:
    return part if isinstance(part, dict) else marshal.loads(part)


def summed(parts: Iterable[Part]) -> Counts:
    """The counts of these parts together."""
    return updated({}, (), parts)


def updated(total: Part, removed: Iterable[Part], added: Iterable[Part]) -> Counts:
    """``total`` less the counts of ``removed`` parts, plus those of ``added`` ones."""
    out: dict[str, Counter] = {name: Counter(tally) for name, tally in decoded(total).items()} if total else {}
    for part in removed:
        for name, tally in decoded(part).items():
            out.setdefault(name, Counter()).subtract(tally)
    for part in added:
        for name, tally in decoded(part).items():
            out.setdefault(name, Counter()).update(tally)
    return {name: {k: n for k, n in tally.items() if n > 0} for name, tally in out.items()}
