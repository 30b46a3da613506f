"""Lines of a bulleted or numbered list that state an amount with no verb of their own.

A list introduced by a lead-in line that ends on a colon ("The biggest grants are:",
"A few partners brought funds of their own:") breaks a pledge into lines such as
"- Town of Ashcombe: $12.4 million, for 275 homes", "1. Austria: €2.8 billion" or
"- in-service scholarships for 25 civil servants – $1.9 million". Each line is a record of
its own. Who gives, in order: a country named as the line's label (countries give, the
labels of a breakdown are otherwise who receives), or any name there where the lead-in says
the list names backers, donors or pledges; a giver written after the amount
("£7.6 million from Hartley Trust"); else the actor of the record the list breaks down (the
nearest record before the lead-in), whose share the line is.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from commitments.extract.actors import giver_of, names_in
from commitments.extract.list_frames import LABEL_LINE, lead_in_line
from commitments.extract.list_frames import MARKER as _MARKER
from commitments.extract.list_frames import line_bounds as _line_bounds
from commitments.extract.money import find_amounts
from commitments.records import clean_name

_LABEL = re.compile(r"(?P<label>[^:\n]{2,90}?):\s*(?:[a-z]+\s+){0,3}$")  # "Chile: an additional", "Science: about"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
LEAD_REACH = 2500  # characters back from the lead-in to the record the list breaks down


def _finite(tok) -> bool:
    """A finite verb, less the tagger's slips: a plural noun read as a verb ("postgraduate
    diplomas in health" tagged VBZ) is no verb where the word index lists no such verb."""
    from commitments.extract.pipeline import is_english_verb

    return tok.tag_ in _FINITE and (tok.tag_ == "MD" or is_english_verb(tok.lemma_.lower()))


def _lead_in(text: str, line_start: int) -> int | None:
    """Where the lead-in line of the list that holds the line at ``line_start`` starts, if
    that line ends on a colon; None where the list has no such lead-in."""
    bounds = lead_in_line(text, line_start)
    return bounds[0] if bounds is not None and text[bounds[0]:bounds[1]].rstrip().endswith(":") else None


def _country(names: list[str]) -> list[str]:
    from commitments.extract.pipeline import countries

    return [n for n in names if n in countries()]


def giver_after(doc, a) -> tuple[list[str], list]:
    """"£7.6 million from Hartley Trust", "a $2 million commitment from the Orrin Foundation,
    set up by ...", "€9 million (about $9.8 million) from mining firm Kalco": the giver of a
    "from" or "by" phrase on the amount, on the noun it sizes, or right after it."""
    text = doc.user_data.get("text") or doc.text
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is not None:
        tok = span.root
        heads = [tok]
        if tok.dep_ == "appos" and tok.head.i < tok.i:
            heads.append(tok.head)  # "P9 million (about $700,000) from X": the equivalent hangs on the sum
        if tok.dep_ in ("nummod", "compound", "amod", "quantmod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            heads.append(tok.head)  # "a $2 million commitment from X": the noun the amount sizes
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > tok.i:
                    names, spans = giver_of(p)
                    if names:
                        return names, spans
    m = re.match(r"\)?\s*(?:\([^()]{1,40}\)\s*)?from\s+", text[a.end:a.end + 60])
    if m is None:
        return [], []
    tok = doc.char_span(a.end + m.end(), a.end + m.end() + 1, alignment_mode="expand")
    if tok is None:
        return [], []
    word = tok.root
    while word.dep_ in ("compound", "amod") and word.head.i > word.i:
        word = word.head  # "from mining firm Kalco": up from the description to the name it describes
    if word.dep_ == "pobj" and word.head.lower_ == "from":
        return giver_of(word.head)  # the parser may hang "from" on the line, not on the amount
    return names_in(list(word.subtree))


_NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "FAC", "NORP", "LOC"})


def _is_name(span) -> bool:
    """A label that names someone ("City of Eastmere", "Norway"), not a topic ("Science")."""
    return any(t.ent_type_ in _NAME_LABELS for t in span) or sum(t.text[:1].isupper() for t in span if t.is_alpha) >= 2


_GIVER_WORDS = re.compile(r"\b(?:backers?|sponsors?|donors?|contributors?|funders?|benefactors?|pledges?|pledged"
                          r"|commitments?|committed|contributions?|investors?|lenders?|signator(?:y|ies)|new money)\b", re.IGNORECASE)
