"""Who commits: the organisation or government behind a clause.

The actor is the clause's subject (or, in the passive, the agent: "funded by X", "investment
from X"), never the recipient. Descriptions that point back ("the tech giant", "the two
countries", "the investment") resolve to an actor named earlier in the document; a person
speaking for an organisation ("Dana Reyes, Fenwick Software's president", "U.S. Commerce Secretary
Jane Roe") stands for it. Names go through ``span._.actor_name``, which maps an acronym
to the full name the document gave it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator

from commitments.extract import lexicon as lx
from commitments.extract.list_frames import list_item_frame
from commitments.extract.dateline import dateline_place, wire_agency
from commitments.extract.pipeline import is_dateline
from commitments.extract.salience import is_no_company, salient_subject
from commitments.records import clean_name, names_agree

ACTOR_LABELS = frozenset({"ORG", "GPE"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# nouns that describe an organisation ("group", "bank"), and those that may describe a government too
_ORGANISATION_NOUNS = lx.ORGANISATION_NOUNS | {k for k, v in lx.ANAPHORS.items() if v == "org"}
_PARTY_NOUNS = _ORGANISATION_NOUNS | {k for k, v in lx.ANAPHORS.items() if v == "gpe"}


def entities(doc) -> tuple:
    """``doc.ents``, built once per document: spaCy makes new spans on every access."""
    cached = doc.user_data.get("actor_ents")
    if cached is None:
        # "US $400 million": a currency's mark, not a place that acts
        # the agency of a wire dateline, wherever the story names it ("... told Kanto Press")
        agency = wire_agency(doc.text[:1000])
        cached = doc.user_data["actor_ents"] = tuple(e for e in doc.ents if not _currency_mark(e) and e.text != agency)
        doc.user_data["actor_ent_starts"] = [e.start for e in cached]
    return cached


def _currency_mark(ent) -> bool:
    """A place's short name written before a currency sign ("US $", "NZ $", "HK $")."""
    return ent.label_ == "GPE" and len(ent) == 1 and ent.text.isupper() and ent.end < len(ent.doc) \
        and ent.doc[ent.end].text in ("$", "dollars", "dollar")


def entities_between(doc, first: int, last: int) -> tuple:
    """The entities starting at tokens ``first``..``last``: a clause looks at its own,
    not at every entity of a long document (which made extraction quadratic)."""
    ents = entities(doc)
    starts = doc.user_data["actor_ent_starts"]
    return ents[bisect_left(starts, first):bisect_right(starts, last)]


def _sentence_index(doc, i: int) -> int:
    starts = doc.user_data.get("sent_starts")
    if starts is None:
        starts = doc.user_data["sent_starts"] = [s.start for s in doc.sents]
    return bisect_right(starts, i)


def subject_of(head):
    """The clause's subject; a participle clause ("..., announcing X") borrows its governor's."""
    for c in head.children:
        if c.dep_ in SUBJECTS:
            return c
    if head.dep_ in ("advcl", "conj") and head.tag_ in ("VBG", "VBN") and head.head.i != head.i:
        return subject_of(head.head)
    if head.dep_ == "conj" and head.pos_ == "VERB" and head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and not parallel_infinitive(c) for c in head.children):
        return subject_of(head.head)  # "the firm would hire 300 welders and would fund a school"
    if is_stranded_main_verb(head):
        return head.sent.root if _verb_under_a_noun_root(head) else subject_of(head.head)
    shared = _shared_subject(head)
    if shared is not None:
        return shared  # "will plant trees and restore pasture": the first verb's subject
    listed = list_item_frame(head)
    if listed is not None:
        return listed[0]  # "the utility will:" over "- plant 5,000 trees"
    return _subject_taken_for_an_apposition(head)


def _subject_taken_for_an_apposition(head):
    """"Besides the loan, Norway, through its aid agency, will provide ...": a verb with a modal and no
    subject, whose leading phrase ends on a name the parser hung there as an apposition, has
    that name as its subject."""
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in head.children):
        return None
    for lead in head.children:
        if lead.dep_ != "prep" or lead.i > head.i:
            continue
        for t in lead.subtree:
            if t.dep_ == "appos" and t.ent_type_ in ACTOR_LABELS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
                return t
    return None


def first_conjunct(tok):
    """The first of the verbs ``tok`` is coordinated with (``tok`` itself if none)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _shared_subject(head):
    """The subject a bare coordinated verb with an object of its own shares with the first
    verb ("X will plant trees and restore pasture", "X plans to open a centre and donate
    kits"), or None."""
    if head.dep_ != "conj" or head.pos_ != "VERB" or head.tag_ != "VB" or not any(
            c.dep_ == "dobj" for c in head.children) or any(
            c.dep_ in SUBJECTS or c.dep_ == "aux" and not parallel_infinitive(c) for c in head.children):
        return None
    first = first_conjunct(head)
    owner = first.head if first.dep_ == "xcomp" else first
    return next((c for c in owner.children if c.dep_ in SUBJECTS), None)


def parallel_infinitive(aux) -> bool:
    """The "to" of a second infinitive whose first conjunct has its own ("pledged to plant 900
    trees and to repair the old pier"): the second shares the first's subject and frame."""
    return aux.dep_ == "aux" and aux.lower_ == "to" and aux.head.dep_ == "conj" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in first_conjunct(aux.head).children)


def is_stranded_main_verb(head) -> bool:
    """"The cabinet chaired by X today approved Y": the parser made the participle
    ("chaired ... by X") the main verb and hung the real one under it without a subject."""
    gov = head.head
    return (head.dep_ in ("advcl", "conj", "ccomp", "dep", "parataxis") and head.tag_ in ("VBD", "VBZ", "VBP") and gov.i < head.i
            and gov.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in gov.children)
            and not any(c.dep_ in SUBJECTS for c in head.children)) or _verb_under_a_noun_root(head)


def _verb_under_a_noun_root(head) -> bool:
    """"Ostland's three makers — A, B and C — pledged in April to invest": the parser made the
    subject the sentence's root and hung the finite verb under it; that root is the subject."""
    if head.dep_ != "acl" or head.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
            c.dep_ in SUBJECTS or c.dep_ in ("mark", "agent") for c in head.children):
        return False
    root = head.sent.root
    return root.pos_ in ("NOUN", "PROPN") and root.i < head.i and not any(
        t.pos_ in ("VERB", "AUX") for t in head.doc[root.i:head.i]) and head.i in {t.i for t in root.subtree}


def actors_of(head, earlier_pledges: list[list[str]]) -> tuple[list[str], list, str | None]:
    """Names of the committing actors, the spans that name them in the clause, and how the
    subject was read ("anaphor-org", "anaphor-pledge", ...) where it was not a name."""
    subj = subject_of(head)
    if subj is None or any(c.tag_ == "WP" and c.dep_ in ("dobj", "attr") for c in head.children):
        return [], [], None  # "who gives what": a question, not a pledge
    if subj.dep_ == "nsubjpass":
        names, spans = _agent_names(head)
        if names:
            return names, spans, None
        if _handed_to(head, subj):
            return [], [], "handed-to"  # "Varby Power has been allocated R400 million": it receives
    if subj.lower_ in lx.RELATIVE_PRONOUNS and head.dep_ == "relcl":
        if _names_a_programme(head.head):
            return [], [], None  # "the X Programme, which aims to give farmers ...": what is funded, not who
        names, spans = _antecedent_names(head)
        named = _renamed_by_description(head) if not names else None
        if named is not None:
            return (*names_in(list(named.doc[named.left_edge.i:named.i + 1])), None)
        if names or head.head.pos_ != "NOUN":
            return names, spans, None
        # "it intends to set up a testing lab in Brno that will hire 400 chemists": a thing
        # the clause's actor makes acts for that actor, not for the place it stands in
        governor = head.head.head
        while governor.dep_ in ("xcomp", "conj") and subject_of(governor) is None and governor.head.i != governor.i:
            governor = governor.head
        if head.head.dep_ == "dobj" and governor.pos_ in ("VERB", "AUX"):
            return actors_of(governor, earlier_pledges)
        return [], [], None
    if subj.lemma_.lower() in lx.MEASURE_NOUNS and subj.pos_ == "NOUN":
        return [], [], None  # "X's terminal capacity will increase": a measure, not an actor
    # The parser sometimes splits one list of subjects in two ("A, B, and C announced").
    subjects = [c for c in subj.head.children if c.dep_ == subj.dep_] if subj.head.i == head.i else [subj]
    fronted = _name_before_its_apposition(head, subj)
    if fronted:
        return fronted  # "Norvik, the Danish shipyard owned by X, will build": Norvik, not its owner
    listed = governments_listed(subj)
    if listed:
        return listed, [], None  # "The Ontario and federal governments promised"
    maker = _maker_of(subj)
    if maker is not None:
        return (*maker, "anaphor-maker")  # "X will build an academy. The academy will train ...": X's
    names, spans = names_in([t for s in subjects for t in _without_recipient_phrases(s)])
    if names:
        return names, spans, None
    if subj.lemma_.lower() in lx.GOVERNING_BODIES:
        # "the Orvik board signed off on N": the body decides for the organisation named on it
        named = [e for c in subj.children if c.dep_ == "compound" and c.ent_type_ == "ORG"
                 for e in [_ent_at(c)] if e is not None and e.end <= subj.i]
        if named:
            return [acting_name(named[0])], [named[0]], None
    antecedent = _each_of(subj)
    if antecedent is not None:
        names = _family_names(antecedent) or names_in(list(antecedent.subtree))[0]
        if names:
            return names, [], "antecedent"
    names, spans, how = _resolve_anaphor(subj, earlier_pledges)
    if not names:
        # "The Norwegian sovereign wealth fund will invest": a described organisation.
        names = _government_of(subj, organisations=True)
        spans, how = [subj.doc[subj.left_edge.i:subj.i + 1]] if names else [], "description"
    return names, spans, how


_GOVERNMENT_TITLES = {"premier": "region", "governor": "region", "mayor": "city", "minister": "country",
                      "president": "country", "chancellor": "country", "taoiseach": "country"}


def _a_person(span) -> bool:
    """A person for sure: tagged so and named in full somewhere ("Farmavita said it would", one word
    tagged a person, may be a company the model does not know)."""
    if getattr(span, "label_", "") != "PERSON":
        return False
    words = [t for t in span if not t.is_space]
    return bool(words) and len(words) > 1 or bool(words) and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[0].text
                                 for e in entities(span.doc))


def titled_speakers_government(head) -> list[str]:
    """"..., the premier said": the government a speaker named only by title stands for
    (a premier's or governor's the state named nearest, a mayor's the city, a minister's the
    country the story is about)."""
    for verb in head.sent:
        if verb.lemma_ not in lx.REPORTING_VERBS or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        level = _GOVERNMENT_TITLES.get(subj.lower_) if subj is not None and _definite(subj) else None
        if level == "region":
            found = _nearest_region(verb) or _region_named_most(verb)
        elif level == "city":
            found = _city_named_most(verb, "city")
        elif level == "country":
            found = _government_country(verb)
        else:
            continue
        return [found] if found else []
    return []


def _name_before_its_apposition(head, subj) -> tuple[list[str], list, str | None] | None:
    """"Norvik, the Danish shipyard owned by X, will build": the parser may hang the name on
    the verb and make the description the subject; the name is who acts."""
    if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    doc = subj.doc
    for c in head.children:
        if c.dep_ in ("npadvmod", "dep", "nmod", "nsubj") and c.i < subj.i and c.pos_ == "PROPN" \
                and c.i + 1 < len(doc) and doc[c.i + 1].text == "," and subj.left_edge.i == c.i + 2:
            names, spans = names_in(list(c.subtree))
            if not names:
                names, spans = [clean_name(doc[c.left_edge.i:c.i + 1].text)], [doc[c.left_edge.i:c.i + 1]]
            return names, spans, None
    return None


def _handed_to(head, subj) -> bool:
    """"Ostland was allocated €5 billion", "the €2 billion it was promised": the passive
    subject of a verb of giving, a place, organisation or pronoun, is who receives."""
    return head.lemma_.lower() in lx.HANDED_TO_VERBS and (
        subj.lower_ in ("it", "they", "we", "he", "she") or subj.ent_type_ in ("GPE", "ORG", "PERSON")
        or subj.pos_ == "PROPN" or _is_organisation_noun(subj, _PARTY_NOUNS))


def _each_of(subj):
    """"the Roe and Smith families, who have each committed": the parser may make "each" the
    subject; the plural noun before ", who" is who acts."""
    if subj.lower_ not in ("each", "both"):
        return None
    k = subj.i - 1
    while k >= 0 and subj.doc[k].lower_ in ("have", "has", "had", "who", "which", "that", ","):
        k -= 1
    noun = subj.doc[k] if k >= 0 else None
    return noun if noun is not None and noun.tag_ in ("NNS", "NNPS") and k < subj.i - 1 else None


