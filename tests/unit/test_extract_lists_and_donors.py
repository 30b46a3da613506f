"""Issue #12: numbered tracker lines and verbless list lines, and the giver of an amount
inside a noun phrase ("a $2 million commitment from X", "an investment by X"). Every
sentence is invented for these tests (made-up givers, places and sums)."""
from __future__ import annotations

from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round5 import _by_money


# --- donor noun phrases ----------------------------------------------------------------------

def test_a_foundation_after_from_gives_the_listed_commitment_not_the_collective(nlp):
    text = ("Donors from three regions promised more than $9 million for river clinics on Monday.\n\n"
            "The pledges include:\n"
            "• a $2 million commitment from the Harbor Foundation, set up by banker Tom Reyes, to extend "
            "its clinics to four towns;\n"
            "• €3 million (about $3.3 million) from mining firm Kalco for clean water in the valley;\n")
    recs = _by_money(_extract(nlp, text))
    assert recs[(2e6, "USD")].actors == ["Harbor Foundation"]
    assert recs[(3e6, "EUR")].actors == ["Kalco"]
    assert (3.3e6, "USD") not in recs  # the stated equivalent is no second pledge


def test_a_lowercase_giver_the_model_misses_is_still_the_giver(nlp):
    text = ("• €4 million (about $4.4 million) from mining firm kalco for clean water in the valley;\n")
    lead = "Donors promised more than $9 million on Monday.\n\nThe pledges include:\n"
    recs = _by_money(_extract(nlp, lead + text))
    assert recs[(4e6, "EUR")].actors == ["kalco"]


def test_an_investment_by_a_described_company_is_the_companys(nlp):
    recs = _by_money(_extract(nlp, "Also announced was a Dh900 million investment by logistics group arvex "
                                   "in a warehouse near the port."))
    assert recs[(9e8, "AED")].actors == ["arvex"]


def test_an_investment_by_a_bare_lowercase_name_is_the_names(nlp):
    recs = _by_money(_extract(nlp, "Next on the list is a Dh600 million investment by qorvane in a cold store "
                                   "beside the new runway."))
    assert recs[(6e8, "AED")].actors == ["qorvane"]


def test_a_common_word_after_by_names_no_giver(nlp):
    # "industry" is a word, not a name: no actor is invented from it
    recs = _extract(nlp, "Next on the list is a Dh600 million investment by industry in a cold store "
                         "beside the new runway.")
    assert not any(r.actors == ["industry"] for r in recs)


# --- tracker lines: a date as the label, the giver after it ------------------------------------

def test_a_tracker_line_with_a_purpose_after_the_sum_is_the_givers(nlp):
    text = ("Who gave what after the floods (figures as announced):\n"
            "1. 14 May 2022: Qarvik Red Cross, DKK 40 million (€5.4 million) – shelters in the north\n"
            "2. 15 May 2022: Sweden, SEK 90 million – clean water and field clinics\n"
            "- 2 June: Ostland Development Bank, €300 million in loans – rebuilding bridges\n")
    recs = _extract(nlp, text)
    found = {(tuple(r.actors), _money(r)) for r in recs}
    assert (("Qarvik Red Cross",), (4e7, "DKK")) in found
    assert (("Sweden",), (9e7, "SEK")) in found
    assert (("Ostland Development Bank",), (3e8, "EUR")) in found
    assert all(_money(r) != (5.4e6, "EUR") for r in recs)  # the bracketed equivalent is no second record
    line = next(r for r in recs if _money(r) == (4e7, "DKK"))
    assert line.passage.text.startswith("14 May 2022: Qarvik Red Cross")


def test_a_tracker_line_needs_a_giver_and_one_sum(nlp):
    text = ("Figures by year:\n"
            "- 2021: Revenue, $5 million – from ticket sales\n"
            "- 3 March: Chile, $4 million for roads and $2 million for ports\n")
    recs = _extract(nlp, text)
    assert not any(r.rule == "amount-tracker" for r in recs)


