"""Faceted filtering over the store's index: a search, organisations, amount bands and
recipients.

Each facet counts what the *other* filters leave, so choosing one organisation still
shows how many commitments the others would add (several can be chosen at once).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from commitments.records import Commitment, org_key
from commitments.store.index import DECADES, CommitmentIndex


@dataclass(frozen=True)
class Band:
    label: str
    low: float | None  # inclusive, in US dollars; None with high None means "no amount"
    high: float | None  # exclusive


BANDS: tuple[Band, ...] = (
    Band("≥ $10bn", 1e10, None),
    Band("$1–10bn", 1e9, 1e10),
    Band("$100m–1bn", 1e8, 1e9),
    Band("< $100m", 0.0, 1e8),
    Band("no amount", None, None),
)
NO_AMOUNT = len(BANDS) - 1
FACETS = ("organisations", "bands", "recipients")


def band_of(c: Commitment) -> int:
    """The band's position in BANDS; amounts without a dollar value count as no amount."""
    return band_of_dollars(c.money.usd_value if c.money else None)


_EDGES = sorted(b.low for b in BANDS[:NO_AMOUNT] if b.low)  # BANDS run from the largest down


def band_of_dollars(usd: float | None) -> int:
    if usd is None:
        return NO_AMOUNT
    return NO_AMOUNT - 1 - bisect_right(_EDGES, usd)  # negative or odd values sit with the smallest


def band_of_decade(decade: int | None) -> int:
    """The band of every value in a dollar decade (store.index.decade_of): the bands' edges
    are powers of ten, so a decade never straddles two."""
    return band_of_dollars(None if decade is None else (DECADES[decade - 1] if decade else 0.0))


assert set(_EDGES) <= set(DECADES), "band edges must be powers of ten (see band_of_decade)"


@dataclass(frozen=True)
class Filters:
    query: str = ""
    organisations: frozenset[str] = frozenset()  # any spelling: matched by org_key
    bands: frozenset[int] = frozenset()
    recipients: frozenset[str] = frozenset()  # as to: does, but by org_key: any spelling of one name


@dataclass
class Filtered:
    rows: Sequence[int]  # index rows that pass every filter, in store order
    organisations: list[tuple[str, int]] = field(default_factory=list)  # most frequent first
    band_counts: list[int] = field(default_factory=list)  # one per BANDS entry
    recipients: list[tuple[str, int]] = field(default_factory=list)  # most frequent first


class FacetIndex:
    """Adds facet counts to ``CommitmentIndex``, whose ``search`` does the text matching."""

    def __init__(self, index: CommitmentIndex) -> None:
        self.index = index
        self._unfiltered: Filtered | None = None  # the opening view, and where escape returns
        self._last_query: tuple[str, list[int]] | None = None

    @cached_property
    def bands(self) -> list[int]:
        """Each row's amount band, from the index's dollar column (building 100,000 records
        would cost seconds), worked out when a facet is first counted or used."""
        return list(map(band_of_dollars, self.index.row_dollars))

    @property
    def actors(self) -> list[tuple[str, ...]]:
        """Each row's actors as org_key()s, which is what the organisation filter compares."""
        return self.index.row_actor_keys

    def apply(self, filters: Filters) -> Filtered:
        """The rows and every facet's counts."""
        if filters == Filters():
            if self._unfiltered is None:
                self._unfiltered = self._apply(filters)
            return self._unfiltered
        return self._apply(filters)

    def rows(self, filters: Filters) -> Sequence[int]:
        """Only the rows: what the list needs at once, while the counts can follow."""
        if filters == Filters() and self._unfiltered is not None:
            return self._unfiltered.rows
        return self._split(filters)[0]

    @property
    def recipients(self) -> list[tuple[str, ...]]:
        """Each row's recipients as org_key()s, which is what the recipient filter compares."""
        return self.index.row_recipient_keys

    def _split(self, filters: Filters) -> tuple[Sequence[int], dict[str, Sequence[int]]]:
        """(rows, and for each facet the rows every filter but its own leaves)."""
        matched = self._matched(filters.query)
        tests = {}
        if filters.bands:
            bands, chosen_bands = self.bands, filters.bands
            tests["bands"] = lambda i: bands[i] in chosen_bands
        if filters.organisations:
            orgs, actors = frozenset(map(org_key, filters.organisations)), self.actors
            tests["organisations"] = lambda i: not orgs.isdisjoint(actors[i])
        if filters.recipients:
            chosen, recipients = frozenset(map(org_key, filters.recipients)), self.recipients
            tests["recipients"] = lambda i: not chosen.isdisjoint(recipients[i])

        def passing(left_out: str | None) -> list[int]:
            kept = [test for name, test in tests.items() if name != left_out]
            if not kept:
                return matched
            return [i for i in matched if all(test(i) for test in kept)]

        return passing(None), {name: passing(name) for name in FACETS}

    def _matched(self, query: str) -> Sequence[int]:
        # The list and then the facets ask for the same query: search once. No query is
        # every row: a range, not a list (at a million rows, listing them is the first
        # frame's 30 ms).
        if not query.strip():
            return range(len(self.index))
        if self._last_query is None or self._last_query[0] != query:
            self._last_query = (query, self.index.matching(query))
        return self._last_query[1]

    def _apply(self, filters: Filters) -> Filtered:
        rows, before = self._split(filters)
        in_orgs = before["bands"]
        if len(in_orgs) == len(self.index):
            per_band = Counter()
            for decade, n in self.index.dollar_decades().items():
                per_band[band_of_decade(decade)] += n
        else:
            per_band = Counter(map(self.bands.__getitem__, in_orgs))
        band_counts = [per_band.get(b, 0) for b in range(len(BANDS))]
        return Filtered(rows, self.index.organisations(before["organisations"]), band_counts,
                        self.index.recipients(before["recipients"]))
