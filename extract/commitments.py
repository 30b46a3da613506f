"""Find commitments in parsed documents: a pledge cue, an actor, and what is pledged.

A clause is a commitment when its subject is an organisation or government (named, or
pointed back to) and it carries a pledge: a future or intended pledge verb ("will invest",
"plans to fund"), an announced pledge noun ("announced an investment of"), or a pledge
reported as made ("invested $210 million"). Negated and hypothetical clauses, vague
intentions inside quotations, figures that measure rather than promise, and link lines
are left out. Each record says which rule produced it (``rule``).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from commitments.extract import lexicon as lx
from commitments.extract.actors import (
    campaign_promise,
    ACTOR_LABELS,
    SUBJECTS,
    acting_name,
    actors_of,
    entities,
    entities_between,
    first_conjunct,
    giver_of,
    governments_listed,
    is_stranded_main_verb,
    named_recipients,
    names_a_programme,
    names_in,
    parallel_infinitive,
    programme_backer,
    subject_of,
    titled_speakers_government,
)
from commitments.extract.amounts_first import (
    amount_records, pledge_nouns, dateline_end, earlier_year, is_track_record, is_programme, no_dateline,
    quantified_collective, speaker_of, summing_aside,
)
from commitments.extract.currency_context import explain, localise
from commitments.extract.headlines import headline_actors
from commitments.extract.headline_shapes import headline_records
from commitments.extract.list_lines import deliverable_lines, is_dated_line
from commitments.extract.list_frames import list_item_frame
from commitments.extract.fx import usd_value
from commitments.extract.money import find_amounts
from commitments.extract.pipeline import HEADLINE_TOKENS
from commitments.extract.timeframes import find_timeframes
from commitments.records import Commitment, Document, Mention, Passage, commitment_id

_QUOTED = re.compile(r"[“\"][^“”\"\n]{12,}?(?:[”\"]|$)", re.M)
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def extract_documents(documents: Iterable[Document], batch_size: int = 16,
                      workers: int = 1) -> Iterator[tuple[Document, list[Commitment]]]:
    """Parse documents with ``nlp.pipe`` (in ``workers`` processes; a long one in pieces,
    ``commitments.extract.parsing``) and yield each with its commitments."""
    from commitments.extract.parsing import parse_texts

    docs = list(documents)
    for document, parsed in zip(docs, parse_texts((d.text for d in docs), batch_size=batch_size, workers=workers)):
        yield document, find_commitments(document, parsed)


def find_commitments(document: Document, doc) -> list[Commitment]:
    if len(doc) and doc[0].idx == 0 and doc[-1].idx + len(doc[-1].text_with_ws) == len(document.text):
        doc.user_data.setdefault("text", document.text)  # the parsed text itself: spaCy need not join it again
    published = _date(document.published)
    if published is not None:
        doc.user_data["published_year"] = published.year  # "gave N in 2023": a period over by then
    amounts = localise(find_amounts(document.text), document.text, document.publisher)
    timeframes = find_timeframes(document.text, published)
    quoted = [m.span() for m in _QUOTED.finditer(document.text)]
    out: list[Commitment] = []
    links = _link_lists(document.text)
    for sent in doc.sents:
        if _is_link_line(document.text, sent) or _within(links, sent.start_char):
            continue
        found = False
        for head in _clause_heads(sent):
            rec = _commitment_for(document, head, sent, amounts, timeframes, quoted, out)
            if rec is not None and not _restates_without_money(rec, out):
                out.append(rec)
                found = True
        if not found:
            rec = _headline_commitment(document, sent, amounts, timeframes)
            if rec is not None:
                out.append(rec)
    # amount-first: every amount no record holds is a candidate, its role read from syntax
    text = document.text

    def skipped(at: int) -> bool:
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].lstrip(" \t•*-–").casefold()
        return line.startswith(lx.LINK_LINE_PREFIXES) or _within(links, at)

    extra = amount_records(document, doc, amounts, timeframes, out, skipped)
    extra += deliverable_lines(document, doc, amounts, timeframes, [*out, *extra])
    records = headline_actors(sorted([*out, *extra], key=lambda r: (r.passage.start, r.passage.end)), text)
    records = sorted([*_restated_headline(document, amounts, timeframes, records), *records],
                     key=lambda r: (r.passage.start, r.passage.end))

    def make(actors, start, end, money, kind, rule):
        return _record(document, actors, [], start, end, money, timeframes, kind, rule, [])

    shaped = headline_records(document, doc, amounts, timeframes, records, make, skipped)
    return sorted([*shaped, *records], key=lambda r: (r.passage.start, r.passage.end)) if shaped else records


def _restates_without_money(rec: Commitment, out: list[Commitment]) -> bool:
    """"the plan commits the country to resettling 12,000 refugees": the gerund's own clause, inside
    a record of the same actors just made, says nothing more."""
    return rec.money is None and any(
        o.money is None and o.actors == rec.actors and o.passage.start <= rec.passage.start
        and rec.passage.end <= o.passage.end for o in out[-3:])


def _restated_headline(document: Document, amounts, timeframes, records: list[Commitment]) -> list[Commitment]:
    """A headline's amount that no rule read ("Karvik secures PLN 2.7 bn from recovery plan"),
    where the story states the same sum in a record of its own, restates that pledge: a
    record with that record's actors (a headline restates its lead)."""
    text = document.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or line.endswith((".", "!", "?")) or len(line) > 200:
        return []
    held = {(r.money.start, r.money.end) for r in records if r.money}
    out = []
    for a in amounts:
        if a.start >= start + len(line):
            break
        if a.start < start or (a.start, a.end) in held:
            continue
        lead = next((r for r in records if r.passage.start >= end and r.actors and r.money is not None
                     and r.money.currency == a.currency and r.money.value and a.value
                     and max(r.money.value, a.value) <= 1.01 * min(r.money.value, a.value)), None)
        if lead is not None:
            out.append(_record(document, list(lead.actors), [], start, start + len(line), a, timeframes, lead.kind,
                               "headline-restated", []))
    return out


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:  # a malformed date from elsewhere resolves nothing rather than failing
        return None


def _is_link_line(text: str, sent) -> bool:
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line = text[line_start:sent.end_char].lstrip(" \t•*-–").casefold()
    return line.startswith(lx.LINK_LINE_PREFIXES)


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")


def _link_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the items listed under a header line of page furniture ("Related posts:",
    "More from Reuters"): the lines after it up to the first line of prose (one that ends a
    sentence)."""
    spans, at, under = [], 0, False
    for line in text.split("\n"):
        end = at + len(line)
        bare = line.strip().lstrip("•*-–").strip()
        if bare:
            folded = bare.casefold()
            if folded.startswith(lx.LINK_LINE_PREFIXES) and not bare.endswith(_SENTENCE_END) and len(bare.split()) <= 6:
                under = True  # a header: what follows is a list of links
            elif under and bare.endswith(_SENTENCE_END) and len(bare.split()) > 12:
                under = False  # prose again
            elif under:
                spans.append((at, end))
        at = end + 1
    return spans


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls in one of ``spans`` (in text order, not overlapping)."""
    k = bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _for_to(tok) -> bool:
    """"$2 million for X to develop a plant": X is whom a sum is for, the infinitive its
    purpose; X pledges nothing."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _second_pledge_verb(tok) -> bool:
    """A verb coordinated with a clause's verb that carries its own future, modal or
    intention ("... will build three parks, and has promised to clear all approvals")."""
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and (tok.head.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "aux" for c in tok.head.children)) and (
        any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "must"} for c in tok.children)
        or any(c.dep_ == "aux" for c in tok.children) and tok.lemma_.lower() in lx.INTENT_VERBS)


def coordinated_pledge_verb(tok) -> bool:
    """"will plant 2 million trees by May and restore 5,000 hectares by 2029", "plans to open
    a centre, donate 350 kits and sponsor 70 scholarships": a verb coordinated with a pledge's
    verb, with an object of its own and no subject or auxiliary of its own, is a pledge of
    its own under the same subject and frame ("will design, build and operate the plant",
    whose first verbs have no object, is one). A second infinitive with its own "to" under the
    same intention ("pledged to plant 900 trees and to repair the old pier") is one too."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ != "VB" or any(
            c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") and not parallel_infinitive(c) for c in tok.children):
        return False
    seen = tok.doc.user_data.setdefault("coordinated_pledges", {})
    if tok.i not in seen:  # asked for by the clause finder, the cue and the passage bounds alike
        seen[tok.i] = _coordinated_pledge(tok)
    return seen[tok.i]


def _coordinated_pledge(tok) -> bool:
    first = first_conjunct(tok)
    objects = lambda v: any(c.dep_ == "dobj" for c in v.children)  # noqa: E731
    intended = _lemma(first) in lx.INTENT_VERBS | lx.PROMISE_VERBS and any(  # "plans to open X, donate Y"
        x.dep_ == "xcomp" and objects(x) for x in first.children)
    # "will buy and fit 60 buses and open a depot": the object may hang on a later conjunct before tok
    shared_object = tok.head.i != first.i and tok.head.dep_ == "conj" and objects(tok.head)
    if first.pos_ != "VERB" or not objects(tok) or not (objects(first) or intended or shared_object):
        return False
    if any(c.dep_ in SUBJECTS for c in first.children):
        governor = first
    elif first.dep_ == "xcomp" and _lemma(first.head) in lx.INTENT_VERBS | lx.PROMISE_VERBS:
        governor = first.head  # "plans to open a centre and donate kits"
    else:
        return False  # "will spend $2 billion to build 11 clinics and add 600 beds": one pledge's purpose
    if not (_delivers(tok) or any(t.ent_type_ == "MONEY" for t in tok.subtree) or _creates_counted_jobs(tok)):
        return False  # "... and support 4,000 jobs": an outcome, not a second thing delivered
    return _cue(governor) is not None


def _reports_a_pledge_before_it(head) -> bool:
    """A reporting verb after the clause it reports, whose subject is another's and whose verb
    is a future ("X will build 900 homes, Mayor Y announced Monday"): the report is no pledge
    of the speaker's own."""
    if _lemma(head) not in lx.REPORTING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and c.i < head.i and any(a.dep_ == "aux" and a.lower_ in _FUTURE_AUX for a in c.children)
               and any(s.dep_ in SUBJECTS and s.pos_ in ("PROPN", "NOUN") for s in c.children) for c in head.children)


def _creates_counted_jobs(verb) -> bool:
    """"will build 12 depots and create 2,400 jobs": jobs a verb of its own creates, counted, are
    a pledge of their own (jobs "supported" or "generated" by a plant are its outcome)."""
    return _lemma(verb) == "create" and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "job" and any(c.dep_ == "nummod" for c in o.children) for o in verb.children)


