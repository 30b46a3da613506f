"""Issue #12, fifth round (recall on news written apart from the rules): each general class
probed with sentences written for it (invented companies, people, places and sums; no
sentence of any evaluation text)."""
from __future__ import annotations

from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)

from commitments.extract.consolidate import assign_groups
from commitments.extract.money import find_amounts


def _by_money(recs):
    return {_money(r): r for r in recs if r.money}


# --- lists without verbs ---------------------------------------------------------------------

def test_a_countrys_line_in_a_list_of_pledges_is_its_own(nlp):
    text = ("The fund's donors met in Lagos on Monday.\n\n"
            "Pledges announced at the meeting:\n"
            "1. Norway: 900 million kroner\n"
            "2. Japan: an additional 4 billion yen ($27 million) for clinics\n"
            "3. Canada: C$15 million\n")
    found = {(tuple(r.actors), _money(r)) for r in _extract(nlp, text)}
    assert (("Norway",), (9e8, "NOK")) in found
    assert (("Japan",), (4e9, "JPY")) in found
    assert (("Canada",), (1.5e7, "CAD")) in found


def test_a_breakdown_by_recipient_is_the_givers(nlp):
    text = ("Ruritania will provide $12 million to towns that speed up home building, the housing minister said.\n\n"
            "Here is how the money is split:\n"
            "- Town of Eastmere: $7 million, for 200 homes\n"
            "- Westbrook Council: $5 million, for 150 homes\n")
    recs = _by_money(_extract(nlp, text))
    assert recs[(7e6, "USD")].actors == ["Ruritania"] and recs[(5e6, "USD")].actors == ["Ruritania"]
    assert recs[(7e6, "USD")].part_of == recs[(1.2e7, "USD")].id


def test_a_giver_written_after_the_listed_sum_gives_it(nlp):
    text = ("Halvorsen Trust has today announced grants of £40 million to six laboratories.\n\n"
            "The largest awards include:\n"
            "- Institute of Tidal Studies, co-funded with the Marine Council: £9 million from Halvorsen Trust, "
            "with a further £4 million from the Marine Council\n")
    recs = _by_money(_extract(nlp, text))
    assert recs[(9e6, "GBP")].actors == ["Halvorsen Trust"]
    assert recs[(4e6, "GBP")].actors == ["Marine Council"]


def test_a_list_by_topic_or_of_salaries_is_no_pledge(nlp):
    text = ("Ruritania will spend $3 billion on its space agency over three years.\n\n"
            "Where the money goes:\n"
            "- Science: about $1.2 billion\n"
            "- Launchers: $0.9 billion\n\n"
            "The plan also includes:\n"
            "- a new director at a salary of $180,000, up from $120,000\n")
    recs = _extract(nlp, text)
    assert [_money(r) for r in recs if r.money] == [(3e9, "USD")]


def test_a_list_without_a_lead_in_ending_on_a_colon_is_left_alone(nlp):
    text = ("Ruritania will spend $3 billion on roads.\n\n"
            "- Eastmere Council: $2 million\n")
    assert [_money(r) for r in _extract(nlp, text) if r.money] == [(3e9, "USD")]


# --- amounts ---------------------------------------------------------------------------------

def test_a_glued_n_is_the_naira_with_a_scale_or_a_large_figure(nlp):
    assert [(a.value, a.currency) for a in find_amounts("Zentel will spend more than N400 billion on its network.")] \
        == [(4e11, "NGN")]
    assert find_amounts("N95 masks and N5 notes") == []
    recs = _extract(nlp, "Zentel Nigeria will spend more than N400 billion on its network this year.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Zentel Nigeria"], (4e11, "NGN"))]


# --- an infinitive that completes a noun of intention ----------------------------------------

def test_announced_plans_to_invest_is_an_intention(nlp):
    recs = _extract(nlp, "Halvard Pharma today announced plans to invest more than 12 billion Danish kroner "
                         "(about $1.7 billion) to expand its plant in Aarhus.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Halvard Pharma"], (1.2e10, "DKK"))]


def test_with_plans_to_put_is_an_intention(nlp):
    recs = _extract(nlp, "Streamora is ramping up its Brazilian slate with plans to put $900 million into local "
                         "films over the next three years.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Streamora"], (9e8, "USD"))]


def test_a_plan_to_raise_and_a_broken_promise_are_no_pledges(nlp):
    text = ("The gift is part of the college's plan to raise $500 million by 2030. "
            "Rich nations failed to meet a 2015 promise to mobilise $40 billion for adaptation.")
    assert [r for r in _extract(nlp, text) if r.money] == []


