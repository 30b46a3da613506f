"""Issue #12: pledges without money. A future, intention or obligation frame whose verb
delivers or changes something, with an organisation, government or named collective as
actor (invented names and figures; no sentence of any evaluation text)."""
from __future__ import annotations

import pytest
from test_extract_amount_first import _extract, nlp  # noqa: F401  (nlp is a fixture)


@pytest.mark.parametrize("text, actors", [
    ("Ostland will designate 3,000 square kilometres of new marine reserves this year.", ["Ostland"]),
    ("Kestrel Holdings will phase in the new fisheries code by 2027.", ["Kestrel Holdings"]),
    ("Varo Bank said it would publish a policy to phase out coal financing.", ["Varo Bank"]),
    ("The Ostland government will take a reserve power in the coming bill to set binding targets.", ["Ostland"]),
    ("Norvia Air is to relocate its headquarters and its fleet to the new airport by 2031.", ["Norvia Air"]),
    ("Norvia Air will move its entire operation to the new terminal.", ["Norvia Air"]),
    ("The Ostland Cyber Agency will grow from 20 staff to 50 within two years.", ["Ostland Cyber Agency"]),
    ("The Marlow Institute will waive tuition fees for 30 students.", ["Marlow Institute"]),
    ("Brightwater Studios pledged rent-free space for 25 start-ups.", ["Brightwater Studios"]),
    ("Kestrel Holdings has set a net-zero target for 2040.", ["Kestrel Holdings"]),
    ("Varo Bank will aim to cut its clients' emissions to net zero by 2050.", ["Varo Bank"]),
    ("The Ostland government will buy 40 new trams before 2030.", ["Ostland"]),
    ("Kestrel Power will put out to tender nine transmission projects.", ["Kestrel Power"]),
    ("The Ostland government will meet its commitment to generate 40% of its power from clean sources by 2030.",
     ["Ostland"]),
    ("Under the deal, Kestrel Mining will form a joint company to refine copper from 2026.", ["Kestrel Mining"]),
    ("Denmark said it would study grid plans, while Norway will second energy advisers to the Ministry of Energy.",
     ["Norway"]),
    ("Varo Museum will raise ticket prices for visitors from abroad from January 2026.", ["Varo Museum"]),
    ("Kestrel Holdings will build four new blending plants across the country.", ["Kestrel Holdings"]),
])
def test_a_delivery_without_money_is_a_pledge(nlp, text, actors):
    recs = _extract(nlp, text)
    assert [r.actors for r in recs] == [actors]


@pytest.mark.parametrize("text", [
    "Kestrel Holdings said 300 jobs were lost last year.",
    "Analysts said output will rise next year.",
    "The new rules will cut red tape for small firms.",
    "Ostland's parliament approved of the plan to build new schools.",
    "Kestrel Holdings will not build new plants this year.",
    "If demand holds, Kestrel Holdings could build four new plants.",
    "Investors expect Kestrel Holdings to build a new plant.",
    "The market for drones will grow to 40,000 units by 2030.",
    "Kestrel Power will generate 40% of its power from clean sources by 2030.",
    "Kestrel Holdings said the scheme will form part of a wider plan.",
])
def test_what_is_no_delivery_pledge_stays_out(nlp, text):
    assert _extract(nlp, text) == []


def test_a_list_line_takes_the_actor_its_lead_in_names(nlp):
    text = ("The Ostland government has approved a bigger role for its Cyber Agency.\n\n"
            "The Cyber Agency will grow from 20 staff to 50 within two years.\n\n"
            "The steps backed by the Ostland government include:\n\n"
            "  • 12 new posts, funded by a €1.5 million increase in the agency's budget;\n")
    recs = _extract(nlp, text)
    listed = [r for r in recs if r.money is not None]
    assert [(r.actors, r.money.value) for r in listed] == [(["Ostland"], 1.5e6)]


def test_a_measure_as_subject_is_no_delivery(nlp):
    assert _extract(nlp, "The Plan for the Expansion of the Grid aims to add 2,000 megawatts of capacity by 2030.") == []


def test_a_counted_delivery_inside_a_quotation_is_a_pledge(nlp):
    text = ('"Ostland will designate more than 3,000 square kilometres of new marine reserves this year," '
            'the fisheries minister said.')
    assert [r.actors for r in _extract(nlp, text)] == [["Ostland"]]
    assert _extract(nlp, '"Ostland will do more for the oceans in the years ahead," the minister said.') == []


def test_an_agentless_passive_is_done_by_whom_the_text_follows(nlp):
    text = ("The Ostland government approved the new airport design on Monday. "
            "All flights will be transferred to the new airport in the coming years.")
    recs = _extract(nlp, text)
    assert [(r.actors, r.rule) for r in recs] == [(["Ostland"], "reported-pledge"), (["Ostland"], "delivery-pledge")]


def test_a_passive_infinitive_with_a_deadline_is_no_agent(nlp):
    text = ("The Ostland government will publish its pension reforms on Tuesday. "
            "The 40 council pension schemes are to be merged into five pools by March 2027.")
    recs = _extract(nlp, text)
    assert [r.actors for r in recs] == [["Ostland"], ["Ostland"]]


def test_an_agentless_passive_without_a_clear_actor_is_left_out(nlp):
    assert _extract(nlp, "All flights will be transferred to the new airport in the coming years.") == []


def test_a_possessed_pledge_noun_with_a_delivery_is_a_pledge(nlp):
    recs = _extract(nlp, "Kenya's pledge to place a further 2,000 square kilometres under protection was welcomed.")
    assert [(r.actors, r.rule) for r in recs] == [(["Kenya"], "delivery-pledge")]
    assert _extract(nlp, "Kenya's plan to study the coast was welcomed.") == []


def test_a_hyphenated_verb_tagged_as_a_noun_is_a_clause_of_its_own(nlp):
    text = ("Ostland's mines minister said the Ostland government would fast-track the permits the plant needs "
            "and would set aside $5 million in next year's budget for roads.")
    recs = _extract(nlp, text)
    assert [(r.actors, r.money.value if r.money else None) for r in recs] == [(["Ostland"], None), (["Ostland"], 5e6)]
    assert "set aside" not in text[recs[0].passage.start:recs[0].passage.end]



def test_a_passage_ends_before_the_and_of_the_next_clause(nlp):
    text = "Kestrel Holdings will build four new depots, and Varo Bank said it will train 300 engineers."
    recs = _extract(nlp, text)
    assert [text[r.passage.start:r.passage.end] for r in recs] == [
        "Kestrel Holdings will build four new depots", "it will train 300 engineers"]
