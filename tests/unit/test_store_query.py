"""The search syntax: words, phrases and filters, and when one query narrows another."""
from __future__ import annotations

import pytest

from store.query import Query, parse_amount, parse_query


@pytest.mark.parametrize("text, value", [
    ("1bn", 1e9), ("$500m", 5e8), ("2.5 billion", 2.5e9), ("750k", 7.5e5), ("1,200", 1200.0),
    ("3tn", 3e12), ("10mn", 1e7), ("12", 12.0),
])
def test_amounts_with_suffixes(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "bn", "1zz", "abc", "1.2.3"])
def test_what_is_not_an_amount(text):
    assert parse_amount(text) is None


def test_words_phrases_and_filters():
    q = parse_query('Water "Clean   energy" org:"Bill & Melinda" currency:eur amount>1bn amount<=500m '
                    'year:2027 year:2030-2025 kind:Funding')
    assert q.words == ("water",)
    assert q.phrases == ("clean energy",)
    assert q.orgs == ("bill & melinda",)
    assert q.currencies == ("EUR",)
    assert q.amounts == ((">", 1e9), ("<=", 5e8))
    assert q.years == ((2027, 2027), (2025, 2030))
    assert q.kinds == ("funding",)


def test_filters_still_being_typed_constrain_nothing():
    for partial in ("amount>", "year:20", "org:", "kind:", 'org:"'):
        assert parse_query(partial).empty, partial


def test_unknown_prefixes_are_plain_words():
    q = parse_query("https://example.org ratio:2")
    assert q.words == ("https://example.org", "ratio:2")


def test_an_unfinished_quote_is_a_phrase():
    assert parse_query('"clean ener').phrases == ("clean ener",)


def test_typing_more_narrows_a_query():
    assert parse_query("micros").narrows(parse_query("micro"))
    assert parse_query("micro soft").narrows(parse_query("micro"))
    assert parse_query('"clean energy"').narrows(parse_query("clean"))
    assert parse_query("org:microsoft").narrows(parse_query("org:micro"))
    assert parse_query("amount>1bn kind:funding").narrows(parse_query("kind:funding"))


def test_changes_that_widen_are_not_narrowing():
    assert not parse_query("micr").narrows(parse_query("micro"))
    assert not parse_query("amount<50m").narrows(parse_query("amount<5m"))
    assert not parse_query("year:2027").narrows(parse_query("year:2026"))
    assert not parse_query("clean").narrows(parse_query('"clean energy"'))
    assert Query().narrows(Query())
