"""The ledger: who pledged how much, counted once. Plain Python (no Textual, no spaCy),
shared by the browser's ledger view and `commitments ledger`.

Rows are organisations (the actors) or recipients, each spelling of one name under one
row (``records.org_key``). Each row counts its distinct pledges and adds up their US-dollar
value, where:

- the reports of one pledge (one ``group``) count once, at the figure most of its sources
  state (ties: the figure of the earliest report), in dollars; where that figure has no
  dollar value, the first report's that has one: amounts are never averaged;
- a part (``part_of`` names the id or group of a whole) never adds to its whole: in a row
  where its whole is counted the part is left out, and it counts on its own only where
  its whole is absent (another row, or a search that leaves the whole out);
- a pledge made jointly counts in full for each of its organisations (or recipients).

Rows are sorted by total, largest first (then by number of pledges, then by name).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from commitments.extract.consolidate import readings_of, usd
from commitments.records import Commitment, org_key
from commitments.tui.format import is_converted

BY = ("actor", "recipient")
NOUN = {"actor": "organisation", "recipient": "recipient"}
OTHER_SIDE = {"actor": "recipient", "recipient": "actor"}
_LAST = "\uffff"  # an unknown date sorts after every known one


@dataclass
class Pledge:
    """The reports of one pledge, the first report first."""

    key: str  # the group, else the record's own id
    reports: list[Commitment]
    usd: float | None = None  # the representative dollar value (see the module's rule)
    converted: bool = False  # that value was converted at a reference rate, not stated
    wholes: frozenset[str] = frozenset()  # keys of the pledges this one is a part of

    @property
    def first(self) -> Commitment:
        return self.reports[0]


@dataclass
class LedgerRow:
    key: str  # org_key() of the name
    name: str  # its most frequent spelling
    pledges: int = 0
    total_usd: float = 0.0
    without_amount: int = 0  # pledges counted that state no dollar value
    parts_left_out: int = 0  # parts whose whole this row already counts
    top: tuple[str, float] | None = None  # the other side's largest: (name, dollars)
    converted: bool = False  # a dollar value counted here was converted at a reference rate
    pledge_keys: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "key": self.key, "pledges": self.pledges, "usd_total": self.total_usd,
                "usd_converted": self.converted,
                "without_amount": self.without_amount, "parts_left_out": self.parts_left_out,
                "top": {"name": self.top[0], "usd": self.top[1]} if self.top else None}


def first_report_order(c: Commitment) -> str:
    return c.published or _LAST


@dataclass(frozen=True)
class ReportOrder:
    """The reports of one pledge, the first report first, with the figure each states."""

    reports: list[Commitment]  # earliest published first; on one day, the reference figure's reports first
    figure: list[int | None]  # which of the stated figures (consolidate.readings_of) each report gives
    reference: int | None  # the figure most sources state; ties: the earliest report's


def in_report_order(reports: Sequence[Commitment]) -> ReportOrder:
    """Order the reports and find the reference figure. Reports of one day give no order of
    their own, so the first shown there states the figure most sources agree on, rather than
    whichever was stored first."""
    figures, which = readings_of(reports)
    sources: list[set[str]] = [set() for _ in figures]
    earliest: list[tuple[str, int]] = [(_LAST, len(reports))] * len(figures)
    for i, (c, n) in enumerate(zip(reports, which)):
        if n is not None:
            sources[n].add(c.doc_hash)
            earliest[n] = min(earliest[n], (first_report_order(c), i))
    reference = min(range(len(figures)), key=lambda n: (-len(sources[n]), earliest[n]), default=None)
    order = sorted(range(len(reports)), key=lambda i: (first_report_order(reports[i]), which[i] != reference, i))
    return ReportOrder([reports[i] for i in order], [which[i] for i in order], reference)


def pledges_of(commitments: Iterable[Commitment]) -> dict[str, Pledge]:
    """The pledges these records report, by key, each with its representative amount and
    the wholes (present among these records) it is a part of."""
    reports: dict[str, list[Commitment]] = defaultdict(list)
    for c in commitments:
        reports[c.group or c.id].append(c)
    key_of_id = {c.id: key for key, cs in reports.items() for c in cs}
    pledges = {}
    for key, cs in reports.items():
        ro = in_report_order(cs)
        cs = ro.reports
        priced = next((c for c, n in zip(cs, ro.figure) if n == ro.reference and usd(c.money) is not None), None) \
            or next((c for c in cs if usd(c.money) is not None), None)
        wholes = {key_of_id.get(c.part_of) or (c.part_of if c.part_of in reports else None)
                  for c in cs if c.part_of}
        pledges[key] = Pledge(key, cs, usd(priced.money) if priced else None, wholes=frozenset(wholes - {None, key}),
                              converted=priced is not None and is_converted(priced.money))
    return pledges


def _names(p: Pledge, by: str) -> dict[str, list[str]]:
    """org_key → the spellings these reports use, on one side (actors or recipients)."""
    out: dict[str, list[str]] = defaultdict(list)
    for c in p.reports:
        for name in (c.actors if by == "actor" else c.recipients):
            if name.strip():
                out[org_key(name)].append(name)
    return out


def ledger(commitments: Iterable[Commitment], by: str = "actor") -> list[LedgerRow]:
    """One row per organisation (``by="actor"``) or recipient, largest total first."""
    if by not in BY:
        raise ValueError(f"by must be one of {BY}, not {by!r}")
    pledges = pledges_of(commitments)
    in_row: dict[str, list[Pledge]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    other: dict[str, dict[str, list[str]]] = {}
    for p in pledges.values():
        for key, names in _names(p, by).items():
            in_row[key].append(p)
            spellings[key].update(names)
        other[p.key] = _names(p, OTHER_SIDE[by])
    other_spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for names in other.values():
        for k, ns in names.items():
            other_spellings[k].update(ns)
    labels, other_labels = _labels(spellings), _labels(other_spellings)
    rows = [_row(key, labels[key], ps, other, other_labels) for key, ps in in_row.items()]
    return sorted(rows, key=lambda r: (-r.total_usd, -r.pledges, r.name.casefold()))


def _labels(spellings: dict[str, Counter[str]]) -> dict[str, str]:
    """Each name's label: its most frequent spelling (ties: the first in sorted order)."""
    return {key: min(counts, key=lambda n: (-counts[n], n)) for key, counts in spellings.items()}


def _row(key: str, name: str, pledges: Sequence[Pledge], other: dict[str, dict[str, list[str]]],
         other_labels: dict[str, str]) -> LedgerRow:
    row = LedgerRow(key, name)
    here = {p.key for p in pledges}
    by_other: Counter[str] = Counter()
    for p in pledges:
        if p.wholes & here:
            row.parts_left_out += 1
            continue
        row.pledges += 1
        row.pledge_keys.append(p.key)
        if p.usd is None:
            row.without_amount += 1
            continue
        row.total_usd += p.usd
        row.converted |= p.converted
        for k in other[p.key]:
            by_other[k] += p.usd
    if by_other:
        k, dollars = min(by_other.items(), key=lambda kv: (-kv[1], kv[0]))
        row.top = (other_labels[k], dollars)
    return row
