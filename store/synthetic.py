"""Large seeded stores for benchmarks and tests, made without spaCy.

``make_store(path, 100_000)`` writes a store of that many commitments in the current
layout: documents with real text, and commitments whose passages and mentions point into
that text, with varied organisations, currencies, amounts, kinds and years. The same seed
always gives the same store.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

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
from commitments.store.schema import COMMITMENTS, DOCUMENTS, empty_store, stamp_meta
from commitments.store.storage import dumps, write_atomic

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
# currency → (US dollars per unit, how the text writes it)
_CURRENCIES = {"USD": (1.0, "${v} {u}"), "EUR": (1.08, "€{v} {u}"), "GBP": (1.27, "£{v} {u}"),
               "JPY": (0.0067, "{v} {u} yen"), "INR": (0.012, "{v} {u} rupees"), "CHF": (1.1, "{v} {u} Swiss francs")}
_UNITS = (("million", 1e6), ("billion", 1e9))


def make_store(path: Path | str, n_commitments: int, seed: int = 0) -> Path:
    """Write a store of ``n_commitments`` commitments to ``path`` (replacing it) and return the path."""
    rng = random.Random(seed)
    path = Path(path)
    organisations = [f"{a} {b} {c}" for a in _FIRST for b in _SECOND for c in _SUFFIX]
    rng.shuffle(organisations)
    organisations = organisations[:max(50, n_commitments // 25)]
    data = empty_store()
    n_docs = -(-n_commitments // PER_DOCUMENT)
    key = 0
    for d in range(n_docs):
        count = min(PER_DOCUMENT, n_commitments - d * PER_DOCUMENT)
        doc, commitments = _document(rng, d, count, organisations)
        data[DOCUMENTS][str(d + 1)] = {**doc.to_dict(), "stored_at": "2026-01-01T00:00:00+00:00"}
        for c in commitments:
            key += 1
            data[COMMITMENTS][str(key)] = c.to_dict()
    stamp_meta(data)
    write_atomic(path, dumps(data)[0], keep_backup=False)
    Store(path).save_cache(postings=True)  # the read cache and postings, as an ingest leaves them
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
    money = _money(rng, start + len(text))
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


def _money(rng: random.Random, at: int) -> MoneyAmount:
    currency = rng.choice(list(_CURRENCIES))
    rate, pattern = _CURRENCIES[currency]
    unit, scale = rng.choice(_UNITS)
    value = round(rng.uniform(1, 900), rng.choice((0, 1)))
    shown = f"{value:g}"
    text = pattern.format(v=shown, u=unit)
    amount = value * scale
    return MoneyAmount(value=amount, currency=currency, text=text, start=at, end=at + len(text),
                       usd_value=round(amount * rate, 2), usd_source="native" if currency == "USD" else "converted")
