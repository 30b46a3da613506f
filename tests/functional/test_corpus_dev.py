"""Extraction on the dev split of the issue #12 evaluation corpus (``tests/corpus/dev/``):
25 news items in domains the rules were not first written for. It is a development set
(rules were written while reading its misses), so its figures say how well the rules fit
it, not how they do on unseen news; the blind split is scored once, elsewhere, and never
here. The floors sit 0.05 below the figures measured after the latest round of that work,
so a change that makes extraction worse here fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commitments.extract.evaluate import score

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"

# Measured on branch `extraction3` after issue #12's third round (actors: governments,
# capitals, founders, ministers, acronyms, descriptions; per-unit prices; pesos; participle
# and coordinated items; series; grouping without chains of different givers): all P 0.951
# R 0.808 F1 0.874; monetary P 0.970 R 0.895 F1 0.931; grouping P 0.938 R 0.849 F1 0.891;
# 1 distractor hit of 197; timeframes 0.81. After the second round (`extraction2`): all F1
# 0.736, monetary F1 0.812, grouping F1 0.714 (0.684 as measured on main before this round),
# 6 hits. After the first amount-first round: all F1 0.629, monetary F1 0.689, grouping F1
# 0.656. Before it (e6b115d): all F1 0.448, monetary F1 0.453, grouping F1 0.667, 11 hits.
FLOORS = {
    ("all", "f1"): 0.824,
    ("all", "precision"): 0.901,
    ("all", "recall"): 0.758,
    ("monetary", "f1"): 0.881,
    ("grouping", "f1"): 0.841,
}
MAX_DISTRACTOR_HITS = 3


@pytest.fixture(scope="module")
def result():
    from commitments.extract.commitments import extract_documents
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.documents import read_document

    docs = DEV / "docs"
    records = [r for _, recs in extract_documents(read_document(p) for p in sorted(docs.glob("*.txt"))) for r in recs]
    assign_groups(records)
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    return score(gold, docs, [r.to_gold_line() for r in records])


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(FLOORS), ids=lambda m: "-".join(m))
def test_corpus_dev_scores_stay_above_their_floors(result, metric):
    group, figure = metric
    assert result[group][figure] >= FLOORS[metric], f"{group} {figure} {result[group][figure]} < {FLOORS[metric]}"


@pytest.mark.slow
def test_corpus_dev_distractors_and_passages(result):
    assert result["distractor_hits"] <= MAX_DISTRACTOR_HITS, result["spurious"]
    assert result["grounded_passages"] == 1.0