def _family_names(noun) -> list[str]:
    """"the Roe and Smith families": the Roe family and the Smith family."""
    if noun.lemma_.lower() != "family":
        return []
    return [f"{t.text} family" for t in noun.subtree if t.pos_ == "PROPN" and t.i < noun.i]


def _without_recipient_phrases(subj) -> list:
    """The subject's tokens less "in Poland" of "Acme's investment in Poland" and less its
    relative clauses ("the Lakeside Fund, which counts Peru among its borrowers, committed")."""
    skip = {t.i for p in subj.subtree if p.dep_ == "prep" and p.lower_ in lx.SUBJECT_RECIPIENT_PREPOSITIONS
            or p.dep_ == "relcl" or (p.dep_ == "acl" and p.head.dep_ == "appos" and p.tag_ == "VBN")
            for t in p.subtree}  # "X, the busmaker owned by Y,": its owner does not act
    if subj.lemma_.lower() in lx.PLEDGE_NOUNS and _definite(subj):
        # "the Eastvale loan": the place a pledge is for, not who gives it
        from commitments.extract.pipeline import countries, regions

        skip.update(t.i for c in subj.children if c.dep_ == "compound" and (
            c.ent_type_ == "GPE" or c.text in regions() or c.text in countries()) for t in c.subtree)
    return [t for t in subj.subtree if t.i not in skip]


def _programme_word(name: str) -> bool:
    return name.split()[-1].casefold() in lx.BACKED_PROGRAMME_NOUNS if name.split() else False


def names_a_programme(subj, names: list[str]) -> bool:
    """"The Coastal Skills Programme will co-fund", "A second Solar Starter round will open",
    "The CETP will mobilise" (an acronym of a "... Partnership"): a named programme is what is
    funded; who stands behind it acts."""
    if subj.lemma_.lower() in lx.BACKED_PROGRAMME_NOUNS:
        # named, one: "Norway's Polar Skills programme", not "these partnerships"
        return subj.tag_ == "NN" and any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in subj.children)
    if len(names) != 1:
        return False
    expanded = subj.doc._.aliases.get(names[0], names[0]) if subj.doc._.aliases else names[0]
    return _programme_word(names[0]) or _programme_word(expanded)


def programme_backer(subj) -> tuple[list[str], list]:
    """Who stands behind a programme: its possessor ("Norway's Polar Skills programme"), else
    the organisation or government the text most often makes a subject before it."""
    poss = [c for c in subj.children if c.dep_ == "poss"]
    if poss:
        names, spans = names_in(list(poss[0].subtree))
        if names:
            return names, spans
    acting: Counter = Counter()
    first: dict[str, object] = {}
    for e in reversed(list(_actors_before(subj, None))):
        root = e.root
        if e.label_ not in ("ORG", "GPE") or not (root.dep_ in SUBJECTS or root.dep_ == "poss" and root.head.dep_ in SUBJECTS):
            continue
        name = acting_name(e)
        if _programme_word(name) or name.split()[-1].casefold() == "fund":
            continue
        acting[name] += 1
        first.setdefault(name, e)
    if not acting:
        return [], []
    top = max(acting.values())
    name = next(n for n in first if acting[n] == top)
    return [name], [first[name]]


def _names_a_programme(noun) -> bool:
    """"the Rural Power Programme for Solar Pumps", "the ... Yojana": a capitalised programme
    word in the name the noun ends."""
    for _ in range(3):  # "the X Programme for Solar Pumps, which aims": up through "for"
        toks = noun.doc[noun.left_edge.i:noun.i + 1]
        if any(t.lower_ in lx.PROGRAMME_NAME_WORDS and t.text[:1].isupper() for t in toks):
            return True
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN")):
            return False
        noun = noun.head.head
    return False


def _first_conjunct(subj):
    """"The firm will open a depot in May, and it will take on 90 drivers": "it" in a
    clause joined to another keeps that clause's subject. Returns the first clause's verb when
    its subject is a noun that is not itself the pronoun, or None."""
    clause = subj.head
    if subj.lower_ not in ("it", "they") or clause.dep_ != "conj" or subj.i < clause.head.i:
        return None
    first = clause.head
    subject = subject_of(first)
    if first.pos_ not in ("VERB", "AUX") or subject is None or subject.pos_ == "PRON" or subject.dep_ == "nsubjpass":
        return None
    return first


_THANKING_VERBS = frozenset({"thank", "praise", "commend", "applaud", "hail", "credit", "salute"})


def _thanked_for_it(subj):
    """"praised Ostrava Water for the N it put into the scheme": the one thanked for
    a sum is who "it" or "they" stands for in the clause that names the sum. Returns the
    object of thanks, or None."""
    clause = subj.head
    if subj.lower_ not in ("it", "they") or clause.dep_ != "relcl" or clause.head.dep_ != "pobj":
        return None
    prep = clause.head.head
    verb = prep.head
    if prep.lower_ != "for" or verb.lemma_.lower() not in _THANKING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _renamed_by_description(relcl):
    """"the Marl Trust, a fund set up by two sisters, which will give N": past a
    comma, a clause after a description is said of the name the description renames, not of
    the description's last noun. Returns that name's head, or None."""
    noun = relcl.head
    if noun.pos_ != "NOUN" or _is_organisation_noun(noun, _PARTY_NOUNS) or relcl.left_edge.i < 1 \
            or relcl.doc[relcl.left_edge.i - 1].text != ",":
        return None
    t = noun
    for _ in range(6):
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i:
            return t.head
        if t.dep_ not in ("pobj", "prep", "agent", "acl", "compound") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _antecedent_names(relcl) -> tuple[list[str], list]:
    """"the Flemish government and Imec, which together pledged": the nouns the clause hangs
    on, with the ones they are listed with."""
    noun = relcl.head
    if noun.dep_ == "conj":
        noun = noun.head
        while noun.dep_ == "conj":
            noun = noun.head
    clause = {x.i for x in relcl.subtree}
    if noun.pos_ == "NOUN":  # "a testing lab in Brno, which": the place it stands in is not who acts
        if not _is_organisation_noun(noun, _PARTY_NOUNS):
            # "the Stirling engine units, which": a name that only says what kind of thing it is
            clause |= {x.i for c in noun.children if c.dep_ == "compound" for x in c.subtree}
        return names_in([t for t in _without_recipient_phrases(noun) if t.i not in clause])
    return names_in([t for t in noun.subtree if t.i not in clause])


def _government_of(noun, organisations: bool = False) -> list[str]:
    """"the Indian government" → India; "the Flemish government" when the country is unknown;
    "the Norwegian sovereign wealth fund" as it stands."""
    lemma = noun.lemma_.lower()
    if lemma not in lx.GOVERNMENT_NOUNS and not (organisations and lemma in lx.ORGANISATION_NOUNS):
        return []
    from commitments.extract.pipeline import demonyms

    adjs = [c for c in noun.children if c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.text in demonyms())]
    if not adjs and lemma in lx.GOVERNMENT_NOUNS:
        # "the Tripura government", "the Ontario government": a place named before it
        places = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if places and not is_dateline(noun.doc[places[0].left_edge.i:places[-1].i + 1]):
            return [noun.doc[places[0].left_edge.i:places[-1].i + 1].text]
    if not adjs or (lemma not in lx.GOVERNMENT_NOUNS and (noun.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children))):
        return []  # "a group of Korean firms" names no one
    adj = " ".join(a.text for a in adjs)
    if lemma in lx.GOVERNMENT_NOUNS:
        return [demonyms().get(adj, f"{adj} {noun.text}")]
    return [noun.doc[adjs[0].i:noun.i + 1].text]


def _agent_names(head) -> tuple[list[str], list]:
    """"supported by $110 million in investment from X, Y": the givers are after "from".
    "pledged by more than 60 delegations at a conference in Oslo": the agent itself, not the
    places of its prepositions; an unnamed collective is kept as written."""
    agents = [c for c in head.children if c.dep_ == "agent"]
    toks = [t for c in agents for t in c.subtree]
    froms = [t for t in toks if t.lower_ == "from"]
    if froms:
        return names_in([t for f in froms for t in f.subtree])
    for agent in agents:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None) if pobj is not None else None
        if owner is not None and pobj.lemma_.lower() in lx.GOVERNING_BODIES:
            # "approved by the agency's board", "by Velor's shareholders": the body acts for its owner
            names, spans = names_in(list(owner.subtree))
            if not names and owner.pos_ == "NOUN" and owner.lower_ in lx.ANAPHORS:
                names, spans = _resolve_anaphor(owner, [])[0], []
            if names:
                return names, spans
        names, spans = giver_of(agent)
        if names:
            return names, spans
        from commitments.extract.amounts_first import collective

        named = collective(pobj) if pobj is not None else None
        if named:
            return [named], [pobj.doc[pobj.left_edge.i:pobj.i + 1]]
        if pobj is not None and pobj.pos_ == "NOUN" and pobj.lower_ in lx.ANAPHORS and _definite(pobj):
            named = _resolve_anaphor(pobj, [])[0]  # "was handed €40 million by the state": whose state
            if named:
                return named, []
    return names_in(toks)


def names_in(tokens) -> tuple[list[str], list]:
    """Actors named among the tokens: organisations and places, and people mapped to the
    organisation they speak for; proper-noun subjects the model left untagged count too."""
    if not tokens:
        return [], []
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    near = entities_between(doc, min(ids), max(ids))
    names, spans = [], []
    owned: set[int] = set()  # heads of "Abu Dhabi's X": X is a name whatever the model tagged it
    # A person's title ("Minister of Education, Culture, ...") describes the person: its
    # organisations count only through the person.
    titles = {t.i for e in near if e.label_ == "PERSON" and e.start in ids
              for c in e.root.children if c.dep_ in ("nmod", "appos", "amod")
              or c.dep_ == "compound" and _title_words(e) & lx.PERSONAL_GIVER_TITLES for t in c.subtree}
    titles.update(t.i for e in near if e.label_ == "PERSON" and e.start in ids and _title_words(e) & lx.PERSONAL_GIVER_TITLES
                  for t in _title_run(e))  # "Acme co-founder Jane Roe": Acme is not the giver
    for e in near:
        if e.start not in ids or _is_amount(e):
            continue
        if e.label_ in ACTOR_LABELS:
            if _owner_of_a_name(e):
                if e.root.head.dep_ != "compound":  # not a title before a name ("Korea's President Yoon")
                    owned.add(e.root.head.i)
                continue
            if e.start in titles or _is_sector_word(e) or (e.label_ == "ORG" and _is_portfolio(e)) or _is_home_of(e):
                continue
            e = _with_untagged_head_words(e)
            named = _named_for(e) if _is_description(e) else None
            if _is_description(e) and named is None and e.root.lower_ in lx.ANAPHORS:
                continue  # "The partners" tagged as a name: a description for the anaphor rules to resolve
            names.append(named or acting_name(e))
            spans.append(e)
        elif e.label_ == "PERSON" and _names_an_organisation(e):
            names.append(e._.actor_name)  # "telecoms group Norrlid" tagged as a person
            spans.append(e)
        elif e.label_ == "PERSON":
            org, name = _speaks_for(e)
            names.append(name)
            spans.append(org if org is not None and org.start in ids else e)
    for t in tokens:
        for name in _government_of(t):
            if name not in names:
                names.append(name)
                spans.append(doc[t.left_edge.i:t.i + 1])
    # The small model misses many company names: an untagged proper noun in a subject or in
    # a list of named actors ("Veltrix, Corvan, Duneway") is a name too.
    tagged = {t.i for s in spans for t in s}
    for t in tokens:
        # a company the model took for a nationality ("Karvik intends to") is a name too
        untagged = not t.ent_type_ or (t.i in owned and t.ent_type_ not in ACTOR_LABELS) or (
            t.ent_type_ in ("NORP", "PRODUCT", "WORK_OF_ART") and t.dep_ in ("nsubj", "nsubjpass")
            and not _is_demonym(t.text) and t.text[:1].isupper())  # "Holmvik has signed" tagged as a product
        # "Boreal Masts will build": a capitalised common noun after a proper noun ends a name
        capitalised = t.pos_ == "NOUN" and t.text[:1].isupper() and t.i > t.sent.start and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1 for c in t.children)
        if (t.pos_ == "PROPN" or capitalised or _named_elsewhere(t)) and untagged and t.i not in tagged and not _is_amount(t) \
                and not (t.tag_ == "NNPS" and _is_demonym(t.text)) and (
                t.dep_ in ("nsubj", "nsubjpass") or t.i in owned or (t.dep_ in ("conj", "appos", "pobj") and (not names or t.head.i in tagged))):
            first = min((c.i for c in t.subtree if c.pos_ == "PROPN" and c.i <= t.i and c.dep_ != "poss"
                        and c.i not in tagged and (not c.ent_type_ or c.i == t.i or c.ent_type_ == t.ent_type_)), default=t.i)
            while first < t.i and not doc[first].text[:1].isalpha():
                first += 1  # "16:10 - Rotary International's": a live blog's time stamp names no one
            span = doc[first:t.i + 1]
            if span.text.casefold() not in lx.NON_ACTOR_WORDS and not is_dateline(span) and not _quoted_title(span) \
                    and not all(w.lower_ in _TITLE_WORDS | {"prime", "professor", "dr", "sir", "for"} for w in span):
                names.append(acting_name(span))
                spans.append(span)
                tagged.update(range(first, t.i + 1))
    for t in tokens:
        run = _untagged_name_before(t)
        if run is not None and not any(i in tagged for i in range(run.start, run.end)):
            names.append(acting_name(run))  # "The Halden River Care trust says": the name before the noun
            spans.append(run)
            tagged.update(range(run.start, run.end))
    return list(dict.fromkeys(names)), spans


