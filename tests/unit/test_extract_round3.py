"""Issue #12, third amount-first round: each rule class probed with sentences written for
it (invented companies, places and sums; no sentence of any evaluation text)."""
from __future__ import annotations

import pytest
from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)


# --- amounts that are not the pledge ------------------------------------------------------

def test_a_price_per_unit_of_goods_is_not_the_pledged_sum(nlp):
    recs = _extract(nlp, "The Ministry of Agriculture approved Rs 2,340 crore for Rural Storage Assistance to buy grain "
                         "from small farms at Rs 1,800 per quintal.")
    assert [_money(r) for r in recs] == [(2.34e10, "INR")]


def test_a_price_per_unit_is_no_money_of_a_pledge(nlp):
    # (an unplaced state government is kept as written, so the purchase is a record, with no money)
    recs = _extract(nlp, "The state government will procure wheat from farmers at Rs 2,275 per quintal.")
    assert all(r.money is None for r in recs)
    recs = _extract(nlp, "Norland Power will supply electricity to the smelter at $0.04 a kilowatt-hour under the deal.")
    assert all(r.money is None for r in recs)
    recs = _extract(nlp, "Ruritania will match the credit, equal to up to $12 per kWh of cells made.")
    assert all(r.money is None for r in recs)


def test_a_cap_per_project_stays_a_pledge(nlp):
    recs = _extract(nlp, "The Government of Ruritania will provide support of up to €3 million per project to "
                         "small solar cooperatives.")
    assert [_money(r) for r in recs] == [(3e6, "EUR")]


def test_a_measurement_word_before_the_verb_is_not_the_amounts(nlp):
    recs = _extract(nlp, "Norway's sovereign wealth fund will invest $2 billion in solar farms.")
    assert [_money(r) for r in recs] == [(2e9, "USD")]
    assert _extract(nlp, "Kestrel Holdings reported revenue of $2 billion.") == []


def test_a_name_after_the_amount_is_no_measurement(nlp):
    recs = _extract(nlp, "Kestrel Holdings approved $75 million for Market Access Grants in the north.")
    assert [_money(r) for r in recs] == [(75e6, "USD")]


def test_what_a_body_does_every_year_is_no_pledge(nlp):
    assert _extract(nlp, "The Ruritania Health Fund disburses more than $3 billion a year to clinics.") == []
    assert _extract(nlp, "Ruritania's farm sector contributes $9 billion a year to exports.") == []
    assert [r.actors for r in _extract(nlp, "Kestrel Holdings commits $5 million to the clinic fund.")] == [["Kestrel Holdings"]]


def test_money_spread_over_a_count_of_recipients_is_a_running_total(nlp):
    assert _extract(nlp, "The Northern Growth Fund has committed more than $2.5 billion to over 90 projects "
                         "across the region.") == []
    recs = _extract(nlp, "The Northern Growth Fund has committed $250 million to the new port.")
    assert [_money(r) for r in recs] == [(2.5e8, "USD")]


# --- structures ------------------------------------------------------------------------------

def test_the_first_country_to_commit_commits(nlp):
    recs = _extract(nlp, "Ruritania was the first country to commit $2 billion (about R$ 10 billion) to the facility.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ruritania"], (2e9, "USD"))]


def test_a_future_payment_is_a_pledge(nlp):
    recs = _extract(nlp, "Ostland and Ruritania will also pay the carmaker production incentives of up to $3 billion.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ostland", "Ruritania"], (3e9, "USD"))]


def test_participles_with_their_own_sums_are_parts_of_the_pledge(nlp):
    recs = _extract(nlp, "Kestrel Fund agreed to invest $20 billion in Ruritania, paying $14 billion for the rights to "
                         "develop the port and converting $6 billion of existing deposits into investments.")
    assert [(r.actors, _money(r)) for r in recs] == [
        (["Kestrel Fund"], (2e10, "USD")), (["Kestrel Fund"], (1.4e10, "USD")), (["Kestrel Fund"], (6e9, "USD"))]
    whole = recs[0]
    assert recs[1].part_of == whole.id and recs[2].part_of == whole.id


