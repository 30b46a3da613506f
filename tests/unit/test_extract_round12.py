"""Issue #12, thirteenth round (descriptions that no public body answers to, a province the text
never names, lists whose lines name a country): each class probed with sentences written for it
(invented companies, people, towns and sums; real countries only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_the_group_is_never_a_provincial_committee_named_just_before(nlp):
    text = ("HANOI, March 18 (Reuters) - Korean chipmaker Orvel Semicon will build a $900 million packaging "
            "plant in northern Vietnam, the company said on Tuesday. The provincial People's Committee "
            "pledged to finish an access road before the plant opens.\n\n"
            "The group will train 1,500 Vietnamese technicians by 2030.\n")
    records = _records_saying(nlp, text, "1,500 Vietnamese technicians")
    assert records and all(actors == ["Orvel Semicon"] for actors, _ in records)


def test_the_utility_is_never_a_department_whose_name_says_water(nlp):
    text = ("GQEBERHA, March 4 - Kariega Bay Water will spend R4.2 billion over three years on emergency "
            "supply, chief executive Lindiwe Dube said on Tuesday.\n\n"
            "Separately, the Department of Water and Sanitation will send 60 water tankers to the metro.\n\n"
            "Dube said the utility would also hire 250 plumbers on two-year contracts.\n")
    records = _records_saying(nlp, text, "250 plumbers")
    assert records and all(actors == ["Kariega Bay Water"] for actors, _ in records)


def test_a_province_the_text_never_names_is_not_the_country(nlp):
    text = ("Eastbrook will build 900 city-owned homes over four years, the mayor said on Monday. "
            "Ottawa will provide C$96 million through a federal fund, and the province has committed C$40 million.\n")
    assert ["Canada"] not in [actors for actors, _ in _records_saying(nlp, text, "the province has committed")]


def test_a_line_labelled_with_a_country_makes_the_other_labels_givers(nlp):
    text = ("17:55 - A burst of late announcements. Summing up:\n"
            "- Ruritania: $40 million in vaccine supplies\n"
            "- Orlane Development Fund, $85 million\n"
            "- Portugal, EUR 6 million ($6.9 million)\n")
    assert _records_saying(nlp, text, "Orlane") == [(["Orlane Development Fund"], (85_000_000.0, "USD"))]
    assert _records_saying(nlp, text, "Portugal") == [(["Portugal"], (6_000_000.0, "EUR"))]


def test_money_mobilised_from_one_s_own_fund_is_given_and_money_mobilised_from_investors_is_raised(nlp):
    given = "The Ostland Commission today proposed to mobilise €41.2 million from the Ostland Solidarity Fund to help Varnia recover.\n"
    assert _records_saying(nlp, given, "Solidarity Fund") == [(["Ostland Commission"], (41_200_000.0, "EUR"))]
    raised = "Halden Energy plans to mobilise $300 million from private investors for its wind farms.\n"
    assert not _records_saying(nlp, raised, "private investors")


def test_pacific_dollars_written_with_their_prefix():
    from commitments.extract.money import find_amounts

    found = [(a.value, a.currency) for a in find_amounts("FJ$21 million, SI$10 million and WS$3 million")]
    assert found == [(21_000_000.0, "FJD"), (10_000_000.0, "SBD"), (3_000_000.0, "WST")]


# --- live blog entries: the time stamp is no part of a name -----------------------------------------

def test_a_live_blog_time_stamp_is_no_part_of_the_name_after_it(nlp):
    text = ("Polio pledging in Doha\n\n"
            "16:10 - Orvane Trust's $480 million pledge, spread across four years, keeps it the largest funder.\n\n"
            "15:30 - Germany, which co-hosted the previous round in Berlin, committed €58 million for 2027 and 2028.\n")
    assert _records_saying(nlp, text, "Orvane") == [(["Orvane Trust"], (480_000_000.0, "USD"))]
    assert (["Germany"], (58_000_000.0, "EUR")) in _records_saying(nlp, text, "€58 million")


def test_a_name_in_a_time_stamped_entity_is_cleaned():
    from commitments.records import clean_name

    assert clean_name("16:10 - Rotary Club of Halden") == "Rotary Club of Halden"


def test_a_giver_label_the_model_tagged_in_part_keeps_its_whole_name(nlp):
    text = ("17:55 - A burst of late announcements. Summing up:\n"
            "- Pakistan: $120 million from its own budget\n"
            "- Halden Fund for Development, $85 million\n")
    assert _records_saying(nlp, text, "Halden Fund") == [(["Halden Fund for Development"], (85_000_000.0, "USD"))]
