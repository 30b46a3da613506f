"""The candidate index finds every pair consolidation's rules tie, and few others."""
from __future__ import annotations

import datetime as dt
import random

from commitments.extract import consolidate
from commitments.extract.candidates import keys_of, keys_of_stored
from commitments.records import Commitment, MoneyAmount, Passage

ACTORS = ("Acme", "Acme Corp", "Acme Japan", "Amazon Web Services", "Web Services", "Globex", "Initech Ltd")
RECIPIENTS = ("Kenya", "Brazil", "Acme", "Globex")
WORDS = ("solar", "grid", "schools", "water", "rail", "chips", "vaccines")


def _record(rng: random.Random, i: int) -> Commitment:
    money = None
    if rng.random() < 0.7:
        value = rng.choice((1e9, 1.005e9, 1.2e9, 2e9, 5e8, 1e7))
        currency = rng.choice(("USD", "USD", "EUR", "XYZ"))
        money = MoneyAmount(value=value, currency=currency, text=f"{value:g}",
                            usd_value=value * 1.1 if currency == "EUR" else None)
    published = rng.choice((None, "not a date", *(str(dt.date(2024, 1, 1) + dt.timedelta(days=d)) for d in (0, 30, 61, 200))))
    text = f"{' '.join(rng.sample(WORDS, 3))} pledge number {i}"
    return Commitment(id=f"r{i:04d}", doc=f"d{i % 7}.txt", doc_hash=f"h{i % 7}",
                      actors=rng.sample(ACTORS, rng.choice((1, 1, 2))), passage=Passage(0, len(text), text),
                      money=money, published=published, recipients=rng.sample(RECIPIENTS, rng.choice((0, 1))))


def test_every_pair_the_rules_tie_is_a_candidate():
    rng = random.Random(7)
    recs = [_record(rng, i) for i in range(300)]
    words = consolidate._content_words(recs)
    found = set(consolidate._candidate_pairs(recs))
    tied = {(i, j) for i in range(len(recs)) for j in range(i + 1, len(recs))
            if consolidate._same_pledge(recs[i], recs[j], words[i], words[j])}
    assert tied and tied <= found
    assert len(found) < len(recs) * (len(recs) - 1) / 2  # and not every pair


def test_with_new_records_only_pairs_with_one_of_them_are_candidates():
    rng = random.Random(3)
    recs = [_record(rng, i) for i in range(120)]
    new = set(range(100, 120))
    pairs = list(consolidate._candidate_pairs(recs, new))
    assert pairs and all(i < j and (i in new or j in new) for i, j in pairs)
    assert len(pairs) == len(set(pairs))
    everything = {p for p in consolidate._candidate_pairs(recs) if p[0] in new or p[1] in new}
    assert set(pairs) == everything


def test_a_name_inside_another_is_a_candidate_and_months_apart_is_not():
    def rec(i, actor, published):
        text = f"solar grid schools {i}"
        return Commitment(id=str(i), doc=f"{i}.txt", doc_hash=str(i), actors=[actor],
                          passage=Passage(0, len(text), text), published=published)

    recs = [rec(0, "Web Services", "2024-01-01"), rec(1, "Amazon Web Services", "2024-02-01"),
            rec(2, "Amazon Web Services", "2024-09-01")]
    assert set(consolidate._candidate_pairs(recs)) == {(0, 1)}


def test_stored_records_give_the_same_keys_as_built_ones():
    rng = random.Random(5)
    for i in range(50):
        c = _record(rng, i)
        assert keys_of_stored(c.to_dict()) == keys_of(c)


def test_one_actors_pledges_spread_over_years_meet_few_others():
    """2,000 pledges of one company: each is compared with those of its season and size,
    not with all 2,000 (which made grouping quadratic in one actor's records)."""
    rng = random.Random(1)
    recs = []
    for i in range(2000):
        value = round(10 ** rng.uniform(6, 10), -5)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        text = f"Acme will invest in {' '.join(rng.sample(WORDS, 3))} {i}"
        recs.append(Commitment(id=f"{i:05d}", doc=f"{i}.txt", doc_hash=str(i), actors=["Acme Corp"],
                               passage=Passage(0, len(text), text), published=day.isoformat(),
                               money=MoneyAmount(value=value, currency="USD", text=f"${value:g}", usd_value=value)))
    pairs = sum(1 for _ in consolidate._candidate_pairs(recs))
    assert pairs < 20 * len(recs)  # all pairs would be 1,999,000
