"""The segmented store: a write adds a segment and leaves the others alone, the manifest
names exactly the segments in use, small segments are merged, a single-file store is
split, and `doctor` names a missing or damaged segment."""
from __future__ import annotations

import json
import os

import pytest
from commitments.store import Store, StoreError
from commitments.store.db import MERGE_RUN, read_whole
from commitments.store.segments import segments_dir
from commitments.store.storage import backup_path
from commitments.tui.cli import main
from store_helpers import document


def names(path):
    return [e["file"] for e in json.loads(path.read_text())["segments"].values()]


def on_disk(path):
    return sorted(p.name for p in segments_dir(path).glob("seg-*.json"))


def test_adding_a_document_writes_one_new_segment_and_leaves_the_others_alone(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    first = names(path)
    kept = {f: (segments_dir(path) / f).stat().st_ino for f in first}
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.\nZed will dig.")])
    assert names(path)[:1] == first and len(names(path)) == 2
    assert {f: (segments_dir(path) / f).stat().st_ino for f in first} == kept  # not rewritten
    assert [c.passage.text for c in Store(path).commitments] == [
        "Acme will build a dam.", "Zed will plant trees.", "Zed will dig."]


def test_a_change_rewrites_only_the_segment_holding_the_document(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    for n in "abc":
        store.add([document(tmp_path / f"{n}.txt", f"Firm{n} will build a road.")])
    before = names(path)
    store.add([document(tmp_path / "b.txt", "Firmb will build a bridge.")])  # b.txt changed
    after = names(path)
    assert after[0] == before[0] and after[1] == before[2] and before[1] not in after
    assert [c.passage.text for c in Store(path).commitments] == [
        "Firma will build a road.", "Firmc will build a road.", "Firmb will build a bridge."]


def test_group_changes_rewrite_only_the_segments_they_touch(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    c = store.commitments[1]
    before = names(path)
    assert store.update_groups({c.id: ("g1", None)}) == 1
    after = names(path)
    assert after[0] == before[0] and after[1] != before[1]
    assert Store(path).commitments[1].group == "g1" and c.group == "g1"  # the built record follows
    assert store.update_groups({c.id: ("g1", None)}) == 0 and names(path) == after  # nothing changed: no write


def test_the_previous_manifest_keeps_its_segments_and_older_ones_go(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / "a.txt", "Acme will build a bridge.")])
    oldest = names(path)  # the dam's segment was replaced by the bridge's: kept by the backup only
    store.add([document(tmp_path / "a.txt", "Acme will build a tunnel.")])
    kept = set(names(path)) | {e["file"] for e in json.loads(backup_path(path).read_text())["segments"].values()}
    assert set(on_disk(path)) == kept and set(oldest) <= kept and len(on_disk(path)) == 2
    assert [c.passage.text for c in Store(backup_path(path)).commitments] == ["Acme will build a bridge."]
    assert main(["doctor", "--restore", "--db", str(path)]) == 0
    assert [c.passage.text for c in Store(path).commitments] == ["Acme will build a bridge."]


def test_small_segments_are_merged_once_there_are_enough(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    for n in range(MERGE_RUN - 1):
        store.add([document(tmp_path / f"{n}.txt", f"Firm{n} will build road {n}.")])
    assert len(names(path)) == MERGE_RUN - 1
    store.add([document(tmp_path / "last.txt", "Last will build a road.")])
    assert len(names(path)) == 1
    again = Store(path)
    assert [c.actors[0] for c in again.commitments] == [f"Firm{n}" for n in range(MERGE_RUN - 1)] + ["Last"]
    assert len(read_whole(path)["commitments"]) == MERGE_RUN


def test_a_reader_keeps_what_it_opened_while_a_writer_switches(tmp_path):
    path = tmp_path / "s.json"
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    reader = Store(path)
    writer = Store(path)
    for text in ("Acme will build a bridge.", "Acme will build a tunnel.", "Acme will build a road."):
        writer.add([document(tmp_path / "a.txt", text)])  # the reader's segment is deleted by now
    assert [c.passage.text for c in reader.commitments] == ["Acme will build a dam."]  # mapped, still readable
    assert reader.reload() and [c.passage.text for c in reader.commitments] == ["Acme will build a road."]


def test_a_missing_or_damaged_segment_is_one_line_naming_it(tmp_path, capsys):
    path = tmp_path / "s.json"
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    segment = segments_dir(path) / names(path)[0]
    content = segment.read_bytes()
    segment.write_bytes(content[:40])
    with pytest.raises(StoreError) as e:
        Store(path)
    assert str(segment) in str(e.value) and "\n" not in str(e.value)
    assert main(["doctor", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"problem: {segment}: not valid JSON" in out
    segment.unlink()
    with pytest.raises(StoreError, match="a segment of the store is missing"):
        Store(path)
    assert main(["doctor", "--db", str(path)]) == 1
    assert f"problem: {segment}: a segment the store names is missing" in capsys.readouterr().out


def test_a_segment_is_not_a_store(tmp_path):
    path = tmp_path / "s.json"
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    segment = segments_dir(path) / names(path)[0]
    before = segment.read_bytes()
    with pytest.raises(StoreError, match="a segment of a store, not a store"):
        Store(segment)
    assert segment.read_bytes() == before


def test_doctor_describes_the_segments(tmp_path, capsys):
    path = tmp_path / "s.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    leftover = segments_dir(path) / ".seg-000009.json.k1ll3d.tmp"
    leftover.write_bytes(b"{")
    assert main(["doctor", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 documents, 2 commitments in 2 segments" in out and "removed 1 temporary file" in out
    assert not leftover.exists() and os.path.exists(segments_dir(path) / names(path)[0])


def test_after_a_restore_new_segments_never_take_the_names_of_kept_ones(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    assert main(["doctor", "--restore", "--db", str(path)]) == 0
    (aside,) = path.parent.glob("s.json.replaced-*")
    before = {f: (segments_dir(path) / f).read_bytes() for f in names(aside)}
    Store(path).add([document(tmp_path / "c.txt", "Bo will sing.")])
    assert {f: (segments_dir(path) / f).read_bytes() for f in names(aside)} == before  # still what it names
    assert [c.actors[0] for c in Store(aside).commitments] == ["Acme", "Zed"]
    assert [c.actors[0] for c in Store(path).commitments] == ["Acme", "Bo"]


def _written() -> int:
    with open("/proc/self/io", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("wchar:"))


@pytest.mark.skipif(not os.path.exists("/proc/self/io"), reason="counts bytes written through Linux's /proc/self/io")
def test_adding_a_document_to_a_large_store_writes_about_the_document_not_the_store(tmp_path):
    """What an ingest does after extraction (store, regroup, postings), with the bytes
    every file written took: the new segment, its cache, the manifest, the deltas."""
    from commitments.regroup import regroup
    from commitments.store.synthetic import make_store

    path = make_store(tmp_path / "s.json", 12_000, seed=8)
    regroup(Store(path))
    Store(path).save_cache(postings=True)
    on_disk = sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file())
    store = Store(path)
    picked = store.commitments[100]
    d, recs = document(tmp_path / "new.txt", f"{picked.actors[0]} will invest more in {picked.published}.\n"
                                             "Zed will plant trees.")
    before = _written()
    store.add([(d, recs)])
    regroup(store, fresh={c.id for c in recs})
    store.save_cache(postings=True)
    written = _written() - before
    assert len(names(path)) > 3 and written < on_disk / 20, (written, on_disk)
    assert Store(path).index.search("zed will plant") == [len(store) - 1]


def test_opening_segments_without_their_caches_reports_progress(tmp_path):
    """A store whose read caches are gone (copied, or made by an older version) is read
    whole, segment by segment: the meter hears each one; with the caches back it hears nothing."""
    path = tmp_path / "commitments.json"
    store = Store(path)
    for k in range(3):
        store.add([document(tmp_path / f"d{k}.txt", f"Firm{k} will build a dam.")])
    for cache_file in segments_dir(path).glob("*.cache"):
        cache_file.unlink()
    heard: list[tuple[str, int, int]] = []
    assert len(Store(path, meter=lambda *a: heard.append(a)).commitments) == 3
    assert heard and heard[-1] == ("reading", 3, 3) and all(stage == "reading" for stage, _, _ in heard)
    heard.clear()
    Store(path, meter=lambda *a: heard.append(a))
    assert heard == []


def test_many_segments_without_caches_are_read_in_parallel_and_cached(tmp_path, monkeypatch):
    import commitments.store.db as db

    path = tmp_path / "commitments.json"
    store = Store(path)
    for k in range(3):
        store.add([document(tmp_path / f"d{k}.txt", f"Firm{k} will build a dam.\nCo{k} will plant trees.")])
    expected = [c.id for c in Store(path).commitments]
    caches = sorted(segments_dir(path).glob("*.cache"))
    for cache_file in caches:
        cache_file.unlink()
    monkeypatch.setattr(db, "PARALLEL_FROM", 2)
    heard: list[tuple[str, int, int]] = []
    opened = Store(path, meter=lambda *a: heard.append(a))
    assert [c.id for c in opened.commitments] == expected
    assert heard[-1] == ("reading", 3, 3)
    assert sorted(segments_dir(path).glob("*.cache")) == caches  # written by the worker processes
    assert not any(s.cold for s in opened._segments)  # then opened through them
