"""The in-memory index that feeds the browser and `commitments search`.

Built once when a store is loaded; the browser never runs TinyDB queries, which scan
every document.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.records import Commitment


def haystack(c: Commitment) -> str:
    """The text a search looks through, lower-cased once."""
    parts = [c.passage.text, " ".join(c.actors), " ".join(c.recipients), c.title or "", c.doc, c.kind]
    if c.money:
        parts.append(c.money.text)
    return "\n".join(parts).casefold()


class CommitmentIndex:
    def __init__(self, commitments: Sequence[Commitment]) -> None:
        self.commitments = list(commitments)
        self._haystacks = [haystack(c) for c in self.commitments]

    def __len__(self) -> int:
        return len(self.commitments)

    def search(self, query: str, rows: Sequence[int] | None = None) -> list[int]:
        """Row numbers whose text holds every word of the query."""
        words = query.casefold().split()
        candidates = range(len(self.commitments)) if rows is None else rows
        if not words:
            return list(candidates)
        hay = self._haystacks
        return [i for i in candidates if all(w in hay[i] for w in words)]

    def organisations(self, rows: Sequence[int]) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for i in rows:
            counts.update(set(self.commitments[i].actors))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))

    def amounts(self, rows: Sequence[int]) -> list[int]:
        """Rows with money, largest US-dollar value first."""
        with_money = [i for i in rows if self.commitments[i].money is not None]
        return sorted(with_money, key=lambda i: -(dollars(self.commitments[i]) or 0.0))


def dollars(c: Commitment) -> float | None:
    if c.money is None:
        return None
    return c.money.usd_value
