"""`commitments eval` gives the reference scorer's figures, and says clearly what is wrong with
bad input. Predictions come from the real extractor (in this process, where the model is
already loaded); the scorer and our command run as subprocesses."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "data" / "seeds.gold.json"
SCORER = REPO / "tests" / "data" / "score_commitments.py"
SEEDS = REPO / "seeds"
CLI = [sys.executable, "-m", "commitments"]


def run(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def shared_scorer(pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD),
                          "--docs", str(SEEDS), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def predictions(tmp_path_factory):
    from commitments.extract.commitments import extract_documents
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.documents import read_document

    records = [r for _, recs in extract_documents(read_document(p) for p in sorted(SEEDS.glob("*.txt"))) for r in recs]
    assign_groups(records)
    path = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    path.write_text("".join(json.dumps(r.to_gold_line(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.slow
def test_eval_agrees_with_the_shared_scorer(predictions):
    ours = run("eval", str(GOLD), "--docs", str(SEEDS), "--pred", str(predictions), "--json")
    assert ours.returncode == 0, ours.stderr
    assert json.loads(ours.stdout) == shared_scorer(predictions)
    assert "grouping" in json.loads(ours.stdout)


@pytest.mark.slow
def test_eval_agrees_on_damaged_predictions(predictions, tmp_path):
    recs = [json.loads(x) for x in predictions.read_text(encoding="utf-8").splitlines()[::2]]
    for r in recs[:3]:
        r["group"] = "one-group"
        r["passage"]["text"] = "not the text"
    recs[3]["money"] = {"value": "lots", "currency": "USD"}
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("\n".join([*map(json.dumps, recs), "{not json", '{"doc": 1}']) + "\n", encoding="utf-8")
    ours = run("eval", str(GOLD), "--docs", str(SEEDS), "--pred", str(damaged), "--json")
    assert ours.returncode == 0, ours.stderr
    assert json.loads(ours.stdout) == shared_scorer(damaged)


@pytest.mark.slow
def test_eval_report_and_bad_input(tmp_path, predictions):
    table = run("eval", str(GOLD), "--docs", str(SEEDS), "--pred", str(predictions))
    assert table.returncode == 0 and table.stdout.startswith("all ")
    missing = run("eval", str(tmp_path / "nope.json"), "--docs", str(SEEDS))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nope.json" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"documents": [{"doc": "000_ae1c2e42a469ca52.txt", "commitments": '
                   '[{"id": "x", "quote": "not in the text", "actors": [], "money": []}]}]}', encoding="utf-8")
    wrong = run("eval", str(bad), "--docs", str(SEEDS), "--pred", str(predictions))
    assert wrong.returncode == 2 and "gold quote not in" in wrong.stderr and "Traceback" not in wrong.stderr
