"""The lines at the top of a text (the headline and the standfirst lines right under it) that
no clause rule read, re-read by their shape. A headline is a telegram: a name, then "to"
and a verb ("Arvo and Pell to build a smelter in Kemi"), or a verb in the present
("Lindland seals 8 billion crown deal", "Port bank inks swap pact with ..."), or no actor at
all ("$40 million to speed up repairs at 9 depots"); a standfirst often opens on the sum
("€300 million investment to create 1,200 jobs"). The parser reads such lines badly (a
demonym tagged as a verb, the name and its infinitive read as a noun and a relative
clause), so the shape is read from the words and the lists of pledge words, and the
actor comes from the names before the verb, the story's lead, or the headline above."""
from __future__ import annotations

import re

from commitments.extract import lexicon as lx
from commitments.extract.dateline import top_lines
from commitments.records import Commitment

# Verbs that sign or close a deal; with a deal noun in the line they report its making.
SIGN_VERBS = frozenset({"sign", "seal", "ink", "clinch", "strike", "conclude", "finalise", "finalize"})
DEAL_NOUNS = frozenset({"deal", "pact", "agreement", "accord", "memorandum", "mou", "contract", "loan", "treaty"})
# Verbs of an event that ended with what was pledged at it: "summit closes with 40 pledges worth N".
CLOSING_VERBS = frozenset({"close", "end", "conclude", "wrap"})
# Nouns of a sum that is itself a pledge when it opens a line: "€30 million grant to ...".
SUM_NOUNS = lx.PLEDGE_NOUNS | {"contract", "aid", "support", "finance", "budget", "outlay"}
_CONNECTORS = frozenset({"and", "&", ",", "of", "'s", "’s", "the"})
_SEGMENT = re.compile(r"[;|]")
MAX_ACTOR_TOKENS = 8


def _forms(tok) -> set[str]:
    w = tok.lower_
    return {w, tok.lemma_.lower(), w[:-1], w[:-2], w[:-1] + "e" if w.endswith("ed") else w,
            w[:-3] if w.endswith("ies") else w}


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A headline's clauses: "X to build ...; Y commits N" is two."""
    out, at = [], start
    for m in _SEGMENT.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]


