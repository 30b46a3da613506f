"""Group changes laid over the segments (store.overlay): a group whose members lie in many
large segments changes by writing a small file, not by rewriting those segments; readers,
the index, `doctor` and a later rewrite of a segment all see the same groups."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.records import Document, content_hash
from commitments.store import Store
from commitments.store.db import read_whole
from commitments.store.overlay import DIRECT_BYTES
from commitments.store.segments import segments_dir
from commitments.store.synthetic import make_store
from commitments.tui.cli import main
from store_helpers import KILL_AT_SWITCH

N = 11_600  # four segments of about 4 MB, each far above what is rewritten for a change


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("large") / "base.json", N)


def copy(large: Path, tmp_path: Path) -> Path:
    from commitments.store.segments import copy_store

    return copy_store(large, tmp_path / "s.json")


def files(path: Path) -> dict[str, int]:
    """The store's files in its folder (not the read caches), with their sizes."""
    return {p.name: p.stat().st_size for p in segments_dir(path).iterdir() if p.name.endswith(".json")}


def spread(store: Store, per_segment: int = 5) -> list[int]:
    """Rows from every segment: the members of a group that lies all over the store."""
    ends = store._offsets[1:] + [len(store)]
    return [row for at, end in zip(store._offsets, ends) for row in range(at, min(end, at + per_segment))]


def groups(path: Path) -> dict[str, tuple]:
    return {r["id"]: (r["group"], r["discrepancy"]) for r in read_whole(path)["commitments"].values()}


def test_a_group_spread_over_every_segment_changes_by_writing_a_few_kb(large, tmp_path):
    path = copy(large, tmp_path)
    store = Store(path)
    assert len(store._offsets) >= 3 and all(e.bytes > DIRECT_BYTES for e in store._manifest.segments)
    rows = spread(store)
    ids = [store.commitments.peek(r)["id"] for r in rows]
    shown = store.commitments[rows[0]]  # a record the browser holds
    before = files(path)
    mapping = {cid: ("g-" + min(ids), "sources differ: €5bn in a.txt; €6bn in b.txt") for cid in ids}
    assert store.update_groups(mapping, rows=rows) == len(ids)
    after = files(path)
    new = {name: size for name, size in after.items() if before.get(name) != size}
    written = sum(new.values()) + path.stat().st_size
    # before: every segment holding a member was rewritten (some 16 MB here, 208 MB at a million)
    assert written < 64 * 2**10, new
    assert set(before) - set(after) == set() and len(new) == 1  # the segments stay; one file of changes
    # every reader sees the new values: the records, the index, a fresh open, the whole store
    assert shown.group == "g-" + min(ids)
    fresh = Store(path)
    assert {fresh.commitments[r].group for r in rows} == {"g-" + min(ids)}
    assert [fresh.index.column("_group")[r] for r in rows] == ["g-" + min(ids)] * len(rows)
    assert {cid: groups(path)[cid] for cid in ids} == mapping
    assert store.update_groups(mapping) == 0  # nothing changes again: no write
    assert files(path) == after


