"""Revisions and top-ups, tallies by an event or a collective, and credit lines: three shapes of
general news English (issue #12). The sentences are written for these tests; names and sums are
invented."""
from __future__ import annotations

import pytest
from commitments.extract.commitments import find_commitments
from commitments.extract.consolidate import assign_groups
from commitments.extract.pipeline import load_nlp
from commitments.records import Document, content_hash


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _extract(nlp, text: str, published: str = "2025-03-03"):
    doc = Document(doc="t.txt", sha256=content_hash(text), text=text, title=None, published=published)
    return find_commitments(doc, nlp(text))


def _with(recs, value):
    found = [r for r in recs if r.money and r.money.value == value]
    assert found, f"no record for {value}: {[(r.actors, r.money and r.money.value) for r in recs]}"
    return found[0]


# --- revisions and top-ups ----------------------------------------------------------------

@pytest.mark.parametrize("text, actor, value, currency", [
    ("Brevik Motors raised its planned investment in a gearbox plant at Tarnow to $2.5 billion.",
     "Brevik Motors", 2.5e9, "USD"),
    ("Denmark lifted its pledge to the ocean fund to DKK 640 million on Thursday.", "Denmark", 640e6, "DKK"),
    ("Ireland topped up its contribution to €75 million.", "Ireland", 75e6, "EUR"),
    ("Corvane Energy increased its commitment by $300 million to $1.1 billion.", "Corvane Energy", 1.1e9, "USD"),
    ("The Halden Foundation has boosted its grant to the vaccine alliance to $410 million.",
     "Halden Foundation", 410e6, "USD"),
])
def test_a_revision_is_a_record_for_the_new_sum(nlp, text, actor, value, currency):
    rec = _with(_extract(nlp, text), value)
    assert actor in rec.actors[0] and rec.money.currency == currency


def test_a_revision_is_grouped_with_the_pledge_it_revises(nlp):
    recs = _extract(nlp, "In May, Ostrava Steel pledged $800 million for a rolling mill in Brno. "
                         "On Monday, Ostrava Steel raised its planned investment in the mill to $1.2 billion.")
    first, later = _with(recs, 8e8), _with(recs, 1.2e9)
    assign_groups(recs)
    assert first.group == later.group


def test_the_increment_of_a_revision_is_not_a_pledge_of_its_own(nlp):
    recs = _extract(nlp, "Corvane Energy increased its commitment by $300 million to $1.1 billion.")
    assert not [r for r in recs if r.money and r.money.value == 3e8 and r.group is None and len(recs) > 1
                and not any(o.money and o.money.value == 1.1e9 for o in recs)]


# --- tallies by an event or a collective -------------------------------------------------

def test_an_event_raising_money_from_governments_credits_the_givers(nlp):
    rec = _with(_extract(nlp, "The Lisbon nutrition summit raised $4.2 billion from 31 governments."), 4.2e9)
    assert rec.actors == ["31 governments"] and rec.money.currency == "USD"


def test_a_collective_making_commitments_worth_a_sum_is_the_actor(nlp):
    rec = _with(_extract(nlp, "Governments, companies and civic groups made 312 new commitments worth "
                              "US$7.4 billion at the forum."), 7.4e9)
    assert rec.actors and "Governments" in " ".join(rec.actors)


def test_an_event_that_closed_with_pledges_is_the_actor_when_no_giver_is_named(nlp):
    rec = _with(_extract(nlp, "The Port Velden water summit closed with pledges worth $2.6 billion."), 2.6e9)
    assert rec.actors and "summit" in rec.actors[0]


# --- credit lines and facilities ---------------------------------------------------------

def test_a_swap_agreement_lets_the_borrower_draw_up_to_a_sum(nlp):
    recs = _extract(nlp, "The Bank of Kestria signed a swap agreement with Maldova that will allow the island "
                         "nation to draw up to USD 250 million.")
    rec = _with(recs, 250e6)
    assert "Kestria" in rec.actors[0] and rec.money.currency == "USD"


def test_a_facility_under_which_a_borrower_can_borrow(nlp):
    recs = _extract(nlp, "The Nordic Credit Fund agreed a facility under which Tamsa Power can borrow up to "
                         "€180 million.")
    rec = _with(recs, 180e6)
    assert "Nordic Credit Fund" in rec.actors[0]


def test_a_credit_line_in_two_currencies_is_one_record(nlp):
    recs = _extract(nlp, "The central bank of Ostravia on Tuesday signed a swap agreement with the Lagoon Islands that "
                         "will allow the island state to draw up to USD 150 million and Rs 900 crore from it.")
    with_money = [r for r in recs if r.money is not None]
    assert len(with_money) == 1 and with_money[0].money.value == 150e6 and "Ostravia" in with_money[0].actors[0]


@pytest.mark.parametrize("text, actor, value", [
    ("The donors' conference ended with pledges of $1.5 billion.", "donors' conference", 1.5e9),
    ("The Harbin pledging conference wrapped up with commitments totalling $2.2 billion.",
     "Harbin pledging conference", 2.2e9),
    ("The telethon raised £12 million from viewers.", "telethon", 12e6),
])
def test_an_event_stands_for_givers_it_does_not_name(nlp, text, actor, value):
    assert _with(_extract(nlp, text), value).actors == [actor]


