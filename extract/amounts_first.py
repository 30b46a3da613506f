"""Amount-first extraction: every amount in the text is a candidate pledge.

The clause rules (``commitments.py``) find pledges whose verb they know. This pass starts
from the other end: each amount ``find_amounts`` reads (less link lines and page
furniture) that no record holds yet is placed in its sentence's parse, and its role is
decided from syntax:

- the **governing chain**: from the amount up to its verb, and from that verb up through
  ``xcomp``/``conj``/participle links to the verb that carries tense and modality
  ("officials expect to deploy $17 billion", "is expected to commit", "obliges X to invest");
- **tense, aspect and modality** on that chain: a future (*will*, *shall*, a headline's
  "X to VERB", "is to"), an obligation (*must*, "obliges X to"), an intention or expectation
  ("wants to", "is poised to"), a headline in the present, a promise or gift reported in the
  past ("gave $40m", "was pledged by"), make it a pledge; a perfect of spending with a
  track-record cue ("over the past decade ... has invested"), a comparison ("well above the
  €8 million"), a target sought, a measurement, a negation or a hypothetical do not. Verb
  lists are evidence for these frames (``patterns/amount_roles.json``), not gates;
- **parts of a package**: "$400 million of that sum", "accounts for $120 million of the
  loan" become records tied to the whole by ``part_of``;
- **the actor**, by a cascade: who is obliged, the subject (through ``actors_of``: passive
  agent, relative pronoun, coreference), the possessor or "by X" of a pledge noun, the
  speaker ("..., the state government said"), a collective kept as written ("donor
  nations", "the county council"); a programme or fund as subject gives way to the body
  behind it (the speaker); a dateline city never acts.

An amount whose chain reaches a record of the same sentence that has no amount fills that
record ("launched Atlas, a programme that officials expect to deploy $17 billion").
"""
from __future__ import annotations

import functools
import json
import re
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from commitments.extract import amount_frames as frames
from commitments.extract import lexicon as lx
from commitments.extract.actors import (
    ACTOR_LABELS, SUBJECTS, actors_of, campaign_promise, giver_of, names_in, programme_backer, subject_of,
)
from commitments.extract.consolidate import REVISED_RULE, REVISION_RULE
from commitments.extract.learned_records import learned_record
from commitments.extract.list_lines import giver_after, inline_item, list_line
from commitments.extract.money import find_amounts
from commitments.extract.pledge_rounds import labelled_in_a_round, named_and_pledging, named_share, next_in_a_round
from commitments.records import Commitment, Mention, clean_name

_DATA = Path(__file__).with_name("patterns") / "amount_roles.json"
_VERBAL = ("VERB", "AUX")
NEIGHBOURS = 12  # records before an amount that it may fill, belong to, or point back to
_CLIMB = ("xcomp", "conj", "advcl", "ccomp", "acomp", "relcl")
# "Shillong, May 4 (IANS):", "Lisbon, Jan. 9, (AFP) –", "Wellington, 3 March 2024 -": where a
# line says where and when it was filed, in any case
_DATELINE_PREFIX = re.compile(
    r"^\s*[A-Z][\w.'’\- ]{1,40}?(?:/[A-Z][\w.'’\- ]{1,30}?)?(?:,\s*[A-Z][\w.'’\- ]{1,30}?)?,\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})(?:,?\s*\d{4})?,?\s*"
    r"(?:\([^)\n]{1,30}\)\s*)?(?:[:\-–—]{1,2}|\s)\s*")


_PHRASE_LISTS = ("comparison_before", "source_before", "part_cues", "track_record_cues", "habitual_cues")  # matched as phrases, in order