def _untagged_name_before(noun):
    """"The Halden River Care trust", "the Velmora Arts council": a subject that is a lowercase
    noun for a kind of body, after two or more capitalised proper nouns the model left untagged
    (the body's name), or None."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    first = _untagged_words_before(noun.doc, noun.i, noun.sent.start, lambda t: True)
    return noun.doc[first:noun.i] if noun.i - first >= 2 else None


def _with_untagged_head_words(ent):
    """"Sporting Ostby's board" with only "Ostby" tagged: the capitalised words the model left
    out before a name, compounded with it, are part of it (a club, not the city)."""
    doc = ent.doc
    start = _untagged_words_before(doc, ent.start, 0, lambda t: ent.start <= t.head.i < ent.end and not is_dateline(doc[t.i:t.i + 1]))
    return ent if start == ent.start else doc[start:ent.end]


def _untagged_words_before(doc, i: int, floor: int, also) -> int:
    """Where the run of capitalised proper nouns the model left untagged, each a compound,
    before token ``i`` starts (``i`` if there is none); ``also`` says which such words count."""
    # (a brand the model took for a nationality counts: "Vodacom Tanzania", not "Kenyan Airways")
    while i > floor and (t := doc[i - 1]).pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper() \
            and (not t.ent_type_ or t.ent_type_ == "NORP" and not _is_demonym(t.text)) and also(t):
        i -= 1
    return i


_QUOTES = frozenset('"“”‘’\'')


def _quoted_title(span) -> bool:
    """"“Squid Game” broke records": a name in quotation marks is a title, not who acts."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in _QUOTES and doc[span.end].text in _QUOTES


def _named_elsewhere(tok) -> bool:
    """A capitalised subject the tagger read as a common noun ("Valmora to invest $1.4 bln", a
    headline) that the text names as an organisation or person elsewhere, or that speaks and
    is no dictionary word."""
    if tok.pos_ == "NOUN" and tok.is_lower and tok.dep_ in ("nsubj", "nsubjpass"):
        return _rest_of_a_name(tok)
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.head.lemma_ in lx.REPORTING_VERBS and not _dictionary_noun(tok):
        return True  # "Varnok, whose ... , said it would": a word no dictionary has, speaking, is a name
    doc = tok.doc
    words = doc.user_data.get("entity_words")
    if words is None:
        words = doc.user_data["entity_words"] = frozenset(
            t.text for e in entities(doc) if e.label_ in ("ORG", "PERSON") for t in e if t.text[:1].isupper())
    return tok.text in words


def _rest_of_a_name(tok) -> bool:
    """"SK hynix will spend": a lowercase word after a capitalised one that, together, open a
    name the model tagged elsewhere in the text ("SK hynix Inc.") is that name's."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.dep_ != "compound" or prev.head.i != tok.i or not prev.text[:1].isupper():
        return False
    phrase = f"{prev.text} {tok.text}"
    return any(e.label_ == "ORG" and e.text.startswith(phrase) for e in entities(doc))


_AMOUNT_SIGN = re.compile(r"[$€£¥₹₩]\s?\d|\d[\d.,]*\s?[$€£¥₹₩]")


def _is_amount(span) -> bool:
    """"NT$12.5" (tagged a proper noun before "billion") is a sum, never who gives it."""
    return bool(_AMOUNT_SIGN.search(span.text))


def _is_sector_word(ent) -> bool:
    """"Defence group Harwick Systems", "Energy giant X": one word before an organisation noun
    says what a company does; it names no one."""
    root, doc = ent.root, ent.doc
    nouns = _ORGANISATION_NOUNS
    if len(ent) == 1:
        return root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in nouns and root.head.i == ent.end
    # "Defence group" tagged whole, the name right after it
    return len(ent) == 2 and ent[-1].lemma_.lower() in nouns and ent[-1].text.islower() \
        and ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"


def _is_description(ent) -> bool:
    """"The foundation", "the ministry" tagged as a name: a determiner and common nouns."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ in ("the", "this", "that", "its", "their"))]
    return len(toks) < len(ent) and bool(toks) and all(t.text.islower() for t in toks)


def _named_for(ent) -> str | None:
    """The organisation a description tagged as a name points back to, where one named
    before says it is one ("the Roe Foundation ... The foundation")."""
    doc, word = ent.doc, ent.root.lemma_.lower()
    here = _sentence_index(doc, ent.start)
    for e in _actors_before(ent.root, None):
        if here - _sentence_index(doc, e.start) > NAMED_REACH:
            break
        if e.end <= ent.start and not _is_description(e) and word in e._.actor_name.casefold().split():
            return acting_name(e)
    return None


def acting_name(ent) -> str:
    """The name an organisation or place acts under: a capital stands for its country
    ("Ottawa will pay" → Canada)."""
    from commitments.extract.pipeline import seats

    name = ent._.actor_name
    if name in seats() and ent.label_ in ("GPE", "ORG", "") and not (
            ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in lx.LOCAL_BODIES):
        return seats()[name]  # the model may tag "Oslo said" as anything; "Oslo's council" is the city's
    return name


def _speaks_for(ent) -> tuple:
    """The organisation a person stands for and the actor's name: a founder or philanthropist
    gives as themselves ("Acme co-founder Jane Roe said she is donating"); a minister or
    secretary whose title names no organisation (or only a portfolio: "Energy Minister X")
    speaks for the government of the country the text is about."""
    title = _title_words(ent)
    if title & lx.PERSONAL_GIVER_TITLES:
        return None, clean_name(ent.text)
    if "mayor" in title:  # "executive mayor X said the city would": the city's government
        city = _city_named_most(ent.root, "city")
        if city:
            return None, city
    org = org_for_person(ent)
    portfolio = org is not None and getattr(org, "label_", "") == "ORG" and _is_portfolio(org)
    if (org is None or portfolio) and title & lx.PORTFOLIO_TITLES and "prime" not in title:
        country = _government_country(ent.root)
        if country:
            return None, country
    if org is not None and not portfolio:
        return org, org._.actor_name
    return None, clean_name(ent.text)


_HOME_PARTICIPLES = frozenset({"listed", "based", "headquartered", "registered", "born"})


def _is_home_of(ent) -> bool:
    """"Oslo-listed X", "Lagos-based X", "X, based in Tarn,": the place says where the actor is,
    not who acts."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in _HOME_PARTICIPLES:
        return True
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.lower_ in _HOME_PARTICIPLES \
        and prep.head.dep_ == "acl"


def _is_portfolio(ent) -> bool:
    """"Federal Energy Minister X", "Business Secretary X": the words before a minister's or
    secretary's title name a portfolio, not an organisation that acts."""
    doc = ent.doc
    if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.lower_ in lx.PORTFOLIO_TITLES:
        return True
    # "SFV general secretary X" is the association's officer: the title must follow at once
    return ent.end < len(doc) and doc[ent.end].lower_ in lx.PORTFOLIO_TITLES and any(
        t.ent_type_ == "PERSON" for t in doc[ent.end:ent.end + 5])


def _title_words(ent) -> set[str]:
    """The words of a person's title: the run of nouns just before the name ("Foreign
    Minister X", "Acme co-founder and chairman X", whatever the parser hung them on) or an
    apposition ("X, Acme's co-founder")."""
    words = {t.lower_ for t in _title_run(ent)}
    for c in ent.root.children:
        if c.dep_ == "appos":
            words.update(t.lower_ for t in c.subtree)
    if ent.root.dep_ == "appos":
        words.add(ent.root.head.lower_)
    return words


def _title_run(ent) -> list:
    doc = ent.doc
    run = []
    for k in range(ent.start - 1, max(ent.start - 9, -1), -1):
        t = doc[k]
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") and t.text not in ("-", "–") and t.lower_ not in _TITLE_WORDS \
                or "\n" in t.text_with_ws:  # "managing" of "managing director" may be tagged a verb
            break
        run.append(t)
    return run[::-1]


def _names_an_organisation(ent) -> bool:
    """"Swedish telecoms group Norrlid": a name in apposition to (or compounded with) an
    organisation noun names that organisation, whatever the model tagged it."""
    root = ent.root
    head = root.head if root.dep_ in ("appos", "compound") else None
    nouns = _ORGANISATION_NOUNS
    if head is not None and head.i != root.i and _is_organisation_noun(head, nouns):
        return True
    if any(c.dep_ == "appos" and _is_organisation_noun(c, nouns) for c in root.children):
        return True  # "Solvik, the Polish busmaker, ...": a name the model took for a person
    return any(c.dep_ in ("compound", "amod") and _is_organisation_noun(c, nouns) and c.i < ent.start for c in root.children)


def _is_organisation_noun(tok, nouns) -> bool:
    """"group", "bank", and the nouns of a trade ("publisher", "chipmaker", "steelmaker")."""
    word = tok.lemma_.lower()
    return word in nouns or (tok.pos_ == "NOUN" and word.endswith(lx.ANAPHOR_ORG_SUFFIXES))


def _owner_of_a_name(ent) -> bool:
    """"Japan's Kitaro", "Qatar's Harbour Growth Fund": the place says whose the
    organisation is; the organisation is the actor."""
    root = ent.root
    owned = root.head
    return (_is_place(ent) and root.dep_ == "poss" and owned.pos_ == "PROPN" and not ent.start <= owned.i < ent.end
            and not (owned.ent_type_ == "GPE" and _known_place(_ent_at(owned))))  # "Japan's Tokyo" is a place


def _is_place(ent) -> bool:
    """A GPE, or a name the gazetteers know as a country or city (the model often tags
    "Abu Dhabi's" as an organisation)."""
    return ent.label_ == "GPE" or _known_place(ent)


def _known_place(ent) -> bool:
    from commitments.extract.pipeline import capitals, countries

    return ent._.actor_name in countries() or ent._.actor_name in capitals()


def _place_with_a_government(ent) -> bool:
    """A country, a capital, or a region or territory the gazetteers list (a region's country is a country)."""
    from commitments.extract.pipeline import regions

    return _known_place(ent) or ent._.actor_name in regions()


_COMPANY_WORDS = frozenset({"company", "firm", "group"})


def _names_a_business(noun) -> bool:
    """"the company", "the chipmaker", "the steel producer": a word for a business, which stands
    for the company the text goes on about (the nearest earlier subject) rather than the nearest
    thing the model tagged as a name. Narrower than ``_describes_a_business``: "the utility" and
    "the carrier" often stand for a public body or an airline that subject search passes over."""
    word = noun.lower_
    return word in _COMPANY_WORDS or word.endswith(_BUSINESS_ENDINGS) and word not in lx.NO_COMPANY_WORDS


def _describes_a_business(tok) -> bool:
    """"the company", "the utility", "the steelmaker": a description only a business answers to."""
    word = tok.lower_
    return word in lx.BUSINESS_DESCRIPTIONS or word.endswith(_BUSINESS_ENDINGS)


# "the steelmaker", "the shipbuilder" (not "lender" or "fund": a development bank lends, a state funds)
_BUSINESS_ENDINGS = tuple(e for e in lx.ANAPHOR_ORG_SUFFIXES if e not in ("lender", "fund", "insurer"))
_TITLE_BREAKS = frozenset({"–", "—", "--", ":", "(", ")", ";"})


