"""The list's order: as stored, or by amount (US dollars), date, actor or number of
sources, either way. Sorting reads the index's columns, so no record is built for it."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from commitments.store.index import CommitmentIndex

KEYS = ("stored", "amount", "date", "actor", "sources")
LABELS = {"amount": "amount (USD)", "date": "date", "actor": "actor", "sources": "number of sources"}
# The direction a key starts in: the largest, newest and most reported first; actors A to Z.
STARTS_DESCENDING = {"amount": True, "date": True, "actor": False, "sources": True}


@dataclass(frozen=True)
class Order:
    key: str = "stored"
    descending: bool = True

    def next_key(self) -> Order:
        key = KEYS[(KEYS.index(self.key) + 1) % len(KEYS)]
        return Order(key, STARTS_DESCENDING.get(key, True))

    def reversed(self) -> Order:
        return Order(self.key, not self.descending)

    @property
    def label(self) -> str:
        """What the list's title says: "by amount (USD) ↓"; nothing in stored order."""
        if self.key == "stored":
            return ""
        return f"by {LABELS[self.key]} {'↓' if self.descending else '↑'}"


def sort_rows(index: CommitmentIndex, rows: Sequence[int], order: Order) -> Sequence[int]:
    """``rows`` in ``order``; rows without a value (no amount, no date) come last either way,
    and ties keep their stored order."""
    if order.key == "stored":
        return rows
    value = _values(index, order.key)
    present = [i for i in rows if value(i) is not None]
    missing = [i for i in rows if value(i) is None]
    return sorted(present, key=value, reverse=order.descending) + missing


def _values(index: CommitmentIndex, key: str):
    if key == "amount":
        return index.row_dollars.__getitem__
    if key == "actor":
        keys = index.row_actor_keys
        return lambda i: keys[i][0] if keys[i] else None
    if key == "sources":
        groups = index.group_keys(range(len(index)))
        sizes = Counter(groups)
        return lambda i: sizes[groups[i]]
    raw = index.commitments.raw  # date: the publication date, as stored (ISO)
    return lambda i: raw(i).get("published") or None