@functools.lru_cache(maxsize=1)
def _w() -> dict[str, frozenset[str] | tuple[str, ...]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    out = {}
    for k, v in data.items():
        if k.startswith("_"):
            continue
        out[k] = tuple(v) if k in _PHRASE_LISTS else frozenset(v)
    return out


def pledge_nouns() -> frozenset[str]:
    """Nouns that name a pledge: the lexicon's and the pass's extras ("facility", "tranche")."""
    return lx.PLEDGE_NOUNS | _w()["pledge_nouns_extra"]


def doc_text(doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def sentence_of(tok):
    """``tok.sent`` without its cost: spaCy walks the document for it on every call, which
    made a table of many amounts quadratic. The sentences are listed once per document."""
    doc = tok.doc
    sents = doc.user_data.get("sent_spans")
    if sents is None:
        sents = doc.user_data["sent_spans"] = list(doc.sents)
        doc.user_data["sent_span_starts"] = [x.start for x in sents]
    return sents[bisect_right(doc.user_data["sent_span_starts"], tok.i) - 1]


def dateline_end(sent) -> int:
    """Where the sentence starts once a dateline that opens it is left out."""
    m = _DATELINE_PREFIX.match(sent.text)
    return sent.start_char + m.end() if m else sent.start_char


def amount_records(document, doc, amounts, timeframes, records: list[Commitment], skipped) -> list[Commitment]:
    """Records for the amounts that no record of ``records`` holds; fills the amount of a
    record of the same clause chain that has none. ``skipped(offset)`` says whether an
    offset lies in a link line or a list of links."""
    from commitments.extract import commitments as cm

    out: list[Commitment] = []
    by_id = {r.id: k for k, r in enumerate(records)}
    # every record so far, in text order, so that an amount looks only at its neighbours
    # (a table of 10,000 amounts must stay linear)
    seen = sorted(records, key=lambda r: r.passage.start)
    starts = [r.passage.start for r in seen]
    doc.user_data["records_in_order"] = seen  # kept current below: a relative clause's record lies after its sum

    def add(rec: Commitment) -> None:
        out.append(rec)
        j = bisect_right(starts, rec.passage.start)
        starts.insert(j, rec.passage.start)
        seen.insert(j, rec)

    for a in amounts:
        if skipped(a.start) or cm._is_noise_money(a, doc):
            continue
        k = bisect_right(starts, a.start)
        nearby = seen[max(0, k - NEIGHBOURS):k]
        host = next((r for r in reversed(nearby) if r.passage.start <= a.start and a.end <= r.passage.end
                     and r.money is not None), None)
        if host is not None:
            # the item just before it may be a record of its own already ("A, B and C")
            host = max((r for r in nearby if r.money is not None and r.doc == document.doc
                        and host.money.start <= r.money.start and r.money.end <= a.start),
                       key=lambda r: r.money.end, default=host)
            revised = _level_revised(document, doc, a, timeframes, nearby, cm) if host.rule == REVISION_RULE else None
            if revised is not None:
                add(revised)
                continue
            level = _revision_level(document, doc, a, host, cm)
            if level is not None:
                if level.id in by_id:
                    records[by_id[level.id]] = level
                else:  # a record this pass made: "its pledge of N to M" read from the amounts alone
                    out[next(j for j, r in enumerate(out) if r.id == level.id)] = level
                seen[next(j for j in range(k - 1, -1, -1) if seen[j].id == level.id)] = level
                continue
            inside = doc.char_span(a.start, a.end, alignment_mode="expand")
            relative = _relative_pledge(document, doc, a, inside.root, sentence_of(inside.root), timeframes, nearby, cm) \
                if inside is not None else None
            if relative is not None and relative[0] == "new" and set(relative[1].actors) != set(host.actors):
                add(relative[1])  # "as well as N in credit that two state banks will extend": another's pledge
                continue
            rec = _list_item(document, doc, a, host, timeframes, cm)
            if rec is not None:
                add(rec)
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        found = _candidate(document, doc, a, span, timeframes, nearby, cm)
        if found is None:
            # an item listed after the amount of a record of the same sentence
            prev = next((r for r in reversed(nearby) if r.money is not None and r.doc == document.doc), None)
            if prev is not None and _credit_in_another_currency(doc, a, prev):
                continue
            rec = _list_item(document, doc, a, prev, timeframes, cm) if prev is not None else None
            if rec is not None:
                found = "new", rec
        if found is None:
            # no frame the rules know: the pledge classifier may still read it as a pledge
            rec = learned_record(document, doc, a, span, timeframes, nearby, cm, amounts)
            if rec is not None:
                found = "new", rec
        if found is None:
            continue
        kind, rec = found
        if kind == "held":
            continue
        if kind == "many":
            for one in rec:
                add(one)
            continue
        if kind == "fill":
            records[by_id[rec.id]] = rec
            at = next(j for j in range(len(seen) - 1, -1, -1) if seen[j].id == rec.id)
            if rec.passage.start == starts[at]:
                seen[at] = rec
            else:  # the passage now starts at the sum before it ("N in credit that X will extend")
                del seen[at], starts[at]
                add_seen = bisect_right(starts, rec.passage.start)
                starts.insert(add_seen, rec.passage.start)
                seen.insert(add_seen, rec)
        else:
            add(rec)
    doc.user_data.pop("records_in_order", None)
    return out


_UP_FROM = re.compile(r"\bup from(?: the| an?)?\Z")


def _level_revised(document, doc, a, timeframes, earlier, cm):
    """"raised its planned investment to M, up from the N it announced last year": N is the
    pledge the revision changes, by the same giver (a record of its own, grouped with the
    revision by ``consolidate``), not a comparison."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return None
    sent = sentence_of(span.root)
    before = " ".join(doc_text(doc)[max(sent.start_char, a.start - 30):a.start].casefold().split())
    if not _UP_FROM.search(before):
        return None
    revision = next((r for r in reversed(earlier) if r.rule == REVISION_RULE and r.doc == document.doc
                     and r.money is not None and sent.start_char <= r.money.start < a.start), None)
    if revision is None:
        return None
    tok = span.root
    start = doc_text(doc).rfind("up from", sent.start_char, a.start)
    start = start if start >= 0 else a.start
    end = max(a.end, tok.right_edge.idx + len(tok.right_edge.text))
    return cm._record(document, list(revision.actors), [], start, end, a, timeframes, revision.kind, REVISED_RULE, [])


def _credit_in_another_currency(doc, a, prev) -> bool:
    """"may draw up to USD 150 million and Rs 900 crore": the credit line of ``prev`` in a
    second currency, not a pledge of its own."""
    if prev.money.currency == a.currency or doc_text(doc)[prev.money.end:a.start].strip() != "and":
        return False
    span = doc.char_span(prev.money.start, prev.money.end, alignment_mode="expand")
    _path, verb = _path_to_verb(span.root) if span is not None else ([], None)
    return verb is not None and frames.credit_facility(verb) is not None


def _revision_level(document, doc, a, host, cm):
    """The host with the new level of a revision as its sum, where the host holds the step
    ("increased its commitment by N to M": M is the pledge) or the old level ("will top up its
    pledge of N to M"), or None."""
    step = doc.char_span(host.money.start, host.money.end, alignment_mode="expand")
    if step is None:
        return None
    _path, verb = _path_to_verb(step.root)
    if verb is None or verb.lemma_.lower() not in _w()["revision_verbs"]:
        return None
    text = doc_text(doc)
    if not (frames.is_revision_step(text, host.money.start, host.money.end)
            or frames.is_revision_base(text, host.money.start, host.money.end)) \
            or text[host.money.end:a.start].strip() != "to":
        return None
    return replace(host, money=cm._in_dollars(a, document.published),
                   mentions=[m if m.role != "money" else Mention("money", a.start, a.end, a.text) for m in host.mentions])


_RESTATED = re.compile(r"\s*(?:or|\()\s*(?:about\s+|roughly\s+|some\s+)?[^\s\d,;()]{0,4}\s?\d[\d.,]*\s*"
                       r"(?:trillion|billion|million|crore|lakh|bn|mn|tn)?\)?")
_FOLLOWED = re.compile(r"^[^.;:!?]{0,160}?,\s*(?:and\s+)?followed\s+by\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
_ITEM_GAP = re.compile(r"^[^.;:!?]{0,200}?(?:,|\band\b|\bplus\b|\bwhile\b)\s*(?:\w+\s+){0,6}?$", re.IGNORECASE)
_ITEM_END = re.compile(r",|;|\.\s|\band\b|\bplus\b|\bwhile\b|$", re.IGNORECASE)


def _without_items(tok) -> list:
    """``tok``'s subtree less the apposed or coordinated items that carry an amount of their
    own ("from A, a $300 million credit from B": the giver is A)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not (c.dep_ in ("appos", "conj") and any(
            x.like_num or x.tag_ == "$" for x in c.subtree)))
    return sorted(out, key=lambda t: t.i)


_SHARE_END = re.compile(r",|;|\.\s|\.$|\n|$")
_OF_WHICH = re.compile(r"^[^.;:!?]{0,160}?,\s*of\s+which\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)


def _share_of(document, doc, a, host, timeframes, cm, text):
    """"will invest PLN 380 billion over ten years, of which about PLN 150 billion is to go to
    X": a share of the record's sum, by its giver, up to the next separator."""
    if a.currency != host.money.currency or a.value >= host.money.value:
        return None
    start = text.rfind("of which", 0, a.start)
    m = _SHARE_END.search(text, a.end)
    end = max(m.start() if m else a.end, a.end)
    while end > a.end and text[end - 1] in " ,(.":
        end -= 1
    item = doc.char_span(a.start, end, alignment_mode="expand")
    words = f" {' '.join(text[a.end:end].casefold().split())} "
    if any(f" {c} " in words for c in _w()["track_record_cues"]):
        return None  # ", of which $2 billion has already been disbursed": what is done, not a share pledged
    recipients = []
    if item is not None:
        to = [t for p in item if p.lower_ in ("to", "for", "towards") and p.dep_ == "prep" for t in p.subtree][1:]
        recipients = [n for n in names_in(to)[0] if n not in host.actors]
    rec = cm._record(document, list(host.actors), [], start, end, a, timeframes, host.kind, "amount-share", recipients)
    rec.part_of = host.id
    return rec


def _list_item(document, doc, a, host, timeframes, cm):
    """An amount listed after the one its record holds, with no verb between them: an item
    of its own ("will allocate 427.6 billion pesos to X, 124.5 billion pesos to Y and 72.5
    billion pesos to Z", "the Netherlands will give $5 million ... and Norway $3 million",
    "an $850 million loan from A, a $300 million credit from B"). It takes a name written
    just before it ("and Norway $3 million") or a giver of its own ("from B") as actor,
    else the record's; it shares the record's whole, if any."""
    if host.money.start >= a.start or host.money.end > a.start or a.start - host.money.end > 200:
        return None
    text = doc_text(doc)
    # "¥96.2 billion or Rp10.31 trillion, ahead of ...": a restated equivalent is no item
    # and no alternative; the gap starts after it
    gap_start = host.money.end
    m = _RESTATED.match(text, gap_start, a.start)
    if m is not None and m.end() < a.start:
        gap_start = m.end()
    gap = text[gap_start:a.start]
    if _OF_WHICH.search(gap):
        return _share_of(document, doc, a, host, timeframes, cm, text)
    followed = _FOLLOWED.search(gap) is not None  # "..., followed by a second-phase loan of N": the next in a series
    if "\n" in gap or not (followed or _ITEM_GAP.match(gap) and not any(c in gap.casefold() for c in _w()["item_gap_stops"])):
        return None
    gap_span = doc.char_span(gap_start, a.start, alignment_mode="expand")
    if gap_span is None:
        return None
    # "$3 million for X to build a refinery, $5 million for Y": a purpose infinitive is part
    # of the item before, not a clause between the two
    verbs = [t for t in gap_span if t.pos_ in _VERBAL and t.dep_ not in ("amod", "compound") and not _purpose(t)]
    # "..., paying $24 billion for X and converting $11 billion", ", followed by a second loan
    # of ¥70 billion": a participle that takes the item's amount is the item's own verb
    item_root = doc.char_span(a.start, a.end, alignment_mode="expand")
    above = {x.i for x in item_root.root.ancestors} if item_root is not None else set()
    governs = any(v.tag_ in ("VBG", "VBN") and v.dep_ in ("advcl", "conj", "acl", "xcomp") and v.i in above for v in verbs)
    # "will put $20 million into X and dedicate $25 million to Y": a second verb of the same
    # subject with its own sum is a pledge of its own, not a part
    coordinated = not governs and any(v.tag_ == "VB" and v.dep_ == "conj" and v.i in above for v in verbs)
    governs = governs or coordinated
    if verbs and not (governs and all(v.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ in SUBJECTS for c in v.children)
                                      for v in verbs)):
        return None
    # the item runs from the amount (or the name just before it) to the next separator
    m = _ITEM_END.search(text, a.end)
    end = m.start() if m else a.end
    end = max(end, a.end)
    while end > a.end and text[end - 1] in " ,(.":
        end -= 1
    item = doc.char_span(a.start, end, alignment_mode="expand")
    if a.currency != host.money.currency and not any(c in f" {gap.casefold()} " for c in (" and ", " plus ", ";")):
        return None  # ", about R$ 21 billion at today's exchange rates": the same sum restated
    w = _w()
    if item is not None and any(t.lemma_.lower() in w["target_words"] or t.lower_ in w["target_words"]
                                or t.lemma_.lower() in w["target_verbs"] for t in item[1:]):
        return None  # "the US$23 billion it had asked for"
    if item is not None and any(f" {c} " in f" {item.text.casefold()} " for c in w["track_record_cues"]):
        return None  # "..., having provided $2 billion in each of the previous two years": done, not pledged
    lead = [t for t in gap_span if t.idx >= host.money.end][-4:]
    if len(lead) > 1 and lead[-1].lower_ == "with":
        lead = lead[:-1]  # "..., followed by Ruritania with €2 billion": a ranking names each giver before "with"
    named = [t for t in lead if t.ent_type_ in ("GPE", "ORG", "NORP") and t.i == lead[-1].i]
    actors, spans, start = list(host.actors), [], a.start
    if named:
        ent = next((e for e in doc.ents if e.start <= named[0].i < e.end), None)
        if ent is not None and ent.label_ in ACTOR_LABELS and ent._.actor_name not in host.actors:
            actors, spans, start = [ent._.actor_name], [ent], ent.start_char
    if item is not None and not spans:
        givers = [t for p in item if p.dep_ == "prep" and p.lower_ in ("from", "by") for t in p.subtree][1:]
        names, gspans = names_in(givers)
        if names:
            actors, spans = names, gspans
    if not actors:
        return None
    recipients = []
    if item is not None:
        to = [t for p in item if p.lower_ in ("to", "for", "towards") and p.dep_ == "prep" for t in p.subtree][1:]
        recipients = [n for n in names_in(to)[0] if n not in actors]
    rec = cm._record(document, actors, spans, start, end, a, timeframes, host.kind, "amount-list-item", recipients)
    rec.part_of = getattr(host, "part_of", None)
    if governs and not coordinated and rec.part_of is None and host.money.currency == a.currency \
            and host.money.value > a.value and not followed:
        rec.part_of = host.id  # "invest $35 billion, paying $24 billion for ...": a part of the whole
    return rec


def _candidate(document, doc, a, span, timeframes, earlier, cm):
    w = _w()
    tok = span.root
    sent = sentence_of(tok)
    text = doc_text(doc)
    before = " ".join(text[max(sent.start_char, a.start - 30):a.start].casefold().split())
    after = " ".join(text[a.end:a.end + 40].casefold().split())
    qualified = bool(a.qualifier) and before.endswith(("more than", "less than", "not less than", "no less than"))
    prev = next((r for r in reversed(earlier) if r.doc == document.doc and r.money is not None
                 and sent.start_char <= r.money.start and r.money.end <= a.start), None)
    if prev is not None and _OLD_LEVEL_GAP.fullmatch(text, prev.money.end, a.start):
        # "lifted it to N from the M it paid": the old level, a record of its own only where a
        # revision says "up from" (grouped with it), never a pledge apart
        revised = _level_revised(document, doc, a, timeframes, earlier, cm) if prev.rule == REVISION_RULE else None
        return ("new", revised) if revised is not None else None
    if any(before.endswith(c) for c in w["comparison_before"]) and not any(before.endswith(c) for c in w["source_before"]) \
            and not qualified:  # "more than £35m" read as the amount's qualifier is no comparison
        return None  # "up from $1.21 billion", "far more than the $2 billion" (not "paid from £45 million")
    path, verb = _path_to_verb(tok)
    if verb is not None and verb.lemma_.lower() in ("put", "peg", "place", "value") and any(
            p.lower_ == "at" and p.dep_ == "prep" for p in path):
        return None  # "analysts put a vessel of that class at about $85 million", "a deal that valued X at N": a valuation
    if any((p.lower_ in w["comparison_words"] or p.lemma_.lower() in w["comparison_words"])
           and not (qualified and p.lower_ == "than") for p in path):  # ("confirms more than N": a qualifier)
        return None  # "well above the €8 million that ..."
    if verb is not None and verb.lemma_.lower() in w["reduction_verbs"] and any(p.lower_ == "by" and p.dep_ == "prep" for p in path):
        return None  # "would cut the weekly bill for a family by about $95": how much less, not a pledge
    if _cost_of_an_undertaking(tok, verb, cm) is None and any(
            p.lemma_.lower() in w["target_words"] and p.i < tok.i and not _pledge_worth(p) for p in path) or any(
            c.lemma_.lower() in w["target_words"] for c in tok.children if c.dep_ in ("amod", "compound")):
        return None  # "a target of $5 billion", "the $2 billion it had sought"
    if tok.dep_ in ("nummod", "compound", "amod") and tok.head.lemma_.lower() in _NEEDS:
        return None  # "must fill the last $2 billion gap": what is still needed, not given
    borne = _cost_borne(document, doc, a, verb, sent, timeframes, earlier, cm)
    if borne is not None:
        return borne  # "will bear the cost of X, estimated at N"
    relative = _relative_pledge(document, doc, a, tok, sent, timeframes, earlier, cm)
    if relative is not None:
        return relative  # "the 400 million rand that X unveiled in May", "N in credit that X will extend"
    listed = list_line(document, doc, a, timeframes, earlier, cm)
    if listed is not None:
        return listed  # "- Town of Ashcombe: $12.4 million, for 275 homes" under a lead-in ending on a colon
    item = inline_item(document, doc, a, timeframes, cm)
    if item is not None:
        return item  # "pledges were as follows: $60 million from X; €20 million from Y"
    is_part = any(after.startswith(c) and not after[len(c):len(c) + 1].isalnum() for c in w["part_cues"])  # not "of its own"
    share = named_share(document, a, verb, tok, timeframes, cm) if verb is not None else None
    if share is not None:
        return share  # "Ostland's share is 3 billion kronor"
    labelled = labelled_in_a_round(document, doc, a, sent, timeframes, earlier, cm)
    if labelled is not None:
        return labelled  # "11:30 – Ruritania: €600 million." among a round's pledges
    named = named_and_pledging(document, doc, a, sent, timeframes, cm)
    if named is not None:
        return named  # "11:40 – Ruritania pledges NOK 75 million", however parsed
    if verb is None:
        return _verbless(document, doc, a, span, sent, timeframes, earlier, cm, is_part)
    noun_phrase = _verbless(document, doc, a, span, sent, timeframes, earlier, cm, is_part, verb)
    if noun_phrase is not None:
        return noun_phrase  # "a CHF 600 million investment by X", "X's ¥50bn pledge"
    added_to = _pledge_added_to(document, doc, a, span, sent, timeframes, earlier, cm)
    if added_to is not None:
        return added_to  # "The money comes on top of a £113 million package announced in November"
    chain = _verb_chain(verb)
    top = chain[-1]
    role = _role(verb, chain, sent, cm)
    if role is None and next_in_a_round(verb, a, earlier, document):
        role = "reported"  # "Ruritania follows with €38 million": the next giver after a pledge just told
    intender = _intention_noun_before(verb, text) if role is None else None
    if intender is not None:
        # "builds on X's plan, disclosed in December, to invest N": the plan's owner intends it
        names, spans = names_in([t for c in intender.children if c.dep_ == "poss" for t in c.subtree])
        names, spans = no_dateline(names, spans, sent)
        if names:
            start, end = intender.left_edge.idx, max(a.end, verb.right_edge.idx + len(verb.right_edge.text))
            rec = cm._record(document, names, spans, start, end, a, timeframes, cm._kind(verb, a), "amount-intention",
                             [n for n in _recipients(verb) if n not in names])
            return "new", rec
    top_up = role is None and frames.is_top_up(tok, verb) and frames.reviser_before(sent) is not None
    if top_up:
        role = "reported"  # "X has expanded the scheme. An additional N has been provided": more of X's pledge
    if role is None and is_part and verb.lemma_.lower() in w["part_verbs"]:
        role = "reported"  # "The EU and its members accounted for about €900 million of the pledges": their share
    if verb.lemma_.lower() in w["reporting_verbs"] and (role is None or cm._reports_a_pledge_before_it(verb)):
        adjunct = _size_adjunct_of_report(document, a, path, verb, sent, earlier)
        if adjunct is not None:
            return "fill", _filled(adjunct, a, document, cm, text, adjunct.passage.start, max(adjunct.passage.end, a.end))
    if role is None or role == "revision" and frames.is_revision_step(text, a.start, a.end):
        return None  # (the step of "by N to M": the new level is the pledge)
    # an amount in a relative or infinitive clause of an earlier record with no amount of its own
    host = next((r for r in reversed(earlier) if r.money is None and r.doc == document.doc
                 and sent.start_char <= r.passage.start < a.start and r.passage.end <= a.start
                 and _attached_to(top, r, doc)), None)
    if host is not None:
        return "fill", _filled(host, a, document, cm, text, host.passage.start, max(host.passage.end, a.end))
    actors, spans = _actors(verb, chain, sent, role, earlier)
    if top_up and not actors:
        reviser = frames.reviser_before(sent)
        actors, spans = no_dateline(*names_in(list(reviser.subtree)), sent)
    whole = None
    amount_subject = any(p.dep_ in ("nsubj", "nsubjpass") for p in path)
    owned = _owner_of_the_whole(tok) if amount_subject and role in _SUBJECT_ROLES else ([], [])
    if owned[0]:
        actors, spans = owned  # "N of the trust's donation goes to X": the giver of the whole, not who said so
    # (a sum the parser made the subject of a verb before it is an object: "X approved, last week, N from Y")
    own = giver_after(doc, a) if amount_subject and tok.i < verb.i and role in _SUBJECT_ROLES and not owned[0] \
        else ([], [])
    if own[0]:
        actors, spans = own  # "A further €30 million from the Orrin Fund will help X": the sum's own giver
    if actors and amount_subject and not own[0] and not owned[0] and role in _SUBJECT_ROLES and not is_part and role != "part" and not any(
            s.start_char <= sent.start_char or s.start_char < a.start for s in spans) and not _agents_name(chain, spans):
        # the amount is the subject and only a speaker after it was found ("$2.15 billion is to
        # come as loans, Manitoba's Finance Department said"): the package's giver first
        whole = _whole(a, earlier, document.doc, within=_SHARE_REACH)
        if whole is not None:
            actors, spans = list(whole.actors), []
    if role == "received":
        whole = _whole(a, earlier, document.doc, within=_SHARE_REACH)
        if whole is not None and set(whole.actors) != set(actors):
            whole = None  # a share of the budget its giver set out before, never grouped with it
    if is_part or role == "part":
        whole = _whole(a, earlier, document.doc)
        if whole is None:
            return None
        if not actors or role == "part":  # the package's shares are its giver's
            actors, spans = list(whole.actors), []
    elif not actors and role in _SUBJECT_ROLES and any(p.dep_ in ("nsubj", "nsubjpass") for p in path):
        # the amount is the subject ("$10 million will go to X", "Another 2.4 billion crowns is
        # earmarked for Y"): a share of the package just described, by whoever described it
        whole = _whole(a, earlier, document.doc, within=_SHARE_REACH)
        if whole is not None:
            actors, spans = list(whole.actors), []
        else:
            prev = _previous(a, earlier, document.doc)
            if prev is None:
                return None
            actors, spans = list(prev.actors), []
    if not actors:
        return None
    if role == "credit" and any(r.doc == document.doc and r.money is not None and r.passage.start >= sent.start_char
                                and set(r.actors) == set(actors) for r in earlier):
        return "held", None  # "may draw up to N and M": one credit line in two currencies, its record made
    if _additive_governor(verb) is not None:  # the gerund's own phrase, not the clause it leads into
        start, end = verb.idx, verb.right_edge.idx + len(verb.right_edge.text)
    else:
        start, end = cm._passage_bounds(top, sent)
    start, end = min(start, a.start), max(end, a.end)
    start = max(start, dateline_end(sent))
    recipients = [n for n in _recipients(top) if n not in actors]
    if role == "received":
        each = _each_receives(document, verb, actors, spans, start, end, a, timeframes, cm)
        if each:
            return "many", each  # "A and B will each receive N": one pledge to each
    old = _OLD_LEVEL.search(text, a.end, end)
    if old is not None and find_amounts(text[old.end():old.end() + 30]):
        end = old.start()  # "lifted it to N, up from the M it paid": the old level is no part of the pledge
    rec = cm._record(document, actors, spans, start, end, a, timeframes, cm._kind(top, a), f"amount-{role}", recipients)
    if whole is not None:
        rec.part_of = whole.id
    return "new", rec


def _owner_of_the_whole(tok) -> tuple[list[str], list]:
    """"N of the trust's donation will pay for two wards": the sum is a share of a pledge
    whose owner is named (or described) on it. Returns that owner's names, or none."""
    whole = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and _pledge_word(o) in pledge_nouns()), None)
    owner = next((c for c in whole.children if c.dep_ == "poss"), None) if whole is not None else None
    if owner is None or owner.pos_ == "PRON":
        return [], []
    names, spans = names_in(list(owner.subtree))
    if names:
        return names, spans
    from commitments.extract.actors import resolve_description

    return resolve_description(owner), []


def _agents_name(chain, spans) -> bool:
    """Whether a passive's agent names the givers ("N has been promised by X and Y"), who are
    then no speaker after the sum."""
    agents = {t.i for v in chain for c in v.children if c.dep_ == "agent" for t in c.subtree}
    return bool(spans) and all(s.root.i in agents for s in spans)


_OLD_LEVEL_GAP = re.compile(r",?\s+(?:up\s+|down\s+)?from\s+(?:the\s+|its\s+|an?\s+)?")
_OLD_LEVEL = re.compile(_OLD_LEVEL_GAP.pattern + r"(?=\S{0,4}\d)")


def _each_receives(document, verb, actors, spans, start, end, a, timeframes, cm) -> list:
    """"A and B will each receive N": the sum goes to each of the coordinated beneficiaries,
    one record each (its passage from that beneficiary's name), or [] if not so."""
    if not any(c.lower_ == "each" and c.dep_ in ("advmod", "npadvmod", "dep", "det") for c in verb.children):
        return []
    subj = subject_of(verb)
    names, name_spans = names_in(list(subj.subtree)) if subj is not None else ([], [])
    if len(names) < 2 or len(name_spans) != len(names):
        return []
    out = []
    for name, span in zip(names, name_spans):
        rec = cm._record(document, actors, spans, max(start, span.start_char) if span.start_char < a.start else start, end,
                         a, timeframes, cm._kind(verb, a), "amount-received", [name])
        out.append(rec)
    return out if len({r.id for r in out}) == len(out) else []


_ESTIMATING = frozenset({"estimate", "put", "peg", "value", "calculate", "project"})


def _cost_borne(document, doc, a, verb, sent, timeframes, earlier, cm):
    """"X will bear the cost of the land for the project, estimated at N": a sum an estimate
    puts on a cost that a verb of bearing takes as object is what its subject will pay."""
    if verb is None or verb.lemma_.lower() not in _ESTIMATING or verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBN":
        return None
    t, cost = verb.head, False
    if verb.dep_ == "advcl":  # (the parser may hang the estimate on the verb: "will cover the costs, estimated at N")
        cost = any(o.dep_ == "dobj" and o.lemma_.lower() in _w()["cost_nouns"] for o in t.children)
    for _ in range(6 if verb.dep_ == "acl" else 0):
        cost = cost or t.lemma_.lower() in _w()["cost_nouns"]
        if t.dep_ not in ("pobj", "prep", "conj", "dobj", "compound") or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in _VERBAL:
            break
    if not cost or t.pos_ not in _VERBAL or t.lemma_.lower() not in _w()["cost_bearing_verbs"]:
        return None
    # (the role is read from the auxiliaries alone: "the cost" as object would make the
    # clause a measurement for ``_role``)
    chain = _verb_chain(t)
    auxes, w = _auxes(chain), _w()
    if any(c.dep_ == "neg" for x in chain for c in x.children):
        return None
    role = "obligation" if auxes & set(w["obligation_aux"]) else "future" if auxes & set(w["future_aux"]) else (
        "intention" if "to" in auxes and {x.lemma_.lower() for x in chain[1:]} & w["intention_verbs"] else None)
    if role is None:
        return None
    actors, spans = _actors(t, chain, sent, role, earlier)
    if not actors:
        return None
    start, end = cm._passage_bounds(chain[-1], sent)
    start, end = max(min(start, a.start), dateline_end(sent)), max(end, a.end)
    rec = cm._record(document, actors, spans, start, end, a, timeframes, cm._kind(t, a), f"amount-{role}",
                     [n for n in _recipients(t) if n not in actors])
    return "new", rec


_SINGLING_OUT = frozenset({"first", "second", "third", "fourth", "last", "other", "larger", "smaller", "bigger",
                           "largest", "smallest", "biggest", "remaining"})


def _named_part(document, a, noun, earlier):
    """"The second loan, of N, will go to X" after "loans totalling M": a pledge noun singled out
    by "the" and an ordinal or comparison names one of the pledges of the whole before it
    (same currency, larger sum, close by). Returns that whole, or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or not any(
            c.dep_ == "amod" and c.lower_ in _SINGLING_OUT for c in noun.children):
        return None
    return _whole(a, earlier, document.doc, within=_SHARE_REACH)


def _size_adjunct_of_report(document, a, path, verb, sent, earlier):
    """"X will build a mill at Y, in a joint venture worth N, the two firms said": a size
    phrase the parser hung on the reporting verb belongs to the pledge reported just before
    it in the sentence, when that pledge has no sum. Returns that record, or None."""
    if len(path) < 2 or path[-1].dep_ != "prep" or path[-1].lower_ not in ("in", "with", "at"):
        return None
    noun = path[-2]
    sized = any(p.lower_ == "worth" and _pledge_worth(p) for p in path) or (
        noun.lemma_.lower() in _w()["outlay_nouns"] and path[-1].lower_ == "with")
    # "X will build 900 homes, the mayor announced Monday, in a $210-million plan": after the
    # verb, only a sum sizing a plan or pledge noun, with the reported pledge before the verb
    after = path[-1].i > verb.i and path[-1].lower_ == "in" and len(path) == 3 and noun.i > path[0].i and (
        noun.lemma_.lower() in pledge_nouns() or noun.lemma_.lower() in _SIZED_PLAN_NOUNS) and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not (sized and path[-1].i < verb.i or after):
        return None
    return next((r for r in reversed(earlier) if r.money is None and r.doc == document.doc
                 and sent.start_char <= r.passage.start and r.passage.end <= a.start), None)


_SIZED_PLAN_NOUNS = frozenset({"plan", "package", "programme", "program", "scheme", "strategy", "deal"})


def _zero_relative(doc, a, sent, giving):
    """"the $2 billion Ostland has already committed to rail": a relative clause without
    "that", which the parser reads as the sum measuring the name after it. A name right
    after a definite sum, then only auxiliaries and adverbs up to a verb of giving with no
    subject of its own: the name and that verb (else ``(None, None)``)."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or span.start < 1 or span.end >= sent.end or doc[span.start - 1].lower_ != "the":
        return None, None
    ent = next((e for e in doc.ents if e.start == span.end and e.label_ in ACTOR_LABELS), None)
    if ent is None and not any(e.start == span.end for e in doc.ents):  # a name the model left untagged
        end = span.end
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        ent = doc[span.end:end] if end > span.end else None
    if ent is None:
        return None, None
    for t in doc[ent.end:min(ent.end + 4, sent.end)]:
        if t.dep_ in ("aux", "advmod", "neg") or t.pos_ == "ADV":
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in giving and any(x.dep_ == "aux" for x in t.children) \
                and not any(x.dep_ in SUBJECTS and x.i != ent.root.i for x in t.children):
            return ent, t
        break
    return None, None


def _filled(host, a, document, cm, text, start, end):
    """``host``, a record without a sum, with the amount ``a`` as its sum and its passage
    stretched to ``start:end``."""
    money = cm._in_dollars(a, document.published)
    mentions = sorted([*host.mentions, Mention("money", a.start, a.end, a.text)], key=lambda m: m.start)
    return replace(host, money=money, passage=replace(host.passage, start=start, end=end, text=text[start:end]),
                   mentions=mentions)


def _measured_nouns(tok) -> list:
    """The amount and the nouns it measures: "N in credit", "a pot of N"."""
    out = [tok]
    out += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        out.append(tok.head.head)
    return out


def _relative_pledge(document, doc, a, tok, sent, timeframes, earlier, cm):
    """An amount a relative clause with its own subject pledges ("the 400 million rand that
    X unveiled in May", "N in credit that two state banks will extend", "a budget of N that
    the assembly authorised"): the clause's subject gives it. A record of that clause with
    no sum gets this one; else a record of its own."""
    w = _w()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.like_num or tok.head.head.tag_ == "CD"):
        return None  # "it paid out N of the M set aside for the year": the whole a share is measured against
    if tok.head.lemma_.lower() == "match" and tok.head.pos_ == "VERB":
        return None  # "will match up to N that other donors give": the matcher's pledge, read from its verb
    giving = w["promise_verbs"] | w["spending_verbs"]
    clause = next((c for n in _measured_nouns(tok) for c in n.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                   and c.lemma_.lower() in giving and any(
                       x.dep_ in SUBJECTS and x.tag_ not in ("WDT", "WP") for x in c.children)), None)
    giver = None
    if clause is None:
        giver, clause = _zero_relative(doc, a, sent, giving)
    if clause is None:
        return None
    chain = _verb_chain(clause) if giver is None else [clause]
    role = _role(clause, chain, sent, cm)
    if role is None and clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
            and clause.lemma_.lower() in w["promise_verbs"] and not any(c.dep_ == "neg" for c in clause.children):
        role = "reported"  # "that the board approved in 2021": a past the model tagged as a participle
    if role is None or role in ("received", "part", "credit", "fundraising") or is_track_record(clause):
        return None
    text = doc_text(doc)
    start = min(a.start, tok.left_edge.idx)
    end = max(a.end, clause.right_edge.idx + len(clause.right_edge.text))
    while end > a.end and text[end - 1] in ".,;:":
        end -= 1
    ahead = doc.user_data.get("records_in_order", earlier)  # the clause's record starts after the sum
    host = next((r for r in ahead if r.money is None and r.doc == document.doc
                 and r.passage.start <= clause.idx < r.passage.end), None)
    if host is not None:
        return "fill", _filled(host, a, document, cm, text, min(start, host.passage.start), max(end, host.passage.end))
    actors, spans = ([giver._.actor_name], [giver]) if giver is not None else _actors(clause, chain, sent, role, earlier)
    if not actors:
        return None
    recipients = [n for n in _recipients(clause) if n not in actors]
    rec = cm._record(document, actors, spans, start, end, a, timeframes, cm._kind(clause, a), "amount-relative", recipients)
    return "new", rec


