"""One type per name in a document: a company is a company at every mention.

The small model tags each mention alone, so an unfamiliar company comes out as a person in
one sentence and a place in the next ("reforestation startup Velmora" … "Velmora buys" …
"Velmora's second project"), and a person's surname as an organisation. A story is more
consistent than that, and it says which a name is:

- a company is shortened to its first word ("Trondvik Marine Foods" … "Trondvik"), a person to
  the last ("Halvard Pettersen" … "Pettersen");
- a company is introduced by what it does ("startup Velmora", "fashion chain Lindqvist", "Brewer
  Taberna Ulla", "Halvik Towers, the tower company,"), a relative "which" follows a company and
  never a person, and a club's or a company's name may say it is one ("Kestley Wanderers",
  "Kelby Mining").

A name with such evidence takes that type at every mention; a name known as a place stays a
place, and a name with evidence both ways is left as tagged.
"""
from __future__ import annotations

from commitments.extract import lexicon as lx
from commitments.records import clean_name, name_words

# nouns that introduce a company by what it does, besides the organisation nouns of the lexicon
# (not nouns that also name people: "promoter Dan Kessel", "partner", "sponsor", "developer")
_INTRODUCING_NOUNS = frozenset({"brand", "chain", "startup", "start-up", "conglomerate", "brewer", "retailer",
                                "firm", "group", "company", "maker", "miner", "lender", "insurer",
                                "operator", "carrier", "airline", "bank", "fund", "alliance", "charity",
                                "utility", "subsidiary", "unit", "arm"})
# people whose trade ends like a company's ("Veteran lawmaker Maria Okafor")
_PERSON_MAKERS = frozenset({"lawmaker", "policymaker", "filmmaker", "peacemaker", "dressmaker", "matchmaker",
                            "kingmaker", "homemaker", "shoemaker", "watchmaker", "winemaker", "playmaker"})
# last words of clubs' names that are no one's surname ("... Rovers", "... FC"), unlike "Villa" or "Town"
_CLUB_ENDINGS = frozenset({"fc", "afc", "cf", "sc", "united", "rovers", "wanderers", "athletic", "albion",
                           "rangers", "hotspur", "celtic"})


_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


def _introducing_noun(doc, ent) -> str | None:
    """"reforestation startup Velmora", "Brewer Taberna Ulla": the common noun for a kind of
    organisation right before the name ("startup", "brewer"), or None."""
    if ent.start == 0:
        return None
    before = doc[ent.start - 1]
    word = before.lower_
    if before.pos_ != "NOUN" or before.ent_type_ or not (before.is_lower or before.is_title and before.is_sent_start):
        return None
    return word if is_introducing_noun(word) else None


def _described_after(doc, ent) -> str | None:
    """"Halvik Towers, the independent telecoms infrastructure company, ...": the noun for a
    kind of organisation that heads a description set off by commas after the name, or None."""
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("a", "an", "the"):
        return None
    for tok in doc[ent.end + 2:min(len(doc), ent.end + 10)]:
        if tok.text in (",", ";", ")") or tok.is_sent_end:
            prev = doc[tok.i - 1]
            word = prev.lower_
            return word if prev.pos_ == "NOUN" and prev.is_lower and is_introducing_noun(word) else None
        if tok.pos_ in ("VERB", "AUX") or tok.ent_type_:
            return None
    return None


def _which_follows(doc, ent) -> bool:
    """A subject with "which" after it (not "the plant in Halby, which", where the clause is the plant's)."""
    return ent.root.dep_ in ("nsubj", "nsubjpass") and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
        and doc[ent.end + 1].lower_ == "which"


def is_introducing_noun(word: str) -> bool:
    """A common noun for a kind of organisation ("startup", "brewer", "chipmaker")."""
    if word in _PERSON_MAKERS:
        return False
    return word in _INTRODUCING_NOUNS or word in lx.ORGANISATION_NOUNS or word.endswith(lx.ANAPHOR_ORG_SUFFIXES)


_LOCATION_PREPOSITIONS = frozenset({"in", "near", "across", "around", "throughout"})
# "invest in X", "a stake in X": "in" before a company
_INTO_A_BUSINESS = frozenset({"invest", "investment", "stake", "interest", "share", "holding"})


