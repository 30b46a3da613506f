"""The stored commitments as a list that builds each ``Commitment`` when first asked for.

Building 100,000 dataclasses (each with its money, timeframe, passage and mentions) takes
longer than reading the whole file, and the browser shows a screenful at a time; the
index works on the raw dicts. So rows keep the dicts read from the file and make the
record on demand, once.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from operator import itemgetter
from typing import Any, overload

import orjson
from commitments.records import Commitment, Document


class CommitmentRows(Sequence[Commitment]):
    """Each row is a dict, or (opened through the read cache) the number of its span in
    the mapped store file, parsed when first asked for."""

    __slots__ = ("_raw", "_built", "_file", "_spans", "_file_of", "_starts", "_row_of", "owner", "patch")

    def __init__(self, raw: Iterable[dict[str, Any] | int | None] = (), file: Any = None, spans: Any = None,
                 file_of: Any = None, starts: list[int] | None = None) -> None:
        self._raw: list[dict[str, Any] | int | None] = raw if type(raw) is list else list(raw)
        self._built: list[Commitment | None] = [None] * len(self._raw)
        self._row_of: dict[int, int] = {}  # id() of each built record → its row
        # A buffer holding the store file and (start, end) pairs; or, with ``file_of`` (which
        # buffer each span is in), a list of buffers: the store's segments; or, with
        # ``starts`` (each segment's first row), a list of buffers and a list of their own
        # spans, a row's None meaning its own number (nothing a row is made at open).
        self._file, self._spans, self._file_of, self._starts = file, spans, file_of, starts
        self.owner: Any = None  # the index whose rows these are, if any
        # The store's group changes (store.overlay: id → (group, discrepancy)), laid over
        # each record parsed from a mapped segment.
        self.patch: Mapping[str, tuple[str | None, str | None]] = {}

    @classmethod
    def mapped(cls, file: Any, spans: Any, file_of: Any = None) -> CommitmentRows:
        return cls(range(len(spans) // 2), file, spans, file_of)

    @classmethod
    def of(cls, commitments: Iterable[Commitment]) -> CommitmentRows:
        """Rows over records already built (a caller's own list)."""
        built = list(commitments)
        rows = cls([c.to_dict() for c in built])
        rows._set_built(built)
        return rows

    def _set_built(self, built: list[Commitment | None]) -> None:
        self._built = built
        self._row_of = {id(c): i for i, c in enumerate(built) if c is not None}

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, i: int) -> Commitment: ...
    @overload
    def __getitem__(self, i: slice) -> list[Commitment]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._raw)))]
        c = self._built[i]
        if c is None:
            c = self._built[i] = Commitment.from_dict(self.raw(i))
            self._row_of[id(c)] = i if i >= 0 else i + len(self._built)
        return c

    def __iter__(self) -> Iterator[Commitment]:
        for i in range(len(self._raw)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<CommitmentRows {len(self)} commitments>"

    def raw(self, i: int) -> dict[str, Any]:
        """The record as stored (do not modify it)."""
        r = self._raw[i]
        if r is None or isinstance(r, int):
            r = self._raw[i] = self._parse(r if r is not None else i % len(self._raw))
        return r

    def _parse(self, r: int) -> dict[str, Any]:
        if self._starts is not None:
            k = bisect_right(self._starts, r) - 1
            spans, file, r = self._spans[k], self._file[k], r - self._starts[k]
        else:
            spans = self._spans
            file = self._file if self._file_of is None else self._file[self._file_of[r]]
        got = orjson.loads(file[spans[2 * r]:spans[2 * r + 1]])
        if self.patch:
            want = self.patch.get(got.get("id"))
            if want is not None:
                got["group"], got["discrepancy"] = want
        return got

    def peek(self, i: int) -> dict[str, Any]:
        """The record as stored, without keeping it parsed: a pass over every row (grouping
        a store) must not leave every row's dict behind (do not modify it)."""
        r = self._raw[i]
        if r is None:
            return self._parse(i % len(self._raw))
        return self._parse(r) if isinstance(r, int) else r

    def build(self, i: int) -> Commitment:
        """Row ``i``'s record built anew and not kept: a copy to change, for work over more
        records than should stay in memory at once."""
        return Commitment.from_dict(self.peek(i))

    def copy(self) -> CommitmentRows:
        rows = CommitmentRows(file=self._file, spans=self._spans, file_of=self._file_of, starts=self._starts)
        rows.patch = self.patch
        rows._raw = list(self._raw)
        rows._set_built(list(self._built))
        return rows

    def entries(self) -> list[dict[str, Any] | int | None]:
        """Each row as held: its dict, or the number of its span in the mapped file (None:
        its own row number)."""
        return self._raw

    def built_records(self) -> list[Commitment]:
        """Every record built so far (without a pass over the rows)."""
        return [c for c in (self._built[i] for i in self._row_of.values()) if c is not None]

    def built_slice(self, start: int, end: int) -> list[Commitment | None]:
        """Rows ``start`` to ``end``: each one's record if built already, else None."""
        return self._built[start:end] if self._row_of else [None] * (end - start)

    def built(self, i: int) -> Commitment | None:
        """Row ``i``'s record if it has been built already."""
        return self._built[i]

    def row_of(self, c: Commitment) -> int | None:
        """The row of this very record (one these rows built or were given), else None."""
        return self._row_of.get(id(c))

    def replace(self, raw: list[dict[str, Any]], built: list[Commitment | None]) -> None:
        """Hold these records instead (in place), reusing records already built."""
        self._raw, self._file, self._spans, self._file_of, self._starts = list(raw), None, None, None, None
        self._set_built(list(built))


class RowsView(Sequence[Commitment]):
    """Some rows of a CommitmentRows, in a given order, built on access."""

    __slots__ = ("_rows", "_which")

    def __init__(self, rows: CommitmentRows, which: Sequence[int]) -> None:
        self._rows, self._which = rows, which

    def __len__(self) -> int:
        return len(self._which)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._rows[j] for j in self._which[i]]
        return self._rows[self._which[i]]

    def position(self, c: Commitment) -> int | None:
        """Where this (already built) record stands, without building the others."""
        row = self._rows.row_of(c)
        if row is None:
            return None
        try:
            return self._which.index(row)  # a C-speed scan of row numbers
        except ValueError:
            return None

    def group_keys(self) -> list[str]:
        """Each shown commitment's pledge group, read from the index, building no record."""
        return self._rows.owner.group_keys(self._which)

    def row(self, i: int) -> int:
        """The index row number of the i-th commitment shown."""
        return self._which[i]


