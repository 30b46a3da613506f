"""Tie together records of the same pledge across documents, and flag where sources differ.

A pure function over Commitment records (no spaCy, no store): ``assign_groups`` sets
``group`` on every record and ``discrepancy`` on the money records of a group whose sources
state different amounts. Amounts are never averaged: each record keeps what its text says.

Two records report the same pledge when their actors agree and what they pledge agrees:
- both state money: the amounts are compatible (within ``COMPATIBLE_RATIO``) and, where
  both name recipients, a recipient is shared; or, from different actors (co-funders of
  one pledge), the amounts are equal and the passages share two content words, or one
  and a party (an actor of one is a recipient of the other, or a recipient is shared);
- one or neither states money: the passages share content words ("3 million", "lab",
  "cybersecurity"); a record with money and one without are tied only through a consortium
  (two or more shared actors), since one company makes many pledges.
Records more than ``MAX_DAYS`` apart in publication are never tied. A record that opens
on a definite pledge noun ("The package ... will finance") joins the earlier record of its
document and actor that names it. Groups are the connected components of these links.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from commitments.extract.candidates import CandidateIndex, keys_of
from commitments.extract.lexicon import PLEDGE_NOUNS
from commitments.records import Commitment, MoneyAmount, name_words, names_agree

COMPATIBLE_RATIO = 1.3  # "$8 billion" vs "$10 billion" is one pledge reported differently
EQUAL_RATIO = 1.01
ROUNDED_RATIO = 1.1  # "$2.9 billion" and "approximately $3 billion": one sum, rounded
MAX_DAYS = 60
CO_FUNDER_WORDS = 2  # equal amounts from different actors: words of the pledge they share
MIXED_WORDS = 3  # a company's vague and precise report of one pledge share what it is for
SAME_TEXT_WORDS = 3  # two pledges without money in one text: words they must share to be one
COMMON_SHARE = 0.5  # a word in more than this share of passages says nothing about the object

_WORD = re.compile(r"[A-Za-z][a-z\-]{2,}|\d[\d,.]*\s*(?:million|billion|thousand)?")
_STOP = frozenset("""
the and for with from that this will also into over under their its his her our they them has have had
been was were are is be not but about after before more most than then such other which while who whom
would could should may might can must shall said says say new first next two three years year months
including include includes through toward towards between among both each all any per via upon
plan plans planned announce announced announcing announcement invest investment investments
support supporting provide providing develop developing build building expand expanding further
""".split())


def assign_groups(commitments: Sequence[Commitment], fresh: set[str] | None = None) -> None:
    """Set ``group`` (and, where amounts differ, ``discrepancy``) on every record, in place.

    With ``fresh`` (ids of records just added), the other records keep the groups they
    carry (they were assigned by this function before) and only pairs with a fresh record,
    or one without a group, are compared: a store's regrouping after an ingest costs what
    the new records cost, not the square of the store."""
    recs = list(commitments)
    words = _content_words(recs)
    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    new: set[int] | None = None
    if fresh is not None:
        new = {i for i, c in enumerate(recs) if c.id in fresh or c.group is None}
        first: dict[str, int] = {}
        for i, c in enumerate(recs):
            if i not in new and c.group is not None:
                parent[find(i)] = find(first.setdefault(c.group, i))
    # Groups grow only where every member of one is compatible with every member of the
    # other: one weak link no longer chains two pledges together.
    held: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        held[find(i)].append(i)

    def join(i: int, j: int, restated: bool = False) -> None:
        ri, rj = find(i), find(j)
        # a headline restating its lead's sum names the places at another level ("for water
        # projects in two cities" over "loans to two states"): the pair itself needs no check
        if ri == rj or not all(_compatible(recs[a], recs[b]) or restated and {a, b} == {i, j}
                               for a in held[ri] for b in held[rj]):
            return
        parent[ri] = rj
        held[rj].extend(held.pop(ri))

    # in document order, pair by pair: which of two rival groups a record joins must not
    # depend on how the candidate index happens to list them
    for i, j in sorted(_candidate_pairs(recs, new)):
        if _same_pledge(recs[i], recs[j], words[i], words[j]):
            join(i, j)
    for i, j in [*_referring_back(recs), *_revising(recs)]:
        join(i, j)
    for i, j in _headline_and_lead(recs):
        join(i, j, restated=True)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        members[find(i)].append(i)
    for group in members.values():
        gid = "g-" + min(recs[i].id for i in group)
        for i in group:
            recs[i].group = gid
            recs[i].discrepancy = None
        _flag_discrepancies([recs[i] for i in group])


_POINTS_BACK = re.compile(r"^\s*(?:the|this|that|these|those)\s+([a-z]+)\b", re.IGNORECASE)


def _referring_back(recs: list[Commitment]):
    """"The package ... will finance six pilot lines": a record that opens on a definite
    pledge noun refers to the nearest earlier record of the same document and actor whose
    passage names that noun (the pledge it details)."""
    for idx in _by_document(recs):
        for k, i in enumerate(idx):
            m = _POINTS_BACK.match(recs[i].passage.text)
            noun = m.group(1).lower() if m else None
            if noun not in PLEDGE_NOUNS:
                continue
            for j in reversed(idx[:k]):
                earlier = recs[j]
                if _shared(earlier.actors, recs[i].actors) and re.search(rf"\b{noun}\b", earlier.passage.text, re.IGNORECASE):
                    yield i, j
                    break


# the rule of a record whose verb changes a pledge already held ("lifted its pledge to N"),
# and of the earlier level its sentence names ("..., up from the N it announced last year")
REVISION_RULE = "amount-revision"
REVISED_RULE = "amount-revised"


def _revising(recs: list[Commitment]):
    """"X raised its planned investment in the mill to N": a revision joins the nearest
    earlier record of its document, by a giver it shares, with a smaller sum (the pledge it
    revises)."""
    for idx in _by_document(recs):
        for k, i in enumerate(idx):
            if recs[i].rule != REVISION_RULE or recs[i].money is None:
                continue
            named = [j for j in idx[k + 1:] if recs[j].rule == REVISED_RULE and recs[j].passage.start <= recs[i].passage.end + 3]
            j = next((j for j in [*named, *reversed(idx[:k])] if _revises(recs[i], recs[j])), None)
            if j is not None:
                yield i, j


def _revises(new: Commitment, old: Commitment) -> bool:
    """Whether ``new`` is a revision upward of ``old``'s pledge by a giver they share."""
    if new.rule != REVISION_RULE or old.part_of or new.part_of or not _shared(new.actors, old.actors):
        return False
    a, b = usd(new.money), usd(old.money)
    return a is not None and b is not None and a > b and not (old.published and new.published and old.published > new.published)


