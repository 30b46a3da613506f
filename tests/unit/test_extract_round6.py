"""Issue #12, sixth round (who acts, on news written apart from the rules): each general class
probed with sentences written for it (invented companies, people, places and sums; no
sentence of any evaluation text)."""
from __future__ import annotations

from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)


def _actors_of(nlp, text: str, words: str) -> list[list[str]]:
    """The actors of each record whose passage holds ``words``."""
    return [r.actors for r in _extract(nlp, text) if words in r.passage.text]


# --- who "it" and "the state" are ---------------------------------------------------------------

def test_a_ministers_portfolio_is_not_the_organisation_that_acts(nlp):
    text = ("Ostland's federal government raised its grant to a welding school in Varmouth to $12 million on Monday. "
            "It will also fund 400 apprenticeships in the region by 2029, Federal Industry Minister Tom Reller said.")
    recs = _extract(nlp, text)
    assert recs and all("Federal Industry" not in r.actors for r in recs)
    assert any(not r.money and r.actors and "Industry" not in r.actors[0] for r in recs)


def test_an_officer_of_an_association_speaks_for_it(nlp):
    text = ("The Danish Rowing Union (DRU) wants more young members. The union will also set up a DKK 3 million "
            "fund for clubs that open youth sections, DRU general secretary Mads Holm said.")
    assert [r.actors for r in _extract(nlp, text) if r.money] in ([["DRU"]], [["Danish Rowing Union"]])


def test_the_state_is_the_country_the_text_names_most_not_an_investors_home(nlp):
    text = ("Kenyan farmers have struggled with the price of seed since Kenya cut its subsidies. Nairobi-based "
            "Mavuno Tech has raised new money from a development lender in the UK.\n\n"
            "Farm Secretary Joseph Kirui said last week the state would spend KSh 2 billion on seed vouchers.")
    recs = [r for r in _extract(nlp, text) if r.money]
    assert [(r.actors, _money(r)) for r in recs] == [(["Kenya"], (2e9, "KES"))]


def test_a_listing_or_home_city_before_a_company_is_not_the_actor(nlp):
    text = "Oslo-listed Fjordvik Metals plans to spend NOK 2 billion on a zinc smelter at Mo i Rana over three years."
    assert [r.actors for r in _extract(nlp, text) if r.money] == [["Fjordvik Metals"]]


def test_a_thing_an_actor_makes_that_will_hire_acts_for_the_actor_not_its_city(nlp):
    text = ("Varnel Systems is also building a packaging unit in Ostrava, and it intends to set up a testing lab in "
            "Pune that will hire 700 engineers over four years.")
    assert set(map(tuple, _actors_of(nlp, text, "700 engineers"))) == {tuple(["Varnel Systems"])}


# --- pledges without money ----------------------------------------------------------------------

def test_infrastructure_and_rules_delivered_are_pledges_without_money(nlp):
    text = ("Nordgrid will build a 400-kilovolt line from the coast to Ostby by 2031. "
            "The Harbour Authority will publish the guidelines for bidders in March.")
    recs = _extract(nlp, text)
    assert sorted(r.actors[0] for r in recs if not r.money) == ["Harbour Authority", "Nordgrid"]


def test_joining_a_network_is_no_pledge(nlp):
    text = "The new Lisbon data region will join the provider's global network of 30 regions next year."
    assert _extract(nlp, text) == []


def test_a_company_the_model_took_for_a_person_is_what_the_company_means(nlp):
    text = ("Halvorsen Copper Corporation will spend $400 million to expand its Zeta mine, chief executive Tom Reed said. "
            "Zeta Holdings produced 120,000 tonnes of copper last year. Output fell in 2023. Prices rose in the spring. "
            "\"Halvorsen believes its host countries are partners,\" Reed said in Lusaka. "
            "He said the company would hire about 500 people during construction.")
    assert set(map(tuple, _actors_of(nlp, text, "500 people"))) == {tuple(["Halvorsen Copper Corporation"])}


# --- coordinated verbs ---------------------------------------------------------------------------

