"""`ingest --workers N` parses with spaCy's n_process: the records must not change."""
from __future__ import annotations

from commitments.extract.commitments import extract_documents


def test_two_workers_give_the_same_records_as_one(seed_documents, seed_extraction):
    parallel = list(extract_documents(seed_documents, workers=2))
    assert [d.doc for d, _ in parallel] == [d.doc for d, _ in seed_extraction]
    for (_, ours), (_, theirs) in zip(parallel, seed_extraction):
        assert [r.to_dict() for r in ours] == [r.to_dict() for r in theirs]
