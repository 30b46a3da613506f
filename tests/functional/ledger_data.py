"""A small store for the ledger: pledges to Japan and Korea, one reported by two outlets
with different amounts, and a part of a whole."""
from __future__ import annotations

from commitments.records import Commitment, Document, Mention, MoneyAmount, Passage, commitment_id, content_hash

# (document, published, actor, amount as written, qualifier, dollars, recipient, group, part of)
REPORTS = (
    ("nikkei.txt", "2024-04-10", "Microsoft", "$2.9 billion", None, 2.9e9, "Japan", "g-msft", None),
    ("reuters.txt", "2024-04-11", "Microsoft Corp.", "$3 billion", "about", 3.0e9, "Japan", "g-msft", None),
    ("aws.txt", "2024-01-19", "Amazon Web Services", "$15 billion", None, 15e9, "Japan", None, None),
    ("oracle.txt", "2024-04-18", "Oracle", "$8 billion", "more than", 8e9, "Japan", None, None),
    ("oracle.txt", "2024-04-18", "Oracle", "$2 billion", None, 2e9, "Japan", None, "whole:oracle"),
    ("korea.txt", "2024-05-07", "Google", "$1 billion", None, 1e9, "Korea", None, None),
    ("korea.txt", "2024-05-07", "Samsung", "[b]4 trillion won[/b]", None, 3e9, "Korea", None, None),
)


def ledger_batch():
    """(Document, [Commitment]) pairs; the Oracle part names the Oracle whole by its id."""
    docs: dict[str, list] = {}
    for doc, published, actor, written, qualifier, dollars, recipient, group, part_of in REPORTS:
        docs.setdefault(doc, []).append((published, actor, written, qualifier, dollars, recipient, group, part_of))
    batch, ids = [], {}
    for name, specs in docs.items():
        sentences = [f"{s[1]} will invest {s[2]} in {s[5]} by 2027." for s in specs]
        text = "Headline\n\n" + "\n".join(sentences) + "\n"
        h = content_hash(text)
        records = []
        for sentence, (published, actor, written, qualifier, dollars, recipient, group, part_of) in zip(sentences, specs):
            start = text.index(sentence)
            end = start + len(sentence)
            m_start = text.index(written, start)
            money = MoneyAmount(dollars, "USD", written, m_start, m_start + len(written), qualifier=qualifier,
                                usd_value=dollars, usd_source="native")
            cid = commitment_id(h, start, end, [actor])
            if part_of is None and actor == "Oracle":
                ids["whole:oracle"] = cid
            records.append(Commitment(cid, name, h, [actor], Passage(start, end, sentence), recipients=[recipient],
                                      money=money, title=f"{name} headline", published=published, group=group,
                                      part_of=part_of,
                                      mentions=[Mention("actor", start, start + len(actor), actor),
                                                Mention("money", m_start, m_start + len(written), written)]))
        batch.append((Document(doc=name, sha256=h, text=text, path=f"/news/{name}", title=f"{name} headline",
                               published=specs[0][0], publisher=name.split(".")[0].capitalize()), records))
    for _, records in batch:
        for c in records:
            if c.part_of:
                c.part_of = ids[c.part_of]
    return batch