def test_a_second_verb_with_its_own_auxiliary_shares_the_subject(nlp):
    text = ("Kestrel Rail said on Monday that it would hire 300 drivers next year and would build "
            "a new depot in Ostby by 2028.")
    recs = _extract(nlp, text)
    assert any("depot" in r.passage.text and r.actors == ["Kestrel Rail"] for r in recs)


def test_the_feds_are_the_federal_government_of_the_country_the_text_is_about(nlp):
    text = ("Feds backing Saskatoon transit with $80M over four years\n\n"
            "SASKATOON — Ottawa says the agreements will provide $80 million for new buses in Saskatoon, "
            "Saskatchewan, over the next four years.")
    recs = [r for r in _extract(nlp, text) if r.money]
    assert recs and all(r.actors == ["Canada"] for r in recs)


# --- a programme is what is funded, its backer acts ------------------------------------------------

def test_a_named_programme_as_subject_is_funded_by_the_government_behind_it(nlp):
    text = ("Ostland opened bids for its Ammonia Kickstart scheme on Monday. Ostland will review applications by June. "
            "A second Ammonia Kickstart round, also worth $500 million, will open to applicants in early 2027.")
    assert [r.actors for r in _extract(nlp, text) if r.money] == [["Ostland"]]


def test_a_possessed_programme_is_its_possessors(nlp):
    text = "Separately, Norway's Polar Skills programme will offer 40 new scholarships for Icelandic students in 2027."
    recs = _extract(nlp, text)
    assert [r.actors for r in recs] == [["Norway"]]


# --- amounts the parser cuts off, and near sums in two texts ----------------------------------------

def test_an_amount_in_won_right_after_the_verb_is_the_clauses(nlp):
    text = ('As host, Ostland presented a "Clean Seas Plan", under which it will spend 4.7 trillion won '
            "($3.4 billion) on 81 harbour projects.")
    recs = [r for r in _extract(nlp, text) if "spend" in r.passage.text]
    assert [_money(r) for r in recs] == [(4.7e12, "KRW")]


def test_near_sums_of_one_giver_in_two_texts_about_different_things_are_two_pledges():
    from commitments.extract.consolidate import assign_groups
    from test_extract_consolidate import rec

    from dataclasses import replace

    a = rec("a.txt", ["Ostland"], "Ostland's export credit agencies stand ready to provide up to $2 billion", 2e9)
    b = rec("b.txt", ["Ostland"], "it will invest KRW 3400 billion in 76 ocean projects", 3.4e12, currency="KRW")
    b.money = replace(b.money, usd_value=2.5e9, usd_source="stated")
    assign_groups([a, b])
    assert a.group != b.group


def test_near_sums_of_one_giver_in_two_texts_in_one_currency_are_one_pledge_reported_differently():
    from commitments.extract.consolidate import assign_groups
    from test_extract_consolidate import rec

    a = rec("a.txt", ["Harbour Capital"], "Harbour Capital plans to invest $8 billion in Chilean solar parks", 8e9)
    b = rec("b.txt", ["Harbour Capital"], "Harbour Capital is committing about $10 billion to Chile's grid", 10e9)
    assign_groups([a, b])
    assert a.group == b.group


def test_capitalised_words_the_model_left_out_before_a_place_are_part_of_the_name(nlp):
    from spacy.tokens import Span

    from commitments.extract.actors import actors_of

    doc = nlp("Sporting Ostby's board wants shareholders to back a 90 million euro loan for its arena.")
    doc.ents = [Span(doc, 1, 2, label="GPE")]  # how the model read a club named after its city
    doc.user_data.clear()
    wants = next(t for t in doc if t.lemma_ == "want")
    assert actors_of(wants, [])[0] == ["Sporting Ostby"]


def test_what_a_pledge_is_worth_in_an_apposition_after_the_clause_is_its_money(nlp):
    text = ("Halvik Pharma will build a cold-storage hall and a packaging line at its Aarhus site, a project the "
            "company values at around 2.4 billion Danish kroner.")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs] == [(["Halvik Pharma"], (2.4e9, "DKK"))]


