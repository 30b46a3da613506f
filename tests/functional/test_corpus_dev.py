"""Extraction on the issue #12 evaluation corpus's development splits: ``tests/corpus/dev/``
(25 news items), ``tests/corpus/blind/`` (15 items, scored once blind on 7b58811 and
development data since the fourth round), and, since the fifth round, ``blind2/`` (scored
once blind on d2dc1c2), ``dev2/`` and ``dev3/`` (scored once before the fifth round read
them). Rules were written while reading the misses of all five, so these figures say how
well the rules fit them, not how they do on unseen news (the blind split,
``tests/corpus/blind3/``, is never scored here). The floors sit below the figures measured
after the latest round (0.05 on dev/blind, about 0.03 on the others), so a change that
makes extraction worse fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commitments.extract.evaluate import score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured on branch `extraction4` after issue #12's fourth round (generalisation: headlines,
# relative clauses on pledge nouns, shares, track records of past periods, speakers'
# organisations, places deciding a bare "$", headline-and-lead grouping, initialisms).
# dev: all P 0.964 R 0.834 F1 0.894; monetary P 0.978 R 0.916 F1 0.946; grouping P 0.943 R 0.909
# F1 0.926; 0 distractor hits of 197 (after the third round: all F1 0.874, monetary 0.931,
# grouping 0.891, 1 hit).
# blind (former blind split): all P 0.954 R 0.837 F1 0.892; monetary P 0.989 R 0.867 F1 0.924;
# grouping P 1.000 R 0.857 F1 0.923; 0 distractor hits of 128 (scored blind after the third
# round: all F1 0.618, monetary 0.656, grouping 0.600, 6 hits).
FLOORS = {
    "dev": {
        ("all", "f1"): 0.844,
        ("all", "precision"): 0.914,
        ("all", "recall"): 0.784,
        ("monetary", "f1"): 0.896,
        ("grouping", "f1"): 0.876,
    },
    "blind": {
        ("all", "f1"): 0.842,
        ("all", "precision"): 0.904,
        ("all", "recall"): 0.787,
        ("monetary", "f1"): 0.874,
        ("grouping", "f1"): 0.873,
    },
    # Fifth round (branch `round5`, recall on news written apart from the rules), before -> after:
    # blind2 all P 0.688 R 0.396 F1 0.503 -> P 0.837 R 0.649 F1 0.731; monetary 0.545 -> 0.762;
    # grouping 0.818 -> 0.811; distractor hits 3 -> 2 of 52.
    # dev2 all P 0.673 R 0.438 F1 0.530 -> P 0.727 R 0.600 F1 0.657; monetary 0.587 -> 0.724;
    # grouping 0.500 -> 0.583; distractor hits 1 -> 1 of 30.
    # dev3 all P 0.656 R 0.477 F1 0.553 -> P 0.746 R 0.568 F1 0.645; monetary 0.680 -> 0.757;
    # grouping 0.857 -> 0.857; distractor hits 1 -> 1 of 39.
    "blind2": {
        ("all", "f1"): 0.70,
        ("all", "precision"): 0.80,
        ("all", "recall"): 0.62,
        ("monetary", "f1"): 0.73,
        ("grouping", "f1"): 0.75,
    },
    "dev2": {
        ("all", "f1"): 0.62,
        ("all", "precision"): 0.69,
        ("all", "recall"): 0.56,
        ("monetary", "f1"): 0.69,
        ("grouping", "f1"): 0.50,
    },
    "dev3": {
        ("all", "f1"): 0.61,
        ("all", "precision"): 0.71,
        ("all", "recall"): 0.53,
        ("monetary", "f1"): 0.72,
        ("grouping", "f1"): 0.80,
    },
}
MAX_DISTRACTOR_HITS = {"dev": 2, "blind": 2, "blind2": 3, "dev2": 2, "dev3": 2}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    from commitments.extract.commitments import extract_documents
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.documents import read_document

    split = CORPUS / request.param
    docs = split / "docs"
    records = [r for _, recs in extract_documents(read_document(p) for p in sorted(docs.glob("*.txt"))) for r in recs]
    assign_groups(records)
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    return request.param, score(gold, docs, [r.to_gold_line() for r in records])


@pytest.mark.slow
def test_corpus_scores_stay_above_their_floors(scored):
    split, result = scored
    low = [f"{split} {group} {figure} {result[group][figure]} < {floor}"
           for (group, figure), floor in FLOORS[split].items() if result[group][figure] < floor]
    assert not low, low


@pytest.mark.slow
def test_corpus_distractors_and_passages(scored):
    split, result = scored
    assert result["distractor_hits"] <= MAX_DISTRACTOR_HITS[split], result["spurious"]
    assert result["grounded_passages"] == 1.0