def test_a_sum_followed_by_another_is_a_second_record_of_the_same_givers(nlp):
    recs = _extract(nlp, "Ostland and the Ruritania Cooperation Agency signed the first loan of ¥100 billion or "
                         "Rp10 trillion, followed by a second loan of ¥50 billion or Rp5 trillion in 2022.")
    assert [_money(r) for r in recs] == [(1e11, "JPY"), (5e10, "JPY")]
    assert recs[1].actors == recs[0].actors and recs[1].part_of is None


def test_a_sum_a_pledge_is_funded_from_is_its_money(nlp):
    recs = _extract(nlp, "The British government will cover the full cost of training for apprentices aged up to 21, "
                         "funded from £40 million of new money.")
    assert [(r.actors, _money(r)) for r in recs] == [(["UK"], (4e7, "GBP"))]
    assert _extract(nlp, "Sales rose to $5 billion from $4 billion, the company said.") == []


def test_a_pledge_restated_as_a_definite_noun_phrase_is_the_earlier_givers(nlp):
    recs = _extract(nlp, "Jane Roe said on Tuesday she is donating $30 million to her old college. The $30 million "
                         "gift is part of the college's plan to raise $400 million over five years.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Jane Roe"], (3e7, "USD")), (["Jane Roe"], (3e7, "USD"))]
    assert _extract(nlp, "The $30 million gift is part of the college's plan.") == []  # no one gave it before


def test_a_second_verb_of_the_subject_with_its_own_sum_is_a_pledge_of_its_own(nlp):
    recs = _extract(nlp, "Jane and John Roe gave $100 million to the university through the Roe Foundation. The "
                         "foundation will also put $20 million into a fund for startups and dedicate $25 million to "
                         "scholarships.")
    assert [(r.actors, _money(r)) for r in recs[1:]] == [(["Roe Foundation"], (2e7, "USD")),
                                                         (["Roe Foundation"], (2.5e7, "USD"))]
    assert recs[2].part_of is None


def test_a_description_the_model_tags_as_a_name_is_the_organisation_named_before(nlp):
    recs = _extract(nlp, "Jane Roe gave $1 million through the Roe Foundation. The foundation will also give $2 million "
                         "to the city library.")
    assert recs[-1].actors == ["Roe Foundation"] and _money(recs[-1]) == (2e6, "USD")


def test_the_venture_is_its_partners(nlp):
    recs = _extract(nlp, "Kestrel Minerals and Ostland Lithium signed a partnership on Friday. The venture will also "
                         "pay roughly 20 billion pesos ($21 million) a year into a fund for local communities.")
    assert recs[-1].actors and _money(recs[-1]) == (2e10, "MXN")


def test_a_release_headline_with_a_gerund_is_its_authors_pledge(nlp):
    text = ("Investing RM5 billion in Ruritania's digital future\n"
            "Vantor Technologies will open its first data centre in Ruritania. Vantor Technologies said today "
            "it hopes to train teachers.\n")
    recs = _extract(nlp, text)
    assert (recs[0].actors, _money(recs[0])) == (["Vantor Technologies"], (5e9, "MYR"))
    assert _extract(nlp, "Investing RM5 billion in Ruritania's digital future\nNo one is named here.\n") == []


def test_announcing_the_package_already_recorded_is_no_new_pledge(nlp):
    recs = _extract(nlp, "Ruritania will provide $17 million in aid to Ostland. Foreign Minister Jane Roe and Trade "
                         "Minister John Doe announced the package in a joint statement on Wednesday.")
    assert [_money(r) for r in recs] == [(1.7e7, "USD")]
    recs = _extract(nlp, "Kestrel Holdings announced a partnership with Ostland University on Monday.")
    assert len(recs) == 1  # a pledge not named before still counts


@pytest.mark.parametrize("text, actors", [
    ("Warsaw will keep sending armoured vehicles, drones and air defence radars to its ally.", ["Poland"]),
    ("The Polish government also has a mandate from parliament to deploy instructors to train soldiers abroad.",
     ["Poland"]),
    ("Kestrel Holdings has a plan to hire 500 engineers.", ["Kestrel Holdings"]),
])
def test_deliveries_under_an_aspect_verb_or_an_intention_noun(nlp, text, actors):
    recs = _extract(nlp, text)
    assert [(r.actors, r.rule) for r in recs] == [(actors, "delivery-pledge")]


