"""Regrouping a store (commitments.regroup): records without a group meet only their
candidates, a chunk at a time, with the result of grouping them all at once."""
from __future__ import annotations


from commitments.extract.consolidate import assign_groups
from commitments.regroup import regroup
from commitments.store import Store
from commitments.store.synthetic import make_store
from commitments.store.db import read_whole


def _groups(path) -> dict[str, tuple]:
    recs = read_whole(path)["commitments"].values()
    return {r["id"]: (r.get("group"), r.get("discrepancy")) for r in recs}


def test_a_store_without_groups_is_grouped_in_chunks_as_a_whole_would_be(tmp_path):
    path = make_store(tmp_path / "s.json", 3000, seed=4)  # synthetic: stored without groups
    assert not any(g for g, _ in _groups(path).values())
    whole = [c for c in Store(path).commitments]
    assign_groups(whole)
    heard = []
    changed = regroup(Store(path), meter=lambda done, total: heard.append((done, total)), chunk_size=700)
    assert changed == 3000
    assert heard == [(700, 3000), (1400, 3000), (2100, 3000), (2800, 3000), (3000, 3000)]
    assert _groups(path) == {c.id: (c.group, c.discrepancy) for c in whole}
    assert any(d for _, d in _groups(path).values())  # some pledges reported differently


def test_a_grouped_store_is_left_alone(tmp_path):
    path = make_store(tmp_path / "s.json", 500)
    regroup(Store(path))
    before, inode = path.read_bytes(), path.stat().st_ino
    assert regroup(Store(path)) == 0
    assert path.read_bytes() == before and path.stat().st_ino == inode


def test_records_left_without_a_group_join_the_stored_groups(tmp_path):
    """A store where some records lost their group (an ingest killed between its two
    writes) is completed, with the groups the whole store would have."""
    path = make_store(tmp_path / "s.json", 2000, seed=2)
    store = Store(path)
    regroup(store)
    grouped = _groups(path)
    shared = [i for i, (g, _) in grouped.items() if sum(1 for h, _ in grouped.values() if h == g) > 1]
    lost = set(shared[::2])
    store.update_groups({i: (None, None) for i in lost})
    assert regroup(Store(path)) >= len(lost)
    assert _groups(path) == grouped


def test_after_an_ingest_the_kept_keys_give_the_groups_reading_every_row_would(tmp_path):
    """The new rows meet the stored rows the kept keys (pledge_keys) offer: the groups are
    those of a regrouping that reads every stored row."""
    from commitments.pledge_keys import files
    from commitments.store.segments import copy_store
    from store_helpers import document

    path = make_store(tmp_path / "s.json", 2000, seed=6)
    regroup(Store(path))
    assert all(f.exists() for f in files(path)[:1])
    store = Store(path)
    picked = [store.commitments[i] for i in (5, 700, 1500)]
    text = "\n".join(f"{c.actors[0]} will invest {c.money.text if c.money else 'more'} in {c.published}."
                     for c in picked)
    d, recs = document(tmp_path / "new.txt", text)
    store.add([(d, recs)])
    copy = copy_store(path, tmp_path / "copy.json")  # without kept keys: every row is read
    fresh = {c.id for c in recs}
    assert regroup(Store(path), fresh=fresh) == regroup(Store(copy), fresh=fresh) > 0
    assert _groups(path) == _groups(copy)
    assert Store(path).commitments[-1].group is not None