def org_for_person(ent):
    """The organisation or government a person is introduced as speaking for, if any:
    an owner ("Fenwick's president") first, then a country ("U.S. Commerce Secretary",
    "Japanese Minister of ..."), then any organisation in the title."""
    root = ent.root
    near = [c for c in root.children if c.dep_ in ("compound", "appos", "poss", "nmod", "amod")]
    if root.dep_ == "appos":
        near.append(root.head)
    lo = max(ent.start - 12, ent.sent.start)
    # a title never reaches back over a dateline's dash ("Tarnby, Denmark, 14 March 2022 – Halvard Pharma")
    lo = max([lo, *(d.i + 1 for d in ent.doc[lo:ent.start] if d.text in _TITLE_BREAKS)])
    title = [d for d in ent.doc[lo:ent.start] if d.head.i >= ent.start - 3 or d.head.head.i >= ent.start]
    candidates = []
    for d in [d for t in near for d in t.subtree] + title:
        if ent.start <= d.i < ent.end or d.is_punct:
            continue  # (a comma the model took into a name before it is no word of the title)
        if d.ent_type_ in ACTOR_LABELS and not _is_home_of(_ent_at(d)) and not _where_it_happens(_ent_at(d)):
            rank = 0 if d.dep_ == "poss" else 1 if d.ent_type_ == "GPE" else 2
            candidates.append((rank, d.i, _ent_at(d)))
        elif d.ent_type_ == "NORP" and d.dep_ in ("amod", "compound") and _is_demonym(d.text):
            candidates.append((1, d.i, ent.doc[d.i:d.i + 1]))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _where_it_happens(ent) -> bool:
    """"Tabling the bill in the National Assembly, X said": a place the person speaks in, not
    what they speak for (a title's "of" or "at" is: "head of research at Acme")."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "into", "to", "on", "during", "before", "after")


def _is_demonym(word: str) -> bool:
    from commitments.extract.pipeline import demonyms

    # ("Canadians donated N to charities": a people, never an actor)
    return word in demonyms() or word.endswith("s") and word[:-1] in demonyms()


def _ent_at(tok):
    for e in entities(tok.doc):
        if e.start <= tok.i < e.end:
            return e
    return tok.doc[tok.i:tok.i + 1]


def resolve_description(noun) -> list[str]:
    """Who a definite description names ("the government", "the bank"), without pledges."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in lx.ANAPHORS:
        return []
    return _resolve_anaphor(noun, [])[0]


# what a speaker's pledge may be said to do by itself ("the programme would train 12,000"), or
# whom it binds ("its members would take on 4,000 apprentices")
_SPOKEN_FOR = frozenset({"programme", "program", "project", "scheme", "initiative", "member"})


def _speaker_of_what_it_runs(subj) -> tuple[list[str], list]:
    """"The X Bank said the programme would train 12,000 young people", "The Y Guild said its
    members would take on 4,000 apprentices": the named speaker, for a programme or its members
    that the reported clause has as subject."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _SPOKEN_FOR or subj.head.dep_ != "ccomp":
        return [], []
    if subj.lemma_.lower() == "member" and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
        return [], []  # "members of the council": named by what follows, not by the speaker
    if subj.lemma_.lower() != "member" and not _definite(subj):
        return [], []
    said = subj.head.head
    speaker = next((c for c in said.children if c.dep_ in SUBJECTS), None)
    if said.lemma_ not in lx.REPORTING_VERBS or speaker is None or speaker.pos_ == "PRON":
        return [], []
    names, spans = names_in(list(speaker.subtree))
    if not names and speaker.pos_ == "NOUN" and speaker.lemma_.lower() not in _SPOKEN_FOR:
        names, _, how = _resolve_anaphor(speaker, [])  # "The lender said the scheme would ...": whoever the lender is
        return (names, []) if names and how != "anaphor-person" else ([], [])
    return ([], []) if spans and all(_a_person(x) for x in spans) else (names, spans)


def _resolve_anaphor(subj, earlier_pledges) -> tuple[list[str], list, str | None]:
    names, spans = _speaker_of_what_it_runs(subj)
    if names:
        return names, spans, "anaphor-speaker"
    first = _first_conjunct(subj)
    if first is not None:
        names, spans, how = actors_of(first, earlier_pledges)
        if names:
            return names, spans, "anaphor-conjunct"
    thanked = _thanked_for_it(subj)
    if thanked is not None:
        return (*names_in([t for t in thanked.subtree if not (t.dep_ == "prep" and t.head.i == thanked.i)]), "anaphor-thanked")
    if subj.pos_ == "PRON" and subj.head.dep_ == "ccomp" and subj.tag_ not in ("WDT", "WP"):
        # ("which X said would cut costs": the relative pronoun stands for its antecedent, not X)
        # "The Australian government said it would invest": the speaker's subject.
        said = [c for c in subj.head.head.children if c.dep_ in SUBJECTS]
        speaker = said[-1] if said else _stray_speaker(subj.head.head)
        if speaker is not None and speaker.tag_ in ("WDT", "WP") and subj.head.head.dep_ == "relcl":
            # "streaming service Lumo, which said it would spend": the clause's antecedent
            names, spans = _antecedent_names(subj.head.head)
            if names and not all(_a_person(s) for s in spans):
                return names, spans, "anaphor-speaker"
        if speaker is not None and speaker.lower_ == "it" and subj.lower_ == "it" and speaker.i < subj.i:
            return _resolve_anaphor(speaker, earlier_pledges)  # "it said it would": one "it"
        if speaker is not None and subj.lower_ in ("he", "she") and (speaker.ent_type_ != "PERSON" or speaker.i > subj.i):
            # "She also plans to fund ..., the college said": she is no college; "She has pledged
            # N, Okafor told reporters": one who tells of her after the fact is someone else
            speaker = None
        if speaker is not None and speaker.pos_ != "PRON":
            # the parser may split one subject in pieces ("Acme co - founder ... X said")
            # not the names of a relative clause ("X, whose Y unit began ..., said it would")
            aside = {t.i for s in said or [speaker] for c in s.children if c.dep_ == "relcl" for t in c.subtree}
            names, spans = names_in(sorted({t for s in said or [speaker] for t in s.subtree if t.i not in aside},
                                           key=lambda t: t.i))
            if names and subj.lower_ == "it" and all(_a_person(s) for s in spans):
                names = []  # "It will hire 250 agents, Mwangi told X", "Mwangi says it will": a person is never "it"
            person = _first_mention(spans[-1]) if names and subj.lower_ == "we" and len(spans) == 1 else None
            if person is not None:
                # '"We will take on 450 welders," chief executive X said': whom the speaker speaks for,
                # as the title at the speaker's first mention says
                names, spans = _speaker_stands_for(person, subj)
                if names:
                    return names, spans, "anaphor-speaker"
                named = Counter(e._.actor_name for e in _actors_before(subj, "ORG"))
                if named:
                    return [named.most_common(1)[0][0]], [], "anaphor-speaker"
            if names:
                return names, spans, "anaphor-speaker"
            names, spans, how = _resolve_anaphor(speaker, earlier_pledges)
            if names and how != "anaphor-pledge":
                return names, spans, how  # "the group said it would": whoever "the group" is
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
        # "Mary Barra, General Motors' chief executive, spoke next. She also pledged": the
        # person last named, standing for the organisation they were introduced with
        teller = _person_telling_after(subj)
        person = next((e for e in reversed(entities(subj.doc)) if e.label_ == "PERSON" and e.end <= subj.i
                       and subj.i - e.end <= 60 and not (teller and e.text.split()[-1] == teller.split()[-1])), None)
        described = _described_person_before(subj) if person is None else None
        if described is not None:
            return [clean_name(described.text)], [described], "anaphor-person"  # "Voss, the founder of X, ...": a person the model took for a place
        giver = _unnamed_person_before(subj)  # (the nearer of the two: "The donor ... wishes to stay anonymous. She")
        if person is not None and not (giver is not None and giver.i > person.start):
            names, spans = names_in(list(person.root.subtree))
            if names:
                return names, spans, "anaphor-person"
        return ([_as_written(giver)], [], "anaphor-person") if giver is not None else ([], [], None)
    if subj.pos_ in ("NOUN", "PROPN") and _definite(subj) and {
            t.lower_ for t in subj.doc[subj.i:subj.i + 3] if t.head.i == subj.head.i or t.i == subj.i} & lx.PERSON_DESCRIPTIONS:
        # "the Acme co-founder committed", "The 1990 batch graduate has promised": the person
        # last named, giving as themselves
        person = next((e for e in reversed(entities(subj.doc)) if e.label_ == "PERSON" and e.end <= subj.i
                       and _sentence_index(subj.doc, subj.i) - _sentence_index(subj.doc, e.start) <= 1), None)
        return ([clean_name(person.text)], [], "anaphor-person") if person is not None else ([], [], None)
    if subj.pos_ == "NOUN" and subj.tag_ == "NNS" and subj.lemma_.lower() in _GATHERED and _definite(subj):
        named = _gathering_named_before(subj)
        if named:
            return named, [], "anaphor-gathering"  # "G7 leaders met ... The leaders also pledged"
    word = subj.lower_ if subj.pos_ == "PRON" else subj.lemma_.lower()
    if subj.pos_ != "PRON" and subj.lower_ in lx.ANAPHORS:
        word = subj.lower_
    kind = lx.ANAPHORS.get(word)
    if kind == "org" and subj.pos_ == "NOUN" and not _definite(subj) and not any(
            c.lower_ in ("both", "two", "three", "all") for c in subj.children):
        return [], [], None  # "Local firms are likely to", "530 employers": who, not whom named before
    if kind is None and subj.pos_ == "NOUN" and word.endswith(lx.ANAPHOR_ORG_SUFFIXES) and _definite(subj):
        kind = "org"  # "the steelmaker", "the chip supplier"
    if kind is None:
        return [], [], None
    if kind == "pledge":
        return (list(earlier_pledges[-1]), [], "anaphor-pledge") if earlier_pledges else ([], [], None)
    if kind == "city":
        city = _city_named_most(subj) if _definite(subj) else None
        return ([city], [], "anaphor-city") if city else ([], [], None)
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("two", "both", "three") for c in subj.children) or word in (
        "they", "both") or word in lx.JOINT_NOUNS
    if word in ("state", "province") and not plural and not any(c.lower_ in lx.FEDERAL_WORDS for c in subj.children):
        # beyond the last sentences (a dateline's fragments count as sentences), "the province" is
        # the province the text names most, not a place the nearest name is
        # ("the state" of a text about one state: the state it names again and again, not the last place)
        region = _nearest_region(subj) or (_region_named_most(subj) if word == "province" else _region_named_often(subj))
        if region:
            return [region], [], "anaphor-gpe"  # "the state will upgrade 25 institutes": the state named last
        if word == "province" and _definite(subj):
            # a province the text never names is no country nor city named nearby: kept as written
            return ["province"], [], "anaphor-kept"
        if word == "province":
            return [], [], None
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural and any(
            c.lower_ in ("state", "provincial", "regional") and c.dep_ in ("compound", "amod") for c in subj.children):
        region = _region_named_most(subj)
        if region:
            return [region], [], "anaphor-gpe"  # "the state government": the state the text is about
        # a state government the text never names by its state is no city nor country named before
        return [clean_name(" ".join(t.text for t in subj.subtree if t.dep_ != "det"))], [], "anaphor-kept"
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subj.children):
        country = _persons_country(subj)
        if country:
            return [country], [], "anaphor-gpe"  # "Sunak pointed to the sum his government has committed"
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and plural and _definite(subj):
        listed = next((names for t in reversed(subj.doc[max(0, subj.i - 400):subj.i])
                       if t.lemma_ == subj.lemma_ and t.tag_ == "NNS" and (names := governments_listed(t))), None)
        if listed:
            return listed, [], "anaphor-gpe"  # "the two governments": the ones last listed
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural and _said_by_a_premier(subj):
        region = _region_named_most(subj)
        if region:
            return [region], [], "anaphor-gpe"  # "Deputy Premier X said the government would": the state's
    ministry = _ministry_country(subj) if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural else None
    if ministry:
        return [ministry], [], "anaphor-gpe"  # "Peru's finance ministry announced the government would"
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural and _said_by_a_head_of_government(subj):
        country = _country_named_most_often(subj)
        if country:
            return [country], [], "anaphor-gpe"
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS and not plural:
        leader = _leader_of_a_government_to_be(subj)
        if leader:
            return [leader], [], "anaphor-person"  # "a government led by her would fund N": her promise
        party = _party_government(subj)
        if party:
            return [party], [], "anaphor-kept"  # "A Green government would plant ...": the party's
        named = _government_named_before(subj)
        if named:
            return [named], [], "anaphor-gpe"  # "The Victorian government will ... the government will also"
        country = _government_country(subj)
        if country:
            return [country], [], "anaphor-gpe"
        if any(c.lower_ in lx.FEDERAL_WORDS and c.dep_ in ("amod", "compound") for c in subj.children):
            # a country's government the text never names by its country is no city named before
            return [clean_name(" ".join(t.text for t in subj.subtree if t.dep_ != "det"))], [], "anaphor-kept"
    if subj.lower_ in lx.JOINT_NOUNS and _definite(subj):
        members = _members_named_with(subj)
        if members:
            return members, [], "anaphor-members"
    if kind == "org" and not plural and subj.pos_ == "NOUN":
        # the organisation whose officer reports the clause; else the name a description
        # repeats the head word of; else the organisation of an officer quoted just before
        speaker_org = _speakers_organisation(subj)
        if speaker_org:
            return speaker_org, [], "anaphor-speaker"
        named = _named_with_its_words(subj) if _definite(subj) and subj.lower_ not in _COMPANY_WORDS else None
        if named:
            return [named], [], "anaphor-named"
        speaker_org = _last_speakers_organisation(subj)
        if speaker_org:
            return speaker_org, [], "anaphor-speaker"
        if subj.lower_ in _COMPANY_WORDS and _definite(subj):
            names, spans = _previous_company_subject(subj)
            if names:
                return names, spans, "anaphor-salient"
        names = _introduced_as(subj) if _definite(subj) else []
        if names:
            return names, [], "anaphor-introduced"
    if word == "it" and subj.pos_ == "PRON":
        names, spans = _last_sentence_subject(subj)
        if names:
            return names, spans, "anaphor-salient"  # "Sweden's government said ... It will also train"
        names, spans = salient_subject(subj)
        if names and not (spans and all(x.root.ent_type_ == "PERSON" for x in spans)):  # a person is never "it"
            return names, spans, "anaphor-salient"
    if kind == "org" and not plural and subj.pos_ == "NOUN" and any(c.tag_ == "JJS" for c in subj.children):
        lead = _lead_name(subj)
        if lead:
            return [lead], [], "anaphor-lead"  # "the country's largest mobile operator": the company the story is about
    if kind == "org" and not plural and subj.pos_ == "NOUN" and _names_a_business(subj):
        names, spans = salient_subject(subj, places=False)
        if names:
            return names, spans, "anaphor-salient"  # "the company": the company the text goes on about
    label = {"org": "ORG", "gpe": "GPE"}.get(kind)
    names = []
    if word in ("partners", "parties") and subj.pos_ == "NOUN":
        names = _earlier_actors(subj, "ORG", plural)  # "the partners": the companies of the deal, not its places
    names = names or _earlier_actors(subj, label, plural)
    if not names and word in lx.JOINT_NOUNS:
        names = _earlier_actors(subj, label, False)  # "the venture" of partners the model tagged apart
    if not names and kind == "org" and not plural:
        names = _earlier_named_subject(subj)  # "Ostby United unveiled ... The club will": a name the model mis-tagged
    if kind == "gpe" and word in lx.GOVERNMENT_NOUNS:
        from commitments.extract.pipeline import regions

        # "schools in England ... the government": a region with no government of its own is its country's
        names = [regions()[n] if n in lx.UNGOVERNED_REGIONS else n for n in names]
    return (names, [], f"anaphor-{kind}") if names else ([], [], None)


_COMPANY_OFFICER_TITLES = frozenset({"executive", "ceo", "chairman", "chairwoman", "coo", "cfo"})


def _speaker_stands_for(person, tok) -> tuple[list[str], list]:
    """Whom a quoted person speaks for: the organisation their title names, else, for a company
    officer of no named company ("said chief executive X"), the company the story leads with."""
    org, name = _speaks_for(person)
    if name != clean_name(person.text):
        return [name], [org] if org is not None else []
    lead = _lead_name(tok) if _title_words(person) & _COMPANY_OFFICER_TITLES else None
    return ([lead], []) if lead else ([], [])


def _quote_speaker(tok):
    """The person a quotation holding ``tok`` is attributed to: the subject of a reporting verb
    in its sentence or the one before (at that person's first mention), or None."""
    doc = tok.doc
    sent = tok.sent
    sents = [sent] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    for s in sents:
        for verb in s:
            if verb.lemma_ in lx.REPORTING_VERBS and verb.pos_ == "VERB":
                person = next((e for e in entities_between(doc, verb.sent.start, verb.sent.end - 1)
                               if e.label_ == "PERSON" and e.root.head.i == verb.i and e.root.dep_ in SUBJECTS), None)
                if person is not None:
                    return _first_mention(person) or person
    return None


def _lead_name(tok) -> str | None:
    """The name the story leads with: the named subject of its headline or of one of the next
    two sentences before ``tok`` (of the clause a lead reports, "X will build ..., the mayor
    announced"), where that is no person, public body or country."""
    from commitments.extract.pipeline import capitals, countries

    for k, sent in enumerate(tok.doc.sents):
        if k > 2 or sent.start >= tok.sent.start:
            break
        root = sent.root
        clauses = [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_ in lx.REPORTING_VERBS else []
        for head in [*clauses, root]:
            subj = next((c for c in head.children if c.dep_ in SUBJECTS and c.text[:1].isupper()
                         and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ != "PERSON"), None)
            names = names_in(list(subj.subtree))[0] if subj is not None else []
            names = [n for n in names if not is_no_company(n) and n not in countries() and n not in capitals()]
            if names:
                return names[0]
    return None


def _first_mention(span):
    """The first mention of the person ``span`` names (the first earlier person ending on its
    last word, or the span itself); for a surname the model left untagged ("Okonkwo said"),
    the person named in full before it, else None."""
    tagged = getattr(span, "label_", "") == "PERSON"
    return next((e for e in entities(span.doc) if e.label_ == "PERSON" and e.end <= span.start
                 and e[-1].text == span[-1].text and (tagged or len(e) > 1)), span if tagged else None)


def _members_named_with(subj) -> list[str]:
    """"... went to a consortium of Ardent and Vellora. The consortium said": the members the
    nearest earlier mention of the same noun named ("of X and Y", "between X and Y")."""
    for t in reversed(subj.doc[max(0, subj.i - 300):subj.i]):
        if t.lower_ != subj.lower_:
            continue
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "between")), None)
        names = names_in(list(prep.subtree))[0] if prep is not None else []
        return names if len(names) >= 2 else []
    return []