# --- "it" is the subject the text goes on about ----------------------------------------------

def test_it_is_the_subject_named_before_not_a_nearer_place(nlp):
    text = ("Portline Group has been expanding along the coast. In March 2022 it signed a concession for a "
            "terminal in Beira, Mozambique, where it agreed to invest $150 million to rebuild the quay.")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Portline Group"], (1.5e8, "USD"))]


def test_it_passes_over_an_object_named_in_between(nlp):
    text = ("Nordhav has signed supply deals with Kestrel Fuels and Baltic Methanol, and it has pledged to spend "
            "$80 million on new engines by 2027.")
    assert [r.actors for r in _extract(nlp, text) if r.money] == [["Nordhav"]]


def test_a_person_quoted_after_it_is_not_it(nlp):
    text = ("Agrovia sells seed and insurance to maize farmers in Kenya. The company plans to enter Malawi next year. "
            "It will hire 120 field agents and 30 engineers, Ruth Achieng told reporters.")
    assert [r.actors for r in _extract(nlp, text)] == [["Agrovia"]]


# --- currency in context ---------------------------------------------------------------------

def test_a_bare_dollar_in_fijian_news_is_the_fiji_dollar_even_when_australia_is_named(nlp):
    text = ("Record $40m for nursing bursaries\n\nFiji Times\n\n"
            "The Government will spend $40 million on nursing bursaries next year, the Finance Minister said. "
            "Australia and Canberra's universities will host some students, and Australian partners will add places.")
    recs = _extract(nlp, text)
    assert (["Government"], (4e7, "FJD")) in [(r.actors, _money(r)) for r in recs]


def test_a_bare_dollar_in_a_story_about_a_canadian_province_is_canadian(nlp):
    text = ("The federal government will provide $12 million to three towns in British Columbia, the housing "
            "minister said in Kelowna. Ottawa says the money will speed up building across B.C.")
    assert [_money(r) for r in _extract(nlp, text) if r.money] == [(1.2e7, "CAD")]


# --- actors named by their trade, beneficiaries as subjects ----------------------------------

def test_a_nationality_before_a_trade_noun_and_a_name_is_the_company(nlp):
    recs = _extract(nlp, "Dutch publisher Quillon said last week it would expand its Lagos studio and hire "
                         "80 developers there over three years.")
    assert [r.actors for r in recs] == [["Quillon"], ["Quillon"]]  # two verbs, two pledges (ninth round)


def test_a_beneficiary_that_will_receive_a_share_takes_the_budgets_giver(nlp):
    text = ("The City of Eastmere will spend R9 billion on infrastructure over the next three years. "
            "Eastmere Water will receive R1.2 billion to replace ageing pipes, and Metro Roads will receive "
            "R500 million from the province.")
    recs = _by_money(_extract(nlp, text))
    assert recs[(1.2e9, "ZAR")].actors == recs[(9e9, "ZAR")].actors
    assert recs[(1.2e9, "ZAR")].part_of == recs[(9e9, "ZAR")].id
    assert "Eastmere Water" not in recs[(1.2e9, "ZAR")].actors


def test_a_beneficiary_that_hopes_to_receive_or_received_is_no_pledge(nlp):
    text = ("Harbor Labs hopes to receive $20 million from investors. Harbor Labs received $5 million last year.")
    assert [r for r in _extract(nlp, text) if r.money] == []


# --- pledges without money ------------------------------------------------------------------

def _no_money(nlp, text):
    return [(r.actors, _money(r)) for r in _extract(nlp, text)]


def test_a_commitment_with_no_in_a_prepositional_phrase_is_not_negated(nlp):
    assert _no_money(nlp, "Coralis Resorts has committed to run the whole island on solar power, with no "
                          "connection to the national grid.") == [(["Coralis Resorts"], None)]


def test_committing_to_reach_a_goal_is_a_pledge_not_a_measure(nlp):
    assert _no_money(nlp, "Halvard Pharma has committed to reach zero CO2 emissions from its plants by 2030.") \
        == [(["Halvard Pharma"], None)]


def test_promising_a_thing_or_that_something_will_happen_is_a_pledge(nlp):
    assert _no_money(nlp, "The Kenyan government has promised tax holidays for firms that move to the zones.") \
        == [(["Kenya"], None)]
    assert _no_money(nlp, "Nordhav has pledged that green fuels will cover a tenth of its fleet's needs by 2027.") \
        == [(["Nordhav"], None)]