def _clause_heads(sent) -> Iterator:
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in tok.children):
            if not _for_to(tok):
                yield tok
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and subject_of(tok) is not None:
            yield tok  # "..., announcing a planned investment of $3 billion"
        elif is_stranded_main_verb(tok) and subject_of(tok) is not None:
            yield tok  # "The cabinet chaired by X today approved ..."
        elif _second_pledge_verb(tok) and subject_of(tok) is not None:
            yield tok  # "will build three parks, and has promised to clear all approvals": a second pledge
        elif tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
            yield tok  # a headline noun phrase: "X's $2B Boost for Y"
        elif tok.pos_ in ("ADJ", "NOUN") and tok.dep_ != "ROOT" and any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would"} for c in tok.children) and any(
                c.dep_ == "dobj" for c in tok.children) and subject_of(tok) is not None:
            yield tok  # "X will second advisers to Y", "would fast-track the licences": a verb tagged otherwise
        elif _possessed_intention(tok) is not None:
            yield tok  # "X's pledge to place 2,000 hectares under protection"
        elif tok.dep_ == "ROOT" and list_item_frame(tok) is not None:
            yield tok  # "- plant 5,000 trees" under "the utility will:"
        elif coordinated_pledge_verb(tok) and subject_of(tok) is not None:
            yield tok  # "will plant 2 million trees and restore 5,000 hectares": the second pledge


def _chain(head) -> list:
    """The head and the words it governs down to the next clause with its own subject:
    "plans to widen its schemes to offer", "agreed to look at ways to raise"."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("xcomp", "pcomp", "prep", "dobj", "acl", "advcl", "pobj", "relcl")
                     and not any(g.dep_ in SUBJECTS for g in c.children))
    return out


def _lemma(tok) -> str:
    """The lemma with its particle, so "set aside" differs from "set"."""
    lemma = tok.lemma_.lower()
    # the particle, or an adverb right after the verb that the parser did not call one ("set aside")
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)), None)
    phrase = f"{lemma} {prt}"
    return phrase if prt and phrase in _PHRASAL else lemma  # "invest up to" is "invest"


def _reported_future(tok) -> bool:
    """"X said it would invest": *would* in speech reported in the past is a future (also a
    second clause of the speech: "said X remained committed ... and that the loan would be");
    not with a condition of its own ("said it would invest N if the tax break is renewed")."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lx.CONDITIONAL_MARKS for m in c.children)
           for c in tok.children):
        return False
    for _ in range(3):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    gov = tok.head
    if gov.tag_ == "VBG" and gov.dep_ == "advcl" and gov.head.tag_ in ("VBD", "VBN"):
        gov_tense = "VBD"  # "made the largest gift, saying it would give": the participle shares its clause's past
    else:
        gov_tense = gov.tag_
    # ("Labour says it would put N into the fund": the present of a report is loosely backshifted too)
    return tok.dep_ == "ccomp" and gov.lemma_.lower() in lx.REPORTING_VERBS and gov_tense in ("VBD", "VBN", "VBZ", "VBP")


def _costing(tok) -> bool:
    """"will build a cargo airport, costing EGP 9 billion": a participle that prices what the
    clause delivers, not a measurement in place of a pledge."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() == "cost" and tok.head.pos_ == "VERB"


def _abstains(verb) -> bool:
    """"promised (agreed, pledged) not to charge", "committed to not selling": the negated verb
    is what a promise binds the actor to refrain from, so the promise stands."""
    return verb.dep_ in ("xcomp", "pcomp") and _lemma(verb.head if verb.dep_ == "xcomp" else verb.head.head) in (
        lx.PROMISE_VERBS | {"agree"}) and verb.head.i < verb.i


def _negated_or_hypothetical(head, chain) -> bool:
    for t in chain:
        for c in t.children:
            if c.dep_ == "neg" and _abstains(t):
                continue  # "has pledged not to raise rents": a pledge to refrain
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and t.dep_ != "pobj") or (
                    c.dep_ == "dobj" and c.lower_ == "nothing" and t.pos_ == "VERB"):
                return True  # "will pay nothing"; not "with no connection to the grid", "at a price of no more than
            if c.dep_ == "aux" and c.lower_ in lx.HYPOTHETICAL_MODALS and not (
                    c.lower_ == "would" and (_reported_future(t) or campaign_promise(t))):
                return True
            if c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") and t.tag_ == "VBN" and any(
                    a.dep_ == "aux" and a.lower_ == "have" for a in t.children):
                return True  # "the rival would have paid $2 billion": what would have been, not a pledge
            if c.lower_ == "without" and any(p.lemma_.lower() in ("commit", "pledge", "promise", "specify")
                                             for p in c.children if p.dep_ == "pcomp"):
                return True  # "would look at building a plant, without committing to a figure": a hedge
        if t.lemma_.lower() in lx.HYPOTHETICAL_VERBS:
            return True
    for t in [head, *head.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in lx.CONDITIONAL_MARKS for c in t.children):
            return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in lx.BACKGROUND_MARKS and c.i < head.i for c in head.children)


_PHRASAL = {w for w in lx.PLEDGE_VERBS | lx.REPORTED_VERBS | lx.INTENT_VERBS if " " in w}
_CLAUSE_CUES = (lx.PLEDGE_VERBS | lx.INTENT_VERBS | lx.ANNOUNCE_VERBS | lx.REPORTED_VERBS | lx.RECEIVE_VERBS
                | {"be", "commit"})


@dataclass(frozen=True, slots=True)
class _Clause:
    """What the rules look at: the head, its lemma, its auxiliaries, and the verbs and nouns
    it governs down to the next clause."""

    head: object
    lemma: str
    auxes: frozenset[str]
    verbs: frozenset[str]
    nouns: frozenset[str]


def _is_received(c: _Clause) -> bool:
    return c.lemma in lx.RECEIVE_VERBS and bool(_givers(c.head))


_FUNDING_SUBJECTS = frozenset({"funding", "money", "financing", "cash", "capital", "fund", "funds"})
_REST_WORDS = frozenset({"rest", "remainder", "balance"})
_SHARE_ADJECTIVES = frozenset({"remaining", "additional", "further", "extra", "other"})


def _is_funding_source(c: _Clause) -> bool:
    """"the other funding will come from its parent, X", "the rest is to come from X": whoever
    a further share of the money will come from gives it (``_givers``), with or without a sum;
    "the money will come from X" only tells where a pledge already told is drawn from."""
    return c.lemma == "come" and bool(c.auxes & (_FUTURE_AUX | {"to"})) and any(
        s.dep_ == "nsubj" and (s.lemma_.lower() in _REST_WORDS or s.lemma_.lower() in _FUNDING_SUBJECTS and any(
            a.dep_ == "amod" and a.lower_ in _SHARE_ADJECTIVES for a in s.children))
        for s in c.head.children) and bool(_givers(c.head))


def _is_future(c: _Clause) -> bool:
    if (c.auxes & _FUTURE_AUX or "to" in c.auxes) and c.verbs & lx.PLEDGE_VERBS:
        return True
    return c.lemma == "be" and any(  # "the oil major is to spend $1.5 billion"
        x.dep_ == "xcomp" and _lemma(x) in lx.PLEDGE_VERBS and any(a.lower_ == "to" for a in x.children)
        for x in c.head.children) and not any(  # "it is close to twice the N it laid out": a comparison
        a.dep_ == "acomp" and a.lower_ in ("close", "near") for a in c.head.children)


def _is_intent(c: _Clause) -> bool:
    if c.lemma in lx.INTENT_VERBS and (c.verbs - {c.lemma}) & (lx.PLEDGE_VERBS | lx.ACQUIRE_VERBS):
        return True
    if c.lemma in lx.INTENT_VERBS and any(x.dep_ == "xcomp" and x.lemma_.lower() == "sign" and any(
            o.dep_ == "dobj" and any(n.lemma_.lower() in lx.PLEDGE_NOUNS for n in (o, *o.conjuncts))
            for o in x.children) for x in c.head.children):
        return True  # "intends to sign a service and upkeep agreement with X": the deal is the pledge
    if c.lemma in lx.PROMISE_VERBS and any(x.dep_ == "xcomp" and x.pos_ == "VERB" for x in c.head.children):
        return True  # "pledged to cut emissions by half": the verb itself binds
    if c.lemma in lx.PROMISE_VERBS and c.head.pos_ == "VERB" and any(
            x.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
            or x.dep_ == "dobj" and x.pos_ == "NOUN" for x in c.head.children):
        return True  # "has offered tax breaks", "has pledged that clean fuels will supply 12%"
    committed = c.lemma == "commit" or (c.lemma == "be" and any(x.lower_ == "committed" for x in c.head.children))
    return committed and bool((c.verbs | c.nouns) & (lx.PLEDGE_VERBS | lx.PLEDGE_NOUNS))


def _is_announced(c: _Clause) -> bool:
    return c.lemma in lx.ANNOUNCE_VERBS and any(
        x.dep_ == "dobj" and _names_a_pledge(x) and not _bare_memorandum(x) and not _terms_said_apart(x)
        for x in c.head.children) or _exchanged_notes(c.head)


def _exchanged_notes(head) -> bool:
    """"exchanged notes for a ¥220 billion loan": the diplomatic form of signing a loan
    between governments, with the pledge the object of its "for"."""
    notes = next((x for x in head.children if x.dep_ == "dobj" and x.lower_ == "notes"), None)
    return head.lemma_.lower() == "exchange" and notes is not None and any(
        p.dep_ == "prep" and p.lower_ in ("for", "on") and any(_names_a_pledge(o) for o in p.children if o.dep_ == "pobj")
        for p in [*head.children, *notes.children])


def _names_a_pledge(noun) -> bool:
    """"an investment", and "a $10 billion currency swap framework": a pledge noun, or a noun
    a pledge noun qualifies."""
    return noun.lemma_.lower() in lx.PLEDGE_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in lx.PLEDGE_NOUNS for c in noun.children)


def _terms_said_apart(noun) -> bool:
    """"signed a memorandum under which it will license two suppliers", "an agreement that will
    hand the state control": what the agreement undertakes is a clause of its own, read as its
    own record; the signing says nothing more. (Where that clause holds the sum, "an agreement
    that will channel N to", the signing is the record that carries it.)"""
    return noun.lemma_.lower() in _MEMORANDA | _AGREEMENTS | {"deal"} and any(
        c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in c.children)
        and not any(_sum_word(t) for t in c.subtree) for c in noun.children)


def _sum_word(tok) -> bool:
    """A word of a sum, whatever the model tagged it ("$", "USD 400 million", "a 5 billion yen")."""
    doc = tok.doc
    return tok.ent_type_ == "MONEY" or tok.is_currency or (
        tok.is_upper and len(tok) == 3 and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num)


_MEMORANDA = frozenset({"memorandum", "memoranda", "memorandums", "mou", "mous"})
_AGREEMENTS = frozenset({"agreement", "accord", "pact"})
# kinds of agreement that name no content ("a cooperation agreement"; not "a swap agreement")
_GENERIC_AGREEMENT_WORDS = frozenset({"cooperation", "co-operation", "benefit", "community", "development", "framework",
                                      "revised", "new", "joint", "strategic", "partnership", "formal", "broad"})