class StoredDocuments(Mapping[str, Document]):
    """The documents by content hash, as opened through the read cache: each is built, its
    text decoded from the mapped cache, when first asked for (the browser shows one)."""

    def __init__(self, meta: list[dict[str, Any]], texts: Sequence[Sequence[Any]]) -> None:
        """``meta``: every document's stored fields but its text, segment after segment;
        ``texts``: each segment's texts, in the same order (store.opened checks they match)."""
        self._docs = meta
        self._at = dict(zip(map(itemgetter("sha256"), meta), range(len(meta))))
        self._texts = texts
        self._starts = list(accumulate(map(len, texts), initial=0))
        self._metas: dict[str, dict[str, Any]] | None = None
        self._built: dict[str, Document] = {}

    def __getitem__(self, sha: str) -> Document:
        doc = self._built.get(sha)
        if doc is None:
            at = self._at[sha]
            part = bisect_right(self._starts, at) - 1
            held = self._texts[part][at - self._starts[part]]
            text = held if isinstance(held, str) else bytes(held).decode("utf-8", "surrogatepass")
            doc = self._built[sha] = Document.from_dict({**self._docs[at], "text": text})
        return doc

    @property
    def metas(self) -> Mapping[str, dict[str, Any]]:
        """Every document's stored fields but its text, by content hash (do not modify)."""
        if self._metas is None:
            self._metas = {sha: self._docs[at] for sha, at in self._at.items()}
        return self._metas

    def meta(self, sha: str) -> dict[str, Any] | None:
        """A document's stored fields but its text, without decoding the text (the list's
        outlet column asks for every row on screen)."""
        at = self._at.get(sha)
        return None if at is None else self._docs[at]

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)
