"""The search syntax shared by the browser, `commitments search` and `commitments export`.

    water "clean energy"   every word and every quoted phrase (any order, any case)
    org:microsoft          an actor whose name contains this (org:"Bill & Melinda")
    currency:EUR           the amount's stated currency
    amount>1bn amount<=500m  on the US-dollar value, with the extractor's scale words
                           (k, m/mn, b/bn, t/tn, lakh, crore...: amount>2 crore)
    year:2027 year:2025-2030  the timeframe or the publication year falls in it
    kind:funding           the kind of pledge (a prefix is enough: kind:fund)
    -coal                  leaves out what holds the word

A filter still being typed ("amount>", "year:20") constrains nothing yet, so the list
does not blink empty between keystrokes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.extract.money_words import SCALES

_AMOUNT = re.compile(r"^\$?(\d[\d,]*(?:\.\d+)?|\.\d+)\s*([a-z]*)$")
_COMPARISON = re.compile(r"^(amount|usd)(>=|<=|>|<|=)(.*)$", re.IGNORECASE | re.DOTALL)
_YEAR = re.compile(r"^(\d{4})(?:(?:-|\.\.)(\d{4}))?$")
# a comparison keeps a scale word written apart from its figure: amount>2 crore
_SPACED_SCALE = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
_TOKEN = re.compile(rf'(?i:((?:amount|usd)(?:>=|<=|>|<|=)\$?[\d.,]+\s+(?:{_SPACED_SCALE}))(?!\S))'
                    r'|(\S+?:)?"([^"]*)"?|(\S+)')
ALIASES = {"org": "org", "actor": "org", "currency": "currency", "cur": "currency",
           "year": "year", "kind": "kind"}


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...] = ()  # case-folded; each must occur in the text
    phrases: tuple[str, ...] = ()  # case-folded, single-spaced
    orgs: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()  # upper case
    kinds: tuple[str, ...] = ()
    years: tuple[tuple[int, int], ...] = ()  # inclusive ranges
    amounts: tuple[tuple[str, float], ...] = ()  # (operator, US dollars)
    excluded: tuple[str, ...] = ()  # case-folded words that must not occur

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.orgs or self.currencies or self.kinds
                    or self.years or self.amounts or self.excluded)

    def narrows(self, before: Query) -> bool:
        """True if everything this query matches also matched ``before`` (so a search can
        start from ``before``'s results): each earlier word lies inside a word or phrase
        now, each earlier organisation inside one now, and the other filters are kept."""
        texts = self.words + self.phrases
        return (all(any(w in t for t in texts) for w in before.words)
                and all(any(p in t for t in self.phrases) for p in before.phrases)
                and all(any(o in t for t in self.orgs) for o in before.orgs)
                and set(before.currencies) <= set(self.currencies)
                and set(before.kinds) <= set(self.kinds)
                and set(before.years) <= set(self.years)
                and set(before.amounts) <= set(self.amounts)
                and set(before.excluded) <= set(self.excluded))


def parse_amount(text: str) -> float | None:
    """ "1bn" → 1e9, "$500m" → 5e8, "2.5 billion" → 2.5e9; None if it is not an amount."""
    m = _AMOUNT.match(text.strip().casefold())
    if not m or (m.group(2) and m.group(2) not in SCALES):
        return None
    return float(m.group(1).replace(",", "")) * SCALES.get(m.group(2), 1)


def parse_query(text: str) -> Query:
    parts: dict[str, list] = {k: [] for k in ("words", "phrases", "orgs", "currencies", "kinds", "years", "amounts",
                                              "excluded")}
    for m in _TOKEN.finditer(text):
        spaced, prefix, quoted, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        bare = spaced or bare
        if quoted is not None:
            value = " ".join(quoted.split()).casefold()
            key = ALIASES.get(prefix[:-1].casefold()) if prefix else None
            if prefix and key is None:  # unknown:"..." is just a phrase with its prefix
                value = f"{prefix.casefold()}{value}"
            _add(parts, key or "phrase", value)
            continue
        if bare.startswith("-"):  # a lone "-" is a word still being typed: it leaves out nothing
            if len(bare) > 1:
                parts["excluded"].append(bare[1:].casefold())
            continue
        comparison = _COMPARISON.match(bare)
        if comparison:
            amount = parse_amount(comparison.group(3))
            if amount is not None:
                parts["amounts"].append((comparison.group(2), amount))
            continue
        key, sep, value = bare.partition(":")
        field_name = ALIASES.get(key.casefold()) if sep else None
        if field_name is None:
            parts["words"].append(bare.casefold())
        elif value:
            _add(parts, field_name, value)
    return Query(**{k: tuple(dict.fromkeys(v)) for k, v in parts.items()})


def _add(parts: dict[str, list], key: str, value: str) -> None:
    if not value:
        return
    if key == "phrase":
        if " " in value:
            parts["phrases"].append(value)
        else:
            parts["words"].append(value)
    elif key == "org":
        parts["orgs"].append(" ".join(value.split()).casefold())
    elif key == "currency":
        parts["currencies"].append(value.upper())
    elif key == "kind":
        parts["kinds"].append(value.casefold())
    elif key == "year":
        m = _YEAR.match(value)
        if m:
            lo = int(m.group(1))
            hi = int(m.group(2) or lo)
            parts["years"].append((min(lo, hi), max(lo, hi)))
