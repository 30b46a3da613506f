"""Records for amounts the rules leave alone but the pledge classifier takes for pledges.

``amounts_first`` gives an amount a record where a frame it knows covers it. An amount
no frame covers (no record holds it, no rule found a role) is passed here: where the
classifier (``pledge_classifier``) reads its window as a pledge, it becomes a record
(rule ``amount-learned``). Who pledges it comes by the amount-first cascade where a verb
governs the amount (subject, passive agent, coreference, speaker); on a line with no verb
("1. Austria: €2.8 billion") the name before the amount on its list line; a beneficiary
subject ("Biolar will receive R$310 million") or an amount with no actor of its own takes
the giver of the record just before it. With no actor there is no record: a pledge nobody makes is no use.
"""
from __future__ import annotations

import re

from commitments.extract.actors import names_in
from commitments.extract.pledge_classifier import classifier_on, is_pledged


def learned_record(document, doc, a, span, timeframes, earlier, cm, amounts=()):
    """A record for amount ``a`` if the classifier takes it for a pledge (``amounts``: the
    text's others, written ``MONEYO`` in its window), else None."""
    from commitments.extract import amounts_first as af

    if not classifier_on():
        return None  # off unless asked for (docs/extraction.md): no parse features computed
    tok = span.root
    sent = af.sentence_of(tok)
    text = af.doc_text(doc)
    if not is_pledged(doc, a, amounts):
        return None
    _path, verb = af._path_to_verb(tok)
    actors, spans = [], []
    if verb is not None:
        chain = af._verb_chain(verb)
        holder = next((t for t in chain if af.subject_of(t) is not None), None)
        if holder is not None and af._is_beneficiary(holder, af.subject_of(holder)):
            actors, spans = _previous_giver(a, earlier, document.doc)  # "Biolar will receive R$310 million"
        else:
            actors, spans = af._actors(verb, chain, sent, "learned", earlier)
        start, end = cm._passage_bounds(chain[-1], sent)
        kind = cm._kind(chain[-1], a)
        recipients = [n for n in af._recipients(chain[-1]) if n not in actors]
    else:
        start, end, kind, recipients = sent.start_char, sent.end_char, "funding", []
    if not actors:
        actors, spans = _listed(doc, a, sent)
    if not actors:
        actors, spans = _previous_giver(a, earlier, document.doc)  # "Investment may rise to N": the story's giver
    if not actors:
        return None
    start, end = max(min(start, a.start), af.dateline_end(sent)), max(end, a.end)
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    return cm._record(document, actors, spans, start, end, a, timeframes, kind, "amount-learned", recipients)


def _previous_giver(a, earlier, doc_name):
    """The actors of the nearest record before the amount, in the same document, within a
    few paragraphs: the giver of the package a share or a restatement belongs to."""
    for r in reversed(earlier):
        if r.doc == doc_name and r.actors and 0 <= a.start - r.passage.end <= _REACH:
            return list(r.actors), []
    return [], []


_REACH = 1200  # characters back from an amount to the record whose giver it takes
_LIST_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*–])\s")


def _listed(doc, a, sent):
    """On a numbered or bulleted line ("2. France: €3.2 billion"), the name written before
    the amount."""
    from commitments.extract import amounts_first as af

    text = af.doc_text(doc)
    line_start = text.rfind("\n", 0, a.start) + 1
    if not _LIST_LINE.match(text[line_start:a.start]):
        return [], []
    toks = [t for t in sent if line_start <= t.idx < a.start]
    names, spans = names_in(toks) if toks else ([], [])
    return (names[-1:], spans[-1:]) if names else ([], [])
