"""Issue #12, seventh round (who acts and in which dollar, on news written apart from the
rules): each general class probed with sentences written for it (invented companies, people,
towns and sums; real provinces and countries only as gazetteer entries)."""
from __future__ import annotations

from commitments.extract.currency_context import local_dollar
from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)


def _records_saying(nlp, text: str, words: str) -> list[tuple[list[str], tuple | None]]:
    """(actors, money) of each record whose passage holds ``words``."""
    return [(r.actors, _money(r) if r.money else None) for r in _extract(nlp, text) if words in r.passage.text]


# --- which dollar a bare "$" is -----------------------------------------------------------------

def test_a_story_about_nsw_towns_writes_australian_dollars():
    text = ("Bushfire recovery: $40m for NSW villages\n\nResidents of Riverbend and Lismore will be able to "
            "apply for grants from a $40 million fund, the NSW government said on Sunday; NSW councils welcomed it.")
    assert local_dollar(text)[0] == "AUD"


def test_a_story_about_smaller_canadian_cities_writes_canadian_dollars():
    text = ("Moncton, Kamloops and Thunder Bay will share $12 million for new shelters, the housing agency said. "
            "Officials in Moncton said the money would arrive in spring.")
    assert local_dollar(text)[0] == "CAD"


# --- whose "his government" and "the government" are -------------------------------------------

def test_a_premiers_government_is_the_provinces(nlp):
    text = ("Ottawa will spend $30 million on language classes for newcomers, the federal minister said.\n\n"
            "Saskatchewan Premier Ada Korven said his government would put $4.5 million into rural clinics near "
            "Regina.")
    assert _records_saying(nlp, text, "rural clinics") == [(["Saskatchewan"], (4.5e6, "CAD"))]


def test_a_small_island_states_prime_minister_speaks_for_it(nlp):
    text = ("New Zealand will lend NZ$20 million for a second undersea cable.\n\n"
            "Solomon Islands Prime Minister Tere Vaka said his government would introduce a bill on shared use of "
            "the cable next year.")
    assert _records_saying(nlp, text, "introduce a bill") == [(["Solomon Islands"], None)]


def test_a_deputy_premiers_government_is_the_states_not_the_countrys(nlp):
    text = ("Australia will contribute $2 billion to new Games venues across Queensland, the federal "
            "Infrastructure Minister said in Brisbane.\n\n"
            "Deputy Premier Rob Tallis said the government would table a bill this year to fast-track stadium "
            "approvals.")
    assert _records_saying(nlp, text, "table a bill") == [(["Queensland"], None)]


# --- headlines ----------------------------------------------------------------------------------

def test_a_capital_that_locks_in_a_sum_in_a_headline_is_its_government_not_the_place_funded(nlp):
    text = ("Ottawa locks in $60m for Halifax piers as harbour deal is signed\n\n"
            "The federal government will contribute $60 million towards new piers in Halifax.")
    heads = [r for r in _extract(nlp, text) if r.passage.text.startswith("Ottawa")]
    assert [(r.actors, _money(r)) for r in heads] == [(["Canada"], (6e7, "CAD"))]


def test_a_state_government_in_a_text_that_writes_us_dollars_is_the_state_not_the_us(nlp):
    text = ("Hotel groups will open 40 resorts in Yucatán this year. Developers signed a deal to build a "
            "200-room hotel at Progreso, a project worth around US $300 million.\n\n"
            "The state government said it will also spend 900 million pesos on a new coastal highway.")
    assert _records_saying(nlp, text, "900 million pesos") == [(["Yucatán"], (9e8, "MXN"))]


def test_a_speaker_is_not_the_names_of_the_relative_clause_hung_on_it(nlp):
    text = ("Flag carrier Iberia agreed to buy more green fuel from the Huelva site. Tavrik, whose Sines "
            "refinery started making SAF from waste fat in 2023, said it would double the refinery's output by "
            "2028.")
    assert _records_saying(nlp, text, "double") == [(["Tavrik"], None)]


