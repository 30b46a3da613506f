"""Which records could report the same pledge: an index over cheap keys, so that grouping
compares a record with a handful of candidates, not with every record of its actor.

Consolidation (extract.consolidate) ties two records only when
- an actor of one agrees with an actor of the other (``names_agree``: one name's words
  run inside the other's) and, where both state amounts it can compare, they are within
  ``compatible`` of each other; or
- both state amounts within ``equal`` of each other (co-funders of one pledge); or
- neither states money and they share a party (an actor or recipient of either);
and never when they were published more than ``max_days`` apart. Each condition is one
index here, and each index keeps a key's rows sorted by publication day, so a lookup
reads only the rows published near the record's date. The keys are plain values (name
words, dollars, a day number): the store supplies them from its stored rows without
building a record (``keys_of_stored``), and the index answers with row numbers.

The rules themselves stay in consolidate: this only says which pairs are worth asking.
"""
from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from commitments.records import Commitment, name_words

Name = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PledgeKeys:
    """What the index needs of one record."""

    actors: tuple[Name, ...]  # each actor's name words
    parties: tuple[Name, ...]  # actors' and recipients'
    day: int | None  # publication date as a day number; None: undated (never ruled out by date)
    money: bool
    dollars: float | None  # as consolidate.usd reads it
    stated: tuple[str, float] | None  # (currency, value) as the text states it


def keys_of(c: Commitment) -> PledgeKeys:
    m = c.money
    return _keys(c.actors, c.recipients, c.published, m is not None,
                 m.usd_value if m else None, m.value if m else None, m.currency if m else None)


def keys_of_stored(r: Mapping[str, Any]) -> PledgeKeys:
    """The same keys from a record as stored (a dict), without building it."""
    m = r.get("money")
    return _keys(r.get("actors") or (), r.get("recipients") or (), r.get("published"), bool(m),
                 m.get("usd_value") if m else None, m.get("value") if m else None, m.get("currency") if m else None)


def _keys(actors: Iterable[str], recipients: Iterable[str], published: str | None, money: bool,
          usd_value: float | None, value: float | None, currency: str | None) -> PledgeKeys:
    names = tuple(w for w in map(name_words, actors) if w)
    dollars = usd_value if usd_value is not None else (value if currency == "USD" else None)
    return PledgeKeys(names, names + tuple(w for w in map(name_words, recipients) if w), _day(published), money,
                      dollars, (currency or "", value) if money and value else None)


