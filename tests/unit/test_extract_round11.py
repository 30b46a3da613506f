"""Issue #12, twelfth round (who "the company" is, lists whose lines name their givers, and
past gifts that are a track record): each class probed with sentences written for it
(invented companies, people, towns and sums; real countries only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_amount_first import _extract
from test_extract_round7 import _records_saying


# --- "the company": the company the last sentences were about -------------------------------------

def test_the_company_is_the_company_the_sentence_before_last_was_about(nlp):
    text = ("CHICAGO, March 3 (Reuters) - Danish drugmaker Marvellen said on Tuesday it would spend a "
            "further $400 million on its insulin plant in Ohio. Marvellen has said the plant will make "
            "pens for the US market.\n\n"
            "Orlamed Pharma, which earmarked $9 billion in May for new US sites, picked Tulsa on "
            "Tuesday for the second of them. The Tulsa site, a $2.5 billion project, should "
            "employ 500 people. The company also said it would train 300 local technicians with "
            "colleges in Oklahoma.\n")
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
    text = ("15:40 - A busy afternoon for foundations:\n"
            "• Harrowgate Philanthropies: $45 million over four years to help island states patrol reserves\n"
            "• Quillon Earth Fund, $30 million for reef restoration science\n"
            "• The Vessen Foundation will give CHF 5 million to river clean-ups in Ghana\n")
    assert _records_saying(nlp, text, "Harrowgate") == [(["Harrowgate Philanthropies"], (45_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "Quillon") == [(["Quillon Earth Fund"], (30_000_000.0, "USD"))]


def test_a_list_with_no_lead_in_names_givers_when_a_line_is_a_pledge_clause(nlp):
    text = ("ADELAIDE, May 18 AAP - Banks and businesses have stepped up support for farmers hit by the "
            "drought. The main offers are below.\n\n"
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
            "plant on Sunday. Commercial lenders lent SR1.5 billion to water projects last year. The Amberlee "
            "Foundation granted $60 million to charities in the city last year.\n")
    assert not _records_saying(nlp, text, "SR1.5 billion")
    assert not _records_saying(nlp, text, "$60 million")


def test_a_loan_last_year_to_a_named_borrower_is_a_pledge_reported_again(nlp):
    text = ("HELSINKI, Feb 9 - The Baltic Lending Bank has agreed a new loan to Valtra Networks, its second: "
            "the bank lent Valtra Networks EUR 90 million in 2021 for its fibre roll-out.\n")
    assert _records_saying(nlp, text, "EUR 90 million")


# --- "it" in a report by a relative clause; "the consortium" of named members --------------------

def test_it_in_what_a_relative_clause_said_is_the_clause_antecedent(nlp):
    text = ("WELLINGTON, 4 June 2025 - The Government doubled its screen production rebate on Tuesday. "
            "Beside the minister stood the head of content at streaming service Corvio, "
            "which said it would spend at least $200 million on four local films.\n")
    records = _records_saying(nlp, text, "$200 million")
    assert records and all(actors == ["Corvio"] for actors, _ in records)


def test_the_consortium_is_the_members_it_was_named_with(nlp):
    text = ("WARSAW, March 12 - Construction contracts for the first section went to a consortium of "
            "Brandex and Ortaleza. The consortium said it will take on 60 apprentices from technical "
            "colleges.\n")
    records = _records_saying(nlp, text, "60 apprentices")
    assert records and all(sorted(actors) == ["Brandex", "Ortaleza"] for actors, _ in records)


# --- a ranking of contributors; subscriptions ----------------------------------------------------

def test_each_name_before_with_in_a_ranking_of_contributors_gives_its_sum(nlp):
    text = ("PARIS, 27.11.2025 - Japan led the observatory's contributors, committing "
            "€2.1 billion, followed by Canada with €1.6 billion and Spain with €900 million.\n")
    records = _records_saying(nlp, text, "billion") + _records_saying(nlp, text, "€900 million")
    assert (["Canada"], (1_600_000_000.0, "EUR")) in records
    assert (["Spain"], (900_000_000.0, "EUR")) in records
    assert all(actors != ["Japan"] or money == (2_100_000_000.0, "EUR") for actors, money in records)


def test_a_sum_subscribed_to_a_programme_is_a_pledge(nlp):
    text = "Norway subscribed NOK 900 million to the observatory's programmes.\n"
    assert _records_saying(nlp, text, "subscribed") == [(["Norway"], (900_000_000.0, "NOK"))]


# --- pledges without money: any act on a thing in a future frame -----------------------------------

def test_an_act_on_a_thing_in_a_future_frame_is_a_pledge_without_money(nlp):
    for text, actor in (("Ostland will expunge about 90,000 old drug convictions.", "Ostland"),
                        ("Varnia Power will reopen the Brakel dispensary by October 2027.", "Varnia Power"),
                        ("Ostland's health ministry would recruit 120 midwives for the new district clinics, "
                         "the minister said.", "Ostland"),
                        ("Corvel Mining will employ about 800 local workers at the smelter.", "Corvel Mining")):
        records = _extract(nlp, text)
        assert [(r.actors, r.money) for r in records] == [([actor], None)], text


def test_verbs_that_relate_report_or_aim_are_no_act(nlp):
    for text in ("Kestrel Systems will study the proposal from the Ostland government.",
                 "Varnia Power will present the plan to investors in May.",
                 "Halden Bank will take a minority stake in the venture."):
        assert _extract(nlp, text) == [], text


# --- the form money takes; the body that decides for its owner -------------------------------------

def test_a_sum_provided_in_senior_debt_keeps_its_amount_and_a_debt_held_stays_none(nlp):
    assert _records_saying(nlp, "Two banks will provide $420 million in senior debt for the plant.\n", "senior debt") \
        == [(["Two banks"], (420_000_000.0, "USD"))]
    assert not _extract(nlp, "Halden Shipping has $420 million in debt.\n")


def test_a_loan_approved_by_a_board_is_its_owner_s_not_the_board_s(nlp):
    text = ("Velor, the state development agency, runs a hydrogen facility. A concessional loan of US$95mn "
            "for the port was approved by the agency's board in July.\n")
    assert _records_saying(nlp, text, "board") == [(["Velor"], (95_000_000.0, "USD"))]


# --- "we" in a quotation: whom the speaker speaks for ----------------------------------------------

def test_we_in_a_chief_executive_s_quote_is_the_company(nlp):
    text = ("NAIROBI, May 3 (Reuters) - Kenyan operator Safaricorp Ltd will build 400 new towers in the north, "
            "the company said on Tuesday. \"We will train 350 tower technicians in the northern counties,\" "
            "chief executive Jane Okafor said.\n")
    assert _records_saying(nlp, text, "350 tower technicians") == [(["Safaricorp Ltd"], None)]


def test_we_in_a_minister_s_quote_is_the_government_and_a_counted_delivery_stands(nlp):
    text = ("WELLINGTON, 20 May 2025 - New Zealand will spend $38 million on school repairs.\n\n"
            "Associate Education Minister Mere Tawhiri said the change would cut the weekly bill.\n\n"
            "\"We will build 15 new kindergartens where waiting lists are longest,\" Tawhiri said.\n")
    assert _records_saying(nlp, text, "15 new kindergartens") == [(["New Zealand"], None)]


# --- extending a loan; a level hung on the pledge noun; an offer on the table ---------------------

def test_extending_a_loan_is_a_pledge_and_extending_a_deadline_is_not(nlp):
    assert _records_saying(nlp, "Halden Bank agreed to extend a bridge loan of SR75 million to the project company.\n",
                           "Halden") == [(["Halden Bank"], (75_000_000.0, "SAR"))]
    assert _extract(nlp, "The Ostland ministry will extend the deadline for applications to June.\n") == []


def test_raising_a_commitment_to_a_sum_is_a_revision_whoever_the_parser_hangs_the_sum_on(nlp):
    records = _extract(nlp, "The Orrin Foundation raised its commitment to $85 million.\n")
    assert [(r.actors, _money_of(r), r.rule) for r in records] == [(["Orrin Foundation"], (85_000_000.0, "USD"), "amount-revision")]


def test_a_sum_put_on_the_table_is_an_offer(nlp):
    assert _records_saying(nlp, "The Nordic Council has put €600 million on the table.\n", "table") \
        == [(["Nordic Council"], (600_000_000.0, "EUR"))]


def _money_of(record):
    return (record.money.value, record.money.currency) if record.money else None


# --- names the model leaves untagged; a dateline needs a date or a place after its comma -----------

def test_a_capitalised_noun_after_a_proper_noun_ends_a_company_name(nlp):
    text = "Boreas Towers will erect, own and run 300 masts and invest a further US$45 million in rural coverage.\n"
    # two pledges under one subject (the masts, the sum), each naming the company in full
    assert _records_saying(nlp, text, "US$45 million") == [(["Boreas Towers"], (45_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "300 masts") == [(["Boreas Towers"], None)]


def test_a_capitalised_name_opening_a_paragraph_with_a_comma_is_no_dateline(nlp):
    text = ("DUBLIN, March 4 - The broadcaster levy will rise next year.\n\n"
            "KVX, for its part, has agreed to spend €12 million on local news over three years.\n")
    assert _records_saying(nlp, text, "local news") == [(["KVX"], (12_000_000.0, "EUR"))]


def test_a_record_year_of_lending_is_a_tally_and_a_record_pledge_is_a_pledge(nlp):
    text = ("MANILA, Nov 29 (PTI) The bank signed two loans on Friday.\n\n"
            "The bank lent a record USD 2.1 billion to Ostland's farmers in 2024.\n")
    assert not [r for r in _extract(nlp, text, published="2024-11-29") if "a record" in r.passage.text]
    assert _extract(nlp, "Halden Bank pledged a record $5 billion to the climate fund.\n")


def test_scrapping_a_tax_or_running_a_programme_is_an_undertaking_and_cutting_jobs_is_not(nlp):
    for text, actor in (("Ostland's government will scrap the levy on school uniforms from March.", "Ostland"),
                        ("Varnia will run a joint tender for coastal patrol boats next year.", "Varnia")):
        assert [(r.actors, r.money) for r in _extract(nlp, text)] == [([actor], None)], text
    assert _extract(nlp, "Halden Steel will cut 500 jobs next year.") == []
