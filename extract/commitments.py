"""Find commitments in parsed documents: a pledge cue, an actor, and what is pledged.

A clause is a commitment when its subject is an organisation or government (named, or
pointed back to) and it either carries a pledge modality ("will", "plans to", "agreed to")
or reports a pledge verb or noun ("invested $210 million", "announced an investment of").
Negated and hypothetical clauses and link lines are left out.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from extract import lexicon as lx
from extract.money import find_amounts
from extract.records import Commitment, Document, Mention, Passage, commitment_id
from extract.timeframes import find_timeframes

ACTOR_LABELS = {"ORG", "GPE", "NORP", "PERSON"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def extract_documents(documents: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, list[Commitment]]]:
    """Parse documents with ``nlp.pipe`` and yield each with its commitments."""
    from extract.pipeline import load_nlp

    nlp = load_nlp()
    docs = list(documents)
    for document, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield document, find_commitments(document, parsed)


def find_commitments(document: Document, doc) -> list[Commitment]:
    published = dt.date.fromisoformat(document.published) if document.published else None
    amounts = find_amounts(document.text)
    timeframes = find_timeframes(document.text, published)
    history: list[list[str]] = []  # actors seen so far, for "the company", "the two countries"
    out: list[Commitment] = []
    for sent in doc.sents:
        if _is_link_line(sent):
            continue
        for head in _clause_heads(sent):
            rec = _commitment_for(document, head, sent, amounts, timeframes, history)
            if rec is not None:
                out.append(rec)
        named = _named_actors(sent)
        if named:
            history.append(named)
    return out


def _is_link_line(sent) -> bool:
    line_start = sent.doc.text.rfind("\n", 0, sent.start_char) + 1
    line = sent.doc.text[line_start:sent.end_char].lstrip(" \t•*-–").casefold()
    return line.startswith(lx.LINK_LINE_PREFIXES)


def _clause_heads(sent) -> Iterator:
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in tok.children):
            yield tok
        elif tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
            yield tok  # a headline noun phrase: "Microsoft's $2.9B Boost for Japan"


def _subject(head):
    for c in head.children:
        if c.dep_ in SUBJECTS:
            return c
    return None


def _chain(head) -> list:
    """The head and the verbs it governs through xcomp/ccomp/pcomp: "plans to invest"."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("xcomp", "pcomp", "prep", "dobj", "acl", "advcl", "pobj")
                     and not any(g.dep_ in SUBJECTS for g in c.children))
    return out


def _cue(head) -> str | None:
    """Which pledge cue the clause carries, or None."""
    if head.pos_ in ("NOUN", "PROPN"):
        has_poss = any(c.dep_ == "poss" for c in head.children)
        return "headline-noun" if head.lemma_.lower() in lx.PLEDGE_NOUNS and has_poss else None
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & lx.HYPOTHETICAL_MODALS or any(c.dep_ == "neg" for c in head.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in head.children):
        return None
    chain = _chain(head)
    lemmas = {t.lemma_.lower() for t in chain}
    if lemmas & lx.NOISE_VERBS:
        return None
    future = bool(auxes & {"will", "shall", "'ll"}) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children)  # headline "X to invest"
    if future:
        return "modal-will"
    if head.lemma_.lower() in lx.INTENT_VERBS and any(c.dep_ in ("xcomp", "dobj") for c in head.children):
        return "intent-verb"
    if lemmas & lx.PLEDGE_VERBS and head.lemma_.lower() in lx.PLEDGE_VERBS - {"go", "work", "help", "focus", "set"}:
        return "pledge-verb"
    if head.lemma_.lower() in ("be",) and any(c.lower_ == "committed" for c in head.children):
        return "intent-verb"
    return None


def _named_actors(span) -> list[str]:
    return [e.text for e in span.ents if e.label_ in ("ORG", "GPE")]


def _actors(head, sent, history) -> tuple[list[str], list]:
    """Names of the committing actors and the tokens that name them."""
    if head.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in head.children if c.dep_ == "poss"]
        return _names_in([t for o in owners for t in o.subtree], sent)
    subj = _subject(head)
    if subj is None:
        return [], []
    if subj.dep_ == "nsubjpass":
        agents = [c for c in head.children if c.dep_ == "agent"]
        toks = [t for a in agents for t in a.subtree]
        froms = [t for t in toks if t.lower_ == "from"]
        if froms:
            toks = [t for f in froms for t in f.subtree]
        names, spans = _names_in(toks, sent)
        if names:
            return names, spans
    names, spans = _names_in(list(subj.subtree), sent)
    if names:
        return names, spans
    if subj.lower_ in lx.ANAPHOR_PRONOUNS or subj.lemma_.lower() in lx.ANAPHOR_NOUNS:
        if history:
            plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we")
            for earlier in reversed(history):
                if not plural or len(earlier) > 1:
                    return list(dict.fromkeys(earlier)), []
    return [], []