def _bare_memorandum(noun) -> bool:
    """"the two firms signed a memorandum (an agreement)": a memorandum or agreement with no sum
    and no content named ("worth N", "to build X") undertakes nothing yet."""
    lemma = noun.lemma_.lower()
    if lemma in _AGREEMENTS and any(c.dep_ in ("amod", "compound") and c.lower_ not in _GENERIC_AGREEMENT_WORDS
                                    for c in noun.children):
        return False  # "a currency swap agreement", "a supply agreement": its content named
    return (lemma in _MEMORANDA or lemma in _AGREEMENTS) and not any(
        t.ent_type_ == "MONEY" or t.lower_ == "worth" or t.pos_ == "VERB" for t in noun.head.subtree if t.i != noun.head.i)


def _names_earlier_pledge(head) -> bool:
    """Whether the announced pledge is one named before: "the package", "this pledge"."""
    return any(x.dep_ == "dobj" and x.lemma_.lower() in lx.PLEDGE_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in x.children) for x in head.children)


def _is_passive(c: _Clause) -> bool:
    deps = {x.dep_ for x in c.head.children}
    return c.lemma in lx.PLEDGE_VERBS and "auxpass" in deps and "agent" in deps


def _is_reported(c: _Clause) -> bool:
    if is_track_record(c.head):
        return False  # "Over the past decade X has invested ...": a track record
    if not any(x.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prt", "attr") or x.dep_ == "prep" and x.lower_ in (
            "to", "toward", "towards", "for", "into", "on", "with") for x in c.head.children):
        return False  # "X and Y contributed.": a byline, nothing handed over
    if _measures(c.head):
        return False  # "the industry added $4 billion to GDP": a measurement, nothing handed over
    return c.lemma in lx.REPORTED_VERBS and (c.head.tag_ == "VBD" or (
        c.head.tag_ in ("VBN", "VBG") and bool(c.auxes & {"has", "have", "had", "are", "is", "were", "was"})))


def _measures(head) -> bool:
    """Whether an object of the verb is a measure ("to GDP", "its revenue")."""
    from commitments.extract.amounts_first import _objects

    return any(t.lemma_.lower() in lx.NOISE_NOUNS or t.lower_ in lx.NOISE_NOUNS for t in _objects(head))


def _is_reported_present(c: _Clause) -> bool:
    return not is_track_record(c.head) and c.lemma in lx.REPORTED_VERBS and c.head.tag_ in ("VBZ", "VBP", "VBN") and not (
        c.head.tag_ in ("VBZ", "VBP") and _is_habitual(c.head))


def _is_habitual(head) -> bool:
    """"X disburses more than $5 billion a year", "the sector contributes $16 billion a year":
    what a body does every year, in the simple present of a story's body, not a pledge (a
    headline's present "X Commits $5m a Year" is one)."""
    from commitments.extract.amounts_first import _is_headline, _w, sentence_of

    words = " " + " ".join(t.lower_ for t in head.subtree) + " "
    return any(f" {cue} " in words for cue in _w()["habitual_cues"]) and not _is_headline(sentence_of(head))


@functools.lru_cache(maxsize=1)
def _delivery_words() -> dict:
    """patterns/deliveries.json, read once for all the lists it holds."""
    return json.loads((Path(__file__).with_name("patterns") / "deliveries.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _deliveries() -> tuple[frozenset[str], frozenset[str]]:
    data = _delivery_words()
    return frozenset(data["delivered_objects"]), frozenset(data["not_delivery_verbs"])


@functools.lru_cache(maxsize=1)
def _changes() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that deliver or change something with any object, and verbs of growth that
    deliver only a count of delivered things ("will grow from 20 staff to 50")."""
    data = _delivery_words()
    return frozenset(data["change_verbs"]), frozenset(data["growth_verbs"])


_FORMED = frozenset({"company", "venture", "partnership", "consortium", "alliance", "entity", "taskforce", "committee"})
_RELOCATING = frozenset({"relocate", "transfer", "move"})


_EXPECTING_VERBS = frozenset({"expect", "predict", "forecast", "anticipate", "project", "urge", "want", "ask"})
_MEASURE_SUBJECTS = frozenset({"plan", "rule", "law", "bill", "measure", "policy", "strategy", "reform", "regulation",
                               "decree", "code", "framework", "programme", "program", "scheme", "deal", "agreement"})
_ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume"})
_INTENTION_NOUNS = frozenset({"mandate", "plan", "commitment", "obligation", "pledge", "intention", "duty", "mission"})


def _is_delivery(c: _Clause) -> bool:
    """A pledge without money: a future, intention or obligation frame whose verb delivers
    something ("will table a bill", "intends to ship 5,000 servers", "to take on 900
    apprentices", "will lend technical experts")."""
    objects, not_verbs = _deliveries()
    if any(s.dep_ == "nsubj" and s.lemma_.lower() in _MEASURE_SUBJECTS for s in c.head.children) and not any(
            x.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in x.children) for x in c.head.children):
        return False  # "the new rules will cut red tape", "the plan aims to add capacity": a measure acts for no one
    frame = bool(c.auxes & (_FUTURE_AUX | {"must", "to"})) or _building_now(c)
    verbs = [c.head] if frame else []
    if c.lemma in lx.INTENT_VERBS | lx.PROMISE_VERBS or c.lemma in ("intend", "want") or c.lemma == "expect" and c.head.tag_ != "VBN" or frame and c.lemma in _ASPECT_VERBS or c.lemma == "be":
        # "plans to ship", "will keep sending": the governed verb delivers
        verbs += [x for x in c.head.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    if c.lemma == "have":
        # "has a mandate (a plan, an obligation) to deploy instructors": the noun's infinitive
        verbs += [v for o in c.head.children if o.dep_ == "dobj" and o.lemma_.lower() in _INTENTION_NOUNS
                  for v in o.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    # a coordinated verb with its own auxiliary is a record of its own, not this clause's delivery
    verbs += [x for v in verbs for x in _conjuncts(v) if x.pos_ == "VERB" and not _second_pledge_verb(x)]
    if c.lemma == "be":  # "is to relocate its headquarters": only an infinitive the copula governs
        verbs = [x for x in verbs if x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
    return any(_delivers(v) for v in verbs) or _sets_a_goal(c.head)


# what a live blog's writer updates for its readers
_PAGE_NOUNS = frozenset({"page", "blog", "story", "article", "post", "tally", "list", "table", "feed"})

_BUILDING_VERBS = frozenset({"build", "construct", "install", "erect", "lay", "set up"})


def _building_now(c: _Clause) -> bool:
    """"X is also building a third cold store": a construction under way is a pledge still
    to be delivered (a progressive in the present, not "was building")."""
    return c.head.tag_ == "VBG" and c.lemma in _BUILDING_VERBS and bool(c.auxes & {"is", "are", "'s", "'re"})


def _conjuncts(verb) -> list:
    """The verbs coordinated with ``verb``, down the whole chain ("will plan, finance, run and
    maintain the depot": the object hangs on the last, and the parser may tag one as an adjective)."""
    out, stack = [], [c for c in verb.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "ADJ") and not any(g.dep_ in SUBJECTS for g in t.children) and not _second_pledge_verb(t):
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _delivers(verb) -> bool:
    """Whether the verb delivers or changes something (its frame is the caller's to judge)."""
    objects, not_verbs = _deliveries()
    if _bound_object(verb) or _ensures(verb):
        return True
    if verb.lemma_.lower() == "take" and any(o.dep_ == "dobj" and o.lower_ == "place" for o in verb.children):
        return False  # "the festival will take place in July": an event held, nothing delivered
    if verb.lemma_.lower() in _keeping()[0]:
        # "will keep its field nurses in the camps" keeps people at work, "will keep prices frozen" a
        # price held; "will keep the docks" delivers nothing
        return any(o.dep_ == "dobj" and o.lemma_.lower() in _keeping()[1] for o in verb.children) or _held(verb)
    return verb.lemma_.lower() not in not_verbs and any(
        o.dep_ == "dobj" and _delivered(o, objects) for o in verb.children) or _changes_something(
        verb, objects) or _keeps_a_goal(verb) or _procures(verb) or _pledges_a_share(verb) or _tenders_for(
        verb, objects) or _serves_a_count(verb) or _admits_a_count(verb) or _delivers_a_count(verb, not_verbs) \
        or _acts_on_a_thing(verb, not_verbs) or _makes_a_law(verb) or _stops_doing(verb) or _made_open(verb) \
        or _lowers_a_price(verb) or _imposes_a_rule(verb)


_RULING_VERBS = frozenset({"require", "oblige", "compel", "mandate"})


def _imposes_a_rule(verb) -> bool:
    """"will require new hotels to recycle grey water", "would oblige all clubs to field youth
    teams": binding others to an act is a rule made (not "will require $2 billion", a need)."""
    return verb.lemma_.lower() in _RULING_VERBS and any(
        o.dep_ == "dobj" and o.tag_ in ("NNS", "NN", "NNP", "NNPS") and o.ent_type_ not in ("MONEY", "CARDINAL", "PERCENT")
        for o in verb.children) and any(
        x.dep_ == "xcomp" and x.pos_ == "VERB" and any(a.lower_ == "to" for a in x.children) for x in verb.children)


def _bound_object(verb) -> bool:
    """"will host a repair depot", "will extend its grant scheme": a verb that delivers only with
    certain objects, with one of them (object_bound_verbs in patterns/deliveries.json)."""
    nouns = _object_bound().get(_lemma(verb))
    return bool(nouns) and any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in verb.children)


@functools.lru_cache(maxsize=1)
def _object_bound() -> dict[str, frozenset[str]]:
    return {verb: frozenset(nouns) for verb, nouns in _delivery_words()["object_bound_verbs"].items()}


def _ensures(verb) -> bool:
    """"will ensure that all its drivers earn the regional wage": an outcome the actor makes
    itself answerable for."""
    return _lemma(verb) in ("ensure", "guarantee") and any(c.dep_ == "ccomp" for c in verb.children)


def _states(verb, words: str) -> bool:
    """A state the verb puts its object in ("make X free", "keep X frozen"), among ``words``
    (a list of patterns/deliveries.json), whichever way the parser hung it."""
    allowed = _word_set(words)
    return any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in allowed for c in verb.children)


def _made_open(verb) -> bool:
    """"will make its weather records free to farmers", "make the files public": made available."""
    # (not "the minutes will be made public": a passive names no one who opens anything)
    return _lemma(verb) == "make" and _states(verb, "opening_adjectives") and not any(
        c.dep_ == "auxpass" for c in verb.children)


def _held(verb) -> bool:
    """"will keep bus fares frozen until May", "will keep free school meals": a state held."""
    return _states(verb, "held_states") or any(
        o.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ == "free" for a in o.children) for o in verb.children)


def _lowers_a_price(verb) -> bool:
    """"will cut its listing fee to 1 per cent", "will halve fees for small sellers": a lower price
    (not "cut 300 jobs", "cut emissions")."""
    return _lemma(verb) in _word_set("price_cut_verbs") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _word_set("price_nouns") for o in verb.children)


def _makes_a_law(verb) -> bool:
    """"will pass a law on river access": a lawmaking verb that delivers nothing
    in general ("pass the test") delivers the law it names."""
    return _lemma(verb) in _word_set("lawmaking_verbs") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _word_set("lawmaking_objects") for o in verb.children)


