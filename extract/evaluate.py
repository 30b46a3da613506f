"""Score commitment records against a gold file, as docs/extraction.md specifies.

Standard library only, so ``commitments eval`` needs no spaCy once predictions exist. The
figures are those of the shared scorer: precision, recall and F1 over all commitments and
over those with money, grouping agreement over pairs, distractor hits, timeframe accuracy
and grounded passages. Optional gold items neither reward nor penalise.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from commitments.records import names_agree


class GoldError(Exception):
    """The gold file does not fit its documents (a quote not found, a document missing)."""


def _money_agrees(pred, gold_readings: list[dict]) -> bool:
    if not gold_readings:
        return pred is None
    if not isinstance(pred, dict):
        return False
    try:
        value, currency = float(pred["value"]), str(pred["currency"]).upper()
    except (KeyError, TypeError, ValueError):
        return False
    return any(currency == g["currency"] and abs(value - g["value"]) <= 0.01 * g["value"] for g in gold_readings)


def span_of(text: str, quote: str, occurrence: int) -> tuple[int, int] | None:
    """Where the ``occurrence``-th ``quote`` lies in ``text`` (a gold quote's place), or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start, start + len(quote)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


@dataclass
class _Pred:
    rec: dict
    doc: str
    span: tuple[int, int]
    actors: list[str]


def _gold_items(gold: dict, docs_dir: Path) -> tuple[dict[str, str], list[dict], list[tuple[str, tuple[int, int]]]]:
    texts, golds, distractors = {}, [], []
    for d in gold["documents"]:
        path = Path(docs_dir) / d["doc"]
        if not path.exists():
            raise GoldError(f"missing document: {path}")
        text = texts[d["doc"]] = path.read_text(encoding="utf-8")
        for g in d["commitments"]:
            span = span_of(text, g["quote"], g.get("occurrence", 1))
            if span is None:
                raise GoldError(f"gold quote not in {d['doc']}: {g['quote']!r}")
            golds.append({**g, "doc": d["doc"], "span": span})
        for x in d.get("distractors", []):
            span = span_of(text, x["quote"], x.get("occurrence", 1))
            if span is None:
                raise GoldError(f"distractor quote not in {d['doc']}: {x['quote']!r}")
            distractors.append((d["doc"], span))
    return texts, golds, distractors


def _predictions(records: list[dict], docs: set[str]) -> tuple[list[_Pred], int]:
    preds, malformed = [], 0
    for rec in records:
        try:
            span = (int(rec["passage"]["start"]), int(rec["passage"]["end"]))
            actors = rec.get("actors") or []
            if not isinstance(actors, list):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            malformed += 1
            continue
        doc = Path(str(rec.get("doc", ""))).name
        if doc in docs:
            preds.append(_Pred(rec, doc, span, [str(a) for a in actors]))
    return preds, malformed


def _match(golds: list[dict], preds: list[_Pred]) -> dict[int, int]:
    """Each gold item and prediction at most once, largest overlap first."""
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = _overlap(p.span, g["span"]) if p.doc == g["doc"] else 0
            if ov and any(names_agree(a, alias) for a in p.actors for actor in g["actors"] for alias in actor) \
                    and _money_agrees(p.rec.get("money"), g["money"]):
                candidates.append((ov, gi, pi))
    candidates.sort(key=lambda t: -t[0])
    g_to_p: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi not in g_to_p and pi not in g_to_p.values():
            g_to_p[gi] = pi
    return g_to_p


def _pledge_keys(g: dict) -> set[str]:
    keys = g.get("pledge")
    return {keys} if isinstance(keys, str) else set(keys or [])


def _grouping(golds, preds, g_to_p) -> dict[str, Any]:
    matched = [(golds[gi], preds[pi].rec.get("group")) for gi, pi in g_to_p.items() if not golds[gi].get("optional")]
    same_pred = same_gold = both = 0
    for (ga, pa), (gb, pb) in combinations(matched, 2):
        s_gold = bool(_pledge_keys(ga) & _pledge_keys(gb))
        s_pred = pa is not None and pa == pb
        same_gold += s_gold
        same_pred += s_pred
        both += s_gold and s_pred
    return _prf(both, same_pred, same_gold)


def score(gold: dict, docs_dir: Path, records: list[dict], malformed: int = 0) -> dict[str, Any]:
    """The scorer's figures for prediction records (dicts in the JSON Lines shape)."""
    texts, golds, distractors = _gold_items(gold, docs_dir)
    preds, bad = _predictions(records, set(texts))
    malformed += bad
    grounded = sum(1 for p in preds if 0 <= p.span[0] < p.span[1] <= len(texts[p.doc])
                   and texts[p.doc][p.span[0]:p.span[1]] == p.rec["passage"].get("text"))
    g_to_p = _match(golds, preds)
    used = set(g_to_p.values())
    optional_p = {pi for gi, pi in g_to_p.items() if golds[gi].get("optional")}
    required = [gi for gi, g in enumerate(golds) if not g.get("optional")]
    counted = [pi for pi in range(len(preds)) if pi not in optional_p]
    money_gold = [gi for gi in required if golds[gi]["money"]]
    money_preds = [pi for pi in counted if preds[pi].rec.get("money") is not None]
    unmatched = [pi for pi in counted if pi not in used]
    distractor_hits = sum(1 for pi in unmatched
                          if any(doc == preds[pi].doc and _overlap(span, preds[pi].span) for doc, span in distractors))
    with_tf = [gi for gi in required if gi in g_to_p and golds[gi].get("timeframe")]
    tf_ok = 0
    for gi in with_tf:
        tf = preds[g_to_p[gi]].rec.get("timeframe") or {}
        got = str(tf.get("text", "") if isinstance(tf, dict) else tf).casefold()
        want = golds[gi]["timeframe"].casefold()
        tf_ok += bool(got) and (got in want or want in got)
    result: dict[str, Any] = {
        "all": _prf(sum(1 for gi in required if gi in g_to_p), len(counted), len(required)),
        "monetary": _prf(sum(1 for gi in money_gold if gi in g_to_p), len(money_preds), len(money_gold)),
        "distractor_hits": distractor_hits,
        "distractors": len(distractors),
        "timeframe_accuracy": round(tf_ok / len(with_tf), 4) if with_tf else None,
        "grounded_passages": round(grounded / len(preds), 4) if preds else None,
        "malformed_lines": malformed,
        "missed": [golds[gi]["id"] for gi in required if gi not in g_to_p],
        "spurious": [f"{preds[pi].doc}:{preds[pi].span[0]}:{preds[pi].rec['passage'].get('text', '')[:80]!r}" for pi in unmatched],
    }
    if any(p.rec.get("group") for p in preds):
        result["grouping"] = _grouping(golds, preds, g_to_p)
    return result


def format_report(result: dict[str, Any]) -> list[str]:
    lines = []
    for key in ("all", "monetary", "grouping"):
        if key in result:
            m = result[key]
            lines.append(f"{key:10} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                         f"(tp {m['tp']}, predicted {m['pred']}, gold {m['gold']})")
    lines.append(f"distractor hits {result['distractor_hits']} of {result['distractors']}; timeframe accuracy "
                 f"{result['timeframe_accuracy']}; grounded passages {result['grounded_passages']}; "
                 f"malformed lines {result['malformed_lines']}")
    if result["missed"]:
        lines.append("missed: " + ", ".join(result["missed"]))
    lines.extend(f"spurious: {s}" for s in result["spurious"])
    return lines
