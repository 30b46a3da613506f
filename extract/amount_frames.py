"""Three frames in which an amount is pledged although its own verb is not a verb of giving.

- **A revision**: "X raised its planned investment to N", "lifted its pledge to N",
  "increased its commitment by N to M". The verb changes a pledge the actor already holds;
  the new level ("to M") is the pledge, the step ("by N") is not a pledge of its own.
- **An event's tally**: "the summit closed with pledges worth N", "drew pledges of N",
  "pledges at the conference totalled N". Where no giver is named, the event as written is
  the actor.
- **A credit line**: "signed a swap agreement that will allow X to draw up to N", "agreed a
  facility under which X can borrow up to N". The verb of drawing belongs to the borrower;
  the sum is the lender's, who signed or agreed the facility.

Word lists live in ``patterns/amount_roles.json`` (``revision_verbs``, ``tally_verbs``,
``tally_totals``, ``credit_opening_verbs``, ``credit_nouns``, ``drawing_verbs``).
"""
from __future__ import annotations

import re

from commitments.extract.actors import SUBJECTS, subject_of

_VERBAL = ("VERB", "AUX")


def _w():
    from commitments.extract.amounts_first import _w as words

    return words()


def _pledge_nouns():
    from commitments.extract.amounts_first import pledge_nouns

    return pledge_nouns()


# sums that are pledges once a giver revises its own ("its aid", "its offer"), though not
# pledges named on their own ("aid flows", "an offer for the company")
_REVISED_ONLY = frozenset({"aid", "assistance", "offer"})


def revised_pledge(verb):
    """The pledge noun a revision verb changes ("raised its planned investment ... to N"),
    or None. The verb must take the pledge as object and say its new level with "to"."""
    if verb.lemma_.lower() not in _w()["revision_verbs"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "Sweden's contribution was raised to N"
    if obj is None:
        return None
    pledged = obj.lemma_.lower() in _pledge_nouns() or obj.lower_ in _pledge_nouns() or (
        # "doubled its aid to Yemen to N", "raised its offer to N" (not a bid "for" a company)
        obj.lemma_.lower() in _REVISED_ONLY and not any(c.lower_ == "for" for c in obj.children))
    # "raised the estimated cost of its new refinery to N": what its own project will take
    own_cost = obj.lower_ in _w()["cost_nouns"] and _own_project(obj)
    if not (pledged or own_cost):
        return None
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
        return None  # "raised funding" is fundraising, "extended a facility" a new pledge; "raised its funding" revises one
    # (the parser may hang the level on the pledge noun: "raised its commitment to $150 million")
    if not any(c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by") and any(t.like_num for t in c.subtree)
               for c in [*verb.children, *(c for c in obj.children if c.lower_ == "to" and c.i > obj.i)]):
        return None  # the new level or the step is a sum: "to $2 billion", "by $300 million"
    return obj


def _own_project(cost) -> bool:
    """"its cost", "the cost of its new plant": the cost of what the subject itself undertakes."""
    if any(c.dep_ == "poss" for c in cost.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
        for o in p.children) for p in cost.children)


_BY_BEFORE = re.compile(r"\bby\s+(?:some\s+|about\s+|another\s+|a\s+further\s+)?\Z", re.IGNORECASE)
_TO_AFTER = re.compile(r"\A\s+to\s+(?:about\s+|some\s+|around\s+)?\S{0,4}\s?\d")
_FROM_BEFORE = re.compile(r"\b(?:from|of)\s+(?:some\s+|about\s+|around\s+)?\Z", re.IGNORECASE)


def is_revision_base(text: str, start: int, end: int) -> bool:
    """The amount at ``text[start:end]`` is the old level of a revision that gives the new one
    ("from N to M", "its pledge of N to M"): the new level is the pledge."""
    return bool(_FROM_BEFORE.search(text[max(0, start - 30):start]) and _TO_AFTER.match(text[end:end + 30]))


