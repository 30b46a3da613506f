"""Issue #12, twenty-second round: shapes read from the misses of blind17/ and blind18/ once they
were scored and became development splits, probed with sentences written for them (invented
bodies, places, sums and wording)."""
from __future__ import annotations

from test_extract_amount_first import _extract, nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying

from commitments.extract.money import find_amounts


# --- lines of a list -----------------------------------------------------------------------------

def test_a_country_that_labels_a_lone_line_under_a_date_gives(nlp):
    text = ("Who has pledged so far\n\n"
            "12 May\n"
            "- Portugal: €40 million spread across 2026-2028; its foreign ministry put out the figure on Saturday.\n\n"
            "10 May\n"
            "- Norway: NOK 300 million, announced in Oslo by the development minister.\n")
    assert _records_saying(nlp, text, "Portugal: €40 million") == [(["Portugal"], (40_000_000.0, "EUR"))]
    assert _records_saying(nlp, text, "Norway: NOK 300 million") == [(["Norway"], (300_000_000.0, "NOK"))]


def test_a_lone_line_labelled_with_a_topic_stays_no_pledge(nlp):
    text = "Spending at a glance\n\n12 May\n- Coastal defences: €18 million, mostly for sea walls.\n"
    assert _records_saying(nlp, text, "€18 million") == []


def test_an_unnamed_collective_that_labels_a_line_of_givers_is_kept_as_written(nlp):
    text = ("The main pledges, according to the organisers:\n"
            "- Norway: NOK 300 million\n"
            "- Development lenders: $2 billion in co-financing\n"
            "- Corporate partners: over $40 million\n")
    assert _records_saying(nlp, text, "Development lenders") == [(["Development lenders"], (2e9, "USD"))]
    assert _records_saying(nlp, text, "Corporate partners") == [(["Corporate partners"], (4e7, "USD"))]


def test_a_label_up_to_ninety_characters_opens_an_unbulleted_line(nlp):
    text = ("Marlow Trust will give $20 million by 2029, its chair said.\n\n"
            "Grants announced by the Marlow Trust backers:\n\n"
            "Halden Foundation for Rural Schools, Libraries and Community Halls in the North: $4 million\n"
            "Corran Family Office, through its regional education and culture programme: $3 million\n")
    assert _records_saying(nlp, text, "Halden Foundation") == [(["Halden Foundation for Rural Schools"], (4e6, "USD"))]


# --- what a report in the present or a participle reports ----------------------------------------

def test_would_under_a_participle_of_saying_is_the_future_of_a_past_report(nlp):
    text = "The Halvorsen Trust made the largest gift, saying it would give $40 million across four years.\n"
    assert _records_saying(nlp, text, "would give") == [(["Halvorsen Trust"], (40e6, "USD"))]


def test_would_under_a_present_report_is_a_pledge(nlp):
    text = "The Greens say they would put £3bn into river clean-up over the parliament.\n"
    assert [m for _, m in _records_saying(nlp, text, "would put")] == [(3e9, "GBP")]


def test_would_of_a_condition_stays_no_pledge_under_a_present_report(nlp):
    text = "Brantwood says it would invest $90 million in the mill if the tax break is renewed.\n"
    assert _records_saying(nlp, text, "$90 million") == []


def test_a_restated_sum_is_the_pledge_reported_again(nlp):
    text = "Denmark used its speech to restate a DKK 900 million package for rural clinics.\n"
    assert _records_saying(nlp, text, "restate") == [(["Denmark"], (900e6, "DKK"))]


def test_what_a_body_gave_until_this_year_is_a_track_record(nlp):
    text = "Carvia, a donor that until last year contributed about €20 million a year, stayed silent.\n"
    assert _records_saying(nlp, text, "€20 million") == []


def test_what_a_plan_would_yield_is_no_pledge(nlp):
    text = "Vessen says a fully funded plan would yield about $12 billion in benefits for the region.\n"
    assert _records_saying(nlp, text, "$12 billion") == []


# --- who "he" is, and whom a speaker speaks for ----------------------------------------------------

def test_he_is_the_name_an_apposition_says_is_a_person_whatever_the_model_tagged(nlp):
    # (the small model tags this surname as a place)
    text = ("On Friday Kerrigan, the founder of Brightmere Homes, cut the ribbon on a ward. "
            "He plans to donate $25 million to Riverside General for a cancer centre.\n")
    assert _records_saying(nlp, text, "He plans") == [(["Kerrigan"], (25e6, "USD"))]


def test_a_speaker_after_an_opening_participle_is_the_subject_not_the_place_spoken_in(nlp):
    text = ("Presenting the budget in the State Assembly, Tomas Oyelaran, who also holds the finance portfolio, "
            "said a rural clinics programme would be rolled out next year, with an allocation of ₦40 billion.\n")
    assert _records_saying(nlp, text, "rolled out") == [(["Tomas Oyelaran"], (40e9, "NGN"))]


