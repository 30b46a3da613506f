"""Rebuild the pledge classifier (``pledge_classifier.py``) from the labelled corpora.

    python -m commitments.extract.train_classifier --out DIR  # train, save the model in DIR
    python -m commitments.extract.train_classifier --cv 10     # k-fold figures, saves nothing
    python -m commitments.extract.train_classifier --loso      # leave one split out, saves nothing
    COMMITMENTS_PLEDGE_CLASSIFIER=DIR commitments eval ...     # extract with it

Run from a checkout (the training gold lives under ``tests/``). The examples are the
amounts the classifier is asked about at run time: those ``find_amounts`` reads in a
training document that no rule gives a record. Each is PLEDGE where it lies in the quote of
a gold commitment whose money it is, NOT otherwise (a distractor, a figure no commitment
states); amounts of optional commitments are left out. The text is the amount's window
(``pledge_classifier.amount_window``) after its parse features. Training is CPU-only,
seeded and deterministic: the same corpora give the same model.

Only the labelled splits under ``tests/corpus`` are read (all seven are development data
now: the rule writers have read every one). ``--loso`` holds each out in turn, so the
classifier is never measured on a split it was trained on (docs/extraction.md has the
figures, and why they still flatter the rules).
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from commitments.extract.evaluate import span_of
from commitments.extract.pledge_classifier import LABEL, window_of

CHECKOUT = Path(__file__).resolve().parents[1]
# (gold, documents) of every labelled split of tests/corpus; the rule writers have read them all
SPLITS = ("dev", "blind", "dev2", "blind2", "dev3", "blind3", "blind4")
TRAINING_SETS = tuple((f"tests/corpus/{s}/gold.json", f"tests/corpus/{s}/docs") for s in SPLITS)
EPOCHS = 12
SEED = 0
# a bag of words and bigrams: small, fast at run time, and as good as a CNN on this
# little data (docs/extraction.md has the comparison)
CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 65536,
    },
}


@dataclass
class Labelled:
    """A training document: what extraction reads, its parse and its gold entry."""

    split: str
    docs_dir: str
    document: object
    doc: object
    gold: dict


def load_sets(sets=TRAINING_SETS, root: Path = CHECKOUT) -> list[Labelled]:
    """Every document of ``sets``, read and parsed as extraction does."""
    import json

    from commitments.extract.documents import read_document
    from commitments.extract.parsing import parse_texts

    entries = []
    for gold_path, docs_dir in sets:
        gold = json.loads((root / gold_path).read_text(encoding="utf-8"))
        for g in gold["documents"]:
            entries.append((gold_path, docs_dir, read_document(root / docs_dir / g["doc"]), g))
    docs = parse_texts(e[2].text for e in entries)
    return [Labelled(*e[:3], doc, e[3]) for e, doc in zip(entries, docs)]


def _agrees(amount, readings) -> bool:
    values = [(amount.value, amount.currency)]
    if amount.equivalent is not None:
        values.append((amount.equivalent.value, amount.equivalent.currency))
    return any(c == r["currency"] and abs(v - r["value"]) <= 0.01 * r["value"] for v, c in values for r in readings)


def examples(item: Labelled) -> list[tuple[str, bool]]:
    """(window, pledged) for each amount of the document; amounts of optional
    commitments only are left out."""
    from commitments.extract.currency_context import localise
    from commitments.extract.money import find_amounts

    text = item.document.text
    amounts = localise(find_amounts(text), text, item.document.publisher)
    quotes = []
    for g in item.gold["commitments"]:
        span = span_of(text, g["quote"], g.get("occurrence", 1))
        if span is not None and g["money"]:
            quotes.append((span, g["money"], bool(g.get("optional"))))
    out = []
    for a in amounts:
        hits = [opt for (s, e), money, opt in quotes if s <= a.start and a.end <= e and _agrees(a, money)]
        if hits and all(hits):
            continue  # an optional commitment's amount: neither
        window = window_of(item.doc, a, amounts)
        if window is not None:
            out.append((window, bool(hits)))
    return out


def reached(items: list[Labelled]) -> set[str]:
    """The windows of the amounts that reach the classifier when the rules run: those no
    rule gives a record (whatever model is shipped: each is noted and scored 0)."""
    from commitments.extract.classifier_cv import extract_with

    seen: set[str] = set()

    def note(windows):
        seen.update(windows)
        return [0.0] * len(windows)

    extract_with(list(enumerate(items)), note, 1.0)
    return seen


def training_data(items: list[Labelled]) -> dict[int, list[tuple[str, bool]]]:
    """The examples of each document (by its index in ``items``) that reach the classifier."""
    reach = reached(items)
    return {i: [x for x in examples(item) if x[0] in reach] for i, item in enumerate(items)}


def train(data: list[tuple[str, bool]], epochs: int = EPOCHS, seed: int = SEED, config: dict | None = None):
    """A text classifier trained on ``data``, the same every time for the same data."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config=config or CONFIG)
    textcat.add_label(LABEL)
    textcat.add_label("NOT")
    egs = [Example.from_dict(nlp.make_doc(t), {"cats": {LABEL: float(y), "NOT": float(not y)}}) for t, y in data]
    optimizer = nlp.initialize(lambda: egs)
    rng = random.Random(seed)
    for _ in range(epochs):
        order = egs[:]
        rng.shuffle(order)
        for batch in minibatch(order, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def folds(items: list[Labelled], k: int) -> list[list[int]]:
    """``k`` folds of document indices, every split spread over all of them."""
    out: list[list[int]] = [[] for _ in range(k)]
    for n, i in enumerate(sorted(range(len(items)), key=lambda i: (items[i].split, items[i].document.doc))):
        out[n % k].append(i)
    return out


def split_folds(items: list[Labelled]) -> list[list[int]]:
    """One fold per split: the document indices of each split, in the order first seen."""
    out: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        out.setdefault(item.split, []).append(i)
    return list(out.values())


def _pair(text: str) -> tuple[str, str]:
    gold, sep, docs = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text}: expected GOLD:DOCS")
    return gold, docs


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m commitments.extract.train_classifier", description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, help="the folder to save the model in")
    p.add_argument("--cv", type=int, metavar="K", help="k-fold cross-validation over the training documents; saves nothing")
    p.add_argument("--loso", action="store_true",
                   help="leave one split out: train on the other splits, extract the held-out one; saves nothing")
    p.add_argument("--thresholds", default="0.25,0.3,0.35,0.4,0.5", help="thresholds tried by --cv and --loso")
    p.add_argument("--oracle", action="store_true", help="with --cv or --loso: the gold labels stand in for the classifier")
    p.add_argument("--epochs", type=int, default=EPOCHS)
    p.add_argument("--set", dest="sets", type=_pair, action="append", metavar="GOLD:DOCS",
                   help="a gold file and its documents, relative to the checkout (default: every training split)")
    args = p.parse_args(argv)
    items = load_sets(tuple(args.sets or TRAINING_SETS))
    if args.cv or args.loso:
        from commitments.extract.classifier_cv import cross_validate, report

        fold_list = split_folds(items) if args.loso else folds(items, args.cv)
        results = cross_validate(items, fold_list, [float(t) for t in args.thresholds.split(",")], args.epochs, args.oracle)
        print("\n".join(report(results)))
        return 0
    if args.out is None:
        p.error("--out DIR is needed to train (or --cv K / --loso to cross-validate)")
    data = [x for d in training_data(items).values() for x in d]
    nlp = train(data, args.epochs)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"{len(data)} amounts ({sum(y for _, y in data)} pledged) from {len(items)} documents; saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