def test_a_country_label_the_model_leaves_untagged_still_gives(nlp):
    text = ("Finland pledged money at the summit on Tuesday.\n\n"
            "Among other announcements:\n"
            "- Norway: 300 million kroner over four years for a fund to fight river pollution in the south\n"
            "- Chile: 40 million euros for rangers\n")
    found = {(tuple(r.actors), _money(r)) for r in _extract(nlp, text)}
    assert (("Norway",), (3e8, "NOK")) in found
    assert (("Chile",), (4e7, "EUR")) in found


# --- pledges without money in a list of pledges ------------------------------------------------

def test_a_labelled_line_without_money_under_a_list_of_pledges_is_a_pledge(nlp):
    text = ("Forty delegations met in Valletta on Thursday.\n\n"
            "Other commitments made at the meeting:\n"
            "- Norway: publishing the owner of every trawler on its register from 2027\n"
            "- Chile: training 400 port inspectors by 2028\n"
            "3. 9 May 2024: Ostland Red Cross, 2,000 family tents for the coastal camps\n")
    found = {(tuple(r.actors), r.money is None) for r in _extract(nlp, text) if r.rule == "list-deliverable"}
    assert found == {(("Norway",), True), (("Chile",), True), (("Ostland Red Cross",), True)}


def test_a_labelled_line_is_no_pledge_outside_a_list_of_pledges_or_by_topic(nlp):
    text = ("The agency published its yearly review.\n\n"
            "Highlights of the year:\n"
            "- Norway: publishing the owner of every trawler on its register since 2019\n\n"
            "Pledges by area:\n"
            "- Science: building better ocean models\n"
            "- Chile: raised its support to the fund\n")
    assert not any(r.rule == "list-deliverable" for r in _extract(nlp, text))


def test_a_sum_as_subject_with_its_own_from_phrase_is_that_givers(nlp):
    recs = _by_money(_extract(nlp, "The Orrin Development Fund will provide €900 million, the Social Fund €300 "
                                   "million. A further €30 million from the Coastal Transition Fund will help three "
                                   "fishing towns move away from trawling."))
    assert recs[(3e7, "EUR")].actors == ["Coastal Transition Fund"]
    assert recs[(9e8, "EUR")].actors == ["Orrin Development Fund"]


def test_a_passive_agent_is_the_giver_not_a_place_in_its_prepositions(nlp):
    recs = _by_money(_extract(nlp, "A total of €3 billion ($3.3 billion) was pledged by more than 40 delegations "
                                   "at the reconstruction conference in Lisbon on Tuesday."))
    assert recs[(3e9, "EUR")].actors == ["more than 40 delegations"]
    recs = _by_money(_extract(nlp, "Some $700 million was pledged by donor nations for the Child Nutrition Fund."))
    assert recs[(7e8, "USD")].actors == ["donor nations"]
    recs = _extract(nlp, "The new clinic will be funded by the Government of Chile.")
    assert recs and recs[0].actors == ["Chile"]


def test_a_sum_in_pledges_from_a_named_giver_is_the_givers(nlp):
    recs = _by_money(_extract(nlp, "The first round of contributions includes US$2.5 billion in pledges from the "
                                   "Ostland Group together with the Asian Development Bank, mostly as cheap loans."))
    assert "Ostland Group" in recs[(2.5e9, "USD")].actors
    # what a firm received in the past is no pledge of the giver's
    assert not _extract(nlp, "The firm received $40 million in grants from the state last year.")


def test_a_plural_noun_the_tagger_reads_as_a_verb_does_not_stop_a_list_line(nlp):
    lines = ["The Ministry of Health will spend $90 million on nursing education next year, the minister said.", "",
             "New schemes in the plan:",
             "- in-service awards for 30 nurses to take specialist postgraduate diplomas in midwifery and surgery – $2.4 million;",
             "- Revenue rises to $5 million;"]
    recs = _by_money(_extract(nlp, "\n".join(lines) + "\n"))
    assert recs[(2.4e6, "USD")].actors == ["Ministry of Health"]
    assert (5e6, "USD") not in recs  # a real verb still leaves the line to the clause rules


