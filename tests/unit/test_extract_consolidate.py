"""Consolidation is a pure function over records: which reports are the same pledge."""
from __future__ import annotations

from commitments.extract.consolidate import assign_groups, groups_of
from commitments.records import Commitment, MoneyAmount, Passage


def rec(doc, actors, text, value=None, currency="USD", published="2025-05-01", recipients=(), qualifier=None):
    money = None
    if value is not None:
        surface = f"{'$' if currency == 'USD' else currency + ' '}{value / 1e9:g} billion"
        money = MoneyAmount(value=value, currency=currency, text=surface, qualifier=qualifier,
                            usd_value=value if currency == "USD" else None)
    return Commitment(id=f"{doc}:{text[:12]}", doc=doc, doc_hash=doc, actors=list(actors),
                      passage=Passage(0, len(text), text), money=money, published=published,
                      recipients=list(recipients))


def test_compatible_amounts_of_one_actor_group_and_the_difference_is_flagged():
    a = rec("a.txt", ["Acme Corp"], "Acme will invest $8 billion in Brazil", 8e9, recipients=["Brazil"])
    b = rec("b.txt", ["Acme"], "Acme plans to spend $10 billion in Brazil", 10e9, recipients=["Brazil"])
    c = rec("c.txt", ["Acme Corp."], "Acme announced an $8 billion investment", 8e9)
    assign_groups([a, b, c])
    assert a.group == b.group == c.group
    assert a.discrepancy == b.discrepancy == c.discrepancy
    assert "$8 billion in a.txt, c.txt" in a.discrepancy and "$10 billion in b.txt" in a.discrepancy
    assert (a.money.value, b.money.value) == (8e9, 10e9)


def test_qualifier_is_shown_in_the_discrepancy():
    a = rec("a.txt", ["Acme"], "Acme will invest $2.9 billion", 2.9e9)
    b = rec("b.txt", ["Acme"], "a planned investment of approximately $3 billion", 3e9, qualifier="approximately")
    assign_groups([a, b])
    assert a.group == b.group and "approximately $3 billion in b.txt" in a.discrepancy


def test_equal_reports_have_no_discrepancy():
    a = rec("a.txt", ["Acme"], "Acme will invest $2 billion", 2e9)
    b = rec("b.txt", ["Acme"], "Acme to invest $2 billion", 2e9)
    assign_groups([a, b])
    assert a.group == b.group and a.discrepancy is None


def test_different_pledges_of_one_actor_stay_apart():
    big = rec("a.txt", ["Acme"], "Acme will invest $2.9 billion in Japan", 2.9e9, recipients=["Japan"])
    grant = rec("a.txt", ["Acme"], "Acme will provide $0.01 billion in grants", 1e7)
    elsewhere = rec("b.txt", ["Acme"], "Acme will invest $3 billion in Mexico", 3e9, recipients=["Mexico"])
    skills = rec("b.txt", ["Acme"], "Acme will train 3 million people")
    assign_groups([big, grant, elsewhere, skills])
    assert len({big.group, grant.group, elsewhere.group, skills.group}) == 4


def test_different_actors_with_different_amounts_stay_apart():
    a = rec("a.txt", ["Acme"], "Acme will invest $2 billion", 2e9)
    b = rec("b.txt", ["Globex"], "Globex will invest $2.1 billion", 2.1e9)
    assign_groups([a, b])
    assert a.group != b.group


def test_reports_months_apart_are_different_pledges():
    a = rec("a.txt", ["Acme"], "Acme will invest $2 billion", 2e9, published="2023-01-10")
    b = rec("b.txt", ["Acme"], "Acme will invest $2 billion", 2e9, published="2024-06-10")
    assign_groups([a, b])
    assert a.group != b.group


def test_pledges_without_money_group_by_what_is_pledged():
    a = rec("a.txt", ["Acme"], "Acme will train 3 million people through digital skilling programs")
    b = rec("b.txt", ["Acme"], "the company will provide digital skills to 3 million people")
    c = rec("b.txt", ["Acme"], "Acme will open a research lab in Osaka")
    assign_groups([a, b, c])
    assert a.group == b.group != c.group


