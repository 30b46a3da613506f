"""The in-memory index that feeds the browser, `commitments search` and `export`.

Built once when a store is loaded, from the stored dicts (no record objects needed), and
kept up to date in place when the store changes; the browser never runs TinyDB queries,
which scan and copy every document. Each row's search text is lower-cased once; a query
that only narrows the previous one (the user typed another letter) searches the previous
results instead of every row.
"""
from __future__ import annotations

import contextlib
import marshal
import mmap
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress, filterfalse
from typing import Any

from commitments.records import Commitment, org_key
from commitments.store.grams import GramIndex, as_list, intersect, packed
from commitments.store.query import Query, parse_query
from commitments.store.rows import CommitmentRows, RowsView

MAX_SPAN = 100  # years; a longer timeframe is taken to end a century after it starts
_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")
_COMPARE = {">": float.__gt__, ">=": float.__ge__, "<": float.__lt__, "<=": float.__le__, "=": float.__eq__}


FIELD_BREAK = "\x00"  # never in stored text (control characters are stripped) nor typed


COLUMNS = ("_hay", "_orgs", "_orgs_cf", "_currency", "_usd", "_has_money", "_kind", "_years", "_keys", "_group",
           "_recipients", "_id")


# A segment's facet counts (see facet_counts), kept in its read cache beside the columns.
FACET_COUNTS = "_facets"
# Powers of ten of US dollars: a row's decade is how many of them its value reaches, so the
# browser's amount bands (whose edges are such powers) are sums of decades.
DECADES = tuple(10.0 ** k for k in range(16))


def decade_of(usd: float | None) -> int | None:
    return None if usd is None else bisect_right(DECADES, usd)


def _keyed(names: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each row's names as org_key()s, each once (rows share few distinct tuples: each is
    keyed once)."""
    keyed = {t: tuple(dict.fromkeys(map(org_key, t))) for t in set(names)}
    return list(map(keyed.__getitem__, names))


def facet_counts(columns: dict[str, list]) -> dict[str, dict]:
    """What the facets count over every row, for these rows: actors and recipients as
    written and by org_key(), and rows per dollar decade. Each segment keeps its own, so
    opening a large store sums a few hundred of these instead of counting every row."""
    orgs, recipients = columns["_orgs"], columns["_recipients"]
    return {"orgs": dict(Counter(chain.from_iterable(orgs))),
            "org_keys": dict(Counter(chain.from_iterable(_keyed(orgs)))),
            "recipients": dict(Counter(chain.from_iterable(recipients))),
            "recipient_keys": dict(Counter(chain.from_iterable(_keyed(recipients)))),
            "decades": dict(Counter(map(decade_of, columns["_usd"])))}


class ColumnParts(tuple):
    """A column held in pieces, one a segment of the store (store.segments), each a list
    or still the cache's marshalled bytes: joined into one list when first used."""

    def join(self) -> list:
        out: list = []
        for part in self:
            out.extend(marshal.loads(part) if isinstance(part, (bytes, memoryview)) else part)
            _release(part)
        return out