def test_the_company_is_the_organisation_whose_suffix_says_so_not_a_nearer_fund(nlp):
    text = ("Coral Coast Development Co. has signed a green loan with three banks. The loan runs for 15 years. "
            "Guests will arrive by sea. Most rooms open in 2027. More follow a year later. The rest of the money will come "
            "from its owner, the Ostland Investment Fund. The company has committed to run every hotel on solar "
            "power by 2030.")
    assert set(map(tuple, _actors_of(nlp, text, "solar"))) == {tuple(["Coral Coast Development Co."])}


def test_a_quoted_possessive_phrase_is_no_organisation(nlp):
    doc = nlp('"Our capital is secured and fully committed," chief executive Lena Moss said.')
    assert not [e for e in doc.ents if e.text.startswith("Our")]


# --- "the city" and its mayor ------------------------------------------------------------------------

def test_the_city_is_the_city_of_x_named_before(nlp):
    text = ("The City of Ostby tabled its budget on Tuesday. Harbour Power has been allocated funds for new "
            "substations. Mayor Lina Berg said the city would hire 200 plumbers over the next year.")
    assert set(map(tuple, _actors_of(nlp, text, "plumbers"))) == {tuple(["City of Ostby"])}


def test_a_mayor_speaks_for_the_city_of_the_dateline(nlp):
    text = ("Johannesburg - The council tabled its budget on Wednesday.\n\n"
            "Executive mayor Thabo Nkosi said the city would spend R2 billion on new reservoirs by 2026.")
    recs = [r for r in _extract(nlp, text) if r.money]
    assert recs and all(r.actors == ["Johannesburg"] for r in recs)


def test_a_cabinet_or_government_named_by_its_level_keeps_its_name():
    from commitments.extract.pipeline import canonical_name

    assert canonical_name("the Union Cabinet") == "Union Cabinet"
    assert canonical_name("the Federal Government") == "Federal Government"
    assert canonical_name("the Chilean government") == "Chile"


def test_a_facility_aggregating_a_sum_is_pledged_at_that_sum_not_at_its_bounds(nlp):
    text = ("Under the framework, the Ostland central bank offers swap lines aggregating USD 3 billion to member "
            "states, with a floor of USD 50 million and a ceiling of USD 300 million per country.")
    assert [_money(r) for r in _extract(nlp, text) if r.money] == [(3e9, "USD")]


def test_what_a_pledged_thing_costs_is_the_pledges_money(nlp):
    text = "Kelby Steel has said it would build two electric furnaces at Norrby at a cost of 900 million pounds."
    assert [(r.actors, _money(r)) for r in _extract(nlp, text)] == [(["Kelby Steel"], (9e8, "GBP"))]


def test_a_cost_estimated_is_still_no_pledge(nlp):
    text = "Analysts say the new furnaces at Norrby would cost about 900 million pounds."
    assert [r for r in _extract(nlp, text) if r.money] == []


def test_a_wire_storys_revision_mark_is_not_part_of_a_name():
    from commitments.records import clean_name

    assert clean_name("UPDATE 2-Kelby Steel") == "Kelby Steel"
    assert clean_name("3-Kelby Steel") == "Kelby Steel"
    assert clean_name("3M") == "3M"


# --- unnamed collectives, negation by "nothing", one record per coordinated pledge ------------------

def test_a_counted_collective_is_kept_as_written_not_its_country(nlp):
    text = ("Twelve of Ostland's largest insurers have pledged to invest at least 5% of their funds in local "
            "start-ups by 2030.")
    assert [r.actors for r in _extract(nlp, text)] == [["Twelve of Ostland's largest insurers"]]


def test_paying_nothing_is_no_pledge(nlp):
    assert _extract(nlp, "Small firms to pay nothing for apprentices under 22, the ministry said.") == []


def test_a_coordinated_pledge_with_its_own_auxiliary_does_not_make_the_first_verb_a_delivery(nlp):
    text = ("Ostland will continue to sit on the Harbour Fund's board and will second 12 technical specialists "
            "to its office in Lomé.")
    assert [r.passage.text.split()[-1] for r in _extract(nlp, text)] == ["Lomé"]


