"""A learned second opinion on an amount: is it pledged? (an experiment, off by default)

The amount-first rules (``amounts_first.py``) decide an amount's role from its syntax and
reject what no frame they know covers. Rules written from misses generalise slowly (issue
#12), so a small spaCy text classifier, trained on the labelled corpora
(``train_classifier.py``), reads the words and parse around an amount and gives the
probability that the text pledges it. Where no rule gives an amount a record and the
classifier is confident, the amount becomes a record (``learned_records.py``), its actor
found by the rules' cascade.

**Not adopted**: held out one split at a time (``train_classifier --loso``), it lowers
precision at every threshold and at 0.4 adds distractor hits (it finds some pledged amounts,
but the cascade names the wrong actor for many of them; figures in docs/extraction.md). So extraction consults it only where ``COMMITMENTS_PLEDGE_CLASSIFIER``
names a model that ``python -m commitments.extract.train_classifier --out DIR`` saved; no
model is shipped, and nothing is downloaded.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

ENV = "COMMITMENTS_PLEDGE_CLASSIFIER"  # the folder of a trained model; unset: no classifier
LABEL = "PLEDGE"
# the probability above which an amount the rules give no role becomes a candidate;
# chosen by cross-validation over the training documents (docs/extraction.md)
THRESHOLD = 0.4
TARGET = "MONEYX"  # the amount being judged, in the classifier's text
OTHER = "MONEYO"  # any other amount in the window
_BEFORE, _AFTER = 220, 140  # characters of the sentence kept before and after the amount


def syntax_features(tok) -> str:
    """Words that say how the amount hangs in its sentence's parse: the amount's own
    relation and head, the verbs of its governing chain (``amounts_first``), their tags and
    auxiliaries, written as tokens the bag of words reads ("xverb_invest", "xaux_will")."""
    from commitments.extract import amounts_first as af

    out = [f"xdep_{tok.dep_}", f"xhead_{tok.head.lemma_.lower()}"]
    _path, verb = af._path_to_verb(tok)
    if verb is None:
        out.append("xverb_none")
    else:
        for t in af._verb_chain(verb):
            out += [f"xverb_{t.lemma_.lower()}", f"xtag_{t.tag_}"]
            out += [f"xaux_{c.lower_}" for c in t.children if c.dep_ in ("aux", "auxpass", "neg")]
            subj = af.subject_of(t)
            if subj is not None:
                out.append(f"xsubj_{subj.ent_type_ or subj.pos_}")
    if af._is_headline(af.sentence_of(tok)):
        out.append("xheadline")
    return " ".join(out)


def amount_window(text: str, sent_start: int, sent_end: int, amount, others=(), features: str = "") -> str:
    """The sentence around ``amount`` (cut to a window), the amount written ``MONEYX`` and
    every other amount in the window ``MONEYO``, so that words, not figures, decide;
    ``features`` (``syntax_features``) go first."""
    lo, hi = max(sent_start, amount.start - _BEFORE), min(sent_end, amount.end + _AFTER)
    pieces, at = [], lo
    for a in sorted([amount, *[o for o in others if o.start >= lo and o.end <= hi and o is not amount]],
                    key=lambda x: x.start):
        if a.start < at:
            continue
        pieces.append(text[at:a.start])
        pieces.append(f" {TARGET} " if a is amount else f" {OTHER} ")
        at = a.end
    pieces.append(text[at:hi])
    return " ".join(f"{features} {''.join(pieces)}".split())


def window_of(doc, amount, amounts=()) -> str | None:
    """The classifier's text for ``amount`` in the parsed ``doc``: its parse features and
    its sentence's window (None where the amount falls between tokens)."""
    from commitments.extract.amounts_first import doc_text, sentence_of

    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return None
    sent = sentence_of(span.root)
    return amount_window(doc_text(doc), sent.start_char, sent.end_char, amount, amounts, syntax_features(span.root))


@functools.lru_cache(maxsize=4)
def load_classifier(path: str):
    """The classifier saved at ``path``, loaded once."""
    import spacy

    return spacy.load(Path(path))


def pledge_scores(windows: list[str], nlp) -> list[float]:
    """The probability that each window's ``MONEYX`` is pledged."""
    return [d.cats.get(LABEL, 0.0) for d in nlp.pipe(windows)]


# what extraction consults: the model ``ENV`` names at ``THRESHOLD``, unless training or
# cross-validation sets another scorer (``configure``)
_active: dict = {"scorer": None, "threshold": None, "off": False}


def configure(scorer=None, threshold: float | None = None, off: bool = False) -> None:
    """Make extraction consult ``scorer`` (windows -> probabilities) at ``threshold`` (None:
    the model ``ENV`` names, at ``THRESHOLD``), or no classifier at all (``off``): for
    cross-validation and for measuring with and without."""
    _active.update(scorer=scorer, threshold=threshold, off=off)


def classifier_on() -> bool:
    """Whether extraction consults a classifier now."""
    return not _active["off"] and (_active["scorer"] is not None or bool(os.environ.get(ENV)))


def score_amount(doc, amount, amounts=()) -> float | None:
    """The classifier's probability that ``amount`` is pledged, or None when it is off."""
    if not classifier_on():
        return None
    window = window_of(doc, amount, amounts)
    if window is None:
        return None
    if _active["scorer"] is not None:
        return _active["scorer"]([window])[0]
    return pledge_scores([window], load_classifier(os.environ[ENV]))[0]


def is_pledged(doc, amount, amounts=()) -> bool:
    """Whether the classifier, at its threshold, takes ``amount`` for a pledge."""
    p = score_amount(doc, amount, amounts)
    threshold = _active["threshold"] if _active["threshold"] is not None else THRESHOLD
    return p is not None and p >= threshold