def _tokens(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [] if span is None else [t for t in span if not t.is_space and start <= t.idx < end]


def _name_phrase(toks, body: str | None = None) -> bool:
    """Whether tokens are names: capitalised words and acronyms, with "and", commas and "of"
    between them ("Arvo Steel and Pell Metals", "Port of Kemi"). In a title-case line
    (``body`` given: the story under it) capitals say nothing, so a word is a name only where
    the story writes it capitalised and never in lower case, or it is an acronym."""
    words = [t for t in toks if t.lower_ not in _CONNECTORS]
    if not (words and len(toks) <= MAX_ACTOR_TOKENS and toks[0].text[:1].isupper() and all(
            t.text[:1].isupper() and not t.like_num and t.ent_type_ not in ("MONEY", "DATE", "CARDINAL") for t in words)):
        return False
    return body is None or all(t.text in _places() or _named_in(t.text, body) for t in words)


def _places() -> set[str]:
    """Countries, capitals and nationalities: names in any case."""
    from commitments.extract.pipeline import capitals, demonyms

    return set(demonyms()) | set(demonyms().values()) | set(capitals()) | set(capitals().values())


def _named_in(word: str, body: str) -> bool:
    if word.isupper() and len(word) > 1:
        return True  # an acronym
    stem = re.escape(word.rstrip("s"))
    if re.search(rf"\b{stem.lower()}s?\b", body):
        return False  # written in lower case in the story: a common word
    return bool(re.search(rf"\b{stem}s?\b", body))


def _title_case(toks) -> bool:
    words = [t for t in toks if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def _actors(toks) -> list[str]:
    """The names in a headline's opening words: each part between "and" and commas, by its
    entity's name where the model tagged one, a demonym by its country, else as written."""
    from commitments.extract.pipeline import demonyms

    parts, cur = [], []
    for t in toks:
        if t.lower_ in ("and", "&", ",") and t.lower_ != "&" or t.text == ",":
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    names = []
    for part in parts:
        if not part:
            continue
        span = part[0].doc[part[0].i:part[-1].i + 1]
        ents = [e for e in span.ents if e.label_ in ("ORG", "GPE", "PERSON", "NORP")]
        text = span.text
        word = text[:-1] if text.endswith("s") else text
        if len(ents) == 1 and ents[0].text == text and ents[0].label_ in ("ORG", "GPE", "PERSON"):
            names.append(ents[0]._.actor_name)
        elif text in demonyms() or word in demonyms():
            names.append(demonyms().get(text) or demonyms()[word])  # "Czechs" sign for the Czech state
        elif text.casefold() not in lx.NON_ACTOR_WORDS:
            names.append(text)
    return list(dict.fromkeys(names))


def _same_sum(rec: Commitment, amount) -> bool:
    return bool(rec.money and rec.money.currency == amount.currency and rec.money.value and amount.value
                and max(rec.money.value, amount.value) <= 1.01 * min(rec.money.value, amount.value))


def _lead_actors(records: list[Commitment], after: int, amount) -> list[str]:
    """The actors of the first record after ``after`` that states the same sum: a headline
    restates its lead."""
    lead = next((r for r in records if r.passage.start >= after and r.actors and _same_sum(r, amount)), None)
    return list(lead.actors) if lead else []


# Nouns of a group that a "NAME-led" names its leader of: "Arvo-led consortium to build ...".
LED_GROUP_NOUNS = frozenset({"group", "consortium", "team", "venture", "alliance", "partnership", "coalition", "bloc"})


def _led_group(toks, body: str | None, cues) -> tuple[list, object] | None:
    """"Arvo-led consortium to build a smelter": the leader's names and the pledge verb."""
    for k in range(1, min(len(toks) - 5, MAX_ACTOR_TOKENS) + 1):
        dash, led, group, to, verb = toks[k:k + 5]
        if dash.text == "-" and led.lower_ == "led" and group.lemma_.lower() in LED_GROUP_NOUNS and to.lower_ == "to" \
                and _forms(verb) & cues and _name_phrase(toks[:k], body):
            return toks[:k], verb
    return None


def _verb_shape(toks, body: str | None) -> tuple[list, object] | None:
    """"NAMES to VERB" or "NAMES VERB(s)": the opening names and the pledge verb."""
    cues = lx.PLEDGE_VERBS | lx.PROMISE_VERBS | SIGN_VERBS
    if (led := _led_group(toks, body, cues)) is not None:
        return led
    for k, t in enumerate(toks[:MAX_ACTOR_TOKENS + 1]):
        if k == 0:
            continue
        if t.lower_ == "to" and k + 1 < len(toks) and _forms(toks[k + 1]) & cues and _name_phrase(toks[:k], body):
            return toks[:k], toks[k + 1]
        present = t.tag_ not in ("VBD", "VBN", "VBG") and not t.lower_.endswith(("ed", "ing"))
        if present and (_forms(t) & (lx.PROMISE_VERBS | SIGN_VERBS | lx.REPORTED_VERBS) or _delivers_a_count(t, toks[k + 1:])) \
                and _name_phrase(toks[:k], body):
            return toks[:k], t
        if not _name_phrase(toks[:k + 1]):
            return None
    return None


def _delivers_a_count(verb, rest) -> bool:
    """"Ruritania Readies Lessons for 9,000 Nurses", "X trains 500 teachers": a verb in the
    present (not one that only describes) before a number of things or people delivered."""
    from commitments.extract.commitments import _deliveries

    objects, not_verbs = _deliveries()
    if not verb.lower_.endswith("s") or _forms(verb) & (not_verbs | lx.NOISE_VERBS):
        return False
    return any(t.like_num and any(u.lower_ in objects for u in rest[k + 1:k + 3]) for k, t in enumerate(rest))


def headline_records(document, doc, amounts, timeframes, records: list[Commitment], make, skipped) -> list[Commitment]:
    """Records for the clauses of the headline and standfirst lines that hold none yet.
    ``make(actors, start, end, money, kind, rule)`` builds a record; ``skipped(at)`` says
    whether a place is a link line or in a list of links (never read)."""
    text = document.text
    lines = top_lines(text)
    if not lines:
        return []
    _titles_to_lead(doc, records, lines[0])
    out: list[Commitment] = []
    held = {(r.money.start, r.money.end) for r in records if r.money}
    headline_names: list[str] = []
    for n, (line_start, line_end) in enumerate(lines):
        for start, end in _segments(text, line_start, line_end):
            toks = _tokens(doc, start, end)
            while toks and toks[0].is_punct:
                toks = toks[1:]  # a bullet: "• €30 million grant to ..."
            if not toks:
                continue
            start = toks[0].idx
            if skipped(start):
                continue
            taken = [r for r in records + out if r.passage.start < end and r.passage.end > start]
            body = text[lines[-1][1]:] if _title_case(toks) else None
            shape = _verb_shape(toks, body)
            if n == 0 and shape is not None and not headline_names:
                headline_names = _actors(shape[0])
            if taken:
                if n == 0 and not headline_names:
                    headline_names = list(taken[0].actors)
                continue
            money = next((a for a in amounts if start <= a.start < end and (a.start, a.end) not in held), None)
            rec = None
            if shape is not None:
                names, verb = shape
                words = {w for t in toks for w in _forms(t)}
                if _forms(verb) & SIGN_VERBS and not words & DEAL_NOUNS:
                    continue
                actors = _actors(names)
                if actors:
                    rec = make(actors, start, end, money, "investment", "headline-shape")
            elif body is not None and (found := _recased(document, amounts, toks, body, start, end, make)):
                out.extend(found[:-1])
                rec = found[-1]
            elif money is not None:
                rec = _sum_first(doc, amounts, toks, money, records, headline_names, line_end, n, start, end, make)
            if rec is not None:
                out.append(rec)
                if n == 0 and not headline_names:
                    headline_names = list(rec.actors)
    return out


def _recased(document, amounts, toks, body: str, start: int, end: int, make) -> list[Commitment]:
    """A title-case clause re-read in sentence case ("Velmora Earmarks 750 Mil. Euros for
    Imaging Plant" as "Velmora earmarks 750 mil. euros for imaging plant"): every word but
    the first, acronyms, places, nationalities and what the story writes as a name goes to
    lower case, and the rules read the clause again on its own."""
    from commitments.extract.commitments import find_commitments
    from commitments.extract.pipeline import load_nlp
    from commitments.records import Document

    places = _places()
    chars = list(document.text[start:end])
    for t in toks[1:]:
        if t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.text not in places \
                and not _named_in(t.text, body):
            chars[t.idx - start] = chars[t.idx - start].lower()
    recased = "".join(chars)
    if recased == document.text[start:end]:
        return []
    clause = Document(doc=document.doc, sha256=document.sha256, text=recased, title=None,
                      published=document.published, publisher=document.publisher)
    out = []
    for r in find_commitments(clause, load_nlp()(recased)):
        money = None if r.money is None else next(
            (a for a in amounts if a.start == start + r.money.start and a.end == start + r.money.end), None)
        named = all(w in places or _named_in(w, body) for a in r.actors for w in a.split() if w[:1].isupper())
        if r.actors and named and (r.money is None or money is not None):
            out.append(make(r.actors, start + r.passage.start, start + r.passage.end, money, r.kind, "headline-recased"))
    return out


def _titles_to_lead(doc, records: list[Commitment], line: tuple[int, int]) -> None:
    """"Crown prince unveils N plan", "Forum ends with 40 deals worth N": a headline whose
    actor is only a title, or an event's tally, names the giver in the lead, the first later
    record that states the same sum."""
    for rec in records:
        if not (line[0] <= rec.passage.start < line[1]) or rec.money is None or not rec.actors:
            continue
        if all(a.split()[-1].casefold() in lx.ROLE_TITLES for a in rec.actors if a.split()) \
                or _tally_names(_tokens(doc, rec.passage.start, rec.money.start)) is not None:
            actors = _lead_actors(records, line[1], rec.money)
            if actors:
                rec.actors = actors
                rec.mentions = [m for m in rec.mentions if m.role != "actor"]


def _tally_names(lead_in) -> list | None:
    """The event's name in "NAME closes with 40 pledges worth" (the words before a sum), or
    None where the words are not an event's tally."""
    if len(lead_in) < 3 or lead_in[-1].lower_ != "worth" or lead_in[-2].lower_ not in _w()["worth_pledge_nouns"]:
        return None
    verb = next((t for t in lead_in[:-2] if _forms(t) & CLOSING_VERBS), None)
    return None if verb is None else lead_in[:lead_in.index(verb)]


def _sum_first(doc, amounts, toks, money, records, headline_names, line_end, n, start, end, make):
    """A clause that opens on its sum ("$40 million to speed up ...", "€300 million investment
    to create 1,200 jobs, signed by X") or an event's tally ("summit closes with 40 pledges
    worth N"): the agent after "by", else the lead's record of the same sum, else (under a
    headline) the headline's names."""
    lead_in = [t for t in toks if t.idx < money.start]
    after = [t for t in toks if t.idx >= money.end]
    if lead_in and lead_in[-1].lower_ == "worth":
        names = _tally_names(lead_in)
        if names is None:
            return None
        event = len(names) > 1 and names[-1].lower_ in _w()["event_nouns"] and _name_phrase(names[:-1])
        actors = _lead_actors(records, line_end, money) or (
            [names[0].doc[names[0].i:names[-1].i + 1].text] if event else [])  # "Tarsis Growth summit"
        return make(actors, start, end, money, "funding", "headline-tally") if actors else None
    if any(t.is_alpha and not t.text[:1].isupper() for t in lead_in) and len(lead_in) > 1:
        return None  # the sum is not what the clause opens on
    if not after:
        return None
    first = after[0]
    to_verb = first.lower_ == "to" and len(after) > 1 and after[1].pos_ in ("VERB", "AUX", "NOUN", "ADJ")
    noun = next((t for t in after[:3] if _forms(t) & SUM_NOUNS), None)
    if not (to_verb or noun is not None):
        return None
    agent = next((k for k, t in enumerate(after) if t.lower_ == "by" and k and after[k - 1].tag_ == "VBN"), None)
    actors: list[str] = []
    if agent is not None and _name_phrase(after[agent + 1:]):
        actors = _actors(after[agent + 1:])
    actors = actors or _lead_actors(records, line_end, money) or (
        headline_names if n > 0 else _restating_subject(doc, amounts, line_end, money) or _main_organisation(doc))
    return make(actors, start, end, money, "investment", "headline-sum") if actors else None


def _restating_subject(doc, amounts, after: int, money) -> list[str]:
    """The subject of the sentence of the first later amount of the same sum, where no record
    holds it ("The council is putting $40 million into ..."): who the headline's sum is."""
    from commitments.extract.actors import actors_of

    a = next((a for a in amounts if a.start >= after and a.currency == money.currency and a.value and money.value
              and max(a.value, money.value) <= 1.01 * min(a.value, money.value)), None)
    if a is None:
        return []
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return actors_of(tok, [])[0] if tok is not None and tok.pos_ in ("VERB", "AUX") else []


def _main_organisation(doc) -> list[str]:
    """The organisation the text names most (twice at least): a release's own headline."""
    from commitments.extract.commitments import _most_named_organisation

    ent = _most_named_organisation(doc)
    return [ent._.actor_name] if ent is not None else []


def _w():
    from commitments.extract.amounts_first import _w

    return _w()