def test_employing_a_count_of_people_in_a_future_frame_is_a_pledge(nlp):
    text = "Kelby Mining said it would employ about 900 people during construction of the Norrby mine."
    assert [r.actors for r in _extract(nlp, text)] == [["Kelby Mining"]]


def test_a_collective_a_kind_pins_down_acts_but_one_a_vague_adjective_describes_does_not(nlp):
    kinded = "The participating regions will each provide at least 50 hectares for a logistics hub by 2027."
    vague = "Small regions will each provide land for new hubs, the minister said."
    assert [r.actors for r in _extract(nlp, kinded)] == [["participating regions"]]
    assert _extract(nlp, vague) == []


def test_delivering_a_sum_now_is_a_pledge_and_having_delivered_it_is_not(nlp):
    now = "The Government is delivering $80 million to speed up upgrades at 14 clinics, the minister said."
    done = "Neighbouring countries had delivered aid to Ostland worth about $50 billion by the end of 2023."
    assert [_money(r) for r in _extract(nlp, now)] == [(8e7, "USD")]
    assert [r for r in _extract(nlp, done) if r.money] == []


def test_adding_capacity_is_a_pledge_without_money(nlp):
    text = "Vantor Cloud will add capacity across three data centre campuses near Lisbon next year."
    assert [r.actors for r in _extract(nlp, text)] == [["Vantor Cloud"]]


def test_near_sums_of_one_giver_in_one_text_about_different_things_are_two_pledges():
    from commitments.extract.consolidate import assign_groups
    from test_extract_consolidate import rec

    a = rec("a.txt", ["Ostland"], "Ostland seals CZK 400 billion deal for reactors", 4e11, currency="CZK")
    b = rec("a.txt", ["Ostland"], "The government will lend the utility as much as CZK 320 billion", 3.2e11, currency="CZK")
    assign_groups([a, b])
    assert a.group != b.group


def test_the_government_is_the_one_the_text_last_named_by_its_place(nlp):
    text = ("MELBOURNE, May 14 – The Victorian government will spend $40 million on a wind port, the energy "
            "minister said. Under the auction, winners will get contracts, and the government will also build a "
            "new transmission line to the coast.")
    assert set(map(tuple, _actors_of(nlp, text, "transmission line"))) == {("Victorian government",)}


def test_his_government_is_the_country_of_the_person_last_named(nlp):
    text = ("— Norway: 400 million kroner for clinics in Chad, announced by Prime Minister Ola Berg;\n"
            "— Canada: C$90 million for school meals.\n\n"
            "Berg also pointed to the 900 million kroner his government has committed to a new hydrogen plant "
            "at Mongstad.")
    assert set(map(tuple, _actors_of(nlp, text, "hydrogen plant"))) == {("Norway",)}


def test_a_piece_of_a_name_read_from_the_same_subject_is_not_a_second_actor(nlp):
    text = "The Union Cabinet on Thursday approved three chip plants with a combined investment of about Rs 90,000 crore."
    assert [r.actors for r in _extract(nlp, text)] == [["Union Cabinet"]]


def test_a_title_in_quotation_marks_is_not_the_company_it_means(nlp):
    text = ("Streamflix has spent heavily on Korean shows since 2016. Back in 2021, after \"Crash Landing\" broke "
            "viewing records, the company said it would put $300 million into Korean films that year alone.")
    assert [r.actors for r in _extract(nlp, text) if r.money] == [["Streamflix"]]


def test_the_partners_are_the_organisations_of_the_deal_not_its_places(nlp):
    text = ("Harbourline and Kestrel Capital will invest $900 million in ports in Senegal, Egypt and Somaliland. "
            "The partners have committed to apply Kestrel's labour standards to all three projects.")
    assert set(map(tuple, _actors_of(nlp, text, "labour standards"))) == {("Harbourline", "Kestrel Capital")}


