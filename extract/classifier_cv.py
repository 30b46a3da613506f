"""Cross-validation of the pledge classifier over the training documents: k folds, or one
fold per split (leave one split out).

For each fold a model is trained on the other folds' amounts, and extraction runs on the
fold's documents with it at each threshold tried (and once without it); the records of
all folds are then scored per split as ``commitments eval`` scores them. The figures say
what the classifier adds on documents it was not trained on, which is what picks the
threshold (``pledge_classifier.THRESHOLD``).
"""
from __future__ import annotations

import json
from collections import defaultdict

from commitments.extract import pledge_classifier as pc


def extract_with(items, scorer, threshold, off=False):
    """Records of each (index, item), with ``scorer`` at ``threshold`` (or no classifier)."""
    from commitments.extract.commitments import find_commitments

    pc.configure(scorer=scorer, threshold=threshold, off=off)
    try:
        return {i: find_commitments(item.document, item.doc) for i, item in items}
    finally:
        pc.configure()


def _score(all_items, records_by_item):
    from commitments.extract.consolidate import assign_groups
    from commitments.extract.evaluate import score
    from commitments.extract.train_classifier import CHECKOUT

    docs_of = {item.split: item.docs_dir for item in all_items}
    out = {}
    for split in dict.fromkeys(item.split for item in all_items):
        gold = json.loads((CHECKOUT / split).read_text(encoding="utf-8"))
        records = [r for i, item in enumerate(all_items) if item.split == split for r in records_by_item[i]]
        assign_groups(records)
        out[split] = score(gold, CHECKOUT / docs_of[split], [r.to_gold_line() for r in records])
    return out


def cross_validate(items, fold_list, thresholds, epochs, oracle=False):
    """{setting: {split: scores}} for "rules" (no classifier) and each threshold, each fold
    of ``fold_list`` (lists of indices into ``items``) extracted by a model trained on the
    others; with ``oracle`` the gold labels stand in for the classifier (what a perfect one
    would add)."""
    from commitments.extract.train_classifier import train, training_data

    data = training_data(items)
    by_setting: dict[str, dict[int, list]] = defaultdict(dict)
    by_setting["rules"] = extract_with(list(enumerate(items)), None, None, off=True)
    for fold in fold_list:
        held = set(fold)
        if oracle:
            truth = {t: float(y) for i in fold for t, y in data[i]}
            scorer = lambda ws: [truth.get(w, 0.0) for w in ws]  # noqa: E731
        else:
            nlp = train([x for i, d in data.items() if i not in held for x in d], epochs)
            scorer = lambda ws, nlp=nlp: pc.pledge_scores(ws, nlp)  # noqa: E731
        for t in thresholds:
            by_setting[f"t={t}"].update(extract_with([(i, items[i]) for i in fold], scorer, t))
    return {setting: _score(items, recs) for setting, recs in by_setting.items()}


def report(results) -> list[str]:
    lines = []
    for setting, splits in results.items():
        tp = pred = gold = 0
        for split, r in splits.items():
            a = r["all"]
            tp, pred, gold = tp + a["tp"], pred + a["pred"], gold + a["gold"]
            lines.append(f"{setting:8} {split:32} all P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}"
                         f"  money F1 {r['monetary']['f1']:.3f}  grouping F1 {r.get('grouping', {}).get('f1', 0):.3f}"
                         f"  distractor hits {r['distractor_hits']}")
        p, rc = tp / pred if pred else 0, tp / gold if gold else 0
        hits = sum(r["distractor_hits"] for r in splits.values())
        lines.append(f"{setting:8} {'TOTAL':32} all P {p:.3f} R {rc:.3f} F1 {2 * p * rc / (p + rc) if p + rc else 0:.3f}"
                     f"  (tp {tp}, predicted {pred}, gold {gold})  distractor hits {hits}")
    return lines