def _stops_doing(verb) -> bool:
    """"will stop sourcing timber from unlicensed mills": a stop whose gerund acts on something is
    delivered (a bare "will end the year" is not)."""
    return _lemma(verb) in _word_set("cessation_verbs") and any(
        x.dep_ in ("xcomp", "dobj") and x.tag_ == "VBG" and any(o.dep_ == "dobj" for o in x.children) for x in verb.children)


@functools.lru_cache(maxsize=None)
def _word_set(name: str) -> frozenset[str]:
    """One list of patterns/deliveries.json as a set, read once."""
    return frozenset(_delivery_words()[name])


def _acts_on_a_thing(verb, not_verbs) -> bool:
    """"will expunge 9,000 old convictions", "will scrap the fee", "would recruit 120
    midwives": in a future, intention or obligation frame (the caller's to judge), a verb that
    acts on a noun object is something the actor undertakes to do, whatever the verb.
    Verbs that report, relate, plan or only handle money are no such act ("will take a
    stake", "will deepen ties", "will present the plan")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in not_verbs or lemma in _OUTPUT_VERBS or lemma in _no_act_verbs():
        return False
    objects = [_whole_of(o) for o in verb.children if o.dep_ == "dobj"]
    return any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("MONEY", "PERCENT", "DATE")
               and o.lemma_.lower() not in lx.DEAL_OBJECT_NOUNS for o in objects)  # not "acquire a stake"


def _whole_of(tok):
    """"all of the plants", "each of its stores": the things a quantifier counts in full, in
    the quantifier's place (``tok`` itself otherwise)."""
    if tok.lower_ not in ("all", "each", "every", "both"):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), tok) if of is not None else tok


@functools.lru_cache(maxsize=1)
def _no_act_verbs() -> frozenset[str]:
    data = _delivery_words()
    return frozenset(data["no_act_verbs"])



# verbs whose counted object is no thing handed over: what a plant turns out or moves ("the
# mill will produce 3 million shirts a year"), trade, losses and levels reached
_OUTPUT_VERBS = frozenset({"make", "produce", "manufacture", "process", "handle", "carry", "generate", "store",
                           "treat", "ship", "export", "import", "sell", "buy", "emit", "consume", "save", "cut",
                           "lose", "shed", "employ", "serve", "reach", "hit", "exceed", "see", "draw", "attract"})
# units of land, length and power that size a thing delivered: "lease 40 acres of land", "add 6
# kilometres of cycle lanes" (not tonnes or barrels: a flow of goods)
_SIZE_UNITS = frozenset({"acre", "hectare", "kilometre", "kilometer", "km", "mile", "megawatt", "mw", "gigawatt",
                         "gw", "metre", "meter"})


def _delivers_a_count(verb, not_verbs) -> bool:
    """"will introduce 9 night routes", "add some 70 trams", "lease 40 acres of land to the
    venture": a verb whose object is a count of things or a sized stretch of land or power
    delivers them, whatever the things are called (its future or intention frame is the
    caller's to judge)."""
    lemma = verb.lemma_.lower()
    if lemma in (not_verbs - _word_set("counted_verbs")) | _OUTPUT_VERBS or verb.pos_ != "VERB":
        return False
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if _counted(o) or (o.lemma_.lower() in _SIZE_UNITS and any(c.dep_ == "nummod" for c in o.children)
                           and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)):
            return True
    return False


_ADMITTING_VERBS = frozenset({"take in", "admit", "resettle", "welcome", "accept", "hire", "recruit", "employ", "train"})


def _admits_a_count(verb) -> bool:
    """"said it would take in 2,500 next year", "will hire 300 more", "will train all of its
    guards": a verb of taking people in whose object is a bare count, or all of a group, the
    people named before or after."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()
    return lemma in _ADMITTING_VERBS and any(
        o.dep_ == "dobj" and (o.pos_ == "NUM" and o.ent_type_ == "CARDINAL" or _all_of_a_group(o)) for o in verb.children)


def _all_of_a_group(noun) -> bool:
    """"all of its nurses", "each of the 40 sites": the whole of a named group."""
    return noun.lower_ in ("all", "each", "every") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(m.dep_ == "pobj" and m.pos_ == "NOUN" for m in p.children)
        for p in noun.children)


_PROVIDING_VERBS = frozenset({"provide", "offer", "give", "deliver", "extend", "fund"})


def _serves_a_count(verb) -> bool:
    """"to provide coding support for 300,000 pupils", "will offer mentoring to 400 midwives":
    what is provided for a count of people is delivered, whatever its name."""
    if verb.lemma_.lower() not in _PROVIDING_VERBS or not any(o.dep_ == "dobj" for o in verb.children):
        return False
    preps = [p for t in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for p in t.children
             if p.dep_ == "prep" and p.lower_ in ("for", "to")]
    return any(m.dep_ == "pobj" and _counted(m) for p in preps for m in p.children)


_TENDER_NOUNS = frozenset({"tender", "tenders", "bid", "bids", "order", "orders", "contract", "contracts"})


def _tenders_for(verb, objects) -> bool:
    """"aims to hold a tender for a fourth depot", "will place an order for 40 trams": a
    tender or an order for something delivered is the pledge to procure it."""
    tenders = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _TENDER_NOUNS]
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(m.dep_ == "pobj" and _delivered(m, objects) for m in p.children)
               for t in tenders for p in [*t.children, *verb.children])


@functools.lru_cache(maxsize=1)
def _shares() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _delivery_words()
    return frozenset(data["share_verbs"]), frozenset(data["share_words"]), frozenset(data["shared_nouns"])


def _pledges_a_share(verb) -> bool:
    """"would meet a third of the building cost", "agreed to put 4% of its reserves fund into bonds",
    "a fifth of the scheme's funding will be kept for": a share of money given or set aside,
    with no sum stated, is a pledge (its frame is the caller's to judge)."""
    verbs, words, money = _shares()
    if _lemma(verb) not in verbs:
        return False
    for o in verb.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.lemma_.lower() in words or o.lower_ in words:  # "half of the cost", "10 per cent of funding"
            if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    m.dep_ == "pobj" and (m.lemma_.lower() in money or m.lower_ in money) for m in p.children)
                   for p in o.children):
                return True
        elif (o.lemma_.lower() in money or o.lower_ in money) and any(
                c.dep_ in ("predet", "nummod", "quantmod", "amod") and c.lower_ in words for c in o.children):
            return True  # "half the cost"
    return False


_PROCURING_VERBS = frozenset({"buy", "purchase", "procure", "source"})


def _procures(verb) -> bool:
    """"will source its tomatoes from 2,000 growers", "agreed to buy 40,000 tonnes of biofuel": buying
    goods from suppliers, or a measured quantity of them, is an offtake pledge; buying a stake, a
    company or shares is a deal ("will buy the unit from its founders")."""
    if verb.lemma_.lower() not in _PROCURING_VERBS or any(c.dep_ == "prt" for c in verb.children):
        return False  # "buy back shares"
    goods = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
             and o.lemma_.lower() not in lx.DEAL_OBJECT_NOUNS | lx.NOISE_NOUNS
             and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children)]  # "buy X's project": a deal
    # the supplier, also where the parser hung "from" on a purpose or a participle ("the minerals
    # for its mills from X", "all the wool used in its coats from certified farms")
    near = [verb, *goods, *(a for o in goods for a in o.children if a.dep_ == "acl"),
            *(o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    supplier = any(p.dep_ == "prep" and p.lower_ == "from" for t in near for p in t.children)
    return any(supplier or any(c.dep_ == "nummod" for c in o.children) and (o.tag_ == "NNS" or any(
        p.dep_ == "prep" and p.lower_ == "of" for p in o.children)) for o in goods)


@functools.lru_cache(maxsize=1)
def _keeping() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of keeping, and the people whose keeping at work is a pledge."""
    data = _delivery_words()
    return frozenset(data["keeping_verbs"]), frozenset(data["people_objects"])


def _possessed_intention(noun):
    """"X's pledge (commitment, plan) to place 2,000 hectares under protection": the
    infinitive a possessed intention noun governs, or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _INTENTION_NOUNS or not any(
            c.dep_ == "poss" for c in noun.children):
        return None
    return next((v for v in noun.children if v.dep_ == "acl" and v.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)


def _delivered(noun, objects) -> bool:
    """A delivered thing, or a measure of one ("3,000 square kilometres of new reserves")."""
    if noun.lemma_.lower() in objects or noun.lower_ in objects or _counted(noun):
        return True
    measured = any(c.dep_ == "nummod" for c in noun.children)  # "2,000 hectares of", not "a cornerstone of"
    return measured and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in objects or o.lower_ in objects) for o in p.children)
        for p in noun.children)


def _changes_something(verb, objects) -> bool:
    """"will designate new reserves", "will waive tuition fees", "will move its operation to
    the new terminal", "will grow from 20 staff to 50": a verb that delivers or changes by
    itself; a move needs a destination, a growth a count of delivered things."""
    change, growth = _changes()
    lemma = _lemma(verb)
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if prt and f"{lemma} {prt}" in change:
        lemma = f"{lemma} {prt}"  # "will speed up permits": a phrasal verb the pledge lists do not hold
    if verb.i >= 2 and verb.nbor(-1).text == "-":
        lemma = f"{verb.nbor(-2).lower_}-{lemma}"  # "fast-track", split by the tokenizer
    if lemma == "put" and any(p.lower_ == "tender" or p.dep_ == "prep" and p.lower_ == "to" and any(
            o.lower_ == "tender" for o in p.children) for p in verb.children):
        return True  # "will put out to tender nine projects"
    if lemma == "place" and any(p.dep_ == "prep" and p.lower_ == "under" for p in verb.children):
        return any(o.dep_ in ("dobj", "nsubjpass") for o in verb.children)  # "place 2,000 hectares under protection"
    if lemma == "form" and any(o.dep_ == "dobj" and o.lemma_.lower() in _FORMED for o in verb.children):
        return True  # "will form a joint company"
    if lemma == "publish" and any(o.dep_ == "auxpass" for o in verb.children) and not any(
            o.dep_ == "agent" for o in verb.children):
        return False  # "the findings will be published in May": news of a document, no one's undertaking
    if lemma in change and any(o.dep_ in ("dobj", "nsubjpass", "auxpass") for o in verb.children):
        return lemma not in _RELOCATING or any(
            p.dep_ == "prep" and p.lower_ in ("to", "into") for p in verb.children)
    if lemma in growth:
        return any(p.dep_ == "prep" and p.lower_ in ("from", "to") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in objects for o in p.children) for p in verb.children)
    return False


def _goal_of(tok) -> bool:
    """"its commitment to generate 40% from clean sources": the infinitive of a goal noun
    kept is the goal, not a measure."""
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in _GOAL_NOUNS and tok.head.dep_ == "dobj" \
        and tok.head.head.lemma_.lower() in _KEEPING_VERBS


def _grows_staff(verb) -> bool:
    """"will grow from 20 staff to 50": a growth verb whose measure is delivered things (people,
    places) is a delivery in a future frame, not a measure of output."""
    _, growth = _changes()
    return verb.pos_ == "VERB" and verb.lemma_.lower() in growth and _changes_something(verb, _deliveries()[0])


