"""Seeded synthetic data, made without spaCy: the one generator of made-up news.

Two shapes of it, sharing the names and the amounts below:

- ``synthetic_corpus(n)``: documents to extract from (the bench's corpus), commitments in
  varied phrasings among distractors, each commitment's place in the text known;
- ``make_store(path, 100_000)``: a store of that many commitments in the current layout,
  documents with real text and commitments whose passages and mentions point into it.

The same seed always gives the same corpus and the same store on any machine. The names
are invented, so no figure depends on a real story; amounts are converted to US dollars
with the extractor's own rates table (``commitments.extract.fx``, which imports no spaCy).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from commitments.extract.fx import rate
from commitments.records import (
    KINDS,
    Commitment,
    Document,
    Mention,
    MoneyAmount,
    Passage,
    Timeframe,
    commitment_id,
    content_hash,
)
from commitments.store.db import Store
from commitments.store.manifest import Manifest, write_manifest
from commitments.store.opened import write_and_open
from commitments.store.segments import SEGMENT_BYTES, segment_data, segment_name, segments_dir

PER_DOCUMENT = 20
_FIRST = ("Northern", "Pacific", "Atlas", "Blue", "Granite", "Silver", "Meridian", "Summit", "Harbor",
          "Crescent", "Aurora", "Evergreen", "Falcon", "Horizon", "Keystone", "Lumen", "Orion", "Redwood")
_SECOND = ("Solar", "Energy", "Data", "Steel", "Health", "Water", "Robotics", "Capital", "Motors",
           "Networks", "Foods", "Cloud", "Grid", "Pharma", "Rail", "Semiconductor", "Textiles")
_SUFFIX = ("Holdings", "Group", "Corp", "Ltd", "AG", "Foundation", "Partners", "Inc", "Ministry", "Fund")
_RECIPIENTS = ("rural schools", "coastal towns", "a new research campus", "local universities",
               "small farmers", "clean water projects", "regional hospitals", "battery plants",
               "the national grid", "startups in the region", "flood defences", "vaccine research")
_VERBS = ("will invest", "pledged", "plans to spend", "committed", "agreed to provide", "will give")
# (symbol before the figure, word after it, ISO code); the value in dollars comes from fx
CURRENCIES = (
    ("$", "", "USD"), ("US$", "", "USD"), ("", " dollars", "USD"), ("€", "", "EUR"), ("", " euros", "EUR"),
    ("£", "", "GBP"), ("¥", "", "JPY"), ("", " yen", "JPY"), ("Rs ", "", "INR"), ("", " rupees", "INR"),
    ("A$", "", "AUD"), ("C$", "", "CAD"), ("CHF ", "", "CHF"), ("R$", "", "BRL"), ("", " won", "KRW"),
)
SCALES = (("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("m", 1e6))


class Amount(NamedTuple):
    text: str
    value: float
    currency: str
    usd_value: float


def amount(rng: random.Random, year: int) -> Amount:
    """A money amount as news writes it ("€45bn", "300 million yen"), valued in dollars at
    ``year``'s rate."""
    before, after, code = rng.choice(CURRENCIES)
    scale_word, scale = rng.choice(SCALES if before else SCALES[:2])
    figure = rng.choice((rng.randint(2, 950), round(rng.uniform(1, 99), 1)))
    number = f"{figure:g}"
    joined = scale_word if scale_word in ("bn", "m") and before else f" {scale_word}"
    text = f"{before}{number}{joined}{after}" if before else f"{number} {scale_word}{after}"
    value = float(figure) * scale
    return Amount(text, value, code, round(value / rate(code, year), 2))


def organisation_names() -> list[str]:
    """Every invented organisation name, in a fixed order."""
    return [f"{a} {b} {c}" for a in _FIRST for b in _SECOND for c in _SUFFIX]