def test_a_segment_rewritten_anyway_takes_its_changes_in(large, tmp_path, capsys):
    path = copy(large, tmp_path)
    store = Store(path)
    rows = spread(store)
    ids = [store.commitments.peek(r)["id"] for r in rows]
    mapping = {cid: ("g-x", None) for cid in ids}
    store.update_groups(mapping, rows=rows)
    manifest = json.loads(path.read_text())["_meta"]["1"]
    assert manifest["schema"] == 4 and manifest["groups"]  # an older Commitments refuses it rather than lose them
    assert main(["doctor", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "problem" not in out and f"{len(ids)} group changes" in out
    # replacing the first document rewrites its segment, which takes its changes in
    first, segment = store.commitments.peek(0), store._manifest.segments[0].file
    dropped = {store.commitments.peek(r)["id"] for r in rows if store.commitments.peek(r)["doc_hash"] == first["doc_hash"]}
    doc = Document(doc=first["doc"], sha256=content_hash("Zed will dig.\n"), text="Zed will dig.\n",
                   path=store.documents[first["doc_hash"]].path)
    store.add([(doc, [])])
    changes = json.loads((segments_dir(path) / json.loads(path.read_text())["_meta"]["1"]["groups"]).read_text())
    held = {r["segment"] for r in changes["changes"].values()}
    assert segment not in held and len(held) == 3  # the rewritten segment's changes are in it now
    assert {cid: v for cid, v in groups(path).items() if cid in mapping} == \
        {cid: ("g-x", None) for cid in ids if cid not in dropped}
    assert dropped and Store(path).index.column("_group").count("g-x") == len(ids) - len(dropped)


def test_another_writers_group_changes_reach_an_open_reader_and_both_writers_land(large, tmp_path):
    path = copy(large, tmp_path)
    one, two = Store(path), Store(path)
    rows = spread(one)
    ids = [one.commitments.peek(r)["id"] for r in rows]
    held = two.commitments[rows[1]]
    one.update_groups({cid: ("g-one", None) for cid in ids[:10]})
    two.update_groups({cid: ("g-two", None) for cid in ids[10:]})  # re-reads under the lock first
    assert two.reload() is False  # it wrote last: it holds what is stored
    assert one.reload() is True
    for s in (one, two, Store(path)):
        assert [s.commitments[r].group for r in rows] == ["g-one"] * 10 + ["g-two"] * (len(rows) - 10)
    assert held.group == "g-one" or two.commitments[rows[1]].group == "g-one"


def test_doctor_names_missing_group_changes_and_restore_puts_the_previous_state_back(large, tmp_path, capsys):
    path = copy(large, tmp_path)
    store = Store(path)
    rows = spread(store)
    ids = [store.commitments.peek(r)["id"] for r in rows]
    store.update_groups({cid: ("g-1", None) for cid in ids}, rows=rows)
    store.update_groups({cid: ("g-2", None) for cid in ids}, rows=rows)
    name = json.loads(path.read_text())["_meta"]["1"]["groups"]
    (segments_dir(path) / name).rename(tmp_path / "aside.json")
    assert main(["doctor", "--db", str(path)]) == 1
    assert name in capsys.readouterr().out
    assert main(["doctor", "--restore", "--db", str(path)]) == 0
    assert {groups(path)[cid] for cid in ids} == {("g-1", None)}


KILLER = KILL_AT_SWITCH + """
rows = [int(r) for r in sys.argv[3].split(",")]
from commitments.store import Store
store = Store(target)
store.update_groups({store.commitments.peek(r)["id"]: ("g-new", None) for r in rows}, rows=rows)
"""


@pytest.mark.parametrize("when, survives", [("before", False), ("after", True)])
def test_a_writer_killed_at_the_switch_leaves_the_old_groups_or_the_new(large, tmp_path, when, survives, capsys):
    path = copy(large, tmp_path)
    store = Store(path)
    rows = spread(store)
    old = groups(path)
    proc = subprocess.run([sys.executable, "-c", KILLER, str(path), when, ",".join(map(str, rows))],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    now = groups(path)
    changed = {cid for cid in now if now[cid] != old[cid]}
    assert len(changed) == (len(rows) if survives else 0)
    assert main(["doctor", "--db", str(path)]) == 0
    assert "problem" not in capsys.readouterr().out
    Store(path).update_groups({store.commitments.peek(rows[0])["id"]: ("g-last", None)})  # the next writer tidies
    named = Store(path)._manifest.files() | Store(path.with_name("s.json.bak"))._manifest.files()
    assert set(files(path)) == named


def test_past_its_limit_the_changes_are_folded_into_the_segments_holding_most(large, tmp_path, monkeypatch):
    from commitments.store import overlay

    monkeypatch.setattr(overlay, "FOLD_FROM", 30)  # the limit, small enough for four segments
    monkeypatch.setattr(overlay, "FOLD_SEGMENTS", 2)
    path = copy(large, tmp_path)
    store = Store(path)
    rows = spread(store, per_segment=15)
    ids = [store.commitments.peek(r)["id"] for r in rows]
    first, rest = [i for k in range(4) for i in ids[15 * k:15 * k + 10]], [i for k in (2, 3) for i in ids[15 * k + 10:15 * k + 15]]
    store.update_groups({cid: ("g-a", None) for cid in first[:20]})  # two segments' worth
    before = files(path)
    store.update_groups({cid: ("g-b", None) for cid in first[20:]})  # 40 changes: past the limit
    after = files(path)
    assert len([n for n in after if n.startswith("seg-") and n not in before]) == 2  # two segments a write
    meta = json.loads(path.read_text())["_meta"]["1"]
    assert len(json.loads((segments_dir(path) / meta["groups"]).read_text())["changes"]) == 20
    store.update_groups({ids[0]: ("g-c", None)})  # 21 changes: under the limit, nothing folded
    store.update_groups({cid: ("g-d", None) for cid in rest})  # 31: the two segments holding most are folded
    meta = json.loads(path.read_text())["_meta"]["1"]
    left = json.loads((segments_dir(path) / meta["groups"]).read_text())["changes"]
    assert [(r["id"], r["group"]) for r in left.values()] == [(ids[0], "g-c")]
    want = {**{c: "g-a" for c in first[:20]}, **{c: "g-b" for c in first[20:]}, ids[0]: "g-c", **{c: "g-d" for c in rest}}
    assert {cid: groups(path)[cid][0] for cid in want} == want
    assert {cid: Store(path).commitments[r].group for cid, r in zip(ids, rows) if cid in want} == want


def test_an_export_shows_each_record_with_its_changed_group(large, tmp_path):
    path = copy(large, tmp_path)
    store = Store(path)
    rows = spread(store)
    ids = [store.commitments.peek(r)["id"] for r in rows]
    store.update_groups({cid: ("g-exported", "sources differ") for cid in ids}, rows=rows)
    assert json.loads(path.read_text())["_meta"]["1"]["groups"]  # laid over, not written into the segments
    out = tmp_path / "all.jsonl"
    assert main(["export", "--db", str(path), "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["id"]: (r["group"], r["discrepancy"]) for r in lines if r["id"] in ids} == \
        {cid: ("g-exported", "sources differ") for cid in ids}
    assert sum(r["group"] == "g-exported" for r in lines) == len(ids)