def _release(part: Any) -> None:
    """Let the pages of the mapped cache a column was unpacked from go: read once, they
    would otherwise stay in the browser's memory beside the column (a third of a
    gigabyte at a million rows). The mapping stays; what is read again comes back from
    the file."""
    mapped = getattr(part, "obj", None)
    if isinstance(mapped, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        with contextlib.suppress(OSError, ValueError):
            mapped.madvise(mmap.MADV_DONTNEED)


def _labels(spellings: Counter[str]) -> dict[str, str]:
    """Each org_key() → its most frequent spelling among these (ties: the first in sorted order)."""
    labels: dict[str, str] = {}
    for name in sorted(spellings):
        key = org_key(name)
        if key not in labels or spellings[name] > spellings[labels[key]]:
            labels[key] = name
    return labels


class CommitmentIndex:
    def __init__(self, commitments: Sequence[Commitment], columns: dict[str, list] | None = None,
                 counted: dict | bytes | memoryview | None = None) -> None:
        """An index of ``commitments``; ``columns`` are precomputed ones (from the cache),
        ``counted`` the facet counts of all its rows (see facet_counts), if known."""
        owner = getattr(commitments, "owner", None)
        if isinstance(commitments, CommitmentRows):
            self.commitments = commitments if columns is not None or owner is None else commitments.copy()
        else:
            self.commitments = CommitmentRows.of(commitments)
        self._clear()
        if columns is not None or owner is not None:  # a store's own index: copy its columns
            source = columns if columns is not None else owner.columns()
            for name in COLUMNS:
                value = source[name]
                if isinstance(value, (bytes, memoryview, ColumnParts)):  # from the cache: unpacked when first used
                    delattr(self, name)
                    self._undecoded[name] = value
                else:
                    setattr(self, name, list(value))
        else:
            self._append(range(len(self.commitments)))
        if columns is not None:
            self._counted = counted
        if self.commitments.owner is None:
            self.commitments.owner = self

    @property
    def row_actor_keys(self) -> list[tuple[str, ...]]:
        """Each row's actors as org_key()s, each once; built on first use."""
        if self._org_keys is None:
            self._org_keys = _keyed(self._orgs)
        return self._org_keys

    @property
    def organisation_labels(self) -> dict[str, str]:
        """Each org_key()'s label: its most frequent spelling in the store (ties: the first
        in sorted order)."""
        if self._org_labels is None:
            self._org_labels = _labels(self._counts("orgs", lambda: chain.from_iterable(self._orgs)))
        return self._org_labels

    @property
    def row_recipient_keys(self) -> list[tuple[str, ...]]:
        """Each row's recipients as org_key()s, each once; built on first use (the
        Recipients facet), as the actors' are."""
        if self._recipient_keys is None:
            self._recipient_keys = _keyed(self._recipients)
        return self._recipient_keys

    @property
    def recipient_labels(self) -> dict[str, str]:
        """Each recipient's org_key() → its most frequent spelling (ties: sorted first)."""
        if self._recipient_labels is None:
            self._recipient_labels = _labels(self._counts("recipients", lambda: chain.from_iterable(self._recipients)))
        return self._recipient_labels

    @property
    def row_recipients_cf(self) -> list[str]:
        """Each row's recipients, lower-cased: the search text's third field (see store.columns.haystacks),
        cut out when a search first filters on them."""
        if self._recipients_cf is None:
            self._recipients_cf = [hay.split(FIELD_BREAK)[2] for hay in self._hay]
        return self._recipients_cf

    def dollar_decades(self) -> Counter[int | None]:
        """How many rows have a US-dollar value in each decade (see decade_of; None: no value)."""
        return self._counts("decades", lambda: map(decade_of, self._usd))

    def _counts(self, name: str, each: Any) -> Counter:
        """One of facet_counts' tallies over every row: the store's, when it keeps them (no
        column is unpacked), else counted from ``each()``."""
        if self._counted is None:
            return Counter(each())
        if not isinstance(self._counted, dict):
            self._counted = marshal.loads(self._counted)
        return Counter(self._counted[name])

    @property
    def row_dollars(self) -> list[float | None]:
        """Each row's US-dollar value, or None."""
        return self._usd

    def column(self, name: str) -> list:
        """One precomputed column (unpacking only it): e.g. ``_group``, each row's pledge
        group or its own id."""
        return getattr(self, name)

    def columns(self) -> dict[str, list]:
        """What the index precomputed per row, for the cache."""
        return {name: getattr(self, name) for name in COLUMNS}

    def __getattr__(self, name: str) -> Any:
        # Reached only for a missing attribute: a column still held as the cache's bytes.
        undecoded = self.__dict__.get("_undecoded")
        if undecoded and name in undecoded:
            held = undecoded.pop(name)
            value = held.join() if isinstance(held, ColumnParts) else marshal.loads(held)
            setattr(self, name, value)
            return value
        raise AttributeError(name)

    def unpack(self, names: Iterable[str] = ("_hay", "_orgs", "_usd")) -> None:
        """Unpack these columns if still held as the cache's bytes, and read the postings
        (in idle time, so that no keystroke pays for it): by default what a typed search
        and the facets use."""
        for name in names:
            if name in self._undecoded:
                getattr(self, name)
        if self.grams is not None:  # read now, not at the first keystroke
            self.grams.vocabulary()
        self._every_row()  # what the first keystroke narrows

    @property
    def grams(self) -> GramIndex | None:
        """The postings for exactly these rows (see store.grams), if any: read when first
        searched (or in idle time, by unpack), since at a million rows their table alone
        is a fifth of a second to read."""
        if self._read_grams is not None:
            read, self._read_grams = self._read_grams, None
            self._grams = read()
        return self._grams

    @grams.setter
    def grams(self, postings: GramIndex | None) -> None:
        self._grams, self._read_grams = postings, None

    def grams_read(self) -> GramIndex | None:
        """The postings if already read (a writer keeps them across a write, and does not
        read them for that alone)."""
        return self._grams if self._read_grams is None else None

    def read_grams_later(self, read: Callable[[], GramIndex | None]) -> None:
        """Take the postings from ``read()`` when they are first needed."""
        self._grams, self._read_grams = None, read

    def _clear(self) -> None:
        self._undecoded: dict[str, bytes | memoryview] = {}
        self._hay: list[str] = []
        self._orgs: list[tuple[str, ...]] = []  # each actor once, as written
        self._orgs_cf: list[str] = []  # actors lower-cased, one a line
        self._currency: list[str | None] = []
        self._usd: list[float | None] = []
        self._has_money: list[bool] = []
        self._kind: list[str] = []
        self._years: list[tuple[tuple[int, int], ...]] = []
        self._keys: list[tuple[str, str, str]] = []  # (document hash, name, group): what sync diffs by
        self._group: list[str] = []  # the pledge group, else the commitment's own id
        self._recipients: list[tuple[str, ...]] = []  # each recipient once, as written
        self._id: list[str] = []  # each commitment's id (store.update_groups finds rows by it)
        self._forget_derived()

    def _forget_derived(self) -> None:
        """Drop what is computed from the columns on demand (after the rows change)."""
        self._by_amount: list[int] | None = None
        self._all_organisations: Counter[str] | None = None  # per org_key()
        self._all_recipients: Counter[str] | None = None
        self._org_keys: list[tuple[str, ...]] | None = None
        self._org_labels: dict[str, str] | None = None
        self._recipient_keys: list[tuple[str, ...]] | None = None
        self._recipient_labels: dict[str, str] | None = None
        self._recipients_cf: list[str] | None = None
        self._rows_by_year: dict[int, list[int]] | None = None
        self._counted: dict | bytes | memoryview | None = None  # facet_counts of every row
        self._all_rows: list[int] | None = None
        self._typed_on: str | None = None  # the one text of the search the current one types on
        self._last: tuple[Query, Sequence[int] | None, list[int]] | None = None
        self.grams = None

    def _append(self, rows: Iterable[int]) -> None:
        # imported when first needed: msgspec (which columns uses) stays off the first frame's path
        from commitments.store.columns import column_values, indexed

        raw = self.commitments.raw
        for name, values in zip(COLUMNS, column_values(indexed([raw(i) for i in rows]))):
            getattr(self, name).extend(values)
        self._forget_derived()

    def __len__(self) -> int:
        return len(self.commitments)

    def sync(self, raw: Iterable[dict[str, Any]]) -> None:
        """Become the index of ``raw`` (the store after a write) in place, in its order.
        A row whose record is the very dict this index already holds (the writer kept it),
        or else one of a document still stored under the same hash and name, keeps its
        precomputed values and built record; only the other rows are computed."""
        from commitments.store.columns import column_values, indexed

        raw = list(raw)
        source = self._reusable_rows(raw)
        built = self.commitments.built
        for name in COLUMNS:
            column = getattr(self, name)
            setattr(self, name, [column[i] if i >= 0 else None for i in source])
        records = [built(i) if i >= 0 else None for i in source]
        fresh = [row for row, i in enumerate(source) if i < 0]
        for name, values in zip(COLUMNS, column_values(indexed([raw[row] for row in fresh]))):
            column = getattr(self, name)
            for row, value in zip(fresh, values):
                column[row] = value
        self._forget_derived()
        self.commitments.replace(raw, records)

    def _reusable_rows(self, raw: list[dict[str, Any]]) -> list[int]:
        """For each new record, the old row it can reuse, or -1."""
        from commitments.store.columns import indexed, row_key

        same = {id(r): i for i, r in enumerate(self.commitments.entries()) if type(r) is dict}
        source = [same.get(id(r), -1) for r in raw]
        if -1 not in source:
            return source
        used = set(source)
        old: dict[tuple[str, str], list[int]] = {}
        for i, key in enumerate(self._keys):
            if i not in used:
                old.setdefault(key, []).append(i)
        fresh = [row for row, i in enumerate(source) if i < 0]
        keys = list(map(row_key, indexed([raw[row] for row in fresh])))
        wanted = Counter(keys)
        reusable = {k: rows[::-1] for k, rows in old.items() if wanted.get(k) == len(rows)}
        for row, key in zip(fresh, keys):
            rows = reusable.get(key)
            if rows:
                source[row] = rows.pop()
        return source

    def row_of_id(self, commitment_id: str, doc_hash: str) -> int | None:
        """The row of the commitment with this id (from the document with this hash),
        parsing only that document's records."""
        raw = self.commitments.raw
        for row, key in enumerate(self._keys):
            if key[0] == doc_hash and raw(row).get("id") == commitment_id:
                return row
        return None

    def group_keys(self, rows: Sequence[int]) -> list[str]:
        """Each of these rows' pledge group (its own id when it has none)."""
        return list(map(self._group.__getitem__, rows))

    def view(self, rows: Sequence[int]) -> RowsView:
        """These rows' commitments as a sequence that builds each record only when read:
        hand this, not a list of records, to a widget that shows a screenful at a time."""
        return RowsView(self.commitments, rows)

    # Search
    def search(self, query: str | Query, rows: Sequence[int] | None = None) -> list[int]:
        """Row numbers (in ``rows``, else all) matching the query, in row order."""
        return list(self.matching(query, rows))

    def matching(self, query: str | Query, rows: Sequence[int] | None = None) -> Sequence[int]:
        """What search() lists, as held (a list, or the postings' packed array): for a
        caller that only reads it, such as the browser, which at a million rows should
        not list 700,000 row numbers per keystroke. Do not change it."""
        q = parse_query(query) if isinstance(query, str) else query
        if q.errors:  # a filter that cannot be read matches nothing, and the caller says why
            return []
        candidates: Sequence[int] = self._every_row() if rows is None else rows
        last = self._last
        settled: frozenset[str] = frozenset()
        hint = False
        if last is not None and last[1] is rows and q.narrows(last[0]):
            candidates = last[2]
            settled = frozenset(last[0].words + last[0].phrases)  # every candidate holds these
            # Over the whole store, one text's answer is every row holding it: the last
            # answer only saves checking, never decides.
            hint = rows is None and len(q.words + q.phrases) == 1
            before = last[0].words + last[0].phrases
            if hint and len(before) == 1:
                self._typed_on = before[0]
        found = self._filter(q, candidates, settled, hint)
        self._typed_on = None
        self._last = (q, rows, found)
        return found

    def _every_row(self) -> list[int]:
        """All row numbers, listed once (at a million rows, listing them is a keystroke's time)."""
        if self._all_rows is None or len(self._all_rows) != len(self):
            self._all_rows = list(range(len(self)))
        return self._all_rows

    def _filter(self, q: Query, candidates: Sequence[int], settled: frozenset[str] = frozenset(),
                hint: bool = False) -> Sequence[int]:
        # The filters below make new lists; none changes the one it is given.
        # Each column is touched only by a filter that needs it: a column from the cache is
        # unpacked on first use.
        found: Sequence[int] = candidates
        for text in q.words + q.phrases:
            if text not in settled:
                found = self._containing(text, found, hint)
        for text in q.excluded:
            held = set(self._containing(text, found))
            found = [i for i in found if i not in held]
        for org in q.orgs:
            orgs = self._orgs_cf
            found = [i for i in found if org in orgs[i]]
        for recipient in q.recipients:
            recipients = self.row_recipients_cf
            found = [i for i in found if recipient in recipients[i]]
        for cur in q.currencies:
            currency = self._currency
            found = [i for i in found if currency[i] == cur]
        for kind in q.kinds:
            kinds = self._kind
            found = [i for i in found if kinds[i].startswith(kind)]
        for op, value in q.amounts:
            usd, compare = self._usd, _COMPARE[op]
            found = [i for i in found if usd[i] is not None and compare(float(usd[i]), value)]
        for lo, hi in q.years:
            wanted = self._rows_in_years(lo, hi)
            found = sorted(wanted) if len(found) == len(self) else [i for i in found if i in wanted]
        return found

    def _containing(self, text: str, rows: Sequence[int], hint: bool = False) -> Sequence[int]:
        """Those of ``rows`` (ascending) whose search text holds ``text``. With postings, a
        one- or two-letter text needs no checking at all, and a longer one is checked only
        in the rows that hold its rarest pairs of letters. ``hint``: ``rows`` holds every
        row of the store that holds ``text`` (it came from a search this one narrows), so
        exact postings are the answer as they are."""
        grams = self.grams
        if grams is None:
            hay = self._hay
            return [i for i in rows if text in hay[i]]
        if hint and self._typed_on is not None and len(text) > 2:  # typed on: check only what it may lose
            suspects = grams.dropped(self._typed_on, text, len(rows) // 4)
            if suspects is not None:
                hay = self._hay
                lost = {i for i in suspects if text not in hay[i]}
                return [i for i in rows if i not in lost] if lost else rows
        candidates, exact = grams.candidates(text, len(rows))
        if exact and len(candidates) == len(self):  # every row holds it (a common letter)
            return rows
        if exact and hint:
            return packed(candidates)
        if len(rows) < len(self):  # distinct rows, so as many as there are means every one
            if not exact and len(candidates) >= len(rows):
                hay = self._hay
                return [i for i in rows if text in hay[i]]
            candidates = intersect(candidates, rows)
        if exact:
            return packed(candidates)
        hay = self._hay
        return [i for i in as_list(candidates) if text in hay[i]]

    def _rows_in_years(self, lo: int, hi: int) -> set[int]:
        """Rows about any year from lo to hi, from a year → rows table built on first use."""
        if self._rows_by_year is None:
            table: dict[int, list[int]] = {}
            for i, spans in enumerate(self._years):
                for a, b in spans:
                    for year in range(a, min(b, a + MAX_SPAN) + 1):
                        table.setdefault(year, []).append(i)
            self._rows_by_year = table
        wanted: set[int] = set()
        for year in range(lo, min(hi, lo + MAX_SPAN) + 1):
            wanted.update(self._rows_by_year.get(year, ()))
        return wanted

    # Facets
    def _left_out(self, rows: Sequence[int]) -> list[int]:
        """The rows not in ``rows``; for a search that kept most rows this is the short list."""
        chosen = bytearray(len(self))
        for i in rows:
            chosen[i] = 1
        return list(compress(range(len(chosen)), chosen.translate(_FLIP)))

    def organisations(self, rows: Sequence[int]) -> list[tuple[str, int]]:
        """Organisations in these rows (distinct row numbers) with how many commitments each,
        most first: spellings of one (see org_key) count together under its label."""
        if self._all_organisations is None:
            self._all_organisations = self._counts("org_keys", lambda: chain.from_iterable(self.row_actor_keys))
        return self._name_counts(rows, lambda: self.row_actor_keys, self._all_organisations, self.organisation_labels)

    def recipients(self, rows: Sequence[int]) -> list[tuple[str, int]]:
        """Recipients in these rows, counted as organisations() counts actors."""
        if self._all_recipients is None:
            self._all_recipients = self._counts("recipient_keys", lambda: chain.from_iterable(self.row_recipient_keys))
        return self._name_counts(rows, lambda: self.row_recipient_keys, self._all_recipients, self.recipient_labels)

    def _name_counts(self, rows: Sequence[int], keys: Callable[[], list[tuple[str, ...]]], every: Counter[str],
                     labels: dict[str, str]) -> list[tuple[str, int]]:
        """``keys``: each row's keys, asked for only when not every row counts (at a
        million rows, unpacking them is most of a second)."""
        if len(rows) == len(self):
            counts = every
        elif len(rows) * 2 > len(self):  # most rows: count what was left out, and subtract
            counts = every - Counter(chain.from_iterable(map(keys().__getitem__, self._left_out(rows))))
        else:
            counts = Counter(chain.from_iterable(map(keys().__getitem__, rows)))
        return sorted(((labels[k], n) for k, n in counts.items()), key=lambda kv: (-kv[1], kv[0].casefold()))

    def amounts(self, rows: Sequence[int]) -> list[int]:
        """Rows (distinct row numbers) with money, largest US-dollar value first (no dollar
        value counts as 0)."""
        usd, has = self._usd, self._has_money
        if self._by_amount is None:
            self._by_amount = sorted((i for i in range(len(usd)) if has[i]), key=lambda i: -(usd[i] or 0.0))
        by_amount = self._by_amount
        if len(rows) == len(usd):
            return list(by_amount)
        if len(rows) * 8 < len(by_amount):  # few rows: sorting them beats a pass over all
            return sorted((i for i in rows if has[i]), key=lambda i: (-(usd[i] or 0.0), i))
        if len(rows) * 2 > len(usd):
            left_out = set(self._left_out(rows))
            return list(filterfalse(left_out.__contains__, by_amount))
        return list(filter(set(rows).__contains__, by_amount))

    def counts(self, facet: str, rows: Sequence[int]) -> list[tuple[str, int]]:
        """How many of these rows have each currency or kind, most first."""
        column = {"currency": self._currency, "kind": self._kind}[facet]
        counts = Counter(column[i] for i in rows if column[i])
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