def make_store(path: Path | str, n_commitments: int, seed: int = 0, grouped: bool = False) -> Path:
    """Write a store of ``n_commitments`` commitments to ``path`` (replacing it) and return
    the path: its segments (with their read caches) written as they fill, then the
    manifest, then the search postings, as an ingest leaves them.

    Without ``grouped`` the commitments have no pledge group, as in a store migrated from
    a version without groups: the first ingest groups them all (``regroup``; at a million
    that takes most of an hour here). With it, each is in a group of its own, the group
    consolidation gives a record that ties to no other, so that adding a document groups
    only what it touches; the records are the same either way."""
    rng = random.Random(seed)
    path = Path(path)
    organisations = organisation_names()
    rng.shuffle(organisations)
    organisations = organisations[:max(50, n_commitments // 25)]
    n_docs = -(-n_commitments // PER_DOCUMENT)
    entries = []
    docs: list[dict] = []
    recs: list[dict] = []
    size = 0

    def flush() -> None:
        nonlocal size
        file = segments_dir(path) / segment_name(len(entries) + 1)
        entries.append(write_and_open(file, segment_data(docs, recs))[1])
        docs.clear()
        recs.clear()
        size = 0

    for d in range(n_docs):
        count = min(PER_DOCUMENT, n_commitments - d * PER_DOCUMENT)
        doc, commitments = _document(rng, d, count, organisations)
        docs.append({**doc.to_dict(), "stored_at": "2026-01-01T00:00:00+00:00"})
        recs.extend({**c.to_dict(), "group": "g-" + c.id} if grouped else c.to_dict() for c in commitments)
        size += len(doc.text) + 1300 * count  # about what a commitment takes as JSON
        if size >= SEGMENT_BYTES:
            flush()
    if docs or not entries:
        flush()
    write_manifest(path, Manifest(tuple(entries), next=len(entries) + 1), keep_backup=False)
    Store(path).save_cache(postings=True)
    return path


def _document(rng: random.Random, n: int, count: int, organisations: list[str]) -> tuple[Document, list[Commitment]]:
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    title = f"Report {n}: {rng.choice(organisations)} and partners announce new pledges"
    text = title + "\n\n"
    specs = []
    for _ in range(count):
        filler = f"Officials met on {published:%B %d} to discuss the plans of {rng.choice(_RECIPIENTS)}. "
        start = len(text) + len(filler)
        sentence, mentions, money, timeframe, actor, recipient = _sentence(rng, start, published, organisations)
        text += filler + sentence + "\n"
        specs.append((start, sentence, mentions, money, timeframe, actor, recipient))
    name = f"synthetic_{n:06d}.txt"
    doc = Document(doc=name, sha256=content_hash(text), text=text, path=f"/synthetic/{name}", title=title,
                   published=published.isoformat())
    commitments = []
    for start, sentence, mentions, money, timeframe, actor, recipient in specs:
        end = start + len(sentence)
        commitments.append(Commitment(
            id=commitment_id(doc.sha256, start, end, [actor]), doc=name, doc_hash=doc.sha256, actors=[actor],
            passage=Passage(start, end, sentence), kind=rng.choice(KINDS), recipients=[recipient], money=money,
            timeframe=timeframe, mentions=mentions, title=title, published=doc.published, rule="synthetic"))
    return doc, commitments


def _sentence(rng: random.Random, start: int, published: dt.date, organisations: list[str]):
    """One pledge sentence starting at ``start`` in the document, with its mentions."""
    actor, recipient = rng.choice(organisations), rng.choice(_RECIPIENTS)
    year = published.year + rng.randrange(1, 10)
    text = f"{actor} {rng.choice(_VERBS)} "
    money = _money(rng, start + len(text), published.year)
    text += money.text + f" in {recipient} by {year}."
    when = f"by {year}"
    at = start + text.index(when)
    timeframe = Timeframe(when, at, at + len(when), date_start=published.isoformat(), date_end=f"{year}-12-31")
    at_recipient = start + text.index(recipient)
    mentions = [Mention("actor", start, start + len(actor), actor),
                Mention("money", money.start, money.end, money.text),
                Mention("recipient", at_recipient, at_recipient + len(recipient), recipient),
                Mention("timeframe", timeframe.start, timeframe.end, when)]
    return text, mentions, money, timeframe, actor, recipient


def _money(rng: random.Random, at: int, year: int) -> MoneyAmount:
    a = amount(rng, year)
    return MoneyAmount(value=a.value, currency=a.currency, text=a.text, start=at, end=at + len(a.text),
                       usd_value=a.usd_value, usd_source="native" if a.currency == "USD" else "converted")


COUNTRIES = ("Japan", "Kenya", "Brazil", "India", "Germany", "France", "Indonesia", "Vietnam",
             "Mexico", "Nigeria", "Canada", "Australia", "Chile", "Poland", "Egypt", "Thailand",
             "South Korea", "Malaysia", "Morocco", "Ghana", "Spain", "Peru", "Sweden", "Turkey")
FIELDS = ("artificial intelligence", "cloud computing", "data centres", "renewable energy",
          "battery manufacturing", "semiconductors", "public health", "rail infrastructure",
          "digital skills", "green hydrogen", "cybersecurity", "water treatment", "5G networks")

TIMEFRAMES = ("over the next two years", "by 2027", "by the end of 2026", "within five years",
              "over the next decade", "starting next year", "by 2030", "over three years",
              "in the coming months", "before 2028")

# {actor} {money} {place} {field} {when} {recipient}; the kind is what the phrase pledges
PHRASINGS = (
    ("investment", "{actor} will invest {money} in {place} {when} to expand {field}."),
    ("investment", "{actor} plans to spend {money} on {field} in {place} {when}."),
    ("investment", "{actor} announced an investment of {money} in {place}'s {field} sector."),
    ("funding", "{actor} pledged {money} to {recipient} to support {field} research."),
    ("funding", "Under the agreement, {actor} agreed to provide {money} in grants to {recipient} {when}."),
    ("funding", "{actor} has committed {money} to a new fund for {field} in {place}."),
    ("facility", "{actor} intends to open a {field} centre in {place} {when}, backed by {money}."),
    ("facility", "{actor} said it will build a {money} plant in {place} {when}."),
    ("training", "{actor} aims to train 200,000 people in {field} across {place} {when}."),
    ("resources", "{actor} will supply computing resources to {recipient} as part of a {money} package."),
    ("research", "{actor} and {recipient} will set up a {money} research partnership on {field}."),
    ("policy", "{actor} agreed to adopt common standards for {field} with {place} {when}."),
)
# Sentences with money or an organisation that are not commitments.
DISTRACTORS = (
    "{actor} reported revenue of {money} for the last quarter.",
    "Shares of {actor} fell 3% after the company posted a loss of {money}.",
    "{actor} could invest as much as {money} if regulators approve the merger.",
    "{actor} did not commit to any new spending in {place}.",
    "Analysts value the {field} market in {place} at {money}.",
    "Read more: {actor} weighs {money} bid for rival",
    "The {field} sector in {place} grew 12% last year, according to official data.",
    "\"We are proud to be part of this,\" a spokesperson for {actor} said.",
    "{actor} was founded in 1998 and employs about 40,000 people.",
)
FILLER = (
    "The announcement came during a two-day visit by trade ministers.",
    "Officials said further details would be released later this month.",
    "The plans follow months of negotiations between the two sides.",
    "Critics questioned whether the timelines were realistic.",
    "Local officials welcomed the news, citing the jobs it could create.",
    "The move is part of a broader push to diversify supply chains.",
    "Industry groups have long called for more public and private spending.",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class PlantedCommitment:
    """A commitment sentence as written into a synthetic document."""

    start: int
    end: int
    kind: str
    actor: str
    recipient: str | None
    money_text: str | None
    money_offset: int  # where money_text starts inside the sentence
    value: float | None
    currency: str | None
    usd_value: float | None
    when: str | None


@dataclass(slots=True)
class SyntheticDocument:
    name: str
    text: str
    title: str
    published: str
    commitments: list[PlantedCommitment] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


class CorpusGenerator:
    """Documents from one seed: ``documents(n)`` always gives the same n documents."""

    def __init__(self, seed: int = 0, organisations: int = 400) -> None:
        self.rng = random.Random(seed)
        self.organisations = sorted(self.rng.sample(organisation_names(), organisations))

    def _actor(self) -> str:
        r = self.rng.random()
        if r < 0.15:
            return f"The government of {self.rng.choice(COUNTRIES)}"
        return self.rng.choice(self.organisations)

    def _fill(self, template: str, year: int, organisation_only: bool = False) -> tuple[str, dict]:
        money, value, code, usd = amount(self.rng, year)
        slots = {
            "actor": self.rng.choice(self.organisations) if organisation_only else self._actor(), "money": money, "place": self.rng.choice(COUNTRIES),
            "field": self.rng.choice(FIELDS), "when": self.rng.choice(TIMEFRAMES),
            "recipient": self.rng.choice(self.organisations),
        }
        text = template.format(**slots)
        return text[0].upper() + text[1:], {**slots, "value": value, "currency": code, "usd": usd}

    def document(self, index: int, commitments: int | None = None) -> SyntheticDocument:
        rng = self.rng
        n_commitments = commitments if commitments is not None else rng.randint(3, 8)
        year, month, day = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year:04d}-{month:02d}-{day:02d}"
        kinds = [rng.choice(PHRASINGS) for _ in range(n_commitments)]
        lead_actor = self._actor()
        title = f"{lead_actor} unveils {rng.choice(FIELDS)} plans for {rng.choice(COUNTRIES)}"
        text = f"{title}\n\n{_MONTHS[month - 1]} {day}, {year}\n\n"
        planted: list[PlantedCommitment] = []
        for kind, template in kinds:
            paragraph: list[str] = []
            for _ in range(rng.randint(1, 3)):
                paragraph.append(rng.choice(FILLER) if rng.random() < 0.6 else self._fill(rng.choice(DISTRACTORS), year, True)[0])
            sentence, slots = self._fill(template, year)
            at = rng.randint(0, len(paragraph))
            before = " ".join(paragraph[:at])
            start = len(text) + len(before) + (1 if before else 0)
            money_at = sentence.find(slots["money"]) if "{money}" in template else -1
            has_when = "{when}" in template
            planted.append(PlantedCommitment(
                start=start, end=start + len(sentence), kind=kind, actor=slots["actor"],
                recipient=slots["recipient"] if "{recipient}" in template else None,
                money_text=slots["money"] if money_at >= 0 else None, money_offset=max(money_at, 0),
                value=slots["value"] if money_at >= 0 else None,
                currency=slots["currency"] if money_at >= 0 else None,
                usd_value=slots["usd"] if money_at >= 0 else None,
                when=slots["when"] if has_when else None,
            ))
            text += " ".join([*paragraph[:at], sentence, *paragraph[at:]]) + "\n\n"
        text += f"Related: {self._fill(rng.choice(DISTRACTORS), year, True)[0]}\n"
        return SyntheticDocument(name=f"synthetic_{index:06d}.txt", text=text, title=title,
                                 published=published, commitments=planted)

    def documents(self, n: int) -> list[SyntheticDocument]:
        return [self.document(i) for i in range(n)]


def synthetic_corpus(n_docs: int, seed: int = 0) -> list[SyntheticDocument]:
    return CorpusGenerator(seed).documents(n_docs)