# how far into a text its headline and standfirst may run, in characters
HEADLINE_REACH = 400


def _headline_and_lead(recs: list[Commitment]):
    """A headline restates its story's lead: the first record of a document, where it is a
    headline (no full stop) with an amount, reports the same pledge as the first later
    record of that document with the same sum as written, whatever name each gives the
    giver ("Baltic lender backs ..." and "The Baltic Harbour Bank has signed ...")."""
    first: dict[str, int] = {}
    for i, c in enumerate(recs):
        if c.doc not in first or c.passage.start < recs[first[c.doc]].passage.start:
            first[c.doc] = i
    for i in first.values():
        head = recs[i]
        if head.money is None or head.passage.text.rstrip().endswith((".", "!", "?")) or head.passage.start > HEADLINE_REACH:
            continue  # (a clause far down a text that names no headline is no headline for ending without a stop)
        later = sorted((j for j, c in enumerate(recs) if c.doc == head.doc and j != i
                        and c.passage.start > head.passage.start and _same_sum(c.money, head.money)),
                       key=lambda j: recs[j].passage.start)
        if later:
            yield i, later[0]
    yield from _reread_headlines_and_leads(recs)


# Rules that read a headline or standfirst line by its shape (extract/headline_shapes.py).
REREAD_HEADLINE_RULES = frozenset({"headline-shape", "headline-sum", "headline-tally", "headline-recased"})


def _reread_headlines_and_leads(recs: list[Commitment]):
    """A headline or standfirst read by its shape restates the story's lead: with a sum, the
    first later record of its document with the same sum; without one, the first later
    record that shares an actor ("Arvo and Pell to build a smelter" and "Arvo will invest
    $2 billion in the smelter")."""
    for idx in _by_document(recs):
        for n, i in enumerate(idx):
            head = recs[i]
            if head.rule not in REREAD_HEADLINE_RULES:
                continue
            later = [j for j in idx[n + 1:] if recs[j].rule not in REREAD_HEADLINE_RULES]
            if head.money is not None:
                lead = next((j for j in later if _same_sum(recs[j].money, head.money)), None)
                above = idx[n - 1] if n else None
                if lead is None and above is not None and (recs[above].rule.startswith("headline") or above == idx[0]
                                                           and not _ends_sentence(recs[above])) \
                        and recs[above].passage.end <= head.passage.start and _shared(head.actors, recs[above].actors):
                    lead = above  # a standfirst's sum the story never restates: the headline's pledge
            else:
                lead = next((j for j in later if _shared(head.actors, recs[j].actors)), None)
            if lead is not None:
                yield i, lead