# a label set off by a dash before the sum ("• Velmora Foods – $70 million, mostly for seedlings")
_DASH_LABEL = re.compile(r"(?P<label>[^:\n–—]{2,90}?)\s+[–—-]\s+(?:[a-z]+\s+){0,3}$")


# a label set off by a comma before the sum ("- the Orrin Trust, $30 million;", "- Calder Bank, a $12 million loan")
# (a name: capitalised, "the" at most before it; not "- set up a unit, with $5 million")
_COMMA_LABEL = re.compile(r"(?P<label>(?:the\s+)?[A-Z][^:\n,–—]{1,88}?),\s+(?:[a-z]+\s+){0,3}$")


def _collective(actors) -> bool:
    """"outside donors", "partners": an unnamed collective, written in lower case."""
    return bool(actors) and all(not any(c.isupper() for c in a) for a in actors)


_RECIPIENT_LEAD = re.compile(r"\b(?:went|go|goes|going|recipients?|receive[sd]?|awarded|winners?)\b|\b(?:to|for)\s*:\s*$",
                             re.IGNORECASE)


# words of many names that say which one nothing
_COMMON_NAME_WORDS = frozenset({"the", "of", "and", "for", "family", "foundation", "fund", "trust", "group", "bank",
                                "government", "council", "city", "state", "national", "international", "university"})


def _names_a_giver_word(lead_line: str, actors) -> bool:
    """Whether the lead-in holds a distinctive word of one of the actors' names ("the Okafor gift"
    for the Okafor Family Foundation)."""
    words = set(re.findall(r"[A-Z][\w'-]+", lead_line))
    return any(w in words and w.lower() not in _COMMON_NAME_WORDS for n in actors for w in n.split())


def _breaks_down(whole, a) -> bool:
    """Whether the amount is a share of the package record ``whole`` (same currency, smaller)."""
    return whole is not None and whole.money is not None and whole.money.currency == a.currency \
        and bool(whole.money.value) and a.value < whole.money.value


def _lists_givers(lead_line: str) -> bool:
    """A lead-in that says its lines name who gives ("named the festival's private backers:",
    "Our running list of pledges:"): the labels are givers, not recipients of a breakdown
    ("The biggest contributions went to:")."""
    return _GIVER_WORDS.search(lead_line) is not None and _RECIPIENT_LEAD.search(lead_line) is None


def _list_lines(text: str, line_start: int) -> list[int]:
    """The starts of the other bulleted or numbered lines of the list that holds the line at
    ``line_start`` (blank lines between them allowed)."""
    out = []
    for step in (-1, 1):
        at = line_start
        while len(out) < 60:
            if step < 0:
                if at == 0:
                    break
                at = _line_bounds(text, at - 1)[0]
            else:
                end = _line_bounds(text, at)[1]
                if end >= len(text):
                    break
                at = end + 1
            line = text[at:_line_bounds(text, at)[1]]
            if not line.strip():
                continue
            if _MARKER.match(line) is None and _unmarked_item(text, at) is None:
                break  # ("Ostland: €4 million" lines with no bullet are a list's lines too)
            out.append(at)
    return out


def _siblings_name_their_subjects(doc, text: str, line_start: int) -> bool:
    """Whether another line of the list is a clause whose named subject opens it ("• The Vessen
    Foundation will give CHF 5 million to ...") or is labelled with a country ("- Ruritania: $16
    million"): then a line's label beside it ("• Harrow Trust: $4 million for ...") names a
    giver too, not what the money goes to."""
    for start in _list_lines(text, line_start):
        marker = _MARKER.match(text, start) or _unmarked_item(text, start)
        label = re.match(r"([^:,\n–—]{2,40}?)\s*[:,–—]", text[marker.end():_line_bounds(text, start)[1]])
        if label is not None and _country([label.group(1).strip()]):
            return True
        first = doc.char_span(marker.end(), marker.end() + 1, alignment_mode="expand")
        if first is None:
            continue
        tok = first.root
        while tok.dep_ in ("compound", "det", "amod") and tok.head.i > tok.i:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or not tok.ent_type_ in ("ORG", "GPE", "PERSON"):
            continue
        verb = tok.head
        if verb.tag_ in _FINITE or any(c.tag_ == "MD" for c in verb.children):
            return True
    return False