def test_co_funders_of_one_amount_group_with_the_announcing_governments():
    gov = rec("a.txt", ["United States", "Japan"], "The two countries announced a $0.11 billion research collaboration", 1.1e8)
    firms = rec("b.txt", ["Nvidia", "Amazon"], "Nvidia and Amazon will provide $0.11 billion for the research collaboration", 1.1e8)
    other = rec("c.txt", ["Initech"], "Initech will invest $0.11 billion in a warehouse", 1.1e8)
    assign_groups([gov, firms, other])
    assert gov.group == firms.group != other.group


def test_equal_amounts_from_unrelated_actors_sharing_one_word_stay_apart():
    a = rec("a.txt", ["Globex"], "Globex will invest $0.5 billion in a battery plant in Ohio", 5e8)
    b = rec("b.txt", ["Initech"], "Initech will spend $0.5 billion on a chip plant in Oregon", 5e8)
    assign_groups([a, b])
    assert a.group != b.group


def test_equal_amounts_with_a_shared_recipient_and_word_are_co_funders():
    a = rec("a.txt", ["Globex"], "Globex will give $0.2 billion to the vaccine alliance", 2e8, recipients=["Gavi"])
    b = rec("b.txt", ["Initech"], "Initech matched the $0.2 billion vaccine pledge", 2e8, recipients=["Gavi"])
    assign_groups([a, b])
    assert a.group == b.group


def test_amounts_in_one_currency_compare_without_rates():
    a = rec("a.txt", ["Siemens AG"], "Siemens will invest EUR 2 billion in factories", 2e9, currency="EUR")
    b = rec("b.txt", ["Siemens"], "Siemens to invest EUR 2 billion", 2e9, currency="EUR")
    assign_groups([a, b])
    assert a.group == b.group


def test_groups_of_lists_every_record_once_largest_first():
    recs = [rec("a.txt", ["Acme"], "Acme will invest $2 billion", 2e9),
            rec("b.txt", ["Acme"], "Acme to invest $2 billion", 2e9),
            rec("c.txt", ["Globex"], "Globex will invest $5 billion", 5e9)]
    assign_groups(recs)
    groups = list(groups_of(recs).values())
    assert [len(g) for g in groups] == [2, 1]
    assert sorted(r.id for g in groups for r in g) == sorted(r.id for r in recs)


def test_empty_input():
    assign_groups([])


def test_a_vague_report_joins_the_precise_one_when_they_agree_on_what_it_is_for():
    vague = rec("a.txt", ["Norway"], "Norway declared plans to invest vast sums in offshore wind turbines and grid cables")
    precise = rec("a.txt", ["Norway"], "Norway will invest $5 billion in offshore wind turbines by 2030", 5e9)
    unrelated = rec("a.txt", ["Norway"], "Norway will fund hospitals and schools")
    assign_groups([vague, precise, unrelated])
    assert vague.group == precise.group != unrelated.group


def test_partners_named_as_recipients_join_the_announcement():
    announced = rec("a.txt", ["United States"], "the US announced new research partnerships between Acme University and Beta Institute",
                    recipients=["Acme University", "Beta Institute"])
    partners = rec("b.txt", ["Acme University", "Beta Institute"], "Acme University and Beta Institute will jointly research robotics")
    assign_groups([announced, partners])
    assert announced.group == partners.group


def test_the_same_programme_in_two_countries_is_two_pledges():
    kenya = rec("a.txt", ["Acme"], "Acme will train 1 million people in digital skills", recipients=["Kenya"])
    ghana = rec("b.txt", ["Acme"], "Acme will train 1 million people in digital skills", recipients=["Ghana"])
    assign_groups([kenya, ghana])
    assert kenya.group != ghana.group


def test_a_definite_pledge_noun_joins_the_pledge_it_refers_back_to():
    pkg = rec("a.txt", ["Acme"], "Acme announced a $0.5 billion package for batteries", 5e8)
    later = rec("a.txt", ["Acme"], "The package will also finance four test sites")
    later.passage = Passage(100, 100 + len(later.passage.text), later.passage.text)
    other = rec("a.txt", ["Acme"], "The company will open an office in Lyon")
    other.passage = Passage(200, 200 + len(other.passage.text), other.passage.text)
    assign_groups([pkg, later, other])
    assert pkg.group == later.group != other.group