def _ends_sentence(rec: Commitment) -> bool:
    return rec.passage.text.rstrip().endswith((".", "!", "?"))


def _by_document(recs: list[Commitment]) -> list[list[int]]:
    """The indices of each document's records, in text order."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(recs):
        by_doc[c.doc].append(i)
    return [sorted(idx, key=lambda k: recs[k].passage.start) for idx in by_doc.values()]


def _same_sum(a: MoneyAmount | None, b: MoneyAmount) -> bool:
    """One sum as written, or a range's upper bound ("up to $400 billion" and "between $300
    billion and $400 billion")."""
    if a is None or a.currency != b.currency:
        return False
    tops = [m for m in (a, b) if m.value_max]
    for x, y in ((a, b), *((replace(m, value=m.value_max), b if m is a else a) for m in tops)):
        if (r := _ratio(x, y)) is not None and r <= EQUAL_RATIO:
            return True
    return False


def groups_of(commitments: Sequence[Commitment]) -> dict[str, list[Commitment]]:
    """Records by group, largest group first (records without a group stand alone)."""
    out: dict[str, list[Commitment]] = defaultdict(list)
    for c in commitments:
        out[c.group or c.id].append(c)
    return dict(sorted(out.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def usd(money: MoneyAmount | None) -> float | None:
    if money is None:
        return None
    if money.usd_value is not None:
        return money.usd_value
    return money.value if money.currency == "USD" else None


def _ratio(a: MoneyAmount, b: MoneyAmount) -> float | None:
    """How far apart two amounts are (>= 1): in the currency both are written in, else in
    dollars, else through an equivalent one of them states ("$1.4 billion (Sh181 billion)"
    and "Ksh181 billion", where no rate is known for the shilling)."""
    x, y = usd(a), usd(b)
    if a.currency == b.currency and a.value and b.value:
        x, y = a.value, b.value  # "3.8 billion euros ($4.0 billion)" and "€3.8bn" are one sum as written
    if not (x and y):
        for p, q in ((a.equivalent, b), (a, b.equivalent)):
            if p is not None and q is not None and p.currency == q.currency and p.value and q.value:
                return max(p.value, q.value) / min(p.value, q.value)
        return None
    return max(x, y) / min(x, y)


def candidate_index() -> CandidateIndex:
    """An empty index of the pairs these rules could tie (see extract.candidates)."""
    return CandidateIndex(MAX_DAYS, COMPATIBLE_RATIO, EQUAL_RATIO)


def _candidate_pairs(recs: list[Commitment], new: set[int] | None = None):
    """Pairs the rules could tie, each once as (i, j) with i < j, found through an index
    of actors, amounts and dates: a record meets the few records near it, not every
    record of its actor (with ``new``, only pairs with at least one record of it)."""
    index = candidate_index()
    keys = [keys_of(c) for c in recs]
    for i, k in enumerate(keys):
        index.add(i, k)
    for i in range(len(recs)) if new is None else sorted(new):
        for j in sorted(index.candidates(keys[i])):
            if j < i or (new is not None and j > i and j not in new):
                yield min(i, j), i + j - min(i, j)


def _content_words(recs: list[Commitment]) -> list[set[str]]:
    """Words of each passage that say what is pledged: no stop words, no actor names, no
    word found in most passages of the batch."""
    out = []
    for c in recs:
        text = c.passage.text
        if c.money:
            text = text.replace(c.money.text, " ")
        names = {w for a in c.actors + c.recipients for w in name_words(a)}
        # Capitalised words are names and titles ("Prime Minister"), not what is pledged.
        ws = {_stem(w.strip()) for w in _WORD.findall(text) if not w[0].isupper()}
        out.append({w for w in ws if w not in _STOP and w not in names})
    if len(recs) >= 4:
        df = Counter(w for ws in out for w in ws)
        common = {w for w, n in df.items() if n > COMMON_SHARE * len(recs)}
        out = [ws - common for ws in out]
    return out


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3 and not word[0].isdigit():
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _shared(xs: list[str], ys: list[str]) -> int:
    return sum(1 for x in dict.fromkeys(xs) if any(_same_actor(x, y) or _initials_of(x, y) for y in ys))


def _same_actor(a: str, b: str) -> bool:
    """Names that agree, where a short code ("UK", "US") inside a longer name opens it ("UK
    government"): a company that ends on its market ("Tata Steel UK") is not that country."""
    if not names_agree(a, b):
        return False
    short, long = sorted((name_words(a), name_words(b)), key=len)
    return not (len(short) == 1 and len(short[0]) <= 3 and len(long) > 1 and long[0] != short[0])


def _initials_of(a: str, b: str) -> bool:
    """"NZ" and "New Zealand", "BHB" and "Baltic Harbour Bank": a short capitalised
    name that spells the initials of the other's capitalised words."""
    short, long = sorted((a.replace(".", "").strip(), b), key=len)
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    return "".join(w[0] for w in long.split() if w[:1].isupper()) == short


def _as_named(name: str) -> str:
    """A recipient as its capitalised words say it: "global Adaptation Fund" is the
    "Adaptation Fund" another report calls the "United Nations Adaptation Fund"."""
    return " ".join(w for w in name.split() if not w[:1].islower()) or name


def _days_apart(a: Commitment, b: Commitment) -> int:
    try:
        return abs((dt.date.fromisoformat(a.published) - dt.date.fromisoformat(b.published)).days)
    except (TypeError, ValueError):
        return 0


def _known_date(c: Commitment) -> bool:
    try:
        dt.date.fromisoformat(c.published or "")
        return True
    except ValueError:
        return False


def _recipients_conflict(a: Commitment, b: Commitment) -> bool:
    if not a.recipients or not b.recipients:
        return False
    if any(names_agree(_as_named(x), _as_named(y)) or _initials_of(x, y) for x in a.recipients for y in b.recipients):
        return False
    # "into Norrby" and "at its Norrby mine in Northern Province": a recipient the other
    # passage names is the same place, read at another level
    return not any(x in b.passage.text for x in a.recipients) and not any(y in a.passage.text for y in b.recipients)


_ENTRY_RULES = frozenset({"amount-list-item", "amount-list-line", "amount-tracker"})  # a list's or tracker's own entries


def _compatible(a: Commitment, b: Commitment) -> bool:
    """Whether two records may sit in one group: never a part of a package and its whole
    (or another part of it), nor amounts that differ by more than a factor of 1.3, nor
    different sums from givers who share no name."""
    if a.id == b.id:
        return True
    if a.part_of == b.id or b.part_of == a.id or (a.part_of and a.part_of == b.part_of):
        return False
    if _revises(a, b) or _revises(b, a):
        return True  # a pledge and its revision upward: one pledge, its sum changed
    if _recipients_conflict(a, b) or (_known_date(a) and _known_date(b) and _days_apart(a, b) > MAX_DAYS):
        return False  # a missing date or recipient is unknown, not a match: it never bridges two that differ
    ratio = _ratio(a.money, b.money) if a.money and b.money else None
    if ratio is not None and (a.part_of or b.part_of):
        return ratio <= EQUAL_RATIO  # a share of a package is one exact sum, reported again as written
    if ratio is not None and ratio > EQUAL_RATIO and a.doc != b.doc and not _shared(a.actors, b.actors):
        return False  # different givers of different sums: two pledges, however a group chains them
    if ratio is not None and ratio > EQUAL_RATIO and a.doc == b.doc and {a.rule, b.rule} & _ENTRY_RULES:
        # "$20 million into X and $25 million to Y", two dated entries of one tracker ("26 June:
        # Norway, $50 million" and "17 November: Norway, $60 million"): different pledges
        return False
    if _past_and_present(a, b) or _past_and_present(b, a):
        return False  # "a 55.6 billion yen loan in 2021" is not the loan announced in 2025
    return ratio is None or ratio <= COMPATIBLE_RATIO


def _past_and_present(a: Commitment, b: Commitment) -> bool:
    """Whether ``a`` reports a pledge of a period over long before ``b`` was published (its
    timeframe ended more than ``MAX_DAYS`` earlier) while ``b`` names no such period."""
    end = a.timeframe.date_end if a.timeframe else None
    if not end or not _known_date(b):
        return False
    try:
        over = (dt.date.fromisoformat(b.published) - dt.date.fromisoformat(end)).days > MAX_DAYS
    except ValueError:
        return False
    b_end = b.timeframe.date_end if b.timeframe else None
    return over and (b_end is None or b_end > end)


def _as_written_alike(a: MoneyAmount, b: MoneyAmount) -> bool:
    """Whether two sums can be told equal as written: one currency, or dollars each states
    (a sum converted at a year's rate matches another only by chance)."""
    return a.currency == b.currency or all((m.usd_source or "native") in ("native", "stated") for m in (a, b))


def _same_pledge(a: Commitment, b: Commitment, wa: set[str], wb: set[str]) -> bool:
    if _days_apart(a, b) > MAX_DAYS:
        return False
    shared = _shared(a.actors, b.actors)
    parties = _shared(a.actors + a.recipients, b.actors + b.recipients)  # a consortium and its partners
    common = wa & wb
    ratio = _ratio(a.money, b.money) if a.money and b.money else None
    if ratio is not None:
        if shared and ratio <= COMPATIBLE_RATIO and not _recipients_conflict(a, b):
            # near sums from one giver: one pledge reported differently only where two texts
            # write them in one currency, or the passages name one recipient or say alike what
            # it is for (one text states one pledge's sum one way)
            return ratio <= ROUNDED_RATIO or (a.doc != b.doc and a.money.currency == b.money.currency) \
                or bool(common) or bool(_shared(a.recipients, b.recipients))
        # co-funders of one pledge: equal amounts, and more than one shared word (or a
        # shared party) so that two unrelated pledges of one size are not tied by chance
        return (not shared and ratio <= EQUAL_RATIO and a.doc != b.doc and _as_written_alike(a.money, b.money)
                and (len(common) >= CO_FUNDER_WORDS or (parties >= 1 and bool(common))))
    if _recipients_conflict(a, b):
        return False  # one company's pledges to two countries are two pledges
    if a.money or b.money:
        held, bare = (a, b) if a.money else (b, a)
        if a.doc == b.doc and held.passage.start <= bare.passage.start and bare.passage.end <= held.passage.end:
            # a second undertaking without a sum inside the passage of one with a sum ("will
            # invest N in a campus and hire 250 developers") is a pledge of its own
            return False
        if a.doc == b.doc and _counts_of_its_own(bare, held):
            return False  # "will invest N to set up an academy" and "the academy will train 5,000": two pledges
        return (shared >= 2 and bool(common)) or (shared >= 1 and len(common) >= MIXED_WORDS)
    if a.doc == b.doc:
        # one text's pledges without money (build a plant, retrofit a ship, sign offtake deals)
        # are different undertakings unless their passages say much the same
        return shared >= 1 and len(common) >= SAME_TEXT_WORDS
    return (parties >= 2 and bool(common)) or (shared >= 1 and len(common) >= 2)


_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d.,])")