# how far back, in sentences, a description may find the name it repeats
_NAMED_WITHIN = 6


def _named_with_its_words(subj) -> str | None:
    """"Kelso Valley Trust ... The trust is to start", "the hospital foundation": the
    nearest name, a few sentences back at most, that ends in the description's noun and holds
    its other words; a description that repeats a name's own head word means that name, not
    whichever organisation was named last. The model may have tagged the name as nothing: a
    run of capitalised words ending in the noun is a name too."""
    doc = subj.doc
    words = {subj.lower_, *(c.lower_ for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i)}
    here = _sentence_index(doc, subj.i)
    for k in range(subj.i - 1, -1, -1):
        last = doc[k]
        if here - _sentence_index(doc, k) > _NAMED_WITHIN:
            return None
        if last.lower_ != subj.lower_ or not last.text[:1].isupper():
            continue
        if k + 2 < len(doc) and doc[k + 1].lower_ in ("of", "for", "de") and doc[k + 2].text[:1].isupper():
            continue  # "Halden Fund for Development": a name that goes on past the noun
        ent = next((e for e in entities_between(doc, max(0, k - 10), k) if e.start <= k < e.end), None)
        if ent is not None:
            # ("University" of "X University of Science": a name that does not end in the noun)
            name = [t.lower_ for t in ent if not t.is_punct]
            if ent.label_ in ACTOR_LABELS and ent.end == k + 1 and words <= set(name):
                whole = _with_untagged_head_words(ent)
                return acting_name(ent) if whole is ent else clean_name(whole.text)
            continue
        run = [last]
        while run[0].i > last.sent.start and (
                (before := doc[run[0].i - 1]).text[:1].isupper() and before.is_alpha
                or before.lower_ in ("'s", "’s") and before.i > last.sent.start and doc[before.i - 1].text[:1].isupper()):
            run.insert(0, before)  # ("St Brendan's Eye Foundation")
        if run[0].lower_ == "the":
            run = run[1:]
        if len(run) > 1 and words <= {t.lower_ for t in run}:
            return clean_name(doc[run[0].i:last.i + 1].text)
    return None


def _introduced_as(subj) -> list[str]:
    """Whom "the retailer" or "the company" means when the text introduced its companies by
    what they do ("Discount clothing retailer Orvana Stores", "Private equity firm Kestmoor
    Partners"): the one introduced by the same noun; for "the company" or "the firm", the
    company so introduced that the text has named most (the nearest on a tie)."""
    introduced = subj.doc.user_data.get("introduced_companies")
    word = subj.lower_
    if not introduced or word not in introduced.values():
        untagged = _introduced_untagged(subj)
        if untagged:
            return [untagged]
    if not introduced:
        return []
    seen = [e for e in _actors_before(subj, None) if e.text in introduced]  # nearest first
    same = next((e for e in seen if introduced[e.text] == word), None)
    if same is not None:
        return [acting_name(same)]
    if word not in _COMPANY_WORDS or not seen:
        return []
    named = Counter(e._.actor_name for e in _actors_before(subj, None))

    def mentions(e) -> int:  # "Orvana Stores Ltd" and "Orvana Stores" are one name
        return sum(k for n, k in named.items() if names_agree(n, e._.actor_name))

    best = max(seen, key=mentions)  # max keeps the first (nearest) of a tie
    # a company the text names more often, though never introduced by its trade ("IOC ... its
    # subsidiary CPCL ... the company"), is the one the story is about
    rival = max((e for e in _actors_before(subj, "ORG") if not is_no_company(e._.actor_name)), key=mentions, default=None)
    return [acting_name(rival if rival is not None and mentions(rival) > mentions(best) else best)]


def _introduced_untagged(subj) -> str | None:
    """"- Brewer Cervexo Rías, the main sponsor: ..." … "the brewer": the nearest name written
    right after the same trade noun, where the model tagged no entity there."""
    word = subj.lower_
    if word in _COMPANY_WORDS or not _describes_a_business(subj):
        return None  # a trade ("the brewer"), not a kind that many names share ("the bank", "the trust")
    text = subj.doc.text[:subj.idx]
    found = list(re.finditer(rf"\b(?i:{re.escape(word)})[ \t]+((?:[A-ZÀ-Ý][\w'’&-]*[ \t]?){{1,4}})", text))
    return clean_name(found[-1].group(1).strip()) if found else None


_GATHERED = frozenset({"leader", "minister", "delegate", "member"})


def _gathering_named_before(subj) -> list[str]:
    """Whom "the leaders" or "the ministers" are: the group the text last named them by ("G7
    leaders", "EU finance ministers")."""
    doc = subj.doc
    for k in range(subj.i - 1, -1, -1):
        t = doc[k]
        if t.lemma_.lower() == subj.lemma_.lower() and t.tag_ == "NNS":
            names, _ = names_in([c for c in t.children if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i
                                 for c in c.subtree])
            if names:
                return names
    return []


_TITLE_WORDS = frozenset({"chairman", "chairwoman", "chair", "chief", "executive", "ceo", "president", "director", "head",
                          "founder", "co-founder", "minister", "secretary", "managing", "officer", "spokesperson",
                          "spokesman", "spokeswoman", "vice", "deputy", "senior", "boss", "md", "cfo", "cto", "manager",
                          "governor", "commissioner", "official", "representative", "treasurer", "mayor", "premier",
                          "leader", "chairperson", "coo", "general"})


_OUTSIDE_VOICES = frozenset({"analyst", "analysts", "economist", "strategist", "professor", "researcher", "expert",
                             "consultant", "critic", "lawyer", "adviser", "advisor"})


