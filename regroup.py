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

After an ingest only the new rows need grouping, and the keys of the rows already
grouped are kept beside the store (``pledge_keys``): the new rows meet the stored rows
those keys offer, and the other members of their groups, and nothing else is read.
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


# At most this many rows added since the kept keys (pledge_keys) were written are looked
# up through them; past that (or without them) every stored row is read, as the first time.
INCREMENTAL_ROWS = 20_000


def regroup(store: Store, fresh: set[str] | None = None, meter: Meter | None = None, chunk_size: int = CHUNK) -> int:
    """Group the store's records that have no group yet, and those whose ids are in
    ``fresh``, with the stored records they could be the same pledge as; write once.
    ``meter`` hears how far it has got after each chunk. How many records changed."""
    from commitments import pledge_keys
    from commitments.extract.candidates import keys_of_stored
    from commitments.extract.consolidate import assign_groups, candidate_index  # pure: no spaCy

    rows = store.commitments
    index = candidate_index()
    ids: dict[int, str] = {}
    group: dict[int, str | None] = {}
    note: dict[int, str | None] = {}

    def take(i: int) -> None:
        r = rows.peek(i)
        index.add(i, keys_of_stored(r))
        ids[i], group[i], note[i] = r.get("id") or "", r.get("group"), r.get("discrepancy")

    fresh = fresh or set()
    seen = (store.texts, len(rows))  # update_groups may find another writer's rows too
    kept = pledge_keys.open_for(store)
    if kept is not None and len(rows) - kept.rows + sum(map(len, store.rows_of_ungrouped_segments())) <= INCREMENTAL_ROWS:
        _take_near_new(store, kept, fresh, index, take, group, ids)
    else:
        for i in range(len(rows)):
            take(i)
    todo = [i for i in ids if not group[i] or ids[i] in fresh]
    changed: dict[str, tuple[str | None, str | None]] = {}
    pending = set(todo)
    members: dict[str, set[int]] = defaultdict(set)
    for i, g in group.items():
        if g and i not in pending:
            members[g].add(i)
    todo.sort(key=lambda i: (index.keys(i).day or 0, i))  # candidates lie within days of each other
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
    count = store.update_groups(changed, rows=[i for i in ids if ids[i] in changed])
    pledge_keys.save(store, index.keys, index, seen)  # the rows not kept yet are all in the index
    return count


def _take_near_new(store: Store, kept, fresh: set[str], index, take, group: dict[int, str | None],
                   ids: dict[int, str]) -> None:
    """Read only the rows added since the kept keys were written, the kept rows the keys
    offer as candidates of those to group, and every member of the candidates' groups."""
    from commitments import pledge_keys

    for span in [range(kept.rows, len(store.commitments)), *store.rows_of_ungrouped_segments()]:
        for i in span:
            if i not in group:
                take(i)
    near: set[int] = set()
    for i in list(group):
        if not group[i] or ids[i] in fresh:
            near |= pledge_keys.candidates(kept, index.keys(i), index)
    for j in near:
        take(j)
    groups = {group[j] for j in near if group[j]}
    if groups:
        column = store.index.column("_group")  # each row's group, else its own id
        for j in range(kept.rows):
            if column[j] in groups and j not in group:
                take(j)


def _with_candidates(chunk: list[int], index, pending: set[int], group: dict[int, str | None],
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
