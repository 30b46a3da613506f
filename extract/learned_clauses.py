"""Pledges without money that no rule reads: clauses a second classifier takes for pledges.

Of blind2's misses, two in five are pledges with no amount ("Novo Nordisk expects to hire
around 340 new permanent employees", "HSBC said it would publish a policy to phase out
..."), phrased outside the delivery lists. This experiment asks a bag-of-words classifier
about every clause that has a named subject, holds no amount and overlaps no record; where
it is confident the clause is a record (rule ``clause-learned``) of its subject.
"""
from __future__ import annotations

from bisect import bisect_left

from commitments.extract import pledge_classifier as pc


def clause_window(head, start: int, end: int) -> str:
    """The clause's text after words for its frame: its verbs, their tags and auxiliaries,
    the subject's type, the objects' lemmas."""
    from commitments.extract.actors import subject_of
    from commitments.extract.amounts_first import doc_text

    verbs = [head] + [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    verbs += [c for v in verbs[1:] for c in v.children if c.dep_ == "xcomp"]
    feats = []
    for v in verbs:
        feats += [f"cverb_{v.lemma_.lower()}", f"ctag_{v.tag_}"]
        feats += [f"caux_{c.lower_}" for c in v.children if c.dep_ in ("aux", "auxpass", "neg")]
        feats += [f"cobj_{c.lemma_.lower()}" for c in v.children if c.dep_ in ("dobj", "attr")]
    subj = subject_of(head)
    if subj is not None:
        feats.append(f"csubj_{subj.ent_type_ or subj.pos_}")
    return " ".join(feats) + " " + " ".join(doc_text(head.doc)[start:end].split())


def candidate_clauses(document, doc, records, amounts):
    """(head, start, end, actors, spans) of each clause a money-less pledge could be."""
    from commitments.extract import commitments as cm
    from commitments.extract.actors import actors_of
    from commitments.extract.amounts_first import doc_text, no_dateline

    text = doc_text(doc)
    spans = sorted((r.passage.start, r.passage.end) for r in records)
    starts = [s for s, _ in spans]
    money_at = sorted(a.start for a in amounts)
    for sent in doc.sents:
        if cm._is_link_line(text, sent):
            continue
        for head in cm._clause_heads(sent):
            if head.pos_ not in ("VERB", "AUX"):
                continue
            start, end = cm._passage_bounds(head, sent)
            k = bisect_left(starts, end)
            if any(s < end and start < e for s, e in spans[max(0, k - 12):k]):
                continue  # a record holds (part of) it
            m = bisect_left(money_at, start)
            if m < len(money_at) and money_at[m] < end:
                continue  # an amount: the amount passes decide it
            names, nspans, _how = actors_of(head, [])
            names, nspans = no_dateline(names, nspans, sent)
            if names:
                yield head, start, end, names, nspans


def clause_records(document, doc, records, timeframes, amounts):
    """Records for the candidate clauses the clause classifier takes for pledges."""
    from commitments.extract import commitments as cm

    scorer, threshold = pc.clause_scorer()
    if scorer is None:
        return []
    cands = list(candidate_clauses(document, doc, records, amounts))
    if not cands:
        return []
    scores = scorer([clause_window(h, s, e) for h, s, e, _, _ in cands])
    return [cm._record(document, names, nspans, s, e, None, timeframes, cm._kind(h, None), "clause-learned", [])
            for (h, s, e, names, nspans), p in zip(cands, scores) if p >= threshold]
