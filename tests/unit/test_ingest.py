"""The ingest service (commitments.ingest), with the real spaCy model and real store files:
read, skip what is stored, extract, store a batch at a time, regroup."""
from __future__ import annotations

import subprocess
import sys

from commitments.ingest import ensure_seeded, ingest_paths
from commitments.store import Store
from commitments.store.cache import cache_path
from commitments.store.segments import segments_dir

WIRE = ("Brightwater plans Arizona solar plant\n\nBrightwater Energy will invest $3 billion in a solar panel "
        "factory in Arizona by 2028, according to a company statement.\n")
PAPER = ("Solar maker pledges plant\n\nBrightwater Energy will invest $3 billion in a new solar panel factory in "
         "Arizona by 2028, the company said on Tuesday.\n")
OTHER = "Steel deal\n\nQuillon Steel will invest $40 million in a rolling mill in Ohio by 2027, the company said.\n"


def news(tmp_path, **files: str):
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_folder_is_stored_and_one_pledge_from_two_outlets_is_one_group(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, wire=WIRE, paper=PAPER, other=OTHER)
    report, errors = ingest_paths(Store(path), [str(folder)])
    assert not errors and sorted(report.added) == ["other.txt", "paper.txt", "wire.txt"]
    stored = Store(path)
    assert report.commitments == len(stored.commitments) == 3
    brightwater = [c for c in stored.commitments if "Brightwater Energy" in c.actors]
    assert len(brightwater) == 2 and brightwater[0].group and brightwater[0].group == brightwater[1].group
    assert [p.name for p in segments_dir(path).iterdir()] and all(
        cache_path(p).exists() for p in segments_dir(path).glob("seg-*.json"))
    assert path.with_name("s.json.grams").exists()


def test_progress_comes_for_each_batch_once_it_is_on_disk(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, wire=WIRE, paper=PAPER, other=OTHER)
    on_disk = []

    def progress(batch) -> None:
        stored = {d.path for d in Store(path).documents.values()}
        on_disk.append([(state, p in stored) for state, p, _ in batch.stored])

    ingest_paths(Store(path), [str(folder)], progress=progress, batch_size=2)
    assert on_disk == [[("added", True)] * 2, [("added", True)]]


def test_ingesting_again_changes_nothing_and_says_so_at_once(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, wire=WIRE, other=OTHER)
    ingest_paths(Store(path), [str(folder)])
    before, inode = path.read_bytes(), path.stat().st_ino
    batches = []
    report, errors = ingest_paths(Store(path), [str(folder)], progress=batches.append)
    assert not errors and not report.added and sorted(report.unchanged) == ["other.txt", "wire.txt"]
    assert [sorted(b.stored) for b in batches] == [sorted([("unchanged", str(folder / "other.txt"), 1),
                                                          ("unchanged", str(folder / "wire.txt"), 1)])]
    assert path.read_bytes() == before and path.stat().st_ino == inode  # not even rewritten


def test_re_ingesting_an_unchanged_folder_never_imports_spacy(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, other=OTHER)
    ingest_paths(Store(path), [str(folder)])
    check = ("import sys; from commitments.ingest import ingest_paths; from commitments.store import Store;"
             f"report, _ = ingest_paths(Store({str(path)!r}), [{str(folder)!r}]);"
             "assert report.unchanged == ['other.txt'], report; assert 'spacy' not in sys.modules, 'spacy imported'")
    proc = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_a_changed_file_replaces_its_records_and_a_renamed_one_keeps_them(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, wire=WIRE, other=OTHER)
    ingest_paths(Store(path), [str(folder)])
    (folder / "wire.txt").write_text(WIRE.replace("$3 billion", "$4 billion"), encoding="utf-8")
    (folder / "other.txt").rename(folder / "steel.txt")
    report, _ = ingest_paths(Store(path), [str(folder)])
    assert (report.replaced, report.renamed) == (["wire.txt"], ["steel.txt"])
    stored = Store(path)
    assert sorted(c.money.text for c in stored.commitments) == ["$4 billion", "$40 million"]
    assert sorted(c.doc for c in stored.commitments) == ["steel.txt", "wire.txt"]


def test_a_file_that_cannot_be_read_is_one_line_and_the_rest_is_stored(tmp_path):
    path, folder = tmp_path / "s.json", news(tmp_path, other=OTHER)
    (folder / "empty.txt").write_bytes(b"")
    said = []
    report, errors = ingest_paths(Store(path), [str(folder)], say=said.append)
    assert errors == [f"{folder / 'empty.txt'}: empty file"] and said == [f"skipped {errors[0]}"]
    assert report.added == ["other.txt"] and len(Store(path).commitments) == 1


def test_an_empty_store_takes_the_bundled_seeds_once(tmp_path):
    store = Store(tmp_path / "s.json")
    report = ensure_seeded(store)
    assert report is not None and len(report.added) == 5 and report.commitments == len(store.commitments) > 0
    assert ensure_seeded(store) is None and ensure_seeded(Store(store.path)) is None
    assert len(Store(store.path).documents) == 5