def test_the_company_of_a_speaker_named_by_a_possessive_title_whatever_the_tagger_made_of_it(nlp):
    text = ("Hilton's resort in Tulum remains the largest hotel investment in the area.\n\n"
            "Xantora's vice-president Diego Llamas said sales had doubled, and that the company would also pay "
            "for a training school for 300 apprentices.")
    assert _records_saying(nlp, text, "training school") == [(["Xantora"], None)]


def test_the_company_after_a_quoted_officer_is_the_officers_company(nlp):
    text = ("The European Commission has approved a grant of 50 million euros for the terminal.\n\n"
            "\"We are ready to grow,\" Northern Star managing director Tom Hale told reporters. The company "
            "will open a second depot at the port next year.")
    assert _records_saying(nlp, text, "second depot") == [(["Northern Star"], None)]


# --- what is not a pledge of its own --------------------------------------------------------------

def test_what_a_relative_clause_says_a_speaker_expects_is_no_pledge_of_the_speaker(nlp):
    text = ("Varnel Foods will build 40 grain stores for about 30,000 farmers in producer groups, which "
            "Halden said would cut waste and give farmers fairer prices.")
    assert [r.actors for r in _extract(nlp, text)] == [["Varnel Foods"]]


def test_a_gerund_inside_a_pledge_is_not_a_second_record(nlp):
    text = "Ostland's asylum plan commits the country to resettling 9,000 refugees by 2028, the minister said."
    assert len(_extract(nlp, text)) == 1


def test_a_question_in_a_headline_is_no_pledge(nlp):
    text = "Ostland floods: who pledged what at the donors' meeting\n\nDonors met in Geneva on Monday."
    assert _extract(nlp, text) == []


def test_a_programme_a_government_owns_acts_for_that_government_not_for_the_speaker(nlp):
    text = ("The Kenyan government's Afya Labs mission will add a grant of up to US$2 million for a vaccine "
            "filling line, Varda Biotech said.")
    assert _records_saying(nlp, text, "Afya Labs") == [(["Kenya"], (2e6, "USD"))]


# --- governments listed together, and who pays for a package ---------------------------------------

def test_a_package_funded_by_two_governments_is_theirs_not_the_towns_that_share_it(nlp):
    text = ("Coastal shires hit by the cyclone will split a $90 million rebuilding fund, paid for jointly by "
            "the federal and Queensland governments.")
    assert [actors for actors, _ in _records_saying(nlp, text, "rebuilding fund")] == [["Australia", "Queensland"]]


def test_the_two_governments_are_the_governments_listed_before(nlp):
    text = ("Flooded farms in Ontario will share a $40 million fund, jointly financed by the federal and Ontario "
            "governments. The two governments will also create a $15 million loan scheme for barns, Ontario "
            "Deputy Premier Ann Reid said.")
    assert [sorted(actors) for actors, _ in _records_saying(nlp, text, "loan scheme")] == [["Canada", "Ontario"]]


# --- grouping -------------------------------------------------------------------------------------

def test_a_headline_restating_its_leads_sum_is_one_pledge_whatever_level_of_place_each_names(nlp):
    from commitments.extract.consolidate import assign_groups

    text = ("Ostland commits 52 bn yen for sewer upgrades in Varby, Lund\n\n"
            "Ostland will extend development loans totalling 52.04 billion yen to Norrland and Sudmark "
            "for sanitation works, its embassy said on Sunday.")
    recs = _extract(nlp, text)
    assign_groups(recs)
    assert len(recs) == 2 and recs[0].group == recs[1].group


def test_a_headline_sum_is_the_upper_bound_of_its_leads_range(nlp):
    from commitments.extract.consolidate import assign_groups

    text = ("Norbank earmarks up to $400 billion for clean-energy lending\n\n"
            "Norbank Holdings said on Friday it will provide between $300 billion and $400 billion in loans "
            "for renewable projects over the next decade.")
    recs = [r for r in _extract(nlp, text) if r.money]
    assign_groups(recs)
    assert len(recs) == 2 and recs[0].group == recs[1].group


