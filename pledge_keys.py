"""The stored records' candidate keys, kept beside the store so that regrouping after an
ingest meets only the records that could be the same pledge as the new ones.

``regroup`` finds a new record's candidates through an index of cheap keys (actors'
names and their runs of words, amount bands, publication days: extract.candidates).
Building that index reads every stored record: seconds at 100,000, most of a minute at a
million. So the keys are kept in ``<store>.pledges`` (and ``<store>.pledges-delta`` for
rows added since), postings files laid out like the search postings (store.grams), tied
to the store's texts in the same way: a key's postings are the rows indexed under it,
and ``\\x00day`` lists each row's publication day. A lookup gives a superset of the rows
the in-memory index would offer (the same keys, the day window applied, the amount
ratio not), and regrouping builds its index from those rows only. Deleting the files only
makes the next regrouping read every record again.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from pathlib import Path

from commitments.extract.candidates import CandidateIndex, PledgeKeys, inner_names
from commitments.store import Store, grams

DAY = "\x00day"  # each row's publication day number, 0 for none
_SEP = "\x1f"


def files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + ".pledges"), path.with_name(path.name + ".pledges-delta")


def _name(kind: str, name: tuple[str, ...]) -> str:
    return kind + _SEP + " ".join(name)


def key_strings(k: PledgeKeys, index: CandidateIndex) -> set[str]:
    """The keys a record is indexed under, as CandidateIndex.add indexes it."""
    out: set[str] = set()
    for name in k.actors:
        out.add(_name("a", name))
        out.update(_name("i", inner) for inner in inner_names(name))
    if not k.money:
        for name in k.parties:
            out.add(_name("p", name))
            out.update(_name("q", inner) for inner in inner_names(name))
    out.update(f"m{_SEP}{currency}{_SEP}{band}" for currency, band in index.bands(k))
    return out


def _looked_up(k: PledgeKeys, index: CandidateIndex) -> Iterable[str]:
    """The keys CandidateIndex.candidates reads for a record with keys ``k``."""
    for whole, within, names in (("a", "i", k.actors), ("p", "q", k.parties if not k.money else ())):
        for name in dict.fromkeys(names):
            yield _name(within, name)  # rows with a name that holds this one
            for inner in set(inner_names(name)) - {name}:
                yield _name(whole, inner)  # rows whose name is one this one holds
    for currency, band in index.bands(k):
        for near in (band - 1, band, band + 1):
            yield f"m{_SEP}{currency}{_SEP}{near}"


def open_for(store: Store) -> grams.GramIndex | None:
    """The kept keys of the store's first rows (``.rows`` of them), if they describe it."""
    if store.texts is None or store.cold:
        return None
    found = grams.joined(*grams.load_layers(store.path, store.texts, files(store.path)))
    return found if found is not None and found.rows <= len(store) else None


def candidates(kept: grams.GramIndex, k: PledgeKeys, index: CandidateIndex) -> set[int]:
    """Rows among the kept ones that the in-memory index could offer for keys ``k``."""
    rows: set[int] = set()
    for key in _looked_up(k, index):
        rows.update(grams.as_list(kept.postings(key)))
    if k.day is None or not rows:
        return rows
    days, lo, hi = kept.postings(DAY), k.day - index.max_days, k.day + index.max_days
    return {r for r in rows if not days[r] or lo <= days[r] <= hi}


def save(store: Store, keys_of: Callable[[int], PledgeKeys], index: CandidateIndex, seen: tuple[str | None, int]) -> None:
    """Bring the kept keys up to the store's rows (``keys_of(row)`` for the rows not kept
    yet: after an ingest, only the new ones; every row when the store was read ``cold``,
    since the kept ones may not describe it). ``seen``: the store's texts and rows when
    the keys were read; if another writer has changed it since, nothing is written (the
    next regrouping catches up). Best effort, as the read cache."""
    if store.texts is None or (store.texts, len(store)) != seen or not grams.LITTLE_ENDIAN:
        return

    def build(start: int, end: int, postings: dict[str, array] | None) -> grams.GramIndex:
        lists = postings if postings is not None else {}
        days = lists.setdefault(DAY, array("I"))
        for row in range(start, end):
            k = keys_of(row)
            days.append(k.day if k.day is not None and k.day > 0 else 0)
            for key in key_strings(k, index):
                found = lists.get(key)
                if found is None:
                    lists[key] = array("I", (row,))
                else:
                    found.append(row)
        return grams.GramIndex(lists, end)

    try:
        grams.save_layers(store.path, files(store.path), store.texts, len(store), build, rebuild=store.cold)
    except KeyError:  # a row the caller did not read: the files were changed under us; nothing written
        pass