def _pledge_worth(word) -> bool:
    """"loans worth USD 800 million", "concluded MoUs worth Rs 40,000 crore", "equipment and
    funding worth 13.5 billion crowns": a pledge's size, not a value sought or estimated."""
    if word.lower_ != "worth":
        return False
    heads = [word.head]
    if word.head.pos_ in _VERBAL:  # "concluded MoUs worth N", "will send equipment worth N": the object's worth
        heads = [c for c in word.head.children if c.dep_ == "dobj"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    # "a sponsorship agreement worth N": the noun that says what kind of deal it is counts too
    heads += [c for h in heads for c in h.children if c.dep_ == "compound"]
    nouns = {x for h in heads for x in (h.lower_, h.lemma_.lower())}
    return bool(nouns & _w()["worth_pledge_nouns"])


_MEASURING = frozenset({"aggregate", "total", "amount", "number"})


def _measures_a_noun(verb) -> bool:
    """"credit lines aggregating USD 3 billion", "loans totalling N": a participle that
    gives a noun's size, on the way up to the verb that pledges the noun."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ == "acl" and verb.lemma_.lower() in _MEASURING


def _path_to_verb(tok):
    """The tokens from the amount up to the first verb that governs it, and that verb."""
    path, t = [], tok
    for _ in range(12):
        if t.pos_ in _VERBAL and t is not tok and not _measures_a_noun(t):
            letting = _letting_draw(t)
            return (path + [t], letting) if letting is not None else (path, t)
        path.append(t)
        if t.head.i == t.i:
            return path, (t if t.pos_ in _VERBAL else None)
        t = t.head
    return path, None


_LETTING_VERBS = frozenset({"let", "allow", "enable", "permit"})


def _letting_draw(verb):
    """"agreed to let the Maldives draw on $750 million": the sum a borrower may draw is what
    the one who lets it pledges, so the verb of letting governs it; None for any other verb."""
    if verb.lemma_.lower() not in _w()["drawing_verbs"] or verb.dep_ not in ("ccomp", "xcomp") \
            or frames.credit_facility(verb) is not None:
        return None  # ("a swap agreement that will allow X to draw N": the facility's lender, read there)
    up = verb.head
    lets_someone = any(c.dep_ in SUBJECTS for c in verb.children) or any(c.dep_ == "dobj" for c in up.children)
    return up if up.lemma_.lower() in _LETTING_VERBS and lets_someone else None


def _verb_chain(verb) -> list:
    """The verb and the verbs (or predicative adjectives) it hangs on, up to the one that
    carries tense: "deploy" ← "expect"; "commit" ← "expected"; "investing" ← "joined"."""
    chain = [verb]
    t = verb
    up = _additive_governor(verb)
    if up is not None:
        t = up  # "In addition to acquiring the rights for $24 billion, X will also convert ...": X's pledge too
        chain.append(t)
    elif _first_to(verb):
        t = verb.head.head  # "X was the first country to commit $1 billion": the copula carries tense
        chain.append(t)
    elif intention_noun_of(verb) is not None:
        up = _governing_verb(verb.head)
        if up is not None:  # "announced plans to invest N", "with plans to put N": the noun's verb carries tense
            t = up
            chain.append(t)
    while t.dep_ in _CLIMB and t.head.i != t.i and (t.head.pos_ in (*_VERBAL, "ADJ") or _is_obliging(t.head)) \
            and len(chain) < 6:
        if t.dep_ in ("ccomp", "relcl") and any(c.dep_ in SUBJECTS for c in t.children):
            break  # its own clause: "said it would invest", "that Estonia pledged"
        if t.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in t.children):
            break
        if t.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in t.children) and any(
                c.dep_ == "mark" and c.lower_ in lx.TIME_OF_ITS_OWN_MARKS for c in t.children):
            break  # "X received the gift after Y raised her pledge to N": Y's act, in a time of its own
        if t.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "must", "'ll") for c in t.children):
            break  # "said it won a bid ... and will invest $250 million": the second verb carries its own tense
        t = t.head
        chain.append(t)
    return chain


_PLAN_NOUNS = frozenset({"plan", "pledge", "commitment", "promise", "intention", "decision", "proposal", "bid", "offer",
                         "undertaking", "move", "vow", "programme", "program", "initiative", "agreement", "deal"})


_PROMISE_NOUNS = frozenset({"pledge", "commitment", "promise", "vow", "undertaking"})
_UNDOING = frozenset({"fail", "miss", "break", "abandon", "scrap", "renege", "drop", "breach", "shelve", "cancel"})


def intention_noun_of(verb):
    """The noun of intention an infinitive completes ("plans to invest", "its commitment to
    mobilise", "a pledge, made in 2017, to provide"), or None."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.i == verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return noun if noun.lemma_.lower() in _PLAN_NOUNS or noun.lower_ in _PLAN_NOUNS else None


def _governing_verb(noun):
    """The verb a noun hangs on, through at most a preposition or an apposition."""
    t = noun
    for _ in range(3):
        if t.dep_ not in ("dobj", "pobj", "prep", "attr", "appos", "conj", "nsubjpass", "oprd") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in _VERBAL:
            return t
    return None


_ADDITIVE = frozenset({"addition", "besides", "top"})  # "in addition to", "besides", "on top of"


def _additive_governor(verb):
    """The clause verb that a gerund in an additive phrase hangs on ("In addition to
    acquiring X for N, KVT will ..."), or None ("instead of paying", "without paying" are not
    additive)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    t, seen = verb.head, []
    for _ in range(4):
        seen.append(t.lower_)
        if t.pos_ in _VERBAL:
            return t if _ADDITIVE & set(seen) or t.i != verb.i and any(w in _ADDITIVE for w in seen) else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _first_to(verb) -> bool:
    """"the first country to commit", "the only lender to give": an infinitive on the
    predicate noun of a copula, whose subject acts."""
    noun = verb.head
    return (verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.i != noun.i)


def _is_obliging(tok) -> bool:
    """An obligation verb, even where the tagger calls it a noun ("The contract obliges X to")."""
    if tok.pos_ not in _VERBAL and tok.dep_ != "ROOT":
        return False  # "the armed forces": a noun that heads no clause
    forms = _w()["obligation_verbs"]
    w = tok.lower_
    return tok.lemma_.lower() in forms or w in forms or w[:-1] in forms or w[:-2] in forms or w[:-1] + "e" in forms


def _auxes(chain) -> set[str]:
    return {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}


def _is_headline(sent) -> bool:
    text = sent.text.strip()
    full = doc_text(sent.doc)
    line_start = full.rfind("\n", 0, sent.start_char) + 1
    line_end = full.find("\n", sent.start_char)
    line = full[line_start:line_end if line_end >= 0 else len(full)].strip()
    return bool(text) and text == line and text[-1] not in ".!?”\"'" and len(sent) <= 25


def _absolute_gerund(verb) -> bool:
    """"with the state putting up N": a gerund after "with" that has a subject of its own."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with" and any(
        c.dep_ == "nsubj" for c in verb.children)


def _role(verb, chain, sent, cm) -> str | None:
    """pledge, obligation, intention, future, reported, headline, part, or None (not a pledge)."""
    w = _w()
    lemmas = {t.lemma_.lower() for t in chain}
    if _absolute_gerund(verb):
        # "the line will cost N, with the Centre putting up M": the gerund's own giving, in the
        # main clause's time (its "will"), not the main clause's costing
        lemmas = {verb.lemma_.lower()}
        chain = [*chain, *_verb_chain(verb.head.head)]
    auxes = _auxes(chain)
    if verb.lemma_ == "be" and any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in verb.children):
        auxes = auxes | {"to"}  # "$2.15 billion is to come as loans": "is to" of the amount as subject
    for t in chain:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return None
    if frames.credit_facility(verb) is not None:
        return "credit"  # "a facility under which X can borrow up to N": the lender's sum, whatever the borrower's modal
    hypothetical = {"would", "could", "might", "may", "should", "can", "'d"} & auxes
    if hypothetical and not ("would" in auxes and any(cm._reported_future(t) or campaign_promise(t) for t in chain)):
        return None
    if hypothetical and "have" in auxes and any(t.tag_ == "VBN" for t in chain):
        return None  # "would have paid N": a counterfactual
    if lemmas & {"consider", "mull", "weigh", "contemplate", "eye", "explore", "study"}:
        return None
    if cm._is_tally(chain[-1]) or cm._is_tally(verb):
        return None  # "has put more than $6.2 billion into over 90 schemes": a running total
    for t in [chain[-1], *chain[-1].ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return None
    if frames.event_tally(verb) is not None:
        return "fundraising"  # "the summit closed with pledges worth N", "pledges at the conference totalled N"
    if _receives_share(verb, auxes, sent):
        return "received"  # "Lakeside Water will receive R2.3 billion", "the satellite gets Rs 6,710 crore"
    if lemmas & w["target_verbs"] or verb.lemma_.lower() in w["change_verbs"]:
        return None  # "it had sought", "the plan will cost", "sales will reach", "called on X to pledge"
    if frames.revised_pledge(verb) is not None:
        return "revision"  # "raised its planned investment to N": a pledge held, at its new level
    from commitments.extract.lexicon import NOISE_NOUNS

    # (a cost one pays or bears is what one pledges: "will pay a third of the N cost of X")
    borne = w["cost_nouns"] if cm._lemma(verb) in w["cost_bearing_verbs"] else frozenset()
    if any((t.lemma_.lower() in NOISE_NOUNS or t.lower_ in NOISE_NOUNS) and t.lower_ not in borne  # "sales" (lemma "sale")
           for v in (chain if verb.dep_ != "advcl" else [verb]) for t in _objects(v)):
        return None  # "contribute $1.9 billion to Chile's GDP": a measurement (an adverbial
        # participle's amount is its own: "will cover the cost ..., paid from £45 million")
    from commitments.extract.lexicon import DEAL_OBJECT_NOUNS

    if cm._lemma(verb) not in w["building_verbs"] and any(t.lemma_.lower() in DEAL_OBJECT_NOUNS for t in _objects(verb)):
        # (a "unit" one builds is a plant, not a business bought)
        return None  # "plans to buy back $10 billion of shares": a deal, not a pledge of resources
    if verb.lemma_.lower() in ("buy", "acquire", "purchase") and any(
            o.dep_ == "dobj" and (o.ent_type_ == "ORG" or o.pos_ == "PROPN") for o in verb.children):
        return None  # "agreed to buy Trellan for $40 billion": the price of a company, not a pledge
    vl0 = verb.lemma_.lower()
    plan = intention_noun_of(verb)
    if plan is not None and any(t.lemma_.lower() in _UNDOING for t in [chain[-1], *chain[-1].ancestors]):
        return None  # "failed to meet a 2009 promise to mobilise N"
    # "will mobilise N from its solidarity fund to help X": money drawn from one's own fund is given, not raised
    own_fund = vl0 in ("mobilise", "mobilize", "draw") and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.lemma_.lower() in ("fund", "facility", "budget", "reserve")
                                                        for o in p.children) for p in verb.children)
    if vl0 in w["fundraising_verbs"] and not own_fund and (plan is None or plan.lemma_.lower() not in _PROMISE_NOUNS):
        # "the institute's plan to raise N" is a sum sought; "their commitment to mobilise N" a pledge
        subj = subject_of(verb)
        event = subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() in w["event_nouns"] and not any(
            c.dep_ == "relcl" and c.lemma_.lower() in ("end", "close", "conclude", "finish", "wrap")
            for c in subj.children)  # "Its campaign, which ended in 2018, raised ...": a past campaign's tally
        # "the conference raised $3.1 billion from 20 governments", "... raised N in pledges, with
        # France and Germany among the donors", "The conference, co-hosted by A and B, raised N"
        if event and (_givers(verb) or _event_givers(verb)):
            return "fundraising"
        # (a startup's funding round stays out: tests/unit/test_extract_dev.py rules it no commitment)
        if verb.tag_ in ("VBD", "VBN", "VBZ") and _object_givers(verb) \
                and not is_track_record(verb) and not earlier_year(verb):  # raised, not "aims to raise"
            return "fundraising"  # "has raised $40 million in a Series B round led by X", "secured N in funding from 20 investors"
        return None
    top = chain[-1]
    if _lists_parts(verb):
        return "part"  # "The grants include $3 million for X, ...": shares of a package named before
    adjs = {c.lower_ for t in chain for c in t.children if c.dep_ in ("acomp", "oprd")} | {
        t.lower_ for t in chain if t.pos_ == "ADJ" or t.tag_ == "VBN"}
    if auxes & set(w["obligation_aux"]) or lemmas & w["obligation_verbs"] - {"commit"} or any(
            _is_obliging(t) and t.lemma_.lower() != "commit" for t in chain[1:]):
        return "obligation"
    if auxes & set(w["future_aux"]) or "would" in auxes:
        return "future"
    if intention_noun_of(verb) is not None and (len(chain) > 1 or verb.head.dep_ == "ROOT"):
        return "intention"  # "announced plans to invest N", "reaffirmed their commitment to mobilise N"
    if "to" in auxes and (len(chain) > 1 and (lemmas - {verb.lemma_.lower()}) & w["intention_verbs"]
                          or adjs & w["expectation_adjectives"] or top.lemma_ == "be" or _is_headline(sent)):
        return "intention"
    if (lemmas - {verb.lemma_.lower()}) & w["intention_verbs"] and "to" in auxes:
        return "intention"
    # the verb's own clause: "..., a sum its auditors say was already booked" says nothing
    # of when the grant was made
    words = " " + " ".join(t.lower_ for t in _own_clause(verb)) + " "
    track = bool(done_cues(verb, words)) or _delivered_in_past_period(verb, auxes) or _record_year(verb, words)
    perfect = bool(auxes & {"has", "have", "had", "'s", "'ve"})
    # ("a grant of N was signed": the past of a passive)
    past = verb.tag_ == "VBD" or perfect or any(t.tag_ == "VBD" for t in chain) or (
        verb.tag_ == "VBN" and bool(auxes & {"was", "were"}))
    vl = cm._lemma(verb)
    if _is_headline(sent) and (verb.tag_ in ("VBZ", "VBP", "NNS", "NNP", "NNPS") or verb.tag_ == "VB" and not auxes) \
            and vl in w["promise_verbs"] | w["spending_verbs"]:
        return "headline"
    words_l = " ".join(t.lower_ for t in sent)
    if any(c in words_l for c in w["habitual_cues"]) and verb.tag_ in ("VBZ", "VBP", "VBD"):
        return None  # "spends nearly Rs 12,000 crore a year", "pays out a mean of ..."
    if verb.tag_ == "VBG" and auxes & _PRESENT_BE and vl in {"spend", "invest", "pour", "put"} and not track \
            and _spent_on_a_facility(verb):
        return "reported"  # "X is also spending $300 million on a glass plant": an outlay under way
    if vl == "put" and not track and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            o.dep_ == "pobj" and o.lower_ == "table" for o in c.children) for c in verb.children):
        return "reported"  # "has put €3 billion on the table": an offer made, not money spent
    if vl in w["past_spending_verbs"] or any(c.dep_ == "prt" and c.lower_ in ("away", "out") for c in verb.children):
        return None  # spending done or given out ("spent $9 billion", "gave away"): a record of the past
    if past:
        if track or (perfect and vl in w["spending_verbs"] and vl not in {"commit", "pledge", "give"}):
            return None  # "has invested roughly $37 billion over the past decade": a track record
        if (vl in w["promise_verbs"] or vl in w["fundraising_verbs"] or frames.credit_object(verb) is not None
                or _agreed_to_a_pledge(verb) or cm._exchanged_notes(verb)) and vl != "deliver":
            return "reported"  # "had delivered aid worth N" is done; "is delivering N" is pledged
        return None
    if verb.tag_ in ("VBZ", "VBP") and vl in w["promise_verbs"] and not track:
        return "reported"  # "Canada announces $40 million", "X donates"
    if vl in w["promise_verbs"] and not track and auxes & _PRESENT_BE and verb.tag_ in ("VBN", "VBG"):
        return "reported"  # "3.1 billion crowns is set aside for", "X are giving $180 million"
    if verb.tag_ == "VBG" and auxes & _PRESENT_BE and vl in w["building_verbs"] and not track:
        return "reported"  # "X is also building a N-crore plant in Y": an outlay under way
    if _absolute_gerund(verb) and vl in w["promise_verbs"] and not track:
        return "reported"  # "the programme has a cost of N, with the state putting up M": its share, as things stand
    return None


