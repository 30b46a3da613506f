"""`commitments groups` lists the pledges reported by several stored documents. The store is
filled in this process (the model is loaded once per session); the command runs as a
subprocess, as a user would run it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
CLI = [sys.executable, "-m", "commitments"]


def run(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=REPO, timeout=120)


@pytest.mark.slow
def test_groups_from_the_store(tmp_path):
    from commitments.extract.commitments import extract_documents
    from commitments.extract.documents import read_document
    from commitments.store import Store

    db = tmp_path / "store.json"
    Store(db).add(extract_documents(read_document(p) for p in sorted(SEEDS.glob("*.txt"))))
    out = run("groups", "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    groups = [json.loads(x) for x in out.stdout.splitlines()]
    assert all(len(g["sources"]) > 1 for g in groups)
    msft = next(g for g in groups if g["actors"] == ["Microsoft"] and g["discrepancy"])
    assert len({s["doc"] for s in msft["sources"]}) >= 4
    assert "approximately $3 billion" in msft["discrepancy"]
    table = run("groups", "--db", str(db))
    assert table.returncode == 0 and "sources differ" in table.stdout
    empty = run("groups", "--db", str(tmp_path / "empty.json"), "--json")
    assert empty.returncode == 0 and empty.stdout == ""
