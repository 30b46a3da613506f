"""Issue #12, twenty-first round (continued): sums a body takes on by approving something at a
cost, and revisions of aid and offers, probed with sentences written for them (invented
bodies, places, sums and wording)."""
from __future__ import annotations

from test_extract_amount_first import _extract, nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


# --- the cost of what a body approves -----------------------------------------------------------

def test_what_a_body_approves_at_a_cost_is_its_pledge_of_that_cost(nlp):
    text = ("The state cabinet on Friday approved a 140-km tram network for Varanasi at an estimated cost "
            "of ₹9,250 crore.\n")
    assert _records_saying(nlp, text, "approved a 140-km tram network") == [(["state cabinet"], (92_500_000_000.0, "INR"))]


def test_what_was_built_at_a_cost_is_past_spending_not_a_pledge(nlp):
    text = "Harlow Cement built its kiln at Tarn Bay at a cost of $310 million in 2016.\n"
    assert _records_saying(nlp, text, "$310 million") == []


# --- revised aid and offers ----------------------------------------------------------------------

def test_a_giver_that_raises_its_aid_or_its_offer_revises_a_pledge(nlp):
    text = ("Lisbon raised its offer to €640 million on Thursday.\n\n"
            "Ottawa more than doubled its aid to Haiti for the coming year to C$85 million.\n")
    assert _records_saying(nlp, text, "raised its offer") == [(["Portugal"], (640_000_000.0, "EUR"))]
    assert _records_saying(nlp, text, "doubled its aid") == [(["Canada"], (85_000_000.0, "CAD"))]


def test_a_raised_bid_for_a_company_is_no_pledge(nlp):
    text = "Brackwell Holdings raised its offer for the grocer Fenmore to £2.1 billion.\n"
    assert _records_saying(nlp, text, "£2.1 billion") == []


# --- who the clause is said of ---------------------------------------------------------------

def test_a_clause_after_a_description_is_said_of_the_name_it_renames(nlp):
    text = ("The new wing is named for the Aldane Family Foundation, an Edmonton charity started by two "
            "potash engineers, which has pledged $32 million to the hospital.\n")
    assert _records_saying(nlp, text, "$32 million") == [(["Aldane Family Foundation"], (32_000_000.0, "USD"))]


def test_the_giver_thanked_for_a_sum_is_who_it_stands_for(nlp):
    text = ("Portugal hosted the talks in 2021.\n\n"
            "At the harbour opening the mayor praised the Ostrava Fund for the $240 million it put into "
            "the new ferry terminal.\n")
    assert _records_saying(nlp, text, "$240 million") == [(["Ostrava Fund"], (240_000_000.0, "USD"))]


def test_a_board_named_for_its_organisation_decides_for_it(nlp):
    text = ("The Treasury expects repayments to start in 2027.\n\nOn Friday the AfDB board signed off on a "
            "$450 million loan for Malawi's grid.\n")
    assert _records_saying(nlp, text, "$450 million") == [(["AfDB"], (450_000_000.0, "USD"))]


def test_it_in_a_joined_clause_keeps_the_first_clauses_subject(nlp):
    text = ("Danish turbine maker Skovlund Wind will build a blade factory near Mombasa.\n\n"
            "Kilifi County pledged to waive land rates for ten years. The group will open a blade school in "
            "Malindi in 2027, and then it will take on 60 apprentices from the county.\n")
    assert _records_saying(nlp, text, "take on 60 apprentices") == [(["Skovlund Wind"], None)]


def test_a_share_of_a_named_givers_gift_is_that_givers(nlp):
    text = ("The Merrow Family Trust will give €30 million to Corrib University, the university said today. "
            "The State is to match it up to €10 million.\n\n"
            "Some €9 million of the trust's donation will pay for a marine lab on the quay.\n")
    assert _records_saying(nlp, text, "€9 million") == [(["Merrow Family Trust"], (9_000_000.0, "EUR"))]


# --- deliveries ---------------------------------------------------------------------------------

def test_starting_construction_of_a_thing_delivers_it(nlp):
    text = ("Orlan Biologics plans to start construction on a bottling hall at its Tartu site in June.\n\n"
            "Work on the site begins in the spring.\n")
    assert [(r.actors, r.rule) for r in _extract(nlp, text)] == [(["Orlan Biologics"], "delivery-pledge")]



def test_a_renewed_swap_or_credit_line_is_pledged_again(nlp):
    text = ("The Bank of Ghana and the Bank of Uganda renewed their currency swap: 6 billion dollars "
            "for three years.\n\nThe Bank of Ghana renewed its 6 billion dollar swap with the Bank of Uganda.\n")
    assert [(r.actors, r.money.value) for r in _extract(nlp, text) if r.money] == [
        (["Bank of Ghana", "Bank of Uganda"], 6e9), (["Bank of Ghana"], 6e9)]


# --- the UK's name --------------------------------------------------------------------------------

def test_britain_goes_by_uk_and_its_full_name_is_still_a_country(nlp):
    from commitments.extract.pipeline import canonical_name, countries

    assert canonical_name("Britain") == canonical_name("the United Kingdom") == "UK"
    assert {"UK", "United Kingdom"} <= countries() and "US" not in countries()
    text = ("Flood relief tracker\n\nOCT. 3\n"
            "- Norway: NOK 50 million (about $4.6 million) across two years, for rescue boats and radios in the delta towns.\n"
            "- United Kingdom: £4 million for flood sensors, £1 million of it reserved for the coast.\n"
            "- Velmar Trust: $2 million for clinics.\n")
    assert [(r.actors, r.money.value) for r in _extract(nlp, text) if r.rule == "amount-list-line"] == [
        (["Norway"], 50e6), (["UK"], 4e6), (["Velmar Trust"], 2e6)]


def test_a_regions_adjective_names_its_government_by_the_region():
    from commitments.extract.pipeline import canonical_name

    assert canonical_name("the Tasmanian Government") == "Tasmania"
    assert canonical_name("the Nordland government") == "Nordland"


def test_a_clause_about_another_act_names_no_recipient_of_the_pledge(nlp):
    text = ("Lisbon raised its offer to €900 million in May, after Velco looked at a second plot in Ohio.\n\n"
            "Helsinki will give 40 million euros to the appeal, while Tallinn pledged 5 million euros for "
            "families who fled to Moldova.\n")
    recs = {r.money.value: r for r in _extract(nlp, text) if r.money}
    assert recs[900e6].recipients == [] and "Moldova" not in recs[40e6].recipients


def test_a_pledge_raised_in_a_clause_of_its_own_time_is_its_givers_revision(nlp):
    text = ("Carrow University has received the largest gift in its history after the engineer Ines Vidal "
            "raised her pledge to £60 million.\n")
    assert _records_saying(nlp, text, "£60 million") == [(["Ines Vidal"], (60e6, "GBP"))]


def test_the_league_or_the_federation_is_the_one_named_before(nlp):
    text = ("The NRLW confirmed the licence on Friday. The league has promised to add a second team "
            "in Darwin.\n\nThe Kenya Rugby Union met on Monday. The federation will build a training "
            "centre in Nakuru.\n")
    assert [r.actors for r in _extract(nlp, text) if "league" in r.passage.text or "federation" in r.passage.text] == [
        ["NRLW"], ["Kenya Rugby Union"]]
