"""Issue #12, twelfth round (who "the company" is, lists whose lines name their givers, and
past gifts that are a track record): each class probed with sentences written for it
(invented companies, people, towns and sums; real countries only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


# --- "the company": the company the last sentences were about -------------------------------------

def test_the_company_is_the_company_the_sentence_before_last_was_about(nlp):
    text = ("CHICAGO, March 3 (Reuters) - Danish drugmaker Marvellen said on Tuesday it would spend a "
            "further $400 million on its insulin plant in Ohio. Marvellen has said the plant will make "
            "pens for the US market.\n\n"
            "Orlamed Pharma, which set aside $9 billion last May for three US plants, named Tulsa on "
            "Tuesday as the home of the second. The Tulsa site, a $2.5 billion project, is expected to "
            "employ 500 people. The company also said it would train 300 local technicians with "
            "community colleges in Oklahoma.\n")
    records = _records_saying(nlp, text, "300 local technicians")
    assert records and all(actors == ["Orlamed Pharma"] for actors, _ in records)


def test_the_company_stays_the_company_introduced_when_the_last_sentence_names_two(nlp):
    text = ("WARSAW, May 4 - Game developer Brellin Studios will invest 90 mln zł in a new campus in "
            "Gdańsk, the company said. The National Research Agency has awarded Brellin Studios a "
            "grant of 20 mln zł. The company will fund the rest of the research budget itself.\n")
    records = _records_saying(nlp, text, "fund the rest")
    assert records and all(actors == ["Brellin Studios"] for actors, _ in records)


# --- a list whose other lines are clauses names a giver in each label -----------------------------

def test_labels_of_a_list_whose_other_lines_name_their_givers_are_givers(nlp):
    text = ("15:40 - Foundations have been busy this afternoon:\n"
            "• Harrowgate Philanthropies: $45 million over four years to help island states patrol reserves\n"
            "• Quillon Earth Fund, $30 million for reef restoration science\n"
            "• The Vessen Foundation will give CHF 18 million to coastal fisheries in Kenya\n")
    assert _records_saying(nlp, text, "Harrowgate") == [(["Harrowgate Philanthropies"], (45_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "Quillon") == [(["Quillon Earth Fund"], (30_000_000.0, "USD"))]


def test_a_list_with_no_lead_in_names_givers_when_a_line_is_a_pledge_clause(nlp):
    text = ("ADELAIDE, May 18 AAP - Banks and businesses have stepped up support for farmers hit by the "
            "drought. Here is what is on offer.\n\n"
            "* The Rural Credit Corporation will make $500 million in cheap loans available, the "
            "minister said on Monday.\n\n"
            "* Tallow Bank: $1.5 million to the Bale Aid fodder program.\n")
    assert _records_saying(nlp, text, "Tallow") == [(["Tallow Bank"], (1_500_000.0, "AUD"))]


def test_a_list_of_topics_under_no_lead_in_stays_unread(nlp):
    text = ("The council published its budget on Monday.\n\n"
            "* Roads: $5 million for resurfacing\n"
            "* Parks: $2 million for new playgrounds\n")
    assert not _records_saying(nlp, text, "Roads")


# --- past gifts and loans of a finished period: a track record ------------------------------------

def test_what_banks_lent_or_a_foundation_granted_last_year_is_no_pledge(nlp):
    text = ("RIYADH, March 2 - Brava Water signed a SR2 billion financing deal for its new desalination "
            "plant on Sunday. Local banks lent SR1.5 billion to the sector last year. The Amberlee "
            "Foundation itself granted $60 million to local causes last year.\n")
    assert not _records_saying(nlp, text, "SR1.5 billion")
    assert not _records_saying(nlp, text, "$60 million")


def test_a_loan_last_year_to_a_named_borrower_is_a_pledge_reported_again(nlp):
    text = ("HELSINKI, Feb 9 - The Baltic Lending Bank has agreed a new loan to Valtra Networks. It is not "
            "the first time the bank has stepped in: the bank lent Valtra Networks EUR 250 million in 2021 "
            "to support its early 5G work.\n")
    assert _records_saying(nlp, text, "EUR 250 million")


# --- "it" in a report by a relative clause; "the consortium" of named members --------------------

def test_it_in_what_a_relative_clause_said_is_the_clause_antecedent(nlp):
    text = ("WELLINGTON, 4 June 2025 - The Government doubled its screen production rebate on Tuesday. "
            "Speaking alongside the minister was the head of production at streaming service Corvio, "
            "which said it would spend at least $200 million in New Zealand on two drama series.\n")
    records = _records_saying(nlp, text, "$200 million")
    assert records and all(actors == ["Corvio"] for actors, _ in records)


def test_the_consortium_is_the_members_it_was_named_with(nlp):
    text = ("WARSAW, March 12 - Construction contracts for the first section went to a consortium of "
            "Brandex and Ortaleza. The consortium said it will employ about 900 people at the peak of "
            "works and take on 60 apprentices from vocational schools.\n")
    records = _records_saying(nlp, text, "60 apprentices")
    assert records and all(sorted(actors) == ["Brandex", "Ortaleza"] for actors, _ in records)


# --- a ranking of contributors; subscriptions ----------------------------------------------------

def test_each_name_before_with_in_a_ranking_of_contributors_gives_its_sum(nlp):
    text = ("PARIS, 27.11.2025 - Germany remains the biggest contributor to the observatory, committing "
            "€2.1 billion, followed by France with €1.6 billion and Italy with €900 million.\n")
    records = _records_saying(nlp, text, "billion") + _records_saying(nlp, text, "€900 million")
    assert (["France"], (1_600_000_000.0, "EUR")) in records
    assert (["Italy"], (900_000_000.0, "EUR")) in records
    assert all(actors != ["Germany"] or money == (2_100_000_000.0, "EUR") for actors, money in records)


def test_a_sum_subscribed_to_a_programme_is_a_pledge(nlp):
    text = "The United Kingdom subscribed £700 million to the observatory's programmes for the next three years.\n"
    assert _records_saying(nlp, text, "subscribed") == [(["United Kingdom"], (700_000_000.0, "GBP"))]