def _sets_a_goal(head) -> bool:
    """"has set a net-zero target for 2040": a goal set for the actor itself is a pledge."""
    return head.lemma_.lower() in ("set", "adopt") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in ("target", "goal") for o in head.children) and bool(
        _NET_ZERO.search(head.doc[head.left_edge.i:head.right_edge.i + 1].text.lower()))


def _counted(noun, tag: str = "NNS") -> bool:
    """A count of things ("six reservoirs", "eight missions", "350 artisans"): something delivered,
    not a year, a share or a measure."""
    if noun.tag_ != tag or noun.lemma_.lower() in lx.NOISE_NOUNS:
        return False
    return any(c.dep_ == "nummod" and c.pos_ == "NUM" and c.ent_type_ in ("CARDINAL", "") and not c.text.endswith("%")
               for c in noun.children)


_KEEPING_VERBS = frozenset({"meet", "honour", "honor", "fulfil", "fulfill", "achieve"})
_GOAL_NOUNS = frozenset({"goal", "target", "commitment", "pledge", "promise", "obligation"})


_MATCHED_NOUNS = frozenset({"portion", "donation", "contribution", "gift", "funding", "amount", "sum", "share", "pledge"})


_NET_ZERO = re.compile(r"\bnet[ -]?zero\b|\b(?:carbon|climate)[ -]neutral")


def _keeps_a_goal(verb) -> bool:
    """"Iceland would reach that target", "will honour its promise to produce 40% ...":
    undertaking to keep a goal is a pledge of its own; so is matching a gift ("the college
    would match the scholarship share") or renaming in a giver's honour."""
    lemma = verb.lemma_.lower()
    if lemma in ("become", "reach", "achieve", "go", "get", "cut", "reduce", "bring") and _NET_ZERO.search(" ".join(t.lower_ for t in verb.subtree)):
        return True  # "would become net zero in its own operations by 2030": an emissions goal undertaken
    if lemma == "rename":
        return any(o.dep_ == "dobj" for o in verb.children)  # "will rename the faculty the X Faculty": a naming pledged
    nouns = _GOAL_NOUNS if lemma in _KEEPING_VERBS else _MATCHED_NOUNS if lemma == "match" else ()
    return any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in verb.children)


_ORDER_PLACING = frozenset({"place", "confirm", "sign", "announce", "finalise", "finalize", "firm", "book"})


def _orders_goods(c: _Clause) -> bool:
    """"Qatar Airways orders 40 more jets", "has placed a firm order for 45 trains", "confirms an
    order for a further 30 aircraft": a buyer's order for a count of goods binds it to pay for
    them (not an order book or orders won, which are the seller's; not "ordered X to pay")."""
    head = c.head
    if "had" in c.auxes:
        return False  # "it had ordered eight vessels": an order of the story's background
    if c.lemma == "order":
        return not any(x.dep_ in ("xcomp", "ccomp") for x in head.children) and any(
            o.dep_ == "dobj" and _counted_goods(o) for o in head.children)
    return c.lemma in _ORDER_PLACING and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "order" and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and _counted_goods(g) for g in p.children)
            for p in o.children) for o in head.children)


def _counted_goods(noun) -> bool:
    """"40 more jets", and "a further 30 Airbus A220-300s" (a model's name, tagged a proper noun)."""
    return _counted(noun) or noun.tag_ == "NNPS" and _counted(noun, tag="NNPS")


# The rules, in order; the first that holds names the record's ``rule``. A name ending in
# "-amount" holds only where the clause states an amount.
RULES = (
    ("received-pledge-amount", _is_received),  # "will receive $500 million from X"
    ("received-pledge", _is_funding_source),  # "the remaining funding will come from X"
    ("future-pledge", _is_future),  # "will invest", "to invest", "is to spend"
    ("intent", _is_intent),  # "plans to invest", "vowed to cut", "committed to expanding"
    ("delivery-pledge", _is_delivery),  # "will table a bill", "intends to ship 5,000 servers"
    ("order-pledge", _orders_goods),  # "has ordered 30 jets", "placed a firm order for 45 trains"
    ("announced-pledge", _is_announced),  # "announced an investment of"
    ("passive-pledge-amount", _is_passive),  # "is supported by $110 million from X"
    ("reported-pledge", _is_reported),  # "invested", "has earmarked", "are funding"
    ("reported-pledge-amount", _is_reported_present),  # "Veltrix commits $15 billion"
)


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    from commitments.extract.amounts_first import _w

    return _w()["event_nouns"]


def _cue(head) -> str | None:
    """Which pledge rule the clause meets, or None."""
    lemma = _lemma(head)
    if head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "aux" for c in head.children):  # "would fast-track": a verb
        verb = _possessed_intention(head)
        if verb is not None and not _negated_or_hypothetical(verb, _chain(verb)) and _delivers(verb):
            return "noun-delivery-pledge"
        has_poss = any(c.dep_ == "poss" for c in head.children)
        return "noun-pledge" if lemma in lx.PLEDGE_NOUNS and has_poss else None
    listed = list_item_frame(head)  # "- plant 5,000 trees" under "the utility will:"
    shared = _shared_frame(head)  # "... and restore 5,000 hectares": the first verb's "will"
    if head.tag_ == "VB" and not any(c.dep_ == "aux" for c in head.children) and listed is None and not shared:
        return None  # a bare verb ("help X develop"): its governor decides
    if lemma not in _CLAUSE_CUES and not any(c.dep_ in ("xcomp", "aux") for c in head.children) and listed is None \
            and not shared and not (
            lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in _INTENTION_NOUNS for c in head.children)):
        return None  # no pledge word on the head and nothing it governs could carry one
    if any(c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1 for c in head.children):
        return None  # "approved of the plan": an opinion, not a sanction
    if head.tag_ == "VBG" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].head.i == head.i \
            and head.doc[head.i + 1].lemma_.lower() in _event_nouns():
        return None  # "Oslo pledging conference for Yemen": a gerund naming an event, no verb of a pledge
    if _reports_a_pledge_before_it(head):
        return None  # "X will build 900 homes, the mayor announced, in a $N plan": X's pledge, reported
    if _lemma(head) in ("bring", "keep", "update", "tell", "show", "refresh") and any(
            c.dep_ in SUBJECTS and c.lower_ == "we" for c in head.children) and any(
            c.dep_ in ("dative", "dobj") and (c.lower_ == "you" or c.lemma_.lower() in _PAGE_NOUNS) for c in head.children):
        return None  # "We will bring you every pledge", "We will refresh this blog": the writer to the reader
    if lemma in lx.APPROVAL_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.APPROVED_NOT_PLEDGED
                                          for c in head.children):
        return None  # "the group approved the merger of A and B": a deal cleared, nothing pledged
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            o.lemma_.lower() in lx.ECONOMIC_AGGREGATES for o in c.children if o.dep_ == "pobj") for c in head.children):
        return None  # "the sector contributed $4 billion to GDP": a share of output, not a gift
    chain = _chain(head)
    if _negated_or_hypothetical(head, chain) or {t.lemma_.lower() for t in chain if not _promised(t) and not (
            t.pos_ == "NOUN" and (t.dep_ == "pobj" or t.lemma_.lower() in lx.REPORTING_VERBS)) and not _grows_staff(t) and not _goal_of(t) and not _describes_what_is_delivered(
            t) and not _costing(t) and not _share_of_a_cost(t, head)} & lx.NOISE_VERBS:  # "at a cost of N" states a price, no noise; "will publish a report" a document
        return None
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _EXPECTING_VERBS and any(
            c.dep_ == "nsubj" for c in head.head.children) and any(c.dep_ == "nsubj" for c in head.children):
        return None  # "investors expect X to build a plant": what others expect, not X's pledge
    if _is_tally(head) or is_track_record(head):
        return None  # "has to date cleared eight schemes with combined investments of ...": a running total
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} | ({listed[1]} if listed else set()) | shared
    if "would" in auxes and (_reported_future(head) or campaign_promise(head)):
        auxes.add("will")
    clause = _Clause(head, lemma, frozenset(auxes),
                     frozenset(_lemma(t) for t in chain if t.pos_ in ("VERB", "AUX") and _carries_pledge(t)),
                     frozenset(t.lemma_.lower() for t in chain if t.pos_ in ("NOUN", "PROPN")))
    return next((name for name, holds in RULES if holds(clause)), None)


def _share_of_a_cost(tok, head) -> bool:
    """"would meet half the cost of seed": the cost is what a share is pledged of."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i == head.i and _pledges_a_share(head)


def _shared_frame(head) -> set[str]:
    """The auxiliaries a coordinated pledge verb shares with the first verb ("will", "to")."""
    if not coordinated_pledge_verb(head):
        return set()
    first = first_conjunct(head)
    auxes = {c.lower_ for c in first.children if c.dep_ == "aux"}
    if first.dep_ == "xcomp" and _lemma(first.head) in lx.INTENT_VERBS | lx.PROMISE_VERBS or \
            _lemma(first) in lx.INTENT_VERBS | lx.PROMISE_VERBS:
        auxes.add("to")  # "plans to open a centre and donate kits": the intention's infinitive
    if "would" in auxes and (_reported_future(first) or campaign_promise(first)):
        auxes.add("will")
    return auxes & (_FUTURE_AUX | {"would", "must", "to"})


def _describes_what_is_delivered(tok) -> bool:
    """"will train 500 agents to sell the service", "half of the funds generated by its assets": a
    purpose of what is delivered, or a participle describing the object, measures nothing the
    pledge states."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return True
    return tok.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and any(
        o.dep_ == "dobj" and _delivered(o, _deliveries()[0]) for o in tok.head.children)


def _promised(tok) -> bool:
    """A verb a promise governs ("has committed to reach zero emissions"): a goal, not a measure."""
    return tok.dep_ == "xcomp" and _lemma(tok.head) in lx.PROMISE_VERBS


def _is_tally(head) -> bool:
    """A clause in the perfect or past that counts up what was done so far: a running total,
    not a new pledge."""
    if not (head.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)):
        return False
    aside = summing_aside(head)  # (not "committed N, its biggest gift so far")
    words = " ".join(t.lower_ for t in head.subtree if t.i not in aside)
    return any(f" {cue} " in f" {words} " for cue in lx.TALLY_CUES) or any(
        _counts_recipients(p) for c in head.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep") or any(
        _counts_recipients(c) for c in head.children if c.dep_ == "prep")


def _counts_recipients(prep) -> bool:
    """"... to over 90 schemes", "across 25 firms": money spread over a count of
    recipients is a running total of past grants, not one pledge ("pledged rent-free space
    for 25 start-ups", with no money, is one)."""
    if prep.lower_ not in ("to", "across", "in", "for", "among"):
        return False
    if not any(t.ent_type_ == "MONEY" for t in prep.head.subtree):
        return False
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.tag_ == "NNS":
            n = next((x for x in obj.children if x.dep_ == "nummod" and x.like_num), None)
            if n is not None and n.text.replace(",", "").isdigit() and 2 <= int(n.text.replace(",", "")) < 1900:
                return True
    return False


