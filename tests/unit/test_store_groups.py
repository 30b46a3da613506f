"""Ingest groups records of one pledge across the whole store, in the store file itself."""
from __future__ import annotations

from pathlib import Path

from commitments.store import Store
from commitments.ingest import ingest_paths
from store_helpers import document
from commitments.store.db import read_whole

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _stored(path: Path) -> list[dict]:
    return list(read_whole(path)["commitments"].values())


def test_ingest_groups_one_pledge_across_documents_in_the_store_file(tmp_path):
    path = tmp_path / "s.json"
    report, errors = ingest_paths(Store(path), [str(SEEDS)])
    assert not errors and len(report.added) == 5
    recs = _stored(path)
    assert all(r["group"] for r in recs)
    pledge = [r for r in recs if r["money"] and "Microsoft" in r["actors"]
              and r["money"]["value"] in (2.9e9, 3e9)]
    assert len({r["doc"] for r in pledge}) >= 4
    assert len({r["group"] for r in pledge}) == 1  # one pledge, one group, across documents
    notes = {r["discrepancy"] for r in pledge}
    assert len(notes) == 1 and "$2.9 billion" in notes.pop().replace("US ", "")
    # a reader opening the store sees the same groups
    assert {c.group for c in Store(path).commitments if c.id in {r["id"] for r in pledge}} == {pledge[0]["group"]}


def test_update_groups_writes_once_and_only_what_changed(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    d, recs = document(tmp_path / "a.txt", "Acme will build a dam.\nZed will plant trees.")
    store.add([(d, recs)])
    a, z = (c.id for c in store.commitments)
    inode = path.stat().st_ino
    assert store.update_groups({a: ("g-1", None), z: (None, None)}) == 1
    assert path.stat().st_ino != inode  # written (atomically, once)
    assert {r["id"]: r["group"] for r in _stored(path)} == {a: "g-1", z: None}
    assert [c.group for c in store.commitments] == ["g-1", None]
    before, inode = path.read_bytes(), path.stat().st_ino
    assert store.update_groups({a: ("g-1", None)}) == 0
    assert path.read_bytes() == before and path.stat().st_ino == inode  # nothing changed: no write


def test_a_second_ingest_joins_new_reports_to_stored_pledges(tmp_path):
    path = tmp_path / "s.json"
    seeds = sorted(SEEDS.glob("*.txt"))
    ingest_paths(Store(path), [str(seeds[0])])
    ingest_paths(Store(path), [str(p) for p in seeds[1:]])
    groups = {}
    for r in _stored(path):
        if r["money"] and r["money"]["value"] == 2.9e9:
            groups.setdefault(r["group"], set()).add(r["doc"])
    assert any(seeds[0].name in docs and len(docs) > 1 for docs in groups.values())
