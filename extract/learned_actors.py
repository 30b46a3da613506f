"""Who pledges an amount the classifier found: a learned choice among the candidates.

With a perfect pledge classifier the rules' cascade still names the wrong actor for about
two amounts in five (docs/extraction.md), so this experiment gathers the candidates the
rules know (the cascade's answer, a list line's name, the giver of the record just before,
the document's most frequent giver, every organisation, place or person of the sentence,
the speaker) and lets a second bag-of-words classifier, over features of each candidate
(where it sits, what named it, how often it gives elsewhere in the document), pick one.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from commitments.extract.actors import names_in
from commitments.records import names_agree

_ENTITY_LABELS = ("ORG", "GPE", "NORP", "PERSON")


@dataclass
class Candidate:
    names: list[str]
    spans: list = field(default_factory=list)
    sources: set[str] = field(default_factory=set)


def _add(out: list[Candidate], names, spans, source) -> None:
    if not names:
        return
    for c in out:
        if any(names_agree(a, b) for a in c.names for b in names):
            c.sources.add(source)
            if not c.spans and spans:
                c.spans = list(spans)
            return
    out.append(Candidate(list(names), list(spans), {source}))


def candidates(document, doc, a, earlier) -> list[Candidate]:
    """Every actor the rules could name for amount ``a``, each with what named it."""
    from commitments.extract import amounts_first as af
    from commitments.extract import learned_records as lr

    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return []
    tok = span.root
    sent = af.sentence_of(tok)
    out: list[Candidate] = []
    _path, verb = af._path_to_verb(tok)
    if verb is not None:
        chain = af._verb_chain(verb)
        _add(out, *af._actors(verb, chain, sent, "learned", earlier), "cascade")
    _add(out, *lr._listed(doc, a, sent), "listed")
    _add(out, *lr._previous_giver(a, earlier, document.doc), "previous")
    mine = [r for r in earlier if r.doc == document.doc]
    counts = Counter(n for r in mine for n in r.actors[:1])
    if counts:
        _add(out, [counts.most_common(1)[0][0]], [], "dominant")
    for e in sent.ents:
        if e.label_ in _ENTITY_LABELS:
            names, spans = names_in(list(e))
            names, spans = af.no_dateline(names, spans, sent)
            _add(out, names[:1], spans[:1], "sentence")
    speaker = af.speaker_of(sent)
    if speaker:
        _add(out, *speaker, "speaker")
    return out


def _bucket(n: int, edges=(0, 1, 2, 4)) -> str:
    return str(next((e for e in edges if n <= e), f"{edges[-1]}+"))


def features(doc, a, cand: Candidate, earlier, document) -> str:
    """The candidate described in words the bag-of-words model reads."""
    from commitments.extract import amounts_first as af

    out = [f"src_{s}" for s in sorted(cand.sources)]
    given = sum(1 for r in earlier if r.doc == document.doc and any(names_agree(n, x) for n in cand.names for x in r.actors))
    out.append(f"gives_{_bucket(given)}")
    text = af.doc_text(doc)
    out.append(f"mentions_{_bucket(text.count(cand.names[0]), (0, 1, 3, 6))}")
    if cand.spans:
        s = cand.spans[0]
        root = s.root
        out += [f"ent_{root.ent_type_ or root.pos_}", f"dep_{root.dep_}"]
        out.append("before" if s.start_char < a.start else "after")
        gap = abs(a.start - s.start_char)
        out.append(f"gap_{_bucket(gap, (20, 60, 150, 400))}")
        prev = doc[s.start - 1] if s.start > 0 else None
        if prev is not None and prev.pos_ == "ADP":
            out.append(f"prep_{prev.lower_}")
        if root.dep_ in ("nsubj", "nsubjpass"):
            out.append(f"subj_{root.head.lemma_.lower()}")
    else:
        out.append("nospan")
    return " ".join(out)


def choose(document, doc, a, earlier, scorer):
    """The candidate the model scores highest, as (names, spans, score), or None."""
    cands = candidates(document, doc, a, earlier)
    if not cands:
        return None
    scores = scorer([features(doc, a, c, earlier, document) for c in cands])
    best = max(range(len(cands)), key=lambda k: scores[k])
    return cands[best].names, cands[best].spans, scores[best]