# tags the small model gives company names it does not know ("Northern Star" a work of art)
_NOT_A_PLACE_OR_PERSON = frozenset({"", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"})


def _speakers_organisation(subj) -> list[str]:
    """"Corvane chairman X said the group would pump ...": a description in a reported clause
    is the organisation its speaker speaks for, not the company named last."""
    said = _reporting_verb(subj)
    return _organisation_speaking(said, subj) if said is not None else []


def _reporting_verb(subj):
    """The verb that reports the clause ``subj`` is the subject of ("X said [the group would
    ...]", "X said sales were up, and that [the company would also fund]"), or None."""
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "ccomp" else None


def _last_speakers_organisation(subj) -> list[str]:
    """"Norvik managing director X told reporters. The company will open ...": a
    description opening a sentence, right after a quoted officer, is the officer's organisation."""
    if subj.head.dep_ != "ROOT" or subj.i - subj.sent.start > 2 or subj.sent.start == 0:
        return []
    before = subj.doc[subj.sent.start - 1].sent
    for verb in before:
        if verb.lemma_ in lx.REPORTING_VERBS and verb.pos_ == "VERB":
            found = _organisation_speaking(verb, subj)
            if found:
                return found
    return []


def _organisation_speaking(said_verb, subj) -> list[str]:
    said = [c for c in said_verb.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
    if not said:
        return []
    # the parser may split one speaker in several subjects ("X's vice - president Y said")
    tokens = sorted({t for c in said for t in c.subtree}, key=lambda t: t.i)
    ents = entities_between(subj.doc, tokens[0].i, tokens[-1].i)
    family = _family_firm(subj, ents)
    if family:
        return [family]
    for e in ents:
        if e.label_ == "PERSON" and e.start >= tokens[0].i:
            title = _title_words(e) | {t.lower_ for t in tokens if not (e.start <= t.i < e.end)}
            if not title & _TITLE_WORDS or title & _OUTSIDE_VOICES:
                continue  # an analyst's firm is not the company they speak of
            org = org_for_person(e)
            if org is not None and getattr(org, "label_", "") == "ORG":
                return [org._.actor_name]
            owner = next((t for t in tokens if t.dep_ == "poss" and t.pos_ == "PROPN" and t.i < e.start
                          and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ in _TITLE_WORDS), None)
            if owner is not None:  # "Norvik's vice-president X", whatever the tagger made of Norvik
                return [clean_name(owner.doc[min(c.i for c in owner.subtree if c.pos_ == "PROPN"):owner.i + 1].text)]
            # "Corvane chairman X", the company left untagged: the proper nouns of the title
            run = [t for t in _title_run(e) if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()
                   and t.ent_type_ in _NOT_A_PLACE_OR_PERSON and t.lower_ not in _TITLE_WORDS]
            if run and run[-1].i + 1 < e.start and run[-1].nbor().lower_ in _TITLE_WORDS \
                    and run[-1].nbor().lower_ not in lx.PORTFOLIO_TITLES:
                return [clean_name(e.doc[run[0].i:run[-1].i + 1].text)]
    orgs = [e for e in ents if e.label_ == "ORG" and e.end <= tokens[-1].i + 1]
    word = subj.lemma_.lower()  # "Ostland Bank said the bank would": the speaker names itself so
    return [orgs[0]._.actor_name] if len(orgs) == 1 and word in orgs[0]._.actor_name.casefold().split() else []


_CITY_OF = re.compile(r"\b(City|Municipality|Town|County|Region) of ((?:[A-Z][\w'-]+ ?){1,3})")


def _persons_country(tok) -> str | None:
    """Whose "his government" is: the country of the person last named, by their title
    ("British Prime Minister X") or, failing that, the first country named in the sentence
    that first names them in full."""
    from commitments.extract.pipeline import countries

    verb = _reporting_verb(tok)
    if verb is not None:
        said = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN"]
        # the parser may split the title from the name ("Solomon Islands" a modifier of "said")
        titled = _place_in_title(tok.doc[verb.sent.start:said[-1].right_edge.i + 1]) if said else None
        if titled:
            return titled  # "Solomon Islands Prime Minister X said his government", the name untagged
    ents = entities(tok.doc)
    person = next((e for e in reversed(ents) if e.label_ == "PERSON" and e.end <= tok.i), None)
    if person is None:
        return None
    surname = person[-1].text
    first = next((e for e in ents if e.label_ == "PERSON" and e[-1].text == surname), person)
    titled = _place_in_title(_title_run(person)) or _place_in_title(_title_run(first))
    if titled:
        return titled  # "Alberta Premier X said his government": a premier's is the province's
    org = org_for_person(first)
    if org is not None and (getattr(org, "label_", "") == "GPE" or _is_demonym(org.text)):
        name = acting_name(org) if getattr(org, "label_", "") == "GPE" else None
        from commitments.extract.pipeline import demonyms

        name = name or demonyms().get(org.text)
        if name in countries():
            return name
    sent = first.sent
    return next((e._.actor_name for e in ents if e.label_ == "GPE" and sent.start <= e.start < sent.end
                 and e._.actor_name in countries()), None)


_HEAD_OF_GOVERNMENT = frozenset(_GOVERNMENT_TITLES) - {"minister"}  # "prime minister" is read as two words
_NATIONAL_HEADS = frozenset(t for t, level in _GOVERNMENT_TITLES.items() if level == "country") - {"minister"}


def governments_listed(noun) -> list[str]:
    """"the federal and Ontario governments", "the Tasmanian and federal governments": each
    government the plural lists, a federal one being its country's."""
    if noun.lemma_.lower() not in lx.GOVERNMENT_NOUNS or noun.tag_ != "NNS":
        return []
    first = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    words = [w for c in first for w in (c, *(x for x in c.subtree if x.dep_ == "conj"))]
    names = []
    for w in words:
        if w.lower_ in lx.FEDERAL_WORDS:
            name = _government_country(noun, federal=True) or f"{w.lower_} government"
        elif w.pos_ == "PROPN" or w.text[:1].isupper():
            name = acting_name(w.doc[w.i:w.i + 1]) if not w.ent_type_ else acting_name(_ent_at(w))
        else:
            name = None
        if name and name not in names:
            names.append(name)
    return names if len(names) >= 2 else []


def _speakers_words(subj) -> set[str]:
    """The words of the named speaker whose reported clause ``subj`` is the subject of ("(Deputy)
    Premier X said the government would"), or none."""
    verb = _reporting_verb(subj)
    if verb is None or any(c.lower_ in lx.FEDERAL_WORDS for c in subj.children):
        return set()
    said = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN"]
    return {t.lower_ for t in said[-1].subtree} if said else set()


def _said_by_a_premier(subj) -> bool:
    """A premier heads a state or province, so their "the government" is not the country's."""
    return "premier" in _speakers_words(subj)


def _ministry_country(subj) -> str | None:
    """"Peru's finance ministry announced the government would": the country whose ministry
    (department, office) reports what "the government" will do."""
    from commitments.extract.pipeline import countries, demonyms

    verb = _reporting_verb(subj)
    body = next((c for c in verb.children if c.dep_ in SUBJECTS and c.lemma_.lower() in _GOVERNMENT_BODIES),
                None) if verb is not None else None
    if body is None:
        return None
    for c in body.children:
        if c.dep_ == "poss" and c.ent_type_ == "GPE" and _ent_at(c)._.actor_name in countries():
            return _ent_at(c)._.actor_name
        if c.dep_ in ("amod", "compound") and c.text in demonyms() and demonyms()[c.text] in countries():
            return demonyms()[c.text]
    return None


_GOVERNMENT_BODIES = frozenset({"ministry", "department", "office", "treasury", "cabinet", "spokesman", "spokeswoman",
                                "spokesperson"})


def _said_by_a_head_of_government(subj) -> bool:
    """"President X said the government would": the government of the country the story is
    about, not of the donor that acts most in it."""
    words = _speakers_words(subj)
    return bool(words & _NATIONAL_HEADS or {"prime", "minister"} <= words)


def _place_in_title(tokens) -> str | None:
    """The country or region a head of government's title names ("Alberta Premier",
    "Solomon Islands Prime Minister", "Kenyan President") in ``tokens`` (the words before a
    name, or a speaker's whole phrase), whatever the tagger made of the place (it often tags
    a province as a person, or the whole title as nothing)."""
    from commitments.extract.pipeline import countries, demonyms, regions

    run = [t for t in tokens if t.text not in ("-", "–")]
    words = [t.lower_ for t in run]
    at = next((k for k, w in enumerate(words) if w in _HEAD_OF_GOVERNMENT or (
        w in ("prime", "chief") and words[k + 1:k + 2] == ["minister"])), None)
    if not at:
        return None
    place = [t.text for t in run[:at] if t.lower_ not in ("deputy", "acting", "former", "the")]
    for k in range(len(place)):
        name = " ".join(place[k:])
        name = demonyms().get(name, name)
        if name in countries() or name in regions():
            return name
    return None


def _government_named_before(tok) -> str | None:
    """The government the text last named by its place ("The Victorian government", "the
    Ontario government") before a bare "the government", unless a federal word sets them apart."""
    if any(c.lower_ in lx.FEDERAL_WORDS for c in tok.children):
        return None
    from commitments.extract.pipeline import countries, regions

    doc = tok.doc
    here = _sentence_index(doc, tok.i)
    for k in range(tok.i - 1, -1, -1):
        t = doc[k]
        # "The Senegalese government is putting money in. The state will cover ...": in the last
        # sentences, another word for a government is the same government
        same = t.lemma_.lower() == tok.lemma_.lower() or (
            t.lemma_.lower() in lx.GOVERNMENT_NOUNS and here - _sentence_index(doc, k) <= 2)
        if same and t.tag_ == "NN" and not any(c.lower_ in lx.FEDERAL_WORDS for c in t.children):
            named = [n for n in _government_of(t) if n in countries() or n in regions() or n.endswith(" " + t.text)]
            if named:
                return named[0]
    return None


def _city_named_most(tok, word: str | None = None) -> str | None:
    """Whose "the city" is: the "City of X" (or "County of X") the text names before it, else
    the story's dateline city, else the place other than a country or region it names most."""
    from commitments.extract.pipeline import countries, regions

    word = word or tok.lemma_.lower()
    named = [m for m in _CITY_OF.finditer(tok.doc.text[:tok.idx]) if m.group(1).lower() == word]
    if named:
        return f"{named[-1].group(1)} of {named[-1].group(2).strip()}"
    if word in ("municipality", "county", "borough", "district"):
        # "Korby municipality and X signed ... The municipality will spend": the place so described
        from spacy.lang.en.stop_words import STOP_WORDS

        before = [m.group(1) for m in re.finditer(rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) {word}\b", tok.doc.text[:tok.idx])
                  if m.group(1).split()[0].lower() not in STOP_WORDS]  # not "The municipality"
        if before:
            return before[-1]
    if word == "region":  # "Region Stockholm ... the region will buy": only a body named so
        bodies = [w for w in re.findall(r"\bRegion (\w[\w-]*)", tok.doc.text[:tok.idx]) if w[0].isupper()]
        return f"Region {bodies[-1]}" if bodies else None
    if word in ("city", "town"):
        near = _city_acting_nearby(tok)
        if near:
            return near  # "Varby's council approved ... The city will put": the city the story just named
        place = dateline_place(tok.doc.text[:tok.idx])
        if place and place not in countries() and place not in regions():
            return _filed_from_elsewhere(tok, place) or place
    known, areas = countries(), regions()
    counts = Counter(e._.actor_name for e in _actors_before(tok, "GPE")
                     if e._.actor_name not in known and e._.actor_name not in areas)
    if not counts and word in ("city", "town"):
        from commitments.extract.name_types import written_as_location

        # a town the model tagged as something else, placed by the text ("rents in Eastbrook")
        counts = Counter(e.text for e in entities(tok.doc) if e.end <= tok.i and len(e) == 1
                         and written_as_location(e) and e.text not in known and e.text not in areas)
        if not counts and re.search(r"\b[Mm]ayor\b", tok.doc.text[:tok.idx]):
            # "Eastbrook will put up 700 flats, Mayor X said ... The city will provide": a story
            # its mayor speaks in is about the city its lead names
            lead = _lead_name(tok)
            return lead if lead and lead not in areas and " " not in lead else None
    return max(counts, key=counts.get) if counts else None


def _last_sentence_subject(subj) -> tuple[list[str], list]:
    """For "It" opening a sentence, or after a linking adverbial ("Separately, it said"): the named
    organisation or government that was the main subject of the sentence just before (not a
    person, not a thing)."""
    doc = subj.doc
    sent = subj.sent
    if sent.start == 0 or not _opens_its_sentence(subj):
        return [], []
    before = _sentence_before(sent)
    root = before.root
    if root.lemma_ in lx.REPORTING_VERBS:
        # "The ministry plans to offer 28 blocks, a senior official said. It also intends ...": the
        # subject of what was reported, not the one who reported it
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.pos_ == "PRON":
        return [], []
    names, spans = names_in(list(main.subtree))
    if not names and main.pos_ == "NOUN" and main.lower_ in lx.ANAPHORS and _definite(main):
        # "The government has promised ... It will also table": whoever "the government" was
        names, _, how = _resolve_anaphor(main, [])
        return (names, []) if names and how != "anaphor-person" else ([], [])
    if not names or all(getattr(x, "label_", "") == "PERSON" for x in spans):
        return [], []
    return names, spans


def _opens_its_sentence(subj) -> bool:
    """"It will ...", "Meanwhile, it said ...": nothing before the pronoun but a linking
    adverbial, so no name in its own sentence it could stand for."""
    return all(t.pos_ in ("ADP", "ADV", "PUNCT", "CCONJ", "SCONJ", "DET", "ADJ") or t.pos_ == "NOUN" and t.head.pos_ == "ADP"
               and not t.ent_type_ for t in subj.doc[subj.sent.start:subj.i])


def _sentence_before(sent):
    """The sentence before ``sent`` (which must not open the text), past blank lines between paragraphs."""
    doc = sent.doc
    before = doc[sent.start - 1].sent
    while before.text.isspace() and before.start > 0:
        before = doc[before.start - 1].sent
    return before


def _previous_company_subject(subj) -> tuple[list[str], list]:
    """For "the company": the company that was the main subject of one of the two sentences
    before, passing over sentences about a thing ("The plant, a $2 billion project, will
    employ 600"), when the model tagged it as a company."""
    doc = subj.doc
    before = subj.sent
    for _ in range(2):
        if before.start == 0:
            return [], []
        before = _sentence_before(before)
        root = before.root
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if root.lemma_.lower() in lx.REPORTING_VERBS and said is not None and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in said.children):
            root = said  # "the retailer will train 1,000 women, the director said": the report's subject
        # a name the parser made the root of its own sentence ("X, which did Y, named Z")
        main = root if root.pos_ == "PROPN" else next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is None or main.pos_ == "PRON" or (main.pos_ == "NOUN" and (
                lx.ANAPHORS.get(main.lower_) in ("org", "gpe", "any") or _describes_a_business(main))):
            return [], []  # "the retailer will train ...": a company named further back
        if main.pos_ == "NOUN" and not main.ent_type_:
            continue
        if main.pos_ != "PROPN" or main.ent_type_ != "ORG":
            return [], []
        names, spans = names_in(list(_ent_at(main)))
        if len(names) != 1 or is_no_company(names[0]) or not all(getattr(x, "label_", "") == "ORG" for x in spans):
            return [], []
        others = [e for e in entities(doc) if before.start <= e.start < before.end and e.label_ == "ORG"
                  and not names_agree(e._.actor_name, names[0])]
        return ([], []) if others else (names, spans)  # "X has awarded Y a grant": either may be meant
    return [], []


def _tokens_back(tok) -> Iterator:
    """The tokens before ``tok``, nearest first, back to the start of the sentence
    ``SUBJECT_REACH`` sentences before its own."""
    doc = tok.doc
    here = _sentence_index(doc, tok.i)
    for k in range(tok.i - 1, -1, -1):
        if here - _sentence_index(doc, k) > SUBJECT_REACH:
            return
        yield doc[k]


# nouns for one person who gives without a name ("an anonymous donor ... She also plans to")
_UNNAMED_GIVERS = frozenset({"donor", "benefactor", "philanthropist", "alumnus", "alumna", "backer", "sponsor"})


def campaign_promise(verb) -> bool:
    """"a government led by her would ...", "a Green government would ...": what a party or its
    leader promises to do in power, a pledge though conditional on winning."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in lx.GOVERNMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "a" for c in subj.children):
        return False
    return _leader_of_a_government_to_be(subj) is not None or _party_government(subj) is not None


def _party_government(subj) -> str | None:
    """"a Green government", "A Centrist government": the party's government, kept as written."""
    if not any(c.dep_ == "det" and c.lower_ == "a" for c in subj.children):
        return None
    party = next((c for c in subj.children if c.dep_ in ("compound", "amod") and c.i == subj.i - 1
                  and c.text[:1].isupper() and not _is_demonym(c.text) and c.ent_type_ not in ("GPE", "DATE")), None)
    return f"{party.text} {subj.text}" if party is not None else None


def _leader_of_a_government_to_be(subj) -> str | None:
    """"a government led by her (by X) would ...": a campaign promise, made by the person who
    would lead that government, named or the person last named."""
    led = next((c for c in subj.children if c.dep_ == "acl" and c.lemma_ == "lead"), None)
    by = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
    who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if who is None:
        return None
    if who.ent_type_ == "PERSON":
        return clean_name(_ent_at(who).text)
    if who.lower_ in ("him", "her"):
        person = next((e for e in reversed(entities(subj.doc)) if e.label_ == "PERSON" and e.end <= subj.i), None)
        return clean_name(person.text) if person is not None else None
    return None


# what an actor sets up that then acts for it: "X will build a training academy. The academy will train ..."
_MADE_NOUNS = frozenset({"academy", "institute", "centre", "center", "school", "college", "campus", "hub", "lab",
                         "laboratory", "clinic", "incubator", "accelerator"})


def _maker_of(subj) -> tuple[list[str], list] | None:
    """For "the academy" (a facility with no name of its own), the named subject of a clause
    in the sentences just before that builds, sets up or opens one (its object), or None."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _MADE_NOUNS or not _definite(subj) or any(
            c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in subj.children):
        return None
    for t in _tokens_back(subj):
        if t.lemma_.lower() != subj.lemma_.lower():
            continue
        # "will build an academy", "will put $15 million into an academy"
        verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("into", "in") else None
        if verb is not None and verb.pos_ == "VERB":
            while subject_of(verb) is None and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
                verb = verb.head  # "X will invest N to set up an academy": the investor sets it up
            maker = subject_of(verb)
            if maker is None:
                return None
            names, spans = names_in(list(maker.subtree))
            return (names, spans) if names else None
    return None


def _person_telling_after(subj) -> str | None:
    """The person who reports the pronoun's clause from after it ("She has pledged N, Okafor
    told the paper"), as named; None where none does."""
    verb = subj.head
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    teller = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i and c.pos_ == "PROPN"), None)
    if teller is None or verb.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    return clean_name(_ent_at(teller).text)