def test_paying_for_something_is_a_pledge_and_paying_dividends_is_not(nlp):
    recs = _extract(nlp, "Ostland's government will pay for land acquisition and resettlement from its own budget.")
    assert [(r.actors, r.money) for r in recs] == [(["Ostland"], None)]
    assert _extract(nlp, "Kestrel Holdings will pay dividends to shareholders.") == []


def test_a_duty_to_pay_taxes_is_no_delivery(nlp):
    assert _extract(nlp, "Kestrel Holdings has a duty to pay taxes.") == []


def test_a_share_as_subject_is_the_packages_even_with_a_speaker_after_it(nlp):
    recs = _extract(nlp, "Ruritania has committed up to $2.9 billion to secure the plant. Of that money, $1.2 billion "
                         "is to take the form of loans and an equity stake, the Ruritanian Economy Department said.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ruritania"], (2.9e9, "USD")), (["Ruritania"], (1.2e9, "USD"))]
    assert recs[1].part_of == recs[0].id


def test_a_series_followed_by_its_next_loan_across_a_year(nlp):
    recs = _extract(nlp, "Ruritania first extended a 100 billion yen loan for the port in 2017, followed by a 60 billion "
                         "yen loan in 2022 for its expansion.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ruritania"], (1e11, "JPY")), (["Ruritania"], (6e10, "JPY"))]


def test_an_additive_gerund_with_its_own_sum_is_the_subjects_pledge(nlp):
    recs = _extract(nlp, "In addition to acquiring the development rights for the Kestrel peninsula for $24 billion, "
                         "the Ostland Fund will also convert $11 billion of deposits into investments.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ostland Fund"], (2.4e10, "USD")), (["Ostland Fund"], (1.1e10, "USD"))]
    recs = _extract(nlp, "Instead of paying $5 billion for the rights, the Ostland Fund will lease the land.")
    assert all(r.money is None for r in recs)


def test_a_pledge_noun_with_a_participle_and_its_agent_names_the_giver(nlp):
    recs = _extract(nlp, "Ostland welcomed a $2 billion loan approved by the Harbour Development Bank on Friday.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Harbour Development Bank"], (2e9, "USD"))]


def test_more_than_read_as_a_qualifier_is_no_comparison(nlp):
    recs = _extract(nlp, "Figures released on Monday show 420 employers had pledged to transfer more than £20m to "
                         "support apprenticeships in other firms since May 2022.")
    assert [(r.actors, _money(r)) for r in recs] == [(["420 employers"], (2e7, "GBP"))]
    assert _extract(nlp, "Sales rose to more than $5 billion, far more than the $2 billion it had sought.") == []


def test_a_campaign_that_ended_raised_a_tally_not_a_pledge(nlp):
    assert _extract(nlp, "Its Horizon campaign, which ended in 2019, raised more than $1.2 billion from over 80,000 "
                         "donors.") == []
    recs = _extract(nlp, "The Lakeside malaria conference raised $3 billion from 20 governments on Tuesday.")
    assert [_money(r) for r in recs] == [(3e9, "USD")]


# --- currency in context ------------------------------------------------------------------

def test_pesos_are_the_currency_of_the_country_the_sentence_names(nlp):
    from commitments.extract.currency_context import localise
    from commitments.extract.money import find_amounts

    def currencies(text):
        return [a.currency for a in localise(find_amounts(text), text)]

    assert currencies("Colombia's government will lend 3 billion pesos to coffee growers.") == ["COP"]
    assert currencies("In Santiago, the Mexican firm will invest 5 billion Mexican pesos.") == ["MXN"]
    assert currencies("The budget sets aside 700 million pesos for schools.") == ["MXN"]  # no country: the default


def test_a_record_in_pesos_of_a_chilean_text_is_in_chilean_pesos(nlp):
    recs = _extract(nlp, "Chile's government has set aside 9 billion pesos (about $10 million) for the state "
                         "geological survey.")
    assert [_money(r) for r in recs] == [(9e9, "CLP")]


# --- actors -------------------------------------------------------------------------------

