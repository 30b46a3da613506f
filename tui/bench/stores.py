"""Large seeded stores for the browser benchmarks, written through the public Store API.

The records are what extraction would give for the synthetic corpus (the generator knows
where it put each commitment), so building 100,000 of them needs no spaCy. If the store
package ships its own generator (``store.synthetic.make_store``) the bench uses that one,
so both measure the same thing.
"""
from __future__ import annotations

from pathlib import Path

from extract.records import Commitment, Document, Mention, MoneyAmount, Passage, Timeframe, commitment_id, content_hash
from tui.bench.corpus import CorpusGenerator, PlantedCommitment, SyntheticDocument

PER_DOCUMENT = 8  # commitments in each synthetic document of a large store


def to_records(sd: SyntheticDocument) -> tuple[Document, list[Commitment]]:
    sha = content_hash(sd.text)
    doc = Document(doc=sd.name, sha256=sha, text=sd.text, path=f"/bench/{sd.name}",
                   title=sd.title, published=sd.published)
    return doc, [_commitment(sd, sha, p) for p in sd.commitments]


def _commitment(sd: SyntheticDocument, sha: str, p: PlantedCommitment) -> Commitment:
    sentence = sd.text[p.start:p.end]
    actor_at = sentence.find(p.actor)
    mentions = [Mention("actor", p.start + actor_at, p.start + actor_at + len(p.actor), p.actor)] if actor_at >= 0 else []
    money = None
    if p.money_text:
        at = p.start + p.money_offset
        money = MoneyAmount(value=p.value or 0.0, currency=p.currency or "USD", text=p.money_text, start=at,
                            end=at + len(p.money_text), usd_value=p.usd_value,
                            usd_source="native" if p.currency == "USD" else "converted")
        mentions.append(Mention("money", money.start, money.end, money.text))
    timeframe = None
    if p.when and (at := sentence.find(p.when)) >= 0:
        timeframe = Timeframe(text=p.when, start=p.start + at, end=p.start + at + len(p.when))
        mentions.append(Mention("timeframe", timeframe.start, timeframe.end, p.when))
    actors = [p.actor]
    return Commitment(
        id=commitment_id(sha, p.start, p.end, actors), doc=sd.name, doc_hash=sha, actors=actors,
        passage=Passage(p.start, p.end, sentence), kind=p.kind,
        recipients=[p.recipient] if p.recipient else [], money=money, timeframe=timeframe,
        mentions=mentions, title=sd.title, published=sd.published, rule="synthetic",
    )


def synthetic_batch(n_commitments: int, seed: int = 0) -> list[tuple[Document, list[Commitment]]]:
    """Documents of PER_DOCUMENT commitments each (the last one fewer), n_commitments in all."""
    gen = CorpusGenerator(seed)
    batch, left, i = [], n_commitments, 0
    while left > 0:
        take = min(PER_DOCUMENT, left)
        batch.append(to_records(gen.document(i, commitments=take)))
        left -= take
        i += 1
    return batch


def make_store(path: Path, n_commitments: int, seed: int = 0) -> Path:
    """A store file of n_commitments at path: the store package's generator if it has one."""
    path = Path(path)
    try:
        from store.synthetic import make_store as store_make_store
    except ImportError:
        store_make_store = None
    if store_make_store is not None:
        store_make_store(path, n_commitments, seed)
        return path
    from store import Store

    Store(path).add(synthetic_batch(n_commitments, seed))
    return path