def written_as_location(ent) -> bool:
    """"in Eastbrook", "across Eastbrook": the entity as the object of a preposition of place."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ in _LOCATION_PREPOSITIONS and prep.head.lemma_.lower() not in _INTO_A_BUSINESS


def _is_place(text: str) -> bool:
    from commitments.extract.pipeline import canonical_name, capitals, countries, regions, seats

    text = canonical_name(text)
    return text in countries() or text in capitals() or text in regions() or text in seats()


_PERSON_TITLES = lx.ROLE_TITLES | {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sir", "dame", "lord",
                                   "executive", "chairman", "chairwoman", "secretary", "director", "founder"}


def _titled(doc, ents: list) -> set[str]:
    """The words of names that follow a person's title somewhere ("Prime Minister Tanabe
    Haruki", "Mr Tanabe"): people, whatever order their names take."""
    out = set()
    for e in ents:
        if e.start > 0 and doc[e.start - 1].lower_ in _PERSON_TITLES or e[0].lower_ in _PERSON_TITLES:
            out.update(t.text for t in e)
    return out


def _words(ent) -> list:
    """The name's words, without the line break a headline's last entity may take in."""
    return [t for t in ent if not t.is_space]


def consistent_types(doc, ents: list) -> list:
    """``ents`` with each name's mentions relabelled to the type the document's evidence
    gives it (organisation or person); others as they were. The names introduced as
    companies are kept in ``doc.user_data["introduced_companies"]`` with the noun that introduced
    them, for "the company" and "the retailer"."""
    names = [e for e in ents if e.label_ in _NAME_LABELS]
    # a short form used as a company is ("Trondvik shares rose"): tagged anything but a person,
    # or left untagged; a short form tagged a person fits a surname-first name ("Park Ji-hoon … Park")
    alone = {e.text for e in names if len(_words(e)) == 1 and e.label_ != "PERSON"}
    alone.update(t.text for t in doc if t.pos_ == "PROPN" and not t.ent_type_)
    titled = _titled(doc, names)
    # the leading words of companies' names ("Warrau Gold" of "Warrau Gold Mining Ltd"), built once
    leading = {" ".join(w.text for w in _words(o)[:k]) for o in names if o.label_ == "ORG"
               for k in range(2, len(_words(o)))}
    introduced: dict[str, str] = {}  # said to be a company (name: the noun that said so), whatever it was tagged
    company: set[str] = set()  # shortened as a company is: a mention tagged a person
    person: set[str] = set()
    for e in names:
        noun = _introducing_noun(doc, e) or _described_after(doc, e)
        if noun and not _is_place(e.text):
            introduced.setdefault(e.text, noun)
        if e.label_ == "PERSON" and _which_follows(doc, e):
            company.add(e.text)  # "Orvik, which runs 30 homes": "which", not "who"
        own = _words(e)
        if e.label_ == "PERSON" and len(own) > 1 and own[0].text in alone and own[-1].text not in alone \
                and own[0].text[:1].isupper() and not _is_place(own[0].text) and own[0].text not in titled:
            company.add(e.text)  # "Trondvik Marine Foods" … "Trondvik": shortened as a company is
        if e.label_ == "PERSON" and len(own) > 1 and e.text in leading:
            company.add(e.text)  # "Warrau Gold" for "Warrau Gold Mining Ltd": the leading words of a company's name
        last = e.text.rstrip("'’ \n").split()[-1].lower().strip(".,")
        if e.label_ == "PERSON" and len(own) > 1 and last in _CLUB_ENDINGS | lx.INDUSTRY_NAME_WORDS:
            company.add(e.text)  # "Kestley Wanderers' meeting", "Kelby Mining said": no one's name ends so
    for e in names:
        own = _words(e)
        if len(own) < 2:
            continue
        if e.label_ == "ORG" or e.text in company or e.text in introduced:
            if own[0].pos_ == "PROPN" and not _is_place(own[0].text):
                company.add(own[0].text)
        elif e.label_ == "PERSON":
            person.add(own[-1].text)
    doc.user_data["introduced_companies"] = introduced
    relabelled: set[str] = set()
    from commitments.extract.dateline import dateline_place

    home = dateline_place(doc.text)  # "MEDELLÍN, Colombia (AP) — Medellín will": the city, not a person
    out = []
    for e in ents:
        want = None
        if home and e.label_ == "PERSON" and e.text == home:
            want = "GPE"
        elif e.text not in person and not _is_place(e.text) and (
                e.text in introduced or e.text in company and e.label_ == "PERSON"
                or e.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and e.text in leading):
            want = "ORG"  # ("Velto Cell", tagged a facility, is "Velto Cell AB" without its suffix)
        elif e.text in person and e.text not in company | introduced.keys() and len(_words(e)) == 1 \
                and e.label_ == "ORG":
            want = "PERSON"
        if want is not None and e.label_ != want and e.label_ in _NAME_LABELS:
            e = doc[e.start:e.end]
            e.label_ = want
            if want == "ORG":
                relabelled.add(e.text)
        out.append(e)
    out += _untagged_mentions(doc, out, leading)
    # user data crosses processes as msgpack when the pipe runs in workers: lists and dicts only
    doc.user_data["relabelled_orgs"] = sorted(relabelled)
    return sorted(out, key=lambda e: e.start)