def _names_in(tokens, sent) -> tuple[list[str], list]:
    ids = {t.i for t in tokens}
    names, spans = [], []
    for e in sent.ents:
        if e.label_ in ACTOR_LABELS and e.start in ids:
            name = _org_for_person(e) if e.label_ == "PERSON" else e.text
            if e.label_ == "NORP":
                continue
            names.append(name)
            spans.append(e)
    if not names:
        # The small model misses many company names; a proper-noun subject is still a name.
        for t in tokens:
            if t.pos_ == "PROPN" and t.dep_ in SUBJECTS | {"conj", "pobj", "appos"} and not t.ent_type_:
                span = sent.doc[min(c.i for c in t.subtree if c.pos_ == "PROPN" and c.i <= t.i):t.i + 1]
                names.append(span.text)
                spans.append(span)
    return list(dict.fromkeys(names)), spans


def _org_for_person(ent) -> str:
    """A person speaking for an organisation stands for it: "Brad Smith, Microsoft's president"."""
    root = ent.root
    for t in list(root.children) + list(root.head.children if root.dep_ == "appos" else []):
        for d in t.subtree:
            if d.dep_ == "poss" and d.ent_type_ in ("ORG", "GPE"):
                return _ent_text(d)
    return ent.text


def _ent_text(tok) -> str:
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e.text
    return tok.text


def _passage_bounds(head, sent) -> tuple[int, int]:
    """The clause without sibling clauses that have their own subject."""
    skip = set()
    for c in head.children:
        if c.dep_ in ("advcl", "conj", "ccomp", "parataxis") and any(g.dep_ in SUBJECTS for g in c.children):
            skip.update(t.i for t in c.subtree)
    toks = [t for t in head.subtree if t.i not in skip and not t.is_space]
    if head.dep_ in ("advcl", "conj") and _subject(head) is not None:
        pass
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return sent.start_char, sent.end_char
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _kind(head) -> str:
    words = {t.lemma_.lower() for t in head.subtree} | {t.lower_ for t in head.subtree}
    verb = head.lemma_.lower()
    for kind, cues in lx.KIND_CUES:
        if verb in cues:
            return kind
    for kind, cues in lx.KIND_CUES:
        if words & cues:
            return kind
    return "investment"


def _commitment_for(document: Document, head, sent, amounts, timeframes, history) -> Commitment | None:
    cue = _cue(head)
    if cue is None:
        return None
    actors, actor_spans = _actors(head, sent, history)
    if not actors:
        return None
    start, end = _passage_bounds(head, sent)
    text = document.text
    money = next((a for a in amounts if start <= a.start and a.end <= end), None)
    if money is not None and _is_noise_money(money, head.doc):
        money = None
    if cue == "headline-noun" and money is None:
        return None
    timeframe = next((t for t in timeframes if start <= t.start and t.end <= end), None)
    mentions = [Mention("actor", s.start_char, s.end_char, s.text) for s in actor_spans]
    if money:
        mentions.append(Mention("money", money.start, money.end, money.text))
    if timeframe:
        mentions.append(Mention("timeframe", timeframe.start, timeframe.end, timeframe.text))
    recipients = _recipients(head, actors)
    return Commitment(
        id=commitment_id(document.sha256, start, end, actors),
        doc=document.doc,
        doc_hash=document.sha256,
        title=document.title,
        published=document.published,
        actors=actors,
        recipients=recipients,
        money=money,
        timeframe=timeframe,
        kind=_kind(head),
        passage=Passage(start, end, text[start:end]),
        mentions=sorted(mentions, key=lambda m: m.start),
        rule=cue,
    )


def _is_noise_money(money, doc) -> bool:
    span = doc.char_span(money.start, money.end, alignment_mode="expand")
    if span is None:
        return False
    near = {t.lemma_.lower() for t in doc[max(span.start - 4, 0):span.end + 3]}
    return bool(near & lx.NOISE_NOUNS)


def _recipients(head, actors) -> list[str]:
    out = []
    for t in head.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "for", "with") and t.ent_type_ in ("GPE", "ORG"):
            name = _ent_text(t)
            if name not in actors and name not in out:
                out.append(name)
    return out