def _counts_of_its_own(bare: Commitment, held: Commitment) -> bool:
    """Whether a pledge without money counts what it delivers ("train 5,000 technicians") with a
    figure the other passage does not hold (a year is no count)."""
    counts = {n for n in _COUNT.findall(bare.passage.text) if not (len(n) == 4 and n[:2] in ("19", "20"))}
    return bool(counts) and not any(n in held.passage.text for n in counts)


def _flag_discrepancies(group: list[Commitment]) -> None:
    note = discrepancy_note(group)
    if note:
        for c in group:
            if c.money:
                c.discrepancy = note


def discrepancy_note(group: Sequence[Commitment]) -> str | None:
    """What each source says where they differ: "sources differ: $2.9 billion in a.txt;
    approximately $3 billion in b.txt"."""
    readings = differing_readings(group)
    if not readings:
        return None
    return "sources differ: " + "; ".join(f"{amount_as_written(m)} in {', '.join(docs)}" for m, docs in readings)


def amount_as_written(m: MoneyAmount) -> str:
    return " ".join(filter(None, [m.qualifier, m.text]))


def readings_of(group: Sequence[Commitment]) -> tuple[list[MoneyAmount], list[int | None]]:
    """The distinct amounts the reports of one pledge state (more than 1% apart), smallest
    first, and which of them each report states (None where it states no amount)."""
    figures: list[MoneyAmount] = []
    which: list[int | None] = [None] * len(group)
    for i in sorted((i for i, c in enumerate(group) if c.money),
                    key=lambda i: (usd(group[i].money) or group[i].money.value, group[i].doc)):
        m = group[i].money
        n = next((k for k, f in enumerate(figures) if (r := _ratio(f, m)) and r <= EQUAL_RATIO), None)
        if n is None:
            figures.append(m)
            n = len(figures) - 1
        which[i] = n
    return figures, which


def differing_readings(group: Sequence[Commitment]) -> list[tuple[MoneyAmount, list[str]]]:
    """The distinct amounts the reports of one pledge state, each with the documents that
    state it, smallest first; empty where they agree."""
    figures, which = readings_of(group)
    if len(figures) < 2:
        return []
    return [(m, list(dict.fromkeys(c.doc for c, k in zip(group, which) if k == n))) for n, m in enumerate(figures)]