def _day(iso: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(iso).toordinal() if iso else None
    except (TypeError, ValueError):
        return None


def ratio(a: PledgeKeys, b: PledgeKeys) -> float | None:
    """How far apart two records' amounts are (>= 1), as consolidate compares them: in a
    currency both state, else in dollars; None where they cannot be compared."""
    x, y = a.dollars, b.dollars
    if a.stated and b.stated and a.stated[0] == b.stated[0]:
        x, y = a.stated[1], b.stated[1]
    if not (x and y):
        return None
    return max(x, y) / min(x, y)


def inner_names(name: Name) -> Iterator[Name]:
    """Every run of a name's words, the name itself included: the names it agrees with
    from inside ("amazon", "web services" in "amazon web services")."""
    for i in range(len(name)):
        for j in range(i + 1, len(name) + 1):
            yield name[i:j]


class _ByDay:
    """Rows under keys, each key's rows sorted by publication day (undated ones apart),
    so that a lookup near a date reads only the rows within ``max_days`` of it."""

    def __init__(self, max_days: int) -> None:
        self.max_days = max_days
        self._dated: dict[Any, list[tuple[int, int]]] = defaultdict(list)
        self._undated: dict[Any, list[int]] = defaultdict(list)
        self._unsorted: set[Any] = set()

    def add(self, key: Any, day: int | None, row: int) -> None:
        if day is None:
            self._undated[key].append(row)
        else:
            self._dated[key].append((day, row))
            self._unsorted.add(key)

    def near(self, key: Any, day: int | None) -> Iterator[int]:
        """Rows under ``key`` published within ``max_days`` of ``day`` (all, for no day), and undated ones."""
        if key in self._unsorted:
            self._dated[key].sort()
            self._unsorted.discard(key)
        dated = self._dated.get(key)
        if dated:
            if day is not None:
                dated = dated[bisect_left(dated, (day - self.max_days, -1)):
                              bisect_right(dated, (day + self.max_days, math.inf))]
            for _, row in dated:
                yield row
        yield from self._undated.get(key, ())


class CandidateIndex:
    """Rows added with their keys; ``candidates(keys)`` gives every row the rules could
    tie to a record with those keys (and some they will not)."""

    def __init__(self, max_days: int, compatible: float, equal: float) -> None:
        self.max_days = max_days
        self.compatible, self.equal = compatible, equal
        self._log_equal = math.log(equal)
        self._keys: dict[int, PledgeKeys] = {}
        self._actor_is = _ByDay(max_days)  # an actor's whole name → rows
        self._actor_within = _ByDay(max_days)  # each run of an actor's name words → rows
        self._amount = _ByDay(max_days)  # (dollars or currency, amount band) → rows
        self._party_is = _ByDay(max_days)  # as the actors', for records without money
        self._party_within = _ByDay(max_days)

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self, row: int) -> PledgeKeys:
        return self._keys[row]

    def add(self, row: int, keys: PledgeKeys) -> None:
        self._keys[row] = keys
        _add_names(self._actor_is, self._actor_within, keys.actors, keys.day, row)
        if not keys.money:
            _add_names(self._party_is, self._party_within, keys.parties, keys.day, row)
        for amount in self._amounts(keys):
            self._amount.add(amount, keys.day, row)

    def bands(self, keys: PledgeKeys) -> list[tuple[str, int]]:
        """The amount bands a record with these keys is indexed under (see _amounts)."""
        return self._amounts(keys)

    def _amounts(self, keys: PledgeKeys) -> list[tuple[str, int]]:
        """Amount bands a factor ``equal`` wide: amounts that close are in one band or next-door ones."""
        out = []
        if keys.dollars and keys.dollars > 0:
            out.append(("$", math.floor(math.log(keys.dollars) / self._log_equal)))
        if keys.stated and keys.stated[1] > 0:
            out.append((keys.stated[0], math.floor(math.log(keys.stated[1]) / self._log_equal)))
        return out

    def candidates(self, keys: PledgeKeys) -> set[int]:
        found: set[int] = set()
        for row in _agreeing(self._actor_is, self._actor_within, keys.actors, keys.day):
            if row not in found:
                r = ratio(keys, self._keys[row])
                if r is None or r <= self.compatible:
                    found.add(row)
        for currency, band in self._amounts(keys):
            for near_band in (band - 1, band, band + 1):
                for row in self._amount.near((currency, near_band), keys.day):
                    if row not in found:
                        r = ratio(keys, self._keys[row])
                        if r is not None and r <= self.equal:
                            found.add(row)
        if not keys.money:
            found.update(_agreeing(self._party_is, self._party_within, keys.parties, keys.day))
        return found


def _add_names(whole: _ByDay, within: _ByDay, names: tuple[Name, ...], day: int | None, row: int) -> None:
    for name in dict.fromkeys(names):
        whole.add(name, day, row)
        for inner in set(inner_names(name)):
            within.add(inner, day, row)


def _agreeing(whole: _ByDay, within: _ByDay, names: tuple[Name, ...], day: int | None) -> Iterator[int]:
    """Rows with a name that agrees with one of ``names``: one that holds it, or one it holds."""
    for name in dict.fromkeys(names):
        yield from within.near(name, day)  # the name itself included
        for inner in set(inner_names(name)) - {name}:
            yield from whole.near(inner, day)


__all__ = ["PledgeKeys", "CandidateIndex", "keys_of", "keys_of_stored", "ratio", "inner_names"]