def _described_person_before(subj):
    """A name the model did not tag as a person that an apposition says is one ("Voss, the
    founder of Brightmere Homes, turned ..."), as a span, within the pronoun's reach; or None."""
    for t in _tokens_back(subj):
        if subj.i - t.i > 60:
            return None
        if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "appos" and c.lemma_.lower() in lx.PERSON_DESCRIPTIONS | lx.PERSONAL_GIVER_TITLES
                for c in t.children):
            first = t
            while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head.i == t.i:
                first = first.doc[first.i - 1]
            return subj.doc[first.i:t.i + 1]
    return None


def _unnamed_person_before(subj):
    """The unnamed giver a "he" or "she" may stand for: a donor, benefactor or alumna the
    subject of a sentence just before, or None."""
    return next((t for t in _tokens_back(subj) if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                 and t.lemma_.lower() in _UNNAMED_GIVERS), None)


def _as_written(noun) -> str:
    """An unnamed giver kept as written, less its article ("anonymous donor", "donor")."""
    from commitments.extract.amounts_first import collective

    return collective(noun) or noun.text


def _filed_from_elsewhere(tok, place: str) -> str | None:
    """"GDANSK (Reuters) - Lodz will spend ..., the city said": the city a lead names as the
    subject of what "the city" says, where the dateline city is named nowhere else before
    ``tok`` (the place the story was filed from, not the city it is about), or None."""
    text = tok.doc.text[:tok.idx]
    first = min((k for k in (text.find(place), text.find(place.upper())) if k >= 0), default=-1)
    if first < 0 or text.find(place, first + len(place)) >= 0:
        return None
    lead_sents = [s for k, s in zip(range(4), tok.doc.sents) if s.start < tok.sent.start]
    if not any(t.lemma_ in lx.REPORTING_VERBS and any(c.dep_ in SUBJECTS and c.lower_ in ("city", "town") for c in t.children)
               for s in lead_sents for t in s):
        return None
    lead = _lead_name(tok)
    return lead if lead and lead != place else None


def _city_acting_nearby(tok) -> str | None:
    """A place other than a country or region that was the subject (or its possessor) of
    this sentence or the last two, the nearest first."""
    from commitments.extract.pipeline import countries, regions

    doc = tok.doc
    for t in _tokens_back(tok):
        # "Varby's council approved ...", whatever the tagger made of Varby
        council = t.dep_ == "poss" and t.pos_ == "PROPN" and t.head.lemma_.lower() in lx.LOCAL_BODIES \
            and t.head.dep_ in SUBJECTS and t.ent_type_ != "PERSON"
        place = t.ent_type_ == "GPE" and (t.dep_ in SUBJECTS or t.dep_ == "poss" and t.head.dep_ in SUBJECTS)
        if council or place:
            name = clean_name(doc[min(c.i for c in t.subtree if c.pos_ == "PROPN" and c.i <= t.i):t.i + 1].text)
            if name not in countries() and name not in regions():
                return name
    return None


def _family_firm(subj, speaker_ents) -> str | None:
    """"Aliko Halden said the group would": a person whose surname an organisation named
    before bears ("the Halden Group") speaks for it, when the description says what it is."""
    word = subj.lemma_.lower()
    for e in speaker_ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        surname = e[-1].text
        firm = next((o for o in reversed(list(_actors_before(subj, "ORG")))
                     if surname in o.text.split() and word in o.text.casefold().split()), None)
        if firm is not None:
            return acting_name(firm)
    return None


def _region_named_most(tok) -> str | None:
    """The state, province or region the text names most before ``tok`` (the last named on a
    tie): whose "the state government" is, not a district named in the sentence before."""
    from commitments.extract.pipeline import regions

    return _written_most_before(tok, "region_mentions", regions())


def _region_named_often(tok, times: int = 2) -> str | None:
    """The region the text names most before ``tok``, where it names it ``times`` or more."""
    region = _region_named_most(tok)
    if region is None:
        return None
    return region if bisect_left(tok.doc.user_data["region_mentions"][region], tok.idx) >= times else None


def _written_most_before(tok, key: str, known) -> str | None:
    """Of the ``known`` names, the one the text writes most before ``tok``, tagged or not (the
    last written on a tie); where each is written is found once per document, under ``key``."""
    doc = tok.doc
    found = doc.user_data.get(key)
    if found is None:
        text = doc.text
        found = doc.user_data[key] = {
            n: [m.start() for m in re.finditer(rf"\b{re.escape(n)}\b", text)] for n in known if n in text}
    counts = {n: bisect_left(at, tok.idx) for n, at in found.items()}
    counts = {n: k for n, k in counts.items() if k}
    if not counts:
        return None
    top = max(counts.values())
    return max((n for n, k in counts.items() if k == top), key=lambda n: found[n][counts[n] - 1])


def _nearest_region(tok) -> str | None:
    """The state, province or region named last before ``tok`` (within three sentences),
    even inside a name ("the Kerala Skills Training Programme, under which the state
    will ...")."""
    from commitments.extract.pipeline import regions

    known = regions()
    doc = tok.doc
    here = _sentence_index(doc, tok.i)
    for k in range(tok.i - 1, -1, -1):
        t = doc[k]
        if t.is_sent_start and here - _sentence_index(doc, k) >= 3:
            break
        if t.pos_ == "PROPN":
            two = doc[k - 1:k + 1].text if k else ""
            if two in known:
                return two
            if t.text in known:
                return t.text
    return None


