"""The index's columns: each row's search text, names, amount, kind, years and keys, built
from stored commitments read as ``IndexedRecord`` structs.

Building them is most of what opening a store without its read caches costs (a few
hundred segments, a million records), so a record is read as a msgspec struct holding only
the fields the columns use: a segment decoded straight into these (store.segments.
read_for_index) skips the mentions and offsets that make up most of each record, and the
columns read attributes instead of looking up dict keys. Records already held as dicts
(a write, the browser's index after one) are converted with ``indexed``. msgspec is
imported only where columns are built or a segment is read for them (here, and late in
store.segments and store.opened), never on the browser's way to its first frame.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from commitments.store.index import COLUMNS, FACET_COUNTS, FIELD_BREAK, facet_counts

_YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")


class IndexedMoney(msgspec.Struct, gc=False):
    text: str | None = None
    currency: str | None = None
    usd_value: float | None = None


class IndexedTimeframe(msgspec.Struct, gc=False):
    text: str | None = None
    date_start: str | None = None
    date_end: str | None = None


class IndexedPassage(msgspec.Struct, gc=False):
    text: str | None = None


class IndexedRecord(msgspec.Struct, gc=False):
    """The fields of a stored commitment (records.Commitment.to_dict()) that the columns
    read, and no others; a field the columns start to read must be added here. Typed as
    the app writes them, so a hand edit of the wrong type is a message naming the record
    (wrong_field), not a crash in the columns. Not tracked by the cyclic collector: a
    struct of strings never forms a cycle."""
    id: str | None = None
    doc: str | None = None
    doc_hash: str | None = None
    title: str | None = None
    published: str | None = None
    actors: list[str] | None = None
    recipients: list[str] | None = None
    kind: str | None = None
    group: str | None = None
    money: IndexedMoney | None = None
    timeframe: IndexedTimeframe | None = None
    passage: IndexedPassage | None = None


def indexed(records: Sequence[dict[str, Any]]) -> list[IndexedRecord]:
    """Stored records (dicts) as IndexedRecords."""
    return msgspec.convert(records, list[IndexedRecord])


def wrong_field(records: Sequence[dict[str, Any]]) -> tuple[int, str] | None:
    """Where the first of these stored records with a field the columns cannot read is,
    and what is wrong with it; None if every one can be read."""
    try:
        indexed(records)
        return None
    except msgspec.ValidationError:
        for at, record in enumerate(records):
            try:
                msgspec.convert(record, IndexedRecord)
            except msgspec.ValidationError as e:
                return at, str(e)
    return None


def columns_for(records: Sequence[IndexedRecord], counted: bool = True) -> dict[str, Any]:
    """The index's columns for these records, by name, with their facet counts
    (FACET_COUNTS) when ``counted`` (else they are made when first needed: see
    store.opened.facet_counts_of)."""
    columns: dict[str, Any] = dict(zip(COLUMNS, column_values(records)))
    if counted:
        columns[FACET_COUNTS] = facet_counts(columns)
    return columns


def row_key(r: IndexedRecord) -> tuple[str, str, str]:
    """What a row is reused by across a write: its document, and its pledge group (which a
    regrouping changes in place)."""
    return (r.doc_hash or "", r.doc or "", r.group or "")


def column_values(records: Sequence[IndexedRecord]) -> list[list]:
    """The index's columns (in the order of COLUMNS) for these records. Equal values are
    one object (marshal then writes each once, and reading makes each once): a million
    rows name a few thousand actors, currencies and kinds."""
    one, folded = {}.setdefault, {}.setdefault
    money = [r.money for r in records]
    actors = [one(t, t) for t in (tuple(dict.fromkeys(r.actors or ())) for r in records)]
    return [
        haystacks(records),
        actors,
        [folded(a, "\n".join(a).casefold()) for a in actors],
        [one(c, c) for c in ((m.currency or "").upper() if m else None for m in money)],
        [m.usd_value if m else None for m in money],
        [m is not None for m in money],
        [one(k, k) for k in ((r.kind or "").casefold() for r in records)],
        _year_spans_of(records, one),
        list(map(row_key, records)),
        [r.group or r.id or "" for r in records],
        [one(t, t) for t in (tuple(dict.fromkeys(r.recipients or ())) for r in records)],
        [r.id or "" for r in records],
    ]


def haystacks(records: Sequence[IndexedRecord]) -> list[str]:
    """The text a search looks through, for each record: lower-cased, runs of spaces made
    one, and the fields kept apart (FIELD_BREAK) so that a phrase never matches across two
    of them."""
    fields = FIELD_BREAK.join
    return [" ".join(fields((
        (r.passage.text if r.passage else None) or "", " ".join(r.actors or ()), " ".join(r.recipients or ()),
        r.title or "", r.doc or "", r.kind or "", ((m.text or "") if (m := r.money) else ""))).split()).casefold()
        for r in records]


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def year_spans(r: IndexedRecord) -> tuple[tuple[int, int], ...]:
    """The years a commitment is about: its timeframe's span, else years its timeframe
    names, and its publication year."""
    spans = []
    tf = r.timeframe
    if tf:
        lo, hi = _year(tf.date_start), _year(tf.date_end)
        if lo or hi:
            spans.append((lo or hi, hi or lo))
        else:
            spans.extend((int(y), int(y)) for y in _YEAR_IN_TEXT.findall(tf.text or ""))
    published = _year(r.published)
    if published:
        spans.append((published, published))
    return tuple(spans)


def _year_spans_of(records: Sequence[IndexedRecord], one: Callable) -> list[tuple]:
    """year_spans() of each record, worked out once per distinct timeframe and publication
    date (a segment holds a few of each per document)."""
    memo: dict[Any, tuple] = {}
    out = []
    for r in records:
        tf = r.timeframe
        key = (r.published, tf.date_start, tf.date_end, tf.text) if tf else r.published
        try:
            spans = memo[key]
        except KeyError:
            spans = memo[key] = one(found := year_spans(r), found)
        except TypeError:  # a value that cannot be a key (a hand-edited list)
            spans = one(found := year_spans(r), found)
        out.append(spans)
    return out
