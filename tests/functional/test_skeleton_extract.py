"""The walking skeleton end to end: seeds → records, scored by `commitments eval` against
the project's copy of the seed gold."""
from __future__ import annotations

import json
import subprocess
import sys


def test_every_seed_passage_is_grounded(seed_extraction):
    total = 0
    for doc, recs in seed_extraction:
        for r in recs:
            total += 1
            assert doc.text[r.passage.start:r.passage.end] == r.passage.text
            assert r.actors, r.passage.text
            for m in r.mentions:
                assert doc.text[m.start:m.end] == m.text
    assert total >= 20


def test_extract_json_scores_with_commitments_eval(tmp_path, seeds_dir, seeds_gold):
    out = tmp_path / "out.jsonl"
    with out.open("w") as fh:
        proc = subprocess.run([sys.executable, "-m", "commitments", "extract", *sorted(map(str, seeds_dir.glob("*.txt"))), "--json"],
                              stdout=fh, stderr=subprocess.PIPE, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines and all({"doc", "actors", "money", "passage"} <= set(rec) for rec in lines)
    score = subprocess.run([sys.executable, "-m", "commitments", "eval", str(seeds_gold), "--docs", str(seeds_dir),
                            "--pred", str(out), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(score.stdout)
    assert result["grounded_passages"] == 1.0
    assert result["malformed_lines"] == 0
    assert result["all"]["f1"] >= 0.75, result