def collective_label(who) -> str | None:
    """A label that names an unnamed collective in the plural ("Private sector partners"), as written."""
    from commitments.extract.amounts_first import collective

    return collective(who.root) if who.root.tag_ == "NNS" else None


def _country_label(text: str, start: int, at: int) -> bool:
    """Whether the line's label, before the sum at ``at``, is a country ("- Ostland: €5 million")."""
    label = _LABEL.match(text, start, at)
    return label is not None and bool(_country([label.group("label").strip()]))


def _coined_name(tok) -> bool:
    """An acronym ("USAID"), whatever part of speech the tagger gave it."""
    return tok.is_alpha and len(tok) >= 3 and tok.is_upper


def _label_name(span):
    """The name in a label that introduces it ("Brewer Taberna Ulla" → "Taberna Ulla",
    "Energy company Eólica Brava" → "Eólica Brava"); the label as written otherwise."""
    from commitments.extract.name_types import is_introducing_noun

    # a noun that introduces is lower case, or opens the label ("Brewer X"); "First National Bank
    # Trust" keeps its "Bank"
    cut = max((t.i + 1 for t in span if is_introducing_noun(t.lower_) and (t.is_lower or t.i == span.start)),
              default=span.start)
    rest = span.doc[cut:span.end]
    return rest if cut < span.end and rest[0].text[:1].isupper() else span


def _measure_before(text: str, at: int) -> bool:
    from commitments.extract.lexicon import NOISE_NOUNS

    m = re.search(r"(\w+)\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?$", text[max(0, at - 40):at])
    return m is not None and m.group(1).casefold() in NOISE_NOUNS


_NO_MARKER = re.compile("")


def _unmarked_item(text: str, line_start: int):
    """A list line written with no bullet ("3 June: Ireland, €15 million", "Tampere: 12 million
    euros, a tram depot"): a label and a colon opening the line, with another line so shaped just
    before or after it. A zero-width match at the line's start, or None."""
    if not LABEL_LINE.match(text, line_start):
        return None
    start, end = _line_bounds(text, line_start)
    neighbours = []
    before = text.rfind("\n", 0, max(0, start - 1))
    while before >= 0 and not text[before + 1:start].strip() and before > 0:  # blank lines between
        start = before + 1
        before = text.rfind("\n", 0, before)
    prev_start = before + 1 if start > 0 else None
    if prev_start is not None and prev_start < start:
        neighbours.append(prev_start)
    nxt = end + 1
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    if nxt < len(text):
        neighbours.append(nxt)
    if any(LABEL_LINE.match(text, n) for n in neighbours):
        return _NO_MARKER.match(text, line_start)
    if prev_start is not None and _DATE_HEADING.fullmatch(text[prev_start:text.find("\n", prev_start)].strip()):
        return _NO_MARKER.match(text, line_start)  # a dated tracker's entry: "26 June 2024" over "Norway: $50 million"
    return None


