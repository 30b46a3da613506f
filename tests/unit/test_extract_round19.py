"""Issue #12, nineteenth round: two repairs to the small parser's tree (``parse_repairs``),
probed with sentences written for it (invented people, sums and wording)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_a_name_after_a_far_noun_renames_that_noun_not_the_clause_subject(nlp):
    text = ("In exchange, the provincial government has promised to channel each peso it saves into a new reserve, "
            "the Fondo Azul Patagonia, which will cover repairs to clinics and roads.\n")
    doc = nlp(text)
    name = next(t for t in doc if t.text == "Patagonia")
    assert (name.dep_, name.head.text) == ("appos", "reserve")
    assert _records_saying(nlp, text, "has promised to channel") == [(["provincial government"], None)]


def test_an_apposition_beside_its_noun_keeps_its_head(nlp):
    doc = nlp("The regional council, the Harwick Authority, will rebuild two bridges by 2027.\n")
    name = next(t for t in doc if t.text == "Authority")
    assert name.head.text == "council"


def test_a_summing_up_apposition_is_left_where_the_parser_hung_it(nlp):
    # "..., the largest gift in its history" renames the whole clause, not the noun before it
    text = ("Velmora Foods will give 40 million euros to Carrow University over five years, "
            "the largest gift the university has received.\n")
    doc = nlp(text)
    before = {t.i: t.head.i for t in doc}
    assert all(t.head.i == before[t.i] for t in doc if t.dep_ == "appos" and not t.tag_.startswith("NNP"))
    assert _records_saying(nlp, text, "40 million euros") == [(["Velmora Foods"], (40_000_000.0, "EUR"))]


def test_a_sum_made_available_is_the_object_of_make_even_with_a_participle_after_it(nlp):
    doc = nlp("Copenhagen said it would make 400 million kroner available to the plan, shared between two funds.\n")
    kroner = next(t for t in doc if t.text == "kroner")
    assert (kroner.dep_, kroner.head.lower_) == ("dobj", "make")
    text = "Tokyo said it would make 5 billion yen available to the programme, shared between three agencies.\n"
    assert _records_saying(nlp, text, "5 billion yen") == [(["Japan"], (5_000_000_000.0, "JPY"))]