def _agreed_to_a_pledge(verb) -> bool:
    """"Tarn Bank agreed to a $70 million loan (partnership, package)": agreeing to a pledge
    names its giver."""
    return verb.lemma_.lower() == "agree" and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_.lower() in pledge_nouns() for o in p.children)
        for p in verb.children)


def _spent_on_a_facility(verb) -> bool:
    """Whether the money goes "on" or "in(to)" something built ("a glass plant", "a new
    campus"), not on running costs or shares."""
    from commitments.extract.commitments import _deliveries

    objects, _ = _deliveries()
    return any(p.dep_ == "prep" and p.lower_ in ("on", "in", "into") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in objects | {"plant", "factory", "facility", "mill", "refinery", "site"}
        for o in p.children) for p in verb.children)


_RECEIVING = frozenset({"receive", "get"})


_ALLOTTING = frozenset({"allocate", "allot"})


def _receives_share(verb, auxes, sent) -> bool:
    """A named beneficiary that will receive (or, in a live blog or headline, "gets") a sum:
    a share of a budget or package another gives, not a sum it sought or expects."""
    allotted = verb.lemma_.lower() in _ALLOTTING and any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() not in _RECEIVING and not allotted:
        return False
    subj = subject_of(verb)
    # "the parks agency will get N": a body the text names by what it is counts as named
    body = subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in _w()["collective_nouns"] and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    if subj is None or subj.dep_ != ("nsubjpass" if allotted else "nsubj") or subj.pos_ == "PRON" or not (
            body or subj.pos_ == "PROPN" or subj.ent_type_ in ACTOR_LABELS or any(c.pos_ == "PROPN" for c in subj.subtree)):
        return False
    if allotted:
        return True  # "Varby Power has been allocated R400 million": its share of a budget another sets
    if verb.tag_ == "VBZ" and not auxes:
        return True  # "The launcher gets Rs 8,240 crore": the present of a budget's breakdown
    return bool(auxes & {"will", "shall", "'ll"}) or ("to" in auxes and verb.head.lemma_ == "be")