def _carries_pledge(tok) -> bool:
    """A verb of ``PLEDGE_OBJECT_VERBS`` counts only with a pledge in its construction: a
    pledge noun as object, a purpose preposition, a named partner ("with <organisation>"),
    or "to <pledge verb>"."""
    lemma = tok.lemma_.lower()
    objects = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "attr")]
    if lemma in lx.HOST_VERBS:
        return any(o in lx.HOSTED_NOUNS or o in lx.PLEDGE_NOUNS for o in objects)
    if lemma in lx.ACQUIRE_VERBS:
        return not any(o in lx.DEAL_OBJECT_NOUNS for o in objects)
    if lemma not in lx.PLEDGE_OBJECT_VERBS:
        return True
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in lx.PLEDGE_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in lx.PLEDGE_PURPOSE_PREPOSITIONS and any(
                p.lemma_.lower() in lx.GOAL_NOUNS for p in c.children if p.dep_ == "pobj"):
            continue  # "will work towards new targets": an aim, nothing given
        if c.dep_ == "prep" and (c.lower_ in lx.PLEDGE_PURPOSE_PREPOSITIONS or lemma == "pay" and c.lower_ == "for"):
            return True  # "go toward training", "will pay for site purchases" (not "pay dividends")
        if c.dep_ == "prep" and c.lower_ == "with" and any(  # "work with Eastvale University": collaborate
                p.dep_ == "pobj" and p.ent_type_ in ("ORG", "GPE", "NORP") for p in c.children):
            return True
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in lx.PLEDGE_VERBS and any(a.lower_ == "to" for a in c.children):
            return True
    return False


def _commitment_for(document: Document, head, sent, amounts, timeframes, quoted, earlier) -> Commitment | None:
    cue = _cue(head)
    if cue is None:
        return None
    if cue.startswith("noun-"):
        actors, spans = names_in([t for c in head.children if c.dep_ == "poss" for t in c.subtree])
        how = None
    elif cue.startswith("received"):
        (actors, spans), how = names_in(_givers(head)), None
    else:
        actors, spans, how = actors_of(head, [c.actors for c in earlier[-1:]])  # only the last is read
        actors, spans = _behind_programme(head, sent, actors, spans)
        subj = subject_of(head)
        if head.dep_ == "relcl":
            if not actors and (_antecedent_amount(head, amounts) is not None or subj is not None and subj.dep_ == "nsubj"
                               and subj.lower_ not in lx.RELATIVE_PRONOUNS and _counted_or_kinded(subj)):
                # "N in policy financing that state lenders will provide", "an accord under which 14 lenders committed to"
                actors, spans = _collective_subject(head)
        elif subj is not None and subj.dep_ == "nsubj" and (not actors and _counted_or_kinded(subj) or quantified_collective(subj)):
            actors, spans = _collective_subject(head)  # "11 providers committed to", "Seventeen of X's insurers have pledged"
    if not actors and how in ("description", "handed-to") and _agentless_passive(head) \
            and _lemma(head) in lx.HANDED_TO_VERBS:
        # "every teacher will be given a laptop, the premier said": the speaker's government gives
        actors, spans = titled_speakers_government(head), []
    national = _nation_of_approved_aid(head)
    if national:
        actors, spans = national, []  # "the Commission approved a €700 million Spanish measure": Spain gives
    actors, spans = no_dateline(actors, spans, sent)
    if not actors and cue == "delivery-pledge" and _agentless_passive(head):
        actors, spans = _main_actor(earlier), []  # "all flights will be transferred to the new airport"
    start, end = _passage_bounds(head, sent)
    start = max(start, dateline_end(sent))
    aside = _subject_clauses(head)
    if aside and start < max(y for _, y in aside) <= head.idx:
        # the passage starts after what the relative clause says of the subject
        text = head.doc.text
        start = max(y for _, y in aside)
        while start < head.idx and text[start] in " ,;—–-\n":
            start += 1
    money = _money_in(amounts, start, end, head.doc, aside) or _antecedent_amount(head, amounts) \
        or _amount_right_after(head, amounts, end) or _valued_in_apposition(head, amounts, end)
    if money is None and cue == "order-pledge":
        # "ordered 30 jets valued at $11 billion at list prices": an order's value is its sum
        money = next((a for a in amounts if start <= a.start and a.end <= end), None)
    funders = _funded_by(head.doc, money)
    if funders:
        actors, spans = funders  # "towns will share a $90 million package, funded by X and Y"
    elif cue == "announced-pledge" and money is not None:
        from commitments.extract.list_lines import giver_after

        given = giver_after(head.doc, money)
        obj = next((x for x in head.children if x.dep_ == "dobj" and _names_a_pledge(x)), None)
        if not given[0] and obj is not None:
            # (the parser may hang "from X" on the verb: "unveiled a $5 million pledge from X")
            given = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > obj.i
                          for g in [giver_of(p)] if g[0]), ([], []))
        if given[0] and not set(given[0]) & set(actors):
            actors, spans = given  # "the college announced a $50 million commitment from alumna X": X gives
    if not actors:
        return None
    if money is not None and not (start <= money.start and money.end <= end):
        start, end = min(start, money.start), max(end, money.end)
    if money is None and (cue == "noun-pledge" or cue.endswith("-amount")):
        return None
    if money is None and head.tag_ == "VBD" and _lemma(head) in lx.ANNOUNCE_VERBS | {"agree", "form"} \
            and earlier_year(head):
        return None  # "Ostland and Varnia signed a minerals pact in 2021": background, not news
    if how == "anaphor-pledge" and (_lemma(head) not in lx.PLEDGE_USE_VERBS or money is None and not _states_quantity(head)):
        return None  # "the investment will be delivered through ...", "... will create jobs": detail, outcome
    if money is None and any(a <= start and end <= b for a, b in quoted) and not (
            cue in ("delivery-pledge", "future-pledge")
            and (_counts_what_it_delivers(head) or _changes_something(head, _deliveries()[0]))):
        return None  # a vague intention inside a quotation ("will designate 2,000 hectares" is no vague one)
    if money is None and (cue == "announced-pledge" or _lemma(head) in ("announce", "unveil", "present")) \
            and earlier and _names_earlier_pledge(head):
        return None  # "the ministers announced the package in a joint statement": the pledge told again
    recipients = named_recipients(head, actors)
    if cue.startswith("received"):
        subj = subject_of(head)
        recipients = [n for n in names_in(list(subj.subtree))[0] if n not in actors] if subj is not None else []
    return _record(document, actors, spans, start, end, money, timeframes, _kind(head, money),
                   cue.replace("-amount", "").replace("noun-delivery", "delivery"), recipients)


def _funded_by(doc, money) -> tuple[list[str], list] | None:
    """Who a participle after the amount's noun names as paying ("a $90 million package,
    jointly funded by the federal and state governments"): the givers, whoever the clause's
    subject is."""
    if money is None:
        return None
    at = doc.char_span(money.start, money.end, alignment_mode="expand")
    if at is None:
        return None
    noun = at.root
    while noun.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and noun.head.i != noun.i:
        noun = noun.head
    # the parser hangs the participle on the noun, or after a comma on the noun's verb
    parts = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
    for part in parts:
        if part.dep_ in ("acl", "advcl") and part.tag_ == "VBN" and part.lemma_.lower() in lx.FUNDED_BY_VERBS:
            agent = next((c for c in part.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None:
                continue
            listed = governments_listed(pobj)
            if listed:
                return listed, []
            names, spans = names_in(list(pobj.subtree))
            if names:
                return names, spans
    return None


def _nation_of_approved_aid(head) -> list[str]:
    """The country a nationality on an approved measure names ("approved a €700 million
    Spanish measure to support ..."): state aid is the state's, whoever clears it."""
    from commitments.extract.pipeline import demonyms

    if _lemma(head) not in lx.APPROVAL_VERBS:
        return []
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        for c in obj.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < obj.i and c.text in demonyms():
                return [demonyms()[c.text]]
    return []


def _agentless_passive(head) -> bool:
    """"will be transferred", "are to be merged": a passive with no agent named."""
    verbs = [head, *(x for x in head.children if x.dep_ == "xcomp")]
    return any(any(a.dep_ == "auxpass" for a in v.children) and not any(a.dep_ == "agent" and not _a_date(a) for a in v.children)
               for v in verbs)


def _a_date(agent) -> bool:
    """"merged by March 2026": a deadline the parser read as an agent."""
    return all(o.ent_type_ in ("DATE", "TIME") or o.like_num for o in agent.children if o.dep_ == "pobj")


def _main_actor(earlier) -> list[str]:
    """Who the text is about so far: the actors of most of its records (a passive without
    agent is done by the government or operator the story follows); none on a tie."""
    from collections import Counter

    counts = Counter(tuple(r.actors) for r in earlier if r.actors)
    if not counts:
        return []
    most = max(counts.values())
    top = [a for a, n in counts.items() if n == most]
    if len(top) > 1:  # a tie: the government among them, if just one
        top = [a for a in top if any(w in lx.GOVERNMENT_NOUNS for n in a for w in n.lower().split())]
    return list(top[0]) if len(top) == 1 else []


def _collective_subject(head):
    """An unnamed collective as subject ("donor nations", "state lenders"): kept as written."""
    from commitments.extract.amounts_first import collective

    subj = subject_of(head)
    phrase = collective(subj) if subj is not None and subj.dep_ == "nsubj" else None
    return ([phrase], [subj.doc[subj.left_edge.i:subj.i + 1]]) if phrase else ([], [])


def _counted_or_kinded(subj) -> bool:
    """"11 providers", "donor nations", "the participating states", "governments, companies
    and civic groups": a collective a count, a kind or a list pins down, not "rich countries"
    or "small firms" at large."""
    return subj.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "compound", "conj") or c.dep_ == "amod" and c.lower_ not in lx.VAGUE_ADJECTIVES
        for c in subj.children)


def _behind_programme(head, sent, actors, spans):
    """A named programme or fund as subject ("the “GreenSkills” scheme will spend") is what
    is funded: the body behind it, the sentence's speaker, acts."""
    subj = subject_of(head)
    if subj is None or not (is_programme(subj) or names_a_programme(subj, actors)):
        return actors, spans
    if any(c.dep_ == "poss" for c in subj.children):
        backer, backer_spans = programme_backer(subj)
        if backer:
            return backer, backer_spans  # "the Ostland government's X mission will add, Acme said": Ostland's
    found = speaker_of(sent, exclude=subj)
    if found:
        return found
    if names_a_programme(subj, actors):
        # "The X Programme will co-fund", no speaker: its possessor, or who the text is about
        backer, backer_spans = programme_backer(subj)
        if backer:
            return backer, backer_spans
    return actors, spans


def _amount_right_after(head, amounts, end: int):
    """"it will invest 3.7 trillion won (...)": the parser may read a currency word as a verb
    ("won") and cut the amount off the clause, or end the clause inside it; a sum that
    follows the pledge verb at once, or that the clause's end falls inside, is still its object."""
    after = head.idx + len(head.text)
    if after > end:
        return None
    k = bisect_left(amounts, after, key=lambda a: a.start)
    a = amounts[k] if k < len(amounts) else None
    if a is None or a.end <= end or head.doc.text[after:a.start].strip():
        return None
    objects = [c for c in head.children if c.dep_ in ("dobj", "attr")]
    return a if all(a.start <= o.idx < a.end for o in objects) else None