def test_an_indefinite_description_is_no_anaphor(nlp):
    recs = _extract(nlp, "Hallam Power unveiled the grid plan on Monday. A private company will invest $2 billion in storage.")
    assert all(r.actors != ["Hallam Power"] for r in recs if r.money)
    recs = _extract(nlp, "Hallam Power and Tessel Grid unveiled the grid plan on Monday. Private companies are expected "
                         "to contribute between $2 billion and $3 billion under the plan, the minister said.")
    assert [r.actors for r in recs if r.money] == [["Private companies"]]


def test_a_definite_description_still_points_back(nlp):
    recs = _extract(nlp, "Hallam Power unveiled its grid plan on Monday. The company will invest $2 billion in storage.")
    assert [r.actors for r in recs if r.money] == [["Hallam Power"]]



def test_a_bracketed_country_code_is_no_alias_of_a_company(nlp):
    doc = nlp("Reckitt Benckiser (UK) said the UK will invest more.")
    assert "UK" not in (doc._.aliases or {})


# --- governments, capitals and people ------------------------------------------------------

def test_the_federal_government_is_the_country_not_the_province_named_last(nlp):
    recs = _extract(nlp, "Quebec will give $500 million to the plant, and the federal government will contribute "
                         "up to $700 million toward building it.")
    assert [(r.actors, _money(r)[0]) for r in recs] == [(["Quebec"], 5e8), (["Canada"], 7e8)]










def test_a_programme_that_aims_is_no_actor(nlp):
    recs = _extract(nlp, "The loan will fund the Coastal Towns Water Programme for Rural Districts, which aims to "
                         "give villages safe drinking water.")
    assert all("Rural Districts" not in r.actors and "Coastal Towns Water Programme" not in r.actors for r in recs)


def test_a_programme_named_with_a_purpose_that_aims_is_no_actor(nlp):
    recs = _extract(nlp, "The loan will fund the Kestrel Water Programme for Coastal Villages, which aims to give "
                         "families safe drinking water.")
    assert all("Coastal Villages" not in r.actors for r in recs)


def test_a_headline_that_welcomes_a_loan_credits_the_nationality_on_it(nlp):
    recs = _extract(nlp, "Port Authority Welcomes $900 Million Korean Loan for Harbour Expansion\n\nThe text follows.")
    assert [(r.actors, _money(r)) for r in recs] == [(["South Korea"], (9e8, "USD"))]
    assert _extract(nlp, "Port Authority Welcomes $900 Million Loan for Harbour Expansion\n\nThe text follows.") == []


def test_a_measure_as_subject_is_no_actor(nlp):
    assert _extract(nlp, "Westport's container capacity will increase to 900,000 units per year.") == []