def _purpose(verb) -> bool:
    """"(for X) to develop a plant": an infinitive without a subject of its own, or whose
    subject is introduced by "for"."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children) or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


_INTENTION_NOUNS = frozenset({"plan", "pledge", "commitment", "promise", "decision", "intention", "proposal", "bid"})
_ASIDE = re.compile(r"^\s*(?:,[^,;.]{1,60},)?\s*$")


def _intention_noun_before(verb, text):
    """"X's plan, disclosed in December, to invest N": an infinitive of a pledge verb right
    after a possessed intention noun (a participle aside between them allowed), whatever
    the parser hung it on."""
    if verb.lemma_.lower() not in _w()["spending_verbs"] or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    for k in range(to.i - 1, max(to.i - 12, verb.sent.start - 1), -1):
        t = verb.doc[k]
        if t.lemma_.lower() in _INTENTION_NOUNS and t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children):
            return t if _ASIDE.match(text[t.idx + len(t.text):to.idx]) else None
    return None


_DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "memorandum", "mou", "partnership", "stake"})


def _lists_parts(verb) -> bool:
    """"The grants include $3 million for X": a definite pledge or programme noun as the
    subject of a verb of containing (``part_verbs``) lists the shares of a package."""
    if verb.lemma_.lower() not in ("include", "comprise", "cover"):
        return False
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "conj":
        subj = subject_of(verb.head)  # "The package is larger than ... and includes N"
    # a deal's terms ("The deal includes a $2 billion breakup fee") are no shares of a pledge
    nouns = (pledge_nouns() | _w()["programme_nouns"]) - _DEAL_NOUNS
    return subj is not None and subj.lemma_.lower() in nouns and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "its", "their") for c in subj.children)


def _objects(v) -> list:
    """The verb's objects and the objects of its prepositions ("buy back $10 billion of
    shares", "contribute $1.6 billion to GDP"), not words nested deeper ("into a fund for
    startups")."""
    out = []
    for c in v.children:
        if c.dep_ == "dobj" and _part_of_the_sum(c):
            continue  # "will put N into X, most of it for radar units": what the sum goes to, not what is bought
        if c.dep_ == "dobj":
            out.append(c)
            out.extend(p for x in c.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj")
        elif c.dep_ in ("prep", "dative", "agent"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
    out.extend(x for t in list(out) for x in t.children if x.dep_ == "conj")
    return out


def _clause_read_as_noun(noun) -> bool:
    """"Ruritania pledges €40 million": a present-tense clause the parser read as a noun
    phrase (a name as compound of a plural pledge noun at the sentence's root, no
    determiner, the sum after it), so the name is the giver."""
    # ("Ruritania pledges €40 million, a spokesperson said": the report after it governs the phrase)
    reported = noun.dep_ in ("npadvmod", "dep", "ccomp", "nsubj") and noun.head.i > noun.i and \
        noun.head.lemma_.lower() in lx.REPORTING_VERBS
    if not (noun.dep_ == "ROOT" or reported) or noun.tag_ != "NNS" or any(
            c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children):
        return False
    names = [c for c in noun.children if c.dep_ == "compound"]
    return len(names) == 1 and names[0].pos_ == "PROPN" and names[0].i == noun.i - 1 and bool(names[0].ent_type_) \
        and any(c.i > noun.i and c.dep_ in ("appos", "dobj", "npadvmod") for c in noun.children)


_NEEDS = frozenset({"gap", "shortfall", "deficit", "need", "requirement", "hole"})
_PARTITIVES = frozenset({"most", "much", "all", "half", "part", "rest", "bulk", "some", "remainder", "balance"})


def _part_of_the_sum(t) -> bool:
    """"most of it", "half of that": a part of the sum just named, by a pronoun."""
    return t.lemma_.lower() in _PARTITIVES and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
        for p in t.children)


def _attached_to(top, record, doc) -> bool:
    """Whether the chain's top hangs, through a relative clause or apposition, on a word of
    the record's passage ("launched Atlas, a programme that officials expect to deploy")."""
    t = top
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl", "appos") and record.passage.start <= t.head.idx < record.passage.end:
            return True
        t = t.head
    return False


def _actors(verb, chain, sent, role, earlier):
    w = _w()
    top = chain[-1]
    # who is obliged: "The contract obliges X to invest"
    for t in chain:
        if _is_obliging(t):
            obj = next((c for c in t.children if c.dep_ == "dobj"), None) or next(
                (c for c in t.children if c.dep_ in ("acl", "appos", "npadvmod") and c.pos_ == "PROPN" and c.i < verb.i), None)
            if obj is not None:
                names, spans = names_in(list(obj.subtree))
                if names:
                    return no_dateline(names, spans, sent)
    if role == "credit":
        lends = frames.lender_clause(frames.credit_facility(verb))
        if lends is None:
            return [], []
        names, spans, _how = actors_of(lends, [r.actors for r in earlier[-1:]])
        if names:
            return no_dateline(names, spans, sent)
        subj = subject_of(lends)
        named = collective(subj) if subj is not None else None
        return ([named], [subj.doc[subj.left_edge.i:subj.i + 1]]) if named else ([], [])  # "the central bank"
    if role == "fundraising" and frames.event_tally(verb) is not None and not (
            _givers(verb) or _event_givers(verb) or _object_givers(verb)):
        return frames.event_as_written(frames.event_tally(verb))  # no giver named: the event as written
    if role == "fundraising":
        names, spans = names_in(_givers(verb) or _event_givers(verb) or _object_givers(verb))
        if not names and not (_givers(verb) or _event_givers(verb) or _object_givers(verb)):
            names, spans = names_in([t for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree])  # who raised it
        if names:
            return no_dateline(names, spans, sent)
        giver = next((t for p in [*verb.children, *(x for o in verb.children if o.dep_ == "dobj" for x in o.subtree)]
                      if p.dep_ == "prep" and p.lower_ == "from" for t in p.children if t.dep_ == "pobj"), None)
        named = collective(giver) if giver is not None else None
        if named:
            return [named], [giver.doc[giver.left_edge.i:giver.i + 1]]
        subj = subject_of(verb)
        if subj is not None and subj.lemma_.lower() in _w()["event_nouns"]:
            return frames.event_as_written(subj)  # "The telethon raised £12 million from viewers": no giver named
        return [], []
    plan = intention_noun_of(verb)
    if plan is not None and any(c.dep_ == "poss" for c in plan.children):
        names, spans = names_in([t for c in plan.children if c.dep_ == "poss" for t in c.subtree])
        names, spans = no_dateline(names, spans, sent)
        if names:
            return names, spans  # "Valmora's plan to invest N": the plan's owner
    if role == "received":
        return _giver_of_share(verb, sent, earlier)
    holder = next((t for t in chain if any(c.dep_ in SUBJECTS for c in t.children)), None)
    if holder is None:
        holder = top if subject_of(top) is not None else None
    borrowed = holder is None and top.dep_ == "conj" and subject_of(top.head) is not None
    if borrowed:
        holder = top.head  # "X said it won a bid ... and will invest N": the first verb's subject acts
    subj = subject_of(holder) if holder is not None else None
    if subj is not None and is_programme(subj):
        if any(c.dep_ == "poss" for c in subj.children):
            backer = programme_backer(subj)
            if backer[0]:
                return backer  # "the Ostland government's X mission will add N, Acme said": Ostland's
        speaker = speaker_of(sent, exclude=subj)
        if speaker:
            return speaker
    if subj is not None and not borrowed and _is_beneficiary(holder, subj):
        givers = [t for p in holder.subtree if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by") for t in p.subtree][1:]
        names, spans = names_in(givers)
        return no_dateline(names, spans, sent) if names else ([], [])
    if holder is not None:
        named = _pledge_named_before(subj, earlier)
        names, spans, _how = actors_of(holder, [named.actors] if named is not None else [r.actors for r in earlier[-1:]])
        names, spans = no_dateline(names, spans, sent)
        if names:
            return names, spans
    if subj is not None:
        named = collective(subj)
        if named:
            return [named], [subj.doc[subj.left_edge.i:subj.i + 1]]
    speaker = speaker_of(sent, exclude=subj)
    if speaker and not (subj is not None and _names_an_organisation_kind(subj) and _is_only_people(speaker[1])):
        return speaker  # not "the club will spend N, chairman X said": X is no club
    return [], []


def _names_an_organisation_kind(subj) -> bool:
    """"the club", "the company": a description of an organisation, which a person is not."""
    from commitments.extract.lexicon import ANAPHORS

    return subj.pos_ == "NOUN" and ANAPHORS.get(subj.lower_, ANAPHORS.get(subj.lemma_.lower())) == "org"


def _is_only_people(spans) -> bool:
    return bool(spans) and all(getattr(s, "label_", "") == "PERSON" for s in spans)


def _giver_of_share(verb, sent, earlier):
    """Who gives what a beneficiary receives: "from X" in the clause, else the giver of the
    nearest record before it that names someone other than the beneficiary."""
    names, spans = names_in([t for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree][1:])
    if names:
        return no_dateline(names, spans, sent)
    subj = subject_of(verb)
    taker, _ = names_in(list(subj.subtree)) if subj is not None else ([], [])
    for t in sent:
        # "X will receive N, after the City Council adopted the mayor's spending plan": who set the budget
        if t.pos_ == "VERB" and t.i != verb.i and t.lemma_.lower() in _BUDGET_SETTING:
            setter = next((c for c in t.children if c.dep_ == "nsubj"), None)  # who adopted it, not what was allocated
            names, spans = names_in(list(setter.subtree)) if setter is not None else ([], [])
            names, spans = no_dateline(names, spans, sent)
            if names and not set(names) & set(taker):
                return names, spans
    doc_start = sent.start_char
    for r in reversed(earlier):
        if doc_start - r.passage.end > _SHARE_REACH:
            break
        if r.actors and r.money is not None and not set(r.actors) & set(taker) and r.passage.start < doc_start:
            return list(r.actors), []
    return [], []


_BUDGET_SETTING = frozenset({"adopt", "approve", "pass", "allocate", "award", "grant"})
_HOSTING = frozenset({"host", "co-host", "cohost", "organise", "organize", "co-organise", "co-organize", "convene",
                      "co-chair", "chair", "sponsor", "co-sponsor"})


def _event_givers(verb) -> list:
    """Who gave what an event raised where no "from" says it: "with A, B and C among the
    (largest) donors", or the event's hosts ("The conference, co-hosted by A and B, raised")."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "with" and any(
                q.dep_ == "prep" and q.lower_ == "among" for q in verb.children):
            return list(p.subtree)[1:]
    subj = subject_of(verb)
    in_pledges = any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() in ("pledge", "commitment") for o in p.children)
                     for t in (verb, *verb.children) for p in t.children)
    if subj is None or not in_pledges:
        return []  # hosts of an event that "raised US$12.3 billion" are not said to have given it
    for acl in subj.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _HOSTING:
            return [t for g in acl.children if g.dep_ == "agent" for t in g.subtree][1:]
    return []


# the words that name a pledge in a passage before: "the loan" is the one someone would "lend"
_PLEDGE_NOUN_FORMS = {"loan": r"\b(?:loan|lend|lent)", "gift": r"\b(?:gift|give|gave|donat)", "donation": r"\bdonat",
                      "investment": r"\binvest", "funding": r"\bfund", "grant": r"\bgrant"}


def _pledge_named_before(subj, earlier):
    """"The Eastvale loan would be followed by ...": the nearest earlier record with a sum
    whose passage names that pledge noun ("loan"), not merely the record just before."""
    if subj is None or lx.ANAPHORS.get(subj.lemma_.lower()) != "pledge":
        return None
    lemma = subj.lemma_.lower()
    word = re.compile(_PLEDGE_NOUN_FORMS.get(lemma, rf"\b{re.escape(lemma)}"), re.IGNORECASE)
    return next((r for r in reversed(earlier) if r.money is not None and r.actors and word.search(r.passage.text)), None)


def _object_givers(verb) -> list:
    """"secured N in funding from 20 investors": the "from" phrase under the sum's noun."""
    near = [o for o in verb.children if o.dep_ == "dobj"]
    near += [x for o in near for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for x in p.children if x.dep_ == "pobj"]
    return [t for o in near for p in o.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree][1:]


def earlier_year(verb) -> bool:
    """A year named in the clause that is over when the story was written ("raised $6 million in 2019")."""
    published = verb.doc.user_data.get("published_year")
    clause = " ".join(t.lower_ for t in verb.subtree)
    return published is not None and any(int(y) < published for y in _IN_YEAR.findall(clause))


def _givers(verb) -> list:
    """The tokens of "from X" on a verb of raising money, when X names givers."""
    return [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree][1:]


def no_dateline(names, spans, sent):
    cut = dateline_end(sent)
    if cut == sent.start_char:
        return names, spans
    prefix = sent.text[:cut - sent.start_char]
    if len(spans) == len(names):
        keep = [(n, s) for n, s in zip(names, spans) if s.start_char >= cut and n not in prefix]
        return [n for n, _ in keep], [s for _, s in keep]
    return [n for n in names if n not in prefix], [s for s in spans if s.start_char >= cut]


def is_programme(subj) -> bool:
    """"the “GreenSkills” scheme", "the state-funded scheme": a programme or fund as subject."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _w()["programme_nouns"] and (
        any(c.lower_ in ("“", "\"", "‘") or c.pos_ == "PROPN" for c in subj.subtree if c.i < subj.i)
        or any(c.dep_ == "amod" and "-" in c.text for c in subj.children))


_FINISHED = frozenset({"complete", "finish", "commission", "inaugurate", "hand"})


def is_track_record(verb) -> bool:
    """A perfect or past of spending with a cue that it is done ("over the past decade",
    "previously", "to date"): a track record, not a pledge."""
    w = _w()
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children) and any(
            c.dep_ == "conj" and c.lemma_.lower() in _FINISHED and c.tag_ in ("VBD", "VBN") for c in verb.children):
        return True  # "the early stages were co-financed by X and were finished in 2015": done
    past = verb.tag_ == "VBD" or bool(auxes & {"has", "have", "had"})
    if not past:
        return False
    words = " " + " ".join(t.lower_ for t in _own_clause(verb)) + " "
    return bool(done_cues(verb, words)) or _delivered_in_past_period(verb, auxes) or _record_year(verb, words)


def _record_year(verb, words: str) -> bool:
    """"lent a record $2 billion to the region's farmers in 2023": a year's total that
    set a record, in a year over or under way when the story was written (not "pledged a
    record $5 billion", nor a record set for years to come)."""
    published = verb.doc.user_data.get("published_year")
    return " a record " in words and published is not None and any(
        int(y) <= published for y in _IN_YEAR.findall(" ".join(t.lower_ for t in verb.subtree)))


def done_cues(verb, words: str) -> list[str]:
    """The track-record cues among ``words`` (the verb's clause, spaced), less a lone
    "already" or "earlier" on a verb of promising: "has already committed N" is a pledge that stands."""
    from commitments.extract import commitments as cm

    w = _w()
    cues = [c for c in w["track_record_cues"] if f" {c} " in words]
    if "earlier" in cues and not any(c.dep_ == "advmod" and c.lower_ == "earlier" for c in verb.children):
        cues.remove("earlier")  # "reaffirmed its earlier pledge": the pledge's age, not a deed done
    return [] if set(cues) <= {"already", "earlier"} and cm._lemma(verb) in w["standing_pledge_verbs"] else cues


def _own_clause(verb) -> list:
    """The sentence less the relative clauses of other words ("..., of which $2 billion has
    already been disbursed" says nothing of when the main verb's pledge was made), and less
    a clause the parser hung the verb's clause on ("X has granted N ..., a sum its auditors
    say was already booked": "already" is the booking's, not the grant's)."""
    sent = sentence_of(verb)
    other = {x.i for t in sent if _separate_clause(t) and t.i != verb.i and verb.i not in {a.i for a in t.subtree}
             for x in t.subtree}
    top = verb
    while top.dep_ in ("xcomp", "conj", "aux") and top.head.i != top.i:
        top = top.head
    if top.dep_ in ("ccomp", "advcl") and any(c.dep_ in SUBJECTS for c in top.children) \
            and top.head.lemma_.lower() not in _w()["reporting_verbs"]:
        mine = {x.i for x in top.subtree}
        other |= {t.i for t in sent if t.i not in mine}
    return [t for t in sent if t.i not in other and t.i not in summing_aside(verb)]


def summing_aside(verb) -> set[int]:
    """The tokens of a noun phrase set off by a comma that sums the clause's pledge up
    ("committed N over five years, its biggest gift so far"): what it says of other gifts
    ("so far") says nothing of when this one was made."""
    doc = verb.doc
    return {t.i for c in verb.children if c.dep_ in ("dobj", "appos", "npadvmod") and c.pos_ == "NOUN"
            and c.lemma_.lower() in pledge_nouns() | {"gift"} and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].text == "," for t in c.subtree}


def _separate_clause(t) -> bool:
    """A clause with a subject of its own that is not a time adjunct ("since it was founded")."""
    return t.dep_ in ("relcl", "advcl", "ccomp", "conj") and any(c.dep_ in SUBJECTS for c in t.children) and not any(
        c.dep_ == "mark" and c.lower_ in ("since", "after", "when", "as", "before", "until") for c in t.children)


_IN_YEAR = re.compile(r"\b(?:in|during|throughout|between)\s+((?:19|20)\d\d)\b")


def _delivered_in_past_period(verb, auxes) -> bool:
    """"Denmark gave 0.9 billion kroner to Chad in 2022", "Two years ago it handed out grants
    worth N": a verb of handing over, in the simple past, in a period over before the story
    was written, reports what was delivered (a promise verb, "approved in 2023", stays a
    pledge reported again; "gave $40m last week" stays a gift)."""
    past_perfect = verb.tag_ == "VBN" and auxes == {"had"}  # "had provided N between 2016 and 2019"
    # "Backers put $60 million into X last year": a past the tagger may read as a present
    simple_past = verb.tag_ == "VBD" or verb.tag_ == "VBP" and verb.lower_ in ("put", "set")
    if (not simple_past or auxes) and not past_perfect or verb.lemma_.lower() not in _w()["delivered_verbs"]:
        return False
    if verb.lemma_.lower() == "lend" and any(t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "PERSON")
                                             for c in verb.children if c.dep_ in ("dative", "dobj") for t in c.subtree):
        return False  # "X lent Y €250 million in 2018": a loan to a named borrower stands until repaid
    if verb.lemma_.lower() == "extend" and (any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in verb.children)
            or any(t.pos_ == "PROPN" for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for t in p.subtree)):
        return False  # "extended a ¥40 billion loan", "a credit line to X's central bank": one credit that stands
    clause = " ".join(t.lower_ for t in verb.subtree)
    if verb.dep_ in ("ROOT", "ccomp", "conj"):  # a leading "Last year, X gave" is the clause's
        first = verb.doc[verb.left_edge.i:verb.i].text.lower()
        clause = first + " " + clause
    if re.search(r"\blast year\b|\bin recent years\b|\bthat (?:same )?year\b|\bthe same year\b|\ba year earlier\b"
                 r"|\bthe previous year\b", clause):
        return True
    published = verb.doc.user_data.get("published_year")
    if published is None:  # no date: a past perfect over a closed span of years is done all the same
        return past_perfect and re.search(r"\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b", clause) is not None
    return any(int(y) < published for y in _IN_YEAR.findall(clause))


