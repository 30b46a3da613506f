"""Issue #12: pledges without money (future, intention and obligation frames whose object is
something delivered), probed with invented sentences (invented companies, people and places;
no sentence of any evaluation text)."""
from __future__ import annotations

import pytest
from test_extract_amount_first import _extract, nlp  # noqa: F401  (nlp is a fixture)


def _without_money(nlp, text: str) -> list[tuple[str, ...]]:
    return [tuple(r.actors) for r in _extract(nlp, text) if r.money is None]


# --- what is delivered ----------------------------------------------------------------------------

def test_laying_fibre_operating_berths_and_amending_an_act_are_deliveries(nlp):
    assert _without_money(nlp, "Norlink will lay fibre to 300 island villages by 2028.") == [("Norlink",)]
    assert _without_money(nlp, "Kestrel Terminals will operate berths four to nine from 2027.") == [("Kestrel Terminals",)]
    assert _without_money(nlp, "Ostland will amend the Road Traffic Act next spring.") == [("Ostland",)]


def test_a_phrasal_verb_of_change_is_a_delivery(nlp):
    text = "Kenya's trade minister said the government would speed up permits for the new smelter in Mombasa."
    assert _without_money(nlp, text) == [("Kenya",)]


def test_hosting_an_office_is_a_pledge(nlp):
    text = "Trade Minister Ana Vell said Ostland would also host a new regional office of the Harbour Alliance."
    assert ("Ostland",) in _without_money(nlp, text)


def test_keeping_people_at_work_is_a_pledge(nlp):
    assert _without_money(nlp, "Varmouth Relief said it would keep recovery workers in Ostby for another year.") == [
        ("Varmouth Relief",)]


def test_a_tender_or_an_order_for_something_delivered_is_a_pledge(nlp):
    assert _without_money(nlp, "Ostrail intends to put out a tender in 2027 for a second depot near Varmouth.") == [
        ("Ostrail",)]
    assert _without_money(nlp, "Kemi Transit will place an order for 40 trams next year.") == [("Kemi Transit",)]


def test_signing_up_to_deliver_is_an_intention(nlp):
    text = "On Monday, shipbuilder Kaldor Marine signed up to supply four electric ferries to the port of Varmouth."
    assert _without_money(nlp, text) == [("Kaldor Marine",)]


def test_a_headline_group_led_by_a_name_is_that_names_pledge(nlp):
    text = ("Arvo-led group to build Ostland's second copper smelter in Kemi\n\n"
            "A group led by Arvo Steel has won the contract for the smelter, the port authority said on Monday.")
    recs = [r for r in _extract(nlp, text) if r.passage.start == 0]
    assert [r.actors for r in recs] == [["Arvo"]]


def test_a_construction_under_way_is_a_pledge(nlp):
    assert _without_money(nlp, "Ostnet is also building a third data centre in Varmouth.") == [("Ostnet",)]


def test_whom_a_further_share_will_come_from_gives_it(nlp):
    text = ("Kemi Resorts has borrowed from three banks for the first phase, and the remaining funding will come "
            "from its owner, Norvik Holdings.")
    assert _without_money(nlp, text) == [("Norvik Holdings",)]


def test_an_intention_to_sign_a_deal_is_a_pledge(nlp):
    text = "Kaldor Marine plans to sign a maintenance and repair agreement with the Ostland Coast Guard next year."
    assert _without_money(nlp, text) == [("Kaldor Marine",)]


def test_what_is_provided_for_a_count_of_people_is_delivered(nlp):
    text = "The deal builds on Ostnet's wider commitment to provide coding opportunities for 300,000 pupils by 2027."
    assert _without_money(nlp, text) == [("Ostnet",)]
    assert _without_money(nlp, "Kemi Health will offer mentoring support to 400 midwives next year.") == [("Kemi Health",)]


def test_taking_in_a_bare_count_of_people_is_a_delivery(nlp):
    text = ("Ostland will resettle 9,000 refugees next year. Varmouth province, which runs its own programme, "
            "said it would take in up to 1,500 in 2027.")
    assert _without_money(nlp, text) == [("Ostland",), ("Varmouth province",)]


# --- buying from suppliers --------------------------------------------------------------------

def test_sourcing_goods_from_suppliers_or_a_measured_quantity_is_a_pledge(nlp):
    assert _without_money(nlp, "Tarvo Foods will source its tomatoes from 2,000 growers in the valley.") == [
        ("Tarvo Foods",)]
    assert _without_money(nlp, "Ostair agreed to buy 40,000 tonnes of biofuel over three years starting in 2027.") == [
        ("Ostair",)]
    text = "Kelda Mills intends to source the cotton for its mills from certified farms and to use recycled fibre."
    assert ("Kelda Mills",) in _without_money(nlp, text)


# --- coordination ---------------------------------------------------------------------------------

def test_a_chain_of_verbs_shares_the_object_of_its_last(nlp):
    text = ("A consortium of Arvo Steel and Pell Metals will design, build, own and operate Ostland's third "
            "desalination plant, the national water agency said on Monday.")
    assert any("Arvo Steel" in a for a in _without_money(nlp, text))


# --- a share of money, with no sum ------------------------------------------------------------

def test_a_share_of_money_given_or_set_aside_is_a_pledge(nlp):
    assert _without_money(nlp, "Ostland will bear half of the construction cost of each reactor.") == [("Ostland",)]
    assert _without_money(nlp, "Norvik Energy will put 5% of its funds into local infrastructure.") == [("Norvik Energy",)]
    text = ("Ostland will plant two million trees by 2030, its forestry agency said. "
            "At least 15 per cent of the programme's funding will be reserved for community-led projects.")
    assert [a for r in _extract(nlp, text) if "reserved" in r.passage.text for a in [r.actors]] == [["Ostland"]]


def test_a_counted_collective_in_a_relative_clause_acts(nlp):
    text = ("The deal builds on the 2021 Harbour Accord, under which 14 lenders committed to put 5% of their "
            "loan books into green projects by 2030.")
    assert _without_money(nlp, text) == [("14 lenders",)]


def test_a_purpose_or_a_participle_on_what_is_delivered_measures_nothing(nlp):
    text = "Ostnet, which runs 900 kiosks, will train 2,000 village agents to sell and repair solar lamps."
    assert _without_money(nlp, text) == [("Ostnet",)]
    text = "Varo Holdings committed to give at least half of the profits generated by its mines to local schools."
    assert _without_money(nlp, text) == [("Varo Holdings",)]


# --- what stays out ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ostair agreed last week to buy Norvik Energy's 200 MW wind project.",  # another's project: a deal
    "Ostair will buy back shares from its founders.",
    "Ostland will keep the remaining berths at Varmouth.",  # keeping things delivers nothing
    "Half of the budget was spent on salaries last year, Ostland's auditor said.",  # a share spent
    "Norvik Energy said the cost of the line would rise by half.",
    "Ostnet was building a data centre in Varmouth when the storm hit.",  # a construction told in the past
    "The money will come from Norvik Holdings, the port's owner.",  # where a pledge told is drawn from
])
def test_no_pledge_without_money(nlp, text):
    assert _without_money(nlp, text) == []
