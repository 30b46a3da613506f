"""Made-up documents and commitments for browser tests: many of them, some sharing a
pledge (``group``) with amounts that differ. Deterministic for a given seed."""
from __future__ import annotations

import random

from commitments.records import (
    Commitment,
    Document,
    Mention,
    MoneyAmount,
    Passage,
    commitment_id,
    content_hash,
)

ACTORS = ("Acme Corp", "Globex", "Initech", "Umbrella Holdings", "Stark Industries", "Wayne Enterprises",
          "Tyrell", "Cyberdyne", "Hooli", "Vandelay Industries")
PLACES = ("Ohio", "Kenya", "Bavaria", "Osaka", "Chile", "Quebec")
AMOUNTS = (25e6, 250e6, 2.5e9, 12e9, None)


def _sentence(actor: str, amount: float | None, place: str, year: int) -> tuple[str, str | None]:
    money = None if amount is None else f"${amount / 1e6:,.0f} million"
    what = f"invest {money} in" if money else "build a plant in"
    return f"{actor} will {what} {place} by {year}.", money


def make_batch(n: int, seed: int = 0, per_document: int = 10, group_every: int = 0):
    """(Document, [Commitment]) pairs; with group_every=k, each k-th pair of records shares a group."""
    rng = random.Random(seed)
    batch = []
    for d in range((n + per_document - 1) // per_document):
        lines, specs = [f"Report {d}", ""], []
        for _ in range(min(per_document, n - d * per_document)):
            actor, amount = rng.choice(ACTORS), rng.choice(AMOUNTS)
            sentence, money = _sentence(actor, amount, rng.choice(PLACES), rng.randint(2025, 2035))
            start = sum(len(x) + 1 for x in lines)
            lines.append(sentence)
            specs.append((actor, amount, money, sentence, start))
        text = "\n".join(lines) + "\n"
        h = content_hash(text)
        doc = Document(doc=f"report-{d:05d}.txt", sha256=h, text=text, path=f"/data/report-{d:05d}.txt",
                       title=f"Report {d}", published="2026-01-01")
        records = []
        for k, (actor, amount, money, sentence, start) in enumerate(specs):
            end = start + len(sentence)
            mentions = [Mention("actor", start, start + len(actor), actor)]
            m = None
            if money:
                m_start = text.index(money, start)
                m = MoneyAmount(amount, "USD", money, m_start, m_start + len(money), usd_value=amount, usd_source="native")
                mentions.append(Mention("money", m_start, m_start + len(money), money))
            index = d * per_document + k
            group = f"pledge-{index // 2}" if group_every and (index // 2) % group_every == 0 else None
            records.append(Commitment(commitment_id(h, start, end, [actor]), doc.doc, h, [actor],
                                      Passage(start, end, sentence), money=m, mentions=mentions,
                                      title=doc.title, published=doc.published, group=group))
        batch.append((doc, records))
    return batch


def make_grouped_pair(doc_a: str = "wire.txt", doc_b: str = "paper.txt"):
    """The same pledge reported by two outlets with different amounts."""
    out = []
    for name, amount in ((doc_a, 1e9), (doc_b, 1.2e9)):
        money = f"${amount / 1e9:g} billion"
        text = f"Zenith Power will invest {money} in solar farms by 2030.\n"
        h = content_hash(text)
        start = text.index(money)
        m = MoneyAmount(amount, "USD", money, start, start + len(money), usd_value=amount, usd_source="native")
        c = Commitment(commitment_id(h, 0, len(text) - 1, ["Zenith Power"]), name, h, ["Zenith Power"],
                       Passage(0, len(text) - 1, text[:-1]), money=m, group="zenith-solar",
                       mentions=[Mention("actor", 0, 12, "Zenith Power"), Mention("money", start, start + len(money), money)])
        out.append((Document(doc=name, sha256=h, text=text, path=f"/news/{name}"), [c]))
    return out


def write_store_file(path, batch) -> None:
    """Write a store file in TinyDB's layout directly: ``Store.add`` at 100k takes minutes,
    and what this checks is the browser reading a big store, not the writer."""
    from commitments.records import SCHEMA_VERSION
    from commitments.store.db import APP, COMMITMENTS, DOCUMENTS, META
    from commitments.store.storage import write_json_atomic

    docs = {str(i): doc.to_dict() for i, (doc, _) in enumerate(batch, 1)}
    records = [c.to_dict() for _, cs in batch for c in cs]
    write_json_atomic(path, {META: {"1": {"app": APP, "schema": SCHEMA_VERSION}}, DOCUMENTS: docs,
                             COMMITMENTS: {str(i): r for i, r in enumerate(records, 1)}})