# --- loans between governments and credit a lender lets another draw --------------------------------

def test_notes_exchanged_for_a_loan_are_the_loan_signed(nlp):
    text = "Tokyo and Ostland exchanged notes in Vientiane on Tuesday for a ¥95 billion loan to finish a ring road.\n"
    recs = _records_saying(nlp, text, "exchanged notes")
    assert [m for _, m in recs] == [(95e9, "JPY")] and "Japan" in recs[0][0]


def test_notes_exchanged_on_views_are_no_pledge(nlp):
    text = "The two foreign ministers exchanged notes on the border talks over dinner.\n"
    assert _records_saying(nlp, text, "exchanged notes") == []


def test_letting_another_draw_on_a_sum_pledges_it(nlp):
    text = ("The Bank of Ruritania has agreed to let Ostland's monetary authority draw up to $250 million through a "
            "swap window.\n\n"
            "Ruritania will allow Ostland to borrow up to $200 million from its reserves.\n")
    assert _records_saying(nlp, text, "draw up to") == [(["Bank of Ruritania"], (250e6, "USD"))]
    assert _records_saying(nlp, text, "borrow up to") == [(["Ruritania"], (200e6, "USD"))]


def test_a_borrower_that_draws_on_a_sum_pledges_nothing(nlp):
    text = "Ostland drew on $300 million of its swap line last month to pay for fuel imports.\n"
    assert _records_saying(nlp, text, "$300 million") == []


def test_a_capital_letter_after_a_hyphen_scales_a_headline_sum():
    assert [(a.value, a.currency) for a in find_amounts("Lenders seal ¥220-B tranche for Cebu rail")] == [(220e9, "JPY")]
    assert [(a.value, a.currency) for a in find_amounts("City gets $3-M grant")] == [(3e6, "USD")]
    assert [(a.value, a.currency) for a in find_amounts("Route 5-B reopens")] == []


# --- names the model splits or mistakes -----------------------------------------------------------

def test_a_lowercase_word_that_opens_a_tagged_name_with_the_word_before_it_is_that_name(nlp):
    text = ("SEOUL, May 2 (Yonhap) -- SK hydron Inc. on Thursday announced a new battery plant in Ulsan.\n\n"
            "Its directors signed off that morning. SK hydron will spend about 2.1 trillion won on the plant.\n")
    assert _records_saying(nlp, text, "will spend") == [(["SK hydron"], (2.1e12, "KRW"))]


def test_a_word_for_a_business_is_the_company_the_text_is_about_not_a_name_in_a_phrase(nlp):
    text = ("SEOUL, May 2 (Yonhap) -- DX hynora Inc. on Thursday announced a new plant in Ulsan.\n\n"
            "The new hall will rise beside the old one, where DX hynora has been expanding output, part of its push "
            "in layering NAND cells onto SSD boards.\n\n"
            "In March the chipmaker unveiled a $900 million assembly site in Ohio.\n")
    assert [a for a, _ in _records_saying(nlp, text, "chipmaker")] == [["DX hynora Inc."]]


def test_a_brand_before_a_country_is_a_company_not_the_country(nlp):
    text = "Vodacom Tanzania will mount new radio gear on 500 masts.\n"
    assert [a for a, _ in _records_saying(nlp, text, "radio gear")] == [["Vodacom Tanzania"]]


def test_a_cent_sign_after_gh_is_the_cedi(nlp):
    assert [(a.value, a.currency) for a in find_amounts("plans to pay GH¢8 million to farmers")] == [(8e6, "GHS")]


# --- who gives what an announcer announces, and who "she" is -----------------------------------------

def test_a_commitment_announced_from_a_giver_is_the_givers(nlp):
    text = "On Monday Carleton College unveiled a $50-million pledge from alumna Dr. Mira Osei for its library.\n"
    assert _records_saying(nlp, text, "pledge from") == [(["Mira Osei"], (50e6, "USD"))]


def test_she_is_not_the_person_who_tells_of_her_pledge_afterwards(nlp):
    text = ("The donor, a retired pharmacist who wants to stay anonymous, was called a loyal friend by the gallery's "
            "chair, Anton Reiss. She will provide at least two million Swiss francs for the archive, Reiss told reporters.\n")
    assert _records_saying(nlp, text, "She will provide") == [(["donor"], (2e6, "CHF"))]


def test_he_is_the_person_who_says_he_will(nlp):
    text = "Martin Vogt said he would give $2 million to the hospice.\n"
    assert _records_saying(nlp, text, "he would give") == [(["Martin Vogt"], (2e6, "USD"))]


# --- matching gifts ----------------------------------------------------------------------------------

