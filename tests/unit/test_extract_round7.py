"""Issue #12, seventh round (who acts and in which dollar, on news written apart from the
rules): each general class probed with sentences written for it (invented companies, people,
towns and sums; real provinces and countries only as gazetteer entries)."""
from __future__ import annotations

from commitments.extract.currency_context import local_dollar
from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)


# --- which dollar a bare "$" is -----------------------------------------------------------------

def test_a_story_about_nsw_towns_writes_australian_dollars():
    text = ("Storm-hit NSW villages get $40m clean-up fund\n\nRiverbend and Lismore residents still cleaning up "
            "after the NSW storms will share a $40 million fund, the NSW government said on Sunday.")
    assert local_dollar(text)[0] == "AUD"


def test_a_story_about_smaller_canadian_cities_writes_canadian_dollars():
    text = ("Moncton, Kamloops and Thunder Bay will share $12 million for new shelters, the housing agency said. "
            "Officials in Moncton said the money would arrive in spring.")
    assert local_dollar(text)[0] == "CAD"


# --- whose "his government" and "the government" are -------------------------------------------

def test_a_premiers_government_is_the_provinces(nlp):
    text = ("Ottawa will spend $30 million on language classes for newcomers, the federal minister said.\n\n"
            "Manitoba Premier Ada Korven said his government would add $4.5 million for rent help in towns outside "
            "Winnipeg.")
    recs = [r for r in _extract(nlp, text) if "rent help" in r.passage.text]
    assert [(r.actors, _money(r)) for r in recs] == [(["Manitoba"], (4.5e6, "CAD"))]


def test_a_small_island_states_prime_minister_speaks_for_it(nlp):
    text = ("New Zealand will lend NZ$20 million for a second undersea cable.\n\n"
            "Cook Islands Prime Minister Tere Vaka said his government would introduce a law on open access "
            "to the cable next year.")
    recs = [r for r in _extract(nlp, text) if "introduce a law" in r.passage.text]
    assert [r.actors for r in recs] == [["Cook Islands"]]


def test_a_deputy_premiers_government_is_the_states_not_the_countrys(nlp):
    text = ("Australia will contribute $2 billion to new Games venues across Queensland, the federal "
            "Infrastructure Minister said in Brisbane.\n\n"
            "Deputy Premier Rob Tallis said the government would introduce legislation this year to speed up "
            "planning approvals for the venues.")
    recs = [r for r in _extract(nlp, text) if "introduce legislation" in r.passage.text]
    assert [r.actors for r in recs] == [["Queensland"]]


# --- headlines ----------------------------------------------------------------------------------

def test_a_capital_that_locks_in_a_sum_in_a_headline_is_its_government_not_the_place_funded(nlp):
    text = ("Ottawa locks in $60m for Halifax harbour works as port deal is signed\n\n"
            "The federal government will contribute $60 million towards new piers in Halifax.")
    heads = [r for r in _extract(nlp, text) if r.passage.text.startswith("Ottawa")]
    assert [(r.actors, _money(r)) for r in heads] == [(["Canada"], (6e7, "CAD"))]
