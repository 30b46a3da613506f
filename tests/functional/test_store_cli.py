"""`commitments ingest` end to end with the real model: idempotent, changed and renamed
files, progress lines; and the store package never imports spaCy."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.tui.cli import main

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def test_ingest_twice_rename_and_change(seeds_dir, tmp_path, capsys):
    corpus = tmp_path / "news"
    shutil.copytree(seeds_dir, corpus)
    db = tmp_path / "commitments.json"
    assert main(["ingest", str(corpus), "--db", str(db), "--progress"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in first[:-1]] == ["added"] * 5
    stored = Store(db)
    count = len(stored.commitments)
    # the store held nothing before: the line says its count once
    assert count > 0 and first[-1] == f"5 added, 0 replaced, 0 renamed, 0 unchanged; {count} commitments stored → {db}"
    before = db.read_bytes()

    assert main(["ingest", str(corpus), "--db", str(db)]) == 0
    assert capsys.readouterr().out == (f"0 added, 0 replaced, 0 renamed, 5 unchanged; 0 commitments stored → {db}, "
                                       f"which holds {count} commitments\n")
    assert db.read_bytes() == before

    victim = sorted(corpus.glob("*.txt"))[0]
    victim.rename(corpus / "moved.txt")
    assert main(["ingest", str(corpus), "--db", str(db), "--progress"]) == 0
    out = capsys.readouterr().out
    assert f"renamed: {(corpus / 'moved.txt').resolve()}" in out
    again = Store(db)
    assert len(again.commitments) == count and "moved.txt" in {c.doc for c in again.commitments}

    changed = sorted(corpus.glob("0*.txt"))[0]
    old_hash = next(sha for sha, d in again.documents.items() if d.path == str(changed.resolve()))
    changed.write_text(changed.read_text() + "\nGlobex will invest $40 million in Ohio factories by 2027.\n")
    assert main(["ingest", str(changed), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("0 added, 1 replaced")
    final = Store(db)
    assert len(final.documents) == 5 and old_hash not in final.documents
    assert "Globex" in next(d.text for d in final.documents.values() if d.path == str(changed.resolve()))
    assert not any(c.doc_hash == old_hash for c in final.commitments)


def test_the_store_package_never_imports_spacy():
    code = ("import sys, commitments.store, commitments.store.db, commitments.store.index, commitments.store.query, "
            "commitments.store.doctor, commitments.store.export, commitments.store.synthetic, commitments.store.cache; "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