def list_line(document, doc, a, timeframes, earlier, cm):
    """The record of a list line whose amount no verb governs, or None."""
    text = doc.user_data.get("text") or doc.text
    line_start, line_end = _line_bounds(text, a.start)
    marker = _MARKER.match(text, line_start) or _unmarked_item(text, line_start)
    if marker is None or marker.end() > a.start:
        return None
    tracked = _TRACKER.match(text, marker.end(), a.start) or _TRACKER_REVISED.match(text, marker.end(), a.start)
    if tracked is not None:
        return tracker_line(document, doc, a, tracked, line_end, timeframes, cm)
    lead = _lead_in(text, line_start)
    clause_siblings = _siblings_name_their_subjects(doc, text, line_start)
    if lead is None and not clause_siblings and not _country_label(text, marker.end(), a.start):
        return None  # (a country that labels its own line gives, as it would beside others: "- Ostland: €5 million")
    before = doc.char_span(marker.end(), a.start, alignment_mode="contract")
    if before is not None and any(_finite(t) for t in before):
        return None  # "- Revenue fell to $5 billion": the line has a verb of its own, read elsewhere
    if _measure_before(text, a.start):
        return None  # "- a Director at a salary of €184,000": what a thing costs or earns, not a pledge
    second = bool(find_amounts(text[marker.end():a.start]))
    names, spans = [], []
    lead_line = text[lead:_line_bounds(text, lead)[1]] if lead is not None else ""
    earlier_here = [r for r in reversed(earlier) if r.doc == document.doc and r.actors
                    and lead - LEAD_REACH <= r.passage.start < _line_bounds(text, lead)[1]
                    and r.passage.end <= line_start] if lead is not None else []  # up to the lead-in: not another line's giver
    # a record whose actor the lead-in names ("Projects backed by the city council are:")
    # beats a nearer one about something else
    # ("The Okafor gift breaks down like this:": the giver's own name word, not another's)
    whole = next((r for r in earlier_here if any(n in lead_line for n in r.actors)), None) or next(
        (r for r in earlier_here if _names_a_giver_word(lead_line, r.actors)), earlier_here[0] if earlier_here else None)
    # the lead-in says the lines name who gives, or they break down what an unnamed collective
    # gives ("outside donors will put up $90 million" and then "- the Orrin Trust, $30 million")
    givers = _lists_givers(lead_line) or whole is not None and _collective(whole.actors) or (
        clause_siblings and _RECIPIENT_LEAD.search(lead_line) is None)
    label = _LABEL.match(text, marker.end(), a.start)
    if label is None:
        # "• Velmora Foods – $70 million" under "The members pledged:", "- the Orrin Trust, $30 million;"
        # (a country so set off gives under any lead-in: "- Portugal, €6 million")
        set_off = _DASH_LABEL.match(text, marker.end(), a.start) or _COMMA_LABEL.match(text, marker.end(), a.start)
        if set_off is not None and (givers or _country([set_off.group("label").strip()])):
            label = set_off
    if label is None and ":" in text[marker.end():a.start]:
        return None  # "Phase 2: roads, $5 million": a label that is neither a name nor a date
    if label is not None:
        # "Fiji (host)", "Brewer Taberna Ulla, the main sponsor": the name, less what it says of it
        named = re.match(r"[^,(–—]*", label.group("label")).group(0).rstrip() or label.group("label")
        who = doc.char_span(marker.end(), marker.end() + len(named), alignment_mode="contract")
        # "Lugo city council"; "USAID" (an acronym the tagger took for an adjective)
        named_giver = givers and who is not None and any(t.pos_ == "PROPN" or _coined_name(t) for t in who)
        if who is None or not (_is_name(who) or _country([who._.actor_name]) or named_giver
                               or givers and collective_label(who)):
            return None  # "- Science: €3.2 billion": a breakdown by topic, not by who gives or receives
        found, found_spans = names_in(list(who))
        labelled = _label_name(who)
        whole_name = clean_name(labelled.text)
        if givers and len(found) == 1 and found[0] != whole_name and found[0] in whole_name and all(
                t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in labelled):
            found, found_spans = [whole_name], [labelled]  # "Halden Fund for Development": the model tagged a part
        names = found if givers else _country(found)
        spans = found_spans if names else []
        if givers and not names and (_is_name(who) or named_giver):
            who = _label_name(who)
            names, spans = [clean_name(who.text)], [who]  # "- Caixa Ártabra: €400,000", a name the model missed
        kept = collective_label(who) if givers and not names else None
        if kept:
            names, spans = [kept], [who]  # "- Development lenders: $2 billion", kept as written
        if not names and _country([who._.actor_name]):
            names, spans = [who._.actor_name], [who]  # "- Norway: 400 million kroner", the label left untagged
    if not names:
        names, spans = giver_after(doc, a)
    if second and not names:
        return None  # one line, one pledge: a later sum counts only with a giver of its own ("a further £4m from X")
    if names:
        whole = None  # the line's own giver: no share of the whole's
    else:
        if whole is None:
            return None
        names = list(whole.actors)
    end = _trimmed(text, marker.end(), line_end)
    rec = cm._record(document, names, spans, marker.end(), max(end, a.end), a, timeframes, "funding", "amount-list-line", [])
    if _breaks_down(whole, a):
        rec.part_of = whole.id  # a share of the package the list breaks down
    return "new", rec


# "3. 14 May 2022: Danish Red Cross, DKK 40 million", "- 2 June: Ostland, €300 million in
# loans – bridges", "- 10:05: Varnia, €15 million": a numbered or bulleted line whose label is
# a date (a day and month, a month and year, or a full date) or a live blog's time and whose giver is written between the colon and the sum
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LABEL = (rf"(?:\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
               rf"|{_MONTHS}\s+\d{{4}}|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|(?:19|20)\d\d"
               # the time of a live blog's entry: "10:05", "9.40 am", "14:20 CET"
               r"|\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|BST|EST|EDT|local))?)")
