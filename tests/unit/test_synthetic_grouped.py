"""The bench's large store is made grouped (each record in a group of its own), so that
adding a document to it groups only what the document touches: the same records as the
store made without groups, and for every record that grouping leaves alone, the very
group grouping gives it."""
from __future__ import annotations

from commitments.regroup import regroup
from commitments.store import Store
from commitments.store.db import read_whole
from commitments.store.synthetic import make_store


def test_a_grouped_synthetic_store_is_the_plain_one_with_each_record_in_a_group_of_its_own(tmp_path):
    plain_path = make_store(tmp_path / "plain.json", 3000, seed=3)
    grouped_path = make_store(tmp_path / "grouped.json", 3000, seed=3, grouped=True)
    plain = list(read_whole(plain_path)["commitments"].values())
    grouped = list(read_whole(grouped_path)["commitments"].values())
    assert [{**r, "group": None} for r in grouped] == plain
    assert Store(grouped_path).rows_of_ungrouped_segments() == []  # nothing for an ingest to group first
    assert regroup(Store(grouped_path)) == 0

    regroup(Store(plain_path))  # grouping from scratch, as a first ingest would
    members: dict[str, list[dict]] = {}
    for r in read_whole(plain_path)["commitments"].values():
        members.setdefault(r["group"], []).append(r)
    alone = [rs[0] for rs in members.values() if len(rs) == 1]
    assert len(alone) > len(plain) // 2  # most records tie to no other
    assert all(r["group"] == "g-" + r["id"] and r["discrepancy"] is None for r in alone)
