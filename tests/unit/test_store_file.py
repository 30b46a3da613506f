"""The store file: atomic replacement, backups, bad files, older versions, the read cache."""
from __future__ import annotations

import json
import os

import orjson
import pytest
from commitments.store import Store, StoreError
from commitments.store.cache import cache_path
from commitments.store.db import read_whole
from commitments.store.schema import FORMAT_VERSION
from commitments.store.segments import segments_dir
from commitments.store.storage import AtomicJSONStorage, backup_path
from commitments.tui.cli import main
from store_helpers import document
from tinydb import TinyDB


@pytest.fixture
def path(tmp_path):
    return tmp_path / "store" / "commitments.json"


def segments(path):
    """The store's segment files, in the manifest's order."""
    return [segments_dir(path) / e["file"] for e in json.loads(path.read_text())["segments"].values()]


def test_the_files_are_readable_json_one_record_a_line(path, tmp_path):
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.\nZed will plant trees.")])
    manifest = json.loads(path.read_text())
    assert manifest["_meta"]["1"]["schema"] == FORMAT_VERSION and manifest["_meta"]["1"]["commitments"] == 2
    (segment,) = segments(path)
    text = segment.read_text()
    data = json.loads(text)
    assert len(data["commitments"]) == 2 and len(data["documents"]) == 1
    lines = text.splitlines()
    assert sum('"passage"' in line for line in lines) == 2  # each commitment on its own line
    assert TinyDB(segment, storage=AtomicJSONStorage).table("commitments").all()[0]["actors"] == ["Acme"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in segment.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_batch_is_one_write(path, tmp_path):
    """The backup is the state before the last write: after a batch of three it still
    holds only the first document, so the batch was written once."""
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / f"{n}.txt", f"Firm{n} will build a road.") for n in "bcd"])
    backup = read_whole(backup_path(path))  # the previous manifest, its segments kept
    assert [d["doc"] for d in backup["documents"].values()] == ["a.txt"]
    assert len(Store(path).documents) == 4


