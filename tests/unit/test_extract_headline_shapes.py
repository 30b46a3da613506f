"""Headlines and standfirsts read by their shape (extract/headline_shapes.py): sentences
written for these tests (invented companies, people, places and sums)."""
from __future__ import annotations

import pytest
from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)

from commitments.extract.consolidate import assign_groups
from commitments.extract.dateline import top_lines
from commitments.extract.money import find_amounts


def _at_top(recs, text, line=0):
    spans = top_lines(text)
    start, end = spans[line]
    return [r for r in recs if start <= r.passage.start < end]


# (text, accepted actor lists for the headline's one record, its amount)
ONE_RECORD = {
    "names-to-verb-without-money-is-both-names": (
        "Orland Steel and Kuro Metals to build a green rolling mill in Lund\n\n"
        "By Tove Lind\n\n"
        "LUND, May 3 (Nordwire) - Orland Steel said on Monday that it will build the mill with its Japanese "
        "partner Kuro Metals, and that production should start in 2029.\n",
        [["Orland Steel", "Kuro Metals"]], None),
    "present-signing-verb-with-a-deal-noun": (
        "Harbour Bank inks currency swap pact with Tarsis Monetary Authority\n\n"
        "The Harbour Bank on Monday signed a swap agreement with the Tarsis Monetary Authority, it said.\n",
        [["Harbour Bank"]], None),
    "demonym-seals-a-deal-in-singular-crowns": (
        "Czechs seal 90 billion crown deal for Velmar to build two reactors\n\n"
        "PRAGUE, May 2 - The Czech state utility signed a contract with Velmar on Tuesday after months of delay.\n",
        [["Czech Republic"], ["Czechs"]], (9e10, "CZK")),
    "present-promise-without-money": (
        "Varnish promises Ostia museum a new wing and a garden by 2030\n\n"
        "President Lucia Varnish on Tuesday presented a plan to renovate the museum in Ostia.\n",
        [["Varnish"]], None),
    "title-case-re-read-in-sentence-case": (
        "Velmora Earmarks 750 Mil. Euros for Imaging Plant\n\n"
        "Velmora said it would spend the money on a plant in Ghent.\n",
        [["Velmora"]], (7.5e8, "EUR")),
    "present-verb-before-a-count-of-people-delivered": (
        "Velmar Hires 300 Engineers in Kemi\n\n"
        "Velmar, a chipmaker, said on Monday that the engineers start in May.\n",
        [["Velmar"]], None),
    "event-tally-named-by-the-event-where-no-lead-restates-it": (
        "Tarsis Growth summit closes with 40 pledges worth $2 bln\n\n"
        "Updated Wed\n\n"
        "VELOS (Wire) -- Delegates made dozens of promises at the meeting.\n",
        [["Tarsis Growth summit"]], (2e9, "USD")),
    "sum-first-unrestated-takes-the-organisation-the-text-names-most": (
        "$30 million to raise coastal defences in three towns\n\n"
        "Media release\n\n"
        "The Tarsis Regional Council approved the works on Monday. The Tarsis Regional Council said the work "
        "starts in June and will protect 4,000 homes.\n",
        [["Tarsis Regional Council"]], (3e7, "USD")),
    "sum-first-takes-the-subject-that-restates-it": (
        "$80 million to speed up upgrades at 15 clinics\n\n"
        "Hon Mara Tane\nMinister of Health\n\n"
        "The Government is delivering $80 million to speed up upgrades at clinics across the region, "
        "Health Minister Mara Tane says.\n",
        [["Government"]], (8e7, "USD")),
}


@pytest.mark.parametrize("text, actors, money", ONE_RECORD.values(), ids=ONE_RECORD.keys())
def test_a_headline_shape_is_one_record(nlp, text, actors, money):
    top = _at_top(_extract(nlp, text), text)
    assert len(top) == 1, [(r.actors, r.rule) for r in top]
    assert sorted(top[0].actors) in [sorted(a) for a in actors] and _money(top[0]) == money


@pytest.mark.parametrize("text", [
    "Harbour Bank inks new chief for its retail arm\n\nThe Harbour Bank named a new head of retail banking on Monday.\n",
    "Velmar Loses 300 Engineers to Rival\n\nVelmar said the engineers had left for a rival.\n",
    "$2 trillion market for grid batteries by 2030\n\nAnalysts at Velmar Research expect fast growth.\n",
])
def test_a_verb_without_its_pledge_is_no_record(nlp, text):
    assert _at_top(_extract(nlp, text), text) == []


