"""Issue #12, tenth round (lists that name who gives, on news written apart from the rules):
each class probed with sentences written for it (invented companies, people, towns and sums;
real countries only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_amount_first import _extract
from test_extract_round7 import _records_saying


# --- list lines that name who gives -------------------------------------------------------------

def test_a_live_blog_line_stamped_with_a_time_is_a_tracker_line(nlp):
    text = ("Donors gather for school rebuilding fund\n\nUpdated 3 March 2026, 18:10 CET\n\n"
            "Pledges announced (in order):\n"
            "- 10:05: Portugal, €15 million over four years\n"
            "- 10:40: Hallvik Foundation, $4 million\n"
            "- 11:15 CET: Austria, €9 million\n")
    assert _records_saying(nlp, text, "Portugal") == [(["Portugal"], (15_000_000.0, "EUR"))]
    assert _records_saying(nlp, text, "Hallvik") == [(["Hallvik Foundation"], (4_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "Austria") == [(["Austria"], (9_000_000.0, "EUR"))]


def test_a_breakdown_of_what_unnamed_donors_give_names_each_giver_before_a_comma(nlp):
    text = ("Under the agreement, outside donors will put up $90 million for the wetlands trust.\n\n"
            "The package breaks down as follows:\n"
            "- the Orrin Family Foundation, $30 million;\n"
            "- Calder Bank, a $20 million concessional loan to the ministry;\n"
            "- the Pemberly Trust, $40 million.\n")
    assert _records_saying(nlp, text, "Orrin") == [(["Orrin Family Foundation"], (30_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "Calder") == [(["Calder Bank"], (20_000_000.0, "USD"))]


def test_a_list_of_commitments_names_its_givers_before_a_dash(nlp):
    text = ("The government will spend $30 million on temporary housing, the minister said.\n\n"
            "Commitments announced at the meeting include:\n\n"
            "• Portugal – $4.5 million over two years for shelters and water tanks\n"
            "• Austria – a further €2 million for school repairs\n")
    assert _records_saying(nlp, text, "Portugal") == [(["Portugal"], (4_500_000.0, "USD"))]
    assert _records_saying(nlp, text, "Austria") == [(["Austria"], (2_000_000.0, "EUR"))]


def test_a_verb_phrase_before_a_comma_is_no_giver(nlp):
    text = ("Velmora Bank said it would stop lending to new coal mines.\n\n"
            "Among other steps, the lender will:\n"
            "- donate $10 million over five years to flood-defence charities;\n"
            "- set up a unit to back battery start-ups, with $25 million to invest directly.\n")
    records = _records_saying(nlp, text, "battery start-ups")
    assert records and all(actors == ["Velmora Bank"] for actors, _ in records)


def test_a_tracker_line_keeps_its_pledge_when_it_names_a_share_or_what_the_money_buys(nlp):
    text = ("Pledges announced so far:\n\n"
            "4 June: Austria, €80 million, including €20 million for child nutrition\n"
            "4 June: Portugal, $9 million in emergency food aid\n"
            "5 June: Norway, 300 million kroner\n")
    assert (["Austria"], (80_000_000.0, "EUR")) in _records_saying(nlp, text, "Austria")
    assert _records_saying(nlp, text, "Portugal") == [(["Portugal"], (9_000_000.0, "USD"))]


# --- "the utility", "the company" ----------------------------------------------------------------

def test_the_utility_is_the_power_company_not_the_agency_named_after_it(nlp):
    text = ("Tokyo, May 2 (Jiji Press)--Hanra Electric Power Co. will close two old reactors at its Omura plant, "
            "and the Northern Atomic Energy Agency will run a research centre at the site, the two said on Thursday. "
            "The utility will invest 9 billion yen in the centre.")
    assert _records_saying(nlp, text, "9 billion yen") == [(["Hanra Electric Power Co."], (9e9, "JPY"))]


def test_the_company_is_the_one_a_description_after_its_name_calls_a_company_not_a_fund(nlp):
    text = ("Halvik Towers, the independent tower company, and the Rural Access Fund (RAF) signed an agreement on "
            "Monday to extend coverage to 900 villages. RAF will pay TSh 40 billion towards the towers. "
            "The company will also retrofit 200 of its sites with solar power, a US$9 million upgrade.")
    assert _records_saying(nlp, text, "retrofit") == [(["Halvik Towers"], (9e6, "USD"))]


def test_a_subject_followed_by_which_is_a_company_whatever_the_model_tagged(nlp):
    text = ("HALIFAX — The province will pay for 300 new beds. Brannick, which runs 35 homes in the region, said it "
            "had agreed to spend $60 million rebuilding two of its homes in Truro and Amherst. "
            "The company will also add 40 beds for residents living with dementia.")
    assert [actors for actors, _ in _records_saying(nlp, text, "40 beds")] == [["Brannick"]]


# --- revisions, currencies and datelines -------------------------------------------------------

def test_topping_up_a_pledge_of_n_to_m_pledges_m_not_a_range(nlp):
    text = "The Orvik Foundation said it would top up its 2024 pledge of €12 million to €20 million for rural schools."
    assert _records_saying(nlp, text, "top up") == [(["Orvik Foundation"], (20_000_000.0, "EUR"))]


def test_a_grant_in_chilean_or_colombian_pesos_written_with_a_dollar_sign():
    from commitments.extract.money import find_amounts

    assert [(a.value, a.currency) for a in find_amounts("a Ch$41bn grant and a Col$900 million loan")] == [
        (41e9, "CLP"), (900e6, "COP")]


def test_an_undated_wire_dateline_is_neither_the_subject_nor_an_actor(nlp):
    text = ("ÉVORA, Portugal (AP) — Évora will close its old town to cars by 2028 and build 12 kilometers of tram "
            "lines under a 300 million euro plan, the mayor announced Wednesday.\n\n"
            "The city itself will contribute 90 million euros from its budget over six years, officials said in "
            "a statement from Lisbon.")
    assert _records_saying(nlp, text, "tram") == [(["Évora"], (300e6, "EUR"))]
    assert _records_saying(nlp, text, "itself") == [(["Évora"], (90e6, "EUR"))]


# --- noun-phrase pledges -------------------------------------------------------------------------

def test_an_inverted_copula_names_a_loan_or_an_expansion_by_its_giver(nlp):
    text = ("Ostland will build a new research station near the coast by 2028, the ministry said on Monday.\n\n"
            "Also planned is a 90 million euro expansion by Halvik Space of its ground station next to the base.\n\n"
            "Also lined up for the corridor is a USD 60 million (about Rs 500 crore) loan by the Orvik Development "
            "Bank for a ring road around the port.")
    assert _records_saying(nlp, text, "expansion") == [(["Halvik Space"], (90e6, "EUR"))]
    assert _records_saying(nlp, text, "loan") == [(["Orvik Development Bank"], (60e6, "USD"))]


def test_a_top_up_by_a_giver_is_its_pledge(nlp):
    text = "A £25 million top-up by Westria to the Coral Reef Fund was confirmed on Tuesday."
    assert _records_saying(nlp, text, "top-up") == [(["Westria"], (25e6, "GBP"))]


def test_an_expansion_no_one_undertakes_is_no_pledge(nlp):
    text = "Analysts expect a $5 billion expansion of the regional cloud market by 2027."
    assert _records_saying(nlp, text, "expansion") == []


def test_the_brewer_is_the_name_written_after_brewer_though_the_model_tagged_none(nlp):
    text = ("Organisers also named the festival's private backers for 2026:\n\n"
            "- Brewer Torvexa Lindo, the main sponsor: €500,000 over three years;\n"
            "- Energy company Vastra Kraft: renewable power for the main stages at no cost.\n\n"
            "The brewer has lifted its sponsorship to €750,000 and will add a stage for young bands.")
    assert (["Torvexa Lindo"], (750_000.0, "EUR")) in _records_saying(nlp, text, "lifted")


# --- cost revisions ------------------------------------------------------------------------------

def test_raising_the_cost_of_its_own_project_to_n_is_a_pledge_at_the_new_level(nlp):
    text = ("Halden Refining has raised the estimated cost of its new refinery at Porsvik by 12 per cent to "
            "NOK 9 billion, the company said on Tuesday.")
    assert _records_saying(nlp, text, "estimated cost") == [(["Halden Refining"], (9e9, "NOK"))]


def test_the_company_is_the_one_the_story_names_most_not_its_subsidiary(nlp):
    text = ("Mumbai, March 18 (PTI) Ravana Petroleum Ltd (RPL) will build a new refinery at Kakinada, RPL said. "
            "RPL and its subsidiary Godavari Refiners each take 25 per cent of the venture. "
            "RPL's refineries processed a record volume last year, RPL said.\n\n"
            "In December the company raised the cost of its Haldia expansion by 10 per cent to Rs 9,100 crore.")
    assert [actors for actors, _ in _records_saying(nlp, text, "Haldia")] == [["Ravana Petroleum Ltd"]]


def test_the_carrier_is_the_airline_whose_name_says_so_not_the_lender_named_since(nlp):
    text = ("NAIROBI, May 6 - Kestrel Airways will add 12 aircraft to its fleet over five years. "
            "Afrovia Bank will lend $300 million for the purchase, the lender said in a statement. "
            "Chief executive Amos Kiptoo said the carrier would hire 200 pilots and engineers by 2028.")
    assert [actors for actors, _ in _records_saying(nlp, text, "200 pilots")] == [["Kestrel Airways"]]


def test_the_agency_of_a_wire_dateline_acts_nowhere_in_the_story(nlp):
    text = ("SANTIAGO, Aug. 21 (Andina Wire) – Solvento Minerals will build a lithium refinery near Calama.\n\n"
            '"We have the money in sight," chief executive Rosa Vidal told Andina Wire. '
            "She said it would hire 300 technicians from the region by 2027.")
    assert all("Andina Wire" not in r.actors for r in _extract(nlp, text))
    assert [actors for actors, _ in _records_saying(nlp, text, "300 technicians")] == [["Solvento Minerals"]]


def test_the_agency_of_a_wire_dateline_is_read_with_or_without_a_dash():
    from commitments.extract.dateline import wire_agency

    assert wire_agency("SANTIAGO, Aug. 21 (Andina Wire) – Solvento Minerals will") == "Andina Wire"
    assert wire_agency("Pune, March 3 (PTI) Halvik Motors will") == "PTI"
    assert wire_agency("LIMA, Nov 17 - The Andean Fund for Development (AFD) has") is None


def test_the_government_of_a_story_about_england_is_the_united_kingdoms(nlp):
    text = ("Every state primary school in England will offer a free breakfast club from April, ministers said. "
            "Schools in England that joined early reported better attendance. The announcement comes on top of "
            "the government's earlier commitment of £900 million a year to extend free school lunches.")
    assert _records_saying(nlp, text, "earlier commitment") == [(["UK"], (900e6, "GBP"))]


# --- beneficiary subjects ------------------------------------------------------------------------

def test_what_a_department_will_receive_is_given_by_whoever_adopted_the_budget_that_sentence_names(nlp):
    text = ("HALBY, Ore. - The Halby Police Department will receive $48.2 million in the fiscal year that begins "
            "July 1, after the Halby City Council on Tuesday night adopted Mayor Ana Reyes's spending plan by a 6-3 "
            "vote.\n\nThe Fire Department will get $31.5 million, including money to reopen an engine company.")
    assert _records_saying(nlp, text, "Police Department will receive") == [(["Halby City Council"], (48.2e6, "USD"))]
    assert _records_saying(nlp, text, "Fire Department") == [(["Halby City Council"], (31.5e6, "USD"))]


# --- what a clause does not pledge -----------------------------------------------------------------

def test_a_sum_in_a_relative_clause_on_the_subject_is_no_part_of_its_pledge(nlp):
    text = ("The Tarvik regional government, which carries the bulk of a A$3.2 billion roads bill, has pledged to "
            "deliver a new bridge at Ostby.\n\n"
            "Brookvale Mills, whose sales reached £410 million last year, will also train 900 school cooks in food safety.")
    assert _records_saying(nlp, text, "bridge") == [(["Tarvik"], None)]
    assert _records_saying(nlp, text, "school cooks") == [(["Brookvale Mills"], None)]
    assert not _records_saying(nlp, text, "roads bill") and not _records_saying(nlp, text, "sales reached")


def test_cutting_a_bill_by_a_sum_pledges_nothing(nlp):
    text = ("WELLINGTON, 3 March 2025 - The Government will widen the childcare rebate from July, the minister said.\n\n"
            "Associate Minister Hemi Tane said the change would cut the weekly bill for a typical Hamilton family "
            "with a toddler in full-time care by about $95.")
    assert _records_saying(nlp, text, "$95") == []


def test_the_old_level_a_sponsorship_was_lifted_from_is_no_pledge(nlp):
    text = ("Organisers named the backers:\n\n- Brewer Torvexa Lindo, the main sponsor: €500,000 over three years;\n"
            "- Energy company Vastra Kraft: free power for the stages.\n\n"
            "The brewer has lifted its sponsorship to €750,000 from the €500,000 it paid over the previous three "
            "editions, and will add a stage for young bands.")
    records = _records_saying(nlp, text, "lifted")
    assert [m for _, m in records] == [(750_000.0, "EUR")]
    assert not _records_saying(nlp, text, "it paid")


def test_what_a_deal_valued_a_company_at_is_no_pledge_but_a_programme_valued_at_n_is(nlp):
    text = ("French renewables developer Veloren plans to invest about $1.1 billion in the second stage of its own "
            "battery, taking that site to 560 megawatts. Veloren agreed last year to be acquired by Brookline in a deal "
            "that valued the company at €2.1 billion, and said the takeover would not change its pipeline.\n\n"
            "Two state firms, Arvo Power and Kesti Geothermal, will jointly develop nine geothermal plants, a programme "
            "the two firms valued at $1.8 billion.")
    assert all(m != (2.1e9, "EUR") for _, m in _records_saying(nlp, text, "valued the company"))
    assert (1.8e9, "USD") in [m for _, m in _records_saying(nlp, text, "geothermal")]
