"""`ingest --workers N` extracts in N local processes (extract.process_pool), each loading
the pipeline once: the records must not change, and a progress bar goes to stderr."""
from __future__ import annotations


from commitments.tui.cli import main
from commitments.store.db import read_whole


def test_ingest_with_two_workers_stores_what_one_process_extracts_and_shows_progress(tmp_path, seeds_dir,
                                                                                      seed_extraction, capsys):
    path = tmp_path / "s.json"
    assert main(["ingest", "--workers", "2", "--progress", "--batch", "2", "--db", str(path), str(seeds_dir)]) == 0
    out, err = capsys.readouterr()
    assert "5 added" in out
    assert "documents 5/5" in err and "grouping" in err  # not a terminal: a line a stage, at least
    stored = list(read_whole(path)["commitments"].values())
    for r in stored:
        del r["group"], r["discrepancy"]
    expected = [r.to_dict() for _, recs in seed_extraction for r in recs]
    for r in expected:
        del r["group"], r["discrepancy"]
    assert stored == expected  # the same records, stored in the documents' order
