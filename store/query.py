"""The search syntax shared by the browser, `commitments search` and `commitments export`.

    water "clean energy"   every word and every quoted phrase (any order, any case)
    org:microsoft          an actor whose name contains this (org:"Bill & Melinda")
    to:japan               a recipient whose name contains this
    currency:EUR           the amount's stated currency
    amount>1bn amount<=500m  on the US-dollar value, with the extractor's scale words
                           (k, m/mn, b/bn, t/tn, lakh, crore...: amount>2 crore)
    year:2027 year:2025-2030  the timeframe or the publication year falls in it
    kind:funding           the kind of pledge (a prefix is enough: kind:fund)
    -coal                  leaves out what holds the word

A filter still being typed ("amount>", "year:20", "org:") constrains nothing yet, so the
list does not blink empty between keystrokes: it is ``pending``, and the browser says so. A
filter that cannot be read ("amount>abc", "year:20x", "ratio:2", a field we do not have)
is an ``error``: the query matches nothing and the browser and the command line say why,
never a silent match-all. The command line, where nothing is still being typed, takes a
pending filter as an error too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.extract.money_words import SCALES
from commitments.records import KINDS

_AMOUNT = re.compile(r"^\$?(\d[\d,]*(?:\.\d+)?|\.\d+)\s*([a-z]*)$")
_COMPARISON = re.compile(r"^(amount|usd)(>=|<=|>|<|=)(.*)$", re.IGNORECASE | re.DOTALL)
_YEAR = re.compile(r"^(\d{4})(?:(?:-|\.\.)(\d{4}))?$")
# a comparison keeps a scale word written apart from its figure: amount>2 crore
_SPACED_SCALE = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
_TOKEN = re.compile(rf'(?i:((?:amount|usd)(?:>=|<=|>|<|=)\$?[\d.,]+\s+(?:{_SPACED_SCALE}))(?!\S))'
                    r'|(\S+?:)?"([^"]*)"?|(\S+)')
ALIASES = {"org": "org", "actor": "org", "to": "recipient", "recipient": "recipient",
           "currency": "currency", "cur": "currency", "year": "year", "kind": "kind"}
FIELDS = "org:, to:, currency:, amount>, year:, kind:"  # what an error about a field offers
_FIELD_KEY = re.compile(r"^[a-z]+$", re.IGNORECASE)  # "ratio:2" is a field; "https://x", "10:30" are words
_PARTIAL_AMOUNT = re.compile(r"^\$?(?:\d[\d,]*\.?\d*\s*([a-z]*))?$")
_PARTIAL_YEAR = re.compile(r"^\d{0,3}$|^\d{4}(?:-|\.\.?)\d{0,3}$")


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...] = ()  # case-folded; each must occur in the text
    phrases: tuple[str, ...] = ()  # case-folded, single-spaced
    orgs: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # case-folded, single-spaced
    currencies: tuple[str, ...] = ()  # upper case
    kinds: tuple[str, ...] = ()
    years: tuple[tuple[int, int], ...] = ()  # inclusive ranges
    amounts: tuple[tuple[str, float], ...] = ()  # (operator, US dollars)
    excluded: tuple[str, ...] = ()  # case-folded words that must not occur
    pending: tuple[str, ...] = ()  # "amount>: needs an amount": filters still being typed, ignored
    errors: tuple[str, ...] = ()  # "year:20x: not a year …": the query then matches nothing

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.orgs or self.recipients or self.currencies or self.kinds
                    or self.years or self.amounts or self.excluded or self.errors)

    @property
    def problems(self) -> tuple[str, ...]:
        """What the command line refuses: errors, and filters left unfinished."""
        return self.errors + self.pending

    def narrows(self, before: Query) -> bool:
        """True if everything this query matches also matched ``before`` (so a search can
        start from ``before``'s results): each earlier word lies inside a word or phrase
        now, each earlier organisation inside one now, and the other filters are kept."""
        texts = self.words + self.phrases
        return ((not before.errors or bool(self.errors))  # a query with errors matches nothing
                and all(any(w in t for t in texts) for w in before.words)
                and all(any(p in t for t in self.phrases) for p in before.phrases)
                and all(any(o in t for t in self.orgs) for o in before.orgs)
                and all(any(o in t for t in self.recipients) for o in before.recipients)
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
    parts: dict[str, list] = {k: [] for k in ("words", "phrases", "orgs", "recipients", "currencies", "kinds",
                                              "years", "amounts", "excluded", "pending", "errors")}
    for m in _TOKEN.finditer(text):
        spaced, prefix, quoted, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        bare = spaced or bare
        if quoted is not None:
            value = " ".join(quoted.split()).casefold()
            key = ALIASES.get(prefix[:-1].casefold()) if prefix else None
            if prefix and key is None:
                parts["errors"].append(_unknown_field(prefix[:-1], m.group()))
            else:
                _add(parts, key or "phrase", value, m.group())
            continue
        if bare.startswith("-"):  # a lone "-" is a word still being typed: it leaves out nothing
            if len(bare) > 1:
                parts["excluded"].append(bare[1:].casefold())
            continue
        comparison = _COMPARISON.match(bare)
        if comparison:
            _add_amount(parts, comparison.group(2), comparison.group(3), bare)
            continue
        key, sep, value = bare.partition(":")
        field_name = ALIASES.get(key.casefold()) if sep else None
        if field_name is not None:
            _add(parts, field_name, value, bare)
        elif value and _FIELD_KEY.match(key) and not value.startswith("/"):
            parts["errors"].append(_unknown_field(key, bare))
        else:
            parts["words"].append(bare.casefold())
    return Query(**{k: tuple(dict.fromkeys(v)) for k, v in parts.items()})


def _unknown_field(key: str, token: str) -> str:
    return f"{token}: there is no field {key.casefold()}: (the fields are {FIELDS})"


def _add_amount(parts: dict[str, list], op: str, value: str, token: str) -> None:
    amount = parse_amount(value)
    if amount is not None:
        parts["amounts"].append((op, amount))
        return
    partial = _PARTIAL_AMOUNT.match(value.strip().casefold())
    if partial and (partial.group(1) is None or any(s.startswith(partial.group(1)) for s in SCALES)):
        parts["pending"].append(f"{token} needs an amount (amount>1bn, amount<=500m)")
    else:
        parts["errors"].append(f"{token} is not an amount (amount>1bn, amount<=500m, amount>2 crore)")


def _add(parts: dict[str, list], key: str, value: str, token: str) -> None:
    if not value:
        if key != "phrase":
            parts["pending"].append(f"{token} needs a value")
        return
    if key == "phrase":
        if " " in value:
            parts["phrases"].append(value)
        else:
            parts["words"].append(value)
    elif key in ("org", "recipient"):
        parts["orgs" if key == "org" else "recipients"].append(" ".join(value.split()).casefold())
    elif key == "currency":
        _add_currency(parts, value, token)
    elif key == "kind":
        kind = value.casefold()
        if any(k.startswith(kind) for k in KINDS):
            parts["kinds"].append(kind)
        else:
            parts["errors"].append(f"{token}: no kind starts with {value} (kinds: {', '.join(KINDS)})")
    elif key == "year":
        _add_year(parts, value, token)


def _add_currency(parts: dict[str, list], value: str, token: str) -> None:
    if value.isascii() and value.isalpha() and len(value) == 3:
        parts["currencies"].append(value.upper())
    elif value.isascii() and value.isalpha() and len(value) < 3:
        parts["pending"].append(f"{token} needs a three-letter currency code (currency:EUR)")
    else:
        parts["errors"].append(f"{token} is not a currency code (currency:EUR)")


def _add_year(parts: dict[str, list], value: str, token: str) -> None:
    m = _YEAR.match(value)
    if m:
        lo = int(m.group(1))
        hi = int(m.group(2) or lo)
        parts["years"].append((min(lo, hi), max(lo, hi)))
    elif _PARTIAL_YEAR.match(value):
        parts["pending"].append(f"{token} needs a whole year (year:2027, year:2025-2030)")
    else:
        parts["errors"].append(f"{token} is not a year (year:2027, year:2025-2030)")