def test_fresh_records_join_the_groups_stored_records_already_carry():
    a = rec("a.txt", ["Acme"], "Acme will invest $2 billion in Chile", 2e9, recipients=["Chile"])
    b = rec("b.txt", ["Acme"], "Acme to invest $2 billion in Chile", 2e9, recipients=["Chile"])
    z = rec("c.txt", ["Globex"], "Globex will invest $5 billion", 5e9)
    assign_groups([a, b, z])
    c = rec("d.txt", ["Acme Corp"], "Acme confirmed a $2.1 billion plan for Chile", 2.1e9, recipients=["Chile"])
    a.group = b.group = "g-stored"  # whatever the stored groups are called, they are kept
    assign_groups([a, b, z, c], fresh={c.id})
    assert a.group == b.group == c.group != z.group
    assert c.discrepancy and "$2.1 billion in d.txt" in c.discrepancy


def test_a_second_undertaking_inside_a_sum_s_sentence_is_a_pledge_of_its_own():
    sentence = "Orvane Games will invest $0.14 billion in a new studio campus in Kraków and hire 250 developers over three years"
    invest = rec("a.txt", ["Orvane Games"], sentence, 1.4e8)
    hire = Commitment(id="a.txt:hire", doc="a.txt", doc_hash="a.txt", actors=["Orvane Games"],
                      passage=Passage(sentence.index("hire"), len(sentence), sentence[sentence.index("hire"):]),
                      money=None, published="2025-05-01", recipients=[])
    assign_groups([invest, hire])
    assert invest.group != hire.group


def test_a_clause_far_down_a_text_is_no_headline_for_lacking_a_stop():
    from dataclasses import replace

    head = rec("t.txt", ["Harwell Treasury"], "Harwell Treasury set up a $20 billion swap line with Ostland, letting", 2e10)
    far = replace(head, passage=Passage(900, 900 + len(head.passage.text), head.passage.text))
    later = rec("t.txt", ["Ostland Fund"], "the Ostland Fund board approved a $20 billion loan for the port.", 2e10)
    later = replace(later, id="t.txt:later", passage=Passage(1400, 1400 + len(later.passage.text), later.passage.text))
    assign_groups([far, later])
    assert far.group != later.group
    top = replace(far, passage=Passage(0, len(head.passage.text), head.passage.text))
    assign_groups([top, later])
    assert top.group == later.group  # a first line with a sum and no stop is a headline over its lead


def test_a_company_named_for_its_market_is_not_that_country():
    steel = rec("a.txt", ["Harwick Steel UK"], "Harwick Steel UK will build an electric furnace at Port Dunmore", 1.2e9)
    state = rec("a.txt", ["UK"], "The UK will pay for the electric furnace at Port Dunmore", 1.4e9)
    assign_groups([steel, state])
    assert steel.group != state.group
    same = rec("b.txt", ["UK government"], "The UK government will fund the electric furnace", 1.4e9)
    assign_groups([state, same])
    assert state.group == same.group


def test_a_pledge_without_money_that_counts_what_it_delivers_is_not_the_sum_beside_it():
    both = ["Halvorsen Motors", "Halvorsen Group"]
    money = rec("a.txt", both, "Halvorsen Motors will invest $15 million to set up a training academy", 15e6)
    counted = rec("a.txt", both, "will train 3,000 mechanics by 2029 at the academy")
    restated = rec("a.txt", both, "Halvorsen Motors will set up a training academy in 2027")
    counted.passage = Passage(200, 200 + len(counted.passage.text), counted.passage.text)  # a later sentence
    restated.passage = Passage(400, 400 + len(restated.passage.text), restated.passage.text)
    assign_groups([money, counted, restated])
    assert counted.group != money.group
    assert restated.group == money.group


def test_two_dated_entries_of_one_tracker_are_different_pledges_of_one_giver():
    first = rec("t.txt", ["Norway"], "26 June: Norway, US$ 50 million for the fund", 5e7)
    second = rec("t.txt", ["Norway"], "17 November: Norway, US$ 60 million for the fund", 6e7)
    first.rule = second.rule = "amount-tracker"
    second.passage = Passage(300, 300 + len(second.passage.text), second.passage.text)
    assign_groups([first, second])
    assert first.group != second.group
