"""Issue #12, fourteenth and fifteenth rounds (dirhams and "kr" by country, a pledge's use that
names a kind of business, a clause the parser reads as a noun phrase, rounds of pledges, whose
"the state" and "the city" are, reports of another's pledge, thresholds, shares, track records,
dated trackers): each class probed with sentences written for it (invented companies, people,
towns, sums and wording; real countries and states only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_dirhams_are_moroccan_in_moroccan_news_and_emirati_elsewhere(nlp):
    casablanca = "CASABLANCA, June 9 (Reuters) - Tyre maker Orvano plans to spend 1.2 billion dirhams on a factory, it said.\n"
    assert _records_saying(nlp, casablanca, "dirhams") == [(["Orvano"], (1_200_000_000.0, "MAD"))]
    abu_dhabi = "ABU DHABI, June 9 (Reuters) - Tyre maker Orvano plans to spend 1.2 billion dirhams on a factory, it said.\n"
    assert _records_saying(nlp, abu_dhabi, "dirhams") == [(["Orvano"], (1_200_000_000.0, "AED"))]


def test_what_most_of_a_sum_is_for_is_no_business_bought(nlp):
    # the parse the small model gives in some contexts: "most" a second object of "put"
    from spacy.tokens import Doc

    from commitments.extract.amounts_first import _objects

    words = ["Ruritania", "will", "put", "4", "billion", "euros", "into", "the", "scheme", ",",
             "most", "of", "it", "for", "sonar", "units", "."]
    heads = [2, 2, 2, 4, 5, 2, 2, 8, 6, 2, 2, 10, 11, 10, 15, 13, 2]
    deps = ["nsubj", "aux", "ROOT", "compound", "nummod", "dobj", "prep", "det", "pobj", "punct",
            "dobj", "prep", "pobj", "prep", "compound", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NUM", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "ADJ", "ADP", "PRON", "ADP", "NOUN", "NOUN", "PUNCT"]
    lemmas = ["Ruritania", "will", "put", "4", "billion", "euro", "into", "the", "scheme", ",",
              "most", "of", "it", "for", "sonar", "unit", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [t.text for t in _objects(doc[2])] == ["euros", "scheme"]


def test_a_present_tense_pledge_the_parser_reads_as_a_noun_phrase_names_its_giver(nlp):
    # the small model reads "Portugal pledges" as a compound noun with the sum in apposition
    text = "Portugal pledges EUR 12 million.\n"
    assert _records_saying(nlp, text, "EUR 12 million") == [(["Portugal"], (12_000_000.0, "EUR"))]
    # a noun phrase with a determiner is no clause
    assert not _records_saying(nlp, "The Ostland pledges, 2.1 billion euros in all, were welcomed.\n", "2.1 billion")


def test_the_next_giver_of_a_round_follows_with_its_sum(nlp):
    text = "Ruritania will give 2 billion euros to the fund.\n\nOstland then follows with NOK 700 million.\n"
    assert _records_saying(nlp, text, "NOK 700 million") == [(["Ostland"], (700_000_000.0, "NOK"))]
    # with no pledge before it, "follows with" tells a sequence, not a pledge
    assert not _records_saying(nlp, "Ostland then follows with NOK 700 million in sales.\n", "NOK 700 million")


def test_the_state_is_the_state_the_text_keeps_naming_not_the_last_town(nlp):
    text = ("Kochi, Jan 4 (PTI) The Kerala government inked 97 agreements at its trade fair on Monday. Kerala "
            "ministers expect more to come.\n\nMost deals concern fisheries, spices and hotels. Small firms signed "
            "most of them. The first factories may open in the autumn.\n\n"
            "In a separate deal, Sunvolt plans to spend Rs 9,000 crore on a wind park near Kollam by 2030.\n\n"
            "The state itself will create a Rs 600 crore training fund for coastal youth.\n")
    assert _records_saying(nlp, text, "training fund") == [(["Kerala"], (6_000_000_000.0, "INR"))]


def test_a_state_government_the_text_never_places_is_kept_as_written(nlp):
    text = ("DARWIN, Monday – Kallo Minerals will commit $95 million to restoring land at its old quarry near "
            "Wirra, the miner said.\n\nThe state government said it would contribute $3 million to a "
            "rehabilitation study run by a local college.\n")
    assert _records_saying(nlp, text, "rehabilitation study") == [(["state government"], (3_000_000.0, "AUD"))]


def test_a_document_s_promise_to_publish_a_report_is_a_pledge(nlp):
    text = "The Halden Foundation will publish a report each spring on what its grantees achieved.\n"
    assert _records_saying(nlp, text, "report each spring") == [(["Halden Foundation"], None)]
    assert not _records_saying(nlp, "Halden Power reported sales of $2 billion.\n", "sales")


_TOWN = ("Eastbrook to add 700 council flats under $150M scheme\n\n"
         "Eastbrook will put up 700 council-run flats by 2030, Mayor Dana Holt told a news conference on "
         "Thursday. Rents in Eastbrook rose 9 per cent last year. Eastbrook Public Homes, a new agency, will let them.\n\n"
         "The city will provide $60 million from its reserves for the scheme.\n")


def test_a_town_the_text_places_things_in_is_no_short_name_of_its_housing_agency(nlp):
    assert _records_saying(nlp, _TOWN, "700 council-run flats") == [(["Eastbrook"], None)]


def test_the_city_is_the_town_the_text_places_things_in(nlp):
    assert _records_saying(nlp, _TOWN, "$60 million") == [(["Eastbrook"], (60_000_000.0, "USD"))]


def test_counted_jobs_a_coordinated_verb_creates_are_a_pledge_of_their_own(nlp):
    text = "Halden Foods will build 12 depots in the north and create 2,400 jobs, the grocer said.\n"
    assert _records_saying(nlp, text, "2,400 jobs") == [(["Halden Foods"], None)]
    assert _records_saying(nlp, text, "12 depots") == [(["Halden Foods"], None)]
    assert len(_records_saying(nlp, text, "")) == 2  # two pledges, not one record holding both
    # jobs a plant supports are its outcome, not a second pledge
    assert len(_records_saying(nlp, "Velto will build a plant in Ostburg and support 4,000 jobs.\n", "Velto")) == 1


def test_a_plan_s_size_after_the_verb_that_reports_a_pledge_is_that_pledge_s(nlp):
    text = ("Eastbrook will put up 700 council-run flats by 2030, Mayor Dana Holt announced Thursday, in a "
            "$150-million scheme backed by the province. Rents in Eastbrook rose 9 per cent last year.\n")
    assert _records_saying(nlp, text, "") == [(["Eastbrook"], (150_000_000.0, "USD"))]


def test_close_to_double_a_sum_is_a_comparison_not_a_future(nlp):
    text = ("Halden Water will spend £6bn on pipes. The sum falls below the £7bn it wanted, yet it is close "
            "to double the £3.1bn it invested in the last five years.\n")
    assert _records_saying(nlp, text, "") == [(["Halden Water"], (6_000_000_000.0, "GBP"))]


def test_a_live_blog_promising_its_readers_every_pledge_pledges_nothing(nlp):
    text = ("08:30 – Good morning from the Velmora Health Fund's donors' day. The fund hopes for "
            "$5 billion. We will bring you the pledges one by one.\n\n"
            "08:55 – Ruritania will give 2 billion euros to the fund.\n")
    assert _records_saying(nlp, text, "") == [(["Ruritania"], (2_000_000_000.0, "EUR"))]


_ROUND = ("Donors' day live: pledges for the Velmora Health Fund\n\n"
          "08:55 – The opening pledge. Ruritania will give 2 billion euros over four years.\n\n"
          "09:20 – Ostland, unsurprisingly, is the largest donor of the morning: €500 million for the cycle.\n\n"
          "09:45 – Borduria's aid minister confirms £180 million.\n\n"
          "10:10 – A run of smaller sums. Denmark: DKK 450 million. Portugal: €9 million.\n\n"
          "10:40 – The Halden Trust adds $15 million.\n")


def test_a_round_of_pledges_told_in_present_tense_and_labels(nlp):
    assert _records_saying(nlp, _ROUND, "largest donor") == [(["Ostland"], (500_000_000.0, "EUR"))]
    assert _records_saying(nlp, _ROUND, "confirms") == [(["Borduria"], (180_000_000.0, "GBP"))]
    assert _records_saying(nlp, _ROUND, "Denmark") == [(["Denmark"], (450_000_000.0, "DKK"))]
    assert _records_saying(nlp, _ROUND, "Portugal") == [(["Portugal"], (9_000_000.0, "EUR"))]
    assert _records_saying(nlp, _ROUND, "adds") == [(["Halden Trust"], (15_000_000.0, "USD"))]


def test_a_sum_added_or_labelled_outside_a_round_of_pledges_is_no_pledge(nlp):
    text = "Halden Power reported its results on Monday. Revenue: $600 million. The unit adds $25 million to profit.\n"
    assert _records_saying(nlp, text, "") == []


def test_labelled_lines_under_a_lead_in_are_no_round_of_givers(nlp):
    text = ("The state's walking fund, managed by the Ministry of Transport, will contribute 55 million kr. to the "
            "quay bridge, Transport Minister Dana Holt confirmed on Wednesday. The ministry also announced the other "
            "grants in the fund's spring round:\n\nKorby: 31 million kr., greenway to Velby\n"
            "Holmstad: 17 million kr., footbridge over the Holmstad river\nBrekke: 12 million kr., lit paths to schools\n")
    assert [actors for actors, _ in _records_saying(nlp, text, "Holmstad:")] in ([], [["Ministry of Transport"]])


def test_we_in_a_chief_executive_s_quote_is_the_company_the_story_leads_with(nlp):
    text = ("Marlow Water wins approval for £2bn sewer plan\n\nThe regulator Watreg signed off the plan on Friday. "
            "Watreg said charges would climb by £19 a year, and Watreg will revisit the plan in 2028.\n\n"
            "\"Rivers come first in this plan,\" said chief executive Dana Holt. "
            "\"We will hire 700 fitters and trainees.\"\n")
    assert _records_saying(nlp, text, "700 fitters") == [(["Marlow Water"], None)]


def test_the_bound_of_a_class_of_things_is_no_money_of_the_pledge(nlp):
    text = "The Halden Foundation said it would post online each gift over $2 million it makes.\n"
    assert all(money is None for _, money in _records_saying(nlp, text, "post online"))
    text = "The Halden Foundation will publish a register naming every gift above $5 million.\n"
    assert _records_saying(nlp, text, "register") == [(["Halden Foundation"], None)]
    assert _records_saying(nlp, "Halden Bank will lend more than $400 million to farmers.\n", "lend") == [
        (["Halden Bank"], (400_000_000.0, "USD"))]


def test_a_named_giver_s_share_is_its_pledge_but_not_a_share_of_a_market(nlp):
    text = "The three partners each named their part.\n\nOstland's share is 3 billion kronor, paid from 2027 on.\n"
    assert _records_saying(nlp, text, "Ostland's share") == [(["Ostland"], (3_000_000_000.0, "SEK"))]
    assert not _records_saying(nlp, "Ostland's share of the market is $40 billion.\n", "market")
    assert not _records_saying(nlp, "Ostland's share was $2 billion last year.\n", "share")
    assert not _records_saying(nlp, "Ostland's fair share should be between $500m and $900m, campaigners say.\n", "share")


def test_a_co_verb_is_one_pledge_verb(nlp):
    text = "The Ostland Development Agency is expected to co-finance the rail spur with a US$45 million loan.\n"
    assert _records_saying(nlp, text, "co-finance") == [(["Ostland Development Agency"], (45_000_000.0, "USD"))]
    text = "Halden Ventures, a fund manager in Korby, will co-invest as much as €90 million with the state fund.\n"
    assert _records_saying(nlp, text, "co-invest") == [(["Halden Ventures"], (90_000_000.0, "EUR"))]
    done = ("The early stages of the Korby tramway, which cost roughly Rs 900 crore, were co-financed by "
            "the Ostland Development Agency and were finished in 2015.\n")
    assert _records_saying(nlp, done, "co-financed") == []


def test_a_year_s_lending_told_in_the_past_perfect_is_a_track_record(nlp):
    text = "Ostland Bank said it had extended $9 billion in green loans to customers last year.\n"
    assert _records_saying(nlp, text, "") == []
    assert _records_saying(nlp, "Ostland Bank will extend a $500 million loan to Korby next year.\n", "") == [
        (["Ostland Bank"], (500_000_000.0, "USD"))]
    # one loan extended to a named borrower stands until repaid
    text = "Ostland Bank first extended a $300 million loan to Korby Ports for the terminal in 2017.\n"
    assert _records_saying(nlp, text, "") == [(["Ostland Bank"], (300_000_000.0, "USD"))]


def test_a_currency_word_naming_a_kind_of_loan_is_no_sum(nlp):
    from commitments.extract.commitments import _is_noise_money
    from commitments.extract.money import find_amounts

    text = "Ostland Commits EUR 4 Billion Aid for Three Yen Loan Schemes"
    amounts = {a.text: a for a in find_amounts(text)}
    doc = nlp(text)
    assert _is_noise_money(amounts["Three Yen"], doc)  # "3 yen": a kind of loan, no sum anyone pledges
    assert not _is_noise_money(amounts["EUR 4 Billion"], doc)


def test_a_sum_still_needed_is_no_pledge(nlp):
    text = "Ruritania will give 2 billion euros to the fund. Donors must now cover the outstanding $900 million gap by June.\n"
    assert _records_saying(nlp, text, "") == [(["Ruritania"], (2_000_000_000.0, "EUR"))]


def test_what_a_company_had_earlier_invested_is_done_but_an_earlier_pledge_stands(nlp):
    done = "Arvo Motors will build a second plant in Korby. The firm had earlier invested Rs 800 crore in a gearbox works at Velby.\n"
    assert _records_saying(nlp, done, "earlier") == []
    standing = "Arvo Motors will build a second plant in Korby. The firm had earlier committed Rs 800 crore to a gearbox works at Velby.\n"
    assert _records_saying(nlp, standing, "earlier") == [(["Arvo Motors"], (8_000_000_000.0, "INR"))]
    reaffirmed = "Ruritania reaffirmed on Monday its earlier pledge of €30 million for the appeal.\n"
    assert _records_saying(nlp, reaffirmed, "earlier") == [(["Ruritania"], (30_000_000.0, "EUR"))]


def test_a_people_named_by_its_demonym_is_no_giver(nlp):
    text = "Germans gave €7 billion to good causes in 2022, a national survey found.\n"
    assert _records_saying(nlp, text, "") == []
    assert ["Canadians"] not in [a for a, _ in _records_saying(nlp, "Canadians pledged $200 million to the flood appeal on Monday.\n", "")]


def test_the_city_of_a_story_its_mayor_speaks_in_is_the_city_its_lead_names(nlp):
    text = ("Eastbrook to add 700 council flats under $150M scheme\n\nEastbrook will put up 700 council-run "
            "flats by 2030, Mayor Dana Holt told a news conference on Thursday.\n\n"
            "The city will provide $60 million from its reserves for the scheme.\n")
    assert _records_saying(nlp, text, "$60 million") == [(["Eastbrook"], (60_000_000.0, "USD"))]


def test_a_bare_memorandum_undertakes_nothing_yet(nlp):
    assert _records_saying(nlp, "Orvano Tyres and the University of Korby signed a memorandum on Tuesday.\n", "") == []
    text = "Halden Power signed a memorandum to build a 500 MW solar plant in Korby.\n"
    assert _records_saying(nlp, text, "") == [(["Halden Power"], None)]


def test_kr_without_a_full_stop_is_the_crown_of_the_country_named(nlp):
    text = "Velto Cell plans to spend 14 billion kr on a cathode line at its site in Sweden.\n"
    assert _records_saying(nlp, text, "") == [(["Velto Cell"], (14_000_000_000.0, "SEK"))]


_TRACKER = ("Korby floods: the donors so far\n\nCommitments in the order they came in:\n\n"
            "3 May: Portugal - GBP 4 million for tents and food parcels\n"
            "4 May: Chile - $1.8 million relief grant, plus blankets and pumps\n"
            "5 May: Borduria - A$2 million through charities on the ground in the valley\n"
            "6 May: Halden Development Bank - $7 million grant from its emergency window\n"
            "8 May: Portugal - pledge raised to GBP 6 million after a visit by its minister\n")


def test_a_dated_tracker_s_lines_name_their_givers_whatever_follows_the_sum(nlp):
    assert _records_saying(nlp, _TRACKER, "4 May") == [(["Chile"], (1_800_000.0, "USD"))]
    assert _records_saying(nlp, _TRACKER, "5 May") == [(["Borduria"], (2_000_000.0, "AUD"))]
    assert _records_saying(nlp, _TRACKER, "6 May") == [(["Halden Development Bank"], (7_000_000.0, "USD"))]
    assert _records_saying(nlp, _TRACKER, "8 May") == [(["Portugal"], (6_000_000.0, "GBP"))]


def test_the_municipality_is_the_place_the_text_calls_a_municipality(nlp):
    text = ("KORBY, 3 March 2026\n\nKorby municipality and battery maker Velto Cell AB on Tuesday signed a new "
            "agreement for the company's planned factory at the port.\n\nThe municipality, for its part, will spend "
            "300 million kr on roads and a rail spur, and the municipality will free up land for 250 homes.\n")
    assert _records_saying(nlp, text, "300 million kr") == [(["Korby"], (300_000_000.0, "SEK"))]
    assert _records_saying(nlp, text, "free up land") == [(["Korby"], None)]


def test_gifts_of_a_sum_or_more_are_a_class_not_a_pledge(nlp):
    text = "The college will match donations. Donations of $5,000 or more from former students will count double.\n"
    assert all(money is None for _, money in _records_saying(nlp, text, ""))
    assert _records_saying(nlp, "Halden will invest $5 billion or more in Korby.\n", "") == [
        (["Halden"], (5_000_000_000.0, "USD"))]


def test_an_estimate_someone_puts_a_fortune_at_is_no_money_of_a_pledge(nlp):
    from commitments.extract.commitments import _is_noise_money
    from commitments.extract.money import find_amounts

    text = "Halvo Tan, whose fortune a magazine puts at $20 billion, signed a pledge to give most of it away."
    assert _is_noise_money(find_amounts(text)[0], nlp(text))


def test_a_list_under_a_lead_in_that_binds_someone_is_that_one_s_undertakings(nlp):
    text = ("Velmora Telecom gives regulator written undertakings on masts and prices\n\n"
            "LAGOS, Oct 15 - Velmora Telecom will keep its operating licence for ten more years, the regulator said.\n\n"
            "The undertakings, published by the regulator, commit the country's biggest mobile operator to:\n\n"
            "• build 800 new masts in villages that have no signal;\n"
            "• hold the price of its cheapest data bundle at the current level for a year.\n")
    assert _records_saying(nlp, text, "hold the price") == [(["Velmora Telecom"], None)]


def test_a_company_s_name_without_its_suffix_is_the_company_whatever_the_model_tagged_it(nlp):
    from spacy.tokens import Span

    from commitments.extract.name_types import consistent_types

    doc = nlp.make_doc("Battery maker Velto Cell AB signed the deal. Velto Cell will invest 9 billion kr.")
    full = Span(doc, 2, 5, label="ORG")
    short = Span(doc, 9, 11, label="FAC")  # the small model sometimes takes a short company name for a facility
    for t in (*doc[2:5], *doc[9:11]):
        t.pos_ = "PROPN"
    labels = {e.text: e.label_ for e in consistent_types(doc, [full, short])}
    assert labels == {"Velto Cell AB": "ORG", "Velto Cell": "ORG"}


def test_a_package_s_measures_listed_as_noun_phrases_are_pledges_of_who_set_it_out(nlp):
    text = ("Halden University will spend £30 million on its buildings.\n\nOther measures announced today include:\n"
            "- a ban on new gas heating in any building the university puts up;\n"
            "- climate modules for all second-year students from January;\n"
            "- an independent yearly review of progress, to be published each autumn.\n")
    assert _records_saying(nlp, text, "climate modules") == [(["Halden University"], None)]
    assert _records_saying(nlp, text, "yearly review") == [(["Halden University"], None)]
    # a label line ("Korby: ...") is no measure of the package
    labelled = "Halden University will spend £30 million.\n\nKey commitments in the plan:\n- Korby campus: new labs\n"
    assert _records_saying(nlp, labelled, "Korby campus") == []


def test_a_label_line_looks_back_a_bounded_number_of_lines_for_its_lead_in():
    # (a budget table of 10,000 "Line i: $N" rows must not walk back over every row for each amount)
    from commitments.extract.list_frames import _ITEMS_BACK as _LINES_BACK
    from commitments.extract.pledge_rounds import _under_a_lead_in

    rows = [f"Row {i}: ${i * 100:,}" for i in range(_LINES_BACK + 5)]
    text = "The grants of the round:\n" + "\n".join(rows) + "\n"
    assert _under_a_lead_in(text, text.index("Row 3:"))
    assert not _under_a_lead_in(text, text.index(f"Row {_LINES_BACK + 4}:"))