def test_a_standfirst_sum_takes_the_headline_names_and_joins_its_pledge(nlp):
    text = ("PRESS RELEASE\n\n"
            "Orland Steel and Kuro Metals to build a green rolling mill in Lund\n\n"
            "First ore delivered; ₹50,000 crore investment to create 10,000 jobs\n\n"
            "Lund | May 3, 2024\n\n"
            "Orland Steel Limited today announced that it will build a rolling mill with Kuro Metals.\n")
    recs = _extract(nlp, text)
    assign_groups(recs)
    head, sub = _at_top(recs, text, 0), _at_top(recs, text, 1)
    assert len(head) == 1 and len(sub) == 1
    assert set(sub[0].actors) == {"Orland Steel", "Kuro Metals"} and _money(sub[0]) == (5e11, "INR")
    assert sub[0].group == head[0].group  # the standfirst's sum is the headline's pledge


def test_a_headline_read_by_its_shape_joins_the_lead_that_restates_it(nlp):
    text = ("Harbour Bank inks currency swap pact with Tarsis Monetary Authority\n\n"
            "The Harbour Bank on Monday signed a swap agreement with the Tarsis Monetary Authority, it said.\n")
    recs = _extract(nlp, text)
    assign_groups(recs)
    head = _at_top(recs, text)
    assert len(head) == 1 and head[0].rule == "headline-shape"
    lead = next(r for r in recs if r.passage.start > head[0].passage.end)
    assert lead.group == head[0].group


def test_a_sum_signed_by_an_agent_is_the_agents(nlp):
    text = ("Trade ministry hosts signing of a landmark investment deal with Ruritania\n\n"
            "USD 12 billion agreement to develop the Velos coast signed by Carmine Holdings\n\n"
            "Velos, 4 March 2024: The ministry today hosted the signing of an agreement on the Velos coast.\n")
    sub = _at_top(_extract(nlp, text), text, 1)
    assert len(sub) == 1 and sub[0].actors == ["Carmine Holdings"] and _money(sub[0]) == (1.2e10, "USD")


def test_an_event_that_closes_with_pledges_worth_a_sum_is_credited_to_the_lead(nlp):
    text = ("Tarsis investor summit ends with 80 MoUs worth $4 billion\n\n"
            "The Tarsis provincial government signed investment agreements worth $4 billion with 80 companies "
            "on Friday.\n")
    recs = _extract(nlp, text)
    assign_groups(recs)
    top = _at_top(recs, text)
    assert len(top) == 1 and _money(top[0]) == (4e9, "USD")
    lead = next(r for r in recs if r.passage.start > top[0].passage.end and r.money)
    assert top[0].actors == lead.actors and top[0].group == lead.group


def test_a_headline_actor_that_is_only_a_title_gives_way_to_the_lead(nlp):
    text = ("Ruritanian crown prince unveils $9bn gaming strategy\n\n"
            "Short Url\n\n"
            "VELOS: Larkspur Games Group will invest $9 billion through three programmes by 2030 under a strategy "
            "the crown prince presented on Thursday.\n")
    top = _at_top(_extract(nlp, text), text)
    assert len(top) == 1 and top[0].actors == ["Larkspur Games Group"]


def test_a_title_case_headline_names_only_what_the_story_capitalises(nlp):
    text = ("Taxpayers Promise Airport a Second Runway by 2031\n\n"
            "The runway, which taxpayers will cover, was disclosed on Monday.\n")
    assert _at_top(_extract(nlp, text), text) == []
    named = ("Kestrel Air Promises Airport a Second Runway by 2031\n\n"
             "The airline Kestrel Air said on Monday it would cover the runway.\n")
    top = _at_top(_extract(nlp, named), named)
    assert len(top) == 1 and top[0].actors == ["Kestrel Air"]


def test_a_singular_crown_needs_a_scale_word():
    assert [(a.value, a.currency) for a in find_amounts("a 3 billion crown grant")] == [(3e9, "SEK")]
    assert find_amounts("The Crown gave the crown jewels to a museum.") == []


def test_the_top_lines_are_the_headline_and_the_standfirst_not_the_lead():
    text = ("Home | News | Business\n"
            "Arvo to open a plant in Kemi\n"
            "By Ana Lee\n"
            "The plant will employ 300 people\n"
            "KEMI, May 2 - Arvo said on Tuesday it will open a plant in the town.\n"
            "Nothing here is read as a headline.\n")
    assert [text[a:b] for a, b in top_lines(text)] == ["Arvo to open a plant in Kemi", "The plant will employ 300 people"]
    assert top_lines("Arvo will open a plant in Kemi.\n") == []


def test_a_bullet_under_the_headline_is_a_standfirst(nlp):
    text = ("Arvo Steel to build a green smelter in Kemi\n\n"
            "• €300 million investment to create 1,200 jobs\n"
            "• First metal due in 2028\n\n"
            "KEMI, May 2 - Arvo Steel said on Tuesday it will build the smelter next year.\n")
    recs = _extract(nlp, text)
    assign_groups(recs)
    sub = _at_top(recs, text, 1)
    assert len(sub) == 1 and sub[0].actors == ["Arvo Steel"] and _money(sub[0]) == (3e8, "EUR")
    assert sub[0].passage.text.startswith("€300 million")
    assert sub[0].group == _at_top(recs, text, 0)[0].group