# --- who receives, and what is no gift ------------------------------------------------------------

def test_a_sectors_contribution_to_gdp_is_no_pledge(nlp):
    text = "Ostland's fishing industry contributed about $4.2 billion to the country's GDP last year, the statistics office said."
    assert _extract(nlp, text) == []


def test_a_party_allocated_a_sum_receives_it_from_the_body_the_story_follows(nlp):
    text = ("The City of Varby will spend R2 billion on infrastructure this year, the mayor said. "
            "The Varby water board has been allocated R400 million for new pipes.")
    assert _records_saying(nlp, text, "water board") == [(["City of Varby"], (4e8, "ZAR"))]


def test_the_sum_a_country_was_allocated_is_not_its_pledge(nlp):
    text = "Ostland has drawn only 60% of the €5.9 billion it was allocated for the last budget period."
    assert _extract(nlp, text) == []


def test_a_presidents_government_is_the_country_the_story_is_about_not_the_donor_that_acts_most(nlp):
    text = ("Morocco quake: donors pledge aid for rebuilding\n\n"
            "Sweden will give €45 million to Morocco. Norway will give €30 million for schools in Morocco. "
            "Sweden will also send 40 engineers to Morocco.\n\n"
            "President Amal Rahmi told the conference the government would rebuild 20,000 houses before winter.")
    assert _records_saying(nlp, text, "20,000 houses") == [(["Morocco"], None)]


def test_what_a_premier_says_a_group_will_be_given_is_the_provinces_pledge(nlp):
    text = "Every teacher in Manitoba will be given a laptop under a provincial plan, the premier said."
    assert _records_saying(nlp, text, "laptop") == [(["Manitoba"], None)]


def test_what_a_minister_says_farmers_will_be_offered_is_the_countrys_pledge(nlp):
    text = ("Kenya's farm exports rose last year. Every smallholder in the Rift Valley will be offered "
            "subsidised seed next season, the minister said.")
    assert _records_saying(nlp, text, "subsidised seed") == [(["Kenya"], None)]


def test_a_partnership_signed_in_an_earlier_year_is_background(nlp):
    text = ("Ostland and Varnia signed a fisheries accord in 2022. Ostland will lend A$50 million "
            "to a Varnian lithium refinery, the minister said on Monday.")
    recs = _extract(nlp, text, published="2024-05-06")
    assert [r.passage.text[:14] for r in recs] == ["Ostland will l"]


def test_the_club_a_person_speaks_for_is_not_the_person(nlp):
    assert _extract(nlp, "The club will spend £50 million on a new youth academy, chairman Tom Reed said.") == []
    text = ("Ostby United unveiled plans for its new ground. The club will spend £50 million on a new youth "
            "academy, chairman Tom Reed said.")
    assert _records_saying(nlp, text, "youth academy") == [(["Ostby United"], (5e7, "GBP"))]


# --- state aid, loans taken, city bodies ------------------------------------------------------------

def test_state_aid_a_regulator_approves_is_the_states(nlp):
    text = ("The European Commission has approved a €500 million Portuguese measure to support a battery cell "
            "plant in Sines.")
    assert _records_saying(nlp, text, "Portuguese measure") == [(["Portugal"], (5e8, "EUR"))]


def test_a_sum_borrowed_from_a_lender_is_the_lenders_loan(nlp):
    text = "Varby will borrow €300 million from the European Investment Bank for new trams."
    assert _records_saying(nlp, text, "borrow") == [(["European Investment Bank"], (3e8, "EUR"))]


def test_a_capitals_council_is_the_city_not_the_country(nlp):
    text = "Lisbon's council voted to spend €90 million on new trams."
    assert _records_saying(nlp, text, "trams") == [(["Lisbon"], (9e7, "EUR"))]


