"""Issue #12, fourteenth round (dirhams by country, a pledge's use that names a kind of business,
a clause the parser reads as a noun phrase, the next giver of a tally, whose "the state" is):
each class probed with sentences written for it (invented companies, people, towns and sums;
real countries and cities only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_dirhams_are_moroccan_in_moroccan_news_and_emirati_elsewhere(nlp):
    rabat = "RABAT, May 4 (Reuters) - Carmaker Velto will invest 3.6 billion dirhams in its Moroccan plant, the company said.\n"
    assert _records_saying(nlp, rabat, "3.6 billion dirhams") == [(["Carmaker Velto"], (3_600_000_000.0, "MAD"))]
    dubai = "DUBAI, May 4 (Reuters) - Carmaker Velto will invest 3.6 billion dirhams in a new plant, the company said.\n"
    assert _records_saying(nlp, dubai, "3.6 billion dirhams") == [(["Carmaker Velto"], (3_600_000_000.0, "AED"))]


def test_what_most_of_a_sum_is_for_is_no_business_bought(nlp):
    # the parse the small model gives in some contexts: "most" a second object of "put"
    from spacy.tokens import Doc

    from commitments.extract.amounts_first import _objects

    words = ["Ruritania", "will", "put", "9.5", "billion", "euros", "into", "the", "programme", ",",
             "most", "of", "it", "for", "radar", "units", "."]
    heads = [2, 2, 2, 4, 5, 2, 2, 8, 6, 2, 2, 10, 11, 10, 15, 13, 2]
    deps = ["nsubj", "aux", "ROOT", "compound", "nummod", "dobj", "prep", "det", "pobj", "punct",
            "dobj", "prep", "pobj", "prep", "compound", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NUM", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "ADJ", "ADP", "PRON", "ADP", "NOUN", "NOUN", "PUNCT"]
    lemmas = ["Ruritania", "will", "put", "9.5", "billion", "euro", "into", "the", "programme", ",",
              "most", "of", "it", "for", "radar", "unit", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [t.text for t in _objects(doc[2])] == ["euros", "programme"]


def test_a_present_tense_pledge_the_parser_reads_as_a_noun_phrase_names_its_giver(nlp):
    # the small model reads "Portugal pledges" as a compound noun with the sum in apposition
    text = "Portugal pledges EUR 12 million.\n"
    assert _records_saying(nlp, text, "EUR 12 million") == [(["Portugal"], (12_000_000.0, "EUR"))]
    # a noun phrase with a determiner is no clause
    assert not _records_saying(nlp, "The Ostland pledges, 2.1 billion euros in all, were welcomed.\n", "2.1 billion")


def test_the_next_giver_of_a_round_follows_with_its_sum(nlp):
    text = "Ruritania will give 2 billion euros to the fund.\n\nOstland follows with SEK 1 billion over two years.\n"
    assert _records_saying(nlp, text, "SEK 1 billion") == [(["Ostland"], (1_000_000_000.0, "SEK"))]
    # with no pledge before it, "follows with" tells a sequence, not a pledge
    assert not _records_saying(nlp, "Ostland follows with SEK 1 billion in sales.\n", "SEK 1 billion")


def test_the_state_is_the_state_the_text_keeps_naming_not_the_last_town(nlp):
    text = ("Kochi, Dec 10 (PTI) The Kerala government signed 312 memorandums on Tuesday. Kerala officials "
            "said more deals would follow.\n\nThe agreements cover ports, food processing and tourism. Most of "
            "them were signed by small firms. Officials expect the first plants to open next year.\n\n"
            "Separately, Sunvolt said it would put Rs 25,000 crore into a renewable park near Kollam over five years.\n\n"
            "The state, for its part, will set up a Rs 2,000 crore skilling fund with industry partners.\n")
    assert _records_saying(nlp, text, "skilling fund") == [(["Kerala"], (20_000_000_000.0, "INR"))]


def test_a_state_government_the_text_never_places_is_kept_as_written(nlp):
    text = ("PERTH, Tuesday – Kallo Resources will spend $310 million rehabilitating its mine near the town "
            "of Wirra, the company said.\n\nThe state government said it would add $8 million to a closure "
            "research hub, to be shared between two universities.\n")
    assert _records_saying(nlp, text, "research hub") == [(["state government"], (8_000_000.0, "AUD"))]


def test_a_document_s_promise_to_publish_a_report_is_a_pledge(nlp):
    text = "The Halden Foundation will publish a yearly report on how the charities use the money.\n"
    assert _records_saying(nlp, text, "yearly report") == [(["Halden Foundation"], None)]
    assert not _records_saying(nlp, "Halden Power reported sales of $2 billion.\n", "sales")


_TOWN = ("Eastbrook to build 900 public homes under $210M plan\n\n"
         "Eastbrook will build 900 city-owned rental homes over the next four years, Mayor Dana Holt announced "
         "Monday. Rents in Eastbrook rose 9 per cent last year. Eastbrook Public Homes, a new agency, will run them.\n\n"
         "The city will put $85 million of its own money into the program.\n")


def test_a_town_the_text_places_things_in_is_no_short_name_of_its_housing_agency(nlp):
    assert _records_saying(nlp, _TOWN, "900 city-owned") == [(["Eastbrook"], None)]


def test_the_city_is_the_town_the_text_places_things_in(nlp):
    assert _records_saying(nlp, _TOWN, "$85 million") == [(["Eastbrook"], (85_000_000.0, "USD"))]


def test_counted_jobs_a_coordinated_verb_creates_are_a_pledge_of_their_own(nlp):
    text = "Halden Foods will open 35 new supermarkets this year and create 3,000 jobs, the discounter said.\n"
    assert _records_saying(nlp, text, "3,000 jobs") == [(["Halden Foods"], None)]
    assert _records_saying(nlp, text, "35 new supermarkets") == [(["Halden Foods"], None)]
    assert len(_records_saying(nlp, text, "")) == 2  # two pledges, not one record holding both
    # jobs a plant supports are its outcome, not a second pledge
    assert len(_records_saying(nlp, "Velto will build a plant in Ostburg and support 4,000 jobs.\n", "Velto")) == 1


def test_a_plan_s_size_after_the_verb_that_reports_a_pledge_is_that_pledge_s(nlp):
    text = ("Eastbrook will build 900 city-owned rental homes over the next four years, Mayor Dana Holt "
            "announced Monday, in a $210-million plan funded by all three levels of government. Rents in "
            "Eastbrook rose 9 per cent last year.\n")
    assert _records_saying(nlp, text, "") == [(["Eastbrook"], (210_000_000.0, "USD"))]


def test_close_to_double_a_sum_is_a_comparison_not_a_future(nlp):
    text = ("Halden Water will spend £8bn on pipes. The approved figure is short of the £8.7bn it had asked "
            "for, but it is close to double the £4.4bn it spent during the 2020-25 period.\n")
    assert _records_saying(nlp, text, "") == [(["Halden Water"], (8_000_000_000.0, "GBP"))]


def test_a_live_blog_promising_its_readers_every_pledge_pledges_nothing(nlp):
    text = ("09:00 – Welcome to our live coverage of the Velmora Health Fund's donor summit. The fund is seeking "
            "$5 billion. We will bring you each pledge as it comes in.\n\n"
            "09:30 – Ruritania will give 2 billion euros to the fund.\n")
    assert _records_saying(nlp, text, "") == [(["Ruritania"], (2_000_000_000.0, "EUR"))]


_ROUND = ("Donor summit live: pledges for the Velmora Health Fund\n\n"
          "09:48 – First donor on the stage. Ruritania will give 2 billion euros over five years.\n\n"
          "10:15 – Ostland, as expected, is the biggest single donor so far: €700 million for the period.\n\n"
          "10:40 – Borduria's development minister confirms £250 million.\n\n"
          "11:05 – Quick round-up of the smaller pledges. Denmark: DKK 600 million. Portugal: €12 million.\n\n"
          "11:30 – The Halden Trust adds $25 million.\n")


def test_a_round_of_pledges_told_in_present_tense_and_labels(nlp):
    assert _records_saying(nlp, _ROUND, "biggest single donor") == [(["Ostland"], (700_000_000.0, "EUR"))]
    assert _records_saying(nlp, _ROUND, "confirms") == [(["Borduria"], (250_000_000.0, "GBP"))]
    assert _records_saying(nlp, _ROUND, "Denmark") == [(["Denmark"], (600_000_000.0, "DKK"))]
    assert _records_saying(nlp, _ROUND, "Portugal") == [(["Portugal"], (12_000_000.0, "EUR"))]
    assert _records_saying(nlp, _ROUND, "adds") == [(["Halden Trust"], (25_000_000.0, "USD"))]


def test_a_sum_added_or_labelled_outside_a_round_of_pledges_is_no_pledge(nlp):
    text = "Halden Power reported its results on Monday. Revenue: $600 million. The unit adds $25 million to profit.\n"
    assert _records_saying(nlp, text, "") == []


def test_labelled_lines_under_a_lead_in_are_no_round_of_givers(nlp):
    text = ("The state's cycling pool, run by the Ministry of Transport, will contribute 96 million kr. to the "
            "harbour bridge, Transport Minister Dana Holt confirmed on Tuesday. The ministry also announced the "
            "other grants in this year's round of the pool:\n\nKorby: 40 million kr., cycle superhighway to Velby\n"
            "Holmstad: 28 million kr., bridge over the Holmstad canal\nBrekke: 19 million kr., safer school routes\n")
    assert [actors for actors, _ in _records_saying(nlp, text, "Holmstad:")] in ([], [["Ministry of Transport"]])


def test_we_in_a_chief_executive_s_quote_is_the_company_the_story_leads_with(nlp):
    text = ("Marlow Water gets green light for £2bn clean-up\n\nThe regulator Ofwat approved the plan on Thursday. "
            "Ofwat said bills would rise by £27 a year, and Ofwat will review the plan in 2027.\n\n"
            "\"This is a plan that puts the rivers first,\" said chief executive Dana Holt. "
            "\"We will hire 900 engineers and apprentices.\"\n")
    assert _records_saying(nlp, text, "900 engineers") == [(["Marlow Water"], None)]


def test_the_bound_of_a_class_of_things_is_no_money_of_the_pledge(nlp):
    text = "The Halden Foundation said it would publish an annual report listing every grant above $1 million.\n"
    assert _records_saying(nlp, text, "annual report") == [(["Halden Foundation"], None)]
    assert _records_saying(nlp, "Halden Bank will lend more than $400 million to farmers.\n", "lend") == [
        (["Halden Bank"], (400_000_000.0, "USD"))]


def test_a_named_giver_s_share_is_its_pledge_but_not_a_share_of_a_market(nlp):
    text = "Each of the four governments set out its own share.\n\nOstland's share is 7.2 billion kronor, spread over 2026 to 2031.\n"
    assert _records_saying(nlp, text, "Ostland's share") == [(["Ostland"], (7_200_000_000.0, "SEK"))]
    assert not _records_saying(nlp, "Ostland's share of the market is $40 billion.\n", "market")
    assert not _records_saying(nlp, "Ostland's share was $2 billion last year.\n", "share")
    assert not _records_saying(nlp, "Ostland's fair share should be between $500m and $900m, campaigners say.\n", "share")


def test_a_co_verb_is_one_pledge_verb(nlp):
    text = "The Ostland Development Agency is expected to co-finance the northern section with a loan of about US$60 million.\n"
    assert _records_saying(nlp, text, "co-finance") == [(["Ostland Development Agency"], (60_000_000.0, "USD"))]
    text = "Halden Ventures, a venture firm in Korby, will co-invest up to €200 million alongside the city's fund.\n"
    assert _records_saying(nlp, text, "co-invest") == [(["Halden Ventures"], (200_000_000.0, "EUR"))]
    done = ("The first two phases of the Korby project, which cost about Rs 3,380 crore, were also co-financed by "
            "the Ostland Development Agency and were completed in 2016.\n")
    assert _records_saying(nlp, done, "co-financed") == []


def test_a_year_s_lending_told_in_the_past_perfect_is_a_track_record(nlp):
    text = "Ostland Bank said it had extended $17.6 billion in sustainable financing to clients last year.\n"
    assert _records_saying(nlp, text, "") == []
    assert _records_saying(nlp, "Ostland Bank will extend a $500 million loan to Korby next year.\n", "") == [
        (["Ostland Bank"], (500_000_000.0, "USD"))]
    # one loan extended to a named borrower stands until repaid
    text = "Ostland Bank first extended a $300 million loan to Korby Ports for the terminal in 2017.\n"
    assert _records_saying(nlp, text, "") == [(["Ostland Bank"], (300_000_000.0, "USD"))]


def test_a_currency_word_naming_a_kind_of_loan_is_no_sum(nlp):
    text = "Ostland Commits PHP 55.9 Billion ODA for Three Yen Loan Projects\n"
    assert all(money is None or money[0] > 100 for _, money in _records_saying(nlp, text, ""))


def test_a_sum_still_needed_is_no_pledge(nlp):
    text = "Ruritania will give 2 billion euros to the fund. Donors must close the remaining $1.5 billion gap by June.\n"
    assert _records_saying(nlp, text, "") == [(["Ruritania"], (2_000_000_000.0, "EUR"))]


def test_what_a_company_had_earlier_invested_is_done_but_an_earlier_pledge_stands(nlp):
    done = "Arvo Motors will build a second plant in Korby. The company had earlier invested Rs 2,500 crore in an engine plant at Velby.\n"
    assert _records_saying(nlp, done, "earlier") == []
    standing = "Arvo Motors will build a second plant in Korby. The company had earlier committed Rs 2,500 crore to an engine plant at Velby.\n"
    assert _records_saying(nlp, standing, "earlier") == [(["Arvo Motors"], (25_000_000_000.0, "INR"))]
    reaffirmed = "Ruritania reaffirmed its earlier pledge of US$50 million to the fund.\n"
    assert _records_saying(nlp, reaffirmed, "earlier") == [(["Ruritania"], (50_000_000.0, "USD"))]


def test_a_people_named_by_its_demonym_is_no_giver(nlp):
    text = "Canadians donated $11.9 billion to registered charities in 2023, according to a national survey.\n"
    assert _records_saying(nlp, text, "") == []
    assert ["Canadians"] not in [a for a, _ in _records_saying(nlp, "Canadians pledged $200 million to the flood appeal on Monday.\n", "")]


def test_the_city_of_a_story_its_mayor_speaks_in_is_the_city_its_lead_names(nlp):
    text = ("Eastbrook to build 900 public homes under $210M plan\n\nEastbrook will build 900 city-owned rental "
            "homes over the next four years, Mayor Dana Holt announced Monday.\n\n"
            "The city will put $85 million of its own money into the program.\n")
    assert _records_saying(nlp, text, "$85 million") == [(["Eastbrook"], (85_000_000.0, "USD"))]


def test_a_bare_memorandum_undertakes_nothing_yet(nlp):
    assert _records_saying(nlp, "Xinyu Auto and the University of Korby signed a memorandum on Tuesday.\n", "") == []
    text = "Halden Power signed a memorandum to build a 500 MW solar plant in Korby.\n"
    assert _records_saying(nlp, text, "") == [(["Halden Power"], None)]