# (the giver may carry a bracketed agency: "Kuwait (KFAED), $15 million")
_TRACKER = re.compile(rf"(?P<date>{_DATE_LABEL})\s*[:–—]\s*(?P<who>[^,:;\n\d()]{{2,60}}?)(?:\s*\([^()\n]{{1,30}}\))?"
                      rf"\s*[,:–—-]\s*$", re.IGNORECASE)
# "20 May: Ruritania - pledge raised to EUR 9 million": the giver's pledge at its new level
_TRACKER_REVISED = re.compile(rf"(?P<date>{_DATE_LABEL})\s*[:–—]\s*(?P<who>[^,:;\n\d()]{{2,60}}?)\s+[-–—]\s+"
                              r"(?:its\s+)?(?:pledge|contribution|commitment|aid)\s+(?:raised|increased|lifted|topped\s+up)\s+to\s*$",
                              re.IGNORECASE)
# what may follow the sum on such a line: a stated equivalent, "in loans", then a purpose
# after a dash, a comma or "for"
_TRACKER_REST = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:in\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\b)?\s*"
                           # "over five years", "combined", "a year": how the sum is spread, not a clause
                           r"(?:(?:over|across)\s+(?:the\s+next\s+)?[\w-]+\s+years?|combined|in\s+total|a\s+year|each)?\s*"
                           r"(?:(?:[–—,;]|\s-\s|\bfor\b|\bto\b)[^\n]*)?\.?\s*$")


# "$4 million relief grant, plus blankets", "A$2 million through charities": the form the sum
# takes or the way it goes, then anything without a verb of its own (checked below)
_NOUN_AFTER_SUM = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:(?:[a-z-]+\s+){0,2}(?:grant|loan|aid|donation|contribution|"
                             r"package|pledge|funding|assistance)s?\b|(?:through|via|from|after|under|plus|with)\b)")
_SHARE = re.compile(r"[,;(]\s*(?:including|of\s+which|incl\.)\s")


_DATE_HEADING = re.compile(rf"(?:\w+day,?\s+)?{_DATE_LABEL}", re.IGNORECASE)
_DATED_LINE = re.compile(rf"\s*(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*:", re.IGNORECASE)


def is_dated_line(line: str) -> bool:
    """"9 May: Ruritania - EUR 7 million": a tracker's line, never a headline."""
    return _DATED_LINE.match(line) is not None


def tracker_line(document, doc, a, tracked, line_end, timeframes, cm):
    """The record of a tracker line: the name between the date and the sum gives it, the
    line from its date is the passage, and a stated equivalent in brackets is no second
    record. A line whose rest holds a verb or another sum is read by the other rules."""
    text = doc.user_data.get("text") or doc.text
    # the line's first sentence: "17 Nov — Ostland: $60 million. Its premier announced ..." goes on
    # in a sentence of its own, which the clause rules read
    stop = re.search(r"\.\s+(?=[A-Z])", text[a.end:line_end])
    line_end = a.end + stop.start() + 1 if stop is not None else line_end
    rest = text[a.end:line_end]
    if _TRACKER_REST.match(rest) is None and not _NOUN_AFTER_SUM.match(rest):
        return None
    after = doc.char_span(a.end, line_end, alignment_mode="contract")
    if after is not None and any(t.tag_ in _FINITE for t in after):
        return None  # "... €40 million, which doubles its aid": a clause the clause rules read
    equivalent = re.match(r"\s*\([^()\n]{1,40}\)", rest)
    later = rest[equivalent.end() if equivalent else 0:]
    share = _SHARE.search(later)  # ", including €5 million for nutrition": a share of the line's sum
    if find_amounts(later[:share.start()] if share else later):
        return None  # a second sum on the line: not one giver's one pledge
    who = doc.char_span(tracked.start("who"), tracked.end("who"), alignment_mode="expand")
    if who is None:
        return None
    names, spans = names_in(list(who))
    if _country([who._.actor_name]) and names != [who._.actor_name]:
        names, spans = [who._.actor_name], [who]  # "Kuwait (KFAED)": the country, whatever the model tagged it
    if not names and (_country([who._.actor_name]) or sum(t.text[:1].isupper() for t in who if t.is_alpha) >= 2
                      and all(t.text[:1].isupper() or not t.is_alpha or t.is_stop for t in who)):
        names, spans = [who._.actor_name], [who]  # "Qarvik Red Cross", a name the model left untagged
    if not names and who.root.pos_ == "NOUN":
        from commitments.extract.amounts_first import collective

        kept = collective(who.root)  # "An anonymous donor": an unnamed giver, kept as written
        names, spans = ([kept], [who]) if kept else ([], [])
    if not names:
        return None  # "- 2021: Revenue, $5 million": a year's figure, not a giver's pledge
    end = _trimmed(text, a.end, line_end)
    rec = cm._record(document, names, spans, tracked.start("date"), end, a, timeframes, "funding", "amount-tracker", [])
    return "new", rec


