"""Extraction on a development corpus (``tests/dev/``): ten news items written apart from the
seeds and from the extractor's rules — other actors (carmakers, the EU, Indian, Japanese,
Korean, Swiss and UK public bodies, a sovereign investor), other currencies (€, £, ¥, ₹ with
crore and lakh, KRW, CHF, US$) and the noise around pledges (revenue, market sizes,
hypothetical and negated pledges, link lines). Two pairs of items report the same pledges,
one pair with different amounts ("US$8 billion" vs "about $10 billion").

It was held out when it was written, but rules have since been written while reading it, so
it is a development set: its figures say little about unseen news. The floors sit a little
below the current figures, so a change that makes extraction worse here fails even while the
seeds still pass.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commitments.extract.evaluate import score

DEV = Path(__file__).resolve().parents[1] / "dev"
DOCS = DEV / "docs"
GOLD = DEV / "gold.json"

# First measured on branch `extraction` at 760b419: all F1 0.816, monetary F1 0.850,
# grouping F1 0.889, 3 distractor hits of 46, timeframes 0.889. Measured on branch `general`
# after the generalisation work: all P/R/F1 1.000, monetary P/R/F1 1.000, grouping F1 0.905
# (P 0.905, R 0.905), 0 distractor hits of 46, timeframes 0.96, grounded 1.0. Floors are
# those figures less 0.05: this corpus served as a dev set for general rules, so the margin
# is what a further unseen set may cost.
FLOORS = {
    ("all", "precision"): 0.95,
    ("all", "recall"): 0.95,
    ("all", "f1"): 0.95,
    ("monetary", "precision"): 0.95,
    ("monetary", "recall"): 0.95,
    ("monetary", "f1"): 0.95,
    ("grouping", "f1"): 0.855,
}
MAX_DISTRACTOR_HITS = 1
MIN_TIMEFRAME_ACCURACY = 0.91


@pytest.fixture(scope="module")
def result():
    from commitments.extract.commitments import extract_documents
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.documents import read_document

    records = [r for _, recs in extract_documents(read_document(p) for p in sorted(DOCS.glob("*.txt"))) for r in recs]
    assign_groups(records)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return score(gold, DOCS, [r.to_gold_line() for r in records])


def test_corpus_is_what_the_gold_describes():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert sorted(d["doc"] for d in gold["documents"]) == sorted(p.name for p in DOCS.glob("*.txt"))
    for p in DOCS.glob("*.txt"):
        assert 150 <= len(p.read_text(encoding="utf-8").split()) <= 500, p.name


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(FLOORS), ids=lambda m: "-".join(m))
def test_dev_corpus_scores_stay_above_their_floors(result, metric):
    group, figure = metric
    got = result[group][figure]
    assert got >= FLOORS[metric], f"{group} {figure} {got} < {FLOORS[metric]}; missed {result['missed']}; spurious {result['spurious']}"


@pytest.mark.slow
def test_dev_corpus_noise_timeframes_and_passages(result):
    assert result["distractor_hits"] <= MAX_DISTRACTOR_HITS, result["spurious"]
    assert result["timeframe_accuracy"] >= MIN_TIMEFRAME_ACCURACY
    assert result["grounded_passages"] == 1.0
    assert result["malformed_lines"] == 0
