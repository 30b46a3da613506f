"""The search syntax: words, phrases and filters, and when one query narrows another."""
from __future__ import annotations

import pytest
from commitments.records import Commitment, MoneyAmount, Passage, Timeframe
from commitments.store.index import CommitmentIndex
from commitments.store.query import Query, parse_amount, parse_query
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def tiny_index():
    words = ["abc water", "XYZ energy 2027", "a:b c", '"quoted" text', "$5 bn"]
    return CommitmentIndex([
        Commitment(id=str(i), doc=f"d{i}.txt", doc_hash=str(i), actors=[w.split()[0]], passage=Passage(0, len(w), w),
                   money=MoneyAmount(10.0 ** i, "EUR" if i % 2 else "USD", "x", usd_value=10.0 ** i),
                   timeframe=Timeframe("by 2027", date_end=f"{2025 + i}-01-01"), published="2024-01-01")
        for i, w in enumerate(words)])


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


def test_filters_still_being_typed_constrain_nothing_and_are_pending():
    for partial in ("amount>", "amount>1.", "amount>2bi", "year:20", "year:2025-20", "org:", "to:", "kind:",
                    'org:"', "currency:EU"):
        q = parse_query(partial)
        assert q.empty and len(q.pending) == 1 and not q.errors, partial
        assert q.pending[0].startswith(partial.split()[0]), q.pending


@pytest.mark.parametrize("broken, why", [
    ("amount>abc", "is not an amount"), ("amount<=5zz", "is not an amount"), ("year:20x", "is not a year"),
    ("year:twenty", "is not a year"), ("kind:xyz", "no kind starts with xyz"), ("currency:EURO", "not a currency"),
    ("ratio:2", "there is no field ratio:"), ('foo:"bar baz"', "there is no field foo:"),
])
def test_a_filter_that_cannot_be_read_is_an_error_and_matches_nothing(tiny_index, broken, why):
    q = parse_query(f"water {broken}")
    assert len(q.errors) == 1 and why in q.errors[0] and q.errors[0].startswith(broken)
    assert not q.empty
    assert tiny_index.search("water") and tiny_index.search(f"water {broken}") == []


def test_urls_times_and_a_word_ending_in_a_colon_stay_words():
    q = parse_query("https://example.org 10:30 note:")
    assert q.words == ("https://example.org", "10:30", "note:") and not q.errors


def test_to_filters_on_recipients():
    c = Commitment(id="r", doc="r.txt", doc_hash="r", actors=["Microsoft"], recipients=["Japan"],
                   passage=Passage(0, 9, "Microsoft"))
    index = CommitmentIndex([c])
    assert parse_query("to:japan").recipients == ("japan",)
    assert index.search("to:japan") == [0] and index.search("to:microsoft") == []
    assert index.search("org:japan") == []


def test_an_unfinished_quote_is_a_phrase():
    assert parse_query('"clean ener').phrases == ("clean ener",)


def test_typing_more_narrows_a_query():
    assert parse_query("micros").narrows(parse_query("micro"))
    assert parse_query("micro soft").narrows(parse_query("micro"))
    assert parse_query('"clean energy"').narrows(parse_query("clean"))
    assert parse_query("org:microsoft").narrows(parse_query("org:micro"))
    assert parse_query("amount>1bn kind:funding").narrows(parse_query("kind:funding"))


def test_a_minus_word_is_left_out_and_a_lone_minus_is_not_yet_anything():
    q = parse_query("water -Coal -")
    assert (q.words, q.excluded) == (("water",), ("coal",))
    assert parse_query("water -coal").narrows(parse_query("water"))
    assert not parse_query("water -coa").narrows(parse_query("water -coal"))  # a shorter word leaves out more
    assert not parse_query("-").excluded and parse_query("-").empty


def test_changes_that_widen_are_not_narrowing():
    assert not parse_query("micr").narrows(parse_query("micro"))
    assert not parse_query("amount<50m").narrows(parse_query("amount<5m"))
    assert not parse_query("year:2027").narrows(parse_query("year:2026"))
    assert not parse_query("clean").narrows(parse_query('"clean energy"'))
    assert Query().narrows(Query())


ALPHABET = 'abcXYZ019 :"<>=.$,-_\\\n\t€é'


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_anything_typed_parses(text):
    q = parse_query(text)
    assert all(w and " " not in w for w in q.words)
    assert q.narrows(q)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=6))
def test_keystroke_searches_equal_fresh_ones(tiny_index, steps):
    """Whatever is typed, in whatever order, reusing earlier results changes nothing."""
    for text in steps:
        assert tiny_index.search(text) == CommitmentIndex(tiny_index.commitments).search(text)


@pytest.mark.parametrize("scale", ["crore", "lakh", "bn", "mln", "trillion", "mrd", "t"])
def test_amount_filters_read_scales_as_the_extractor_does(scale):
    from commitments.extract.money import find_amounts

    (found,) = find_amounts(f"It will spend Rs 2 {scale} on roads." if len(scale) > 1 else f"It will spend $2{scale}.")
    assert parse_amount(f"2{scale}") == parse_amount(f"2 {scale}") == found.value
    assert parse_query(f"amount>2 {scale} roads") == Query(words=("roads",), amounts=((">", found.value),))


def test_a_word_after_a_comparison_that_is_not_a_scale_stays_a_word():
    assert parse_query("amount>2 crorepati") == Query(words=("crorepati",), amounts=((">", 2.0),))