# a lead-in that lists pledges: "Among other announcements:", "Pledges made on the day:"
_PLEDGE_LEAD = re.compile(r"\b(?:pledg|commit|announc|promis|contribut|donor|donat|offer)", re.IGNORECASE)
_ANY_MARKER = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-•*–—·])[ \t]+", re.MULTILINE)
_DATED_GIVER = re.compile(rf"(?P<date>{_DATE_LABEL})\s*[:–—]\s*(?P<who>[^,:;\n\d()]{{2,60}}?)\s*,\s*", re.IGNORECASE)
_NAME_LABEL = re.compile(r"(?P<who>[^,:;\n\d()]{2,60}?):\s+")


def deliverable_lines(document, doc, amounts, timeframes, records) -> list:
    """Pledges without money in a list of pledges: a line whose label is a country or an
    organisation (or a date and then one) and whose body, with no verb of its own, names
    something delivered: a gerund ("- Ostland: publishing every vessel's owner from 2026")
    or a count of things ("4. 2 May: Westria, 5,000 tents for the camps"). Only under a
    lead-in that speaks of pledges, commitments or announcements, and only on lines no
    record and no amount holds."""
    from commitments.extract import commitments as cm
    from commitments.extract.commitments import _counted, _deliveries, _kind_of

    text = doc.user_data.get("text") or doc.text
    _, not_verbs = _deliveries()
    # looked up by bisection: a table of 10,000 bulleted lines and amounts must stay linear
    held = sorted((r.passage.start, r.passage.end) for r in records if r.doc == document.doc)
    held_starts = [s for s, _ in held]
    reach = list(accumulate((e for _, e in held), max))  # the furthest end of the passages up to each
    sums = sorted(a.start for a in amounts)
    mine = sorted((r for r in records if r.doc == document.doc and r.actors), key=lambda r: r.passage.start)
    mine_starts = [r.passage.start for r in mine]
    out = []
    for m in _ANY_MARKER.finditer(text):
        line_start, line_end = _line_bounds(text, m.start())
        k = bisect_left(held_starts, line_end)
        if bisect_left(sums, line_start) < bisect_left(sums, line_end) or k and reach[k - 1] > line_start:
            continue  # an amount on the line, or a record that holds part of it
        lead = _lead_in(text, line_start)
        if lead is None:
            continue
        promised = _promise_line(document, doc, m.end(), line_end, timeframes)
        if promised is not None:
            out.append(promised)
            continue
        measure = _measure_line(document, doc, m.end(), line_end, lead, mine, mine_starts, timeframes)
        if measure is not None:
            out.append(measure)
            continue
        if not _PLEDGE_LEAD.search(text[lead:_line_bounds(text, lead)[1]]):
            continue
        dated = _DATED_GIVER.match(text, m.end(), line_end)
        label = dated or _NAME_LABEL.match(text, m.end(), line_end)
        if label is None:
            counted = _counted_line(document, doc, m.end(), line_end, lead, mine, mine_starts, timeframes)
            if counted is not None:
                out.append(counted)
            continue
        who = doc.char_span(label.start("who"), label.end("who"), alignment_mode="contract")
        body = doc.char_span(label.end(), line_end, alignment_mode="contract")
        if who is None or body is None or not len(body):
            continue
        names, spans = _giver_label(who)
        if not names or any(t.tag_ in _FINITE for t in body):
            continue  # "- Sweden: raised its support to ...": a clause the clause rules read
        first = body[0]
        # a gerund with an object (the tagger may call "training 400 inspectors" a noun)
        gerund = (first.tag_ == "VBG" or first.lower_.endswith("ing")) and first.lemma_.lower() not in not_verbs \
            and any(c.dep_ == "dobj" for c in first.children)
        counted = first.like_num and any(_counted(t) for t in body[:4])
        if not (gerund or counted):
            continue
        end = _trimmed(text, label.end(), line_end)
        kind = _kind_of({t.lemma_.lower() for t in body} | {t.lower_ for t in body}) or "resources"
        start = label.start("date") if dated else label.start("who")
        out.append(cm._record(document, names, spans, start, end, None, timeframes, kind, "list-deliverable", []))
    return out


