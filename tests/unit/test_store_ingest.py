"""Idempotent ingest: documents keyed by content hash; changed, renamed and copied files."""
from __future__ import annotations

import shutil

from commitments.store import Store
from store_helpers import document
from commitments.store.db import read_whole


def test_the_same_file_twice_changes_nothing(tmp_path):
    path = tmp_path / "s.json"
    a = document(tmp_path / "a.txt", "Acme will build a dam.\nZed will plant trees.")
    assert Store(path).add([a]).added == ["a.txt"]
    before, inode = path.read_bytes(), path.stat().st_ino
    report = Store(path).add([a, a])
    assert report.unchanged == ["a.txt", "a.txt"] and not report.added
    assert path.read_bytes() == before and path.stat().st_ino == inode  # not even rewritten


def test_documents_are_stored_with_their_text_and_origin(tmp_path):
    src = tmp_path / "report.txt"
    d, recs = document(src, "Big News on AI\n\nTOKYO, April 10, 2024 — Acme will build a dam.")
    Store(tmp_path / "s.json").add([(d, recs)])
    src.unlink()  # the browser still has the passage in context
    stored = Store(tmp_path / "s.json").documents[d.sha256]
    assert (stored.text, stored.title, stored.published, stored.path, stored.sha256) == \
        (d.text, d.title, d.published, str(src.resolve()), d.sha256)
    c = Store(tmp_path / "s.json").commitments[-1]
    assert stored.text[c.passage.start:c.passage.end] == c.passage.text


def test_a_changed_file_replaces_its_earlier_records(tmp_path):
    store = Store(tmp_path / "s.json")
    f = tmp_path / "a.txt"
    old = document(f, "Acme will build a dam.\nZed will plant trees.")
    store.add([old])
    new = document(f, "Acme will build a bridge.")
    assert store.document_state(new[0]) == "changed"
    report = store.add([new])
    assert report.replaced == ["a.txt"] and report.commitments == 1
    again = Store(tmp_path / "s.json")
    assert [c.passage.text for c in again.commitments] == ["Acme will build a bridge."]
    assert list(again.documents) == [new[0].sha256]


def test_a_renamed_file_is_recognised_and_keeps_its_records(tmp_path):
    store = Store(tmp_path / "s.json")
    d, recs = document(tmp_path / "a.txt", "Acme will build a dam.")
    store.add([(d, recs)])
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    moved, _ = document(tmp_path / "b.txt")
    assert store.document_state(moved) == "renamed"
    report = store.add([(moved, None)])  # no extraction needed
    assert report.renamed == ["b.txt"] and report.stored == [("renamed", moved.path, 1)]
    again = Store(tmp_path / "s.json")
    assert [c.doc for c in again.commitments] == ["b.txt"]
    assert again.documents[d.sha256].path == moved.path and len(again.documents) == 1
    assert again.document_state(moved) == "unchanged"


def test_a_copy_is_not_a_rename(tmp_path):
    store = Store(tmp_path / "s.json")
    a = document(tmp_path / "a.txt", "Acme will build a dam.")
    store.add([a])
    shutil.copy(tmp_path / "a.txt", tmp_path / "copy.txt")
    copy = document(tmp_path / "copy.txt")
    assert store.document_state(copy[0]) == "unchanged"
    assert store.add([copy]).unchanged == ["copy.txt"]
    assert Store(tmp_path / "s.json").documents[a[0].sha256].path == a[0].path


def test_a_file_moved_over_another_replaces_it(tmp_path):
    store = Store(tmp_path / "s.json")
    store.add([document(tmp_path / "a.txt", "Acme will build a dam."), document(tmp_path / "b.txt", "Zed will dig.")])
    (tmp_path / "b.txt").replace(tmp_path / "a.txt")
    moved, _ = document(tmp_path / "a.txt")
    assert store.add([(moved, None)]).renamed == ["a.txt"]
    again = Store(tmp_path / "s.json")
    assert [(c.doc, c.passage.text) for c in again.commitments] == [("a.txt", "Zed will dig.")]
    assert len(again.documents) == 1


def test_a_rename_whose_content_is_gone_asks_for_extraction(tmp_path):
    first, second = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    f = tmp_path / "a.txt"
    d, recs = document(f, "Acme will build a dam.")
    first.add([(d, recs)])
    second.reload()
    f.rename(tmp_path / "b.txt")
    moved, moved_recs = document(tmp_path / "b.txt")
    assert second.document_state(moved) == "renamed"
    # meanwhile another writer stores new content at the old path, replacing the old content
    assert first.add([document(f, "Acme will build a bridge.")]).replaced == ["a.txt"]
    report = second.add([(moved, None)])
    assert not report.renamed and report.needs_extraction == [moved]
    assert second.add([(moved, moved_recs)]).added == ["b.txt"]
    assert sorted(c.doc for c in Store(tmp_path / "s.json").commitments) == ["a.txt", "b.txt"]


def test_a_copy_over_another_stored_file_drops_what_that_file_held(tmp_path):
    store = Store(tmp_path / "s.json")
    store.add([document(tmp_path / "a.txt", "Acme will build a dam."), document(tmp_path / "b.txt", "Zed will dig.")])
    shutil.copy(tmp_path / "b.txt", tmp_path / "a.txt")
    a = document(tmp_path / "a.txt")
    assert store.document_state(a[0]) == "changed"
    assert store.add([a]).unchanged == ["a.txt"]
    again = Store(tmp_path / "s.json")
    assert [c.passage.text for c in again.commitments] == ["Zed will dig."]
    assert [d.path for d in again.documents.values()] == [str((tmp_path / "b.txt").resolve())]


def test_two_stores_on_one_file_take_turns_without_id_collisions(tmp_path):
    """Each write re-reads the file under the lock and uses a fresh TinyDB, so a writer
    whose view is stale never reuses an id the other one took ("Document with ID N
    already exists") nor drops the other's records."""
    first, second = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    first.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    second.add([document(tmp_path / "b.txt", "Zed will plant trees.\nZed will dig.")])
    first.add([document(tmp_path / "c.txt", "Bo will sing.")])
    again = Store(tmp_path / "s.json")
    assert sorted(c.passage.text for c in again.commitments) == [
        "Acme will build a dam.", "Bo will sing.", "Zed will dig.", "Zed will plant trees."]
    assert sorted(d.doc for d in first.documents.values()) == ["a.txt", "b.txt", "c.txt"]
    ids = list(read_whole(tmp_path / "s.json")["commitments"])
    assert sorted(ids, key=int) == ["1", "2", "3", "4"]