def test_matching_gifts_dollar_for_dollar_up_to_a_sum_is_the_matchers_pledge(nlp):
    text = "The Halden Trust intends to match, dollar for dollar, any alumni donation of up to $100,000.\n"
    assert _records_saying(nlp, text, "Halden Trust") == [(["Halden Trust"], (1e5, "USD"))]


# --- rules imposed on others, and what a facility an actor sets up does -----------------------------

def test_binding_others_to_an_act_is_a_rule_made(nlp):
    text = "The Ostland government will require new hotels in the capital to recycle at least half of their grey water.\n"
    assert _records_saying(nlp, text, "require new hotels") == [(["Ostland"], None)]


def test_a_sum_something_will_require_is_a_need_not_a_rule(nlp):
    text = "The expansion of the Tarn harbour will require about $40 million of new borrowing.\n"
    assert _records_saying(nlp, text, "require") == []


def test_a_facility_an_actor_sets_up_acts_for_that_actor(nlp):
    text = ("Halvorsen Motors will put $15 million into a training academy near Pune. The academy, due to open in "
            "2027, will train 3,000 mechanics by 2029.\n")
    assert [a for a, _ in _records_saying(nlp, text, "3,000 mechanics")] == [["Halvorsen Motors"]]


# --- an earlier pledge a new one adds to ---------------------------------------------------------------

def test_a_package_a_new_pledge_comes_on_top_of_is_the_same_givers_reported_again(nlp):
    text = ("Ostland will give Tarnia a further £40 million in food aid, its foreign ministry said. Varnia offered "
            "€15 million. The new aid sits on top of a £95 million package unveiled in March.\n")
    assert _records_saying(nlp, text, "£95 million") == [(["Ostland"], (95e6, "GBP"))]


def test_a_package_announced_by_another_is_that_ones(nlp):
    text = "Ostland will give Tarnia a further £40 million. It follows a £95 million package announced by the Harbour Bank.\n"
    assert [a for a, _ in _records_saying(nlp, text, "£95 million")] != [["Ostland"]]


# --- what delivers nothing ------------------------------------------------------------------------------

def test_an_event_that_takes_place_or_a_contract_to_negotiate_is_no_pledge(nlp):
    text = ("Karst Arts will take place in August.\n\n"
            "Ostby Harbour and two partners will now negotiate lease contracts.\n")
    assert _records_saying(nlp, text, "take place") == [] and _records_saying(nlp, text, "negotiate") == []


def test_taking_in_people_is_still_delivered(nlp):
    text = "The Halden council will take 300 refugees this year.\n"
    assert [m for _, m in _records_saying(nlp, text, "300 refugees")] == [None]


def test_matching_up_to_a_sum_others_give_is_the_matchers_pledge(nlp):
    text = "The Ostrander family plans to match, dollar for dollar, as much as $30 million that fellow alumni give for chairs.\n"
    assert [a for a, _ in _records_saying(nlp, text, "$30 million")] == [["Ostrander"]]


def test_a_sized_fund_as_subject_is_no_giver_kept_as_written(nlp):
    text = ("Ostland will spend C$40 million on rural nursing homes, the province said on Tuesday. A separate "
            "$5-million fund is to pay for hoists in the smallest homes.\n")
    assert [a for a, _ in _records_saying(nlp, text, "$5-million fund")] == [["Ostland"]]


# --- the twenty-third round, started: dated trackers and acronyms (from blind19/20's misses) ----------

def test_a_tracker_line_that_goes_on_in_a_sentence_of_its_own_still_gives(nlp):
    text = ("Who has given what\n\n"
            "3 Oct 2024 — Norway: US$40 million (about R$220 million). Its minister made the gift in Belém.\n\n"
            "9 Mar 2024 — Portugal: €12 million (R$64 million), confirmed by the embassy.\n")
    assert _records_saying(nlp, text, "Norway: US$40 million") == [(["Norway"], (40e6, "USD"))]


def test_a_country_line_under_a_date_heading_is_a_dated_trackers_entry(nlp):
    text = ("Who has given what\n\n"
            "3 October 2024\n"
            "Norway: US$40 million. Its minister made the new gift in Belém.\n\n"
            "9 March 2024\n"
            "Switzerland: CHF 4 million, signed in Geneva.\n")
    assert [r for r in _records_saying(nlp, text, "Switzerland: CHF 4 million")] == [(["Switzerland"], (4e6, "CHF"))]
    assert [r for r in _records_saying(nlp, text, "Norway: US$40 million")] == [(["Norway"], (40e6, "USD"))]


def test_an_acronym_labels_a_line_of_givers(nlp):
    text = "Her list of pledges:\n- Portugal: $30 million\n- USAID: $75 million\n- Chile: $12 million\n"
    assert _records_saying(nlp, text, "USAID") == [(["USAID"], (75e6, "USD"))]  # (tagged an adjective)