@pytest.mark.parametrize("content, problem", [
    (b'{"_meta": {"1": {"app": "commitments", "schema": 2}}, "documents": {', "not valid JSON"),
    (b'{"_default": {"1": {"name": "someone else"}}}', "not a Commitments store"),
    (b'[1, 2, 3]', "not a Commitments store"),
    (b'{"_meta": {"1": {"app": "commitments", "schema": 99}}}', "newer Commitments"),
    (b'\xef\xbb\xbf{"_meta": {"1": {"app": "commitments", "schema": 2}}}', "byte-order mark"),
    (b'{"_meta": {"1": {"app": "commitments", "schema": 2}}, "commitments": []}', "damaged store"),
])
def test_a_bad_file_is_one_clear_line_and_is_never_overwritten(path, tmp_path, capsys, content, problem):
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(StoreError) as e:
        Store(path)
    assert str(path) in str(e.value) and problem in str(e.value) and "\n" not in str(e.value)
    assert main(["search", "x", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert problem in err and "Traceback" not in err
    assert path.read_bytes() == content


def test_a_writer_refuses_a_file_broken_under_it(path, tmp_path):
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    path.write_bytes(b"{ truncated")
    with pytest.raises(StoreError, match="not valid JSON"):
        store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    assert path.read_bytes() == b"{ truncated"


@pytest.mark.parametrize("empty", [b"", b"  \n", b"{}"])
def test_an_empty_store_whose_backup_has_records_is_refused(path, tmp_path, empty):
    store = Store(path)
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    path.write_bytes(empty)
    with pytest.raises(StoreError, match="empty but its backup commitments.json.bak holds"):
        Store(path)
    with pytest.raises(StoreError):
        store.add([document(tmp_path / "c.txt", "Bo will dig.")])
    assert path.read_bytes() == empty and len(Store(backup_path(path))) == 1


def test_an_empty_file_without_a_backup_is_a_new_store(path, tmp_path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    store = Store(path)
    assert len(store) == 0
    store.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    assert len(Store(path)) == 1


def test_stale_temporary_files_are_cleaned_up_by_the_next_writer(path, tmp_path):
    path.parent.mkdir(parents=True)
    stale = path.parent / f".{path.name}.k1ll3d.tmp"
    stale.write_bytes(b'{"half": ')
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    assert not stale.exists()


V1_STORE = {
    "_meta": {"1": {"app": "commitments", "schema": 1}},
    "documents": {"1": {"doc": "a.txt", "sha256": "HASH", "text": "Acme will build a dam.", "path": "/old/a.txt",
                        "title": None, "published": "2024-04-10", "encoding": "utf-8", "publisher": None}},
    "commitments": {"1": {"id": "c1", "doc": "a.txt", "title": None, "published": "2024-04-10",
                          "actors": ["Acme"], "recipients": [], "money": None, "timeframe": None,
                          "kind": "facility", "passage": {"start": 0, "end": 22, "text": "Acme will build a dam."},
                          "mentions": [], "rule": None}},
}


@pytest.mark.parametrize("version", [1, 2])
def test_a_single_file_store_is_split_into_segments_on_first_open(path, tmp_path, version):
    path.parent.mkdir(parents=True)
    old = json.loads(json.dumps(V1_STORE))
    old["_meta"]["1"]["schema"] = version
    if version == 2:
        old["commitments"]["1"]["doc_hash"] = "HASH"
        old["documents"]["1"]["stored_at"] = None
    path.write_text(json.dumps(old, indent=1))
    before = path.read_bytes()
    store = Store(path)
    assert store.commitments[0].doc_hash == "HASH"  # linked to its document by the migration
    assert store.documents["HASH"].text == "Acme will build a dam."
    assert json.loads(path.read_text())["_meta"]["1"]["schema"] == FORMAT_VERSION  # the path holds a manifest now
    assert backup_path(path).read_bytes() == before  # the old file is the backup
    data = read_whole(path)
    assert data["documents"]["1"]["stored_at"] is None and data["commitments"]["1"]["doc_hash"] == "HASH"
    store.add([document(tmp_path / "b.txt", "Zed will plant trees.")])
    assert len(Store(path)) == 2 and [c.actors[0] for c in Store(path).commitments] == ["Acme", "Zed"]


def test_a_single_file_store_in_a_read_only_place_is_read_as_it_is(path, tmp_path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(V1_STORE, indent=1))
    before = path.read_bytes()
    os.chmod(path.parent, 0o555)
    try:
        if os.access(path.parent, os.W_OK):
            pytest.skip("running as a user who writes anywhere")
        store = Store(path)
        assert store.commitments[0].actors == ["Acme"] and path.read_bytes() == before
    finally:
        os.chmod(path.parent, 0o755)


def test_the_read_cache_is_used_only_for_the_file_it_was_made_from(path, tmp_path):
    first = Store(path)
    first.add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    Store(path)  # a reader makes the cache
    assert cache_path(segments(path)[0]).exists()
    other = Store(path)
    other.add([document(tmp_path / "b.txt", "Zed will plant trees.")])  # another writer replaces the file
    assert sorted(c.actors[0] for c in Store(path).commitments) == ["Acme", "Zed"]
    assert first.reload() and len(first.commitments) == 2
    for segment in segments(path):
        cache_path(segment).write_bytes(b"garbage")
    assert [c.actors[0] for c in Store(path).commitments] == ["Acme", "Zed"]


def test_a_store_opened_through_the_cache_equals_one_read_whole(path, tmp_path):
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.\nZed will plant trees.\nBo will dig.")])
    whole = Store(path)  # no cache yet: parsed whole, then cached
    cached = Store(path)
    assert list(cached.commitments) == list(whole.commitments)
    assert cached.documents == whole.documents
    assert cached.index.search("org:zed") == whole.index.search("org:zed") == [1]
    os.unlink(cache_path(segments(path)[0]))
    assert orjson.loads(path.read_bytes())["_meta"]["1"]["commitments"] == 3
    assert list(Store(path).commitments) == list(whole.commitments)  # read whole again


def test_the_cache_is_as_private_as_the_store(path, tmp_path):
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    os.chmod(path, 0o600)
    Store(path).add([document(tmp_path / "b.txt", "Zed will plant trees.")])  # keeps the store's permissions
    Store(path)
    assert path.stat().st_mode & 0o777 == 0o600
    for segment in segments(path):  # the first one too, written before the change
        assert segment.stat().st_mode & 0o777 == 0o600 and cache_path(segment).stat().st_mode & 0o777 == 0o600


def test_a_cache_that_does_not_fit_is_ignored(path, tmp_path):
    import marshal

    from commitments.store.blobfile import read_blobs, write_blobs
    from commitments.store.cache import DOCUMENTS

    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    Store(path)
    (segment,) = segments(path)
    head, blobs = read_blobs(cache_path(segment))
    blobs = {name: bytes(blob) for name, blob in blobs.items()}
    blobs[DOCUMENTS] = marshal.dumps([{"no": "hash"}])
    assert write_blobs(cache_path(segment), segment, head, blobs.items())
    assert [c.actors for c in Store(path).commitments] == [["Acme"]]


def test_a_writer_that_must_wait_says_for_whom(path, tmp_path):
    import subprocess
    import sys

    from commitments.store.storage import lock_path

    path.parent.mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from commitments.store.storage import store_lock\n"
        f"with store_lock(Path({str(path)!r})):\n    print('held', flush=True); time.sleep(1.0)")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    said = []
    Store(path, on_wait=said.append).add([document(tmp_path / "a.txt", "Acme will build a dam.")])
    holder.wait()
    assert said == [f"waiting for another commitments process (pid {holder.pid}) to finish writing {path}"]
    assert len(Store(path)) == 1
    assert lock_path(path).read_text().strip() == str(os.getpid())
