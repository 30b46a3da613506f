"""Extraction on the issue #12 evaluation corpus's development splits: ``tests/corpus/dev/``
(25 news items), ``blind/`` (scored once blind on 7b58811), ``blind2/`` (scored once blind on
d2dc1c2), ``dev2/``, ``dev3/``, ``blind3/`` (scored once blind on aadde1a), ``blind4/`` (scored
once blind on 0177359), ``blind5/`` (scored once blind on 025a10f), and since the ninth and tenth
rounds ``dev4/``, ``dev5/``, ``blind6/`` (scored once blind on e7c59b2), ``blind7/`` (scored once
blind on 446519f), ``blind8/`` (scored once blind on c34c3cd), ``blind9/`` (scored once blind on e622ff7),
``blind10/`` (scored once blind on 3e7a7b9), ``blind11/`` (scored once blind on 5bd496f),
``blind12/`` (scored once blind on c8ecdc7), ``blind13/`` (scored once blind on 50ce6ae),
``blind14/`` (scored once blind on 5bdc6b7), ``blind15/`` (scored once blind on c6ae3ff) and
``blind16/`` (scored once blind on 36beb75), ``blind17/`` and ``blind18/`` (scored once blind on
2bcacf9, at the end of the twenty-first round, their misses read in the twenty-second), and
``blind19/`` and ``blind20/`` (scored once blind on 842db4d, at the end of the twenty-second round;
no rule has read them yet). Rules were written while reading the misses of the others, so those
figures say how well the rules fit them, not how they do on unseen news (``blind21/`` is held
back unread).
The floors sit about 0.03 below the figures measured after the latest round, so a change that
makes extraction worse fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commitments.extract.evaluate import score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured on main after issue #12's twenty-second round (842db4d; blind6 and blind20 after the
# twenty-third round's first changes), all P / R / F1, monetary F1,
# grouping F1 and distractor hits as listed below; blind9 0.692, blind10 0.697, blind11 0.656,
# blind12 0.706, blind13 0.755, blind14 0.738, blind15 0.592 and blind16 0.726 when each was
# scored once blind (e622ff7, 3e7a7b9, 5bd496f, c8ecdc7, 50ce6ae, 5bdc6b7, c6ae3ff, 36beb75;
# blind15 0.700 after the rounds that read its misses). A grouping F1 of 0 is a split with no
# gold pair or none found.
# dev 0; blind 0; dev2 0; blind2 0; dev3 0; blind3 0; blind4 0; blind5 2; dev4 1; dev5 1; blind6 4;
# blind7 0; blind8 1; blind9 1; blind10 4; blind11 3; blind12 0; blind13 1; blind14 4; blind15 4;
# blind16 3, blind17 2, blind18 2, blind19 2, blind20 1 distractor hits; blind17 0.605, blind18 0.816,
# blind19 0.771 and blind20 0.735 were their one blind score.
_MEASURED = {
    "dev": (0.961, 0.896, 0.928, 0.968, 0.946),
    "blind": (0.922, 0.870, 0.895, 0.935, 0.929),
    "dev2": (0.855, 0.812, 0.833, 0.887, 0.800),
    "blind2": (0.923, 0.865, 0.893, 0.902, 0.808),
    "dev3": (0.939, 0.875, 0.906, 0.952, 0.917),
    "blind3": (0.965, 0.902, 0.932, 0.950, 0.778),
    "blind4": (0.951, 0.975, 0.963, 0.994, 0.978),
    "blind5": (0.784, 0.840, 0.811, 0.844, 0.966),
    "dev4": (0.917, 0.853, 0.884, 0.927, 0.846),
    "dev5": (0.905, 0.843, 0.873, 0.922, 0.000),
    "blind6": (0.867, 0.860, 0.863, 0.899, 0.737),
    "blind7": (0.852, 0.801, 0.826, 0.896, 0.769),
    "blind8": (0.756, 0.739, 0.747, 0.803, 0.000),
    "blind9": (0.852, 0.852, 0.852, 0.880, 0.400),
    "blind10": (0.752, 0.895, 0.817, 0.899, 0.857),
    "blind11": (0.824, 0.824, 0.824, 0.874, 0.000),
    "blind12": (0.835, 0.896, 0.864, 0.876, 0.000),
    "blind13": (0.818, 0.923, 0.868, 0.924, 0.500),
    "blind14": (0.769, 0.909, 0.833, 0.924, 0.909),
    "blind15": (0.699, 0.739, 0.718, 0.800, 0.667),
    "blind16": (0.737, 0.849, 0.789, 0.849, 0.333),
    "blind17": (0.750, 0.779, 0.764, 0.847, 0.222),
    "blind18": (0.865, 0.922, 0.892, 0.950, 0.571),
    "blind19": (0.753, 0.790, 0.771, 0.809, 0.571),
    "blind20": (0.778, 0.824, 0.800, 0.887, 0.500),
}
_METRICS = (("all", "precision"), ("all", "recall"), ("all", "f1"), ("monetary", "f1"), ("grouping", "f1"))
FLOORS = {split: {m: round(v - 0.03, 3) for m, v in zip(_METRICS, figures)} for split, figures in _MEASURED.items()}
MAX_DISTRACTOR_HITS = {"dev": 1, "blind": 1, "dev2": 1, "blind2": 1, "dev3": 1, "blind3": 1, "blind4": 1,
                       "blind5": 3, "dev4": 2, "dev5": 2, "blind6": 5, "blind7": 1, "blind8": 2, "blind9": 2,
                       "blind10": 5, "blind11": 4, "blind12": 2, "blind13": 2, "blind14": 5, "blind15": 6,
                       "blind16": 4, "blind17": 3, "blind18": 4, "blind19": 3, "blind20": 2}


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