_DATELINE_CITY = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,30}?)\s*(?:,|\(|--|—|–)")


def _government_country(tok, federal: bool | None = None) -> str | None:
    """Whose "the government" is: of the known countries named before it, the one the text
    most often makes a subject (the country it is about: "Australia will provide $23
    million to Chad ... The government will also deploy" is Australia's), the first of
    those to act on a tie (the lead's), the nearest if none acts; else the country of the story's dateline city
    ("SEOUL, March 3 (Yonhap) --"). A federal government ("the federal government", "the
    Centre") is a country's, never a province's: a region named counts for its country."""
    from commitments.extract.pipeline import countries, regions, seats

    if federal is None:
        federal = any(c.lower_ in lx.FEDERAL_WORDS for c in tok.children)
    known, seat, region = countries(), seats(), regions()
    doc = tok.doc
    ents = entities(doc)
    home = _dateline_country(doc)
    # (country, whether it is a subject), in text order; a story datelined in a capital
    # ("CANBERRA —") is about that country as much as its lead's subject is
    named = [(home, True)] if home in known else []
    for e in ents[:bisect_left(doc.user_data["actor_ent_starts"], tok.i)]:
        if e.label_ != "GPE" or e.end > tok.i:
            continue
        name = e._.actor_name
        name = seat.get(name, name)
        if federal:
            name = region.get(name, name)
        if name in known and not (federal and name in region):
            root = e.root
            named.append((name, root.dep_ in SUBJECTS or (root.dep_ == "poss" and root.head.dep_ in SUBJECTS)))
    if named:
        counts = Counter(n for n, acts in named if acts)
        if counts:
            top = max(counts.values())
            return next(n for n, acts in named if acts and counts[n] == top)  # on a tie, the lead's
        return _country_named_most(doc[:tok.i], named)
    # (a country the model left untagged, "Sri Lanka will spend", still names the story's government)
    return home or _country_by_demonym(doc[:tok.i]) or _country_written_most(tok)


def _country_written_most(tok) -> str | None:
    """The known country the text writes most before ``tok``, tagged or not (the small model
    misses some: "Sri Lanka will spend")."""
    from commitments.extract.pipeline import countries

    return _written_most_before(tok, "country_mentions", countries())


def _country_named_most_often(tok) -> str | None:
    """The known country the text names most often before ``tok`` (places and demonyms), the
    last named on a tie."""
    from commitments.extract.pipeline import countries, seats

    known, seat = countries(), seats()
    counts: Counter = Counter()
    last: dict[str, int] = {}
    for e in entities(tok.doc)[:bisect_left(tok.doc.user_data["actor_ent_starts"], tok.i)]:
        name = seat.get(e._.actor_name, e._.actor_name)
        if e.label_ == "GPE" and name in known:
            counts[name] += 1
            last[name] = e.start
    counts.update({c: k for c, k in _country_words(tok.doc[:tok.i], names=False).items() if c in counts})
    if not counts:
        return None
    top = max(counts.values())
    return max((n for n in counts if counts[n] == top), key=lambda n: last[n])


def _country_words(before, names: bool) -> Counter:
    """How often the tokens name each country: by demonym ("Kenyan"), city ("Nairobi-based")
    and, where ``names``, the country's own one-word name."""
    from commitments.extract.pipeline import capitals, countries, demonyms

    by_demonym, by_city, known = demonyms(), capitals(), countries()
    return Counter(c for t in before if (c := by_demonym.get(t.text) or by_city.get(t.text)
                                         or (t.text if names and t.text in known else None)))


def _country_by_demonym(before) -> str | None:
    """A text whose country the tagger never marks as a place ("Mexico News Daily", "Mexican
    utility"): the country its words, demonyms and cities name most."""
    counts = _country_words(before, names=True)
    return counts.most_common(1)[0][0] if counts else None


def _country_named_most(before, named: list[tuple[str, bool]]) -> str:
    """Where no country acts, the one the text names most, by name, demonym ("Kenyan") or
    city ("Nairobi-based"): a country named once as an investor's home is not whose "the
    state" is; on a tie, the nearest."""
    counts = Counter(n for n, _ in named)
    counts.update({c: k for c, k in _country_words(before, names=False).items() if c in counts})
    top = max(counts.values())
    return next(n for n, _ in reversed(named) if counts[n] == top)


def federal_nickname(doc) -> str | None:
    """Whom "the Feds" names in this text: the country whose federal government it is."""
    if not any(t.lower_ == "feds" for t in doc):
        return None
    entities(doc)  # the entity index the country search reads, dropped after: later pipes may retag
    try:
        return _government_country(doc[-1], federal=True) or "federal government"
    finally:
        doc.user_data.pop("actor_ents", None)
        doc.user_data.pop("actor_ent_starts", None)


def _dateline_country(doc) -> str | None:
    """The country of the story's dateline city ("SEOUL, March 3 (Yonhap) --")."""
    from commitments.extract.pipeline import capitals

    if "dateline_country" not in doc.user_data:
        by_city = {k.casefold(): v for k, v in capitals().items()}
        doc.user_data["dateline_country"] = next(
            (by_city[m.group(1).strip().casefold()] for line in doc.text.split("\n")[:8]
             if (m := _DATELINE_CITY.match(line)) and m.group(1).strip().casefold() in by_city), None)
    return doc.user_data["dateline_country"]


def _stray_speaker(verb):
    """The parser sometimes hangs a reporting verb's subject on the clause before ("X committed
    $1bn, and Y has said it plans ..."): the proper noun right before the verb and its
    auxiliaries is the speaker."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i)])
    before = verb.doc[first - 1] if first > 0 else None
    return before if before is not None and before.pos_ == "PROPN" and before.dep_ not in SUBJECTS else None


def _definite(tok) -> bool:
    """Whether the noun points back: "the"/"this"/"that" or a possessive determiner."""
    return any(c.dep_ in ("det", "poss") and (c.lower_ in ("the", "this", "that", "these", "those", "its", "their", "our")
                                              or c.dep_ == "poss") for c in tok.children)


SUBJECT_REACH = 2  # sentences back that a subject stays more salient than a nearer object
NAMED_REACH = 8  # sentences back that "the foundation" finds the organisation whose name says so


def _earlier_actors(tok, label: str | None, plural: bool) -> list[str]:
    """The nearest earlier actor (of the label, if given); for a plural description, the
    actors of the nearest sentence that names two or more."""
    doc = tok.doc
    here = _sentence_index(doc, tok.i)
    if not plural and tok.pos_ == "NOUN":
        # "the bank" is the nearest organisation whose name says it is one ("National Bank
        # for ...", named in the last several sentences), before any nearer subject
        word = tok.lemma_.lower()
        far = None  # beyond the reach, the one organisation of the text whose name says so
        for e in _actors_before(tok, label):
            if not _name_says(e, word):
                continue
            if here - _sentence_index(doc, e.start) <= NAMED_REACH:
                return [acting_name(e)]
            name = acting_name(e)
            if far is None or (far and names_agree(far, name) and len(name) < len(far)):
                far = name  # "University of Eastvale" for "the University of Eastvale's School of Nursing" too
            elif far and not names_agree(far, name):
                far = ""  # two of them: no telling which
        if far:
            return [far]
        trade = _trade_named_before(tok)
        if trade:
            return [trade]
    if not plural and tok.lower_ == "we" and _quoted(tok):
        # '"...," said chief executive X. "We will hire ..."': whom the quote's speaker speaks for
        speaker = _quote_speaker(tok)
        names = _speaker_stands_for(speaker, tok)[0] if speaker is not None else []
        if names:
            return names
    if not plural and tok.lower_ == "we" and not _quoted(tok):
        # a release's "we" is its author: the organisation the text names most
        counts = Counter(reversed([e._.actor_name for e in _actors_before(tok, "ORG")]))  # a tie: the first named
        if counts:
            return [counts.most_common(1)[0][0]]
    if not plural:
        # a subject is what a text goes on talking about: prefer the nearest earlier
        # subject in this or the previous two sentences over a nearer object
        nearest = None
        company = tok.pos_ == "NOUN" and _describes_a_business(tok)
        utility = tok.lower_ not in _COMPANY_WORDS
        # "the government" is a known place's, where the text names one ("Kwan" tagged as a place is none)
        governed = label == "GPE" and tok.lemma_.lower() in lx.GOVERNMENT_NOUNS and any(
            _place_with_a_government(e) for e in _actors_before(tok, label))
        for e in _actors_before(tok, label):
            if company and is_no_company(e._.actor_name, utility):
                continue  # "the company" is never the commission that approved its aid, "the utility" no agency
            if governed and not _place_with_a_government(e):
                continue
            if nearest is None:
                nearest = e
            if here - _sentence_index(doc, e.start) > SUBJECT_REACH:
                break
            if e.root.dep_ in SUBJECTS:
                return [acting_name(e)]
        return [acting_name(nearest)] if nearest is not None else []
    sentence, names = None, []  # names of one sentence, nearest first
    for e in _actors_before(tok, label):
        at = _sentence_index(doc, e.start)
        if at != sentence:
            if len(set(names)) >= 2:
                break
            sentence, names = at, []
        names.append(acting_name(e))
    return list(dict.fromkeys(reversed(names))) if len(set(names)) >= 2 else []


def _earlier_named_subject(tok) -> list[str]:
    """The proper-noun subject of one of the last sentences that the model tagged as no
    organisation ("Ostby United" as a nationality), standing for "the club", "the group"."""
    doc = tok.doc
    for t in _tokens_back(tok):
        if t.dep_ in SUBJECTS and t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "GPE", "DATE", "MONEY") \
                and not _is_demonym(t.text):
            first = min((c.i for c in t.subtree if c.pos_ == "PROPN" and c.i <= t.i and c.dep_ == "compound"), default=t.i)
            return [clean_name(doc[first:t.i + 1].text)]
    return []


_COMPANY_SUFFIXES = frozenset({"co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc",
                               "company", "llc", "ag", "sa", "se", "asa", "ab", "nv", "bv", "gmbh", "limited"})


def _name_says(ent, word: str) -> bool:
    """Whether an organisation's name says it is a ``word``: "National Bank" a bank, "Coral Coast
    Development Co." (its suffix, as written) a company."""
    words = ent.text.casefold().split()
    name = ent._.actor_name.casefold().split()
    if word in name:
        return True
    if word == "club" and name and name[-1] in lx.SPORTS_CLUB_WORDS:
        return True  # "Hartside Rovers ... the club": a sports club's name says what it is
    if set(name) & lx.TRADE_NAME_WORDS.get(word, frozenset()) and not is_no_company(ent._.actor_name, utility=True):
        return True  # "Kestrel Airways ... the carrier", "Halden Power ... the utility" (not "Department of Water")
    return word == "company" and bool(words) and words[-1] in _COMPANY_SUFFIXES


def _trade_named_before(tok) -> str | None:
    """"Kestrel Airways will add 12 aircraft ... the carrier": the nearest capitalised name whose
    last word says the description's trade, where the model tagged it as nothing."""
    words = lx.TRADE_NAME_WORDS.get(tok.lower_)
    if not words:
        return None
    text = tok.doc.text[max(0, tok.idx - 3000):tok.idx]
    found = [m for m in _CAPITALISED_RUN.finditer(text) if m.group(0).split()[-1].casefold() in words
             and len(m.group(0).split()) > 1]
    return clean_name(found[-1].group(0)) if found else None


_CAPITALISED_RUN = re.compile(r"\b[A-ZÀ-Ý][\w&'’-]*(?:[ \t]+[A-ZÀ-Ý][\w&'’-]*){0,4}")


def _quoted(tok) -> bool:
    """Whether the token stands inside a quotation opened in its sentence or paragraph."""
    from commitments.extract.amounts_first import doc_text

    text = doc_text(tok.doc)
    line = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _actors_before(tok, label: str | None) -> Iterator:
    """Actor entities that end before ``tok``, nearest first: an anaphor looks back only as
    far as it must, not through every entity of a long document."""
    ents = entities(tok.doc)
    for k in range(bisect_left(tok.doc.user_data["actor_ent_starts"], tok.i) - 1, -1, -1):
        e = ents[k]
        if e.end <= tok.i and e.label_ in ACTOR_LABELS and (label is None or e.label_ == label or (
                label == "ORG" and not _known_place(e) and e.root.dep_ == "poss")):
            yield e  # "Valmora's push ... the group": a company the model tagged as a place


def named_recipients(head, actors: list[str]) -> list[str]:
    """Organisations and places the clause gives to or invests in: "in Japan", "to X"."""
    out = []
    # ("lifted its offer to N, after X looked at a plot in Ohio": a clause with a subject of its own is another act)
    aside = {t.i for c in head.subtree if c.i != head.i and c.dep_ == "advcl" and any(g.dep_ in SUBJECTS for g in c.children)
             and any(g.dep_ == "mark" and g.lower_ in lx.ASIDE_MARKS for g in c.children) for t in c.subtree}
    for t in head.subtree:
        if t.i in aside:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in lx.RECIPIENT_PREPOSITIONS:
            for r in [t, *(c for c in t.subtree if c.dep_ == "conj")]:
                if r.ent_type_ in ACTOR_LABELS:
                    name = _ent_at(r)._.actor_name
                    if name not in actors and name not in out:
                        out.append(name)
    return out


# Dependents of a giver's noun that say something else about it: a clause ("set up by X"),
# what it funds ("in a warehouse"), an aside in brackets.
_NOT_THE_GIVER = frozenset({"acl", "relcl", "prep", "punct", "advcl", "cc", "conj", "appos"})


_FUND_WORDS = frozenset({"fund", "facility", "window"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def giver_of(prep) -> tuple[list[str], list]:
    """Who a "from X" or "by X" phrase on a pledge or an amount names as the giver ("a $3
    million grant from the Lindqvist Trust, set up by ...", "€9 million from mining firm
    Kalco", "an investment by arvex in ..."): the names of the phrase less its clauses and
    prepositions; else, where the model tagged nothing, a name it left untagged: a proper
    noun, or a word no English dictionary lists as a noun ("dnata"), written without an
    article, after a description of what the giver is ("logistics group")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return [], []
    toks, todo = [], [pobj]
    # ("from alumna Dr. Mira Osei": a description the name stands in apposition to)
    todo.extend(c for c in pobj.children if c.dep_ == "appos" and pobj.pos_ == "NOUN" and c.pos_ == "PROPN")
    while todo:
        t = todo.pop()
        toks.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _NOT_THE_GIVER or c.dep_ == "prep" and c.lower_ == "of")
    toks.sort(key=lambda t: t.i)
    owner = [t for c in pobj.children if c.dep_ == "poss" for t in c.subtree]
    if owner and pobj.lemma_.lower() in lx.PROGRAMME_NAME_WORDS | _FUND_WORDS:
        ids = {t.i for t in owner}
        ents = [e for e in entities(pobj.doc) if e.start in ids and e.label_ in ACTOR_LABELS]
        if ents:  # "from the UK's Wildlife Challenge Fund": the fund's owner gives
            return [acting_name(e) for e in ents], ents
    names, spans = names_in(toks)
    if names:
        return names, spans
    if any(c.dep_ in ("det", "poss", "nummod") for c in pobj.children) or pobj.tag_ not in ("NN", "NNP") \
            or pobj.like_num or _is_amount(pobj) or is_dateline(pobj.doc[pobj.i:pobj.i + 1]) \
            or pobj.ent_type_ in _NOT_NAMES:
        return [], []  # "a grant from January", "from 2025": a time or a number, not who gives
    if pobj.pos_ != "PROPN" and not (pobj.text.islower() and not _dictionary_noun(pobj)):
        return [], []
    first = pobj.i
    while first > pobj.left_edge.i and pobj.doc[first - 1].pos_ == "PROPN" and pobj.doc[first - 1].dep_ == "compound":
        first -= 1
    span = pobj.doc[first:pobj.i + 1]
    if span.text.casefold() in lx.NON_ACTOR_WORDS:
        return [], []
    return [clean_name(span.text)], [span]


def _dictionary_noun(tok) -> bool:
    from commitments.extract.pipeline import is_english_word

    return is_english_word(tok.lower_) or is_english_word(tok.lemma_.lower())