# "- Ostland to deploy 300 rangers ...", "- Westria's pledge to protect 4,000 km² of forest":
# a list item written like a headline, or a pledge noun with its owner
_TO_VERB = re.compile(r"(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+to\s+(?P<verb>[a-z]+)\s+\S")
_OWNED_PLEDGE = re.compile(r"(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})['’]s?\s+(?:\w+\s+)?"
                           r"(?:pledge|commitment|promise|vow|undertaking)\s+to\s+(?P<verb>[a-z]+)\s+\S")


def _promise_line(document, doc, start: int, line_end: int, timeframes):
    """A list item that promises in a headline's words: "X to VERB ..." with a verb of
    pledging (the future of a headline), or "X's pledge to VERB ..."; X a country or one
    organisation. The line is the passage."""
    from commitments.extract import commitments as cm
    from commitments.extract import lexicon as lx
    from commitments.extract.commitments import _kind_of
    from commitments.extract.pipeline import is_english_verb

    text = doc.user_data.get("text") or doc.text
    owned = _OWNED_PLEDGE.match(text, start, line_end)
    m = owned or _TO_VERB.match(text, start, line_end)
    if m is None or not is_english_verb(m.group("verb")):
        return None
    if owned is None and m.group("verb") not in lx.PLEDGE_VERBS:
        return None  # "- Ostland to face a review": not a pledge
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if who is None:
        return None
    names, spans = _giver_label(who, untagged=True)
    if not names:
        return None
    end = _trimmed(text, m.end("verb"), line_end)
    body = doc.char_span(m.end("verb"), end, alignment_mode="contract")
    words = {m.group("verb")} | ({t.lemma_.lower() for t in body} if body is not None else set())
    return cm._record(document, names, spans, m.start("who"), end, None, timeframes, _kind_of(words) or "resources",
                      "list-promise", [])


# a lead-in that lists the measures of a package: "ministers set out a package of reforms:",
# "Other measures announced today include:", "Key commitments in the plan:"
_MEASURES_LEAD = re.compile(r"\b(?:measures|reforms|commitments|undertakings|steps|actions|initiatives)\b[^:\n]*:\s*$",
                            re.IGNORECASE)


def _measure_line(document, doc, start: int, line_end: int, lead: int, records, starts, timeframes):
    """"- a ban on new oil heating in the buildings it constructs" under a lead-in that lists a
    package's measures: a pledge without money of whoever the lead-in names as setting it out,
    else of the nearest record before the list. Only a line with no verb of its own and no
    label (a noun phrase or a gerund)."""
    from commitments.extract import commitments as cm
    from commitments.extract.actors import actors_of
    from commitments.extract.commitments import _kind_of

    text = doc.user_data.get("text") or doc.text
    lead_end = _line_bounds(text, lead)[1]
    if not _MEASURES_LEAD.search(text, lead, lead_end) or _NAME_LABEL.match(text, start, line_end):
        return None
    body = doc.char_span(start, line_end, alignment_mode="contract")
    # (a verb of a relative clause is the noun's: "a ban on heating in any building it puts up")
    if body is None or len(body) < 3 or body[0].pos_ in ("PRON", "PROPN") or any(
            _finite(t) and t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors) for t in body):
        return None
    head = doc.char_span(lead, lead_end, alignment_mode="contract")
    actors = actors_of(head.root, [])[0] if head is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.root.children) else []
    if not actors:
        whole = _record_before(lead, records, starts)
        actors = list(whole.actors) if whole is not None else []
    if not actors:
        return None
    kind = _kind_of({t.lemma_.lower() for t in body} | {t.lower_ for t in body}) or "policy"
    return cm._record(document, actors, [], start, _trimmed(text, start, line_end), None, timeframes, kind,
                      "list-measure", [])