_VALUED_APPOSITION = re.compile(
    r",\s*(?:a|an|the)\s+(?:\w+[ -]){0,3}?(?:project|investment|programme|program|scheme|plan|deal|contract|"
    r"expansion|upgrade|development|facility|package)\b[^.;:!?\n]{0,60}?\b(?:valued?s?\s+at|worth|costing|"
    r"at\s+a\s+cost\s+of|estimated\s+at|priced\s+at)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|"
    r"as\s+much\s+as|more\s+than|over)\s+)?$")


def _valued_in_apposition(head, amounts, end: int):
    """"X will build a warehouse at the site, a project the company values at 1.9 billion
    kroner": what the pledge is worth, said in an apposition right after the clause."""
    k = bisect_left(amounts, end, key=lambda a: a.start)
    a = amounts[k] if k < len(amounts) else None
    sent_end = head.sent.end_char
    if a is None or a.start >= sent_end or a.start - end > 140:
        return None
    return a if _VALUED_APPOSITION.search(head.doc.text[head.idx:a.start]) else None


def _antecedent_amount(head, amounts):
    """"the €8 million that Finland pledged": the amount a relative clause hangs on; "a loan
    of $300m that the bank approved", "a $1.25 billion loan the government agreed to
    provide": the amount of the pledge noun it hangs on, written before the clause."""
    if head.dep_ != "relcl":
        return None
    noun = head.head
    found = next((a for a in amounts if a.start <= noun.idx < a.end), None)
    if found is None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.lemma_.lower() in pledge_nouns():
        # "15 trillion won in credit lines that public banks will extend": the sum the noun measures
        found = next((a for a in amounts if a.start <= noun.head.head.idx < a.end), None)
    if found is not None or noun.lemma_.lower() not in pledge_nouns():
        return found
    doc = noun.doc
    phrase = {t.i for t in noun.subtree} - {t.i for t in head.subtree}
    return next((a for a in amounts if noun.left_edge.idx <= a.start < head.left_edge.idx
                 and (at := doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
                 and at.root.i in phrase), None)


def _givers(head) -> list:
    """Tokens of the "from X" phrase of a receiving verb: who gives."""
    return [t for p in head.subtree if p.lower_ == "from" and p.dep_ == "prep"
            and not (p.i and p.nbor(-1).lower_ in ("apart", "aside")) for t in p.subtree][1:]  # not "Apart from the MoUs"


def _counts_what_it_delivers(head) -> bool:
    """A count or measure of what is delivered ("six depots", "2,000 hectares"), not a year, or
    its reach ("pumps at every camp", "a club in each primary school")."""
    return any(t.dep_ == "nummod" and t.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY")
               or t.dep_ == "det" and t.lower_ in ("every", "each") for t in head.subtree)


def _states_quantity(head) -> bool:
    return any(t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT") for t in head.subtree)


def _headline_commitment(document: Document, sent, amounts, timeframes) -> Commitment | None:
    """A headline has no full stop and often no parse worth the name: the actors named before
    its pledge word, and the amount after it."""
    if len(sent) > HEADLINE_TOKENS:
        return None
    full = document.text
    text = full[sent.start_char:sent.end_char].strip()
    line_start = full.rfind("\n", 0, sent.start_char) + 1
    line_end = full.find("\n", sent.start_char)
    line = full[line_start:line_end if line_end >= 0 else len(full)].strip()
    if not text or text != line or text[-1] in ".!?”\"'" or is_dated_line(line):
        return None
    cue_tok = next((t for t in sent if _headline_word(t) & _HEADLINE_CUES or _headline_phrasal(t)
                    or t.i == sent.start and _gerund_of_pledge(t)), None)
    money = _money_in(amounts, sent.start_char, sent.end_char, sent.doc)
    if cue_tok is None or money is None:
        return None
    before_money = {w for t in sent if t.idx < money.start for w in _headline_word(t)}  # not "won" of "500b won"
    if before_money & lx.NOISE_VERBS:
        return None  # "Tesla Valued at $800 Billion" (but not "... as AI Demand Grows")
    if before_money & (lx.RECEIVE_VERBS | {"welcome"}):
        # "X Secures $20 Million", "X Welcomes $2 Billion Japanese Loan": X receives; a
        # nationality on the pledge names the giver, else the story does, if anywhere
        return _giver_by_nationality(document, sent, money, timeframes)
    ents = [e for e in entities_between(sent.doc, sent.start, cue_tok.i) if e.label_ in ACTOR_LABELS and e.end <= cue_tok.i]
    if not ents:
        # "Duneway to Invest ...": the model tagged no one, but the headline opens with a name.
        lead = 0
        while sent.start + lead < cue_tok.i and sent[lead].pos_ == "PROPN" and not sent[lead].ent_type_:
            lead += 1
        if lead and sent[lead].lower_ == "to" or sent.start + lead == cue_tok.i and lead:
            ents = [sent[:lead]]
        elif _named_phrase(sent.doc[sent.start:cue_tok.i]):
            ents = [sent.doc[sent.start:cue_tok.i]]  # "Okoro family pledges ...", "Marlow pledges extra ..."
    if not ents and _gerund_of_pledge(sent[0]) and cue_tok.i <= _money_token(sent, money):
        # "Investing RM7.2 billion in Sabah's green future": a release's own headline,
        # its author the organisation the text names most
        author = _most_named_organisation(sent.doc)
        if author is not None:
            start = sent.start_char
            end = start + len(full[start:sent.end_char].rstrip())
            return _record(document, [author._.actor_name], [], start, end, money, timeframes, "investment", "headline", [])
    if not ents or any(e.text.casefold() in lx.NON_ACTOR_WORDS for e in ents):
        return None
    actors = list(dict.fromkeys(acting_name(e) for e in ents))  # a capital heading a headline: its government
    start = sent.start_char
    end = start + len(full[start:sent.end_char].rstrip())
    kind = next((k for t in sent if (k := _kind_of({t.lemma_.lower(), t.lower_}))), "investment")
    return _record(document, actors, ents, start, end, money, timeframes, kind, "headline", [])


def _named_phrase(span) -> bool:
    """A headline's opening words before its pledge word that name someone: one to five
    words, the first capitalised, only names, nouns and adjectives ("Zwane family", "National",
    a person the model tagged as one)."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3]
    if words and all(t.text[:1].isupper() for t in words):
        return False  # title case ("Taxpayers Fund $4 Billion Overrun"): capitals say nothing of names
    return 1 <= len(span) <= 5 and span[0].text[:1].isupper() and all(
        t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.like_num for t in span) \
        and span.text.casefold() not in lx.NON_ACTOR_WORDS and not any(t.ent_type_ in ("MONEY", "DATE", "CARDINAL") for t in span)


def _giver_by_nationality(document: Document, sent, money, timeframes) -> Commitment | None:
    """"Ministry Welcomes Rp8 Trillion Japanese Loan": the country of the nationality that
    qualifies the pledge noun after the amount gives."""
    from commitments.extract.pipeline import demonyms

    after = [t for t in sent if t.idx >= money.end]
    for k, t in enumerate(after[:4]):
        nxt = after[k + 1] if k + 1 < len(after) else None
        if t.text in demonyms() and nxt is not None and _headline_word(nxt) & lx.PLEDGE_NOUNS:
            start = sent.start_char
            end = start + len(document.text[start:sent.end_char].rstrip())
            return _record(document, [demonyms()[t.text]], [sent[t.i - sent.start:t.i - sent.start + 1]], start, end,
                           money, timeframes, "funding", "headline", [])
    return None


def _gerund_of_pledge(tok) -> bool:
    """"Investing", "Committing": a pledge verb's -ing form opening a headline, whatever
    the tagger called it."""
    w = tok.lower_
    return w.endswith("ing") and (w[:-3] in lx.PLEDGE_VERBS or w[:-3] + "e" in lx.PLEDGE_VERBS)


def _money_token(sent, money) -> int:
    return next((t.i for t in sent if t.idx >= money.start), sent.end)


def _most_named_organisation(doc):
    """The organisation a text names most (the first named, on a tie), or None."""
    from collections import Counter

    orgs = [e for e in entities(doc) if e.label_ == "ORG"]
    counts = Counter(e._.actor_name for e in orgs)
    if not counts:
        return None
    top = max(counts.values())
    return next(e for e in orgs if counts[e._.actor_name] == top) if top >= 2 else None


_HEADLINE_CUES = lx.PLEDGE_NOUNS | lx.ANNOUNCE_VERBS | lx.PLEDGE_VERBS


def _headline_phrasal(tok) -> bool:
    """A pledge verb with its particle in a title-case headline ("Locks In", "Tops Up"), which
    the parser rarely reads as a verb and particle."""
    if tok.i + 1 >= len(tok.doc):
        return False
    return any(f"{w} {tok.nbor().lower_}" in lx.HEADLINE_PHRASAL_VERBS for w in _headline_word(tok))


def _headline_word(tok) -> set[str]:
    """Forms to look up for a title-case word the tagger may call a proper noun ("Unveils")."""
    w = tok.lower_
    return {w, tok.lemma_.lower(), w[:-1], w[:-2], w[:-1] + "e" if w.endswith("ed") else w}


# Rules of pledges still to be carried out: a period already over ("last year", "in February
# 2022" in a clause about something else) is not their timeframe.
_FORWARD_RULES = frozenset({"future-pledge", "intent", "delivery-pledge", "amount-future", "amount-intention",
                            "amount-obligation"})


def _without_fragments(actors: list[str]) -> list[str]:
    """"Union Cabinet" and "Union" read from one subject: a name that only begins another
    listed name is a piece of it."""
    return [a for a in actors if not any(b != a and b.startswith(a + " ") for b in actors)]


def _record(document, actors, spans, start, end, money, timeframes, kind, rule, recipients) -> Commitment:
    money = _in_dollars(money, document.published)
    # a name read across masked console markup ("5[bold]The ...") holds the mask's spaces
    actors = _without_fragments([" ".join(a.split()) for a in actors])
    forward = rule in _FORWARD_RULES
    timeframe = _timeframe_in(timeframes, start, end, _date(document.published) if forward else None, forward)
    if timeframe is None:
        timeframe = _leading_timeframe(document.text, timeframes, start)
        if timeframe is not None:
            start = timeframe.start  # "Over the coming four years, X will invest ...": the adjunct is the record's
    # the text as stored, not the parse's (console markup is masked before parsing)
    mentions = [Mention("actor", s.start_char, s.end_char, document.text[s.start_char:s.end_char])
                for s in spans if start <= s.start_char < end]
    if money:
        mentions.append(Mention("money", money.start, money.end, money.text))
    if timeframe:
        mentions.append(Mention("timeframe", timeframe.start, timeframe.end, timeframe.text))
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
        kind=kind,
        passage=Passage(start, end, document.text[start:end]),
        mentions=sorted(mentions, key=lambda m: m.start),
        rule=rule,
    )


def _passage_bounds(head, sent) -> tuple[int, int]:
    """The clause without sibling clauses that have their own subject."""
    skip = set()
    for c in head.subtree:
        if c.i not in skip and c.i != head.i and (
                c.dep_ in ("advcl", "conj", "ccomp", "parataxis", "relcl") and any(g.dep_ in SUBJECTS for g in c.children)
                and not (c.pos_ == "ADJ" and c.head.lemma_.lower() in ("make", "keep"))  # "make the data free to ..."
                and not (c.dep_ == "ccomp" and _ensures(c.head))  # "will ensure that all its drivers earn ..."
                or c.dep_ == "advcl" and c.lemma_.lower() in lx.REPORTING_VERBS  # ", adding that ..."
                or c.head.i == head.i and _second_pledge_verb(c)  # a coordinated pledge is a record of its own
                or bool(_shared_frame(c))):
            skip.update(t.i for t in c.subtree)
    subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subj is not None and subj.i < head.i:
        for c in head.children:
            if c.i < subj.left_edge.i and c.dep_ in lx.LEADING_ADJUNCTS:
                skip.update(t.i for t in c.subtree)
    toks = [t for t in head.subtree if t.i not in skip and not t.is_space]
    dash = next((k for k, t in enumerate(toks[:6]) if t.text in _DATELINE_DASHES), None)
    if dash is not None and all(t.is_upper or t.is_punct or t.like_num for t in toks[:dash]):
        toks = toks[dash + 1:]  # "BRUSSELS — Duneway will invest": the dateline is not the pledge
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):  # "... its studio and": the next pledge's "and"
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return sent.start_char, sent.end_char
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _money_in(amounts, start, end, doc, aside=()):
    # amounts come in text order: start where the passage does, stop where it ends
    for k in range(bisect_left(amounts, start, key=lambda a: a.start), len(amounts)):
        a = amounts[k]
        if a.start >= end:
            break
        if a.end <= end and not _is_noise_money(a, doc) and not any(x <= a.start < y for x, y in aside):
            return a
    return None


def _subject_clauses(head) -> list[tuple[int, int]]:
    """Where the relative clauses on the clause's subject lie ("X, whose sales reached £4 million
    last year, will train ...", "X, which carries a $3 billion bill, has pledged to ..."): what
    they say of the subject, not what the clause pledges."""
    subj = subject_of(head)
    if subj is None:
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subj.children
            if c.dep_ == "relcl" and not c.left_edge.i <= head.i <= c.right_edge.i]


_LEADING_GAP = re.compile(r"^[\s,;:—–-]{0,4}$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[“\"]\s*)(?:over|in|during|within|for|from|by|across|starting|beginning)?\s*$",
                               re.IGNORECASE)


_OPENING_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n\s*[-•*]?\s*)(?:At|During|Under|Following|After)\b[^,.;:\n]{0,60}$")


def _leading_timeframe(text: str, timeframes, start: int):
    """A timeframe that opens the sentence and leads straight into the passage ("Over the
    coming four years, X will ..."), or None."""
    k = bisect_left(timeframes, start, key=lambda t: t.start) - 1
    if k < 0:
        return None
    t = timeframes[k]
    if t.end > start or start - t.end > 4 or not _LEADING_GAP.match(text[t.end:start]):
        return None
    if _SENTENCE_OPENING.search(text[max(0, t.start - 12):t.start]):
        return t
    # "At the Fifth Replenishment in 2019, Ireland pledged": an opening phrase that ends on it
    return t if _OPENING_PHRASE.search(text[max(0, t.start - 80):t.start]) else None


_PAST_WORDING = ("last ", "earlier this", "earlier in", "since ", "previous ")


def _timeframe_in(timeframes, start, end, not_over_by: dt.date | None = None, forward: bool = False):
    # timeframes come in text order too: the first inside the passage (for a pledge still to
    # be carried out, not one over by ``not_over_by`` nor worded as past: "last year")
    for k in range(bisect_left(timeframes, start, key=lambda t: t.start), len(timeframes)):
        t = timeframes[k]
        if t.start > end:
            break
        if t.end <= end and not (not_over_by and t.date_end and t.date_end < not_over_by.isoformat()) and not (
                forward and t.text.casefold().startswith(_PAST_WORDING)):
            return t
    return None


def _in_dollars(money, published: str | None):
    """Every amount gets a dollar value: the text's own (stated), native, or converted at
    the publication year's rate (``usd_source="converted"``)."""
    if money is None:
        return money
    date = _date(published)
    local = explain(money, date.year if date else None)
    if local is not None:
        return local
    if money.usd_value is not None:
        return money
    return usd_value(money, date.year if date else None)


# "at Rs 1,200 per tonne", "$4 a share": a price per unit of goods, not a sum pledged ("up to
# ₹15 crore per project" is a cap of support, and "€90 million a year" a rate of giving: both stay)
_PER_UNIT = re.compile(r"\s*(?:\)\s*)?(?:per|a|an)\s+(?:metric\s+|square\s+|cubic\s+)?([a-z][a-z-]+)\b", re.I)


def _is_per_unit(money, text: str) -> bool:
    from commitments.extract.amounts_first import _w

    m = _PER_UNIT.match(text, money.end, money.end + 40)
    return m is not None and m.group(1).casefold() in _w()["price_units"]


_AT_A_COST = re.compile(r"\bat an? (?:\w+ )?cost of (?:about |around |some |roughly |nearly |almost |up to |over |more than )?\Z",
                        re.IGNORECASE)


def _cost_borne(tok) -> bool:
    """"will pay a third of the N cost of X": a cost a verb of paying or bearing takes is
    what its subject pledges, not a price measured."""
    from commitments.extract.amounts_first import _w

    if tok.lemma_.lower() not in _w()["cost_nouns"]:
        return False
    verb = next((v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _lemma(verb) in _w()["cost_bearing_verbs"]


# what a company or a stake is worth, not what a programme will take ("a programme the firms valued at N")
_VALUED_AT = re.compile(r"\b[Vv]alu(?:ed|es|ing)\s+(?:(?:the|its|a|an)\s+(?:\w+\s+){0,2}(?:company|firm|business|group|startup"
                        r"|start-up|stake|deal|operator|maker|unit)|it|them|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
                        r"\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+)?\Z")
# "puts it at N", "pegs the figure at N": someone's estimate, not a sum anyone gives
_PUT_AT = re.compile(r"\b(?:puts?|pegs?|estimates?|places?)\s+(?:it\s+|them\s+|the\s+\w+\s+)?at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
# "gifts of N or more": a class of things bounded by a sum
_CLASS_OF = re.compile(r"\b[A-Za-z-]+s\s+of\s+$")
_OR_MORE = re.compile(r"\s+or\s+(?:more|above|over|less|under)\b")
# the bound of a class of things, not a sum given: "every gift above N", "bills of less than N"
_THRESHOLD = re.compile(r"(?:\b(?:every|each|any|all)\s+[a-z-]+\s+(?:above|over|below|under|exceeding|worth more than)"
                        r"|\b[a-z-]+s\s+of\s+(?:less|more|fewer)\s+than|\b[a-z-]+s\s+(?:above|below|exceeding))\s*$")


def _is_noise_money(money, doc) -> bool:
    from commitments.extract.amounts_first import doc_text

    if _is_per_unit(money, doc_text(doc)):
        return True
    if money.value is not None and 0 < money.value < 100:
        return True  # "Three Yen Loan Projects", "a $5 fee": no pledge is that small
    if _VALUED_AT.search(doc_text(doc), max(0, money.start - 80), money.start):
        return True  # "a deal that valued the company at €6 billion": a valuation
    if _PUT_AT.search(doc_text(doc), max(0, money.start - 40), money.start):
        return True  # "whose fortune a magazine puts at $20 billion": an estimate of worth
    if _THRESHOLD.search(doc_text(doc), max(0, money.start - 60), money.start) or (
            _CLASS_OF.search(doc_text(doc), max(0, money.start - 30), money.start)
            and _OR_MORE.match(doc_text(doc), money.end)):
        return True  # "naming every gift above $5 million", "bills of less than €5,000": a class's bound
    span = doc.char_span(money.start, money.end, alignment_mode="expand")
    if span is None:
        return False
    # a name is no measurement ("Rs 1,320 crore for Export Promotion Support"), nor a
    # word of another phrase, before the verb that takes the amount ("Norway's sovereign
    # wealth fund will invest $2 billion")
    lo = max(span.start - 4, 0)
    lo = max([lo] + [t.i + 1 for t in doc[lo:span.start] if t.pos_ in ("VERB", "AUX")])
    if _AT_A_COST.search(doc_text(doc), max(0, money.start - 60), money.start):
        lo = span.start  # "will build X at a cost of (about) N": what the pledge costs, not a price quoted
    # "on market access schemes": a noun that only describes the next one ("market"
    # of "schemes") says what the money is for, not what it measures
    # (an acronym the model took for a name is still a measure: "GDP")
    hi = span.end + 3
    # "€20 million to the pension and welfare fund": words past "to" or "for" name who gets it or what for
    hi = next((t.i for t in doc[span.end:hi] if t.lower_ in lx.PLEDGE_PURPOSE_PREPOSITIONS | {"to", "for", "into"}), hi)
    near = {t.lemma_.lower() for t in doc[lo:hi] if (t.pos_ != "PROPN" or t.is_upper) and not (
        t.dep_ in ("compound", "amod") and t.head.i > t.i and t.head.lemma_.lower() not in lx.NOISE_NOUNS)
        and not _cost_borne(t)}
    if "debt" in near and span.end < len(doc) and doc[span.end].lower_ == "in" \
            and span.root.head.lemma_.lower() in lx.FUNDING_VERBS | lx.GIVING_VERBS:
        near.discard("debt")  # "will provide $800 million in senior debt": the form the money takes
    return bool(near & lx.NOISE_NOUNS) or bool({t.lemma_.lower() for t in doc[max(span.start - 3, lo):span.start]} & lx.NOISE_VERBS)


def _kind(head, money) -> str:
    """What is pledged: funding where the verb funds or gives an amount; else what the head's
    object names ("a research lab"), what the verbs do ("upskill"), what deeper objects name,
    and last any word of the clause."""
    chain = _chain(head)
    verbs = [_lemma(t) for t in chain if t.pos_ in ("VERB", "AUX")]
    if any(v in lx.FUNDING_VERBS for v in verbs) or (money and _lemma(head) in lx.GIVING_VERBS):
        return "funding"
    direct = [o for c in head.children for o in ([c] if c.dep_ in ("dobj", "attr") else
                                                 [g for g in c.children if g.dep_ in ("pobj", "pcomp")] if c.dep_ == "prep" else [])]
    deeper = [t for t in chain if t.dep_ in ("dobj", "pobj", "attr") and t not in direct]
    steps = [[_object_words(o) for o in direct], [{v} for v in verbs], [_object_words(o) for o in deeper],
             [{t.lemma_.lower(), t.lower_} for t in head.subtree]]
    for step in steps:
        for words in step:
            kind = _kind_of(words)
            if kind:
                return kind
    return "investment"


def _object_words(tok) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}


def _kind_of(words: set[str]) -> str | None:
    return next((kind for kind, cues in lx.KIND_CUES if words & cues), None)