def is_revision_step(text: str, start: int, end: int) -> bool:
    """The amount at ``text[start:end]`` is the step of a revision that also gives the new
    level ("by N to M"): the new level is the pledge. Read from the words, since a parser
    often makes "N to M" one number."""
    return bool(_BY_BEFORE.search(text[max(0, start - 30):start]) and _TO_AFTER.match(text[end:end + 30]))


_TALLY_PLEDGES = frozenset({"pledge", "commitment", "contribution", "promise"})


def event_tally(verb):
    """The event whose pledges the clause tallies, or None: "the summit closed with pledges
    worth N", "the summit drew pledges of N", "pledges at the conference totalled N"."""
    w = _w()
    lemma = verb.lemma_.lower()
    subj = subject_of(verb)
    if subj is None:
        return None
    is_event = subj.lemma_.lower() in w["event_nouns"]
    if is_event and lemma in w["tally_verbs"] and any(
            p.dep_ == "prep" and p.lower_ == "with" and _pledges(p.children) for p in verb.children):
        return subj  # "closed with pledges worth N"
    if is_event and lemma in w["fundraising_verbs"] and _pledges(c for c in verb.children if c.dep_ == "dobj"):
        return subj  # "drew pledges of N"
    if lemma in w["tally_totals"] and subj.lemma_.lower() in _TALLY_PLEDGES:
        return next((o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("at", "during", "from")
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in w["event_nouns"]), None)
    return None


def _pledges(tokens) -> bool:
    return any(t.dep_ in ("pobj", "dobj") and t.lemma_.lower() in _TALLY_PLEDGES for t in tokens)


def event_as_written(subj) -> tuple[list[str], list]:
    """"The Lagos water summit" → "Lagos water summit": the event, less its article
    ("the donors' conference" keeps its donors)."""
    start = subj.left_edge.i
    while start < subj.i and subj.doc[start].dep_ == "det":
        start += 1
    span = subj.doc[start:subj.i + 1]
    return [span.text], [span]


def credit_facility(verb):
    """The credit noun a verb of drawing hangs on ("a swap agreement that will allow X to
    draw", "a facility under which X can borrow"), or None."""
    if verb.lemma_.lower() not in _w()["drawing_verbs"]:
        return None
    t = verb
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head if _is_credit(t.head) else None
        if t.dep_ not in ("ccomp", "xcomp", "advcl") or t.head.pos_ not in _VERBAL:
            return None
        t = t.head
    return None


def credit_object(verb):
    """"opened a line of credit of up to N": the credit noun a lender's verb takes as object,
    or None (a borrower "took a loan", "completed an arrangement")."""
    if verb.lemma_.lower() not in _w()["credit_opening_verbs"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and _is_credit(obj) else None


def _is_credit(noun) -> bool:
    """"swap agreement", "credit line", "line of credit", "facility"."""
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod"))}
    words |= {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children}
    credit = _w()["credit_nouns"]
    return bool(words & credit) and (noun.lemma_.lower() in credit or "credit" in words or "swap" in words)


def lender_clause(noun):
    """The verb whose object is the credit noun ("signed a swap agreement"): its subject lends."""
    t = noun
    for _ in range(3):
        if t.head.i == t.i:
            return None
        if t.dep_ not in ("dobj", "pobj", "prep", "appos", "conj", "nsubjpass"):
            return None
        t = t.head
        if t.pos_ in _VERBAL and any(c.dep_ in SUBJECTS for c in t.children):
            return t
    return None


_MORE = frozenset({"additional", "further", "extra", "fresh"})


def is_top_up(tok, verb) -> bool:
    """"An additional N has been provided": a passive of giving whose sum is more of a pledge
    just changed, not a track record of the perfect."""
    return (any(c.dep_ == "amod" and c.lower_ in _MORE for t in (tok, *tok.ancestors) if t.i != verb.i
                for c in t.children)
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ in ("nsubjpass",) and tok in c.subtree for c in verb.children))


def reviser_before(sent):
    """Who changed a pledge in the sentence before ("X has expanded the programme. An
    additional N has been provided"): that sentence's subject, where its verb revises."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    if root.lemma_.lower() not in _w()["revision_verbs"]:
        return None
    return subject_of(root)