def _is_beneficiary(holder, subj) -> bool:
    w = _w()
    lemma = holder.lemma_.lower()
    passive = subj.dep_ == "nsubjpass"
    return (lemma in {"receive", "get", "win", "obtain", "land", "attract"} and not passive) or (
        passive and lemma in {"hand", "give", "award", "grant", "gift", "offer", "allocate", "allot", "promise"}
        and lemma in w["beneficiary_verbs"])


def collective(subj) -> str | None:
    """"donor nations", "the county council", "an anonymous donor", "11 providers",
    "seventeen of the country's biggest pension providers": kept as written."""
    counted = quantified_collective(subj)
    if counted is not None:
        return counted
    if subj.tag_ == "VBG":
        # "Donors gathering in Oslo offered": the parser may make the participle the subject's head
        subj = next((c for c in subj.children if c.dep_ in ("nsubj", "compound") and c.i < subj.i), subj)
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() not in _w()["collective_nouns"] and subj.lower_ not in _w()["collective_nouns"]:
        return None
    toks = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "punct", "prep")]
    if not toks:
        return None
    phrase = subj.doc[toks[0].i:subj.i + 1].text
    if any(t.is_currency or t.ent_type_ == "MONEY" for t in toks):
        return None  # "a separate $7-million fund will help": a sum's vehicle, no one who gives
    return phrase if len(phrase.split()) >= 2 or subj.tag_ == "NNS" else None


