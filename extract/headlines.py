"""A headline of two clauses ("$90m loan for solar plants; Japan backs hydrogen push"): the
name in the other clause does not give the amount. Where the amount's own clause names no
actor, the headline restates the lead, so the record takes the actors of the first later
record of the text that states the same sum."""
from __future__ import annotations

from commitments.records import Commitment

_SEPARATORS = ";|"


def _first_line(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, end if end >= 0 else len(text)


def _same_sum(a: Commitment, b: Commitment) -> bool:
    return bool(a.money and b.money and a.money.currency == b.money.currency and a.money.value and b.money.value
                and max(a.money.value, b.money.value) <= 1.01 * min(a.money.value, b.money.value))


def headline_actors(records: list[Commitment], text: str) -> list[Commitment]:
    """The records, those of a two-clause headline credited as described above."""
    start, end = _first_line(text)
    line = text[start:end]
    if not any(s in line for s in _SEPARATORS) or line.rstrip().endswith((".", "!", "?")):
        return records
    for k, rec in enumerate(records):
        if rec.money is None or not (start <= rec.money.start < end):
            continue
        left = max(line.rfind(s, 0, rec.money.start - start) for s in _SEPARATORS) + 1 + start
        right = min((i for i in (line.find(s, rec.money.end - start) for s in _SEPARATORS) if i >= 0),
                    default=len(line)) + start
        own = [m for m in rec.mentions if m.role == "actor" and left <= m.start < right]
        if own or not any(m.role == "actor" for m in rec.mentions):
            continue
        lead = next((r for r in records if r.passage.start >= end and r.actors and _same_sum(r, rec)), None)
        if lead is not None:
            rec.actors = list(lead.actors)
            rec.mentions = [m for m in rec.mentions if m.role != "actor"]
        else:
            records[k] = None
    return [r for r in records if r is not None]