def test_a_second_item_after_a_long_description_of_the_first_is_still_an_item(nlp):
    text = ("The lender also approved, last week, R$600 million from the Green Fund for the Ribeira Farmers "
            "cooperative to build a soybean crushing plant in Ponta Grossa, Paraná, with capacity to process "
            "2,500 tonnes of beans a day, and R$180.5 million for Solvira to set up a seed laboratory in Bahia.")
    recs = _by_money(_extract(nlp, "The Ostland Development Bank will lend R$2 billion to farm cooperatives. " + text))
    assert recs[(1.805e8, "BRL")].actors == recs[(6e8, "BRL")].actors == ["Ostland Development Bank"]


def test_a_month_after_from_is_no_giver(nlp):
    lines = ["Ostland will spend $20 million on libraries next year, the culture minister said.", "",
             "The plan includes:", "• a $5 million grant from January for the new library in Westport;"]
    recs = _by_money(_extract(nlp, "\n".join(lines) + "\n"))
    assert recs[(5e6, "USD")].actors == ["Ostland"]


def test_a_fund_a_country_owns_is_that_countrys_gift(nlp):
    lines = ["Donors promised more than $9 million on Friday.", "", "Outcomes included:",
             "- a £2.2 million grant from the UK's Coastal Resilience Challenge Fund for flood sensors along the delta."]
    recs = _by_money(_extract(nlp, "\n".join(lines) + "\n"))
    assert recs[(2.2e6, "GBP")].actors == ["UK"]
    recs = _by_money(_extract(nlp, "Also on the list is a £1.1 million grant from the UK's Coastal Resilience "
                                   "Challenge Fund for tide gauges."))
    assert recs[(1.1e6, "GBP")].actors == ["UK"]


# --- list items written like headlines -----------------------------------------------------------

def test_a_list_item_that_promises_in_a_headlines_words_is_a_pledge(nlp):
    lines = ["Summit outcomes included:", "",
             "• Angola to deploy 300 additional rangers along the northern corridor by mid-2026;",
             "• Gabonia's pledge to place a further 4,000 square kilometres of forest under park protection;",
             "• Peru to face a review of its reserves next year."]
    found = {(tuple(r.actors), r.money is None) for r in _extract(nlp, "\n".join(lines) + "\n")}
    assert found == {(("Angola",), True), (("Gabonia",), True)}


def test_a_count_of_things_delivered_in_a_list_of_pledges_is_the_lists_givers(nlp):
    lines = ["The Ministry of Education will spend $40 million on vocational training next year, the minister said.", "",
             "New schemes announced in the plan:",
             "- 250 apprenticeships in welding and marine trades delivered with local shipyards;",
             "- 120 scholarships for nursing diplomas at the state college.", "",
             "Results announced last year:", "- 300 jobs lost at the port;"]
    recs = [r for r in _extract(nlp, "\n".join(lines) + "\n") if r.money is None]
    assert [(r.actors, r.passage.text[:20]) for r in recs] == [
        (["Ministry of Education"], "250 apprenticeships "), (["Ministry of Education"], "120 scholarships for")]


def test_an_untagged_name_as_label_gives_but_a_topic_word_does_not(nlp):
    lines = ["Forty delegations met on Thursday.", "", "Other commitments made at the meeting:",
             "- Ostland: publishing the owner of every trawler on its register from 2027",
             "- Science: building better ocean models", "- Phase Two: training 40 wardens"]
    recs = [r for r in _extract(nlp, "\n".join(lines) + "\n") if r.rule == "list-deliverable"]
    assert [r.actors for r in recs] == [["Ostland"]]


def test_a_fund_the_model_tags_as_a_law_still_names_its_item(nlp):
    recs = _by_money(_extract(nlp, "The Ostland Regional Fund will provide €11.5 billion, the Ostland Social Fund "
                                   "€7.8 billion, and the Cohesion Fund €3.1 billion."))
    assert recs[(3.1e9, "EUR")].actors == ["Cohesion Fund"]