def quantified_collective(subj) -> str | None:
    """"Seventeen of the UK's biggest pension providers": a count of an unnamed collective,
    kept as written (the country it belongs to is not who acts)."""
    if subj.pos_ != "NUM" and subj.lower_ not in ("some", "many", "most", "all", "several", "dozens"):
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in _w()["collective_nouns"]:
        return None
    return subj.doc[subj.left_edge.i:noun.i + 1].text


def speaker_of(sent, exclude=None):
    """"..., the state government said": the subject of a reporting verb of the sentence."""
    w = _w()
    for t in sent:
        if t.lemma_.lower() in w["reporting_verbs"] and t.pos_ == "VERB":
            s = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if s is None or (exclude is not None and s.i == exclude.i) or s.pos_ == "PRON":
                continue
            names, spans = names_in(list(s.subtree))
            names, spans = no_dateline(names, spans, sent)
            if names:
                return names, spans
            named = collective(s)
            if named:
                return [named], [s.doc[s.left_edge.i:s.i + 1]]
    return None


def _recipients(top) -> list[str]:
    from commitments.extract.actors import named_recipients

    return named_recipients(top, [])


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
_SUBJECT_ROLES = ("future", "obligation", "intention", "reported")
_SHARE_REACH = 1500  # characters back from an amount-subject to the package it shares


