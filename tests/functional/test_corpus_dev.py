"""Extraction on the issue #12 evaluation corpus's development splits: ``tests/corpus/dev/``
(25 news items), ``blind/`` (scored once blind on 7b58811), ``blind2/`` (scored once blind on
d2dc1c2), ``dev2/``, ``dev3/``, ``blind3/`` (scored once blind on aadde1a), ``blind4/`` (scored
once blind on 0177359), ``blind5/`` (scored once blind on 025a10f), and since the ninth and tenth
rounds ``dev4/``, ``dev5/``, ``blind6/`` (scored once blind on e7c59b2), ``blind7/`` (scored once
blind on 446519f), ``blind8/`` (scored once blind on c34c3cd) and ``blind9/`` (scored once blind on
e622ff7, no rule changed since). Rules were written while reading the misses of all but
``blind9/``, so these figures say how well the rules fit them, not how they do on unseen news
(the next honest figure needs a new blind split).
The floors sit about 0.03 below the figures measured after the latest round, so a change that
makes extraction worse fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commitments.extract.evaluate import score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured on main after issue #12's eleventh round (e622ff7), all P / R / F1, monetary F1, grouping
# F1 (distractor hits): dev 0.971 / 0.881 / 0.924, 0.953, 0.930 (0 of 197); blind 0.955 / 0.862 /
# 0.906, 0.935, 0.929 (0); dev2 0.877 / 0.800 / 0.837, 0.887, 0.800 (0); blind2 0.941 / 0.865 /
# 0.901, 0.902, 0.808 (0); dev3 0.949 / 0.852 / 0.898, 0.952, 0.917 (0); blind3 0.956 / 0.893 /
# 0.924, 0.950, 0.800 (0); blind4 0.959 / 0.967 / 0.963, 0.994, 0.978 (0); blind5 0.781 / 0.800 /
# 0.790, 0.833, 0.960 (2 of 59); dev4 0.883 / 0.784 / 0.831, 0.913, 0.759 (1 of 58); dev5 0.890 /
# 0.794 / 0.839, 0.903, no shared pledge (1 of 51); blind6 0.860 / 0.810 / 0.834, 0.884, 0.762
# (4 of 68; 0.751 scored blind); blind7 0.803 / 0.691 / 0.743, 0.821, 0.769 (1 of 72; 0.634 scored
# blind); blind8 0.737 / 0.627 / 0.677, 0.769, no gold pairs (1 of 70; 0.543 scored blind); blind9
# 0.741 / 0.648 / 0.692, 0.729, 0.400 (5 of 84; as scored blind on e622ff7, unread).
_MEASURED = {
    "dev": (0.971, 0.881, 0.924, 0.953, 0.930),
    "blind": (0.955, 0.862, 0.906, 0.935, 0.929),
    "dev2": (0.877, 0.800, 0.837, 0.887, 0.800),
    "blind2": (0.941, 0.865, 0.901, 0.902, 0.808),
    "dev3": (0.949, 0.852, 0.898, 0.952, 0.917),
    "blind3": (0.956, 0.893, 0.924, 0.950, 0.800),
    "blind4": (0.959, 0.967, 0.963, 0.994, 0.978),
    "blind5": (0.781, 0.800, 0.790, 0.833, 0.960),
    "dev4": (0.883, 0.784, 0.831, 0.913, 0.759),
    "dev5": (0.890, 0.794, 0.839, 0.903, 0.0),
    "blind6": (0.860, 0.810, 0.834, 0.884, 0.762),
    "blind7": (0.803, 0.691, 0.743, 0.821, 0.769),
    "blind8": (0.737, 0.627, 0.677, 0.769, 0.0),
    "blind9": (0.741, 0.648, 0.692, 0.729, 0.400),
}
_METRICS = (("all", "precision"), ("all", "recall"), ("all", "f1"), ("monetary", "f1"), ("grouping", "f1"))
FLOORS = {split: {m: round(v - 0.03, 3) for m, v in zip(_METRICS, figures)} for split, figures in _MEASURED.items()}
MAX_DISTRACTOR_HITS = {"dev": 1, "blind": 1, "blind2": 1, "dev2": 1, "dev3": 1, "blind3": 1, "blind4": 1, "blind5": 3,
                       "dev4": 2, "dev5": 2, "blind6": 5, "blind7": 2, "blind8": 2, "blind9": 6}


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
