"""Issue #12, sixteenth round (second pledges coordinated with the first: "to X and to Y",
"recruit and equip N and pass a law", "train all of its staff"): each class probed with
sentences written for it (invented companies, people, places, sums and wording; real countries
only as gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_a_second_infinitive_with_its_own_to_is_a_pledge_of_its_own(nlp):
    text = "Brenmoor Biotech pledged to fit solar roofs on its 14 depots and to open a teaching lab in Ostburg.\n"
    assert _records_saying(nlp, text, "teaching lab") == [(["Brenmoor Biotech"], None)]
    assert _records_saying(nlp, text, "solar roofs") == [(["Brenmoor Biotech"], None)]
    assert len(_records_saying(nlp, text, "")) == 2


def test_a_second_infinitive_under_a_purpose_is_still_that_purpose(nlp):
    # "to run ... and to teach" says what the hired staff are for: one pledge
    text = "Halden College will hire 40 tutors to run the night school and to teach adults to read.\n"
    assert len(_records_saying(nlp, text, "")) == 1


def test_a_law_a_government_will_pass_is_a_pledge_of_its_own(nlp):
    text = "Ruritania will enlist and arm 650 river wardens by 2029 and pass a law protecting wetlands, its minister said.\n"
    assert _records_saying(nlp, text, "pass a law") == [(["Ruritania"], None)]
    assert _records_saying(nlp, text, "river wardens") == [(["Ruritania"], None)]
    assert len(_records_saying(nlp, text, "")) == 2
    # passing a test or an inspection delivers nothing
    assert not _records_saying(nlp, "Halden Rail will pass the safety inspection in May.\n", "inspection")


def test_training_all_of_a_group_is_a_pledge_of_its_own(nlp):
    text = ("Ostbahn would take on 350 extra conductors within two years and train each of its "
            "drivers on the new signalling system, its chief said.\n")
    assert _records_saying(nlp, text, "train each") == [(["Ostbahn"], None)]
    assert _records_saying(nlp, text, "350 extra conductors") == [(["Ostbahn"], None)]
    assert len(_records_saying(nlp, text, "")) == 2


def test_it_said_it_would_stands_for_what_the_sentence_before_was_about_not_a_person(nlp):
    text = ("Halvik Steel will cover 55% of the bill, its partner Dorne Capital and three local banks "
            "the remainder, chief executive Marta Quist said. The partners hope to decide by June.\n\n"
            "The venture plans to erect a 40 megawatt wind park for the mill. Separately, it said it would "
            "train 900 welders from the valley before opening.\n")
    assert _records_saying(nlp, text, "900 welders") == [(["Halvik Steel", "Dorne Capital"], None)]