def _whole(a, earlier, doc_name, within=None):
    """The pledge a part belongs to: the nearest earlier record of the document with a
    larger amount in the same currency (within ``within`` characters, if given)."""
    for r in reversed(earlier):
        if within is not None and a.start - r.passage.end > within:
            break
        if r.doc == doc_name and r.money is not None and r.money.currency == a.currency and r.money.value > a.value \
                and getattr(r, "part_of", None) is None:
            return r
    return None


# what a new pledge is said to add to: "comes on top of a", "in addition to the", "follows an"
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|follows|followed|builds?\s+on|adds?\s+to)\s+"
                       r"$", re.IGNORECASE)  # (before the noun phrase, its article with it)
# (the lexicon's verbs of announcing and promising, and agreeing or approving a pledge)
_ANNOUNCED = lx.ANNOUNCE_VERBS | lx.PROMISE_VERBS | {"agree", "approve"}


def _pledge_added_to(document, doc, a, span, sent, timeframes, earlier, cm):
    """"The money comes on top of a £113 million package announced in November": the earlier
    pledge a new one adds to, reported again, and the new one's giver's (the record just
    before, in the same paragraph), unless the participle names another ("announced by X")."""
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    told = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ANNOUNCED), None)
    if noun.lemma_.lower() not in pledge_nouns() or told is None or any(c.dep_ == "agent" for c in told.children):
        return None
    text = doc_text(doc)
    if _ADDED_TO.search(text[max(sent.start_char, noun.left_edge.idx - 40):noun.left_edge.idx]) is None:
        return None
    # (the new pledge is in the earlier one's currency: "The EU committed €522 million. This came
    # on top of a £113 million package" adds to the UK's £120 million told before the EU's)
    near = [r for r in reversed(earlier) if r.doc == document.doc and r.actors and r.passage.end <= noun.left_edge.idx
            and "\n\n" not in text[r.passage.end:noun.left_edge.idx] and noun.left_edge.idx - r.passage.end <= _SHARE_REACH]
    prior = next((r for r in near if r.money is not None and r.money.currency == a.currency), near[0] if near else None)
    if prior is None:
        return None
    end = max(a.end, told.right_edge.idx + len(told.right_edge.text))
    return "new", cm._record(document, list(prior.actors), [], noun.left_edge.idx, end, a, timeframes, "funding",
                             "amount-reported", [])


def _previous(a, earlier, doc_name):
    """The record just before an amount-subject, when it is close (a pledge continued:
    "$3 million will support the fund" after the pledge of another share)."""
    for r in reversed(earlier):
        if r.doc == doc_name and r.actors and 0 <= a.start - r.passage.end <= _SHARE_REACH // 3:
            return r
        break
    return None


def _pledge_above(tok, nouns):
    """The pledge noun a phrase hangs on through prepositions ("pledge to the Fund's X")."""
    for _ in range(3):
        if tok.lemma_.lower() in nouns:
            return tok
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if tok.lemma_.lower() in nouns else None


def _pledge_word(noun) -> str:
    """The noun's lemma, or the hyphenated word it ends ("top-up", split by the tokenizer)."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ and not doc[noun.i - 2].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.lemma_.lower()


_LISTING_VERBS = frozenset({"include", "be", "comprise", "feature"})


def _cost_of_an_undertaking(tok, verb, cm):
    """"approved a rail line at an estimated cost of N": the cost of what a verb of undertaking
    takes on is that undertaking's sum, as "with a total outlay of N" is. Returns the cost noun."""
    if verb is None or tok.head.lower_ != "of" or cm._lemma(verb) not in _w()["approving_verbs"]:
        return None
    cost = tok.head.head
    if cost.lemma_.lower() != "cost" or cost.head.lower_ != "at" or cost.head.head.i != verb.i:
        return None
    return cost


def _verbless(document, doc, a, span, sent, timeframes, earlier, cm, is_part, verb=None):
    """An amount with no verb above it: a pledge noun phrase ("X's ¥50bn pledge", "a CHF 600
    million investment by X", "a commitment of €90 million"), or a part of a package."""
    tok = span.root
    noun = tok
    nouns = pledge_nouns()
    for _ in range(3):
        if _pledge_word(noun) in nouns or noun.head.i == noun.i:
            break
        if noun.lemma_.lower() in ("total", "sum", "amount") and noun.dep_ == "appos":
            noun = _pledge_above(noun.head, nouns) or noun  # "X's pledge to the Fund: a total of N"
            break
        noun = noun.head
    if _pledge_word(noun) not in nouns and (verb is None or verb.lemma_.lower() in _LISTING_VERBS):
        # "(contributions include) US$2 billion in pledges from X": the pledge noun after the sum
        noun = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in nouns and o.tag_ == "NNS"), noun)
    if _pledge_word(noun) not in nouns:
        # "is a USD 60 million (about Rs 500 crore) loan by X": the parser may hang the noun on
        # the sum as an apposition, and the "by" on the sum
        noun = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i
                     and c.lemma_.lower() in nouns), noun)
    by_subject = ([], [])
    costed = _cost_of_an_undertaking(tok, verb, cm)
    if costed is not None:
        noun = costed
    elif _pledge_word(noun) not in nouns:
        return None
    owner = [t for c in noun.children if c.dep_ == "poss" for t in c.subtree]
    by = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for t in _without_items(c)][1:]
    if not by and noun.head.i == tok.i and noun.dep_ == "appos":
        by = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
              for t in _without_items(c)][1:]
    if not by:  # "a USD 28 billion agreement ... signed by KVT", "a $2 billion loan approved by the bank"
        by = [t for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
              for g in v.children if g.dep_ == "agent" for t in g.subtree][1:]
    if not (owner or by) and _clause_read_as_noun(noun):
        owner = [t for c in noun.children if c.dep_ == "compound" for t in c.subtree]
    whole_of_a_part = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _w()["part_nouns"]
    if not (owner or by) and noun.left_edge.lower_ in ("the", "this", "that") and noun.left_edge.dep_ == "det" \
            and not whole_of_a_part:  # ("that sum is part of the N programme": the whole only named as a reference)
        # "The Rs 270 crore ($32.9 million) grant belongs to ...": the pledge named before, restated
        same = next((r for r in reversed(earlier) if r.doc == document.doc and r.money is not None
                     and r.money.currency == a.currency and abs(r.money.value - a.value) <= 0.01 * a.value), None)
        if same is not None:
            start, end = min(noun.left_edge.idx, a.start), max(noun.idx + len(noun.text), a.end)
            rec = cm._record(document, list(same.actors), [], start, end, a, timeframes, same.kind, "amount-restated", [])
            return "new", rec
    part = _named_part(document, a, noun, earlier) if not (owner or by) else None
    if part is not None:
        start, end = min(noun.left_edge.idx, a.start), max(noun.right_edge.idx + len(noun.right_edge.text), a.end)
        rec = cm._record(document, list(part.actors), [], start, end, a, timeframes, part.kind, "amount-part", [])
        rec.part_of = part.id
        return "new", rec
    if verb is not None and not (owner or by):
        # "Thanks to a commitment of €90 million, X stays ...": a leading adjunct's pledge is the clause subject's
        # "Thanks to a commitment of N, X ...": up from the noun through prepositions to the verb
        up, hops = noun.head, 0
        while up.i != verb.i and up.dep_ in ("prep", "npadvmod", "pobj") and hops < 3:
            up, hops = up.head, hops + 1
        adjunct = noun.head.dep_ == "prep" and up.i == verb.i and noun.i < verb.i and noun.lower_ != "investment"
        # "X began work on a plant, with a total investment of N": a trailing "with" of
        # an outlay says what the subject's undertaking costs it (not one done or of a past year)
        # ("a": the size of what is undertaken, not "posted profits, with spending of N")
        adjunct = adjunct or (noun.head.dep_ == "prep" and noun.head.lower_ in ("with", "at") and noun.head.head.i == verb.i
                              and noun.i > verb.i and (noun.lemma_.lower() in _w()["outlay_nouns"] or costed is not None)
                              and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
                              and cm._lemma(verb) in _w()["undertaking_verbs"]
                              and not is_track_record(verb) and not earlier_year(verb))
        subj = subject_of(verb) if adjunct and _role(verb, [verb], sent, cm) is None else None
        if subj is None:
            return None
        owner = list(subj.subtree)
        if not names_in(owner)[0]:
            # "The firm approved a plant at a cost of N": who the subject stands for
            owner = []
            by_subject = actors_of(verb, [r.actors for r in earlier[-1:]])[:2]
    names, spans = by_subject
    if by and not owner:
        # "an investment by logistics group arvex in ...": the giver itself (a name the model
        # left untagged, the owner of a fund), not the places of its prepositions
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            names, spans = giver_of(p)
            if names:
                break
    if not names:
        names, spans = names_in(owner or by)
    names, spans = no_dateline(names, spans, sent)
    if not names and owner:
        poss = next(t for t in owner if t.dep_ == "poss")
        run = [t for t in owner if t.pos_ == "PROPN" and t.text[:1].isupper() and (t.i == poss.i or t.head.i == poss.i)]
        if poss.pos_ == "PROPN" and run and run[-1].i == poss.i:
            # "Orvane Trust's $480 million pledge", a name the model left untagged
            names, spans = [clean_name(doc[run[0].i:poss.i + 1].text)], [doc[run[0].i:poss.i + 1]]
        else:
            # "the government's existing $1.3 billion commitment": whose the description is
            from commitments.extract.actors import resolve_description

            names, spans = resolve_description(poss), []
    if not names:
        return None
    start, end = min(noun.left_edge.idx, a.start), max(noun.right_edge.idx + len(noun.right_edge.text), a.end)
    if costed is not None:
        start = verb.left_edge.idx  # the approval itself, not only its cost
    text = doc_text(doc)
    while end > start and text[end - 1].isspace():
        end -= 1  # (a root noun's right edge is the sentence's full stop and line break)
    rec = cm._record(document, names, spans, start, end, a, timeframes, cm._kind(noun, a), "amount-noun", [])
    return "new", rec
