"""What "it" points back to: the subject a text has been talking about.

A story goes on about its subject in pronouns ("Harbourline has been growing … In 2020 it
signed a concession …, where it agreed to spend $140 million"), so "it" is the nearest
earlier clause subject that names someone, passing over the pronouns and descriptions
("the company") that continue the same subject. Nearer names that are not subjects (the
place of a concession, an engine maker one works with, a person quoted) are not what "it"
means; people are "he" or "she", never "it".
"""
from __future__ import annotations

SALIENCE_REACH = 4  # sentences back that a subject stays what "it" means


def _sentence_start(doc, i: int, back: int) -> int:
    """The start of the sentence ``back`` sentences before the one of token ``i``, not
    counting those that go on about the same subject ("The company, which runs 30 outlets,
    will also hire …", "It has …"): a story may keep its subject for paragraphs."""
    from bisect import bisect_right

    from commitments.extract.lexicon import ANAPHORS

    starts = doc.user_data.get("sent_starts")
    if starts is None:
        starts = doc.user_data["sent_starts"] = [s.start for s in doc.sents]
    if not starts:
        return 0
    k = bisect_right(starts, i) - 1
    walked = 0  # at most three times the reach: a run of "It ..." sentences does not lead back to the top
    while back > 0 and k > 0 and walked < 3 * SALIENCE_REACH:
        k -= 1
        walked += 1
        sent = doc[starts[k]].sent
        if sent.text.isspace():
            continue  # the blank line between paragraphs
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.pos_ == "PRON" or subject.pos_ == "NOUN"
                                   and ANAPHORS.get(subject.lower_) in ("org", "gpe", "any")):
            back -= 1
    return starts[k]


def _is_place_name(name: str) -> bool:
    from commitments.extract.pipeline import capitals, countries, regions

    return name in countries() or name in capitals() or name in regions()


def is_no_company(name: str, utility: bool = False) -> bool:
    """"European Commission", "Ministry of Energy", "Access Fund": a public body, fund or agency
    by its head word, or its first before "of" ("Halden Treasury Services" is a company). For a
    ``utility`` (or an operator), a commission or an authority may be the state's own firm
    ("Federal Electricity Commission")."""
    from commitments.extract.lexicon import NO_COMPANY_WORDS, STATE_FIRM_WORDS

    words = name.casefold().split()
    heads = NO_COMPANY_WORDS - STATE_FIRM_WORDS if utility else NO_COMPANY_WORDS
    return bool(words) and (words[-1] in heads or words[0] in heads and "of" in words)


def _own_words(subj) -> list:
    """The subject without the clauses that hang on it ("the Lakeside Fund, which counts Peru among …")
    and its phrases other than "of" ("the first stage in wiring Ostland grids": no name of the subject's)."""
    skip = {t.i for c in subj.children if c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ != "of"
            for t in c.subtree}
    return [t for t in subj.subtree if t.i not in skip]


def _company_taken_for_a_person(tok):
    """"Halvorsen believes ...", tagged a person, where the text names "Halvorsen Copper Corporation":
    a one-word name that begins an organisation's name is that organisation (the first such
    organisation named); None otherwise."""
    from commitments.extract.actors import entities

    doc = tok.doc
    ent = next((e for e in entities(doc) if e.start <= tok.i < e.end), None)
    if ent is None or len(ent) != 1:
        return None
    return next((e for e in entities(doc) if e.label_ == "ORG" and len(e) > 1 and e[0].text == tok.text), None)


def salient_subject(tok, places: bool = True) -> tuple[list[str], list]:
    """The names of the nearest earlier clause subject that names an organisation or (where
    ``places``) a place, within ``SALIENCE_REACH`` sentences; ([], []) where there is none.
    "the company" (``places`` false) never means a country, a public body or a fund."""
    from commitments.extract.actors import SUBJECTS, names_in
    from commitments.extract.lexicon import ANAPHORS

    doc = tok.doc
    first = _sentence_start(doc, tok.i, SALIENCE_REACH)
    for k in range(tok.i - 1, first - 1, -1):
        t = doc[k]
        if t.dep_ not in SUBJECTS or t.head.dep_ == "relcl" or t.tag_ in ("WDT", "WP"):
            continue
        if t.pos_ == "PRON" or (t.pos_ == "NOUN" and t.lower_ in ANAPHORS):
            continue  # "it", "the company": the same subject, named further back
        if t.ent_type_ == "PERSON":
            company = _company_taken_for_a_person(t)
            if company is not None:
                return [company._.actor_name], [company]
            continue
        names, spans = names_in(_own_words(t))
        if names and not places and any(_is_place_name(n) or is_no_company(n) for n in names):
            continue
        if names and not all(getattr(s, "label_", "") == "PERSON" for s in spans):
            return names, spans
    return [], []