@pytest.mark.parametrize("text, actor, value", [
    ("Harlow Bank opened a line of credit of up to $600 million for Ghana.", "Harlow Bank", 600e6),
    ("The central bank signed a currency swap agreement allowing Ghana to access up to $2 billion.",
     "central bank", 2e9),
    ("Harlow Bank agreed a revolving credit facility under which Tesco may draw down up to $1 billion.",
     "Harlow Bank", 1e9),
])
def test_credit_lines_are_the_lenders(nlp, text, actor, value):
    assert _with(_extract(nlp, text), value).actors == [actor]


def test_an_agreement_that_allows_trade_is_no_credit_line(nlp):
    recs = _extract(nlp, "The firm signed a trade agreement that will allow it to export up to $2 billion of beef.")
    assert not [r for r in recs if r.money is not None]


def test_extending_a_new_facility_is_no_revision(nlp):
    rec = _with(_extract(nlp, "Harlow Bank extended a $500 million credit line to Ghana."), 5e8)
    assert rec.rule != "amount-revision" and rec.actors == ["Harlow Bank"]


@pytest.mark.parametrize("text", [
    "Westmoor completed a $2 billion standby arrangement with the lenders' fund last month.",
    "The club took its first loan, of 300 million euros, in 2018.",
])
def test_a_borrowers_credit_is_not_their_pledge(nlp, text):
    assert not [r for r in _extract(nlp, text) if r.money is not None]


@pytest.mark.parametrize("text", [
    "Brevik Motors aims to lift the plant's annual sales to $3 billion by 2031.",
    "The ministry wants to raise revenue to $3 billion next year.",
])
def test_raising_a_measure_to_a_sum_is_no_revision_of_a_pledge(nlp, text):
    assert not [r for r in _extract(nlp, text) if r.money is not None]


def test_the_level_a_revision_comes_up_from_is_the_earlier_pledge_and_grouped_with_it(nlp):
    recs = _extract(nlp, "In March, Ostrava Steel raised its planned investment in the mill to $1.2 billion, "
                         "up from the $800 million it announced last year.")
    later, earlier = _with(recs, 1.2e9), _with(recs, 8e8)
    assert earlier.actors == later.actors == ["Ostrava Steel"] and earlier.passage.text.startswith("up from")
    assign_groups(recs)
    assert earlier.group == later.group


def test_up_from_after_a_measure_is_still_a_comparison(nlp):
    recs = _extract(nlp, "Ostrava Steel said sales rose to $1.2 billion, up from $800 million a year earlier.")
    assert not [r for r in recs if r.money is not None]


@pytest.mark.parametrize("text, actor, value", [
    ("Pledges at the Velden conference totalled $4.4 billion.", "Velden conference", 4.4e9),
    ("The summit drew pledges of $2 billion.", "summit", 2e9),
    ("The summit drew pledges of $2 billion from 40 countries.", "40 countries", 2e9),
])
def test_a_tally_of_an_events_pledges(nlp, text, actor, value):
    assert _with(_extract(nlp, text), value).actors == [actor]


def test_a_tally_of_sales_at_an_event_is_no_pledge(nlp):
    recs = _extract(nlp, "Ticket sales at the Velden conference totalled $4 million.")
    assert not [r for r in recs if r.money is not None]


@pytest.mark.parametrize("text, actor, value, currency", [
    ("Sweden's contribution was increased to SEK 2 billion.", "Sweden", 2e9, "SEK"),
    ("Halvard Energy's pledge was lifted by $40 million to $250 million.", "Halvard Energy", 250e6, "USD"),
])
def test_a_passive_revision_is_the_possessors(nlp, text, actor, value, currency):
    rec = _with(_extract(nlp, text), value)
    assert rec.actors == [actor] and rec.money.currency == currency


def test_a_passive_revision_joins_the_pledge_it_revises(nlp):
    recs = _extract(nlp, "Halvard Energy announced a $700 million plant in May. "
                         "The company's planned investment was raised to $900 million on Monday.")
    first, later = _with(recs, 7e8), _with(recs, 9e8)
    assign_groups(recs)
    assert later.actors == ["Halvard Energy"] and first.group == later.group


@pytest.mark.parametrize("text, actor, value", [
    ("Participants at the forum announced commitments worth $5 billion.", "Participants", 5e9),
    ("Delegates at the summit pledged $900 million for school meals.", "Delegates", 9e8),
])
def test_an_unnamed_collective_at_an_event_is_kept_as_written(nlp, text, actor, value):
    assert _with(_extract(nlp, text), value).actors == [actor]


def test_a_top_up_after_a_revision_is_the_revisers(nlp):
    recs = _extract(nlp, "The Cabinet has expanded the Skyward programme. An additional Rs 900 crore has been "
                         "provided, taking the total outlay to Rs 2,100 crore.")
    rec = _with(recs, 9e9)
    assert rec.actors == ["Cabinet"] and rec.money.currency == "INR"


def test_more_money_spent_under_a_scheme_run_for_years_is_no_top_up(nlp):
    recs = _extract(nlp, "The county has run the scheme since 2019. An additional $9 million has been spent on it.")
    assert not [r for r in recs if r.money is not None]