# one record each, whose actors are these
ACTOR_CASES = [
    pytest.param("The Brazilian Development Bank (BNDES) will lend $1 billion to the fund. BNDES will also "
                 "provide $50 million to the fire brigades.",
                 [["Brazilian Development Bank"], ["Brazilian Development Bank"]], id="an_acronym_in_another_language_is_the_name_it_follows"),
    pytest.param("Australia will provide $20 million to Sudan, where millions face hunger. Sudan is facing "
                 "a crisis, aid groups say. The government will also deploy two specialists to the port.",
                 [["Australia"], ["Australia"]], id="the_government_is_the_country_the_text_makes_act"),
    pytest.param("Ottawa will invest $4 billion in the battery plant.",
                 [["Canada"]], id="a_capital_that_acts_stands_for_its_country"),
    pytest.param("Nova Dynamics co-founder Jane Roe on Monday said she is donating $30 million to her alma mater.",
                 [["Jane Roe"]], id="a_founder_gives_as_themselves"),
    pytest.param("Mexico's grid is ageing. Energy Minister Jane Roe said on Monday she will spend "
                 "$5 billion on transmission lines.",
                 [["Mexico"]], id="a_minister_whose_title_names_a_portfolio_speaks_for_the_government"),
    pytest.param("Brad Doe, Nova Dynamics' president, said he will invest $3 billion in Japan.",
                 [["Nova Dynamics"]], id="a_company_president_still_speaks_for_the_company"),
    pytest.param("Nova Dynamics co-founder and chairman Jane Roe on Friday said she is donating $40 million "
                 "to her old college.",
                 [["Jane Roe"]], id="a_founder_split_by_the_parser_still_gives_as_themselves"),
    pytest.param("Priya Raman spoke at the reunion of Acme University on Saturday. The 1991 batch graduate "
                 "has promised to give $1 million every year for ten years.",
                 [["Priya Raman"]], id="a_description_of_a_person_points_back_to_the_person"),
    pytest.param("The Nordic Investment Bank, which counts Estonia among its largest borrowers, will lend "
                 "$400 million to the grid operator.",
                 [["Nordic Investment Bank"]], id="a_relative_clause_in_the_subject_names_no_actor"),
    pytest.param("The Lakeside Fund is managed by the National Bank for Rural Credit (NBRC). Lakeside Fund trustees met "
                 "on Monday. NBRC chair Ana Ruiz said the bank would use the new money to expand support for fire crews.",
                 [["National Bank for Rural Credit"]], id="the_bank_is_the_organisation_whose_name_says_so"),
    pytest.param("Vantor Technologies has worked with teachers for ten years. Last year Kelso Bank opened an office "
                 "in Leeds. In partnership with the Ministry of Culture, we "
                 "will train 4,000 librarians by 2027. Vantor Technologies said the plan starts in May.",
                 [["Vantor Technologies"]], id="a_release_s_we_is_the_organisation_it_names_most"),
    pytest.param("Wellington said in a statement it would provide up to NZ$80 million by 2030, mostly as grants.",
                 [["New Zealand"]], id="a_capital_that_speaks_stands_for_its_country"),
    pytest.param("Japan's economy grew last year. In May, President Jane Roe and Prime Minister John Doe committed to "
                 "expanding cooperation between France and Japan on science.",
                 [["Jane Roe", "John Doe"]], id="heads_of_government_of_any_country_stay_as_named"),
    pytest.param("Defence group Kestrel Systems said it would recruit more than 700 apprentices this year.",
                 [["Kestrel Systems"]], id="a_sector_word_before_a_company_names_no_one"),
    pytest.param("A loan of $90 million will back the Karnataka Rural Skills Mission, under which the state will "
                 "upgrade 40 training colleges and train 60,000 young people.",
                 [["Karnataka"], ["Karnataka"]], id="the_state_is_the_state_named_last_even_inside_a_name"),
    pytest.param("Texas lawmakers met on Monday. The state will build 40 new schools by 2028.",
                 [["Texas"]], id="the_state_is_the_state_named_before"),
]


@pytest.mark.parametrize("text, actors", ACTOR_CASES)
def test_actors(nlp, text, actors):
    assert [r.actors for r in _extract(nlp, text)] == actors


# --- grouping -------------------------------------------------------------------------------

def _rec(doc, actors, text, money, published="2025-05-01"):
    from commitments.records import Commitment, Passage

    return Commitment(id=f"{doc}:{text[:12]}", doc=doc, doc_hash=doc, actors=list(actors),
                      passage=Passage(0, len(text), text), money=money, published=published)


def test_different_sums_of_givers_who_share_no_name_never_share_a_group():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount

    def usd(v):
        return MoneyAmount(value=v, currency="USD", text=f"${v / 1e9:g} billion", usd_value=v)

    lender = _rec("a.txt", ["Kestrel Bank", "Ruritania"], "Kestrel Bank and Ruritania signed a loan of $1.05 billion",
                  usd(1.05e9))
    pair = _rec("b.txt", ["Ruritania", "Ostland"], "Ruritania and Ostland each committed $1 billion to the fund",
                usd(1e9))
    other = _rec("c.txt", ["Ostland", "Harbour Development Bank"], "Ostland and Harbour Development Bank signed loans "
                 "worth $0.9 billion", usd(9e8))
    assign_groups([lender, pair, other])
    assert lender.group == pair.group  # a shared giver
    assert other.group != lender.group  # different sums from givers who share no name, whatever chains them


def test_one_sum_written_in_one_currency_groups_whatever_its_dollar_readings():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount

    stated = MoneyAmount(value=4.5e9, currency="EUR", text="4.5 billion euros", usd_value=4.7e9, usd_source="stated")
    converted = MoneyAmount(value=4.5e9, currency="EUR", text="€4.5bn", usd_value=5.08e9, usd_source="converted")
    a = _rec("a.txt", ["Kestrel Motors"], "Kestrel Motors will spend 4.5 billion euros ($4.7 billion) on a battery plant", stated)
    b = _rec("b.txt", ["Kestrel Cells"], "Kestrel Cells earmarks €4.5bn for the battery plant", converted)
    assign_groups([a, b])
    assert a.group == b.group and a.discrepancy is None