def test_console_markup_is_masked_with_offsets_kept_and_other_brackets_left():
    from commitments.extract.console_markup import mask_markup

    text = "[bold red]Vantor[/] said [sic] in [1] and [link=https://x.example]here[/link] [#ff0000 on white]x[/]"
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert masked.split() == ["Vantor", "said", "[sic]", "in", "[1]", "and", "here", "x"]


def test_a_wire_agency_in_the_dateline_never_acts(nlp):
    text = ("(PTI) Japan has committed loans totalling 60 billion yen for a metro line in Pune. It will provide 40 "
            "villages with clean water, the statement said.")
    recs = _extract(nlp, text)
    assert len(recs) == 2 and all(r.actors == ["Japan"] for r in recs)


# --- track records over a closed span of past years -------------------------------------------------

def test_money_handed_over_in_a_closed_span_of_past_years_is_a_track_record(nlp):
    dated = "The previous government invested $2.1 billion in hospital projects between 2017 and 2020."
    undated = "Campaigners said Ostbank had provided about $40 billion of financing to coal miners between 2015 and 2018."
    assert _extract(nlp, dated, published="2025-03-03") == []
    assert _extract(nlp, undated, published=None) == []


def test_a_goal_for_sales_is_no_pledge(nlp):
    text = "Kestrel bought the shipyard in 2024. It aims to lift the yard's annual sales fivefold, to $2 billion, by 2033."
    assert [r for r in _extract(nlp, text) if r.money] == []


def test_a_hedge_without_committing_is_no_pledge(nlp):
    text = ("Kestrel Phones is weighing new plants. Its boss Lena Holt said the phone maker would \"look at\" building a "
            "plant in Ostland, without committing to a figure.")
    assert _extract(nlp, text) == []


def test_a_founder_whose_surname_the_group_bears_speaks_for_the_group(nlp):
    text = ("The Okafor Group raised its stake in a fertiliser plant in Kenya. Kestrel Holdings will own the rest "
            "and said it would build a port. Michael Okafor said the group would also double output at its Tema plant "
            "by 2029.")
    assert set(map(tuple, _actors_of(nlp, text, "double output"))) == {("Okafor Group",)}


def test_a_recipient_the_other_passage_names_is_no_conflict():
    from commitments.extract.consolidate import assign_groups
    from test_extract_consolidate import rec

    a = rec("a.txt", ["Kelby"], "Kelby to pour $2 billion into Norrby", 2e9, recipients=["Norrby"])
    b = rec("a.txt", ["Kelby Mining"], "Kelby Mining will invest $2 billion at its Norrby mine in Northern Province",
            2e9, recipients=["Northern Province"])
    c = rec("a.txt", ["Kelby Mining"], "Separately, Kelby Mining will invest $2 billion in Chile", 2e9, recipients=["Chile"])
    assign_groups([a, b, c])
    assert a.group == b.group != c.group


def test_the_government_of_a_text_whose_country_is_never_tagged_a_place(nlp):
    text = ("Mexico News Daily | Energy\n\n"
            "The state utility will build four plants in Sonora and Tula, its director Ana Ruiz said. "
            "She added that the government will meet its commitment to generate 40% of the country's power from "
            "clean sources by 2030.")
    assert set(map(tuple, _actors_of(nlp, text, "clean sources"))) == {("Mexico",)}


def test_the_region_is_a_body_named_region_x_and_nothing_else(nlp):
    named = "Region Östergötland has agreed to pay half of the new tram line. The region will also buy 30 new trams before 2031."
    unnamed = "Farmers in the north are struggling. The region will also buy 30 new trams before 2031."
    assert set(map(tuple, _actors_of(nlp, named, "30 new trams"))) == {("Region Östergötland",)}
    assert _actors_of(nlp, unnamed, "30 new trams") == []


def test_announcing_the_allocation_named_before_is_no_new_pledge_and_titles_are_no_names(nlp):
    text = ("The Government will spend $90 million on vocational scholarships next year.\n\n"
            "Deputy Prime Minister and Minister for Finance Professor Sione Vatu announced the allocation while "
            "delivering the budget in Parliament last week.")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs] == [(["Government"], (9e7, "USD"))]