def _untagged_mentions(doc, ents: list, leading: set[str]) -> list:
    """"Velmora Grain Group pledged ... Velmora Grain also said": a company's leading words
    written again where the model tagged nothing, a whole run of untagged proper nouns, are that
    company."""
    if not leading:
        return []
    tagged = {i for e in ents for i in range(e.start, e.end)}
    longest = max(len(n.split()) for n in leading)
    found, i = [], 0
    while i < len(doc):
        t = doc[i]
        if t.pos_ != "PROPN" or i in tagged or (i > 0 and doc[i - 1].pos_ == "PROPN"):
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < longest and doc[end].pos_ == "PROPN" and end not in tagged:
            end += 1
        if end - i >= 2 and (end >= len(doc) or doc[end].pos_ != "PROPN") and doc[i:end].text in leading:
            span = doc[i:end]
            span.label_ = "ORG"
            found.append(span)
        i = end
    return found


def short_names(doc) -> dict[str, str]:
    """"Trondvik" for "Trondvik Marine Foods": the first word of an organisation's name, where the
    text also uses it alone and no other organisation's name begins with it."""
    # a first word the model knows alone as an organisation ("Microsoft", beside "Microsoft
    # Research Lab") is a name of its own, not a short form
    alone = {e.text for e in doc.ents if len(_words(e)) == 1 and e.label_ in _NAME_LABELS}
    relabelled = set(doc.user_data.get("relabelled_orgs", ()))
    alone -= {e.text for e in doc.ents if len(_words(e)) == 1 and e.label_ == "ORG" and e.text not in relabelled}
    # a name the text writes as a location ("rents in Eastbrook") is a place, and "Eastbrook
    # Public Homes" an agency named after it, not its full name
    alone -= {e.text for e in doc.ents if len(_words(e)) == 1 and written_as_location(e)}
    full: dict[str, set[str]] = {}
    # "Velmora Grain" for "Velmora Grain Group": a company's leading words the text uses as a name of their own
    mentioned = {e.text for e in doc.ents if e.label_ in _NAME_LABELS and len(_words(e)) > 1}
    # (not "Hai Long" of "Hai Long Port JSC" where the model tags it a place: the city the company is named after)
    mentioned -= {e.text for e in doc.ents if e.label_ == "GPE"}
    for e in doc.ents:
        own = _words(e)
        if e.label_ == "ORG" and len(own) > 1 and own[0].pos_ == "PROPN" and own[0].text in alone \
                and not _is_place(own[0].text):
            full.setdefault(own[0].text, set()).add(clean_name(e.text))
        # (not a name the model ran into a common noun: "University of Tsukuba partnership")
        if e.label_ == "ORG" and len(own) > 2 and own[0].pos_ == "PROPN" and not own[-1].is_lower:
            for k in range(2, len(own)):
                lead = " ".join(w.text for w in own[:k])
                # (not "Warrau Gold" of "Warrau Gold Ltd.": one name up to its legal suffix, kept as written)
                if lead in mentioned and not _is_place(lead) and name_words(lead) != name_words(e.text):
                    full.setdefault(lead, set()).add(clean_name(e.text))
    return {short: next(iter(names)) for short, names in full.items() if len(names) == 1}