def test_an_amount_and_its_stated_equivalent_compare_where_no_rate_is_known():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount

    local = MoneyAmount(value=158e9, currency="KES", text="Ksh158 billion")
    dollars = MoneyAmount(value=1.2e9, currency="USD", text="$1.2 billion", usd_value=1.2e9,
                          equivalent=MoneyAmount(value=158e9, currency="KES", text="Sh158 billion"))
    a = _rec("a.txt", ["Kestrel Bank"], "Kestrel Bank approves Ksh158 billion budget support", local)
    b = _rec("a.txt", ["Kestrel Bank"], "Kestrel Bank has approved a $1.2 billion (Sh158 billion) package", dollars)
    assign_groups([a, b])
    assert a.group == b.group


def test_a_pledge_of_a_period_long_over_is_not_the_one_announced_now():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount, Timeframe

    def yen(v):
        return MoneyAmount(value=v, currency="JPY", text=f"{v / 1e9:g} billion yen")

    old = _rec("a.txt", ["Ruritania"], "followed by a 70 billion yen loan in 2022 for the port", yen(70e9),
               published="2025-01-10")
    old.timeframe = Timeframe("in 2022", 0, 7, "2022-01-01", "2022-12-31")
    new = _rec("b.txt", ["Ruritania"], "Ruritania will lend 80 billion yen for the port", yen(80e9), published="2025-01-12")
    assign_groups([old, new])
    assert old.group != new.group


def test_co_funders_equal_only_by_a_conversion_rate_are_not_tied():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount

    loan = _rec("a.txt", ["Ruritania"], "Ruritania extended a 118 billion yen loan for the port expansion",
                MoneyAmount(value=118e9, currency="JPY", text="118 billion yen", usd_value=8e8, usd_source="converted"))
    other = _rec("b.txt", ["Harbour Development Bank"], "Harbour Development Bank signed port expansion loans worth "
                 "$800 million", MoneyAmount(value=8e8, currency="USD", text="$800 million", usd_value=8e8,
                                             usd_source="native"))
    assign_groups([loan, other])
    assert loan.group != other.group


def test_items_of_one_text_with_different_sums_are_different_pledges():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import MoneyAmount

    def usd(v):
        return MoneyAmount(value=v, currency="USD", text=f"${v / 1e6:g} million", usd_value=v)

    first = _rec("a.txt", ["Roe Foundation"], "The foundation will put $20 million into a fund for startups", usd(2e7))
    second = _rec("a.txt", ["Roe Foundation"], "$25 million to scholarships for startups", usd(2.5e7))
    second.rule = "amount-list-item"
    assign_groups([first, second])
    assert first.group != second.group


# --- timeframes -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("The venture will pay 20 billion pesos ($21 million) a year into a fund.", ["a year"]),
    ("Ruritania will give at least 0.3% of GDP a year in aid", ["a year"]),
    ("The plant closed a year ago.", []),
    ("It trained 3 million people in a year.", []),
    ("Zed adds €5m a year from 2028.", ["from 2028"]),
])
def test_a_rate_a_year_is_a_timeframe(text, found):
    from commitments.extract.timeframes import find_timeframes

    assert [t.text for t in find_timeframes(text, None)] == found


def test_a_period_already_over_is_not_the_timeframe_of_a_pledge_to_come(nlp):
    recs = _extract(nlp, "Kestrel Mining, which produced 1.2 million tons of copper last year, will invest $4 billion "
                         "over the next decade in new mines.", published=None)
    assert recs[0].timeframe.text == "over the next decade"
    recs = _extract(nlp, "Ruritania, whose floods began in February 2022, will spend $75 million on dikes.",
                    published="2025-05-01")
    assert recs and recs[0].timeframe is None


def test_an_opening_phrase_that_ends_on_a_period_gives_the_timeframe(nlp):
    recs = _extract(nlp, "At the fifth donor conference in 2021, Ruritania pledged $300 million to the vaccine fund.")
    assert recs[0].timeframe is not None and recs[0].timeframe.text == "in 2021"
