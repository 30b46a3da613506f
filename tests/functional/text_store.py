"""A real store ingested, with the real model, from texts written by a test."""
from __future__ import annotations

from pathlib import Path

from commitments.ingest import ingest_paths
from commitments.store import Store


def ingested_store(tmp_path: Path, files: dict[str, str]) -> Store:
    """A store at ``tmp_path/commitments.json`` holding ``files`` (name → text), ingested
    from a folder of them; at least one commitment must be found."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "commitments.json")
    report, errors = ingest_paths(store, [str(docs)])
    assert errors == [] and report.commitments >= 1
    return Store(tmp_path / "commitments.json")
