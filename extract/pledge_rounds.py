"""Rounds of pledges and givers' shares, read from the amounts: a donors' conference or a live blog
tells one pledge after another ("Ruritania will give N. ... 10:10 – Denmark: DKK 450 million.
Ostland then follows with NOK 700 million. The Halden Trust adds $15 million."), and a named
giver's share of a joint programme is its pledge ("Ostland's share is 3 billion kronor").

Each function is asked about one amount no record holds yet, by ``amounts_first``.
"""
from __future__ import annotations

import re

from commitments.extract.actors import names_in
from commitments.extract.list_lines import _lead_in
from commitments.records import clean_name

_TALLY_REACH = 800  # characters back to the pledge a "follows with" continues
_GIVER_NOUNS = frozenset({"donor", "contributor", "funder", "backer", "giver", "sponsor"})
_LABEL_BEFORE = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s*[-–—]\s*)?([A-Z][^:;,.()]{1,60}?)\s*:\s*(?:about |some |around )?")


def _under_a_lead_in(text: str, at: int) -> bool:
    """Whether the line at ``at`` is one of a list's lines under a lead-in ending on a colon
    (``list_lines``'s reading of a lead-in, which looks back a bounded number of lines)."""
    return _lead_in(text, text.rfind("\n", 0, at) + 1) is not None


_SHARE_NOUNS = frozenset({"share", "contribution", "portion", "part"})


def named_share(document, a, verb, tok, timeframes, cm):
    """"Ostland's share is 3 billion kronor": a named giver's share (not a share of a market,
    sales or exports), stated in the present or future, is its pledge."""
    from commitments.extract.lexicon import NOISE_NOUNS

    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP", "VB") or not (tok.dep_ == "attr" and tok.head.i == verb.i
                                                                       or tok.head.dep_ == "attr" and tok.head.head.i == verb.i):
        return None
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return None  # "X's fair share should be N": what others think it ought to give
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _SHARE_NOUNS), None)
    if subj is None or any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.lemma_.lower() in NOISE_NOUNS | {"market", "export", "import"} for o in p.children) for p in subj.children):
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None:
        return None
    names, spans = names_in(list(poss.subtree))
    if not names:
        return None
    start = subj.left_edge.idx
    return "new", cm._record(document, names, spans, start, a.end, a, timeframes, "funding", "amount-share-named", [])


def labelled_in_a_round(document, doc, a, sent, timeframes, earlier, cm):
    """"11:30 – Ruritania: €600 million." where a pledge was told just before: a sentence (or a
    live blog's entry) that is a giver's name, a colon and a sum is that giver's pledge."""
    text = doc.user_data.get("text") or doc.text
    m = _LABEL_BEFORE.fullmatch(text, sent.start_char, a.start)
    if m is None or not any(r.doc == document.doc and r.money is not None and r.actors
                            and 0 <= a.start - r.money.end <= _TALLY_REACH for r in earlier[-3:]):
        return None
    if _under_a_lead_in(text, a.start):
        return None  # "Korby: 31 million kr." under "announced the other grants:": a list's recipients
    label = _giver_label(doc, m.start(1), m.end(1), sent)
    if label is None:
        return None
    names, spans = label
    return "new", cm._record(document, names, spans, m.start(1), a.end, a, timeframes, "funding", "amount-label", [])


# "11:40 – Ruritania pledges NOK 75 million": a name, a present-tense verb of giving, the sum
_NAME_PLEDGES = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s*[-–—]\s*)?([A-Z][^:;,.()]{1,60}?)\s+"
                           r"(?:pledges|commits|promises|gives|donates|contributes|offers)\s+"
                           r"(?:a further |an extra |another |an additional |about |some |around )?")


def named_and_pledging(document, doc, a, sent, timeframes, cm):
    """"Ruritania pledges NOK 75 million for 2027" opening a sentence or a live blog's entry: the
    name is the giver, whatever the parser made of the words (the small model often reads
    "pledges" as a plural noun)."""
    text = doc.user_data.get("text") or doc.text
    m = _NAME_PLEDGES.fullmatch(text, sent.start_char, a.start)
    if m is None:
        return None
    label = _giver_label(doc, m.start(1), m.end(1), sent)
    if label is None:
        return None
    names, spans = label
    return "new", cm._record(document, names, spans, m.start(1), a.end, a, timeframes, "funding", "amount-named", [])


def _giver_label(doc, start, end, sent):
    """The names and spans of a giver written as a label or a subject ("Ruritania", "Halden
    Trust"), or None where the words are no name ("Total", "Note")."""
    label = doc.char_span(start, end, alignment_mode="contract")
    from commitments.extract.pipeline import countries

    # ("Total: $2 billion", "Note: ..." are no givers; the model may tag a country alone a noun)
    if label is None or len(label) > 6 or not (label.text in countries() or all(
            t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP") for t in label)):
        return None
    names, spans = names_in(list(label))
    if not names:  # a name the model left untagged
        names, spans = [clean_name(label.text)], [label]
    from commitments.extract.amounts_first import no_dateline

    names, spans = no_dateline(names, spans, sent)
    return (names, spans) if names else None


def next_in_a_round(verb, a, earlier, document) -> bool:
    """"Ostland then follows with NOK 700 million", "Halden Trust adds $15 million", "Ostland's minister
    confirms £180 million" just after another giver's pledge: the next pledge of the round, not
    a sequence of events or a sum added up."""
    lemma = verb.lemma_.lower()
    if lemma == "be":  # "Ostland is the largest donor of the morning: €500 million"
        if verb.tag_ != "VBZ" or not any(c.dep_ == "attr" and c.lemma_.lower() in _GIVER_NOUNS for c in verb.children):
            return False
    elif lemma == "follow":
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return False
    elif lemma not in ("add", "confirm") or verb.tag_ != "VBZ" or not any(  # "Halden Trust adds $15 million"
            c.dep_ == "dobj" and c.left_edge.idx <= a.start < c.right_edge.idx + len(c.right_edge.text) for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or any(p.dep_ == "poss" and p.pos_ == "PROPN" for p in c.children))
               for c in verb.children):
        return False
    return any(r.doc == document.doc and r.money is not None and r.actors and 0 <= a.start - r.money.end <= _TALLY_REACH
               for r in earlier[-3:])
