"""Faceted filtering over the store's index: a search, organisations and amount bands.

Each facet counts what the *other* filters leave, so choosing one organisation still
shows how many commitments the others would add (several can be chosen at once).
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from dataclasses import dataclass, field

from extract.records import Commitment
from store.index import CommitmentIndex


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


def band_of(c: Commitment) -> int:
    """The band's position in BANDS; amounts without a dollar value count as no amount."""
    return band_of_dollars(c.money.usd_value if c.money else None)


def band_of_dollars(usd: float | None) -> int:
    if usd is None:
        return NO_AMOUNT
    for i, band in enumerate(BANDS[:NO_AMOUNT]):
        if usd >= (band.low or 0.0) and (band.high is None or usd < band.high):
            return i
    return NO_AMOUNT - 1  # negative or odd values sit with the smallest


@dataclass(frozen=True)
class Filters:
    query: str = ""
    organisations: frozenset[str] = frozenset()
    bands: frozenset[int] = frozenset()


@dataclass
class Filtered:
    rows: list[int]  # index rows that pass every filter, in store order
    organisations: list[tuple[str, int]] = field(default_factory=list)  # most frequent first
    band_counts: list[int] = field(default_factory=list)  # one per BANDS entry


class FacetIndex:
    """Adds facet counts to ``CommitmentIndex``, whose ``search`` does the text matching."""

    def __init__(self, index: CommitmentIndex) -> None:
        self.index = index
        # From the index's columns: parsing 100,000 records here would cost seconds.
        self.bands = [band_of_dollars(usd) for usd in index.row_dollars]
        self.actors = index.row_actors
        self._unfiltered: Filtered | None = None  # the opening view, and where escape returns

    def apply(self, filters: Filters) -> Filtered:
        if filters == Filters():
            if self._unfiltered is None:
                self._unfiltered = self._apply(filters)
            return self._unfiltered
        return self._apply(filters)

    def _apply(self, filters: Filters) -> Filtered:
        actors, bands = self.actors, self.bands
        matched = self.index.search(filters.query)
        orgs, chosen_bands = filters.organisations, filters.bands

        def org_ok(i: int) -> bool:
            return not orgs.isdisjoint(actors[i])

        def band_ok(i: int) -> bool:
            return not chosen_bands or bands[i] in chosen_bands

        in_bands = [i for i in matched if band_ok(i)] if chosen_bands else matched
        in_orgs = [i for i in matched if org_ok(i)] if orgs else matched
        rows = [i for i in in_bands if org_ok(i)] if orgs else in_bands
        org_counts = Counter(chain.from_iterable(actors[i] for i in in_bands))
        per_band = Counter(bands[i] for i in in_orgs)
        band_counts = [per_band.get(b, 0) for b in range(len(BANDS))]
        ranked = sorted(org_counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        return Filtered(rows, ranked, band_counts)
