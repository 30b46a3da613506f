"""Issue #12, ninth round (who "it", "the company" and "the province" are, on news written
apart from the rules): each class probed with sentences written for it (invented companies,
people, towns and sums; real provinces and countries only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def _labels(nlp, text: str, name: str) -> set[str]:
    return {e.label_ for e in nlp(text).ents if e.text == name}


# --- one type per name --------------------------------------------------------------------------

def test_a_company_introduced_by_what_it_does_is_a_company_at_every_mention(nlp):
    text = ("Lisbon, May 3 - Coastal farming startup Velmora has raised 40 million euros, it said. "
            "Velmora buys old salt pans and turns them into oyster beds. Velmora will open two hatcheries by 2027.")
    assert _labels(nlp, text, "Velmora") == {"ORG"}


def test_a_name_shortened_to_its_first_word_is_a_company(nlp):
    text = ("Oslo, June 2 - The government will lend 900 million crowns to Trondvik Marine Foods, it said. "
            "Trondvik will build a fish-feed mill near Bodø. Trondvik shares rose 4%.")
    assert _labels(nlp, text, "Trondvik") == {"ORG"}


def test_a_surname_of_a_person_named_in_full_is_a_person(nlp):
    text = ("Halvard Pettersen, the chief executive, said the mill would open in spring. "
            "Pettersen added that Norland Feeds would hire 80 people.")
    assert _labels(nlp, text, "Pettersen") <= {"PERSON"}


# --- "the company", "the club", "the province" --------------------------------------------------

def test_the_company_is_the_one_introduced_as_a_company_not_a_public_body_or_a_place(nlp):
    text = ("Brussels, March 4 (AFP) - Korean chipmaker Hanmir Devices will invest about 2.1 billion euros in a "
            "wafer plant near Ostrava, which should open in 2028.\n\n"
            "The European Commission on Tuesday approved a 600 million euro Czech grant for the plant, saying the "
            "aid was needed to keep it in Europe.\n\n"
            "The company also plans to build a recycling line at the site and train 300 technicians, it said in a "
            "statement.")
    assert _records_saying(nlp, text, "recycling line") == [(["Hanmir Devices"], None)]


def test_the_club_is_the_sports_club_named_before_not_its_owner(nlp):
    text = ("Fans packed the hall for Kestley Wanderers' annual meeting on Saturday.\n\n"
            "The club's owners, the Dallas-based Ornfeld Holdings, will invest £40 million in the ground, chief "
            "executive Mara Lund said.\n\n"
            "Lund also said the club will build a new pitch for local schools.")
    assert _records_saying(nlp, text, "new pitch") == [(["Kestley Wanderers"], None)]


def test_the_province_is_the_province_the_story_names_beyond_a_dateline(nlp):
    text = ("VICTORIA — The British Columbia government will spend $900 million on new clinics, the health minister "
            "said Tuesday.\n\n"
            "About $200 million of the total is set aside for rural sites.\n\n"
            "Officials said demand had grown for years.\n\n"
            "The province will also hire 400 nurses by next spring.")
    assert _records_saying(nlp, text, "hire 400 nurses") == [(["British Columbia"], None)]


def test_the_company_goes_on_being_the_subject_through_descriptions(nlp):
    text = ("Pune, Nov 4 (PTI) Grocery chain Kavya Mart will invest Rs 900 crore over three years to open 80 stores, "
            "chairman Anil Rao said.\n\n"
            "The chain, which runs 30 outlets today, will also hire 2,000 people.\n\n"
            "\"We have already put Rs 100 crore into cold storage,\" he said. The next phase is about smaller towns.\n\n"
            "Of the outlay, Rs 200 crore is earmarked for a warehouse near Nashik.\n\n"
            "The company will buy vegetables directly from 10,000 farmers.")
    assert _records_saying(nlp, text, "10,000 farmers") == [(["Kavya Mart"], None)]


# --- "it" -----------------------------------------------------------------------------------------

def test_it_after_a_sentence_about_the_government_is_that_government(nlp):
    text = ("VICTORIA — The British Columbia government will spend $400 million on school repairs, the minister "
            "said.\n\n"
            "The government has promised $20 million a year for teacher housing.\n\n"
            "It will also table legislation this spring to speed up school land purchases.")
    assert _records_saying(nlp, text, "table legislation") == [(["British Columbia"], None)]


def test_it_after_a_named_persons_speech_is_never_that_person(nlp):
    text = ("Ornfeld Holdings will invest £40 million in the Kestley Wanderers ground, chief executive Mara Lund "
            "said.\n\n"
            "On the academy, Mara Lund says it will spend £5 million on 20 scholarships a year from 2026.")
    actors = [a for a, _ in _records_saying(nlp, text, "20 scholarships")]
    assert actors and all("Mara Lund" not in a and "Lund" not in a for a in actors)


def test_a_company_speaking_about_itself_is_it_even_when_tagged_as_a_person(nlp):
    text = ("Brasília, 10/09/2024 – The development bank has approved loans to two drug makers.\n\n"
            "Farmavita said it would invest in new production lines in Goiânia.")
    assert [a for a, _ in _records_saying(nlp, text, "production lines")] == [["Farmavita"]]


def test_a_school_district_tagged_as_a_title_is_who_speaks(nlp):
    text = ("Ottawa will contribute $50 million to child-care spaces in new schools.\n\n"
            "The Delta School District, the region's second largest, said it would put $12 million of its own "
            "reserves into a new secondary school.")
    assert [a for a, _ in _records_saying(nlp, text, "$12 million")] == [["Delta School District"]]


def test_a_name_in_east_asian_order_after_a_title_stays_a_person(nlp):
    text = ("Prime Minister Tanabe Haruki met the president on Wednesday. Tanabe said Japan would lend "
            "$40 million for the new port.")
    assert _labels(nlp, text, "Tanabe") <= {"PERSON"}


def test_a_company_the_model_knows_alone_keeps_its_own_name_beside_its_lab(nlp):
    text = ("Google will invest $2.9 billion in cloud computing in Japan over two years. "
            "It will also open the Google Research Asia lab in Tokyo. Google said the money would "
            "double its capacity.")
    assert {tuple(a) for a, _ in _records_saying(nlp, text, "2.9 billion")} == {("Google",)}


def test_a_company_shortened_to_its_first_word_is_named_in_full(nlp):
    text = ("Halvorsen Copper Corporation will spend $400 million to expand its Zeta mine, chief executive Tom Reed "
            "said. \"Halvorsen believes its host countries are partners,\" Reed said. "
            "Halvorsen will also build a training school near the mine.")
    assert [a for a, _ in _records_saying(nlp, text, "training school")] == [["Halvorsen Copper Corporation"]]


def test_the_retailer_is_the_company_introduced_as_a_retailer_not_the_investor_named_last(nlp):
    text = ("Mumbai, Aug 12 (PTI) Value fashion retailer Orvana Stores Ltd will invest Rs 450 crore to open 120 "
            "stores, its managing director said.\n\n"
            "Orvana Stores runs 286 outlets.\n\n"
            "Private equity firm Kestmoor Partners will put ₹300 crore into the company next month.\n\n"
            "Under its training plan, the retailer will train 1,000 women as store associates, the director said.\n\n"
            "The company will open its first store in Assam before Diwali.")
    for words in ("1,000 women", "first store in Assam"):
        assert [[a.removesuffix(" Ltd") for a in actors] for actors, _ in _records_saying(nlp, text, words)] \
            == [["Orvana Stores"]]


# --- currency in context ---------------------------------------------------------------------------

def test_a_k_before_the_figure_is_the_kina_in_a_story_from_port_moresby(nlp):
    text = ("PORT MORESBY, Tuesday – Landowners have signed an agreement with Warrau Gold Ltd.\n\n"
            "Warrau Gold will pay K40 million into a community trust over five years.")
    assert _records_saying(nlp, text, "K40 million") == [(["Warrau Gold"], (4e7, "PGK"))]


def test_a_k_before_the_figure_is_the_kwacha_in_a_story_from_lusaka(nlp):
    text = "Lusaka, May 2 - The Zambian government will spend K1.2 billion on feeder roads in the Copperbelt."
    assert [m for _, m in _records_saying(nlp, text, "K1.2 billion")] == [(1.2e9, "ZMW")]


def test_a_treaty_settlement_with_iwi_writes_new_zealand_dollars(nlp):
    text = ("Iwi and the Crown sign deed of settlement\n\n"
            "The iwi and the Crown signed a Deed of Settlement at the marae today, resolving Treaty of Waitangi "
            "claims. Under the deed, the Crown will provide the iwi with redress of $40 million, and te reo "
            "classes will be funded.")
    assert [m for _, m in _records_saying(nlp, text, "$40 million")] == [(4e7, "NZD")]


# --- lists whose lead-in says they name who gives -------------------------------------------------

def test_the_labels_of_a_list_of_backers_are_who_gives(nlp):
    text = ("The regional government of Galicia will contribute €3.2 million over three years to the Maresía "
            "festival, the culture councillor said.\n\n"
            "Organisers also named the festival's private backers for 2026:\n\n"
            "- Brewer Taberna Ulla, the main sponsor: €750,000 over three years;\n"
            "- Caixa Ártabra: €400,000, plus a payment system for the site;\n"
            "- Lugo city council: €250,000 a year.")
    got = {m: a for a, m in _records_saying(nlp, text, "€")}
    assert got[(7.5e5, "EUR")] == ["Taberna Ulla"]
    assert got[(4e5, "EUR")] == ["Caixa Ártabra"]
    assert got[(2.5e5, "EUR")] == ["Lugo city council"]


def test_the_labels_of_a_breakdown_are_still_who_receives(nlp):
    text = ("The Carrow Trust will give $20 million to housing charities, its director said. The biggest grants are:\n\n"
            "- Town of Ashwell: $12 million, for 200 homes\n"
            "- Hollins Shelter: $8 million")
    assert {tuple(a) for a, _ in _records_saying(nlp, text, "$12 million")} == {("Carrow Trust",)}


# --- lists of verb phrases under "X will:" -----------------------------------------------------------

def test_each_line_of_a_verb_list_under_a_lead_in_is_a_pledge_of_its_subject(nlp):
    text = ("PORT MORESBY, Tuesday – Warrau Gold Ltd will develop the Wewak gold mine.\n\n"
            "The company has also undertaken to:\n"
            "- employ at least 900 Papua New Guineans during construction;\n"
            "- build a trade training centre at Wewak;\n"
            "- spend US$20 million on upgrading the coast road.")
    got = [(a, m) for a, m in _records_saying(nlp, text, "")]
    assert sorted(got, key=str) == [(["Warrau Gold Ltd"], (2e7, "USD")), (["Warrau Gold Ltd"], None),
                                    (["Warrau Gold Ltd"], None)]


def test_a_verb_list_under_a_lead_in_without_a_modal_is_no_pledge(nlp):
    text = ("Warrau Gold Ltd reported its results on Tuesday. Last year the company managed to:\n"
            "- build a trade training centre at Wewak;\n"
            "- open two clinics.")
    assert not [a for a, _ in _records_saying(nlp, text, "training centre")]


def test_a_future_verb_whose_object_is_a_count_of_things_or_a_stretch_of_land_delivers_them(nlp):
    text = "Metrolink Authority will introduce 14 peak-hour express routes into the city next year, the minister said."
    assert _records_saying(nlp, text, "express routes") == [(["Metrolink Authority"], None)]
    text = "Harbin Water will lease 25 acres of land to the venture for 30 years."
    assert _records_saying(nlp, text, "25 acres") == [(["Harbin Water"], None)]


def test_a_plant_that_will_produce_a_count_of_goods_pledges_nothing(nlp):
    text = "Orvana Stores said the new factory will produce 18 million shirts a year once it opens in 2027."
    assert _records_saying(nlp, text, "18 million shirts") == []


# --- coordinated verbs -----------------------------------------------------------------------------

def test_coordinated_verbs_with_objects_of_their_own_are_pledges_of_their_own(nlp):
    text = ("Velmora Farms will plant 9 million native trees by June and restore 20,000 hectares of degraded "
            "pasture by 2030, its co-founder said.")
    recs = _records_saying(nlp, text, "")
    assert sorted(recs, key=str) == [(["Velmora Farms"], None), (["Velmora Farms"], None)]


def test_an_intention_shared_by_coordinated_verbs_makes_each_a_pledge(nlp):
    text = "Norvane Health plans to open a training centre in Nairobi, donate 350 laboratory kits and fund a clinic."
    assert len([a for a, _ in _records_saying(nlp, text, "") if a == ["Norvane Health"]]) == 3


def test_the_purpose_of_one_sum_is_one_pledge_not_several(nlp):
    text = ("EDMONTON — Alberta will spend $4 billion over three years to build 16 new schools and add 9,000 student spaces, "
            "the premier said.")
    assert _records_saying(nlp, text, "") == [(["Alberta"], (4e9, "CAD"))]


def test_a_plants_output_and_head_count_are_no_pledges(nlp):
    text = ("The unit is expected to produce 18 million garments a year and employ about 6,500 workers once fully "
            "running in 2027.")
    assert _records_saying(nlp, text, "employ") == []


def test_a_past_verb_coordinated_with_a_present_fact_is_no_pledge(nlp):
    text = "Orrin Capital has net assets of about £7 billion and invested £1.5 billion in 2020."
    assert _records_saying(nlp, text, "invested") == []


# --- sums and frames ---------------------------------------------------------------------------------

def test_a_word_past_to_names_the_recipient_not_what_the_sum_measures(nlp):
    text = ("Britain's climate minister told the plenary that the government will provide up to £40 million to the "
            "loss and damage fund over two years.")
    assert [m for _, m in _records_saying(nlp, text, "£40 million")] == [(4e7, "GBP")]


def test_tk_before_a_figure_is_the_taka(nlp):
    from commitments.extract.money import find_amounts

    assert [(a.value, a.currency) for a in find_amounts("a Tk 1,450cr factory and Tk 35 crore for housing")] == [
        (1.45e10, "BDT"), (3.5e8, "BDT")]


def test_a_sum_being_spent_on_a_plant_is_an_outlay_under_way(nlp):
    text = "Talvik Chem, the group's parent, is separately spending $1.4 billion on a cathode plant in Ohio."
    assert _records_saying(nlp, text, "cathode plant") == [(["Talvik Chem"], (1.4e9, "USD"))]


def test_a_sum_being_spent_on_running_costs_is_no_pledge(nlp):
    text = "Talvik Chem is spending $40 million on salaries this quarter."
    assert _records_saying(nlp, text, "salaries") == []


def test_the_state_after_a_sentence_about_a_national_government_is_that_government(nlp):
    text = ("PARIS, May 3 - France's development agency will lend €50 million to the vaccine plant near Dakar.\n\n"
            "The Senegalese government is also putting its own money in. The state will cover 10 billion CFA francs "
            "of road and power connections to the site, the health minister said.")
    assert [a for a, _ in _records_saying(nlp, text, "CFA francs")] == [["Senegal"]]


# --- what the name-type rules must leave alone (the review's probes) -------------------------------

def test_people_introduced_by_a_trade_stay_people(nlp):
    text = ("Veteran lawmaker Maria Okafor said the bill would pass. Boxing promoter Dan Kessel agreed. "
            "Okafor and Kessel spoke in Abuja, where Maria Villa also spoke.")
    for name in ("Maria Okafor", "Dan Kessel", "Maria Villa"):
        assert "ORG" not in _labels(nlp, text, name)


def test_a_surname_first_name_shortened_to_its_surname_stays_a_person(nlp):
    text = "Park Ji-hoon, the science minister, said Korea would fund six quantum labs. Park added that more would follow."
    assert "ORG" not in _labels(nlp, text, "Park Ji-hoon")


def test_a_company_with_a_public_word_inside_its_name_is_still_the_company(nlp):
    text = ("Kestmoor Partners said that Halden Treasury Services will open a new office in Leeds.\n\n"
            "The company will also hire 120 staff.")
    assert [a for a, _ in _records_saying(nlp, text, "120 staff")] == [["Halden Treasury Services"]]


def test_a_lead_in_that_says_where_contributions_went_lists_recipients(nlp):
    text = ("The Carrow Trust will give $20 million to housing charities, its director said. The biggest "
            "contributions went to:\n\n"
            "- Town of Ashwell: $12 million, for 200 homes\n"
            "- Hollins Shelter: $8 million")
    assert {tuple(a) for a, _ in _records_saying(nlp, text, "$12 million")} == {("Carrow Trust",)}


# --- precision: sums put in last year, levels crossed, sums sought --------------------------------

def test_a_sum_put_in_last_year_is_past_spending(nlp):
    text = "Donors put only about $140 million into clean cooking in Africa last year, according to the alliance."
    assert _records_saying(nlp, text, "$140 million") == []


def test_a_market_expected_to_cross_a_sum_is_no_pledge(nlp):
    text = "India's retail market is worth about $950 billion and is expected to cross $1.4 trillion by 2030."
    assert _records_saying(nlp, text, "trillion") == []


def test_a_sum_a_company_would_seek_is_no_pledge(nlp):
    text = ("Velmora Fusion said the company would seek another 500 million euros, most of it in project debt, "
            "to finance a pilot plant.")
    assert _records_saying(nlp, text, "500 million euros") == []


# --- parser slips -------------------------------------------------------------------------------------

def test_a_name_the_parser_hung_on_a_leading_phrase_is_the_subject(nlp):
    text = ("Besides the bank's loan, Norway, through its aid agency Norad, will provide a €9 million "
            "($10 million) grant to help pay for seed insurance.")
    assert _records_saying(nlp, text, "€9 million") == [(["Norway"], (9e6, "EUR"))]


def test_a_title_case_headlines_verb_is_no_part_of_the_name_before_it(nlp):
    text = "Carrow Trust Approves $75 Million to Shield Farmers from Drought\n\nThe trust said on Monday it would help."
    assert [a for a, _ in _records_saying(nlp, text, "$75 Million")] == [["Carrow Trust"]]


def test_names_retyped_in_worker_processes_come_back_the_same():
    # the pipe's user data crosses processes as msgpack: a set there broke every two-worker ingest
    from commitments.extract.commitments import extract_documents
    from commitments.records import Document, content_hash

    text = ("Oslo, June 2 - Reforestation startup Velmora will plant 9 million trees by June, it said. "
            "Velmora buys old pasture. Velmora will also hire 40 rangers.")
    docs = [Document(doc=f"t{i}.txt", sha256=content_hash(text + str(i)), text=text + f" ({i})", title=None,
                     published="2025-06-02", publisher=None) for i in range(2)]
    one = [[r.actors for r in recs] for _, recs in extract_documents(docs, workers=1)]
    two = [[r.actors for r in recs] for _, recs in extract_documents(docs, workers=2)]
    assert one == two and one[0]


# --- tenth round (blind6 read after its one score) -------------------------------------------------

def test_a_bullet_is_no_part_of_the_name_it_opens_and_a_dash_sets_off_a_signatorys_sum(nlp):
    text = ("Six chocolate makers signed the Volta Cocoa Compact in Accra on Tuesday.\n\n"
            "Each signatory has set out its own funding for the first three years:\n\n"
            "• Velmora Foods – $95 million, mainly for farm rehabilitation\n"
            "• Taberna Sweets – CHF 60 million in cash incentives for families\n")
    got = {m: a for a, m in _records_saying(nlp, text, "million")}
    assert got == {(9.5e7, "USD"): ["Velmora Foods"], (6e7, "CHF"): ["Taberna Sweets"]}


def test_a_tracker_line_may_spread_its_sum_and_name_an_unnamed_giver(nlp):
    text = ("Tracker: who has put money into the Lakeside News Fund\n\n"
            "1. 12 June 2025: State of Ohio, $20 million over five years\n"
            "2. 19 August 2025: Orrin Foundation and Carrow Trust, $3 million combined\n"
            "3. 2 October 2025: An anonymous donor, $1.5 million\n")
    got = {m: a for a, m in _records_saying(nlp, text, "2025")}
    assert got[(2e7, "USD")] == ["Ohio"] or got[(2e7, "USD")] == ["State of Ohio"]
    assert sorted(got[(3e6, "USD")]) == ["Carrow Trust", "Orrin Foundation"]
    assert [a.casefold() for a in got[(1.5e6, "USD")]] == ["anonymous donor"] or got[(1.5e6, "USD")] == ["An anonymous donor"]


def test_riyals_in_a_story_from_doha_are_qatari(nlp):
    text = "DOHA, May 2 - Qatar Development Bank will put 500 million riyals into a startup accelerator."
    assert [m for _, m in _records_saying(nlp, text, "riyals")] == [(5e8, "QAR")]


def test_a_sum_raised_by_a_share_offering_is_no_pledge(nlp):
    text = ("Orvana Stores plans to fund the rest through internal accruals and a proposed Rs 900 crore "
            "initial public offering.")
    assert [m for _, m in _records_saying(nlp, text, "900 crore") if m is not None] == []


def test_a_passives_agent_that_is_a_description_is_who_it_describes(nlp):
    text = ("PERTH, May 2 - Western Australia will spend $1.6 billion on grid batteries, the energy "
            "minister said.\n\n"
            "Network operator Orrin Power has been given $126 million by the state to upgrade a substation.")
    assert _records_saying(nlp, text, "$126 million") == [(["Western Australia"], (1.26e8, "AUD"))]


def test_list_lines_written_without_bullets_are_read_like_bulleted_ones(nlp):
    text = ("Tracker: pledges to the Sahel food appeal\n\n"
            "19 May: Norway, 300 million kroner\n"
            "19 May: Ireland, €20 million over two years\n"
            "20 May: Kuwait (KFAED), $15 million\n")
    got = {m: a for a, m in _records_saying(nlp, text, "May")}
    assert got == {(3e8, "NOK"): ["Norway"], (2e7, "EUR"): ["Ireland"], (1.5e7, "USD"): ["Kuwait"]}


def test_rupees_written_rs_are_sri_lankan_in_a_story_from_colombo(nlp):
    text = "COLOMBO, May 2 - The Government will allocate Rs. 4.5 billion this year to build 3,000 houses, Sri Lanka's minister said."
    assert [m for _, m in _records_saying(nlp, text, "Rs.")] == [(4.5e9, "LKR")]


def test_the_government_of_a_country_the_model_left_untagged_is_that_country(nlp):
    text = ("Kandy, May 2 - Sri Lanka will spend more on estate housing, the minister said.\n\n"
            "The minister said the government will allocate Rs. 4.5 billion this year to build 3,000 new houses.")
    assert _records_saying(nlp, text, "Rs. 4.5 billion") == [(["Sri Lanka"], (4.5e9, "LKR"))]


def test_a_currency_written_in_letters_is_never_who_gives(nlp):
    text = "The programme is backed by a Rs. 600 million commitment by the Hill Tea Buyers Alliance, the buyers group."
    assert [a for a, _ in _records_saying(nlp, text, "600 million")] == [["Hill Tea Buyers Alliance"]]