def test_working_towards_targets_and_approving_a_merger_or_tariffs_pledge_nothing(nlp):
    assert _extract(nlp, "Ostland will work towards new emission targets, the minister said.") == []
    assert _extract(nlp, "The Norvik group on Monday approved the merger of its two shipyards.") == []
    assert _extract(nlp, "Varby's council also approved fare increases of 6% for buses.") == []


def test_the_leaders_are_the_group_they_were_named_by(nlp):
    text = ("G20 leaders met in Varby on Friday. The leaders also reaffirmed their commitment to mobilize up to "
            "$300 billion by 2030 for clean power.")
    assert _records_saying(nlp, text, "reaffirmed") == [(["G20"], (3e11, "USD"))]


def test_a_pledge_reaffirmed_is_a_pledge_reported_again(nlp):
    text = "Qatar reaffirmed its earlier pledge of US$40 million to the vaccine alliance on Thursday."
    assert _records_saying(nlp, text, "reaffirmed") == [(["Qatar"], (4e7, "USD"))]


def test_items_of_a_pledge_list_run_into_one_sentence_are_each_givers_pledge(nlp):
    text = ("New pledges announced at the summit were as follows: US$60 million from Ostland; EUR 20 million from "
            "Germany; and NOK 200 million from Norway.")
    assert [(a, m) for a, m in _records_saying(nlp, text, "from")] == [
        (["Ostland"], (6e7, "USD")), (["Germany"], (2e7, "EUR")), (["Norway"], (2e8, "NOK"))]
    assert _extract(nlp, "Ticket prices were as follows: $60 from Monday; $80 from June.") == []


def test_a_sum_given_in_each_of_the_previous_years_is_done_not_pledged(nlp):
    text = ("Ostland has raised its yearly aid pledge to €900 million, having paid out €700 million in each "
            "of the previous three years.")
    assert [m for _, m in _records_saying(nlp, text, "€")] == [(9e8, "EUR")]


def test_what_a_party_would_have_spent_is_no_pledge(nlp):
    text = ("Ostland's education minister said the province will build 12 schools. Opposition leader Jane Roe "
            "said a government of hers would have paid $2 billion for the schools.")
    assert _records_saying(nlp, text, "would have") == []


def test_a_company_described_as_owned_by_another_acts_itself(nlp):
    for text, actor in (
            ("Norvik, the Danish shipyard owned by Japan's Marunaka, will build six ferries by 2027.", "Norvik"),
            ("Solvara, the Czech tram maker owned by Korea's Hanmo, will deliver 30 trams by 2026.", "Solvara")):
        assert [a for a, _ in _records_saying(nlp, text, "will")] == [[actor]], text


def test_the_city_is_the_city_whose_council_just_acted_not_the_dateline(nlp):
    text = ("OSTBY, March 3 - Other cities are moving the same way. Varby's council on Tuesday approved a plan "
            "to replace its diesel buses. The city will put 90 million euros towards 40 battery buses, its mayor said.")
    assert [a for a, _ in _records_saying(nlp, text, "battery buses")] == [["Varby"]]


def test_it_opening_a_sentence_is_the_named_subject_of_the_sentence_before(nlp):
    text = ("Varnia's defence ministry said it would buy 40 drones. Ostland's government announced on Monday that "
            "it would send a support package worth €300 million. It will also train 400 soldiers this spring.")
    assert [a for a, _ in _records_saying(nlp, text, "train 400")] == [["Ostland"]]


def test_a_mention_read_across_console_markup_holds_the_stored_text(nlp):
    # found by the fuzz test: the parse reads markup masked with spaces, the record keeps the text
    from commitments.extract.commitments import extract_documents
    from commitments.records import Document, content_hash

    text = "5[bold]The government plans to spend €3bn"
    ((_, records),) = list(extract_documents([Document(doc="m.txt", sha256=content_hash(text), text=text)]))
    assert records
    for r in records:
        assert all(m.text == text[m.start:m.end] for m in r.mentions)
        assert all("  " not in a for a in r.actors)