def test_a_future_with_a_counted_object_delivers_it(nlp):
    assert _no_money(nlp, "Orbitex will fly eight missions by 2029.") == [(["Orbitex"], None)]


def test_an_expected_outcome_is_no_delivery(nlp):
    assert _no_money(nlp, "The mine is expected to support 900 jobs at the peak of construction.") == []
    assert _no_money(nlp, "Halvard Pharma expects to hire around 300 new employees in Aarhus.") \
        == [(["Halvard Pharma"], None)]


def test_becoming_net_zero_is_a_goal_undertaken(nlp):
    assert _no_money(nlp, "Kestrel Bank also said it would become net zero in its own operations by 2030.") \
        == [(["Kestrel Bank"], None)]


# --- subjects the tagger got wrong -----------------------------------------------------------

def test_a_company_tagged_as_a_person_after_a_dateline_is_not_the_datelines_country(nlp):
    text = ("Aarhus, Denmark, 10 November 2024 – Kestrel Nordisk today announced plans to invest more than "
            "20 billion Danish kroner to expand its plant in Aarhus.")
    recs = _extract(nlp, text)
    assert [_money(r) for r in recs] == [(2e10, "DKK")] and "Denmark" not in recs[0].actors


def test_a_second_verb_with_its_own_future_keeps_the_first_verbs_subject(nlp):
    recs = _extract(nlp, "Portline Group said it won a bid to run part of the port of Beira and will invest "
                         "more than $250 million to upgrade the quay.")
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Portline Group"], (2.5e8, "USD"))]


def test_a_capitalised_subject_read_as_a_noun_is_a_name_the_text_uses(nlp):
    text = ("Nestle to invest $1.2 bln in Brazil by 2025\n\n"
            "Swiss food group Nestle SA said on Tuesday it will invest about 6 billion reais in Brazil.")
    recs = _extract(nlp, text)
    assert (1.2e9, "USD") in [_money(r) for r in recs if r.actors and r.actors[0].startswith("Nestle")]


# --- money raised from investors -------------------------------------------------------------

def test_funding_secured_from_investors_names_them(nlp):
    recs = _extract(nlp, "Eastmere United said it had secured 300 million euros in funding from 12 investors "
                         "for its new stadium.")
    assert [(r.actors, _money(r)) for r in recs] == [(["12 investors"], (3e8, "EUR"))]


def test_aiming_to_raise_or_raising_in_an_earlier_year_is_no_pledge(nlp):
    text = ("The fund aims to raise $125 billion in a first round from sovereign investors. "
            "Paystrand raised $6 million in funding from 14 investors in 2019.")
    assert [r for r in _extract(nlp, text, published="2025-03-03") if r.money] == []


# --- precision: products, valuations, bylines ------------------------------------------------

def test_a_company_tagged_as_a_product_is_still_the_subject_it_points_back_to(nlp):
    text = ("Fuel remains the bottleneck. Nordhav has signed supply deals with six producers, and it has pledged "
            "that green fuels will cover a tenth of its needs by 2027.")
    recs = _extract(nlp, text)
    assert recs and all("Fuel" not in r.actors for r in recs)


def test_an_estimate_that_puts_a_thing_at_a_sum_is_a_valuation(nlp):
    assert _extract(nlp, "Shipbroker estimates put a vessel of this size at around $110 million.") == []


def test_a_byline_that_writers_contributed_is_no_pledge(nlp):
    text = "Associated Press writers Jo Hart in London and Ken Ito in Tokyo contributed."
    assert _extract(nlp, text) == []
    assert [r.actors for r in _extract(nlp, "Norway contributed to the fund in March.")] == [["Norway"]]


# --- "the company" and one text's pledges without money --------------------------------------

def test_the_company_is_the_company_the_text_goes_on_about_not_a_nearer_name(nlp):
    text = ("Kestrel Media will put $900 million into Brazilian films over four years. The plan was agreed with "
            "Banco Central and Globo Studios on Monday. Back in 2021, the company said it would put $300 million "
            "into local films that year alone.")
    recs = _by_money(_extract(nlp, text))
    assert recs[(3e8, "USD")].actors == ["Kestrel Media"]


def test_one_texts_different_pledges_without_money_are_not_one_group(nlp):
    text = ("Nordhav will build a new methanol plant in Aarhus. Nordhav will also hire 300 engineers for the methanol "
            "plant in Aarhus. Kestrel Bank will fund 40 scholarships in Oslo. Vantor Group will open a "
            "laboratory in Lund.")
    recs = _extract(nlp, text)
    assign_groups(recs)
    assert len(recs) == 4 and recs[0].group != recs[1].group
