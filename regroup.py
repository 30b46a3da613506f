"""Regrouping a store: records without a group meet only their candidates.

After an ingest the new records must be tied to the pledges already stored, and a store
with no groups yet (migrated from an older version, or made by the bench) must be
grouped once. Building every stored record for that took more memory than a machine has
at a million commitments. Instead every stored row gives its candidate keys (actors,
amount, publication day: ``extract.candidates``), read from the stored dicts without
building a record. The rows without a group are then grouped a chunk at a time, in
order of publication, each chunk built together with only the rows the index offers as
candidates and the other members of their groups (so a group's id and discrepancy are
always worked out over the whole group). Rows already grouped keep their groups
(``assign_groups`` with ``fresh``), so the result is that of grouping the store in the
order its documents came; memory is one chunk and its candidates, not the store.
One write at the end, touching only the records whose group changed.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from commitments.store import Store

# Rows grouped at once. Consecutive chunks (in date order) share candidates, which each
# builds again: larger chunks build fewer twice, smaller ones hold less (5,000 rows and
# their candidates are some tens of MB).
CHUNK = 5000

Meter = Callable[[int, int], None]  # (rows grouped so far, rows to group)


def regroup(store: Store, fresh: set[str] | None = None, meter: Meter | None = None, chunk_size: int = CHUNK) -> int:
    """Group the store's records that have no group yet, and those whose ids are in
    ``fresh``, with the stored records they could be the same pledge as; write once.
    ``meter`` hears how far it has got after each chunk. How many records changed."""
    from commitments.extract.candidates import keys_of_stored
    from commitments.extract.consolidate import assign_groups, candidate_index  # pure: no spaCy

    rows = store.commitments
    index = candidate_index()
    ids: list[str] = []
    group: list[str | None] = []
    note: list[str | None] = []
    for i in range(len(rows)):
        r = rows.peek(i)
        index.add(i, keys_of_stored(r))
        ids.append(r.get("id") or "")
        group.append(r.get("group"))
        note.append(r.get("discrepancy"))
    fresh = fresh or set()
    todo = [i for i in range(len(rows)) if not group[i] or ids[i] in fresh]
    if not todo:
        return 0
    pending = set(todo)
    members: dict[str, set[int]] = defaultdict(set)
    for i, g in enumerate(group):
        if g and i not in pending:
            members[g].add(i)
    todo.sort(key=lambda i: (index.keys(i).day or 0, i))  # candidates lie within days of each other
    changed: dict[str, tuple[str | None, str | None]] = {}
    for start in range(0, len(todo), chunk_size):
        chunk = todo[start:start + chunk_size]
        pending.difference_update(chunk)
        subset = _with_candidates(chunk, index, pending, group, members)
        new = set(chunk)
        recs = [rows.build(j) for j in subset]
        for j, c in zip(subset, recs):
            c.group, c.discrepancy = (None, None) if j in new else (group[j], note[j])
        assign_groups(recs, fresh={ids[i] for i in chunk})
        for j, c in zip(subset, recs):
            if group[j] != c.group:
                if group[j] and j not in new:
                    members[group[j]].discard(j)
                members[c.group].add(j)
            if (group[j], note[j]) != (c.group, c.discrepancy) or j in new:
                group[j], note[j] = c.group, c.discrepancy
                changed[ids[j]] = (c.group, c.discrepancy)
        if meter is not None:
            meter(min(start + chunk_size, len(todo)), len(todo))
    return store.update_groups(changed)


def _with_candidates(chunk: list[int], index, pending: set[int], group: list[str | None],
                     members: dict[str, set[int]]) -> list[int]:
    """The chunk's rows, the grouped rows the index offers as their candidates (rows still
    waiting for a later chunk meet this one then), and every other member of those rows' groups."""
    subset = dict.fromkeys(chunk)
    for i in chunk:
        for j in index.candidates(index.keys(i)):
            if j not in pending:
                subset.setdefault(j)
    for j in [j for j in subset if group[j]]:
        subset.update(dict.fromkeys(members.get(group[j], ())))
    return list(subset)


__all__ = ["regroup", "CHUNK"]