def _counted_line(document, doc, start: int, line_end: int, lead: int, records, starts, timeframes):
    """"- 300 vocational scholarships for ...": a count of things delivered, with no verb of
    its own and no label, in a list of pledges: a share of the record the list breaks down
    (the nearest record with an actor before the lead-in), by that record's actor."""
    from commitments.extract import commitments as cm
    from commitments.extract.commitments import _counted, _deliveries, _kind_of

    text = doc.user_data.get("text") or doc.text
    body = doc.char_span(start, line_end, alignment_mode="contract")
    if body is None or len(body) < 3 or not body[0].like_num or any(_finite(t) for t in body):
        return None
    objects, _ = _deliveries()
    if not any(_counted(t) and (t.lemma_.lower() in objects or t.lower_ in objects) for t in body[:4]):
        return None  # only things delivered to people ("scholarships", "nurses"), not any count
    whole = _record_before(lead, records, starts)
    if whole is None:
        return None
    kind = _kind_of({t.lemma_.lower() for t in body} | {t.lower_ for t in body}) or "resources"
    return cm._record(document, list(whole.actors), [], start, _trimmed(text, start, line_end), None, timeframes, kind,
                      "list-deliverable", [])


def _record_before(lead: int, records, starts):
    """The nearest record with an actor that ends before the lead-in at ``lead``, within
    ``LEAD_REACH`` (``records`` in text order, ``starts`` their passages' starts): the record a
    list breaks down."""
    for k in range(bisect_left(starts, lead) - 1, -1, -1):
        if records[k].passage.start < lead - LEAD_REACH:
            break
        if records[k].passage.end <= lead:
            return records[k]
    return None


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` less the spaces and the closing punctuation of a list line."""
    while end > start and text[end - 1] in " \t;.,":
        end -= 1
    return end


def _giver_label(who, untagged: bool = True) -> tuple[list[str], list]:
    """A label that names a giver: a country (tagged or not), an organisation, or (with
    ``untagged``) a run of proper nouns the model left untagged ("Gabonia's pledge to")."""
    if _country([who._.actor_name]):
        return [who._.actor_name], [who]
    ents = [e for e in who.ents if e.label_ in ("ORG", "GPE")]
    if len(ents) == 1 and ents[0].start == who.start and ents[0].end == who.end:
        return [ents[0]._.actor_name], [ents[0]]
    if untagged and all(_untagged_name(t) for t in who):
        return [who._.actor_name], [who]
    return [], []


def _untagged_name(tok) -> bool:
    """A capitalised word that names someone though the model tagged nothing: a proper noun,
    or a word no English dictionary lists ("Ostland", not "Science" or "Phase")."""
    from commitments.extract.pipeline import is_english_word

    if not tok.text[:1].isupper() or tok.ent_type_ not in ("", "GPE", "ORG", "NORP"):
        return False
    return tok.pos_ == "PROPN" or not is_english_word(tok.lower_)


_INLINE_GAP = re.compile(r"[:;]\s*(?:and\s+|plus\s+)?$")


def inline_item(document, doc, a, timeframes, cm):
    """An item of a list run into one sentence after a colon, its items split by semicolons
    ("New pledges were as follows: $60 million from Ostland; €20 million from Varnia; and ...")
    under a lead-in that names pledges: the giver is the "from" phrase after the sum."""
    from commitments.extract.lexicon import PLEDGE_NOUNS

    text = doc.user_data.get("text") or doc.text
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    before = text[sent.start_char:a.start]
    colon = before.find(":")
    if colon < 0 or ";" not in text[sent.start_char:sent.end_char] or not _INLINE_GAP.search(before):
        return None
    lead = doc.char_span(sent.start_char, sent.start_char + colon, alignment_mode="contract")
    if lead is None or not any(t.lemma_.lower() in PLEDGE_NOUNS for t in lead):
        return None  # "Prices were as follows: ...": not a list of pledges
    names, spans = giver_after(doc, a)
    if not names:
        return None
    end = text.find(";", a.end, sent.end_char)
    end = sent.end_char if end < 0 else end
    while end > a.end and text[end - 1] in " .,":
        end -= 1
    return "new", cm._record(document, names, spans, a.start, end, a, timeframes, "funding", "amount-list-item", [])
